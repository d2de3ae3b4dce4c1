package cssom

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/dom"
)

func TestPredefinedCounterStyles(t *testing.T) {
	cs := predefinedCounterStyles()
	tests := []struct {
		style string
		n     int
		want  string
	}{
		{"decimal", 0, "0"},
		{"decimal", -12, "-12"},
		{"decimal-leading-zero", 7, "07"},
		{"decimal-leading-zero", -7, "-7"},
		{"decimal-leading-zero", 123, "123"},
		{"lower-roman", 1994, "mcmxciv"},
		{"upper-roman", 4, "IV"},
		{"upper-roman", 4000, "4000"}, // out of range: decimal
		{"upper-roman", 0, "0"},
		{"lower-alpha", 1, "a"},
		{"lower-alpha", 27, "aa"},
		{"upper-latin", 52, "AZ"},
		{"lower-alpha", 0, "0"},
		{"lower-greek", 3, "γ"},
		{"lower-greek", 25, "αα"},
		{"armenian", 1, "Ա"},
		{"lower-armenian", 1999, "ռջղթ"},
		{"georgian", 11, "ია"},
		{"hebrew", 15, "טו"},
		{"hebrew", 1015, "א׳טו"},
		{"cjk-decimal", 2026, "二〇二六"},
		{"hiragana", 2, "い"},
		{"katakana", 1, "ア"},
		{"cjk-earthly-branch", 12, "亥"},
		{"cjk-earthly-branch", 13, "13"}, // fixed, outside: decimal
		{"disc", 5, "•"},
		{"disclosure-closed", 1, "▸"},
		{"thai", 10, "๑๐"},
		{"unknown-style", 3, "3"},
		{"none", 3, ""},
	}
	for _, tt := range tests {
		if got := cs.Format(tt.n, tt.style); got != tt.want {
			t.Errorf("Format(%d, %s) = %q, want %q", tt.n, tt.style, got, tt.want)
		}
	}
	for _, tt := range []struct {
		style string
		n     int
		want  string
	}{{"decimal", 3, "3. "}, {"disc", 1, "• "}, {"square", 2, "▪ "}, {"cjk-decimal", 3, "三、"}, {"none", 1, ""}, {"no-such", 4, "4. "}} {
		if got := cs.MarkerText(tt.n, tt.style); got != tt.want {
			t.Errorf("MarkerText(%d, %s) = %q, want %q", tt.n, tt.style, got, tt.want)
		}
	}
}

// counterStylesOf parses css and returns its counter styles.
func counterStylesOf(css string) *CounterStyles {
	sh := ParseStyleSheet(css, "http://x/a.css", AuthorOrigin)
	var rules []*CounterStyleRule
	for _, r := range sh.Rules {
		if c, ok := r.(*CounterStyleRule); ok {
			rules = append(rules, c)
		}
	}
	return newCounterStyles(rules, nil)
}

func TestCounterStyleRule(t *testing.T) {
	tests := []struct {
		name, css, style string
		n                int
		want, marker     string
	}{
		{"cyclic", `@counter-style x { system: cyclic; symbols: "*" "+"; suffix: " " }`, "x", 3, "*", "* "},
		{"numeric binary", `@counter-style b { system: numeric; symbols: "0" "1"; prefix: "("; suffix: ")" }`, "b", 5, "101", "(101)"},
		{"negative", `@counter-style b { system: numeric; symbols: "0" "1"; negative: "(" ")" }`, "b", -2, "(10)", "(10). "},
		{"alphabetic", `@counter-style ab { system: alphabetic; symbols: a b }`, "ab", 3, "aa", "aa. "},
		{"symbolic", `@counter-style s { system: symbolic; symbols: "*" "†" }`, "s", 3, "**", "**. "},
		{"additive", `@counter-style d { system: additive; additive-symbols: 5 V, 1 I }`, "d", 7, "VII", "VII. "},
		{"additive zero", `@counter-style d { system: additive; additive-symbols: 5 V, 1 I, 0 "-" }`, "d", 0, "-", "-. "},
		{"fixed", `@counter-style f { system: fixed 3; symbols: c d }`, "f", 4, "d", "d. "},
		{"fixed outside", `@counter-style f { system: fixed 3; symbols: c d }`, "f", 5, "5", "5. "},
		{"range fallback", `@counter-style r { system: cyclic; symbols: x; range: 1 2; fallback: upper-roman }`, "r", 3, "III", "III. "},
		{"range infinite", `@counter-style r { system: cyclic; symbols: x; range: infinite 2 }`, "r", -5, "x", "x. "},
		{"pad", `@counter-style p { system: numeric; symbols: "0" "1" "2" "3" "4" "5" "6" "7" "8" "9"; pad: 3 "0" }`, "p", 7, "007", "007. "},
		{"pad negative", `@counter-style p { system: extends decimal; pad: 3 "0" }`, "p", -7, "-07", "-07. "},
		{"extends", `@counter-style e { system: extends lower-roman; suffix: ") " }`, "e", 4, "iv", "iv) "},
		{"extends chain", `@counter-style a { system: extends b; prefix: "<" } @counter-style b { system: extends upper-alpha; suffix: ">" }`, "a", 2, "B", "<B>"},
		{"extends cycle", `@counter-style a { system: extends b } @counter-style b { system: extends a }`, "a", 2, "2", "2. "},
		{"extends unknown", `@counter-style a { system: extends nope; suffix: "" }`, "a", 2, "2", "2"},
		{"later wins", `@counter-style a { system: cyclic; symbols: x } @counter-style a { system: cyclic; symbols: y }`, "a", 1, "y", "y. "},
		{"decimal not overridable", `@counter-style decimal { system: cyclic; symbols: x }`, "decimal", 2, "2", "2. "},
		{"invalid numeric one symbol", `@counter-style n { system: numeric; symbols: x }`, "n", 2, "2", "2. "},
		{"invalid system", `@counter-style n { system: bogus; symbols: x y }`, "n", 2, "y", "y. "}, // symbolic
		{"extends with symbols is invalid", `@counter-style e { system: extends upper-roman; symbols: a b }`, "e", 2, "2", "2. "},
		{"bad descriptor ignored", `@counter-style n { system: cyclic; symbols: x; pad: -1 "0"; range: 5 1 }`, "n", 2, "x", "x. "},
	}
	for _, tt := range tests {
		cs := counterStylesOf(tt.css)
		if got := cs.Format(tt.n, tt.style); got != tt.want {
			t.Errorf("%s: Format = %q, want %q", tt.name, got, tt.want)
		}
		if got := cs.MarkerText(tt.n, tt.style); got != tt.marker {
			t.Errorf("%s: MarkerText = %q, want %q", tt.name, got, tt.marker)
		}
	}
}

func TestCounterStyleInContent(t *testing.T) {
	css := `@counter-style Stars { system: symbolic; symbols: "*"; } p { counter-increment: n } p::before { content: counter(n, Stars) "|" counter(n, LOWER-greek) counter(n, stars) }`
	if got := generated(t, `<p></p><p></p>`, css, "p"); got != "*|α1|**|β2" {
		t.Errorf("got %q", got)
	}
	css = `p { counter-increment: n } p::before { content: counter(n, symbols(alphabetic "x" "y")) }`
	if got := generated(t, `<p></p><p></p><p></p>`, css, "p"); got != "x|y|xx" {
		t.Errorf("symbols(): got %q", got)
	}
	// Inside @media, the rule applies when the query matches.
	css = `@media (max-width: 10px) { @counter-style m { system: cyclic; symbols: x } } p::before { content: counter(n, m) } p { counter-increment: n }`
	if got := generated(t, `<p></p>`, css, "p"); got != "1" {
		t.Errorf("@media: got %q", got)
	}
}

func TestCounterStyleSerialize(t *testing.T) {
	sh := ParseStyleSheet(`@counter-style x { system: cyclic; symbols: "a"; bogus: 1 }`, "http://x/", AuthorOrigin)
	if got := sh.String(); !strings.Contains(got, `@counter-style x { system: cyclic; symbols: "a"; }`) {
		t.Errorf("String() = %q", got)
	}
}

func TestPseudoElementStyles(t *testing.T) {
	d := dom.ParseHTMLString(`<!doctype html><body><p id=a>Text</p><ol><li id=b>x</li><li id=c>y</li></ol><ul style="counter-reset: list-item 4"><li id=d>z</li></ul>`, "http://x/")
	sheet := ParseStyleSheet(`p::first-line { color: green; font-size: 20px } p::first-letter { font-size: 2em }
		li::marker { color: red } #c::marker { content: counter(list-item, upper-roman) ")" }`, "http://x/a.css", AuthorOrigin)
	st := Compute(d, []*StyleSheet{sheet}, testMedia)
	by := func(id string) *dom.Node { return d.GetElementByID(id) }
	fl := st.Pseudo(by("a"), "first-line")
	if fl == nil || fl.Color != (Color{0, 128, 0, 255}) {
		t.Fatalf("first-line style = %+v", fl)
	}
	// ::first-letter inherits from ::first-line: 2em of 20px.
	if fle := st.Pseudo(by("a"), "first-letter"); fle == nil || fle.FontSize != Int(40) || fle.Color != fl.Color {
		t.Errorf("first-letter style = %+v", fle)
	}
	if m := st.Pseudo(by("b"), "marker"); m == nil || m.Color != (Color{255, 0, 0, 255}) || m.Content != nil {
		t.Errorf("marker style of b = %+v", m)
	}
	m := st.Pseudo(by("c"), "marker")
	var text strings.Builder
	for _, it := range m.Content {
		text.WriteString(it.Value)
	}
	if text.String() != "II)" {
		t.Errorf("marker content of c = %q", text.String())
	}
	for id, want := range map[string]int{"b": 1, "c": 2, "d": 5} {
		if v, ok := st.ListItemValue(by(id)); !ok || v != want {
			t.Errorf("ListItemValue(%s) = %d, %v; want %d", id, v, ok, want)
		}
	}
	if _, ok := st.ListItemValue(by("a")); ok {
		t.Errorf("a <p> has a list-item value")
	}
}

func TestListStyleTypeValues(t *testing.T) {
	tests := []struct{ decl, want, marker string }{
		{"list-style-type: '-'", `"-`, "-"},
		{"list-style: inside \"→ \"", `"→ `, "→ "},
		{"list-style-type: LOWER-ROMAN", "lower-roman", "iii. "},
		{"list-style-type: MyStyle", "MyStyle", "3. "}, // unknown: decimal
		{"list-style-type: NONE", "none", ""},
		{"list-style-type: symbols(cyclic '*' '+')", "symbols(cyclic '*' '+')", "* "},
		{"list-style-type: symbols('a' 'b')", "symbols('a' 'b')", "aa "},
		{"list-style-type: symbols(numeric 'o' 'i')", "symbols(numeric 'o' 'i')", "ii "},
		{"list-style-type: symbols(numeric 'o')", "disc", "• "}, // invalid: the initial value
	}
	for _, tt := range tests {
		st := decl(t, tt.decl)
		if string(st.ListStyleType) != tt.want {
			t.Errorf("%s: ListStyleType = %q, want %q", tt.decl, st.ListStyleType, tt.want)
		}
		if got := predefinedCounterStyles().MarkerText(3, string(st.ListStyleType)); got != tt.marker {
			t.Errorf("%s: marker %q, want %q", tt.decl, got, tt.marker)
		}
	}
}
