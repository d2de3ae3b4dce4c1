package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestScope checks @scope per css-cascade-6 §2.5: the rules apply from the
// scoping root down to the limits, selectors are relative to the root,
// :scope and & name it, and declarations in the block style the root.
func TestScope(t *testing.T) {
	doc := dom.ParseHTMLString(`<div class=card id=c1><img id=i1><div class=content><img id=i2></div></div>
<img id=i3><section id=s1><p id=p1>x</p></section>`, "")
	sheet := ParseStyleSheet(`
@scope (.card) to (.content) {
  img { border-top-width: 7px; border-top-style: solid }
  :scope { color: rgb(1, 2, 3) }
}
@scope (section) { & > p { color: rgb(4, 5, 6) } margin-left: 9px }
@scope (.card) to (.content) extra { img { color: red } }
@scope () { img { color: red } }`, "", AuthorOrigin)
	if len(sheet.Rules) != 2 {
		t.Fatalf("%d rules, want 2 (the invalid preludes drop theirs):\n%s", len(sheet.Rules), sheet)
	}
	out := sheet.String()
	if again := ParseStyleSheet(out, "", AuthorOrigin).String(); again != out {
		t.Errorf("round trip:\n%s\nthen\n%s", out, again)
	}
	st := Compute(doc, []*StyleSheet{sheet}, Media{Width: Int(800), Height: Int(600)})
	el := func(id string) *ComputedStyle { return st.Of(doc.GetElementByID(id)) }
	if w := el("i1").BorderWidth[Top]; w != Int(7) {
		t.Errorf("img in scope: border-top-width %v, want 7px", w)
	}
	if w := el("i2").BorderWidth[Top]; w != 0 {
		t.Errorf("img past the scoping limit: border-top-width %v, want 0", w)
	}
	if w := el("i3").BorderWidth[Top]; w != 0 {
		t.Errorf("img outside the scope: border-top-width %v, want 0", w)
	}
	if c := el("c1").Color; c != (Color{R: 1, G: 2, B: 3, A: 255}) {
		t.Errorf(":scope color %v", c)
	}
	if c := el("p1").Color; c != (Color{R: 4, G: 5, B: 6, A: 255}) {
		t.Errorf("& > p color %v", c)
	}
	if m := el("s1").Margin[Left]; m.Px != Int(9) {
		t.Errorf("declarations in @scope style the root: margin-left %v", m)
	}
}

// TestQueryScope checks that :scope in Element.querySelectorAll names the
// element (the DOM's scope-match).
func TestQueryScope(t *testing.T) {
	doc := dom.ParseHTMLString(`<ul id=a><li><ul><li></li></ul></li></ul>`, "")
	got, err := doc.GetElementByID("a").QuerySelectorAll(":scope > li")
	if err != nil || len(got) != 1 {
		t.Errorf(":scope > li found %d, %v; want 1", len(got), err)
	}
}

// TestScopeProximity checks scope proximity
// (https://drafts.csswg.org/css-cascade-6/#cascade-proximity): between
// declarations of equal specificity, the nearer scoping root wins whatever
// the order of appearance, and an unscoped rule has infinite proximity;
// specificity and layers still come first.
func TestScopeProximity(t *testing.T) {
	body := `<div class=light><div class=dark><p>x</p></div></div>`
	tests := []struct {
		name, css string
		want      Length
	}{
		{"nearer root wins over later rule",
			`@scope (.dark) { p { width: 1px } } @scope (.light) { p { width: 2px } }`, LengthOf(Int(1))},
		{"nearer root wins over earlier rule",
			`@scope (.light) { p { width: 2px } } @scope (.dark) { p { width: 1px } }`, LengthOf(Int(1))},
		{"same root: order of appearance",
			`@scope (.dark) { p { width: 1px } } @scope (.dark) { p { width: 3px } }`, LengthOf(Int(3))},
		{"scoped beats later unscoped",
			`@scope (.light) { p { width: 2px } } p { width: 4px }`, LengthOf(Int(2))},
		{"specificity before proximity",
			`@scope (.dark) { p { width: 1px } } @scope (.light) { .dark p { width: 2px } }`, LengthOf(Int(2))},
		{"layers before proximity",
			`@layer a, b; @layer b { @scope (.light) { p { width: 2px } } } @layer a { @scope (.dark) { p { width: 1px } } }`, LengthOf(Int(2))},
		{"important: nearer still wins",
			`@scope (.dark) { p { width: 1px !important } } @scope (.light) { p { width: 2px !important } }`, LengthOf(Int(1))},
		{":scope itself is nearest",
			`@scope (p) { & { width: 5px } } @scope (.dark) { * { width: 1px } }`, LengthOf(Int(5))},
	}
	for _, tt := range tests {
		if s := styleOf(t, body, tt.css, "p"); s.Width != tt.want {
			t.Errorf("%s: width %+v, want %+v", tt.name, s.Width, tt.want)
		}
	}
}
