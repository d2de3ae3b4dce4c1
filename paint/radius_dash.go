package paint

import (
	"image"
	"math"

	"golang.org/x/image/draw"

	"github.com/paneweb/pane/cssom"
)

// This file draws dotted and dashed sides of borders with rounded corners:
// the dashes or dots follow the centre line of the border all the way
// round, corner curves included, as Chromium strokes them. The centre line
// is the outer rounded rectangle inset by half of each side's width; a
// side's pattern is laid out over the whole closed line, with its own
// width, then cut to the side's wedge like the solid bands.
//
// https://www.w3.org/TR/css-backgrounds-3/#border-style: "dotted: a series
// of round dots", "dashed: a series of square-ended dashes"; the lengths
// are left to the UA.
//
// AD-HOC: as Chromium: the line starts on the top side where the top-left
// curve ends and runs clockwise; dashes are 2w long with gaps near w (3w
// and 2w below 3 px), the gap adjusted so that a whole number of dashes
// goes round; dots of diameter w (square below 4 px) are spaced about 2w
// apart from centre to centre.

// centreLine is a closed polyline in device px with its cumulative
// lengths: pts[i] is at distance at[i] from pts[0]; the last point is the
// first again.
type centreLine struct {
	pts [][2]float32
	at  []float32
}

// roundedCentreLine returns the centre line of a border of outer edge o
// (radii rd) and device widths w (top, right, bottom, left).
func roundedCentreLine(o fRect, rd devRadii, w [4]int) centreLine {
	var half [4]float32
	for i := range w {
		half[i] = float32(w[i]) / 2
	}
	c := o.inset(half)
	rc := shrinkDev(rd, half)
	var l centreLine
	add := func(x, y float32) {
		if n := len(l.pts); n > 0 {
			p := l.pts[n-1]
			if p[0] == x && p[1] == y {
				return
			}
			l.at = append(l.at, l.at[n-1]+float32(math.Hypot(float64(x-p[0]), float64(y-p[1]))))
		} else {
			l.at = append(l.at, 0)
		}
		l.pts = append(l.pts, [2]float32{x, y})
	}
	// arc adds a quarter ellipse of radii (a, b) around centre (cx, cy)
	// from angle t0 to t0+π/2 (y down, clockwise on screen).
	arc := func(cx, cy, a, b float32, t0 float64) {
		n := int(math.Ceil(float64(max(a, b)) * math.Pi / 2 / 2))
		n = min(max(n, 4), 64)
		for k := 1; k <= n; k++ {
			t := t0 + math.Pi/2*float64(k)/float64(n)
			add(cx+a*float32(math.Cos(t)), cy+b*float32(math.Sin(t)))
		}
	}
	tl, tr, br, bl := rc[TopLeft], rc[TopRight], rc[BottomRight], rc[BottomLeft]
	add(c.x0+tl[0], c.y0)
	add(c.x1-tr[0], c.y0)
	arc(c.x1-tr[0], c.y0+tr[1], tr[0], tr[1], -math.Pi/2)
	add(c.x1, c.y1-br[1])
	arc(c.x1-br[0], c.y1-br[1], br[0], br[1], 0)
	add(c.x0+bl[0], c.y1)
	arc(c.x0+bl[0], c.y1-bl[1], bl[0], bl[1], math.Pi/2)
	add(c.x0, c.y0+tl[1])
	arc(c.x0+tl[0], c.y0+tl[1], tl[0], tl[1], math.Pi)
	first := l.pts[0]
	if last := l.pts[len(l.pts)-1]; last != first {
		add(first[0], first[1])
	}
	return l
}

// length returns the length of the closed line.
func (l *centreLine) length() float32 { return l.at[len(l.at)-1] }

// pointAt returns the point at distance d along the line and the unit
// direction of the segment there.
func (l *centreLine) pointAt(d float32) (p, dir [2]float32) {
	i := 1
	for i < len(l.at)-1 && l.at[i] < d {
		i++
	}
	a, b := l.pts[i-1], l.pts[i]
	seg := l.at[i] - l.at[i-1]
	dir = [2]float32{1, 0}
	if seg > 0 {
		dir = [2]float32{(b[0] - a[0]) / seg, (b[1] - a[1]) / seg}
	}
	t := float32(0)
	if seg > 0 {
		t = min(max((d-l.at[i-1])/seg, 0), 1)
	}
	return [2]float32{a[0] + (b[0]-a[0])*t, a[1] + (b[1]-a[1])*t}, dir
}

// dashPattern returns the dash and gap lengths of a dashed (or thin
// dotted) side of width w along a closed line of length total. Dashes get
// the gap nearest the ideal one that makes a whole number of them go
// round; thin dots keep gaps of w, the last one cut where the line closes
// (as Chromium draws them). ok is false when there is no room for dashes
// (the line is drawn solid).
func dashPattern(style cssom.BorderStyle, w, total float32) (dash, gap float32, ok bool) {
	dash, gap = w, w
	if style == cssom.BorderDashed {
		dash, gap = 3*w, 2*w
		if w >= 3 {
			dash, gap = 2*w, w
		}
	}
	switch {
	case total <= 2*dash:
		return 0, 0, false
	case total <= dash+gap:
		f := total / (dash + gap)
		return dash * f, gap * f, true
	case style != cssom.BorderDashed:
		return dash, gap, true
	}
	fewer := float32(math.Floor(float64(total / (dash + gap))))
	more := fewer + 1
	g0 := (total - fewer*dash) / fewer
	g1 := (total - more*dash) / more
	if g1 <= 0 || abs32(g0-gap) < abs32(g1-gap) {
		return dash, g0, true
	}
	return dash, g1, true
}

// dotSpacing returns the distance between the centres of round dots of
// diameter w going round a closed line of length total: the whole number
// of dots whose gaps come nearest w.
func dotSpacing(w, total float32) float32 {
	fewer := max(float32(math.Floor(float64(total/(2*w)))), 1)
	more := fewer + 1
	g0 := (total - fewer*w) / fewer
	g1 := (total - more*w) / more
	if g1 <= 0 || abs32(g0-w) < abs32(g1-w) {
		return g0 + w
	}
	return g1 + w
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// patternMask returns the coverage over vis of the dashes or dots of a
// side of device width w and style dotted or dashed along the centre line
// l; solid reports that the line is too short for a pattern (the side is
// then drawn as a solid band).
func (r *rasterizer) patternMask(vis image.Rectangle, l *centreLine, style cssom.BorderStyle, w int) (m *image.Alpha, solid bool) {
	total := l.length()
	fw := float32(w)
	ox, oy := float32(vis.Min.X), float32(vis.Min.Y)
	// Dashes and dots whose start lies farther than 4w outside vis cannot
	// reach into it (a dash is at most 3w long).
	reach := 4 * fw
	near := func(p [2]float32) bool {
		return p[0] > ox-reach && p[1] > oy-reach && p[0] < float32(vis.Max.X)+reach && p[1] < float32(vis.Max.Y)+reach
	}
	r.z.Reset(vis.Dx(), vis.Dy())
	r.z.DrawOp = draw.Src
	if style == cssom.BorderDotted && w >= 4 {
		step := dotSpacing(fw, total)
		if !(step > 0) {
			return nil, true
		}
		for d := float32(0); d < total-0.5; d += step {
			if p, _ := l.pointAt(d); near(p) {
				ellipsePath(&r.z, p[0]-ox, p[1]-oy, fw/2, fw/2)
			}
		}
	} else {
		dash, gap, ok := dashPattern(style, fw, total)
		if !ok {
			return nil, true
		}
		for d := float32(0); d < total; d += dash + gap {
			if p, _ := l.pointAt(d); near(p) {
				r.addDash(l, d, min(d+dash, total), fw/2, ox, oy)
			}
		}
	}
	m = image.NewAlpha(vis)
	r.z.Draw(m, vis, image.Opaque, image.Point{})
	return m, false
}

// addDash adds the outline of the dash from distance d0 to d1 along l,
// half wide on each side of it, with square (butt) ends: the points of
// the line between, offset along their normals out then back in.
func (r *rasterizer) addDash(l *centreLine, d0, d1, half, ox, oy float32) {
	var pts, dirs [][2]float32
	p, dir := l.pointAt(d0)
	pts, dirs = append(pts, p), append(dirs, dir)
	for i := 1; i < len(l.pts)-1; i++ {
		if at := l.at[i]; at > d0 && at < d1 {
			a, b := l.pts[i-1], l.pts[i+1]
			pts, dirs = append(pts, l.pts[i]), append(dirs, [2]float32{b[0] - a[0], b[1] - a[1]})
		}
	}
	p, dir = l.pointAt(d1)
	pts, dirs = append(pts, p), append(dirs, dir)
	off := func(i int, s float32) (float32, float32) {
		n := dirs[i]
		ln := float32(math.Hypot(float64(n[0]), float64(n[1])))
		if ln == 0 {
			ln = 1
		}
		return pts[i][0] - n[1]/ln*half*s - ox, pts[i][1] + n[0]/ln*half*s - oy
	}
	x, y := off(0, 1)
	r.z.MoveTo(x, y)
	for i := 1; i < len(pts); i++ {
		x, y = off(i, 1)
		r.z.LineTo(x, y)
	}
	for i := len(pts) - 1; i >= 0; i-- {
		x, y = off(i, -1)
		r.z.LineTo(x, y)
	}
	r.z.ClosePath()
}

// accumulatePattern adds colour c times the coverage of side s's dots or
// dashes, cut to its wedge, to acc over vis; it reports false when the
// side has no room for a pattern and must be drawn solid.
func (r *rasterizer) accumulatePattern(acc []uint32, vis image.Rectangle, outer fRect, rd devRadii, w [4]int, sb *sideBands, wedge *image.Alpha) bool {
	l := roundedCentreLine(outer, rd, w)
	if len(l.pts) < 3 {
		return false
	}
	m, solid := r.patternMask(vis, &l, sb.style, sb.w)
	if solid {
		return false
	}
	c := sb.b[0].c
	for i, cov := range m.Pix {
		if cov == 0 {
			continue
		}
		k := div255(uint32(cov) * uint32(wedge.Pix[i]))
		acc[4*i] += c.r * k
		acc[4*i+1] += c.g * k
		acc[4*i+2] += c.b * k
		acc[4*i+3] += c.a * k
	}
	return true
}
