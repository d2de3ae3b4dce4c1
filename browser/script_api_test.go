package browser_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/fetch"
)

func TestTypeUpdatesValueAndFiresKeyEvents(t *testing.T) {
	page := openHTML(t, `<input id="i"><textarea id="t"></textarea><p id="log"></p><script>
var log = [];
var i = document.getElementById("i");
["focus", "keydown", "keypress", "input", "keyup"].forEach(function (type) {
  i.addEventListener(type, function (e) {
    log.push(type + (e.key !== undefined ? ":" + e.key + ":" + e.code : "") + (e instanceof KeyboardEvent ? "K" : ""));
  });
});
document.getElementById("t").addEventListener("keydown", function (e) { if (e.key === "x") e.preventDefault() });
</script>`)
	ctx := context.Background()
	if err := page.Type(ctx, "#i", "a1 "); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `document.getElementById("i").value`); got != "a1 " {
		t.Errorf("value = %q, want %q", got, "a1 ")
	}
	want := "focus,keydown:a:KeyAK,keypress:a:KeyAK,input,keyup:a:KeyAK,keydown:1:Digit1K,keypress:1:Digit1K,input,keyup:1:Digit1K,keydown: :SpaceK,keypress: :SpaceK,input,keyup: :SpaceK"
	if got := evalString(t, page, `log.join(",")`); got != want {
		t.Errorf("events\n got %s\nwant %s", got, want)
	}
	if got := evalString(t, page, `document.activeElement.id`); got != "i" {
		t.Errorf("activeElement = %q", got)
	}
	// A canceled keydown inserts nothing; Enter inserts a newline in a textarea.
	if err := page.Type(ctx, "#t", "axb\n"); err != nil {
		t.Fatal(err)
	}
	if got := evalString(t, page, `document.getElementById("t").value`); got != "ab\n" {
		t.Errorf("textarea value = %q", got)
	}
	if err := page.Type(ctx, "#nothing", "a"); err == nil {
		t.Error("no error for a selector without a match")
	}
}

func TestTypeRendersValue(t *testing.T) {
	typed := openHTML(t, `<input id="i" style="font-size:20px">`)
	if err := typed.Type(context.Background(), "#i", "Hello"); err != nil {
		t.Fatal(err)
	}
	static := openHTML(t, `<input id="i" style="font-size:20px" value="Hello">`)
	a, err := typed.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := static.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !a.Rect.Eq(b.Rect) || string(a.Pix) != string(b.Pix) {
		t.Error("the typed input does not render like one with the value attribute")
	}
	empty := openHTML(t, `<input id="i" style="font-size:20px">`)
	c, _ := empty.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if string(a.Pix) == string(c.Pix) {
		t.Error("the typed value does not render")
	}
}

func TestWaitForAndSettle(t *testing.T) {
	ctx := context.Background()
	page := openHTML(t, `<script>
setTimeout(function () { var d = document.createElement("div"); d.id = "late"; document.body.appendChild(d) }, 15000);
</script>`)
	// The page settled for 10 s of virtual time at load: #late is 5 s away.
	if v, _ := page.Eval(ctx, `document.getElementById("late") === null`); v != true {
		t.Fatalf("#late exists already")
	}
	if err := page.WaitFor(ctx, "#late"); err != nil {
		t.Fatal(err)
	}
	if v, _ := page.Eval(ctx, `performance.now() >= 15000`); v != true {
		t.Error("the clock did not advance to the timer")
	}
	if err := page.WaitFor(ctx, "#never"); err == nil || errors.Is(err, browser.ErrNotSettled) {
		t.Errorf("WaitFor(#never) on an idle page = %v, want a plain error", err)
	}
	if err := page.WaitFor(ctx, "[[["); err == nil || errors.Is(err, browser.ErrNotSettled) {
		t.Errorf("WaitFor(bad selector) = %v", err)
	}
	if err := page.Settle(ctx); err != nil {
		t.Errorf("Settle of an idle page = %v", err)
	}

	ticking := openHTML(t, `<script>setInterval(function () {}, 1000)</script>`)
	if err := ticking.Settle(ctx); !errors.Is(err, browser.ErrNotSettled) {
		t.Errorf("Settle with an endless interval = %v, want ErrNotSettled", err)
	}
	if err := ticking.WaitFor(ctx, "#never"); !errors.Is(err, browser.ErrNotSettled) {
		t.Errorf("WaitFor with an endless interval = %v, want ErrNotSettled", err)
	}
}

// TestBudgets: pages that never settle finish within their budget, with a
// Diagnostic saying why.
func TestBudgets(t *testing.T) {
	tests := []struct {
		name, src, want string
		opts            browser.ScriptOptions
	}{
		{"endless interval", `<script>setInterval(function () { document.title += "" }, 0)</script>`,
			"did not settle", browser.ScriptOptions{}},
		{"busy interval", `<script>setInterval(function () { for (var i = 0; i < 1e3; i++) {} }, 0)</script>`,
			"task limit reached", browser.ScriptOptions{MaxTasks: 500}},
		{"while true", `<script>while (true) {}</script>`, "interrupted",
			browser.ScriptOptions{TaskTimeout: 100 * time.Millisecond}},
		{"recursion", `<script>function f(n) { return f(n + 1) + 1 } f(0)</script>`,
			"Maximum call stack size exceeded", browser.ScriptOptions{}},
		{"a million timers", `<script>for (var i = 0; i < 1e6; i++) setTimeout(function () {}, i)</script>`,
			"timer limit reached", browser.ScriptOptions{}},
		{"string growth", `<script>var s = "x"; while (true) s += s;</script>`,
			"heap", browser.ScriptOptions{MaxHeapGrowth: 64 << 20}},
		{"many microtasks", `<script>function f() { Promise.resolve().then(f) } f()</script>`,
			"interrupted", browser.ScriptOptions{TaskTimeout: 200 * time.Millisecond}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			page, err := browser.New(browser.Options{Scripts: tc.opts}).OpenHTML(context.Background(),
				`<p>still renders</p>`+tc.src, "https://site.test/")
			if err != nil {
				t.Fatal(err)
			}
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("took %v", el)
			}
			var diags []string
			for _, d := range page.Diagnostics() {
				diags = append(diags, d.String())
			}
			if !strings.Contains(strings.Join(diags, "\n"), tc.want) {
				t.Errorf("diagnostics %q do not mention %q", diags, tc.want)
			}
			if _, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{}); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestFetchAndXHR(t *testing.T) {
	b := siteBrowser(t, map[string]string{
		"index.html": `<script>
var log = [];
fetch("a.txt").then(function (r) { log.push("fetch " + r.status + " " + r.ok + " " + r.headers.get("content-type")); return r.text() })
  .then(function (t) { log.push("text " + t) });
fetch("missing.txt").then(function (r) { log.push("missing " + r.status + " " + r.ok) });
fetch("https://other.test/x").catch(function (e) { log.push("cross-origin " + (e instanceof TypeError)) });
var x = new XMLHttpRequest();
x.open("GET", "b.json");
x.responseType = "json";
x.addEventListener("load", function () { log.push("xhr " + x.status + " " + x.response.n) });
x.send();
var c = new AbortController();
fetch("a.txt", {signal: c.signal}).catch(function (e) { log.push("aborted " + e.name) });
c.abort();
</script>`,
		"a.txt":  "hello",
		"b.json": `{"n": 42}`,
	}, browser.Options{})
	page := openSite(t, b, "index.html")
	want := "aborted AbortError,fetch 200 true text/plain,text hello,missing 404 false,cross-origin true,xhr 200 42"
	got := evalString(t, page, `log.join(",")`)
	if got != want {
		t.Errorf("log\n got %s\nwant %s", got, want)
	}
	// Completions run in request order, whatever the network's timing.
	for range 5 {
		if again := evalString(t, openSite(t, b, "index.html"), `log.join(",")`); again != got {
			t.Fatalf("not deterministic:\n%s\n%s", got, again)
		}
	}
}

func TestDocumentCookie(t *testing.T) {
	files := map[string]string{"index.html": `<script>
document.cookie = "a=1";
document.cookie = "b=two; Path=/";
document.cookie = "=";
document.cookie = "h=1; HttpOnly";
</script>`}
	// Without a *fetch.CookieJar, cookies are off.
	page := openSite(t, siteBrowser(t, files, browser.Options{}), "index.html")
	if got := evalString(t, page, "document.cookie"); got != "" {
		t.Errorf("cookie without a jar = %q", got)
	}
	jar := &fetch.CookieJar{}
	b := browser.New(browser.Options{Client: &fetch.Client{Jar: jar, Fetcher: siteFetcher(t, files)}})
	page = openSite(t, b, "index.html")
	if got := evalString(t, page, "document.cookie"); got != "a=1; b=two" {
		t.Errorf("document.cookie = %q", got)
	}
	u, _ := url.Parse("https://site.test/")
	if got := jar.CookieString(u); got != "a=1; b=two" {
		t.Errorf("jar has %q", got)
	}
}

func TestMutationObserverRecords(t *testing.T) {
	page := openHTML(t, `<div id="a"><span id="s">t</span></div><script>
var log = [];
var a = document.getElementById("a");
var mo = new MutationObserver(function (recs, obs) {
  log.push(obs === mo ? "same" : "other");
  recs.forEach(function (r) {
    log.push(r.type + ":" + r.target.nodeName + ":" + (r.attributeName || "") + ":" + r.oldValue + ":" + r.addedNodes.length + "/" + r.removedNodes.length);
  });
});
mo.observe(a, {childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true, subtree: true});
a.setAttribute("class", "x");
a.className = "y";
document.getElementById("s").firstChild.data = "u";
a.appendChild(document.createElement("b"));
a.removeChild(document.getElementById("s"));
a.innerHTML = "<i></i>";
log.push("sync");
Promise.resolve().then(function () { log.push("later microtask") });
</script>`)
	want := "sync,same,attributes:DIV:class:null:0/0,attributes:DIV:class:x:0/0,characterData:#text::t:0/0," +
		"childList:DIV::null:1/0,childList:DIV::null:0/1,childList:DIV::null:1/1,later microtask"
	if got := evalString(t, page, `log.join(",")`); got != want {
		t.Errorf("log\n got %s\nwant %s", got, want)
	}
	if got := evalString(t, page, `mo.disconnect(); a.id = "z"; String(mo.takeRecords().length)`); got != "0" {
		t.Errorf("records after disconnect: %s", got)
	}
}

func TestWebAPIs(t *testing.T) {
	page := openHTML(t, `<a id="l" href="/x?y=1">l</a><img id="im" src="i.png"><input id="c" type="checkbox" disabled>`)
	tests := []struct{ src, want string }{
		{`btoa("hello") + atob(" aGVs bG8= ")`, "aGVsbG8=hello"},
		{`try { btoa("\u0100") } catch (e) { e.name }`, "InvalidCharacterError"},
		{`try { atob("a") } catch (e) { e.name }`, "InvalidCharacterError"},
		{`Array.from(new TextEncoder().encode("é€")).join(",")`, "195,169,226,130,172"},
		{`new TextDecoder().decode(new Uint8Array([0xEF,0xBB,0xBF,104,0xFF]))`, "h\uFFFD"},
		{`var u = new URL("../b/c?d=1#e", "https://h.test:8080/a/x"); [u.href, u.origin, u.host, u.port, u.pathname, u.search, u.hash].join(" ")`,
			"https://h.test:8080/b/c?d=1#e https://h.test:8080 h.test:8080 8080 /b/c ?d=1 #e"},
		{`var u = new URL("https://h.test/p?a=1"); u.searchParams.append("b", "x y"); u.href`, "https://h.test/p?a=1&b=x+y"},
		{`try { new URL("nope") } catch (e) { e instanceof TypeError }`, "true"},
		{`var q = new URLSearchParams("a=1&b=2&a=3"); q.set("a", "9"); q.toString() + " " + q.getAll("b") + " " + q.has("c")`, "a=9&b=2 2 false"},
		{`new URLSearchParams({x: "1", y: "&"}).toString()`, "x=1&y=%26"},
		{`history.replaceState({n: 1}, "", "/r#h"); location.href + " " + history.state.n + " " + document.URL`, "https://site.test/r#h 1 https://site.test/r#h"},
		{`try { history.pushState(null, "", "https://evil.test/") } catch (e) { e.name }`, "SecurityError"},
		{`document.getElementById("l").href + " " + document.getElementById("im").src`, "https://site.test/x?y=1 https://site.test/i.png"},
		{`var c = document.getElementById("c"); c.checked = true; c.disabled = false; c.type + c.checked + c.disabled + c.hasAttribute("disabled")`, "checkboxtruefalsefalse"},
		{`[screen.width, devicePixelRatio, typeof sessionStorage.setItem].join(" ")`, "800 1 function"},
		{`var e = new KeyboardEvent("keydown", {key: "Enter", code: "Enter", shiftKey: true}); [e.key, e.code, e.shiftKey, e.ctrlKey, e instanceof UIEvent].join(" ")`, "Enter Enter true false true"},
		{`var c = new AbortController(), n = 0; var t = document.createElement("div"); t.addEventListener("x", function () { n++ }, {signal: c.signal}); t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x")); n + " " + c.signal.aborted + " " + c.signal.reason.name`, "1 true AbortError"},
		{`var h = new Headers({"Content-Type": "a"}); h.append("x", "1"); h.append("X", "2"); h.get("content-type") + h.get("x")`, "a1, 2"},
	}
	for _, tc := range tests {
		if got := evalString(t, page, "String((function(){ return eval("+jsQuote(tc.src)+") })())"); got != tc.want {
			t.Errorf("%s\n got %q\nwant %q", tc.src, got, tc.want)
		}
	}
}

func jsQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// siteFetcher serves files from https://site.test.
func siteFetcher(t testing.TB, files map[string]string) fetch.Fetcher {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	mux := fetch.NewMux()
	if err := mux.HandleOrigin("https://site.test", fetch.NewFSFetcher(fsys, "https://site.test")); err != nil {
		t.Fatal(err)
	}
	return mux
}
