package paint

import (
	"image"
	"math"

	"github.com/paneweb/pane/cssom"
)

// compositeBlend composites a group's layer over dst with the group's
// alpha and a blend mode: with premultiplied source s and backdrop b,
//
//	co = cs·(1 − αb) + cb·(1 − αs) + αs·αb·B(Cb, Cs)
//	αo = αs + αb·(1 − αs)
//
// https://www.w3.org/TR/compositing-1/#blending
func compositeBlend(dst, layer *image.RGBA, alpha uint8, mode cssom.BlendMode) {
	r := layer.Bounds().Intersect(dst.Bounds())
	if r.Empty() || alpha == 0 {
		return
	}
	a := uint32(alpha)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		di := dst.PixOffset(r.Min.X, y)
		li := layer.PixOffset(r.Min.X, y)
		w := 4 * r.Dx()
		d := dst.Pix[di : di+w : di+w]
		s := layer.Pix[li : li+w : li+w]
		for j := 0; j < w; j += 4 {
			sa := scale255(s[j+3], a)
			if sa == 0 {
				continue
			}
			ba := uint32(d[j+3])
			if mode >= cssom.BlendHue {
				blendNonSeparable(d[j:j+4:j+4], s[j:j+4:j+4], a, sa, ba, mode)
				continue
			}
			for k := range 3 {
				cs := scale255(s[j+k], a)
				cb := uint32(d[j+k])
				v := div255(cs*(255-ba)) + div255(cb*(255-sa))
				if ba != 0 {
					Cs := min(cs*255/sa, 255)
					Cb := min(cb*255/ba, 255)
					v += div255(div255(sa*ba) * blend(mode, Cb, Cs))
				}
				d[j+k] = uint8(min(v, 255))
			}
			d[j+3] = uint8(min(sa+div255(ba*(255-sa)), 255))
		}
	}
}

// blend returns B(Cb, Cs) for unpremultiplied channels 0..255.
// https://www.w3.org/TR/compositing-1/#blendingseparable
func blend(mode cssom.BlendMode, cb, cs uint32) uint32 {
	switch mode {
	case cssom.BlendMultiply:
		return div255(cb * cs)
	case cssom.BlendScreen:
		return cb + cs - div255(cb*cs)
	case cssom.BlendOverlay:
		return hardLight(cs, cb)
	case cssom.BlendDarken:
		return min(cb, cs)
	case cssom.BlendLighten:
		return max(cb, cs)
	case cssom.BlendColorDodge:
		switch {
		case cb == 0:
			return 0
		case cs == 255:
			return 255
		}
		return min(255, cb*255/(255-cs))
	case cssom.BlendColorBurn:
		switch {
		case cb == 255:
			return 255
		case cs == 0:
			return 0
		}
		return 255 - min(255, (255-cb)*255/cs)
	case cssom.BlendHardLight:
		return hardLight(cb, cs)
	case cssom.BlendSoftLight:
		return softLight(cb, cs)
	case cssom.BlendDifference:
		if cb > cs {
			return cb - cs
		}
		return cs - cb
	case cssom.BlendExclusion:
		return cb + cs - 2*div255(cb*cs)
	}
	return cs
}

// hardLight is B for hard-light: multiply or screen by the source.
func hardLight(cb, cs uint32) uint32 {
	if 2*cs <= 255 {
		return div255(cb * 2 * cs)
	}
	s := 2*cs - 255
	return cb + s - div255(cb*s)
}

// softLight is B for soft-light.
func softLight(cb, cs uint32) uint32 {
	b, s := float64(cb)/255, float64(cs)/255
	var v float64
	if s <= 0.5 {
		v = b - float64((1-2*s)*b)*(1-b)
	} else {
		var d float64
		if b <= 0.25 {
			d = float64(float64(float64(16*b-12)*b)+4) * b
		} else {
			d = math.Sqrt(b)
		}
		v = b + float64(2*s-1)*(d-b)
	}
	return uint32(min(max(math.Round(v*255), 0), 255))
}

// blendNonSeparable composites one premultiplied source pixel s (scaled
// by the group alpha a; sa is its scaled alpha) over the backdrop pixel d
// (alpha ba) with a non-separable blend mode, in place, with the same
// formula as compositeBlend but B(Cb, Cs) computed on the three channels
// together.
// https://www.w3.org/TR/compositing-1/#blendingnonseparable
func blendNonSeparable(d, s []uint8, a, sa, ba uint32, mode cssom.BlendMode) {
	var cs, cb [3]uint32
	var Cs, Cb rgbUnit
	for k := range 3 {
		cs[k] = scale255(s[k], a)
		cb[k] = uint32(d[k])
		if ba != 0 {
			Cs[k] = int64(min(cs[k]*255/sa, 255)) * unitScale
			Cb[k] = int64(min(cb[k]*255/ba, 255)) * unitScale
		}
	}
	var B rgbUnit
	if ba != 0 {
		B = blendRGB(mode, Cb, Cs)
	}
	for k := range 3 {
		v := div255(cs[k]*(255-ba)) + div255(cb[k]*(255-sa))
		if ba != 0 {
			bk := uint32((B[k] + unitScale/2) / unitScale)
			v += div255(div255(sa*ba) * min(bk, 255))
		}
		d[k] = uint8(min(v, 255))
	}
	d[3] = uint8(min(sa+div255(ba*(255-sa)), 255))
}

// rgbUnit is an unpremultiplied colour with channels 0..255·unitScale, in
// integers so that blending is the same on every platform.
type rgbUnit [3]int64

const unitScale = 256

// blendRGB returns B(Cb, Cs) for the non-separable modes:
//
//	hue:        SetLum(SetSat(Cs, Sat(Cb)), Lum(Cb))
//	saturation: SetLum(SetSat(Cb, Sat(Cs)), Lum(Cb))
//	color:      SetLum(Cs, Lum(Cb))
//	luminosity: SetLum(Cb, Lum(Cs))
func blendRGB(mode cssom.BlendMode, cb, cs rgbUnit) rgbUnit {
	switch mode {
	case cssom.BlendHue:
		return setLum(setSat(cs, sat(cb)), lum(cb))
	case cssom.BlendSaturation:
		return setLum(setSat(cb, sat(cs)), lum(cb))
	case cssom.BlendColor:
		return setLum(cs, lum(cb))
	}
	return setLum(cb, lum(cs))
}

// lum is Lum(C) = 0.3 × red + 0.59 × green + 0.11 × blue, rounded.
func lum(c rgbUnit) int64 { return (30*c[0] + 59*c[1] + 11*c[2] + 50) / 100 }

// sat is Sat(C) = max(C) − min(C).
func sat(c rgbUnit) int64 { return max(c[0], c[1], c[2]) - min(c[0], c[1], c[2]) }

// setLum is SetLum(C, l): C moved by l − Lum(C), then ClipColor.
func setLum(c rgbUnit, l int64) rgbUnit {
	d := l - lum(c)
	c = rgbUnit{c[0] + d, c[1] + d, c[2] + d}
	return clipColor(c)
}

// clipColor is ClipColor(C): the colour brought into gamut towards its
// luminosity.
func clipColor(c rgbUnit) rgbUnit {
	const one = 255 * unitScale
	l := lum(c)
	n, x := min(c[0], c[1], c[2]), max(c[0], c[1], c[2])
	for k := range 3 {
		if n < 0 && l-n != 0 {
			c[k] = l + (c[k]-l)*l/(l-n)
		}
	}
	if x > one && x-l != 0 {
		for k := range 3 {
			c[k] = l + (c[k]-l)*(one-l)/(x-l)
		}
	}
	for k := range 3 {
		c[k] = min(max(c[k], 0), one)
	}
	return c
}

// setSat is SetSat(C, s): the largest channel becomes s, the smallest 0,
// and the middle one keeps its place between them.
func setSat(c rgbUnit, s int64) rgbUnit {
	// Order the channel indices: mn ≤ md ≤ mx.
	mn, md, mx := 0, 1, 2
	if c[mn] > c[md] {
		mn, md = md, mn
	}
	if c[md] > c[mx] {
		md, mx = mx, md
	}
	if c[mn] > c[md] {
		mn, md = md, mn
	}
	var out rgbUnit
	if c[mx] > c[mn] {
		out[md] = (c[md] - c[mn]) * s / (c[mx] - c[mn])
		out[mx] = s
	}
	return out
}
