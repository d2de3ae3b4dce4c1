package cssom

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestRevertLayer checks revert-layer (https://www.w3.org/TR/css-cascade-5/#revert-layer)
// and revert (#default): written, from var() substitution, with
// !important's reversed layer order, through `all`, and against
// presentational hints.
func TestRevertLayer(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		name, body, css string
		want            Length
	}{
		// Written revert-layer rolls back to the previous layer.
		{"previous layer", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: 1px } p { width: revert-layer } }`, px(2)},
		{"same-layer rules are rolled back too", `<p class=c>x</p>`, `@layer a { p { width: 2px } } @layer b { .c { width: 9px } p { width: revert-layer } }`, px(9)},
		{"higher specificity in the layer is kept", `<p class=c>x</p>`, `@layer a { p { width: 2px } } @layer b { .c { width: revert-layer } p { width: 9px } }`, px(2)},
		{"skips a layer without the property", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { height: 1px } } @layer c { p { width: revert-layer } }`, px(2)},
		{"chain of revert-layer", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: revert-layer } } @layer c { p { width: revert-layer } }`, px(2)},
		{"sublayer before its parent", `<p>x</p>`, `@layer a { @layer s { p { width: 4px } } p { width: revert-layer } }`, px(4)},
		{"no previous layer: previous origin", `<p>x</p>`, `@layer a { p { width: revert-layer } }`, Auto},
		// From var() substitution (resolved when computing).
		{"var() revert-layer", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: var(--none, revert-layer) } }`, px(2)},
		{"var() revert-layer unlayered", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: var(--none, revert-layer) }`, px(2)},
		{"var() revert-layer to the UA", `<p>x</p>`, `@layer a { p { width: var(--none, revert-layer) } }`, Auto},
		{"var() revert-layer below a written one", `<p>x</p>`, `@layer a { p { width: 2px } } @layer b { p { width: var(--none, revert-layer) } } @layer c { p { width: revert-layer } }`, px(2)},
		{"written revert-layer rolls back to var()", `<p>x</p>`, `:root { --w: 6px } @layer a { p { width: var(--w) } } @layer b { p { width: revert-layer } }`, px(6)},
		{"var() revert", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: var(--none, revert) }`, Auto},
		{"style attribute var() revert-layer", `<p style="width: var(--none, revert-layer)">x</p>`, `p { width: 2px }`, px(2)},
		{"all from var()", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: 3px; all: var(--none, revert-layer) }`, px(2)},
		// !important: the layers in reverse order (a layered important
		// beats an unlayered one), and an important revert-layer rolls
		// back to the layers before its own, normal and important, not to
		// the later layers' important declarations. (Each checked in
		// Chromium.)
		{"important: not to later layers' important", `<p>x</p>`, `@layer a { p { width: revert-layer !important } } @layer b { p { width: 2px !important } } p { width: 3px }`, Auto},
		{"important: not to its own layer's normal", `<p>x</p>`, `@layer a { p { width: 3px } p { width: revert-layer !important } }`, Auto},
		{"important: not to unlayered normal", `<p>x</p>`, `@layer a { p { width: revert-layer !important } } p { width: 4px }`, Auto},
		{"important: to the previous layer", `<p>x</p>`, `@layer a { p { width: 3px } } @layer b { p { width: 5px } p { width: revert-layer !important } }`, px(3)},
		{"important beats unlayered important, then rolls back", `<p>x</p>`, `@layer a { p { width: 1px } } @layer b { p { width: revert-layer !important } } p { width: 5px !important }`, px(1)},
		{"unlayered important to the layers", `<p>x</p>`, `@layer a { p { width: 2px } } p { width: revert-layer !important } p { width: 3px }`, px(2)},
		{"var() important", `<p>x</p>`, `@layer a { p { width: 3px } } @layer b { p { width: var(--none, revert-layer) !important } }`, px(3)},
		{"style attribute important keeps author important", `<p style="width: revert-layer !important">x</p>`, `p { width: 4px !important } p { width: 3px }`, px(4)},
		{"style attribute important to unlayered", `<p style="width: revert-layer !important">x</p>`, `@layer a { p { width: 2px } } p { width: 4px }`, px(4)},
		{"style attribute to unlayered", `<p style="width: revert-layer">x</p>`, `@layer a { p { width: 2px } } p { width: 4px }`, px(4)},
		// Presentational hints are a layer below the author's: revert-layer
		// rolls back to them, revert past them.
		{"revert-layer to hints", `<img width=44>`, `@layer { img { width: revert-layer } }`, px(44)},
		{"unlayered revert-layer to hints", `<img width=44>`, `img { width: revert-layer }`, px(44)},
		{"revert past hints", `<img width=44>`, `img { width: revert }`, Auto},
		{"var() revert past hints", `<img width=44>`, `img { width: var(--none, revert) }`, Auto},
		{"var() revert-layer to hints", `<img width=44>`, `@layer { img { width: var(--none, revert-layer) } }`, px(44)},
	}
	for _, tt := range tests {
		sel := "p"
		if tt.body[1] == 'i' {
			sel = "img"
		}
		s := styleOf(t, tt.body, tt.css, sel)
		if s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}

// TestRevertToUserAgent checks revert and revert-layer rolling back to
// the user-agent origin's values, and a user-agent revert being unset.
func TestRevertToUserAgent(t *testing.T) {
	tests := []struct {
		name, css string
		want      Length // p's margin-top
	}{
		{"revert", `p { margin-top: 3px } p { margin-top: revert }`, LengthOf(Int(16))},
		{"var() revert", `p { margin-top: 3px } p { margin-top: var(--none, revert) }`, LengthOf(Int(16))},
		{"revert-layer without layers", `p { margin-top: 3px; margin-top: revert-layer }`, LengthOf(Int(16))},
		{"var() revert-layer without layers", `p { margin-top: var(--none, revert-layer) }`, LengthOf(Int(16))},
		{"important revert", `p { margin-top: revert !important } p { margin-top: 3px }`, LengthOf(Int(16))},
	}
	for _, tt := range tests {
		s := styleOf(t, "<p>x</p>", tt.css, "p")
		if s.Margin[Top] != tt.want {
			t.Errorf("%s: margin-top %+v, want %+v", tt.name, s.Margin[Top], tt.want)
		}
	}
	ua := ParseStyleSheet(`p { color: red; color: revert }`, "about:ua-test", UserAgentOrigin)
	s := styleWithSheets(t, `<div style="color: blue"><p>x</p></div>`, "p", ua)
	if s.Color != (Color{0, 0, 255, 255}) {
		t.Errorf("user-agent revert: color %v, want unset (inherited blue)", s.Color)
	}
}

// TestRevertCustomProperties checks revert and revert-layer on custom
// properties, which roll back like any property and are otherwise
// inherited.
func TestRevertCustomProperties(t *testing.T) {
	tests := []struct {
		name, css string
		want      Length
	}{
		{"revert-layer", `@layer a { p { --w: 2px } } @layer b { p { --w: 5px; --w: revert-layer } } p { width: var(--w) }`, LengthOf(Int(2))},
		{"revert-layer chain", `@layer a { p { --w: 2px } } @layer b { p { --w: revert-layer } } p { --w: revert-layer; width: var(--w) }`, LengthOf(Int(2))},
		{"revert-layer to inherited", `div { --w: 7px } @layer a { p { --w: revert-layer } } p { width: var(--w, 1px) }`, LengthOf(Int(7))},
		{"revert-layer to none", `@layer a { p { --w: revert-layer } } p { width: var(--w, 1px) }`, LengthOf(Int(1))},
		{"revert to inherited", `div { --w: 7px } p { --w: 5px } p { --w: revert; width: var(--w, 1px) }`, LengthOf(Int(7))},
		{"important revert-layer", `@layer z, a, b; @layer z { p { --w: 6px } } @layer a { p { --w: revert-layer !important } } @layer b { p { --w: 3px !important } } p { --w: 4px; width: var(--w) }`, LengthOf(Int(6))},
		{"initial", `div { --w: 7px } p { --w: initial; width: var(--w, 1px) }`, LengthOf(Int(1))},
	}
	for _, tt := range tests {
		s := styleOf(t, "<div><p>x</p></div>", tt.css, "p")
		if s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}

// BenchmarkRevert measures the cascade of a page whose every element uses
// revert and revert-layer (all: revert, a CSS reset's display: revert, an
// important revert-layer through all).
func BenchmarkRevert(b *testing.B) {
	body := strings.Repeat(`<div class="c"><p>text <a href="#">link</a> <b>bold</b></p></div>`, 200)
	d := dom.ParseHTMLString("<!DOCTYPE html><body>"+body, "http://example.com/")
	for _, bc := range []struct{ name, css string }{
		{"reset", `* { all: unset; display: revert } div { color: blue }`},
		{"all-revert", `a { all: revert }`},
		{"all-revert-layer-important", `@layer a { p { width: 2px } } @layer b { .c, p { all: revert-layer !important } }`},
	} {
		sheets := []*StyleSheet{ParseStyleSheet(bc.css, "http://example.com/a.css", AuthorOrigin)}
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				Compute(d, sheets, testMedia)
			}
		})
	}
}
