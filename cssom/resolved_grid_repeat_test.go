package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestGridRepeatComputedText checks that integer repeat()s come back as
// written in computed track lists, as in Chromium 156, while the list
// layout reads stays expanded.
func TestGridRepeatComputedText(t *testing.T) {
	for _, tc := range []struct {
		decl, prop, want string
		tracks           int
	}{
		{"grid-template-columns:repeat(3, 10px)", "grid-template-columns", "repeat(3, 10px)", 3},
		{"grid-template-columns:repeat(2, 10px [a])", "grid-template-columns", "repeat(2, 10px [a])", 2},
		{"grid-template-columns:[x] repeat(2, [a] 1fr [b]) 20px", "grid-template-columns", "[x] repeat(2, [a] 1fr [b]) 20px", 3},
		{"grid-template-columns:repeat(2, minmax(10px, 1fr) 20%)", "grid-template-columns", "repeat(2, minmax(10px, 1fr) 20%)", 4},
		{"grid-template-columns:repeat(1, 10px)", "grid-template-columns", "repeat(1, 10px)", 1},
		{"grid-template-columns:repeat(2, 10px) repeat(2, 5px)", "grid-template-columns", "repeat(2, 10px) repeat(2, 5px)", 4},
		{"grid-template-columns:[s] repeat(2, [a] 1em [b]) [c] repeat(1, [d] 5px) [e]", "grid-template-columns", "[s] repeat(2, [a] 16px [b]) [c] repeat(1, [d] 5px) [e]", 3},
		{"grid-template-rows:repeat(auto-fill, 10px)", "grid-template-rows", "repeat(auto-fill, 10px)", 0},
		{"grid-template-columns:10px [a] 20px", "grid-template-columns", "10px [a] 20px", 2},
	} {
		s := ParseStyleSheet("p{"+tc.decl+"}", "", AuthorOrigin)
		doc := dom.ParseHTMLString(`<p id=p></p>`, "")
		st := Compute(doc, []*StyleSheet{s}, Media{Width: Int(800), Height: Int(600)}).Of(doc.GetElementByID("p"))
		if got, _ := st.ComputedValue(tc.prop); got != tc.want {
			t.Errorf("%s: %s = %q, want %q", tc.decl, tc.prop, got, tc.want)
		}
		if tl := st.Grid.TemplateColumns; tc.tracks > 0 && (tl == nil || len(tl.Sizes) != tc.tracks) {
			t.Errorf("%s: the expanded columns are %+v, want %d tracks", tc.decl, tl, tc.tracks)
		}
	}
}
