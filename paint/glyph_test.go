package paint

import (
	"image"
	"math"
	"os"
	"testing"

	"golang.org/x/image/vector"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// square is an outline of a size×size square sitting on the baseline
// (y from -size to 0), in device px.
func square(size float32) []layout.PathSegment {
	pt := func(x, y float32) [3]layout.PathPoint { return [3]layout.PathPoint{{X: x, Y: y}} }
	return []layout.PathSegment{
		{Op: layout.MoveTo, Pts: pt(0, -size)},
		{Op: layout.LineTo, Pts: pt(size, -size)},
		{Op: layout.LineTo, Pts: pt(size, 0)},
		{Op: layout.LineTo, Pts: pt(0, 0)},
	}
}

// fakeOutlines draws every glyph as a square the size of the font.
func fakeOutlines(_ *layout.Font, _ layout.GlyphID, size Fixed) []layout.PathSegment {
	return square(float32(size.Float()))
}

func rasterWith(dl *DisplayList, dst *image.RGBA, opts RasterOptions, outline outlineFunc) {
	newRasterizer(dl, dst, opts, &glyphCache{}, outline).run()
}

func TestRasterizeGlyphExact(t *testing.T) {
	var z vector.Rasterizer
	m := rasterizeGlyph(&z, square(10), 0, false)
	if m.mask == nil || m.off != (image.Point{0, -10}) || m.mask.Rect.Size() != (image.Point{10, 10}) {
		t.Fatalf("mask %v at %v", m.mask.Rect, m.off)
	}
	for i, a := range m.mask.Pix {
		if a != 255 {
			t.Fatalf("pixel %d coverage %d, want 255", i, a)
		}
	}
	// Shifted by a quarter pixel, the edges are partly covered.
	m = rasterizeGlyph(&z, square(10), 0.25, false)
	if got := m.mask.AlphaAt(0, 5).A; got < 180 || got > 200 {
		t.Errorf("left edge coverage %d, want ~191", got)
	}
	if got := m.mask.AlphaAt(10, 5).A; got < 55 || got > 75 {
		t.Errorf("right edge coverage %d, want ~64", got)
	}
	if m := rasterizeGlyph(&z, nil, 0, false); m.mask != nil {
		t.Error("empty outline gave a mask")
	}
}

func TestRasterGlyphs(t *testing.T) {
	green := cssom.Color{G: 128, A: 255}
	tests := []struct {
		name string
		g    Glyphs
		opts RasterOptions
		want image.Rectangle // the ink, exactly
	}{
		{"integer origin", Glyphs{Size: px(10), Glyphs: []layout.Glyph{{X: 0}, {X: px(20)}}, X: px(5), Y: px(20)}, RasterOptions{}, image.Rect(5, 10, 15, 20)},
		{"scale 2", Glyphs{Size: px(10), Glyphs: []layout.Glyph{{X: 0}}, X: px(5), Y: px(20)}, RasterOptions{Scale: 2}, image.Rect(10, 20, 30, 40)},
		{"offset", Glyphs{Size: px(10), Glyphs: []layout.Glyph{{X: 0}}, X: px(5), Y: px(20)}, RasterOptions{X: px(2), Y: px(4)}, image.Rect(3, 6, 13, 16)},
		{"baseline rounds", Glyphs{Size: px(10), Glyphs: []layout.Glyph{{X: 0}}, X: px(5), Y: px(20) + 20}, RasterOptions{}, image.Rect(5, 10, 15, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.g.Color = green
			dst := image.NewRGBA(image.Rect(0, 0, 60, 60))
			rasterWith(&DisplayList{Items: []Item{&tt.g}}, dst, tt.opts, fakeOutlines)
			checkPixels(t, dst, tt.want, green)
			if len(tt.g.Glyphs) == 2 {
				checkPixels(t, dst, tt.want.Add(image.Pt(20, 0)), green)
				checkPixels(t, dst, image.Rect(15, 0, 25, 60), white)
			}
			checkPixels(t, dst, image.Rect(0, 0, 60, tt.want.Min.Y), white)
			checkPixels(t, dst, image.Rect(0, tt.want.Max.Y, 60, 60), white)
		})
	}
}

func TestRasterGlyphsFakeStyles(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 60, 60))
	g := &Glyphs{Size: px(24), Glyphs: []layout.Glyph{{}}, X: px(10), Y: px(40), Color: black, FakeBold: true}
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, fakeOutlines)
	// Bold: the square is widened by 24/24 = 1px.
	checkPixels(t, dst, image.Rect(10, 16, 35, 40), black)
	checkPixels(t, dst, image.Rect(35, 0, 60, 60), white)

	dst = image.NewRGBA(image.Rect(0, 0, 60, 60))
	g = &Glyphs{Size: px(20), Glyphs: []layout.Glyph{{}}, X: px(10), Y: px(40), Color: black, FakeItalic: true}
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, fakeOutlines)
	// Italic: the top edge moves right by 0.2 × 20 = 4px.
	checkPixels(t, dst, image.Rect(15, 20, 30, 21), black)
	checkPixels(t, dst, image.Rect(10, 20, 13, 21), white)
	checkPixels(t, dst, image.Rect(11, 39, 30, 40), black)
}

func TestRasterGlyphClip(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 30, 30))
	dl := &DisplayList{Items: []Item{
		&PushClip{Rect: rect(0, 0, 15, 30)},
		&Glyphs{Size: px(10), Glyphs: []layout.Glyph{{}}, X: px(10), Y: px(20), Color: black},
		&PopClip{},
	}}
	rasterWith(dl, dst, RasterOptions{}, fakeOutlines)
	checkPixels(t, dst, image.Rect(10, 10, 15, 20), black)
	checkPixels(t, dst, image.Rect(15, 0, 30, 30), white)
}

// TestRasterAhem draws real glyphs of the Ahem font, whose "X" is a full
// em square (0.8em above the baseline, 0.2em below): at integer positions
// it must cover whole pixels with no fringe, as reftests expect.
func TestRasterAhem(t *testing.T) {
	data, err := os.ReadFile("../../shared/corpus/wpt/fonts/Ahem.ttf")
	if err != nil {
		t.Skip("no Ahem font in ../shared/corpus:", err)
	}
	fs := layout.NewFontSet()
	if err := fs.AddFont(data); err != nil {
		t.Fatal(err)
	}
	runs := fs.Shape("XX", layout.FontSpec{Families: []string{"Ahem"}, Weight: 400, Size: px(20)})
	if len(runs) != 1 || len(runs[0].Glyphs) != 2 {
		t.Fatalf("shaping gave %d runs", len(runs))
	}
	for _, scale := range []float64{1, 2} {
		dst := image.NewRGBA(image.Rect(0, 0, int(100*scale), int(60*scale)))
		dl := &DisplayList{Items: []Item{&Glyphs{Font: runs[0].Font, Size: px(20), Glyphs: runs[0].Glyphs, X: px(10), Y: px(30), Color: black}}}
		dl.Raster(dst, RasterOptions{Scale: scale})
		s := func(v int) int { return int(float64(v) * scale) }
		checkPixels(t, dst, image.Rect(s(10), s(14), s(50), s(34)), black)
		checkPixels(t, dst, image.Rect(0, 0, s(100), s(14)), white)
		checkPixels(t, dst, image.Rect(0, s(34), s(100), s(60)), white)
		checkPixels(t, dst, image.Rect(0, 0, s(10), s(60)), white)
		checkPixels(t, dst, image.Rect(s(50), 0, s(100), s(60)), white)
	}
}

func TestGlyphCacheBounded(t *testing.T) {
	c := &glyphCache{}
	var z vector.Rasterizer
	for i := range 20000 {
		k := glyphKey{id: layout.GlyphID(i), size: px(40)}
		c.get(k, func() *glyphMask { return rasterizeGlyph(&z, square(40), 0, false) })
	}
	total := 0
	for i := range c.shards {
		s := &c.shards[i]
		for _, m := range []map[glyphKey]*glyphMask{s.cur, s.old} {
			for _, g := range m {
				total += len(g.mask.Pix) + 64
			}
		}
	}
	if total > glyphCacheBytes {
		t.Errorf("cache holds %d bytes, budget %d", total, glyphCacheBytes)
	}
}

func TestVerticalSnap(t *testing.T) {
	sq := func(top, bottom float32) []layout.PathSegment {
		pt := func(x, y float32) [3]layout.PathPoint { return [3]layout.PathPoint{{X: x, Y: y}} }
		return []layout.PathSegment{
			{Op: layout.MoveTo, Pts: pt(0, top)}, {Op: layout.LineTo, Pts: pt(10, top)},
			{Op: layout.LineTo, Pts: pt(10, bottom)}, {Op: layout.LineTo, Pts: pt(0, bottom)},
		}
	}
	tests := []struct {
		name                string
		top, bottom         float32
		wantTop, wantBottom float32
	}{
		{"Ahem at 24px", -19.2, 4.8, -19, 5},
		{"whole pixels", -10, 0, -10, 0},
		{"x-height", -8.4, 0, -8, 0},
		{"thin", -0.3, 0, -0.3, 0}, // under half a pixel: left alone
	}
	for _, tt := range tests {
		a, b := verticalSnap(sq(tt.top, tt.bottom))
		if top, bottom := tt.top*a+b, tt.bottom*a+b; math.Abs(float64(top-tt.wantTop)) > 1e-4 || math.Abs(float64(bottom-tt.wantBottom)) > 1e-4 {
			t.Errorf("%s: snapped to %v..%v, want %v..%v", tt.name, top, bottom, tt.wantTop, tt.wantBottom)
		}
	}
	// The Ahem square fills whole rows: no partly covered pixel.
	var z vector.Rasterizer
	m := rasterizeGlyph(&z, sq(-19.2, 4.8), 0, false)
	for i, v := range m.mask.Pix {
		if v != 255 {
			t.Fatalf("pixel %d coverage %d, want 255", i, v)
		}
	}
}
