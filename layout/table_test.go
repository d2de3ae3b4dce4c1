package layout

import (
	"context"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// cssLayout lays src out at 800x600 with the real cascade: the user agent
// sheet, then css, with Ahem 10px as the page font.
func cssLayout(t *testing.T, src, css string) *Fragment {
	t.Helper()
	fonts := ahem(t)
	doc := dom.ParseHTMLString(src, "about:test")
	sheets := []*cssom.StyleSheet{
		cssom.ParseStyleSheet("html { font: 10px/1 Ahem; } body { margin: 0; }"+css, "about:test", cssom.AuthorOrigin),
	}
	styles := cssom.Compute(doc, sheets, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	return root
}

// tableCase lays out src with css and checks the border boxes of
// elements by id.
type tableCase struct {
	name, src, css string
	want           map[string]string // id ▶ "x,y wxh"
}

func runTableCases(t *testing.T, cases []tableCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root := cssLayout(t, tc.src, tc.css)
			for id, want := range tc.want {
				if got := rect(byID(root, id)); got != want {
					t.Errorf("#%s = %s, want %s\n%s", id, got, want, Dump(root))
				}
			}
		})
	}
}

func TestTableGrid(t *testing.T) {
	const zero = "table { border-spacing: 0; } td { padding: 0; }"
	runTableCases(t, []tableCase{
		{
			name: "two by two",
			src:  `<table id=t><tr><td id=a>X<td id=b>XX</tr><tr><td id=c>XXX<td id=d>X</tr></table>`,
			css:  zero,
			want: map[string]string{"t": "0,0 50x20", "a": "0,0 30x10", "b": "30,0 20x10", "c": "0,10 30x10", "d": "30,10 20x10"},
		},
		{
			name: "colspan and rowspan",
			src: `<table id=t><tr><td id=a colspan=2>XXXX<td id=b rowspan=2>X</tr>` +
				`<tr><td id=c>XXX<td id=d>X</tr><tr><td id=e>X<td id=f>X<td id=g>X</tr></table>`,
			css:  zero,
			want: map[string]string{"t": "0,0 50x30", "a": "0,0 40x10", "b": "40,0 10x20", "c": "0,10 30x10", "d": "30,10 10x10", "g": "40,20 10x10"},
		},
		{
			name: "rowspan zero ends with the group",
			src:  `<table><tbody><tr><td id=a rowspan=0>X<td>X<tr><td id=b>X</tbody><tbody><tr><td id=c>X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 10x20", "b": "10,10 10x10", "c": "0,20 10x10"},
		},
		{
			name: "border-spacing and padding",
			src:  `<table id=t style="border-spacing: 5px 3px; border: 2px solid"><tr><td id=a style="padding: 4px">X<td id=b>X</table>`,
			css:  "td { padding: 1px; }",
			want: map[string]string{"t": "0,0 49x28", "a": "7,5 18x18", "b": "30,5 12x18"},
		},
		{
			name: "cellspacing and cellpadding attributes",
			src:  `<table id=t cellspacing=5 cellpadding=3><tr><td id=a>X<td id=b>XX</table>`,
			want: map[string]string{"t": "0,0 57x26", "a": "5,5 16x16", "b": "26,5 26x16"},
		},
		{
			name: "table height stretches the rows in proportion",
			src:  `<table style="height:60px"><tr id=r1><td>X</td></tr><tr id=r2><td>X<br>X</td></tr></table>`,
			css:  zero,
			want: map[string]string{"r1": "0,0 10x20", "r2": "0,20 10x40"},
		},
		{
			name: "rowspan cell makes its last row taller",
			src:  `<table><tr id=r1><td rowspan=2>X<br>X<br>X<br>X</td><td>X</td></tr><tr id=r2><td>X</td></tr></table>`,
			css:  zero,
			want: map[string]string{"r1": "0,0 20x10", "r2": "0,10 20x30"},
		},
		{
			name: "header group first, footer last",
			src:  `<table><tfoot><tr><td id=f>X</tfoot><tbody><tr><td id=b>X</tbody><thead><tr><td id=h>X</thead></table>`,
			css:  zero,
			want: map[string]string{"h": "0,0 10x10", "b": "0,10 10x10", "f": "0,20 10x10"},
		},
	})
}

func TestTableAnonymousObjects(t *testing.T) {
	runTableCases(t, []tableCase{
		{
			name: "stray cells share one anonymous table and row",
			src:  `<div id=p><span style="display:table-cell" id=a>XX</span> <span style="display:table-cell" id=b>X</span></div>`,
			want: map[string]string{"p": "0,0 800x10", "a": "0,0 20x10", "b": "20,0 10x10"},
		},
		{
			name: "stray rows",
			src:  `<div><div style="display:table-row" id=r1><div style="display:table-cell">X</div></div><div style="display:table-row" id=r2>XX</div></div>`,
			want: map[string]string{"r1": "0,0 20x10", "r2": "0,10 20x10"},
		},
		{
			name: "content directly in a table gets a row and a cell",
			src:  `<div style="display:table" id=t>XXX<span>X</span></div>`,
			want: map[string]string{"t": "0,0 40x10"},
		},
	})
}

func TestTableColumnWidths(t *testing.T) {
	const zero = "table { border-spacing: 0; } td { padding: 0; }"
	runTableCases(t, []tableCase{
		{
			name: "auto table is as wide as its max-content",
			src:  `<table id=t><tr><td id=a>XX XX<td id=b>X</table>`,
			css:  zero,
			want: map[string]string{"t": "0,0 60x10", "a": "0,0 50x10"},
		},
		{
			name: "width distributed over max-content",
			src:  `<table id=t style="width:200px"><tr><td id=a>XXX<td id=b>X</table>`,
			css:  zero,
			want: map[string]string{"t": "0,0 200x10", "a": "0,0 150x10", "b": "150,0 50x10"},
		},
		{
			name: "fixed width cell keeps its width",
			src:  `<table style="width:200px"><tr><td id=a style="width:50px">X<td id=b>X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 50x10", "b": "50,0 150x10"},
		},
		{
			name: "percentage column",
			src:  `<table style="width:400px"><tr><td id=a style="width:25%">X<td id=b>X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 100x10", "b": "100,0 300x10"},
		},
		{
			name: "narrow table interpolates between min and max",
			src:  `<div style="width:100px"><table id=t><tr><td id=a>XX XX XX XX<td id=b>XX XX XX</table></div>`,
			css:  zero,
			want: map[string]string{"t": "0,0 100x30", "a": "0,0 56x30", "b": "56,0 44x30"},
		},
		{
			name: "spanning cell widens its columns",
			src:  `<table><tr><td id=a colspan=2>XXXXXX<tr><td id=b>X<td id=c>XXX</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 60x10", "b": "0,10 15x10", "c": "15,10 45x10"},
		},
		{
			name: "col element width",
			src:  `<table><col style="width:70px"><tr><td id=a>X<td id=b>X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 70x10", "b": "70,0 10x10"},
		},
		{
			name: "fixed layout",
			src: `<table style="table-layout:fixed; width:300px"><col style="width:100px">` +
				`<tr><td id=a>XXXXXXXXXXXXXXX<td id=b style="width:50px">X<td id=c>X<td id=d>X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 100x10", "b": "100,0 50x10", "c": "150,0 75x10", "d": "225,0 75x10"},
		},
		{
			name: "right to left",
			src:  `<table style="direction:rtl"><tr><td id=a colspan=2>XXXX<td id=b>X<tr><td id=c>X<td id=d>XXX</table>`,
			css:  zero,
			want: map[string]string{"a": "10,0 40x10", "b": "0,0 10x10", "c": "40,10 10x10", "d": "10,10 30x10"},
		},
		{
			name: "centered with auto margins",
			src:  `<table id=t style="margin: 0 auto; width:100px"><tr><td>X</table>`,
			css:  zero,
			want: map[string]string{"t": "350,0 100x10"},
		},
	})
}

func TestTableVerticalAlign(t *testing.T) {
	const zero = "table { border-spacing: 0; } td { padding: 0; } span { display: inline-block; width: 10px; }"
	runTableCases(t, []tableCase{
		{
			name: "top middle bottom",
			src: `<table><tr><td style="height:40px">X` +
				`<td style="vertical-align:top"><span id=t>X</span>` +
				`<td style="vertical-align:middle"><span id=m>X</span>` +
				`<td style="vertical-align:bottom"><span id=b>X</span></table>`,
			css:  zero,
			want: map[string]string{"t": "10,0 10x10", "m": "20,15 10x10", "b": "30,30 10x10"},
		},
		{
			name: "cell height is the content height in standards mode",
			src:  `<!DOCTYPE html><table><tr><td id=a style="height:40px; padding:5px">X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 20x50"},
		},
		{
			name: "cell height is the border box height in quirks mode",
			src:  `<table><tr><td id=a style="height:40px; padding:5px">X</table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 20x40"},
		},
		{
			name: "inline-table sits on its first row's baseline",
			src: `<div style="font-size:20px"><span id=s style="display:inline-block;width:20px;height:16px"></span>` +
				`<table id=t style="display:inline-table"><tr><td style="font-size:10px">X<tr><td>X</table></div>`,
			css:  zero,
			want: map[string]string{"s": "0,0 20x16", "t": "20,8 20x30"},
		},
		{
			name: "baseline lines up first lines",
			src: `<table><tr><td style="vertical-align:baseline; font-size:20px"><span id=a style="width:20px">X</span>` +
				`<td style="vertical-align:baseline"><span id=b>X</span></table>`,
			css:  zero,
			want: map[string]string{"a": "0,0 20x20", "b": "20,8 10x10"},
		},
	})
}

func TestTableCaptionsAndCollapse(t *testing.T) {
	runTableCases(t, []tableCase{
		{
			name: "captions top and bottom",
			src: `<table id=t><caption id=c1>XX</caption><caption id=c2 style="caption-side:bottom">X</caption>` +
				`<tr><td id=a>XXXX</table>`,
			css:  "table { border-spacing: 0; } td { padding: 0; }",
			want: map[string]string{"c1": "0,0 40x10", "t": "0,0 40x30", "c2": "0,20 40x10", "a": "0,10 40x10"},
		},
		{
			name: "positioned table with a caption moves as a whole",
			src:  `<table id=t style="position:absolute; left:100px; top:50px"><caption id=c>XX</caption><tr><td id=a>XXXX</table>`,
			css:  "table { border-spacing: 0; } td { padding: 0; }",
			want: map[string]string{"t": "100,50 40x20", "c": "100,50 40x10", "a": "100,60 40x10"},
		},
		{
			name: "collapsed borders",
			src: `<table id=t style="border-collapse:collapse; border: 4px solid"><tr><td id=a style="border: 2px solid">X` +
				`<td id=b style="border: 6px solid">X</table>`,
			css:  "td { padding: 0; }",
			want: map[string]string{"t": "0,0 36x22", "a": "0,1 17x20", "b": "17,0 19x22"},
		},
	})
}

func TestCollapsedBorderConflicts(t *testing.T) {
	tests := []struct {
		name string
		a, b collapsed
		want collapsed
	}{
		{"hidden wins", collapsed{w: 1, style: cssom.BorderHidden}, collapsed{w: 9, style: cssom.BorderSolid}, collapsed{w: 1, style: cssom.BorderHidden}},
		{"none loses", collapsed{style: cssom.BorderNone, origin: fromCell}, collapsed{w: 1, style: cssom.BorderDotted}, collapsed{w: 1, style: cssom.BorderDotted}},
		{"wider wins", collapsed{w: 2, style: cssom.BorderDouble}, collapsed{w: 3, style: cssom.BorderInset}, collapsed{w: 3, style: cssom.BorderInset}},
		{"style rank", collapsed{w: 2, style: cssom.BorderDashed}, collapsed{w: 2, style: cssom.BorderSolid}, collapsed{w: 2, style: cssom.BorderSolid}},
		{"cell over table", collapsed{w: 2, style: cssom.BorderSolid, origin: fromTable}, collapsed{w: 2, style: cssom.BorderSolid, origin: fromCell}, collapsed{w: 2, style: cssom.BorderSolid, origin: fromCell}},
	}
	for _, tc := range tests {
		if got := better(tc.a, tc.b); got != tc.want {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
	root := cssLayout(t, `<table style="border-collapse:collapse"><tr><td id=a style="border:4px solid; border-right-style:hidden">X<td id=b style="border:6px solid">X</table>`, "td { padding: 0 }")
	a, b := byID(root, "a"), byID(root, "b")
	if a.Border[cssom.Right] != 0 || b.Border[cssom.Left] != 0 {
		t.Errorf("hidden border: a right %v, b left %v, want 0 and 0", a.Border[cssom.Right], b.Border[cssom.Left])
	}
}

func TestTableBadInput(t *testing.T) {
	srcs := []string{
		`<table><tr><td colspan=99999 rowspan=99999>X</table>`,
		`<table></table><table><caption>X</caption></table>`,
		`<table><col span=0><colgroup span=5></colgroup><tr></tr></table>`,
		`<div style="display:table-row">X</div><div style="display:table-column"></div>`,
		`<table style="border-collapse:collapse"><tr><td rowspan=3 colspan=2>X<td>Y</tr><tr><td>Z</table>`,
		`<table style="table-layout:fixed;width:10px"><tr><td style="width:50%">X<td colspan=3 style="width:5px">Y</table>`,
		`<span><div style="display:table-cell">X</div></span>`,
		strings.Repeat(`<table><tr><td>`, 50) + "X",
	}
	for _, src := range srcs {
		root := cssLayout(t, src, "")
		if root == nil {
			t.Errorf("%q: no layout", src)
		}
	}
}

func TestTableFragments(t *testing.T) {
	root := cssLayout(t, `<table id=t style="border-spacing:2px; empty-cells:hide">`+
		`<col id=c style="background:red"><col>`+
		`<tr id=r style="background:blue"><td id=e style="background:green"></td><td>X</td></tr></table>`, "td { padding: 0; }")
	col, row, cell := byID(root, "c"), byID(root, "r"), byID(root, "e")
	if got := rect(col); got != "2,2 0x10" {
		t.Errorf("column fragment = %s, want 2,2 0x10\n%s", got, Dump(root))
	}
	if got := rect(row); got != "2,2 12x10" {
		t.Errorf("row fragment = %s, want 2,2 12x10", got)
	}
	if cell == nil || cell.Style.BackgroundColor.A != 0 {
		t.Errorf("empty cell with empty-cells:hide keeps its background")
	}
	tf := byID(root, "t")
	if len(tf.Children) != 2 || tf.Children[0] != col {
		t.Errorf("table children: want the column then the row group, got %d", len(tf.Children))
	}
}

// FuzzTable lays out arbitrary markup inside a table and checks that
// layout neither panics nor fails.
func FuzzTable(f *testing.F) {
	for _, s := range []string{
		`<tr><td colspan=3>a<td rowspan=0>b<tr><td>c`,
		`<caption>x</caption><colgroup span=2><col span=3></colgroup><tbody><tr><th>h`,
		`<tr><td style="display:table-row">x<td style="display:table-caption">y`,
		`<tr style="display:block"><td>x</td></tr><td style="width:50%">z`,
	} {
		f.Add(s, "collapse", "fixed")
	}
	f.Fuzz(func(t *testing.T, inner, collapse, layout string) {
		doc := dom.ParseHTMLString(`<table style="width:300px; border:3px solid; border-collapse:`+collapse+
			`; table-layout:`+layout+`">`+inner+`</table>`, "about:test")
		styles := cssom.Compute(doc, []*cssom.StyleSheet{cssom.ParseStyleSheet(
			"td { border: 1px solid; padding: 2px } td:nth-child(2n) { width: 20%; vertical-align: bottom }", "about:test", cssom.AuthorOrigin)},
			cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
		if _, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600)}); err != nil {
			t.Fatalf("Layout: %v", err)
		}
	})
}
