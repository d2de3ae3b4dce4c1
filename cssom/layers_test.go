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
		"background-position-x: ,", "background-position-y: bottom calc(10px + 5%), y-end", "background: image-set(",
		"background-image: image-set(url(a.png) 1e40x, 'b.png' 0x)", "content: -webkit-image-set(linear-gradient(red, blue) 1x)",
		"list-style-image: image-set('a.png' type('image/png') 1x, url(b.png) 2dppx)",
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

// background-position is a shorthand of background-position-x and -y,
// whose lists repeat independently; an end keyword with an offset counts
// from the far edge.
func TestBackgroundPositionLonghands(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	layer := func(s *ComputedStyle, i int) [2]Length { return s.BackgroundLayer(i).Position }
	cases := []struct {
		decls string
		want  [][2]Length
	}{
		{"background-position-x: 10px", [][2]Length{{px(10), Percent(0)}}},
		{"background-position-y: center", [][2]Length{{Percent(0), Percent(50)}}},
		{"background-position: 1px 2px; background-position-y: 30%", [][2]Length{{px(1), Percent(30)}}},
		{"background-position-y: 30%; background-position: right top", [][2]Length{{Percent(100), Percent(0)}}},
		{"background-position-x: left 4px; background-position-y: top", [][2]Length{{px(4), Percent(0)}}},
		{"background-position-x: x-start, x-end", [][2]Length{{Percent(0), Percent(0)}}},
		{"background-image: url(a.png), url(b.png), url(c.png); background-position-x: 1px, 2px; background-position-y: 3px",
			[][2]Length{{px(1), px(3)}, {px(2), px(3)}, {px(1), px(3)}}},
		{"background-image: url(a.png), url(b.png); background: url(a.png) 5px 6px, url(b.png) bottom 1px right 2px; background-position-x: 7px",
			[][2]Length{{px(7), px(6)}, {px(7), {}}}},
		// Invalid values leave the earlier declaration.
		{"background-position-x: 3px; background-position-x: top", [][2]Length{{px(3), Percent(0)}}},
		{"background-position-x: 3px; background-position-x: center 2px", [][2]Length{{px(3), Percent(0)}}},
		{"background-position-y: 3px; background-position-y: 1px 2px", [][2]Length{{Percent(0), px(3)}}},
		{"background-position-y: 3px; background-position-y: 1px,", [][2]Length{{Percent(0), px(3)}}},
	}
	for _, c := range cases {
		s := decl(t, c.decls)
		for i, w := range c.want {
			got := layer(s, i)
			if w[1] == (Length{}) {
				// An edge offset from the far edge: a calc(), checked by resolving.
				if got[1].Resolve(Int(100), 0) != Int(99) {
					t.Errorf("%s: layer %d y %v resolves to %v", c.decls, i, got[1], got[1].Resolve(Int(100), 0))
				}
				w[1] = got[1]
			}
			if got != w {
				t.Errorf("%s: layer %d position %v, want %v", c.decls, i, got, w)
			}
		}
	}
	// inherit copies one axis.
	s := styleOf(t, `<div id="p"><div id="x"></div></div>`, "#p { background-position: 5px 6px } #x { background-position: 1px 2px; background-position-y: inherit }", "#x")
	if got := s.BackgroundPosition; got != [2]Length{px(1), px(6)} {
		t.Errorf("inherit y: %v", got)
	}
}

// background-attachment keeps local apart from scroll and fixed.
func TestBackgroundAttachmentLocal(t *testing.T) {
	cases := []struct {
		decls        string
		fixed, local []bool
	}{
		{"background-attachment: local", []bool{false}, []bool{true}},
		{"background-attachment: fixed", []bool{true}, []bool{false}},
		{"background: url(a.png) local", []bool{false}, []bool{true}},
		{"background-image: url(a.png), url(b.png), url(c.png); background-attachment: local, fixed", []bool{false, true, false}, []bool{true, false, true}},
		{"background-attachment: local; background-attachment: scroll", []bool{false}, []bool{false}},
		{"background-attachment: local; background-attachment: local fixed", []bool{false}, []bool{true}},
	}
	for _, c := range cases {
		s := decl(t, c.decls)
		for i := range c.fixed {
			if l := s.BackgroundLayer(i); l.Fixed != c.fixed[i] || l.Local != c.local[i] {
				t.Errorf("%s: layer %d fixed %v local %v", c.decls, i, l.Fixed, l.Local)
			}
		}
	}
}

// image-set() chooses the 1x option (or the nearest above, else the
// largest) among the options of a supported type, and keeps its
// resolution for the natural size.
func TestImageSet(t *testing.T) {
	u := func(s string) string { return "http://example.com/css/" + s }
	cases := []struct {
		decls string
		url   string
		res   float32
	}{
		{"background-image: image-set(url(a.png) 1x, url(b.png) 2x)", u("a.png"), 0},
		{"background-image: image-set(url(b.png) 2x, url(a.png) 1x)", u("a.png"), 0},
		{"background-image: -webkit-image-set(url(b.png) 2x, url(c.png) 3x)", u("b.png"), 2},
		{"background-image: image-set('a.png' 0.5x, 'b.png' 0.25x)", u("a.png"), 0.5},
		{"background-image: image-set(url(a.png))", u("a.png"), 0},
		{"background-image: image-set(url(a.avif) type('image/avif'), url(b.png) type('image/png'))", u("b.png"), 0},
		{"background-image: image-set(url(a.png) 192dpi)", u("a.png"), 2},
		{"background-image: image-set(url(a.png) type('image/png') 2dppx)", u("a.png"), 2},
		{"background: image-set(url(a.png) 2x) no-repeat", u("a.png"), 2},
		{"background-image: image-set(url(a.avif) type('image/avif'))", "", 0},
		{"background-image: url(z.png); background-image: image-set()", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) 1x 2x)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) -1x)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) type(png))", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(1x)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(,)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) 1x,)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) type())", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(url(a.png) 1x type('image/png') 2x)", u("z.png"), 0},
		{"background-image: url(z.png); background-image: image-set(image-set(url(a.png)))", u("z.png"), 0},
	}
	for _, c := range cases {
		im := decl(t, c.decls).BackgroundLayer(0).Image
		if im.URL != c.url || im.Resolution != c.res {
			t.Errorf("%s: %q at %v, want %q at %v", c.decls, im.URL, im.Resolution, c.url, c.res)
		}
	}
	if g := decl(t, "background-image: image-set(linear-gradient(red, blue) 1x)").BackgroundGradient; g == nil {
		t.Errorf("image-set of a gradient: no gradient")
	}
	if s := decl(t, "list-style-image: image-set(url(m.png) 1x, url(m2.png) 2x)"); s.ListStyleImage != u("m.png") {
		t.Errorf("list-style-image: %q", s.ListStyleImage)
	}
	if s := decl(t, "content: image-set(url(m.png) 1x)"); len(s.Content) != 1 || s.Content[0].Value != u("m.png") {
		t.Errorf("content: %+v", s.Content)
	}
}
