package layout

import "github.com/paneweb/pane/cssom"

// Absolutely positioned children of a grid container
// (https://www.w3.org/TR/css-grid-1/#abspos): their static position, and
// the grid area their grid-placement properties name as their containing
// block when the grid container is positioned.

// placeAbs lays out the absolutely positioned children. A child whose
// containing block is the grid container is placed in the area its grid
// lines name, auto lines standing for the padding edges ("augmented
// grid"); otherwise it sits at its static position: "as if it were the
// sole grid item in a grid area whose edges coincide with the content
// edges of the grid container", aligned by justify-self and align-self
// (normal and stretch as start). h is the content height.
// https://www.w3.org/TR/css-grid-1/#static-position
// TODO(spec): grid areas of right-to-left containers (static position
// there); stretch self-alignment.
func (g *gridLayout) placeAbs(cb containingBlock, h Fixed) []*Fragment {
	var out []*Fragment
	rtl := g.st.Direction == "rtl"
	for _, c := range g.abs {
		area, inArea := g.absArea(c, cb, h)
		if inArea {
			g.l.absCB = append(g.l.absCB, containingBlock{w: area.W, h: area.H, hDefinite: true})
		}
		f := g.l.layoutAbsBox(c)
		if !inArea {
			area = Rect{W: cb.w, H: h}
		} else {
			g.l.absCB = g.l.absCB[:len(g.l.absCB)-1]
		}
		a := [2]cssom.Align{c.Style.JustifySelf, c.Style.AlignSelf}
		items := [2]cssom.Align{g.st.JustifyItems, g.st.AlignItems}
		free := [2]Fixed{area.W - f.Rect.W - f.Margin[cssom.Left] - f.Margin[cssom.Right],
			area.H - f.Rect.H - f.Margin[cssom.Top] - f.Margin[cssom.Bottom]}
		var off [2]Fixed
		for axis := range a {
			if a[axis] == cssom.AlignAuto {
				a[axis] = items[axis]
			}
			off[axis] = alignOffset(a[axis], free[axis], rtl && axis == 0)
		}
		f.Rect.X, f.Rect.Y = area.X+off[0]+f.Margin[cssom.Left], area.Y+off[1]+f.Margin[cssom.Top]
		if cb.rtl && !inArea {
			f.Rect.X = cb.w - f.Rect.X - f.Rect.W
		}
		if inArea {
			// The insets apply in the grid area now, not in the
			// container's padding box where absolutize would put them.
			placeAbsolute(f, area)
			delete(g.l.abs, f)
		}
		out = append(out, f)
	}
	return out
}

// absArea returns the grid area of absolutely positioned child c, relative
// to the content box, and whether the grid container is its containing
// block.
// https://www.w3.org/TR/css-grid-1/#abspos-items
func (g *gridLayout) absArea(c *Box, cb containingBlock, h Fixed) (Rect, bool) {
	if g.st.Position == cssom.PositionStatic || c.Style.Position != cssom.PositionAbsolute || cb.rtl {
		return Rect{}, false
	}
	u := g.u
	r := Rect{X: -u.padding[cssom.Left], Y: -u.padding[cssom.Top],
		W: cb.w + u.padding[cssom.Left] + u.padding[cssom.Right], H: h + u.padding[cssom.Top] + u.padding[cssom.Bottom]}
	for axis := 0; axis < 2; axis++ {
		s, e := g.absLines(c.Style, axis)
		start, end := r.X, r.X+r.W
		if axis == 1 {
			start, end = r.Y, r.Y+r.H
		}
		if s >= 0 {
			start = g.lineCoord(axis, s)
		}
		if e >= 0 {
			end = g.lineCoord(axis, e)
		}
		if axis == 0 {
			r.X, r.W = start, cssom.Max(end-start, 0)
		} else {
			r.Y, r.H = start, cssom.Max(end-start, 0)
		}
	}
	return r, true
}

// absLines resolves an absolutely positioned child's grid lines on one
// axis to line indices of the grid (0 to count), -1 for an auto line:
// "If a grid-placement property refers to a non-existent line either by
// explicitly specifying such a line or by spanning outside of the
// existing implicit grid, it is instead treated as specifying auto";
// a placement that is only a span is auto on both sides.
func (g *gridLayout) absLines(st *cssom.ComputedStyle, axis int) (int, int) {
	s, e := gridLines(st, axis)
	if s.Span && e.Span {
		e = cssom.GridLine{}
	}
	off, n := g.offset[axis], g.count[axis]
	check := func(k int) int {
		if k < 0 || k > n {
			return -1
		}
		return k
	}
	sl, el := -1, -1
	if !s.IsAuto() && !s.Span {
		sl = check(g.linePosition(axis, s, true) + off)
	}
	if !e.IsAuto() && !e.Span {
		el = check(g.linePosition(axis, e, false) + off)
	}
	if s.Span && el >= 0 {
		sl = check(g.spanEnd(axis, el-off, s, false) + off)
	}
	if e.Span && sl >= 0 {
		el = check(g.spanEnd(axis, sl-off, e, true) + off)
	}
	if sl >= 0 && el >= 0 {
		if sl > el {
			sl, el = el, sl
		}
		if sl == el {
			el = check(sl + 1)
		}
	}
	return sl, el
}

// lineCoord returns the offset of grid line k (0 to count) from the
// content box start on an axis.
func (g *gridLayout) lineCoord(axis, k int) Fixed {
	tr := g.ts[axis].tracks
	if len(tr) == 0 {
		return 0
	}
	if k < len(tr) {
		return tr[k].pos
	}
	last := &tr[len(tr)-1]
	return last.pos + last.base
}
