package paint

import (
	"bytes"
	"image"
	"image/png"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/vector"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// Colour glyphs (colour emoji): the COLR layers or the PNG bitmap a font
// gives for a glyph (layout.Font.ColorGlyph), drawn in their own colours.
// The text colour applies only to foreground layers, and its alpha to the
// whole glyph, as in Chromium (color: transparent hides emoji too).

// colorForm is the rasterized colour form of a glyph, cached in a
// glyphMask (its off is where the bitmap's top-left pixel lies).
type colorForm struct {
	// layers are COLR layers, bottom first.
	layers []colorLayerMask
	// img is a bitmap glyph scaled to its device size, premultiplied.
	img *image.RGBA
}

// colorLayerMask is one rasterized COLR layer.
type colorLayerMask struct {
	m     *glyphMask
	color cssom.Color
	fg    bool
}

// maxEmojiPixels bounds a decoded glyph bitmap.
const maxEmojiPixels = 1 << 22

// bytes returns the memory the form holds, for the cache budget.
func (c *colorForm) bytes() int {
	n := 0
	for _, l := range c.layers {
		n += 48
		if l.m.mask != nil {
			n += len(l.m.mask.Pix)
		}
	}
	if c.img != nil {
		n += len(c.img.Pix)
	}
	return n
}

// buildColorGlyph makes the colour form of glyph id at devSize device px,
// shifted right by dx (0..1) px; nil when the glyph has none.
func buildColorGlyph(z *vector.Rasterizer, outline outlineFunc, f *layout.Font, id layout.GlyphID, devSize Fixed, dx float32) *glyphMask {
	cg, ok := f.ColorGlyph(id, devSize)
	if !ok {
		return nil
	}
	if cg.Bitmap != nil {
		return scaleGlyphBitmap(cg.Bitmap, dx)
	}
	form := &colorForm{layers: make([]colorLayerMask, 0, len(cg.Layers))}
	for _, l := range cg.Layers {
		m := rasterizeOutline(z, outline(f, l.Glyph, devSize), dx, false, false)
		if m.mask == nil || l.Color.A == 0 {
			continue
		}
		form.layers = append(form.layers, colorLayerMask{m: m, color: l.Color, fg: l.Foreground})
	}
	return &glyphMask{color: form}
}

// scaleGlyphBitmap decodes a PNG glyph and scales it (Catmull-Rom, which
// filters properly when shrinking) into the device pixels its box covers.
// A bitmap that does not decode, or is too big, draws nothing.
func scaleGlyphBitmap(bm *layout.GlyphBitmap, dx float32) *glyphMask {
	empty := &glyphMask{color: &colorForm{}}
	cfg, err := png.DecodeConfig(bytes.NewReader(bm.PNG))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxEmojiPixels {
		return empty
	}
	src, err := png.Decode(bytes.NewReader(bm.PNG))
	if err != nil {
		return empty
	}
	x0, y0 := float64(bm.X+dx), float64(bm.Y)
	x1, y1 := x0+float64(bm.Width), y0+float64(bm.Height)
	if !(x1 > x0 && y1 > y0) || x1-x0 > maxGlyphPx || y1-y0 > maxGlyphPx || math.Abs(x0) > maxGlyphPx || math.Abs(y0) > maxGlyphPx {
		return empty
	}
	// AD-HOC: the image box snaps to whole device pixels.
	ix, iy := int(math.Round(x0)), int(math.Round(y0))
	w, h := max(int(math.Round(x1))-ix, 1), max(int(math.Round(y1))-iy, 1)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(img, img.Rect, src, src.Bounds(), draw.Src, nil)
	return &glyphMask{off: image.Point{ix, iy}, color: &colorForm{img: img}}
}

// drawColorGlyph draws a colour form with its origin pixel at (ix, iy):
// into the blur mask when blurred is not nil (its silhouette), else onto
// the target with the text colour's alpha.
//
// TODO(spec): a text shadow without blur should be the glyph's silhouette
// in the shadow colour too, but a Glyphs item does not say it is a shadow
// (only Blur tells), so such a shadow draws the colour glyph.
func (r *rasterizer) drawColorGlyph(m *glyphMask, ix, iy int, text cssom.Color, blurred *image.Alpha) {
	form := m.color
	for _, l := range form.layers {
		at := image.Point{ix + l.m.off.X, iy + l.m.off.Y}
		if blurred != nil {
			addMask(blurred, l.m.mask, at)
			continue
		}
		c := l.color
		if l.fg {
			c = cssom.Color{R: text.R, G: text.G, B: text.B, A: uint8(div255(uint32(text.A) * uint32(l.color.A)))}
		} else {
			c.A = uint8(div255(uint32(c.A) * uint32(text.A)))
		}
		dr := l.m.mask.Rect.Add(at).Intersect(r.clip)
		maskOver(r.target, dr, l.m.mask, dr.Min.Sub(at), premul(c))
	}
	if form.img == nil {
		return
	}
	at := image.Point{ix + m.off.X, iy + m.off.Y}
	if blurred != nil {
		addAlphaOf(blurred, form.img, at)
		return
	}
	dr := form.img.Rect.Add(at).Intersect(r.clip).Intersect(r.target.Bounds())
	imageOver(r.target, dr, form.img, dr.Min.Sub(at), uint32(text.A))
}

// imageOver composites the premultiplied src (from sp) over dst in dr,
// at opacity alpha (0..255).
func imageOver(dst *image.RGBA, dr image.Rectangle, src *image.RGBA, sp image.Point, alpha uint32) {
	for y := 0; y < dr.Dy(); y++ {
		di := dst.PixOffset(dr.Min.X, dr.Min.Y+y)
		si := src.PixOffset(sp.X, sp.Y+y)
		for x := 0; x < dr.Dx(); x++ {
			s := src.Pix[si+4*x : si+4*x+4 : si+4*x+4]
			sa := div255(uint32(s[3]) * alpha)
			if sa == 0 {
				continue
			}
			d := dst.Pix[di+4*x : di+4*x+4 : di+4*x+4]
			inv := 255 - sa
			for k := range 3 {
				d[k] = uint8(min(div255(uint32(s[k])*alpha)+div255(uint32(d[k])*inv), 255))
			}
			d[3] = uint8(min(sa+div255(uint32(d[3])*inv), 255))
		}
	}
}

// addAlphaOf adds src's alpha (its origin at device point at) into dst,
// saturating.
func addAlphaOf(dst *image.Alpha, src *image.RGBA, at image.Point) {
	dr := src.Rect.Add(at).Intersect(dst.Rect)
	for y := dr.Min.Y; y < dr.Max.Y; y++ {
		for x := dr.Min.X; x < dr.Max.X; x++ {
			v := src.Pix[src.PixOffset(x-at.X, y-at.Y)+3]
			i := dst.PixOffset(x, y)
			dst.Pix[i] = uint8(min(int(dst.Pix[i])+int(v), 255))
		}
	}
}
