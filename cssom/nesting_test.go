package cssom

import (
	"strings"
	"testing"
	"time"
)

// TestNesting checks CSS Nesting (https://www.w3.org/TR/css-nesting-1/).
func TestNesting(t *testing.T) {
	tests := []struct {
		name, body, css string
		want            Length
	}{
		{"descendant", `<div class=a><p>x</p></div>`, `.a { p { width: 1px } }`, LengthOf(Int(1))},
		{"descendant needs parent", `<div><p>x</p></div>`, `.a { p { width: 1px } }`, Auto},
		{"ampersand compound", `<p class=a>x</p>`, `p { &.a { width: 2px } }`, LengthOf(Int(2))},
		{"ampersand after", `<div class=b><p>x</p></div>`, `p { .b & { width: 3px } }`, LengthOf(Int(3))},
		{"relative child", `<div class=a><p>x</p></div>`, `.a { > p { width: 4px } }`, LengthOf(Int(4))},
		{"relative sibling", `<i class=a></i><p>x</p>`, `.a { + p { width: 5px } }`, LengthOf(Int(5))},
		{"list parent", `<div class=b><p>x</p></div>`, `.a, .b { & p { width: 6px } }`, LengthOf(Int(6))},
		{"deep", `<div class=a><section><p class=c>x</p></section></div>`, `.a { section { .c { width: 7px } } }`, LengthOf(Int(7))},
		{"nested media", `<p>x</p>`, `p { width: 1px; @media screen { width: 8px } }`, LengthOf(Int(8))},
		{"nested media not matching", `<p>x</p>`, `p { width: 1px; @media print { width: 8px } }`, LengthOf(Int(1))},
		{"nested supports", `<p>x</p>`, `p { @supports (display: grid) { & { width: 9px } } }`, LengthOf(Int(9))},
		{"trailing declarations stay in order", `<p class=a>x</p>`, `p { .x & { } width: 2px } p { width: 1px }`, LengthOf(Int(1))},
		{"nesting specificity is :is()", `<p id=i class=a>x</p>`, `#i, p { &.a { width: 1px } } p.a.a { width: 2px }`, LengthOf(Int(1))},
		{"invalid nested selector drops only it", `<p>x</p>`, `p { width: 3px; :nope { width: 1px } }`, LengthOf(Int(3))},
		{"top-level ampersand is :scope", `<p>x</p>`, `& p { width: 4px }`, LengthOf(Int(4))},
		{"nested layer", `<p>x</p>`, `p { @layer a { width: 1px } } @layer a { p { width: 2px } }`, LengthOf(Int(2))},
	}
	for _, tt := range tests {
		s := styleOf(t, tt.body, tt.css, "p")
		if s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}

func TestNestingRoundTrip(t *testing.T) {
	src := `.a { color: red; > p { width: 1px } &:hover { color: blue } @media (min-width: 1px) { width: 2px; .b { width: 3px } } height: 4px }`
	s := ParseStyleSheet(src, "http://x/", AuthorOrigin)
	out := s.String()
	s2 := ParseStyleSheet(out, "http://x/", AuthorOrigin)
	if out2 := s2.String(); out2 != out || ruleSummary(s.Rules) != ruleSummary(s2.Rules) {
		t.Errorf("round trip differs:\n%s\n---\n%s\n%s\n%s", out, out2, ruleSummary(s.Rules), ruleSummary(s2.Rules))
	}
	want := ".a{color: red}[:is(.a) > p{width: 1px} :is(.a):hover{color: blue} @media (min-width:1px)[:is(.a){width: 2px} :is(.a) .b{width: 3px}] :is(.a){height: 4px}]"
	if got := ruleSummary(s.Rules); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestNamespaces checks @namespace and namespace prefixes in selectors
// (https://www.w3.org/TR/css-namespaces-3/).
func TestNamespaces(t *testing.T) {
	body := `<p>x</p><svg><rect></rect><p></p></svg>`
	tests := []struct {
		name, css, sel string
		want           Length
	}{
		{"prefix", `@namespace svg url(http://www.w3.org/2000/svg); svg|rect { width: 1px }`, "rect", LengthOf(Int(1))},
		{"prefix excludes html", `@namespace svg url(http://www.w3.org/2000/svg); svg|p { width: 1px }`, "body > p", Auto},
		{"default namespace", `@namespace "http://www.w3.org/1999/xhtml"; p { width: 2px }`, "body > p", LengthOf(Int(2))},
		{"default namespace excludes svg", `@namespace "http://www.w3.org/1999/xhtml"; rect { width: 2px }`, "rect", Auto},
		{"default namespace without type", `@namespace "http://www.w3.org/2000/svg"; * { width: 3px }`, "body > p", Auto},
		{"any namespace", `@namespace "http://www.w3.org/1999/xhtml"; *|rect { width: 4px }`, "rect", LengthOf(Int(4))},
		{"undeclared prefix drops the rule", `@namespace svg url(http://www.w3.org/2000/svg); x|rect, rect { width: 5px }`, "rect", Auto},
		{"late @namespace is ignored", `p { color: red } @namespace svg url(http://www.w3.org/2000/svg); svg|rect { width: 1px }`, "rect", Auto},
	}
	for _, tt := range tests {
		s := styleOf(t, body, tt.css, tt.sel)
		if s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
	src := `@namespace url("http://www.w3.org/1999/xhtml"); @namespace svg "http://www.w3.org/2000/svg"; svg|rect, |p { color: red }`
	s := ParseStyleSheet(src, "http://x/", AuthorOrigin)
	out := s.String()
	if again := ParseStyleSheet(out, "http://x/", AuthorOrigin).String(); again != out || len(s.Rules) != 3 {
		t.Errorf("round trip:\n%s\n---\n%s", out, again)
	}
	imp := ParseStyleSheet(`@namespace svg "x"; @import "a.css";`, "http://x/", AuthorOrigin)
	if len(imp.Imports) != 0 {
		t.Error("@import after @namespace was kept")
	}
}

// TestNestingExplosion checks that selector lists nested in selector lists
// stay bounded (each level doubles the resolved text).
func TestNestingExplosion(t *testing.T) {
	src := strings.Repeat(".a, .b { ", 60) + "width: 1px" + strings.Repeat(" }", 60)
	done := make(chan *StyleSheet)
	go func() { done <- ParseStyleSheet(src, "http://x/", AuthorOrigin) }()
	select {
	case s := <-done:
		if len(s.Rules) != 1 {
			t.Errorf("got %d top-level rules", len(s.Rules))
		}
	case <-time.After(5 * time.Second):
		t.Fatal("nested selector lists take too long")
	}
}
