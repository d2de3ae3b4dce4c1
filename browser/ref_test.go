package browser_test

import (
	"context"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/browser/browsertest"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/paint"
)

const refOrigin = "https://ref.test/"

// TestScriptReftests renders each testdata/ref/NAME.html, where scripts
// build or change the content, and its static NAME-ref.html at 400×300, and
// requires the same pixels. The pages are served from an FSFetcher origin
// so external and deferred scripts load as on the web.
func TestScriptReftests(t *testing.T) {
	tests, err := filepath.Glob("../testdata/ref/*.html")
	if err != nil {
		t.Fatal(err)
	}
	mux := fetch.NewMux()
	if err := mux.HandleOrigin(refOrigin, fetch.NewFSFetcher(os.DirFS("../testdata/ref"), refOrigin)); err != nil {
		t.Fatal(err)
	}
	b := browser.New(browser.Options{
		Viewport: browser.Viewport{Width: 400, Height: 300},
		Client:   &fetch.Client{Fetcher: mux},
	})
	n := 0
	for _, path := range tests {
		name := filepath.Base(path)
		if strings.HasSuffix(name, "-ref.html") {
			continue
		}
		n++
		ref := strings.TrimSuffix(name, ".html") + "-ref.html"
		t.Run(strings.TrimSuffix(name, ".html"), func(t *testing.T) {
			t.Parallel()
			got := renderRef(t, b, name)
			want := renderRef(t, b, ref)
			diff, dimg := browsertest.Compare(got, want, 0)
			if diff == 0 {
				return
			}
			out := filepath.Join(t.TempDir(), "diff.png")
			if f, err := os.Create(out); err == nil {
				_ = paint.EncodePNG(f, dimg)
				_ = f.Close()
			}
			t.Errorf("%s and %s differ in %d pixels (diff: %s)", name, ref, diff, out)
		})
	}
	if n < 40 {
		t.Errorf("only %d script reftests, want at least 40", n)
	}
}

func renderRef(t *testing.T, b *browser.Browser, name string) *image.RGBA {
	t.Helper()
	ctx := context.Background()
	page, err := b.Open(ctx, refOrigin+name)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range page.Console() {
		if m.Level == "error" && !strings.Contains(name, "error") {
			t.Errorf("%s: %s", name, m)
		}
	}
	img, err := page.Screenshot(ctx, browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return img
}
