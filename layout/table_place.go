package layout

// Tables, part 3: laying out a table box into fragments. The table
// fragment holds column (group) fragments when they have a background,
// then row group fragments holding row fragments holding cell fragments,
// so that paint draws row group, row and then cell backgrounds (CSS 2.1
// §17.5.1, in part: column backgrounds paint under row groups). With
// captions, a wrapper fragment holds the captions and the table
// (§17.4).

import (
	"github.com/paneweb/pane/cssom"
)

// tableGrid is a table's grid after column widths and row heights are
// known, in the table box's border box coordinates.
type tableGrid struct {
	colX, colW []Fixed
	rowY, rowH []Fixed
	// rowBase is each row's baseline from the row's top (CSS 2.1
	// §17.5.3), -1 when no cell in it is baseline-aligned.
	rowBase []Fixed
	hs, vs  Fixed
	// top and bottom are the grid's top and bottom edges (outer spacing
	// excluded).
	top, bottom Fixed
}

// laidCell is a cell's fragment before it is stretched to its rows.
type laidCell struct {
	c    *tableCell
	f    *Fragment
	h    Fixed // the height the cell needs: its content's, at least its specified height
	base Fixed // its baseline from its border box top
}

// layoutTable lays out table box b (CSS 2.1 §17.4–17.6) in containing
// block cb. shrink, when not nil, gives the shrink-to-fit width for an
// available width (floats, inline tables, absolutely positioned tables,
// whose auto margins are 0); without it a table's auto width is its
// shrink-to-fit width all the same.
func (l *layouter) layoutTable(b *Box, cb containingBlock, shrink func(Fixed) Fixed) blockResult {
	t, st := b.table, b.Style
	f := &Fragment{Kind: BoxFragment, Node: b.Node, Style: st, Anonymous: b.Anonymous, Pseudo: b.Pseudo}
	if l.tick() {
		return blockResult{frag: f}
	}
	u := resolveEdges(st, cb.w)
	g := &tableGrid{}
	g.hs, g.vs = tableSpacing(st)
	g.colW = l.tableColumnWidths(b, &u, cb, shrink)
	tableMargins(&u, st, cb.w, shrink != nil)
	if shrink == nil && cb.align >= cssom.TextAlignWebkitCenter {
		legacyAlign(&u, st, cb)
	}

	cells := l.layoutCells(t, g)
	l.rowHeights(b, g, cells, u.border[cssom.Top]+u.padding[cssom.Top])
	h := g.bottom + g.vs - u.border[cssom.Top] - u.padding[cssom.Top]
	if len(t.rows) == 0 {
		h = 0
	}
	g.colX = make([]Fixed, len(g.colW))
	left := u.border[cssom.Left] + u.padding[cssom.Left]
	x := left + g.hs
	for i, w := range g.colW {
		g.colX[i] = x
		x += w + g.hs
		if st.Direction == "rtl" {
			// https://www.w3.org/TR/CSS22/tables.html#table-layout: in a
			// right-to-left table the first column is on the right.
			g.colX[i] = 2*left + u.w - g.colX[i] - w
		}
	}
	f.Margin, f.Border, f.Padding = u.margin, u.border, u.padding
	f.Rect = Rect{X: u.margin[cssom.Left], W: u.w + u.hEdges(), H: h + u.vEdges()}
	f.Children = l.tableFragments(t, g, cells)
	// https://www.w3.org/TR/CSS22/visudet.html#propdef-vertical-align:
	// "The baseline of an 'inline-table' is the baseline of the first row
	// of the table"; AD-HOC: without rows, the bottom border edge.
	// AD-HOC (as browsers do): a row without baseline-aligned cells has
	// the baseline of its first cell.
	f.Baseline = f.Rect.H
	switch {
	case len(t.rows) > 0 && g.rowBase[0] >= 0:
		f.Baseline = g.rowY[0] + g.rowBase[0]
	case len(cells) > 0 && cells[0].c.row == 0:
		f.Baseline = g.rowY[0] + cells[0].f.Rect.Y + cells[0].f.Baseline
	}
	if len(t.captions) > 0 {
		f = l.wrapTable(t, f)
	}
	return blockResult{frag: f, top: marginState{}.add(f.Margin[cssom.Top]), bottom: marginState{}.add(f.Margin[cssom.Bottom])}
}

// tableColumnWidths sets u.w, the table's used content width, and returns
// the used column widths.
// https://www.w3.org/TR/CSS22/tables.html#width-layout
func (l *layouter) tableColumnWidths(b *Box, u *usedBox, cb containingBlock, shrink func(Fixed) Fixed) []Fixed {
	t, st := b.table, b.Style
	hs := tableSpacing0(st)
	edges := u.hEdges()
	sp := Fixed(t.ncols+1) * hs
	if t.ncols == 0 {
		sp = 0
	}
	minW, maxW := l.intrinsicWidths(b)
	// "fixed table layout: ... the specified width of the table root is
	// either a <length-percentage>, min-content or fit-content"
	// (https://www.w3.org/TR/css-tables-3/#fixed-table-layout).
	// AD-HOC: not fit-content, as in Chromium 156.
	fixedLayout := st.TableLayoutFixed && !st.Width.IsAuto() && st.Width.Kind != cssom.LengthMaxContent && st.Width.Kind != cssom.LengthFitContent
	if hasSizingKeyword(st) { // intrinsic.go
		kmin, kmax := minW, maxW
		if fixedLayout {
			// AD-HOC: a fixed-layout table's intrinsic widths are the
			// sum of its columns' specified widths, as in Chromium 156
			// (width: min-content gives 0 without column widths).
			kmin = sp
			for _, cw := range fixedColumnWidths(t, 0, hs) {
				kmin += cw
			}
			kmax = kmin
		}
		avail := cssom.Max(cb.w-u.margin[cssom.Left]-u.margin[cssom.Right]-edges, 0)
		st = resolveSizingKeywords(st, kmin, kmax, avail, cb.w, edges)
	}
	w, specified := specifiedSize(st.Width, cb.w, edges, st.BoxSizing)
	if !specified {
		// The table's auto width is its shrink-to-fit width (CSS 2.1
		// §17.5.2.2 step 2 and CSS Tables 3 §3.9.2).
		avail := cssom.Max(cb.w-u.margin[cssom.Left]-u.margin[cssom.Right]-edges, 0)
		if shrink != nil {
			w = shrink(avail)
		} else {
			w = cssom.Min(cssom.Max(minW, avail), maxW)
		}
	}
	w, _ = clampWidth(st, w, cb.w, edges)
	var widths []Fixed
	if fixedLayout {
		widths = fixedColumnWidths(t, cssom.Max(w-sp, 0), hs)
		var sum Fixed
		for _, cw := range widths {
			sum += cw
		}
		w = cssom.Max(w, sum+sp)
	} else {
		// "the used width is the greater of the table's containing block
		// width, computed width and minimum width" (the table is never
		// narrower than its columns' minimum).
		w = cssom.Max(w, minW)
		widths = distributeWidth(l.tableColumns(t, hs), cssom.Max(w-sp, 0))
	}
	u.w = w
	return widths
}

// tableSpacing0 returns the horizontal border-spacing of a table.
func tableSpacing0(st *cssom.ComputedStyle) Fixed {
	hs, _ := tableSpacing(st)
	return hs
}

// tableMargins resolves a table's auto margins once its width u.w is known
// (CSS 2.1 §10.3.3; "auto" margins center it); with shrink they are 0.
func tableMargins(u *usedBox, st *cssom.ComputedStyle, cbw Fixed, shrink bool) {
	autoL, autoR := st.Margin[cssom.Left].IsAuto(), st.Margin[cssom.Right].IsAuto()
	if shrink || (!autoL && !autoR) {
		return
	}
	rest := cbw - u.w - u.hEdges() - u.margin[cssom.Left] - u.margin[cssom.Right]
	if rest < 0 {
		return
	}
	switch {
	case autoL && autoR:
		u.margin[cssom.Left], u.margin[cssom.Right] = rest/2, rest-rest/2
	case autoL:
		u.margin[cssom.Left] = rest
	default:
		u.margin[cssom.Right] = rest
	}
}

// layoutCells lays out every cell at the width of the columns it spans.
func (l *layouter) layoutCells(t *tableInfo, g *tableGrid) []laidCell {
	out := make([]laidCell, 0, len(t.cells))
	for _, c := range t.cells {
		w := Fixed(c.colSpan-1) * g.hs
		for k := c.col; k < c.col+c.colSpan && k < len(g.colW); k++ {
			w += g.colW[k]
		}
		r := l.layoutBlockContainer(c.box, containingBlock{w: w}, true, nil, bfcPos{})
		if l.err != nil {
			return out
		}
		f := r.frag
		f.Margin = cssom.Edges[Fixed]{}
		f.Rect.X = 0
		h := f.Rect.H
		spec := c.specified
		// "The table cell's 'height' property can influence the height of
		// the row (it acts as a minimum height)" (CSS 2.1 §17.5.3).
		// AD-HOC, as browsers do in quirks mode: there it is the height of
		// the border box, whatever box-sizing says.
		// TODO(spec): percentage heights of cells and rows.
		vEdges := f.Border[cssom.Top] + f.Border[cssom.Bottom] + f.Padding[cssom.Top] + f.Padding[cssom.Bottom]
		bs := spec.BoxSizing
		if t.quirks {
			vEdges, bs = 0, cssom.ContentBox
		}
		if sh, ok := specifiedSize(spec.Height, -1, vEdges, bs); ok {
			h = cssom.Max(h, sh+vEdges)
		}
		// "The baseline of a cell is the baseline of the first in-flow
		// line box in the cell, or the first in-flow table-row in the
		// cell, whichever comes first. If there is no such line box or
		// table-row, the baseline is the bottom of content edge of the
		// cell box."
		base := f.Rect.H - f.Border[cssom.Bottom] - f.Padding[cssom.Bottom]
		if _, y, ok := firstLine(f); ok {
			base = y
		}
		out = append(out, laidCell{c: c, f: f, h: h, base: base})
	}
	return out
}

// baselineAligned reports whether a cell's vertical-align puts it on its
// row's baseline (CSS 2.1 §17.5.4: top, bottom and middle do not; the
// other values act as baseline).
func baselineAligned(st *cssom.ComputedStyle) bool {
	switch st.VerticalAlign.Kind {
	case cssom.VerticalTop, cssom.VerticalBottom, cssom.VerticalMiddle:
		return false
	}
	return true
}

// rowHeights computes the rows' heights and positions (CSS 2.1 §17.5.3):
// "the maximum of the row's computed 'height', the computed 'height' of
// each cell in the row, and the minimum height (MIN) required by the
// cells", where baseline-aligned cells count with their baselines lined
// up; a cell spanning rows makes its last row taller when the rows are
// too short; a table taller than its rows gives them the extra height in
// proportion to their heights. top is the content box top.
func (l *layouter) rowHeights(b *Box, g *tableGrid, cells []laidCell, top Fixed) {
	t := b.table
	n := len(t.rows)
	g.rowH = make([]Fixed, n)
	g.rowY = make([]Fixed, n)
	g.rowBase = make([]Fixed, n)
	desc := make([]Fixed, n)
	for r, row := range t.rows {
		g.rowBase[r] = -1
		if h := row.box.Style.Height; h.Kind == cssom.LengthPx {
			g.rowH[r] = h.Px
		}
	}
	for _, lc := range cells {
		if lc.c.rowSpan != 1 {
			continue
		}
		r := lc.c.row
		g.rowH[r] = cssom.Max(g.rowH[r], lc.h)
		if baselineAligned(lc.c.specified) {
			g.rowBase[r] = cssom.Max(g.rowBase[r], lc.base)
			desc[r] = cssom.Max(desc[r], lc.h-lc.base)
		}
	}
	for r := range g.rowH {
		if g.rowBase[r] >= 0 {
			g.rowH[r] = cssom.Max(g.rowH[r], g.rowBase[r]+desc[r])
		}
	}
	spanRows(g, cells)
	collapseRows(t, g)
	l.stretchRows(b, g, top)
	y := top + g.vs
	g.top = y
	for r := range g.rowH {
		g.rowY[r] = y
		y += g.rowH[r] + g.vs
	}
	g.bottom = y - g.vs
	if n == 0 {
		g.bottom = top
	}
}

// stretchRows gives the rows the height a table's specified height (or
// min-height) adds beyond theirs, in proportion to their heights (equally
// when all are 0).
func (l *layouter) stretchRows(b *Box, g *tableGrid, top Fixed) {
	st := b.Style
	if len(g.rowH) == 0 {
		return
	}
	u := resolveEdges(st, 0)
	want, ok := specifiedSize(st.Height, -1, u.vEdges(), st.BoxSizing)
	if mh, ok2 := specifiedSize(st.MinHeight, -1, u.vEdges(), st.BoxSizing); ok2 && (!ok || mh > want) {
		want, ok = mh, true
	}
	if !ok {
		return
	}
	var sum Fixed
	for _, h := range g.rowH {
		sum += h
	}
	extra := want - sum - Fixed(len(g.rowH)+1)*g.vs
	if extra <= 0 {
		return
	}
	var given Fixed
	for r := range g.rowH {
		d := extra / Fixed(len(g.rowH))
		if sum > 0 {
			d = Fixed(int64(extra) * int64(g.rowH[r]) / int64(sum))
		}
		if r == len(g.rowH)-1 {
			d = extra - given
		}
		g.rowH[r] += d
		given += d
	}
}

// spanRows makes the last row a cell spans taller when the rows are too
// short for it.
func spanRows(g *tableGrid, cells []laidCell) {
	n := len(g.rowH)
	for _, lc := range cells {
		c := lc.c
		if c.rowSpan <= 1 {
			continue
		}
		last := min(c.row+c.rowSpan, n) - 1
		have := Fixed(last-c.row) * g.vs
		for r := c.row; r <= last; r++ {
			have += g.rowH[r]
		}
		if lc.h > have {
			g.rowH[last] += lc.h - have
		}
	}
}

// collapseRows empties the rows whose visibility is collapse.
func collapseRows(t *tableInfo, g *tableGrid) {
	// https://www.w3.org/TR/CSS22/tables.html#dynamic-effects: "the
	// entire row or column is removed from the display": a collapsed
	// row takes no height (its cells do not paint: they inherit its
	// visibility). TODO(spec): collapsed columns; the spacing of a
	// collapsed row; cells spanning into it keep their height.
	for r, row := range t.rows {
		if row.box.Style.Visibility == cssom.Collapse {
			g.rowH[r] = 0
		}
	}
}
