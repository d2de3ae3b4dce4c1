package layout

// Tables, part 5: the collapsing border model (CSS 2.1 §17.6.2,
// https://www.w3.org/TR/CSS22/tables.html#collapsing-borders). Borders
// are resolved when the box tree is built, since they depend on styles and
// the grid only: each grid line segment gets the winning border of the
// cells, rows, row groups, columns, column groups and table that meet
// there. Each cell takes half of it as its used border width, in whole
// pixels so that the two halves paint as one line, and draws it in the
// winner's style and colour. On the table's edges the table's used border
// width is the widest outer half; AD-HOC (as browsers draw it): the edge
// cells paint the outer halves of their segments, their fragments reaching
// over the table's border (placeCell), and the table paints no border.
//
// TODO(spec): a cell spanning several segments of one side takes the
// widest segment's border for the whole side; grid slots without a cell
// paint no border.

import (
	"github.com/paneweb/pane/cssom"
)

// collapsed is one candidate border in conflict resolution.
type collapsed struct {
	w     Fixed
	style cssom.BorderStyle
	color cssom.Color
	// origin ranks where the border comes from: table 0, column group 1,
	// column 2, row group 3, row 4, cell 5.
	origin int
}

// styleRank orders border styles for §17.6.2.1 rule 4: "If border styles
// differ only in color, ... double, solid, dashed, dotted, ridge, outset,
// groove, and the lowest: inset", none below all.
func styleRank(s cssom.BorderStyle) int {
	switch s {
	case cssom.BorderDouble:
		return 8
	case cssom.BorderSolid:
		return 7
	case cssom.BorderDashed:
		return 6
	case cssom.BorderDotted:
		return 5
	case cssom.BorderRidge:
		return 4
	case cssom.BorderOutset:
		return 3
	case cssom.BorderGroove:
		return 2
	case cssom.BorderInset:
		return 1
	}
	return 0
}

// better returns the winner of two conflicting borders (§17.6.2.1):
//  1. "Borders with the 'border-style' of 'hidden' take precedence over
//     all other conflicting borders."
//  2. "Borders with a style of 'none' have the lowest priority."
//  3. "If none of the styles are 'hidden' and at least one of them is not
//     'none', then narrow borders are discarded in favor of wider ones."
//  4. "If border styles differ only in color, then a style set on a cell
//     wins over one on a row, which wins over a row group, column, column
//     group and, lastly, table." (after the style ranking).
func better(a, b collapsed) collapsed {
	switch {
	case a.style == cssom.BorderHidden:
		return a
	case b.style == cssom.BorderHidden:
		return b
	case a.style == cssom.BorderNone:
		return b
	case b.style == cssom.BorderNone:
		return a
	case a.w != b.w:
		if b.w > a.w {
			return b
		}
		return a
	case styleRank(a.style) != styleRank(b.style):
		if styleRank(b.style) > styleRank(a.style) {
			return b
		}
		return a
	case b.origin > a.origin:
		return b
	}
	return a
}

// sideOf returns the border of style st on one side as a candidate.
func sideOf(st *cssom.ComputedStyle, side, origin int) collapsed {
	if st == nil {
		return collapsed{}
	}
	return collapsed{w: st.BorderWidth[side], style: st.BorderStyle[side], color: st.BorderColor[side], origin: origin}
}

// collapseGrid is what border resolution needs about a table.
type collapseGrid struct {
	t     *tableInfo
	table *cssom.ComputedStyle
	slots [][]*tableCell
	nrows int
}

// collapseBorders resolves the collapsed borders of table box x and sets
// the used borders on the styles of its cells (their own copies) and of
// the table (a new copy, without padding: "the table has no padding").
func collapseBorders(x *Box, t *tableInfo) {
	g := &collapseGrid{t: t, table: x.Style, nrows: len(t.rows)}
	g.slots = make([][]*tableCell, g.nrows)
	for r := range g.slots {
		g.slots[r] = make([]*tableCell, t.ncols)
	}
	for _, c := range t.cells {
		for r := c.row; r < c.row+c.rowSpan && r < g.nrows; r++ {
			for k := c.col; k < c.col+c.colSpan && k < t.ncols; k++ {
				g.slots[r][k] = c
			}
		}
	}
	for _, c := range t.cells {
		c.box.Style.BorderWidth = cssom.Edges[Fixed]{}
		c.box.Style.BorderStyle = cssom.Edges[cssom.BorderStyle]{}
	}
	ts := *x.Style
	ts.Padding = cssom.Edges[cssom.Length]{cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx}
	var outer [4]Fixed
	// Horizontal lines r = 0..nrows, one segment per column.
	for r := 0; r <= g.nrows; r++ {
		for k := 0; k < t.ncols; k++ {
			win := g.hLine(r, k)
			g.apply(r-1, k, cssom.Bottom, win, true, &outer, r == g.nrows)
			g.apply(r, k, cssom.Top, win, false, &outer, r == 0)
		}
	}
	for r := 0; r < g.nrows; r++ {
		for k := 0; k <= t.ncols; k++ {
			win := g.vLine(r, k)
			g.apply(r, k-1, cssom.Right, win, true, &outer, k == t.ncols)
			g.apply(r, k, cssom.Left, win, false, &outer, k == 0)
		}
	}
	ts.BorderWidth = outer
	ts.BorderStyle = cssom.Edges[cssom.BorderStyle]{}
	x.Style = &ts
}

// halves splits a collapsed border width into the part of the box before
// the line (above or left) and after it, the first rounded down to whole
// pixels.
func halves(w Fixed) (Fixed, Fixed) {
	first := (w / 2) &^ (cssom.FixedOne - 1)
	return first, w - first
}

// apply gives the cell at slot (r, k), if any, its half of border win on
// side; before says the cell lies before the line. On the table's edge
// (edge), the other half is the table's: outer keeps the widest per side,
// and the cell records it to paint it.
func (g *collapseGrid) apply(r, k, side int, win collapsed, before bool, outer *[4]Fixed, edge bool) {
	w := win.w
	if win.style == cssom.BorderHidden || win.style == cssom.BorderNone {
		w = 0
	}
	first, second := halves(w)
	mine, other := second, first
	if before {
		mine, other = first, second
	}
	if !edge {
		other = 0
	}
	outer[side] = cssom.Max(outer[side], other)
	c := g.cellAt(r, k)
	if c == nil || !meets(c, r, k, side) {
		return
	}
	st := c.box.Style
	if mine+other >= st.BorderWidth[side]+c.outer[side] {
		st.BorderWidth[side], c.outer[side] = mine, other
		st.BorderStyle[side] = win.style
		st.BorderColor[side] = win.color
		if win.style == cssom.BorderHidden || w == 0 {
			st.BorderStyle[side] = cssom.BorderNone
		}
	}
}

// meets reports whether cell c's side lies on the grid line apply is at
// for slot (r, k).
func meets(c *tableCell, r, k, side int) bool {
	switch side {
	case cssom.Top:
		return c.row == r
	case cssom.Bottom:
		return c.row+c.rowSpan-1 == r
	case cssom.Left:
		return c.col == k
	}
	return c.col+c.colSpan-1 == k
}

// Origins of borders, for better.
const (
	fromTable = iota
	fromColumnGroup
	fromColumn
	fromRowGroup
	fromRow
	fromCell
)

// cellAt returns the cell covering slot (r, k), or nil outside the grid.
func (g *collapseGrid) cellAt(r, k int) *tableCell {
	if r < 0 || r >= g.nrows || k < 0 || k >= g.t.ncols {
		return nil
	}
	return g.slots[r][k]
}

// columnStyles returns the styles of column k and of its column group.
func (g *collapseGrid) columnStyles(k int) (col, group *cssom.ComputedStyle) {
	if k < len(g.t.columns) && g.t.columns[k].Style.Display == cssom.DisplayTableColumn {
		col = g.t.columns[k].Style
	}
	for _, cg := range g.t.colGroups {
		if k >= cg.first && k < cg.first+cg.count {
			group = cg.box.Style
		}
	}
	return col, group
}

// hLine returns the winning border of the segment of horizontal grid line
// r (above row r) in column k.
func (g *collapseGrid) hLine(r, k int) collapsed {
	win := collapsed{style: cssom.BorderNone}
	add := func(st *cssom.ComputedStyle, side, origin int) {
		if st != nil {
			win = better(win, sideOf(st, side, origin))
		}
	}
	if c := g.cellAt(r-1, k); c != nil && c.row+c.rowSpan == r {
		add(c.specified, cssom.Bottom, fromCell)
	}
	if c := g.cellAt(r, k); c != nil && c.row == r {
		add(c.specified, cssom.Top, fromCell)
	}
	rows := g.t.rows
	if r > 0 {
		add(rows[r-1].box.Style, cssom.Bottom, fromRow)
		if tg := g.t.groups[rows[r-1].group]; tg.last == r {
			add(tg.box.Style, cssom.Bottom, fromRowGroup)
		}
	}
	if r < g.nrows {
		add(rows[r].box.Style, cssom.Top, fromRow)
		if tg := g.t.groups[rows[r].group]; tg.first == r {
			add(tg.box.Style, cssom.Top, fromRowGroup)
		}
	}
	if r == 0 || r == g.nrows {
		side := cssom.Top
		if r == g.nrows {
			side = cssom.Bottom
		}
		col, group := g.columnStyles(k)
		add(col, side, fromColumn)
		add(group, side, fromColumnGroup)
		add(g.table, side, fromTable)
	}
	return win
}

// vLine returns the winning border of the segment of vertical grid line k
// (left of column k) in row r.
func (g *collapseGrid) vLine(r, k int) collapsed {
	win := collapsed{style: cssom.BorderNone}
	add := func(st *cssom.ComputedStyle, side, origin int) {
		if st != nil {
			win = better(win, sideOf(st, side, origin))
		}
	}
	if c := g.cellAt(r, k-1); c != nil && c.col+c.colSpan == k {
		add(c.specified, cssom.Right, fromCell)
	}
	if c := g.cellAt(r, k); c != nil && c.col == k {
		add(c.specified, cssom.Left, fromCell)
	}
	if k > 0 {
		col, group := g.columnStyles(k - 1)
		add(col, cssom.Right, fromColumn)
		if cg := g.groupEnding(k); cg != nil {
			add(group, cssom.Right, fromColumnGroup)
		}
	}
	if k < g.t.ncols {
		col, group := g.columnStyles(k)
		add(col, cssom.Left, fromColumn)
		if cg := g.groupStarting(k); cg != nil {
			add(group, cssom.Left, fromColumnGroup)
		}
	}
	if k == 0 || k == g.t.ncols {
		side := cssom.Left
		if k == g.t.ncols {
			side = cssom.Right
		}
		add(g.t.rows[r].box.Style, side, fromRow)
		add(g.t.groups[g.t.rows[r].group].box.Style, side, fromRowGroup)
		add(g.table, side, fromTable)
	}
	return win
}

// groupStarting and groupEnding return the column group whose first
// column is k, or whose last column is k-1.
func (g *collapseGrid) groupStarting(k int) *tableColGroup {
	for i, cg := range g.t.colGroups {
		if cg.first == k && cg.count > 0 {
			return &g.t.colGroups[i]
		}
	}
	return nil
}

func (g *collapseGrid) groupEnding(k int) *tableColGroup {
	for i, cg := range g.t.colGroups {
		if cg.first+cg.count == k && cg.count > 0 {
			return &g.t.colGroups[i]
		}
	}
	return nil
}
