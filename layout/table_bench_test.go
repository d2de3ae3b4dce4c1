//go:build unix

package layout

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// benchLayout parses and styles src once, then times Layout alone and
// reports the time per unit (a table row, a flex item): in linear-time
// layout ns/unit stays flat as n grows. cpu-ns/unit is the process's CPU
// time per unit (cpuTime, scale_bench_test.go), the number to read on a
// loaded machine.
func benchLayout(b *testing.B, src string, n int, unit string) {
	doc := dom.ParseHTMLString(src, "")
	media := cssom.Media{Type: "screen", Width: cssom.Int(1024), Height: cssom.Int(768)}
	styles := cssom.Compute(doc, nil, media)
	opts := Options{Width: cssom.Int(1024), Height: cssom.Int(768), Fonts: NewFontSet()}
	if _, err := Layout(context.Background(), doc, styles, opts); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Layout(context.Background(), doc, styles, opts); err != nil {
			b.Fatal(err)
		}
	}
	per := float64(b.N) * float64(n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/"+unit)
	b.ReportMetric(float64((cpuTime()-cpu0).Nanoseconds())/per, "cpu-ns/"+unit)
}

// tableDocument is an auto-layout table of n rows of five cells (text,
// numbers, a link, a form control), with a header row and a border.
func tableDocument(n int) string {
	var sb strings.Builder
	sb.WriteString(`<!doctype html><table border=1 cellpadding=4><tr><th>Name<th>Position<th>Office<th>Age<th>Action</tr>`)
	for i := range n {
		fmt.Fprintf(&sb, `<tr><td>Person %d<td>Engineer, team %d<td><a href="#%d">Office %d</a><td align=right>%d<td><input type=checkbox></tr>`,
			i, i%7, i, i%13, 20+i%40)
	}
	sb.WriteString(`</table>`)
	return sb.String()
}

// flexDocument is a wrapping flex container of n items of varied widths,
// some growing, with gaps.
func flexDocument(n int) string {
	var sb strings.Builder
	sb.WriteString(`<!doctype html><div style="display:flex;flex-wrap:wrap;gap:4px;align-items:center">`)
	for i := range n {
		fmt.Fprintf(&sb, `<div style="flex:%d 1 %dpx;padding:4px;border:1px solid">item %d</div>`, i%3, 40+i%5*20, i)
	}
	sb.WriteString(`</div>`)
	return sb.String()
}

// BenchmarkTableRows lays out tables of 500, 1 000 and 2 000 rows.
//
//	go test ./layout -run XXX -bench 'TableRows|FlexWrapItems' -benchtime 5x
func BenchmarkTableRows(b *testing.B) {
	for _, n := range []int{500, 1000, 2000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchLayout(b, tableDocument(n), n, "row") })
	}
}

// BenchmarkFlexWrapItems lays out wrapping flex containers of 250, 500 and
// 1 000 items.
func BenchmarkFlexWrapItems(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchLayout(b, flexDocument(n), n, "item") })
	}
}

// formsDocument is a form of n controls of every kind, in rows of five.
func formsDocument(n int) string {
	controls := []string{`<input value="text">`, `<input type=checkbox checked>`, `<select><option>One<option selected>Two</select>`,
		`<textarea rows=2>Some text</textarea>`, `<button>Go</button>`, `<input type=range>`, `<input placeholder=Name>`,
		`<select size=3><option>a<option>b</select>`, `<progress value=0.5></progress>`, `<fieldset><legend>L</legend>x</fieldset>`}
	var sb strings.Builder
	sb.WriteString(`<!doctype html><form>`)
	for i := range n {
		sb.WriteString(controls[i%len(controls)])
		if i%5 == 4 {
			sb.WriteString("<br>")
		}
	}
	sb.WriteString(`</form>`)
	return sb.String()
}

// BenchmarkFormControls lays out forms of 250, 500 and 1 000 controls.
func BenchmarkFormControls(b *testing.B) {
	for _, n := range []int{250, 500, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchLayout(b, formsDocument(n), n, "control") })
	}
}
