package paint

import (
	"image"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestBackgroundTile(t *testing.T) {
	area := Rect{X: cssom.Int(10), Y: cssom.Int(20), W: cssom.Int(200), H: cssom.Int(100)}
	natural := image.Pt(50, 25)
	px := func(n int) cssom.Length { return cssom.LengthOf(cssom.Int(n)) }
	cases := []struct {
		name       string
		set        func(s *cssom.ComputedStyle)
		x, y, w, h int
	}{
		{"initial", func(s *cssom.ComputedStyle) {}, 10, 20, 50, 25},
		{"lengths", func(s *cssom.ComputedStyle) { s.BackgroundPosition = [2]cssom.Length{px(3), px(4)} }, 13, 24, 50, 25},
		{"center", func(s *cssom.ComputedStyle) {
			s.BackgroundPosition = [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}
		}, 85, 57, 50, 25},
		{"right bottom", func(s *cssom.ComputedStyle) {
			s.BackgroundPosition = [2]cssom.Length{cssom.Percent(100), cssom.Percent(100)}
		}, 160, 95, 50, 25},
		{"cover", func(s *cssom.ComputedStyle) { s.BackgroundSize.Kind = cssom.SizeCover }, 10, 20, 200, 100},
		{"contain", func(s *cssom.ComputedStyle) {
			s.BackgroundSize = cssom.BackgroundSize{Kind: cssom.SizeContain, Width: cssom.Auto, Height: cssom.Auto}
		}, 10, 20, 200, 100},
		{"width only keeps ratio", func(s *cssom.ComputedStyle) {
			s.BackgroundSize = cssom.BackgroundSize{Width: px(100), Height: cssom.Auto}
		}, 10, 20, 100, 50},
		{"percent size", func(s *cssom.ComputedStyle) {
			s.BackgroundSize = cssom.BackgroundSize{Width: cssom.Percent(50), Height: cssom.Percent(10)}
		}, 10, 20, 100, 10},
	}
	for _, c := range cases {
		st := cssom.Initial()
		c.set(st)
		got := backgroundTile(st, natural, area)
		want := Rect{X: cssom.Int(c.x), Y: cssom.Int(c.y), W: cssom.Int(c.w), H: cssom.Int(c.h)}
		if c.name == "center" {
			want.Y = cssom.Px(57.5)
		}
		if got != want {
			t.Errorf("%s: tile %v, want %v", c.name, got, want)
		}
	}
}
