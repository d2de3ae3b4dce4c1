package cssom

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/dom"
)

// sameAsCompute fails the test unless got holds, for every element of d,
// the styles Compute gives it.
func sameAsCompute(t *testing.T, name string, d *dom.Document, got *Styles, sheets []*StyleSheet) {
	t.Helper()
	want := Compute(d, sheets, testMedia)
	bad := 0
	for _, el := range d.Elements() {
		if !sameStyle(got.Of(el), want.Of(el)) {
			bad++
			if bad <= 3 {
				t.Errorf("%s: style of %s differs from Compute's", name, describe(el))
			}
		}
		for _, p := range pseudoNames {
			if !sameStyle(got.Pseudo(el, p), want.Pseudo(el, p)) {
				bad++
				if bad <= 3 {
					t.Errorf("%s: ::%s style of %s differs from Compute's", name, p, describe(el))
				}
			}
		}
		gv, gok := got.ListItemValue(el)
		wv, wok := want.ListItemValue(el)
		if gv != wv || gok != wok {
			bad++
			if bad <= 3 {
				t.Errorf("%s: list-item value of %s is %d,%v, Compute says %d,%v", name, describe(el), gv, gok, wv, wok)
			}
		}
	}
	if bad > 3 {
		t.Errorf("%s: %d differences in all", name, bad)
	}
}

func describe(el *dom.Node) string {
	s := el.Tag
	if id := el.AttrOr("id", ""); id != "" {
		s += "#" + id
	}
	if c := el.AttrOr("class", ""); c != "" {
		s += "." + c
	}
	return s
}

func TestRestyleCounts(t *testing.T) {
	const body = `<div id=a><p id=p1 class=x>one <b id=b1>b</b></p><p id=p2>two</p><p id=p3>three</p></div>` +
		`<ul id=u><li>1<li id=li2>2<li>3</ul><div id=e></div>`
	tests := []struct {
		name, css string
		mutate    func(d *dom.Document)
		// max is the most elements the restyle may recompute; full
		// says it must fall back to a full restyle.
		max  int
		full bool
	}{
		{"class on leaf, no combinators", `.y { color: red }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetAttr("class", "y") }, 1, false},
		{"class on parent, descendant rule", `.y b { color: red }`,
			func(d *dom.Document) { d.GetElementByID("p1").SetAttr("class", "y") }, 2, false},
		{"class, sibling rule", `.y + p { color: red }`,
			func(d *dom.Document) { d.GetElementByID("p1").SetAttr("class", "y") }, 4, false},
		{"inherited change stops when equal", `.y { font-weight: bold } b { font-weight: bold }`,
			func(d *dom.Document) { d.GetElementByID("p1").SetAttr("class", "y") }, 2, false},
		{"style attribute", `div p { color: red }`,
			func(d *dom.Document) { d.GetElementByID("a").SetAttr("style", "margin: 1px") }, 4, false},
		{"style attribute read by a selector", `[style] p { color: red }`,
			func(d *dom.Document) { d.GetElementByID("a").SetAttr("style", "margin: 1px") }, 6, false},
		{"text change", `p { color: red }`,
			func(d *dom.Document) { d.GetElementByID("p2").FirstChild.SetData("deux") }, 0, false},
		{"text change with :empty", `div:empty { color: red }`,
			func(d *dom.Document) { d.GetElementByID("p2").FirstChild.SetData("deux") }, 1, false},
		{"hover with a state rule on ancestors", `div:hover p { color: red }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetState(dom.StateHover, true) }, 13, false},
		{"insert with :nth-child", `p:nth-child(2) { color: red }`,
			func(d *dom.Document) {
				d.GetElementByID("a").InsertBefore(d.CreateElement("p"), d.GetElementByID("p1"))
			}, 6, false},
		{"has falls back", `div:has(.y) { color: red }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetAttr("class", "y") }, 0, true},
		{"counters in content of other elements", `p::before { content: counter(list-item) }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetAttr("class", "y") }, 1, false},
		{"counters fall back", `li::before { content: counter(list-item) }`,
			func(d *dom.Document) { d.GetElementByID("u").AppendChild(d.CreateElement("li")) }, 0, true},
		{"counters by class fall back", `.c::before { content: counter(list-item) }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetAttr("class", "y") }, 0, true},
		{"new list item", ``,
			func(d *dom.Document) { d.GetElementByID("u").AppendChild(d.CreateElement("li")) }, 1, false},
		{"hover", `p:hover { color: red }`,
			func(d *dom.Document) { d.GetElementByID("b1").SetState(dom.StateHover, true) }, 5, false},
		{"new base falls back", `p { background-image: url(a.png) }`,
			func(d *dom.Document) {
				b := d.CreateElement("base")
				b.SetAttr("href", "http://other.example/")
				d.Head().AppendChild(b)
			}, 0, true},
		{"inserted rule falls back", ``,
			func(d *dom.Document) {}, 0, true},
		{"root font size falls back", `.big { font-size: 30px }`,
			func(d *dom.Document) { d.DocumentElement().SetAttr("class", "big") }, 0, true},
		{"display none on a list", `.none { display: none }`,
			func(d *dom.Document) { d.GetElementByID("u").SetAttr("class", "none") }, 4, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+body+"</body></html>", "http://example.com/")
			sheets := []*StyleSheet{ParseStyleSheet(tt.css, "http://example.com/a.css", AuthorOrigin)}
			prev, st := Restyle(d, nil, sheets, testMedia)
			if !st.Full {
				t.Fatal("first restyle not full")
			}
			d.Root.ClearDirty()
			tt.mutate(d)
			if tt.name == "inserted rule falls back" {
				if _, err := sheets[0].InsertRule("p { color: red }", 0); err != nil {
					t.Fatal(err)
				}
				d.Root.MarkDirty(dom.StyleDirty)
			}
			got, st := Restyle(d, prev, sheets, testMedia)
			if st.Full != tt.full || !tt.full && st.Restyled > tt.max {
				t.Errorf("restyled %d (full %v), want at most %d (full %v)", st.Restyled, st.Full, tt.max, tt.full)
			}
			sameAsCompute(t, tt.name, d, got, sheets)
			// The previous styles are untouched.
			sameStylesOf(t, d, prev, prev)
		})
	}
}

func sameStylesOf(t *testing.T, d *dom.Document, a, b *Styles) {
	t.Helper()
	for _, el := range d.Elements() {
		if a.Of(el) != b.Of(el) {
			t.Fatalf("styles of %s differ", describe(el))
		}
	}
}

// TestRestyleCorpusMutations applies random mutations to the corpus pages
// and checks after each round that Restyle gives what Compute gives.
func TestRestyleCorpusMutations(t *testing.T) {
	files := corpusFiles(t, "pages", ".html")
	rounds := 6
	if testing.Short() {
		var some []string
		for i := 0; i < len(files); i += 5 {
			some = append(some, files[i])
		}
		files, rounds = some, 5
	}
	for i, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := dom.ParseHTMLString(string(src), "file:///"+p)
		rng := rand.New(rand.NewSource(int64(i)))
		sheets := append(inlineSheets(d), invalidationSheet(rng, d))
		styles, _ := Restyle(d, nil, sheets, testMedia)
		d.Root.ClearDirty()
		for round := range rounds {
			var did []string
			for range 1 + rng.Intn(3) {
				did = append(did, randomMutation(rng, d))
			}
			var st RestyleStats
			styles, st = Restyle(d, styles, sheets, testMedia)
			name := fmt.Sprintf("%s round %d %v (restyled %d, full %v)", filepath.Base(p), round, did, st.Restyled, st.Full)
			sameAsCompute(t, name, d, styles, sheets)
			d.Root.ClearDirty()
		}
	}
}

// invalidationSheet returns a sheet of rules over classes of d that
// exercise every kind of invalidation: descendant, child and sibling
// combinators, structural and state pseudo-classes, generated content.
func invalidationSheet(rng *rand.Rand, d *dom.Document) *StyleSheet {
	seen := map[string]bool{}
	var classes []string
	for _, el := range d.Elements() {
		for _, c := range el.Classes() {
			if !seen[c] && plainIdent(c) {
				seen[c] = true
				classes = append(classes, c)
			}
		}
	}
	if len(classes) == 0 {
		classes = []string{"x"}
	}
	pick := func() string { return classes[rng.Intn(len(classes))] }
	var b strings.Builder
	for range 12 {
		a, c := pick(), pick()
		fmt.Fprintf(&b, ".%s .%s { color: rgb(1, 2, 3) }\n", a, c)
		fmt.Fprintf(&b, ".%s > * { margin-left: 3px }\n", a)
		fmt.Fprintf(&b, ".%s + * { font-weight: bold }\n", c)
		fmt.Fprintf(&b, ".%s ~ .%s { text-decoration: underline }\n", a, c)
		fmt.Fprintf(&b, ".%s:hover span { color: blue }\n", a)
		fmt.Fprintf(&b, ".%s::after { content: \"y\" }\n", c)
	}
	b.WriteString("li:nth-child(2) { color: green }\ndiv:empty { height: 3px }\n" +
		":focus-within > p { margin-top: 2px }\nol li::before { content: \"x\" }\n" +
		"[data-x] p { letter-spacing: 1px }\n")
	return ParseStyleSheet(b.String(), "http://example.com/test.css", AuthorOrigin)
}

// plainIdent reports whether s is an identifier that needs no escape.
func plainIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' || s[0] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// randomMutation applies one mutation a script might make to a random
// element and says what it did.
func randomMutation(rng *rand.Rand, d *dom.Document) string {
	els := d.Elements()
	el := els[rng.Intn(len(els))]
	other := els[rng.Intn(len(els))]
	switch rng.Intn(9) {
	case 0, 1:
		// Take a class from another element (one the sheets know), and
		// give it to an element with children, whose descendants'
		// selectors may see it, or to any element.
		var classed, parents []*dom.Node
		for _, e := range els {
			if e.HasAttr("class") {
				classed = append(classed, e)
			}
			if e.FirstElementChild() != nil {
				parents = append(parents, e)
			}
		}
		c := "x"
		if len(classed) > 0 {
			c = classed[rng.Intn(len(classed))].AttrOr("class", "")
		}
		if rng.Intn(2) == 0 {
			el = parents[rng.Intn(len(parents))]
		}
		el.SetAttr("class", c)
		return "class " + c + " on " + el.Tag
	case 2:
		el.RemoveAttr("class")
		return "remove class on " + el.Tag
	case 3:
		v := []string{"color: red", "display: none", "font-size: 2em", "display: inline-block; width: 50%", "float: left"}[rng.Intn(5)]
		el.SetAttr("style", v)
		return "style " + v + " on " + el.Tag
	case 4:
		if el.Parent == nil || el.Parent.Type != dom.ElementNode || el.IsHTML("body") || el.IsHTML("head") {
			return "none"
		}
		el.Parent.RemoveChild(el)
		return "remove " + el.Tag
	case 5:
		if other.Contains(el) || !other.IsHTML("div") && !other.IsHTML("p") && !other.IsHTML("span") {
			return "none"
		}
		other.AppendChild(el.Clone(true))
		return "append clone of " + el.Tag + " to " + other.Tag
	case 6:
		for c := el.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == dom.TextNode {
				c.SetData("")
				return "empty text in " + el.Tag
			}
		}
		return "none"
	case 7:
		el.SetState(dom.StateHover, rng.Intn(2) == 0)
		return "hover " + el.Tag
	default:
		if id := other.AttrOr("id", ""); id != "" {
			el.SetAttr("id", id)
			return "id " + id + " on " + el.Tag
		}
		el.SetAttr("data-x", "1")
		return "data-x on " + el.Tag
	}
}
