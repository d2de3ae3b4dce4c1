package layout

import (
	"os"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/internal/fonttest"
)

// notoEmojiPath is Debian's fonts-noto-color-emoji (CBDT bitmaps); tests
// that need it skip when it is absent.
const notoEmojiPath = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"

// glyphOf returns the glyph of r in the first family of s.
func glyphOf(t *testing.T, s *FontSet, family string, r rune) (*Font, GlyphID) {
	t.Helper()
	runs := s.Shape(string(r), FontSpec{Families: []string{family}, Size: px(16)})
	if len(runs) != 1 || len(runs[0].Glyphs) != 1 {
		t.Fatalf("shaping %q in %s: %+v", r, family, runs)
	}
	return runs[0].Font, runs[0].Glyphs[0].ID
}

// colrFont returns the Go font with a COLR table that draws "A" as "B" in
// red under "C" in the text colour, and "D" with a palette index out of
// range.
func colrFont(t *testing.T) []byte {
	t.Helper()
	s := NewFontSet()
	var ids [4]uint16
	for i, r := range "ABCD" {
		_, id := glyphOf(t, s, "Go", r)
		ids[i] = uint16(id)
	}
	flavor, tabs, err := fonttest.Tables(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	for i := range tabs {
		if tabs[i].Tag == "name" {
			// Another family name, so that the set keeps both faces apart.
			tabs[i].Data = renameFamily(t, tabs[i].Data, "Go Color")
		}
	}
	tabs = append(tabs,
		fonttest.Table{Tag: "COLR", Data: fonttest.COLR(map[uint16][]fonttest.Layer{
			ids[0]: {{Glyph: ids[1], Palette: 0}, {Glyph: ids[2], Palette: 0xFFFF}},
			ids[3]: {{Glyph: ids[3], Palette: 7}},
		})},
		fonttest.Table{Tag: "CPAL", Data: fonttest.CPAL([][4]uint8{{255, 0, 0, 255}})})
	return fonttest.SFNT(flavor, tabs)
}

// renameFamily rewrites the name table so that every family name record
// (IDs 1 and 16) reads name, in UTF-16BE.
func renameFamily(t *testing.T, name []byte, family string) []byte {
	t.Helper()
	var utf16 []byte
	for _, r := range family {
		utf16 = append(utf16, 0, byte(r))
	}
	n := int(name[2])<<8 | int(name[3])
	recs := make([]byte, 6+12*n)
	copy(recs, name[:6])
	storage := []byte{}
	for i := range n {
		rec := append([]byte(nil), name[6+12*i:6+12*i+12]...)
		id := int(rec[6])<<8 | int(rec[7])
		off := int(name[4])<<8 | int(name[5]) + (int(rec[10])<<8 | int(rec[11]))
		l := int(rec[8])<<8 | int(rec[9])
		data := name[off : off+l]
		if id == 1 || id == 16 {
			if rec[0] == 1 { // Macintosh: single bytes
				data = []byte(family)
			} else {
				data = utf16
			}
		}
		rec[8], rec[9] = byte(len(data)>>8), byte(len(data))
		rec[10], rec[11] = byte(len(storage)>>8), byte(len(storage))
		storage = append(storage, data...)
		copy(recs[6+12*i:], rec)
	}
	recs[4], recs[5] = byte(len(recs)>>8), byte(len(recs))
	return append(recs, storage...)
}

func TestColorGlyphCOLR(t *testing.T) {
	s := NewFontSet()
	if err := s.AddFont(colrFont(t)); err != nil {
		t.Fatal(err)
	}
	f, a := glyphOf(t, s, "Go Color", 'A')
	if f.Family() != "Go Color" || !f.HasColorGlyphs() {
		t.Fatalf("face %q, HasColorGlyphs %v", f.Family(), f.HasColorGlyphs())
	}
	_, b := glyphOf(t, s, "Go Color", 'B')
	_, c := glyphOf(t, s, "Go Color", 'C')
	g, ok := f.ColorGlyph(a, px(20))
	if !ok || g.Bitmap != nil || len(g.Layers) != 2 {
		t.Fatalf("ColorGlyph(A) = %+v, %v", g, ok)
	}
	want := []ColorLayer{{Glyph: b, Color: cssom.Color{R: 255, A: 255}}, {Glyph: c, Color: cssom.Color{A: 255}, Foreground: true}}
	for i, l := range g.Layers {
		if l != want[i] {
			t.Errorf("layer %d = %+v, want %+v", i, l, want[i])
		}
	}
	if _, ok := f.ColorGlyph(b, px(20)); ok {
		t.Error("B is not a colour glyph")
	}
	_, d := glyphOf(t, s, "Go Color", 'D')
	if g, ok := f.ColorGlyph(d, px(20)); !ok || len(g.Layers) != 1 || g.Layers[0].Color.A != 0 {
		t.Errorf("out-of-palette layer = %+v, %v; want a transparent layer", g, ok)
	}
	if _, ok := f.ColorGlyph(GlyphID(1<<20), px(20)); ok {
		t.Error("glyph out of range has a colour form")
	}
	goFont, _ := glyphOf(t, s, "Go", 'A')
	if goFont.HasColorGlyphs() {
		t.Error("the Go font has no colour glyphs")
	}
}

func TestColorGlyphBitmap(t *testing.T) {
	data, err := os.ReadFile(notoEmojiPath)
	if err != nil {
		t.Skipf("Noto Color Emoji not installed (apt-get install fonts-noto-color-emoji): %v", err)
	}
	s := NewFontSet()
	if err := s.AddFont(data); err != nil {
		t.Fatal(err)
	}
	// Fallback reaches the added face for an emoji asked of sans-serif.
	runs := s.Shape("😀", FontSpec{Families: []string{"sans-serif"}, Size: px(32)})
	if len(runs) != 1 || runs[0].Font.Family() != "Noto Color Emoji" || len(runs[0].Glyphs) != 1 {
		t.Fatalf("runs = %+v", runs)
	}
	f, id := runs[0].Font, runs[0].Glyphs[0].ID
	g, ok := f.ColorGlyph(id, px(32))
	if !ok || g.Bitmap == nil {
		t.Fatalf("ColorGlyph = %+v, %v", g, ok)
	}
	bm := g.Bitmap
	if string(bm.PNG[1:4]) != "PNG" {
		t.Errorf("bitmap is not a PNG: % x", bm.PNG[:8])
	}
	// The emoji is about 1.2em wide, sits on the baseline and rises about
	// 0.9em above it.
	if bm.Width < 32 || bm.Width > 44 || bm.Height < 28 || bm.Height > 44 || bm.Y > -20 || bm.Y+bm.Height < 0 {
		t.Errorf("bitmap box (%v,%v) %vx%v at 32px", bm.X, bm.Y, bm.Width, bm.Height)
	}
	if a := runs[0].Advance; a < px(32) || a > px(44) {
		t.Errorf("advance %v at 32px", a)
	}
}
