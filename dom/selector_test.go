package dom

import (
	"strings"
	"testing"
)

const selectorDoc = `<!DOCTYPE html><html><head><title>t</title></head><body>
<div id="main" class="a b" lang="en-US">
  <p class="x">one</p>
  <p class="y" data-v="foo bar">two</p>
  <ul><li>1</li><li class="odd">2</li><li>3</li><li>4</li><li>5</li></ul>
  <a href="/x" id="L">link</a><a name="n">anchor</a>
  <span></span><em>e</em>
  <input type="checkbox" checked><input disabled><button>b</button>
</div>
<section><h1 title="Hello World">h</h1><p>sp</p><p>sp2</p></section>
</body></html>`

func ids(nodes []*Node) string {
	var b []string
	for _, n := range nodes {
		s := n.Tag
		if id := n.ID(); id != "" {
			s += "#" + id
		}
		if c := n.AttrOr("class", ""); c != "" {
			s += "." + strings.ReplaceAll(c, " ", ".")
		}
		if n.Tag == "li" || n.Tag == "p" {
			s += "(" + n.TextContent() + ")"
		}
		b = append(b, s)
	}
	return strings.Join(b, " ")
}

func TestQuerySelectorAll(t *testing.T) {
	d := ParseHTMLString(selectorDoc, "http://x/")
	tests := []struct{ sel, want string }{
		{"p", "p.x(one) p.y(two) p(sp) p(sp2)"},
		{"P", "p.x(one) p.y(two) p(sp) p(sp2)"},
		{"div > p", "p.x(one) p.y(two)"},
		{"#main .x", "p.x(one)"},
		{".a.b", "div#main.a.b"},
		{".a.c", ""},
		{"li:nth-child(2n+1)", "li(1) li(3) li(5)"},
		{"li:nth-child(odd)", "li(1) li(3) li(5)"},
		{"li:nth-child(even)", "li.odd(2) li(4)"},
		{"li:nth-child(-n+2)", "li(1) li.odd(2)"},
		{"li:nth-last-child(1)", "li(5)"},
		{"li:nth-child(2n + 1 of :not(.odd))", "li(1) li(4)"},
		{"li:first-child, li:last-child", "li(1) li(5)"},
		{"h1 + p", "p(sp)"},
		{"h1 ~ p", "p(sp) p(sp2)"},
		{"p:first-of-type", "p.x(one) p(sp)"},
		{"p:last-of-type", "p.y(two) p(sp2)"},
		{"ul:only-of-type", "ul"},
		{"[data-v]", "p.y(two)"},
		{"[data-v=foo]", ""},
		{"[data-v~=bar]", "p.y(two)"},
		{"[data-v^=fo]", "p.y(two)"},
		{"[data-v$=ar]", "p.y(two)"},
		{"[data-v*='o b']", "p.y(two)"},
		{"[lang|=en]", "div#main.a.b"},
		{"[title='hello world' i]", "h1"},
		{"[title='hello world']", ""},
		{"[title='hello world' s]", ""},
		{"[DATA-V]", "p.y(two)"},
		{"input[type=CHECKBOX]", "input"},
		{"input[type=CHECKBOX s]", ""},
		{"p[data-v='FOO BAR']", ""},
		{"a:link", "a#L"},
		{"a:any-link", "a#L"},
		{"a:visited, a:hover", ""},
		{":checked", "input"},
		{":disabled", "input"},
		{"span:empty", "span"},
		{"p:not(.x, .y)", "p(sp) p(sp2)"},
		{":is(section, ul) > :first-child", "li(1) h1"},
		{":where(em, nope(), span, 1x)", "span em"},
		{"html:root", "html"},
		{"div:has(> ul > .odd)", "div#main.a.b"},
		{"div:has(> .odd)", ""},
		{"ul:has(li.odd)", "ul"},
		{"li:has(+ .odd)", "li(1)"},
		{"li:has(~ .odd)", "li(1)"},
		{"h1:has(~ p, > span)", "h1"},
		{":has(> em) > p", "p.x(one) p.y(two)"},
		{"section:has(h1 + p)", "section"},
		{"p:lang(en)", "p.x(one) p.y(two)"},
		{"p:lang(EN-us)", "p.x(one) p.y(two)"},
		{"p:lang(fr, \"en\")", "p.x(one) p.y(two)"},
		{"p:lang(e)", ""},
		{"h1:dir(ltr)", "h1"},
		{"h1:dir(rtl)", ""},
		{"*|p.x", "p.x(one)"},
		{"section p:only-child", ""},
		{"div p, section p", "p.x(one) p.y(two) p(sp) p(sp2)"},
		{"body > * > p.x", "p.x(one)"},
		{"div li:nth-of-type(3)", "li(3)"},
		{"em:nth-last-of-type(1)", "em"},
	}
	for _, tt := range tests {
		got, err := d.QuerySelectorAll(tt.sel)
		if err != nil {
			t.Errorf("%q: %v", tt.sel, err)
			continue
		}
		if g := ids(got); g != tt.want {
			t.Errorf("%q = %q, want %q", tt.sel, g, tt.want)
		}
	}
}

func TestSelectorErrors(t *testing.T) {
	bad := []string{"", " ", "p,", ",p", "p >", "> p", "p:nope", "p::nope", "#1a", "p::before span",
		"p::before.x", "[", "[a=]", "[a=b c]", ":not(", ":nth-child(foo)", ":nth-child(2n+)",
		":not(p::before)", "a!b", "p:nth-of-type(1 of p)", "..a", "p:has(:has(a))", "p:has()", "p:has(::before)", "p::before:first-child", "p::before::after", "p::before:is(.a)", "p::before:hover span", "a:first-letter:first-line", "a::before:after", ":not(:has(a))x", ":dir(up)", ":lang()", ":lang(1)", strings.Repeat(":not(", 100) + "p" + strings.Repeat(")", 100)}
	for _, s := range bad {
		if _, err := ParseSelectorList(s); err == nil {
			t.Errorf("ParseSelectorList(%q) succeeded, want error", s)
		}
	}
}

func TestSpecificity(t *testing.T) {
	tests := []struct {
		sel  string
		want Specificity
	}{
		{"*", Specificity{0, 0, 0}},
		{"li", Specificity{0, 0, 1}},
		{"ul li", Specificity{0, 0, 2}},
		{"ul ol+li", Specificity{0, 0, 3}},
		{"h1 + *[rel=up]", Specificity{0, 1, 1}},
		{"ul ol li.red", Specificity{0, 1, 3}},
		{"li.red.level", Specificity{0, 2, 1}},
		{"#x34y", Specificity{1, 0, 0}},
		{"#s12:not(FOO)", Specificity{1, 0, 1}},
		{".foo :is(.bar, #baz)", Specificity{1, 1, 0}},
		{":where(#a, .b) p", Specificity{0, 0, 1}},
		{"p::before", Specificity{0, 0, 2}},
		{"p:before", Specificity{0, 0, 2}},
		{":nth-child(2n of .a, #b)", Specificity{1, 1, 0}},
		{"a:hover", Specificity{0, 1, 1}},
		{"a:has(> #b, .c)", Specificity{1, 0, 1}},
	}
	for _, tt := range tests {
		l, err := ParseSelectorList(tt.sel)
		if err != nil {
			t.Errorf("%q: %v", tt.sel, err)
			continue
		}
		if got := l[0].Specificity(); got != tt.want {
			t.Errorf("%q specificity = %v, want %v", tt.sel, got, tt.want)
		}
	}
}

func TestSelectorRoundTrip(t *testing.T) {
	for _, s := range []string{"p", "div > p.x#y[a=\"b\" i]", "a:not(.b, c) ~ d + e", "li:nth-child(2n+1 of .a)",
		"p::before", "*", "[x$=\"\\\"q\"]", ":lang(en, \"fr\"):dir(rtl)", "[type=a s]", "a:has(> b, + c d, ~ e)", ".\\31 23", "a:is(b, c):where(d)"} {
		l, err := ParseSelectorList(s)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		out := l.String()
		l2, err := ParseSelectorList(out)
		if err != nil {
			t.Fatalf("reparse %q (from %q): %v", out, s, err)
		}
		if l2.String() != out {
			t.Errorf("round trip %q: %q then %q", s, out, l2.String())
		}
	}
}

// TestSelectorSerialization checks the CSSOM serialization
// (https://drafts.csswg.org/cssom/#serializing-selectors), which Chromium's
// selectorText follows: An+B per CSS Syntax 3 §6.2, an implied "*" left out,
// :lang() ranges as identifiers; and the compatibility forms Chromium
// accepts (::-webkit-*, user-action states after a pseudo-element).
func TestSelectorSerialization(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"tr:nth-child(2n)", "tr:nth-child(2n)"},
		{"li:nth-of-type(2)", "li:nth-of-type(2)"},
		{"li:nth-child(odd)", "li:nth-child(2n+1)"},
		{"li:nth-child(-n+3)", "li:nth-child(-n+3)"},
		{"li:nth-child(n-1)", "li:nth-child(n-1)"},
		{"*, ::after, ::before", "*, ::after, ::before"},
		{"li :not(:last-child) ::after", "li :not(:last-child) ::after"},
		{"a:lang(en)", "a:lang(en)"},
		{"a:lang(\"1x\")", "a:lang(\"1x\")"},
		{"input::-webkit-input-placeholder", "input::-webkit-input-placeholder"},
		{"[type=file]::file-selector-button:is(:hover, :active)", "[type=\"file\"]::file-selector-button:is(:hover, :active)"},
		{"p::before:hover", "p::before:hover"},
	} {
		l, err := ParseSelectorList(tt.in)
		if err != nil {
			t.Errorf("%q: %v", tt.in, err)
			continue
		}
		if got := l.String(); got != tt.want {
			t.Errorf("%q serializes as %q, want %q", tt.in, got, tt.want)
		}
	}
	// A state after a pseudo-element is never the plain pseudo-element.
	l, _ := ParseSelectorList("p::before:hover")
	if got := l[0].PseudoElement(); got == "before" {
		t.Errorf("p::before:hover applies as ::before")
	}
	if got := l[0].Specificity(); got != (Specificity{0, 1, 2}) {
		t.Errorf("p::before:hover specificity %v", got)
	}
}

func TestPseudoElement(t *testing.T) {
	for sel, want := range map[string]string{"p::before": "before", "p:after": "after", "::marker": "marker", "p": "", "p::first-line": "first-line"} {
		l, err := ParseSelectorList(sel)
		if err != nil {
			t.Fatal(err)
		}
		if got := l[0].PseudoElement(); got != want {
			t.Errorf("%q: %q, want %q", sel, got, want)
		}
	}
}

func TestQuirksAndXML(t *testing.T) {
	q := ParseHTMLString(`<p id="Foo" class="Bar">x</p>`, "")
	if !q.Quirks {
		t.Fatal("expected quirks mode")
	}
	for _, s := range []string{"#foo", ".bar", "P"} {
		if n, _ := q.QuerySelector(s); n == nil {
			t.Errorf("quirks: %q did not match", s)
		}
	}
	std := ParseHTMLString(`<!DOCTYPE html><p id="Foo" class="Bar">x</p>`, "")
	for _, s := range []string{"#foo", ".bar"} {
		if n, _ := std.QuerySelector(s); n != nil {
			t.Errorf("no-quirks: %q matched", s)
		}
	}
	x, err := ParseXML(strings.NewReader(`<html xmlns="http://www.w3.org/1999/xhtml"><body><P/><p/></body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := x.QuerySelectorAll("p")
	if len(got) != 1 || got[0].Tag != "p" {
		t.Errorf("XML: p matched %d elements", len(got))
	}
}

func TestClosestMatches(t *testing.T) {
	d := ParseHTMLString(selectorDoc, "")
	li, _ := d.QuerySelector("li.odd")
	if ok, _ := li.Matches("ul > li"); !ok {
		t.Error("Matches(ul > li) = false")
	}
	c, _ := li.Closest("div")
	if c == nil || c.ID() != "main" {
		t.Errorf("Closest(div) = %v", c)
	}
	if _, err := li.Closest("::"); err == nil {
		t.Error("Closest(::) did not fail")
	}
}

func TestDeepDescendantIsLinear(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		b.WriteString("<div>")
	}
	d := ParseHTMLString(b.String(), "")
	// Without the matching-result pruning this is exponential.
	n, err := d.QuerySelectorAll("div div div div div div div div div div span")
	if err != nil || len(n) != 0 {
		t.Fatalf("got %d, %v", len(n), err)
	}
}

func FuzzParseSelectorList(f *testing.F) {
	for _, s := range []string{"a > b", ":nth-child(2n+1 of .x)", "[a|='b' i]", "\\31 a", ":is(:not(a))"} {
		f.Add(s)
	}
	d := ParseHTMLString(selectorDoc, "")
	f.Fuzz(func(t *testing.T, s string) {
		l, err := ParseSelectorList(s)
		if err != nil {
			return
		}
		d.Root.Walk(func(n *Node) bool { l.Match(n); return true })
		if _, err := ParseSelectorList(l.String()); err != nil {
			t.Errorf("%q serialized as %q which does not parse: %v", s, l.String(), err)
		}
	})
}

// TestMatchCacheAgrees checks that cached and uncached matching agree on
// every element for the structural pseudo-classes.
func TestMatchCacheAgrees(t *testing.T) {
	d := ParseHTMLString(selectorDoc, "")
	mc := new(MatchCache)
	for _, sel := range []string{"li:nth-child(2n+1)", "li:nth-last-child(-n+2)", "p:nth-of-type(2)", "p:nth-last-of-type(1)",
		":first-of-type", ":last-of-type", ":only-of-type", "li:nth-child(odd of :not(.odd))", "*:nth-child(3)",
		".odd ~ li", "li ~ li", "p ~ *", "ul ~ a", "h1 ~ p", "li.odd ~ :nth-child(5)", "div .x ~ p"} {
		l, err := ParseSelectorList(sel)
		if err != nil {
			t.Fatal(err)
		}
		d.Root.Walk(func(n *Node) bool {
			if n.Type == ElementNode && l.Match(n) != l.MatchCached(n, mc) {
				t.Errorf("%s on <%s>: cached and uncached results differ", sel, n.Tag)
			}
			return true
		})
	}
}

func TestSelectorNamespaces(t *testing.T) {
	d := ParseHTMLString(`<p>x</p><svg><rect class=a></rect><a></a></svg>`, "")
	ns := &Namespaces{Default: HTMLNamespace, Prefixes: map[string]string{"svg": "http://www.w3.org/2000/svg"}}
	tests := []struct{ sel, str string }{
		{"svg|rect", "svg|rect"},
		{"svg|*.a", "svg|*.a"},
		{"*|a", "*|a"},
		{"|p", "|p"},
		{"a", "a"},
	}
	count := map[string]int{"svg|rect": 1, "svg|*.a": 1, "*|a": 1, "|p": 0, "a": 0}
	for _, tt := range tests {
		l, err := ParseSelectorListNS(tt.sel, ns)
		if err != nil {
			t.Fatalf("%s: %v", tt.sel, err)
		}
		if l.String() != tt.str {
			t.Errorf("%s serializes as %q", tt.sel, l.String())
		}
		n := 0
		d.Root.Walk(func(el *Node) bool {
			if el.Type == ElementNode && l.Match(el) {
				n++
			}
			return true
		})
		if n != count[tt.sel] {
			t.Errorf("%s matches %d elements, want %d", tt.sel, n, count[tt.sel])
		}
	}
	if _, err := ParseSelectorListNS("x|p", ns); err == nil {
		t.Error("undeclared prefix accepted")
	}
	// querySelector has no namespaces: a prefix is a SyntaxError there,
	// while *| and | need no declaration.
	if _, err := ParseSelectorList("x|p"); err == nil {
		t.Error("prefix without namespaces accepted")
	}
	for _, sel := range []string{"*|p", "|p", "[*|x]", "[|x]"} {
		if _, err := ParseSelectorList(sel); err != nil {
			t.Errorf("%s without namespaces: %v", sel, err)
		}
	}
}
