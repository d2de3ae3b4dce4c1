package layout

// Tables, part 2: layout. Column widths (CSS 2.1 §17.5.2, with the auto
// algorithm of CSS Tables 3 §3.8–3.9 that browsers follow), row heights
// (§17.5.3), vertical alignment in cells (§17.5.4), border-spacing (§17.6.1)
// and captions (§17.4).

import (
	"github.com/paneweb/pane/cssom"
)

// tableColumn holds the width constraints of one grid column.
type tableColumn struct {
	min, max Fixed
	// pct is the column's percentage width (0 for none).
	pct float64
	// fixed says a cell or column element gives the column a length width
	// (a "constrained" column).
	fixed bool
}

// tableSpacing returns the horizontal and vertical border-spacing of a
// table: 0 in the collapsing border model (§17.6.2).
func tableSpacing(st *cssom.ComputedStyle) (Fixed, Fixed) {
	if st.BorderCollapse {
		return 0, 0
	}
	return st.BorderSpacing[0], st.BorderSpacing[1]
}

// cellWidths returns the outer min-content and max-content widths of a
// cell and whether its width is a length, or its percentage.
// https://www.w3.org/TR/css-tables-3/#content-measure: "The outer
// min-content width of a table-cell is max(min-width, min-content width)
// adjusted by the cell horizontal padding and borders"; its max-content
// width is max(min-width, width, min-content width, min(max-width,
// max-content width)), with width instead of max-content when width is a
// length.
func (l *layouter) cellWidths(c *tableCell) (minW, maxW Fixed, fixed bool, pct float64) {
	spec := c.specified
	u := resolveEdges(c.box.Style, 0)
	edges := u.hEdges()
	cmin, cmax := l.intrinsicWidths(c.box)
	if mw, ok := specifiedSize(spec.MinWidth, -1, edges, spec.BoxSizing); ok {
		cmin = cssom.Max(cmin, mw)
	}
	minW = cmin
	switch spec.Width.Kind {
	case cssom.LengthPx:
		w, _ := specifiedSize(spec.Width, -1, edges, spec.BoxSizing)
		return minW + edges, cssom.Max(minW, w) + edges, true, 0
	case cssom.LengthPercent:
		pct = float64(spec.Width.Percent)
	}
	if mx, ok := specifiedSize(spec.MaxWidth, -1, edges, spec.BoxSizing); ok && cmax > mx {
		cmax = mx
	}
	return minW + edges, cssom.Max(minW, cmax) + edges, false, pct
}

// tableColumns computes the columns' width constraints from the column
// elements and the cells (CSS Tables 3 §3.9.3, "computing column
// measures"): single-column cells first, then each spanning cell spreads
// what its columns lack over them in proportion to their max-content
// widths.
// TODO(spec): percentages of spanning cells; max-content distribution of
// CSS Tables 3 §3.9.3.2 by column type.
func (l *layouter) tableColumns(t *tableInfo, hs Fixed) []tableColumn {
	cols := make([]tableColumn, t.ncols)
	for i, cb := range t.columns {
		if i >= len(cols) {
			break
		}
		switch w := cb.Style.Width; w.Kind {
		case cssom.LengthPx:
			cols[i].min, cols[i].max, cols[i].fixed = 0, w.Px, true
		case cssom.LengthPercent:
			cols[i].pct = float64(w.Percent)
		}
	}
	var spanning []*tableCell
	for _, c := range t.cells {
		if c.colSpan > 1 {
			spanning = append(spanning, c)
			continue
		}
		mn, mx, fixed, pct := l.cellWidths(c)
		col := &cols[c.col]
		col.min = cssom.Max(col.min, mn)
		if fixed && !col.fixed {
			col.fixed, col.max = true, 0
		}
		if fixed || !col.fixed {
			col.max = cssom.Max(col.max, mx)
		}
		col.pct = max(col.pct, pct)
	}
	for i := range cols {
		cols[i].max = cssom.Max(cols[i].max, cols[i].min)
	}
	// Spanning cells, narrowest span first.
	for span := 2; len(spanning) > 0; span++ {
		rest := spanning[:0]
		for _, c := range spanning {
			if c.colSpan != span {
				rest = append(rest, c)
				continue
			}
			mn, mx, _, _ := l.cellWidths(c)
			spread(cols[c.col:c.col+c.colSpan], mn-Fixed(span-1)*hs, mx-Fixed(span-1)*hs)
		}
		spanning = rest
	}
	return cols
}

// spread grows the columns a spanning cell covers so that their min and
// max widths sum to at least mn and mx, in proportion to their max widths
// (equally when those are all 0).
func spread(cols []tableColumn, mn, mx Fixed) {
	grow := func(get func(*tableColumn) *Fixed, need Fixed) {
		var have, weight Fixed
		for i := range cols {
			have += *get(&cols[i])
			weight += cols[i].max
		}
		extra := need - have
		if extra <= 0 {
			return
		}
		given := Fixed(0)
		for i := range cols {
			var d Fixed
			switch {
			case i == len(cols)-1:
				d = extra - given
			case weight > 0:
				d = Fixed(int64(extra) * int64(cols[i].max) / int64(weight))
			default:
				d = extra / Fixed(len(cols))
			}
			*get(&cols[i]) += d
			given += d
		}
	}
	grow(func(c *tableColumn) *Fixed { return &c.min }, mn)
	for i := range cols {
		cols[i].max = cssom.Max(cols[i].max, cols[i].min)
	}
	grow(func(c *tableColumn) *Fixed { return &c.max }, mx)
}

// gridWidths returns the min-content and max-content widths of the grid,
// spacing included: the max-content width is large enough for percentage
// columns to get their percentage (CSS Tables 3 §3.9.3.1).
func gridWidths(cols []tableColumn, hs Fixed) (minW, maxW Fixed) {
	var pctSum float64
	var rest Fixed
	for _, c := range cols {
		minW += c.min
		maxW += c.max
		if c.pct > 0 && pctSum < 100 {
			p := min(c.pct, 100-pctSum)
			pctSum += p
			if p > 0 {
				maxW = cssom.Max(maxW, c.max.MulFloat(100/p))
			}
		} else {
			rest += c.max
		}
	}
	if pctSum > 0 && pctSum < 100 {
		maxW = cssom.Max(maxW, rest.MulFloat(100/(100-pctSum)))
	}
	sp := Fixed(len(cols)+1) * hs
	if len(cols) == 0 {
		sp = 0
	}
	return minW + sp, maxW + sp
}

// tableIntrinsicWidths returns the min-content and max-content widths of
// table box b's content box: those of its grid, or of its widest caption.
func (l *layouter) tableIntrinsicWidths(b *Box) (minW, maxW Fixed) {
	t := b.table
	hs, _ := tableSpacing(b.Style)
	minW, maxW = gridWidths(l.tableColumns(t, hs), hs)
	if b.Style.TableLayoutFixed && b.Style.Width.Kind == cssom.LengthPx {
		// https://www.w3.org/TR/CSS22/tables.html#fixed-table-layout: the
		// width does not depend on the cells' contents.
		minW, maxW = 0, 0
	}
	u := resolveEdges(b.Style, 0)
	for _, c := range t.captions {
		cmin, _ := l.outerIntrinsicWidths(c)
		minW = cssom.Max(minW, cmin-u.hEdges())
	}
	return minW, cssom.Max(minW, maxW)
}

// distributeWidth gives each column its used width for a grid content
// width w (spacing excluded), following the sizing guesses of CSS Tables
// 3 §3.9.4 (https://www.w3.org/TR/css-tables-3/#width-distribution):
// the min-content guess, the min-content-percentage guess, the
// min-content-specified guess and the max-content guess; w between two
// guesses interpolates linearly, and w above the max-content guess is
// spread over the auto columns (else the fixed ones, else the percentage
// ones, else all).
func distributeWidth(cols []tableColumn, w Fixed) []Fixed {
	n := len(cols)
	guesses := [4][]Fixed{}
	var sums [4]Fixed
	var pctSum float64
	for g := range guesses {
		guesses[g] = make([]Fixed, n)
	}
	for i, c := range cols {
		pw := Fixed(-1)
		if c.pct > 0 && pctSum < 100 {
			p := min(c.pct, 100-pctSum)
			pctSum += p
			pw = cssom.Max(c.min, w.MulFloat(p/100))
		}
		guesses[0][i] = c.min
		switch {
		case pw >= 0:
			guesses[1][i], guesses[2][i], guesses[3][i] = pw, pw, pw
		case c.fixed:
			guesses[1][i], guesses[2][i], guesses[3][i] = c.min, c.max, c.max
		default:
			guesses[1][i], guesses[2][i], guesses[3][i] = c.min, c.min, c.max
		}
		for g := range guesses {
			sums[g] += guesses[g][i]
		}
	}
	if w <= sums[0] {
		return guesses[0]
	}
	for g := 1; g < 4; g++ {
		if w <= sums[g] {
			return interpolate(guesses[g-1], guesses[g], sums[g-1], sums[g], w)
		}
	}
	return spreadExcess(cols, guesses[3], w-sums[3])
}

// interpolate returns the columns' widths between guesses a (summing to
// sa) and b (sb) for a total of w, sa <= w <= sb.
func interpolate(a, b []Fixed, sa, sb, w Fixed) []Fixed {
	out := make([]Fixed, len(a))
	var total Fixed
	for i := range a {
		out[i] = a[i]
		if sb > sa {
			out[i] += Fixed(int64(b[i]-a[i]) * int64(w-sa) / int64(sb-sa))
		}
		total += out[i]
	}
	fixRounding(out, w-total)
	return out
}

// fixRounding gives the rounding remainder d to the last column that can
// take it.
func fixRounding(out []Fixed, d Fixed) {
	for i := len(out) - 1; i >= 0 && d != 0; i-- {
		if out[i]+d >= 0 {
			out[i] += d
			return
		}
	}
}

// spreadExcess distributes extra width over columns sized base: "If there
// are non-constrained columns that have originating cells with intrinsic
// percentage width of 0% and with nonzero max-content width ... the
// distributed widths of the columns are increased by amounts proportional
// to their max-content widths", else over the other kinds in turn.
func spreadExcess(cols []tableColumn, base []Fixed, extra Fixed) []Fixed {
	out := append([]Fixed(nil), base...)
	kinds := []func(c tableColumn) (bool, float64){
		func(c tableColumn) (bool, float64) { return !c.fixed && c.pct == 0 && c.max > 0, float64(c.max) },
		func(c tableColumn) (bool, float64) { return !c.fixed && c.pct == 0, 1 },
		func(c tableColumn) (bool, float64) { return c.fixed && c.max > 0, float64(c.max) },
		func(c tableColumn) (bool, float64) { return c.pct > 0, c.pct },
		func(c tableColumn) (bool, float64) { return true, 1 },
	}
	for _, kind := range kinds {
		var total float64
		last := -1
		for i, c := range cols {
			if ok, wt := kind(c); ok {
				total += wt
				last = i
			}
		}
		if last < 0 || total <= 0 {
			continue
		}
		var given Fixed
		for i, c := range cols {
			ok, wt := kind(c)
			if !ok {
				continue
			}
			d := Fixed(float64(extra) * wt / total)
			if i == last {
				d = extra - given
			}
			out[i] += d
			given += d
		}
		return out
	}
	return out
}

// fixedColumnWidths computes column widths with the fixed table layout
// algorithm for a grid content width w (spacing excluded).
// https://www.w3.org/TR/CSS22/tables.html#fixed-table-layout
//  1. "A column element with a value other than 'auto' for the 'width'
//     property sets the width for that column."
//  2. "Otherwise, a cell in the first row with a value other than 'auto'
//     for the 'width' property determines the width for that column. If
//     the cell spans more than one column, the width is divided over the
//     columns."
//  3. "Any remaining columns equally divide the remaining horizontal table
//     space (minus borders or cell spacing)."
//
// The table grows when the widths exceed w ("the width of the table is
// then the greater of the value of the 'width' property for the table
// element and the sum of the column widths (plus cell spacing or
// borders)").
func fixedColumnWidths(t *tableInfo, w, hs Fixed) []Fixed {
	n := t.ncols
	out := make([]Fixed, n)
	set := make([]bool, n)
	for i, cb := range t.columns {
		if i < n && !cb.Style.Width.IsAuto() && !cb.Style.Width.IsIntrinsic() {
			out[i], set[i] = cssom.Max(cb.Style.Width.Resolve(w, 0), 0), true
		}
	}
	if len(t.rows) > 0 {
		for _, c := range t.rows[0].cells {
			spec := c.specified
			// AD-HOC: the sizing keywords on cells behave as auto, as
			// in Chromium 156.
			if spec.Width.IsAuto() || spec.Width.IsIntrinsic() || c.col+c.colSpan > n {
				continue
			}
			u := resolveEdges(c.box.Style, w)
			cw := spec.Width.Resolve(w, 0)
			if spec.BoxSizing != cssom.BorderBox {
				cw += u.hEdges()
			}
			cw = cssom.Max(cw-Fixed(c.colSpan-1)*hs, 0)
			for k := c.col; k < c.col+c.colSpan; k++ {
				if !set[k] {
					out[k], set[k] = cw/Fixed(c.colSpan), true
				}
			}
		}
	}
	var used Fixed
	free := 0
	for i := range out {
		if set[i] {
			used += out[i]
		} else {
			free++
		}
	}
	if free > 0 && w > used {
		share := (w - used) / Fixed(free)
		for i := range out {
			if !set[i] {
				out[i] = share
			}
		}
		fixRounding(out, w-used-share*Fixed(free))
	} else if free == 0 && used < w && n > 0 {
		// AD-HOC (as browsers do): the extra width goes to the columns in
		// proportion to their widths.
		cols := make([]tableColumn, n)
		for i := range cols {
			cols[i].max = out[i]
		}
		out = spreadExcess(cols, out, w-used)
	}
	return out
}
