package paint

import (
	"image"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/vector"

	"github.com/paneweb/pane/cssom"
)

// This file draws borders. A side is one or more bands (solid: one; double
// and groove/ridge: two) between offsets from the outer edge. Each side's
// straight part, between the corners, is a plain device-pixel rectangle;
// each corner box is shared by two sides along the diagonal from the outer
// to the inner corner, and both sides' coverage is summed into one colour
// per pixel before compositing, so differently coloured sides meet without
// a seam.
//
// https://www.w3.org/TR/css-backgrounds-3/#border-style
// https://www.w3.org/TR/css-backgrounds-3/#corner-shaping

// band is a stripe of a border side: offsets o0..o1 device px from the
// outer edge, in one colour.
type band struct {
	o0, o1 int
	c      pcolor
}

// sideBands is a side's bands (at most two) and its dash pattern.
type sideBands struct {
	n     int
	b     [2]band
	style cssom.BorderStyle
	w     int
}

// snapBorderWidth converts a border width to device px "snapped as a border
// width": at least one device pixel when non-zero, else floored.
//
// https://www.w3.org/TR/css-values-4/#snap-a-length-as-a-border-width
func snapBorderWidth(w Fixed, scale float64) int {
	d := w.Float() * scale
	switch {
	case !(d > 0):
		return 0
	case d < 1:
		return 1
	}
	return int(math.Floor(d))
}

func (r *rasterizer) border(it *Border) {
	box := r.snapRect(it.Rect)
	if box.Empty() {
		return
	}
	var w [4]int
	for s := range 4 {
		if it.Colors[s].A != 0 && it.Styles[s] != cssom.BorderNone && it.Styles[s] != cssom.BorderHidden {
			w[s] = snapBorderWidth(it.Widths[s], r.scale)
		}
	}
	// Borders wider than the box shrink, bottom and right first.
	w[cssom.Top] = min(w[cssom.Top], box.Dy())
	w[cssom.Bottom] = min(w[cssom.Bottom], box.Dy()-w[cssom.Top])
	w[cssom.Left] = min(w[cssom.Left], box.Dx())
	w[cssom.Right] = min(w[cssom.Right], box.Dx()-w[cssom.Left])
	var sides [4]sideBands
	for s := range 4 {
		sides[s] = bandsFor(it.Styles[s], it.Colors[s], s, w[s])
	}
	if !it.Radii.IsZero() {
		r.roundedBorder(box, w, &sides, r.devRadii(it.Radii))
		return
	}
	if c, ok := uniformSolid(&sides, w); ok {
		r.solidFrame(box, w, c)
		return
	}
	r.straightParts(box, w, &sides)
	r.corners(box, w, &sides)
}

// uniformSolid reports whether every side with a width is a single solid
// band of one colour, and that colour.
func uniformSolid(sides *[4]sideBands, w [4]int) (pcolor, bool) {
	var c pcolor
	first := true
	for s := range 4 {
		if w[s] == 0 {
			continue
		}
		if sides[s].style != cssom.BorderSolid {
			return c, false
		}
		if first {
			c, first = sides[s].b[0].c, false
		} else if sides[s].b[0].c != c {
			return c, false
		}
	}
	return c, !first
}

// solidFrame fills a frame of one colour as four rectangles.
func (r *rasterizer) solidFrame(box image.Rectangle, w [4]int, c pcolor) {
	x0, y0, x1, y1 := box.Min.X, box.Min.Y, box.Max.X, box.Max.Y
	rects := [4]image.Rectangle{
		image.Rect(x0, y0, x1, y0+w[cssom.Top]),
		image.Rect(x0, y1-w[cssom.Bottom], x1, y1),
		image.Rect(x0, y0+w[cssom.Top], x0+w[cssom.Left], y1-w[cssom.Bottom]),
		image.Rect(x1-w[cssom.Right], y0+w[cssom.Top], x1, y1-w[cssom.Bottom]),
	}
	for _, rc := range rects {
		fillRect(r.target, rc.Intersect(r.clip), c, false)
	}
}

// darken is the darker shade of inset, outset, groove and ridge borders.
// AD-HOC: the spec leaves the shades to the UA; this darkens towards black
// by a third of the brightest channel, and turns black into dark grey so
// the shading stays visible.
func darken(c cssom.Color) cssom.Color {
	if c.R == 0 && c.G == 0 && c.B == 0 {
		return cssom.Color{R: 0x54, G: 0x54, B: 0x54, A: c.A}
	}
	v := float64(max(c.R, c.G, c.B)) / 255
	m := max(0, (v-0.33)/v)
	f := func(x uint8) uint8 { return uint8(math.Round(float64(x) * m)) }
	return cssom.Color{R: f(c.R), G: f(c.G), B: f(c.B), A: c.A}
}

// lighten is the lighter shade of inset, outset, groove and ridge
// borders. AD-HOC, as Chromium's Color::Light (measured in Chromium 156):
// the brightest channel grows by a third of full intensity, the others in
// proportion, truncated; black first becomes the dark grey of darken.
func lighten(c cssom.Color) cssom.Color {
	if c.R == 0 && c.G == 0 && c.B == 0 {
		c = darken(c)
	}
	v := float64(max(c.R, c.G, c.B)) / 255
	m := min(1, v+0.33) / v
	f := func(x uint8) uint8 { return uint8(min(255, float64(x)/255*m*255.99998)) }
	return cssom.Color{R: f(c.R), G: f(c.G), B: f(c.B), A: c.A}
}

// bandsFor returns the bands of one side.
//
// TODO(spec): dotted and dashed corners are drawn solid.
func bandsFor(style cssom.BorderStyle, c cssom.Color, side, w int) sideBands {
	sb := sideBands{style: style, w: w, n: 1}
	if w == 0 {
		sb.n = 0
		return sb
	}
	light, dark := premul(c), premul(darken(c))
	topLeft := side == cssom.Top || side == cssom.Left
	sb.b[0] = band{0, w, light}
	switch style {
	case cssom.BorderDouble:
		if w >= 3 {
			t := (w + 1) / 3
			sb.n, sb.b[0], sb.b[1] = 2, band{0, t, light}, band{w - t, w, light}
		}
	case cssom.BorderInset, cssom.BorderOutset:
		sb.b[0].c = premul(lighten(c))
		if (style == cssom.BorderInset) == topLeft {
			sb.b[0].c = dark
		}
	case cssom.BorderGroove, cssom.BorderRidge:
		light = premul(lighten(c))
		sb.b[0].c = light
		if w >= 2 {
			outer, inner := dark, light
			if (style == cssom.BorderRidge) == topLeft {
				outer, inner = light, dark
			}
			sb.n, sb.b[0], sb.b[1] = 2, band{0, w / 2, outer}, band{w / 2, w, inner}
		} else if style == cssom.BorderGroove == topLeft {
			sb.b[0].c = dark
		}
	}
	return sb
}

// straightParts draws each side between its corners.
func (r *rasterizer) straightParts(box image.Rectangle, w [4]int, sides *[4]sideBands) {
	x0, y0, x1, y1 := box.Min.X, box.Min.Y, box.Max.X, box.Max.Y
	for s := range 4 {
		sb := &sides[s]
		for _, b := range sb.b[:sb.n] {
			var rc image.Rectangle
			horizontal := s == cssom.Top || s == cssom.Bottom
			switch s {
			case cssom.Top:
				rc = image.Rect(x0+w[cssom.Left], y0+b.o0, x1-w[cssom.Right], y0+b.o1)
			case cssom.Bottom:
				rc = image.Rect(x0+w[cssom.Left], y1-b.o1, x1-w[cssom.Right], y1-b.o0)
			case cssom.Left:
				rc = image.Rect(x0+b.o0, y0+w[cssom.Top], x0+b.o1, y1-w[cssom.Bottom])
			case cssom.Right:
				rc = image.Rect(x1-b.o1, y0+w[cssom.Top], x1-b.o0, y1-w[cssom.Bottom])
			}
			// The corners' extents along the side, before and after.
			ext := [2]int{w[cssom.Left], w[cssom.Right]}
			if !horizontal {
				ext = [2]int{w[cssom.Top], w[cssom.Bottom]}
			}
			r.patterned(rc, horizontal, sb.style, sb.w, b.c, ext)
		}
	}
}

// patterned fills a side's straight part rc: whole for solid styles, else
// in dashes (2w long, 3w below 3 device px) or dots (w wide; round from 3
// device px). The pattern is laid out over the whole side, corners (ext
// before and after rc) included, so that a dash or dot sits at each end
// and they spread evenly between, gaps as near w (dashes; 2w below 3 device
// px) or w (dots) as fits; the corner boxes themselves are drawn with the
// corners.
//
// AD-HOC: the spec leaves dash and gap lengths to the UA.
func (r *rasterizer) patterned(rc image.Rectangle, horizontal bool, style cssom.BorderStyle, w int, c pcolor, ext [2]int) {
	if rc.Empty() {
		return
	}
	on, gap := 0, 0
	switch style {
	case cssom.BorderDashed:
		on, gap = 3*w, 2*w // as Chromium; radius_dash.go's dashPattern
		if w >= 3 {
			on, gap = 2*w, w
		}
	case cssom.BorderDotted:
		on, gap = w, w
	}
	lo, hi := rc.Min.Y, rc.Max.Y
	if horizontal {
		lo, hi = rc.Min.X, rc.Max.X
	}
	lo, hi = lo-ext[0], hi+ext[1]
	length := hi - lo
	if on <= 0 || length <= on {
		fillRect(r.target, rc.Intersect(r.clip), c, false)
		return
	}
	n := max((length+gap+(on+gap)/2)/(on+gap), 1)
	for i := range n {
		if style == cssom.BorderDotted && ((i == 0 && ext[0] > 0) || (i == n-1 && ext[1] > 0)) {
			continue // the corner's dot
		}
		p := (length - on) / 2
		if n > 1 {
			p = (2*i*(length-on) + n - 1) / (2 * (n - 1)) // round(i·(length−on)/(n−1))
		}
		d := rc
		if horizontal {
			d.Min.X, d.Max.X = lo+p, lo+p+on
		} else {
			d.Min.Y, d.Max.Y = lo+p, lo+p+on
		}
		if style == cssom.BorderDotted && w >= 3 {
			r.dot(d, c)
			continue
		}
		fillRect(r.target, d.Intersect(rc).Intersect(r.clip), c, false)
	}
}

// dot draws a disc inscribed in the square d.
func (r *rasterizer) dot(d image.Rectangle, c pcolor) {
	w := d.Dx()
	if r.dotMask == nil || r.dotMask.Rect.Dx() != w {
		r.dotMask = discMask(&r.z, w)
	}
	dr := d.Intersect(r.clip)
	maskOver(r.target, dr, r.dotMask, dr.Min.Sub(d.Min), c)
}

// discMask returns the coverage of a disc of diameter w in a w×w mask.
func discMask(z *vector.Rasterizer, w int) *image.Alpha {
	rr := float32(w) / 2
	z.Reset(w, w)
	z.DrawOp = draw.Src
	ellipsePath(z, rr, rr, rr, rr)
	m := image.NewAlpha(image.Rect(0, 0, w, w))
	z.Draw(m, m.Rect, image.Opaque, image.Point{})
	return m
}

// corner says where a corner box lies and which sides share it.
type corner struct {
	horiz, vert  int  // the sides: Top or Bottom, Left or Right
	right, below bool // the corner's box is mirrored along x, along y
}

var cornersOf = [4]corner{
	{cssom.Top, cssom.Left, false, false},
	{cssom.Top, cssom.Right, true, false},
	{cssom.Bottom, cssom.Right, true, true},
	{cssom.Bottom, cssom.Left, false, true},
}

// corners draws the four corner boxes.
func (r *rasterizer) corners(box image.Rectangle, w [4]int, sides *[4]sideBands) {
	for _, k := range cornersOf {
		cw, ch := w[k.vert], w[k.horiz]
		if cw == 0 || ch == 0 {
			continue
		}
		cb := image.Rect(box.Min.X, box.Min.Y, box.Min.X+cw, box.Min.Y+ch)
		if k.right {
			cb = cb.Add(image.Point{box.Dx() - cw, 0})
		}
		if k.below {
			cb = cb.Add(image.Point{0, box.Dy() - ch})
		}
		if cb.Intersect(r.clip).Empty() {
			continue
		}
		h, v := &sides[k.horiz], &sides[k.vert]
		if h.style == cssom.BorderDotted && v.style == cssom.BorderDotted && cw == ch && cw >= 3 && h.b[0].c == v.b[0].c {
			r.dot(cb, h.b[0].c) // a dot in the corner, like the sides'
			continue
		}
		if h.n == 1 && v.n == 1 && h.b[0].c == v.b[0].c {
			fillRect(r.target, cb.Intersect(r.clip), h.b[0].c, false)
			continue
		}
		r.mixedCorner(cb, k, h, v)
	}
}

// mixedCorner sums both sides' bands in a corner box, split along the
// diagonal from the outer corner to the inner corner, then composites the
// sum. In box-local coordinates with the outer corner at (0, 0), the
// horizontal side's band o0..o1 is the quad from the diagonal to the far
// edge between y = o0 and y = o1; the vertical side's, between x = o0 and
// x = o1, from the diagonal down.
func (r *rasterizer) mixedCorner(cb image.Rectangle, k corner, h, v *sideBands) {
	cw, ch := cb.Dx(), cb.Dy()
	n := cw * ch
	if cap(r.acc) < 4*n {
		r.acc = make([]uint32, 4*n)
	}
	acc := r.acc[:4*n]
	clear(acc)
	fw, fh := float32(cw), float32(ch)
	for _, b := range h.b[:h.n] {
		a, c := float32(b.o0), float32(b.o1)
		r.accumulate(acc, cw, ch, k, b.c, [4][2]float32{{a * fw / fh, a}, {fw, a}, {fw, c}, {c * fw / fh, c}})
	}
	for _, b := range v.b[:v.n] {
		a, c := float32(b.o0), float32(b.o1)
		r.accumulate(acc, cw, ch, k, b.c, [4][2]float32{{a, a * fh / fw}, {c, c * fh / fw}, {c, fh}, {a, fh}})
	}
	r.compositeAccIn(acc, cb, cb.Intersect(r.clip).Intersect(r.target.Bounds()))
}

// accumulate adds colour c times the coverage of quad q (box-local, outer
// corner at the origin, mirrored into place for corner k) to acc.
func (r *rasterizer) accumulate(acc []uint32, cw, ch int, k corner, c pcolor, q [4][2]float32) {
	fw, fh := float32(cw), float32(ch)
	for i := range q {
		if k.right {
			q[i][0] = fw - q[i][0]
		}
		if k.below {
			q[i][1] = fh - q[i][1]
		}
	}
	r.z.Reset(cw, ch)
	r.z.DrawOp = draw.Src
	r.z.MoveTo(q[0][0], q[0][1])
	for _, p := range q[1:] {
		r.z.LineTo(p[0], p[1])
	}
	r.z.ClosePath()
	if cap(r.mask.Pix) < cw*ch {
		r.mask.Pix = make([]uint8, cw*ch)
	}
	r.mask.Pix = r.mask.Pix[:cw*ch]
	r.mask.Stride, r.mask.Rect = cw, image.Rect(0, 0, cw, ch)
	r.z.Draw(&r.mask, r.mask.Rect, image.Opaque, image.Point{})
	for i, m := range r.mask.Pix {
		if m == 0 {
			continue
		}
		mm := uint32(m)
		acc[4*i] += c.r * mm
		acc[4*i+1] += c.g * mm
		acc[4*i+2] += c.b * mm
		acc[4*i+3] += c.a * mm
	}
}
