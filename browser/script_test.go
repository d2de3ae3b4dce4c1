package browser_test

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
)

// siteBrowser returns a browser serving files from https://site.test.
func siteBrowser(t testing.TB, files map[string]string, opts browser.Options) *browser.Browser {
	t.Helper()
	opts.Client = &fetch.Client{Fetcher: siteFetcher(t, files)}
	return browser.New(opts)
}

func openSite(t testing.TB, b *browser.Browser, path string) *browser.Page {
	t.Helper()
	page, err := b.Open(context.Background(), "https://site.test/"+path)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// evalString evaluates src in the page and returns its value as a string.
func evalString(t testing.TB, page *browser.Page, src string) string {
	t.Helper()
	v, err := page.Eval(context.Background(), src)
	if err != nil {
		t.Fatalf("eval %q: %v", src, err)
	}
	s, ok := v.(string)
	if !ok {
		t.Fatalf("eval %q: got %T %v, want a string", src, v, v)
	}
	return s
}

func openHTML(t testing.TB, src string) *browser.Page {
	t.Helper()
	page, err := browser.New(browser.Options{}).OpenHTML(context.Background(), src, "https://site.test/")
	if err != nil {
		t.Fatal(err)
	}
	return page
}

func TestScriptOrder(t *testing.T) {
	b := siteBrowser(t, map[string]string{
		"index.html": `<!doctype html><html><head>
<script>var log = []; log.push("inline1:" + document.readyState);
document.addEventListener("DOMContentLoaded", function () { log.push("DOMContentLoaded") });
window.addEventListener("load", function () { log.push("load:" + document.readyState) });
document.addEventListener("readystatechange", function () { log.push("rs:" + document.readyState) });
</script>
<script async src="async.js"></script>
<script defer src="defer1.js"></script>
<script src="ext.js"></script>
<script defer src="defer2.js"></script>
<script type="module">log.push("module")</script>
<script nomodule>log.push("nomodule")</script>
<script type="text/template">log.push("template")</script>
<script language="javascript">log.push("language")</script>
</head><body><script>log.push("inline2:" + document.body.nodeName)</script></body></html>`,
		"async.js":  `log.push("async")`,
		"defer1.js": `log.push("defer1:" + document.readyState)`,
		"defer2.js": `log.push("defer2")`,
		"ext.js":    `log.push("ext:" + document.currentScript.getAttribute("src"))`,
	}, browser.Options{})
	page := openSite(t, b, "index.html")
	got := evalString(t, page, `log.join(" ")`)
	want := "inline1:loading ext:ext.js language inline2:BODY rs:interactive defer1:interactive defer2 DOMContentLoaded async rs:complete load:complete"
	if got != want {
		t.Errorf("order:\n got %s\nwant %s", got, want)
	}
	var module bool
	for _, d := range page.Diagnostics() {
		if d.Kind == "script" && strings.Contains(d.Err.Error(), "module") {
			module = true
		}
	}
	if !module {
		t.Errorf("no diagnostic for the module script: %v", page.Diagnostics())
	}
}

func TestScriptExceptionDoesNotStopLaterScripts(t *testing.T) {
	page := openHTML(t, `<script>var x = 1; null.boom();</script>
<script>x = 2; console.log("still", "running")</script>`)
	if got := evalString(t, page, `String(x)`); got != "2" {
		t.Errorf("x = %s, want 2", got)
	}
	con := page.Console()
	if len(con) != 2 || con[0].Level != "error" || !strings.Contains(con[0].Text, "TypeError") ||
		con[1] != (browser.ConsoleMessage{Level: "log", Text: "still running"}) {
		t.Errorf("console = %v", con)
	}
}

func TestTimersVirtualClock(t *testing.T) {
	start := time.Now()
	page := openHTML(t, `<script>
var log = [];
setTimeout(function () { log.push("10min") }, 10 * 60 * 1000);
setTimeout(function () { log.push("b20") }, 20);
setTimeout(function () { log.push("a20") }, 20);
setTimeout(function (x) { log.push("arg" + x) }, 5, 7);
var id = setTimeout(function () { log.push("cleared") }, 1);
clearTimeout(id);
var n = 0, iv = setInterval(function () { log.push("iv" + (++n)); if (n == 3) clearInterval(iv) }, 100);
requestAnimationFrame(function (ts) { log.push("raf" + ts) });
Promise.resolve().then(function () { log.push("micro") });
queueMicrotask(function () { log.push("qm") });
log.push("sync");
</script>`)
	want := "sync micro qm arg7 raf16 b20 a20 iv1 iv2 iv3"
	if got := evalString(t, page, `log.join(" ")`); got != want {
		t.Errorf("before advancing:\n got %s\nwant %s", got, want)
	}
	// The page settled within the 10 s budget; the 10-minute timer waits
	// for AdvanceClock, which fires it without real waiting.
	if err := page.AdvanceClock(context.Background(), 10*time.Minute); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `log[log.length-1]`); got != "10min" {
		t.Errorf("after AdvanceClock: last = %s", got)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %v of real time", el)
	}
	if got := evalString(t, page, `String(performance.now() >= 600000)`); got != "true" {
		t.Errorf("performance.now did not follow the virtual clock")
	}
}

func TestTimerNestingClamp(t *testing.T) {
	page := openHTML(t, `<script>
var times = [];
function step() { times.push(performance.now()); if (times.length < 10) setTimeout(step, 0) }
setTimeout(step, 0);
</script>`)
	got := evalString(t, page, `times.join(",")`)
	// A timer set by a task of nesting level greater than 5 waits at least
	// 4 ms: tasks of levels 1-6 run at 0 ms.
	want := "0,0,0,0,0,0,4,8,12,16"
	if got != want {
		t.Errorf("times = %s, want %s", got, want)
	}
}

func TestMicrotasksBeforeTimers(t *testing.T) {
	page := openHTML(t, `<script>
var log = [];
setTimeout(function () {
  log.push("t1");
  Promise.resolve().then(function () { log.push("t1-micro") });
}, 0);
setTimeout(function () { log.push("t2") }, 0);
(async function () { log.push("async-start"); await null; log.push("async-after-await") })();
log.push("end");
</script>`)
	want := "async-start end async-after-await t1 t1-micro t2"
	if got := evalString(t, page, `log.join(" ")`); got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestEndlessLoopInterrupted(t *testing.T) {
	b := browser.New(browser.Options{Scripts: browser.ScriptOptions{TaskTimeout: 200 * time.Millisecond}})
	start := time.Now()
	page, err := b.OpenHTML(context.Background(), `<body><script>while (true) {}</script>
<script>document.body.style.background = "rgb(0, 0, 255)"</script>
<script>setTimeout(function loop() { for (;;) {} }, 10)</script>
<script>function f() { return f() + 1 } f()</script>`, "")
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("took %v", el)
	}
	img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c := img.RGBAAt(100, 100); c != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("pixel = %v, want blue: the script after the endless loop did not run", c)
	}
	var interrupted, overflow int
	for _, m := range page.Console() {
		if strings.Contains(m.Text, "interrupted") {
			interrupted++
		}
		if strings.Contains(m.Text, "stack") {
			overflow++
		}
	}
	if interrupted != 2 || overflow != 1 {
		t.Errorf("interrupted %d, stack overflows %d; console %v", interrupted, overflow, page.Console())
	}
}

func TestContextCancelInterrupts(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := browser.New(browser.Options{}).OpenHTML(ctx, `<script>while (true) {}</script>`, "")
	if err == nil {
		t.Error("no error from a cancelled load")
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("cancellation took %v", el)
	}
}

func TestScriptMutationReflows(t *testing.T) {
	page := openHTML(t, `<body style="margin:0"><script>
var d = document.createElement("div");
d.id = "red";
d.style.cssText = "width: 50px; height: 40px";
d.style.backgroundColor = "red";
document.body.appendChild(d);
</script>`)
	dump := page.LayoutDump()
	if !strings.Contains(dump, "div#red") || !strings.Contains(dump, "size 50x40") {
		t.Errorf("layout dump lacks the script's div:\n%s", dump)
	}
	img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c := img.RGBAAt(10, 10); c != (color.RGBA{255, 0, 0, 255}) {
		t.Errorf("pixel = %v, want red", c)
	}
	// Eval mutates too; the next dump shows it.
	if _, err := page.Eval(context.Background(), `document.getElementById("red").style.height = "70px"`); err != nil {
		t.Fatal(err)
	}
	if dump := page.LayoutDump(); !strings.Contains(dump, "size 50x70") {
		t.Errorf("after Eval:\n%s", dump)
	}
}

func TestInstanceofChains(t *testing.T) {
	page := openHTML(t, `<div id=d></div><span></span><p></p><x-foo></x-foo><blink></blink><!--c-->`)
	for _, c := range []struct{ expr, want string }{
		{`[d instanceof HTMLDivElement, d instanceof HTMLElement, d instanceof Element, d instanceof Node, d instanceof EventTarget].join()`, "true,true,true,true,true"},
		{`document.querySelector("span") instanceof HTMLSpanElement`, "true"},
		{`document.querySelector("p") instanceof HTMLParagraphElement`, "true"},
		{`Object.getPrototypeOf(document.querySelector("x-foo")) === HTMLElement.prototype`, "true"},
		{`document.querySelector("blink") instanceof HTMLUnknownElement`, "true"},
		{`document.body.lastChild instanceof Comment && document.body.lastChild instanceof CharacterData`, "true"},
		{`document.createTextNode("x") instanceof Text`, "true"},
		{`document instanceof Document && document instanceof Node`, "true"},
		{`document.createDocumentFragment() instanceof DocumentFragment`, "true"},
		{`window === globalThis && window instanceof Window && window instanceof EventTarget`, "true"},
		{`d === document.getElementById("d") && d.parentNode === document.body`, "true"},
		{`Object.prototype.toString.call(d)`, "[object HTMLDivElement]"},
		{`d.nodeName + d.tagName + d.nodeType`, "DIVDIV1"},
		{`try { new HTMLDivElement(); "no" } catch (e) { e instanceof TypeError }`, "true"},
		{`new CustomEvent("x", {detail: 5}) instanceof Event`, "true"},
		{`typeof HTMLCanvasElement === "function" && HTMLCanvasElement.prototype instanceof HTMLElement && document.createElement("canvas") instanceof HTMLCanvasElement`, "true"},
		{`Object.getPrototypeOf(document.createElement("video")) === HTMLVideoElement.prototype`, "true"},
		{`"HTMLTableElement" in window && !("HTMLNoSuchElement" in window)`, "true"},
		{`var a = document.createElement("a"); a.href = "x/y"; a.href`, "https://site.test/x/y"},
	} {
		v, err := page.Eval(context.Background(), c.expr)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got := toString(v); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

func toString(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "true"
		}
		return "false"
	case string:
		return v
	}
	return strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(fmtAny(v), "\n", " "), "  ", " "))
}

func fmtAny(v any) string {
	switch v := v.(type) {
	case int64:
		return itoa(int(v))
	case float64:
		if v == float64(int(v)) {
			return itoa(int(v))
		}
	}
	return "?"
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + itoa(i%10)
}

func TestDOMBindings(t *testing.T) {
	page := openHTML(t, `<!doctype html><title> A  title </title><ul id=l class="a b"><li>one</li><li data-x-y="z">two</li></ul><p id=p>text</p>`)
	for _, c := range []struct{ expr, want string }{
		{`document.title`, "A title"},
		{`document.title = "New"; document.title`, "New"},
		{`l.children.length + ":" + l.childNodes.length + ":" + l.firstElementChild.textContent`, "2:2:one"},
		{`l.classList.contains("b") + "," + (l.classList.add("c"), l.className) + (l.classList === l.classList)`, "true,a b ctrue"},
		{`l.classList.remove("a"); l.classList.toggle("d"); l.getAttribute("class")`, "b c d"},
		{`l.lastChild.dataset.xY`, "z"},
		{`l.lastChild.dataset.fooBar = "1"; l.lastChild.getAttribute("data-foo-bar")`, "1"},
		{`document.querySelectorAll("li").length + "," + document.getElementsByTagName("LI").length`, "2,2"},
		{`document.getElementsByClassName("b c")[0].id`, "l"},
		{`p.innerHTML = "<b>bold</b> and"; p.firstChild.tagName + p.textContent`, "Bbold and"},
		{`p.outerHTML`, `<p id="p"><b>bold</b> and</p>`},
		{`var s = document.createElement("span"); p.append(s, "tail"); p.lastChild.data`, "tail"},
		{`s.before("x"); s.after("y"); p.textContent`, "bold andxytail"},
		{`s.remove(); s.isConnected + "," + p.isConnected + "," + p.contains(p.firstChild)`, "false,true,true"},
		{`p.cloneNode(true).outerHTML === p.outerHTML && p.cloneNode(false).childNodes.length === 0`, "true"},
		{`p.closest("body").nodeName + p.matches("#p") + p.parentElement.nodeName`, "BODYtrueBODY"},
		{`p.style.color = "blue"; p.style.setProperty("margin-top", "3px"); p.getAttribute("style")`, "color: blue; margin-top: 3px;"},
		{`p.style.marginTop + p.style.getPropertyValue("color")`, "3pxblue"},
		{`p.style.color = ""; p.style.cssText`, "margin-top: 3px;"},
		{`p.setAttribute("DATA-A", "1"); p.hasAttribute("data-a") + p.getAttribute("Data-A")`, "true1"},
		{`try { l.appendChild(document.body); "no" } catch (e) { e.name }`, "HierarchyRequestError"},
		{`try { document.querySelector("!!") } catch (e) { e.name }`, "SyntaxError"},
		{`var f = document.createDocumentFragment(); f.appendChild(document.createElement("i")); f.appendChild(document.createElement("i")); p.insertBefore(f, p.firstChild); p.firstChild.nodeName + f.childNodes.length`, "I0"},
		{`document.documentElement.nodeName + document.head.nodeName + document.body.nodeName`, "HTMLHEADBODY"},
		{`typeof navigator.userAgent + location.href + innerWidth`, "stringhttps://site.test/800"},
		{`getComputedStyle(p).display + "," + getComputedStyle(l).color`, "block,rgb(0, 0, 0)"},
	} {
		v, err := page.Eval(context.Background(), c.expr)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got := toString(v); got != c.want {
			t.Errorf("%s = %q, want %q", c.expr, got, c.want)
		}
	}
}

func TestEventsBubble(t *testing.T) {
	page := openHTML(t, `<div id=outer><button id=btn>go</button></div><script>
var log = [];
function rec(name) { return function (e) { log.push(name + ":" + e.eventPhase + ":" + e.currentTarget.id) } }
window.addEventListener("click", function (e) { log.push("win-capture:" + e.eventPhase) }, true);
outer.addEventListener("click", rec("outer-capture"), {capture: true});
outer.addEventListener("click", rec("outer-bubble"));
btn.addEventListener("click", rec("btn"));
btn.addEventListener("click", function (e) { log.push("once") }, {once: true});
document.addEventListener("click", function (e) { log.push("doc:" + e.target.id + ":" + e.isTrusted) });
btn.onclick = function (e) { log.push("onclick") };
</script>`)
	if err := page.Click(context.Background(), "#btn"); err != nil {
		t.Fatal(err)
	}
	want := "win-capture:1 outer-capture:1:outer btn:2:btn once onclick outer-bubble:3:outer doc:btn:true"
	if got := evalString(t, page, `log.join(" ")`); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	// stopPropagation, preventDefault and dispatchEvent of a CustomEvent.
	got := evalString(t, page, `
log = [];
outer.addEventListener("ping", function (e) { log.push("outer:" + e.detail) });
btn.addEventListener("ping", function (e) { e.preventDefault(); log.push("btn:" + e.detail) });
var r1 = btn.dispatchEvent(new CustomEvent("ping", {bubbles: true, cancelable: true, detail: 7}));
btn.addEventListener("ping", function (e) { e.stopPropagation() });
var r2 = btn.dispatchEvent(new CustomEvent("ping", {bubbles: true, detail: 8}));
log.join(" ") + " " + r1 + " " + r2`)
	if want := "btn:7 outer:7 btn:8 false true"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if err := page.Click(context.Background(), "#missing"); err == nil {
		t.Error("no error clicking a missing element")
	}
}

func TestBodyOnloadAttribute(t *testing.T) {
	page := openHTML(t, `<body onload="document.body.setAttribute('data-loaded', typeof event)"><div onclick="this.id = 'clicked'">x</div></body>`)
	if got := evalString(t, page, `document.body.dataset.loaded`); got != "object" {
		t.Errorf("onload attribute: %q", got)
	}
	if err := page.Click(context.Background(), "div"); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `document.querySelector("div").id`); got != "clicked" {
		t.Errorf("onclick attribute: %q", got)
	}
}

func TestGeometry(t *testing.T) {
	page := openHTML(t, `<body style="margin:10px"><div id=a style="margin-left:5px;width:100px;height:50px;border:2px solid;padding:3px"></div>
<div style="position:relative;top:0;padding:4px"><span id=s>hi</span><div id=c style="height:20px"></div></div></body>`)
	for _, c := range []struct{ expr, want string }{
		{`var r = a.getBoundingClientRect(); [r.x, r.y, r.width, r.height, r.right, r.bottom].join()`, "15,10,110,60,125,70"},
		{`[a.offsetWidth, a.offsetHeight, a.offsetLeft, a.offsetTop, a.clientWidth, a.clientHeight].join()`, "110,60,15,10,106,56"},
		{`c.offsetParent === c.parentNode && c.offsetLeft === 4`, "true"},
		{`s.getBoundingClientRect().width > 0`, "true"},
		{`a.style.width = "200px"; a.getBoundingClientRect().width`, "210"},
		{`a.style.display = "none"; a.getBoundingClientRect().width + "," + a.offsetParent`, "0,null"},
	} {
		v, err := page.Eval(context.Background(), c.expr)
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if got := toString(v); got != c.want {
			t.Errorf("%s = %q, want %q", c.expr, got, c.want)
		}
	}
}

func TestEvalReturnsGoValues(t *testing.T) {
	page := openHTML(t, `<p id=x>hi</p>`)
	ctx := context.Background()
	for _, c := range []struct {
		src  string
		want any
	}{
		{`1 + 2`, int64(3)},
		{`"a" + "b"`, "ab"},
		{`null`, nil},
		{`undefined`, nil},
		{`true`, true},
	} {
		v, err := page.Eval(ctx, c.src)
		if err != nil || v != c.want {
			t.Errorf("Eval(%q) = %#v, %v; want %#v", c.src, v, err, c.want)
		}
	}
	v, err := page.Eval(ctx, `document.getElementById("x")`)
	if n, ok := v.(*dom.Node); err != nil || !ok || n.ID() != "x" {
		t.Errorf("node: %#v, %v", v, err)
	}
	v, err = page.Eval(ctx, `({a: [1, "b"]})`)
	if m, ok := v.(map[string]any); err != nil || !ok || len(m["a"].([]any)) != 2 {
		t.Errorf("object: %#v, %v", v, err)
	}
	if _, err := page.Eval(ctx, `throw new Error("boom")`); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("throw: %v", err)
	}
	if _, err := page.Eval(ctx, `syntax error here`); err == nil {
		t.Error("no error for a syntax error")
	}
}

func TestDisableJavaScript(t *testing.T) {
	page, err := browser.New(browser.Options{DisableJavaScript: true}).OpenHTML(context.Background(),
		`<script>document.title = "ran"</script>`, "")
	if err != nil {
		t.Fatal(err)
	}
	if page.Title() != "" {
		t.Error("a script ran with JavaScript disabled")
	}
	if _, err := page.Eval(context.Background(), "1"); err == nil {
		t.Error("Eval worked with JavaScript disabled")
	}
}

func TestDocumentWrite(t *testing.T) {
	page := openHTML(t, `<body><p>a</p><script>document.write("<p id=w>written</p>")</script><p>b</p></body>`)
	got := evalString(t, page, `Array.prototype.map.call(document.querySelectorAll("p"), function (p) { return p.textContent }).join()`)
	if got != "a,written,b" {
		t.Errorf("paragraphs = %s", got)
	}
}

func TestTaskLimit(t *testing.T) {
	b := browser.New(browser.Options{Scripts: browser.ScriptOptions{MaxTasks: 50}})
	page, err := b.OpenHTML(context.Background(), `<script>var n = 0; setInterval(function () { n++ }, 0)</script>`, "")
	if err != nil {
		t.Fatal(err)
	}
	v, err := page.Eval(context.Background(), "n")
	if err != nil || v.(int64) > 50 || v.(int64) < 40 {
		t.Errorf("n = %v, %v", v, err)
	}
}

func TestInsertedScripts(t *testing.T) {
	b := siteBrowser(t, map[string]string{
		"index.html": `<body><script>
var log = [];
var s = document.createElement("script");
s.textContent = "log.push('inline:' + (document.currentScript === s))";
document.body.appendChild(s);
log.push("after-inline");
var e = document.createElement("script");
e.src = "dyn.js";
e.onload = function () { log.push("onload") };
document.head.appendChild(e);
var bad = document.createElement("script");
bad.src = "missing.js";
bad.addEventListener("error", function () { log.push("onerror") });
document.head.appendChild(bad);
document.body.insertAdjacentHTML("beforeend", "<script>log.push('adjacent')<\/script>");
var d = document.createElement("div");
d.innerHTML = "<script>log.push('innerHTML')<\/script>";
document.body.appendChild(d);
document.write("<script>log.push('written')<\/script>");
window.onload = function () { log.push("load") };
</script></body>`,
		"dyn.js": `log.push("dyn")`,
	}, browser.Options{})
	page := openSite(t, b, "index.html")
	want := "inline:true after-inline written dyn onload onerror load"
	if got := evalString(t, page, `log.join(" ")`); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestEvalPromisesAndRejections(t *testing.T) {
	page := openHTML(t, `<script>Promise.reject(new Error("nobody listens")); Promise.reject(1).catch(function () {})</script>`)
	var unhandled int
	for _, m := range page.Console() {
		if strings.Contains(m.Text, "(in promise)") {
			unhandled++
			if !strings.Contains(m.Text, "nobody listens") {
				t.Errorf("message %q", m.Text)
			}
		}
	}
	if unhandled != 1 {
		t.Errorf("%d unhandled rejections reported; console %v", unhandled, page.Console())
	}
	ctx := context.Background()
	if v, err := page.Eval(ctx, `new Promise(function (r) { setTimeout(function () { r("late") }, 0) })`); err != nil || v != "late" {
		t.Errorf("fulfilled: %v, %v", v, err)
	}
	if _, err := page.Eval(ctx, `Promise.reject(new Error("no"))`); err == nil || !strings.Contains(err.Error(), "no") {
		t.Errorf("rejected: %v", err)
	}
	if _, err := page.Eval(ctx, `new Promise(function (r) { setTimeout(r, 1000) })`); err == nil {
		t.Error("pending promise: no error")
	}
	if n := len(page.Console()); n != 1 {
		t.Errorf("console grew to %d lines: %v", n, page.Console())
	}
}

func FuzzEval(f *testing.F) {
	for _, s := range []string{
		`document.body.appendChild(document.createElement("div")).getBoundingClientRect().width`,
		`for (var i = 0; i < 5; i++) setTimeout(function () { document.body.innerHTML += "<p>x</p>" }, i)`,
		`document.documentElement.remove(); document.body`,
		`document.createElement("p").style.color = "red"`,
		`new Event()`, `dispatchEvent(new Event("load"))`, `document.title = null`,
		`Node.prototype.appendChild.call({}, 1)`, `document.write("<script>x(<\/script>")`,
		`getComputedStyle(document.createTextNode("x"))`, `document.createElement("a b")`,
		`document.body.classList.add(""); 1`, `var o = {}; o.a = o; JSON.stringify(o)`,
	} {
		f.Add(s)
	}
	page := openHTML(f, `<p id=p>x</p>`)
	f.Fuzz(func(t *testing.T, src string) {
		_, err := page.Eval(context.Background(), src)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("%q: %v", src, err)
		}
		_ = page.LayoutDump()
	})
}

func TestSettleTimeLimit(t *testing.T) {
	b := browser.New(browser.Options{Scripts: browser.ScriptOptions{SettleTimeout: 300 * time.Millisecond}})
	start := time.Now()
	page, err := b.OpenHTML(context.Background(), `<script>
var frames = 0;
setInterval(function () { var t = Date.now(), s = performance.now(); frames++; var x = 0; for (var i = 0; i < 2e5; i++) x += i }, 16);
</script>`, "")
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 3*time.Second {
		t.Errorf("took %v", el)
	}
	var stopped bool
	for _, m := range page.Console() {
		stopped = stopped || strings.Contains(m.Text, "settle time limit")
	}
	if !stopped {
		t.Errorf("no warning; console %v", page.Console())
	}
	if _, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{}); err != nil {
		t.Fatal(err)
	}
}

// TestScriptDateIsReproducible: Date.now() starts at a fixed instant and
// follows the virtual clock, so a page that prints the date renders the
// same on every run; a caller can give the real date.
func TestScriptDateIsReproducible(t *testing.T) {
	src := `<p id=d></p><script>setTimeout(function(){ document.getElementById("d").textContent = new Date().toISOString() }, 1500)</script>`
	var got []string
	for i := 0; i < 2; i++ {
		page, err := browser.New(browser.Options{}).OpenHTML(context.Background(), src, "")
		if err != nil {
			t.Fatal(err)
		}
		v, err := page.Eval(context.Background(), `document.getElementById("d").textContent`)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprint(v))
	}
	if got[0] != got[1] || got[0] != "2026-01-01T12:00:01.500Z" {
		t.Errorf("dates %q, want the fixed start plus 1.5 s of virtual time", got)
	}
	start := time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)
	page, err := browser.New(browser.Options{Scripts: browser.ScriptOptions{StartTime: start}}).OpenHTML(context.Background(), `<script>window.y = new Date().getUTCFullYear()</script>`, "")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := page.Eval(context.Background(), "y"); fmt.Sprint(v) != "2030" {
		t.Errorf("StartTime ignored: year %v", v)
	}
}
