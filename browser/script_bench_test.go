package browser_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// tableScript builds a 10 000-row, 3-column table through DOM calls.
const tableScript = `<!DOCTYPE html><body><script>
var table = document.createElement("table");
var tbody = document.createElement("tbody");
for (var i = 0; i < 10000; i++) {
  var tr = document.createElement("tr");
  tr.className = i % 2 ? "odd" : "even";
  for (var j = 0; j < 3; j++) {
    var td = document.createElement("td");
    td.appendChild(document.createTextNode("r" + i + "c" + j));
    tr.appendChild(td);
  }
  tbody.appendChild(tr);
}
table.appendChild(tbody);
document.body.appendChild(table);
</script>`

// BenchmarkScriptTable runs a script that builds a 10 000-row table through
// DOM calls, then takes a screenshot, and reports the time of each phase.
func BenchmarkScriptTable(b *testing.B) {
	br := browser.New(browser.Options{})
	ctx := context.Background()
	var sum browser.Timings
	var open, shot time.Duration
	for b.Loop() {
		t := time.Now()
		page, err := br.OpenHTML(ctx, tableScript, "https://site.test/")
		if err != nil {
			b.Fatal(err)
		}
		open += time.Since(t)
		t = time.Now()
		if _, err := page.Screenshot(ctx, browser.ScreenshotOptions{}); err != nil {
			b.Fatal(err)
		}
		shot += time.Since(t)
		tm := page.Timings()
		sum.Parse += tm.Parse
		sum.Scripts += tm.Scripts
		sum.Style += tm.Style
		sum.Layout += tm.Layout
		sum.Paint += tm.Paint
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / float64(b.N) / 1000 }
	b.ReportMetric(ms(sum.Scripts), "script-ms/op")
	b.ReportMetric(ms(sum.Style), "style-ms/op")
	b.ReportMetric(ms(sum.Layout), "layout-ms/op")
	b.ReportMetric(ms(sum.Paint), "paint-ms/op")
	b.ReportMetric(ms(open), "open-ms/op")
	b.ReportMetric(ms(shot), "screenshot-ms/op")
}

// BenchmarkBindingCall compares a DOM binding call (an element's id
// getter, and getAttribute) with a plain goja property access, in loops of
// 100 000 iterations, and reports the cost per call and the ratio.
func BenchmarkBindingCall(b *testing.B) {
	page, err := browser.New(browser.Options{}).OpenHTML(context.Background(),
		`<div id="x" title="t"></div>`, "https://site.test/")
	if err != nil {
		b.Fatal(err)
	}
	const n = 100000
	loop := func(body string) time.Duration {
		src := fmt.Sprintf(`(function () { var el = document.getElementById("x"), o = {id: "x"}, s = 0;
for (var i = 0; i < %d; i++) { s += %s.length } return s })()`, n, body)
		t := time.Now()
		if _, err := page.Eval(context.Background(), src); err != nil {
			b.Fatal(err)
		}
		return time.Since(t)
	}
	var plain, getter, method time.Duration
	for b.Loop() {
		plain += loop("o.id")
		getter += loop("el.id")
		method += loop(`el.getAttribute("title")`)
	}
	per := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(b.N) / n }
	b.ReportMetric(per(plain), "plain-ns/access")
	b.ReportMetric(per(getter), "getter-ns/call")
	b.ReportMetric(per(method), "method-ns/call")
	b.ReportMetric(per(getter)/per(plain), "getter/plain")
	b.ReportMetric(per(method)/per(plain), "method/plain")
}
