package paint

import (
	"image"
	"math"

	"github.com/paneweb/pane/cssom"
	"golang.org/x/image/draw"
)

// This file applies a group's effects when its layer is composited: the
// filter functions (https://www.w3.org/TR/filter-effects-1/), then the
// clip-path (https://www.w3.org/TR/css-masking-1/#the-clip-path), then the
// group opacity and the blend mode
// (https://www.w3.org/TR/compositing-1/#mix-blend-mode), in the order of
// https://www.w3.org/TR/filter-effects-1/#placement.
//
// Colour filters work on unpremultiplied sRGB (as browsers apply the
// shorthand functions) in integer arithmetic, so output is the same on
// every platform.

// ClipPath is a resolved clip-path basic shape in page coordinates: an
// ellipse, or a polygon (inset() is a rectangle's four corners).
type ClipPath struct {
	Ellipse bool
	// Center, RX and RY are the ellipse's (a circle has RX = RY).
	Center [2]Fixed
	RX, RY Fixed
	// Points are the polygon's vertices, in order.
	Points [][2]Fixed
	// EvenOdd is the polygon's fill rule.
	// TODO(spec): evenodd is filled as nonzero.
	EvenOdd bool
}

// groupEffects reports whether a group has effects beyond its opacity.
func (it *PushOpacity) hasEffects() bool {
	return len(it.Filters) > 0 || it.ClipPath != nil || it.Blend != cssom.BlendNormal || len(it.TextMask) > 0
}

// filterOutset returns how far, in device px, a group's filters may move
// ink beyond the group's own bounds (blurs and drop shadows).
func (r *rasterizer) filterOutset(fs []cssom.FilterFunction) int {
	out := 0
	for _, f := range fs {
		switch f.Kind {
		case cssom.FilterBlur:
			out += shadowExtent(r.filterSigma(f.Length))
		case cssom.FilterDropShadow:
			dx := int(math.Abs(f.Shadow.X.Float()*r.scale)) + 1
			dy := int(math.Abs(f.Shadow.Y.Float()*r.scale)) + 1
			out += max(dx, dy) + shadowExtent(r.filterSigma(f.Shadow.Blur))
		}
	}
	return out
}

// filterSigma returns a filter blur's standard deviation in device px
// (the length is the standard deviation itself, unlike box-shadow's blur
// radius). AD-HOC: capped at maxShadowSigma.
func (r *rasterizer) filterSigma(l Fixed) float64 {
	return min(max(0, l.Float())*r.scale, maxShadowSigma)
}

// applyEffects applies a group's filters and clip-path to its layer, in
// place.
func (r *rasterizer) applyEffects(layer *image.RGBA, it *PushOpacity) {
	for _, f := range it.Filters {
		switch f.Kind {
		case cssom.FilterBlur:
			blurRGBA(layer, r.filterSigma(f.Length))
		case cssom.FilterDropShadow:
			r.dropShadow(layer, f.Shadow)
		case cssom.FilterOpacity:
			a := uint32(math.Round(float64(f.Amount) * 255))
			for i := range layer.Pix {
				layer.Pix[i] = uint8(div255(uint32(layer.Pix[i]) * a))
			}
		default:
			colorMatrix(layer, filterMatrix(f))
		}
	}
	if it.ClipPath != nil {
		r.clipLayer(layer, it.ClipPath)
	}
	if len(it.TextMask) > 0 {
		r.textMaskLayer(layer, it.TextMask)
	}
}

// textMaskLayer keeps only the parts of a layer under the glyph runs: the
// runs are drawn opaque into a scratch layer whose alpha then scales the
// layer's pixels.
func (r *rasterizer) textMaskLayer(layer *image.RGBA, runs []*Glyphs) {
	b := layer.Rect
	if b.Empty() {
		return
	}
	mask := image.NewRGBA(b)
	savedTarget, savedClip, savedMask := r.target, r.clip, r.clipMask
	r.target, r.clip, r.clipMask = mask, b, nil
	for _, g := range runs {
		opaque := *g
		opaque.Color = cssom.Black
		r.glyphs(&opaque)
	}
	r.target, r.clip, r.clipMask = savedTarget, savedClip, savedMask
	for y := range b.Dy() {
		row := layer.Pix[y*layer.Stride : y*layer.Stride+4*b.Dx()]
		m := mask.Pix[y*mask.Stride:]
		for x := range b.Dx() {
			if c := uint32(m[4*x+3]); c != 255 {
				for k := 4 * x; k < 4*x+4; k++ {
					row[k] = uint8(div255(uint32(row[k]) * c))
				}
			}
		}
	}
}

// matrix is a colour transform on 0..255 channels: out = M·rgb + off, in
// 1/4096 units.
type matrix struct {
	m   [3][3]int32
	off [3]int32
}

// filterMatrix returns the colour matrix of a colour filter function, from
// the equivalents in https://www.w3.org/TR/filter-effects-1/#ShorthandEquivalents.
func filterMatrix(f cssom.FilterFunction) matrix {
	a := float64(f.Amount)
	var m [3][3]float64
	var off [3]float64
	switch f.Kind {
	case cssom.FilterGrayscale:
		b := 1 - a
		m = [3][3]float64{
			{0.2126 + 0.7874*b, 0.7152 - 0.7152*b, 0.0722 - 0.0722*b},
			{0.2126 - 0.2126*b, 0.7152 + 0.2848*b, 0.0722 - 0.0722*b},
			{0.2126 - 0.2126*b, 0.7152 - 0.7152*b, 0.0722 + 0.9278*b}}
	case cssom.FilterSepia:
		b := 1 - a
		m = [3][3]float64{
			{0.393 + 0.607*b, 0.769 - 0.769*b, 0.189 - 0.189*b},
			{0.349 - 0.349*b, 0.686 + 0.314*b, 0.168 - 0.168*b},
			{0.272 - 0.272*b, 0.534 - 0.534*b, 0.131 + 0.869*b}}
	case cssom.FilterSaturate:
		m = [3][3]float64{
			{0.213 + 0.787*a, 0.715 - 0.715*a, 0.072 - 0.072*a},
			{0.213 - 0.213*a, 0.715 + 0.285*a, 0.072 - 0.072*a},
			{0.213 - 0.213*a, 0.715 - 0.715*a, 0.072 + 0.928*a}}
	case cssom.FilterHueRotate:
		s, c := math.Sincos(a * math.Pi / 180)
		m = [3][3]float64{
			{0.213 + c*0.787 - s*0.213, 0.715 - c*0.715 - s*0.715, 0.072 - c*0.072 + s*0.928},
			{0.213 - c*0.213 + s*0.143, 0.715 + c*0.285 + s*0.140, 0.072 - c*0.072 - s*0.283},
			{0.213 - c*0.213 - s*0.787, 0.715 - c*0.715 + s*0.715, 0.072 + c*0.928 + s*0.072}}
	case cssom.FilterBrightness: // feFuncX type=linear slope=a
		m = [3][3]float64{{a, 0, 0}, {0, a, 0}, {0, 0, a}}
	case cssom.FilterContrast: // slope=a intercept=−(0.5·a)+0.5
		m = [3][3]float64{{a, 0, 0}, {0, a, 0}, {0, 0, a}}
		off = [3]float64{(0.5 - 0.5*a) * 255, (0.5 - 0.5*a) * 255, (0.5 - 0.5*a) * 255}
	case cssom.FilterInvert: // type=table tableValues="a 1−a"
		k := 1 - 2*a
		m = [3][3]float64{{k, 0, 0}, {0, k, 0}, {0, 0, k}}
		off = [3]float64{a * 255, a * 255, a * 255}
	default:
		m = [3][3]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	}
	var out matrix
	for i := range 3 {
		for j := range 3 {
			out.m[i][j] = int32(math.Round(m[i][j] * 4096))
		}
		out.off[i] = int32(math.Round(off[i] * 4096))
	}
	return out
}

// colorMatrix applies m to every pixel of a premultiplied layer: each is
// unpremultiplied, transformed, clamped and premultiplied again.
func colorMatrix(layer *image.RGBA, m matrix) {
	for i := 0; i+3 < len(layer.Pix); i += 4 {
		p := layer.Pix[i : i+4 : i+4]
		a := int32(p[3])
		if a == 0 {
			continue
		}
		var c [3]int32
		for k := range 3 {
			c[k] = (int32(p[k])*255 + a/2) / a
		}
		for k := range 3 {
			v := m.m[k][0]*c[0] + m.m[k][1]*c[1] + m.m[k][2]*c[2] + m.off[k]
			v = min(max((v+2048)>>12, 0), 255)
			p[k] = uint8((v*a + 127) / 255)
		}
	}
}

// blurRGBA blurs a premultiplied layer in place, each channel as blurAlpha
// blurs a mask (a Gaussian of standard deviation sigma device px,
// approximated by three box blurs).
func blurRGBA(layer *image.RGBA, sigma float64) {
	if sigma <= 0 {
		return
	}
	b := layer.Rect
	ch := image.NewAlpha(b)
	for k := range 4 {
		for y := range b.Dy() {
			row := layer.Pix[y*layer.Stride:]
			for x := range b.Dx() {
				ch.Pix[y*ch.Stride+x] = row[4*x+k]
			}
		}
		blurAlpha(ch, sigma)
		for y := range b.Dy() {
			row := layer.Pix[y*layer.Stride:]
			for x := range b.Dx() {
				row[4*x+k] = ch.Pix[y*ch.Stride+x]
			}
		}
	}
	// Keep the colour channels within their alpha after rounding.
	for i := 0; i+3 < len(layer.Pix); i += 4 {
		a := layer.Pix[i+3]
		layer.Pix[i], layer.Pix[i+1], layer.Pix[i+2] = min(layer.Pix[i], a), min(layer.Pix[i+1], a), min(layer.Pix[i+2], a)
	}
}

// dropShadow draws the shadow of the layer's alpha under it: the alpha
// mask blurred, offset and filled with the shadow colour.
// https://www.w3.org/TR/filter-effects-1/#dropshadowEquivalent
//
// AD-HOC: the offset is rounded to whole device pixels.
func (r *rasterizer) dropShadow(layer *image.RGBA, s cssom.Shadow) {
	b := layer.Rect
	mask := image.NewAlpha(b)
	for y := range b.Dy() {
		row := layer.Pix[y*layer.Stride:]
		for x := range b.Dx() {
			mask.Pix[y*mask.Stride+x] = row[4*x+3]
		}
	}
	blurAlpha(mask, r.filterSigma(s.Blur))
	dx := int(math.Round(s.X.Float() * r.scale))
	dy := int(math.Round(s.Y.Float() * r.scale))
	content := image.NewRGBA(b)
	copy(content.Pix, layer.Pix)
	clear(layer.Pix)
	shifted := &image.Alpha{Pix: mask.Pix, Stride: mask.Stride, Rect: mask.Rect.Add(image.Pt(dx, dy))}
	maskOver(layer, shifted.Rect, shifted, shifted.Rect.Min, premul(s.Color))
	draw.Draw(layer, b, content, b.Min, draw.Over)
}

// clipLayer cuts a layer to a clip-path shape (anti-aliased).
func (r *rasterizer) clipLayer(layer *image.RGBA, cp *ClipPath) {
	b := layer.Rect
	if b.Empty() {
		return
	}
	ox, oy := float32(b.Min.X), float32(b.Min.Y)
	pt := func(p [2]Fixed) (float32, float32) {
		return float32(r.devX(p[0])) - ox, float32(r.devY(p[1])) - oy
	}
	r.z.Reset(b.Dx(), b.Dy())
	r.z.DrawOp = draw.Src
	switch {
	case cp.Ellipse:
		cx, cy := pt(cp.Center)
		rx, ry := float32(cp.RX.Float()*r.scale), float32(cp.RY.Float()*r.scale)
		if rx <= 0 || ry <= 0 {
			clear(layer.Pix)
			return
		}
		ellipsePath(&r.z, cx, cy, rx, ry)
	case len(cp.Points) >= 3:
		x, y := pt(cp.Points[0])
		r.z.MoveTo(x, y)
		for _, p := range cp.Points[1:] {
			x, y := pt(p)
			r.z.LineTo(x, y)
		}
		r.z.ClosePath()
	default:
		clear(layer.Pix)
		return
	}
	mask := image.NewAlpha(image.Rect(0, 0, b.Dx(), b.Dy()))
	r.z.Draw(mask, mask.Rect, image.Opaque, image.Point{})
	for y := range b.Dy() {
		row := layer.Pix[y*layer.Stride : y*layer.Stride+4*b.Dx()]
		m := mask.Pix[y*mask.Stride:]
		for x := range b.Dx() {
			if c := uint32(m[x]); c != 255 {
				for k := 4 * x; k < 4*x+4; k++ {
					row[k] = uint8(div255(uint32(row[k]) * c))
				}
			}
		}
	}
}
