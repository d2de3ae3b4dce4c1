package layout

import (
	"github.com/paneweb/pane/cssom"
)

// The steps of the flex layout algorithm (CSS Flexbox 1 §9), run by
// layoutFlexContainer in flex.go. Positions are computed in flow
// coordinates (from the main-start and cross-start edges) and mapped to
// the container's content box at the end (place).

// mainSides returns the item margin sides at the main-start and main-end
// edges; crossSides the same for the cross axis.
func (fl *flexLayout) mainSides() (int, int) {
	switch {
	case fl.row && fl.mainRev:
		return cssom.Right, cssom.Left
	case fl.row:
		return cssom.Left, cssom.Right
	case fl.mainRev:
		return cssom.Bottom, cssom.Top
	}
	return cssom.Top, cssom.Bottom
}

func (fl *flexLayout) crossSides() (int, int) {
	switch {
	case !fl.row && fl.crossRev:
		return cssom.Right, cssom.Left
	case !fl.row:
		return cssom.Left, cssom.Right
	case fl.crossRev:
		return cssom.Bottom, cssom.Top
	}
	return cssom.Top, cssom.Bottom
}

// mainEdges and crossEdges return an item's border plus padding on each
// axis; mainOuter and crossOuter add its margins to a content size.
func (fl *flexLayout) mainEdges(it *flexItem) Fixed {
	if fl.row {
		return it.u.hEdges()
	}
	return it.u.vEdges()
}

func (fl *flexLayout) crossEdges(it *flexItem) Fixed {
	if fl.row {
		return it.u.vEdges()
	}
	return it.u.hEdges()
}

func (fl *flexLayout) mainOuter(it *flexItem, size Fixed) Fixed {
	s, e := fl.mainSides()
	return size + fl.mainEdges(it) + it.u.margin[s] + it.u.margin[e]
}

func (fl *flexLayout) crossOuter(it *flexItem, size Fixed) Fixed {
	s, e := fl.crossSides()
	return size + fl.crossEdges(it) + it.u.margin[s] + it.u.margin[e]
}

// clampSize applies a min and a max (min wins, CSS 2.1 §10.4) and floors
// the result at 0.
func clampSize(v, lo, hi Fixed) Fixed {
	v = cssom.Min(v, hi)
	return cssom.Max(cssom.Max(v, lo), 0)
}

// mainProps returns an item's main size, min and max main size properties
// and their percentage basis; crossProps the same on the cross axis.
func (fl *flexLayout) mainProps(st *cssom.ComputedStyle) (size, lo, hi cssom.Length, basis Fixed) {
	if fl.row {
		return st.Width, st.MinWidth, st.MaxWidth, fl.cbw
	}
	return st.Height, st.MinHeight, st.MaxHeight, fl.cbh
}

func (fl *flexLayout) crossProps(st *cssom.ComputedStyle) (size, lo, hi cssom.Length, basis Fixed) {
	if fl.row {
		return st.Height, st.MinHeight, st.MaxHeight, fl.cbh
	}
	return st.Width, st.MinWidth, st.MaxWidth, fl.cbw
}

// limits resolves min and max size properties (auto and none as 0 and
// infinite).
func limits(lo, hi cssom.Length, basis, edges Fixed, bs cssom.BoxSizing) (Fixed, Fixed) {
	mn, _ := specifiedSize(lo, basis, edges, bs)
	mx, ok := specifiedSize(hi, basis, edges, bs)
	if !ok {
		mx = infinite
	}
	return mn, mx
}

// baseSize determines an item's flex base size and hypothetical main size
// (§9.2 step 3) and its min and max main sizes, including the automatic
// minimum size of §4.5.
// https://www.w3.org/TR/css-flexbox-1/#algo-main-item
func (fl *flexLayout) baseSize(it *flexItem) {
	st := it.st
	size, lo, hi, basis := fl.mainProps(st)
	me := fl.mainEdges(it)
	_, it.maxMain = limits(lo, hi, basis, me, st.BoxSizing)
	csize, clo, chi, cbasis := fl.crossProps(st)
	it.minCross, it.maxCross = limits(clo, chi, cbasis, fl.crossEdges(it), st.BoxSizing)
	if !fl.row {
		// The item's width is needed to measure its height.
		it.cross = fl.columnCrossSize(it, csize, cbasis)
	}
	// "If the item has a definite used flex basis, that's the flex base
	// size." flex-basis: auto uses the main size property; a percentage
	// against an indefinite container size, or auto on both, is content.
	// flex-basis: content and the sizing keywords size the item from its
	// content (intrinsic.go).
	fb := st.FlexBasis
	if fb.IsAuto() {
		fb = size
	}
	if v, ok := fl.keywordBasis(it, fb); ok {
		it.base = v
	} else if v, ok := specifiedSize(fb, basis, me, st.BoxSizing); ok {
		it.base = v
	} else {
		// E. "size the item into the available space using its used flex
		// basis in place of its main size, treating a value of content as
		// max-content."
		it.base = fl.contentMain(it, false)
	}
	if lo.IsAuto() {
		it.minMain = fl.autoMinimum(it, size, basis)
	} else {
		it.minMain, _ = specifiedSize(lo, basis, me, st.BoxSizing)
	}
	fl.keywordLimits(it, lo, hi) // intrinsic.go
	it.hypo = clampSize(it.base, it.minMain, it.maxMain)
}

// autoMinimum is the automatic minimum size of a flex item in the main
// axis: 0 for scroll containers, else the content-based minimum size, the
// smaller of its content size suggestion and its specified size suggestion
// (if its main size is definite).
// https://www.w3.org/TR/css-flexbox-1/#min-size-auto
// TODO(spec): the transferred size suggestion of replaced elements beyond
// what replacedSize derives from a definite cross size.
func (fl *flexLayout) autoMinimum(it *flexItem, size cssom.Length, basis Fixed) Fixed {
	if isScrollContainer(it.st) { // overflow: clip is not one
		return 0
	}
	m := cssom.Min(fl.contentMain(it, true), it.maxMain)
	if v, ok := specifiedSize(size, basis, fl.mainEdges(it), it.st.BoxSizing); ok {
		m = cssom.Min(m, v)
	}
	return m
}

// contentMain returns an item's max-content (or min-content) main size:
// its intrinsic width for rows, its height at its cross size for columns.
func (fl *flexLayout) contentMain(it *flexItem, minContent bool) Fixed {
	b := it.box
	if fl.row {
		if b.Kind == ReplacedBox {
			if h, ok := fl.stretchedReplacedHeight(it); ok {
				if iw, ih, ratio := intrinsicSize(b); ratio {
					return scale(h, iw, ih)
				}
			}
			if minContent && isSVGRoot(b.Node) && (b.Style.Width.IsAuto() || b.Style.Width.Kind == cssom.LengthPercent) {
				// An outer <svg>'s auto width is 100%: its min-content
				// contribution is compressible, as for percentage sizes
				// (https://www.w3.org/TR/css-sizing-3/#replaced-percentage-min-contribution).
				return 0
			}
			w, _ := replacedSize(b, fl.cbw, fl.cbh)
			return w
		}
		mn, mx := fl.l.intrinsicWidths(b)
		if minContent {
			// AD-HOC: inlineIntrinsicWidths counts a trailing
			// collapsible space in the min-content width; it never
			// exceeds the max-content width.
			return cssom.Min(mn, mx)
		}
		return mx
	}
	if b.Kind == ReplacedBox {
		return fl.replacedCross(it, it.cross, false)
	}
	fl.layoutItem(it, it.cross, -1)
	return it.contentH
}

// stretchedReplacedHeight returns the content height a stretched replaced
// item gets in a single-line row container of definite height, whose
// aspect ratio then gives its flex base size (§9.2 step 3B).
func (fl *flexLayout) stretchedReplacedHeight(it *flexItem) (Fixed, bool) {
	if !it.stretch || fl.wrap || fl.innerCross < 0 {
		return 0, false
	}
	cs, ce := fl.crossSides()
	h := fl.innerCross - it.u.margin[cs] - it.u.margin[ce] - it.u.vEdges()
	return clampSize(h, it.minCross, it.maxCross), true
}

// replacedCross returns a replaced item's size on the other axis than the
// given one: its height for width v (heightForWidth) or its width for
// height v, from its specified size or its aspect ratio.
func (fl *flexLayout) replacedCross(it *flexItem, v Fixed, widthForHeight bool) Fixed {
	st := it.st
	iw, ih, ratio := intrinsicSize(it.box)
	if widthForHeight {
		if w, ok := specifiedSize(st.Width, fl.cbw, it.u.hEdges(), st.BoxSizing); ok {
			w, _ = clampWidth(st, w, fl.cbw, it.u.hEdges())
			return w
		}
		w := iw
		if ratio {
			w = scale(v, iw, ih)
		}
		w, _ = clampWidth(st, w, fl.cbw, it.u.hEdges())
		return w
	}
	if h, ok := specifiedSize(st.Height, fl.cbh, it.u.vEdges(), st.BoxSizing); ok {
		return clampHeight(st, h, fl.cbh, it.u.vEdges())
	}
	h := ih
	if ratio {
		h = scale(v, ih, iw)
	}
	return clampHeight(st, h, fl.cbh, it.u.vEdges())
}

// columnCrossSize returns the width an item of a column container is
// measured at: its specified width, the stretched width in a single-line
// container, else fit-content (§9.2 step 3E).
func (fl *flexLayout) columnCrossSize(it *flexItem, size cssom.Length, basis Fixed) Fixed {
	he := it.u.hEdges()
	if v, ok := specifiedSize(size, basis, he, it.st.BoxSizing); ok {
		return clampSize(v, it.minCross, it.maxCross)
	}
	cs, ce := fl.crossSides()
	avail := cssom.Max(fl.cbw-it.u.margin[cs]-it.u.margin[ce]-he, 0)
	if it.stretch && !fl.wrap {
		return clampSize(avail, it.minCross, it.maxCross)
	}
	if it.box.Kind == ReplacedBox {
		w, _ := replacedSize(it.box, fl.cbw, fl.cbh)
		return w
	}
	return clampSize(fl.l.shrinkToFit(it.box, avail), it.minCross, it.maxCross)
}

// containerMainSize determines the main size lines break at (§9.2 step 2
// and §9.3 step 4): the inner main size when definite; for a column
// container of indefinite height, its max-height or nothing.
func (fl *flexLayout) containerMainSize() {
	fl.breakAt = fl.innerMain
	if fl.innerMain >= 0 {
		return
	}
	fl.breakAt = infinite
	if mx, ok := specifiedSize(fl.st.MaxHeight, fl.outerCBH, fl.u.vEdges(), fl.st.BoxSizing); ok {
		fl.breakAt = mx
	}
}

// collectLines collects the items into flex lines (§9.3 step 5): "collect
// consecutive items one by one until the first time that the next
// collected item would not fit into the flex container's inner main size".
// A container of indefinite main size then takes the longest line's size
// (its max-content size), within its min and max height.
// https://www.w3.org/TR/css-flexbox-1/#algo-line-break
// TODO(spec): forced breaks (break-before/break-after) between items.
func (fl *flexLayout) collectLines() {
	line := &flexLine{}
	var sum, longest Fixed
	for _, it := range fl.items {
		outer := fl.mainOuter(it, it.hypo)
		if fl.wrap && len(line.items) > 0 && sum+fl.mainGap+outer > fl.breakAt {
			fl.lines = append(fl.lines, line)
			longest = cssom.Max(longest, sum)
			line, sum = &flexLine{}, 0
		}
		if len(line.items) > 0 {
			sum += fl.mainGap
		}
		sum += outer
		line.items = append(line.items, it)
	}
	if len(line.items) > 0 {
		fl.lines = append(fl.lines, line)
		longest = cssom.Max(longest, sum)
	}
	if fl.innerMain < 0 {
		fl.innerMain = clampHeight(fl.st, longest, fl.outerCBH, fl.u.vEdges())
	}
}

// resolveFlexibleLengths sets the target main size of each item of line.
// https://www.w3.org/TR/css-flexbox-1/#resolve-flexible-lengths
func (fl *flexLayout) resolveFlexibleLengths(line *flexLine) {
	avail := fl.innerMain - fl.mainGap*Fixed(len(line.items)-1)
	// 1. "Sum the outer hypothetical main sizes of all items on the line.
	// If the sum is less than the flex container's inner main size, use
	// the flex grow factor for the rest of this algorithm; otherwise, use
	// the flex shrink factor."
	var sum Fixed
	for _, it := range line.items {
		sum += fl.mainOuter(it, it.hypo)
	}
	grow := sum < avail
	// 2. Size inflexible items: "any item that has a flex factor of zero;
	// if using the flex grow factor: any item that has a flex base size
	// greater than its hypothetical main size; if using the flex shrink
	// factor: any item that has a flex base size smaller than its
	// hypothetical main size" is frozen at its hypothetical main size.
	for _, it := range line.items {
		f := it.shrink
		if grow {
			f = it.grow
		}
		it.target, it.frozen = it.base, false
		if f == 0 || grow && it.base > it.hypo || !grow && it.base < it.hypo {
			it.target, it.frozen = it.hypo, true
		}
	}
	// 3. Calculate initial free space.
	initial := fl.freeSpace(line, avail)
	// 4. Loop; every pass freezes at least one item.
	for pass := 0; pass <= len(line.items); pass++ {
		if !fl.distribute(line, avail, initial, grow) {
			break
		}
	}
}

// freeSpace returns avail less the outer sizes of the items: the target
// main size of frozen items, the flex base size of the others.
func (fl *flexLayout) freeSpace(line *flexLine, avail Fixed) Fixed {
	for _, it := range line.items {
		if it.frozen {
			avail -= fl.mainOuter(it, it.target)
		} else {
			avail -= fl.mainOuter(it, it.base)
		}
	}
	return avail
}

// distribute runs one pass of §9.7 step 4 and reports whether items were
// left unfrozen before it.
// AD-HOC: flex factors are numbers, not lengths; the ratios are computed
// in float64 (no fused operations: each product is converted explicitly)
// and the shares rounded cumulatively, so that they add up to the free
// space exactly.
func (fl *flexLayout) distribute(line *flexLine, avail, initial Fixed, grow bool) bool {
	// a. "Check for flexible items. If all the flex items on the line are
	// frozen, free space has been distributed; exit this loop."
	var sumF, sumScaled float64
	any := false
	for _, it := range line.items {
		if it.frozen {
			continue
		}
		any = true
		if grow {
			sumF += it.grow
		} else {
			sumF += it.shrink
			sumScaled += float64(float64(it.base) * it.shrink)
		}
	}
	if !any {
		return false
	}
	// b. "Calculate the remaining free space ... If the sum of the
	// unfrozen flex items' flex factors is less than one, multiply the
	// initial free space by this sum. If the magnitude of this value is
	// less than the magnitude of the remaining free space, use this as the
	// remaining free space."
	remaining := fl.freeSpace(line, avail)
	if sumF < 1 {
		if v := initial.MulFloat(sumF); abs(v) < abs(remaining) {
			remaining = v
		}
	}
	// c. Distribute free space proportional to the flex factors.
	var cum float64
	var given Fixed
	total := sumF
	if !grow {
		total = sumScaled
	}
	for _, it := range line.items {
		if it.frozen {
			continue
		}
		it.target = it.base
		if remaining == 0 || total == 0 {
			continue
		}
		if grow {
			cum += it.grow
		} else {
			cum += float64(float64(it.base) * it.shrink)
		}
		share := remaining.MulFloat(cum/total) - given
		given += share
		it.target = it.base + share
	}
	fl.freezeViolations(line)
	return true
}

// freezeViolations clamps the unfrozen items' target main sizes (§9.7 step
// 4d, "fix min/max violations") and freezes the over-flexed ones (step
// 4e): all of them when the total violation is zero, else those with a
// min violation when it is positive, those with a max violation when
// negative.
func (fl *flexLayout) freezeViolations(line *flexLine) {
	var violation Fixed
	for _, it := range line.items {
		if it.frozen {
			continue
		}
		c := clampSize(it.target, it.minMain, it.maxMain)
		it.viol = c - it.target
		violation += it.viol
		it.target = c
	}
	for _, it := range line.items {
		if it.frozen {
			continue
		}
		switch {
		case violation == 0:
			it.frozen = true
		case violation > 0 && it.viol > 0, violation < 0 && it.viol < 0:
			it.frozen = true
		}
	}
}

// abs returns |v|.
func abs(v Fixed) Fixed {
	if v < 0 {
		return -v
	}
	return v
}
