package paint_test

import (
	"context"
	"image"
	"path/filepath"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/paint"
)

// BenchmarkRaster paints the display list of each page of
// ../shared/corpus/pages (laid out at 1280×800, offline) into a
// 1280×800 frame: the time and allocations of one frame. Compare with
// the browser's BenchmarkCorpusPages for the share of the whole render.
// AD-HOC: the lists are built without the pages' images.
func BenchmarkRaster(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "pages", "*.html"))
	if len(paths) == 0 {
		b.Skip("../shared/corpus/pages not found")
	}
	mux := fetch.NewMux()
	mux.Handle("http", nil)
	mux.Handle("https", nil)
	br := browser.New(browser.Options{Viewport: browser.Viewport{Width: 1280, Height: 800}, Client: &fetch.Client{Fetcher: mux}})
	for _, p := range paths {
		abs, _ := filepath.Abs(p)
		page, err := br.Open(context.Background(), "file://"+filepath.ToSlash(abs))
		if err != nil {
			b.Fatal(err)
		}
		root, err := page.Fragments(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		dl := paint.Build(root)
		b.Run(filepath.Base(p), func(b *testing.B) {
			dst := image.NewRGBA(image.Rect(0, 0, 1280, 800))
			b.ReportAllocs()
			for b.Loop() {
				dl.Raster(dst, paint.RasterOptions{})
			}
		})
	}
}
