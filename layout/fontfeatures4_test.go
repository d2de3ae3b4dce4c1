package layout

import (
	"os"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/internal/fonttest"
)

func TestFont4FeatureString(t *testing.T) {
	tests := []struct {
		set  func(st *cssom.ComputedStyle)
		want string
	}{
		{func(st *cssom.ComputedStyle) { st.FontVariantPosition = cssom.PositionSuper }, "sups=1"},
		{func(st *cssom.ComputedStyle) { st.FontVariantPosition = cssom.PositionSub }, "subs=1"},
		{func(st *cssom.ComputedStyle) {
			st.FontVariantEastAsian = cssom.EastAsianJIS78 | cssom.EastAsianProportionalWidth | cssom.EastAsianRuby
		}, "jp78=1,pwid=1,ruby=1"},
		{func(st *cssom.ComputedStyle) { st.FontVariantEastAsian = cssom.EastAsianTraditional }, "trad=1"},
		{func(st *cssom.ComputedStyle) { st.FontVariantEastAsian = cssom.EastAsianFullWidth }, "fwid=1"},
		{func(st *cssom.ComputedStyle) { st.FontVariantAlternates = "stylistic(x) historical-forms" }, "hist=1,alt:stylistic(x) historical-forms"},
		{func(st *cssom.ComputedStyle) { st.FontVariantAlternates = "styleset(a, b)" }, "alt:styleset(a; b)"},
		// font-feature-settings comes after the font-variant-* features,
		// the settings entries last.
		{func(st *cssom.ComputedStyle) {
			st.FontVariantPosition = cssom.PositionSuper
			st.FontFeatureSettings = "sups=0"
			st.FontVariationSettings = "wght=700,wdth=80"
			st.FontOpticalSizingNone = true
			st.FontLanguageOverride = "SRB"
			st.FontVariantEmoji = cssom.EmojiText
		}, "sups=1,sups=0,var:wght=700,var:wdth=80,opsz:none,lang:SRB,emoji:1"},
	}
	for i, tc := range tests {
		st := cssom.Initial()
		tc.set(st)
		if got := featureString(st); got != tc.want {
			t.Errorf("%d: featureString = %q, want %q", i, got, tc.want)
		}
	}
	ss := parseShapeSettings("sups=1,var:wght=700,var:bad=x,opsz:none,lang:SRB,emoji:2")
	if len(ss.features) != 1 || len(ss.variations) != 1 || ss.variations[0].Value != 700 || !ss.noOpsz ||
		ss.lang != "x-hbot-53524220" || ss.emoji != cssom.EmojiEmoji {
		t.Errorf("parseShapeSettings: %+v", ss)
	}
	for _, bad := range []string{"", "TOOLONG", "a\x01"} {
		if l := languageSystem(bad); l != "" {
			t.Errorf("languageSystem(%q) = %q", bad, l)
		}
	}
}

// TestLanguageOverride checks that font-language-override picks the
// OpenType language system: DejaVu Sans has a Serbian form of Cyrillic
// be (б) in its locl feature.
func TestLanguageOverride(t *testing.T) {
	s := dejaVuTestSet(t)
	glyph := func(lang string, locale ...string) GlyphID {
		st := cssom.Initial()
		st.FontFamily, st.FontSize, st.FontLanguageOverride = []string{"DejaVu Test"}, px(20), lang
		if len(locale) > 0 {
			st.Locale = locale[0]
		}
		runs := s.Shape("б", SpecOf(st))
		if len(runs) != 1 || len(runs[0].Glyphs) != 1 {
			t.Fatalf("%q: runs %+v", lang, runs)
		}
		return runs[0].Glyphs[0].ID
	}
	plain, srb := glyph(""), glyph("SRB")
	if plain == srb {
		t.Errorf("font-language-override SRB kept glyph %d", plain)
	}
	if trk := glyph("TRK"); trk != plain {
		t.Errorf("font-language-override TRK changed glyph %d to %d", plain, trk)
	}
	// The content language (lang="sr") selects the Serbian forms too,
	// unless font-language-override says otherwise.
	if sr := glyph("", "sr-Cyrl"); sr != srb {
		t.Errorf("lang=sr: glyph %d, want %d", sr, srb)
	}
	if trk := glyph("TRK", "sr"); trk != plain {
		t.Errorf("lang=sr with override TRK: glyph %d, want %d", trk, plain)
	}
	if bad := glyph("", "x-hbotSRB"); bad != plain {
		t.Errorf("a private-use locale picked a language system: glyph %d", bad)
	}
}

// TestEmojiPresentation checks the face that font-variant-emoji and the
// variation selectors choose for an emoji character (©, text by default)
// between a text face and a colour face that both have it.
func TestEmojiPresentation(t *testing.T) {
	s := NewFontSet()
	if err := s.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Plain"}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddFontFace(colrFont(t), FontFaceDescriptors{Family: "Colour"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		families []string
		emoji    cssom.FontVariantEmoji
		text     string
		want     string
	}{
		{[]string{"Plain", "Colour"}, cssom.EmojiNormal, "©", "Plain"},
		{[]string{"Plain", "Colour"}, cssom.EmojiEmoji, "©", "Colour"},
		{[]string{"Plain", "Colour"}, cssom.EmojiUnicode, "©", "Plain"},
		{[]string{"Plain", "Colour"}, cssom.EmojiNormal, "©\uFE0F", "Colour"},
		{[]string{"Plain", "Colour"}, cssom.EmojiText, "©\uFE0F", "Colour"},
		{[]string{"Plain", "Colour"}, cssom.EmojiEmoji, "a", "Plain"},
		{[]string{"Plain", "Colour"}, cssom.EmojiEmoji, "1", "Colour"},
		{[]string{"Colour", "Plain"}, cssom.EmojiNormal, "©", "Colour"},
		{[]string{"Colour", "Plain"}, cssom.EmojiText, "©", "Plain"},
		{[]string{"Colour", "Plain"}, cssom.EmojiUnicode, "©", "Plain"},
		{[]string{"Colour", "Plain"}, cssom.EmojiNormal, "©\uFE0E", "Plain"},
	}
	for _, tc := range tests {
		st := cssom.Initial()
		st.FontFamily, st.FontSize, st.FontVariantEmoji = tc.families, px(20), tc.emoji
		runs := s.Shape(tc.text, SpecOf(st))
		if len(runs) == 0 || runs[0].Font.Family() != tc.want {
			t.Errorf("%v %v %q: face %v, want %s", tc.families, tc.emoji, tc.text, runs, tc.want)
		}
	}
}

// TestAlternatesFeatureValues checks that the functional values of
// font-variant-alternates take their indexes from @font-feature-values
// rules for the family of the face: DejaVu Sans has a stylistic alternate
// of "a" (salt).
func TestAlternatesFeatureValues(t *testing.T) {
	s := dejaVuTestSet(t)
	glyph := func(alternates, ffs string) GlyphID {
		st := cssom.Initial()
		st.FontFamily, st.FontSize = []string{"DejaVu Test"}, px(20)
		st.FontVariantAlternates, st.FontFeatureSettings = alternates, ffs
		return s.Shape("a", SpecOf(st))[0].Glyphs[0].ID
	}
	plain := glyph("", "")
	if g := glyph("stylistic(fancy)", ""); g != plain {
		t.Errorf("without a rule: glyph %d, want %d", g, plain)
	}
	s.AddFeatureValues(&cssom.FontFeatureValuesRule{Families: []string{"Other"},
		Values: []cssom.FeatureValue{{Kind: "stylistic", Name: "fancy", Indexes: []int{1}}}})
	if g := glyph("stylistic(fancy)", ""); g != plain {
		t.Errorf("a rule for another family: glyph %d, want %d", g, plain)
	}
	s.AddFeatureValues(&cssom.FontFeatureValuesRule{Families: []string{"dejavu test"},
		Values: []cssom.FeatureValue{{Kind: "stylistic", Name: "fancy", Indexes: []int{1}},
			{Kind: "stylistic", Name: "off", Indexes: []int{0}}}})
	fancy := glyph("stylistic(fancy)", "")
	if fancy == plain {
		t.Errorf("stylistic(fancy): glyph %d unchanged", fancy)
	}
	if g := glyph("stylistic(off)", ""); g != plain {
		t.Errorf("stylistic(off): glyph %d, want %d", g, plain)
	}
	if g := glyph("stylistic(Fancy)", ""); g != plain {
		t.Errorf("names are case-sensitive: glyph %d, want %d", g, plain)
	}
	// font-feature-settings comes after font-variant-alternates.
	if g := glyph("stylistic(fancy)", "salt=0"); g != plain {
		t.Errorf("font-feature-settings salt 0: glyph %d, want %d", g, plain)
	}
}

// TestFontSizeAdjust checks the used font size under font-size-adjust:
// the size times the value over the first available font's aspect value.
func TestFontSizeAdjust(t *testing.T) {
	s := NewFontSet()
	st := cssom.Initial()
	st.FontSize = px(20)
	base := SpecOf(st)
	p := s.Primary(base)
	xAspect, capAspect := p.aspect(cssom.SizeAdjustExHeight), p.aspect(cssom.SizeAdjustCapHeight)
	if xAspect < 0.3 || xAspect > 0.7 || capAspect <= xAspect || capAspect > 1 {
		t.Fatalf("aspects %v, %v", xAspect, capAspect)
	}
	plain := s.Shape("xx", base)[0]
	tests := []struct {
		adjust cssom.FontSizeAdjust
		size   Fixed
	}{
		{cssom.FontSizeAdjust{}, 0},
		{cssom.FontSizeAdjust{Metric: cssom.SizeAdjustExHeight, Value: 0.6}, px(20).MulFloat(0.6 / xAspect)},
		{cssom.FontSizeAdjust{Metric: cssom.SizeAdjustCapHeight, Value: 0.6}, px(20).MulFloat(0.6 / capAspect)},
		{cssom.FontSizeAdjust{Metric: cssom.SizeAdjustExHeight, FromFont: true}, px(20)},
		{cssom.FontSizeAdjust{Metric: cssom.SizeAdjustIcWidth, Value: 0.5}, px(10)}, // no 水: aspect 1
	}
	for _, tc := range tests {
		st.FontSizeAdjust = tc.adjust
		spec := SpecOf(st)
		r := s.Shape("xx", spec)[0]
		if r.Size != tc.size {
			t.Errorf("%v: run size %v, want %v", tc.adjust, r.Size, tc.size)
		}
		want := plain.Advance
		if tc.size != 0 {
			want = s.Shape("xx", FontSpec{Families: base.Families, Weight: base.Weight, Size: tc.size})[0].Advance
		}
		if r.Advance != want {
			t.Errorf("%v: advance %v, want %v", tc.adjust, r.Advance, want)
		}
		if m, want := s.Metrics(spec), p.Metrics(tc.size); tc.size != 0 && m != want {
			t.Errorf("%v: metrics %+v, want %+v", tc.adjust, m, want)
		}
	}
}

// TestFontPalette checks the palette COLR layers take their colours from:
// the test font's glyph "A" has a layer in palette entry 0, red in
// palette 0 (for light backgrounds) and blue in palette 1 (for dark ones).
func TestFontPalette(t *testing.T) {
	flavor, tabs, err := fonttest.Tables(colrFont(t))
	if err != nil {
		t.Fatal(err)
	}
	for i := range tabs {
		if tabs[i].Tag == "CPAL" {
			tabs[i].Data = fonttest.CPALv1([][][4]uint8{{{255, 0, 0, 255}}, {{0, 0, 255, 255}}}, []uint32{1, 2})
		}
	}
	s := NewFontSet()
	if err := s.AddFontFace(fonttest.SFNT(flavor, tabs), FontFaceDescriptors{Family: "Colour"}); err != nil {
		t.Fatal(err)
	}
	s.AddPaletteValues(&cssom.FontPaletteValuesRule{Name: "--green", Families: []string{"colour"}, BasePalette: "1",
		Overrides: []cssom.PaletteOverride{{Index: 0, Color: cssom.Color{G: 128, A: 255}}, {Index: 9, Color: cssom.Color{A: 255}}}})
	s.AddPaletteValues(&cssom.FontPaletteValuesRule{Name: "--dark", Families: []string{"Colour"}, BasePalette: "dark"})
	s.AddPaletteValues(&cssom.FontPaletteValuesRule{Name: "--other", Families: []string{"Other"}, BasePalette: "1"})
	red, blue := cssom.Color{R: 255, A: 255}, cssom.Color{B: 255, A: 255}
	tests := []struct {
		palette string
		want    cssom.Color
	}{
		{"", red}, {"light", red}, {"dark", blue}, {"--green", cssom.Color{G: 128, A: 255}}, {"--dark", blue},
		{"--other", red}, {"--missing", red},
	}
	for _, tc := range tests {
		st := cssom.Initial()
		st.FontFamily, st.FontSize, st.FontPalette = []string{"Colour"}, px(20), tc.palette
		r := s.Shape("A", SpecOf(st))[0]
		g, ok := r.Font.ColorGlyph(r.Glyphs[0].ID, px(20))
		if !ok || len(g.Layers) != 2 {
			t.Fatalf("%q: colour glyph %+v, %v", tc.palette, g, ok)
		}
		if g.Layers[0].Color != tc.want || !g.Layers[1].Foreground {
			t.Errorf("%q: layers %+v, want the first in %v", tc.palette, g.Layers, tc.want)
		}
	}
}

// TestLocaleEntry checks the features string of the content language.
func TestLocaleEntry(t *testing.T) {
	st := cssom.Initial()
	st.Locale = "sr-Cyrl"
	if got := featureString(st); got != "locale:sr-Cyrl" {
		t.Errorf("featureString = %q", got)
	}
	st.FontKerning = cssom.KerningNone
	if got := featureString(st); got != "kern=0,locale:sr-Cyrl" {
		t.Errorf("featureString = %q", got)
	}
	st.Locale = "x-hbotSRB"
	if got := featureString(st); got != "kern=0" {
		t.Errorf("private-use locale: featureString = %q", got)
	}
	st.FontKerning, st.Locale = cssom.KerningAuto, "bad,tag"
	if got := featureString(st); got != "" {
		t.Errorf("bad locale: featureString = %q", got)
	}
}

// dejaVuTestSet returns a font set with DejaVu Sans (installed by .ci/run)
// as the family "DejaVu Test", skipping the test without it.
func dejaVuTestSet(t *testing.T) *FontSet {
	t.Helper()
	data, err := os.ReadFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
	if err != nil {
		t.Skipf("DejaVu Sans not installed: %v", err)
	}
	s := NewFontSet()
	if err := s.AddFontFace(data, FontFaceDescriptors{Family: "DejaVu Test"}); err != nil {
		t.Fatal(err)
	}
	return s
}
