package paint

import (
	"image"
	"os"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/internal/fonttest"
	"github.com/paneweb/pane/layout"
)

// colrTestFont returns a face whose glyph "A" has two COLR layers, glyphs
// "B" in semi-transparent red and "C" in the text colour, and the IDs of
// A, B and C.
func colrTestFont(t *testing.T) (*layout.Font, [3]layout.GlyphID) {
	t.Helper()
	var ids [3]layout.GlyphID
	s := layout.NewFontSet()
	for i, r := range "ABC" {
		runs := s.Shape(string(r), layout.FontSpec{Families: []string{"Go"}, Size: px(16)})
		ids[i] = runs[0].Glyphs[0].ID
	}
	flavor, tabs, err := fonttest.Tables(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	tabs = append(tabs,
		fonttest.Table{Tag: "COLR", Data: fonttest.COLR(map[uint16][]fonttest.Layer{
			uint16(ids[0]): {{Glyph: uint16(ids[1]), Palette: 0}, {Glyph: uint16(ids[2]), Palette: 0xFFFF}},
		})},
		fonttest.Table{Tag: "CPAL", Data: fonttest.CPAL([][4]uint8{{255, 0, 0, 255}})})
	s = layout.NewFontSet()
	if err := s.AddFontFace(fonttest.SFNT(flavor, tabs), layout.FontFaceDescriptors{Family: "COLR Test"}); err != nil {
		t.Fatal(err)
	}
	f := s.Primary(layout.FontSpec{Families: []string{"COLR Test"}, Size: px(16)})
	if f.Family() != "COLR Test" || !f.HasColorGlyphs() {
		t.Fatalf("face %q, HasColorGlyphs %v", f.Family(), f.HasColorGlyphs())
	}
	return f, ids
}

func TestRasterColorGlyphLayers(t *testing.T) {
	f, ids := colrTestFont(t)
	// Layer B fills the left half of the em square, layer C the right half
	// and the top of the left: C is drawn over B.
	outlines := func(_ *layout.Font, id layout.GlyphID, size Fixed) []layout.PathSegment {
		s := float32(size.Float())
		switch id {
		case ids[1]:
			return rectOutline(0, -s, s/2, 0)
		case ids[2]:
			return rectOutline(s/2, -s, s, 0)
		}
		return square(s)
	}
	blue := cssom.Color{B: 255, A: 255}
	red := cssom.Color{R: 255, A: 255}
	dst := image.NewRGBA(image.Rect(0, 0, 40, 40))
	fill(dst, white)
	g := &Glyphs{Font: f, Size: px(20), Glyphs: []layout.Glyph{{ID: ids[0]}}, X: px(10), Y: px(30), Color: blue}
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, outlines)
	checkPixels(t, dst, image.Rect(10, 10, 20, 30), red)
	checkPixels(t, dst, image.Rect(20, 10, 30, 30), blue)
	checkPixels(t, dst, image.Rect(0, 0, 40, 10), white)

	// A glyph without layers is a mask in the text colour.
	dst = image.NewRGBA(image.Rect(0, 0, 40, 40))
	fill(dst, white)
	g.Glyphs[0].ID = ids[1]
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, outlines)
	checkPixels(t, dst, image.Rect(10, 10, 20, 30), blue)
	checkPixels(t, dst, image.Rect(20, 10, 30, 30), white)

	// A shadow (blurred) is the glyph's silhouette in its own colour.
	dst = image.NewRGBA(image.Rect(0, 0, 40, 40))
	fill(dst, white)
	g.Glyphs[0].ID = ids[0]
	g.Color, g.Blur = cssom.Color{G: 255, A: 255}, 1
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, outlines)
	if c := dst.RGBAAt(15, 20); c.R > 10 || c.G < 200 || c.B > 10 {
		t.Errorf("shadow pixel %v, want green", c)
	}
}

// rectOutline is an axis-aligned rectangle outline.
func rectOutline(x0, y0, x1, y1 float32) []layout.PathSegment {
	pt := func(x, y float32) [3]layout.PathPoint { return [3]layout.PathPoint{{X: x, Y: y}} }
	return []layout.PathSegment{
		{Op: layout.MoveTo, Pts: pt(x0, y0)}, {Op: layout.LineTo, Pts: pt(x1, y0)},
		{Op: layout.LineTo, Pts: pt(x1, y1)}, {Op: layout.LineTo, Pts: pt(x0, y1)},
	}
}

func fill(dst *image.RGBA, c cssom.Color) {
	for i := 0; i < len(dst.Pix); i += 4 {
		dst.Pix[i], dst.Pix[i+1], dst.Pix[i+2], dst.Pix[i+3] = c.R, c.G, c.B, c.A
	}
}

func TestRasterColorGlyphBitmap(t *testing.T) {
	data, err := os.ReadFile("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")
	if err != nil {
		t.Skipf("Noto Color Emoji not installed (apt-get install fonts-noto-color-emoji): %v", err)
	}
	s := layout.NewFontSet()
	if err := s.AddFont(data); err != nil {
		t.Fatal(err)
	}
	runs := s.Shape("😀", layout.FontSpec{Families: []string{"Noto Color Emoji"}, Size: px(32)})
	g := &Glyphs{Font: runs[0].Font, Size: px(32), Glyphs: runs[0].Glyphs, X: px(4), Y: px(36), Color: black}
	dst := image.NewRGBA(image.Rect(0, 0, 48, 48))
	fill(dst, white)
	(&DisplayList{Items: []Item{g}}).Raster(dst, RasterOptions{})
	// The grinning face is yellow in the middle, whatever the text colour.
	var yellow int
	for y := 8; y < 40; y++ {
		for x := 4; x < 40; x++ {
			c := dst.RGBAAt(x, y)
			if c.R > 200 && c.G > 150 && c.B < 100 {
				yellow++
			}
		}
	}
	if yellow < 200 {
		t.Errorf("%d yellow pixels, want a yellow face", yellow)
	}
	// With a transparent text colour nothing is drawn.
	dst2 := image.NewRGBA(image.Rect(0, 0, 48, 48))
	fill(dst2, white)
	g.Color = cssom.Color{}
	(&DisplayList{Items: []Item{g}}).Raster(dst2, RasterOptions{})
	checkPixels(t, dst2, dst2.Rect, white)
}
