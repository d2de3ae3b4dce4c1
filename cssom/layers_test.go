package cssom

import (
	"reflect"
	"testing"
)

func TestBackgroundLayers(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	cases := []struct {
		decls string
		want  []BackgroundLayer
	}{
		{"background-image: url(a.png)", []BackgroundLayer{{Image: LayerImage{URL: "http://example.com/css/a.png"},
			Position: [2]Length{Percent(0), Percent(0)}, Size: BackgroundSize{Width: Auto, Height: Auto}, Origin: BackgroundPaddingBox}}},
		// The shorter lists repeat; the longer ones are cut.
		{"background-image: url(a.png), none, url(b.png); background-repeat: no-repeat, repeat-x; background-position: 1px 2px, 3px 4px, 5px 6px, 7px 8px; background-blend-mode: multiply, hue",
			[]BackgroundLayer{
				{Image: LayerImage{URL: "http://example.com/css/a.png"}, Repeat: [2]Repeat{RepeatNoRepeat, RepeatNoRepeat},
					Position: [2]Length{px(1), px(2)}, Size: BackgroundSize{Width: Auto, Height: Auto}, Origin: BackgroundPaddingBox, BlendMode: BlendMultiply},
				{Repeat: [2]Repeat{RepeatRepeat, RepeatNoRepeat}, Position: [2]Length{px(3), px(4)},
					Size: BackgroundSize{Width: Auto, Height: Auto}, Origin: BackgroundPaddingBox, BlendMode: BlendHue},
				{Image: LayerImage{URL: "http://example.com/css/b.png"}, Repeat: [2]Repeat{RepeatNoRepeat, RepeatNoRepeat},
					Position: [2]Length{px(5), px(6)}, Size: BackgroundSize{Width: Auto, Height: Auto}, Origin: BackgroundPaddingBox, BlendMode: BlendMultiply},
			}},
		// The shorthand: per-layer boxes, attachment, size; the colour in the final layer.
		{"background: url(a.png) 0 0 / 10px repeat-y content-box fixed, center / cover border-box padding-box red",
			[]BackgroundLayer{
				{Image: LayerImage{URL: "http://example.com/css/a.png"}, Repeat: [2]Repeat{RepeatNoRepeat, RepeatRepeat},
					Position: [2]Length{px(0), px(0)}, Size: BackgroundSize{Width: px(10), Height: Auto}, Origin: BackgroundContentBox,
					Clip: BackgroundContentBox, Fixed: true},
				{Position: [2]Length{Percent(50), Percent(50)}, Size: BackgroundSize{Kind: SizeCover, Width: Auto, Height: Auto},
					Origin: BackgroundBorderBox, Clip: BackgroundPaddingBox},
			}},
	}
	for _, c := range cases {
		s := decl(t, c.decls)
		var got []BackgroundLayer
		for i := range s.NumBackgroundLayers() {
			got = append(got, s.BackgroundLayer(i))
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.decls, got, c.want)
		}
	}
	// The shorthand's colour goes in the final layer only.
	if s := decl(t, "background: red url(a.png), blue"); s.BackgroundColor != Black && s.NumBackgroundLayers() != 1 {
		t.Errorf("colour in a non-final layer accepted: %d layers", s.NumBackgroundLayers())
	}
	if s := decl(t, "background: url(a.png), linear-gradient(red, blue) blue"); s.NumBackgroundLayers() != 2 ||
		s.BackgroundLayer(1).Image.Gradient == nil || s.BackgroundColor != (Color{0, 0, 255, 255}) {
		t.Errorf("two layers with a gradient: %+v", s.BackgroundLists)
	}
	// A colour function is the colour, not an unknown image.
	for _, d := range []string{"background: rgb(0, 0, 255)", "background: hsl(240, 100%, 50%) no-repeat", "background: color(srgb 0 0 1)"} {
		if s := decl(t, d); s.BackgroundColor != (Color{0, 0, 255, 255}) {
			t.Errorf("%s: colour %v", d, s.BackgroundColor)
		}
	}
	// Every URL is listed for loading, in order.
	s := decl(t, "background-image: url(a.png), linear-gradient(red, blue), url(b.png)")
	if got := s.BackgroundImageURLs(nil); !reflect.DeepEqual(got, []string{"http://example.com/css/a.png", "http://example.com/css/b.png"}) {
		t.Errorf("urls %q", got)
	}
	// initial and inherit reset one list.
	s = styleOf(t, `<div id="p"><div id="x"></div></div>`, "#p { background-size: 1px, 2px } #x { background-image: url(a.png), url(b.png); background-size: inherit; background-repeat: space, round; background-repeat: initial }", "#x")
	if l := s.BackgroundLayer(1); l.Size.Width != px(2) || l.Repeat != [2]Repeat{} {
		t.Errorf("inherit/initial: %+v", l)
	}
}

func TestBackgroundListsInvalid(t *testing.T) {
	for _, d := range []string{
		"background-image: url(a.png),", "background-repeat: repeat, bogus", "background-blend-mode: plus-lighter",
		"background: url(a.png) url(b.png)", "background: red, url(a.png)", "background-clip: text, padding-box padding-box",
	} {
		if s := decl(t, d); s.BackgroundLists != nil || s.BackgroundImage != "" {
			t.Errorf("%s: accepted: %+v", d, s.BackgroundLists)
		}
	}
}

func TestBorderImage(t *testing.T) {
	num := func(n float32) BorderImageLength { return BorderImageLength{IsNumber: true, Number: n} }
	ln := func(l Length) BorderImageLength { return BorderImageLength{Length: l} }
	all := func(b BorderImageLength) [4]BorderImageLength { return [4]BorderImageLength{b, b, b, b} }
	cases := []struct {
		decls string
		want  *BorderImage
	}{
		{"border-image: url(b.png) 30 round", &BorderImage{Source: LayerImage{URL: "http://example.com/css/b.png"},
			Slice: all(num(30)), Width: all(num(1)), Outset: all(num(0)), Repeat: [2]BorderImageRepeat{BorderImageRound, BorderImageRound}}},
		{"border-image: linear-gradient(red, blue) 10% 20 fill / 5px auto / 2 stretch space", &BorderImage{
			Slice: [4]BorderImageLength{ln(Percent(10)), num(20), ln(Percent(10)), num(20)}, Fill: true,
			Width:  [4]BorderImageLength{ln(LengthOf(Int(5))), ln(Auto), ln(LengthOf(Int(5))), ln(Auto)},
			Outset: all(num(2)), Repeat: [2]BorderImageRepeat{BorderImageStretch, BorderImageSpace}}},
		{"border-image-source: url(c.png); border-image-slice: 1 2 3 4; border-image-outset: 1px 0; border-image-repeat: repeat",
			&BorderImage{Source: LayerImage{URL: "http://example.com/css/c.png"},
				Slice: [4]BorderImageLength{num(1), num(2), num(3), num(4)}, Width: all(num(1)),
				Outset: [4]BorderImageLength{ln(LengthOf(Int(1))), num(0), ln(LengthOf(Int(1))), num(0)},
				Repeat: [2]BorderImageRepeat{BorderImageRepeatTile, BorderImageRepeatTile}}},
		{"border-image: url(b.png) 10 / / 1px", &BorderImage{Source: LayerImage{URL: "http://example.com/css/b.png"},
			Slice: all(num(10)), Width: all(num(1)), Outset: all(ln(LengthOf(Int(1))))}},
	}
	for _, c := range cases {
		s := decl(t, c.decls)
		if s.BorderImage != nil && s.BorderImage.Source.Gradient != nil {
			if c.want.Source.Gradient = s.BorderImage.Source.Gradient; len(s.BorderImage.Source.Gradient.Stops) != 2 {
				t.Errorf("%s: gradient %+v", c.decls, s.BorderImage.Source.Gradient)
			}
		}
		if !reflect.DeepEqual(s.BorderImage, c.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", c.decls, s.BorderImage, c.want)
		}
	}
	for _, d := range []string{"border-image-slice: -1", "border-image-slice: 10px", "border-image-width: -1",
		"border-image-outset: 10%", "border-image-repeat: a", "border-image: url(a.png) url(b.png)", "border-image: 10 / ",
		"border-image-slice: 1 fill 2", "border-image: 1 / / "} {
		if s := decl(t, d); s.BorderImage != nil {
			t.Errorf("%s: accepted: %+v", d, s.BorderImage)
		}
	}
}

func TestGradientInterpolationMethod(t *testing.T) {
	cases := []struct{ decl, space, hue string }{
		{"background-image: linear-gradient(in oklab, blue, yellow)", "oklab", ""},
		{"background-image: linear-gradient(in oklab 90deg, blue, yellow)", "oklab", ""},
		{"background-image: linear-gradient(to right in oklch longer hue, blue, yellow)", "oklch", "longer"},
		{"background-image: radial-gradient(circle in hsl, blue, yellow)", "hsl", "shorter"},
		{"background-image: conic-gradient(in srgb, blue, yellow)", "", ""},
	}
	for _, c := range cases {
		g := decl(t, c.decl).BackgroundGradient
		if g == nil || g.Space != c.space || g.HueMethod != c.hue || len(g.Stops) != 2 {
			t.Errorf("%s: %+v", c.decl, g)
		}
	}
	for _, d := range []string{"background-image: linear-gradient(in bogus, red, blue)", "background-image: linear-gradient(in oklab longer hue, red, blue)",
		"background-image: linear-gradient(in, red, blue)"} {
		if g := decl(t, d).BackgroundGradient; g != nil {
			t.Errorf("%s: accepted %+v", d, g)
		}
	}
	// Halfway between blue and yellow: grey in sRGB, a light blue-grey in OKLab.
	if c := InterpolateColor("oklab", "", Color{0, 0, 255, 255}, Color{255, 255, 0, 255}, 0.5); c.B <= c.R || c.R < 100 {
		t.Errorf("oklab midpoint %v", c)
	}
}

func TestBackgroundAndBorderImageNeverPanic(t *testing.T) {
	for _, d := range []string{
		"background: ,,,", "background: / / /", "background: url(a.png) / cover, , red", "background-image: linear-gradient(in",
		"background-size: 1e40px, -1px", "background-position: left 10px top, center center center",
		"border-image: / / / /", "border-image: 1e30 / 1e30 / 1e30 round round round", "border-image: fill fill",
		"border-image-width: auto auto auto auto auto", "border-image: url(a.png) 10 / auto / ", "border-image-source: linear-gradient(in oklch longer hue, red, blue)",
		"background-blend-mode: ,", "background: linear-gradient(in oklab to right in srgb, red, blue)",
	} {
		decl(t, d) // must not panic
	}
}

// The border shorthand resets border-image.
func TestBorderResetsBorderImage(t *testing.T) {
	if s := decl(t, "border-image: url(b.png) 10; border: 2px solid red"); s.BorderImage != nil && s.BorderImage.Source.URL != "" {
		t.Errorf("border did not reset border-image: %+v", s.BorderImage)
	}
	if s := decl(t, "border: 2px solid red; border-image: url(b.png) 10"); s.BorderImage == nil || s.BorderImage.Source.URL == "" || s.BorderWidth[Top] != Int(2) {
		t.Errorf("border-image after border: %+v", s.BorderImage)
	}
	if s := decl(t, "border: 2px solid red; border: bogus"); s.BorderWidth[Top] != Int(2) {
		t.Errorf("invalid border accepted: %v", s.BorderWidth)
	}
}
