package paint

import (
	"image"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// A local background of a scroll container is positioned in the
// scrollable overflow area (the padding box extended to the content plus
// the end padding) and painted in the padding box; on a box that does not
// scroll, local is scroll.
func TestBackgroundAttachmentLocal(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 10, 10))
	layer := func(mods ...func(*cssom.ComputedStyle)) *cssom.ComputedStyle {
		return styled(append([]func(*cssom.ComputedStyle){func(s *cssom.ComputedStyle) {
			s.BackgroundImage, s.BackgroundLocal = "a.png", true
			s.BackgroundPosition = [2]cssom.Length{cssom.Percent(100), cssom.Percent(100)}
			s.BackgroundColor = cssom.Color{R: 200, A: 255}
		}}, mods...)...)
	}
	// A 100×60 border box at (10,10) with 5px borders and padding, and a
	// 200px tall child: the scrollable area is 90 wide, 5 + 200 + 5 tall.
	// The image repeats: the dump shows where its positioned copy is.
	scroller := func(s *cssom.ComputedStyle) *layout.Fragment {
		f := box(rect(10, 10, 100, 60), s, box(rect(20, 20, 50, 200), styled()))
		f.Border = cssom.Edges[Fixed]{px(5), px(5), px(5), px(5)}
		f.Padding = cssom.Edges[Fixed]{px(5), px(5), px(5), px(5)}
		return f
	}
	cases := []struct {
		name string
		f    *layout.Fragment
		want []string
	}{
		{"local in a scroll container", scroller(layer(overflow(cssom.OverflowAuto))),
			[]string{"FillRect (15,15 90x50)", "TileImage (95,215 10x10) over (15,15 90x50)"}},
		{"local, overflow hidden, content origin", scroller(layer(overflow(cssom.OverflowHidden), func(s *cssom.ComputedStyle) {
			s.BackgroundOrigin, s.BackgroundPosition = cssom.BackgroundContentBox, [2]cssom.Length{cssom.Percent(0), cssom.Percent(100)}
		})), []string{"TileImage (20,210 10x10) over (15,15 90x50)"}},
		{"local, border-box origin", scroller(layer(overflow(cssom.OverflowScroll), func(s *cssom.ComputedStyle) {
			s.BackgroundOrigin = cssom.BackgroundBorderBox
		})), []string{"TileImage (100,220 10x10) over (15,15 90x50)"}},
		{"local on a box that does not scroll is scroll", scroller(layer()),
			[]string{"FillRect (10,10 100x60)", "TileImage (95,55 10x10) over (10,10 100x60)"}},
	}
	for _, c := range cases {
		dl := BuildWith(viewport(300, 300, nil, c.f), BuildOptions{Image: func(string) image.Image { return src }})
		got := dl.String()
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: no %q in\n%s", c.name, w, got)
			}
		}
	}
}

// The scrollable area takes the margin boxes of the content, not the
// boxes inside a descendant that clips, nor fixed boxes.
func TestScrollableArea(t *testing.T) {
	clipped := box(rect(0, 0, 20, 20), styled(overflow(cssom.OverflowHidden)), box(rect(0, 0, 500, 500), styled()))
	child := box(rect(0, 100, 30, 40), styled())
	child.Margin[cssom.Bottom] = px(7)
	fixed := box(rect(0, 0, 900, 900), styled(posAuto(cssom.PositionFixed)))
	f := box(rect(0, 0, 100, 100), styled(overflow(cssom.OverflowAuto)), clipped, child, fixed)
	f.Padding = cssom.Edges[Fixed]{px(0), px(0), px(3), px(0)}
	if got, want := scrollableArea(f), rect(0, 0, 100, 150); got != want {
		t.Errorf("scrollable area %v, want %v", got, want)
	}
	if got := scrollableArea(box(rect(5, 5, 10, 10), styled())); got != rect(5, 5, 10, 10) {
		t.Errorf("empty: %v", got)
	}
}

// An image that image-set() chose at 2x has half its pixel size.
func TestBackgroundImageResolution(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 40, 20))
	st := styled(func(s *cssom.ComputedStyle) {
		s.BackgroundLists = &cssom.BackgroundLists{
			Images: []cssom.LayerImage{{URL: "a.png", Resolution: 2}}, Repeat: [][2]cssom.Repeat{{cssom.RepeatNoRepeat, cssom.RepeatNoRepeat}},
			PositionX: []cssom.Length{cssom.Percent(0)}, PositionY: []cssom.Length{cssom.Percent(0)},
			Size: []cssom.BackgroundSize{{Width: cssom.Auto, Height: cssom.Auto}}, Clip: []cssom.BackgroundBox{cssom.BackgroundBorderBox},
			Origin: []cssom.BackgroundBox{cssom.BackgroundPaddingBox}, Fixed: []bool{false}, Local: []bool{false},
			BlendMode: []cssom.BlendMode{cssom.BlendNormal},
		}
	})
	dl := BuildWith(viewport(100, 100, nil, box(rect(10, 10, 50, 50), st)), BuildOptions{Image: func(string) image.Image { return src }})
	if want := "TileImage (10,10 20x10)"; !strings.Contains(dl.String(), want) {
		t.Errorf("dump:\n%s\nwant %q", dl, want)
	}
}
