package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paneweb/pane/fetch"
)

// TestComputedStyleMatchesChromium compares getComputedStyle with the
// values Chromium 156 gives for the same element (measured with headless
// Chromium on this page; margins resolve to used px; margin-right, a
// percentage of a viewport that differs there, is left out).
func TestComputedStyleMatchesChromium(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<!DOCTYPE html><style>#t{position:relative;float:left;margin:5px 10% 0 auto;padding:2px;
border:3px dashed rgb(1,2,3);width:50%;min-height:10px;max-width:none;font:italic 700 20px/1.5 "Liberation Sans",sans-serif;
letter-spacing:1px;text-align:center;z-index:3;opacity:.5;visibility:hidden;white-space:pre;text-transform:uppercase;
overflow:hidden auto;flex:2 3 40px;order:4;display:flex;list-style-type:square;box-sizing:border-box;top:1px;gap:3px 4%}</style>
<div id=t></div>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	chromium := map[string]string{
		"position": "relative", "float": "left", "margin-top": "5px", "margin-left": "0px",
		"padding-top": "2px", "border-top-style": "dashed", "border-top-color": "rgb(1, 2, 3)", "border-top-width": "3px",
		"min-height": "10px", "max-width": "none", "font-style": "italic", "font-weight": "700", "font-size": "20px",
		"line-height": "30px", "font-family": `"Liberation Sans", sans-serif`, "letter-spacing": "1px", "word-spacing": "0px",
		"text-align": "center", "z-index": "3", "opacity": "0.5", "visibility": "hidden", "white-space": "pre",
		"text-transform": "uppercase", "overflow-x": "hidden", "overflow-y": "auto", "flex-grow": "2", "flex-shrink": "3",
		"flex-basis": "40px", "order": "4", "display": "flex", "list-style-type": "square", "box-sizing": "border-box",
		"top": "1px", "row-gap": "3px", "column-gap": "4%", "color": "rgb(0, 0, 0)", "background-color": "rgba(0, 0, 0, 0)",
		"direction": "ltr", "isolation": "auto", "font-stretch": "100%", "clear": "none",
	}
	for prop, want := range chromium {
		v, err := p.Eval(ctx, `getComputedStyle(document.getElementById('t')).getPropertyValue('`+prop+`')`)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(v); got != want {
			t.Errorf("%s = %q, Chromium %q", prop, got, want)
		}
	}
}

// TestInlineStyleLonghands checks that element.style reads a longhand a
// shorthand set, as Chromium does (values measured in Chromium 156),
// keywords as written (borderBottomColor "red", fontWeight "bold").
func TestInlineStyleLonghands(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<div id=d style="margin: 1px 2em; border: 3px dashed red; font: italic bold 12px/30px Georgia, serif; overflow: hidden scroll; flex: 2 1 10%"></div>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	for prop, want := range map[string]string{
		"marginTop": "1px", "marginRight": "2em", "marginLeft": "2em", "borderTopWidth": "3px", "borderLeftStyle": "dashed",
		"fontStyle": "italic", "fontSize": "12px",
		"lineHeight": "30px", "fontFamily": "Georgia, serif", "overflowX": "hidden", "overflowY": "scroll",
		"flexGrow": "2", "flexBasis": "10%", "borderBottomColor": "red", "fontWeight": "bold",
	} {
		v, err := p.Eval(ctx, `document.getElementById('d').style.`+prop)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(v); got != want {
			t.Errorf("style.%s = %q, want %q", prop, got, want)
		}
	}
}

// TestComputedTransform checks transform's resolved value, a matrix for
// the border box, against Chromium 156's.
func TestComputedTransform(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<div id=a style="width:100px;height:50px;transform:translate(10%,5px) rotate(90deg) scale(2)"></div>
<div id=b style="width:10px;height:10px"></div><div id=c style="width:10px;height:10px;transform:skewX(45deg) translateX(3.5px)"></div>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"a": "matrix(0, 2, -2, 0, 10, 5)", "b": "none", "c": "matrix(1, 0, 1, 1, 3.5, 0)"} {
		v, err := p.Eval(ctx, `getComputedStyle(document.getElementById('`+id+`')).transform`)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(v); got != want {
			t.Errorf("#%s transform = %q, Chromium %q", id, got, want)
		}
	}
}

// computedProbe is the script that measured the Chromium pages in
// Chromium: for each element with a data-p attribute, the values of the
// properties it lists, read through getComputedStyle(el, data-pseudo);
// then the extra [id, what, value] rows a page's own script left in
// window.EXTRA.
const computedProbe = `(function(){var out=[];var els=document.querySelectorAll('[data-p]');
for(var i=0;i<els.length;i++){var e=els[i];var ps=e.getAttribute('data-p').split(' ');
var pseudo=e.getAttribute('data-pseudo')||'';var cs=pseudo?getComputedStyle(e,pseudo):getComputedStyle(e);
for(var j=0;j<ps.length;j++){if(ps[j])out.push([e.id+pseudo,ps[j],cs.getPropertyValue(ps[j])]);}}
if(window.EXTRA)out=out.concat(window.EXTRA);return JSON.stringify(out)})()`

// knownComputedDifferences are the values measured in Chromium that Pane
// does not give yet, keyed "page id property", with the reason. The test
// fails when one of them starts to match, so that the list shrinks.
var knownComputedDifferences = map[string]string{
	"cases1 cp4 clip-path":        "AD-HOC: a centre of 50% 50% is left out; Pane does not remember that it was written",
	"cases2 c1::before content":   "counters and quotes are resolved to strings in the styles cssom returns",
	"cases2 to3 transform-origin": "Pane's transforms are 2D: the z offset is dropped",
	"cases3 s5 left":              "Chromium floors 78.4px to its 1/64 layout unit; Pane rounds",
	"cases3 s5 inset":             "Chromium floors 78.4px to its 1/64 layout unit; Pane rounds",
	"cases3 s6 bottom":            "the measuring Chromium's viewport was 513px high (headless window), Pane's 600px",
	"cases3 li1::marker display":  "Chromium computes an outside marker to inline-block; Pane keeps inline",
	"cases4 d1 font":              "Pane's default family is the generic serif, Chromium's Times New Roman",
	"cases5 a font-family":        "Pane's default family is the generic serif, Chromium's Times New Roman",
	"cases5 b font-family":        "Pane's default family is the generic serif, Chromium's Times New Roman",
	"cases4 d2 background-image":  "AD-HOC: Pane keeps to right as 90deg and writes the side keyword back",
	"cases4 d3 background-image":  "AD-HOC: Pane keeps to top as 0deg and writes the side keyword back",
	"cases6 pc padding-left":      "Chromium floors 39.2px to its 1/64 layout unit; Pane rounds",
	"cases6 pc padding-right":     "Chromium floors 39.2px to its 1/64 layout unit; Pane rounds",
	"cases6 pc padding":           "Chromium floors 39.2px to its 1/64 layout unit; Pane rounds",
	"cases6 rel2 right":           "Chromium floors 78.4px to its 1/64 layout unit; Pane rounds",
	"cases6 f2 font":              "Pane's default family is the generic serif, Chromium's Times New Roman",
	"cases6 mx min-height":        "the measuring Chromium's viewport was 513px high (headless window), Pane's 600px",
	"cases11 k keys-length":       "Chromium also lists every property name as an own property; Pane only the indices",
	"cases11 k keys-last":         "Chromium also lists every property name as an own property; Pane only the indices",
	"cases11 k hasOwn-color":      "Chromium also lists every property name as an own property; Pane only the indices",
}

// offlineBrowser returns a browser whose https://c.test/ origin serves
// nothing, so that the pages' images fail fast without a network.
func offlineBrowser(t testing.TB) *Browser {
	mux := fetch.NewMux()
	if err := mux.HandleOrigin("https://c.test/", fetch.NewFSFetcher(fstest.MapFS{}, "https://c.test/")); err != nil {
		t.Fatal(err)
	}
	return New(Options{Client: &fetch.Client{Fetcher: mux}})
}

// TestComputedStyleChromiumPages compares getComputedStyle on the pages
// of chromiumComputedPages and chromiumComputedPagesMore with the values
// Chromium 156 gave.
func TestComputedStyleChromiumPages(t *testing.T) {
	ctx := context.Background()
	b := offlineBrowser(t)
	total, known := 0, 0
	seen := map[string]bool{}
	for _, pg := range append(chromiumComputedPages[:len(chromiumComputedPages):len(chromiumComputedPages)], chromiumComputedPagesMore...) {
		p, err := b.OpenHTML(ctx, pg.html, "https://c.test/")
		if err != nil {
			t.Fatal(err)
		}
		v, err := p.Eval(ctx, computedProbe)
		if err != nil {
			t.Fatalf("%s: %v", pg.name, err)
		}
		var rows [][3]string
		if err := json.Unmarshal([]byte(fmt.Sprint(v)), &rows); err != nil {
			t.Fatalf("%s: %v", pg.name, err)
		}
		got := map[[2]string]string{}
		for _, r := range rows {
			got[[2]string{r[0], r[1]}] = r[2]
		}
		for _, w := range pg.want {
			total++
			key := pg.name + " " + w[0] + " " + w[1]
			seen[key] = true
			g, ok := got[[2]string{w[0], w[1]}]
			reason, isKnown := knownComputedDifferences[key]
			switch {
			case !ok:
				t.Errorf("%s: not measured", key)
			case isKnown && g == w[2]:
				t.Errorf("%s = %q now matches Chromium: remove it from knownComputedDifferences", key, g)
			case isKnown:
				known++
				t.Logf("%s = %q, Chromium %q (known: %s)", key, g, w[2], reason)
			case g != w[2]:
				t.Errorf("%s = %q, Chromium %q", key, g, w[2])
			}
		}
	}
	for key := range knownComputedDifferences {
		if !seen[key] {
			t.Errorf("knownComputedDifferences names %q, which no page measures", key)
		}
	}
	t.Logf("%d values compared with Chromium, %d known differences", total, known)
}

// BenchmarkGetComputedStyle measures a script that reads ten properties
// (longhands, a used value and a shorthand) of 200 elements through
// getComputedStyle, and one that enumerates every property of one
// element.
func BenchmarkGetComputedStyle(b *testing.B) {
	ctx := context.Background()
	var src strings.Builder
	src.WriteString(`<style>div{margin:2px 4%;padding:1px;border:1px solid red;background:linear-gradient(red,blue)}</style>`)
	for i := range 200 {
		fmt.Fprintf(&src, `<div style="width:%dpx">x</div>`, i+10)
	}
	p, err := offlineBrowser(b).OpenHTML(ctx, src.String(), "https://c.test/")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct{ name, script string }{
		{"ten-properties", `var n=0;for(var e of document.querySelectorAll('div')){var cs=getComputedStyle(e);
n+=cs.display.length+cs.width.length+cs.color.length+cs.marginLeft.length+cs.backgroundImage.length+
cs.fontSize.length+cs.position.length+cs.opacity.length+cs.border.length+cs.getPropertyValue('margin').length}n`},
		{"all-properties", `var cs=getComputedStyle(document.querySelector('div'));var n=0;for(var i=0;i<cs.length;i++)n+=cs.getPropertyValue(cs[i]).length;n`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := p.Eval(ctx, bc.script); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
