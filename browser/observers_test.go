package browser_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// openObserved opens src at 400×300 and returns the page after it settled.
func openObserved(t *testing.T, src string) *browser.Page {
	t.Helper()
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 400, Height: 300}})
	page, err := b.OpenHTML(context.Background(), src, "https://site.test/")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range page.Console() {
		if m.Level == "error" {
			t.Errorf("console: %s", m)
		}
	}
	return page
}

func TestResizeObserver(t *testing.T) {
	const style = `<style>body{margin:0} #a{width:100px;height:40px;padding:5px 7px;border:2px solid}</style>`
	for _, c := range []struct {
		name, body, want string
	}{
		{"initial", `<div id=a></div><script>var log = [];
new ResizeObserver(function (es, o) { es.forEach(function (e) {
  var r = e.contentRect; log.push(e.target.id + " " + r.x + "," + r.y + " " + r.width + "x" + r.height +
  " border " + e.borderBoxSize[0].inlineSize + "x" + e.borderBoxSize[0].blockSize +
  " content " + e.contentBoxSize[0].inlineSize + "x" + e.contentBoxSize[0].blockSize + " " + (o instanceof ResizeObserver)) }) }).observe(a);
</script>`, "a 7,5 100x40 border 118x54 content 100x40 true"},
		{"change reported once per size", `<div id=a></div><script>var log = [];
var ro = new ResizeObserver(function (es) { log.push(es[0].contentRect.width) }); ro.observe(a);
setTimeout(function () { a.style.width = "150px" }, 50);
setTimeout(function () { a.style.color = "red" }, 100);
</script>`, "100 150"},
		{"border-box option", `<div id=a></div><script>var log = [];
new ResizeObserver(function (es) { log.push(es[0].borderBoxSize[0].inlineSize) }).observe(a, {box: "border-box"});
setTimeout(function () { a.style.padding = "0" }, 50);
</script>`, "118 104"},
		{"display none reports zero", `<div id=a style="display:none"></div><script>var log = [];
new ResizeObserver(function (es) { log.push(es[0].contentRect.width + "x" + es[0].contentRect.height) }).observe(a);
</script>`, "0x0"},
		{"unobserve and disconnect", `<div id=a></div><div id=b></div><script>var log = [];
var ro = new ResizeObserver(function (es) { es.forEach(function (e) { log.push(e.target.id) }) });
ro.observe(a); ro.observe(b); ro.unobserve(b);
setTimeout(function () { ro.disconnect(); a.style.width = "10px" }, 50);
</script>`, "a"},
		{"callback resize loops deeper", `<div id=a><div id=b></div></div><script>var log = [];
new ResizeObserver(function (es) { es.forEach(function (e) { log.push(e.target.id + e.contentRect.width);
  if (e.target.id === "a") b.style.width = "20px" }) }).observe(a);
new ResizeObserver(function (es) { es.forEach(function (e) { log.push(e.target.id + e.contentRect.width) }) }).observe(b);
</script>`, "a100 b100 b20"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := openObserved(t, style+c.body)
			if got := evalString(t, page, `log.join(" ")`); got != c.want {
				t.Errorf("log = %q, want %q", got, c.want)
			}
		})
	}
}

func TestResizeObserverLoopError(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 400, Height: 300}})
	page, err := b.OpenHTML(context.Background(), `<div id=a style="width:10px"></div><script>var n = 0;
new ResizeObserver(function () { n++; a.style.width = (10 + n) + "px" }).observe(a);
</script>`, "https://site.test/")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range page.Console() {
		found = found || strings.Contains(m.Text, "ResizeObserver loop completed with undelivered notifications")
	}
	if !found {
		t.Errorf("no resize loop error in %v", page.Console())
	}
}

func TestIntersectionObserver(t *testing.T) {
	const style = `<style>body{margin:0} div{position:absolute;left:0;width:100px;height:100px}</style>`
	for _, c := range []struct {
		name, body, want string
	}{
		{"visible and not", `<div id=a style="top:0"></div><div id=b style="top:500px"></div><script>var log = [];
var io = new IntersectionObserver(function (es, o) { es.forEach(function (e) {
  log.push(e.target.id + " " + e.isIntersecting + " " + e.intersectionRatio + " " + e.boundingClientRect.top + " " + e.rootBounds.height + " " + (o === io)) }) });
io.observe(a); io.observe(b);
</script>`, "a true 1 0 300 true|b false 0 500 300 true"},
		{"half visible", `<div id=a style="top:250px"></div><script>var log = [];
new IntersectionObserver(function (es) { var e = es[0]; log.push(e.intersectionRatio + " " + e.intersectionRect.height) }).observe(a);
</script>`, "0.5 50"},
		{"thresholds", `<div id=a style="top:250px"></div><script>var log = [];
new IntersectionObserver(function (es) { log.push(es[0].intersectionRatio) }, {threshold: [0.25, 0.75]}).observe(a);
setTimeout(function () { a.style.top = "220px" }, 50);
setTimeout(function () { a.style.top = "180px" }, 100);
setTimeout(function () { a.style.top = "150px" }, 150);
</script>`, "0.5|0.8"},
		{"edge adjacent intersects", `<div id=a style="top:300px"></div><script>var log = [];
new IntersectionObserver(function (es) { log.push(es[0].isIntersecting + " " + es[0].intersectionRatio) }).observe(a);
</script>`, "true 0"},
		{"rootMargin", `<div id=a style="top:320px"></div><script>var log = [];
var io = new IntersectionObserver(function (es) { log.push(es[0].isIntersecting + " " + es[0].rootBounds.height) }, {rootMargin: "50px 0px"});
io.observe(a); log.push(io.rootMargin);
</script>`, "50px 0px 50px 0px|true 400"},
		{"moving in and out", `<div id=a style="top:400px"></div><script>var log = [];
new IntersectionObserver(function (es) { log.push(es[0].isIntersecting) }).observe(a);
setTimeout(function () { a.style.top = "10px" }, 50);
setTimeout(function () { a.style.top = "20px" }, 100);
setTimeout(function () { a.style.top = "900px" }, 150);
</script>`, "false|true|false"},
		{"element root clips", `<section id=r style="position:absolute;top:0;left:0;width:200px;height:100px;overflow:hidden">
<div id=a style="top:50px"></div></section><script>var log = [];
new IntersectionObserver(function (es) { log.push(es[0].intersectionRatio + " " + es[0].rootBounds.width) }, {root: r}).observe(a);
</script>`, "0.5 200"},
		{"clipped by an overflow ancestor", `<section style="position:absolute;top:0;left:0;width:200px;height:100px;overflow:hidden">
<div id=a style="top:150px"></div><div id=b style="top:60px"></div></section><script>var log = [];
new IntersectionObserver(function (es) { es.forEach(function (e) { log.push(e.target.id + " " + e.isIntersecting + " " + e.intersectionRatio) }) }).observe(a);
new IntersectionObserver(function (es) { es.forEach(function (e) { log.push(e.target.id + " " + e.isIntersecting + " " + e.intersectionRatio) }) }).observe(b);
</script>`, "a false 0|b true 0.4"},
		{"takeRecords and unobserve", `<div id=a style="top:0"></div><script>var log = [];
var io = new IntersectionObserver(function (es) { log.push("cb " + es.length) });
io.observe(a);
requestAnimationFrame(function () { log.push("raf") });
setTimeout(function () { io.unobserve(a); a.style.top = "900px" }, 100);
</script>`, "raf|cb 1"},
		{"display none", `<div id=a style="display:none"></div><script>var log = [];
new IntersectionObserver(function (es) { log.push(es[0].isIntersecting + " " + es[0].boundingClientRect.width) }).observe(a);
</script>`, "false 0"},
	} {
		t.Run(c.name, func(t *testing.T) {
			page := openObserved(t, style+c.body)
			if got := evalString(t, page, `log.join("|")`); got != c.want {
				t.Errorf("log = %q, want %q", got, c.want)
			}
		})
	}
}

func TestIntersectionObserverErrors(t *testing.T) {
	page := openObserved(t, `<div id=a></div>`)
	for expr, want := range map[string]string{
		`try { new IntersectionObserver(function () {}, {threshold: 2}) } catch (e) { e.name }`:      "RangeError",
		`try { new IntersectionObserver(function () {}, {rootMargin: "1em"}) } catch (e) { e.name }`: "SyntaxError",
		`try { new IntersectionObserver(5) } catch (e) { e.name }`:                                   "TypeError",
		`try { new ResizeObserver(function () {}).observe(document) } catch (e) { e.name }`:          "TypeError",
		`try { new ResizeObserver(function () {}).observe(a, {box: "x"}) } catch (e) { e.name }`:     "TypeError",
		`new IntersectionObserver(function () {}, {threshold: [1, 0, 0.5]}).thresholds.join()`:       "0,0.5,1",
		`new IntersectionObserver(function () {}).rootMargin`:                                        "0px 0px 0px 0px",
		`String(new IntersectionObserver(function () {}).root)`:                                      "null",
		`Object.prototype.toString.call(new ResizeObserver(function () {}))`:                         "[object ResizeObserver]",
	} {
		if got := evalString(t, page, expr); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}

// TestObserversSettle checks that a page with observers and no pending
// work settles without running frames to the end of its virtual time.
func TestObserversSettle(t *testing.T) {
	page := openObserved(t, `<div id=a></div><script>var n = 0;
new IntersectionObserver(function () { n++ }).observe(a);
new ResizeObserver(function () { n++ }).observe(a);
</script>`)
	if err := page.AdvanceClock(context.Background(), time.Second); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `String(n)`); got != "2" {
		t.Errorf("callbacks ran %s times, want 2", got)
	}
	if _, err := page.Eval(context.Background(), `a.style.height = "50px"`); err != nil {
		t.Fatal(err)
	}
	if err := page.AdvanceClock(context.Background(), 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `String(n)`); got != "3" {
		t.Errorf("after a resize: %s callbacks, want 3 (resize only)", got)
	}
}
