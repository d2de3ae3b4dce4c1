package paint

import (
	"image"
	"math"

	"github.com/paneweb/pane/cssom"
)

// compositeBlend composites a group's layer over dst with the group's
// alpha and a separable blend mode: with premultiplied source s and
// backdrop b,
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
