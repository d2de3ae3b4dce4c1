package layout

import (
	"context"
	"image"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// cssDump lays out body with the style sheet css (and Ahem 10px as the
// default font) at 800x600 and returns the dump.
func cssDump(t *testing.T, body, css string) string {
	t.Helper()
	fonts := ahem(t)
	doc := dom.ParseHTMLString("<!doctype html><body>"+body, "about:test")
	sheet := cssom.ParseStyleSheet("html { font: 10px/1 Ahem } p, ul, ol { margin: 0 } "+css, "", cssom.AuthorOrigin)
	styles := cssom.Compute(doc, []*cssom.StyleSheet{sheet}, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatal(err)
	}
	return Dump(root)
}

func TestFirstLetterUnit(t *testing.T) {
	tests := []struct{ in, lead, letter, rest string }{
		{"This", "", "T", "his"},
		{" a b", " ", "a", " b"},
		{"\"Hello\"", "", "\"H", "ello\""},
		{"«A» b", "", "«A»", " b"},
		{"(1) x", "", "(1)", " x"},
		{"' x", "", "' x", ""}, // punctuation, a space between, the letter
		{"e\u0301te", "", "e\u0301", "te"},
		{"...", "", "", ""},
		{"", "", "", ""},
		{"$5", "", "$", "5"},
	}
	for _, tt := range tests {
		lead, letter, rest, found := firstLetterUnit(tt.in)
		if found != (tt.letter != "") || lead != tt.lead || letter != tt.letter || rest != tt.rest {
			t.Errorf("firstLetterUnit(%q) = %q, %q, %q, %v; want %q, %q, %q", tt.in, lead, letter, rest, found, tt.lead, tt.letter, tt.rest)
		}
	}
}

func TestFirstLetterAndLine(t *testing.T) {
	tests := []struct {
		name, body, css string
		kinds           []string
		want            string
	}{
		{"first letter", `<p>abc de</p>`, `p::first-letter { font-size: 20px }`, []string{"Inline", "Text"},
			`Inline <p::first-letter> at (8,8) size 20x20|Text "a" at (8,8) size 20x20|Text "bc de" at (28,16) size 50x10`},
		{"first letter through inline and ::before", `<p><span> <b>xy</b></span></p>`, `p::before { content: "" } p::first-letter { font-size: 20px } `, []string{"Text"},
			`Text "x" at (8,8) size 20x20|Text "y" at (28,16) size 10x10`},
		{"first letter of a child block", `<div><p>ab</p><p>cd</p></div>`, `div::first-letter { color: green; font-size: 20px }`, []string{"Text"},
			`Text "a" at (8,8) size 20x20|Text "b" at (28,16) size 10x10|Text "cd" at (8,28) size 20x10`},
		{"no first letter after an inline-block", `<p><span style="display:inline-block">x</span>ab</p>`, `p::first-letter { font-size: 20px }`, []string{"Text"},
			`Text "x" at (8,8) size 10x10|Text "ab" at (18,8) size 20x10`},
		{"floated first letter", `<p style="width:100px">abc def ghi</p>`, `p::first-letter { float: left; font-size: 30px; padding-right: 5px }`, []string{"Block <p::", "Text"},
			`Block <p::first-letter> at (8,8) size 35x30|Text "a" at (8,8) size 30x30|Text "bc def" at (43,8) size 60x10|Text "ghi" at (43,18) size 30x10`},
		{"first line breaks in its own font", `<div style="width:100px">aa bb cc dd</div>`, `div::first-line { font-size: 20px }`, []string{"Line", "Text"},
			`Line at (8,8) size 100x20|Text "aa bb" at (8,8) size 100x20|Line at (8,28) size 100x10|Text "cc dd" at (8,28) size 50x10`},
		{"first line box", `<div>ab <i>cd</i></div>`, `div::first-line { color: green }`, []string{"Inline"},
			`Inline <div::first-line> at (8,8) size 50x10|Inline <i> at (38,8) size 20x10`},
		{"first line of the first child block", `<div><p>ab cd</p><p>ef</p></div>`, `div::first-line { font-size: 20px } p { width: 60px }`, []string{"Text"},
			`Text "ab" at (8,8) size 40x20|Text "cd" at (8,28) size 20x10|Text "ef" at (8,38) size 20x10`},
		{"first line text-transform", `<p>ab cd</p>`, `p::first-line { text-transform: uppercase }`, []string{"Text"},
			`Text "AB CD" at (8,8) size 50x10`},
		{"inline box continues in its own style", `<div style="width:50px"><i>aa bb</i></div>`, `div::first-line { font-size: 20px }`, []string{"Inline", "Text"},
			`Inline <div::first-line> at (8,8) size 40x20|Inline <i> at (8,8) size 40x20|Text "aa" at (8,8) size 40x20|Inline <i> at (8,28) size 20x10|Text "bb" at (8,28) size 20x10`},
		{"split word continues", `<div style="width:30px; overflow-wrap: anywhere">aaaaa</div>`, `div::first-line { font-size: 20px }`, []string{"Text"},
			`Text "a" at (8,8) size 20x20|Text "aaa" at (8,28) size 30x10|Text "a" at (8,38) size 10x10`},
		{"own color kept", `<p>ab <em>cd</em></p>`, `p::first-line { color: green } em { color: red }`, []string{"Text"},
			`Text "ab " at (8,8) size 30x10|Text "cd" at (38,8) size 20x10`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := cssDump(t, tt.body, tt.css)
			if got := lines(dump, tt.kinds...); got != tt.want {
				t.Errorf("got  %s\nwant %s\n%s", got, tt.want, dump)
			}
		})
	}
}

// TestFirstLineColors checks the styles the first line's fragments get.
func TestFirstLineColors(t *testing.T) {
	fonts := ahem(t)
	doc := dom.ParseHTMLString(`<!doctype html><body><p>ab <em>cd</em> <b>ef</b><br>gh</p>`, "about:test")
	sheet := cssom.ParseStyleSheet(`html { font: 10px Ahem } p::first-line { color: green } em { color: red }`, "", cssom.AuthorOrigin)
	styles := cssom.Compute(doc, []*cssom.StyleSheet{sheet}, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatal(err)
	}
	green, red, black := cssom.Color{G: 128, A: 255}, cssom.Color{R: 255, A: 255}, cssom.Color{A: 255}
	want := map[string]cssom.Color{"ab ": green, "cd": red, "ef": green, "gh": black}
	var walk func(f *Fragment)
	walk = func(f *Fragment) {
		if f.Kind == TextFragment && f.Text != nil {
			if c, ok := want[f.Text.Text]; ok && f.Style.Color != c {
				t.Errorf("%q has color %v, want %v", f.Text.Text, f.Style.Color, c)
			}
			delete(want, f.Text.Text)
		}
		for _, c := range f.Children {
			walk(c)
		}
	}
	walk(root)
	if len(want) > 0 {
		t.Errorf("texts not found: %v", want)
	}
}

func TestMarkerStyles(t *testing.T) {
	tests := []struct {
		name, body, css, want string
	}{
		{"counter-reset list-item", `<ol><li>a</li><li>b</li></ol>`, `ol { counter-reset: list-item 4 }`, `Marker "5. "|Marker "6. "`},
		{"reversed", `<ol reversed><li>a</li><li>b</li></ol>`, ``, `Marker "2. "|Marker "1. "`},
		{"counter style", `<ul><li>a</li><li>b</li></ul>`, `@counter-style x { system: cyclic; symbols: "+" "-"; suffix: "" } ul { list-style-type: x }`, `Marker "+"|Marker "-"`},
		{"predefined", `<ol style="list-style-type: lower-greek"><li>a</li><li>b</li></ol>`, ``, `Marker "α. "|Marker "β. "`},
		{"marker content", `<ul><li>a</li></ul>`, `li::marker { content: "[" counter(list-item) "]" }`, `Marker "[1]"`},
		{"marker content none", `<ul><li>a</li><li class=n>b</li><li>c</li></ul>`, `li::marker { content: "x" } .n::marker { content: none }`, `Marker "x"|Marker "x"`},
		{"marker font", `<ul><li>a</li></ul>`, `li::marker { font-size: 20px }`, `Marker "• " at (8,0) size 40x20|Text "a" at (48,8) size 10x10`},
		{"inside marker style", `<ul style="list-style-position: inside"><li>a</li></ul>`, `li::marker { font-size: 20px }`, `Inline <li::marker> at (48,8) size 40x20|Marker "• " at (48,8) size 40x20|Text "a" at (88,16) size 10x10`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := cssDump(t, tt.body, tt.css)
			got := lines(dump, "Marker", "Inline", "Text")
			if !strings.Contains(tt.want, " at ") {
				got = lines(strings.ReplaceAll(dump, " at ", "\n"), "Marker")
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s\n%s", got, tt.want, dump)
			}
		})
	}
}

func TestImageMarker(t *testing.T) {
	fonts := ahem(t)
	doc := dom.ParseHTMLString(`<!doctype html><body><ul><li>ab</li><li class=i>cd</li><li class=n>ef</li></ul>`, "http://x/")
	sheet := cssom.ParseStyleSheet(`html { font: 10px/1 Ahem } ul { margin: 0; list-style-image: url(m.png) } .i { list-style-position: inside } .n { list-style-image: none }`, "http://x/", cssom.AuthorOrigin)
	styles := cssom.Compute(doc, []*cssom.StyleSheet{sheet}, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
	img := image.NewRGBA(image.Rect(0, 0, 6, 4))
	opts := Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts, Image: func(el *dom.Node) image.Image {
		if st := styles.Of(el); st != nil && st.ListStyleImage == "http://x/m.png" {
			return img
		}
		return nil
	}}
	root, err := Layout(context.Background(), doc, styles, opts)
	if err != nil {
		t.Fatal(err)
	}
	dump := Dump(root)
	want := `Image (anonymous) at (35,12) size 6x4|Text "ab" at (48,8) size 20x10|Image (anonymous) at (48,22) size 6x4|Text "cd" at (61,18) size 20x10|Marker "• " at (28,28) size 20x10|Text "ef" at (48,28) size 20x10`
	if got := lines(dump, "Image", "Text", "Marker"); got != want {
		t.Errorf("got  %s\nwant %s\n%s", got, want, dump)
	}
}

func TestFirstLineAfterFloat(t *testing.T) {
	dump := cssDump(t, `<div><span style="float:left">f</span><p>ab</p></div>`, `div::first-line { font-size: 20px }`)
	if !strings.Contains(dump, `Text "ab" at (18,8) size 40x20`) {
		t.Errorf("the first line after a float is not styled:\n%s", dump)
	}
}
