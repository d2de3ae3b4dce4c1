package browser

import (
	"context"
	"math/rand"
	"path/filepath"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
)

// toggleCSS is the rule the incremental tests toggle on: bold text is
// wider, so the toggled element's line is laid out again.
const toggleCSS = `.pane-toggle { font-weight: bold; color: red }`

// openIncremental opens the corpus page name offline, adds toggleCSS to
// its sheets and brings it up to date. It skips when the corpus is absent.
func openIncremental(tb testing.TB, name string) *Page {
	tb.Helper()
	path, _ := filepath.Abs(filepath.Join("../../shared/corpus/pages", name))
	if m, _ := filepath.Glob(path); len(m) == 0 {
		tb.Skip("corpus page not found: " + name)
	}
	mux := fetch.NewMux()
	mux.Handle("http", nil)
	mux.Handle("https", nil)
	b := New(Options{Client: &fetch.Client{Fetcher: mux}, DisableJavaScript: true})
	p, err := b.Open(context.Background(), "file://"+filepath.ToSlash(path))
	if err != nil {
		tb.Fatal(err)
	}
	p.mu.Lock()
	p.sheets = append(p.sheets, cssom.ParseStyleSheet(toggleCSS, "about:test", cssom.AuthorOrigin))
	p.forgetDerived()
	p.mu.Unlock()
	if err := p.Update(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return p
}

// forgetDerived drops the styles, layout and display list, so that the
// next update computes everything again.
func (p *Page) forgetDerived() {
	p.styles, p.tree, p.list = nil, nil, nil
}

// leafInText returns an element with no element children whose parent
// holds text: a link or <b> in a paragraph.
func leafInText(doc *dom.Document) *dom.Node {
	for _, el := range doc.Elements() {
		if el.FirstElementChild() == nil && (el.IsHTML("a") || el.IsHTML("b")) && el.Parent.IsHTML("p") && el.TextContent() != "" {
			return el
		}
	}
	return nil
}

func toggle(el *dom.Node) {
	if el.HasAttr("class") && el.AttrOr("class", "") == "pane-toggle" {
		el.RemoveAttr("class")
	} else {
		el.SetAttr("class", "pane-toggle")
	}
}

// TestIncrementalClassChange toggles a class on a leaf of a large page:
// the update must restyle fewer than 1% of the elements and lay out a
// small part of the boxes, and give what a full update gives.
func TestIncrementalClassChange(t *testing.T) {
	p := openIncremental(t, "wikipedia-2.html")
	full := p.UpdateStats()
	if !full.FullRestyle {
		t.Fatal("first update was not full")
	}
	leaf := leafInText(p.Document())
	if leaf == nil {
		t.Fatal("no leaf in a paragraph")
	}
	for i := range 2 {
		toggle(leaf)
		if err := p.Update(context.Background()); err != nil {
			t.Fatal(err)
		}
		st := p.UpdateStats()
		t.Logf("elements %d: restyled %d (%d changed), laid out %d of %d boxes, reused %d subtrees of %d boxes (%d moved)",
			st.Elements, st.Restyled, st.StylesChanged, st.Boxes, full.Boxes, st.ReusedSubtrees, st.ReusedBoxes, st.MovedSubtrees)
		if st.FullRestyle || st.Restyled*100 >= st.Elements {
			t.Errorf("toggle %d restyled %d of %d elements (full %v)", i, st.Restyled, st.Elements, st.FullRestyle)
		}
		if st.Boxes*20 > full.Boxes {
			t.Errorf("toggle %d laid out %d boxes; a full layout lays out %d", i, st.Boxes, full.Boxes)
		}
		sameAsFullUpdate(t, p)
	}
}

// sameAsFullUpdate checks that the page's layout and display list equal
// those a full update makes.
func sameAsFullUpdate(t *testing.T, p *Page) {
	t.Helper()
	wantLayout, wantList := p.LayoutDump(), p.DisplayListDump()
	p.mu.Lock()
	styles, tree, root, list := p.styles, p.tree, p.root, p.list
	p.forgetDerived()
	p.mu.Unlock()
	if got := p.LayoutDump(); got != wantLayout {
		t.Error("incremental layout differs from a full one")
	}
	if got := p.DisplayListDump(); got != wantList {
		t.Error("incremental display list differs from a full one")
	}
	// Go on from the incremental state.
	p.mu.Lock()
	p.styles, p.tree, p.root, p.list = styles, tree, root, list
	p.mu.Unlock()
}

// TestIncrementalMutations applies random DOM mutations to corpus pages
// through the page and checks each update against a full one.
func TestIncrementalMutations(t *testing.T) {
	names := []string{"wikipedia-2.html", "ars-1.html", "mozilla-1.html", "table-style-attributes.html"}
	if testing.Short() {
		names = names[1:3]
	}
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			p := openIncremental(t, name)
			rng := rand.New(rand.NewSource(int64(i)))
			for range 3 {
				els := p.Document().Elements()
				for range 1 + rng.Intn(3) {
					el := els[rng.Intn(len(els))]
					switch rng.Intn(4) {
					case 0:
						toggle(el)
					case 1:
						el.SetAttr("style", []string{"width: 100px", "display: none", "float: left", "margin: 5px"}[rng.Intn(4)])
					case 2:
						el.SetState(dom.StateHover, true)
					default:
						if par := el.Parent; par != nil && par.Type == dom.ElementNode && !el.IsHTML("body") {
							par.RemoveChild(el)
						}
					}
				}
				if err := p.Update(context.Background()); err != nil {
					t.Fatal(err)
				}
				sameAsFullUpdate(t, p)
			}
		})
	}
}
