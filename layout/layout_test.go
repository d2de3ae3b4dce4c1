package layout

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// rules are the test's style sheet: selectors "tag", ".class" or "#id"
// mapped to functions that set properties on a computed style. They apply
// after the mini user-agent defaults, in the order tag, class, id.
type rules map[string]func(st *cssom.ComputedStyle)

// lpx is a shorthand for an absolute length.
func lpx(v float64) cssom.Length { return cssom.LengthOf(cssom.Px(v)) }

// styleDoc parses src as HTML and gives every element a computed style:
// inherited from its parent, then a tiny user-agent sheet, then r.
func styleDoc(src string, r rules) (*dom.Document, *cssom.Styles) {
	doc := dom.ParseHTMLString(src, "about:test")
	styles := cssom.NewStyles()
	var walk func(n *dom.Node, parent *cssom.ComputedStyle)
	walk = func(n *dom.Node, parent *cssom.ComputedStyle) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != dom.ElementNode {
				continue
			}
			st := cssom.InheritFrom(parent)
			if parent == nil {
				st = cssom.Initial()
			}
			uaStyle(c, st)
			if f := r[c.Tag]; f != nil {
				f(st)
			}
			for _, cl := range c.Classes() {
				if f := r["."+cl]; f != nil {
					f(st)
				}
			}
			if f := r["#"+c.ID()]; f != nil && c.ID() != "" {
				f(st)
			}
			styles.Set(c, st)
			walk(c, st)
		}
	}
	walk(doc.Root, nil)
	return doc, styles
}

// uaStyle applies a few rules of the HTML user-agent style sheet.
func uaStyle(el *dom.Node, st *cssom.ComputedStyle) {
	switch el.Tag {
	case "html", "div", "p", "ul", "ol", "h1", "section", "pre":
		st.Display = cssom.DisplayBlock
	case "body":
		st.Display = cssom.DisplayBlock
		st.Margin = cssom.Edges[cssom.Length]{lpx(8), lpx(8), lpx(8), lpx(8)}
	case "li":
		st.Display = cssom.DisplayListItem
	case "head", "script", "style", "title":
		st.Display = cssom.DisplayNone
	}
	if el.Tag == "pre" {
		st.WhiteSpace = cssom.WhiteSpacePre
	}
}

var (
	ahemOnce  sync.Once
	ahemFonts *FontSet
)

// ahem returns a font set with the Ahem test font as the default serif
// face, or skips the test when the font is absent or text shaping is not
// available. In Ahem every glyph is 1em wide, the ascent is 0.8em and the
// descent 0.2em, so text sizes are exact.
func ahem(t testing.TB) *FontSet {
	t.Helper()
	ahemOnce.Do(func() {
		data, err := os.ReadFile("../../shared/corpus/wpt/fonts/Ahem.ttf")
		if err != nil {
			return
		}
		fs := NewFontSet()
		if fs.AddFont(data) != nil {
			return
		}
		runs := fs.Shape("X", FontSpec{Families: []string{"Ahem"}, Weight: 400, Size: cssom.Int(10)})
		if len(runs) == 0 || runs[0].Advance != cssom.Int(10) {
			return
		}
		ahemFonts = fs
	})
	if ahemFonts == nil {
		t.Skip("Ahem font or text shaping not available")
	}
	return ahemFonts
}

// ahemRules sets Ahem 10px on html, so that text is 10px per character
// and lines are 10px high.
func ahemRules(r rules) rules {
	out := rules{}
	for k, v := range r {
		out[k] = v
	}
	prev := out["html"]
	out["html"] = func(st *cssom.ComputedStyle) {
		st.FontFamily = []string{"Ahem"}
		st.FontSize = cssom.Int(10)
		if prev != nil {
			prev(st)
		}
	}
	return out
}

// layoutDump lays src out at 800x600 and returns the dump.
func layoutDump(t testing.TB, src string, r rules, fonts *FontSet) string {
	t.Helper()
	doc, styles := styleDoc(src, r)
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	return Dump(root)
}

// findLine returns the first dump line containing substr, trimmed.
func findLine(dump, substr string) string {
	for _, line := range strings.Split(dump, "\n") {
		if strings.Contains(line, substr) {
			return strings.TrimSpace(line)
		}
	}
	return ""
}

func TestSmoke(t *testing.T) {
	fonts := ahem(t)
	d := layoutDump(t, `<p>Hello <span>world</span></p><div style>x</div>`, ahemRules(nil), fonts)
	t.Log("\n" + d)
}

func TestCancel(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("<div>x</div>")
	}
	doc, styles := styleDoc(sb.String(), nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Layout(ctx, doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600)})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Layout with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// layoutDoc lays src out at 800x600 and returns the viewport fragment.
func layoutDoc(t testing.TB, src string, r rules, fonts *FontSet) *Fragment {
	t.Helper()
	doc, styles := styleDoc(src, r)
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	return root
}

// byID returns the first fragment of the element with the given id.
func byID(root *Fragment, id string) *Fragment {
	var found *Fragment
	var walk func(f *Fragment)
	walk = func(f *Fragment) {
		if found != nil {
			return
		}
		if f.Node != nil && f.Node.Type == dom.ElementNode && f.Node.ID() == id {
			found = f
			return
		}
		for _, c := range f.Children {
			walk(c)
		}
	}
	walk(root)
	return found
}

// rect formats a fragment's border box as "x,y wxh".
func rect(f *Fragment) string {
	if f == nil {
		return "<missing>"
	}
	return f.Rect.X.String() + "," + f.Rect.Y.String() + " " + f.Rect.W.String() + "x" + f.Rect.H.String()
}

// geometryCase is a table test: lay out src with rules and compare the
// border boxes of elements by id.
type geometryCase struct {
	name  string
	src   string
	rules rules
	want  map[string]string // id ▶ "x,y wxh"
}

func runGeometry(t *testing.T, cases []geometryCase, fonts *FontSet) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.rules
			if fonts != nil {
				r = ahemRules(r)
			}
			root := layoutDoc(t, tc.src, r, fonts)
			for id, want := range tc.want {
				if got := rect(byID(root, id)); got != want {
					t.Errorf("#%s = %s, want %s\n%s", id, got, want, Dump(root))
				}
			}
		})
	}
}

func TestEmptyDocument(t *testing.T) {
	for _, src := range []string{"", "<html style></html>"} {
		doc, styles := styleDoc(src, rules{"html": func(st *cssom.ComputedStyle) { st.Display = cssom.DisplayNone }})
		root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(300), Height: cssom.Int(200)})
		if err != nil {
			t.Fatal(err)
		}
		if got := Dump(root); got != "Viewport at (0,0) size 300x200\n" {
			t.Errorf("Dump = %q", got)
		}
	}
	// A nil style map and a nil document do not panic.
	if _, err := Layout(context.Background(), nil, nil, Options{}); err != nil {
		t.Fatal(err)
	}
}

func TestCanvasBackground(t *testing.T) {
	red := cssom.Color{R: 255, A: 255}
	blue := cssom.Color{B: 255, A: 255}
	tests := []struct {
		name             string
		html, body       cssom.Color
		canvas           cssom.Color
		htmlOut, bodyOut cssom.Color
	}{
		{"body propagates", cssom.Transparent, red, red, cssom.Transparent, cssom.Transparent},
		{"html wins", blue, red, blue, cssom.Transparent, red},
		{"none", cssom.Transparent, cssom.Transparent, cssom.Transparent, cssom.Transparent, cssom.Transparent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := layoutDoc(t, `<html id=h><body id=b></body></html>`, rules{
				"html": func(st *cssom.ComputedStyle) { st.BackgroundColor = tc.html },
				"body": func(st *cssom.ComputedStyle) { st.BackgroundColor = tc.body },
			}, nil)
			if root.Style.BackgroundColor != tc.canvas {
				t.Errorf("canvas = %v, want %v", root.Style.BackgroundColor, tc.canvas)
			}
			if got := byID(root, "h").Style.BackgroundColor; got != tc.htmlOut {
				t.Errorf("html = %v, want %v", got, tc.htmlOut)
			}
			if got := byID(root, "b").Style.BackgroundColor; got != tc.bodyOut {
				t.Errorf("body = %v, want %v", got, tc.bodyOut)
			}
		})
	}
}

func TestViewportGrowsWithContent(t *testing.T) {
	root := layoutDoc(t, `<div style></div>`, rules{"div": func(st *cssom.ComputedStyle) { st.Height = lpx(1000) }}, nil)
	if root.Rect.H != cssom.Int(1016) || root.Rect.W != cssom.Int(800) {
		t.Errorf("viewport = %s, want 0,0 800x1016", rect(root))
	}
}

func TestDeepNesting(t *testing.T) {
	src := strings.Repeat("<div>", 400) + "x" + strings.Repeat("</div>", 400)
	root := layoutDoc(t, src, rules{"div": func(st *cssom.ComputedStyle) { st.Padding[cssom.Left] = lpx(1) }}, nil)
	if root.Rect.H != cssom.Int(600) {
		t.Errorf("viewport = %s", rect(root))
	}
	src = strings.Repeat("<span>", 400) + "x" + strings.Repeat("</span>", 400)
	layoutDoc(t, src, nil, nil)
	src = strings.Repeat(`<div style="display:inline-block">`, 300) + "x"
	layoutDoc(t, src, rules{"div": func(st *cssom.ComputedStyle) { st.Display = cssom.DisplayInlineBlock }}, nil)
}

// FuzzLayout lays out arbitrary HTML styled by the real cascade: layout
// must neither fail nor panic, and every fragment must have a style.
func FuzzLayout(f *testing.F) {
	for _, s := range []string{
		`<p>Hello <b>world</b></p>`,
		`<div style="float:left;width:50%">a</div><div style="overflow:hidden">b</div><br clear=all>`,
		`<ul><li>x<li style="list-style:upper-roman inside">y</ul><pre>	a
b</pre>`,
		`<span style="display:inline-block;width:10%">x<div style="position:absolute;right:0">y</div></span>`,
		`<img alt=x><img width=10 height=5><input><select><option>a</select><textarea>t</textarea>`,
		`<div style="margin:-10px auto;max-width:100px;min-height:5em;box-sizing:border-box;padding:5%">z</div>`,
		`<span style="vertical-align:super;line-height:3">a<span style="vertical-align:top;font-size:40px">b</span></span>`,
		// ::first-line, ::first-letter, ::marker and @counter-style.
		`<style>p::first-letter{float:left;font-size:3em;padding:2px} p::first-line{font-size:20px;text-transform:uppercase}</style><p>"Hello" <b>world</b> and more words here</p>`,
		`<style>div::first-line{color:red;letter-spacing:3px} div{width:40px;overflow-wrap:anywhere}</style><div><span style=float:left>f</span><p>aaaaaaaaaaaa bbb</p></div>`,
		`<style>@counter-style x{system:additive;additive-symbols:5 V,1 I;range:1 20;pad:4 "0"} ol{list-style:x inside} li::marker{content:counter(list-item,x) ") "}</style><ol start=-3><li>a<li>b</ol>`,
		`<style>li::first-letter{font-size:2em} ul{list-style:"-" } li::marker{font-size:30px}</style><ul><li>¿x?<li><img></ul>`,
		`<style>p::first-letter{position:absolute;display:block} p::before{content:"(1) "}</style><p dir=rtl>שלום abc</p>`,
	} {
		f.Add(s)
	}
	fonts := NewFontSet()
	f.Fuzz(func(t *testing.T, src string) {
		doc := dom.ParseHTMLString(src, "about:fuzz")
		var sheets []*cssom.StyleSheet
		doc.Root.Walk(func(n *dom.Node) bool {
			if n.IsHTML("style") {
				sheets = append(sheets, cssom.ParseStyleSheet(n.TextContent(), "about:fuzz", cssom.AuthorOrigin))
			}
			return true
		})
		styles := cssom.Compute(doc, sheets, cssom.Media{Type: "screen", Width: cssom.Int(300), Height: cssom.Int(200)})
		root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(300), Height: cssom.Int(200), Fonts: fonts})
		if err != nil {
			t.Fatalf("Layout: %v", err)
		}
		var check func(f *Fragment, depth int)
		check = func(f *Fragment, depth int) {
			if f.Style == nil {
				t.Fatalf("fragment without style:\n%s", Dump(root))
			}
			for _, c := range f.Children {
				check(c, depth+1)
			}
		}
		check(root, 0)
	})
}

// TestNoQuadraticBlowup lays out large inputs that would take long with
// quadratic behaviour: a long paragraph in a narrow column, many siblings,
// many floats.
func TestNoQuadraticBlowup(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	tests := []struct {
		name string
		src  string
	}{
		{"long paragraph", "<p style='width:100px'>" + strings.Repeat("lorem ipsum dolor ", 10000) + "</p>"},
		{"many siblings", strings.Repeat("<div>x</div>", 20000)},
		{"many floats", strings.Repeat("<div style='float:left;width:30px;height:10px'>x</div>", 3000)},
		{"long word", "<p style='width:100px'>" + strings.Repeat("x", 200000) + "</p>"},
		{"many inline boxes", "<p>" + strings.Repeat("<span>a </span>", 20000) + "</p>"},
	}
	fonts := NewFontSet()
	for _, tc := range tests {
		doc := dom.ParseHTMLString(tc.src, "")
		styles := cssom.Compute(doc, nil, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
		start := time.Now()
		if _, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts}); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: layout took %v", tc.name, d)
		} else {
			t.Logf("%s: %v", tc.name, d)
		}
	}
}

// TestGeneratedContent checks ::before and ::after boxes
// (https://www.w3.org/TR/css-pseudo-4/#generated-content).
func TestGeneratedContent(t *testing.T) {
	css := `p::before { content: "<" attr(id) ">" } p::after { content: ""; display: block; height: 7px }
	span::before { content: none } q::before { content: open-quote } q::after { content: close-quote }`
	doc := dom.ParseHTMLString(`<p id=x>body<span>s</span><q>q</q></p>`, "")
	sheet := cssom.ParseStyleSheet(css, "", cssom.AuthorOrigin)
	styles := cssom.Compute(doc, []*cssom.StyleSheet{sheet}, cssom.Media{Type: "screen", Width: cssom.Int(400), Height: cssom.Int(300)})
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(400), Height: cssom.Int(300)})
	if err != nil {
		t.Fatal(err)
	}
	dump := Dump(root)
	for _, want := range []string{
		`Inline <p#x::before>`,
		`Text "<x>"`,
		`Block <p#x::after> at (8,34) size 384x7`,
		"Text \"\u201c\"",
		"Text \"\u201d\"",
	} {
		if !strings.Contains(dump, want) {
			t.Errorf("dump lacks %q:\n%s", want, dump)
		}
	}
	if strings.Contains(dump, "span::before") {
		t.Errorf("content: none generated a box:\n%s", dump)
	}
}
