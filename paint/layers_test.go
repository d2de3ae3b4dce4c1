package paint

import (
	"image"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// Layers paint from the bottom (the last in the lists) up, over the
// colour, each with its own items of the shorter lists repeated; a layer
// with a blend mode paints in its own group inside an isolated one.
func TestBackgroundLayersOrder(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 10, 10))
	st := styled(bg(red), func(s *cssom.ComputedStyle) {
		s.BackgroundLists = &cssom.BackgroundLists{
			Images: []cssom.LayerImage{{URL: "top.png"}, {Gradient: &cssom.Gradient{Angle: 90,
				Stops: []cssom.ColorStop{{Color: blue, Position: cssom.Auto}, {Color: lime, Position: cssom.Auto}}}}, {URL: "bottom.png"}},
			Repeat:    [][2]cssom.Repeat{{cssom.RepeatNoRepeat, cssom.RepeatNoRepeat}, {cssom.RepeatRepeat, cssom.RepeatRepeat}},
			PositionX: []cssom.Length{cssom.Percent(0)},
			PositionY: []cssom.Length{cssom.Percent(0)},
			Size:      []cssom.BackgroundSize{{Width: cssom.Auto, Height: cssom.Auto}},
			Clip:      []cssom.BackgroundBox{cssom.BackgroundBorderBox},
			Origin:    []cssom.BackgroundBox{cssom.BackgroundPaddingBox},
			Fixed:     []bool{false},
			BlendMode: []cssom.BlendMode{cssom.BlendNormal, cssom.BlendMultiply},
		}
	})
	root := viewport(100, 80, nil, box(rect(10, 10, 50, 40), st))
	dl := BuildWith(root, BuildOptions{Image: func(u string) image.Image { return src }})
	got := dl.String()
	// The bottom layer takes the first repeat again (no-repeat); the
	// gradient the second (repeat).
	want := []string{"PushOpacity 255", "FillRect (10,10 50x40)", "TileImage (10,10 10x10) over (10,10 10x10)",
		"PushOpacity 255 blend", "Gradient linear (0,20)-(50,20) tile (10,10 50x40) over (10,10 50x40)", "PopOpacity",
		"TileImage (10,10 10x10) over (10,10 10x10)", "PopOpacity"}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("dump lacks %q after offset %d:\n%s", w, at, got)
		}
		at += i + len(w)
	}
}

func TestBlendNonSeparable(t *testing.T) {
	u := func(r, g, b int64) rgbUnit { return rgbUnit{r * unitScale, g * unitScale, b * unitScale} }
	cases := []struct {
		mode   cssom.BlendMode
		cb, cs rgbUnit
		want   [3]int64
	}{
		// The luminosity of a grey backdrop with the source's colour:
		// red raised to luminosity 128 and clipped towards it.
		{cssom.BlendColor, u(128, 128, 128), u(255, 0, 0), [3]int64{255, 74, 74}},
		// A grey source takes no saturation: the result is grey at the
		// backdrop's luminosity.
		{cssom.BlendSaturation, u(255, 0, 0), u(90, 90, 90), [3]int64{77, 77, 77}},
		{cssom.BlendHue, u(128, 128, 128), u(0, 0, 255), [3]int64{128, 128, 128}},
		{cssom.BlendLuminosity, u(0, 0, 255), u(255, 255, 255), [3]int64{255, 255, 255}},
		{cssom.BlendHue, u(200, 50, 50), u(50, 200, 50), [3]int64{7, 157, 7}},
	}
	for _, c := range cases {
		got := blendRGB(c.mode, c.cb, c.cs)
		for k := range 3 {
			if v := (got[k] + unitScale/2) / unitScale; v < c.want[k]-1 || v > c.want[k]+1 {
				t.Errorf("mode %d B(%v, %v) = %v, want %v", c.mode, c.cb, c.cs, got, c.want)
				break
			}
		}
	}
}

func TestBorderImageAxisTiles(t *testing.T) {
	cases := []struct {
		r                cssom.BorderImageRepeat
		length, tile     int
		start, size, gap Fixed
		ok               bool
	}{
		{cssom.BorderImageStretch, 100, 30, 0, px(100), 0, true},
		{cssom.BorderImageRepeatTile, 100, 30, px(35), px(30), 0, true}, // centred
		{cssom.BorderImageRound, 100, 30, 0, px(100) / 3, 0, true},
		{cssom.BorderImageSpace, 100, 30, px(10) / 4, px(30), px(10) / 4, true}, // 3 copies, 4 gaps of 2.5px
		{cssom.BorderImageSpace, 20, 30, 0, 0, 0, false},
	}
	for _, c := range cases {
		s, l, g, ok := axisTiles(c.r, 0, px(c.length), px(c.tile))
		if ok != c.ok || ok && (s != c.start || l != c.size || g != c.gap) {
			t.Errorf("repeat %d in %d of %d: %v %v %v %v, want %v %v %v %v", c.r, c.length, c.tile, s, l, g, ok, c.start, c.size, c.gap, c.ok)
		}
	}
}

// A border image replaces the border styles; its nine parts land in
// the nine regions of the border image area.
func TestBorderImageRegions(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 30, 30))
	st := styled(func(s *cssom.ComputedStyle) {
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid}
		s.BorderColor = cssom.Edges[cssom.Color]{red, red, red, red}
		bi := &cssom.BorderImage{Source: cssom.LayerImage{URL: "b.png"}}
		for i := range 4 {
			bi.Slice[i] = cssom.BorderImageLength{IsNumber: true, Number: 10}
			bi.Width[i] = cssom.BorderImageLength{IsNumber: true, Number: 1}
			bi.Outset[i] = cssom.BorderImageLength{Length: cssom.LengthOf(px(2))}
		}
		s.BorderImage = bi
	})
	f := box(rect(10, 10, 60, 40), st)
	f.Border = cssom.Edges[Fixed]{px(5), px(5), px(5), px(5)}
	dl := BuildWith(viewport(100, 80, nil, f), BuildOptions{Image: func(string) image.Image { return src }})
	got := dl.String()
	if strings.Contains(got, "Border") {
		t.Errorf("the border styles are drawn too:\n%s", got)
	}
	for _, w := range []string{"TileImage (8,8 5x5)", "TileImage (13,8 54x5)", "TileImage (67,47 5x5)"} {
		if !strings.Contains(got, w) {
			t.Errorf("dump lacks %q:\n%s", w, got)
		}
	}
	if n := strings.Count(got, "TileImage"); n != 8 {
		t.Errorf("%d parts, want 8 (no fill):\n%s", n, got)
	}
}

// Extreme border-image values draw something or nothing, never panic.
func TestBorderImageExtremes(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 3, 3))
	for _, n := range []float32{0, 1e-6, 1e6, 1e30} {
		st := styled(func(s *cssom.ComputedStyle) {
			bi := &cssom.BorderImage{Source: cssom.LayerImage{URL: "b.png"}, Fill: true,
				Repeat: [2]cssom.BorderImageRepeat{cssom.BorderImageRound, cssom.BorderImageSpace}}
			for i := range 4 {
				bi.Slice[i] = cssom.BorderImageLength{IsNumber: true, Number: n}
				bi.Width[i] = cssom.BorderImageLength{IsNumber: true, Number: n}
				bi.Outset[i] = cssom.BorderImageLength{IsNumber: true, Number: n}
			}
			s.BorderImage = bi
		})
		f := box(rect(10, 10, 60, 40), st)
		f.Border = cssom.Edges[Fixed]{px(5), px(5), px(5), px(5)}
		dl := BuildWith(viewport(100, 80, nil, f), BuildOptions{Image: func(string) image.Image { return src }})
		dl.Raster(image.NewRGBA(image.Rect(0, 0, 100, 80)), RasterOptions{Scale: 2})
	}
}
