package layout

import (
	"math"
	"sort"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// This file is flex layout: CSS Flexible Box Layout Module Level 1
// (https://www.w3.org/TR/css-flexbox-1/). Box generation (§4) wraps text
// runs in anonymous flex items; layoutFlexContainer runs the layout
// algorithm of §9 over a container's items and places them in its content
// box; flexIntrinsicWidths gives the container's intrinsic main and cross
// sizes (§9.9). The rest of the algorithm lives in flexalgo.go.

// infinite stands for an unbounded length (no max-width, an indefinite
// available main size).
const infinite = Fixed(math.MaxInt64 / 8)

// isFlexContainer reports whether b's children are laid out as flex items:
// a block-level or inline-level box whose display is flex or inline-flex
// (form controls keep their own rendering).
func isFlexContainer(b *Box) bool {
	if b.ChildrenInline || b.widget != notWidget || (b.Kind != BlockBox && b.Kind != InlineBlockBox) {
		return false
	}
	d := b.Style.Display
	return d == cssom.DisplayFlex || d == cssom.DisplayInlineFlex
}

// flexContainer generates the children of flex container box from el's
// children: "Each in-flow child of a flex container becomes a flex item,
// and each contiguous sequence of child text runs is wrapped in an
// anonymous block container flex item. However, if the entire sequence of
// child text runs contains only white space ... it is instead not
// rendered." Absolutely positioned children stay children of the
// container; floated children are flex items (float does not apply).
// https://www.w3.org/TR/css-flexbox-1/#flex-items
// TODO(spec): children of a display:contents child are not blockified (the
// cascade blockifies by the DOM parent's display).
func (b *builder) flexContainer(box *Box, el *dom.Node) {
	c := &container{box: box, space: true}
	b.childrenAndPseudos(c, el, box.Style)
	c.flushRun()
	var kids []*Box
	for _, x := range c.blocks {
		if !x.Anonymous || !x.ChildrenInline || x.Kind != BlockBox {
			kids = append(kids, x)
			continue
		}
		// An anonymous block made of a text run: out-of-flow boxes in it
		// come out as children of their own.
		var run []*Box
		flush := func() {
			if runIsRendered(run) {
				kids = append(kids, &Box{Kind: BlockBox, Style: x.Style, Anonymous: true, ChildrenInline: true, Children: run})
			}
			run = nil
		}
		for _, k := range x.Children {
			if k.outOfFlow() {
				flush()
				kids = append(kids, k)
				continue
			}
			run = append(run, k)
		}
		flush()
	}
	box.Children = kids
	box.ChildrenInline = false
}

// absChild reports whether child c of a flex container is absolutely
// positioned (not a flex item).
// https://www.w3.org/TR/css-flexbox-1/#abspos-items
func absChild(c *Box) bool {
	return c.Style.Position == cssom.PositionAbsolute || c.Style.Position == cssom.PositionFixed
}

// flexIntrinsicWidths returns the min-content and max-content widths of
// flex container b's content box (§9.9.1 for row containers, §9.9.2 for
// column containers).
// AD-HOC: like common engines, the items' min- and max-content
// contributions are summed (row) or maximized (column) without the flex
// fraction redistribution of §9.9.1; a multi-line row container's
// min-content width is its largest item's min-content contribution.
// https://www.w3.org/TR/css-flexbox-1/#intrinsic-sizes
func (l *layouter) flexIntrinsicWidths(b *Box) (minW, maxW Fixed) {
	st := b.Style
	row := st.FlexDirection == cssom.FlexRow || st.FlexDirection == cssom.FlexRowReverse
	gap := st.ColumnGap.Resolve(0, 0)
	n := 0
	for _, c := range b.Children {
		if absChild(c) {
			continue
		}
		cmin, cmax := l.outerIntrinsicWidths(c)
		if !row {
			minW, maxW = cssom.Max(minW, cmin), cssom.Max(maxW, cmax)
			continue
		}
		if n > 0 {
			maxW += gap
			if st.FlexWrap == cssom.FlexNoWrap {
				minW += gap
			}
		}
		n++
		maxW += cmax
		if st.FlexWrap == cssom.FlexNoWrap {
			minW += cmin
		} else {
			minW = cssom.Max(minW, cmin)
		}
	}
	return minW, maxW
}

// flexItem is one flex item during the layout algorithm. Sizes are of the
// content box unless named outer.
type flexItem struct {
	box *Box
	st  *cssom.ComputedStyle
	// u holds the used margins (auto as 0), borders and padding.
	u    usedBox
	auto [4]bool // which margins are auto
	// The flex base size, hypothetical main size, min and max main sizes,
	// and the target (finally the used) main size (§9.2, §9.7).
	base, hypo, minMain, maxMain, target Fixed
	frozen                               bool
	viol                                 Fixed // this pass's min (>0) or max (<0) violation
	grow, shrink                         float64
	// cross is the hypothetical, then the used, cross size; minCross and
	// maxCross its constraints; stretch says align-self stretch applies.
	cross, minCross, maxCross Fixed
	align                     cssom.Align
	stretch                   bool
	// frag is the item's fragment as last laid out at content size fw×fh
	// (fh < 0: auto height, then contentH is the height it took).
	frag          *Fragment
	fw, fh        Fixed
	contentH      Fixed
	mainPos       Fixed // margin box offset from the line's main start
	crossPos      Fixed // margin box offset from the line's cross start
	baseline      Fixed // margin box cross start to the item's baseline
	baselineAlign bool
}

// flexLine is one flex line: its items and its cross size and offset.
type flexLine struct {
	items       []*flexItem
	cross, pos  Fixed
	maxAsc, max Fixed // baseline alignment: largest ascent and descent
}

// flexLayout is the state of laying out one flex container.
type flexLayout struct {
	l  *layouter
	b  *Box
	st *cssom.ComputedStyle
	u  *usedBox
	// row says the main axis is horizontal; mainRev and crossRev say the
	// main and cross axes run right to left or bottom to top; mainFlip and
	// crossFlip say their flex-start is not the writing mode's start.
	row, wrap                              bool
	mainRev, crossRev, mainFlip, crossFlip bool
	// The container's inner (content box) sizes, -1 when indefinite, and
	// the percentage bases of its items.
	innerMain, innerCross Fixed
	cbw, cbh              Fixed
	// outerCBH is the height of the container's own containing block (-1
	// when indefinite), for its min-height and max-height; breakAt is the
	// main size lines break at.
	outerCBH, breakAt Fixed
	mainGap, crossGap Fixed
	items             []*flexItem
	abs               []*Box
	lines             []*flexLine
}

// layoutFlexContainer lays out the children of flex container b, whose
// content box is cb (cb.h definite when cb.hDefinite) and whose used box is
// u, and sets f.Baseline. cbh is the height of b's containing block (-1
// when indefinite), for its min-height and max-height. It returns the
// children's fragments relative to the content box, the content height, and
// whether there is no flex item.
// https://www.w3.org/TR/css-flexbox-1/#layout-algorithm
func (l *layouter) layoutFlexContainer(b *Box, f *Fragment, u *usedBox, cb containingBlock, cbh Fixed) ([]*Fragment, Fixed, bool) {
	fl := newFlexLayout(l, b, u, cb, cbh)
	// §9.1 Initial setup: the items in order-modified document order.
	fl.collectItems()
	// §9.2 Line length determination.
	for _, it := range fl.items {
		fl.baseSize(it)
		if l.err != nil {
			return nil, 0, true
		}
	}
	fl.containerMainSize()
	// §9.3 Main size determination.
	fl.collectLines()
	for _, line := range fl.lines {
		fl.resolveFlexibleLengths(line)
	}
	// §9.4 Cross size determination.
	fl.crossSizes()
	if l.err != nil {
		return nil, 0, true
	}
	// §9.5 Main-axis alignment, §9.6 cross-axis alignment.
	for _, line := range fl.lines {
		fl.alignMain(line)
		fl.alignCross(line)
	}
	fl.alignContent()
	kids := fl.place()
	kids = append(kids, fl.placeAbs()...)
	h := fl.innerCross
	if !fl.row {
		h = fl.innerMain
	}
	f.Baseline = fl.baseline(h) + u.border[cssom.Top] + u.padding[cssom.Top]
	return kids, h, len(fl.items) == 0
}

// newFlexLayout reads the container's properties.
func newFlexLayout(l *layouter, b *Box, u *usedBox, cb containingBlock, cbh Fixed) *flexLayout {
	st := b.Style
	fl := &flexLayout{l: l, b: b, st: st, u: u, cbw: cb.w, cbh: -1}
	if cb.hDefinite {
		// The used height: a definite height within min- and max-height.
		fl.cbh = clampHeight(st, cb.h, cbh, u.vEdges())
	}
	rtl := st.Direction == "rtl"
	wrapRev := st.FlexWrap == cssom.FlexWrapReverse
	fl.wrap = st.FlexWrap != cssom.FlexNoWrap
	switch st.FlexDirection {
	case cssom.FlexRow, cssom.FlexRowReverse:
		fl.row = true
		fl.mainFlip = st.FlexDirection == cssom.FlexRowReverse
		fl.mainRev = fl.mainFlip != rtl
		fl.crossRev = wrapRev
	default:
		fl.mainFlip = st.FlexDirection == cssom.FlexColumnReverse
		fl.mainRev = fl.mainFlip
		fl.crossRev = wrapRev != rtl
	}
	fl.crossFlip = wrapRev
	colGap := st.ColumnGap.Resolve(cb.w, 0)
	rowGap := Fixed(0)
	if fl.cbh >= 0 || st.RowGap.Kind == cssom.LengthPx {
		rowGap = st.RowGap.Resolve(cssom.Max(fl.cbh, 0), 0)
	}
	if fl.row {
		fl.innerMain, fl.innerCross = cb.w, fl.cbh
		fl.mainGap, fl.crossGap = colGap, rowGap
	} else {
		fl.innerMain, fl.innerCross = fl.cbh, cb.w
		fl.mainGap, fl.crossGap = rowGap, colGap
	}
	fl.outerCBH = cbh
	return fl
}

// collectItems sets up the flex items in order-modified document order
// (§5.4: "ordered by order, then document order") and the absolutely
// positioned children.
func (fl *flexLayout) collectItems() {
	for _, c := range fl.b.Children {
		if absChild(c) {
			fl.abs = append(fl.abs, c)
			continue
		}
		fl.items = append(fl.items, fl.newItem(c))
	}
	sort.SliceStable(fl.items, func(i, j int) bool { return fl.items[i].st.Order < fl.items[j].st.Order })
}

// newItem resolves an item's box edges, flex factors and alignment.
func (fl *flexLayout) newItem(c *Box) *flexItem {
	st := c.Style
	it := &flexItem{box: c, st: st, u: resolveEdges(st, fl.cbw), grow: float64(st.FlexGrow), shrink: float64(st.FlexShrink)}
	it.st = fl.l.sizingStyle(c, st, &it.u, fl.cbw) // width keywords: intrinsic.go
	st = it.st
	for i := range it.auto {
		it.auto[i] = st.Margin[i].IsAuto()
	}
	it.align = st.AlignSelf
	if it.align == cssom.AlignAuto {
		it.align = fl.st.AlignItems
	}
	if it.align == cssom.AlignNormal {
		it.align = cssom.AlignStretch
	}
	cs, ce := fl.crossSides()
	crossProp := st.Height
	if !fl.row {
		crossProp = st.Width
	}
	it.stretch = it.align == cssom.AlignStretch && crossProp.IsAuto() && !it.auto[cs] && !it.auto[ce]
	it.baselineAlign = it.align == cssom.AlignBaseline && fl.row && !it.auto[cs] && !it.auto[ce]
	it.fh = -2
	return it
}
