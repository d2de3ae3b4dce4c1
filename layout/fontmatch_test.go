package layout

import (
	"fmt"
	"testing"

	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
)

const (
	normal  = cssom.FontStyleNormal
	italic  = cssom.FontStyleItalic
	oblique = cssom.FontStyleOblique
)

func TestRankWeight(t *testing.T) {
	// For each desired weight, the order in which CSS Fonts 4 §5.2 step 4c
	// checks the nine standard weights.
	tests := []struct {
		want  uint16
		order []uint16
	}{
		{400, []uint16{400, 500, 300, 200, 100, 600, 700, 800, 900}},
		{450, []uint16{500, 400, 300, 200, 100, 600, 700, 800, 900}},
		{500, []uint16{500, 400, 300, 200, 100, 600, 700, 800, 900}},
		{300, []uint16{300, 200, 100, 400, 500, 600, 700, 800, 900}},
		{100, []uint16{100, 200, 300, 400, 500, 600, 700, 800, 900}},
		{600, []uint16{600, 700, 800, 900, 500, 400, 300, 200, 100}},
		{900, []uint16{900, 800, 700, 600, 500, 400, 300, 200, 100}},
		{750, []uint16{800, 900, 700, 600, 500, 400, 300, 200, 100}},
	}
	for _, tc := range tests {
		for i := 1; i < len(tc.order); i++ {
			a, b := rankWeight(tc.want, tc.order[i-1]), rankWeight(tc.want, tc.order[i])
			if !a.less(b) {
				t.Errorf("want %d: %d (%v) should rank before %d (%v)", tc.want, tc.order[i-1], a, tc.order[i], b)
			}
		}
	}
}

// fakeFaces builds faces with the given "weight/style" descriptions.
func fakeFaces(descs ...string) []*Font {
	var out []*Font
	for _, d := range descs {
		var w uint16
		var st string
		fmt.Sscanf(d, "%d/%s", &w, &st)
		f := &Font{family: "F", weight: w}
		switch st {
		case "i":
			f.style = italic
		case "o":
			f.style = oblique
		}
		out = append(out, f)
	}
	return out
}

func TestMatchFace(t *testing.T) {
	tests := []struct {
		faces      []string
		weight     uint16
		style      cssom.FontStyle
		want       string
		bold, ital bool
	}{
		{[]string{"400/n", "700/n"}, 400, normal, "400/n", false, false},
		{[]string{"400/n", "700/n"}, 700, normal, "700/n", false, false},
		{[]string{"400/n", "700/n"}, 600, normal, "700/n", false, false},
		{[]string{"400/n", "700/n"}, 500, normal, "400/n", false, false},
		{[]string{"400/n", "700/n"}, 300, normal, "400/n", false, false},
		{[]string{"400/n"}, 700, normal, "400/n", true, false},
		{[]string{"400/n"}, 600, normal, "400/n", true, false},
		{[]string{"400/n", "500/n"}, 600, normal, "500/n", true, false},
		{[]string{"300/n", "500/n"}, 400, normal, "500/n", false, false},
		{[]string{"300/n", "600/n"}, 400, normal, "300/n", false, false},
		{[]string{"100/n", "900/n"}, 300, normal, "100/n", false, false},
		{[]string{"400/n", "400/i"}, 400, italic, "400/i", false, false},
		{[]string{"400/n", "400/o"}, 400, italic, "400/o", false, false},
		{[]string{"400/n", "400/i", "400/o"}, 400, oblique, "400/o", false, false},
		{[]string{"400/n", "400/i"}, 400, oblique, "400/i", false, false},
		{[]string{"400/i", "400/o"}, 400, normal, "400/o", false, false},
		{[]string{"400/n"}, 400, italic, "400/n", false, true},
		{[]string{"400/n"}, 700, oblique, "400/n", true, true},
		// Style narrows first: an italic 400 beats a normal 700 for bold italic.
		{[]string{"700/n", "400/i"}, 700, italic, "400/i", true, false},
		{[]string{"700/n", "400/i", "700/i"}, 700, italic, "700/i", false, false},
	}
	for _, tc := range tests {
		faces := fakeFaces(tc.faces...)
		got := matchFace(faces, tc.weight, tc.style)
		desc := fmt.Sprintf("%d/%c", got.font.weight, "nio"[got.font.style])
		if desc != tc.want || got.fakeBold != tc.bold || got.fakeItalic != tc.ital {
			t.Errorf("match %v for %d style %d = %s bold %v italic %v, want %s bold %v italic %v",
				tc.faces, tc.weight, tc.style, desc, got.fakeBold, got.fakeItalic, tc.want, tc.bold, tc.ital)
		}
	}
}

func TestEmbeddedMatching(t *testing.T) {
	s := NewFontSet()
	tests := []struct {
		families   []string
		weight     uint16
		style      cssom.FontStyle
		family     string
		wantWeight uint16
		wantStyle  cssom.FontStyle
	}{
		{[]string{"serif"}, 400, normal, "Liberation Serif", 400, normal},
		{[]string{"Times New Roman"}, 700, normal, "Liberation Serif", 700, normal},
		{[]string{"times"}, 400, italic, "Liberation Serif", 400, italic},
		{[]string{"ui-serif"}, 400, normal, "Liberation Serif", 400, normal},
		{[]string{"cursive"}, 400, italic, "Liberation Serif", 400, italic},
		{[]string{"serif"}, 900, oblique, "Liberation Serif", 700, italic},
		{[]string{"serif"}, 100, normal, "Liberation Serif", 400, normal},
		{[]string{"sans-serif"}, 700, normal, "Liberation Sans", 700, normal},
		{[]string{"system-ui"}, 500, normal, "Liberation Sans", 400, normal},
		{[]string{"Arial"}, 400, normal, "Liberation Sans", 400, normal},
		{[]string{"HELVETICA"}, 400, italic, "Liberation Sans", 400, italic},
		{[]string{"ui-sans-serif"}, 400, normal, "Liberation Sans", 400, normal},
		{[]string{"Helvetica", "Georgia", "sans-serif"}, 400, normal, "Liberation Sans", 400, normal},
		{[]string{"Georgia", "Helvetica"}, 400, normal, "Liberation Sans", 400, normal},
		{[]string{"monospace"}, 400, normal, "Liberation Mono", 400, normal},
		{[]string{"ui-monospace"}, 700, italic, "Liberation Mono", 700, italic},
		{[]string{"monospace"}, 500, normal, "Liberation Mono", 400, normal},
		{[]string{"Courier New"}, 400, normal, "Liberation Mono", 400, normal},
		{[]string{"courier"}, 700, normal, "Liberation Mono", 700, normal},
		{[]string{"Liberation Mono"}, 400, normal, "Liberation Mono", 400, normal},
		{[]string{"Arial", "monospace"}, 400, normal, "Liberation Sans", 400, normal},
		{[]string{"Go"}, 500, normal, "Go", 500, normal},
		{[]string{"go mono", "serif"}, 400, normal, "Go Mono", 400, normal},
		{[]string{"GO"}, 0, normal, "Go", 400, normal},
		{[]string{"No Such Font"}, 0, normal, "Liberation Serif", 400, normal},
		{nil, 0, normal, "Liberation Serif", 400, normal},
	}
	for _, tc := range tests {
		f := s.Primary(FontSpec{Families: tc.families, Weight: tc.weight, Style: tc.style, Size: px(16)})
		if f.Family() != tc.family || f.Weight() != tc.wantWeight || f.Style() != tc.wantStyle {
			t.Errorf("Primary(%q %d %d) = %q %d %d, want %q %d %d", tc.families, tc.weight, tc.style,
				f.Family(), f.Weight(), f.Style(), tc.family, tc.wantWeight, tc.wantStyle)
		}
	}
}

func TestSyntheticStyles(t *testing.T) {
	s := ahemSet(t)
	tests := []struct {
		weight     uint16
		style      cssom.FontStyle
		bold, ital bool
	}{
		{400, normal, false, false},
		{700, normal, true, false},
		{400, italic, false, true},
		{800, oblique, true, true},
	}
	for _, tc := range tests {
		runs := s.Shape("XY", FontSpec{Families: []string{"Ahem"}, Weight: tc.weight, Style: tc.style, Size: px(10)})
		if len(runs) != 1 || runs[0].FakeBold != tc.bold || runs[0].FakeItalic != tc.ital {
			t.Errorf("Ahem %d/%d: runs %+v, want FakeBold %v FakeItalic %v", tc.weight, tc.style, runs, tc.bold, tc.ital)
		}
	}
	// The embedded Go family has real bold and italic faces.
	runs := s.Shape("Hi", FontSpec{Families: []string{"serif"}, Weight: 700, Style: italic, Size: px(10)})
	if runs[0].FakeBold || runs[0].FakeItalic || runs[0].Font.Weight() != 700 || runs[0].Font.Style() != italic {
		t.Errorf("Go bold italic: %+v", runs[0])
	}
}

func TestAddFontFace(t *testing.T) {
	base := NewFontSet()
	if err := base.AddFont(gomonobold.TTF); err != nil {
		t.Fatal(err)
	}
	page := base.Derive()
	spec := func(fam string, w uint16, st cssom.FontStyle) FontSpec {
		return FontSpec{Families: []string{fam, "serif"}, Weight: w, Style: st, Size: px(10)}
	}
	// The descriptors override the file's own weight and style.
	if err := page.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Web Sans", Weight: 700, Style: italic, StyleSet: true}); err != nil {
		t.Fatal(err)
	}
	if err := page.AddFontFace(gomono.TTF, FontFaceDescriptors{Family: "web sans"}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		set        *FontSet
		spec       FontSpec
		family     string
		weight     uint16
		style      cssom.FontStyle
		bold, ital bool
	}{
		{page, spec("Web Sans", 700, italic), "Web Sans", 700, italic, false, false},
		{page, spec("WEB SANS", 400, normal), "web sans", 400, normal, false, false}, // as its rule spells it
		{page, spec("Web Sans", 400, italic), "Web Sans", 700, italic, false, false},
		// The base set does not see the page's web fonts.
		{base, spec("Web Sans", 700, italic), "Liberation Serif", 700, italic, false, false},
	}
	for i, tc := range tests {
		cf := tc.set.chain(tc.spec).faces[0]
		f := cf.font
		if f.Family() != tc.family || f.Weight() != tc.weight || f.Style() != tc.style || cf.fakeBold != tc.bold || cf.fakeItalic != tc.ital {
			t.Errorf("case %d: %q %d %d bold %v italic %v, want %q %d %d bold %v italic %v", i,
				f.Family(), f.Weight(), f.Style(), cf.fakeBold, cf.fakeItalic, tc.family, tc.weight, tc.style, tc.bold, tc.ital)
		}
	}
	// A web font hides the installed family of the same name, in the
	// derived set only.
	if err := page.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "Go Mono"}); err != nil {
		t.Fatal(err)
	}
	if f := page.Primary(spec("Go Mono", 700, normal)); f.Weight() != 400 {
		t.Errorf("page Go Mono: weight %d, want the web face (400)", f.Weight())
	}
	if f := base.Primary(spec("Go Mono", 700, normal)); f.Weight() != 700 {
		t.Errorf("base Go Mono: weight %d, want the embedded bold (700)", f.Weight())
	}
	if err := page.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: " "}); err == nil {
		t.Errorf("AddFontFace with an empty family = nil, want an error")
	}
	if err := page.AddFontFace([]byte("junk"), FontFaceDescriptors{Family: "J"}); err == nil {
		t.Errorf("AddFontFace(junk) = nil, want an error")
	}
}

func TestMatchFaceWidth(t *testing.T) {
	face := func(name string, width uint8) *Font {
		return &Font{family: name, weight: 400, weightMax: 400, widthClass: width}
	}
	tests := []struct {
		faces []*Font
		want  string
	}{
		{[]*Font{face("condensed", 3), face("normal", 0), face("expanded", 7)}, "normal"},
		{[]*Font{face("expanded", 7), face("semi-condensed", 4), face("condensed", 3)}, "semi-condensed"},
		{[]*Font{face("expanded", 7), face("semi-expanded", 6)}, "semi-expanded"},
		{[]*Font{face("normal", 5), face("condensed", 3)}, "normal"},
	}
	for _, tc := range tests {
		if got := matchFace(tc.faces, 400, normal).font.family; got != tc.want {
			t.Errorf("faces %v: picked %s, want %s", tc.faces, got, tc.want)
		}
	}
}

// TestMatchFaceStretch checks font-stretch matching, CSS Fonts 4 §5.2
// step 4a: at or below 100% narrower widths first (descending), then
// wider; above 100% wider first (ascending), then narrower.
func TestMatchFaceStretch(t *testing.T) {
	face := func(name string, width uint8) *Font {
		return &Font{family: name, weight: 400, weightMax: 400, widthClass: width}
	}
	all := []*Font{face("ultra-condensed", 1), face("condensed", 3), face("normal", 5), face("expanded", 7), face("ultra-expanded", 9)}
	tests := []struct {
		faces   []*Font
		stretch float32
		want    string
	}{
		{all, 75, "condensed"},
		{all, 87.5, "condensed"},
		{all, 62.5, "ultra-condensed"},
		{all, 112.5, "expanded"},
		{all, 200, "ultra-expanded"},
		{all, 150, "ultra-expanded"},
		{[]*Font{face("normal", 5), face("expanded", 7)}, 75, "normal"},
		{[]*Font{face("normal", 5), face("condensed", 3)}, 125, "normal"},
	}
	for _, tc := range tests {
		if got := matchFaceWidth(tc.faces, tc.stretch, 400, normal).font.family; got != tc.want {
			t.Errorf("font-stretch %v%%: picked %s, want %s", tc.stretch, got, tc.want)
		}
	}
}

func TestStretchDescriptor(t *testing.T) {
	for _, tc := range []struct {
		in     string
		lo, hi float32
		bad    bool
	}{
		{"condensed", 75, 75, false},
		{"75% 125%", 75, 125, false},
		{"expanded semi-condensed", 87.5, 125, false},
		{"auto", 0, 0, false},
		{"-5%", 0, 0, true},
		{"wide", 0, 0, true},
	} {
		lo, hi, err := parseStretchDescriptor(tc.in)
		if (err != nil) != tc.bad || lo != tc.lo || hi != tc.hi {
			t.Errorf("%q = %v %v %v", tc.in, lo, hi, err)
		}
	}
	// A range descriptor matches a desired width inside it exactly.
	faces := []*Font{{family: "range", weight: 400, weightMax: 400, stretchLo: 75, stretchHi: 125}, {family: "normal", weight: 400, weightMax: 400}}
	if got := matchFaceWidth(faces, 80, 400, normal).font.family; got != "range" {
		t.Errorf("font-stretch 80%% picked %s, want the 75%%–125%% face", got)
	}
}
