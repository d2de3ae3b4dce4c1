package paint

import (
	"fmt"
	"image"
	"image/color"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// Fragment trees built by hand, the way layout hands them to paint.

var (
	red    = cssom.Color{R: 255, A: 255}
	green  = cssom.Color{G: 128, A: 255}
	blue   = cssom.Color{B: 255, A: 255}
	lime   = cssom.Color{G: 255, A: 255}
	yellow = cssom.Color{R: 255, G: 255, A: 255}
	black  = cssom.Black
	white  = cssom.Color{R: 255, G: 255, B: 255, A: 255}
)

func px(n int) Fixed { return cssom.Int(n) }

func rect(x, y, w, h int) Rect { return Rect{X: px(x), Y: px(y), W: px(w), H: px(h)} }

// styled returns an initial style changed by mods.
func styled(mods ...func(*cssom.ComputedStyle)) *cssom.ComputedStyle {
	s := cssom.Initial()
	s.Display = cssom.DisplayBlock
	for _, m := range mods {
		m(s)
	}
	return s
}

func bg(c cssom.Color) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.BackgroundColor = c }
}

func pos(p cssom.Position, z int) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Position, s.ZIndex, s.ZIndexAuto = p, int32(z), false }
}

func posAuto(p cssom.Position) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Position = p }
}

func opacity(o float32) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Opacity = o }
}

func float(f cssom.Float) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Float = f }
}

func overflow(o cssom.Overflow) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.OverflowX, s.OverflowY = o, o }
}

func display(d cssom.Display) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Display = d }
}

func hidden(s *cssom.ComputedStyle) { s.Visibility = cssom.Hidden }

func box(r Rect, s *cssom.ComputedStyle, children ...*layout.Fragment) *layout.Fragment {
	return &layout.Fragment{Kind: layout.BoxFragment, Style: s, Rect: r, Children: children}
}

func line(r Rect, children ...*layout.Fragment) *layout.Fragment {
	return &layout.Fragment{Kind: layout.LineFragment, Style: cssom.Initial(), Rect: r, Children: children, Anonymous: true}
}

func inline(r Rect, s *cssom.ComputedStyle, children ...*layout.Fragment) *layout.Fragment {
	s.Display = cssom.DisplayInline
	return &layout.Fragment{Kind: layout.InlineFragment, Style: s, Rect: r, Children: children}
}

// textFrag is a text fragment with fake glyphs, one per byte of text, each
// 10px wide.
func textFrag(r Rect, s *cssom.ComputedStyle, text string) *layout.Fragment {
	run := &layout.TextRun{Size: px(16), Text: text}
	for i := range text {
		run.Glyphs = append(run.Glyphs, layout.Glyph{ID: layout.GlyphID(text[i]), X: px(10 * i), Advance: px(10)})
	}
	return &layout.Fragment{Kind: layout.TextFragment, Style: s, Rect: r, Text: run, Baseline: px(12)}
}

func viewport(w, h int, s *cssom.ComputedStyle, children ...*layout.Fragment) *layout.Fragment {
	if s == nil {
		s = cssom.Initial()
	}
	return &layout.Fragment{Kind: layout.ViewportFragment, Style: s, Rect: rect(0, 0, w, h), Children: children, Anonymous: true}
}

// render builds and rasterizes root at scale 1 into a w×h image.
func render(root *layout.Fragment, w, h int) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	Build(root).Raster(dst, RasterOptions{})
	return dst
}

func rgba(c cssom.Color) color.RGBA {
	p := premul(c)
	return color.RGBA{uint8(p.r), uint8(p.g), uint8(p.b), uint8(p.a)}
}

// checkPixels fails when any pixel of r in img is not want.
func checkPixels(t *testing.T, img *image.RGBA, r image.Rectangle, want cssom.Color) {
	t.Helper()
	w := rgba(want)
	bad := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if got := img.RGBAAt(x, y); got != w {
				if bad < 5 {
					t.Errorf("pixel (%d,%d) = %v, want %v", x, y, got, w)
				}
				bad++
			}
		}
	}
	if bad >= 5 {
		t.Errorf("... %d wrong pixels in %v", bad, r)
	}
}

// pixelString is a compact dump of a pixel for messages.
func pixelString(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A) }
