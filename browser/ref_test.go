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
	mux := fetch.NewMux()
	if err := mux.HandleOrigin(refOrigin, fetch.NewFSFetcher(os.DirFS("../testdata/ref"), refOrigin)); err != nil {
		t.Fatal(err)
	}
	b := browser.New(browser.Options{
		Viewport: browser.Viewport{Width: 400, Height: 300},
		Client:   &fetch.Client{Fetcher: mux},
	})
	// Pages about script errors may log them.
	runReftests(t, b, "", 40, true, func(name, _ string) bool { return strings.Contains(name, "error") })
}

// runReftests renders every page NAME.html of testdata/ref/dir with b and
// its NAME-ref.html, and requires the same pixels, and at least min pairs.
// A console error fails the page unless allowed says it is expected.
// parallel runs the pairs in parallel (pages that share a cookie jar's
// state must not).
func runReftests(t *testing.T, b *browser.Browser, dir string, min int, parallel bool, allowed func(name, text string) bool) {
	tests, err := filepath.Glob(filepath.Join("../testdata/ref", dir, "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range tests {
		name := dir + filepath.Base(path)
		if strings.HasSuffix(name, "-ref.html") {
			continue
		}
		n++
		ref := strings.TrimSuffix(name, ".html") + "-ref.html"
		t.Run(strings.TrimSuffix(filepath.Base(path), ".html"), func(t *testing.T) {
			if parallel {
				t.Parallel()
			}
			got := renderRef(t, b, name, allowed)
			want := renderRef(t, b, ref, allowed)
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
	if n < min {
		t.Errorf("only %d reftests in testdata/ref/%s, want at least %d", n, dir, min)
	}
}

func renderRef(t *testing.T, b *browser.Browser, name string, allowed func(name, text string) bool) *image.RGBA {
	t.Helper()
	ctx := context.Background()
	page, err := b.Open(ctx, refOrigin+name)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range page.Console() {
		if m.Level == "error" && !allowed(name, m.Text) {
			t.Errorf("%s: %s", name, m)
		}
	}
	img, err := page.Screenshot(ctx, browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return img
}
