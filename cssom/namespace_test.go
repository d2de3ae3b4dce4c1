package cssom

import (
	"errors"
	"testing"
)

// TestNamespaceRules checks @namespace parsing
// (https://www.w3.org/TR/css-namespaces-3/#syntax): which rules are kept,
// their prefix and URI, and their cssText.
func TestNamespaceRules(t *testing.T) {
	tests := []struct {
		name, css string
		want      []string // the RuleText of each kept @namespace rule
	}{
		{"url with prefix", `@namespace svg url(http://www.w3.org/2000/svg);`, []string{`@namespace svg url("http://www.w3.org/2000/svg");`}},
		{"string default", `@namespace "http://www.w3.org/1999/xhtml";`, []string{`@namespace url("http://www.w3.org/1999/xhtml");`}},
		{"quoted url", `@namespace x url("urn:x");`, []string{`@namespace x url("urn:x");`}},
		{"after @import and @charset", `@charset "utf-8"; @import "a.css"; @namespace x "urn:x";`, []string{`@namespace x url("urn:x");`}},
		{"several", `@namespace a "urn:a"; @namespace b "urn:b";`, []string{`@namespace a url("urn:a");`, `@namespace b url("urn:b");`}},
		{"after a style rule: ignored", `p { color: red } @namespace x "urn:x";`, nil},
		{"after @media: ignored", `@media print {} @namespace x "urn:x";`, nil},
		{"two prefixes: invalid", `@namespace a b "urn:x";`, nil},
		{"no URI: invalid", `@namespace a;`, nil},
		{"number prefix: invalid", `@namespace 1 "urn:x";`, nil},
	}
	for _, tt := range tests {
		s := ParseStyleSheet(tt.css, "http://x/", AuthorOrigin)
		var got []string
		for _, r := range s.Rules {
			if nr, ok := r.(*NamespaceRule); ok {
				got = append(got, RuleText(nr))
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: kept %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %q, want %q", tt.name, got[i], tt.want[i])
			}
		}
	}
	s := ParseStyleSheet(`@namespace svg url(http://www.w3.org/2000/svg);`, "http://x/", AuthorOrigin)
	if nr := s.CSSRules()[0].(*NamespaceRule); nr.Prefix != "svg" || nr.URI != "http://www.w3.org/2000/svg" {
		t.Errorf("prefix %q, namespaceURI %q", nr.Prefix, nr.URI)
	}
}

// TestNamespaceSelectors checks the selectors of a sheet with @namespace
// against HTML, inline SVG and MathML elements: prefixes, the default
// namespace, attribute prefixes, and rules dropped for an undeclared
// prefix.
func TestNamespaceSelectors(t *testing.T) {
	body := `<a id=h href=#>x</a><svg><a id=s xlink:href="#"><title id=st>t</title></a></svg><math><mi id=m>x</mi></math>`
	ns := `@namespace svg url(http://www.w3.org/2000/svg); @namespace m "http://www.w3.org/1998/Math/MathML"; @namespace xl "http://www.w3.org/1999/xlink"; `
	tests := []struct {
		name, css, sel string
		want           Length
	}{
		{"svg prefix", ns + `svg|a { width: 1px }`, "#s", LengthOf(Int(1))},
		{"svg prefix not html", ns + `svg|a { width: 1px }`, "#h", Auto},
		{"mathml prefix", ns + `m|mi { width: 2px }`, "#m", LengthOf(Int(2))},
		{"no prefix: any namespace", ns + `a { width: 3px }`, "#s", LengthOf(Int(3))},
		{"attribute prefix", ns + `[xl|href] { width: 4px }`, "#s", LengthOf(Int(4))},
		{"attribute prefix not plain", ns + `[xl|href] { width: 4px }`, "#h", Auto},
		{"any-namespace attribute", ns + `[*|href] { width: 5px }`, "#s", LengthOf(Int(5))},
		{"undeclared prefix drops the rule", ns + `q|a, a { width: 6px }`, "#h", Auto},
		{"undeclared attribute prefix drops the rule", ns + `[q|href], a { width: 6px }`, "#h", Auto},
		{"prefix without @namespace drops the rule", `svg|a, a { width: 6px }`, "#s", Auto},
		{"@namespace after a rule is ignored", `p {} @namespace svg url(http://www.w3.org/2000/svg); svg|a { width: 7px }`, "#s", Auto},
		{"default namespace in :not()", `@namespace svg url(http://www.w3.org/2000/svg); @namespace url(http://www.w3.org/2000/svg); *|a:not(.c) { width: 8px }`, "#h", LengthOf(Int(8))},
	}
	for _, tt := range tests {
		if s := styleOf(t, body, tt.css, tt.sel); s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}

// TestUserAgentSheetHTMLOnly checks that the user agent sheet, in the HTML
// namespace, styles HTML elements only: an SVG <a> gets no link color and
// an SVG <title> is not display: none.
func TestUserAgentSheetHTMLOnly(t *testing.T) {
	body := `<a id=h href=#>x</a><svg><a id=s href="#"><title id=st>t</title></a></svg><math><mi id=m>x</mi><p id=mp></p></math>`
	if s := styleOf(t, body, ``, "#h"); s.Color != (Color{0, 0, 0xEE, 255}) {
		t.Errorf("html a: color %v, want the link color", s.Color)
	}
	if s := styleOf(t, body, ``, "#s"); s.Color != Black {
		t.Errorf("svg a: color %v, want black", s.Color)
	}
	if s := styleOf(t, body, ``, "#st"); s.Display == DisplayNone {
		t.Error("svg title: display none from the HTML title rule")
	}
	if s := styleOf(t, body, ``, "body"); s.Display != DisplayBlock || s.Margin[Top] != LengthOf(Int(8)) {
		t.Errorf("body: display %v, margin-top %v", s.Display, s.Margin[Top])
	}
}

// TestInsertNamespaceRule checks insertRule and deleteRule with @namespace
// (https://drafts.csswg.org/cssom/#insert-a-css-rule): an @namespace goes
// only into a list of @import and @namespace rules, nothing goes before
// one, and inserted rules use the sheet's prefixes.
func TestInsertNamespaceRule(t *testing.T) {
	s := ParseStyleSheet(`@import "a.css";`, "http://x/", AuthorOrigin)
	if _, err := s.InsertRule(`@namespace svg url(http://www.w3.org/2000/svg)`, 1); err != nil {
		t.Fatalf("insert @namespace: %v", err)
	}
	if _, err := s.InsertRule(`svg|rect { width: 1px }`, 2); err != nil {
		t.Fatalf("insert a rule with a declared prefix: %v", err)
	}
	if _, err := s.InsertRule(`x|rect { width: 1px }`, 3); !errors.Is(err, ErrSyntax) {
		t.Errorf("insert a rule with an undeclared prefix: %v, want SyntaxError", err)
	}
	if _, err := s.InsertRule(`p { width: 1px }`, 1); !errors.Is(err, ErrHierarchyRequest) {
		t.Errorf("insert before @namespace: %v, want HierarchyRequestError", err)
	}
	if _, err := s.InsertRule(`@namespace m "urn:m"`, 2); !errors.Is(err, ErrInvalidState) {
		t.Errorf("insert @namespace among other rules: %v, want InvalidStateError", err)
	}
	if err := s.DeleteRule(1); !errors.Is(err, ErrInvalidState) {
		t.Errorf("delete @namespace among other rules: %v, want InvalidStateError", err)
	}
	if err := s.DeleteRule(2); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRule(1); err != nil {
		t.Errorf("delete the last @namespace: %v", err)
	}
	if got := len(s.CSSRules()); got != 1 {
		t.Errorf("%d rules left, want 1", got)
	}
}
