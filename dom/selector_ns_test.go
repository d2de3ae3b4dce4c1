package dom

import (
	"errors"
	"strings"
	"testing"
)

// TestAttributeNamespaces checks namespace prefixes on attribute selectors
// (https://www.w3.org/TR/selectors-4/#attrnmsp) over the HTML parser's
// foreign attributes and an XML document's namespaced attributes.
func TestAttributeNamespaces(t *testing.T) {
	html := ParseHTMLString(`<p title=t>x</p><svg><a xlink:href="#h" id=a></a><use href="#u" id=u></use></svg>`, "")
	xml, err := ParseXML(strings.NewReader(`<r xmlns="http://www.w3.org/1999/xhtml" xmlns:x="urn:x"><p x:k="v" id="xp"/><p k="w" id="np"/></r>`), "")
	if err != nil {
		t.Fatal(err)
	}
	ns := &Namespaces{Prefixes: map[string]string{"xl": "http://www.w3.org/1999/xlink", "x": "urn:x"}}
	tests := []struct {
		doc   *Document
		sel   string
		str   string
		match string // the IDs matched, in document order
	}{
		{html, "[xl|href]", "[xl|href]", "a"},
		{html, "[*|href]", "[*|href]", "a u"},
		{html, "[|href]", "[|href]", "u"},
		{html, "[href]", "[href]", "u"},
		{html, `[xl|href="#h"]`, `[xl|href="#h"]`, "a"},
		{html, `[*|href="#u"]`, `[*|href="#u"]`, "u"},
		{xml, "[x|k]", "[x|k]", "xp"},
		{xml, "[k]", "[k]", "np"},
		{xml, "[*|k]", "[*|k]", "xp np"},
		{xml, `[*|k=w]`, `[*|k="w"]`, "np"},
	}
	for _, tt := range tests {
		l, err := ParseSelectorListNS(tt.sel, ns)
		if err != nil {
			t.Errorf("%s: %v", tt.sel, err)
			continue
		}
		if got := l.String(); got != tt.str {
			t.Errorf("%s serializes as %q, want %q", tt.sel, got, tt.str)
		}
		got := ""
		tt.doc.Root.Walk(func(el *Node) bool {
			if el.Type == ElementNode && l.Match(el) {
				if got != "" {
					got += " "
				}
				got += el.AttrOr("id", "?")
			}
			return true
		})
		if got != tt.match {
			t.Errorf("%s matches %q, want %q", tt.sel, got, tt.match)
		}
	}
	for _, bad := range []string{"[y|href]", "[xl|]", "[xl|href"} {
		if _, err := ParseSelectorListNS(bad, ns); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
	if _, err := ParseSelectorList("[xl|href]"); err == nil {
		t.Error("[xl|href] accepted without namespaces")
	}
}

// TestDefaultNamespaceInLogical checks that the default namespace does not
// apply to the subject of a selector in :is(), :where() and :not() without
// a type or universal selector (https://www.w3.org/TR/selectors-4/#matches),
// and still applies outside them and with an explicit type.
func TestDefaultNamespaceInLogical(t *testing.T) {
	d := ParseHTMLString(`<p class=c id=p>x</p><svg id=s><rect class=c id=r></rect></svg>`, "")
	ns := &Namespaces{Default: SVGNamespace}
	tests := []struct{ sel, match string }{
		{".c", "r"},
		{"*|*:is(.c)", "p r"},
		{"*|*:not(.c)", "s"},
		{"*|*:not(*.c)", "p s"}, // *.c is svg|*.c, which p is not
		{"*|p:not(*)", "p"},
		{"*|*:where(rect)", "r"},
		{":is(.c)", "r"}, // the outer compound keeps the default namespace
	}
	for _, tt := range tests {
		l, err := ParseSelectorListNS(tt.sel, ns)
		if err != nil {
			t.Errorf("%s: %v", tt.sel, err)
			continue
		}
		got := ""
		d.Root.Walk(func(el *Node) bool {
			if el.Type == ElementNode && el.AttrOr("id", "") != "" && l.Match(el) {
				if got != "" {
					got += " "
				}
				got += el.AttrOr("id", "")
			}
			return true
		})
		if got != tt.match {
			t.Errorf("%s matches %q, want %q", tt.sel, got, tt.match)
		}
	}
}

// TestQuerySelectorPrefix checks that querySelector, which has no
// namespace declarations, rejects a namespace prefix (browsers throw a
// SyntaxError) and accepts *| and |.
func TestQuerySelectorPrefix(t *testing.T) {
	d := ParseHTMLString(`<p>x</p><svg><rect id=r></rect></svg>`, "")
	if _, err := d.QuerySelector("svg|rect"); !errors.Is(err, ErrSelector) {
		t.Errorf("svg|rect: %v, want a selector error", err)
	}
	if n, err := d.QuerySelector("*|rect"); err != nil || n == nil || n.ID() != "r" {
		t.Errorf("*|rect: %v, %v", n, err)
	}
	if n, err := d.QuerySelector("|rect"); err != nil || n != nil {
		t.Errorf("|rect: %v, %v (the rect is in the SVG namespace)", n, err)
	}
}
