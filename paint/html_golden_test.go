package paint_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/browser/browsertest"
	"github.com/paneweb/pane/paint"
)

// htmlGoldenViewport is the viewport of the HTML goldens, in CSS px.
var htmlGoldenViewport = browser.Viewport{Width: 400, Height: 200}

// htmlTolerance is the per-golden tolerance: anti-aliased edges (rounded
// corners, rotated boxes, blurs, glyphs) may move by a little between
// platforms' float rounding, so those goldens allow a few channel steps.
var htmlTolerance = map[string]browsertest.Options{
	"radius-elliptical": {Threshold: 8, MaxDiffPixels: 40},
	"radius-overlap":    {Threshold: 8, MaxDiffPixels: 40},
	"transform-boxes":   {Threshold: 16, MaxDiffPixels: 80},
	"transform-box":     {Threshold: 16, MaxDiffPixels: 80},
	"transform-text":    {Threshold: 16, MaxDiffPixels: 80},
	"transform-image":   {Threshold: 16, MaxDiffPixels: 80},
	"filter-blur":       {Threshold: 4, MaxDiffPixels: 40},
	"clip-path":         {Threshold: 8, MaxDiffPixels: 40},
	"scale-2x":          {Threshold: 8, MaxDiffPixels: 40},
}

// TestHTMLGolden renders each page of testdata/html (one feature each)
// through the browser and compares the screenshot with
// testdata/golden/html/NAME.png; a name ending in -2x renders at device
// scale 2. Rewrite them with go test ./paint -run HTMLGolden -update.
// internal/sidebyside puts each next to Chromium's rendering.
func TestHTMLGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	b := browser.New(browser.Options{Viewport: htmlGoldenViewport})
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		t.Run(name, func(t *testing.T) {
			abs, err := filepath.Abs(p)
			if err != nil {
				t.Fatal(err)
			}
			page, err := b.Open(context.Background(), "file://"+filepath.ToSlash(abs))
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range page.Diagnostics() {
				t.Errorf("diagnostic: %v", d)
			}
			shot := browser.ScreenshotOptions{}
			if strings.HasSuffix(name, "-2x") {
				shot.Scale = 2
			}
			img, err := page.Screenshot(context.Background(), shot)
			if err != nil {
				t.Fatal(err)
			}
			opts := htmlTolerance[name]
			opts.Update = *paint.UpdateGoldens
			browsertest.CheckImage(t, filepath.Join("testdata", "golden", "html", name+".png"), img, opts)
		})
	}
	if _, err := os.Stat(filepath.Join("testdata", "golden", "html")); err != nil {
		t.Fatal(err)
	}
}
