package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestAspectRatioComputedText checks getComputedStyle's aspect-ratio
// against the values Chromium 156 gives.
func TestAspectRatioComputedText(t *testing.T) {
	for _, tc := range []struct{ v, want string }{
		{"16/9", "16 / 9"},
		{"auto 2", "auto 2 / 1"},
		{"1.5", "1.5 / 1"},
		{"0/1", "0 / 1"},
		{"1/0", "1 / 0"},
		{"auto 0", "auto 0 / 1"},
		{"16 / 9 auto", "auto 16 / 9"},
		{"0.5/0.25", "0.5 / 0.25"},
		{"1e3/3", "1000 / 3"},
		{"auto", "auto"},
		{"1 / auto", "auto"}, // invalid: the initial value
	} {
		s := ParseStyleSheet("p{aspect-ratio:"+tc.v+"}", "", AuthorOrigin)
		doc := dom.ParseHTMLString(`<p id=p></p>`, "")
		st := Compute(doc, []*StyleSheet{s}, Media{Width: Int(800), Height: Int(600)}).Of(doc.GetElementByID("p"))
		if got := aspectRatioText(st); got != tc.want {
			t.Errorf("aspect-ratio: %s = %q, want %q", tc.v, got, tc.want)
		}
	}
}
