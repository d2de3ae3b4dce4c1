package browser_test

import (
	"context"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/internal/corstest"
)

// apiOrigin is the cross-origin server of the CORS tests.
const apiOrigin = "https://api.test/"

// apiHandler answers requests to apiOrigin. The query string sets the CORS
// response headers (acao, acac, aceh, acam, acah, maxage), also on
// preflights; /echo answers "METHOD origin=... cookie=... x=..." (the
// Origin, Cookie and X-Custom request headers) with an X-Secret header;
// /setcookie sets the cookie api=1; /redirect?to=URL answers 302.
func apiHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if corstest.SetHeaders(w.Header(), q, r) {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		switch r.URL.Path {
		case "/setcookie":
			w.Header().Add("Set-Cookie", "api=1; SameSite=None; Secure; Path=/")
		case "/redirect":
			w.Header().Set("Location", q.Get("to"))
			w.WriteHeader(http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("X-Secret", "s")
		_, _ = w.Write([]byte(r.Method + " origin=" + r.Header.Get("Origin") + " cookie=" + r.Header.Get("Cookie") +
			" x=" + r.Header.Get("X-Custom")))
	})
}

// corsBrowser serves testdata/ref at refOrigin and apiHandler at
// apiOrigin, with a cookie jar.
func corsBrowser(t testing.TB) *browser.Browser {
	t.Helper()
	mux := fetch.NewMux()
	if err := mux.HandleOrigin(refOrigin, fetch.NewFSFetcher(os.DirFS("../testdata/ref"), refOrigin)); err != nil {
		t.Fatal(err)
	}
	if err := mux.HandleOrigin(apiOrigin, &fetch.HandlerFetcher{Handler: apiHandler()}); err != nil {
		t.Fatal(err)
	}
	return browser.New(browser.Options{
		Viewport: browser.Viewport{Width: 400, Height: 300},
		Client:   &fetch.Client{Fetcher: mux, Jar: &fetch.CookieJar{}},
	})
}

// TestCORSReftests renders each testdata/ref/cors/NAME.html, whose scripts
// load from the second origin, and its NAME-ref.html, and requires the
// same pixels. They live apart from testdata/ref because they need the
// second origin; blocked loads are reported on the console, as browsers do.
func TestCORSReftests(t *testing.T) {
	runReftests(t, corsBrowser(t), "cors/", 5, false, func(_, text string) bool {
		return strings.Contains(text, "blocked by CORS policy")
	})
}

// TestCORSScript checks what scripts see of cross-origin loads.
func TestCORSScript(t *testing.T) {
	b := corsBrowser(t)
	ctx := context.Background()
	page, err := b.Open(ctx, refOrigin+"append-div.html")
	if err != nil {
		t.Fatal(err)
	}
	run := func(src string) string {
		t.Helper()
		v, err := page.Eval(ctx, src)
		if err != nil {
			return "error: " + err.Error()
		}
		s, _ := v.(string)
		return s
	}
	const api = `"https://api.test/`
	for _, c := range []struct{ name, src, want string }{
		{"allowed", `fetch(` + api + `echo?acao=*").then(r => r.type + " " + r.status + " " + r.headers.get("x-secret") + " " + r.headers.get("content-type"))`,
			"cors 200 null text/plain"},
		{"exposed", `fetch(` + api + `echo?acao=*&aceh=X-Secret").then(r => r.headers.get("x-secret"))`, "s"},
		{"blocked", `fetch(` + api + `echo").then(() => "loaded", e => e.constructor.name + ": " + e.message)`, "TypeError: Failed to fetch"},
		{"same-origin mode", `fetch(` + api + `echo?acao=*", {mode: "same-origin"}).then(() => "loaded", e => e.message)`, "Failed to fetch"},
		{"no-cors", `fetch(` + api + `echo", {mode: "no-cors"}).then(r => r.text().then(t => r.type + " " + r.status + " [" + t + "] " + r.ok + " " + [...r.headers].length))`,
			"opaque 0 [] false 0"},
		{"no-cors PUT rejects", `fetch(` + api + `echo", {mode: "no-cors", method: "PUT"}).then(() => "no", e => e.name)`, "TypeError"},
		{"bad mode rejects", `fetch(` + api + `echo", {mode: "navigate"}).then(() => "no", e => e.name)`, "TypeError"},
		{"preflight", `fetch(` + api + `echo?acao=*&acam=PUT&acah=X-Custom", {method: "PUT", headers: {"X-Custom": "7"}}).then(r => r.text())`,
			"PUT origin=https://ref.test cookie= x=7"},
		{"preflight refused", `fetch(` + api + `echo?acao=*&acam=PUT", {method: "DELETE"}).then(() => "loaded", e => e.message)`, "Failed to fetch"},
		{"forbidden header dropped", `fetch(` + api + `echo?acao=*", {headers: {"Origin": "https://evil.test"}}).then(r => r.text())`,
			"GET origin=https://ref.test cookie= x="},
		{"credentials", `fetch(` + api + `setcookie?acao=https://ref.test&acac=true", {credentials: "include"})
  .then(() => fetch(` + api + `echo?acao=https://ref.test&acac=true", {credentials: "include"})).then(r => r.text())
  .then(a => fetch(` + api + `echo?acao=*").then(r => r.text()).then(b => a + " | " + b))`,
			"GET origin=https://ref.test cookie=api=1 x= | GET origin=https://ref.test cookie= x="},
		{"credentials need ACAC", `fetch(` + api + `echo?acao=https://ref.test", {credentials: "include"}).then(() => "loaded", e => e.message)`, "Failed to fetch"},
		{"same origin basic", `fetch("/append-div.html").then(r => r.type + " " + r.status)`, "basic 200"},
		{"redirected", `fetch(` + api + `redirect?acao=*&to=` + `https%3A%2F%2Fapi.test%2Fecho%3Facao%3D*").then(r => r.redirected + " " + r.url)`,
			"true https://api.test/echo?acao=*"},
		{"xhr", `new Promise(res => { var x = new XMLHttpRequest(); x.open("GET", ` + api + `echo?acao=*");
  x.onload = () => res("load " + x.status + " " + x.getResponseHeader("X-Secret") + " " + x.responseText); x.onerror = () => res("error " + x.status); x.send() })`,
			"load 200 null GET origin=https://ref.test cookie= x="},
		{"xhr blocked", `new Promise(res => { var x = new XMLHttpRequest(); x.open("GET", ` + api + `echo");
  x.onload = () => res("load"); x.onerror = () => res("error " + x.status); x.send() })`, "error 0"},
		{"xhr withCredentials", `new Promise(res => { var x = new XMLHttpRequest(); x.open("GET", ` + api + `echo?acao=https://ref.test&acac=true");
  x.withCredentials = true; x.onload = () => res(x.responseText); x.send() })`, "GET origin=https://ref.test cookie=api=1 x="},
	} {
		if got := run(c.src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
	var blocked []string
	for _, m := range page.Console() {
		if m.Level == "error" {
			blocked = append(blocked, m.Text)
		}
	}
	want := "Access to fetch at 'https://api.test/echo' from origin 'https://ref.test' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource."
	if len(blocked) == 0 || blocked[0] != want {
		t.Errorf("console errors %q, want first %q", blocked, want)
	}
}
