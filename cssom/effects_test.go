package cssom

import (
	"reflect"
	"testing"
)

func TestBorderRadiusElliptical(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		decls string
		h, v  Edges[Length]
	}{
		{"border-radius: 10px", Edges[Length]{px(10), px(10), px(10), px(10)}, Edges[Length]{px(10), px(10), px(10), px(10)}},
		{"border-radius: 3px 50% / 2px", Edges[Length]{px(3), Percent(50), px(3), Percent(50)}, Edges[Length]{px(2), px(2), px(2), px(2)}},
		{"border-radius: 1px 2px 3px / 4px 5px", Edges[Length]{px(1), px(2), px(3), px(2)}, Edges[Length]{px(4), px(5), px(4), px(5)}},
		{"border-top-left-radius: 1em 5px", Edges[Length]{px(20), ZeroPx, ZeroPx, ZeroPx}, Edges[Length]{px(5), ZeroPx, ZeroPx, ZeroPx}},
		{"border-radius: 4px; border-bottom-left-radius: 7px", Edges[Length]{px(4), px(4), px(4), px(7)}, Edges[Length]{px(4), px(4), px(4), px(7)}},
		{"border-radius: 4px; border-radius: -1px", Edges[Length]{px(4), px(4), px(4), px(4)}, Edges[Length]{px(4), px(4), px(4), px(4)}},
		{"border-radius: 4px; border-radius: 1px /", Edges[Length]{px(4), px(4), px(4), px(4)}, Edges[Length]{px(4), px(4), px(4), px(4)}},
		{"border-radius: 4px; border-top-right-radius: inherit", Edges[Length]{px(4), ZeroPx, px(4), px(4)}, Edges[Length]{px(4), ZeroPx, px(4), px(4)}},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if s.BorderRadius != tt.h || s.BorderRadiusY != tt.v {
			t.Errorf("%s: radii %v / %v, want %v / %v", tt.decls, s.BorderRadius, s.BorderRadiusY, tt.h, tt.v)
		}
	}
}

func TestBoxShadow(t *testing.T) {
	red := Color{R: 255, A: 255}
	tests := []struct {
		decls string
		want  []Shadow
	}{
		{"box-shadow: none", nil},
		{"box-shadow: 1px 2px", []Shadow{{X: Int(1), Y: Int(2), Color: Black}}},
		{"color: red; box-shadow: 1px 2px 3px 4px", []Shadow{{X: Int(1), Y: Int(2), Blur: Int(3), Spread: Int(4), Color: red}}},
		{"box-shadow: inset 0 0 .5em red, 1px 1px #00f", []Shadow{
			{Inset: true, Blur: Int(10), Color: red},
			{X: Int(1), Y: Int(1), Color: Color{B: 255, A: 255}},
		}},
		{"box-shadow: red 1px -1px inset", []Shadow{{Inset: true, X: Int(1), Y: Int(-1), Color: red}}},
		{"box-shadow: 1px 1px; box-shadow: 1px 1px -2px", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}}, // negative blur: invalid
		{"box-shadow: 1px 1px; box-shadow: 1px", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}},
		{"box-shadow: 1px 1px; box-shadow: 1px red 1px", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}},
		{"box-shadow: 1px 1px; box-shadow: 1px 1px, none", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).BoxShadow; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.decls, got, tt.want)
		}
	}
}

func TestOutline(t *testing.T) {
	blue := Color{B: 255, A: 255}
	tests := []struct {
		decls  string
		style  BorderStyle
		auto   bool
		width  Fixed
		color  Color
		offset Fixed
	}{
		{"", BorderNone, false, 0, Black, 0},
		{"outline: solid", BorderSolid, false, Int(3), Black, 0},
		{"outline: 2px dashed blue; outline-offset: -1em", BorderDashed, false, Int(2), blue, Int(-20)},
		{"color: blue; outline: thick auto", BorderSolid, true, Int(5), blue, 0},
		{"outline-width: 4px", BorderNone, false, 0, Black, 0},
		{"outline-style: dotted; outline-color: invert", BorderDotted, false, Int(3), Black, 0},
		{"outline: 1px solid; outline: hidden", BorderSolid, false, Int(1), Black, 0},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if s.OutlineStyle != tt.style || s.OutlineAuto != tt.auto || s.OutlineWidth != tt.width || s.OutlineColor != tt.color || s.OutlineOffset != tt.offset {
			t.Errorf("%q: outline %v %v %v %v %v", tt.decls, s.OutlineStyle, s.OutlineAuto, s.OutlineWidth, s.OutlineColor, s.OutlineOffset)
		}
	}
}

func TestGradients(t *testing.T) {
	red, blue := Color{R: 255, A: 255}, Color{B: 255, A: 255}
	stop := func(c Color, l Length) ColorStop { return ColorStop{Color: c, Position: l} }
	tests := []struct {
		decls string
		want  *Gradient
	}{
		{"background-image: linear-gradient(red, blue)", &Gradient{Angle: 180, Position: [2]Length{Percent(50), Percent(50)},
			Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background: #fff linear-gradient(45deg, red 10%, 30%, blue 2em) no-repeat", &Gradient{Angle: 45, Position: [2]Length{Percent(50), Percent(50)},
			Stops: []ColorStop{stop(red, Percent(10)), {Position: Percent(30), Hint: true}, stop(blue, LengthOf(Int(40)))}}},
		{"background-image: repeating-linear-gradient(to top right, red 0 10px, blue 10px 20px)", &Gradient{Repeating: true, Angle: 180, ToX: 1, ToY: -1,
			Position: [2]Length{Percent(50), Percent(50)},
			Stops:    []ColorStop{stop(red, ZeroPx), stop(red, LengthOf(Int(10))), stop(blue, LengthOf(Int(10))), stop(blue, LengthOf(Int(20)))}}},
		{"background-image: linear-gradient(to left, red, blue)", &Gradient{Angle: 270, Position: [2]Length{Percent(50), Percent(50)},
			Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: -webkit-linear-gradient(top, red, blue)", &Gradient{Angle: 180, Position: [2]Length{Percent(50), Percent(50)},
			Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: radial-gradient(circle closest-side at 10px 20%, red, blue)", &Gradient{Kind: RadialGradient, Angle: 180, Circle: true, Extent: ClosestSide,
			Position: [2]Length{LengthOf(Int(10)), Percent(20)}, Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: radial-gradient(20px 30%, red, blue)", &Gradient{Kind: RadialGradient, Angle: 180, Extent: ExtentExplicit,
			Size: [2]Length{LengthOf(Int(20)), Percent(30)}, Position: [2]Length{Percent(50), Percent(50)}, Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: url(a.png)", nil},
		{"background-image: linear-gradient(red)", nil},
		{"background-image: linear-gradient(red, 10%)", nil},
		{"background-image: radial-gradient(circle 10%, red, blue)", nil},
		{"background-image: conic-gradient(red, blue)", &Gradient{Kind: ConicGradient, Position: [2]Length{Percent(50), Percent(50)},
			Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: repeating-conic-gradient(from .5turn at 10px top, red 90deg, 50%, blue 0 75%)", &Gradient{Kind: ConicGradient, Repeating: true, Angle: 180,
			Position: [2]Length{LengthOf(Int(10)), Percent(0)},
			Stops:    []ColorStop{{Color: red, Position: Percent(25), Angle: true}, {Position: Percent(50), Hint: true}, {Color: blue, Position: Percent(0), Angle: true}, stop(blue, Percent(75))}}},
		{"background-image: conic-gradient(at 20% 30%, red, blue)", &Gradient{Kind: ConicGradient, Position: [2]Length{Percent(20), Percent(30)},
			Stops: []ColorStop{stop(red, Auto), stop(blue, Auto)}}},
		{"background-image: conic-gradient(red 10px, blue)", nil},
		{"background-image: conic-gradient(from 10px, red, blue)", nil},
		{"background-image: conic-gradient(from 10deg at, red, blue)", nil},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).BackgroundGradient; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.decls, got, tt.want)
		}
	}
	if s := decl(t, "background: url(a.png), linear-gradient(red, blue)"); s.BackgroundImage == "" || s.BackgroundGradient != nil {
		t.Errorf("url then gradient: %q %v", s.BackgroundImage, s.BackgroundGradient)
	}
}

func TestEffectsNeverPanic(t *testing.T) {
	for _, v := range []string{
		"box-shadow: inset inset 1px 1px", "box-shadow: ,", "box-shadow: 1px 1px 1px 1px 1px",
		"background: linear-gradient(", "background: radial-gradient(at, red, blue)",
		"background-image: linear-gradient(to, red, blue)", "background-image: linear-gradient(to left left, red, blue)",
		"background-image: radial-gradient(circle ellipse, red, blue)", "background-image: radial-gradient(at 10px, red, blue)",
		"border-radius: / 1px", "border-top-left-radius: 1px 2px 3px", "outline: 1px 2px", "outline-offset: 10%",
		"background-image: repeating-radial-gradient(red 0, blue 0)", "background-image: -webkit-radial-gradient(red, blue)",
	} {
		decl(t, v)
	}
}

func TestBackgroundClipOrigin(t *testing.T) {
	tests := []struct {
		decls        string
		clip, origin BackgroundBox
	}{
		{"", BackgroundBorderBox, BackgroundPaddingBox},
		{"background-clip: padding-box; background-origin: content-box", BackgroundPaddingBox, BackgroundContentBox},
		{"background: red content-box", BackgroundContentBox, BackgroundContentBox},
		{"background: red border-box padding-box", BackgroundPaddingBox, BackgroundBorderBox},
		{"background-clip: content-box; background: red", BackgroundBorderBox, BackgroundPaddingBox},
		{"background-clip: padding-box, content-box", BackgroundPaddingBox, BackgroundPaddingBox},
		{"background-clip: padding-box; background-clip: margin-box", BackgroundPaddingBox, BackgroundPaddingBox},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if s.BackgroundClip != tt.clip || s.BackgroundOrigin != tt.origin {
			t.Errorf("%q: clip %v origin %v, want %v %v", tt.decls, s.BackgroundClip, s.BackgroundOrigin, tt.clip, tt.origin)
		}
	}
}

func TestTextShadow(t *testing.T) {
	red := Color{R: 255, A: 255}
	tests := []struct {
		decls string
		want  []Shadow
	}{
		{"text-shadow: 1px 2px 3px red", []Shadow{{X: Int(1), Y: Int(2), Blur: Int(3), Color: red}}},
		{"color: red; text-shadow: 1px 1px, 0 0 2px #000", []Shadow{{X: Int(1), Y: Int(1), Color: red}, {Blur: Int(2), Color: Black}}},
		{"text-shadow: 1px 1px; text-shadow: 1px 1px 1px 1px", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}},
		{"text-shadow: 1px 1px; text-shadow: inset 1px 1px", []Shadow{{X: Int(1), Y: Int(1), Color: Black}}},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).TextShadow; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.decls, got, tt.want)
		}
	}
	// Inherited.
	s := styleOf(t, `<div style="text-shadow: 2px 2px red"><span id="x">a</span></div>`, "", "#x")
	if want := []Shadow{{X: Int(2), Y: Int(2), Color: red}}; !reflect.DeepEqual(s.TextShadow, want) {
		t.Errorf("inherited text-shadow = %+v", s.TextShadow)
	}
}

func TestTransform(t *testing.T) {
	tr := func(x, y Length) TransformFunction { return TransformFunction{Kind: TransformTranslate, X: x, Y: y} }
	num := func(k TransformKind, a ...float32) TransformFunction {
		f := TransformFunction{Kind: k}
		copy(f.A[:], a)
		return f
	}
	tests := []struct {
		decls string
		want  []TransformFunction
	}{
		{"transform: none", nil},
		{"transform: translate(-50%, 1em)", []TransformFunction{tr(Percent(-50), LengthOf(Int(20)))}},
		{"transform: translateY(5px) rotate(90deg) scale(2)", []TransformFunction{tr(ZeroPx, LengthOf(Int(5))), num(TransformRotate, 90), num(TransformScale, 2, 2)}},
		{"transform: scaleX(50%) skewY(.25turn) matrix(1, 0, 0, 1, 10, 20)", []TransformFunction{num(TransformScale, .5, 1), num(TransformSkew, 0, 90), num(TransformMatrix, 1, 0, 0, 1, 10, 20)}},
		{"transform: translate3d(1px, 2px, 3px) rotateZ(0)", []TransformFunction{tr(LengthOf(Int(1)), LengthOf(Int(2))), num(TransformRotate, 0)}},
		{"transform: rotateX(60deg)", []TransformFunction{num(TransformMatrix, 1, 0, 0, 0.5)}},
		{"transform: rotateY(0.5turn) translateZ(5px) scaleZ(2) perspective(100px)", []TransformFunction{num(TransformMatrix, -1, 0, 0, 1), tr(ZeroPx, ZeroPx), num(TransformScale, 1, 1), num(TransformScale, 1, 1)}},
		{"transform: rotate3d(0, 0, 2, 90deg)", []TransformFunction{num(TransformMatrix, 0, 1, -1, 0)}},
		{"transform: matrix3d(2,0,0,0, 0,3,0,0, 0,0,1,0, 10,20,30,1)", []TransformFunction{num(TransformMatrix, 2, 0, 0, 3, 10, 20)}},
		{"transform: rotate(1deg); transform: rotateX(10px)", []TransformFunction{num(TransformRotate, 1)}},
		{"transform: rotate(1deg); transform: matrix3d(1, 2)", []TransformFunction{num(TransformRotate, 1)}},
		{"transform: rotate(1deg); transform: perspective(-1px)", []TransformFunction{num(TransformRotate, 1)}},
		{"transform: rotate(1deg); transform: translate(1px, 2px, 3px)", []TransformFunction{num(TransformRotate, 1)}},
		{"transform: rotate(1deg); transform: matrix(1, 0, 0, 1, 10px, 20)", []TransformFunction{num(TransformRotate, 1)}},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).Transform; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.decls, got, tt.want)
		}
	}
	if o := decl(t, "").TransformOrigin; o != [2]Length{Percent(50), Percent(50)} {
		t.Errorf("initial transform-origin = %v", o)
	}
	if o := decl(t, "transform-origin: left 10px").TransformOrigin; o != [2]Length{Percent(0), LengthOf(Int(10))} {
		t.Errorf("transform-origin = %v", o)
	}
	if o := decl(t, "transform-origin: top right 5px").TransformOrigin; o != [2]Length{Percent(100), Percent(0)} {
		t.Errorf("transform-origin with z = %v", o)
	}
}

func FuzzEffects(f *testing.F) {
	for _, s := range []string{
		"box-shadow: inset 0 0 .5em red, 1px 1px #00f", "text-shadow: 1px 1px 2px", "outline: 2px dashed blue",
		"border-radius: 1px 2px 3px / 4px 5px", "border-top-left-radius: 1em 5px",
		"background: #fff linear-gradient(45deg, red 10%, 30%, blue 2em) no-repeat content-box",
		"background-image: repeating-radial-gradient(circle closest-side at 10px 20%, red 0 5px, blue)",
		"background-image: -webkit-linear-gradient(left top, red, blue)",
		"transform: translate(-50%, 1em) rotate(1turn) skew(10deg) matrix(1,0,0,1,2,3); transform-origin: top 5px",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, decls string) {
		decl(t, decls)
	})
}

func TestFilterProperty(t *testing.T) {
	red := Color{R: 255, A: 255}
	tests := []struct {
		decls string
		want  []FilterFunction
	}{
		{"filter: none", nil},
		{"filter: blur(2px)", []FilterFunction{{Kind: FilterBlur, Amount: 1, Length: Int(2)}}},
		{"filter: blur()", []FilterFunction{{Kind: FilterBlur, Amount: 1}}},
		{"filter: brightness(50%) contrast(2)", []FilterFunction{{Kind: FilterBrightness, Amount: 0.5}, {Kind: FilterContrast, Amount: 2}}},
		{"filter: grayscale(3) sepia() invert(.25)", []FilterFunction{{Kind: FilterGrayscale, Amount: 1}, {Kind: FilterSepia, Amount: 1}, {Kind: FilterInvert, Amount: 0.25}}},
		{"filter: hue-rotate(0.5turn) saturate(0) opacity(20%)", []FilterFunction{{Kind: FilterHueRotate, Amount: 180}, {Kind: FilterSaturate}, {Kind: FilterOpacity, Amount: 0.2}}},
		{"color: red; filter: drop-shadow(1px 2px 3px)", []FilterFunction{{Kind: FilterDropShadow, Amount: 1, Shadow: Shadow{X: Int(1), Y: Int(2), Blur: Int(3), Color: red}}}},
		{"filter: blur(1px); filter: blur(-1px)", []FilterFunction{{Kind: FilterBlur, Amount: 1, Length: Int(1)}}},
		{"filter: blur(1px); filter: drop-shadow(1px 2px 3px 4px)", []FilterFunction{{Kind: FilterBlur, Amount: 1, Length: Int(1)}}},
		{"filter: blur(1px); filter: frobnicate(1)", []FilterFunction{{Kind: FilterBlur, Amount: 1, Length: Int(1)}}},
		{"filter: blur(1px); filter: brightness(-1)", []FilterFunction{{Kind: FilterBlur, Amount: 1, Length: Int(1)}}},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if !reflect.DeepEqual(s.Filter, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.decls, s.Filter, tt.want)
		}
	}
}

func TestBlendAndImageProperties(t *testing.T) {
	s := decl(t, "mix-blend-mode: multiply; object-fit: cover; object-position: right top; image-rendering: pixelated")
	if s.MixBlendMode != BlendMultiply || s.ObjectFit != ObjectFitCover || s.ImageRendering != ImageRenderingPixelated {
		t.Errorf("got blend %d fit %d rendering %d", s.MixBlendMode, s.ObjectFit, s.ImageRendering)
	}
	if s.ObjectPosition != [2]Length{Percent(100), Percent(0)} {
		t.Errorf("object-position %v, want 100%% 0%%", s.ObjectPosition)
	}
	if d := decl(t, "object-fit: bogus; mix-blend-mode: bogus"); d.ObjectFit != ObjectFitFill || d.MixBlendMode != BlendNormal {
		t.Errorf("invalid values applied: %d %d", d.ObjectFit, d.MixBlendMode)
	}
	if d := decl(t, ""); d.ObjectPosition != [2]Length{Percent(50), Percent(50)} {
		t.Errorf("initial object-position %v", d.ObjectPosition)
	}
	// image-rendering is inherited.
	if c := styleOf(t, `<div><p>x</p></div>`, `div { image-rendering: crisp-edges }`, "p"); c.ImageRendering != ImageRenderingCrispEdges {
		t.Errorf("inherited image-rendering %d", c.ImageRendering)
	}
}

func TestClipPathShapes(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		decls string
		want  *BasicShape
	}{
		{"clip-path: none", nil},
		{"clip-path: inset(10px 20%)", &BasicShape{Kind: ShapeInset, Inset: Edges[Length]{px(10), Percent(20), px(10), Percent(20)}, RadiusKind: [2]ShapeRadius{1, 1}}},
		{"clip-path: inset(-5px round 4px)", &BasicShape{Kind: ShapeInset, Inset: Edges[Length]{px(-5), px(-5), px(-5), px(-5)}, RadiusKind: [2]ShapeRadius{1, 1}}},
		{"clip-path: circle(50%)", &BasicShape{Kind: ShapeCircle, Radius: [2]Length{Percent(50)}, RadiusKind: [2]ShapeRadius{RadiusLength, RadiusClosestSide}, Center: [2]Length{Percent(50), Percent(50)}}},
		{"clip-path: circle(at left top)", &BasicShape{Kind: ShapeCircle, RadiusKind: [2]ShapeRadius{RadiusClosestSide, RadiusClosestSide}, Center: [2]Length{Percent(0), Percent(0)}}},
		{"clip-path: ellipse(10px farthest-side at 20px 30px)", &BasicShape{Kind: ShapeEllipse, Radius: [2]Length{px(10)}, RadiusKind: [2]ShapeRadius{RadiusLength, RadiusFarthestSide}, Center: [2]Length{px(20), px(30)}}},
		{"clip-path: polygon(evenodd, 0 0, 100% 0, 50% 10px)", &BasicShape{Kind: ShapePolygon, EvenOdd: true, RadiusKind: [2]ShapeRadius{1, 1}, Points: [][2]Length{{px(0), px(0)}, {Percent(100), px(0)}, {Percent(50), px(10)}}}},
		{"clip-path: circle(1px); clip-path: circle(-1px)", &BasicShape{Kind: ShapeCircle, Radius: [2]Length{px(1)}, RadiusKind: [2]ShapeRadius{RadiusLength, RadiusClosestSide}, Center: [2]Length{Percent(50), Percent(50)}}},
		{"clip-path: polygon(0 0, 1px)", nil},
		{"clip-path: ellipse(1px)", nil},
		{"clip-path: star(5)", nil},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if !reflect.DeepEqual(s.ClipPath, tt.want) {
			t.Errorf("%s: %+v, want %+v", tt.decls, s.ClipPath, tt.want)
		}
	}
}

func TestBackgroundAttachment(t *testing.T) {
	tests := []struct {
		decls string
		fixed bool
	}{
		{"", false},
		{"background-attachment: fixed", true},
		{"background-attachment: local", false},
		{"background: red url(a.png) fixed", true},
		{"background-attachment: fixed; background: red", false},
		{"background-attachment: fixed; background-attachment: sideways", true},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).BackgroundFixed; got != tt.fixed {
			t.Errorf("%q: fixed %t, want %t", tt.decls, got, tt.fixed)
		}
	}
}

func TestBackgroundClipText(t *testing.T) {
	tests := []struct {
		decls        string
		clip, origin BackgroundBox
	}{
		{"background-clip: text", BackgroundText, BackgroundPaddingBox},
		{"-webkit-background-clip: text", BackgroundText, BackgroundPaddingBox},
		{"background: linear-gradient(red, blue) text", BackgroundText, BackgroundPaddingBox},
		{"background: red content-box text", BackgroundText, BackgroundContentBox},
		{"background-origin: content-box; background-origin: text", BackgroundBorderBox, BackgroundContentBox},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if s.BackgroundClip != tt.clip || s.BackgroundOrigin != tt.origin {
			t.Errorf("%q: clip %d origin %d, want %d %d", tt.decls, s.BackgroundClip, s.BackgroundOrigin, tt.clip, tt.origin)
		}
	}
}

func TestClipProperty(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		decls string
		want  *[4]Length
	}{
		{"clip: auto", nil},
		{"clip: rect(1px, 2px, 3px, 4px)", &[4]Length{px(1), px(2), px(3), px(4)}},
		{"clip: rect(1px 2px auto auto)", &[4]Length{px(1), px(2), Auto, Auto}},
		{"clip: rect(-0mm, 1em, 0, auto)", &[4]Length{px(0), px(20), px(0), Auto}},
		{"clip: rect(1px, 2px, 3px)", nil},
		{"clip: rect(1px, 2px, 3px, 10%)", nil},
		{"clip: inset(1px)", nil},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decls).Clip; !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.decls, got, tt.want)
		}
	}
}
