package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

// TestSticky checks position: sticky at scroll position 0 in an 800×600
// viewport (https://www.w3.org/TR/css-position-3/#sticky-pos).
func TestSticky(t *testing.T) {
	sticky := func(top, bottom cssom.Length) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) {
			st.Position = cssom.PositionSticky
			st.Height = lpx(50)
			st.Inset[cssom.Top] = top
			st.Inset[cssom.Bottom] = bottom
		}
	}
	height := func(h float64) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.Height = lpx(h) }
	}
	auto := cssom.Auto
	runGeometry(t, []geometryCase{
		{
			name:  "top already inside the view",
			src:   "<div id=s></div><div class=fill></div>",
			rules: rules{"#s": sticky(lpx(0), auto), ".fill": height(1000)},
			want:  map[string]string{"s": "8,8 784x50"},
		},
		{
			name:  "top pushes down",
			src:   "<div id=s></div><div class=fill></div>",
			rules: rules{"#s": sticky(lpx(20), auto), ".fill": height(1000)},
			want:  map[string]string{"s": "8,20 784x50"},
		},
		{
			name:  "top percentage of the viewport height",
			src:   "<div id=s></div><div class=fill></div>",
			rules: rules{"#s": sticky(cssom.Percent(10), auto), ".fill": height(1000)},
			want:  map[string]string{"s": "8,60 784x50"},
		},
		{
			name:  "top limited by the containing block",
			src:   "<div id=c><div id=s></div></div>",
			rules: rules{"#s": sticky(lpx(30), auto), "#c": height(60)},
			want:  map[string]string{"s": "8,18 784x50"},
		},
		{
			name:  "bottom pulls a box below the fold up",
			src:   "<div class=fill></div><div id=s><div id=a></div></div>",
			rules: rules{"#s": sticky(auto, lpx(0)), ".fill": height(1000), "#a": absTopLeft},
			want:  map[string]string{"s": "8,550 784x50", "a": "8,550 10x10"},
		},
		{
			name:  "bottom limited by the containing block's top",
			src:   "<div class=big></div><div id=c><div class=fill></div><div id=s></div></div>",
			rules: rules{"#s": sticky(auto, lpx(0)), ".fill": height(100), ".big": height(800)},
			want:  map[string]string{"s": "8,808 784x50", "c": "8,808 784x150"},
		},
		{
			name:  "top wins over bottom",
			src:   "<div id=s></div><div class=fill></div>",
			rules: rules{"#s": func(st *cssom.ComputedStyle) { sticky(lpx(20), lpx(0))(st); st.Height = lpx(700) }, ".fill": height(100)},
			want:  map[string]string{"s": "8,20 784x700"},
		},
		{
			name: "scroll container's content box is the view",
			src:  "<div id=sc><div class=fill></div><div id=s></div></div>",
			rules: rules{"#s": sticky(auto, lpx(0)), ".fill": height(200), "#sc": func(st *cssom.ComputedStyle) {
				st.OverflowX, st.OverflowY = cssom.OverflowAuto, cssom.OverflowAuto
				st.Height = lpx(100)
				st.Padding = cssom.Edges[cssom.Length]{lpx(10), lpx(10), lpx(10), lpx(10)}
			}},
			want: map[string]string{"s": "18,68 764x50"},
		},
		{
			name:  "auto insets do nothing",
			src:   "<div class=fill></div><div id=s></div>",
			rules: rules{"#s": sticky(auto, auto), ".fill": height(1000)},
			want:  map[string]string{"s": "8,1008 784x50"},
		},
	}, nil)
}

func absTopLeft(st *cssom.ComputedStyle) {
	st.Position = cssom.PositionAbsolute
	st.Inset[cssom.Top], st.Inset[cssom.Left] = lpx(0), lpx(0)
	st.Width, st.Height = lpx(10), lpx(10)
}
