package cssom

import (
	"strconv"
	"strings"
	"testing"

	"github.com/paneweb/pane/dom"
)

// generated returns the resolved ::before and ::after text of the
// elements matching sel, in document order, joined by "|".
func generated(t *testing.T, body, css, sel string) string {
	t.Helper()
	d := dom.ParseHTMLString("<!doctype html><body>"+body, "http://x/")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(css, "http://x/a.css", AuthorOrigin)}, testMedia)
	els, err := d.QuerySelectorAll(sel)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, el := range els {
		var b strings.Builder
		for _, name := range []string{"before", "after"} {
			if ps := st.Pseudo(el, name); ps != nil {
				for _, it := range ps.Content {
					if it.Kind != ContentString {
						t.Errorf("unresolved content item %+v", it)
					}
					b.WriteString(it.Value)
				}
			}
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "|")
}

func TestCounters(t *testing.T) {
	tests := []struct {
		name, body, css, sel, want string
	}{
		{"increment", `<h2></h2><h2></h2><h2></h2>`, `body { counter-reset: s } h2::before { counter-increment: s; content: counter(s) ". " }`, "h2", "1. |2. |3. "},
		{"implicit counter", `<h2></h2><h2></h2>`, `h2 { counter-increment: s 5 } h2::before { content: counter(s) }`, "h2", "5|10"},
		{"styles", `<p></p><p></p><p></p><p></p>`, `p { counter-increment: c 3 } p::before { content: counter(c, upper-roman) counter(c, lower-alpha) counter(c, decimal-leading-zero) counter(c, none) }`, "p", "IIIc03|VIf06|IXi09|XIIl12"},
		{"nested counters()", `<ol><li>a<ol><li>b</li><li>c</li></ol></li><li>d</li></ol>`,
			`ol { counter-reset: item } li { display: block; counter-increment: item } li::before { content: counters(item, ".") " " }`, "li", "1 |1.1 |1.2 |2 "},
		{"sibling reset replaces", `<div><h1></h1><p></p><h1></h1><p></p></div>`, `h1 { counter-reset: p } p { counter-increment: p } p::before { content: counters(p, "-") }`, "p", "1|1"},
		{"scope ends with parent", `<div><i></i><p></p></div><p></p>`, `i { counter-reset: x 7 } p::before { content: counter(x) }`, "p", "7|0"},
		{"set", `<p></p><p></p><p></p>`, `p { counter-increment: n } p:nth-child(2) { counter-set: n 10 } p::before { content: counter(n) }`, "p", "1|10|11"},
		{"list-item", `<ol><li></li><li></li></ol><ol start=5><li></li><li value=9></li><li></li></ol>`, `li::before { content: counter(list-item) }`, "li", "1|2|5|9|10"},
		{"display none skips", `<p></p><p style="display:none"></p><p></p>`, `p { counter-increment: n } p::before { content: counter(n) }`, "p", "1||2"},
		{"after counts after children", `<div><p></p><p></p></div>`, `div::after { content: counter(n) } p { counter-increment: n } div { counter-reset: n }`, "div", "2"},
		{"quotes", `<q>a<q>b</q></q>`, `q::before { content: open-quote } q::after { content: close-quote }`, "q", "\u201c\u201d|\u2018\u2019"},
		{"custom quotes", `<q>a<q>b<q>c</q></q></q>`, `q { quotes: "<" ">" "[" "]" }`, "q", "<>|[]|[]"},
		{"quotes none", `<q>a</q>`, `q { quotes: none }`, "q", ""},
		{"close at depth 0", `<p></p>`, `p::before { content: close-quote "x" no-open-quote } p::after { content: close-quote }`, "p", "x\u201d"},
		// Reversed counters (https://www.w3.org/TR/css-lists-3/#instantiating-counters).
		{"ol reversed", `<ol reversed><li></li><li></li><li></li></ol>`, `li::before { content: counter(list-item) }`, "li", "3|2|1"},
		{"ol reversed start", `<ol reversed start=10><li></li><li></li></ol>`, `li::before { content: counter(list-item) }`, "li", "10|9"},
		{"ol reversed value", `<ol reversed><li></li><li value=7></li><li></li></ol>`, `li::before { content: counter(list-item) }`, "li", "8|7|6"},
		{"reversed foo", `<div><p></p><p></p><p></p><p></p></div>`, `div { counter-reset: reversed(x) } p { counter-increment: x -1 } p::before { content: counter(x) }`, "p", "4|3|2|1"},
		{"reversed last increment", `<ol reversed><li style="counter-increment: list-item -3"></li><li style="counter-increment: list-item -1"></li><li style="counter-increment: list-item -8"></li></ol>`,
			`li::before { content: counter(list-item) }`, "li", "17|16|8"},
		{"reversed set stops", `<ol reversed><li style="counter-increment: list-item -2"></li><li style="counter-increment: list-item -2"></li><li style="counter-set: list-item 5"></li><li style="counter-increment: list-item -2"></li></ol>`,
			`li::before { content: counter(list-item) }`, "li", "8|6|5|3"},
		{"reversed with value", `<div><p></p><p></p></div>`, `div { counter-reset: reversed(x) 5 } p { counter-increment: x -1 } p::before { content: counter(x) }`, "p", "4|3"},
		{"reversed nested", `<ol reversed><li></li><li><ol reversed><li></li><li></li><li></li></ol></li></ol>`, `li::before { content: counters(list-item, ".") }`, "li", "2|1|1.3|1.2|1.1"},
		{"reversed no items", `<ol reversed></ol><ol><li></li></ol>`, `li::before { content: counter(list-item) }`, "li", "1"},
	}
	for _, tt := range tests {
		if got := generated(t, tt.body, tt.css, tt.sel); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCounterParsing(t *testing.T) {
	tests := []struct{ src, want string }{
		{"p { counter-reset: a b 2 c -1 }", "p{counter-reset: a b 2 c -1}"},
		{"p { counter-increment: none }", "p{counter-increment: none}"},
		{"p { counter-reset: none a }", "p{}"},
		{"p { counter-reset: a 1.5 }", "p{}"},
		{"p { counter-reset: reversed(a) b reversed(c) -3 }", "p{counter-reset: reversed(a) b reversed(c) -3}"},
		{"p { counter-increment: reversed(a) }", "p{}"},
		{"p { counter-set: reversed(a) 1 }", "p{}"},
		{"p { counter-reset: reversed(none) }", "p{}"},
		{"p { counter-reset: reversed(a b) }", "p{}"},
		{"p { counter-set: inherit 1 }", "p{}"},
		{"p { quotes: '<' '>' }", "p{quotes: '<' '>'}"},
		{"p { quotes: '<' }", "p{}"},
		{"p::before { content: counter(a) counters(a, '.', lower-roman) }", "p::before{content: counter(a) counters(a, '.', lower-roman)}"},
		{"p::before { content: counters(a) }", "p::before{}"},
		{"p::before { content: counter(a, '.') }", "p::before{}"},
	}
	for _, tt := range tests {
		s := ParseStyleSheet(tt.src, "http://x/", AuthorOrigin)
		if got := ruleSummary(s.Rules); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestPageStateCascade checks that :hover and :focus rules follow the
// state set on the DOM (dom.Node.SetState).
func TestPageStateCascade(t *testing.T) {
	d := dom.ParseHTMLString(`<!doctype html><div><a href=#>x</a></div><input>`, "http://x/")
	sheet := ParseStyleSheet(`a { width: 1px } div:hover a { width: 2px } input:focus { width: 3px }`, "http://x/a.css", AuthorOrigin)
	a, _ := d.QuerySelector("a")
	in, _ := d.QuerySelector("input")
	if w := Compute(d, []*StyleSheet{sheet}, testMedia).Of(a).Width; w != LengthOf(Int(1)) {
		t.Errorf("before hover: %v", w)
	}
	a.SetState(dom.StateHover, true)
	in.SetState(dom.StateFocus, true)
	st := Compute(d, []*StyleSheet{sheet}, testMedia)
	if w := st.Of(a).Width; w != LengthOf(Int(2)) {
		t.Errorf("hovered: %v", w)
	}
	if w := st.Of(in).Width; w != LengthOf(Int(3)) {
		t.Errorf("focused: %v", w)
	}
}

// TestReversedRestyle checks that Restyle counts an <ol reversed> again,
// the initial value too, when an item is added or the list's start
// changes.
func TestReversedRestyle(t *testing.T) {
	d := dom.ParseHTMLString(`<!doctype html><body><ol reversed id=o><li>a</li><li>b</li></ol>`, "http://x/")
	values := func(st *Styles) string {
		els, _ := d.QuerySelectorAll("li")
		var out []string
		for _, el := range els {
			n, _ := st.ListItemValue(el)
			out = append(out, strconv.Itoa(n))
		}
		return strings.Join(out, " ")
	}
	st, _ := Restyle(d, nil, nil, testMedia)
	if got := values(st); got != "2 1" {
		t.Fatalf("values %q, want 2 1", got)
	}
	d.Root.ClearDirty()
	ol, _ := d.QuerySelector("#o")
	if _, err := ol.AppendChild(d.CreateElement("li")); err != nil {
		t.Fatal(err)
	}
	st, _ = Restyle(d, st, nil, testMedia)
	if got := values(st); got != "3 2 1" {
		t.Errorf("after appending: %q, want 3 2 1", got)
	}
	d.Root.ClearDirty()
	ol.SetAttr("start", "7")
	st, _ = Restyle(d, st, nil, testMedia)
	if got := values(st); got != "7 6 5" {
		t.Errorf("after start=7: %q, want 7 6 5", got)
	}
}

func TestCounterResetComputedText(t *testing.T) {
	s := decl(t, "counter-reset: reversed(a) b 2 reversed(c) -3")
	if got, _ := s.ComputedValue("counter-reset"); got != "reversed(a) b 2 reversed(c) -3" {
		t.Errorf("counter-reset = %q", got)
	}
}
