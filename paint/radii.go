package paint

import (
	"image"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/vector"

	"github.com/paneweb/pane/cssom"
)

// This file holds rounded rectangles: the used border radii of a box
// (https://www.w3.org/TR/css-backgrounds-3/#border-radius), their inner and
// outer offsets, and their coverage masks in device pixels.

// Corners, as indices into Radii.
const (
	TopLeft = iota
	TopRight
	BottomRight
	BottomLeft
)

// Radii are the used corner radii of a rounded rectangle in CSS px, indexed
// TopLeft, TopRight, BottomRight, BottomLeft; each corner holds its
// horizontal then its vertical radius. A corner with either radius zero is
// square. The zero value is a plain rectangle.
type Radii [4][2]Fixed

// IsZero reports whether every corner is square.
func (r Radii) IsZero() bool {
	for _, c := range r {
		if c[0] > 0 && c[1] > 0 {
			return false
		}
	}
	return true
}

// usedRadii returns the used border radii of a box whose border box is box:
// percentages resolve against the box's width (horizontal radii) and height
// (vertical radii), then all radii shrink by one factor until no two
// adjacent radii overlap.
//
// https://www.w3.org/TR/css-backgrounds-3/#corner-overlap
// "Let f = min(Li/Si), where i ∈ {top, right, bottom, left}, Si is the sum
// of the two corresponding radii of the corners on side i, and Ltop =
// Lbottom = the width of the box, and Lleft = Lright = the height of the
// box. If f < 1, then all corner radii are reduced by multiplying them by
// f."
func usedRadii(s *cssom.ComputedStyle, box Rect) Radii {
	var r Radii
	for i := range 4 {
		h := max(0, s.BorderRadius[i].Resolve(box.W, 0))
		v := max(0, s.BorderRadiusY[i].Resolve(box.H, 0))
		if h > 0 && v > 0 {
			r[i] = [2]Fixed{h, v}
		}
	}
	if r.IsZero() {
		return Radii{}
	}
	f := 1.0
	ratio := func(l, a, b Fixed) {
		if sum := a + b; sum > 0 && l >= 0 {
			f = min(f, float64(l)/float64(sum))
		}
	}
	ratio(box.W, r[TopLeft][0], r[TopRight][0])
	ratio(box.W, r[BottomLeft][0], r[BottomRight][0])
	ratio(box.H, r[TopLeft][1], r[BottomLeft][1])
	ratio(box.H, r[TopRight][1], r[BottomRight][1])
	if f < 1 {
		for i := range r {
			r[i][0] = r[i][0].MulFloat(f)
			r[i][1] = r[i][1].MulFloat(f)
		}
	}
	return r
}

// shrink returns the radii of the rectangle inset by the widths (top,
// right, bottom, left) from r's: the inner border edge's radii, "the outer
// radius minus the corresponding border thickness", floored at zero.
//
// https://www.w3.org/TR/css-backgrounds-3/#corner-shaping
func (r Radii) shrink(w cssom.Edges[Fixed]) Radii {
	side := [4][2]int{{cssom.Left, cssom.Top}, {cssom.Right, cssom.Top}, {cssom.Right, cssom.Bottom}, {cssom.Left, cssom.Bottom}}
	var out Radii
	for i, s := range side {
		out[i] = [2]Fixed{max(0, r[i][0]-w[s[0]]), max(0, r[i][1]-w[s[1]])}
		if out[i][0] == 0 || out[i][1] == 0 {
			out[i] = [2]Fixed{}
		}
	}
	return out
}

// spread returns the radii of a shadow shape spread by s (negative
// shrinks): each radius grows by s, except that a radius r smaller than |s|
// grows by s·(1 + (r/|s| − 1)³) so that sharp corners stay sharp; floored
// at zero.
//
// https://www.w3.org/TR/css-backgrounds-3/#shadow-shape
func (r Radii) spread(s Fixed) Radii {
	if s == 0 {
		return r
	}
	abs := float64(s)
	if abs < 0 {
		abs = -abs
	}
	var out Radii
	for i := range r {
		if r[i][0] <= 0 || r[i][1] <= 0 {
			continue
		}
		for k := range 2 {
			d := float64(s)
			if q := float64(r[i][k]) / abs; q < 1 {
				c := q - 1
				d *= 1 + c*c*c
			}
			out[i][k] = max(0, r[i][k]+Fixed(math.Round(d)))
		}
		if out[i][0] == 0 || out[i][1] == 0 {
			out[i] = [2]Fixed{}
		}
	}
	return out
}

// outset grows a rectangle by d on every side (shrinks for negative d).
func outset(rc Rect, d Fixed) Rect {
	return Rect{X: rc.X - d, Y: rc.Y - d, W: max(0, rc.W+2*d), H: max(0, rc.H+2*d)}
}

// devRadii are radii in device px.
type devRadii [4][2]float32

func (r *rasterizer) devRadii(rd Radii) devRadii {
	var d devRadii
	for i := range rd {
		d[i] = [2]float32{float32(rd[i][0].Float() * r.scale), float32(rd[i][1].Float() * r.scale)}
	}
	return d
}

// kappa is the control point distance of a cubic Bézier quarter circle.
const kappa = 0.5522847498

// ellipsePath adds the ellipse centred at (cx, cy) with radii rx and ry to
// z, as four cubic Béziers (a circle when rx = ry).
func ellipsePath(z *vector.Rasterizer, cx, cy, rx, ry float32) {
	kx, ky := rx*kappa, ry*kappa
	z.MoveTo(cx+rx, cy)
	z.CubeTo(cx+rx, cy+ky, cx+kx, cy+ry, cx, cy+ry)
	z.CubeTo(cx-kx, cy+ry, cx-rx, cy+ky, cx-rx, cy)
	z.CubeTo(cx-rx, cy-ky, cx-kx, cy-ry, cx, cy-ry)
	z.CubeTo(cx+kx, cy-ry, cx+rx, cy-ky, cx+rx, cy)
	z.ClosePath()
}

// roundedPath adds the outline of a rounded rectangle (x0, y0)-(x1, y1),
// device px relative to the rasterizer's origin, to z: clockwise, or
// counter-clockwise when ccw (a hole in an enclosing clockwise path). The
// radii are first scaled down to fit, as usedRadii does.
func roundedPath(z *vector.Rasterizer, x0, y0, x1, y1 float32, rd devRadii, ccw bool) {
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 {
		return
	}
	f := float32(1)
	fit := func(l, a, b float32) {
		if a+b > l {
			f = min(f, l/(a+b))
		}
	}
	fit(w, rd[TopLeft][0], rd[TopRight][0])
	fit(w, rd[BottomLeft][0], rd[BottomRight][0])
	fit(h, rd[TopLeft][1], rd[BottomLeft][1])
	fit(h, rd[TopRight][1], rd[BottomRight][1])
	for i := range rd {
		rd[i][0] *= f
		rd[i][1] *= f
	}
	// The corners clockwise from the top-left, each as: the point where
	// the arc starts (coming from the previous side), the corner, the
	// point where it ends.
	type pt struct{ x, y float32 }
	tl, tr, br, bl := rd[TopLeft], rd[TopRight], rd[BottomRight], rd[BottomLeft]
	corners := [4][3]pt{
		{{x0, y0 + tl[1]}, {x0, y0}, {x0 + tl[0], y0}},
		{{x1 - tr[0], y0}, {x1, y0}, {x1, y0 + tr[1]}},
		{{x1, y1 - br[1]}, {x1, y1}, {x1 - br[0], y1}},
		{{x0 + bl[0], y1}, {x0, y1}, {x0, y1 - bl[1]}},
	}
	if ccw {
		// Reverse: walk the corners backwards, each arc end to start.
		for i, j := 0, 3; i < j; i, j = i+1, j-1 {
			corners[i], corners[j] = corners[j], corners[i]
		}
		for i := range corners {
			corners[i][0], corners[i][2] = corners[i][2], corners[i][0]
		}
	}
	z.MoveTo(corners[0][0].x, corners[0][0].y)
	for i, c := range corners {
		if i > 0 {
			z.LineTo(c[0].x, c[0].y)
		}
		if c[0] != c[2] {
			// A quarter ellipse from c[0] to c[2] around corner c[1].
			z.CubeTo(c[0].x+(c[1].x-c[0].x)*kappa, c[0].y+(c[1].y-c[0].y)*kappa,
				c[2].x+(c[1].x-c[2].x)*kappa, c[2].y+(c[1].y-c[2].y)*kappa, c[2].x, c[2].y)
		}
	}
	z.ClosePath()
}

// fRect is a rectangle in device px, unsnapped.
type fRect struct{ x0, y0, x1, y1 float32 }

func (r *rasterizer) devRect(rc Rect) fRect {
	return fRect{float32(r.devX(rc.X)), float32(r.devY(rc.Y)), float32(r.devX(rc.X + rc.W)), float32(r.devY(rc.Y + rc.H))}
}

// snappedF returns a snapped device rectangle as an fRect.
func snappedF(b image.Rectangle) fRect {
	return fRect{float32(b.Min.X), float32(b.Min.Y), float32(b.Max.X), float32(b.Max.Y)}
}

// inset shrinks a device rectangle by the widths top, right, bottom, left.
func (f fRect) inset(w [4]float32) fRect {
	return fRect{f.x0 + w[cssom.Left], f.y0 + w[cssom.Top], f.x1 - w[cssom.Right], f.y1 - w[cssom.Bottom]}
}

// roundedMask returns the coverage of the rounded rectangle rc (device px)
// over the device area area, as an Alpha whose Rect is area. When hole is
// set, the coverage of the rounded rectangle hole is taken out of it.
func (r *rasterizer) roundedMask(area image.Rectangle, rc fRect, rd devRadii, hole *fRect, holeRadii devRadii) *image.Alpha {
	m := image.NewAlpha(area)
	if area.Empty() {
		return m
	}
	ox, oy := float32(area.Min.X), float32(area.Min.Y)
	r.z.Reset(area.Dx(), area.Dy())
	r.z.DrawOp = draw.Src
	roundedPath(&r.z, rc.x0-ox, rc.y0-oy, rc.x1-ox, rc.y1-oy, rd, false)
	if hole != nil {
		roundedPath(&r.z, hole.x0-ox, hole.y0-oy, hole.x1-ox, hole.y1-oy, holeRadii, true)
	}
	r.z.Draw(m, area, image.Opaque, area.Min)
	return m
}

// fillRounded fills the rounded rectangle with snapped device bounds box
// and radii rd with c, anti-aliased, under the clip.
func (r *rasterizer) fillRounded(box image.Rectangle, rd devRadii, c pcolor) {
	vis := box.Intersect(r.clip).Intersect(r.target.Bounds())
	if vis.Empty() {
		return
	}
	r.roundedStrips(box, vis, rd, [4]int{}, c, nil, devRadii{})
}

// roundedStrips composites c through the coverage of the rounded rectangle
// box (with radii rd), less the inner rounded rectangle inset by widths w
// when inner is set (a ring), over vis. Only the rows the corners reach are
// rasterized; the rows between are filled as plain rectangles: the whole
// row for a fill, the left and right sides for a ring.
func (r *rasterizer) roundedStrips(box, vis image.Rectangle, rd devRadii, w [4]int, c pcolor, inner *fRect, innerRd devRadii) {
	top := max(int(math.Ceil(float64(max(rd[TopLeft][1], rd[TopRight][1])))), w[cssom.Top])
	bot := max(int(math.Ceil(float64(max(rd[BottomLeft][1], rd[BottomRight][1])))), w[cssom.Bottom])
	outer := snappedF(box)
	strips := [2]image.Rectangle{vis, {}}
	var mid image.Rectangle
	if top+bot < box.Dy() {
		strips[0] = image.Rect(box.Min.X, box.Min.Y, box.Max.X, box.Min.Y+top).Intersect(vis)
		strips[1] = image.Rect(box.Min.X, box.Max.Y-bot, box.Max.X, box.Max.Y).Intersect(vis)
		mid = image.Rect(box.Min.X, box.Min.Y+top, box.Max.X, box.Max.Y-bot).Intersect(vis)
	}
	for _, st := range strips {
		if st.Empty() {
			continue
		}
		m := r.roundedMask(st, outer, rd, inner, innerRd)
		maskOver(r.target, st, m, st.Min, c)
	}
	if mid.Empty() {
		return
	}
	if inner == nil {
		fillRect(r.target, mid, c, false)
		return
	}
	left := image.Rect(box.Min.X, mid.Min.Y, box.Min.X+w[cssom.Left], mid.Max.Y)
	right := image.Rect(box.Max.X-w[cssom.Right], mid.Min.Y, box.Max.X, mid.Max.Y)
	fillRect(r.target, left.Intersect(mid), c, false)
	fillRect(r.target, right.Intersect(mid), c, false)
}

// pushRoundedClip intersects the clip mask with a rounded rectangle.
func (r *rasterizer) pushRoundedClip(box image.Rectangle, rd devRadii) {
	area := r.clip
	m := r.roundedMask(area, snappedF(box), rd, nil, devRadii{})
	if old := r.clipMask; old != nil {
		for y := area.Min.Y; y < area.Max.Y; y++ {
			for x := area.Min.X; x < area.Max.X; x++ {
				i := m.PixOffset(x, y)
				var o uint32
				if (image.Point{x, y}).In(old.Rect) {
					o = uint32(old.Pix[old.PixOffset(x, y)])
				}
				m.Pix[i] = uint8(div255(uint32(m.Pix[i]) * o))
			}
		}
	}
	r.clipMask = m
}
