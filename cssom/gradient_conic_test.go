package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestConicStopAngleText checks that getComputedStyle writes conic
// gradients' angle stops in deg, as Chromium 156 does, and keeps
// percentages as written.
func TestConicStopAngleText(t *testing.T) {
	for _, tc := range []struct{ v, want string }{
		{"conic-gradient(red 0deg, blue 90deg)", "conic-gradient(rgb(255, 0, 0) 0deg, rgb(0, 0, 255) 90deg)"},
		{"conic-gradient(red 10%, blue 0.5turn)", "conic-gradient(rgb(255, 0, 0) 10%, rgb(0, 0, 255) 180deg)"},
		{"conic-gradient(from 45deg, red, blue 1rad, green 100grad)", "conic-gradient(from 45deg, rgb(255, 0, 0), rgb(0, 0, 255) 57.2958deg, rgb(0, 128, 0) 90deg)"},
		{"conic-gradient(red 0deg 30deg, blue)", "conic-gradient(rgb(255, 0, 0) 0deg, rgb(255, 0, 0) 30deg, rgb(0, 0, 255))"},
		{"repeating-conic-gradient(red 0 10deg, blue 20deg)", "repeating-conic-gradient(rgb(255, 0, 0) 0deg, rgb(255, 0, 0) 10deg, rgb(0, 0, 255) 20deg)"},
		{"conic-gradient(red 0, blue 50%, 30deg, green)", "conic-gradient(rgb(255, 0, 0) 0deg, rgb(0, 0, 255) 50%, 30deg, rgb(0, 128, 0))"},
		{"linear-gradient(red 0, blue 10px)", "linear-gradient(rgb(255, 0, 0) 0px, rgb(0, 0, 255) 10px)"},
	} {
		s := ParseStyleSheet("p{background-image:"+tc.v+"}", "", AuthorOrigin)
		doc := dom.ParseHTMLString(`<p id=p></p>`, "")
		st := Compute(doc, []*StyleSheet{s}, Media{Width: Int(800), Height: Int(600)}).Of(doc.GetElementByID("p"))
		if got, _ := st.ComputedValue("background-image"); got != tc.want {
			t.Errorf("%s = %q, want %q", tc.v, got, tc.want)
		}
	}
}
