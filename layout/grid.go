package layout

import (
	"sort"

	"github.com/paneweb/pane/cssom"
)

// This file is grid layout: CSS Grid Layout Module Level 1
// (https://www.w3.org/TR/css-grid-1/). Box generation (§6.1) is flex's
// (flexContainer: each in-flow child is an item, text runs are wrapped in
// anonymous items); layoutGridContainer runs the grid sizing algorithm of
// §11.1 over a container's items: placement (grid_place.go), track sizing
// on the columns then the rows (grid_track.go), then content and self
// alignment (§10) and the items' layout in their grid areas.
// gridIntrinsicWidths gives a container's min- and max-content widths
// (§11.1 under min- and max-content constraints).

// isGridContainer reports whether b's children are laid out as grid
// items: a block-level or inline-level box whose display is grid or
// inline-grid (form controls keep their own rendering).
func isGridContainer(b *Box) bool {
	if b.ChildrenInline || b.widget != notWidget || b.table != nil || (b.Kind != BlockBox && b.Kind != InlineBlockBox) {
		return false
	}
	d := b.Style.Display
	return d == cssom.DisplayGrid || d == cssom.DisplayInlineGrid
}

// gridItem is one grid item during layout.
type gridItem struct {
	box *Box
	st  *cssom.ComputedStyle
	// m measures and lays the item out (flexplace.go's layoutItem, which
	// caches layouts by size); m.u holds its used margins (auto as 0),
	// borders and padding.
	m    *flexItem
	auto [4]bool // which margins are auto
	// area is the item's grid area: columns, then rows.
	area [2]gridSpan
	// autoMin says min-width (min-height) is auto on a box that is not a
	// scroll container: its automatic minimum size is content-based.
	autoMin [2]bool
	contrib [2][3]Fixed
	have    [2][3]bool
	// shim is added to the row contributions of an item aligned by
	// baseline: how far its baseline-sharing group moves it down.
	shim Fixed
	// w and h are the used content box size; x and y the border box
	// offset from the container's content box.
	w, h, x, y Fixed
}

// gridLayout is the state of laying out one grid container. Axis 0 is
// the columns, axis 1 the rows.
type gridLayout struct {
	l  *layouter
	b  *Box
	st *cssom.ComputedStyle
	u  *usedBox
	// cbw is the container's content box width (-1 while measuring its
	// intrinsic widths); outerCBH the height of its own containing block
	// (-1 when indefinite).
	cbw, outerCBH Fixed
	// avail holds the content box size per axis, -1 when indefinite.
	avail  [2]Fixed
	gap    [2]Fixed
	ex     [2]explicitAxis
	offset [2]int // track index of the explicit grid's first line
	count  [2]int // tracks, implicit ones included
	used   [2][]bool
	items  []*gridItem
	abs    []*Box
	ts     [2]*trackSizing
	meas   *flexLayout
}

// newGridLayout reads the container's properties, collects its items and
// places them.
func newGridLayout(l *layouter, b *Box, u *usedBox, cbw, h, outerCBH Fixed) *gridLayout {
	st := b.Style
	g := &gridLayout{l: l, b: b, st: st, u: u, cbw: cbw, outerCBH: outerCBH, avail: [2]Fixed{cbw, h}}
	// https://www.w3.org/TR/css-align-3/#column-row-gap: percentages
	// against an indefinite size resolve to zero.
	for axis, gl := range [2]cssom.Length{st.ColumnGap, st.RowGap} {
		if g.avail[axis] >= 0 || gl.Kind == cssom.LengthPx {
			g.gap[axis] = cssom.Max(gl.Resolve(cssom.Max(g.avail[axis], 0), 0), 0)
		}
	}
	g.meas = &flexLayout{l: l, b: b, st: st, u: u, cbw: cssom.Max(cbw, 0), cbh: -1}
	g.collectItems()
	if l.flexItems == nil && len(g.items) > 64 {
		// Room for each item's measured and final layouts.
		l.flexItems = make(map[flexKey]flexMeasure, 2*len(g.items))
	}
	g.explicitGrid(0)
	g.explicitGrid(1)
	g.placeItems()
	for axis := 0; axis < 2; axis++ {
		g.used[axis] = make([]bool, g.count[axis])
		for _, it := range g.items {
			for i := it.area[axis].start; i < it.area[axis].end(); i++ {
				g.used[axis][i] = true
			}
		}
	}
	return g
}

// collectItems sets up the grid items in order-modified document order
// and the absolutely positioned children.
// https://www.w3.org/TR/css-grid-1/#order-property
func (g *gridLayout) collectItems() {
	basis := cssom.Max(g.cbw, 0)
	for _, c := range g.b.Children {
		if absChild(c) {
			g.abs = append(g.abs, c)
			continue
		}
		st := c.Style
		it := &gridItem{box: c, st: st, m: &flexItem{box: c, st: st, u: resolveEdges(st, basis), fh: -2}}
		for i := range it.auto {
			it.auto[i] = st.Margin[i].IsAuto()
		}
		it.autoMin[0] = st.MinWidth.IsAuto() && !isScrollContainer(st)
		it.autoMin[1] = st.MinHeight.IsAuto() && !isScrollContainer(st)
		g.items = append(g.items, it)
	}
	sort.SliceStable(g.items, func(i, j int) bool { return g.items[i].st.Order < g.items[j].st.Order })
}

// layoutGridContainer lays out the children of grid container b, whose
// content box is cb (cb.h definite when cb.hDefinite) and whose used box
// is u, and sets f.Baseline. cbh is the height of b's containing block
// (-1 when indefinite). It returns the children's fragments relative to
// the content box, the content height, and whether there is no item.
// https://www.w3.org/TR/css-grid-1/#layout-algorithm
func (l *layouter) layoutGridContainer(b *Box, f *Fragment, u *usedBox, cb containingBlock, cbh Fixed) ([]*Fragment, Fixed, bool) {
	st := b.Style
	h := Fixed(-1)
	if cb.hDefinite {
		h = clampHeight(st, cb.h, cbh, u.vEdges())
	}
	g := newGridLayout(l, b, u, cb.w, h, cbh)
	// §11.1 1. "First, the track sizing algorithm is used to resolve the
	// sizes of the grid columns."
	g.ts[0] = g.sizeAxis(0, noConstraint)
	g.positionTracks(0, cb.w)
	for _, it := range g.items {
		g.justifyItem(it)
	}
	if l.err != nil {
		return nil, 0, true
	}
	// 2. "Next, the track sizing algorithm resolves the sizes of the grid
	// rows." TODO(spec): steps 3 and 4, sizing the columns again when the
	// items' min-content contributions changed with the rows.
	g.baselineShims()
	g.ts[1] = g.sizeAxis(1, noConstraint)
	if h < 0 {
		h = clampHeight(st, g.ts[1].total(), cbh, u.vEdges())
	}
	g.positionTracks(1, h)
	for _, it := range g.items {
		g.alignItem(it)
		if l.err != nil {
			return nil, 0, true
		}
	}
	g.alignBaselines()
	kids := make([]*Fragment, 0, len(g.items)+len(g.abs))
	for _, it := range g.items {
		fr := it.m.frag
		fr.Margin = it.m.u.margin
		fr.Rect.X, fr.Rect.Y = it.x, it.y
		if cb.rtl {
			fr.Rect.X = cb.w - it.x - fr.Rect.W
		}
		kids = append(kids, fr)
	}
	kids = append(kids, g.placeAbs(cb, h)...)
	f.Baseline = g.baseline(h) + u.border[cssom.Top] + u.padding[cssom.Top]
	f.GridTracks = g.usedTracks()
	return kids, h, len(g.items) == 0
}

// sizeAxis runs the track sizing algorithm on one axis.
func (g *gridLayout) sizeAxis(axis int, cons sizingConstraint) *trackSizing {
	ts := &trackSizing{g: g, axis: axis, gap: g.gap[axis], avail: g.avail[axis], cons: cons}
	if cons != noConstraint {
		ts.avail = -1
	}
	ts.run()
	if axis == 1 && cons == noConstraint && ts.avail < 0 {
		// §11.7: "If using this flex fraction would cause the grid to be
		// smaller than the grid container's min-width/height (or larger
		// than the grid container's max-width/height), then redo this
		// step, treating the free space as definite and the available
		// grid space as equal to the grid container's inner size when
		// it's sized to its min-width/height (max-width/height)." §11.8
		// likewise stretches auto tracks to a definite min size.
		// AD-HOC: the whole algorithm runs again in that size.
		total := ts.total()
		if h := clampHeight(g.st, total, g.outerCBH, g.u.vEdges()); h != total {
			ts = &trackSizing{g: g, axis: axis, gap: g.gap[axis], avail: h, cons: cons}
			ts.run()
		}
	}
	return ts
}

// positionTracks sets each track's position from the content box start,
// distributing the free space of a content box size by justify-content
// (columns) or align-content (rows).
// https://www.w3.org/TR/css-align-3/#distribution-grid
func (g *gridLayout) positionTracks(axis int, size Fixed) {
	ts := g.ts[axis]
	a := g.st.JustifyContent
	if axis == 1 {
		a = g.st.AlignContent
	}
	free := Fixed(0)
	if size >= 0 {
		free = size - ts.total()
	}
	n := 0
	for i := range ts.tracks {
		if !ts.tracks[i].collapsed {
			n++
		}
	}
	start, between := distribute(a, free, n, g.st.Direction == "rtl" && axis == 0)
	cursor := start
	for i := range ts.tracks {
		t := &ts.tracks[i]
		t.pos = cursor
		if !t.collapsed {
			cursor += t.base + ts.gap + between
		}
	}
}

// distribute returns the offset of the first of n tracks and the space
// added between tracks for a content distribution value with free space
// left over (https://www.w3.org/TR/css-align-3/#distribution-values);
// normal and stretch (handled by §11.8) and negative free space with a
// distributed value align to the start. rtl says start is on the right.
// AD-HOC: the space between tracks is truncated to 1/64 px once, as
// Chromium does, and accumulates.
func distribute(a cssom.Align, free Fixed, n int, rtl bool) (Fixed, Fixed) {
	N := Fixed(max(n, 1))
	switch a {
	case cssom.AlignSpaceBetween:
		if free > 0 && n > 1 {
			return 0, free / (N - 1)
		}
		return 0, 0
	case cssom.AlignSpaceAround:
		if free > 0 {
			return free / N / 2, free / N
		}
		return free / 2, 0
	case cssom.AlignSpaceEvenly:
		if free > 0 {
			return free / (N + 1), free / (N + 1)
		}
		return free / 2, 0
	}
	return alignOffset(a, free, rtl), 0
}

// areaOf returns the start offset and size of an item's grid area on an
// axis.
func (g *gridLayout) areaOf(it *gridItem, axis int) (Fixed, Fixed) {
	tr := g.ts[axis].tracks
	a := it.area[axis]
	start := tr[a.start].pos
	last := &tr[a.end()-1]
	return start, last.pos + last.base - start
}

// contribution returns an item's outer min-content or max-content
// contribution, or its minimum contribution, on an axis. Row
// contributions are measured at the item's used width.
// https://www.w3.org/TR/css-grid-1/#algo-terms
func (g *gridLayout) contribution(it *gridItem, axis, kind int) Fixed {
	if it.have[axis][kind] {
		return it.contrib[axis][kind]
	}
	var c Fixed
	st := it.st
	u := &it.m.u
	switch {
	case kind == minimumContribution:
		lo, edges := st.MinWidth, u.hEdges()
		if axis == 1 {
			lo, edges = st.MinHeight, u.vEdges()
		}
		switch {
		case it.autoMin[axis]:
			c = g.contribution(it, axis, minContentContribution)
		default:
			v, _ := specifiedSize(lo, -1, edges, st.BoxSizing)
			c = v + g.outerZero(it, axis)
		}
	case axis == 0:
		mn, mx := g.l.outerIntrinsicWidths(it.box)
		c = mx
		if kind == minContentContribution {
			c = cssom.Min(mn, mx)
		}
	default:
		c = g.measureHeight(it) + g.outerZero(it, axis) + it.shim
	}
	it.contrib[axis][kind], it.have[axis][kind] = c, true
	return c
}

// percentEdges reports whether some margin or padding of st is a
// percentage (or calc() with one).
func percentEdges(st *cssom.ComputedStyle) bool {
	for i := 0; i < 4; i++ {
		for _, l := range [2]cssom.Length{st.Margin[i], st.Padding[i]} {
			if l.Kind == cssom.LengthPercent || l.Kind == cssom.LengthCalc {
				return true
			}
		}
	}
	return false
}

// compressible reports whether a replaced element with style st has a
// percentage (or calc() with a percentage) width or max-width: its
// min-content contribution is then zero (CSS Sizing 3 §5.2.2).
func compressible(st *cssom.ComputedStyle) bool {
	for _, l := range [2]cssom.Length{st.Width, st.MaxWidth} {
		if l.Kind == cssom.LengthPercent || l.Kind == cssom.LengthCalc {
			return true
		}
	}
	return false
}

// outerZero returns an item's borders, padding and margins on an axis:
// its outer size at a zero content size.
func (g *gridLayout) outerZero(it *gridItem, axis int) Fixed {
	u := &it.m.u
	if axis == 0 {
		return u.hEdges() + u.margin[cssom.Left] + u.margin[cssom.Right]
	}
	return u.vEdges() + u.margin[cssom.Top] + u.margin[cssom.Bottom]
}

// measureHeight returns an item's content height at its used width: its
// specified height, else the height its content takes, within its min
// and max heights.
func (g *gridLayout) measureHeight(it *gridItem) Fixed {
	st := it.st
	ve := it.m.u.vEdges()
	if v, ok := specifiedSize(st.Height, -1, ve, st.BoxSizing); ok {
		return clampHeight(st, v, -1, ve)
	}
	_, aw := g.areaOf(it, 0)
	g.meas.cbw, g.meas.cbh = aw, -1
	g.meas.layoutItem(it.m, it.w, -1)
	return clampHeight(st, it.m.contentH, -1, ve)
}

// selfAlign returns an item's justify-self (axis 0) or align-self (axis
// 1) with auto resolved from the container's *-items and normal resolved
// to stretch, or to start for replaced elements.
// https://www.w3.org/TR/css-align-3/#justify-self-property
func (g *gridLayout) selfAlign(it *gridItem, axis int) cssom.Align {
	a, items := it.st.JustifySelf, g.st.JustifyItems
	if axis == 1 {
		a, items = it.st.AlignSelf, g.st.AlignItems
	}
	if a == cssom.AlignAuto {
		a = items
	}
	if a == cssom.AlignNormal {
		a = cssom.AlignStretch
		if it.box.Kind == ReplacedBox {
			a = cssom.AlignStart
		}
	}
	return a
}

// alignOffset returns the offset of an item in its grid area with free
// space left over, for a self-alignment value. rtl says start is on the
// right (left and right are physical).
// Baseline alignment is alignBaselines'; TODO(spec): safe alignment.
func alignOffset(a cssom.Align, free Fixed, rtl bool) Fixed {
	switch a {
	case cssom.AlignEnd, cssom.AlignFlexEnd:
		return free
	case cssom.AlignCenter:
		return free / 2
	case cssom.AlignLeft:
		if rtl {
			return free
		}
	case cssom.AlignRight:
		if !rtl {
			return free
		}
	}
	return 0
}

// autoMargins gives free space to an item's auto margins on the sides s
// and e and reports whether it has any.
// https://www.w3.org/TR/css-grid-1/#auto-margins
func autoMargins(it *gridItem, s, e int, free Fixed) bool {
	if !it.auto[s] && !it.auto[e] {
		return false
	}
	free = cssom.Max(free, 0)
	switch {
	case it.auto[s] && it.auto[e]:
		it.m.u.margin[s], it.m.u.margin[e] = free/2, free-free/2
	case it.auto[s]:
		it.m.u.margin[s] = free
	default:
		it.m.u.margin[e] = free
	}
	return true
}

// justifyItem sets an item's used width and horizontal position in its
// grid area (§10.3, §10.4).
func (g *gridLayout) justifyItem(it *gridItem) {
	st := it.st
	u := &it.m.u
	start, aw := g.areaOf(it, 0)
	if percentEdges(st) {
		// Percentages of margins and padding refer to the grid area's
		// width (https://www.w3.org/TR/css-grid-1/#item-margins); the
		// column contributions counted them against the container's.
		*u = resolveEdges(st, aw)
	}
	he := u.hEdges()
	avail := aw - u.margin[cssom.Left] - u.margin[cssom.Right] - he
	st = g.l.sizingStyle(it.box, st, u, aw) // width keywords: intrinsic.go
	a := g.selfAlign(it, 0)
	switch v, ok := specifiedSize(st.Width, aw, he, st.BoxSizing); {
	case it.box.Kind == ReplacedBox:
		it.w, _ = replacedSize(it.box, aw, -1)
		if a == cssom.AlignStretch && !ok && !it.auto[cssom.Left] && !it.auto[cssom.Right] {
			it.w, _ = clampWidth(st, cssom.Max(avail, 0), aw, he)
		}
	case ok:
		it.w, _ = clampWidth(st, v, aw, he)
	case a == cssom.AlignStretch && !it.auto[cssom.Left] && !it.auto[cssom.Right]:
		it.w, _ = clampWidth(st, cssom.Max(avail, 0), aw, he)
	default:
		// "fit-content": shrink-to-fit in the grid area.
		it.w, _ = clampWidth(st, g.l.shrinkToFit(it.box, cssom.Max(avail, 0)), aw, he)
	}
	free := avail - it.w
	off := Fixed(0)
	if !autoMargins(it, cssom.Left, cssom.Right, free) {
		off = alignOffset(a, free, g.st.Direction == "rtl")
	}
	it.x = start + off + u.margin[cssom.Left]
}

// alignItem sets an item's used height and vertical position in its grid
// area and lays it out at its used size.
func (g *gridLayout) alignItem(it *gridItem) {
	st := it.st
	u := &it.m.u
	start, ah := g.areaOf(it, 1)
	_, aw := g.areaOf(it, 0)
	ve := u.vEdges()
	avail := ah - u.margin[cssom.Top] - u.margin[cssom.Bottom] - ve
	a := g.selfAlign(it, 1)
	hFinal := Fixed(-1)
	stretch := a == cssom.AlignStretch && !it.auto[cssom.Top] && !it.auto[cssom.Bottom]
	switch v, ok := specifiedSize(st.Height, ah, ve, st.BoxSizing); {
	case ok:
		hFinal = clampHeight(st, v, ah, ve)
	case stretch && (it.box.Kind != ReplacedBox || !st.Width.IsAuto() || a == cssom.AlignStretch):
		hFinal = clampHeight(st, cssom.Max(avail, 0), ah, ve)
	}
	g.meas.cbw, g.meas.cbh = aw, ah
	g.meas.layoutItem(it.m, it.w, hFinal)
	it.h = it.m.frag.Rect.H - ve
	free := avail - it.h
	off := Fixed(0)
	if !autoMargins(it, cssom.Top, cssom.Bottom, free) {
		off = alignOffset(a, free, false)
	}
	it.y = start + off + u.margin[cssom.Top]
}

// baselineGroup returns the items aligned by baseline in the block axis
// and the largest margin-box ascent in each row they start in, measuring
// them at their used widths when they are not laid out yet.
func (g *gridLayout) baselineGroup() ([]*gridItem, map[int]Fixed) {
	var group []*gridItem
	shared := map[int]Fixed{} // row ▶ largest margin-box ascent
	for _, it := range g.items {
		if g.selfAlign(it, 1) != cssom.AlignBaseline || it.auto[cssom.Top] || it.auto[cssom.Bottom] {
			continue
		}
		if it.m.frag == nil {
			g.measureHeight(it)
		}
		group = append(group, it)
		r := it.area[1].start
		shared[r] = cssom.Max(shared[r], it.m.u.margin[cssom.Top]+itemBaseline(it.m.frag))
	}
	return group, shared
}

// baselineShims is §11.5 step 1, "Shim baseline-aligned items so their
// intrinsic size contributions reflect their baseline alignment": each
// item's row contributions grow by the distance its group moves it.
func (g *gridLayout) baselineShims() {
	group, shared := g.baselineGroup()
	for _, it := range group {
		it.shim = shared[it.area[1].start] - it.m.u.margin[cssom.Top] - itemBaseline(it.m.frag)
	}
}

// alignBaselines shifts the items with align-self: baseline so that the
// first baselines of those starting in the same row line up (a
// baseline-sharing group; https://www.w3.org/TR/css-align-3/#baseline-align-self).
// TODO(spec): last baseline, justify-self: baseline.
func (g *gridLayout) alignBaselines() {
	group, shared := g.baselineGroup()
	for _, it := range group {
		start, _ := g.areaOf(it, 1)
		asc := it.m.u.margin[cssom.Top] + itemBaseline(it.m.frag)
		it.y = start + shared[it.area[1].start] - asc + it.m.u.margin[cssom.Top]
	}
}

// baseline returns the container's first baseline from its content box
// top: that of the first item in the first row (the item with the lowest
// column in it), else synthesized from the content box bottom (h high).
// https://www.w3.org/TR/css-grid-1/#grid-baselines
func (g *gridLayout) baseline(h Fixed) Fixed {
	var first *gridItem
	for _, it := range g.items {
		if first == nil || it.area[1].start < first.area[1].start ||
			it.area[1].start == first.area[1].start && it.area[0].start < first.area[0].start {
			first = it
		}
	}
	if first == nil {
		return h
	}
	return first.y + itemBaseline(first.m.frag)
}

// gridIntrinsicWidths returns the min-content and max-content widths of
// grid container b's content box: the column sizes under a min-content
// and a max-content constraint, with their gutters.
// https://www.w3.org/TR/css-grid-1/#intrinsic-sizes
func (l *layouter) gridIntrinsicWidths(b *Box) (minW, maxW Fixed) {
	u := resolveEdges(b.Style, 0)
	g := newGridLayout(l, b, &u, -1, -1, -1)
	return g.sizeAxis(0, minContentConstraint).total(), g.sizeAxis(0, maxContentConstraint).total()
}
