package layout

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestVisualOrder(t *testing.T) {
	tests := []struct {
		levels []uint8
		want   []int
	}{
		{[]uint8{0, 0, 0}, []int{0, 1, 2}},
		{[]uint8{1, 1, 1}, []int{2, 1, 0}},
		{[]uint8{0, 1, 1, 0}, []int{0, 2, 1, 3}},
		{[]uint8{1, 2, 2, 1}, []int{3, 1, 2, 0}},
		{[]uint8{2, 1, 2}, []int{2, 1, 0}},
		{nil, []int{}},
	}
	for _, tc := range tests {
		if got := visualOrder(tc.levels); !slices.Equal(got, tc.want) {
			t.Errorf("visualOrder(%v) = %v, want %v", tc.levels, got, tc.want)
		}
	}
}

func TestResolveLevels(t *testing.T) {
	ltr := &Box{Style: cssom.Initial()}
	rtlStyle := cssom.Initial()
	rtlStyle.Direction = "rtl"
	rtl := &Box{Style: rtlStyle}
	item := func(b *Box, s string) []rawItem {
		return []rawItem{{kind: pieceText, box: &Box{Kind: TextBox, Style: b.Style}, start: 0, end: len(s)}}
	}
	if got := resolveLevels(ltr, item(ltr, "plain text"), "plain text"); got != nil {
		t.Errorf("LTR text: levels %v, want nil", got)
	}
	s := "ab \u05d0\u05d1 cd"
	got := resolveLevels(ltr, item(ltr, s), s)
	want := []uint8{0, 0, 0, 1, 1, 1, 1, 0, 0, 0}
	if !slices.Equal(got, want) {
		t.Errorf("mixed: %v, want %v", got, want)
	}
	// W7: the digits after "ab" become L, so the space between is L too.
	s = "ab 12 \u05d0"
	got = resolveLevels(rtl, item(rtl, s), s)
	want = []uint8{2, 2, 2, 2, 2, 1, 1, 1}
	if !slices.Equal(got, want) {
		t.Errorf("rtl paragraph: %v, want %v", got, want)
	}
}

// TestShapeDirection: right-to-left shaping gives glyphs in visual order
// and mirrors brackets (rule L4); ShapeAuto shapes Hebrew right to left
// and Arabic-Indic digits left to right.
func TestShapeDirection(t *testing.T) {
	s := NewFontSet()
	ids := func(text string, dir ShapeDirection) []GlyphID {
		var out []GlyphID
		for _, r := range s.Shape(text, FontSpec{Families: []string{"sans-serif"}, Size: px(16), Direction: dir}) {
			for _, g := range r.Glyphs {
				out = append(out, g.ID)
			}
		}
		return out
	}
	ltr, rtl := ids("ab", ShapeLTR), ids("ab", ShapeRTL)
	if len(ltr) != 2 || !slices.Equal(rtl, []GlyphID{ltr[1], ltr[0]}) {
		t.Errorf("ab: LTR %v, RTL %v; want RTL reversed", ltr, rtl)
	}
	if l, r := ids("(a)", ShapeLTR), ids("(a)", ShapeRTL); !slices.Equal(l, r) {
		t.Errorf("(a): LTR %v, RTL %v; want the mirrored reversal equal", l, r)
	}
	if a, l := ids("\u05d0\u05d1", ShapeAuto), ids("\u05d0\u05d1", ShapeLTR); len(a) != 2 || !slices.Equal(a, []GlyphID{l[1], l[0]}) {
		t.Errorf("Hebrew auto %v, LTR %v; want auto right to left", a, l)
	}
	if a, l := ids("\u0661\u0662", ShapeAuto), ids("\u0661\u0662", ShapeLTR); !slices.Equal(a, l) {
		t.Errorf("Arabic-Indic digits auto %v, LTR %v; want left to right", a, l)
	}
}

func TestBidiLines(t *testing.T) {
	fonts := ahem(t)
	st := func(f func(st *cssom.ComputedStyle)) rules { return rules{"#d": set(width(lpx(100)), f)} }
	rtl := func(st *cssom.ComputedStyle) { st.Direction = "rtl" }
	tests := []struct {
		name, src string
		rules     rules
		want      string
	}{
		{"rtl paragraph aligns right", `<div id=d>ab cd</div>`, st(rtl),
			`Text "ab cd" at (58,8) size 50x10`},
		{"rtl start and end", `<div id=d>ab</div>`, st(func(st *cssom.ComputedStyle) {
			st.Direction, st.TextAlign = "rtl", cssom.TextAlignEnd
		}), `Text "ab" at (8,8) size 20x10`},
		{"rtl text-indent on the right", `<div id=d>ab</div>`, st(func(st *cssom.ComputedStyle) {
			st.Direction, st.TextIndent = "rtl", lpx(20)
		}), `Text "ab" at (68,8) size 20x10`},
		{"bidi-override reverses", `<div id=d><b>abc</b> d</div>`, rules{"#d": width(lpx(100)), "b": func(st *cssom.ComputedStyle) {
			st.Direction, st.UnicodeBidi = "rtl", cssom.UnicodeBidiBidiOverride
		}}, `Text "abc" at (8,8) size 30x10|Text " d" at (38,8) size 20x10`}, // shaped right to left: glyphs "cba"
		{"rtl embedding moves words", `<div id=d>x <b>ab cd</b> y</div>`, rules{"#d": width(lpx(200)), "b": func(st *cssom.ComputedStyle) {
			st.Direction, st.UnicodeBidi = "rtl", cssom.UnicodeBidiEmbed
		}}, `Text "x " at (8,8) size 20x10|Text "ab cd" at (28,8) size 50x10|Text " y" at (78,8) size 20x10`},
		{"hebrew words reverse", "<div id=d>\u05d0 \u05d1</div>", rules{"#d": width(lpx(200))},
			// The Hebrew letters come from a fallback font, the space from
			// Ahem.
			"Text \"\u05d1\" at (8,8) size 4.81x10|Text \" \" at (12.81,8) size 10x10|Text \"\u05d0\" at (22.81,8) size 6x10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(tc.want, "|", "\n"), d)
			}
		})
	}
}

// moduleFont returns the bytes of a font file from the Go module cache
// (go-text's test fonts), skipping the test when it is absent.
func moduleFont(t *testing.T, pattern string) []byte {
	t.Helper()
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		cache = filepath.Join(build.Default.GOPATH, "pkg", "mod")
	}
	m, _ := filepath.Glob(filepath.Join(cache, pattern))
	if len(m) == 0 {
		t.Skipf("no %s in the module cache", pattern)
	}
	data, err := os.ReadFile(m[len(m)-1])
	if err != nil {
		t.Skip(err)
	}
	return data
}

func TestComplexScripts(t *testing.T) {
	for _, tc := range []struct {
		name, file, family string
		text               string
	}{
		// Arabic joining: BEH twice takes its initial and final forms.
		{"arabic", "github.com/go-text/typesetting-utils@*/opentype/common/NotoSansArabic.ttf", "Noto Sans Arabic", "\u0628\u0628"},
		// Devanagari: KA + VIRAMA + SSA forms the conjunct KSSA.
		{"devanagari", "github.com/go-text/typesetting-utils@*/harfbuzz/perf_reference/fonts/NotoSansDevanagari-Regular.ttf", "Noto Sans Devanagari", "\u0915\u094d\u0937"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := NewFontSet()
			if err := fs.AddFont(moduleFont(t, tc.file)); err != nil {
				t.Fatal(err)
			}
			spec := FontSpec{Families: []string{tc.family}, Weight: 400, Size: cssom.Int(20)}
			whole := fs.Shape(tc.text, spec)
			var alone []GlyphID
			for _, r := range tc.text {
				for _, run := range fs.Shape(string(r), spec) {
					for _, g := range run.Glyphs {
						alone = append(alone, g.ID)
					}
				}
			}
			var got []GlyphID
			for _, run := range whole {
				for _, g := range run.Glyphs {
					got = append(got, g.ID)
				}
			}
			if len(got) == 0 || slices.Equal(got, alone) {
				t.Errorf("%s shaped as its isolated characters: %v", tc.name, got)
			}
		})
	}
}

func TestIsolateLevels(t *testing.T) {
	fonts := ahem(t)
	// x <span dir=rtl>x </span>x: inside the isolate the space is at the
	// isolate's level 1 and the x at 2, so the space shows first.
	d := layoutDump(t, `<div id=d>x <b>x </b>x</div>`, ahemRules(rules{"b": func(st *cssom.ComputedStyle) {
		st.Direction, st.UnicodeBidi = "rtl", cssom.UnicodeBidiIsolate
	}}), fonts)
	want := `Text "x " at (8,8) size 20x10|Text " " at (28,8) size 10x10|Text "x" at (38,8) size 10x10|Text "x" at (48,8) size 10x10`
	if got := lines(d, "Text"); got != want {
		t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(want, "|", "\n"), d)
	}
}
