package layout

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
)

func TestParseUnicodeRange(t *testing.T) {
	tests := []struct {
		in   string
		want []UnicodeRange
		bad  bool
	}{
		{"U+26", []UnicodeRange{{0x26, 0x26}}, false},
		{"u+0-7F", []UnicodeRange{{0, 0x7F}}, false},
		{"U+0025-00FF, U+4??", []UnicodeRange{{0x25, 0xFF}, {0x400, 0x4FF}}, false},
		{"U+0000-00FF,U+0131,U+0152-0153", []UnicodeRange{{0, 0xFF}, {0x131, 0x131}, {0x152, 0x153}}, false},
		{"U+??????", []UnicodeRange{{0, 0x10FFFF}}, false}, // clamped
		{"U+10FFFF-1FFFFF", []UnicodeRange{{0x10FFFF, 0x10FFFF}}, false},
		{"U+7F-0", nil, true},
		{"U+", nil, true},
		{"U+1234567", nil, true},
		{"U+4?0", nil, true},
		{"U+0-", nil, true},
		{"0-7F", nil, true},
		{"U+0-7F,", nil, true},
		{"U+110000", nil, true},
	}
	for _, tc := range tests {
		got, err := ParseUnicodeRange(tc.in)
		if (err != nil) != tc.bad || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseUnicodeRange(%q) = %v, %v; want %v (bad %v)", tc.in, got, err, tc.want, tc.bad)
		}
	}
}

func TestFontFaceDescriptorsOf(t *testing.T) {
	tests := []struct {
		weight, style, urange string
		want                  FontFaceDescriptors
		bad                   bool
	}{
		{"", "", "", FontFaceDescriptors{Family: "F"}, false},
		{"bold", "italic", "", FontFaceDescriptors{Family: "F", Weight: 700, WeightMax: 700, Style: italic, StyleSet: true}, false},
		{"100 900", "normal", "", FontFaceDescriptors{Family: "F", Weight: 100, WeightMax: 900, StyleSet: true}, false},
		{"900 normal", "oblique 10deg 20deg", "", FontFaceDescriptors{Family: "F", Weight: 400, WeightMax: 900, Style: oblique, StyleSet: true}, false},
		{"auto", "auto", "U+0-FF", FontFaceDescriptors{Family: "F", UnicodeRange: []UnicodeRange{{0, 0xFF}}}, false},
		{"350.4", "", "", FontFaceDescriptors{Family: "F", Weight: 350, WeightMax: 350}, false},
		{"0", "", "", FontFaceDescriptors{}, true},
		{"1001", "", "", FontFaceDescriptors{}, true},
		{"bolder", "", "", FontFaceDescriptors{}, true},
		{"100 200 300", "", "", FontFaceDescriptors{}, true},
		{"", "slanted", "", FontFaceDescriptors{}, true},
		{"", "", "U+FF-0", FontFaceDescriptors{}, true},
	}
	for _, tc := range tests {
		got, err := FontFaceDescriptorsOf(&cssom.FontFace{Family: "F", Weight: tc.weight, Style: tc.style, UnicodeRange: tc.urange})
		if (err != nil) != tc.bad || !tc.bad && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("descriptors %q %q %q = %+v, %v; want %+v (bad %v)", tc.weight, tc.style, tc.urange, got, err, tc.want, tc.bad)
		}
	}
}

// TestFontFaceUnicodeRange: faces of one family with equal descriptors and
// different unicode-ranges act as one composite face; a character outside
// every range falls through to the next family.
func TestFontFaceUnicodeRange(t *testing.T) {
	s := NewFontSet().Derive()
	latin := FontFaceDescriptors{Family: "Web", UnicodeRange: []UnicodeRange{{0, 0x7F}}}
	digits := FontFaceDescriptors{Family: "Web", UnicodeRange: []UnicodeRange{{'0', '9'}}}
	if err := s.AddFontFace(goregular.TTF, latin); err != nil {
		t.Fatal(err)
	}
	if err := s.AddFontFace(gomono.TTF, digits); err != nil {
		t.Fatal(err)
	}
	spec := FontSpec{Families: []string{"Web", "sans-serif"}, Size: px(10)}
	runs := s.Shape("ab12é", spec)
	var got []string
	for _, r := range runs {
		got = append(got, r.Text+":"+r.Font.data().ot.Describe().Family)
	}
	// The digits face was defined last: it is checked first for 1 and 2.
	// é is outside both ranges although both fonts have it.
	want := []string{"ab:Go", "12:Go Mono", "é:Liberation Sans"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("runs %q, want %q", got, want)
	}
	// The primary font is the first face whose range holds U+0020.
	if f := s.Primary(spec); f.data().ot.Describe().Family != "Go" {
		t.Errorf("primary %q, want the latin face", f.data().ot.Describe().Family)
	}
	s2 := NewFontSet().Derive()
	s2.AddFontFace(gomono.TTF, digits)
	if f := s2.Primary(spec); f.Family() != "Liberation Sans" {
		t.Errorf("primary with only a digits face: %q, want Liberation Sans", f.Family())
	}
	if r := s2.Shape("7", spec); r[0].Font.Family() != "Web" {
		t.Errorf("digit with only a digits face: %q", r[0].Font.Family())
	}
}

// TestFontFaceWeightRange: a face declared for a weight range matches every
// weight in it without synthesis, and the nearest end outside it.
func TestFontFaceWeightRange(t *testing.T) {
	s := NewFontSet().Derive()
	if err := s.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Var", Weight: 300, WeightMax: 800}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddFontFace(gomono.TTF, FontFaceDescriptors{Family: "Var", Weight: 900}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		weight uint16
		mono   bool
		bold   bool
	}{
		{400, false, false},
		{700, false, false},
		{800, false, false},
		{850, true, false}, // > 500: heavier faces first
		{100, false, false},
	}
	for _, tc := range tests {
		cf := s.chain(FontSpec{Families: []string{"Var"}, Weight: tc.weight, Size: px(10)}).primary()
		mono := cf.font.data().ot.Describe().Family == "Go Mono"
		if mono != tc.mono || cf.fakeBold != tc.bold {
			t.Errorf("weight %d: mono %v fake bold %v, want %v %v", tc.weight, mono, cf.fakeBold, tc.mono, tc.bold)
		}
	}
}

// TestWOFF2Face loads WOFF2 files of the corpus through AddFontFace and
// AddDir.
func TestWOFF2Face(t *testing.T) {
	dir := "../../shared/corpus/sites/startbootstrap-sb-admin-2/vendor/fontawesome-free/webfonts"
	data, err := os.ReadFile(filepath.Join(dir, "fa-solid-900.woff2"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	ttf, err := os.ReadFile(filepath.Join(dir, "fa-solid-900.ttf"))
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	s := NewFontSet().Derive()
	if err := s.AddFontFace(data, FontFaceDescriptors{Family: "Font Awesome 5 Free", Weight: 900}); err != nil {
		t.Fatalf("AddFontFace(woff2): %v", err)
	}
	ref := NewFontSet().Derive()
	if err := ref.AddFontFace(ttf, FontFaceDescriptors{Family: "FA", Weight: 900}); err != nil {
		t.Fatal(err)
	}
	const icon = "\uf007" // fa-user
	a := s.Shape(icon, FontSpec{Families: []string{"Font Awesome 5 Free"}, Weight: 900, Size: px(16)})
	b := ref.Shape(icon, FontSpec{Families: []string{"FA"}, Weight: 900, Size: px(16)})
	if len(a) != 1 || a[0].Font.Family() != "Font Awesome 5 Free" || len(b) != 1 || !reflect.DeepEqual(a[0].Glyphs, b[0].Glyphs) {
		t.Fatalf("woff2 icon: %+v, want the TTF's glyphs %+v", a, b)
	}
	oa, ob := a[0].Font.Outline(a[0].Glyphs[0].ID, px(16)), b[0].Font.Outline(b[0].Glyphs[0].ID, px(16))
	if len(oa) == 0 || !reflect.DeepEqual(oa, ob) {
		t.Errorf("woff2 outline: %d segments, TTF %d", len(oa), len(ob))
	}
	d := NewFontSet()
	if err := d.AddDir(dir); err != nil {
		t.Fatalf("AddDir: %v", err)
	}
	if n := len(d.added); n != 9 { // 3 fonts × ttf, woff, woff2
		t.Errorf("AddDir added %d faces, want 9", n)
	}
}

// TestFontFaceCache: adding the same data twice parses it once.
func TestFontFaceCache(t *testing.T) {
	a, b := NewFontSet().Derive(), NewFontSet().Derive()
	a.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "X"})
	b.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Y", Weight: 700})
	fa, fb := a.Primary(FontSpec{Families: []string{"X"}}), b.Primary(FontSpec{Families: []string{"Y"}})
	if fa.data() != fb.data() || fa.Family() != "X" || fb.Family() != "Y" || fb.Weight() != 700 {
		t.Errorf("shared tables %v, families %q %q, weight %d", fa.data() == fb.data(), fa.Family(), fb.Family(), fb.Weight())
	}
}

// TestVariableWeight: a variable font's wght axis follows the matched
// weight: the face stands for its axis range, and text shapes and draws
// with the instance.
func TestVariableWeight(t *testing.T) {
	data := modFile(t, "github.com/go-text/typesetting-utils@v0.0.0-20260419141703-4ffe8874dabc", "opentype/common/Selawik-VF.ttf")
	s := NewFontSet()
	if err := s.AddFont(data); err != nil {
		t.Fatal(err)
	}
	name := s.added[0].Family()
	fam := s.Primary(FontSpec{Families: []string{name}})
	if fam.Family() != name || fam.data().wghtMax == 0 || fam.weight >= fam.weightMax {
		t.Fatalf("Selawik: %q weight %d..%d, axis %v..%v", fam.Family(), fam.weight, fam.weightMax, fam.data().wghtMin, fam.data().wghtMax)
	}
	shape := func(s *FontSet, fam string, w uint16) ShapedRun {
		runs := s.Shape("Hamburgefonts", FontSpec{Families: []string{fam}, Weight: w, Size: px(32)})
		if len(runs) != 1 {
			t.Fatalf("%d runs", len(runs))
		}
		return runs[0]
	}
	light, bold := shape(s, name, 300), shape(s, name, 700)
	if bold.FakeBold || bold.Font.wght != 700 || light.Font.wght != 300 {
		t.Errorf("instances: light wght %v, bold wght %v fake bold %v", light.Font.wght, bold.Font.wght, bold.FakeBold)
	}
	if bold.Advance <= light.Advance {
		t.Errorf("bold advance %v <= light advance %v: the axis is not applied to shaping", bold.Advance, light.Advance)
	}
	ol, ob := light.Font.Outline(light.Glyphs[0].ID, px(32)), bold.Font.Outline(bold.Glyphs[0].ID, px(32))
	if len(ol) == 0 || reflect.DeepEqual(ol, ob) {
		t.Errorf("bold and light outlines are equal: the axis is not applied to outlines")
	}
	if again := shape(s, name, 700); again.Font != bold.Font {
		t.Errorf("instances are not reused")
	}
	// As a web font: the descriptor range clamps the weight.
	d := NewFontSet().Derive()
	if err := d.AddFontFace(data, FontFaceDescriptors{Family: "Web VF", Weight: 400, WeightMax: 600}); err != nil {
		t.Fatal(err)
	}
	if r := shape(d, "Web VF", 900); r.Font.wght != 600 || r.FakeBold {
		t.Errorf("web face at 900: wght %v fake bold %v, want 600 and no synthesis", r.Font.wght, r.FakeBold)
	}
}
