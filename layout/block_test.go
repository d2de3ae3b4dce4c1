package layout

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// set builds a rule from property setters.
func set(fs ...func(st *cssom.ComputedStyle)) func(st *cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) {
		for _, f := range fs {
			f(st)
		}
	}
}

func width(l cssom.Length) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.Width = l }
}
func height(l cssom.Length) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.Height = l }
}
func marginTB(t, b cssom.Length) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.Margin[cssom.Top], st.Margin[cssom.Bottom] = t, b }
}
func marginLR(l, r cssom.Length) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.Margin[cssom.Left], st.Margin[cssom.Right] = l, r }
}
func padding(v float64) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) {
		st.Padding = cssom.Edges[cssom.Length]{lpx(v), lpx(v), lpx(v), lpx(v)}
	}
}
func border(v float64) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) {
		b := cssom.Px(v)
		st.BorderWidth = cssom.Edges[cssom.Fixed]{b, b, b, b}
		st.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid, cssom.BorderSolid}
	}
}
func display(d cssom.Display) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.Display = d }
}

func TestBlockWidths(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"auto fills", `<div id=a></div>`, nil, map[string]string{"a": "8,8 784x0"}},
		{"padding and border", `<div id=a></div>`, rules{"#a": set(padding(10), border(5))},
			map[string]string{"a": "8,8 784x30"}},
		{"fixed width", `<div id=a></div>`, rules{"#a": set(width(lpx(200)), height(lpx(10)))},
			map[string]string{"a": "8,8 200x10"}},
		{"auto margins center", `<div id=a></div>`, rules{"#a": set(width(lpx(200)), marginLR(cssom.Auto, cssom.Auto))},
			map[string]string{"a": "300,8 200x0"}},
		{"auto left margin", `<div id=a></div>`, rules{"#a": set(width(lpx(200)), marginLR(cssom.Auto, lpx(0)))},
			map[string]string{"a": "592,8 200x0"}},
		{"over-constrained", `<div id=a></div>`, rules{"#a": set(width(lpx(200)), marginLR(lpx(10), lpx(10)))},
			map[string]string{"a": "18,8 200x0"}},
		{"too wide auto margins are zero", `<div id=a></div>`, rules{"#a": set(width(lpx(1000)), marginLR(cssom.Auto, cssom.Auto))},
			map[string]string{"a": "8,8 1000x0"}},
		{"percentage", `<div id=a><div id=b></div></div>`, rules{"#a": width(cssom.Percent(50)), "#b": width(cssom.Percent(50))},
			map[string]string{"a": "8,8 392x0", "b": "8,8 196x0"}},
		{"percentage padding", `<div id=a></div>`, rules{"#a": func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = cssom.Percent(10) }},
			map[string]string{"a": "8,8 784x78.4"}},
		{"max-width", `<div id=a></div>`, rules{"#a": func(st *cssom.ComputedStyle) { st.MaxWidth = lpx(300) }},
			map[string]string{"a": "8,8 300x0"}},
		{"max-width with auto margins", `<div id=a></div>`, rules{"#a": set(marginLR(cssom.Auto, cssom.Auto), func(st *cssom.ComputedStyle) { st.MaxWidth = lpx(300) })},
			map[string]string{"a": "250,8 300x0"}},
		{"min-width beats max-width", `<div id=a></div>`, rules{"#a": func(st *cssom.ComputedStyle) { st.MaxWidth = lpx(300); st.MinWidth = lpx(900) }},
			map[string]string{"a": "8,8 900x0"}},
		{"border-box", `<div id=a></div>`, rules{"#a": set(width(lpx(200)), padding(20), border(5), func(st *cssom.ComputedStyle) { st.BoxSizing = cssom.BorderBox })},
			map[string]string{"a": "8,8 200x50"}},
		{"border-box too small", `<div id=a></div>`, rules{"#a": set(width(lpx(10)), padding(20), func(st *cssom.ComputedStyle) { st.BoxSizing = cssom.BorderBox })},
			map[string]string{"a": "8,8 40x40"}},
		{"over-constrained in rtl solves margin-left", `<div id=r><div id=a></div></div>`,
			rules{"#r": func(st *cssom.ComputedStyle) { st.Direction = "rtl" }, "#a": set(width(lpx(200)), marginLR(lpx(10), lpx(10)))},
			map[string]string{"a": "582,8 200x0"}},
		{"negative margins widen", `<div id=a></div>`, rules{"#a": marginLR(lpx(-8), lpx(-8))},
			map[string]string{"a": "0,8 800x0"}},
	}, nil)
}

func TestBlockHeights(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"children stack", `<div id=a><div id=b></div><div id=c></div></div>`,
			rules{"#b": height(lpx(30)), "#c": height(lpx(20))},
			map[string]string{"a": "8,8 784x50", "b": "8,8 784x30", "c": "8,38 784x20"}},
		{"percentage of indefinite is auto", `<div id=a><div id=b></div></div>`,
			rules{"#a": height(cssom.Percent(50)), "#b": height(lpx(30))},
			map[string]string{"a": "8,8 784x30"}},
		{"percentage of definite", `<div id=a><div id=b></div></div>`,
			rules{"#a": height(lpx(200)), "#b": height(cssom.Percent(25))},
			map[string]string{"b": "8,8 784x50"}},
		{"min-height", `<div id=a></div>`, rules{"#a": func(st *cssom.ComputedStyle) { st.MinHeight = lpx(40) }},
			map[string]string{"a": "8,8 784x40"}},
		{"max-height", `<div id=a><div id=b></div></div>`,
			rules{"#a": func(st *cssom.ComputedStyle) { st.MaxHeight = lpx(10) }, "#b": height(lpx(30))},
			map[string]string{"a": "8,8 784x10"}},
		{"border-box height", `<div id=a></div>`, rules{"#a": set(height(lpx(50)), padding(10), func(st *cssom.ComputedStyle) { st.BoxSizing = cssom.BorderBox })},
			map[string]string{"a": "8,8 784x50"}},
	}, nil)
}

func TestMarginCollapsing(t *testing.T) {
	h := height(lpx(10))
	runGeometry(t, []geometryCase{
		{"siblings take the larger", `<div id=a></div><div id=b></div>`,
			rules{"#a": set(h, marginTB(lpx(0), lpx(20))), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"a": "8,8 784x10", "b": "8,48 784x10"}},
		{"negative and positive add", `<div id=a></div><div id=b></div>`,
			rules{"#a": set(h, marginTB(lpx(0), lpx(-10))), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"b": "8,38 784x10"}},
		{"two negatives take the most negative", `<div id=a></div><div id=b></div>`,
			rules{"#a": set(h, marginTB(lpx(0), lpx(-10))), "#b": set(h, marginTB(lpx(-20), lpx(0)))},
			map[string]string{"b": "8,-2 784x10"}},
		{"parent and first child", `<div id=a><div id=b></div></div>`,
			rules{"body": marginTB(lpx(0), lpx(0)), "#a": marginTB(lpx(20), lpx(0)), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"a": "8,30 784x10", "b": "8,30 784x10"}},
		{"padding separates parent and child", `<div id=a><div id=b></div></div>`,
			rules{"body": marginTB(lpx(0), lpx(0)), "#a": set(marginTB(lpx(20), lpx(0)), func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = lpx(1) }), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"a": "8,20 784x41", "b": "8,51 784x10"}},
		{"border separates parent and child", `<div id=a><div id=b></div></div>`,
			rules{"body": marginTB(lpx(0), lpx(0)), "#a": set(marginTB(lpx(20), lpx(0)), border(1)), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"a": "8,20 784x42", "b": "9,51 782x10"}},
		{"parent and last child", `<div id=a><div id=b></div></div><div id=c></div>`,
			rules{"#a": marginTB(lpx(0), lpx(10)), "#b": set(h, marginTB(lpx(0), lpx(25))), "#c": h},
			map[string]string{"a": "8,8 784x10", "c": "8,43 784x10"}},
		{"fixed height keeps last child margin inside", `<div id=a><div id=b></div></div><div id=c></div>`,
			rules{"#a": set(height(lpx(50)), marginTB(lpx(0), lpx(10))), "#b": set(h, marginTB(lpx(0), lpx(25))), "#c": h},
			map[string]string{"a": "8,8 784x50", "c": "8,68 784x10"}},
		{"empty block collapses through", `<div id=a></div><div id=e></div><div id=b></div>`,
			rules{"#a": set(h, marginTB(lpx(0), lpx(10))), "#e": marginTB(lpx(20), lpx(5)), "#b": set(h, marginTB(lpx(15), lpx(0)))},
			map[string]string{"b": "8,38 784x10"}},
		{"min-height stops collapsing through", `<div id=a></div><div id=e></div><div id=b></div>`,
			rules{"#a": set(h, marginTB(lpx(0), lpx(10))), "#e": set(marginTB(lpx(20), lpx(5)), func(st *cssom.ComputedStyle) { st.MinHeight = lpx(1) }), "#b": set(h, marginTB(lpx(15), lpx(0)))},
			map[string]string{"e": "8,38 784x1", "b": "8,54 784x10"}},
		{"formatting context root keeps child margins", `<div id=a><div id=b></div></div>`,
			rules{"body": marginTB(lpx(0), lpx(0)), "#a": set(marginTB(lpx(20), lpx(0)), func(st *cssom.ComputedStyle) { st.OverflowX, st.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden }), "#b": set(h, marginTB(lpx(30), lpx(0)))},
			map[string]string{"a": "8,20 784x40", "b": "8,50 784x10"}},
		{"root element margins do not collapse", `<body id=b></body>`,
			rules{"html": marginTB(lpx(10), lpx(0)), "body": set(h, marginTB(lpx(20), lpx(0)))},
			map[string]string{"b": "8,30 784x10"}},
	}, nil)
}

func TestBoxGeneration(t *testing.T) {
	fonts := ahem(t)
	tests := []struct {
		name, src string
		rules     rules
		want      string // the dump below <body>, body line included
	}{
		{"anonymous blocks", `<div>a<p>b</p>c</div>`, nil, `
Block <body> at (8,8) size 784x30
  Block <div> at (8,8) size 784x30
    Block (anonymous) at (8,8) size 784x10
      Line at (8,8) size 784x10
        Text "a" at (8,8) size 10x10
    Block <p> at (8,18) size 784x10
      Line at (8,18) size 784x10
        Text "b" at (8,18) size 10x10
    Block (anonymous) at (8,28) size 784x10
      Line at (8,28) size 784x10
        Text "c" at (8,28) size 10x10
`},
		{"block in inline splits it", `<span>a<p>b</p>c</span>`, rules{"span": padding(2)}, `
Block <body> at (8,8) size 784x30
  Block (anonymous) at (8,8) size 784x10
    Line at (8,8) size 784x10
      Inline <span> at (8,6) size 12x14
        Text "a" at (10,8) size 10x10
  Block <p> at (8,18) size 784x10
    Line at (8,18) size 784x10
      Text "b" at (8,18) size 10x10
  Block (anonymous) at (8,28) size 784x10
    Line at (8,28) size 784x10
      Inline <span> at (8,26) size 12x14
        Text "c" at (8,28) size 10x10
`},
		{"white space between blocks makes no box", "<div>a</div>\n  <!-- c -->  <div>b</div>", nil, `
Block <body> at (8,8) size 784x20
  Block <div> at (8,8) size 784x10
    Line at (8,8) size 784x10
      Text "a" at (8,8) size 10x10
  Block <div> at (8,18) size 784x10
    Line at (8,18) size 784x10
      Text "b" at (8,18) size 10x10
`},
		{"display none and contents", `<div id=n>x</div><section>a<i>b</i></section>`,
			rules{"#n": display(cssom.DisplayNone), "section": display(cssom.DisplayContents)}, `
Block <body> at (8,8) size 784x10
  Line at (8,8) size 784x10
    Text "a" at (8,8) size 10x10
    Inline <i> at (18,8) size 10x10
      Text "b" at (18,8) size 10x10
`},
		{"list markers", `<ol><li>a</li><li>b</li></ol>`,
			rules{"ol": func(st *cssom.ComputedStyle) { st.ListStyleType = "decimal"; st.Padding[cssom.Left] = lpx(40) }}, `
Block <body> at (8,8) size 784x20
  Block <ol> at (8,8) size 784x20
    Block <li> at (48,8) size 744x10
      Marker "1. " at (18,8) size 30x10
      Line at (48,8) size 744x10
        Text "a" at (48,8) size 10x10
    Block <li> at (48,18) size 744x10
      Marker "2. " at (18,18) size 30x10
      Line at (48,18) size 744x10
        Text "b" at (48,18) size 10x10
`},
		{"inside marker", `<ul><li>a</li></ul>`,
			rules{"ul": func(st *cssom.ComputedStyle) { st.ListStyleType = "decimal"; st.ListStylePosition = cssom.ListInside }}, `
Block <body> at (8,8) size 784x10
  Block <ul> at (8,8) size 784x10
    Block <li> at (8,8) size 784x10
      Line at (8,8) size 784x10
        Marker "1. " at (8,8) size 30x10
        Text "a" at (38,8) size 10x10
`},
		{"outside marker without a line", `<ul><li><div id=x></div></li></ul>`,
			rules{"#x": height(lpx(5))}, `
Block <body> at (8,8) size 784x5
  Block <ul> at (8,8) size 784x5
    Block <li> at (8,8) size 784x5
      Marker "• " at (-12,8) size 20x10
      Block <div#x> at (8,8) size 784x5
`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			i := strings.Index(d, "Block <body>")
			if i < 0 {
				t.Fatalf("no body in\n%s", d)
			}
			got := dedent(d[i:])
			if want := strings.TrimPrefix(tc.want, "\n"); got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// dedent removes the indentation of the first line from every line.
func dedent(s string) string {
	lines := strings.Split(s, "\n")
	// s starts at the body line's text: find its indentation from the
	// second line's relative indentation.
	n := 0
	if len(lines) > 1 {
		n = len(lines[1]) - len(strings.TrimLeft(lines[1], " ")) - 2
	}
	for i := 1; i < len(lines); i++ {
		if len(lines[i]) >= n {
			lines[i] = lines[i][n:]
		}
	}
	return strings.Join(lines, "\n")
}
