package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

// TestSVGNaturalSize checks the used size of inline <svg> elements from
// their width, height and viewBox attributes
// (https://www.w3.org/TR/SVG2/coords.html#SizingSVGInCSS), in a 400px
// wide block, against what Chromium gives.
func TestSVGNaturalSize(t *testing.T) {
	tests := []struct {
		name, svg string
		style     func(*cssom.ComputedStyle)
		want      string // "wxh"
	}{
		{"height and viewBox", `<svg id=s viewBox="0 0 496 512" height="16px"></svg>`, nil, "15.5x16"},
		{"viewBox only fills the line", `<svg id=s viewBox="0 0 100 50"></svg>`, nil, "400x200"},
		{"width and height", `<svg id=s width="40" height="30"></svg>`, nil, "40x30"},
		{"nothing", `<svg id=s></svg>`, nil, "300x150"},
		{"width only, no ratio", `<svg id=s width="50"></svg>`, nil, "50x150"},
		{"CSS height and viewBox", `<svg id=s viewBox="0 0 100 50"></svg>`, func(st *cssom.ComputedStyle) { st.Height = lpx(20) }, "40x20"},
		{"CSS width and viewBox", `<svg id=s viewBox="0,0,100,50"></svg>`, func(st *cssom.ComputedStyle) { st.Width = lpx(60) }, "60x30"},
		{"width attribute and viewBox", `<svg id=s viewBox="0 0 100 50" width="80"></svg>`, nil, "80x40"},
		{"bad viewBox", `<svg id=s viewBox="0 0 -1 50" width="80"></svg>`, nil, "80x150"},
		{"NaN and percentages", `<svg id=s width="NaN" height="50%" viewBox="0 0 NaN 1"></svg>`, nil, "300x150"},
		{"block with padding and margins", `<svg id=s viewBox="0 0 100 50"></svg>`, func(st *cssom.ComputedStyle) {
			st.Display = cssom.DisplayBlock
			st.Margin[cssom.Left], st.Margin[cssom.Right] = lpx(10), lpx(10)
			st.Padding = cssom.Edges[cssom.Length]{lpx(5), lpx(5), lpx(5), lpx(5)}
		}, "380x195"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rules{"#c": func(st *cssom.ComputedStyle) { st.Width = lpx(400) }}
			if tc.style != nil {
				r["#s"] = tc.style
			}
			root := layoutDoc(t, "<div id=c>"+tc.svg+"</div>", r, nil)
			f := byID(root, "s")
			if f == nil {
				t.Fatalf("no fragment for the svg\n%s", Dump(root))
			}
			if got := f.Rect.W.String() + "x" + f.Rect.H.String(); got != tc.want {
				t.Errorf("size %s, want %s\n%s", got, tc.want, Dump(root))
			}
		})
	}
}

// TestSVGInShrinkToFit checks that an <svg> with a viewBox and no size
// contributes nothing to a shrink-to-fit width, as in Chromium.
func TestSVGInShrinkToFit(t *testing.T) {
	root := layoutDoc(t, `<div id=ib><svg id=s viewBox="0 0 100 50"></svg></div>`, rules{
		"#ib": func(st *cssom.ComputedStyle) { st.Display = cssom.DisplayInlineBlock },
	}, nil)
	if got := byID(root, "ib").Rect.W; got != 0 {
		t.Errorf("inline-block width %s, want 0\n%s", got, Dump(root))
	}
}
