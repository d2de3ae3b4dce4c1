package layout

// Tables, part 4: the fragments of a laid out table.

import (
	"github.com/paneweb/pane/cssom"
)

// tableFragments returns the table fragment's children: column group and
// column fragments (only those with a background, which is all they
// paint), then the row groups with their rows and cells, each relative to
// its parent.
func (l *layouter) tableFragments(t *tableInfo, g *tableGrid, cells []laidCell) []*Fragment {
	var out []*Fragment
	if len(g.colW) == 0 {
		return out
	}
	gridX, gridR := g.colX[0], g.colX[0]+g.colW[0]
	for i := range g.colX {
		gridX = cssom.Min(gridX, g.colX[i])
		gridR = cssom.Max(gridR, g.colX[i]+g.colW[i])
	}
	gridW := gridR - gridX
	colSpan := func(first, count int) Rect {
		last := min(first+count, len(g.colX)) - 1
		if last < first {
			return Rect{}
		}
		x0 := cssom.Min(g.colX[first], g.colX[last])
		x1 := cssom.Max(g.colX[first]+g.colW[first], g.colX[last]+g.colW[last])
		return Rect{X: x0, Y: g.top, W: x1 - x0, H: g.bottom - g.top}
	}
	out = append(out, columnFragments(t, colSpan)...)
	rowFrags := make([]*Fragment, len(t.rows))
	for r, row := range t.rows {
		rowFrags[r] = &Fragment{Kind: BoxFragment, Node: row.box.Node, Style: row.box.Style, Anonymous: row.box.Anonymous,
			Rect: Rect{W: gridW, H: g.rowH[r]}}
	}
	for _, lc := range cells {
		l.placeCell(lc, g, rowFrags[lc.c.row], gridX)
	}
	y := g.top
	for _, tg := range t.groups {
		gf := &Fragment{Kind: BoxFragment, Node: tg.box.Node, Style: tg.box.Style, Anonymous: tg.box.Anonymous,
			Rect: Rect{X: gridX, Y: y, W: gridW}}
		if tg.last > tg.first {
			gf.Rect.Y = g.rowY[tg.first]
			gf.Rect.H = g.rowY[tg.last-1] + g.rowH[tg.last-1] - gf.Rect.Y
			y = gf.Rect.Y + gf.Rect.H + g.vs
		}
		for r := tg.first; r < tg.last; r++ {
			rf := rowFrags[r]
			rf.Rect.Y = g.rowY[r] - gf.Rect.Y
			gf.Children = append(gf.Children, rf)
		}
		out = append(out, gf)
	}
	return out
}

// paintsBackground reports whether a style has a background to paint.
func paintsBackground(st *cssom.ComputedStyle) bool {
	return st.BackgroundColor.A != 0 || st.BackgroundImage != ""
}

// placeCell stretches a cell's fragment to the rows it spans, moves its
// content by its vertical alignment (CSS 2.1 §17.5.4) and adds it to its
// row's fragment. gridX is the rows' left edge in the table.
func (l *layouter) placeCell(lc laidCell, g *tableGrid, row *Fragment, gridX Fixed) {
	c, f := lc.c, lc.f
	last := min(c.row+c.rowSpan, len(g.rowH)) - 1
	h := g.rowY[last] + g.rowH[last] - g.rowY[c.row]
	natural := f.Rect.H
	var off Fixed
	switch c.specified.VerticalAlign.Kind {
	case cssom.VerticalTop:
	case cssom.VerticalMiddle:
		off = (h - natural) / 2
	case cssom.VerticalBottom:
		off = h - natural
	default:
		// "The baseline of the cell is put at the same height as the
		// baseline of the first of the rows it spans."
		if b := g.rowBase[c.row]; b >= 0 {
			off = b - lc.base
		}
	}
	if off != 0 {
		for _, k := range f.Children {
			k.Rect.Y += off
		}
	}
	f.Baseline = lc.base + off
	first, lastCol := min(c.col, len(g.colX)-1), min(c.col+c.colSpan, len(g.colX))-1
	f.Rect.X = cssom.Min(g.colX[first], g.colX[lastCol]) - gridX
	f.Rect.Y = 0
	f.Rect.H = h
	if c.outer != (cssom.Edges[Fixed]{}) {
		reachOver(f, c.outer)
	}
	if c.empty && c.specified.EmptyCellsHide && !c.specified.BorderCollapse {
		// https://www.w3.org/TR/CSS22/tables.html#empty-cells: "the
		// value 'hide' means that no borders or backgrounds are drawn
		// around/behind empty cells".
		s := *f.Style
		s.BackgroundColor, s.BackgroundImage = cssom.Transparent, ""
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{}
		f.Style = &s
	}
	row.Children = append(row.Children, f)
}

// wrapTable puts table fragment tf and its captions in the anonymous table
// wrapper box (CSS 2.1 §17.4): captions above or below the table
// (caption-side), as wide as the table; the wrapper takes the table's
// margins and position. Both fragments belong to the table element, the
// wrapper's first (its border box is what scripts see).
func (l *layouter) wrapTable(t *tableInfo, tf *Fragment) *Fragment {
	w := &Fragment{Kind: BoxFragment, Node: tf.Node, Style: t.wrapper, Anonymous: tf.Anonymous, Pseudo: tf.Pseudo,
		Margin: tf.Margin, Rect: Rect{X: tf.Rect.X, W: tf.Rect.W}}
	tf.Style = t.inner
	tf.Margin = cssom.Edges[Fixed]{}
	tf.Rect.X = 0
	var y Fixed
	place := func(bottom bool) {
		for _, c := range t.captions {
			if c.Style.CaptionSideBottom != bottom {
				continue
			}
			r := l.layoutBlockContainer(c, containingBlock{w: tf.Rect.W}, true, nil, bfcPos{})
			cf := r.frag
			y += cf.Margin[cssom.Top]
			cf.Rect.Y = y
			y += cf.Rect.H + cf.Margin[cssom.Bottom]
			w.Children = append(w.Children, cf)
		}
	}
	place(false)
	tf.Rect.Y = y
	w.Baseline = y + tf.Baseline
	y += tf.Rect.H
	w.Children = append(w.Children, tf)
	place(true)
	w.Rect.H = y
	return w
}

// reachOver grows the fragment of a cell on the table's edge over the
// outer halves of its collapsed borders, which it paints (see
// table_collapse.go), keeping its content where it is.
func reachOver(f *Fragment, o cssom.Edges[Fixed]) {
	f.Rect.X -= o[cssom.Left]
	f.Rect.Y -= o[cssom.Top]
	f.Rect.W += o[cssom.Left] + o[cssom.Right]
	f.Rect.H += o[cssom.Top] + o[cssom.Bottom]
	for side := range o {
		f.Border[side] += o[side]
	}
	f.Baseline += o[cssom.Top]
	for _, k := range f.Children {
		k.Rect.X += o[cssom.Left]
		k.Rect.Y += o[cssom.Top]
	}
}

// columnFragments returns the fragments of the column groups and columns
// that have a background; colSpan gives the rectangle of count columns
// from first.
func columnFragments(t *tableInfo, colSpan func(first, count int) Rect) []*Fragment {
	var out []*Fragment
	for _, cg := range t.colGroups {
		if paintsBackground(cg.box.Style) && cg.count > 0 {
			out = append(out, &Fragment{Kind: BoxFragment, Node: cg.box.Node, Style: cg.box.Style, Rect: colSpan(cg.first, cg.count)})
		}
	}
	for i := 0; i < len(t.columns) && i < t.ncols; {
		cb, j := t.columns[i], i+1
		for j < len(t.columns) && t.columns[j] == cb {
			j++
		}
		if paintsBackground(cb.Style) && cb.Node != nil && cb.Style.Display == cssom.DisplayTableColumn {
			out = append(out, &Fragment{Kind: BoxFragment, Node: cb.Node, Style: cb.Style, Rect: colSpan(i, j-i)})
		}
		i = j
	}
	return out
}
