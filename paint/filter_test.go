package paint

import (
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

func filter(fs ...cssom.FilterFunction) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.Filter = fs }
}

// A 20×20 box of colour c with filter f, alone on a white page: the box's
// pixels after the filter.
func TestFilterColorFunctions(t *testing.T) {
	mid := cssom.Color{R: 200, G: 100, B: 50, A: 255}
	tests := []struct {
		name string
		c    cssom.Color
		f    cssom.FilterFunction
		want cssom.Color
	}{
		{"grayscale", mid, cssom.FilterFunction{Kind: cssom.FilterGrayscale, Amount: 1}, cssom.Color{R: 118, G: 118, B: 118, A: 255}},
		{"grayscale 0", mid, cssom.FilterFunction{Kind: cssom.FilterGrayscale, Amount: 0}, mid},
		{"invert", mid, cssom.FilterFunction{Kind: cssom.FilterInvert, Amount: 1}, cssom.Color{R: 55, G: 155, B: 205, A: 255}},
		{"invert half", mid, cssom.FilterFunction{Kind: cssom.FilterInvert, Amount: 0.5}, cssom.Color{R: 128, G: 128, B: 128, A: 255}},
		{"brightness", mid, cssom.FilterFunction{Kind: cssom.FilterBrightness, Amount: 0.5}, cssom.Color{R: 100, G: 50, B: 25, A: 255}},
		{"brightness clamps", mid, cssom.FilterFunction{Kind: cssom.FilterBrightness, Amount: 2}, cssom.Color{R: 255, G: 200, B: 100, A: 255}},
		{"contrast 0", mid, cssom.FilterFunction{Kind: cssom.FilterContrast, Amount: 0}, cssom.Color{R: 128, G: 128, B: 128, A: 255}},
		{"saturate 0", mid, cssom.FilterFunction{Kind: cssom.FilterSaturate, Amount: 0}, cssom.Color{R: 118, G: 118, B: 118, A: 255}},
		{"sepia", cssom.Color{R: 100, G: 100, B: 100, A: 255}, cssom.FilterFunction{Kind: cssom.FilterSepia, Amount: 1}, cssom.Color{R: 135, G: 120, B: 94, A: 255}},
		{"hue-rotate 0", mid, cssom.FilterFunction{Kind: cssom.FilterHueRotate, Amount: 0}, mid},
		{"hue-rotate 180", cssom.Color{R: 255, A: 255}, cssom.FilterFunction{Kind: cssom.FilterHueRotate, Amount: 180}, cssom.Color{G: 109, B: 109, A: 255}},
		{"opacity", black, cssom.FilterFunction{Kind: cssom.FilterOpacity, Amount: 0.5}, cssom.Color{R: 127, G: 127, B: 127, A: 255}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := viewport(40, 40, nil, box(rect(10, 10, 20, 20), styled(bg(tt.c), filter(tt.f))))
			img := render(root, 40, 40)
			checkPixels(t, img, image.Rect(10, 10, 30, 30), tt.want)
			checkPixels(t, img, image.Rect(0, 0, 40, 10), white)
		})
	}
}

// blur spreads the box over its edges symmetrically; far pixels stay
// white, the centre stays the colour.
func TestFilterBlur(t *testing.T) {
	root := viewport(60, 60, nil, box(rect(20, 20, 20, 20), styled(bg(black), filter(cssom.FilterFunction{Kind: cssom.FilterBlur, Length: px(2)}))))
	img := render(root, 60, 60)
	checkPixels(t, img, image.Rect(27, 27, 33, 33), black)
	checkPixels(t, img, image.Rect(0, 0, 60, 12), white)
	left, right := img.RGBAAt(19, 30), img.RGBAAt(40, 30)
	if left != right || left.R == 0 || left.R == 255 {
		t.Errorf("edges %v and %v: want equal greys", left, right)
	}
	if in := img.RGBAAt(20, 30); in.R >= left.R {
		t.Errorf("inside edge %v not darker than outside %v", in, left)
	}
}

// drop-shadow draws the content's alpha offset under it, in the colour.
func TestFilterDropShadow(t *testing.T) {
	ds := cssom.FilterFunction{Kind: cssom.FilterDropShadow, Shadow: cssom.Shadow{X: px(5), Y: px(5), Color: red}}
	root := viewport(40, 40, nil, box(rect(10, 10, 10, 10), styled(bg(blue), filter(ds))))
	img := render(root, 40, 40)
	checkPixels(t, img, image.Rect(10, 10, 20, 20), blue)
	checkPixels(t, img, image.Rect(20, 15, 25, 25), red)
	checkPixels(t, img, image.Rect(15, 20, 25, 25), red)
	checkPixels(t, img, image.Rect(25, 0, 40, 40), white)
}

func blendMode(m cssom.BlendMode) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.MixBlendMode = m }
}

func TestMixBlendMode(t *testing.T) {
	back := cssom.Color{R: 200, G: 100, B: 0, A: 255}
	src := cssom.Color{R: 100, G: 100, B: 255, A: 255}
	tests := []struct {
		m    cssom.BlendMode
		want cssom.Color
	}{
		{cssom.BlendNormal, src},
		{cssom.BlendMultiply, cssom.Color{R: 78, G: 39, B: 0, A: 255}},
		{cssom.BlendScreen, cssom.Color{R: 222, G: 161, B: 255, A: 255}},
		{cssom.BlendDarken, cssom.Color{R: 100, G: 100, B: 0, A: 255}},
		{cssom.BlendLighten, cssom.Color{R: 200, G: 100, B: 255, A: 255}},
		{cssom.BlendDifference, cssom.Color{R: 100, G: 0, B: 255, A: 255}},
		{cssom.BlendOverlay, cssom.Color{R: 188, G: 78, B: 0, A: 255}},
		{cssom.BlendExclusion, cssom.Color{R: 144, G: 122, B: 255, A: 255}},
	}
	for _, tt := range tests {
		child := box(rect(10, 10, 10, 10), styled(bg(src), blendMode(tt.m)))
		root := viewport(40, 40, nil, box(rect(0, 0, 40, 40), styled(bg(back)), child))
		img := render(root, 40, 40)
		checkPixels(t, img, image.Rect(10, 10, 20, 20), tt.want)
		checkPixels(t, img, image.Rect(25, 25, 40, 40), back)
	}
	// Half-transparent source over an opaque backdrop: the blend is mixed
	// with the plain source by the backdrop's alpha, and composited.
	half := cssom.Color{R: 255, G: 255, B: 255, A: 128}
	child := box(rect(0, 0, 10, 10), styled(bg(half), blendMode(cssom.BlendDifference)))
	root := viewport(10, 10, nil, box(rect(0, 0, 10, 10), styled(bg(white)), child))
	img := render(root, 10, 10)
	if got := img.RGBAAt(5, 5); got.R < 125 || got.R > 130 || got.A != 255 {
		t.Errorf("half difference over white = %v, want ~#7f7f7f", got)
	}
}

func clipPath(sh *cssom.BasicShape) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.ClipPath = sh }
}

func TestClipPath(t *testing.T) {
	pxl := func(n int) cssom.Length { return cssom.LengthOf(px(n)) }
	c50 := [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}
	tests := []struct {
		name        string
		sh          *cssom.BasicShape
		in, outside []image.Point
	}{
		{"inset", &cssom.BasicShape{Kind: cssom.ShapeInset, Inset: cssom.Edges[cssom.Length]{pxl(5), cssom.Percent(25), pxl(5), pxl(5)}},
			[]image.Point{{6, 6}, {29, 34}}, []image.Point{{4, 20}, {31, 20}, {20, 3}, {20, 36}}},
		{"circle closest-side", &cssom.BasicShape{Kind: cssom.ShapeCircle, RadiusKind: [2]cssom.ShapeRadius{cssom.RadiusClosestSide}, Center: c50},
			[]image.Point{{20, 20}, {20, 2}, {2, 20}}, []image.Point{{2, 2}, {37, 37}}},
		{"circle 10px at 10px 10px", &cssom.BasicShape{Kind: cssom.ShapeCircle, Radius: [2]cssom.Length{pxl(10)}, Center: [2]cssom.Length{pxl(10), pxl(10)}},
			[]image.Point{{10, 10}, {17, 10}}, []image.Point{{21, 10}, {20, 20}}},
		{"ellipse", &cssom.BasicShape{Kind: cssom.ShapeEllipse, Radius: [2]cssom.Length{pxl(20), pxl(5)}, Center: c50},
			[]image.Point{{2, 20}, {37, 20}, {20, 16}}, []image.Point{{20, 10}, {20, 30}}},
		{"polygon", &cssom.BasicShape{Kind: cssom.ShapePolygon, Points: [][2]cssom.Length{{pxl(0), pxl(0)}, {cssom.Percent(100), pxl(0)}, {pxl(0), cssom.Percent(100)}}},
			[]image.Point{{2, 2}, {30, 5}, {5, 30}}, []image.Point{{30, 30}, {38, 20}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := viewport(40, 40, nil, box(rect(0, 0, 40, 40), styled(bg(blue), clipPath(tt.sh))))
			img := render(root, 40, 40)
			for _, p := range tt.in {
				if got := img.RGBAAt(p.X, p.Y); got != rgba(blue) {
					t.Errorf("%v = %s, want blue", p, pixelString(got))
				}
			}
			for _, p := range tt.outside {
				if got := img.RGBAAt(p.X, p.Y); got != rgba(white) {
					t.Errorf("%v = %s, want white", p, pixelString(got))
				}
			}
		})
	}
}

// Filters, clip-path and blend modes make stacking contexts and ride on the
// group item.
func TestGroupEffectsDump(t *testing.T) {
	s := styled(bg(red), filter(cssom.FilterFunction{Kind: cssom.FilterGrayscale, Amount: 1}), blendMode(cssom.BlendMultiply),
		clipPath(&cssom.BasicShape{Kind: cssom.ShapeCircle, RadiusKind: [2]cssom.ShapeRadius{cssom.RadiusFarthestSide},
			Center: [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}}))
	dl := Build(viewport(40, 40, nil, box(rect(0, 0, 40, 20), s)))
	got := dl.String()
	want := "PushOpacity 255 filter3(1 0) clip-path(ellipse=true 0 points) blend1"
	if !strings.Contains(got, want) || !strings.Contains(got, "PopOpacity") {
		t.Errorf("dump:\n%s\nwant a line %q", got, want)
	}
	var cp *ClipPath
	for _, it := range dl.Items {
		if g, ok := it.(*PushOpacity); ok {
			cp = g.ClipPath
		}
	}
	// farthest-side of a circle centred in 40×20: 20px.
	if cp == nil || cp.RX != px(20) || cp.RY != px(20) || cp.Center != [2]Fixed{px(20), px(10)} {
		t.Errorf("clip path %+v", cp)
	}
}

func TestObjectFit(t *testing.T) {
	// A 20×10 image in a 40×40 content box at (0,0).
	nat := image.Rect(0, 0, 20, 10)
	box := rect(0, 0, 40, 40)
	tests := []struct {
		fit  cssom.ObjectFit
		pos  [2]cssom.Length
		want Rect
	}{
		{cssom.ObjectFitFill, [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}, rect(0, 0, 40, 40)},
		{cssom.ObjectFitContain, [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}, rect(0, 10, 40, 20)},
		{cssom.ObjectFitCover, [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}, rect(-20, 0, 80, 40)},
		{cssom.ObjectFitNone, [2]cssom.Length{cssom.Percent(0), cssom.Percent(100)}, rect(0, 30, 20, 10)},
		{cssom.ObjectFitScaleDown, [2]cssom.Length{cssom.LengthOf(px(3)), cssom.Percent(50)}, rect(3, 15, 20, 10)},
		{cssom.ObjectFitCover, [2]cssom.Length{cssom.Percent(100), cssom.Percent(0)}, rect(-40, 0, 80, 40)},
	}
	for _, tt := range tests {
		s := styled(func(s *cssom.ComputedStyle) { s.ObjectFit, s.ObjectPosition = tt.fit, tt.pos })
		if got := objectRect(s, nat, box); got != tt.want {
			t.Errorf("fit %d at %v: %v, want %v", tt.fit, tt.pos, got, tt.want)
		}
	}
	// scale-down of a big image is contain.
	s := styled(func(s *cssom.ComputedStyle) { s.ObjectFit = cssom.ObjectFitScaleDown })
	if got := objectRect(s, image.Rect(0, 0, 80, 40), box); got != rect(0, 10, 40, 20) {
		t.Errorf("scale-down of 80×40: %v", got)
	}
}

// object-fit: cover draws the image cut to the content box; pixelated
// rendering scales with nearest neighbour.
func TestReplacedObjectFitPaint(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 2, 1))
	src.SetRGBA(0, 0, color.RGBA{255, 0, 0, 255})
	src.SetRGBA(1, 0, color.RGBA{0, 0, 255, 255})
	s := styled(func(s *cssom.ComputedStyle) {
		s.ObjectFit = cssom.ObjectFitCover
		s.ImageRendering = cssom.ImageRenderingPixelated
	})
	img := &layout.Fragment{Kind: layout.ImageFragment, Style: s, Rect: rect(10, 10, 10, 10), Image: src}
	dl := Build(viewport(40, 40, nil, img))
	if !strings.Contains(dl.String(), "PushClip") {
		t.Errorf("no clip for an overflowing cover image:\n%s", dl)
	}
	out := image.NewRGBA(image.Rect(0, 0, 40, 40))
	dl.Raster(out, RasterOptions{})
	// Cover: 20×10 centred, so the box shows x 5..15 of it: red then blue.
	checkPixels(t, out, image.Rect(10, 10, 15, 20), red)
	checkPixels(t, out, image.Rect(15, 10, 20, 20), blue)
	checkPixels(t, out, image.Rect(0, 0, 10, 40), white)
	checkPixels(t, out, image.Rect(20, 0, 40, 40), white)
}

// A conic gradient's colour depends on the angle around its centre,
// clockwise from the from angle, 0 pointing up.
func TestConicGradient(t *testing.T) {
	q := func(c cssom.Color, from, to float32) []cssom.ColorStop {
		return []cssom.ColorStop{{Color: c, Position: cssom.Percent(from)}, {Color: c, Position: cssom.Percent(to)}}
	}
	stops := append(append(append(q(red, 0, 25), q(lime, 25, 50)...), q(blue, 50, 75)...), q(yellow, 75, 100)...)
	g := &cssom.Gradient{Kind: cssom.ConicGradient, Position: [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}, Stops: stops}
	s := styled(func(s *cssom.ComputedStyle) { s.BackgroundGradient = g })
	img := render(viewport(40, 40, nil, box(rect(0, 0, 40, 40), s)), 40, 40)
	checkPixels(t, img, image.Rect(22, 0, 40, 18), red)   // top right
	checkPixels(t, img, image.Rect(22, 22, 40, 40), lime) // bottom right
	checkPixels(t, img, image.Rect(0, 22, 18, 40), blue)  // bottom left
	checkPixels(t, img, image.Rect(0, 0, 18, 18), yellow) // top left
	// from 90deg turns everything a quarter clockwise.
	g2 := *g
	g2.Angle = 90
	s2 := styled(func(s *cssom.ComputedStyle) { s.BackgroundGradient = &g2 })
	img = render(viewport(40, 40, nil, box(rect(0, 0, 40, 40), s2)), 40, 40)
	checkPixels(t, img, image.Rect(22, 22, 40, 40), red)
	checkPixels(t, img, image.Rect(0, 0, 18, 18), blue)
	if d := Build(viewport(40, 40, nil, box(rect(0, 0, 40, 40), s2))).String(); !strings.Contains(d, "conic at (20,20) from 90deg") {
		t.Errorf("dump:\n%s", d)
	}
}

// background-clip: text paints the background only under the glyphs of
// the element's text.
func TestBackgroundClipText(t *testing.T) {
	fs := layout.NewFontSet()
	runs := fs.Shape("H", layout.FontSpec{Families: []string{"sans-serif"}, Weight: 700, Size: px(40)})
	if len(runs) == 0 || len(runs[0].Glyphs) == 0 {
		t.Skip("no font")
	}
	text := &layout.Fragment{Kind: layout.TextFragment, Style: styled(func(s *cssom.ComputedStyle) { s.Color = cssom.Transparent }),
		Rect: rect(0, 0, 40, 40), Text: &layout.TextRun{Font: runs[0].Font, Size: px(40), Glyphs: runs[0].Glyphs, Text: "H"}, Baseline: px(36)}
	s := styled(bg(red), func(s *cssom.ComputedStyle) { s.BackgroundClip = cssom.BackgroundText })
	root := viewport(40, 40, nil, box(rect(0, 0, 40, 40), s, line(rect(0, 0, 40, 40), text)))
	dl := Build(root)
	if !strings.Contains(dl.String(), "text-mask(1 runs)") {
		t.Fatalf("dump:\n%s", dl)
	}
	img := image.NewRGBA(image.Rect(0, 0, 40, 40))
	dl.Raster(img, RasterOptions{})
	var redPx, whitePx int
	for y := range 40 {
		for x := range 40 {
			switch img.RGBAAt(x, y) {
			case rgba(red):
				redPx++
			case rgba(white):
				whitePx++
			}
		}
	}
	// An H covers part of the box: some red, much white, no other colour
	// beyond the anti-aliased edges.
	if redPx < 100 || whitePx < 600 {
		t.Errorf("%d red and %d white pixels", redPx, whitePx)
	}
	// The stem of the H at the left, the gap above its bar in the middle.
	if got := img.RGBAAt(15, 10); got != rgba(white) {
		t.Errorf("inside the H's counter: %s", pixelString(got))
	}
	// Without text, nothing of the background shows.
	empty := Build(viewport(40, 40, nil, box(rect(0, 0, 40, 40), s)))
	if strings.Contains(empty.String(), "FillRect") {
		t.Errorf("background painted with no text:\n%s", empty)
	}
}

// The clip property cuts an absolutely positioned box (and its content)
// to a rectangle; it does nothing to other boxes.
func TestClipRect(t *testing.T) {
	auto := cssom.Auto
	c := &[4]cssom.Length{cssom.LengthOf(px(5)), cssom.LengthOf(px(30)), auto, auto}
	clipped := func(p cssom.Position) *cssom.ComputedStyle {
		return styled(bg(blue), func(s *cssom.ComputedStyle) { s.Clip, s.Position = c, p })
	}
	img := render(viewport(40, 40, nil, box(rect(0, 0, 40, 40), clipped(cssom.PositionAbsolute))), 40, 40)
	checkPixels(t, img, image.Rect(0, 5, 30, 40), blue)
	checkPixels(t, img, image.Rect(0, 0, 40, 5), white)
	checkPixels(t, img, image.Rect(30, 0, 40, 40), white)
	img = render(viewport(40, 40, nil, box(rect(0, 0, 40, 40), clipped(cssom.PositionRelative))), 40, 40)
	checkPixels(t, img, image.Rect(0, 0, 40, 40), blue)
	// right before left: nothing shows.
	c = &[4]cssom.Length{auto, cssom.LengthOf(px(0)), auto, cssom.LengthOf(px(0))}
	img = render(viewport(40, 40, nil, box(rect(0, 0, 40, 40), clipped(cssom.PositionFixed))), 40, 40)
	checkPixels(t, img, image.Rect(0, 0, 40, 40), white)
}
