package cssom

import (
	"strings"
	"testing"
)

// ruleSummary lists a sheet's style rules as "selectors{decl;decl}".
func ruleSummary(rules []Rule) string {
	var parts []string
	for _, r := range rules {
		switch r := r.(type) {
		case *StyleRule:
			var ds []string
			for _, d := range r.Declarations {
				ds = append(ds, d.String())
			}
			sum := r.Selectors.String() + "{" + strings.Join(ds, ";") + "}"
			if len(r.Rules) > 0 {
				sum += "[" + ruleSummary(r.Rules) + "]"
			}
			parts = append(parts, sum)
		case *MediaRule:
			parts = append(parts, "@media "+r.Query.Text+"["+ruleSummary(r.Rules)+"]")
		case *SupportsRule:
			parts = append(parts, "@supports "+r.Condition+"["+ruleSummary(r.Rules)+"]")
		case *LayerRule:
			parts = append(parts, "@layer "+r.Name+"["+ruleSummary(r.Rules)+"]")
		case *LayerStatementRule:
			parts = append(parts, "@layer "+strings.Join(r.Names, ","))
		}
	}
	return strings.Join(parts, " ")
}

// TestParseRecovery checks the error recovery of CSS Syntax 3: bad
// selectors drop their rule, bad declarations only themselves.
func TestParseRecovery(t *testing.T) {
	tests := []struct{ src, want string }{
		{"p { color: red }", "p{color: red}"},
		{"p { color: red; bogus: 1; width: 10px }", "p{color: red;width: 10px}"},
		{"p { color: red; width: ; height: 2px }", "p{color: red;height: 2px}"},
		{"p { color: red width: 10px; height: 2px }", "p{height: 2px}"},
		{"p { color: red } p:nope { color: blue } q { color: green }", "p{color: red} q{color: green}"},
		{"p, q:: { color: blue } a { color: green }", "a{color: green}"},
		{"p { color: red !important; width: 1px ! important }", "p{color: red !important;width: 1px !important}"},
		{"p { color: red !ie }", "p{}"},
		{"p { color: (red; } q { color: blue }", "p{}"},
		{"@unknown foo { p { color: red } } q { color: blue }", "q{color: blue}"},
		{"@unknown foo; q { color: blue }", "q{color: blue}"},
		{"@charset \"utf-8\"; p { color: red }", "p{color: red}"},
		{"@keyframes spin { from { width: 0 } to { width: 10px } } p { color: red }", "p{color: red}"},
		{"@page { margin: 1in } p { color: red }", "p{color: red}"},
		{"@namespace svg url(http://www.w3.org/2000/svg); p { color: red }", "p{color: red}"},
		{"@layer base { p { color: red } } @layer a, b;", "@layer base[p{color: red}] @layer a,b"},
		{"@layer { p { color: red } } @layer a.b.c; @layer 1x; @layer a b {} @layer inherit {} q {}", "@layer [p{color: red}] @layer a.b.c q{}"},
		{"<!-- p { color: red } -->", "p{color: red}"},
		{"p { color: red; .nested { color: blue } width: 1px }", "p{color: red}[:is(p) .nested{color: blue} :is(p){width: 1px}]"},
		{"p { color: red", "p{color: red}"},
		{"p { color: 'unterminated", "p{}"},
		{"} p { color: red }", ""}, // the "}" is part of the prelude: an invalid selector
		{"p { color: red } } q { color: blue }", "p{color: red}"},
		{"p { @media (x) { color: red } width: 1px } q { color: blue }", "p{}[@media (x)[:is(p){color: red}] :is(p){width: 1px}] q{color: blue}"},
		{"p { :hover { color: red } a:hover { color: blue } width: 1px } q { color: blue }", "p{}[:is(p) :hover{color: red} :is(p) a:hover{color: blue} :is(p){width: 1px}] q{color: blue}"},
		{"p { a: b { c } ; color: red } q { x }", "p{color: red} q{}"},
		{"p { b: [ } c: d } q { color: red }", "p{}"},
		{"p { *zoom: 1; color: red }", "p{color: red}"},
		{"@media screen { p { color: red } ; q { color: blue } }", "@media screen[p{color: red} q{color: blue}]"},
		{"<!-- p { color: red } --> <!-- q { color: blue } -->", "p{color: red} q{color: blue}"},
		{"p { COLOR: RED }", "p{color: RED}"},
		{"p{--x: { a b }; --Y:1px}", "p{--x: { a b };--Y: 1px}"},
		{"p { width: var(--w, 10px) }", "p{width: var(--w, 10px)}"},
		{"p { margin: 1px 2px 3px 4px 5px }", "p{}"},
		{"@media screen { p { color: red } @media (min-width: 1px) { q { color: blue } } }", "@media screen[p{color: red} @media (min-width:1px)[q{color: blue}]]"},
		{"@supports (display: grid) { p { display: grid } }", "@supports (display:grid)[p{display: grid}]"},
		{"@supports (((display: grid) { p { display: grid } } q { color: red }", ""},
	}
	for _, tt := range tests {
		s := ParseStyleSheet(tt.src, "http://x/", AuthorOrigin)
		if got := ruleSummary(s.Rules); got != tt.want {
			t.Errorf("%q\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestImports(t *testing.T) {
	s := ParseStyleSheet(`@charset "utf-8";
@import url("a.css");
@import 'b.css' screen and (min-width: 100px);
@import url(c.css) print;
@import "d.css" layer(base) supports(display: grid) screen;
@import "e.css" supports(display: nope);
@import "f.css" layer;
p { color: red }
@import "late.css";`, "http://example.com/css/main.css", AuthorOrigin)
	var got []string
	for _, imp := range s.Imports {
		got = append(got, imp.URL+"|"+imp.Media)
	}
	want := "http://example.com/css/a.css| http://example.com/css/b.css|screen and (min-width:100px) http://example.com/css/c.css|print" +
		" http://example.com/css/d.css|screen http://example.com/css/f.css|"
	if strings.Join(got, " ") != want {
		t.Errorf("imports = %q\nwant %q", strings.Join(got, " "), want)
	}
}

func TestImportCascade(t *testing.T) {
	d := "<p>x</p>"
	main := ParseStyleSheet(`@import "a.css"; @import "b.css" print; p { width: 1px }`, "http://x/main.css", AuthorOrigin)
	main.Imports[0].Sheet = ParseStyleSheet(`p { width: 5px; height: 5px }`, "http://x/a.css", AuthorOrigin)
	main.Imports[1].Sheet = ParseStyleSheet(`p { height: 9px }`, "http://x/b.css", AuthorOrigin)
	s := styleWithSheets(t, d, "p", main)
	if s.Width != LengthOf(Int(1)) || s.Height != LengthOf(Int(5)) {
		t.Errorf("width %v height %v, want 1px (main wins) and 5px (print import skipped)", s.Width, s.Height)
	}
}

func TestFontFace(t *testing.T) {
	s := ParseStyleSheet(`@font-face {
  font-family: "My Font";
  src: local(My Font), url(fonts/my.woff2) format("woff2"), url('fonts/my.ttf');
  font-weight: 100 900; font-style: italic; unicode-range: U+0000-00FF, U+0131;
}
@font-face { font-family: NoSrc }
@media print { @font-face { font-family: P; src: url(p.woff) } }`, "http://example.com/css/a.css", AuthorOrigin)
	if len(s.FontFaces) != 2 {
		t.Fatalf("got %d font faces, want 2", len(s.FontFaces))
	}
	ff := s.FontFaces[0]
	if ff.Family != "My Font" || ff.Weight != "100 900" || ff.Style != "italic" || ff.UnicodeRange != "U+0000-00FF,U+0131" {
		t.Errorf("descriptors: %+v", ff)
	}
	want := []FontSource{{Local: "My Font"}, {URL: "http://example.com/css/fonts/my.woff2", Format: "woff2"}, {URL: "http://example.com/css/fonts/my.ttf"}}
	if len(ff.Sources) != 3 || ff.Sources[0] != want[0] || ff.Sources[1] != want[1] || ff.Sources[2] != want[2] {
		t.Errorf("sources = %+v", ff.Sources)
	}
}

func TestRoundTrip(t *testing.T) {
	src := `@import url("x.css") screen;
a:hover > b.c[d="e" i], #f ~ g::before { color: rgb(1 2 3 / 50%) !important; margin: 0 auto; --v: calc( 1px + 2px ) }
@media (min-width: 600px) and (orientation: landscape), print {
  p { font: italic 12px/1.5 "A B", serif; background: url(i.png) no-repeat }
  @supports not (display: grid) { q { display: block } }
}
@font-face { font-family: F; src: url(f.woff2) format("woff2"), local(G) }
li:nth-child(2n+1 of .x) { width: calc(100% - 2 * 3px) }`
	s := ParseStyleSheet(src, "http://example.com/a.css", AuthorOrigin)
	out := s.String()
	s2 := ParseStyleSheet(out, "http://example.com/a.css", AuthorOrigin)
	if out2 := s2.String(); out2 != out {
		t.Errorf("round trip differs:\n%s\n---\n%s", out, out2)
	}
	if ruleSummary(s.Rules) != ruleSummary(s2.Rules) || len(s2.Imports) != 1 || len(s2.FontFaces) != 1 {
		t.Errorf("reparsed sheet differs:\n%s\n%s", ruleSummary(s.Rules), ruleSummary(s2.Rules))
	}
}

func TestParseDeclarationList(t *testing.T) {
	ds := ParseDeclarationList("color: red; ; bogus; width: 10px !important; --a: b", nil)
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	if strings.Join(got, "|") != "color: red|width: 10px !important|--a: b" {
		t.Errorf("got %q", got)
	}
}

func FuzzParseStyleSheet(f *testing.F) {
	for _, s := range []string{
		"p { color: red }", "@media (min-width: 1px) { a { b: c } }", "@import url(x) screen;",
		"a{width:calc(1px + (2 * 3%))}", "@supports (a:b) or (not (c:d)) {}", "p{font:12px/1 a,b}",
		"@font-face{font-family:x;src:url(a)format('woff')}", "p{--x:var(--x);width:var(--x)}",
		"p{background:url(a) red;border:1px solid}", ":is(a,b):not(c)::before{}",
		":root{--a:var(--b) var(--b) var(--b);--b:var(--c) var(--c) var(--c);--c:var(--d) var(--d)}p{width:var(--a)}",
		"p{flex:1 1 0%;background:url(a) right 3px top 4px/cover no-repeat}", "div:has(> p){content:attr(x)}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		s := ParseStyleSheet(src, "http://x/", AuthorOrigin)
		out := s.String()
		ParseStyleSheet(out, "http://x/", AuthorOrigin)
		d := "<div class=a id=b><p style='" + strings.ReplaceAll(src, "'", "") + "'>x</p></div>"
		styleWithSheets(t, d, "p", s)
	})
}
