package layout

import (
	"github.com/paneweb/pane/cssom"
)

// During layout every fragment's Rect.X and Rect.Y are relative to its
// parent fragment's border box; absolutize turns them into page
// coordinates once the whole tree is laid out, so that a subtree can be
// moved (margin collapsing, line placement) in O(1).

// containingBlock is the rectangle percentages and auto sizes resolve
// against (CSS 2.1 §10.1): the content box of the nearest block container.
type containingBlock struct {
	w, h Fixed
	// hDefinite says whether h is known (the containing block's height
	// does not depend on content), for percentage heights (§10.5).
	hDefinite bool
	// rtl says the containing block's direction is right-to-left.
	rtl bool
	// align is the containing block's text-align, for the legacy values
	// that also place block-level boxes (legacyalign.go).
	align cssom.TextAlign
}

// marginState is a set of adjoining margins being collapsed: the largest
// positive and the most negative one.
// https://www.w3.org/TR/CSS22/box.html#collapsing-margins
type marginState struct{ pos, neg Fixed }

// add adds margin v to the set.
func (m marginState) add(v Fixed) marginState {
	if v > m.pos {
		m.pos = v
	}
	if v < m.neg {
		m.neg = v
	}
	return m
}

// merge returns the union of two sets of adjoining margins.
func (m marginState) merge(o marginState) marginState {
	return m.add(o.pos).add(o.neg)
}

// resolve returns the collapsed margin: "the sum of the maximum of the
// adjoining positive margins and the minimum of the adjoining negative
// margins".
func (m marginState) resolve() Fixed { return m.pos + m.neg }

// blockResult is the outcome of laying out one block-level box.
type blockResult struct {
	// frag is the box's fragment; its Rect.X is set relative to the
	// containing block's content box (the used margin-left), its Rect.Y is
	// left for the parent to set.
	frag *Fragment
	// top holds the margins adjoining the box's top margin edge: its own
	// top margin and those of descendants that collapse with it; bottom
	// the same for its bottom margin edge.
	top, bottom marginState
	// through is true when the box's top and bottom margins adjoin
	// (an empty box that margins collapse through).
	through bool
}

// usedBox holds the used horizontal and vertical box dimensions of a box.
type usedBox struct {
	margin, border, padding cssom.Edges[Fixed]
	w, h                    Fixed // content box; h is -1 while auto
}

// hEdges returns the horizontal border and padding (not margins).
func (u *usedBox) hEdges() Fixed {
	return u.border[cssom.Left] + u.border[cssom.Right] + u.padding[cssom.Left] + u.padding[cssom.Right]
}

// vEdges returns the vertical border and padding.
func (u *usedBox) vEdges() Fixed {
	return u.border[cssom.Top] + u.border[cssom.Bottom] + u.padding[cssom.Top] + u.padding[cssom.Bottom]
}

// resolveEdges sets border, padding and non-auto margins; percentages refer
// to the containing block's width, even vertical ones (CSS 2.1 §8.3, §8.4).
func resolveEdges(st *cssom.ComputedStyle, cbw Fixed) usedBox {
	var u usedBox
	for i := 0; i < 4; i++ {
		u.border[i] = st.BorderWidth[i]
		u.padding[i] = cssom.Max(0, st.Padding[i].Resolve(cbw, 0))
		u.margin[i] = st.Margin[i].Resolve(cbw, 0)
	}
	return u
}

// specifiedSize resolves a width or height property to a content-box size
// against basis, honouring box-sizing (CSS Box Sizing 3 §3); edges is the
// padding plus border on that axis. ok is false for auto/none or for a
// percentage against an indefinite basis (basis < 0), and for the
// intrinsic sizing keywords, which behave as auto (or none) where they are
// not resolved first (intrinsic.go).
func specifiedSize(l cssom.Length, basis, edges Fixed, bs cssom.BoxSizing) (Fixed, bool) {
	if l.Kind == cssom.LengthAuto || l.Kind == cssom.LengthNone || l.IsIntrinsic() || l.Kind == cssom.LengthContent {
		return 0, false
	}
	if basis < 0 && l.Kind != cssom.LengthPx {
		return 0, false
	}
	v := l.Resolve(basis, 0)
	if bs == cssom.BorderBox {
		v -= edges
	}
	return cssom.Max(v, 0), true
}

// clampWidth applies min-width and max-width (CSS 2.1 §10.4) to content
// width w; changed reports whether a constraint applied.
func clampWidth(st *cssom.ComputedStyle, w, cbw, edges Fixed) (Fixed, bool) {
	out := w
	if mx, ok := specifiedSize(st.MaxWidth, cbw, edges, st.BoxSizing); ok && out > mx {
		out = mx
	}
	if mn, ok := specifiedSize(st.MinWidth, cbw, edges, st.BoxSizing); ok && out < mn {
		out = mn
	}
	return out, out != w
}

// clampHeight applies min-height and max-height (CSS 2.1 §10.7) to content
// height h; cbh < 0 means the containing block's height is indefinite.
func clampHeight(st *cssom.ComputedStyle, h, cbh, edges Fixed) Fixed {
	if mx, ok := specifiedSize(st.MaxHeight, cbh, edges, st.BoxSizing); ok && h > mx {
		h = mx
	}
	if mn, ok := specifiedSize(st.MinHeight, cbh, edges, st.BoxSizing); ok && h < mn {
		h = mn
	}
	return h
}

// blockWidth computes the used width and horizontal margins of a
// block-level non-replaced element in normal flow.
// https://www.w3.org/TR/CSS22/visudet.html#blockwidth
// shrink, when not nil, gives the shrink-to-fit width for an available
// width (floats §10.3.5, inline-blocks §10.3.9, absolutely positioned boxes
// §10.3.7); such boxes also treat auto margins as 0.
func blockWidth(u *usedBox, st *cssom.ComputedStyle, cbw Fixed, rtl bool, shrink func(avail Fixed) Fixed) {
	edges := u.hEdges()
	w, specified := specifiedSize(st.Width, cbw, edges, st.BoxSizing)
	autoL, autoR := st.Margin[cssom.Left].IsAuto(), st.Margin[cssom.Right].IsAuto()
	if !specified {
		avail := cbw - u.margin[cssom.Left] - u.margin[cssom.Right] - edges
		if shrink != nil {
			w = shrink(cssom.Max(avail, 0))
		} else {
			// "If 'width' is set to 'auto', any other 'auto' values
			// become '0' and 'width' follows from the resulting
			// equality."
			w = cssom.Max(avail, 0)
		}
	}
	w, clamped := clampWidth(st, w, cbw, edges)
	u.w = w
	if shrink != nil || (!specified && !clamped) {
		return
	}
	rest := cbw - w - edges
	// "If 'width' is not 'auto' and 'border-left-width' + ... + 'width' +
	// ... (plus any of 'margin-left' or 'margin-right' that are not 'auto')
	// is larger than the width of the containing block, then any 'auto'
	// values for 'margin-left' or 'margin-right' are, for the following
	// rules, treated as zero."
	if !autoL && !autoR || rest-u.margin[cssom.Left]-u.margin[cssom.Right] < 0 && (autoL || autoR) {
		if autoL {
			u.margin[cssom.Left] = 0
		}
		if autoR {
			u.margin[cssom.Right] = 0
		}
		// "If all of the above have a computed value other than 'auto',
		// the values are said to be "over-constrained" and one of the used
		// values will have to be different from its computed value. If the
		// 'direction' property of the containing block has the value
		// 'ltr', the specified value of 'margin-right' is ignored and the
		// value is calculated so as to make the equality true. If the
		// value of 'direction' is 'rtl', this happens to 'margin-left'
		// instead."
		if rtl {
			u.margin[cssom.Left] = rest - u.margin[cssom.Right]
		} else {
			u.margin[cssom.Right] = rest - u.margin[cssom.Left]
		}
		return
	}
	switch {
	case autoL && autoR:
		// "If both 'margin-left' and 'margin-right' are 'auto', their
		// used values are equal."
		u.margin[cssom.Left] = rest / 2
		u.margin[cssom.Right] = rest - rest/2
	case autoL:
		u.margin[cssom.Left] = rest - u.margin[cssom.Right]
	case autoR:
		u.margin[cssom.Right] = rest - u.margin[cssom.Left]
	}
}

// establishesBFC reports whether box establishes a new block formatting
// context for its contents.
// https://www.w3.org/TR/CSS22/visuren.html#block-formatting
func establishesBFC(b *Box) bool {
	st := b.Style
	// Scroll containers do; overflow: clip does not
	// (https://www.w3.org/TR/css-overflow-3/#valdef-overflow-clip).
	if b.Kind == InlineBlockBox || b.outOfFlow() || isScrollContainer(st) {
		return true
	}
	switch st.Display {
	case cssom.DisplayFlowRoot, cssom.DisplayTableCell, cssom.DisplayTableCaption, cssom.DisplayTable,
		cssom.DisplayFlex, cssom.DisplayGrid:
		return true
	}
	return false
}

// layoutBlockLevel lays out an in-flow block-level box in a block
// formatting context. root says the box is the root element.
func (l *layouter) layoutBlockLevel(b *Box, cb containingBlock, root bool, pos bfcPos) blockResult {
	if b.Kind == ReplacedBox {
		f := l.layoutBlockReplaced(b, cb.w, cbHeight(cb), cb.rtl)
		legacyAlignReplaced(f, b.Style, cb)
		return blockResult{frag: f,
			top:    marginState{}.add(f.Margin[cssom.Top]),
			bottom: marginState{}.add(f.Margin[cssom.Bottom])}
	}
	return l.layoutBlockContainer(b, cb, root || establishesBFC(b), nil, pos)
}

// cbHeight returns the containing block height, or -1 when indefinite.
func cbHeight(cb containingBlock) Fixed {
	if cb.hDefinite {
		return cb.h
	}
	return -1
}

// flow is where a block container's content sits in its block formatting
// context: the float context and the content box's top-left corner in its
// coordinates.
type flow struct {
	fc   *floatContext
	x, y Fixed
}

// layoutBlockContainer lays out a block container box: widths (§10.3.3,
// or shrink-to-fit when shrink is set), children, then heights (§10.6.3,
// §10.7) and the margins that collapse through its top and bottom
// (§8.3.1). bfc says the box establishes a block formatting context.
func (l *layouter) layoutBlockContainer(b *Box, cb containingBlock, bfc bool, shrink func(Fixed) Fixed, pos bfcPos) blockResult {
	if b.table != nil {
		return l.layoutTable(b, cb, shrink)
	}
	st := b.Style
	f := &Fragment{Kind: BoxFragment, Node: b.Node, Style: st, Anonymous: b.Anonymous, Pseudo: b.Pseudo}
	if l.tick() {
		return blockResult{frag: f}
	}
	u := resolveEdges(st, cb.w)
	cbh := cbHeight(cb)
	// The sizing keywords of width, min-width and max-width (intrinsic.go).
	wst := l.sizingStyle(b, l.blockWidthStyle(b, &u, cb.w, shrink), &u, cb.w)
	blockWidth(&u, ratioWidthStyle(wst, &u, cbh), cb.w, cb.rtl, shrink)
	if shrink == nil && cb.align >= cssom.TextAlignWebkitCenter {
		legacyAlign(&u, st, cb)
	}
	h, hSpecified := specifiedSize(st.Height, cbh, u.vEdges(), st.BoxSizing)
	fromRatio := false
	if !hSpecified {
		if rh, ok := ratioHeight(st, &u); ok {
			h, hSpecified, fromRatio = rh, true, true
		}
	}
	inner := containingBlock{w: u.w, h: h, hDefinite: hSpecified, rtl: st.Direction == "rtl", align: st.TextAlign}
	fl := flow{fc: pos.fc, x: pos.x + u.margin[cssom.Left] + u.border[cssom.Left] + u.padding[cssom.Left],
		y: pos.y + u.border[cssom.Top] + u.padding[cssom.Top]}
	if bfc || fl.fc == nil {
		fl = flow{fc: &floatContext{}}
	}

	if st.Position != cssom.PositionStatic {
		l.absCB = append(l.absCB, containingBlock{w: u.w + u.padding[cssom.Left] + u.padding[cssom.Right],
			h: h + u.padding[cssom.Top] + u.padding[cssom.Bottom], hDefinite: hSpecified})
		defer func() { l.absCB = l.absCB[:len(l.absCB)-1] }()
	}
	collapseTop := !bfc && u.border[cssom.Top] == 0 && u.padding[cssom.Top] == 0
	var kids []*Fragment
	var fs flowState
	if b.ChildrenInline {
		kids, fs.y, fs.empty = l.layoutInlineContent(b, inner, fl)
	} else if isFlexContainer(b) {
		kids, fs.y, fs.empty = l.layoutFlexContainer(b, f, &u, inner, cbh)
	} else if isGridContainer(b) {
		kids, fs.y, fs.empty = l.layoutGridContainer(b, f, &u, inner, cbh)
	} else {
		kids, fs = l.layoutBlockChildren(b, inner, collapseTop, fl)
	}

	if !hSpecified {
		h = -1
	}
	res := blockResult{frag: f}
	if fromRatio {
		h = ratioBlockHeight(&res, st, &u, h, cbh, &fs, bfc, fl.fc)
	} else {
		h = blockHeight(&res, st, &u, h, cbh, &fs, bfc, fl.fc)
	}
	res.top = marginState{}.add(u.margin[cssom.Top])
	if collapseTop {
		res.top = res.top.merge(fs.top)
	}
	// A box's own top and bottom margins adjoin when it has no in-flow
	// content, zero height, no min-height, and no border or padding.
	res.through = collapseTop && fs.empty && !fs.cleared && h == 0 && !hSpecified && u.vEdges() == 0 && !bfc
	if res.through {
		res.bottom = marginState{}.add(u.margin[cssom.Bottom])
	}
	l.finishBlockFragment(f, b, &u, h, kids)
	if b.widget != notWidget {
		l.finishWidget(b, &res)
	}
	return res
}

// blockHeight returns the used content height of a block container in
// normal flow (h < 0 when height is auto) whose in-flow content ends as fs
// says, and sets res.bottom to the margins that collapse through its
// bottom.
// https://www.w3.org/TR/CSS22/visudet.html#normal-block
func blockHeight(res *blockResult, st *cssom.ComputedStyle, u *usedBox, h, cbh Fixed, fs *flowState, bfc bool, fc *floatContext) Fixed {
	auto := h < 0
	y, pending := fs.y, fs.pending
	// "the bottom edge of the bottom (possibly collapsed) margin of its
	// last in-flow child, if the child's bottom margin does not collapse
	// with the element's bottom margin", else its bottom border edge.
	contentH := y
	if bfc || !auto || fs.cleared || u.border[cssom.Bottom] != 0 || u.padding[cssom.Bottom] != 0 {
		contentH = y + pending.resolve()
		pending = marginState{}
	}
	if fb, ok := fc.bottom(); ok && bfc {
		// https://www.w3.org/TR/CSS22/visudet.html#root-height
		// Block formatting context roots grow to hold their floats.
		contentH = cssom.Max(contentH, fb)
	}
	if auto {
		h = cssom.Max(contentH, 0)
	}
	h = clampBlockSize(st, h, contentH, cbh, u.vEdges()) // intrinsic.go
	if h != contentH {
		// min-height (or max-height) separates the last child's margin
		// from the box's own.
		pending = marginState{}
	}
	res.bottom = pending.add(u.margin[cssom.Bottom])
	return h
}

// finishBlockFragment sets a block container fragment's used box and
// children (moved from content box to border box coordinates), its first
// baseline and its list marker.
func (l *layouter) finishBlockFragment(f *Fragment, b *Box, u *usedBox, h Fixed, kids []*Fragment) {
	f.Margin, f.Border, f.Padding = u.margin, u.border, u.padding
	f.Rect = Rect{X: u.margin[cssom.Left], W: u.w + u.hEdges(), H: h + u.vEdges()}
	ox := u.border[cssom.Left] + u.padding[cssom.Left]
	oy := u.border[cssom.Top] + u.padding[cssom.Top]
	for _, k := range kids {
		k.Rect.X += ox
		k.Rect.Y += oy
	}
	f.Children = kids
	if b.ChildrenInline {
		for _, k := range kids {
			if k.Kind == LineFragment {
				f.Baseline = k.Rect.Y + k.Baseline
				break
			}
		}
	}
	if b.markerImage != nil {
		l.addImageMarker(f, b) // box.go
	} else if b.Marker != "" {
		l.addMarker(f, b)
	}
}

// flowState is the state of a block formatting context's flow between two
// block-level siblings (CSS 2.1 §9.4.1, §8.3.1), in the parent's content
// box coordinates.
type flowState struct {
	// y is the bottom border edge of the last in-flow child.
	y Fixed
	// top holds the margins that collapse through the parent's top while
	// atTop (no in-flow content yet, and the parent's top margin adjoins
	// its first child's); pending those below the last child.
	top, pending marginState
	atTop, empty bool
	// cleared says pending includes a top margin that has clearance: "the
	// child's bottom margin does not collapse with a top margin that has
	// clearance", so pending does not collapse with the parent's bottom.
	cleared bool
}

// layoutBlockChildren lays out the block-level children of b, one after the
// other, collapsing adjoining vertical margins (CSS 2.1 §9.4.1, §8.3.1).
// Fragment positions are relative to b's content box. It returns the
// fragments and the state of the flow after the last child.
func (l *layouter) layoutBlockChildren(b *Box, cb containingBlock, collapseTop bool, fl flow) ([]*Fragment, flowState) {
	kids := make([]*Fragment, 0, len(b.Children))
	s := flowState{atTop: collapseTop, empty: true}
	for _, c := range renderedChildren(b) {
		// Estimate where the child's top border edge will be, for floats
		// and clearance.
		est := s.y
		if !s.atTop {
			est = s.y + s.pending.merge(chainTop(c, cb.w)).resolve()
		}
		cleared := false
		if cy, ok := fl.fc.clearY(c.Style.Clear); ok && cy-fl.y > est {
			// https://www.w3.org/TR/CSS22/visuren.html#clearance
			// Clearance puts the top border edge below the floats; the
			// margins above no longer collapse with the child's.
			est, cleared = cy-fl.y, true
		}
		var r blockResult
		if establishesBFC(c) && len(fl.fc.floats) > 0 {
			var moved bool
			r, est, moved = l.layoutBesideFloats(c, cb, fl, est)
			cleared = cleared || moved
		} else {
			r = l.layoutBlockLevelKept(c, cb, bfcPos{fc: fl.fc, x: fl.x, y: fl.y + est})
		}
		if l.err != nil {
			break
		}
		kids = append(kids, r.frag)
		s.place(r, est, cleared)
	}
	return kids, s
}

// renderedChildren returns the children of block container b that are
// laid out: all of them, except in a closed <details>, whose first
// <summary> child alone is rendered.
//
// https://html.spec.whatwg.org/multipage/rendering.html#the-details-and-summary-elements
// "The second slot is expected to take the details element's remaining
// descendants, if any. [...] The second slot is expected to have
// content-visibility: hidden when the details element does not have an
// open attribute."
// AD-HOC: the hidden content gets no boxes at all (Chromium lays it out
// for geometry queries but not for size or paint), and a details without
// a summary shows nothing. TODO(spec): the UA's "Details" summary, and
// closed details that are flex or grid containers or hold inline content.
func renderedChildren(b *Box) []*Box {
	if !b.Node.IsHTML("details") {
		return b.Children
	}
	if _, open := b.Node.Attr("open"); open {
		return b.Children
	}
	for i, c := range b.Children {
		if c.Node != nil && c.Node.IsHTML("summary") && c.Node.Parent == b.Node {
			return b.Children[i : i+1]
		}
	}
	return nil
}

// place positions the next child, laid out as r, and updates the flow.
// When cleared, its top border edge is est.
func (s *flowState) place(r blockResult, est Fixed, cleared bool) {
	f := r.frag
	switch {
	case cleared && r.through:
		// The child's own margins still collapse through it, from its
		// top margin edge above the border edge clearance fixed.
		s.atTop, s.cleared = false, true
		f.Rect.Y = est
		s.y = est - f.Margin[cssom.Top]
		s.pending = r.top.merge(r.bottom)
	case cleared:
		s.atTop, s.empty, s.cleared = false, false, false
		f.Rect.Y = est
		s.y = est + f.Rect.H
		s.pending = r.bottom
	case s.atTop && r.through:
		s.top = s.top.merge(r.top).merge(r.bottom)
		f.Rect.Y = s.y
	case s.atTop:
		s.top = s.top.merge(r.top)
		s.atTop, s.empty = false, false
		f.Rect.Y = s.y
		s.y += f.Rect.H
		s.pending = r.bottom
	case r.through:
		// "The position of the element's top border edge is the same as
		// it would have been if the element had a non-zero bottom
		// border."
		combined := s.pending.merge(r.top)
		f.Rect.Y = s.y + combined.resolve()
		s.pending = combined.merge(r.bottom)
	default:
		s.empty, s.cleared = false, false
		f.Rect.Y = s.y + s.pending.merge(r.top).resolve()
		s.y = f.Rect.Y + f.Rect.H
		s.pending = r.bottom
	}
}

// layoutBesideFloats lays out block formatting context root c, whose top
// border edge would be at est, so that its border box does not overlap the
// floats of its formatting context (CSS 2.1 §9.5): "the border box of a
// table, a block-level replaced element, or an element in the normal flow
// that establishes a new block formatting context ... must not overlap the
// margin box of any floats". It is narrowed to the space beside them, and
// moved down past floats until it fits. It returns the result (Rect.X set
// relative to the content box), the top border edge, and whether it moved.
func (l *layouter) layoutBesideFloats(c *Box, cb containingBlock, fl flow, est Fixed) (blockResult, Fixed, bool) {
	moved := false
	for tries := 0; ; tries++ {
		left, right := fl.fc.band(fl.y+est, 1, fl.x, fl.x+cb.w)
		ccb := cb
		ccb.w = right - left
		r := l.layoutBlockLevelKept(c, ccb, bfcPos{fc: fl.fc, x: left, y: fl.y + est})
		f := r.frag
		f.Rect.X += left - fl.x
		l2, r2 := fl.fc.band(fl.y+est, cssom.Max(f.Rect.H, 1), fl.x, fl.x+cb.w)
		mw := f.Rect.W + cssom.Max(f.Margin[cssom.Left], 0) + cssom.Max(f.Margin[cssom.Right], 0)
		if (l2 == left && r2 == right) || (mw <= r2-l2 && l2 == left) || tries == 16 || l.err != nil {
			return r, est, moved
		}
		next, ok := fl.fc.nextBottom(fl.y + est)
		if !ok {
			return r, est, moved
		}
		est, moved = next-fl.y, true
	}
}

// shrinkToFit returns the shrink-to-fit content width of block container b
// for an available width: min(max(preferred minimum width, available
// width), preferred width).
// https://www.w3.org/TR/CSS22/visudet.html#float-width
func (l *layouter) shrinkToFit(b *Box, avail Fixed) Fixed {
	minW, maxW := l.intrinsicWidths(b)
	return cssom.Min(cssom.Max(minW, avail), maxW)
}

// intrinsicWidths returns the min-content and max-content widths of b's
// content box (CSS Sizing 3 §5), margins, borders and padding of
// descendants included. Percentages of descendants count as 0 (the cyclic
// percentage rule of CSS Sizing 3 §5.2.1).
func (l *layouter) intrinsicWidths(b *Box) (minW, maxW Fixed) {
	if w, ok := l.intrinsic[b]; ok {
		return w[0], w[1]
	}
	if b.table != nil {
		minW, maxW = l.tableIntrinsicWidths(b)
	} else if w, ok := l.widgetWidth(b); ok {
		minW, maxW = w, w
	} else if isFlexContainer(b) {
		minW, maxW = l.flexIntrinsicWidths(b)
	} else if isGridContainer(b) {
		minW, maxW = l.gridIntrinsicWidths(b)
	} else if b.ChildrenInline {
		minW, maxW = l.inlineIntrinsicWidths(b)
	} else {
		for _, c := range renderedChildren(b) {
			cmin, cmax := l.outerIntrinsicWidths(c)
			minW = cssom.Max(minW, cmin)
			maxW = cssom.Max(maxW, cmax)
		}
	}
	if l.intrinsic == nil {
		l.intrinsic = make(map[*Box][2]Fixed)
	}
	l.intrinsic[b] = [2]Fixed{minW, maxW}
	return minW, maxW
}

// outerIntrinsicWidths returns the min- and max-content contributions of
// box c: its intrinsic widths plus its own margins, borders and padding, or
// its specified width when it has one.
func (l *layouter) outerIntrinsicWidths(c *Box) (minW, maxW Fixed) {
	st := c.Style
	u := resolveEdges(st, 0)
	outer := u.hEdges() + u.margin[cssom.Left] + u.margin[cssom.Right]
	if c.Kind == ReplacedBox {
		w, _ := replacedSize(c, -1, -1)
		if compressible(st) {
			// https://www.w3.org/TR/css-sizing-3/#min-content-zero
			return outer, w + outer
		}
		return w + outer, w + outer
	}
	if hasSizingKeyword(st) {
		return l.keywordContributions(c, &u, outer) // intrinsic.go
	}
	if w, ok := specifiedSize(st.Width, -1, u.hEdges(), st.BoxSizing); ok {
		w, _ = clampWidth(st, w, -1, u.hEdges())
		return w + outer, w + outer
	}
	minW, maxW = l.intrinsicWidths(c)
	minW, _ = clampWidth(st, minW, -1, u.hEdges())
	maxW, _ = clampWidth(st, maxW, -1, u.hEdges())
	return minW + outer, maxW + outer
}

// inlineIntrinsicWidths returns the min-content and max-content widths of
// block container b's inline content (CSS Sizing 3 §5.1).
func (l *layouter) inlineIntrinsicWidths(b *Box) (minW, maxW Fixed) {
	d := l.ifc(b)
	var line, seg, pend Fixed
	if ti := b.Style.TextIndent; ti.Kind == cssom.LengthPx {
		line, seg = ti.Px, ti.Px
	}
	endLine := func() {
		maxW = cssom.Max(maxW, line)
		minW = cssom.Max(minW, seg)
		line, seg, pend = 0, 0, 0
	}
	for i := range d.pieces {
		p := &d.pieces[i]
		switch p.kind {
		case pieceText:
			line += p.width
			if p.width > 0 {
				seg, pend = seg+pend, 0
			}
			seg += p.width
			minW = cssom.Max(minW, seg)
			switch {
			case p.breakAfter:
				seg, pend = 0, 0
			case p.collapsible:
				// A collapsible space counts only when content follows
				// it on the line: at the end it hangs.
				pend += p.spaceWidth
			default:
				seg += p.spaceWidth
			}
			if i+1 < len(d.pieces) && p.collapsible {
				line += p.spaceWidth
			} else if !p.collapsible {
				line += p.spaceWidth
			}
		case pieceOpen, pieceClose:
			w := inlineEdge(p.box, 0, p.kind == pieceClose)
			line += w
			seg += w
		case pieceAtomic:
			amin, amax := l.outerIntrinsicWidths(p.box)
			line += amax
			seg, pend = seg+pend, 0
			minW = cssom.Max(minW, seg+amin)
			seg += amin
			if p.breakAfter {
				minW = cssom.Max(minW, seg)
				seg = 0
			}
		case pieceFloat:
			fmin, fmax := l.outerIntrinsicWidths(p.box)
			line += fmax
			minW = cssom.Max(minW, fmin)
		case pieceBreak:
			endLine()
		}
	}
	endLine()
	return minW, maxW
}

// addMarker adds list item b's outside marker to its fragment f, ending at
// the start of the first line box, on its baseline.
// https://www.w3.org/TR/css-lists-3/#list-style-position-property
func (l *layouter) addMarker(f *Fragment, b *Box) {
	st := b.Style
	if b.markerStyle != nil {
		st = b.markerStyle // ::marker (box.go, listMarker)
	}
	runs := l.fonts.Shape(b.Marker, SpecOf(st))
	m := l.metricsOf(st)
	run := mergeRuns(runs, b.Marker)
	var w Fixed
	for _, r := range runs {
		w += r.Advance
	}
	x, y := f.Border[cssom.Left]+f.Padding[cssom.Left], f.Border[cssom.Top]+f.Padding[cssom.Top]+m.Ascent
	if lx, ly, ok := firstLine(f); ok {
		x, y = lx, ly
	}
	mf := &Fragment{Kind: TextFragment, Style: st, Anonymous: true, Marker: true, Text: run,
		Rect: Rect{X: x - w, Y: y - m.Ascent, W: w, H: m.Ascent + m.Descent}, Baseline: m.Ascent}
	if st.TextEmphasis.Mark() != "" {
		// The marks of the marker's text, as Chromium draws them (the
		// first line holds them when the item's own text has them too).
		mf.Emphasis, _, _ = l.emphasisRun(mf) // emphasis.go
	}
	f.Children = append([]*Fragment{mf}, f.Children...)
}

// firstLine returns the left edge and baseline of f's first line box
// relative to f, looking into its first in-flow block children.
func firstLine(f *Fragment) (x, y Fixed, ok bool) {
	for _, c := range f.Children {
		switch {
		case c.Kind == LineFragment:
			return c.Rect.X, c.Rect.Y + c.Baseline, true
		case c.Kind == BoxFragment && c.Style.Float == cssom.FloatNone:
			if x, y, ok := firstLine(c); ok {
				return c.Rect.X + x, c.Rect.Y + y, true
			}
			if c.Rect.H > 0 {
				return 0, 0, false
			}
		}
	}
	return 0, 0, false
}

// mergeRuns concatenates shaped runs into one TextRun in the first run's
// font (AD-HOC for markers: fallback glyphs keep their own IDs).
func mergeRuns(runs []ShapedRun, text string) *TextRun {
	tr := &TextRun{Text: text}
	var x Fixed
	for i, r := range runs {
		if i == 0 {
			tr.Font, tr.FakeBold, tr.FakeItalic = r.Font, r.FakeBold, r.FakeItalic
		}
		for _, g := range r.Glyphs {
			g.X += x
			tr.Glyphs = append(tr.Glyphs, g)
		}
		x += r.Advance
	}
	return tr
}
