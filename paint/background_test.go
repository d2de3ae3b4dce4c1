package paint

import (
	"image"
	"image/color"
	"strings"
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
		l := st.BackgroundLayer(0)
		got := backgroundTile(&l, natural, area)
		want := Rect{X: cssom.Int(c.x), Y: cssom.Int(c.y), W: cssom.Int(c.w), H: cssom.Int(c.h)}
		if c.name == "center" {
			want.Y = cssom.Px(57.5)
		}
		if got != want {
			t.Errorf("%s: tile %v, want %v", c.name, got, want)
		}
	}
}

func TestBackgroundRepeatRoundSpace(t *testing.T) {
	area := rect(0, 0, 100, 50)
	rep := func(x, y cssom.Repeat) *cssom.BackgroundLayer {
		l := styled(func(s *cssom.ComputedStyle) { s.BackgroundRepeat = [2]cssom.Repeat{x, y} }).BackgroundLayer(0)
		return &l
	}
	// round: 100/30 = 3.33 → 3 copies of 33.33px; the height keeps the ratio.
	got := backgroundTile(rep(cssom.RepeatRound, cssom.RepeatRepeat), image.Pt(30, 30), area)
	if got.W != px(100)/3 || got.H != px(100)/3 {
		t.Errorf("round x: tile %v", got)
	}
	// round both: 100/30 → 3, 50/30 → 2 (1.67 rounds up): 33.33 × 25.
	got = backgroundTile(rep(cssom.RepeatRound, cssom.RepeatRound), image.Pt(30, 30), area)
	if got.W != px(100)/3 || got.H != px(25) {
		t.Errorf("round both: tile %v", got)
	}
	// space: 3 copies of 30 in 100: gaps of 5, the first at the left edge.
	st := rep(cssom.RepeatSpace, cssom.RepeatSpace)
	tile, gap, repeats := spaceTile(st, backgroundTile(st, image.Pt(30, 30), area), area)
	if tile.X != 0 || gap[0] != px(5) || !repeats[0] {
		t.Errorf("space x: tile %v gap %v repeats %v", tile, gap, repeats)
	}
	// Only one copy fits vertically: placed by position, not repeated.
	if repeats[1] || gap[1] != 0 {
		t.Errorf("space y: gap %v repeats %v", gap, repeats)
	}
}

func TestRasterSpacedTiles(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 1, 1))
	src.SetRGBA(0, 0, color.RGBA{0, 0, 255, 255})
	dl := &DisplayList{Items: []Item{&TileImage{Image: src, Tile: rect(0, 0, 10, 10), Area: rect(0, 0, 50, 10), Gap: [2]Fixed{px(10), 0}}}}
	out := image.NewRGBA(image.Rect(0, 0, 50, 10))
	dl.Raster(out, RasterOptions{})
	for i := range 5 {
		want := blue
		if i%2 == 1 {
			want = white
		}
		checkPixels(t, out, image.Rect(10*i, 0, 10*i+10, 10), want)
	}
	if !strings.Contains(dl.String(), "gap 10,0") {
		t.Errorf("dump %s", dl)
	}
}

// A fixed background is positioned in the viewport, not in its box.
func TestBackgroundFixedPositioningArea(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 10, 10))
	fixed := styled(func(s *cssom.ComputedStyle) {
		s.BackgroundImage, s.BackgroundFixed = "a.png", true
		s.BackgroundRepeat = [2]cssom.Repeat{cssom.RepeatNoRepeat, cssom.RepeatNoRepeat}
		s.BackgroundPosition = [2]cssom.Length{cssom.Percent(100), cssom.Percent(100)}
	})
	root := viewport(100, 80, nil, box(rect(10, 10, 85, 65), fixed))
	dl := BuildWith(root, BuildOptions{Image: func(string) image.Image { return src }})
	want := "TileImage (90,70 10x10)"
	if !strings.Contains(dl.String(), want) {
		t.Errorf("dump:\n%s\nwant %q", dl, want)
	}
}

// background-repeat: round fits a whole number of gradient tiles.
func TestGradientTileRound(t *testing.T) {
	l := cssom.Initial().BackgroundLayer(0)
	l.Size = cssom.BackgroundSize{Width: cssom.LengthOf(px(30)), Height: cssom.LengthOf(px(20))}
	l.Repeat = [2]cssom.Repeat{cssom.RepeatRound, cssom.RepeatRepeat}
	got := gradientTile(&l, rect(0, 0, 100, 50))
	if got.W != px(100)/3 || got.H != px(20) {
		t.Errorf("round: tile %v, want 33.33x20", got)
	}
}
