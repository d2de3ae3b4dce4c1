//go:build unix

package layout

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// scaleDocument generates a page of n blocks: sections of nested divs
// holding paragraphs of a dozen words with an inline element, a heading
// every 10 blocks and a list every 50, so that block layout, margin
// collapsing, line breaking and inline boxes all scale with n.
func scaleDocument(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><style>.card{margin:8px 0;padding:4px;border:1px solid #ccc}" +
		"p{margin:0.5em 0}</style></head><body>")
	for i := 0; i < n; i++ {
		switch {
		case i%50 == 49:
			b.WriteString("<ul><li>one item</li><li>another <b>item</b></li></ul>")
		case i%10 == 0:
			fmt.Fprintf(&b, "<h2>Section %d</h2>", i/10)
		case i%3 == 0:
			fmt.Fprintf(&b, "<div class=card><p>Card %d: a short paragraph with <a href=#>a link</a> in it.</p></div>", i)
		default:
			fmt.Fprintf(&b, "<p>Paragraph %d says lorem ipsum dolor sit amet, <em>consectetur</em> adipiscing elit sed do.</p>", i)
		}
	}
	b.WriteString("</body></html>")
	return []byte(b.String())
}

// BenchmarkScale runs dom.Parse, cssom.Compute and Layout over documents of
// 1 000, 10 000 and 100 000 blocks and reports the time per block of each
// phase: in linear-time layout the per-block numbers stay flat as the page
// grows. The phases are wall-clock times; cpu-ns/block is the process's
// user and system CPU time (GC workers included) per block, which is the
// number to read on a loaded machine.
//
//	go test ./layout -run XXX -bench Scale -benchtime 3x
func BenchmarkScale(b *testing.B) {
	fonts := NewFontSet()
	media := cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)}
	for _, n := range []int{1000, 10000, 100000} {
		src := scaleDocument(n)
		b.Run(fmt.Sprintf("blocks=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			var parse, style, lay time.Duration
			cpu0 := cpuTime()
			for b.Loop() {
				t0 := time.Now()
				doc, err := dom.Parse(src, "text/html", "about:scale")
				if err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				styles := cssom.Compute(doc, nil, media)
				t2 := time.Now()
				if _, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts}); err != nil {
					b.Fatal(err)
				}
				t3 := time.Now()
				parse += t1.Sub(t0)
				style += t2.Sub(t1)
				lay += t3.Sub(t2)
			}
			cpu := cpuTime() - cpu0
			per := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(b.N) / float64(n) }
			b.ReportMetric(per(cpu), "cpu-ns/block")
			b.ReportMetric(per(parse), "parse-ns/block")
			b.ReportMetric(per(style), "style-ns/block")
			b.ReportMetric(per(lay), "layout-ns/block")
			b.ReportMetric(per(parse+style+lay), "ns/block")
		})
	}
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
