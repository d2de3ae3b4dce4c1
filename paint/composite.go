package paint

import (
	"image"

	"github.com/paneweb/pane/cssom"
)

// This file holds the pixel loops: fills, mask compositing and layer
// compositing on *image.RGBA (8-bit premultiplied), with integer math so
// that output is the same on every platform. Compositing is Porter-Duff
// source-over: dst = src + dst×(1 − src.alpha).
//
// https://www.w3.org/TR/compositing-1/#porterduffcompositingoperators_srcover

// pcolor is a premultiplied colour, each channel 0..255.
type pcolor struct{ r, g, b, a uint32 }

// premul returns c premultiplied by its alpha.
func premul(c cssom.Color) pcolor {
	a := uint32(c.A)
	return pcolor{div255(uint32(c.R) * a), div255(uint32(c.G) * a), div255(uint32(c.B) * a), a}
}

// div255 returns x/255 rounded to nearest.
func div255(x uint32) uint32 { return (x + 127) / 255 }

// over returns src composited over dst.
func over(src, dst pcolor) pcolor {
	ia := 255 - src.a
	return pcolor{src.r + div255(dst.r*ia), src.g + div255(dst.g*ia), src.b + div255(dst.b*ia), src.a + div255(dst.a*ia)}
}

// fillRect fills rc (cut to dst's bounds) with c: replacing the pixels when
// src is set, else compositing over them.
func fillRect(dst *image.RGBA, rc image.Rectangle, c pcolor, src bool) {
	rc = rc.Intersect(dst.Bounds())
	if rc.Empty() {
		return
	}
	w := 4 * rc.Dx()
	if src || c.a == 255 {
		i0 := dst.PixOffset(rc.Min.X, rc.Min.Y)
		row := dst.Pix[i0 : i0+w : i0+w]
		for i := 0; i < w; i += 4 {
			row[i], row[i+1], row[i+2], row[i+3] = uint8(c.r), uint8(c.g), uint8(c.b), uint8(c.a)
		}
		for y := rc.Min.Y + 1; y < rc.Max.Y; y++ {
			i := dst.PixOffset(rc.Min.X, y)
			copy(dst.Pix[i:i+w], row)
		}
		return
	}
	ia := 255 - c.a
	for y := rc.Min.Y; y < rc.Max.Y; y++ {
		i := dst.PixOffset(rc.Min.X, y)
		p := dst.Pix[i : i+w : i+w]
		for j := 0; j < w; j += 4 {
			p[j] = uint8(c.r + div255(uint32(p[j])*ia))
			p[j+1] = uint8(c.g + div255(uint32(p[j+1])*ia))
			p[j+2] = uint8(c.b + div255(uint32(p[j+2])*ia))
			p[j+3] = uint8(c.a + div255(uint32(p[j+3])*ia))
		}
	}
}

// maskOver composites c through a coverage mask over dst: the mask pixel
// at mp lands on device pixel dr.Min, and only dr (already cut to the clip)
// is touched. This is the glyph fast path (uniform colour, alpha mask).
func maskOver(dst *image.RGBA, dr image.Rectangle, mask *image.Alpha, mp image.Point, c pcolor) {
	r := dr.Intersect(dst.Bounds())
	if r.Empty() {
		return
	}
	mp = mp.Add(r.Min.Sub(dr.Min))
	w := r.Dx()
	for y := 0; y < r.Dy(); y++ {
		di := dst.PixOffset(r.Min.X, r.Min.Y+y)
		mi := mask.PixOffset(mp.X, mp.Y+y)
		d := dst.Pix[di : di+4*w : di+4*w]
		m := mask.Pix[mi : mi+w : mi+w]
		for x, cov := range m {
			if cov == 0 {
				continue
			}
			j := 4 * x
			if cov == 255 && c.a == 255 {
				d[j], d[j+1], d[j+2], d[j+3] = uint8(c.r), uint8(c.g), uint8(c.b), 255
				continue
			}
			m := uint32(cov)
			sa := div255(c.a * m)
			ia := 255 - sa
			d[j] = uint8(div255(c.r*m) + div255(uint32(d[j])*ia))
			d[j+1] = uint8(div255(c.g*m) + div255(uint32(d[j+1])*ia))
			d[j+2] = uint8(div255(c.b*m) + div255(uint32(d[j+2])*ia))
			d[j+3] = uint8(sa + div255(uint32(d[j+3])*ia))
		}
	}
}

// compositeLayer composites an opacity group's layer over dst with the
// group's alpha (0..255).
//
// https://www.w3.org/TR/css-color-4/#transparency
func compositeLayer(dst, layer *image.RGBA, alpha uint8) {
	r := layer.Bounds().Intersect(dst.Bounds())
	if r.Empty() || alpha == 0 {
		return
	}
	a := uint32(alpha)
	w := 4 * r.Dx()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		di := dst.PixOffset(r.Min.X, y)
		li := layer.PixOffset(r.Min.X, y)
		d := dst.Pix[di : di+w : di+w]
		s := layer.Pix[li : li+w : li+w]
		for j := 0; j < w; j += 4 {
			sa := uint32(s[j+3])
			if sa == 0 {
				continue
			}
			if a != 255 {
				sa = div255(sa * a)
			}
			ia := 255 - sa
			d[j] = uint8(min(scale255(s[j], a)+div255(uint32(d[j])*ia), 255))
			d[j+1] = uint8(min(scale255(s[j+1], a)+div255(uint32(d[j+1])*ia), 255))
			d[j+2] = uint8(min(scale255(s[j+2], a)+div255(uint32(d[j+2])*ia), 255))
			d[j+3] = uint8(min(sa+div255(uint32(d[j+3])*ia), 255))
		}
	}
}

func scale255(v uint8, a uint32) uint32 {
	if a == 255 {
		return uint32(v)
	}
	return div255(uint32(v) * a)
}

// compositeMasked composites layer over dst through a coverage mask
// (source-over, the layer scaled by the mask; pixels outside the mask's
// Rect are dropped).
func compositeMasked(dst, layer *image.RGBA, mask *image.Alpha) {
	r := layer.Bounds().Intersect(dst.Bounds()).Intersect(mask.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		di := dst.PixOffset(r.Min.X, y)
		li := layer.PixOffset(r.Min.X, y)
		mi := mask.PixOffset(r.Min.X, y)
		w := r.Dx()
		d := dst.Pix[di : di+4*w : di+4*w]
		s := layer.Pix[li : li+4*w : li+4*w]
		m := mask.Pix[mi : mi+w : mi+w]
		for x, cov := range m {
			j := 4 * x
			if cov == 0 || s[j+3] == 0 {
				continue
			}
			a := uint32(cov)
			sa := scale255(s[j+3], a)
			ia := 255 - sa
			d[j] = uint8(min(scale255(s[j], a)+div255(uint32(d[j])*ia), 255))
			d[j+1] = uint8(min(scale255(s[j+1], a)+div255(uint32(d[j+1])*ia), 255))
			d[j+2] = uint8(min(scale255(s[j+2], a)+div255(uint32(d[j+2])*ia), 255))
			d[j+3] = uint8(min(sa+div255(uint32(d[j+3])*ia), 255))
		}
	}
}
