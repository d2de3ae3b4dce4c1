package browser_test

import (
	"context"
	"sort"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// TestCorpusScripts opens every corpus page with scripting on (their remote
// scripts fail offline; inline ones run) and checks that scripts neither
// fail the load nor take long, logging what they cost.
func TestCorpusScripts(t *testing.T) {
	br := browser.New(browser.Options{Client: offlineClient()})
	var times []time.Duration
	for _, cp := range corpusPages(t) {
		page, err := br.Open(context.Background(), cp.url)
		if err != nil {
			t.Errorf("%s: %v", cp.name, err)
			continue
		}
		tm := page.Timings().Scripts
		times = append(times, tm)
		errs := 0
		for _, m := range page.Console() {
			if m.Level == "error" {
				errs++
			}
		}
		t.Logf("%-32s scripts %8v, %3d console lines, %3d errors", cp.name, tm.Round(time.Microsecond), len(page.Console()), errs)
		if tm > 2*time.Second {
			t.Errorf("%s: scripts took %v", cp.name, tm)
		}
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	if len(times) > 0 {
		t.Logf("median scripts time %v, max %v", times[len(times)/2], times[len(times)-1])
	}
}

// BenchmarkCorpusScripts reports the time scripts take while loading each
// corpus page (the scripts phase of Page.Timings).
func BenchmarkCorpusScripts(b *testing.B) {
	br := browser.New(browser.Options{Client: offlineClient()})
	for _, cp := range corpusPages(b) {
		u := cp.url
		b.Run(cp.name, func(b *testing.B) {
			var sum time.Duration
			for b.Loop() {
				page, err := br.Open(context.Background(), u)
				if err != nil {
					b.Fatal(err)
				}
				sum += page.Timings().Scripts
			}
			b.ReportMetric(float64(sum.Microseconds())/float64(b.N)/1000, "scripts-ms/op")
		})
	}
}
