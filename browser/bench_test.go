package browser_test

import (
	"context"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// BenchmarkCorpusPages renders each page of ../shared/corpus/pages end to end
// at 800×600 (load from file, parse, style, layout, paint, raster) and
// reports the time of each stage per page.
func BenchmarkCorpusPages(b *testing.B) {
	br := browser.New(browser.Options{Client: offlineClient()})
	for _, cp := range corpusPages(b) {
		u := cp.url
		b.Run(cp.name, func(b *testing.B) {
			b.ReportAllocs()
			var sum browser.Timings
			var raster time.Duration
			for b.Loop() {
				page, err := br.Open(context.Background(), u)
				if err != nil {
					b.Fatal(err)
				}
				t := time.Now()
				if _, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{}); err != nil {
					b.Fatal(err)
				}
				raster += time.Since(t)
				tm := page.Timings()
				sum.Parse += tm.Parse
				sum.Style += tm.Style
				sum.Layout += tm.Layout
				sum.Paint += tm.Paint
			}
			n := float64(b.N)
			b.ReportMetric(float64(sum.Parse.Microseconds())/n/1000, "parse-ms/op")
			b.ReportMetric(float64(sum.Style.Microseconds())/n/1000, "style-ms/op")
			b.ReportMetric(float64(sum.Layout.Microseconds())/n/1000, "layout-ms/op")
			b.ReportMetric(float64(sum.Paint.Microseconds())/n/1000, "paint-ms/op")
			b.ReportMetric(float64(raster.Microseconds())/n/1000, "raster-ms/op")
		})
	}
}
