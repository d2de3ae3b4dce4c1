package paint

import (
	"image"
	"image/color"
	"math"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

func radius(h, v cssom.Length) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) {
		for i := range 4 {
			s.BorderRadius[i], s.BorderRadiusY[i] = h, v
		}
	}
}

func lpx(n int) cssom.Length { return cssom.LengthOf(px(n)) }

func TestUsedRadii(t *testing.T) {
	tests := []struct {
		name string
		h, v cssom.Length
		box  Rect
		want [2]Fixed // every corner
	}{
		{"px", lpx(10), lpx(10), rect(0, 0, 100, 50), [2]Fixed{px(10), px(10)}},
		{"elliptical", lpx(10), lpx(5), rect(0, 0, 100, 50), [2]Fixed{px(10), px(5)}},
		{"percent", cssom.Percent(50), cssom.Percent(50), rect(0, 0, 100, 50), [2]Fixed{px(50), px(25)}},
		// Sum of two 50px radii on the 50px sides is 100: f = 0.5.
		{"overlap", lpx(50), lpx(50), rect(0, 0, 100, 50), [2]Fixed{px(25), px(25)}},
		{"one zero is square", lpx(10), lpx(0), rect(0, 0, 100, 50), [2]Fixed{}},
	}
	for _, tt := range tests {
		r := usedRadii(styled(radius(tt.h, tt.v)), tt.box)
		for i := range r {
			if r[i] != tt.want {
				t.Errorf("%s: corner %d = %v, want %v", tt.name, i, r[i], tt.want)
			}
		}
	}
}

func TestRadiiShrinkAndSpread(t *testing.T) {
	r := Radii{{px(10), px(10)}, {px(4), px(8)}, {px(2), px(2)}, {}}
	in := r.shrink(cssom.Edges[Fixed]{px(3), px(3), px(3), px(3)})
	want := Radii{{px(7), px(7)}, {px(1), px(5)}, {}, {}}
	if in != want {
		t.Errorf("shrink = %v, want %v", in, want)
	}
	// Spread 5: radii ≥ 5 grow by 5; radius 2 (ratio 0.4) grows by
	// 5·(1 + (−0.6)³) = 3.92; square corners stay square.
	sp := r.spread(px(5))
	if sp[0] != [2]Fixed{px(15), px(15)} || sp[3] != [2]Fixed{} {
		t.Errorf("spread = %v", sp)
	}
	if got, want := sp[2][0], px(2)+cssom.Px(3.92); got < want-1 || got > want+1 {
		t.Errorf("spread of a small radius = %v, want %v", got, want)
	}
	if neg := r.spread(px(-20)); !neg.IsZero() {
		t.Errorf("negative spread = %v, want square", neg)
	}
}

func near(a, b uint8, tol int) bool {
	d := int(a) - int(b)
	return d >= -tol && d <= tol
}

func checkNear(t *testing.T, img *image.RGBA, x, y int, want color.RGBA, tol int) {
	t.Helper()
	got := img.RGBAAt(x, y)
	if !near(got.R, want.R, tol) || !near(got.G, want.G, tol) || !near(got.B, want.B, tol) || !near(got.A, want.A, tol) {
		t.Errorf("pixel (%d,%d) = %s, want %s ±%d", x, y, pixelString(got), pixelString(want), tol)
	}
}

// checkMirror fails unless img is symmetric across both axes of r.
func checkMirror(t *testing.T, img *image.RGBA, r image.Rectangle) {
	t.Helper()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			a := img.RGBAAt(x, y)
			mx := img.RGBAAt(r.Max.X-1-(x-r.Min.X), y)
			my := img.RGBAAt(x, r.Max.Y-1-(y-r.Min.Y))
			if !near(a.R, mx.R, 3) || !near(a.R, my.R, 3) || !near(a.A, mx.A, 3) {
				t.Fatalf("not symmetric at (%d,%d): %s %s %s", x, y, pixelString(a), pixelString(mx), pixelString(my))
			}
		}
	}
}

func TestRasterRoundedBackground(t *testing.T) {
	root := viewport(60, 60, nil, box(rect(10, 10, 40, 40), styled(bg(red), radius(lpx(20), lpx(20)))))
	img := render(root, 60, 60)
	checkPixels(t, img, image.Rect(24, 24, 36, 36), red)   // the centre
	checkPixels(t, img, image.Rect(10, 10, 14, 14), white) // outside the corner arc
	checkPixels(t, img, image.Rect(28, 11, 32, 49), red)   // the vertical middle band
	// (11,22): the arc crosses this pixel; it is partly covered.
	if p := img.RGBAAt(11, 22); p.G == 0 || p.G == 255 {
		t.Errorf("anti-aliased edge pixel = %s", pixelString(p))
	}
	checkMirror(t, img, image.Rect(10, 10, 50, 50))
}

func TestRasterRoundedBorder(t *testing.T) {
	s := styled(bg(white), radius(lpx(15), lpx(15)), func(s *cssom.ComputedStyle) {
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid}
		s.BorderColor = cssom.Edges[cssom.Color]{blue, blue, blue, blue}
	})
	f := box(rect(0, 0, 50, 50), s)
	f.Border = cssom.Edges[Fixed]{px(5), px(5), px(5), px(5)}
	img := render(viewport(50, 50, nil, f), 50, 50)
	checkPixels(t, img, image.Rect(20, 0, 30, 5), blue)    // top side
	checkPixels(t, img, image.Rect(0, 20, 5, 30), blue)    // left side
	checkPixels(t, img, image.Rect(15, 15, 35, 35), white) // inside
	checkPixels(t, img, image.Rect(0, 0, 2, 2), white)     // outside the corner
	checkMirror(t, img, image.Rect(0, 0, 50, 50))
	dl := Build(viewport(50, 50, nil, f))
	if got := dl.String(); !strings.Contains(got, "radii 15/15 15/15 15/15 15/15") {
		t.Errorf("dump lacks the radii:\n%s", got)
	}
}

func TestRasterRoundedBorderColors(t *testing.T) {
	s := styled(radius(lpx(20), lpx(20)), func(s *cssom.ComputedStyle) {
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid}
		s.BorderColor = cssom.Edges[cssom.Color]{red, lime, blue, yellow}
	})
	f := box(rect(0, 0, 60, 60), s)
	f.Border = cssom.Edges[Fixed]{px(6), px(6), px(6), px(6)}
	img := render(viewport(60, 60, nil, f), 60, 60)
	checkPixels(t, img, image.Rect(25, 0, 35, 6), red)
	checkPixels(t, img, image.Rect(54, 25, 60, 35), lime)
	checkPixels(t, img, image.Rect(25, 54, 35, 60), blue)
	checkPixels(t, img, image.Rect(0, 25, 6, 35), yellow)
	checkPixels(t, img, image.Rect(20, 20, 40, 40), white)
}

func TestRasterRoundedOverflowClip(t *testing.T) {
	child := box(rect(0, 0, 100, 100), styled(bg(green)))
	clipper := box(rect(10, 10, 40, 40), styled(overflow(cssom.OverflowHidden), radius(lpx(20), lpx(20))), child)
	root := viewport(60, 60, nil, box(rect(0, 0, 60, 60), styled(), clipper))
	dl := Build(root)
	if got := dl.String(); !strings.Contains(got, "PushClip (10,10 40x40) radii 20/20") {
		t.Fatalf("no rounded clip:\n%s", got)
	}
	img := render(root, 60, 60)
	checkPixels(t, img, image.Rect(24, 24, 36, 36), green)
	checkPixels(t, img, image.Rect(10, 10, 14, 14), white)
	checkPixels(t, img, image.Rect(0, 0, 60, 10), white)
	checkMirror(t, img, image.Rect(10, 10, 50, 50))
}

func shadows(sh ...cssom.Shadow) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.BoxShadow = sh }
}

func TestRasterBoxShadowHard(t *testing.T) {
	s := styled(bg(white), shadows(cssom.Shadow{X: px(10), Y: px(10), Color: black}, cssom.Shadow{X: px(-5), Spread: px(2), Color: red}))
	root := viewport(100, 100, nil, box(rect(20, 20, 40, 40), s))
	dl := Build(root)
	// The last shadow is painted first, both under the background.
	want := []string{"BoxShadow (20,20 40x40) -5 0 0 2 #ff0000", "BoxShadow (20,20 40x40) 10 10 0 0 #000000", "FillRect (20,20 40x40) #ffffff"}
	for i, w := range want {
		if got := itemString(dl.Items[i]); got != w {
			t.Errorf("item %d = %q, want %q", i, got, w)
		}
	}
	img := render(root, 100, 100)
	checkPixels(t, img, image.Rect(60, 30, 70, 70), black) // right of the box
	checkPixels(t, img, image.Rect(30, 60, 70, 70), black) // below
	checkPixels(t, img, image.Rect(20, 20, 60, 60), white) // knocked out by the box
	checkPixels(t, img, image.Rect(13, 18, 20, 62), red)   // left: 5px offset + 2px spread
	checkPixels(t, img, image.Rect(0, 0, 12, 100), white)
}

func TestRasterBoxShadowBlur(t *testing.T) {
	s := styled(shadows(cssom.Shadow{Blur: px(20), Color: black}))
	root := viewport(120, 120, nil, box(rect(40, 40, 40, 40), s))
	img := render(root, 120, 120)
	// σ = 10px: at the box's edge the shadow is half covered; it fades to
	// nothing 3σ out; it is symmetric.
	edge := img.RGBAAt(39, 60)
	if edge.R < 128-20 || edge.R > 128+30 {
		t.Errorf("shadow at the edge = %s, want about half", pixelString(edge))
	}
	checkPixels(t, img, image.Rect(0, 0, 5, 120), white)
	if p := img.RGBAAt(25, 60); !(p.R > edge.R && p.R < 255) {
		t.Errorf("shadow 15px out = %s, want lighter than the edge %s", pixelString(p), pixelString(edge))
	}
	checkPixels(t, img, image.Rect(40, 40, 80, 80), white) // knocked out
	checkMirror(t, img, image.Rect(0, 0, 120, 120))
}

func TestRasterBoxShadowInset(t *testing.T) {
	s := styled(bg(white), shadows(cssom.Shadow{Inset: true, X: px(5), Y: px(5), Color: blue}))
	f := box(rect(10, 10, 40, 40), s)
	root := viewport(60, 60, nil, f)
	dl := Build(root)
	// Inner shadows are painted over the background.
	if got := itemString(dl.Items[1]); got != "BoxShadow inset (10,10 40x40) 5 5 0 0 #0000ff" {
		t.Errorf("item 1 = %q", got)
	}
	img := render(root, 60, 60)
	checkPixels(t, img, image.Rect(10, 10, 50, 15), blue)  // top band: the hole moved down 5px
	checkPixels(t, img, image.Rect(10, 10, 15, 50), blue)  // left band
	checkPixels(t, img, image.Rect(15, 15, 50, 50), white) // the hole
	checkPixels(t, img, image.Rect(0, 0, 60, 10), white)   // nothing outside
}

func TestOutlinePaintedLast(t *testing.T) {
	s := styled(func(s *cssom.ComputedStyle) {
		s.OutlineStyle, s.OutlineWidth, s.OutlineColor, s.OutlineOffset = cssom.BorderSolid, px(2), red, px(3)
	})
	later := box(rect(0, 40, 50, 10), styled(bg(blue)))
	root := viewport(100, 100, nil, box(rect(10, 10, 30, 20), s, box(rect(10, 10, 30, 20), styled(bg(green)))), later)
	dl := Build(root)
	last := itemString(dl.Items[len(dl.Items)-1])
	if want := "Border (5,5 40x30) 2 solid #ff0000 2 solid #ff0000 2 solid #ff0000 2 solid #ff0000"; last != want {
		t.Errorf("last item = %q, want %q\n%s", last, want, dl)
	}
	img := render(root, 100, 100)
	checkPixels(t, img, image.Rect(5, 5, 45, 7), red)
	checkPixels(t, img, image.Rect(5, 33, 45, 35), red) // over the later sibling's background
	checkPixels(t, img, image.Rect(7, 7, 10, 33), white)
}

func gradientStyle(g *cssom.Gradient) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) { s.BackgroundGradient = g }
}

func TestUsedStops(t *testing.T) {
	st := func(l cssom.Length) cssom.ColorStop { return cssom.ColorStop{Color: red, Position: l} }
	tests := []struct {
		name  string
		stops []cssom.ColorStop
		want  []Fixed
	}{
		{"defaults", []cssom.ColorStop{st(cssom.Auto), st(cssom.Auto)}, []Fixed{0, px(100)}},
		{"spread evenly", []cssom.ColorStop{st(cssom.Auto), st(cssom.Auto), st(cssom.Auto), st(lpx(60))}, []Fixed{0, px(20), px(40), px(60)}},
		{"clamped", []cssom.ColorStop{st(cssom.Percent(50)), st(lpx(10)), st(cssom.Auto)}, []Fixed{px(50), px(50), px(100)}},
	}
	for _, tt := range tests {
		got := usedStops(tt.stops, px(100))
		for i := range got {
			if got[i].Offset != tt.want[i] {
				t.Errorf("%s: stop %d at %v, want %v", tt.name, i, got[i].Offset, tt.want[i])
			}
		}
	}
}

func TestRasterLinearGradient(t *testing.T) {
	g := &cssom.Gradient{Angle: 90, Stops: []cssom.ColorStop{{Color: red, Position: cssom.Auto}, {Color: blue, Position: cssom.Auto}}}
	root := viewport(100, 20, nil, box(rect(0, 0, 100, 20), styled(gradientStyle(g))))
	dl := Build(root)
	if got := itemString(dl.Items[0]); got != "Gradient linear (0,10)-(100,10) tile (0,0 100x20) over (0,0 100x20) #ff0000 0 #0000ff 100" {
		t.Errorf("item = %q", got)
	}
	img := render(root, 100, 20)
	// Pixel x covers offsets x..x+1; its centre is at (x+0.5)/100 of the way.
	for _, x := range []int{0, 25, 49, 75, 99} {
		p := float64(x) + 0.5
		want := color.RGBA{R: uint8(255*(100-p)/100 + 0.5), B: uint8(255*p/100 + 0.5), A: 255}
		checkNear(t, img, x, 10, want, 2)
	}
}

func TestRasterGradientHintAndRepeat(t *testing.T) {
	// A hint at 25% puts the half-way colour a quarter of the way along.
	hint := &cssom.Gradient{Angle: 90, Stops: []cssom.ColorStop{{Color: black, Position: cssom.Auto}, {Position: cssom.Percent(25), Hint: true}, {Color: white, Position: cssom.Auto}}}
	img := render(viewport(100, 10, nil, box(rect(0, 0, 100, 10), styled(gradientStyle(hint)))), 100, 10)
	checkNear(t, img, 24, 5, color.RGBA{127, 127, 127, 255}, 4)
	// Repeating stripes every 20px: 0..10 red, 10..20 blue.
	rep := &cssom.Gradient{Angle: 90, Repeating: true, Stops: []cssom.ColorStop{
		{Color: red, Position: lpx(0)}, {Color: red, Position: lpx(10)}, {Color: blue, Position: lpx(10)}, {Color: blue, Position: lpx(20)}}}
	img = render(viewport(100, 10, nil, box(rect(0, 0, 100, 10), styled(gradientStyle(rep)))), 100, 10)
	for _, x := range []int{2, 22, 62, 82} {
		checkPixels(t, img, image.Rect(x, 0, x+6, 10), red)
		checkPixels(t, img, image.Rect(x+10, 0, x+16, 10), blue)
	}
}

func TestRasterRadialGradient(t *testing.T) {
	g := &cssom.Gradient{Kind: cssom.RadialGradient, Circle: true, Extent: cssom.ClosestSide, Position: [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)},
		Stops: []cssom.ColorStop{{Color: white, Position: cssom.Auto}, {Color: black, Position: cssom.Auto}}}
	root := viewport(40, 40, nil, box(rect(0, 0, 40, 40), styled(gradientStyle(g))))
	if got := itemString(Build(root).Items[0]); !strings.HasPrefix(got, "Gradient radial at (20,20) 20x20") {
		t.Errorf("item = %q", got)
	}
	img := render(root, 40, 40)
	checkNear(t, img, 20, 20, color.RGBA{245, 245, 245, 255}, 8) // near the centre
	checkPixels(t, img, image.Rect(0, 0, 3, 3), black)           // past the circle
	checkMirror(t, img, image.Rect(0, 0, 40, 40))
}

func TestRasterRoundedImageClip(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 4, 4))
	for i := range src.Pix {
		src.Pix[i] = 255
		if i%4 == 0 || i%4 == 1 {
			src.Pix[i] = 0
		}
	}
	f := &layout.Fragment{Kind: layout.ImageFragment, Style: styled(radius(cssom.Percent(50), cssom.Percent(50))), Rect: rect(0, 0, 40, 40), Image: src}
	img := render(viewport(40, 40, nil, f), 40, 40)
	checkPixels(t, img, image.Rect(15, 15, 25, 25), blue)
	checkPixels(t, img, image.Rect(0, 0, 3, 3), white)
}

func TestRasterEffectsDegenerate(t *testing.T) {
	// Bad values never panic: empty boxes, huge blurs and spreads,
	// negative radii, gradients with coincident stops.
	g := &cssom.Gradient{Repeating: true, Stops: []cssom.ColorStop{{Color: red, Position: lpx(5)}, {Color: blue, Position: lpx(5)}}}
	rg := &cssom.Gradient{Kind: cssom.RadialGradient, Extent: cssom.ExtentExplicit, Stops: g.Stops}
	styles := []*cssom.ComputedStyle{
		styled(shadows(cssom.Shadow{Blur: px(5000), Spread: px(-5000), Color: black})),
		styled(shadows(cssom.Shadow{Inset: true, Blur: px(300), Spread: px(90000), Color: black}), radius(lpx(-5), lpx(1<<20))),
		styled(gradientStyle(g)), styled(gradientStyle(rg)),
		styled(func(s *cssom.ComputedStyle) {
			s.OutlineStyle, s.OutlineWidth, s.OutlineOffset = cssom.BorderSolid, px(2), px(-500)
		}),
	}
	for _, s := range styles {
		for _, r := range []Rect{rect(0, 0, 0, 0), rect(5, 5, 30, 1), rect(-10, -10, 1000, 1000)} {
			render(viewport(50, 50, nil, box(r, s)), 50, 50)
		}
	}
}

func TestBuildBackgroundClip(t *testing.T) {
	s := styled(bg(red), radius(lpx(10), lpx(10)), func(s *cssom.ComputedStyle) { s.BackgroundClip = cssom.BackgroundPaddingBox })
	f := box(rect(0, 0, 50, 50), s)
	f.Border = cssom.Edges[Fixed]{px(4), px(4), px(4), px(4)}
	f.Padding = cssom.Edges[Fixed]{px(2), px(2), px(2), px(2)}
	dl := Build(viewport(50, 50, nil, f))
	if got := itemString(dl.Items[0]); got != "FillRect (4,4 42x42) #ff0000 radii 6/6 6/6 6/6 6/6" {
		t.Errorf("padding-box background = %q", got)
	}
	s2 := styled(bg(red), func(s *cssom.ComputedStyle) { s.BackgroundClip = cssom.BackgroundContentBox })
	f2 := box(rect(0, 0, 50, 50), s2)
	f2.Border, f2.Padding = f.Border, f.Padding
	if got := itemString(Build(viewport(50, 50, nil, f2)).Items[0]); got != "FillRect (6,6 38x38) #ff0000" {
		t.Errorf("content-box background = %q", got)
	}
}

func TestTextShadow(t *testing.T) {
	s := styled(func(s *cssom.ComputedStyle) {
		s.TextShadow = []cssom.Shadow{{X: px(1), Y: px(2), Color: red}, {X: px(3), Y: px(3), Blur: px(4), Color: blue}}
	})
	root := viewport(100, 40, nil, box(rect(0, 0, 100, 40), styled(), line(rect(0, 0, 100, 20), textFrag(rect(0, 0, 20, 20), s, "ab"))))
	dl := Build(root)
	var got []string
	for _, it := range dl.Items {
		if g, ok := it.(*Glyphs); ok {
			got = append(got, itemString(g))
		}
	}
	want := []string{
		`Glyphs "" 16px at (3,15) #0000ff 2 glyphs blur 4 "ab"`,
		`Glyphs "" 16px at (1,14) #ff0000 2 glyphs "ab"`,
		`Glyphs "" 16px at (0,12) #000000 2 glyphs "ab"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("glyph runs:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A blurred run spreads its ink: a 10px square blurred with σ = 2px
	// is half covered on its edges and leaks about 3σ out.
	dst := image.NewRGBA(image.Rect(0, 0, 40, 40))
	g := &Glyphs{Size: px(10), Glyphs: []layout.Glyph{{}}, X: px(15), Y: px(25), Color: black, Blur: px(4)}
	rasterWith(&DisplayList{Items: []Item{g}}, dst, RasterOptions{}, fakeOutlines)
	checkNear(t, dst, 20, 20, color.RGBA{A: 255}, 40)             // the centre stays dark
	checkNear(t, dst, 15, 20, color.RGBA{128, 128, 128, 255}, 40) // the edge is half
	checkPixels(t, dst, image.Rect(0, 0, 40, 6), white)           // beyond 3σ+1
	if p := dst.RGBAAt(12, 20); p.R == 255 || p.R < 128 {
		t.Errorf("blur outside the edge = %s", pixelString(p))
	}
}

func transform(fs ...cssom.TransformFunction) func(*cssom.ComputedStyle) {
	return func(s *cssom.ComputedStyle) {
		s.Transform = fs
		s.TransformOrigin = [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}
	}
}

func TestMatrixOf(t *testing.T) {
	tr := &PushTransform{Box: rect(10, 10, 40, 20), Origin: [2]Fixed{px(30), px(20)}, Functions: []cssom.TransformFunction{
		{Kind: cssom.TransformTranslate, X: cssom.Percent(50), Y: lpx(5)},
		{Kind: cssom.TransformRotate, A: [6]float32{90}},
		{Kind: cssom.TransformScale, A: [6]float32{2, 1}},
	}}
	m := matrixOf(tr)
	// The origin (30,20) is fixed by rotate and scale, then moved by
	// (20,5); the point 1px right of it is scaled to 2px right, rotated to
	// 2px down.
	tests := [][4]float64{{30, 20, 50, 25}, {31, 20, 50, 27}, {30, 21, 49, 25}}
	for _, tt := range tests {
		x, y := m.apply(tt[0], tt[1])
		if math.Abs(x-tt[2]) > 1e-9 || math.Abs(y-tt[3]) > 1e-9 {
			t.Errorf("(%g,%g) maps to (%g,%g), want (%g,%g)", tt[0], tt[1], x, y, tt[2], tt[3])
		}
	}
	inv, ok := m.invert()
	if x, y := inv.apply(50, 27); !ok || math.Abs(x-31) > 1e-9 || math.Abs(y-20) > 1e-9 {
		t.Errorf("inverse maps (50,27) to (%g,%g)", x, y)
	}
	if _, ok := (affine{0, 0, 0, 0, 1, 1}).invert(); ok {
		t.Error("a singular matrix inverted")
	}
}

func TestRasterTransform(t *testing.T) {
	// translate(-50%, 10px) moves the 20x10 box 10px left and 10px down.
	moved := box(rect(20, 10, 20, 10), styled(bg(red), transform(cssom.TransformFunction{Kind: cssom.TransformTranslate, X: cssom.Percent(-50), Y: lpx(10)})),
		box(rect(20, 10, 10, 10), styled(bg(blue))))
	root := viewport(60, 60, nil, box(rect(0, 0, 60, 60), styled(), moved))
	dl := Build(root)
	if s := dl.String(); !strings.Contains(s, "PushTransform (20,10 20x10) origin (30,15) translate(-50%, 10px)") || !strings.Contains(s, "PopTransform") {
		t.Fatalf("no transform group:\n%s", s)
	}
	img := render(root, 60, 60)
	checkPixels(t, img, image.Rect(10, 20, 20, 30), blue)
	checkPixels(t, img, image.Rect(20, 20, 30, 30), red)
	checkPixels(t, img, image.Rect(30, 10, 60, 20), white)
	// rotate(90deg) about the centre turns a 40x10 bar upright.
	bar := box(rect(10, 25, 40, 10), styled(bg(green), transform(cssom.TransformFunction{Kind: cssom.TransformRotate, A: [6]float32{90}})))
	img = render(viewport(60, 60, nil, box(rect(0, 0, 60, 60), styled(), bar)), 60, 60)
	checkPixels(t, img, image.Rect(26, 11, 34, 49), green)
	checkPixels(t, img, image.Rect(10, 25, 24, 35), white)
	checkPixels(t, img, image.Rect(36, 25, 50, 35), white)
}

func TestRasterTransformDegenerate(t *testing.T) {
	for _, f := range []cssom.TransformFunction{
		{Kind: cssom.TransformScale}, // singular
		{Kind: cssom.TransformScale, A: [6]float32{1e9, 1e9}},
		{Kind: cssom.TransformSkew, A: [6]float32{90, 90}},
		{Kind: cssom.TransformMatrix, A: [6]float32{float32(math.NaN()), 0, 0, 1, 0, 0}},
	} {
		s := styled(bg(red), opacity(0.5), transform(f))
		render(viewport(50, 50, nil, box(rect(0, 0, 50, 50), styled(), box(rect(5, 5, 20, 20), s, textFrag(rect(5, 5, 20, 10), styled(), "x")))), 50, 50)
	}
}

func TestRasterRoundedDashedBorder(t *testing.T) {
	s := styled(radius(lpx(10), lpx(10)), func(s *cssom.ComputedStyle) {
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderDashed, cssom.BorderDashed, cssom.BorderDashed, cssom.BorderDashed}
		s.BorderColor = cssom.Edges[cssom.Color]{blue, blue, blue, blue}
	})
	f := box(rect(0, 0, 100, 40), s)
	f.Border = cssom.Edges[Fixed]{px(2), px(2), px(2), px(2)}
	img := render(viewport(100, 40, nil, f), 100, 40)
	gaps, ink := 0, 0
	for x := 10; x < 90; x++ {
		switch img.RGBAAt(x, 0) {
		case rgba(white):
			gaps++
		case rgba(blue):
			ink++
		}
	}
	if gaps < 20 || ink < 20 {
		t.Errorf("top side: %d gap and %d ink pixels, want dashes", gaps, ink)
	}
	checkPixels(t, img, image.Rect(0, 0, 1, 1), white) // outside the curve
	if p := img.RGBAAt(3, 3); p.B < 128 {
		t.Errorf("corner curve pixel = %s, want blue ink", pixelString(p))
	}
}
