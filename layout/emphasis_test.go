package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// emphasisOf returns the emphasis glyph positions of the text fragments
// under f ("x,y" in px, X from the fragment's left, Y from its baseline),
// one group per fragment, in tree order.
func emphasisOf(f *Fragment) string {
	var parts []string
	var walk func(f *Fragment)
	walk = func(f *Fragment) {
		if f.Kind == TextFragment && f.Emphasis != nil {
			var g []string
			for _, gl := range f.Emphasis.Glyphs {
				g = append(g, fmt.Sprintf("%s,%s", gl.X, gl.Y))
			}
			parts = append(parts, strings.Join(g, " "))
		}
		for _, c := range f.Children {
			walk(c)
		}
	}
	walk(f)
	return strings.Join(parts, " | ")
}

// TestEmphasisMarks lays out emphasized Ahem text (10px, line-height 1,
// em box 8px above the baseline and 2px below) and checks the marks and
// the height the line takes: the marks' box (5px, their font size) sits
// on the em box and grows the line when it does not fit.
func TestEmphasisMarks(t *testing.T) {
	tests := []struct {
		name, src, css string
		height         string // the div's height
		marks          string
	}{
		{"over", `<div id=d>XX X</div>`, `#d { text-emphasis: 'X' }`, "15", "2.5,-9 12.5,-9 32.5,-9"},
		{"under", `<div id=d>XX</div>`, `#d { text-emphasis: 'X'; text-emphasis-position: under }`, "15", "2.5,6 12.5,6"},
		{"room in the leading", `<div id=d>X</div>`, `#d { text-emphasis: 'X'; line-height: 30px }`, "30", "2.5,-9"},
		{"punctuation skipped", `<div id=d>X.X,#</div>`, `#d { text-emphasis: 'X' }`, "15", "2.5,-9 22.5,-9 42.5,-9"},
		{"none", `<div id=d>XX</div>`, `#d { text-emphasis: none }`, "10", ""},
		{"span only", `<div id=d>X<span style="text-emphasis: 'X'">X</span></div>`, ``, "15", "2.5,-9"},
		{"inherited", `<div id=d style="text-emphasis: 'X'"><span>X</span></div>`, ``, "15", "2.5,-9"},
		{"letter-spacing", `<div id=d>XX</div>`, `#d { text-emphasis: 'X'; letter-spacing: 10px }`, "15", "7.5,-9 27.5,-9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := cssLayout(t, tt.src, tt.css)
			d := byID(root, "d")
			if d == nil {
				t.Fatal("no #d")
			}
			if got := d.Rect.H.String(); got != tt.height {
				t.Errorf("height %s, want %s\n%s", got, tt.height, Dump(root))
			}
			if got := emphasisOf(d); got != tt.marks {
				t.Errorf("marks %q, want %q", got, tt.marks)
			}
		})
	}
}

func TestTakesEmphasis(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'日', true}, {'1', true}, {'#', true}, {'%', true}, {'@', true}, {'＃', true},
		{'+', true}, {'€', true},
		{' ', false}, {'\u00a0', false}, {'\u3000', false}, {'.', false}, {',', false}, {'(', false},
		{'。', false}, {'「', false}, {'\u00ad', false}, {'\u200b', false}, {'\t', false}, {'\u2028', false},
	}
	for _, tt := range tests {
		if got := takesEmphasis(tt.r); got != tt.want {
			t.Errorf("takesEmphasis(%U) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

// TestCharacterUnits checks the split into typographic character units:
// combining marks stay with their base, and runs whose glyphs do not map
// one to one to characters share the width out.
func TestCharacterUnits(t *testing.T) {
	l := &layouter{fonts: ahem(t)}
	st := cssom.Initial()
	st.FontFamily, st.FontSize = []string{"Ahem"}, cssom.Int(10)
	glyphs := func(n int) []Glyph {
		var g []Glyph
		for i := range n {
			g = append(g, Glyph{X: cssom.Int(10 * i), Advance: cssom.Int(10)})
		}
		return g
	}
	tests := []struct {
		text   string
		glyphs []Glyph
		want   string
	}{
		{"ab", glyphs(2), "a 0-10 b 10-20"},
		{"e\u0301x", glyphs(3), "e 0-20 x 20-30"},
		{"abc", glyphs(2), "a 0-6.65 b 6.65-13.32 c 13.32-20"},
	}
	for _, tt := range tests {
		f := &Fragment{Kind: TextFragment, Style: st, Text: &TextRun{Text: tt.text, Glyphs: tt.glyphs}}
		var got []string
		for _, u := range l.characterUnits(f) {
			got = append(got, fmt.Sprintf("%c %s-%s", u.r, u.start, u.end))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}
