package cssom

import (
	"strings"
	"testing"
)

// TestCascadeLayers checks the layer order of CSS Cascade 5 §6.4.
func TestCascadeLayers(t *testing.T) {
	tests := []struct {
		name, body, css string
		want            Length
	}{
		{"later layer wins", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: 1px } }`, LengthOf(Int(1))},
		{"statement fixes order", `<p>x</p>`, `@layer b, a; @layer a { p { width: 2px } } @layer b { p { width: 1px } }`, LengthOf(Int(2))},
		{"layer beats specificity", `<p id=i>x</p>`, `@layer a { #i { width: 2px } } @layer b { p { width: 1px } }`, LengthOf(Int(1))},
		{"unlayered beats layered", `<p id=i>x</p>`, `p { width: 3px } @layer a { #i { width: 2px } }`, LengthOf(Int(3))},
		{"important reverses layers", `<p>x</p>`, `@layer a { p { width: 2px !important } } @layer b { p { width: 1px !important } }`, LengthOf(Int(2))},
		{"layered important beats unlayered important", `<p id=i>x</p>`, `#i { width: 3px !important } @layer a { p { width: 2px !important } }`, LengthOf(Int(2))},
		{"important beats normal in any layer", `<p>x</p>`, `@layer a { p { width: 2px !important } } p { width: 3px }`, LengthOf(Int(2))},
		{"sublayers before parent rules", `<p>x</p>`, `@layer a { p { width: 1px } @layer b { p { width: 2px } } }`, LengthOf(Int(1))},
		{"dotted name", `<p>x</p>`, `@layer a.b { p { width: 2px } } @layer a { p { width: 1px } } @layer c { p { width: 4px } }`, LengthOf(Int(4))},
		{"dotted name joins sublayer", `<p>x</p>`, `@layer a.b, c; @layer c { p { width: 1px } } @layer a { @layer b { p { width: 5px } } }`, LengthOf(Int(1))},
		{"anonymous layers are distinct", `<p>x</p>`, `@layer { p { width: 1px } } @layer { p { width: 2px } }`, LengthOf(Int(2))},
		{"layers inside media", `<p>x</p>`, `@layer b, a; @media screen { @layer a { p { width: 1px } } } @layer b { p { width: 2px } }`, LengthOf(Int(1))},
		{"revert-layer", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: 1px } p { width: revert-layer } }`, LengthOf(Int(2))},
		{"revert-layer to UA", `<p>x</p>`, `@layer a { p { width: revert-layer } }`, Auto},
		{"unlayered revert-layer", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: 7px; width: revert-layer }`, LengthOf(Int(2))},
		{"inline revert-layer", `<p style="width: revert-layer">x</p>`, `p { width: 2px }`, LengthOf(Int(2))},
		{"all", `<p>x</p>`, `p { width: 2px } p { all: initial }`, Auto},
		{"all rejects values", `<p>x</p>`, `p { width: 2px; all: red }`, LengthOf(Int(2))},
		{"all revert-layer", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: 3px; all: revert-layer }`, LengthOf(Int(2))},
	}
	for _, tt := range tests {
		s := styleOf(t, tt.body, tt.css, "p")
		if s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}

func TestAllKeepsDirection(t *testing.T) {
	s := styleOf(t, `<div dir=rtl><p>x</p></div>`, `div { color: red } p { direction: rtl; all: initial }`, "p")
	if s.Color != (Color{0, 0, 0, 255}) {
		t.Errorf("color %v, want initial black", s.Color)
	}
	if s.Direction != "rtl" {
		t.Errorf("direction %v reset by all", s.Direction)
	}
}

func TestImportLayers(t *testing.T) {
	main := ParseStyleSheet(`@layer x; @import "a.css" layer(base); @import "b.css" layer; @layer base { p { height: 3px } } p { width: 1px }`, "http://x/main.css", AuthorOrigin)
	if len(main.Imports) != 2 || !main.Imports[0].Layered || main.Imports[0].Layer != "base" || !main.Imports[1].Layered || main.Imports[1].Layer != "" {
		t.Fatalf("imports %+v", main.Imports)
	}
	main.Imports[0].Sheet = ParseStyleSheet(`p { width: 5px !important; height: 5px; margin-top: 5px }`, "http://x/a.css", AuthorOrigin)
	main.Imports[1].Sheet = ParseStyleSheet(`p { width: 6px !important; margin-top: 6px }`, "http://x/b.css", AuthorOrigin)
	s := styleWithSheets(t, "<p>x</p>", "p", main)
	// base (with a.css, then the @layer base block) < anonymous (b.css) < unlayered.
	if s.Width != LengthOf(Int(5)) || s.Height != LengthOf(Int(3)) || s.Margin[Top] != LengthOf(Int(6)) {
		t.Errorf("width %v height %v margin-top %v, want 5px 3px 6px", s.Width, s.Height, s.Margin[Top])
	}
	out := main.String()
	for _, want := range []string{`@import url("http://x/a.css") layer(base);`, `@import url("http://x/b.css") layer;`, "@layer x;", "@layer base {\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("String() lacks %q:\n%s", want, out)
		}
	}
}

func TestLayerRoundTrip(t *testing.T) {
	src := `@layer reset, base.x;
@layer { p { color: red } }
@layer base.x { @media print { q { width: 1px } } a { color: blue } }`
	s := ParseStyleSheet(src, "http://x/", AuthorOrigin)
	out := s.String()
	s2 := ParseStyleSheet(out, "http://x/", AuthorOrigin)
	if out2 := s2.String(); out2 != out || ruleSummary(s.Rules) != ruleSummary(s2.Rules) {
		t.Errorf("round trip differs:\n%s\n---\n%s", out, out2)
	}
	if got, want := ruleSummary(s.Rules), "@layer reset,base.x @layer [p{color: red}] @layer base.x[@media print[q{width: 1px}] a{color: blue}]"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
