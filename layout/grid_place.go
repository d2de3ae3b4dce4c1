package layout

import (
	"sort"

	"github.com/paneweb/pane/cssom"
)

// The explicit grid and the placement of grid items: CSS Grid Layout 1 §7
// (the explicit grid, automatic repetitions, named lines and areas) and §8
// (line-based placement, the implicit grid, the auto-placement algorithm).
// Axis 0 is the columns (the inline axis), axis 1 the rows.

// gridMaxLine bounds the line numbers and spans an item may name.
// AD-HOC: engines clamp the grid's size; we clamp what the author writes
// so that "grid-row: 1000000000" stays cheap.
const gridMaxLine = 1000

// gridMaxRepeat bounds the tracks of an automatic repetition (AD-HOC, as
// cssom bounds integer repetitions).
const gridMaxRepeat = 10000

// gridSpan is a range of tracks: start is a track index, span the number
// of tracks.
type gridSpan struct{ start, span int }

// end returns the index after the last track of s.
func (s gridSpan) end() int { return s.start + s.span }

// explicitAxis is the explicit grid on one axis: its track sizes, the
// names of its lines, and the range of the auto-fit repetition.
type explicitAxis struct {
	sizes []cssom.GridTrackSize
	names map[string][]int // line name ▶ explicit line indices, ascending
	count int              // explicit tracks
	auto  []cssom.GridTrackSize
	// fitFirst and fitCount are the tracks of an auto-fit repetition.
	fitFirst, fitCount int
	// repFirst and repCount are the tracks of an automatic repetition
	// (auto-fill or auto-fit), for GridTrack.Repeated.
	repFirst, repCount int
}

// explicitGrid sets up the explicit grid on one axis from its template,
// the areas' size and the available size (-1 when indefinite) that
// automatic repetitions fill.
// https://www.w3.org/TR/css-grid-1/#explicit-grids
func (g *gridLayout) explicitGrid(axis int) {
	st := g.st.Grid
	tl, auto, areaCount := st.TemplateColumns, st.AutoColumns, 0
	if st.TemplateAreas != nil {
		areaCount = st.TemplateAreas.Columns
	}
	if axis == 1 {
		tl, auto = st.TemplateRows, st.AutoRows
		if st.TemplateAreas != nil {
			areaCount = st.TemplateAreas.Rows
		}
	}
	e := &g.ex[axis]
	e.auto = auto
	e.names = map[string][]int{}
	if tl != nil {
		n := 0
		if tl.Repeat != nil {
			n = g.repetitions(axis, tl)
		}
		names, sizes, first := tl.Expand(n)
		e.sizes = sizes
		if tl.Repeat != nil {
			e.repFirst, e.repCount = first, n*len(tl.Repeat.Sizes)
		}
		if tl.Repeat != nil && tl.Repeat.Fit {
			e.fitFirst, e.fitCount = first, n*len(tl.Repeat.Sizes)
		}
		for i, ns := range names {
			for _, name := range ns {
				e.names[name] = append(e.names[name], i)
			}
		}
	}
	e.count = max(len(e.sizes), areaCount)
	if st.TemplateAreas != nil {
		// https://www.w3.org/TR/css-grid-1/#implicit-named-lines
		for _, a := range st.TemplateAreas.Areas {
			s, en := a.ColumnStart, a.ColumnEnd
			if axis == 1 {
				s, en = a.RowStart, a.RowEnd
			}
			e.names[a.Name+"-start"] = append(e.names[a.Name+"-start"], s-1)
			e.names[a.Name+"-end"] = append(e.names[a.Name+"-end"], en-1)
		}
	}
	for _, lines := range e.names {
		sort.Ints(lines)
	}
}

// repetitions returns the number of automatic repetitions
// (https://www.w3.org/TR/css-grid-1/#auto-repeat): "the largest possible
// positive integer that does not cause the grid to overflow the content
// box of its grid container", each track counted at its max track sizing
// function if that is definite, else its min; 1 when the size is
// indefinite. A definite minimum size asks for the smallest number that
// fills it instead. As in Chromium, the used width of a shrink-to-fit
// container (found with one repetition) counts as definite when it is
// laid out.
func (g *gridLayout) repetitions(axis int, tl *cssom.GridTrackList) int {
	avail, minimum := g.avail[axis], Fixed(-1)
	if avail < 0 {
		avail, minimum = g.limits(axis)
	}
	if avail < 0 && minimum < 0 {
		return 1
	}
	basis := cssom.Max(avail, 0)
	fixed := func(ts cssom.GridTrackSize) Fixed {
		if ts.Max.Kind == cssom.BreadthLength && (ts.Max.Length.Kind == cssom.LengthPx || avail >= 0) {
			v := ts.Max.Length.Resolve(basis, 0)
			if ts.Min.Kind == cssom.BreadthLength {
				v = cssom.Max(v, ts.Min.Length.Resolve(basis, 0))
			}
			return v
		}
		return ts.Min.Length.Resolve(basis, 0)
	}
	gap := g.gap[axis]
	var other, rep Fixed
	for _, ts := range tl.Sizes {
		other += fixed(ts) + gap
	}
	for _, ts := range tl.Repeat.Sizes {
		// "the UA must floor the track size to a UA-specified value to
		// avoid division by zero. It is suggested that this floor be 1px."
		rep += cssom.Max(fixed(ts), cssom.Int(1)) + gap
	}
	// other + n*rep - gap <= avail.
	if avail >= 0 {
		n := int((avail - other + gap) / rep)
		return min(max(n, 1), gridMaxRepeat/len(tl.Repeat.Sizes))
	}
	n := int((minimum - other + gap + rep - 1) / rep)
	return min(max(n, 1), gridMaxRepeat/len(tl.Repeat.Sizes))
}

// limits returns the container's definite max size on an axis whose size
// is indefinite, and its definite min size (-1 when not definite).
func (g *gridLayout) limits(axis int) (maxSize, minSize Fixed) {
	st := g.st
	lo, hi, basis, edges := st.MinWidth, st.MaxWidth, g.cbw, g.u.hEdges()
	if axis == 1 {
		lo, hi, basis, edges = st.MinHeight, st.MaxHeight, g.outerCBH, g.u.vEdges()
	}
	maxSize, minSize = -1, -1
	if v, ok := specifiedSize(hi, basis, edges, st.BoxSizing); ok && (basis >= 0 || hi.Kind == cssom.LengthPx) {
		maxSize = v
	}
	if v, ok := specifiedSize(lo, basis, edges, st.BoxSizing); ok && v > 0 && (basis >= 0 || lo.Kind == cssom.LengthPx) {
		minSize = v
	}
	return maxSize, minSize
}

// gridLines returns the start and end properties of an item on an axis.
func gridLines(st *cssom.ComputedStyle, axis int) (cssom.GridLine, cssom.GridLine) {
	if axis == 0 {
		return st.Grid.ColumnStart, st.Grid.ColumnEnd
	}
	return st.Grid.RowStart, st.Grid.RowEnd
}

// resolveLines resolves an item's placement on one axis to explicit line
// indices (0 is the explicit grid's first line; implicit lines before it
// are negative), or reports an automatic position with its span.
// https://www.w3.org/TR/css-grid-1/#line-placement
// https://www.w3.org/TR/css-grid-1/#grid-placement-errors
func (g *gridLayout) resolveLines(st *cssom.ComputedStyle, axis int) (sp gridSpan, definite bool) {
	s, e := gridLines(st, axis)
	// "If the placement contains two spans, remove the one contributed by
	// the end grid-placement property."
	if s.Span && e.Span {
		e = cssom.GridLine{}
	}
	sDef := !s.IsAuto() && !s.Span
	eDef := !e.IsAuto() && !e.Span
	switch {
	case sDef && eDef:
		a, b := g.linePosition(axis, s, true), g.linePosition(axis, e, false)
		if a > b {
			a, b = b, a
		}
		return gridSpan{a, max(b-a, 1)}, true
	case sDef:
		a := g.linePosition(axis, s, true)
		b := a + 1
		if e.Span {
			b = g.spanEnd(axis, a, e, true)
		}
		return gridSpan{a, b - a}, true
	case eDef:
		b := g.linePosition(axis, e, false)
		a := b - 1
		if s.Span {
			a = g.spanEnd(axis, b, s, false)
		}
		return gridSpan{a, b - a}, true
	}
	// "If the placement contains only a span for a named line, replace it
	// with a span of 1."
	span := 1
	for _, l := range [2]cssom.GridLine{s, e} {
		if l.Span && l.Name == "" {
			span = int(min(l.Integer, gridMaxLine))
			break
		}
	}
	return gridSpan{0, span}, false
}

// linePosition resolves a definite <grid-line> (integer and/or name) to
// an explicit line index. start says it is a *-start property.
func (g *gridLayout) linePosition(axis int, l cssom.GridLine, start bool) int {
	e := &g.ex[axis]
	n := int(max(min(l.Integer, gridMaxLine), -gridMaxLine))
	if l.Name == "" {
		if n > 0 {
			return n - 1
		}
		return e.count + 1 + n
	}
	if n == 0 {
		// "First attempt to match the grid area's edge to a named grid
		// area: if there is a grid line whose line name is
		// <custom-ident>-start (for grid-*-start) / <custom-ident>-end
		// (for grid-*-end), contributes the first such line ...
		// Otherwise, treat this as if the integer 1 had been specified
		// along with the <custom-ident>."
		suffix := "-end"
		if start {
			suffix = "-start"
		}
		if lines := e.names[l.Name+suffix]; len(lines) > 0 {
			return lines[0]
		}
		n = 1
	}
	lines := e.names[l.Name]
	// "If not enough lines with that name exist, all implicit grid lines
	// are assumed to have that name for the purpose of finding this
	// position."
	if n > 0 {
		if n <= len(lines) {
			return lines[n-1]
		}
		return e.count + n - len(lines)
	}
	if -n <= len(lines) {
		return lines[len(lines)+n]
	}
	return -(-n - len(lines))
}

// spanEnd returns the line a span reaches from line from: forward for an
// end span, backward for a start span. A named span counts only lines of
// that name, and then "all implicit grid lines on the side of the
// explicit grid corresponding to the search direction".
func (g *gridLayout) spanEnd(axis, from int, l cssom.GridLine, forward bool) int {
	n := int(min(l.Integer, gridMaxLine))
	if l.Name == "" {
		if forward {
			return from + n
		}
		return from - n
	}
	lines := g.ex[axis].names[l.Name]
	if forward {
		k := sort.SearchInts(lines, from+1)
		if len(lines)-k >= n {
			return lines[k+n-1]
		}
		return max(from, g.ex[axis].count) + n - (len(lines) - k)
	}
	k := sort.SearchInts(lines, from) // lines[:k] are before from
	if k >= n {
		return lines[k-n]
	}
	return min(from, 0) - (n - k)
}

// occupancy records the occupied cells of the grid, indexed by the
// auto-placement's major axis (rows for row flow) then its minor axis.
type occupancy [][]bool

// free reports whether no cell of the area is occupied.
func (o occupancy) free(major, minor gridSpan) bool {
	for p := major.start; p < major.end() && p < len(o); p++ {
		row := o[p]
		for s := minor.start; s < minor.end() && s < len(row); s++ {
			if row[s] {
				return false
			}
		}
	}
	return true
}

// mark occupies the cells of the area, growing the grid as needed.
func (o *occupancy) mark(major, minor gridSpan) {
	for len(*o) < major.end() {
		*o = append(*o, nil)
	}
	for p := major.start; p < major.end(); p++ {
		row := (*o)[p]
		for len(row) < minor.end() {
			row = append(row, false)
		}
		for s := minor.start; s < minor.end(); s++ {
			row[s] = true
		}
		(*o)[p] = row
	}
}

// placeItems runs the grid item placement algorithm and sets each item's
// area in final track indices (from 0, the first implicit or explicit
// track) and the offsets of the explicit grid.
// https://www.w3.org/TR/css-grid-1/#auto-placement-algo
func (g *gridLayout) placeItems() {
	flow := g.st.Grid.AutoFlow
	major, minor := 1, 0 // row flow: the cursor walks rows, then columns
	if flow&cssom.GridFlowColumn != 0 {
		major, minor = 0, 1
	}
	dense := flow&cssom.GridFlowDense != 0
	// 1. Resolve the definite positions; shift the grid so that every
	// line index is at least 0.
	var def [][2]bool
	var lowest [2]int
	for _, it := range g.items {
		var d [2]bool
		for axis := 0; axis < 2; axis++ {
			it.area[axis], d[axis] = g.resolveLines(it.st, axis)
			if d[axis] {
				lowest[axis] = min(lowest[axis], it.area[axis].start)
			}
		}
		def = append(def, d)
	}
	g.offset = [2]int{-lowest[0], -lowest[1]}
	var occ occupancy
	var minorCount int
	minorCount = g.offset[minor] + g.ex[minor].count
	for i, it := range g.items {
		for axis := 0; axis < 2; axis++ {
			if def[i][axis] {
				it.area[axis].start += g.offset[axis]
			}
		}
		if def[i][major] && def[i][minor] {
			occ.mark(it.area[major], it.area[minor])
		}
	}
	// 2. "Process the items locked to a given row."
	g.placeLocked(&occ, def, major, minor, dense)
	// 3. "Determine the columns in the implicit grid."
	for i, it := range g.items {
		if def[i][minor] {
			minorCount = max(minorCount, it.area[minor].end())
		} else {
			minorCount = max(minorCount, it.area[minor].span)
		}
	}
	// 4. "Position the remaining grid items."
	g.autoPlace(occ, def, major, minor, minorCount, dense)
	for _, it := range g.items {
		for axis := 0; axis < 2; axis++ {
			g.count[axis] = max(g.count[axis], it.area[axis].end())
		}
	}
	for axis := 0; axis < 2; axis++ {
		g.count[axis] = max(g.count[axis], g.offset[axis]+g.ex[axis].count)
	}
}

// placeLocked runs step 2 of the placement algorithm: "For each grid item
// with a definite row position that is not auto-placed, in
// order-modified document order: set the column-start line to the
// earliest (smallest positive index) line index that ensures this item's
// grid area will not overlap any occupied grid cells and that is past any
// grid items previously placed in this row by this step" (dense: without
// the last condition).
func (g *gridLayout) placeLocked(occ *occupancy, def [][2]bool, major, minor int, dense bool) {
	cursors := map[int]int{}
	for i, it := range g.items {
		if !def[i][major] || def[i][minor] {
			continue
		}
		m := it.area[major]
		s := 0
		if !dense {
			s = cursors[m.start]
		}
		for !occ.free(m, gridSpan{s, it.area[minor].span}) {
			s++
		}
		it.area[minor].start = s
		cursors[m.start] = s + it.area[minor].span
		occ.mark(m, it.area[minor])
		def[i][minor] = true
	}
}

// autoPlace runs step 4 of the placement algorithm with the
// auto-placement cursor.
func (g *gridLayout) autoPlace(occ occupancy, def [][2]bool, major, minor, minorCount int, dense bool) {
	curMajor, curMinor := 0, 0
	for i, it := range g.items {
		if def[i][major] {
			continue
		}
		if dense {
			curMajor, curMinor = 0, 0
		}
		mspan := it.area[major].span
		if def[i][minor] {
			// "Set the column position of the cursor to the grid item's
			// column-start line. If this is less than the previous
			// column position of the cursor, increment the row position
			// by 1."
			s := it.area[minor].start
			if s < curMinor && !dense {
				curMajor++
			}
			curMinor = s
			for !occ.free(gridSpan{curMajor, mspan}, it.area[minor]) {
				curMajor++
			}
		} else {
			span := it.area[minor].span
			for {
				for curMinor+span <= minorCount && !occ.free(gridSpan{curMajor, mspan}, gridSpan{curMinor, span}) {
					curMinor++
				}
				if curMinor+span <= minorCount {
					break
				}
				curMajor, curMinor = curMajor+1, 0
			}
			it.area[minor].start = curMinor
		}
		it.area[major].start = curMajor
		occ.mark(it.area[major], it.area[minor])
		if !dense {
			curMinor = it.area[minor].end()
		}
	}
}
