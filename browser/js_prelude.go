package browser

import (
	_ "embed"
	"encoding/base64"
	"net/url"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/fetch"
)

// preludeSource is the JavaScript half of the Web APIs that are plain
// objects over a few natives (js_prelude.js).
//
//go:embed js_prelude.js
var preludeSource string

var (
	preludeOnce    sync.Once
	preludeProgram *goja.Program
	preludeErr     error
)

// preludeGlobals are the globals js_prelude.js defines.
var preludeGlobals = []string{"AbortSignal", "AbortController", "URLSearchParams", "URL",
	"TextEncoder", "TextDecoder", "Headers", "Response", "fetch", "XMLHttpRequest",
	"MutationObserver", "history"}

// installLazyPrelude defines the prelude's globals as accessors that run
// the prelude on first use, so that pages which use none of them do not pay
// for it (about half a millisecond).
func (js *jsRuntime) installLazyPrelude() {
	vm := js.vm
	g := vm.GlobalObject()
	js.lazyGlobals(preludeGlobals, js.installPrelude)
	_ = g.DefineDataProperty("atob", vm.ToValue(js.atob), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = g.DefineDataProperty("btoa", vm.ToValue(js.btoa), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// lazyGlobals defines names as global accessors that, on first use (read
// or write), delete themselves, call install (which defines the real
// globals) and then do what was asked. It returns the function that
// installs, for callers that must install from elsewhere too.
func (js *jsRuntime) lazyGlobals(names []string, install func()) func() {
	g := js.vm.GlobalObject()
	installed := false
	once := func() {
		if installed {
			return
		}
		installed = true
		for _, name := range names {
			_ = g.Delete(name)
		}
		install()
	}
	for _, name := range names {
		get := js.vm.ToValue(func(goja.FunctionCall) goja.Value {
			once()
			return g.Get(name)
		})
		set := js.vm.ToValue(func(call goja.FunctionCall) goja.Value {
			once()
			_ = g.Set(name, call.Argument(0))
			return goja.Undefined()
		})
		_ = g.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return once
}

// installPrelude runs js_prelude.js with the natives it builds on. The
// program is compiled once per process.
func (js *jsRuntime) installPrelude() {
	preludeOnce.Do(func() {
		preludeProgram, preludeErr = goja.Compile("pane:prelude", preludeSource, true)
	})
	if preludeErr != nil {
		panic("browser: prelude: " + preludeErr.Error())
	}
	vm := js.vm
	fn, err := vm.RunProgram(preludeProgram)
	if err != nil {
		panic("browser: prelude: " + err.Error())
	}
	call, ok := goja.AssertFunction(fn)
	if !ok {
		panic("browser: prelude is not a function")
	}
	n := vm.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = n.Set(name, f) }
	set("fetch", js.nativeFetch("fetch"))
	set("xhr", js.nativeFetch("xhr"))
	set("parseURL", js.parseURL)
	set("encodeUTF8", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(vm.NewArrayBuffer([]byte(c.Argument(0).String())))
	})
	set("decodeUTF8", js.decodeUTF8)
	set("moCreate", js.moCreate)
	set("moObserve", js.moObserve)
	set("moDisconnect", js.moDisconnect)
	set("moTake", js.moTake)
	set("pushState", js.pushState)
	set("historyLength", func(goja.FunctionCall) goja.Value { return vm.ToValue(js.historyLength) })
	set("historyState", func(goja.FunctionCall) goja.Value { return js.historyState })
	if _, err := call(goja.Undefined(), n, vm.GlobalObject()); err != nil {
		panic("browser: prelude: " + err.Error())
	}
}

// parseURL is the URL parser behind the URL class: (href, base or null) to
// an object of the URL's components, or a TypeError.
//
// https://url.spec.whatwg.org/#concept-url-parser
func (js *jsRuntime) parseURL(call goja.FunctionCall) goja.Value {
	vm := js.vm
	href := call.Argument(0).String()
	u, err := fetch.ParseURL(nil, href)
	if b := call.Argument(1); !goja.IsNull(b) && !goja.IsUndefined(b) {
		bu, berr := fetch.ParseURL(nil, b.String())
		if berr != nil {
			panic(vm.NewTypeError("Failed to construct 'URL': Invalid base URL"))
		}
		u, err = fetch.ParseURL(bu, href)
	}
	if err != nil || u.Scheme == "" {
		panic(vm.NewTypeError("Failed to construct 'URL': Invalid URL " + href))
	}
	o := vm.NewObject()
	origin := "null"
	switch u.Scheme {
	case "http", "https", "ws", "wss", "ftp":
		origin = u.Scheme + "://" + u.Host
	}
	search, hash := "", ""
	if u.RawQuery != "" {
		search = "?" + u.RawQuery
	}
	if u.Fragment != "" || u.RawFragment != "" {
		hash = "#" + u.EscapedFragment()
	}
	path := u.EscapedPath()
	if u.Opaque != "" {
		path = u.Opaque
	} else if path == "" && origin != "null" {
		path = "/"
	}
	pass, _ := u.User.Password()
	for _, kv := range [][2]string{{"href", u.String()}, {"origin", origin}, {"protocol", u.Scheme + ":"},
		{"username", u.User.Username()}, {"password", pass}, {"host", u.Host}, {"hostname", u.Hostname()},
		{"port", u.Port()}, {"pathname", path}, {"search", search}, {"hash", hash}} {
		_ = o.Set(kv[0], kv[1])
	}
	return o
}

// decodeUTF8 decodes an ArrayBuffer as UTF-8, replacing bad sequences with
// U+FFFD or, when fatal, throwing a TypeError; a leading BOM is dropped.
//
// https://encoding.spec.whatwg.org/#dom-textdecoder-decode
func (js *jsRuntime) decodeUTF8(call goja.FunctionCall) goja.Value {
	buf, _ := call.Argument(0).Export().(goja.ArrayBuffer)
	b := buf.Bytes()
	if call.Argument(1).ToBoolean() && !utf8.Valid(b) {
		panic(js.vm.NewTypeError("The encoded data was not valid for encoding utf-8"))
	}
	s := strings.ToValidUTF8(string(b), "\uFFFD")
	return js.vm.ToValue(strings.TrimPrefix(s, "\uFEFF"))
}

// btoa encodes a string of code points below U+0100 as base64.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#dom-btoa
func (js *jsRuntime) btoa(call goja.FunctionCall) goja.Value {
	s := call.Argument(0).String()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			js.throwDOMException("InvalidCharacterError", "btoa: the string contains characters outside of the Latin1 range")
		}
		b = append(b, byte(r))
	}
	return js.vm.ToValue(base64.StdEncoding.EncodeToString(b))
}

// atob decodes forgiving-base64 into a string of code points below U+0100.
//
// https://infra.spec.whatwg.org/#forgiving-base64-decode
func (js *jsRuntime) atob(call goja.FunctionCall) goja.Value {
	// 1. Remove all ASCII whitespace from data.
	s := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
			return -1
		}
		return r
	}, call.Argument(0).String())
	// 2. If data's code point length divides by 4 leaving no remainder,
	// then: if data ends with one or two U+003D (=) code points, remove them.
	if len(s)%4 == 0 {
		s = strings.TrimSuffix(s, "=")
		s = strings.TrimSuffix(s, "=")
	}
	// 3-4. A remainder of 1, or a character outside the alphabet, fails.
	b, err := base64.RawStdEncoding.DecodeString(s)
	if len(s)%4 == 1 || err != nil {
		js.throwDOMException("InvalidCharacterError", "atob: the string to be decoded is not correctly encoded")
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return js.vm.ToValue(string(r))
}

// pushState implements history.pushState and replaceState (state, url,
// replace): the document's URL changes, nothing is loaded.
//
// https://html.spec.whatwg.org/multipage/nav-history-apis.html#shared-history-push/replace-state-steps
//
// TODO(spec): the session history itself (back, forward, popstate) and the
// serialization of state (it is kept as is).
func (js *jsRuntime) pushState(call goja.FunctionCall) goja.Value {
	if u := call.Argument(1); !goja.IsNull(u) && !goja.IsUndefined(u) {
		// 2-3. Parse url relative to the document; it must be same origin.
		nu, err := fetch.ParseURL(js.documentURL(), u.String())
		cur := js.documentURL()
		if err != nil || cur == nil || nu.Scheme != cur.Scheme || nu.Host != cur.Host {
			js.throwDOMException("SecurityError", "history: the URL "+u.String()+" is not of the document's origin")
		}
		js.url = nu
	}
	js.historyState = call.Argument(0)
	if !call.Argument(2).ToBoolean() {
		js.historyLength++
	}
	return goja.Undefined()
}

// documentURL returns the document's URL, as history.pushState left it.
func (js *jsRuntime) documentURL() *url.URL {
	if js.url != nil {
		return js.url
	}
	return js.p.url
}
