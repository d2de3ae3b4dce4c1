package layout

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

var incMedia = cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)}

// incPage is a page being mutated and laid out incrementally beside a
// full layout.
type incPage struct {
	doc    *dom.Document
	sheets []*cssom.StyleSheet
	styles *cssom.Styles
	tree   *Tree
	opts   Options
}

func newIncPage(t testing.TB, src string, fonts *FontSet) *incPage {
	doc := dom.ParseHTMLString(src, "file:///page.html")
	var sheets []*cssom.StyleSheet
	doc.Root.Walk(func(n *dom.Node) bool {
		if n.IsHTML("style") {
			sheets = append(sheets, cssom.ParseStyleSheet(n.TextContent(), doc.URL, cssom.AuthorOrigin))
		}
		return true
	})
	p := &incPage{doc: doc, sheets: sheets, tree: NewTree(),
		opts: Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts}}
	p.update(t)
	return p
}

// update restyles and relayouts incrementally, checks the result against
// a full layout, and returns the tree's stats.
func (p *incPage) update(t testing.TB) Stats {
	t.Helper()
	styles, rs := cssom.Restyle(p.doc, p.styles, p.sheets, incMedia)
	p.styles = styles
	if rs.Full {
		p.tree.Reset()
	}
	for _, n := range rs.Changed {
		p.tree.Invalidate(n)
	}
	got, err := p.tree.Layout(context.Background(), p.doc, styles, p.opts)
	if err != nil {
		t.Fatal(err)
	}
	p.doc.Root.ClearDirty()
	want, err := Layout(context.Background(), p.doc, cssom.Compute(p.doc, p.sheets, incMedia), p.opts)
	if err != nil {
		t.Fatal(err)
	}
	if d := firstDifference(got, want); d != "" {
		t.Errorf("incremental layout differs from a full one: %s", d)
	}
	return p.tree.Stats()
}

// firstDifference describes the first fragment where a and b differ in
// kind, node, geometry, used box or text, or returns "".
func firstDifference(a, b *Fragment) string {
	switch {
	case a == nil || b == nil:
		if a != b {
			return "one tree is nil"
		}
		return ""
	case a.Kind != b.Kind || a.Node != b.Node || a.Rect != b.Rect || a.Margin != b.Margin ||
		a.Border != b.Border || a.Padding != b.Padding || a.Baseline != b.Baseline ||
		a.Marker != b.Marker || a.Pseudo != b.Pseudo || a.Anonymous != b.Anonymous:
		return fmt.Sprintf("%q vs %q", firstLineOf(Dump(a)), firstLineOf(Dump(b)))
	case (a.Text == nil) != (b.Text == nil) || a.Text != nil && (a.Text.Text != b.Text.Text || len(a.Text.Glyphs) != len(b.Text.Glyphs)):
		return "text of " + firstLineOf(Dump(a))
	case len(a.Children) != len(b.Children):
		return fmt.Sprintf("%d vs %d children in %q", len(a.Children), len(b.Children), firstLineOf(Dump(a)))
	}
	for i := range a.Children {
		if d := firstDifference(a.Children[i], b.Children[i]); d != "" {
			return d
		}
	}
	return ""
}

func firstLineOf(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

const incDoc = `<!DOCTYPE html><style>
.wide { width: 300px } .flt { float: left; width: 50px; height: 20px }
.bfc { overflow: hidden } .abs { position: absolute; top: 3px } .rel { position: relative }
</style><body>
<div id=a><p id=p1>one <b id=b1>bold</b> text</p><p id=p2>two</p></div>
<div id=c class=bfc><p>inside a block formatting context</p><div class=abs>abs</div></div>
<div id=d class=rel><p id=p3>three</p><div id=e><span>deep</span></div></div>
<ol><li>x<li id=li2>y<li>z</ol>
</body>`

func TestTreeReusesCleanBoxes(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *dom.Document)
		// maxBoxes is the most boxes the pass may lay out; minReused
		// the fewest subtrees it must reuse; clean the most boxes a
		// pass after no change may lay out.
		maxBoxes, minReused, clean int
	}{
		{"nothing", func(d *dom.Document) {}, 1, 1, 1},
		{"class on a leaf", func(d *dom.Document) { d.GetElementByID("b1").SetAttr("class", "x") }, 8, 3, 1},
		{"text", func(d *dom.Document) { d.GetElementByID("p2").FirstChild.SetData("deux deux") }, 8, 3, 1},
		{"width", func(d *dom.Document) { d.GetElementByID("a").SetAttr("class", "wide") }, 10, 3, 1},
		// Floats in the flow stop reuse after them (TODO(spec) in
		// incremental.go).
		{"float into the flow", func(d *dom.Document) { d.GetElementByID("p1").SetAttr("class", "flt") }, 20, 0, 16},
		{"remove", func(d *dom.Document) { d.GetElementByID("p3").Parent.RemoveChild(d.GetElementByID("p3")) }, 6, 3, 1},
		{"list item", func(d *dom.Document) { d.GetElementByID("li2").Parent.RemoveChild(d.GetElementByID("li2")) }, 8, 3, 1},
		{"abs inside", func(d *dom.Document) { d.GetElementByID("e").SetAttr("class", "abs") }, 8, 3, 1},
	}
	fonts := NewFontSet()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newIncPage(t, incDoc, fonts)
			full := p.tree.Stats().Boxes
			tt.mutate(p.doc)
			st := p.update(t)
			if st.Boxes > tt.maxBoxes || st.Reused < tt.minReused {
				t.Errorf("laid out %d boxes (full %d), reused %d subtrees; want at most %d, at least %d", st.Boxes, full, st.Reused, tt.maxBoxes, tt.minReused)
			}
			// A second pass after no change reuses the root's children.
			if st := p.update(t); st.Boxes > tt.clean {
				t.Errorf("clean pass laid out %d boxes", st.Boxes)
			}
		})
	}
}

// TestTreeCorpusMutations mutates the corpus pages at random and checks
// that each incremental layout equals a full one.
func TestTreeCorpusMutations(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpus/pages/*.html")
	if len(files) == 0 {
		t.Skip("corpus pages not found")
	}
	sort.Strings(files)
	rounds := 4
	if testing.Short() {
		var some []string
		for i := 0; i < len(files); i += 6 {
			some = append(some, files[i])
		}
		files, rounds = some, 3
	}
	fonts := NewFontSet()
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			p := newIncPage(t, string(src), fonts)
			rng := rand.New(rand.NewSource(int64(i)))
			for range rounds {
				for range 1 + rng.Intn(3) {
					mutate(rng, p.doc)
				}
				st := p.update(t)
				t.Logf("laid out %d boxes, reused %d subtrees of %d boxes, moved %d", st.Boxes, st.Reused, st.ReusedBoxes, st.Moved)
			}
		})
	}
}

// mutate applies one random mutation a script might make.
func mutate(rng *rand.Rand, d *dom.Document) {
	els := d.Elements()
	el, other := els[rng.Intn(len(els))], els[rng.Intn(len(els))]
	switch rng.Intn(6) {
	case 0, 1:
		el.SetAttr("class", other.AttrOr("class", "x"))
	case 2:
		el.SetAttr("style", []string{"width: 120px", "display: none", "float: right; width: 40px",
			"position: absolute", "overflow: hidden", "margin-top: 30px", "font-size: 30px"}[rng.Intn(7)])
	case 3:
		if p := el.Parent; p != nil && p.Type == dom.ElementNode && !el.IsHTML("body") && !el.IsHTML("head") {
			p.RemoveChild(el)
		}
	case 4:
		for c := el.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == dom.TextNode {
				c.SetData(c.Data + " more words here")
				break
			}
		}
	default:
		if !other.Contains(el) && (other.IsHTML("div") || other.IsHTML("p")) {
			other.AppendChild(el.Clone(true))
		}
	}
}

// TestTreeFirstLineOfAncestor moves the first line of a block with a
// ::first-line style from one child block to another: the child that
// loses it must not reuse its layout.
func TestTreeFirstLineOfAncestor(t *testing.T) {
	for _, css := range []string{"div::first-line { text-transform: uppercase; font-size: 30px }", "div::first-letter { font-size: 30px }"} {
		firstLineOfAncestor(t, "<!DOCTYPE html><style>"+css+"</style>"+
			"<div id=d><p id=p1>first paragraph</p><p id=p2>second paragraph</p></div>")
	}
}

func firstLineOfAncestor(t *testing.T, src string) {
	p := newIncPage(t, src, NewFontSet())
	p.update(t)
	d := p.doc.GetElementByID("d")
	np := p.doc.CreateElement("p")
	np.SetTextContent("new first")
	d.InsertBefore(np, d.FirstChild)
	p.update(t)
	d.RemoveChild(np)
	p.update(t)
}
