package cssom

import (
	"reflect"
	"testing"
)

func TestLengthUnits(t *testing.T) {
	// The element's font size is 20px (inherited); the root's is 16px;
	// the viewport is 800x600.
	tests := []struct {
		decl string
		want Length
	}{
		{"width: 10px", LengthOf(Int(10))},
		{"width: 1.5em", LengthOf(Int(30))},
		{"width: 2rem", LengthOf(Int(32))},
		{"width: 2ex", LengthOf(Int(20))},
		{"width: 2ch", LengthOf(Int(20))},
		{"width: 12pt", LengthOf(Int(16))},
		{"width: 1pc", LengthOf(Int(16))},
		{"width: 1in", LengthOf(Int(96))},
		{"width: 2.54cm", LengthOf(Int(96))},
		{"width: 25.4mm", LengthOf(Int(96))},
		{"width: 40q", LengthOf(Px(96.0 * 10 / 25.4 / 1))},
		{"width: 10vw", LengthOf(Int(80))},
		{"width: 10vh", LengthOf(Int(60))},
		{"width: 10vmin", LengthOf(Int(60))},
		{"width: 10vmax", LengthOf(Int(80))},
		{"width: 50%", Percent(50)},
		{"width: 0", ZeroPx},
		{"width: auto", Auto},
		{"width: 10PX", LengthOf(Int(10))},
		{"width: calc(100% - 20px)", Length{Kind: LengthCalc, Px: Int(-20), Percent: 100}},
		{"width: calc(2 * (10px + 1em))", LengthOf(Int(60))},
		{"width: calc(50% / 2)", Percent(25)},
		{"width: calc(10px + 0%)", Length{Kind: LengthCalc, Px: Int(10)}},
		{"width: min(10px, 2em)", LengthOf(Int(10))},
		{"width: max(10px, 2em)", LengthOf(Int(40))},
		{"width: clamp(10px, 50px, 30px)", LengthOf(Int(30))},
		{"width: -webkit-calc(1px + 2px)", LengthOf(Int(3))},
		{"width: 10px; width: 5", LengthOf(Int(10))},               // unitless non-zero is invalid
		{"width: 10px; width: -5px", LengthOf(Int(10))},            // negative width is invalid
		{"width: 10px; width: calc(1px+2px)", LengthOf(Int(10))},   // + needs white space
		{"width: 10px; width: calc(1px * 2px)", LengthOf(Int(10))}, // length * length
		{"width: 10px; width: 3foo", LengthOf(Int(10))},
	}
	for _, tt := range tests {
		if got := decl(t, tt.decl).Width; got != tt.want {
			t.Errorf("%s: width = %+v, want %+v", tt.decl, got, tt.want)
		}
	}
}

func TestColors(t *testing.T) {
	tests := []struct {
		value string
		want  Color
	}{
		{"#f00", Color{255, 0, 0, 255}},
		{"#F008", Color{255, 0, 0, 136}},
		{"#123456", Color{0x12, 0x34, 0x56, 255}},
		{"#12345678", Color{0x12, 0x34, 0x56, 0x78}},
		{"red", Color{255, 0, 0, 255}},
		{"RebeccaPurple", Color{0x66, 0x33, 0x99, 255}},
		{"transparent", Color{}},
		{"rgb(1, 2, 3)", Color{1, 2, 3, 255}},
		{"rgba(1, 2, 3, 0.5)", Color{1, 2, 3, 128}},
		{"rgb(100%, 50%, 0%)", Color{255, 128, 0, 255}},
		{"rgb(1 2 3 / 50%)", Color{1, 2, 3, 128}},
		{"rgb(300 -2 3)", Color{255, 0, 3, 255}},
		{"rgba(1 2 3)", Color{1, 2, 3, 255}},
		{"hsl(120, 100%, 50%)", Color{0, 255, 0, 255}},
		{"hsl(0deg 100% 50% / 0.25)", Color{255, 0, 0, 64}},
		{"hsla(240, 100%, 25%, 1)", Color{0, 0, 128, 255}},
		{"hsl(0.5turn 100% 50%)", Color{0, 255, 255, 255}},
		{"currentColor", Color{0, 128, 0, 255}}, // color is green
		// Invalid values leave the previous declaration (blue) in place.
		{"#12", Color{0, 0, 255, 255}},
		{"rgb(1, 2)", Color{0, 0, 255, 255}},
		{"rgb(1 2, 3)", Color{0, 0, 255, 255}},
		{"notacolor", Color{0, 0, 255, 255}},
		{"#ggg", Color{0, 0, 255, 255}},
	}
	for _, tt := range tests {
		s := decl(t, "color: green; background-color: blue; background-color: "+tt.value)
		if s.BackgroundColor != tt.want {
			t.Errorf("%s = %v, want %v", tt.value, s.BackgroundColor, tt.want)
		}
	}
}

func TestShorthands(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	s := decl(t, "margin: 1px 2px 3px; padding: 1px 2px; inset: 5px")
	if want := (Edges[Length]{px(1), px(2), px(3), px(2)}); s.Margin != want {
		t.Errorf("margin = %v, want %v", s.Margin, want)
	}
	if want := (Edges[Length]{px(1), px(2), px(1), px(2)}); s.Padding != want {
		t.Errorf("padding = %v", s.Padding)
	}
	if want := (Edges[Length]{px(5), px(5), px(5), px(5)}); s.Inset != want {
		t.Errorf("inset = %v", s.Inset)
	}
	s = decl(t, "color: red; border: thick dashed; border-left: 2px solid blue; border-top-style: none")
	if want := (Edges[Fixed]{0, Int(5), Int(5), Int(2)}); s.BorderWidth != want {
		t.Errorf("border widths = %v, want %v", s.BorderWidth, want)
	}
	if want := (Edges[BorderStyle]{BorderNone, BorderDashed, BorderDashed, BorderSolid}); s.BorderStyle != want {
		t.Errorf("border styles = %v", s.BorderStyle)
	}
	red, blue := Color{255, 0, 0, 255}, Color{0, 0, 255, 255}
	if want := (Edges[Color]{red, red, red, blue}); s.BorderColor != want {
		t.Errorf("border colors = %v", s.BorderColor)
	}
	s = decl(t, "border-style: solid; border-width: medium thin")
	if want := (Edges[Fixed]{Int(3), Int(1), Int(3), Int(1)}); s.BorderWidth != want {
		t.Errorf("border-width = %v", s.BorderWidth)
	}
	s = decl(t, "background: #fff url('img/a.png') no-repeat center / cover")
	if s.BackgroundColor != (Color{255, 255, 255, 255}) || s.BackgroundImage != "http://example.com/css/img/a.png" {
		t.Errorf("background: %v %q", s.BackgroundColor, s.BackgroundImage)
	}
	s = decl(t, "background-color: red; background: url(x.png), linear-gradient(red, blue) green")
	if s.BackgroundColor != (Color{0, 128, 0, 255}) || s.BackgroundImage != "http://example.com/css/x.png" {
		t.Errorf("layered background: %v %q", s.BackgroundColor, s.BackgroundImage)
	}
	s = decl(t, "list-style: square inside")
	if s.ListStyleType != "square" || s.ListStylePosition != ListInside || s.ListStyleImage != "" {
		t.Errorf("list-style: %v %v %q", s.ListStyleType, s.ListStylePosition, s.ListStyleImage)
	}
	s = decl(t, "list-style: none")
	if s.ListStyleType != "none" {
		t.Errorf("list-style none: %v", s.ListStyleType)
	}
	s = decl(t, "overflow: hidden auto; text-decoration: underline overline dotted red")
	if s.OverflowX != OverflowHidden || s.OverflowY != OverflowAuto {
		t.Errorf("overflow: %v %v", s.OverflowX, s.OverflowY)
	}
	if s.TextDecorationLine != DecorationUnderline|DecorationOverline || s.TextDecorationColor != red {
		t.Errorf("text-decoration: %v %v", s.TextDecorationLine, s.TextDecorationColor)
	}
	s = decl(t, "margin-inline: 1px 2px; padding-block: 3px; inline-size: 7px")
	if s.Margin[Left] != px(1) || s.Margin[Right] != px(2) || s.Padding[Top] != px(3) || s.Padding[Bottom] != px(3) || s.Width != px(7) {
		t.Errorf("logical: %v %v %v", s.Margin, s.Padding, s.Width)
	}
}

func TestFontShorthand(t *testing.T) {
	tests := []struct {
		value string
		style FontStyle
		wt    uint16
		size  Fixed
		lh    LineHeight
		fam   []string
	}{
		{`12px serif`, FontStyleNormal, 400, Int(12), LineHeight{}, []string{"serif"}},
		{`italic bold 2em/1.5 "Open Sans", Arial Black, SANS-SERIF`, FontStyleItalic, 700, Int(40), LineHeight{Kind: LineHeightNumber, Number: 1.5}, []string{"Open Sans", "Arial Black", "sans-serif"}},
		{`normal 600 small/20px monospace`, FontStyleNormal, 600, Int(12), // Chromium: small in monospace is 12px
			LineHeight{Kind: LineHeightLength, Px: Int(20)}, []string{"monospace"}},
		{`small-caps condensed 10px/150% a`, FontStyleNormal, 400, Int(10), LineHeight{Kind: LineHeightLength, Px: Int(15)}, []string{"a"}},
		// Invalid: no family; the earlier declaration stays.
		{`bold 12px`, FontStyleNormal, 400, Int(20), LineHeight{}, []string{"x"}},
		{`12px a,`, FontStyleNormal, 400, Int(20), LineHeight{}, []string{"x"}},
	}
	for _, tt := range tests {
		s := decl(t, "font-family: x; font: "+tt.value)
		if s.FontStyle != tt.style || s.FontWeight != tt.wt || s.FontSize != tt.size || s.LineHeight != tt.lh || !reflect.DeepEqual(s.FontFamily, tt.fam) {
			t.Errorf("font: %s = %v %v %v %+v %q", tt.value, s.FontStyle, s.FontWeight, s.FontSize, s.LineHeight, s.FontFamily)
		}
	}
}

func TestFontSizeAndWeight(t *testing.T) {
	tests := []struct {
		decl string
		size Fixed
		wt   uint16
	}{
		{"font-size: medium", Int(16), 400},
		{"font-size: xx-small", Int(9), 400},
		{"font-size: xxx-large", Int(48), 400},
		{"font-size: larger", Int(24), 400},
		{"font-size: smaller", Px(20 / 1.2), 400},
		{"font-size: 2em", Int(40), 400},
		{"font-size: 50%", Int(10), 400},
		{"font-size: 2rem", Int(32), 400},
		{"font-size: calc(1em + 50%)", Int(30), 400},
		{"font-size: 12pt", Int(16), 400},
		{"font-size: -1px", Int(20), 400},
		{"font-weight: bold", Int(20), 700},
		{"font-weight: bolder", Int(20), 700},
		{"font-weight: lighter", Int(20), 100},
		{"font-weight: 350", Int(20), 350},
		{"font-weight: 1001", Int(20), 400},
	}
	for _, tt := range tests {
		s := decl(t, tt.decl)
		if s.FontSize != tt.size || s.FontWeight != tt.wt {
			t.Errorf("%s: size %v weight %v, want %v %v", tt.decl, s.FontSize, s.FontWeight, tt.size, tt.wt)
		}
	}
}

func TestKeywordProperties(t *testing.T) {
	s := decl(t, `display: inline-block; position: relative; float: left; clear: both; z-index: -3;
		box-sizing: border-box; opacity: 50%; text-align: center; white-space: pre-wrap;
		text-transform: uppercase; letter-spacing: 2px; word-spacing: normal; vertical-align: -2px;
		visibility: hidden; direction: rtl; line-height: 1.25; text-indent: 3em; max-width: none;
		min-height: 10%; list-style-type: upper-roman; font-style: oblique`)
	if s.Display != DisplayBlock { // floats are blockified
		t.Errorf("display = %v", s.Display)
	}
	if s.Position != PositionRelative || s.Float != FloatLeft || s.Clear != ClearBoth || s.ZIndex != -3 || s.ZIndexAuto {
		t.Errorf("position/float/clear/z: %v %v %v %v %v", s.Position, s.Float, s.Clear, s.ZIndex, s.ZIndexAuto)
	}
	if s.BoxSizing != BorderBox || s.Opacity != 0.5 || s.TextAlign != TextAlignCenter || s.WhiteSpace != WhiteSpacePreWrap {
		t.Errorf("box-sizing/opacity/align/ws: %v %v %v %v", s.BoxSizing, s.Opacity, s.TextAlign, s.WhiteSpace)
	}
	if s.TextTransform != TextTransformUppercase || s.LetterSpacing != Int(2) || s.WordSpacing != 0 {
		t.Errorf("transform/spacing: %v %v %v", s.TextTransform, s.LetterSpacing, s.WordSpacing)
	}
	if s.VerticalAlign != (VerticalAlign{Kind: VerticalLength, Length: LengthOf(Int(-2))}) || s.Visibility != Hidden || s.Direction != "rtl" {
		t.Errorf("va/visibility/direction: %+v %v %v", s.VerticalAlign, s.Visibility, s.Direction)
	}
	if s.LineHeight != (LineHeight{Kind: LineHeightNumber, Number: 1.25}) || s.TextIndent != LengthOf(Int(60)) {
		t.Errorf("line-height/indent: %+v %+v", s.LineHeight, s.TextIndent)
	}
	if s.MaxWidth != None || s.MinHeight != Percent(10) || s.ListStyleType != "upper-roman" || s.FontStyle != FontStyleOblique {
		t.Errorf("max-width/min-height/list/font-style: %+v %+v %v %v", s.MaxWidth, s.MinHeight, s.ListStyleType, s.FontStyle)
	}
}

func TestDisplayValues(t *testing.T) {
	tests := map[string]Display{
		"block": DisplayBlock, "inline flow-root": DisplayInlineBlock, "list-item": DisplayListItem,
		"flow-root": DisplayFlowRoot, "contents": DisplayContents, "table-cell": DisplayTableCell,
		"inline-grid": DisplayInlineGrid, "none": DisplayNone, "inline flex": DisplayInlineFlex,
		"table-header-group": DisplayTableHeaderGroup, "bogus": DisplayBlock, "block inline": DisplayBlock,
	}
	for v, want := range tests {
		if got := decl(t, "display: block; display: "+v).Display; got != want {
			t.Errorf("display: %s = %v, want %v", v, got, want)
		}
	}
}

func TestBoxProperties(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	s := decl(t, "display: flex; flex-flow: column wrap; justify-content: space-between; align-items: safe center; gap: 4px 1em; border-radius: 3px 50% / 2px")
	if s.FlexDirection != FlexColumn || s.FlexWrap != FlexWrapWrap || s.JustifyContent != AlignSpaceBetween || s.AlignItems != AlignCenter {
		t.Errorf("flex container: %v %v %v %v", s.FlexDirection, s.FlexWrap, s.JustifyContent, s.AlignItems)
	}
	if s.RowGap != px(4) || s.ColumnGap != px(20) {
		t.Errorf("gap: %v %v", s.RowGap, s.ColumnGap)
	}
	if want := (Edges[Length]{px(3), Percent(50), px(3), Percent(50)}); s.BorderRadius != want {
		t.Errorf("border-radius = %v", s.BorderRadius)
	}
	tests := []struct {
		flex         string
		grow, shrink float32
		basis        Length
	}{
		{"none", 0, 0, Auto},
		{"auto", 1, 1, Auto},
		{"1", 1, 1, Percent(0)},
		{"2 3", 2, 3, Percent(0)},
		{"1 1 auto", 1, 1, Auto},
		{"0 0 50%", 0, 0, Percent(50)},
		{"10px", 1, 1, px(10)},
		{"3 10px", 3, 1, px(10)},
		{"content", 1, 1, Length{Kind: LengthContent}},
		{"bogus", 0, 1, Auto},
	}
	for _, tt := range tests {
		s := decl(t, "flex: "+tt.flex)
		if s.FlexGrow != tt.grow || s.FlexShrink != tt.shrink || s.FlexBasis != tt.basis {
			t.Errorf("flex: %s = %v %v %+v", tt.flex, s.FlexGrow, s.FlexShrink, s.FlexBasis)
		}
	}
	s = decl(t, "order: -2; align-self: flex-end; border-collapse: collapse; border-spacing: 1px 2px; word-wrap: break-word; word-break: break-all")
	if s.Order != -2 || s.AlignSelf != AlignFlexEnd || !s.BorderCollapse || s.BorderSpacing != [2]Fixed{Int(1), Int(2)} || s.OverflowWrap != OverflowWrapBreakWord || s.WordBreak != WordBreakBreakAll {
		t.Errorf("misc: %v %v %v %v %v %v", s.Order, s.AlignSelf, s.BorderCollapse, s.BorderSpacing, s.OverflowWrap, s.WordBreak)
	}
	// Inheritance of the table and line-breaking properties.
	c := styleOf(t, `<table><tr><td><span>x</span></td></tr></table>`, "table { border-spacing: 3px; overflow-wrap: anywhere }", "span")
	if c.BorderSpacing != [2]Fixed{Int(3), Int(3)} || c.OverflowWrap != OverflowWrapAnywhere {
		t.Errorf("inherited: %v %v", c.BorderSpacing, c.OverflowWrap)
	}
	if d := decl(t, "color: red"); d.FlexShrink != 1 || d.FlexBasis != Auto || d.AlignSelf != AlignAuto {
		t.Errorf("initial flex values: %v %v %v", d.FlexShrink, d.FlexBasis, d.AlignSelf)
	}
}

func TestBackgroundLonghands(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		decl   string
		repeat [2]Repeat
		pos    [2]Length
		size   BackgroundSize
	}{
		{"color: red", [2]Repeat{}, [2]Length{Percent(0), Percent(0)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background: url(a.png) no-repeat center / cover red", [2]Repeat{RepeatNoRepeat, RepeatNoRepeat}, [2]Length{Percent(50), Percent(50)}, BackgroundSize{Kind: SizeCover, Width: Auto, Height: Auto}},
		{"background: url(a.png) repeat-x 10px top", [2]Repeat{RepeatRepeat, RepeatNoRepeat}, [2]Length{px(10), Percent(0)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-repeat: space round; background-position: bottom; background-size: 50% auto", [2]Repeat{RepeatSpace, RepeatRound}, [2]Length{Percent(50), Percent(100)}, BackgroundSize{Width: Percent(50), Height: Auto}},
		{"background-position: right 10px bottom 2em; background-size: 3px 4px", [2]Repeat{}, [2]Length{{Kind: LengthCalc, Px: Int(-10), Percent: 100}, {Kind: LengthCalc, Px: Int(-40), Percent: 100}}, BackgroundSize{Width: px(3), Height: px(4)}},
		{"background-position: top right", [2]Repeat{}, [2]Length{Percent(100), Percent(0)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-position: center right .75rem", [2]Repeat{}, [2]Length{{Kind: LengthCalc, Px: Int(-12), Percent: 100}, Percent(50)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-position: left 10px top", [2]Repeat{}, [2]Length{px(10), Percent(0)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-position: 1px 2px; background-position: center 10px top", [2]Repeat{}, [2]Length{px(1), px(2)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-position: 1px 2px; background-position: 10px left", [2]Repeat{}, [2]Length{px(1), px(2)}, BackgroundSize{Width: Auto, Height: Auto}},
		{"background-size: contain, 10px", [2]Repeat{}, [2]Length{Percent(0), Percent(0)}, BackgroundSize{Kind: SizeContain, Width: Auto, Height: Auto}},
	}
	for _, tt := range tests {
		s := decl(t, tt.decl)
		if s.BackgroundRepeat != tt.repeat || s.BackgroundPosition != tt.pos || s.BackgroundSize != tt.size {
			t.Errorf("%s: repeat %v position %+v size %+v", tt.decl, s.BackgroundRepeat, s.BackgroundPosition, s.BackgroundSize)
		}
	}
}
