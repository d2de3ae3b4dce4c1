package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

// TestClosedDetails checks that a closed <details> renders its first
// <summary> alone (HTML §15.5.4), and an open one everything.
func TestClosedDetails(t *testing.T) {
	block := func(h float64) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.Display, st.Height = cssom.DisplayBlock, lpx(h) }
	}
	r := rules{"summary": block(20), "p": block(30), "div": block(5),
		"details": func(st *cssom.ComputedStyle) { st.Display = cssom.DisplayBlock }}
	tests := []struct {
		name, src string
		want      map[string]string
		absent    []string
	}{
		{"closed", "<details id=d><summary id=s>S</summary><p id=p>P</p></details><div id=after></div>",
			map[string]string{"d": "8,8 784x20", "s": "8,8 784x20", "after": "8,28 784x5"}, []string{"p"}},
		{"open", "<details id=d open><summary id=s>S</summary><p id=p>P</p></details><div id=after></div>",
			map[string]string{"d": "8,8 784x50", "p": "8,28 784x30", "after": "8,58 784x5"}, nil},
		{"summary not first", "<details id=d><p id=p>P</p><summary id=s>S</summary></details>",
			map[string]string{"d": "8,8 784x20", "s": "8,8 784x20"}, []string{"p"}},
		{"no summary", "<details id=d><p id=p>P</p></details><div id=after></div>",
			map[string]string{"d": "8,8 784x0", "after": "8,8 784x5"}, []string{"p"}},
		{"nested summary is not the details' own", "<details id=d><div id=w><summary id=s>S</summary></div></details>",
			map[string]string{"d": "8,8 784x0"}, []string{"w", "s"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := layoutDoc(t, tc.src, r, nil)
			for id, want := range tc.want {
				if got := rect(byID(root, id)); got != want {
					t.Errorf("#%s = %s, want %s\n%s", id, got, want, Dump(root))
				}
			}
			for _, id := range tc.absent {
				if f := byID(root, id); f != nil {
					t.Errorf("#%s has a box in a closed details: %s", id, rect(f))
				}
			}
		})
	}
}
