package browser_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/browser/browsertest"
	"github.com/paneweb/pane/fetch"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

const goldenOrigin = "https://golden.test/"

// goldenBrowser serves ../testdata/golden at goldenOrigin, offline.
func goldenBrowser(t testing.TB) *browser.Browser {
	mux := fetch.NewMux()
	if err := mux.HandleOrigin(goldenOrigin, fetch.NewFSFetcher(os.DirFS("../testdata/golden"), goldenOrigin)); err != nil {
		t.Fatal(err)
	}
	return browser.New(browser.Options{
		Viewport: browser.Viewport{Width: 400, Height: 300},
		Client:   &fetch.Client{Fetcher: mux},
	})
}

// TestGoldenPages renders every page in testdata/golden and compares its
// layout dump and screenshot with the goldens beside it. -update rewrites
// them.
func TestGoldenPages(t *testing.T) {
	pages, err := filepath.Glob("../testdata/golden/*.*html")
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) < 20 {
		t.Fatalf("only %d golden pages", len(pages))
	}
	b := goldenBrowser(t)
	for _, path := range pages {
		name := filepath.Base(path)
		t.Run(strings.TrimSuffix(name, filepath.Ext(name)), func(t *testing.T) {
			t.Parallel()
			page, err := b.Open(context.Background(), goldenOrigin+name)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, filepath.Ext(path))
			browsertest.CheckPage(t, page, golden, browsertest.Options{Update: *update})
		})
	}
}
