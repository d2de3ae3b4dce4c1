package paint

import (
	"image"

	"golang.org/x/image/draw"

	"github.com/paneweb/pane/cssom"
)

// This file draws borders with rounded corners: each band of each side is
// a ring between two rounded rectangles (the outer edge inset by the band's
// offsets, with radii shrunk by the same amounts), cut to the side's wedge:
// the region between the lines from the outer corners through the inner
// corners. All sides' coverage is summed before compositing, so that sides
// of different colours meet without a seam.
//
// https://www.w3.org/TR/css-backgrounds-3/#corner-shaping
// Dotted and dashed sides follow the curves (radius_dash.go).

// roundedBorder draws a border whose outer edge is the rounded rectangle
// box with radii rd, with snapped widths w.
func (r *rasterizer) roundedBorder(box image.Rectangle, w [4]int, sides *[4]sideBands, rd devRadii) {
	vis := box.Intersect(r.clip).Intersect(r.target.Bounds())
	if vis.Empty() {
		return
	}
	outer := snappedF(box)
	if c, ok := uniformSolid(sides, w); ok {
		var wf [4]float32
		for i := range w {
			wf[i] = float32(w[i])
		}
		in := outer.inset(wf)
		r.roundedStrips(box, vis, rd, w, c, &in, shrinkDev(rd, wf))
		return
	}
	n := vis.Dx() * vis.Dy()
	if cap(r.acc) < 4*n {
		r.acc = make([]uint32, 4*n)
	}
	acc := r.acc[:4*n]
	clear(acc)
	for s := range 4 {
		sb := &sides[s]
		if sb.n == 0 || w[s] == 0 {
			continue
		}
		wedge := r.wedgeMask(vis, outer, w, s)
		if (sb.style == cssom.BorderDotted || sb.style == cssom.BorderDashed) &&
			r.accumulatePattern(acc, vis, outer, rd, w, sb, wedge) { // radius_dash.go
			continue
		}
		for _, b := range sb.b[:sb.n] {
			f0, f1 := float32(b.o0)/float32(w[s]), float32(b.o1)/float32(w[s])
			r.accumulateRing(acc, vis, outer, rd, w, f0, f1, wedge, b.c)
		}
	}
	r.compositeAcc(acc, vis)
}

// accumulateRing adds colour c times the coverage of the ring between
// fractions f0 and f1 of every side's width (times the wedge's coverage,
// when not nil) to acc, over vis.
func (r *rasterizer) accumulateRing(acc []uint32, vis image.Rectangle, outer fRect, rd devRadii, w [4]int, f0, f1 float32, wedge *image.Alpha, c pcolor) {
	var w0, w1 [4]float32
	for s := range 4 {
		w0[s], w1[s] = float32(w[s])*f0, float32(w[s])*f1
	}
	o := outer.inset(w0)
	in := outer.inset(w1)
	m := r.roundedMask(vis, o, shrinkDev(rd, w0), &in, shrinkDev(rd, w1))
	for i, cov := range m.Pix {
		if cov == 0 {
			continue
		}
		k := uint32(cov)
		if wedge != nil {
			k = div255(k * uint32(wedge.Pix[i]))
		}
		acc[4*i] += c.r * k
		acc[4*i+1] += c.g * k
		acc[4*i+2] += c.b * k
		acc[4*i+3] += c.a * k
	}
}

// shrinkDev returns device radii shrunk by widths (top, right, bottom,
// left), a corner going square when either radius reaches zero.
func shrinkDev(rd devRadii, w [4]float32) devRadii {
	side := [4][2]int{{cssom.Left, cssom.Top}, {cssom.Right, cssom.Top}, {cssom.Right, cssom.Bottom}, {cssom.Left, cssom.Bottom}}
	var out devRadii
	for i, s := range side {
		h, v := rd[i][0]-w[s[0]], rd[i][1]-w[s[1]]
		if h > 0 && v > 0 {
			out[i] = [2]float32{h, v}
		}
	}
	return out
}

// wedgeMask returns the coverage of side s's wedge over vis: the
// quadrilateral from the side's two outer corners inwards along the lines
// through the inner corners, far enough to cover the corner curves but not
// past the wedge of the opposite side.
func (r *rasterizer) wedgeMask(vis image.Rectangle, o fRect, w [4]int, s int) *image.Alpha {
	wt, wr, wb, wl := float32(w[cssom.Top]), float32(w[cssom.Right]), float32(w[cssom.Bottom]), float32(w[cssom.Left])
	k := float32(1 << 20)
	if wt+wb > 0 {
		k = min(k, (o.y1-o.y0)/(wt+wb))
	}
	if wl+wr > 0 {
		k = min(k, (o.x1-o.x0)/(wl+wr))
	}
	k = max(k, 1)
	var q [4][2]float32
	switch s {
	case cssom.Top:
		q = [4][2]float32{{o.x0, o.y0}, {o.x1, o.y0}, {o.x1 - k*wr, o.y0 + k*wt}, {o.x0 + k*wl, o.y0 + k*wt}}
	case cssom.Right:
		q = [4][2]float32{{o.x1, o.y0}, {o.x1, o.y1}, {o.x1 - k*wr, o.y1 - k*wb}, {o.x1 - k*wr, o.y0 + k*wt}}
	case cssom.Bottom:
		q = [4][2]float32{{o.x1, o.y1}, {o.x0, o.y1}, {o.x0 + k*wl, o.y1 - k*wb}, {o.x1 - k*wr, o.y1 - k*wb}}
	default:
		q = [4][2]float32{{o.x0, o.y1}, {o.x0, o.y0}, {o.x0 + k*wl, o.y0 + k*wt}, {o.x0 + k*wl, o.y1 - k*wb}}
	}
	m := image.NewAlpha(vis)
	ox, oy := float32(vis.Min.X), float32(vis.Min.Y)
	r.z.Reset(vis.Dx(), vis.Dy())
	r.z.DrawOp = draw.Src
	r.z.MoveTo(q[0][0]-ox, q[0][1]-oy)
	for _, p := range q[1:] {
		r.z.LineTo(p[0]-ox, p[1]-oy)
	}
	r.z.ClosePath()
	r.z.Draw(m, vis, image.Opaque, image.Point{})
	return m
}

// compositeAcc composites summed premultiplied colour × coverage (acc,
// four channels per pixel of vis, scaled by 255) over the target.
func (r *rasterizer) compositeAcc(acc []uint32, vis image.Rectangle) {
	r.compositeAccIn(acc, vis, vis)
}

// compositeAccIn is compositeAcc for the pixels of rc only, where acc covers
// the rectangle origin.
func (r *rasterizer) compositeAccIn(acc []uint32, origin, rc image.Rectangle) {
	dst := r.target
	w := origin.Dx()
	for y := rc.Min.Y; y < rc.Max.Y; y++ {
		for x := rc.Min.X; x < rc.Max.X; x++ {
			i := 4 * ((y-origin.Min.Y)*w + x - origin.Min.X)
			sa := min(div255(acc[i+3]), 255)
			if sa == 0 {
				continue
			}
			j := dst.PixOffset(x, y)
			d := dst.Pix[j : j+4 : j+4]
			ia := 255 - sa
			for ch := range 3 {
				d[ch] = uint8(min(min(div255(acc[i+ch]), sa)+div255(uint32(d[ch])*ia), 255))
			}
			d[3] = uint8(min(sa+div255(uint32(d[3])*ia), 255))
		}
	}
}
