package cssom

import "testing"

// TestEmphasisComputed checks the emphasis longhands and the text-emphasis
// shorthand through the cascade: getComputedStyle's serializations of
// text-emphasis-style, -color and -position ("-" for invalid
// declarations, which leave the initial values).
func TestEmphasisComputed(t *testing.T) {
	tests := []struct {
		decls, style, color, position, shorthand string
	}{
		{"", "none", "rgb(0, 0, 0)", "over", "none rgb(0, 0, 0)"},
		{"text-emphasis-style: dot", "dot", "", "", ""},
		{"text-emphasis-style: open", "open circle", "", "", ""},
		{"text-emphasis-style: filled", "circle", "", "", ""},
		{"text-emphasis-style: sesame open", "open sesame", "", "", ""},
		{"text-emphasis-style: filled double-circle", "double-circle", "", "", ""},
		{"text-emphasis-style: 'x'", `"x"`, "", "", ""},
		{"text-emphasis-style: dot; text-emphasis-style: none", "none", "", "", ""},
		{"text-emphasis-style: dot circle", "none", "", "", ""},
		{"text-emphasis-style: open filled", "none", "", "", ""},
		{"text-emphasis-style: 'x' dot", "none", "", "", ""},
		{"text-emphasis-style: triangle 1px", "none", "", "", ""},
		{"text-emphasis-color: red", "", "rgb(255, 0, 0)", "", ""},
		{"color: blue; text-emphasis-color: currentcolor", "", "rgb(0, 0, 255)", "", ""},
		{"text-emphasis-color: red blue", "", "rgb(0, 0, 0)", "", ""},
		{"text-emphasis-position: under", "", "", "under", ""},
		{"text-emphasis-position: left over", "", "", "over left", ""},
		{"text-emphasis-position: right", "", "", "over", ""},
		{"text-emphasis-position: over under", "", "", "over", ""},
		{"text-emphasis: triangle red", "triangle", "rgb(255, 0, 0)", "", "triangle rgb(255, 0, 0)"},
		{"text-emphasis: green open dot", "open dot", "rgb(0, 128, 0)", "", "open dot rgb(0, 128, 0)"},
		{"text-emphasis: green", "none", "rgb(0, 128, 0)", "", ""},
		{"text-emphasis: '*' ", `"*"`, "rgb(0, 0, 0)", "", ""},
		{"text-emphasis: open red dot", "none", "rgb(0, 0, 0)", "", ""},
		{"text-emphasis-color: red; text-emphasis: dot", "dot", "rgb(0, 0, 0)", "", ""},
		{"-webkit-text-emphasis: circle; -webkit-text-emphasis-position: under", "circle", "", "under", ""},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		for prop, want := range map[string]string{"text-emphasis-style": tt.style, "text-emphasis-color": tt.color, "text-emphasis-position": tt.position, "text-emphasis": tt.shorthand} {
			if want == "" {
				continue
			}
			got, _ := s.ComputedValue(prop)
			if prop == "text-emphasis" {
				got, _ = s.ShorthandValue(prop, func(string) string { return "" })
			}
			if got != want {
				t.Errorf("%q: %s = %q, want %q", tt.decls, prop, got, want)
			}
		}
	}
}

// TestEmphasisInherits checks that the marks inherit, and that a
// currentColor emphasis colour inherits as the keyword.
func TestEmphasisInherits(t *testing.T) {
	s := styleOf(t, `<div id=p><span id=c>x</span></div>`, "#p { text-emphasis: open sesame; color: red } #c { color: blue }", "#c")
	if got := s.TextEmphasis.Mark(); got != "\ufe46" {
		t.Errorf("mark %q, want open sesame", got)
	}
	if got := s.EmphasisColor(); got != (Color{0, 0, 255, 255}) {
		t.Errorf("colour %v, want the child's blue", got)
	}
	anon := InheritFrom(s)
	if anon.TextEmphasis != s.TextEmphasis {
		t.Errorf("InheritFrom lost the marks: %+v", anon.TextEmphasis)
	}
}

func TestEmphasisMarks(t *testing.T) {
	tests := []struct {
		e    TextEmphasis
		want string
	}{
		{TextEmphasis{}, ""},
		{TextEmphasis{Shape: EmphasisDot}, "\u2022"},
		{TextEmphasis{Shape: EmphasisDot, Open: true}, "\u25e6"},
		{TextEmphasis{Shape: EmphasisCircle}, "\u25cf"},
		{TextEmphasis{Shape: EmphasisCircle, Open: true}, "\u25cb"},
		{TextEmphasis{Shape: EmphasisDoubleCircle}, "\u25c9"},
		{TextEmphasis{Shape: EmphasisTriangle, Open: true}, "\u25b3"},
		{TextEmphasis{Shape: EmphasisSesame}, "\ufe45"},
		{TextEmphasis{Shape: EmphasisString, Str: "\u203b"}, "\u203b"},
		{TextEmphasis{Shape: EmphasisString, Str: "abc"}, "a"},
		{TextEmphasis{Shape: EmphasisString, Str: "e\u0301x"}, "e\u0301"},
		{TextEmphasis{Shape: EmphasisString, Str: ""}, ""},
		{TextEmphasis{Shape: 200}, ""},
	}
	for _, tt := range tests {
		if got := tt.e.Mark(); got != tt.want {
			t.Errorf("%+v: mark %q, want %q", tt.e, got, tt.want)
		}
	}
}

// TestTransformBoxAndClipMargin checks transform-box and
// overflow-clip-margin ("-" for a declaration that must be dropped).
func TestTransformBoxAndClipMargin(t *testing.T) {
	tests := []struct {
		decls, prop, want string
	}{
		{"", "transform-box", "view-box"},
		{"transform-box: fill-box", "transform-box", "fill-box"},
		{"transform-box: content-box", "transform-box", "content-box"},
		{"transform-box: stroke-box", "transform-box", "stroke-box"},
		{"transform-box: margin-box", "transform-box", "view-box"},
		{"", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: 10px", "overflow-clip-margin", "10px"},
		{"overflow-clip-margin: 1em", "overflow-clip-margin", "20px"},
		{"overflow-clip-margin: content-box 5px", "overflow-clip-margin", "content-box 5px"},
		{"overflow-clip-margin: 5px border-box", "overflow-clip-margin", "border-box 5px"},
		{"overflow-clip-margin: border-box", "overflow-clip-margin", "border-box"},
		{"overflow-clip-margin: padding-box 0", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: -10px", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: 10%", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: 1px 2px", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: margin-box", "overflow-clip-margin", "0px"},
		{"overflow-clip-margin: content-box content-box", "overflow-clip-margin", "0px"},
	}
	for _, tt := range tests {
		s := decl(t, tt.decls)
		if got, _ := s.ComputedValue(tt.prop); got != tt.want {
			t.Errorf("%q: %s = %q, want %q", tt.decls, tt.prop, got, tt.want)
		}
	}
	if TransformFillBox.CSSBox() != VisualContentBox || TransformViewBox.CSSBox() != VisualBorderBox || TransformStrokeBox.CSSBox() != VisualBorderBox {
		t.Error("CSSBox: fill-box uses the content box, stroke-box and view-box the border box")
	}
}

// TestEmphasisParsing checks which declarations the sheet keeps, and that
// the shorthand expands into its two longhands.
func TestEmphasisParsing(t *testing.T) {
	tests := []struct{ src, want string }{
		{"p { text-emphasis: dot red }", "p{text-emphasis: dot red}"},
		{"p { text-emphasis: dot red blue }", "p{}"},
		{"p { text-emphasis: none none }", "p{}"},
		{"p { text-emphasis: }", "p{}"},
		{"p { text-emphasis-position: under left }", "p{text-emphasis-position: under left}"},
		{"p { text-emphasis-position: left }", "p{}"},
		{"p { transform-box: fill-box }", "p{transform-box: fill-box}"},
		{"p { overflow-clip-margin: content-box 1px }", "p{overflow-clip-margin: content-box 1px}"},
		{"p { overflow-clip-margin: inherit 1px }", "p{}"},
	}
	for _, tt := range tests {
		s := ParseStyleSheet(tt.src, "http://x/", AuthorOrigin)
		if got := ruleSummary(s.Rules); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.src, got, tt.want)
		}
	}
	s := decl(t, "text-emphasis-style: dot; text-emphasis-color: red; text-emphasis: inherit")
	if s.TextEmphasis.Shape != EmphasisNone || s.TextEmphasis.HasColor {
		t.Errorf("text-emphasis: inherit kept %+v", s.TextEmphasis)
	}
}
