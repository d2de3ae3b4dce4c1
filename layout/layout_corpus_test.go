package layout

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// corpusPage is a real page from ../shared/corpus/pages, parsed and styled
// with its inline <style> sheets.
type corpusPage struct {
	name   string
	doc    *dom.Document
	styles *cssom.Styles
}

// loadCorpus returns the corpus pages, or skips when the corpus is absent.
func loadCorpus(tb testing.TB) []corpusPage {
	tb.Helper()
	files, _ := filepath.Glob("../../shared/corpus/pages/*.html")
	if len(files) == 0 {
		tb.Skip("corpus pages not found in ../../shared/corpus/pages")
	}
	sort.Strings(files)
	var pages []corpusPage
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		doc := dom.ParseHTMLString(string(src), "file:///"+filepath.Base(f))
		var sheets []*cssom.StyleSheet
		doc.Root.Walk(func(n *dom.Node) bool {
			if n.IsHTML("style") {
				sheets = append(sheets, cssom.ParseStyleSheet(n.TextContent(), doc.URL, cssom.AuthorOrigin))
			}
			return true
		})
		styles := cssom.Compute(doc, sheets, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
		pages = append(pages, corpusPage{filepath.Base(f), doc, styles})
	}
	return pages
}

// TestCorpusPages lays out every corpus page: no error, no panic, a
// deterministic dump, and the median page within the time budget.
func TestCorpusPages(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	pages := loadCorpus(t)
	fonts := NewFontSet()
	opts := Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts}
	var times []time.Duration
	for _, p := range pages {
		root, err := Layout(context.Background(), p.doc, p.styles, opts)
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
			continue
		}
		start := time.Now()
		root2, _ := Layout(context.Background(), p.doc, p.styles, opts)
		took := time.Since(start)
		times = append(times, took)
		if took > 50*time.Millisecond {
			t.Logf("%s: layout took %v", p.name, took)
		}
		if Dump(root) != Dump(root2) {
			t.Errorf("%s: two layouts differ", p.name)
		}
		hidden := false
		if el := p.doc.DocumentElement(); el != nil {
			st := p.styles.Of(el)
			hidden = st == nil || st.Display == cssom.DisplayNone
		}
		if root.Rect.H < cssom.Int(600) || (len(root.Children) == 0 && !hidden) {
			t.Errorf("%s: viewport %s, %d children", p.name, rect(root), len(root.Children))
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	if len(times) > 0 {
		t.Logf("layout of %d pages (shaping cached): median %v, max %v", len(times), times[len(times)/2], times[len(times)-1])
	}
}

// BenchmarkLayoutCorpus lays out every corpus page once per iteration.
func BenchmarkLayoutCorpus(b *testing.B) {
	pages := loadCorpus(b)
	opts := Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: NewFontSet()}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := Layout(context.Background(), p.doc, p.styles, opts); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestConcurrentLayout lays out the same documents from several goroutines
// with one shared font set: results must be identical (run with -race).
func TestConcurrentLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	pages := loadCorpus(t)
	if len(pages) > 4 {
		pages = pages[:4]
	}
	opts := Options{Width: cssom.Int(800), Height: cssom.Int(600)}
	want := make([]string, len(pages))
	for i, p := range pages {
		root, err := Layout(context.Background(), p.doc, p.styles, opts)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = Dump(root)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(pages))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, p := range pages {
				root, err := Layout(context.Background(), p.doc, p.styles, opts)
				if err != nil || Dump(root) != want[i] {
					errs <- p.name
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: concurrent layout differs", name)
	}
}
