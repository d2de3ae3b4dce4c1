package layout

import (
	"github.com/paneweb/pane/cssom"
)

// Cross sizes, alignment and placement of flex items (CSS Flexbox 1 §9.4
// to §9.6), and the layout of one item at given sizes.

// crossSizes runs §9.4: each item's hypothetical cross size (step 7), the
// lines' cross sizes (step 8), align-content: stretch (step 9), the
// container's cross size (step 15, needed here for step 9) and the items'
// used cross sizes (step 11), laying each item out at its final size.
// https://www.w3.org/TR/css-flexbox-1/#cross-sizing
// TODO(spec): visibility: collapse (step 10).
func (fl *flexLayout) crossSizes() {
	cs, _ := fl.crossSides()
	for _, it := range fl.items {
		fl.hypotheticalCross(it)
		if fl.l.err != nil {
			return
		}
		if it.baselineAlign {
			it.baseline = it.u.margin[cs] + itemBaseline(it.frag)
			if fl.crossRev {
				// wrap-reverse: the cross axis runs bottom to top, so the
				// baseline is measured from the bottom margin edge.
				it.baseline = it.u.margin[cs] + it.frag.Rect.H - itemBaseline(it.frag)
			}
		}
	}
	for _, line := range fl.lines {
		fl.lineCross(line)
	}
	if fl.innerCross < 0 {
		sum := fl.crossGap * Fixed(max(len(fl.lines)-1, 0))
		for _, line := range fl.lines {
			sum += line.cross
		}
		fl.innerCross = clampHeight(fl.st, sum, fl.outerCBH, fl.u.vEdges())
	}
	// 9. "If the flex container has a definite cross size, align-content
	// is stretch, and the sum of the flex lines' cross sizes is less than
	// the flex container's inner cross size, increase the cross size of
	// each flex line by equal amounts such that the sum of their cross
	// sizes exactly equals the flex container's inner cross size."
	if ac := fl.st.AlignContent; fl.wrap && (ac == cssom.AlignNormal || ac == cssom.AlignStretch) && len(fl.lines) > 0 {
		free := fl.innerCross - fl.linesCross()
		if free > 0 {
			n := Fixed(len(fl.lines))
			for i, line := range fl.lines {
				line.cross += free*Fixed(i+1)/n - free*Fixed(i)/n
			}
		}
	}
	// 11. Determine the used cross size of each flex item.
	for _, line := range fl.lines {
		for _, it := range line.items {
			if it.stretch {
				it.cross = clampSize(line.cross-fl.crossOuter(it, 0), it.minCross, it.maxCross)
			}
			if fl.row {
				fl.layoutItem(it, it.target, it.cross)
			} else {
				fl.layoutItem(it, it.cross, it.target)
			}
		}
	}
}

// linesCross returns the lines' cross sizes and the gaps between them.
func (fl *flexLayout) linesCross() Fixed {
	sum := fl.crossGap * Fixed(max(len(fl.lines)-1, 0))
	for _, line := range fl.lines {
		sum += line.cross
	}
	return sum
}

// hypotheticalCross sets an item's hypothetical cross size: "performing
// layout with the used main size and the available space, treating auto
// as fit-content" (§9.4 step 7).
func (fl *flexLayout) hypotheticalCross(it *flexItem) {
	if !fl.row {
		// The width the item was measured at.
		return
	}
	st := it.st
	if it.box.Kind == ReplacedBox {
		if h, ok := fl.stretchedReplacedHeight(it); ok {
			it.cross = h
		} else {
			it.cross = fl.replacedCross(it, it.target, false)
		}
		fl.layoutItem(it, it.target, it.cross)
		return
	}
	if h, ok := specifiedSize(st.Height, fl.cbh, it.u.vEdges(), st.BoxSizing); ok {
		it.cross = clampSize(h, it.minCross, it.maxCross)
		fl.layoutItem(it, it.target, it.cross)
		return
	}
	fl.layoutItem(it, it.target, -1)
	it.cross = clampSize(it.contentH, it.minCross, it.maxCross)
}

// lineCross sets a line's cross size (§9.4 step 8).
func (fl *flexLayout) lineCross(line *flexLine) {
	// 1. "If the flex container is single-line and has a definite cross
	// size, the cross size of the flex line is the flex container's inner
	// cross size."
	if !fl.wrap && fl.innerCross >= 0 {
		line.cross = fl.innerCross
		fl.baselines(line)
		return
	}
	// 2. Otherwise the largest outer hypothetical cross size, with the
	// items aligned by baseline taking their largest ascent plus their
	// largest descent.
	var largest Fixed
	for _, it := range line.items {
		largest = cssom.Max(largest, fl.crossOuter(it, it.cross))
	}
	largest = cssom.Max(largest, fl.baselines(line))
	line.cross = largest
	// 3. "If the flex container is single-line, then clamp the line's
	// cross-size to be within the container's computed min and max cross
	// sizes."
	if !fl.wrap && fl.row {
		line.cross = clampHeight(fl.st, line.cross, fl.outerCBH, fl.u.vEdges())
	}
}

// baselines sets a line's largest ascent among its baseline-aligned items
// and returns the extent they need (largest ascent plus largest descent).
func (fl *flexLayout) baselines(line *flexLine) Fixed {
	var desc Fixed
	for _, it := range line.items {
		if it.baselineAlign {
			line.maxAsc = cssom.Max(line.maxAsc, it.baseline)
			desc = cssom.Max(desc, fl.crossOuter(it, it.cross)-it.baseline)
		}
	}
	return line.maxAsc + desc
}

// justify returns the offset of the i-th of n boxes from the start of an
// alignment container with free space left over, for a
// justify-content or align-content value (CSS Box Alignment 3 §5.3,
// §6.1): "flip" says flex-start is not the writing mode's start, "rev"
// that the axis runs right to left (for left and right).
func justify(a cssom.Align, free Fixed, i, n int, flip, rev, row bool) Fixed {
	N, I := Fixed(n), Fixed(i)
	switch a {
	case cssom.AlignFlexEnd, cssom.AlignCenter, cssom.AlignStart, cssom.AlignEnd:
		return alignSelf(a, free, flip)
	case cssom.AlignLeft, cssom.AlignRight:
		if row && (a == cssom.AlignLeft) == rev {
			return free
		}
		if !row && flip {
			return free
		}
	case cssom.AlignSpaceBetween:
		// "If the leftover free-space is negative or there is only a
		// single item, this value is identical to flex-start."
		if free > 0 && n > 1 {
			return free * I / (N - 1)
		}
	case cssom.AlignSpaceAround:
		// Negative free space or a single item: center.
		if free > 0 && n > 1 {
			return free * (2*I + 1) / (2 * N)
		}
		return free / 2
	case cssom.AlignSpaceEvenly:
		if free > 0 && n > 1 {
			return free * (I + 1) / (N + 1)
		}
		return free / 2
	}
	return 0
}

// alignMain distributes a line's remaining free space to the items' main
// axis auto margins, else by justify-content (§9.5 step 12).
// https://www.w3.org/TR/css-flexbox-1/#main-alignment
func (fl *flexLayout) alignMain(line *flexLine) {
	ms, me := fl.mainSides()
	n := len(line.items)
	free := fl.innerMain - fl.mainGap*Fixed(n-1)
	autos := 0
	for _, it := range line.items {
		free -= fl.mainOuter(it, it.target)
		for _, s := range [2]int{ms, me} {
			if it.auto[s] {
				autos++
			}
		}
	}
	// "If the remaining free space is positive and at least one main-axis
	// margin on this line is auto, distribute the free space equally among
	// these margins. Otherwise, set all auto margins to zero."
	if free > 0 && autos > 0 {
		k := Fixed(0)
		for _, it := range line.items {
			for _, s := range [2]int{ms, me} {
				if it.auto[s] {
					it.u.margin[s] = free*(k+1)/Fixed(autos) - free*k/Fixed(autos)
					k++
				}
			}
		}
		free = 0
	}
	var pos Fixed
	for i, it := range line.items {
		it.mainPos = pos + justify(fl.st.JustifyContent, free, i, n, fl.mainFlip, fl.mainRev, fl.row)
		pos += fl.mainOuter(it, it.target) + fl.mainGap
	}
}

// alignCross resolves cross-axis auto margins and aligns each item in its
// line by align-self (§9.6 steps 13 and 14).
// https://www.w3.org/TR/css-flexbox-1/#cross-alignment
func (fl *flexLayout) alignCross(line *flexLine) {
	cs, ce := fl.crossSides()
	for _, it := range line.items {
		free := line.cross - fl.crossOuter(it, it.cross)
		switch {
		case it.auto[cs] || it.auto[ce]:
			// "If its outer cross size (treating those auto margins as
			// zero) is less than the cross size of its flex line,
			// distribute the difference in those sizes equally to the auto
			// margins." Otherwise the start auto margin is zero.
			if free > 0 {
				switch {
				case it.auto[cs] && it.auto[ce]:
					it.u.margin[cs], it.u.margin[ce] = free/2, free-free/2
				case it.auto[cs]:
					it.u.margin[cs] = free
				default:
					it.u.margin[ce] = free
				}
			}
			it.crossPos = 0
		case it.baselineAlign:
			it.crossPos = line.maxAsc - it.baseline
		default:
			it.crossPos = alignSelf(it.align, free, fl.crossFlip)
		}
	}
}

// alignSelf returns an item's offset in its line for an align-self value,
// and the positional part of justify (flex-end, center, start, end).
func alignSelf(a cssom.Align, free Fixed, flip bool) Fixed {
	switch a {
	case cssom.AlignFlexEnd:
		return free
	case cssom.AlignCenter:
		return free / 2
	case cssom.AlignStart:
		if flip {
			return free
		}
	case cssom.AlignEnd:
		if !flip {
			return free
		}
	}
	return 0
}

// alignContent positions the lines in the container's cross axis (§9.6
// step 16). A single-line container's line fills it.
// https://www.w3.org/TR/css-flexbox-1/#align-content-property
func (fl *flexLayout) alignContent() {
	free := fl.innerCross - fl.linesCross()
	a := fl.st.AlignContent
	if !fl.wrap {
		a = cssom.AlignFlexStart
	}
	if a == cssom.AlignStretch || a == cssom.AlignNormal {
		a = cssom.AlignFlexStart
	}
	var pos Fixed
	for i, line := range fl.lines {
		line.pos = pos + justify(a, free, i, len(fl.lines), fl.crossFlip, false, false)
		pos += line.cross + fl.crossGap
	}
}

// place maps the items' flow positions to their border boxes relative to
// the container's content box, and returns their fragments in
// order-modified document order.
func (fl *flexLayout) place() []*Fragment {
	ms, _ := fl.mainSides()
	cs, _ := fl.crossSides()
	kids := make([]*Fragment, 0, len(fl.items)+len(fl.abs))
	for _, line := range fl.lines {
		for _, it := range line.items {
			f := it.frag
			f.Margin = it.u.margin
			m := it.mainPos + it.u.margin[ms]
			c := line.pos + it.crossPos + it.u.margin[cs]
			fl.setPos(f, m, c)
			kids = append(kids, f)
		}
	}
	return kids
}

// setPos sets fragment f's position from its border box's main and cross
// offsets from the container's main-start and cross-start edges.
func (fl *flexLayout) setPos(f *Fragment, m, c Fixed) {
	mainSize, crossSize := f.Rect.W, f.Rect.H
	if !fl.row {
		mainSize, crossSize = crossSize, mainSize
	}
	if fl.mainRev {
		m = fl.innerMain - m - mainSize
	}
	if fl.crossRev {
		c = fl.innerCross - c - crossSize
	}
	if fl.row {
		f.Rect.X, f.Rect.Y = m, c
	} else {
		f.Rect.X, f.Rect.Y = c, m
	}
}

// placeAbs lays out the absolutely positioned children at their static
// positions: "as if it were the sole flex item in the flex container".
// https://www.w3.org/TR/css-flexbox-1/#abspos-items
func (fl *flexLayout) placeAbs() []*Fragment {
	var out []*Fragment
	ms, me := fl.mainSides()
	cs, ce := fl.crossSides()
	for _, c := range fl.abs {
		f := fl.l.layoutAbsBox(c)
		mainSize, crossSize := f.Rect.W, f.Rect.H
		if !fl.row {
			mainSize, crossSize = crossSize, mainSize
		}
		mOuter := mainSize + f.Margin[ms] + f.Margin[me]
		cOuter := crossSize + f.Margin[cs] + f.Margin[ce]
		m := justify(fl.st.JustifyContent, fl.innerMain-mOuter, 0, 1, fl.mainFlip, fl.mainRev, fl.row)
		a := c.Style.AlignSelf
		if a == cssom.AlignAuto {
			a = fl.st.AlignItems
		}
		cr := alignSelf(a, fl.innerCross-cOuter, fl.crossFlip)
		fl.setPos(f, m+f.Margin[ms], cr+f.Margin[cs])
		out = append(out, f)
	}
	return out
}

// baseline returns the container's first baseline from its content box
// top: that of the first line's baseline-aligned items, else of its first
// item, else synthesized from the content box's bottom edge (h high).
// https://www.w3.org/TR/css-flexbox-1/#flex-baselines
// TODO(spec): last baseline alignment (cssom does not compute it).
func (fl *flexLayout) baseline(h Fixed) Fixed {
	if len(fl.lines) == 0 {
		return h
	}
	first := fl.lines[0].items[0]
	for _, it := range fl.lines[0].items {
		if it.baselineAlign {
			first = it
			break
		}
	}
	return first.frag.Rect.Y + itemBaseline(first.frag)
}

// itemBaseline returns a laid-out item's first baseline from its border
// box top, synthesized from its border box bottom when it has none.
func itemBaseline(f *Fragment) Fixed {
	if f.Kind != BoxFragment {
		return f.Rect.H
	}
	if d := f.Style.Display; d == cssom.DisplayFlex || d == cssom.DisplayInlineFlex || d == cssom.DisplayGrid || d == cssom.DisplayInlineGrid {
		return f.Baseline
	}
	if _, y, ok := firstLine(f); ok {
		return y
	}
	return f.Rect.H
}

// layoutItem lays out an item with content box w × h (h < 0: auto) into
// it.frag, with its position left at 0,0. AD-HOC: the used main size of an
// item is treated as definite for its children's percentages even when
// the container's main size is indefinite (§9.8 makes it definite only
// when the container's is). A block laid out with an auto
// height that took exactly h, or whose content does not depend on its
// height, is reused and given height h instead of being laid out again.
func (fl *flexLayout) layoutItem(it *flexItem, w, h Fixed) {
	if it.box.Kind == ReplacedBox {
		if h < 0 {
			h = fl.replacedCross(it, w, false)
		}
		fl.l.tick()
		f := &Fragment{Kind: ImageFragment, Node: it.box.Node, Style: it.st, Image: it.box.Image,
			Margin: it.u.margin, Border: it.u.border, Padding: it.u.padding,
			Rect: Rect{W: w + it.u.hEdges(), H: h + it.u.vEdges()}}
		f.Baseline = f.Rect.H + it.u.margin[cssom.Bottom]
		it.frag, it.fw, it.fh, it.contentH = f, w, h, h
		return
	}
	if it.frag != nil && it.fw == w {
		if it.fh == h {
			return
		}
		if h >= 0 && it.fh == -1 && (it.contentH == h || !heightDependent(it.box)) {
			// A copy: the measured fragment stays as cached.
			f := *it.frag
			f.Rect.H = h + it.u.vEdges()
			it.frag, it.fh = &f, h
			return
		}
	}
	l := fl.l
	key := flexKey{box: it.box, w: w, h: h, cbw: fl.cbw, cbh: fl.cbh}
	if m, ok := l.flexItems[key]; ok {
		it.frag, it.fw, it.fh, it.contentH = m.frag, w, h, m.contentH
		return
	}
	it.frag, it.fw, it.fh = fl.layoutBlockItem(it, w, h), w, h
	it.contentH = it.frag.Rect.H - it.u.vEdges()
	if l.flexItems == nil {
		l.flexItems = make(map[flexKey]flexMeasure)
	}
	l.flexItems[key] = flexMeasure{it.frag, it.contentH}
}

// layoutBlockItem lays out a block container item with content box w × h
// (h < 0: auto) and returns its fragment at 0,0.
func (fl *flexLayout) layoutBlockItem(it *flexItem, w, h Fixed) *Fragment {
	l := fl.l
	st := *it.st
	st.Width, st.MinWidth, st.MaxWidth = cssom.LengthOf(w), cssom.Auto, cssom.None
	st.Height, st.MinHeight, st.MaxHeight = cssom.Auto, cssom.Auto, cssom.None
	if h >= 0 {
		st.Height = cssom.LengthOf(h)
	}
	st.BoxSizing = cssom.ContentBox
	st.Margin = cssom.Edges[cssom.Length]{cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx}
	st.Float = cssom.FloatNone
	// AD-HOC: the item is laid out as a block container whose width and
	// height are its used sizes, through a copy of its box with those
	// sizes as its style; its fragment keeps the item's own style.
	cp := *it.box
	cp.Style = &st
	if cp.ChildrenInline {
		if l.ifcs == nil {
			l.ifcs = make(map[*Box]*ifcData)
		}
		l.ifcs[&cp] = l.ifc(it.box)
		defer delete(l.ifcs, &cp)
	}
	cb := containingBlock{w: fl.cbw, h: cssom.Max(fl.cbh, 0), hDefinite: fl.cbh >= 0, rtl: fl.st.Direction == "rtl"}
	f := l.layoutBlockContainer(&cp, cb, true, nil, bfcPos{}).frag
	f.Style = it.st
	if it.st.Float != cssom.FloatNone {
		// float does not apply to flex items.
		fs := *it.st
		fs.Float = cssom.FloatNone
		f.Style = &fs
	}
	f.Margin = it.u.margin
	f.Rect.X, f.Rect.Y = 0, 0
	return f
}

// flexKey identifies one layout of a flex item: its box, its content size
// (h < 0: auto) and the size of its flex container's content box.
type flexKey struct {
	box            *Box
	w, h, cbw, cbh Fixed
}

// flexMeasure is a cached flex item layout: its fragment (laid out at
// 0,0; a parent that places it moves it) and its content height.
// Laying out a nested flex container again at another cross size reuses
// its items' layouts, so nesting depth does not multiply the work.
type flexMeasure struct {
	frag     *Fragment
	contentH Fixed
}

// heightDependent reports whether laying out block container b with a
// definite height could differ from laying it out with an auto height and
// then setting that height: it is a flex container, or a child's height
// depends on b's through a percentage.
func heightDependent(b *Box) bool {
	if isFlexContainer(b) || isGridContainer(b) {
		return true
	}
	for _, c := range b.Children {
		st := c.Style
		for _, l := range [3]cssom.Length{st.Height, st.MinHeight, st.MaxHeight} {
			if l.Kind == cssom.LengthPercent || l.Kind == cssom.LengthCalc {
				return true
			}
		}
		if c.Anonymous && c.Kind == BlockBox && heightDependent(c) {
			return true
		}
	}
	return false
}
