package layout

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// TestGridLayout checks grid item border boxes against Chromium
// (getBoundingClientRect in a page with the same markup and style, Ahem
// 10px as the font).
func TestGridLayout(t *testing.T) {
	cases := []struct {
		name, src, css string
		want           map[string]string
	}{
		{"explicit columns and spans",
			`<div id=g><div id=a>X</div><div id=b>XX</div><div id=c>XXX</div><div id=d>X</div></div>`,
			`#g{display:grid;grid-template-columns:50px 1fr 2fr;column-gap:10px;row-gap:5px;width:400px} #a{grid-column:1/3} #b{grid-row:span 2}`,
			map[string]string{"g": "0,0 400x25", "a": "0,0 170x10", "b": "180,0 220x25", "c": "0,15 50x10", "d": "60,15 110x10"}},
		{"auto-fill minmax",
			`<div id=g><div id=a>X</div><div id=b>X</div><div id=c>X</div><div id=d>X</div><div id=e>X</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(auto-fill,minmax(100px,1fr));gap:8px;width:500px}`,
			map[string]string{"g": "0,0 500x28", "a": "0,0 119x10", "b": "127,0 119x10", "c": "254,0 119x10", "d": "381,0 119x10", "e": "0,18 119x10"}},
		{"auto-fit collapses empty tracks",
			`<div id=g><div id=a>X</div><div id=b>X</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(auto-fit,minmax(100px,1fr));gap:8px;width:500px}`,
			map[string]string{"g": "0,0 500x10", "a": "0,0 246x10", "b": "254,0 246x10"}},
		{"sparse auto-placement",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div><div id=e>5</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(4,50px);grid-auto-rows:30px} #b{grid-column:span 3} #c{grid-column:span 2} #e{grid-column:1}`,
			map[string]string{"g": "0,0 800x90", "a": "0,0 50x30", "b": "50,0 150x30", "c": "0,30 100x30", "d": "100,30 50x30", "e": "0,60 50x30"}},
		{"dense auto-placement",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div><div id=e>5</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(4,50px);grid-auto-rows:30px;grid-auto-flow:dense} #b{grid-column:span 3} #c{grid-column:span 2}`,
			map[string]string{"g": "0,0 800x60", "a": "0,0 50x30", "b": "50,0 150x30", "c": "0,30 100x30", "d": "100,30 50x30", "e": "150,30 50x30"}},
		{"column flow",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div><div id=e>5</div></div>`,
			`#g{display:grid;grid-template-rows:repeat(2,30px);grid-auto-flow:column;grid-auto-columns:60px 40px} #b{grid-row:span 2}`,
			map[string]string{"g": "0,0 800x60", "a": "0,0 60x30", "b": "60,0 40x60", "c": "100,0 60x30", "d": "100,30 60x30", "e": "160,0 40x30"}},
		{"negative lines and implicit tracks",
			`<div id=g><div id=a>a</div><div id=b>b</div><div id=c>c</div><div id=d>d</div></div>`,
			`#g{display:grid;grid-template-columns:100px 100px;grid-auto-columns:40px;grid-auto-rows:20px} #a{grid-column:-1/-4} #b{grid-column:4} #c{grid-row:-3}`,
			map[string]string{"g": "0,0 800x60", "a": "0,20 240x20", "b": "280,20 40x20", "c": "0,0 40x20", "d": "0,40 40x20"}},
		{"named lines",
			`<div id=g><div id=a>a</div><div id=b>b</div><div id=c>c</div><div id=d>d</div></div>`,
			`#g{display:grid;grid-template-columns:[full-start] 20px [main-start] 1fr [main-end] 20px [full-end];grid-template-rows:[r] 30px [s] 40px [r] 50px;width:300px} #a{grid-column:main} #b{grid-column:full;grid-row:r 2} #c{grid-column:main-start/span full-end;grid-row:s} #d{grid-column:x 2}`,
			map[string]string{"g": "0,0 300x120", "a": "20,0 250x30", "b": "0,70 290x50", "c": "20,30 270x40", "d": "290,0 10x30"}},
		{"template areas",
			`<div id=g><div id=h>h</div><div id=n>n</div><div id=m>m</div><div id=f>f</div></div>`,
			`#g{display:grid;grid-template:'h h' 30px 'n m' 1fr 'f f' auto / 120px 1fr;height:200px;width:400px} #h{grid-area:h} #n{grid-area:n} #m{grid-area:m} #f{grid-area:f}`,
			map[string]string{"g": "0,0 400x200", "h": "0,0 400x30", "n": "0,30 120x160", "m": "120,30 280x160", "f": "0,190 400x10"}},
		{"self alignment",
			`<div id=g><div id=a>XX</div><div id=b>XX</div><div id=c>XX</div><div id=d>XX</div></div>`,
			`#g{display:grid;grid-template-columns:200px 200px;grid-template-rows:100px 100px;justify-items:center;align-items:end} #b{place-self:start} #c{justify-self:stretch;align-self:center} #d{justify-self:end;align-self:stretch}`,
			map[string]string{"g": "0,0 800x200", "a": "90,90 20x10", "b": "200,0 20x10", "c": "0,145 200x10", "d": "380,100 20x100"}},
		{"content distribution",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div></div>`,
			`#g{display:grid;grid-template-columns:100px 100px 100px;grid-template-rows:50px 50px;width:600px;height:300px;justify-content:space-between;align-content:space-around} #d{grid-column:2/4}`,
			map[string]string{"g": "0,0 600x300", "a": "0,50 100x50", "b": "250,50 100x50", "c": "500,50 100x50", "d": "250,200 350x50"}},
		{"auto margins",
			`<div id=g><div id=a>XX</div><div id=b>XX</div></div>`,
			`#g{display:grid;grid-template-columns:300px;grid-template-rows:100px 100px} #a{margin:auto} #b{margin-left:auto;margin-top:auto}`,
			map[string]string{"g": "0,0 800x200", "a": "140,45 20x10", "b": "280,190 20x10"}},
		{"intrinsic track sizes",
			`<div id=g><div id=a>XX XX</div><div id=b>XX XX</div><div id=c>XX XX</div><div id=d>XXXX XXXX XXXX XXXX</div></div>`,
			`#g{display:grid;grid-template-columns:min-content max-content auto fit-content(60px);gap:5px;width:400px}`,
			map[string]string{"g": "0,0 400x40", "a": "0,0 20x40", "b": "25,0 50x40", "c": "80,0 255x40", "d": "340,0 60x40"}},
		{"fr with min-content floor",
			`<div id=g><div id=a>XXXXXXXXXXXXXXXXXXXX</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:1fr 1fr 1fr;width:300px}`,
			map[string]string{"g": "0,0 300x10", "a": "0,0 200x10", "b": "200,0 50x10", "c": "250,0 50x10"}},
		{"minmax zero fr",
			`<div id=g><div id=a>XXXXXXXXXXXXXXXXXXXX</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:minmax(0,1fr) 2fr 1fr;width:400px;column-gap:20px}`,
			map[string]string{"g": "0,0 400x10", "a": "0,0 90x10", "b": "110,0 180x10", "c": "310,0 90x10"}},
		{"inline-grid shrink-to-fit",
			`X <div id=g><div id=a>XX</div><div id=b>XXX XX</div><div id=c>X</div></div> X`,
			`#g{display:inline-grid;grid-template-columns:auto 1fr;gap:4px;border:2px solid;padding:3px}`,
			map[string]string{"g": "20,0 94x34", "a": "25,5 20x10", "b": "49,5 60x10", "c": "25,19 20x10"}},
		{"spanning auto tracks",
			`<div id=g><div id=a>XXXXXXXXXX XXXXXXXXXX</div><div id=b>X</div><div id=c>X</div><div id=d>XX</div></div>`,
			`#g{display:grid;grid-template-columns:auto auto auto;width:600px} #a{grid-column:1/3}`,
			map[string]string{"g": "0,0 600x20", "a": "0,0 463.32x10", "b": "463.32,0 136.67x10", "c": "0,10 226.65x10", "d": "226.65,10 236.67x10"}},
		{"spanning a flexible track",
			`<div id=g><div id=a>XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:auto 1fr;width:300px} #a{grid-column:span 2}`,
			map[string]string{"g": "0,0 300x20", "a": "0,0 300x10", "b": "0,10 10x10", "c": "10,10 290x10"}},
		{"fr rows in min-height",
			`<div id=g><div id=a>X</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:100px;grid-template-rows:auto 1fr auto;min-height:200px}`,
			map[string]string{"g": "0,0 800x200", "a": "0,0 100x10", "b": "0,10 100x180", "c": "0,190 100x10"}},
		{"fr rows with auto height",
			`<div id=g><div id=a>X<br>X<br>X</div><div id=b>X</div></div>`,
			`#g{display:grid;grid-template-rows:1fr 2fr;grid-template-columns:100px}`,
			map[string]string{"g": "0,0 800x90", "a": "0,0 100x30", "b": "0,30 100x60"}},
		{"rtl",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div></div>`,
			`#g{display:grid;grid-template-columns:100px 150px 1fr;width:500px;direction:rtl} #c{justify-self:start} #d{grid-column:span 2}`,
			map[string]string{"g": "0,0 500x20", "a": "400,0 100x10", "b": "250,0 150x10", "c": "240,0 10x10", "d": "250,10 250x10"}},
		{"order",
			`<div id=g><div id=a>a</div><div id=b>b</div><div id=c>c</div><div id=d>d</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(3,80px)} #a{order:2} #c{order:-1}`,
			map[string]string{"g": "0,0 800x20", "a": "0,10 80x10", "b": "80,0 80x10", "c": "0,0 80x10", "d": "160,0 80x10"}},
		{"percent tracks and heights",
			`<div id=g><div id=a>a</div><div id=b>b</div><div id=c>c</div></div>`,
			`#g{display:grid;grid-template-columns:25% 50% 1fr;grid-template-rows:50px;width:400px;height:200px} #b{height:50%}`,
			map[string]string{"g": "0,0 400x200", "a": "0,0 100x50", "b": "100,0 200x25", "c": "300,0 100x50"}},
		{"grid shorthand auto-flow",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div></div>`,
			`#g{display:grid;grid:auto-flow 30px / 100px 100px}`,
			map[string]string{"g": "0,0 800x60", "a": "0,0 100x30", "b": "100,0 100x30", "c": "0,30 100x30"}},
		{"absolutely positioned child",
			`<div id=g><div id=a>1</div><div id=b>abs</div><div id=c>2</div></div>`,
			`#g{display:grid;grid-template-columns:100px 100px;position:relative;padding:10px} #b{position:absolute;top:5px;right:5px}`,
			map[string]string{"g": "0,0 800x30", "a": "10,10 100x10", "b": "765,5 30x10", "c": "110,10 100x10"}},
		{"float containing grid",
			`<div id=g><div id=a>XX XX</div><div id=b>XXX</div><div id=c>X</div></div>`,
			`#g{display:grid;float:left;grid-template-columns:repeat(2,auto);column-gap:10px}`,
			map[string]string{"g": "0,0 90x20", "a": "0,0 50x10", "b": "60,0 30x10", "c": "0,10 50x10"}},
		{"abspos static position aligned",
			`<div id=g><div id=a>XX</div><div id=b>X</div></div>`,
			`#g{display:grid;position:relative;grid-template-columns:100px;height:60px;justify-items:center;align-items:end} #a{position:absolute}`,
			map[string]string{"g": "0,0 800x60", "a": "390,50 20x10", "b": "45,50 10x10"}},
		{"percentage margins and padding of items",
			`<div id=g><div id=a>X</div><div id=b>X</div></div>`,
			`#g{display:grid;grid-template-columns:1fr 1fr;width:400px} #a,#b{padding:5%;margin:2%}`,
			map[string]string{"g": "0,0 400x38", "a": "4,4 192x30", "b": "204,4 192x30"}},
		// Chromium makes #c 1/64 px narrower (122.65): its rounding of
		// flexible tracks loses the last 1/64 px; ours fills the grid.
		{"auto-fit minmax(0%, 1fr)",
			`<div id=g><div id=a>X</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:repeat(auto-fit,minmax(0%,1fr));column-gap:16px;width:400px}`,
			map[string]string{"g": "0,0 400x10", "a": "0,0 122.65x10", "b": "138.65,0 122.67x10", "c": "277.32,0 122.67x10"}},
		{"grid in a flex container",
			`<div id=f><div id=g><div id=a>XX</div><div id=b>XXX XX</div></div><div id=c>X</div></div>`,
			`#f{display:flex} #g{display:grid;grid-template-columns:auto auto;gap:10px}`,
			map[string]string{"f": "0,0 800x10", "g": "0,0 90x10", "a": "0,0 20x10", "b": "30,0 60x10", "c": "90,0 10x10"}},
		{"fit-content spanning",
			`<div id=g><div id=a>XXXXXXXXXXXXXXX</div><div id=b>X</div><div id=c>X</div></div>`,
			`#g{display:grid;grid-template-columns:fit-content(40px) fit-content(100px) 1fr;width:400px} #a{grid-column:span 2}`,
			map[string]string{"g": "0,0 400x20", "a": "0,0 150x10", "b": "150,0 250x10", "c": "0,10 10x10"}},
		{"dense column flow with auto rows pattern",
			`<div id=g><div id=a>1</div><div id=b>2</div><div id=c>3</div><div id=d>4</div></div>`,
			`#g{display:grid;grid-auto-flow:column dense;grid-template-rows:repeat(3,20px);grid-auto-columns:30px 50px} #a{grid-row:span 2} #b{grid-row:span 2} #c{grid-row:3}`,
			map[string]string{"g": "0,0 800x60", "a": "0,0 30x40", "b": "30,0 50x40", "c": "0,40 30x20", "d": "30,40 50x20"}},
		{"baseline alignment shims the row",
			`<div id=g><div id=a>X</div><div id=b>X</div><div id=c>X<br>X</div><div id=d>X</div></div>`,
			`#g{display:grid;grid-template-columns:50px 50px 50px;align-items:baseline} #a{font-size:30px} #b{padding-top:15px} #d{align-self:start}`,
			map[string]string{"g": "0,0 800x46", "a": "0,0 50x30", "b": "50,1 50x25", "c": "100,16 50x20", "d": "0,36 50x10"}},
		// Chromium floors left: 10% to 1/64 px (#e at 82.39); we round.
		{"abspos grid areas",
			`<div id=g><div id=a>X</div><div id=b>X</div><div id=c>X</div><div id=d>X</div><div id=e>X</div><div id=f>X</div></div>`,
			`#g{display:grid;position:relative;grid-template-columns:100px 150px 200px;grid-template-rows:50px 60px;gap:10px;padding:7px 9px;border:3px solid} #g>*{position:absolute} #a{grid-column:2;grid-row:2} #b{grid-column:2/4;top:5px;right:10px;bottom:0} #c{grid-row:1/3;left:0;right:0;height:30px} #d{grid-column:5;top:1px} #e{grid-column:span 2;grid-row:2;width:20%;left:10%}`,
			map[string]string{"g": "0,0 800x140", "a": "122,70 10x10", "b": "462,8 10x129", "c": "3,10 794x30", "d": "3,4 10x10", "e": "82.4,70 158.79x10", "f": "3,3 10x10"}},
		{"auto-fill in shrink-to-fit containers",
			`<div id=g><div id=a>XXX XXX XXX</div><div id=b>X</div></div><div id=f><div id=c>X</div><div id=d>XX XX XX</div><div id=e>X</div></div>`,
			`#g{display:inline-grid;grid-template-columns:repeat(auto-fill,minmax(50px,1fr));gap:5px;vertical-align:top} #f{float:left;display:grid;grid-template-columns:repeat(auto-fill,minmax(30px,auto));max-width:200px}`,
			map[string]string{"g": "200,0 110x30", "a": "200,0 52.5x30", "b": "257.5,0 52.5x30", "f": "0,0 200x20", "c": "0,0 30x20", "d": "30,0 50x20", "e": "80,0 30x20"}},
	}
	for _, tc := range cases {
		runTableCases(t, []tableCase{{name: tc.name, src: tc.src, css: tc.css, want: tc.want}})
	}
}

// TestGridBadInput lays out hostile grids: they must neither panic nor
// take long.
func TestGridBadInput(t *testing.T) {
	for _, css := range []string{
		"#g{display:grid;grid-template-columns:repeat(100000,1px)} #a{grid-column:100000000/-100000000}",
		"#g{display:grid} #a{grid-row:span 1000000 / span 5;grid-column:-1000000}",
		"#g{display:grid;grid-template-columns:repeat(auto-fill,1px);width:100000px} #a{grid-column:foo 100000}",
		"#g{display:inline-grid;grid-template-columns:repeat(auto-fit,minmax(0px,1fr));gap:-5px}",
		"#g{display:grid;grid-auto-flow:column dense;grid-template-rows:repeat(3,fit-content(10%))} #a{grid-row:4/2}",
	} {
		root := cssLayout(t, `<div id=g><div id=a>X</div><div>Y</div>text<span>Z</span></div>`, css)
		if byID(root, "a") == nil {
			t.Errorf("%s: no item\n%s", css, Dump(root))
		}
	}
}

// BenchmarkGridAutoFill lays out 1000 auto-placed items in a
// repeat(auto-fill, minmax(100px, 1fr)) grid.
func BenchmarkGridAutoFill(b *testing.B) {
	var src strings.Builder
	src.WriteString(`<div id=g>`)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&src, "<div>item %d</div>", i)
	}
	src.WriteString(`</div>`)
	doc := dom.ParseHTMLString(src.String(), "about:bench")
	sheet := cssom.ParseStyleSheet("#g{display:grid;grid-template-columns:repeat(auto-fill,minmax(100px,1fr));gap:8px}", "about:bench", cssom.AuthorOrigin)
	media := cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)}
	styles := cssom.Compute(doc, []*cssom.StyleSheet{sheet}, media)
	opts := Options{Width: cssom.Int(800), Height: cssom.Int(600)}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Layout(context.Background(), doc, styles, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzGridLayout lays out a grid with fuzzed container and item styles:
// no input may panic or take long.
func FuzzGridLayout(f *testing.F) {
	for _, seed := range [][2]string{
		{"grid-template-columns:repeat(auto-fill,minmax(10px,1fr));gap:3px", "grid-column:span 2"},
		{"grid:auto-flow dense 10px / repeat(3,fit-content(20%))", "grid-row:-1/span x;margin:auto"},
		{"grid-template-areas:'a a' 'b c';grid-template-rows:1fr auto", "grid-area:a;align-self:baseline"},
		{"display:inline-grid;grid-template-columns:[x] min-content [y] 2fr [x];justify-content:space-evenly", "grid-column:x 2/y;justify-self:end"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, container, item string) {
		start := time.Now()
		css := "#g{display:grid;" + container + "} #a{" + item + "}"
		root := cssLayout(t, `<div id=g><div id=a>X XX</div><div>Y</div>text<div style="grid-column:2">Z</div></div>`, css)
		if byID(root, "g") == nil {
			t.Fatalf("%s: no grid", css)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: layout took %v", css, d)
		}
	})
}
