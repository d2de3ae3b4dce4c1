package layout

import (
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"

	"github.com/paneweb/pane/cssom"
)

// Colour glyphs: COLR/CPAL layers and PNG bitmaps (CBDT, sbix), the forms
// colour emoji fonts use. Layout only describes them; paint decodes and
// draws them.

// ColorGlyph says how to draw a colour glyph at one size. Exactly one of
// Layers and Bitmap is set.
type ColorGlyph struct {
	// Layers are outlines filled one over the other, bottom first (COLR
	// version 0, and the solid-colour layers of version 1).
	Layers []ColorLayer
	// Bitmap is an embedded image (CBDT or sbix).
	Bitmap *GlyphBitmap
}

// ColorLayer is one layer of a COLR glyph.
type ColorLayer struct {
	// Glyph is the glyph whose outline (Font.Outline) the layer fills.
	Glyph GlyphID
	// Color is the layer's colour from the palette (not premultiplied),
	// unless Foreground is set.
	Color cssom.Color
	// Foreground says the layer takes the text colour (palette index
	// 0xFFFF), with Color.A as an extra opacity.
	Foreground bool
}

// GlyphBitmap is an embedded glyph image.
type GlyphBitmap struct {
	// PNG is the encoded image (the font's own bytes: do not modify).
	PNG []byte
	// X, Y, Width and Height place the image, scaled to fill that box: the
	// top-left corner from the glyph origin, y down, and the size, in CSS px
	// at the size asked for. Floats, as outline points: they go straight to
	// the rasterizer.
	X, Y, Width, Height float32
}

// HasColorGlyphs reports whether the face may have colour glyphs (a COLR
// table, or a CBDT or sbix table of bitmaps). A nil font has none.
func (f *Font) HasColorGlyphs() bool {
	if f == nil {
		return false
	}
	d := f.data()
	return d.colr || d.bitmaps
}

// readColorTables records which colour tables the face has.
func (d *fontData) readColorTables(ld *ot.Loader) {
	d.colr = d.ot.COLR != nil && len(d.ot.CPAL) > 0
	d.paletteTypes = readPaletteTypes(ld)
	for _, tag := range ld.Tables() {
		if tag == ot.MustNewTag("CBDT") || tag == ot.MustNewTag("sbix") {
			d.bitmaps = true
		}
	}
}

// ColorGlyph returns how to draw glyph id in colour at size px (device px
// when the caller rasterizes at a scale), and false when the glyph has no
// colour form this package understands (paint then fills its outline in
// the text colour). COLR is preferred over bitmaps, as go-text does.
//
// https://learn.microsoft.com/en-us/typography/opentype/spec/colr
// https://learn.microsoft.com/en-us/typography/opentype/spec/cbdt
// https://learn.microsoft.com/en-us/typography/opentype/spec/sbix
//
// TODO(spec): COLR version 1 paints other than solid-colour glyph layers
// (gradients, transforms, composites) make the glyph fall back to its
// outline; SVG glyphs (the 'SVG ' table) are not drawn. The palette is
// the face's (font-palette: fontfeatures_palette.go).
func (f *Font) ColorGlyph(id GlyphID, size Fixed) (g ColorGlyph, ok bool) {
	if f == nil {
		return ColorGlyph{}, false
	}
	d := f.data()
	if !d.colr && !d.bitmaps || int(id) >= d.numGlyphs {
		return ColorGlyph{}, false
	}
	defer func() {
		if r := recover(); r != nil {
			g, ok = ColorGlyph{}, false // malformed colour tables
		}
	}()
	if d.colr {
		if layers, ok := f.colorLayers(id); ok {
			return ColorGlyph{Layers: layers}, true
		}
	}
	if d.bitmaps {
		if bm, ok := d.bitmap(id, size); ok {
			return ColorGlyph{Bitmap: bm}, true
		}
	}
	return ColorGlyph{}, false
}

// colorLayers resolves a COLR glyph into layers.
func (f *Font) colorLayers(id GlyphID) ([]ColorLayer, bool) {
	d := f.data()
	pt, ok := d.ot.COLR.Search(tables.GlyphID(id))
	if !ok {
		return nil, false
	}
	var paints []tables.PaintTable
	switch p := pt.(type) {
	case tables.PaintColrLayersResolved: // version 0
		layers := make([]ColorLayer, 0, len(p))
		for _, l := range p {
			layers = append(layers, f.colorLayer(GlyphID(l.GlyphID), l.PaletteIndex, 1))
		}
		return layers, true
	case tables.PaintColrLayers:
		var err error
		if paints, err = d.ot.COLR.LayerList.Resolve(p); err != nil {
			return nil, false
		}
	default:
		paints = []tables.PaintTable{pt}
	}
	layers := make([]ColorLayer, 0, len(paints))
	for _, p := range paints {
		pg, ok := p.(tables.PaintGlyph)
		if !ok {
			return nil, false
		}
		solid, ok := pg.Paint.(tables.PaintSolid)
		if !ok {
			return nil, false
		}
		alpha := float32(solid.Alpha) / (1 << 14)
		layers = append(layers, f.colorLayer(GlyphID(pg.GlyphID), solid.PaletteIndex, alpha))
	}
	return layers, len(layers) > 0
}

// colorLayer makes a layer of glyph gid in palette entry idx (0xFFFF: the
// text colour) at opacity alpha.
func (f *Font) colorLayer(gid GlyphID, idx uint16, alpha float32) ColorLayer {
	l := ColorLayer{Glyph: gid}
	alpha = min(max(alpha, 0), 1)
	c, inPalette := f.paletteColor(idx) // font-palette: fontfeatures_palette.go
	switch {
	case idx == 0xFFFF:
		l.Foreground = true
		l.Color = cssom.Color{A: uint8(alpha*255 + 0.5)}
	case inPalette:
		l.Color = cssom.Color{R: c.R, G: c.G, B: c.B, A: uint8(float32(c.A)*alpha + 0.5)}
	}
	// An index out of the palette leaves the layer transparent.
	return l
}

// bitmap returns the PNG bitmap of glyph id from the strike that best fits
// size and where to draw it. Black-and-white bitmaps (EBDT) are not colour
// glyphs: they are left to the outline.
func (d *fontData) bitmap(id GlyphID, size Fixed) (*GlyphBitmap, bool) {
	fc := d.getFace()
	defer func() {
		fc.SetPpem(0, 0)
		d.putFace(fc)
	}()
	px := min(max(size.Round(), 1), 0xFFFF)
	fc.SetPpem(uint16(px), uint16(px))
	bm, ok := fc.GlyphDataBitmap(font.GID(id))
	if !ok || bm.Format != font.PNG || len(bm.Data) == 0 {
		return nil, false
	}
	ext, ok := fc.GlyphExtents(font.GID(id))
	if !ok || ext.Width <= 0 || ext.Height >= 0 {
		return nil, false
	}
	// The extents are in font units, y up, from the strike's metrics.
	s := float32(size.Float()) / float32(d.upem)
	return &GlyphBitmap{PNG: bm.Data, X: ext.XBearing * s, Y: -ext.YBearing * s, Width: ext.Width * s, Height: -ext.Height * s}, true
}
