package layout

// Tables, part 1: the box tree. CSS 2.1 §17 (https://www.w3.org/TR/CSS22/tables.html)
// and the HTML table model
// (https://html.spec.whatwg.org/multipage/tables.html#table-processing-model).
// A table box keeps its internal structure in a *tableInfo, built here with
// the anonymous objects of §17.2.1 and the slots of HTML's "forming a
// table" algorithm; table_layout.go lays it out.

import (
	"strconv"
	"strings"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// tableInfo is the internal structure of a table box: its captions,
// columns, row groups, rows and cells on the table grid.
type tableInfo struct {
	captions []*Box
	// columns are the column boxes in grid order, one per grid column
	// they cover (a <col span=2> appears twice); colGroups the column
	// group boxes with the first column and count each covers.
	columns   []*Box
	colGroups []tableColGroup
	// groups are the row groups in display order (the first header
	// group first, the first footer group last, CSS 2.1 §17.2).
	groups []*tableGroup
	rows   []*tableRow // in display order
	cells  []*tableCell
	// ncols is the number of grid columns.
	ncols int
	// wrapper and inner are, when the table has captions, the styles of
	// the table wrapper box and of the table box inside it (CSS 2.1
	// §17.4): "The computed values of properties 'position', 'float',
	// 'margin-*', 'top', 'right', 'bottom', and 'left' on the table
	// element are used on the table wrapper box and not the table box;
	// all other values of non-inheritable properties are used on the table
	// box and not the table wrapper box."
	wrapper, inner *cssom.ComputedStyle
	// quirks says the document is in quirks mode.
	quirks bool
}

// tableColGroup is a column group box and the columns it spans.
type tableColGroup struct {
	box          *Box
	first, count int
}

// tableGroup is a row group and its rows (indices into tableInfo.rows).
type tableGroup struct {
	box         *Box
	first, last int // rows [first, last)
}

// tableRow is a row of the grid.
type tableRow struct {
	box   *Box
	group int
	cells []*tableCell // the cells that start in this row, by column
}

// tableCell is a cell placed on the grid.
type tableCell struct {
	box *Box
	// specified is the cell's own computed style; box.Style is a copy
	// whose width, height and margins are cleared (the table sizes
	// cells) and, with collapsing borders, whose borders are the
	// collapsed halves.
	specified        *cssom.ComputedStyle
	row, col         int
	rowSpan, colSpan int
	empty            bool // no in-flow content, for empty-cells
	// outer holds, for a cell on the table's edge with collapsing
	// borders, the outer half of its border segment, which it paints
	// (table_collapse.go).
	outer cssom.Edges[Fixed]
}

// isTablePart reports whether d is a display type of an internal table
// box or caption (CSS 2.1 §17.2).
func isTablePart(d cssom.Display) bool {
	switch d {
	case cssom.DisplayTableRowGroup, cssom.DisplayTableHeaderGroup, cssom.DisplayTableFooterGroup,
		cssom.DisplayTableRow, cssom.DisplayTableCell, cssom.DisplayTableColumnGroup,
		cssom.DisplayTableColumn, cssom.DisplayTableCaption:
		return true
	}
	return false
}

// tableBox generates the box of a table or inline-table element (CSS 2.1
// §17.4): a box whose table field holds the grid.
func (b *builder) tableBox(el *dom.Node, st *cssom.ComputedStyle, inline bool) *Box {
	x := &Box{Kind: BlockBox, Node: el, Style: st}
	if inline {
		x.Kind = InlineBlockBox
	}
	b.fillTable(x, tableChildNodes(b, el))
	return x
}

// strayTablePart handles an internal table box whose parent is not the
// right table box: CSS 2.1 §17.2.1 step 3, "generate an anonymous 'table'
// or 'inline-table' box T around [it] and all consecutive siblings" that
// are table parts. The first of such a run builds the table; the others
// are skipped, having been consumed.
func (b *builder) strayTablePart(c *container, el *dom.Node) {
	nodes := []*dom.Node{el}
	if ps := b.styles.Of(el.Parent); ps == nil || ps.Display != cssom.DisplayTableRow {
		// (Inside a row, the table parts that are not cells were taken
		// out one by one into anonymous cells.)
		if b.consumedTablePart(el) {
			return
		}
		nodes = b.tablePartRun(el)
	}
	inline := len(c.stack) > 0
	parent := c.box.Style
	if inline {
		parent = c.stack[len(c.stack)-1].Style
	}
	tst := cssom.InheritFrom(parent)
	tst.Display = cssom.DisplayTable
	if inline {
		tst.Display = cssom.DisplayInlineTable
	}
	x := &Box{Kind: BlockBox, Style: tst, Anonymous: true}
	if inline {
		x.Kind = InlineBlockBox
	}
	b.fillTable(x, nodes)
	b.add(c, x, inline)
}

// consumedTablePart reports whether table part el follows other table
// parts (white space, display:none elements and columns aside), whose
// anonymous table took it in.
func (b *builder) consumedTablePart(el *dom.Node) bool {
	for p := el.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == dom.TextNode && strings.Trim(p.Data, " \t\n\r\f") == "" {
			continue
		}
		if p.Type != dom.ElementNode {
			return false
		}
		ps := b.styles.Of(p)
		switch {
		case ps == nil || ps.Display == cssom.DisplayNone ||
			ps.Display == cssom.DisplayTableColumn || ps.Display == cssom.DisplayTableColumnGroup:
			continue
		case isTablePart(ps.Display):
			return true
		}
		return false
	}
	return false
}

// tablePartRun returns el and the table parts among its following
// siblings, up to the first sibling that is not one.
func (b *builder) tablePartRun(el *dom.Node) []*dom.Node {
	var nodes []*dom.Node
	for n := el; n != nil; n = n.NextSibling {
		if n.Type == dom.TextNode && strings.Trim(n.Data, " \t\n\r\f") == "" {
			continue
		}
		if n.Type != dom.ElementNode {
			break
		}
		ns := b.styles.Of(n)
		if ns == nil || ns.Display == cssom.DisplayNone {
			continue
		}
		if !isTablePart(ns.Display) {
			break
		}
		nodes = append(nodes, n)
	}
	return nodes
}

// tableChildNodes returns the child nodes of el that take part in table
// construction: display:contents elements are replaced by their children,
// display:none elements and white space text are dropped ("anonymous inline
// boxes that contain only white space and are between two immediate
// siblings each of which is a table-non-root box" are removed; AD-HOC: all
// white space text directly in a table part is).
func tableChildNodes(b *builder, el *dom.Node) []*dom.Node {
	var out []*dom.Node
	for n := el.FirstChild; n != nil; n = n.NextSibling {
		switch n.Type {
		case dom.TextNode:
			if strings.Trim(n.Data, " \t\n\r\f") != "" {
				out = append(out, n)
			}
		case dom.ElementNode:
			st := b.styles.Of(n)
			switch {
			case st == nil || st.Display == cssom.DisplayNone:
			case st.Display == cssom.DisplayContents && !b.replaced(n):
				out = append(out, tableChildNodes(b, n)...)
			default:
				out = append(out, n)
			}
		}
	}
	return out
}

// displayOf returns the display of a table child node (inline for text).
func (b *builder) displayOf(n *dom.Node) cssom.Display {
	if n.Type != dom.ElementNode {
		return cssom.DisplayInline
	}
	st := b.styles.Of(n)
	if st.Float != cssom.FloatNone || st.Position == cssom.PositionAbsolute || st.Position == cssom.PositionFixed {
		return cssom.DisplayBlock
	}
	return st.Display
}

// fillTable builds table box x's structure from its child nodes (CSS 2.1
// §17.2.1): captions, columns, row groups; rows and cells outside a row
// group get an anonymous row group, and other content an anonymous row and
// cell. Then it forms the grid.
// TODO(spec): ::before and ::after boxes of tables, row groups and rows
// (those of cells and captions are generated).
func (b *builder) fillTable(x *Box, nodes []*dom.Node) {
	t := &tableInfo{}
	x.table = t
	for _, n := range append([]*dom.Node{x.Node}, nodes...) {
		if n != nil && n.OwnerDocument() != nil {
			t.quirks = n.OwnerDocument().Quirks
			break
		}
	}
	var head, foot *Box
	var bodies []*Box
	var stray []*dom.Node // rows, cells and others waiting for an anonymous row group
	flush := func() {
		if len(stray) > 0 {
			g := &Box{Kind: BlockBox, Style: anonStyle(x.Style, cssom.DisplayTableRowGroup), Anonymous: true}
			b.fillRowGroup(g, stray)
			bodies = append(bodies, g)
			stray = nil
		}
	}
	for _, n := range nodes {
		switch d := b.displayOf(n); d {
		case cssom.DisplayTableCaption:
			flush()
			cb := &Box{Kind: BlockBox, Node: n, Style: b.styles.Of(n)}
			b.blockContainer(cb, n)
			t.captions = append(t.captions, cb)
		case cssom.DisplayTableColumnGroup, cssom.DisplayTableColumn:
			flush()
			b.addColumns(t, n, d)
		case cssom.DisplayTableRowGroup, cssom.DisplayTableHeaderGroup, cssom.DisplayTableFooterGroup:
			flush()
			g := &Box{Kind: BlockBox, Node: n, Style: b.styles.Of(n)}
			b.fillRowGroup(g, tableChildNodes(b, n))
			switch {
			case d == cssom.DisplayTableHeaderGroup && head == nil:
				head = g
			case d == cssom.DisplayTableFooterGroup && foot == nil:
				foot = g
			default:
				bodies = append(bodies, g)
			}
		default:
			stray = append(stray, n)
		}
	}
	flush()
	finishTable(x, t, head, bodies, foot)
}

// finishTable orders the row groups of table box x (the first header group
// first, the first footer group last), sets its children, forms the grid
// and resolves collapsing borders.
func finishTable(x *Box, t *tableInfo, head *Box, bodies []*Box, foot *Box) {
	groups := bodies
	if head != nil {
		groups = append([]*Box{head}, groups...)
	}
	if foot != nil {
		groups = append(groups, foot)
	}
	x.Children = append(x.Children, t.captions...)
	for _, g := range t.colGroups {
		x.Children = append(x.Children, g.box)
	}
	x.Children = append(x.Children, groups...)
	if len(t.captions) > 0 {
		t.wrapper, t.inner = wrapperStyles(x.Style)
	}
	formTable(t, groups)
	if x.Style.BorderCollapse {
		collapseBorders(x, t)
	}
}

// wrapperStyles splits a table's style between its wrapper box and its
// table box.
func wrapperStyles(st *cssom.ComputedStyle) (wrapper, inner *cssom.ComputedStyle) {
	w := cssom.InheritFrom(st)
	w.Display, w.Position, w.Float, w.Inset, w.Margin = st.Display, st.Position, st.Float, st.Inset, st.Margin
	w.ZIndex, w.ZIndexAuto = st.ZIndex, st.ZIndexAuto
	in := *st
	in.Position, in.Float = cssom.PositionStatic, cssom.FloatNone
	return w, &in
}

// anonStyle returns the style of an anonymous table part with display d
// inside a box styled parent.
func anonStyle(parent *cssom.ComputedStyle, d cssom.Display) *cssom.ComputedStyle {
	s := cssom.InheritFrom(parent)
	s.Display = d
	return s
}

// addColumns adds the column boxes of a column group or lone column n.
// https://html.spec.whatwg.org/multipage/tables.html#forming-a-table
// (steps 9 and 10: columns and column groups, their span attributes).
func (b *builder) addColumns(t *tableInfo, n *dom.Node, d cssom.Display) {
	st := b.styles.Of(n)
	box := &Box{Kind: BlockBox, Node: n, Style: st}
	g := tableColGroup{box: box, first: len(t.columns)}
	if d == cssom.DisplayTableColumn {
		for range spanAttr(n, "span", 1000) {
			t.columns = append(t.columns, box)
		}
		g.box = nil
	} else {
		for _, c := range tableChildNodes(b, n) {
			if c.Type != dom.ElementNode || b.displayOf(c) != cssom.DisplayTableColumn {
				continue
			}
			cb := &Box{Kind: BlockBox, Node: c, Style: b.styles.Of(c)}
			box.Children = append(box.Children, cb)
			for range spanAttr(c, "span", 1000) {
				t.columns = append(t.columns, cb)
			}
		}
		if len(box.Children) == 0 {
			for range spanAttr(n, "span", 1000) {
				t.columns = append(t.columns, box)
			}
		}
	}
	g.count = len(t.columns) - g.first
	if g.box != nil {
		t.colGroups = append(t.colGroups, g)
	}
}

// spanAttr parses a span, colspan or rowspan attribute with the rules for
// parsing non-negative integers: 1 when absent or invalid or 0 (0 is
// kept for rowspan, whose 0 means "to the end of the group"), at most max.
func spanAttr(n *dom.Node, name string, max int) int {
	if n == nil || n.Type != dom.ElementNode || n.Namespace != dom.HTMLNamespace {
		return 1
	}
	v, ok := n.Attr(name)
	if !ok {
		return 1
	}
	v = strings.TrimLeft(v, " \t\n\f\r")
	i := 0
	for i < len(v) && v[i] >= '0' && v[i] <= '9' && i < 9 {
		i++
	}
	k, err := strconv.Atoi(v[:i])
	switch {
	case err != nil:
		return 1
	case k == 0 && name == "rowspan":
		return 0
	case k == 0:
		return 1
	case k > max:
		return max
	}
	return k
}

// fillRowGroup fills row group g from its child nodes: rows, and an
// anonymous row around each run of other children (CSS 2.1 §17.2.1 step
// 2, "If a child C of a row group box is not a 'table-row' box, then
// generate an anonymous 'table-row' box around C and all consecutive
// siblings of C that are not 'table-row' boxes").
func (b *builder) fillRowGroup(g *Box, nodes []*dom.Node) {
	var stray []*dom.Node
	flush := func() {
		if len(stray) > 0 {
			r := &Box{Kind: BlockBox, Style: anonStyle(g.Style, cssom.DisplayTableRow), Anonymous: true}
			b.fillRow(r, stray)
			g.Children = append(g.Children, r)
			stray = nil
		}
	}
	for _, n := range nodes {
		if b.displayOf(n) == cssom.DisplayTableRow {
			flush()
			r := &Box{Kind: BlockBox, Node: n, Style: b.styles.Of(n)}
			b.fillRow(r, tableChildNodes(b, n))
			g.Children = append(g.Children, r)
			continue
		}
		stray = append(stray, n)
	}
	flush()
}

// fillRow fills row r with its cells, and an anonymous cell around each
// run of other children (CSS 2.1 §17.2.1 step 2, "If a child C of a
// 'table-row' box is not a 'table-cell', then generate an anonymous
// 'table-cell' box around C and all consecutive siblings of C that are not
// 'table-cell' boxes"). Misplaced rows, groups and columns inside a row
// become cell content, each in its own anonymous table.
func (b *builder) fillRow(r *Box, nodes []*dom.Node) {
	var stray []*dom.Node
	flush := func() {
		if len(stray) > 0 {
			st := anonStyle(r.Style, cssom.DisplayTableCell)
			c := &Box{Kind: BlockBox, Style: st, Anonymous: true}
			cc := &container{box: c, space: true}
			for _, n := range stray {
				if n.Type == dom.TextNode {
					b.text(cc, n, n.Data, st)
				} else {
					b.element(cc, n)
				}
			}
			cc.finish()
			r.Children = append(r.Children, c)
			stray = nil
		}
	}
	for _, n := range nodes {
		if b.displayOf(n) == cssom.DisplayTableCell {
			flush()
			st := b.styles.Of(n)
			c := &Box{Kind: BlockBox, Node: n, Style: st}
			if b.replaced(n) {
				// AD-HOC: a replaced element with display:table-cell
				// becomes the content of an anonymous cell.
				stray = append(stray, n)
				continue
			}
			b.blockContainer(c, n)
			r.Children = append(r.Children, c)
			continue
		}
		stray = append(stray, n)
	}
	flush()
}

// cellStyle returns the style a table cell box is laid out with: its own,
// less the properties the table algorithm takes over (width, height, their
// limits) and margins, which do not apply to cells (CSS 2.1 §17.5).
func cellStyle(st *cssom.ComputedStyle) *cssom.ComputedStyle {
	s := *st
	s.Width, s.Height = cssom.Auto, cssom.Auto
	s.MinWidth, s.MinHeight = cssom.Auto, cssom.Auto
	s.MaxWidth, s.MaxHeight = cssom.None, cssom.None
	s.Margin = cssom.Edges[cssom.Length]{cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx}
	s.Float = cssom.FloatNone
	if s.Position == cssom.PositionAbsolute || s.Position == cssom.PositionFixed {
		s.Position = cssom.PositionStatic
	}
	return &s
}

// formTable places the cells of the row groups on the grid.
// https://html.spec.whatwg.org/multipage/tables.html#forming-a-table
// Cells take the first free slot of their row from the left; a cell spans
// colspan columns and rowspan rows (rowspan 0, or one reaching past the
// group, ends with the group: "ending the row group" step); the grid
// widens as cells or columns need.
func formTable(t *tableInfo, groups []*Box) {
	t.ncols = len(t.columns)
	for gi, g := range groups {
		tg := &tableGroup{box: g, first: len(t.rows)}
		// occupied[r][c] for the rows of this group, relative to first.
		var occupied [][]bool
		taken := func(r, c int) bool {
			return r < len(occupied) && c < len(occupied[r]) && occupied[r][c]
		}
		for ri, rb := range g.Children {
			row := &tableRow{box: rb, group: gi}
			t.rows = append(t.rows, row)
			col := 0
			for _, cb := range rb.Children {
				for taken(ri, col) {
					col++
				}
				colSpan := spanAttr(cb.Node, "colspan", 1000)
				rowSpan := spanAttr(cb.Node, "rowspan", 65534)
				if rowSpan == 0 || ri+rowSpan > len(g.Children) {
					rowSpan = len(g.Children) - ri
				}
				cell := &tableCell{box: cb, specified: cb.Style, row: len(t.rows) - 1, col: col,
					rowSpan: rowSpan, colSpan: colSpan, empty: len(cb.Children) == 0}
				cb.Style = cellStyle(cb.Style)
				for len(occupied) < ri+rowSpan {
					occupied = append(occupied, nil)
				}
				for r := ri; r < ri+rowSpan; r++ {
					for len(occupied[r]) < col+colSpan {
						occupied[r] = append(occupied[r], false)
					}
					for c := col; c < col+colSpan; c++ {
						occupied[r][c] = true
					}
				}
				row.cells = append(row.cells, cell)
				t.cells = append(t.cells, cell)
				col += colSpan
				t.ncols = max(t.ncols, col)
			}
		}
		tg.last = len(t.rows)
		t.groups = append(t.groups, tg)
	}
}
