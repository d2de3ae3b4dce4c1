package paint

import (
	"bytes"
	"image"
	"sync"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

func TestRasterSnappedRect(t *testing.T) {
	tests := []struct {
		name string
		r    Rect
		opts RasterOptions
		want image.Rectangle
	}{
		{"scale 1", rect(8, 8, 10, 10), RasterOptions{}, image.Rect(8, 8, 18, 18)},
		{"scale 2", rect(8, 8, 10, 10), RasterOptions{Scale: 2}, image.Rect(16, 16, 36, 36)},
		{"offset", rect(8, 8, 10, 10), RasterOptions{X: px(5), Y: px(3)}, image.Rect(3, 5, 13, 15)},
		{"offset scale 2", rect(8, 8, 10, 10), RasterOptions{Scale: 2, X: px(5), Y: px(3)}, image.Rect(6, 10, 26, 30)},
		{"fractional edges round", Rect{X: px(8) + 20, Y: px(8) + 40, W: px(10), H: px(10)}, RasterOptions{}, image.Rect(8, 9, 18, 19)},
		{"half pixel rounds up", Rect{X: px(8) + 32, Y: px(8), W: px(10), H: px(10) + 32}, RasterOptions{}, image.Rect(9, 8, 19, 19)},
		{"scale 1.5", rect(8, 8, 10, 10), RasterOptions{Scale: 1.5}, image.Rect(12, 12, 27, 27)},
		{"negative scale means 1", rect(8, 8, 10, 10), RasterOptions{Scale: -3}, image.Rect(8, 8, 18, 18)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl := &DisplayList{Items: []Item{&FillRect{Rect: tt.r, Color: red}}}
			dst := image.NewRGBA(image.Rect(0, 0, 50, 50))
			dl.Raster(dst, tt.opts)
			checkPixels(t, dst, tt.want, red)
			// Everything else stays white.
			for y := range 50 {
				for x := range 50 {
					if !image.Pt(x, y).In(tt.want) && dst.RGBAAt(x, y) != rgba(white) {
						t.Fatalf("pixel (%d,%d) = %s outside %v", x, y, pixelString(dst.RGBAAt(x, y)), tt.want)
					}
				}
			}
		})
	}
}

func TestRasterBase(t *testing.T) {
	half := cssom.Color{R: 255, A: 128}
	tests := []struct {
		name string
		dl   *DisplayList
		opts RasterOptions
		want cssom.Color
	}{
		{"white base", &DisplayList{}, RasterOptions{}, white},
		{"transparent base", &DisplayList{}, RasterOptions{Transparent: true}, cssom.Transparent},
		{"canvas", &DisplayList{Background: blue}, RasterOptions{Transparent: true}, blue},
		{"translucent canvas over white", &DisplayList{Background: half}, RasterOptions{}, cssom.Color{R: 255, G: 127, B: 127, A: 255}},
		{"translucent canvas over nothing", &DisplayList{Background: half}, RasterOptions{Transparent: true}, half},
		{"nil list", nil, RasterOptions{}, white},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := image.NewRGBA(image.Rect(0, 0, 4, 4))
			for i := range dst.Pix {
				dst.Pix[i] = 7 // stale content must go
			}
			tt.dl.Raster(dst, tt.opts)
			checkPixels(t, dst, dst.Bounds(), tt.want)
		})
	}
}

func TestRasterNonZeroOrigin(t *testing.T) {
	dl := &DisplayList{Items: []Item{&FillRect{Rect: rect(2, 2, 3, 3), Color: red}}}
	dst := image.NewRGBA(image.Rect(100, 200, 110, 210))
	dl.Raster(dst, RasterOptions{})
	checkPixels(t, dst, image.Rect(102, 202, 105, 205), red)
	checkPixels(t, dst, image.Rect(105, 200, 110, 210), white)
}

func TestRasterTranslucentFill(t *testing.T) {
	dl := &DisplayList{Items: []Item{&FillRect{Rect: rect(0, 0, 4, 4), Color: cssom.Color{B: 255, A: 51}}}}
	dst := image.NewRGBA(image.Rect(0, 0, 4, 4))
	dl.Raster(dst, RasterOptions{})
	// 20% blue over white: (204, 204, 255).
	checkPixels(t, dst, dst.Bounds(), cssom.Color{R: 204, G: 204, B: 255, A: 255})
}

func solidBorder(r Rect, w int, colors cssom.Edges[cssom.Color]) *Border {
	return &Border{
		Rect:   r,
		Widths: cssom.Edges[Fixed]{px(w), px(w), px(w), px(w)},
		Styles: cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid},
		Colors: colors,
	}
}

func TestRasterBorderUniform(t *testing.T) {
	for _, scale := range []float64{1, 2} {
		dl := &DisplayList{Items: []Item{solidBorder(rect(10, 10, 20, 20), 2, cssom.Edges[cssom.Color]{red, red, red, red})}}
		n := int(50 * scale)
		dst := image.NewRGBA(image.Rect(0, 0, n, n))
		dl.Raster(dst, RasterOptions{Scale: scale})
		s := func(v int) int { return int(float64(v) * scale) }
		checkPixels(t, dst, image.Rect(s(10), s(10), s(30), s(12)), red)
		checkPixels(t, dst, image.Rect(s(10), s(28), s(30), s(30)), red)
		checkPixels(t, dst, image.Rect(s(10), s(12), s(12), s(28)), red)
		checkPixels(t, dst, image.Rect(s(28), s(12), s(30), s(28)), red)
		checkPixels(t, dst, image.Rect(s(12), s(12), s(28), s(28)), white)
		checkPixels(t, dst, image.Rect(s(30), 0, n, n), white)
	}
}

func TestRasterBorderDiagonalJoins(t *testing.T) {
	dl := &DisplayList{Items: []Item{solidBorder(rect(0, 0, 40, 40), 10, cssom.Edges[cssom.Color]{red, lime, blue, yellow})}}
	dst := image.NewRGBA(image.Rect(0, 0, 40, 40))
	dl.Raster(dst, RasterOptions{})
	tests := []struct {
		x, y int
		want cssom.Color
	}{
		{5, 1, red}, {1, 5, yellow}, // top-left corner, either side of the diagonal
		{34, 1, red}, {38, 5, lime}, // top-right
		{38, 34, lime}, {34, 38, blue}, // bottom-right
		{1, 34, yellow}, {5, 38, blue}, // bottom-left
		{20, 5, red}, {35, 20, lime}, {20, 35, blue}, {5, 20, yellow}, // straight parts
		{20, 20, white},
	}
	for _, tt := range tests {
		if got := dst.RGBAAt(tt.x, tt.y); got != rgba(tt.want) {
			t.Errorf("pixel (%d,%d) = %s, want %s", tt.x, tt.y, pixelString(got), pixelString(rgba(tt.want)))
		}
	}
	// On the diagonal the two colours mix with no seam: opaque, and red +
	// yellow's share of the red channel is all 255.
	for i := range 10 {
		c := dst.RGBAAt(i, i)
		if c.A != 255 || c.R != 255 || c.B != 0 {
			t.Errorf("diagonal pixel (%d,%d) = %s, want an opaque red/yellow mix", i, i, pixelString(c))
		}
	}
}

func TestRasterBorderStyles(t *testing.T) {
	styles := []cssom.BorderStyle{cssom.BorderDashed, cssom.BorderDotted, cssom.BorderDouble, cssom.BorderGroove, cssom.BorderRidge, cssom.BorderInset, cssom.BorderOutset}
	for _, st := range styles {
		t.Run(borderStyleName(st), func(t *testing.T) {
			b := solidBorder(rect(0, 0, 60, 60), 6, cssom.Edges[cssom.Color]{red, red, red, red})
			b.Styles = cssom.Edges[cssom.BorderStyle]{st, st, st, st}
			dst := image.NewRGBA(image.Rect(0, 0, 60, 60))
			(&DisplayList{Items: []Item{b}}).Raster(dst, RasterOptions{})
			// Every style paints only within the border area, and paints
			// something on each side.
			checkPixels(t, dst, image.Rect(6, 6, 54, 54), white)
			for _, side := range []image.Rectangle{image.Rect(6, 0, 54, 6), image.Rect(54, 6, 60, 54), image.Rect(6, 54, 54, 60), image.Rect(0, 6, 6, 54)} {
				painted := 0
				for y := side.Min.Y; y < side.Max.Y; y++ {
					for x := side.Min.X; x < side.Max.X; x++ {
						if dst.RGBAAt(x, y) != rgba(white) {
							painted++
						}
					}
				}
				if painted == 0 {
					t.Errorf("side %v not painted", side)
				}
				if full := side.Dx() * side.Dy(); (st == cssom.BorderDashed || st == cssom.BorderDotted || st == cssom.BorderDouble) && painted == full {
					t.Errorf("side %v fully painted for a broken style", side)
				}
			}
		})
	}
	// Double: outer and inner thirds, the middle third empty.
	b := solidBorder(rect(0, 0, 30, 30), 9, cssom.Edges[cssom.Color]{red, red, red, red})
	b.Styles = cssom.Edges[cssom.BorderStyle]{cssom.BorderDouble, cssom.BorderDouble, cssom.BorderDouble, cssom.BorderDouble}
	dst := image.NewRGBA(image.Rect(0, 0, 30, 30))
	(&DisplayList{Items: []Item{b}}).Raster(dst, RasterOptions{})
	checkPixels(t, dst, image.Rect(9, 0, 21, 3), red)
	checkPixels(t, dst, image.Rect(9, 3, 21, 6), white)
	checkPixels(t, dst, image.Rect(9, 6, 21, 9), red)
}

func TestRasterBorderThin(t *testing.T) {
	// A 0.25px border still covers one device pixel; 1.5px floors to 1.
	b := solidBorder(rect(0, 0, 10, 10), 0, cssom.Edges[cssom.Color]{red, red, red, red})
	b.Widths = cssom.Edges[Fixed]{16, 96, 0, 0}
	dst := image.NewRGBA(image.Rect(0, 0, 10, 10))
	(&DisplayList{Items: []Item{b}}).Raster(dst, RasterOptions{})
	checkPixels(t, dst, image.Rect(0, 0, 10, 1), red)
	checkPixels(t, dst, image.Rect(9, 1, 10, 10), red)
	checkPixels(t, dst, image.Rect(0, 1, 9, 10), white)
}

func TestRasterClip(t *testing.T) {
	dl := &DisplayList{Items: []Item{
		&PushClip{Rect: rect(10, 10, 20, 20)},
		&PushClip{Rect: rect(0, 0, 25, 100)},
		&FillRect{Rect: rect(0, 0, 50, 50), Color: red},
		&PopClip{},
		&FillRect{Rect: rect(25, 0, 50, 50), Color: blue},
		&PopClip{},
		&PopClip{}, // unbalanced: ignored
		&FillRect{Rect: rect(0, 45, 5, 5), Color: lime},
	}}
	dst := image.NewRGBA(image.Rect(0, 0, 50, 50))
	dl.Raster(dst, RasterOptions{})
	checkPixels(t, dst, image.Rect(10, 10, 25, 30), red)
	checkPixels(t, dst, image.Rect(25, 10, 30, 30), blue)
	checkPixels(t, dst, image.Rect(30, 0, 50, 45), white)
	checkPixels(t, dst, image.Rect(0, 0, 10, 45), white)
	checkPixels(t, dst, image.Rect(0, 45, 5, 50), lime)
}

func TestRasterOpacityGroup(t *testing.T) {
	// Two overlapping opaque boxes in a group at 50%: the overlap shows the
	// top box at 50%, not the two blended (group opacity).
	root := viewport(100, 100, styled(bg(white)), box(rect(0, 0, 100, 100), styled(),
		box(rect(0, 0, 60, 60), styled(opacity(0.5)),
			box(rect(0, 0, 40, 40), styled(bg(red))),
			box(rect(20, 20, 40, 40), styled(bg(blue), posAuto(cssom.PositionRelative))),
		),
	))
	dst := render(root, 100, 100)
	pinkish := cssom.Color{R: 255, G: 127, B: 127, A: 255}
	bluish := cssom.Color{R: 127, G: 127, B: 255, A: 255}
	checkPixels(t, dst, image.Rect(0, 0, 20, 20), pinkish)
	checkPixels(t, dst, image.Rect(20, 20, 60, 60), bluish)
	checkPixels(t, dst, image.Rect(60, 0, 100, 100), white)
	// A zero opacity group draws nothing; nested groups multiply.
	root = viewport(10, 10, styled(bg(white)), box(rect(0, 0, 10, 10), styled(),
		box(rect(0, 0, 5, 10), styled(bg(red), opacity(0))),
		box(rect(5, 0, 5, 10), styled(opacity(0.5)), box(rect(5, 0, 5, 10), styled(bg(blue), opacity(0.5)))),
	))
	dst = render(root, 10, 10)
	checkPixels(t, dst, image.Rect(0, 0, 5, 10), white)
	checkPixels(t, dst, image.Rect(5, 0, 10, 10), cssom.Color{R: 191, G: 191, B: 255, A: 255})
}

func TestRasterOpacityEscapingClip(t *testing.T) {
	// An opacity group under a clip, whose absolutely positioned child
	// escapes the clip: the child is drawn, at the group's opacity.
	dl := &DisplayList{Items: []Item{
		&PushClip{Rect: rect(0, 0, 10, 10)},
		&PushOpacity{Alpha: 255},
		&FillRect{Rect: rect(0, 0, 40, 40), Color: red},
		&PopClip{},
		&FillRect{Rect: rect(20, 20, 10, 10), Color: blue},
		&PopOpacity{},
	}}
	dst := image.NewRGBA(image.Rect(0, 0, 40, 40))
	dl.Raster(dst, RasterOptions{})
	checkPixels(t, dst, image.Rect(0, 0, 10, 10), red)
	checkPixels(t, dst, image.Rect(10, 0, 40, 20), white)
	checkPixels(t, dst, image.Rect(20, 20, 30, 30), blue)
}

func TestRasterDeterministicAndConcurrent(t *testing.T) {
	dl := syntheticPage(200)
	ref := image.NewRGBA(image.Rect(0, 0, 400, 600))
	dl.Raster(ref, RasterOptions{Scale: 1.5})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			dst := image.NewRGBA(image.Rect(0, 0, 400, 600))
			dl.Raster(dst, RasterOptions{Scale: 1.5})
			if !bytes.Equal(dst.Pix, ref.Pix) {
				t.Error("two rasters of the same list differ")
			}
		})
	}
	wg.Wait()
}

// syntheticPage is a list of n rows of boxes, borders, text and an image,
// in an opacity group and a clip.
func syntheticPage(n int) *DisplayList {
	fs := layout.NewFontSet()
	runs := fs.Shape("The quick brown fox jumps over the lazy dog", layout.FontSpec{Families: []string{"sans-serif"}, Weight: 400, Size: px(14)})
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	dl := &DisplayList{Width: px(800), Height: px(40 * n), Background: white}
	for i := range n {
		y := 40 * i
		dl.Items = append(dl.Items,
			&FillRect{Rect: rect(8, y, 784, 36), Color: cssom.Color{R: uint8(i * 13), G: 200, B: 100, A: 255}},
			solidBorder(rect(8, y, 784, 36), 1, cssom.Edges[cssom.Color]{red, blue, red, blue}),
		)
		if i%10 == 0 {
			dl.Items = append(dl.Items, &PushOpacity{Alpha: 200}, &DrawImage{Image: img, Dest: rect(700, y+2, 32, 32)}, &PopOpacity{})
		}
		dl.Items = append(dl.Items, &PushClip{Rect: rect(8, y, 400, 36)})
		x := px(12)
		for _, r := range runs {
			dl.Items = append(dl.Items, &Glyphs{Font: r.Font, Size: px(14), Glyphs: r.Glyphs, X: x, Y: px(y + 24), Color: black, Text: r.Text})
			x += r.Advance
		}
		dl.Items = append(dl.Items, &PopClip{})
	}
	return dl
}

func BenchmarkRasterSynthetic(b *testing.B) {
	dl := syntheticPage(200)
	dst := image.NewRGBA(image.Rect(0, 0, 800, 8000))
	b.ReportAllocs()
	for b.Loop() {
		dl.Raster(dst, RasterOptions{})
	}
}

func BenchmarkBuild(b *testing.B) {
	var rows []*layout.Fragment
	for i := range 2000 {
		rows = append(rows, box(rect(0, 20*i, 800, 20), styled(bg(red)),
			line(rect(0, 20*i, 800, 20), textFrag(rect(0, 20*i, 30, 16), styled(), "abc"))))
	}
	root := viewport(800, 600, nil, box(rect(0, 0, 800, 40000), styled(), rows...))
	b.ReportAllocs()
	for b.Loop() {
		Build(root)
	}
}

func TestRasterBorderOneSide(t *testing.T) {
	for s := range 4 {
		b := &Border{Rect: rect(2, 2, 10, 10)}
		b.Widths[s], b.Styles[s], b.Colors[s] = px(1), cssom.BorderSolid, blue
		dst := image.NewRGBA(image.Rect(0, 0, 14, 14))
		(&DisplayList{Items: []Item{b}}).Raster(dst, RasterOptions{})
		want := [4]image.Rectangle{image.Rect(2, 2, 12, 3), image.Rect(11, 2, 12, 12), image.Rect(2, 11, 12, 12), image.Rect(2, 2, 3, 12)}[s]
		checkPixels(t, dst, want, blue)
		checkPixels(t, dst, image.Rect(3, 3, 11, 11), white)
	}
}
