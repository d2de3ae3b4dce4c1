package cssom

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/paneweb/pane/dom"
)

const corpusDir = "../../shared/corpus"

// corpusFiles returns the files under dir with the suffix, sorted, or skips
// the test when the shared corpus is absent.
func corpusFiles(tb testing.TB, dir, suffix string) []string {
	tb.Helper()
	root := filepath.Join(corpusDir, dir)
	if _, err := os.Stat(root); err != nil {
		tb.Skipf("corpus absent: %v", err)
	}
	var out []string
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, suffix) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// inlineSheets parses the <style> elements of a document.
func inlineSheets(d *dom.Document) []*StyleSheet {
	var sheets []*StyleSheet
	d.Root.Walk(func(n *dom.Node) bool {
		if n.IsHTML("style") {
			sheets = append(sheets, ParseStyleSheet(n.TextContent(), d.URL, AuthorOrigin))
		}
		return true
	})
	return sheets
}

// TestCorpusSheets parses every style sheet of the styled sites, checks
// that it yields rules and that its serialization round-trips.
func TestCorpusSheets(t *testing.T) {
	for _, p := range corpusFiles(t, "sites", ".css") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := ParseStyleSheet(string(src), "file:///"+p, AuthorOrigin)
		if len(s.Rules) == 0 {
			t.Errorf("%s: no rules", p)
		}
		out := s.String()
		if again := ParseStyleSheet(out, s.Href, AuthorOrigin).String(); again != out {
			t.Errorf("%s: serialization does not round-trip", p)
		}
	}
}

// TestCorpusPages computes the styles of every saved page.
func TestCorpusPages(t *testing.T) {
	for _, p := range corpusFiles(t, "pages", ".html") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := dom.ParseHTMLString(string(src), "file:///"+p)
		st := Compute(d, inlineSheets(d), Media{Width: Int(800), Height: Int(600)})
		if n := len(d.Elements()); st.Len() != n {
			t.Errorf("%s: %d styles for %d elements", p, st.Len(), n)
		}
	}
}

// sitePage loads a corpus site page with its linked local style sheets.
func sitePage(tb testing.TB, page string) (*dom.Document, []*StyleSheet) {
	src, err := os.ReadFile(page)
	if err != nil {
		tb.Skipf("corpus absent: %v", err)
	}
	d := dom.ParseHTMLString(string(src), "file:///"+page)
	var sheets []*StyleSheet
	d.Root.Walk(func(n *dom.Node) bool {
		switch {
		case n.IsHTML("style"):
			sheets = append(sheets, ParseStyleSheet(n.TextContent(), d.URL, AuthorOrigin))
		case n.IsHTML("link") && strings.Contains(strings.ToLower(n.AttrOr("rel", "")), "stylesheet"):
			href := n.AttrOr("href", "")
			if strings.Contains(href, "://") {
				break
			}
			p := filepath.Join(filepath.Dir(page), href)
			if css, err := os.ReadFile(p); err == nil {
				sheets = append(sheets, ParseStyleSheet(string(css), "file:///"+p, AuthorOrigin))
			}
		}
		return true
	})
	return d, sheets
}

func BenchmarkCompute(b *testing.B) {
	files := corpusFiles(b, "pages", ".html")
	pick := map[string]bool{"ars-1.html": true, "cnet.html": true, "breitbart.html": true, "wikipedia-2.html": true, "mozilla-1.html": true}
	for _, p := range files {
		name := filepath.Base(p)
		if !pick[name] {
			continue
		}
		src, _ := os.ReadFile(p)
		d := dom.ParseHTMLString(string(src), "file:///"+p)
		sheets := inlineSheets(d)
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Compute(d, sheets, Media{Width: Int(800), Height: Int(600)})
			}
		})
	}
	for _, page := range []string{"startbootstrap-sb-admin-2/index.html", "pico-docs/docs/index.html"} {
		d, sheets := sitePage(b, filepath.Join(corpusDir, "sites", page))
		b.Run(strings.ReplaceAll(page, "/", "_"), func(b *testing.B) {
			for b.Loop() {
				Compute(d, sheets, Media{Width: Int(800), Height: Int(600)})
			}
		})
	}
}

func BenchmarkParseBootstrap(b *testing.B) {
	files := corpusFiles(b, "sites", "sb-admin-2.min.css")
	if len(files) == 0 {
		b.Skip("no sb-admin-2.min.css")
	}
	src, _ := os.ReadFile(files[0])
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		ParseStyleSheet(string(src), "file:///x.css", AuthorOrigin)
	}
}
