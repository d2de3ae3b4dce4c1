package browser

import (
	"context"
	"testing"
)

// BenchmarkIncrementalUpdate loads wikipedia-2.html from the corpus and,
// per iteration, toggles a class on a leaf element and updates the page
// (restyle, relayout, display list), incrementally and, for comparison,
// from scratch. It reports the elements restyled, the boxes laid out and
// reused, and the subtrees copied into page coordinates again per update.
func BenchmarkIncrementalUpdate(b *testing.B) {
	for _, mode := range []string{"incremental", "full"} {
		b.Run(mode, func(b *testing.B) {
			p := openIncremental(b, "wikipedia-2.html")
			leaf := leafInText(p.Document())
			if leaf == nil {
				b.Fatal("no leaf in a paragraph")
			}
			var sum UpdateStats
			var tm Timings
			for b.Loop() {
				toggle(leaf)
				if mode == "full" {
					p.mu.Lock()
					p.forgetDerived()
					p.mu.Unlock()
				}
				if err := p.Update(context.Background()); err != nil {
					b.Fatal(err)
				}
				t := p.Timings()
				tm.Style += t.Style
				tm.Layout += t.Layout
				tm.Paint += t.Paint
				st := p.UpdateStats()
				sum.Restyled += st.Restyled
				sum.Boxes += st.Boxes
				sum.ReusedBoxes += st.ReusedBoxes
				sum.MovedSubtrees += st.MovedSubtrees
				sum.Elements = st.Elements
			}
			n := float64(b.N)
			b.ReportMetric(float64(sum.Restyled)/n, "restyled/op")
			b.ReportMetric(float64(sum.Boxes)/n, "boxes/op")
			b.ReportMetric(float64(sum.ReusedBoxes)/n, "reused-boxes/op")
			b.ReportMetric(float64(sum.MovedSubtrees)/n, "moved-subtrees/op")
			b.ReportMetric(float64(sum.Elements), "elements")
			b.ReportMetric(float64(tm.Style.Microseconds())/n/1000, "style-ms/op")
			b.ReportMetric(float64(tm.Layout.Microseconds())/n/1000, "layout-ms/op")
			b.ReportMetric(float64(tm.Paint.Microseconds())/n/1000, "paint-ms/op")
		})
	}
}
