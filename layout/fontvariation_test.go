package layout

import (
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/internal/fonttest"
)

// varTestSet returns a font set with "VarTest": Go Regular made variable
// on wght (100-400-900), wdth (50-100-200), ital (0-0-1), slnt (-20-0-20)
// and opsz (8-64-128), each axis at its peak moving the glyph of "a" by
// an advance delta in font units (2048 per em); wght also shifts its
// outline by 100 units. It returns the glyph's default advance in units.
func varTestSet(t *testing.T) (*FontSet, int) {
	t.Helper()
	s := NewFontSet()
	if err := s.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Plain"}); err != nil {
		t.Fatal(err)
	}
	runs := s.Shape("a", FontSpec{Families: []string{"Plain"}, Size: px(64)})
	gid := uint16(runs[0].Glyphs[0].ID)
	base := int(runs[0].Advance / 2) // 64px for 2048 units: 2 Fixed per unit
	axes := []fonttest.Axis{{Tag: "wght", Min: 100, Default: 400, Max: 900}, {Tag: "wdth", Min: 50, Default: 100, Max: 200},
		{Tag: "ital", Min: 0, Default: 0, Max: 1}, {Tag: "slnt", Min: -20, Default: 0, Max: 20},
		{Tag: "opsz", Min: 8, Default: 64, Max: 128}}
	deltas := []fonttest.GlyphDelta{{Glyph: gid, Axis: 0, Advance: 500, X: 100}, {Glyph: gid, Axis: 1, Advance: 1000},
		{Glyph: gid, Axis: 2, Advance: 300}, {Glyph: gid, Axis: 3, AtMin: true, Advance: 1000},
		{Glyph: gid, Axis: 4, Advance: 600}}
	data, err := fonttest.Variable(goregular.TTF, axes, deltas)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddFontFace(data, FontFaceDescriptors{Family: "VarTest"}); err != nil {
		t.Fatal(err)
	}
	return s, base
}

// TestVariationInstances checks the advance of "a" in the variable test
// font: the axes follow font-weight, font-stretch, font-style,
// font-optical-sizing and font-variation-settings (CSS Fonts 4 §7.2).
func TestVariationInstances(t *testing.T) {
	s, base := varTestSet(t)
	st := func(set func(st *cssom.ComputedStyle)) FontSpec {
		cs := cssom.Initial()
		cs.FontFamily, cs.FontSize = []string{"VarTest"}, px(64)
		set(cs)
		return SpecOf(cs)
	}
	tests := []struct {
		name  string
		spec  FontSpec
		delta int // font units
	}{
		{"default", st(func(*cssom.ComputedStyle) {}), 0},
		{"weight 900", st(func(c *cssom.ComputedStyle) { c.FontWeight = 900 }), 500},
		{"weight 650", st(func(c *cssom.ComputedStyle) { c.FontWeight = 650 }), 250},
		{"weight 100", st(func(c *cssom.ComputedStyle) { c.FontWeight = 100 }), 0},
		{"stretch 200%", st(func(c *cssom.ComputedStyle) { c.FontStretch = 200 }), 1000},
		{"stretch 150%", st(func(c *cssom.ComputedStyle) { c.FontStretch = 150 }), 500},
		{"stretch 75%", st(func(c *cssom.ComputedStyle) { c.FontStretch = 75 }), 0},
		{"italic", st(func(c *cssom.ComputedStyle) { c.FontStyle = cssom.FontStyleItalic }), 300},
		{"oblique", st(func(c *cssom.ComputedStyle) { c.FontStyle = cssom.FontStyleOblique }), 700}, // slnt -14
		{"settings wght", st(func(c *cssom.ComputedStyle) { c.FontVariationSettings = "wght=900" }), 500},
		{"settings clamped", st(func(c *cssom.ComputedStyle) { c.FontVariationSettings = "wght=5000,wdth=1" }), 500},
		{"settings last wins", st(func(c *cssom.ComputedStyle) { c.FontVariationSettings = "wght=900,wght=400" }), 0},
		{"settings over weight", st(func(c *cssom.ComputedStyle) {
			c.FontWeight = 900
			c.FontVariationSettings = "wght=650"
		}), 250},
		{"unknown axis", st(func(c *cssom.ComputedStyle) { c.FontVariationSettings = "XXXX=1" }), 0},
		{"opsz from size", st(func(c *cssom.ComputedStyle) { c.FontSize = px(128) }), 600},
		{"optical sizing none", st(func(c *cssom.ComputedStyle) {
			c.FontSize = px(128)
			c.FontOpticalSizingNone = true
		}), 0},
		{"opsz setting", st(func(c *cssom.ComputedStyle) { c.FontVariationSettings = "opsz=128" }), 600},
	}
	for _, tc := range tests {
		runs := s.Shape("a", tc.spec)
		if len(runs) != 1 || runs[0].Font.Family() != "VarTest" {
			t.Fatalf("%s: runs %+v", tc.name, runs)
		}
		perUnit := tc.spec.Size / 2048 // Fixed per font unit
		if got, want := runs[0].Advance, Fixed(base+tc.delta)*perUnit; got != want {
			t.Errorf("%s: advance %v, want %v (%d units more than %d)", tc.name, got, want, tc.delta, base)
		}
		if runs[0].FakeItalic {
			t.Errorf("%s: synthesized italic over the ital or slnt axis", tc.name)
		}
	}
}

// TestVariationOutline checks that glyph outlines follow the instance
// shaping used: wght 900 moves every point of "a" 100 units right.
func TestVariationOutline(t *testing.T) {
	s, _ := varTestSet(t)
	spec := FontSpec{Families: []string{"VarTest"}, Size: px(64), Weight: 400}
	normal := s.Shape("a", spec)[0]
	spec.Weight = 900
	bold := s.Shape("a", spec)[0]
	if normal.Font == bold.Font {
		t.Fatal("weight 900 used the default instance")
	}
	a := normal.Font.Outline(normal.Glyphs[0].ID, px(64))
	b := bold.Font.Outline(bold.Glyphs[0].ID, px(64))
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("outlines of %d and %d segments", len(a), len(b))
	}
	if dx := b[0].Pts[0].X - a[0].Pts[0].X; dx < 3.1 || dx > 3.15 { // 100 units at 64px: 3.125px
		t.Errorf("wght 900 moved the outline by %vpx, want 3.125", dx)
	}
	// The instances are cached: the same spec gives the same face.
	if again := s.Shape("a ", spec)[0]; again.Font != bold.Font {
		t.Error("a second shaping made a new instance")
	}
}

// TestNonVariableFontSettings checks that variation settings leave a face
// without axes as it is.
func TestNonVariableFontSettings(t *testing.T) {
	s, base := varTestSet(t)
	spec := FontSpec{Families: []string{"Plain"}, Size: px(64), Features: "var:wght=900", Style: cssom.FontStyleItalic}
	r := s.Shape("a", spec)[0]
	if r.Advance != Fixed(2*base) || !r.FakeItalic {
		t.Errorf("advance %v fake italic %v, want %v and true", r.Advance, r.FakeItalic, 2*base)
	}
}
