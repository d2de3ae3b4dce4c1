package layout

import (
	"fmt"
	"strings"
	"testing"
)

// TestGridTracksOf checks the used tracks a grid container keeps on its
// fragment (sizes measured in Chromium 156 with the same style):
// implicit tracks on both sides, automatic repetitions, fr tracks, gaps
// left out; other boxes keep none.
func TestGridTracksOf(t *testing.T) {
	cases := []struct {
		name, src, css string
		cols, rows     string // "sizes leading repeated"
	}{
		{"auto-fill with gaps", `<div id=g><div></div></div>`,
			`#g{display:grid;width:400px;grid-template-columns:10px repeat(auto-fill, 90px);gap:5px}`,
			"[10 90 90 90 90] 0 4", "[0] 0 0"},
		{"implicit tracks both sides", `<div id=g><div style="grid-column:3"></div><div style="grid-column:-3"></div></div>`,
			`#g{display:grid;width:300px;grid-template-columns:50px}`,
			"[83.33 50 83.33 83.34] 1 0", "[0 0] 0 0"},
		{"fr tracks", `<div id=g><div></div></div>`,
			`#g{display:grid;width:500px;grid-template-columns:1fr 2fr 3fr;column-gap:20px;grid-template-rows:15px;grid-auto-rows:5px}`,
			"[76.66 153.34 230] 0 0", "[15] 0 0"},
		{"auto-fit collapses", `<div id=g><div></div></div>`,
			`#g{display:grid;width:300px;grid-template-columns:repeat(auto-fit, 60px)}`,
			"[60 0 0 0 0] 0 5", "[0] 0 0"},
		{"no template", `<div id=g><div style="height:7px"></div><div style="grid-row:3"></div></div>`,
			`#g{display:grid;width:300px}`,
			"[300] 0 0", "[7 0 0] 0 0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := byID(cssLayout(t, tc.src, tc.css), "g")
			for i, want := range []string{tc.cols, tc.rows} {
				a, ok := GridTracksOf(f, i == 1)
				if !ok {
					t.Fatalf("no grid tracks")
				}
				sizes := make([]string, len(a.Sizes))
				for j, s := range a.Sizes {
					sizes[j] = strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", float64(s)/64), "0"), ".")
				}
				if got := fmt.Sprintf("[%s] %d %d", strings.Join(sizes, " "), a.Leading, a.Repeated); got != want {
					t.Errorf("axis %d = %s, want %s", i, got, want)
				}
			}
		})
	}
	// A block box, and a grid inside display: none, keep no tracks.
	root := cssLayout(t, `<div id=b></div><div id=n><div id=g></div></div>`, `#n{display:none} #g{display:grid}`)
	if _, ok := GridTracksOf(byID(root, "b"), false); ok {
		t.Errorf("block box has grid tracks")
	}
	if byID(root, "g") != nil {
		t.Errorf("display: none grid has a fragment")
	}
}
