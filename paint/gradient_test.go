package paint

import (
	"image"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// Before the first stop the line has the first stop's colour, even when
// the next stop sits at the same offset (a hard edge).
func TestGradientBeforeFirstStop(t *testing.T) {
	cases := []struct {
		name  string
		stops []cssom.ColorStop
		want  [3]cssom.Color // at x = 5, 30, 95
	}{
		{"hard edge", []cssom.ColorStop{{Color: red, Position: cssom.Percent(20)}, {Color: lime, Position: cssom.Percent(20)}},
			[3]cssom.Color{red, lime, lime}},
		{"soft", []cssom.ColorStop{{Color: red, Position: cssom.Percent(20)}, {Color: blue, Position: cssom.Percent(60)}},
			[3]cssom.Color{red, {R: 188, B: 67, A: 255}, blue}}, // 30.5px is 26.25% of the way
		{"end edge", []cssom.ColorStop{{Color: red, Position: cssom.Percent(80)}, {Color: lime, Position: cssom.Percent(80)}, {Color: blue, Position: cssom.Percent(80)}},
			[3]cssom.Color{red, red, blue}},
	}
	for _, c := range cases {
		it := usedGradient(&cssom.Gradient{Angle: 90, Stops: c.stops}, px(100), px(10))
		it.Tile, it.Area = rect(0, 0, 100, 10), rect(0, 0, 100, 10)
		dst := image.NewRGBA(image.Rect(0, 0, 100, 10))
		(&DisplayList{Items: []Item{it}}).Raster(dst, RasterOptions{})
		for i, x := range []int{5, 30, 95} {
			got := dst.RGBAAt(x, 5)
			w := c.want[i]
			if d := max(absDiff(got.R, w.R), absDiff(got.G, w.G), absDiff(got.B, w.B)); d > 3 {
				t.Errorf("%s: at x=%d %v, want %v", c.name, x, got, w)
			}
		}
	}
}

// A gradient in OKLab gets stops between its colour stops, interpolated
// there.
func TestInterpolatedStops(t *testing.T) {
	stops := []GradientStop{{Offset: 0, Color: blue}, {Offset: px(100), Color: cssom.Color{R: 255, G: 255, A: 255}}}
	if got := interpolatedStops(stops, "", ""); len(got) != 2 {
		t.Fatalf("sRGB: %d stops", len(got))
	}
	got := interpolatedStops(stops, "oklab", "")
	if len(got) != interpolationSteps+1 || got[interpolationSteps/2].Offset != px(50) {
		t.Fatalf("oklab: %d stops %v", len(got), got)
	}
	if mid := got[interpolationSteps/2].Color; mid.B <= mid.R || mid.R < 100 {
		t.Errorf("oklab midpoint %v, want a light blue-grey", mid)
	}
}
