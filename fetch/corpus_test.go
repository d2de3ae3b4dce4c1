package fetch

import (
	"bytes"
	"context"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// corpusDir is the shared corpus next to the repository (see DESIGN.md §9).
var corpusDir = filepath.Join("..", "..", "shared", "corpus")

func corpus(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join(corpusDir, sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus %s not available: %v", dir, err)
	}
	return dir
}

// subresources lists the URLs a page's <link href>, <script src> and
// <img src> name with a relative or absolute URL (not a root-relative path),
// resolved against base, with their destinations.
func subresources(t testing.TB, page []byte, base *url.URL) []*Request {
	z := html.NewTokenizer(bytes.NewReader(page))
	var reqs []*Request
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return reqs
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		attr, dest := "", DestinationOther
		switch tok.Data {
		case "link":
			attr, dest = "href", DestinationStyle
		case "script":
			attr, dest = "src", DestinationScript
		case "img":
			attr, dest = "src", DestinationImage
		default:
			continue
		}
		for _, a := range tok.Attr {
			if a.Key != attr || a.Val == "" {
				continue
			}
			ref := strings.TrimSpace(a.Val)
			if strings.HasPrefix(ref, "/") {
				// Root-relative references point at the site's original
				// server (github-markdown-css links /tylerlong/...), which
				// the corpus does not hold.
				continue
			}
			u, err := base.Parse(ref)
			if err != nil {
				t.Errorf("%s: bad URL %q: %v", base, a.Val, err)
				continue
			}
			reqs = append(reqs, &Request{URL: u, Destination: dest, Initiator: base})
		}
	}
}

// TestCorpusSites loads every page of the corpus sites and its local
// subresources, once through an FSFetcher origin and once through file:
// URLs, and checks that they are all found.
func TestCorpusSites(t *testing.T) {
	dir := corpus(t, "sites")
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	const origin = "https://sites.test/"
	m := NewMux()
	fsf := NewFSFetcher(os.DirFS(root), origin)
	if err := m.HandleOrigin(origin, fsf); err != nil {
		t.Fatal(err)
	}
	c := &Client{Fetcher: m}
	pages, err := filepath.Glob(filepath.Join(root, "*", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages in %s: %v", root, err)
	}
	more, _ := filepath.Glob(filepath.Join(root, "*", "*", "*.html"))
	pages = append(pages, more...)
	loaded := 0
	for _, p := range pages {
		rel, _ := filepath.Rel(root, p)
		for _, base := range []*url.URL{mustParse(t, origin+filepath.ToSlash(rel)), fileURL(p)} {
			page, err := c.Do(context.Background(), &Request{URL: base, Destination: DestinationDocument})
			if err != nil || page.Status != 200 || page.MediaType != "text/html" {
				t.Errorf("%s: %v", base, err)
				continue
			}
			var local []*Request
			for _, r := range subresources(t, page.Body, base) {
				if r.URL.Scheme == base.Scheme && r.URL.Host == base.Host {
					local = append(local, r)
				}
			}
			for i, res := range LoadAll(context.Background(), c, local, 0) {
				if res.Err != nil || res.Response.Status != 200 || len(res.Response.Body) == 0 {
					t.Errorf("%s: subresource %s: %v", base, local[i].URL, res.Err)
				}
				loaded++
			}
		}
	}
	if loaded == 0 {
		t.Error("no subresource loaded")
	}
	t.Logf("%d pages, %d subresources", len(pages), loaded)
}

// TestCorpusPagesDecode decodes the saved real pages: the output must be
// valid UTF-8, and pages declaring UTF-8 must come back unchanged.
func TestCorpusPagesDecode(t *testing.T) {
	dir := corpus(t, "pages")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out, cs := DecodeHTML(body, "text/html")
		if !utf8.Valid(out) {
			t.Errorf("%s: invalid UTF-8 out of %s", filepath.Base(p), cs)
		}
		if cs == "utf-8" && utf8.Valid(body) && !bytes.Equal(out, bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))) {
			t.Errorf("%s: UTF-8 page changed by decoding", filepath.Base(p))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func BenchmarkDecodeHTML(b *testing.B) {
	dir := corpus(b, "pages")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	var bodies [][]byte
	size := 0
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, body)
		size += len(body)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, body := range bodies {
			DecodeHTML(body, "text/html")
		}
	}
}

func BenchmarkLoadAllFS(b *testing.B) {
	dir := corpus(b, "sites")
	m := NewMux()
	const origin = "https://sites.test/"
	if err := m.HandleOrigin(origin, NewFSFetcher(os.DirFS(dir), origin)); err != nil {
		b.Fatal(err)
	}
	c := &Client{Fetcher: m}
	base := mustParse(b, origin+"startbootstrap-sb-admin-2/index.html")
	page, err := c.Do(context.Background(), &Request{URL: base})
	if err != nil {
		b.Fatal(err)
	}
	var reqs []*Request
	for _, r := range subresources(b, page.Body, base) {
		if r.URL.Host == base.Host { // never the network
			reqs = append(reqs, r)
		}
	}
	b.ReportMetric(float64(len(reqs)), "requests/op")
	for b.Loop() {
		LoadAll(context.Background(), c, reqs, 0)
	}
}
