package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestFloats(t *testing.T) {
	fonts := ahem(t)
	left := func(st *cssom.ComputedStyle) { st.Float = cssom.FloatLeft }
	right := func(st *cssom.ComputedStyle) { st.Float = cssom.FloatRight }
	box := func(w, h float64) func(*cssom.ComputedStyle) { return set(width(lpx(w)), height(lpx(h))) }
	hidden := func(st *cssom.ComputedStyle) { st.OverflowX, st.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden }
	runGeometry(t, []geometryCase{
		{"left float shortens lines", `<div id=d><div id=f></div><span id=t>aaa bbb</span></div>`,
			rules{"#d": width(lpx(100)), "#f": set(left, box(30, 20))},
			map[string]string{"f": "8,8 30x20", "t": "38,8 70x10", "d": "8,8 100x10"}},
		{"right float", `<div id=d><div id=f></div><span id=t>aaa</span></div>`,
			rules{"#d": width(lpx(100)), "#f": set(right, box(30, 20))},
			map[string]string{"f": "78,8 30x20", "t": "8,8 30x10"}},
		{"lines wrap beside and below", `<div id=d><div id=f></div><span id=t>aaa bbb ccc</span></div>`,
			rules{"#d": width(lpx(70)), "#f": set(left, box(30, 15))},
			map[string]string{"f": "8,8 30x15"}},
		{"shrink-to-fit float", `<div id=d><div id=f>ab cd</div></div>`,
			rules{"#d": width(lpx(100)), "#f": left},
			map[string]string{"f": "8,8 50x10"}},
		{"float in the middle of text", `<div id=d>aa <span id=f>x</span>bb</div>`,
			rules{"#d": width(lpx(100)), "#f": set(left, box(20, 20))},
			map[string]string{"f": "8,8 20x20"}},
		{"clear", `<div id=f></div><div id=c>x</div>`,
			rules{"#f": set(left, box(30, 20)), "#c": func(st *cssom.ComputedStyle) { st.Clear = cssom.ClearLeft }},
			map[string]string{"c": "8,28 784x10"}},
		{"margins after clearance do not collapse with the parent's", `<div id=p><div id=f></div><div id=c></div><div id=n></div></div><div id=after></div>`,
			rules{"#p": func(st *cssom.ComputedStyle) { st.BorderWidth[cssom.Top] = cssom.Int(2) },
				"#f": set(left, box(30, 50)),
				"#c": set(marginTB(lpx(10), lpx(20)), func(st *cssom.ComputedStyle) { st.Clear = cssom.ClearBoth }),
				"#n": marginTB(lpx(0), lpx(70))},
			map[string]string{"p": "8,8 784x112", "c": "8,60 784x0", "after": "8,120 784x0"}},
		{"br clear", `<div id=d><div id=f></div>a<br id=br>b<span id=t>c</span></div>`,
			rules{"#f": set(left, box(30, 25)), "#br": func(st *cssom.ComputedStyle) { st.Clear = cssom.ClearBoth }},
			map[string]string{"t": "18,33 10x10", "d": "8,8 784x35"}},
		{"clear right ignores left floats", `<div id=f></div><div id=c>x</div>`,
			rules{"#f": set(left, box(30, 20)), "#c": func(st *cssom.ComputedStyle) { st.Clear = cssom.ClearRight }},
			map[string]string{"c": "8,8 784x10"}},
		{"formatting context root holds its floats", `<div id=d><div id=f></div>x</div>`,
			rules{"#d": hidden, "#f": set(left, box(30, 40))},
			map[string]string{"d": "8,8 784x40"}},
		{"formatting context root beside a float", `<div id=f></div><div id=b></div>`,
			rules{"#f": set(left, box(30, 40)), "#b": set(hidden, height(lpx(10)))},
			map[string]string{"b": "38,8 754x10"}},
		{"formatting context root moves below floats it cannot fit beside", `<div id=d><div id=f></div><div id=g></div><div id=a></div><div id=b></div></div>`,
			rules{"#d": width(lpx(400)), "#f": set(right, box(250, 75)), "#g": set(left, box(250, 75)),
				"#a": set(hidden, box(100, 50)), "#b": set(hidden, box(100, 50))},
			map[string]string{"f": "158,8 250x75", "g": "8,83 250x75", "a": "8,8 100x50", "b": "258,83 100x50"}},
		{"second float goes down when it does not fit", `<div id=d><div id=f></div><div id=g></div></div>`,
			rules{"#d": width(lpx(100)), "#f": set(left, box(60, 20)), "#g": set(left, box(60, 10))},
			map[string]string{"f": "8,8 60x20", "g": "8,28 60x10"}},
		{"floats stack side by side", `<div id=d><div id=f></div><div id=g></div><div id=h></div></div>`,
			rules{"#d": width(lpx(100)), "#f": set(left, box(30, 20)), "#g": set(left, box(30, 10)), "#h": set(right, box(30, 10))},
			map[string]string{"f": "8,8 30x20", "g": "38,8 30x10", "h": "78,8 30x10"}},
		{"tall line checks the floats along its whole height", `<div id=d><div id=f></div><div id=g></div><span id=s></span></div>`,
			rules{"#d": width(lpx(100)), "#f": set(right, box(10, 15)), "#g": set(right, box(50, 10), func(st *cssom.ComputedStyle) { st.Clear = cssom.ClearRight }),
				"#s": set(display(cssom.DisplayInlineBlock), box(60, 30))},
			map[string]string{"f": "98,8 10x15", "g": "58,23 50x10", "s": "8,33 60x30"}},
		{"line moves below a float it cannot fit beside", `<div id=d><div id=f></div><span id=t>aaaa</span></div>`,
			rules{"#d": width(lpx(100)), "#f": set(left, box(80, 20))},
			map[string]string{"t": "8,28 40x10"}},
	}, fonts)
}

func TestFloatLinesBeside(t *testing.T) {
	fonts := ahem(t)
	d := layoutDump(t, `<div id=d><div id=f></div>aaa bbb ccc</div>`, ahemRules(rules{
		"#d": width(lpx(70)),
		"#f": func(st *cssom.ComputedStyle) { st.Float = cssom.FloatLeft; st.Width = lpx(30); st.Height = lpx(15) },
	}), fonts)
	want := `Line at (38,8) size 40x10|Text "aaa" at (38,8) size 30x10|Line at (38,18) size 40x10|Text "bbb" at (38,18) size 30x10|Line at (8,28) size 70x10|Text "ccc" at (8,28) size 30x10`
	if got := lines(d, "Line", "Text"); got != want {
		t.Errorf("got  %s\nwant %s\n%s", got, want, d)
	}
}

func TestPositioning(t *testing.T) {
	fonts := ahem(t)
	inset := func(top, right, bottom, left cssom.Length) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.Inset = cssom.Edges[cssom.Length]{top, right, bottom, left} }
	}
	pos := func(p cssom.Position) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.Position = p }
	}
	a := cssom.Auto
	parent := set(pos(cssom.PositionRelative), marginLR(lpx(50), lpx(0)), width(lpx(200)), height(lpx(100)), padding(0))
	runGeometry(t, []geometryCase{
		{"top left", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(lpx(10), a, a, lpx(20)), width(lpx(30)), height(lpx(30)))},
			map[string]string{"a": "78,18 30x30", "p": "58,8 200x100"}},
		{"bottom right", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(a, lpx(10), lpx(10), a), width(lpx(30)), height(lpx(30)))},
			map[string]string{"a": "218,68 30x30"}},
		{"percentages of the padding box", `<div id=p><div id=a></div></div>`,
			rules{"#p": set(parent, padding(10)), "#a": set(pos(cssom.PositionAbsolute), inset(cssom.Percent(50), a, a, cssom.Percent(50)), width(lpx(10)), height(lpx(10)))},
			map[string]string{"a": "168,68 10x10"}},
		{"left and right stretch", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(lpx(0), lpx(10), lpx(0), lpx(10)))},
			map[string]string{"a": "68,8 180x100"}},
		{"static position, out of flow", `<div id=p>aa<span id=a>bbb</span>cc</div>`,
			rules{"#a": pos(cssom.PositionAbsolute)},
			map[string]string{"a": "8,18 30x10", "p": "8,8 784x10"}},
		{"static position at a line start", `<div id=p><span id=a>bbb</span>cc</div>`,
			rules{"#a": pos(cssom.PositionAbsolute)},
			map[string]string{"a": "8,8 30x10", "p": "8,8 784x10"}},
		{"shrink to fit", `<div id=p><div id=a>aa bb</div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(lpx(0), a, a, lpx(0)))},
			map[string]string{"a": "58,8 50x10"}},
		{"fixed uses the viewport", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionFixed), inset(lpx(0), a, a, lpx(0)), width(lpx(5)), height(lpx(5)))},
			map[string]string{"a": "0,0 5x5"}},
		{"initial containing block", `<div id=a></div>`,
			rules{"#a": set(pos(cssom.PositionAbsolute), inset(a, lpx(0), lpx(0), a), width(lpx(5)), height(lpx(5)))},
			map[string]string{"a": "795,595 5x5"}},
		{"auto margins center between insets", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(lpx(0), lpx(0), lpx(0), lpx(0)), width(lpx(50)), height(lpx(20)),
				marginLR(cssom.Auto, cssom.Auto), marginTB(cssom.Auto, cssom.Auto))},
			map[string]string{"a": "133,48 50x20"}},
		{"auto left margin takes the rest", `<div id=p><div id=a></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionAbsolute), inset(lpx(0), lpx(0), a, lpx(0)), width(lpx(50)), height(lpx(20)),
				marginLR(cssom.Auto, lpx(5)))},
			map[string]string{"a": "203,8 50x20"}},
		{"relative offset", `<div id=p><div id=a></div><div id=b></div></div>`,
			rules{"#p": parent, "#a": set(pos(cssom.PositionRelative), inset(lpx(5), a, a, cssom.Percent(10)), height(lpx(10))), "#b": height(lpx(10))},
			map[string]string{"a": "78,13 200x10", "b": "58,18 200x10"}},
		{"relative bottom right", `<div id=a></div>`,
			rules{"#a": set(pos(cssom.PositionRelative), inset(a, lpx(4), lpx(3), a), height(lpx(10)))},
			map[string]string{"a": "4,5 784x10"}},
	}, fonts)
}
