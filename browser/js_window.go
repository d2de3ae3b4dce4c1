package browser

import (
	"net/url"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
)

// userAgent is navigator.userAgent.
const userAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Pane/0.1"

// installWindow makes the global object the Window: window, self and
// globalThis are the same object, whose prototype chain is Window ▶
// EventTarget.
//
// https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-window-object
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installWindow() {
	vm := js.vm
	g := vm.GlobalObject()
	js.window = g
	_ = g.SetPrototype(js.protos["Window"])
	_ = js.protos["Window"].SetPrototype(js.namedProperties())
	for _, name := range []string{"window", "self", "globalThis", "frames", "top", "parent"} {
		_ = g.DefineDataProperty(name, g, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = g.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	set("setTimeout", func(call goja.FunctionCall) goja.Value { return js.setTimer(call, false) })
	set("setInterval", func(call goja.FunctionCall) goja.Value { return js.setTimer(call, true) })
	set("clearTimeout", js.clearTimer)
	set("clearInterval", js.clearTimer)
	set("requestAnimationFrame", js.requestAnimationFrame)
	set("cancelAnimationFrame", js.clearTimer)
	set("getComputedStyle", js.computedStyle)
	set("queueMicrotask", js.queueMicrotask)
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	// TODO(spec): scrolling, dialogs, postMessage.
	for _, name := range []string{"scrollTo", "scrollBy", "scroll", "alert", "focus", "blur", "postMessage"} {
		set(name, noop)
	}
	set("confirm", func(goja.FunctionCall) goja.Value { return vm.ToValue(false) })
	set("prompt", func(goja.FunctionCall) goja.Value { return goja.Null() })
	set("matchMedia", js.matchMedia)
	constant := func(name string, v any) {
		_ = g.DefineDataProperty(name, vm.ToValue(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	constant("innerWidth", js.p.viewport.Width)
	constant("innerHeight", js.p.viewport.Height)
	constant("outerWidth", js.p.viewport.Width)
	constant("outerHeight", js.p.viewport.Height)
	constant("devicePixelRatio", js.p.scale)
	constant("scrollX", 0)
	constant("scrollY", 0)
	constant("pageXOffset", 0)
	constant("pageYOffset", 0)
	constant("name", "")
	constant("isSecureContext", js.p.url != nil && js.p.url.Scheme == "https")

	screen := vm.NewObject()
	w, h := js.p.viewport.Width, js.p.viewport.Height
	for _, kv := range []struct {
		k string
		v int
	}{{"width", w}, {"height", h}, {"availWidth", w}, {"availHeight", h}, {"colorDepth", 24}, {"pixelDepth", 24}} {
		_ = screen.Set(kv.k, kv.v)
	}
	constant("screen", screen)

	nav := vm.NewObject()
	_ = nav.Set("userAgent", userAgent)
	_ = nav.Set("language", "en-US")
	_ = nav.Set("languages", vm.NewArray("en-US", "en"))
	_ = nav.Set("platform", "Linux x86_64")
	_ = nav.Set("vendor", "")
	_, jar := js.p.b.client.Jar.(*fetch.CookieJar)
	_ = nav.Set("cookieEnabled", jar)
	_ = nav.Set("onLine", true)
	_ = nav.Set("webdriver", true)
	_ = nav.Set("hardwareConcurrency", 1)
	constant("navigator", nav)

	perf := vm.NewObject()
	_ = perf.Set("now", func(goja.FunctionCall) goja.Value {
		return vm.ToValue(float64(js.loop.now) / float64(time.Millisecond))
	})
	_ = perf.Set("timeOrigin", float64(js.loop.start.UnixNano())/1e6)
	_ = perf.Set("mark", noop)
	_ = perf.Set("measure", noop)
	_ = perf.Set("getEntriesByName", func(goja.FunctionCall) goja.Value { return vm.NewArray() })
	_ = perf.Set("getEntriesByType", func(goja.FunctionCall) goja.Value { return vm.NewArray() })
	constant("performance", perf)

	constant("location", js.location())
	constant("console", js.consoleObject())
	js.installStorage()
}

// namedProperties returns the Window's named properties object: it sits
// between Window.prototype and EventTarget.prototype and finds elements by
// id, so that a global "foo" is the element with id "foo" unless a variable
// or property shadows it.
//
// https://html.spec.whatwg.org/multipage/nav-history-apis.html#named-access-on-the-window-object
//
// TODO(spec): names of embed, form, img and object elements, and iframes.
func (js *jsRuntime) namedProperties() *goja.Object {
	target := js.vm.CreateObject(js.protos["EventTarget"])
	named := js.elementByID
	return js.vm.ToValue(js.vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, prop string, _ goja.Value) goja.Value {
			if v := t.Get(prop); v != nil {
				return v
			}
			if lazyInterfaces[prop] {
				js.interfaceProto(prop)
				return js.ctors[prop]
			}
			if n := named(prop); n != nil {
				return js.wrapObject(n)
			}
			return goja.Undefined()
		},
		Has: func(t *goja.Object, prop string) bool {
			if v := t.Get(prop); v != nil {
				return true
			}
			return lazyInterfaces[prop] || named(prop) != nil
		},
	})).ToObject(js.vm)
}

// elementByID returns the first element in tree order with the given id,
// from an index rebuilt when the document changed. (Named access on the
// window looks up every unresolved global name, so misses must be cheap.)
func (js *jsRuntime) elementByID(id string) *dom.Node {
	if id == "" {
		return nil
	}
	if js.ids == nil || js.idsVersion != js.p.doc.Version() {
		js.ids = map[string]*dom.Node{}
		js.idsVersion = js.p.doc.Version()
		js.p.doc.Root.Walk(func(n *dom.Node) bool {
			if n.Type == dom.ElementNode {
				if v, ok := n.Attr("id"); ok && v != "" {
					if _, dup := js.ids[v]; !dup {
						js.ids[v] = n
					}
				}
			}
			return true
		})
	}
	return js.ids[id]
}

// location returns a Location object for the document's URL (which
// history.pushState may change).
//
// TODO(spec): navigation by assigning location or href.
func (js *jsRuntime) location() *goja.Object {
	vm := js.vm
	loc := vm.NewObject()
	if js.p.url == nil {
		return loc
	}
	parts := func(u *url.URL) map[string]string {
		origin := u.Scheme + "://" + u.Host
		if u.Scheme == "file" || u.Scheme == "data" || u.Scheme == "about" {
			origin = "null"
		}
		search, hash := "", ""
		if u.RawQuery != "" {
			search = "?" + u.RawQuery
		}
		if u.Fragment != "" {
			hash = "#" + u.EscapedFragment()
		}
		return map[string]string{"href": u.String(), "protocol": u.Scheme + ":", "host": u.Host,
			"hostname": u.Hostname(), "port": u.Port(), "pathname": u.EscapedPath(), "search": search,
			"hash": hash, "origin": origin}
	}
	for _, name := range []string{"href", "protocol", "host", "hostname", "port", "pathname", "search", "hash", "origin"} {
		js.accessor(loc, name, func(goja.FunctionCall) goja.Value {
			return vm.ToValue(parts(js.documentURL())[name])
		}, nil)
	}
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	_ = loc.Set("toString", func(goja.FunctionCall) goja.Value { return vm.ToValue(js.documentURL().String()) })
	_ = loc.Set("assign", noop)
	_ = loc.Set("replace", noop)
	_ = loc.Set("reload", noop)
	return loc
}

// consoleObject returns console: its methods append to the page's console
// log (https://console.spec.whatwg.org/#logger).
func (js *jsRuntime) consoleObject() *goja.Object {
	vm := js.vm
	c := vm.NewObject()
	for _, level := range []string{"log", "info", "warn", "error", "debug", "trace", "dir", "table"} {
		lv := level
		switch level {
		case "trace", "dir", "table":
			lv = "log"
		}
		_ = c.Set(level, func(call goja.FunctionCall) goja.Value {
			parts := make([]string, len(call.Arguments))
			for i, a := range call.Arguments {
				parts[i] = js.consoleString(a)
			}
			js.console = append(js.console, ConsoleMessage{Level: lv, Text: strings.Join(parts, " ")})
			return goja.Undefined()
		})
	}
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	for _, name := range []string{"group", "groupCollapsed", "groupEnd", "time", "timeEnd", "count", "assert", "clear"} {
		_ = c.Set(name, noop)
	}
	return c
}

// consoleString formats one console argument: strings as they are, nodes
// by name, other values as String() does.
func (js *jsRuntime) consoleString(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		if n := js.nodes[o]; n != nil {
			return "[object " + interfaceOf(n) + "]"
		}
	}
	var s string
	if ex := js.vm.Try(func() { s = v.String() }); ex != nil {
		return "[object]"
	}
	return s
}

// queueMicrotask queues callback as a microtask: goja's promise jobs are
// the microtask queue, so it goes through a resolved promise.
//
// https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#dom-queuemicrotask
func (js *jsRuntime) queueMicrotask(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(js.vm.NewTypeError("queueMicrotask: argument is not a function"))
	}
	p, resolve, _ := js.vm.NewPromise()
	then, _ := goja.AssertFunction(js.vm.ToValue(p).ToObject(js.vm).Get("then"))
	_, _ = then(js.vm.ToValue(p), js.vm.ToValue(func(goja.FunctionCall) goja.Value {
		js.callFunction(fn, goja.Undefined())
		return goja.Undefined()
	}))
	_ = resolve(goja.Undefined())
	return goja.Undefined()
}

// matchMedia evaluates a media query list against the page's media.
//
// https://drafts.csswg.org/cssom-view/#dom-window-matchmedia
func (js *jsRuntime) matchMedia(call goja.FunctionCall) goja.Value {
	q := call.Argument(0).String()
	matches := false
	if l, ok := cssom.ParseMediaQueryList(q); ok {
		matches = l.Match(js.p.media())
	}
	o := js.vm.NewObject()
	_ = o.Set("media", q)
	_ = o.Set("matches", matches)
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	_ = o.Set("addListener", noop)
	_ = o.Set("removeListener", noop)
	_ = o.Set("addEventListener", noop)
	_ = o.Set("removeEventListener", noop)
	return o
}

// installStorage defines localStorage and sessionStorage: per-page,
// in-memory stores.
//
// https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface
func (js *jsRuntime) installStorage() {
	vm := js.vm
	for _, name := range []string{"localStorage", "sessionStorage"} {
		data := map[string]string{}
		var keys []string
		s := vm.NewObject()
		_ = s.Set("getItem", func(call goja.FunctionCall) goja.Value {
			if v, ok := data[call.Argument(0).String()]; ok {
				return vm.ToValue(v)
			}
			return goja.Null()
		})
		_ = s.Set("setItem", func(call goja.FunctionCall) goja.Value {
			k := call.Argument(0).String()
			if _, ok := data[k]; !ok {
				keys = append(keys, k)
			}
			data[k] = call.Argument(1).String()
			return goja.Undefined()
		})
		_ = s.Set("removeItem", func(call goja.FunctionCall) goja.Value {
			k := call.Argument(0).String()
			if _, ok := data[k]; ok {
				delete(data, k)
				keys = append(keys[:indexOf(keys, k):indexOf(keys, k)], keys[indexOf(keys, k)+1:]...)
			}
			return goja.Undefined()
		})
		_ = s.Set("clear", func(goja.FunctionCall) goja.Value {
			data, keys = map[string]string{}, nil
			return goja.Undefined()
		})
		_ = s.Set("key", func(call goja.FunctionCall) goja.Value {
			if i := call.Argument(0).ToInteger(); i >= 0 && i < int64(len(keys)) {
				return vm.ToValue(keys[i])
			}
			return goja.Null()
		})
		_ = vm.GlobalObject().DefineDataProperty(name, s, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// installDocument creates the document object and defines the Document
// members.
//
// https://dom.spec.whatwg.org/#interface-document
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installDocument() {
	vm := js.vm
	d := js.p.doc
	js.document = vm.CreateObject(js.protos["HTMLDocument"])
	d.Root.Wrapper = js.document
	js.nodes[js.document] = d.Root
	_ = js.window.DefineDataProperty("document", js.document, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)

	doc := js.protos["Document"]
	js.nodeGetter(doc, "documentElement", func(*dom.Node) goja.Value { return js.wrap(d.DocumentElement()) })
	js.nodeGetter(doc, "head", func(*dom.Node) goja.Value { return js.wrap(d.Head()) })
	js.nodeAttr(doc, "body", func(*dom.Node) goja.Value { return js.wrap(d.Body()) }, js.setBody)
	js.nodeAttr(doc, "title", func(*dom.Node) goja.Value { return vm.ToValue(d.Title()) },
		func(_ *dom.Node, v goja.Value) { js.setTitle(v.String()) })
	js.nodeGetter(doc, "readyState", func(*dom.Node) goja.Value { return vm.ToValue(js.readyState) })
	js.nodeGetter(doc, "currentScript", func(*dom.Node) goja.Value { return js.wrap(js.currentScript) })
	js.nodeGetter(doc, "defaultView", func(*dom.Node) goja.Value { return js.window })
	js.nodeGetter(doc, "location", func(*dom.Node) goja.Value { return js.window.Get("location") })
	for _, name := range []string{"URL", "documentURI"} {
		js.nodeGetter(doc, name, func(*dom.Node) goja.Value { return vm.ToValue(js.documentURL().String()) })
	}
	js.nodeGetter(doc, "baseURI", func(*dom.Node) goja.Value { return vm.ToValue(js.p.baseURL.String()) })
	js.nodeGetter(doc, "compatMode", func(*dom.Node) goja.Value {
		if d.Quirks {
			return vm.ToValue("BackCompat")
		}
		return vm.ToValue("CSS1Compat")
	})
	js.nodeGetter(doc, "contentType", func(*dom.Node) goja.Value { return vm.ToValue(d.ContentType) })
	for _, name := range []string{"characterSet", "charset", "inputEncoding"} {
		js.nodeGetter(doc, name, func(*dom.Node) goja.Value { return vm.ToValue("UTF-8") })
	}
	js.nodeGetter(doc, "hidden", func(*dom.Node) goja.Value { return vm.ToValue(false) })
	js.nodeGetter(doc, "visibilityState", func(*dom.Node) goja.Value { return vm.ToValue("visible") })
	js.nodeGetter(doc, "activeElement", func(*dom.Node) goja.Value {
		if f := js.focused; f != nil && js.connected(f) {
			return js.wrap(f)
		}
		return js.wrap(d.Body())
	})
	js.nodeGetter(doc, "referrer", func(*dom.Node) goja.Value { return vm.ToValue("") })
	js.nodeAttr(doc, "cookie", func(*dom.Node) goja.Value { return vm.ToValue(js.cookie()) },
		func(_ *dom.Node, v goja.Value) { js.setCookie(v.String()) })
	js.nodeGetter(doc, "doctype", func(*dom.Node) goja.Value {
		for c := d.Root.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == dom.DoctypeNode {
				return js.wrap(c)
			}
		}
		return goja.Null()
	})
	js.nodeMethod(doc, "createElement", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		js.validateName(name)
		return js.wrap(d.CreateElement(name))
	})
	js.nodeMethod(doc, "createElementNS", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		name := call.Argument(1).String()
		js.validateName(name)
		if i := strings.IndexByte(name, ':'); i >= 0 {
			// TODO(spec): element prefixes; the prefix is dropped.
			name = name[i+1:]
		}
		return js.wrap(d.CreateElementNS(stringOrNull(call.Argument(0)), name))
	})
	js.nodeMethod(doc, "createTextNode", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		return js.wrap(d.CreateTextNode(call.Argument(0).String()))
	})
	js.nodeMethod(doc, "createComment", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		return js.wrap(d.CreateComment(call.Argument(0).String()))
	})
	js.nodeMethod(doc, "createDocumentFragment", func(*dom.Node, goja.FunctionCall) goja.Value {
		return js.wrap(d.CreateDocumentFragment())
	})
	js.nodeMethod(doc, "createEvent", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		iface := "Event"
		switch strings.ToLower(call.Argument(0).String()) {
		case "customevent":
			iface = "CustomEvent"
		case "mouseevent", "mouseevents":
			iface = "MouseEvent"
		case "uievent", "uievents":
			iface = "UIEvent"
		}
		o, _ := js.newEvent(iface, "", false, false)
		return o
	})
	js.nodeMethod(doc, "hasFocus", func(*dom.Node, goja.FunctionCall) goja.Value { return vm.ToValue(true) })
	js.nodeMethod(doc, "write", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		js.documentWrite(call.Arguments, false)
		return goja.Undefined()
	})
	js.nodeMethod(doc, "writeln", func(_ *dom.Node, call goja.FunctionCall) goja.Value {
		js.documentWrite(call.Arguments, true)
		return goja.Undefined()
	})
	noop := func(*dom.Node, goja.FunctionCall) goja.Value { return goja.Undefined() }
	js.nodeMethod(doc, "open", noop)
	js.nodeMethod(doc, "close", noop)
}

// setTitle implements the document.title setter for HTML documents.
//
// https://html.spec.whatwg.org/multipage/dom.html#document.title
func (js *jsRuntime) setTitle(s string) {
	d := js.p.doc
	if d.DocumentElement() == nil {
		return
	}
	title := findElement(d.Root, func(n *dom.Node) bool { return n.IsHTML("title") })
	if title == nil {
		head := d.Head()
		if head == nil {
			return
		}
		title = d.CreateElement("title")
		_, _ = head.AppendChild(title)
	}
	js.setTextContent(title, s)
}

// setBody implements the document.body setter.
//
// https://html.spec.whatwg.org/multipage/dom.html#dom-document-body
func (js *jsRuntime) setBody(_ *dom.Node, v goja.Value) {
	n := js.nodeArg(v)
	if n == nil || !(n.IsHTML("body") || n.IsHTML("frameset")) {
		js.throwDOMException("HierarchyRequestError", "the new body must be a body or frameset element")
	}
	d := js.p.doc
	old, html := d.Body(), d.DocumentElement()
	switch {
	case old == n:
	case old != nil:
		_, err := old.Parent.ReplaceChild(n, old)
		js.check(err)
	case html != nil:
		_, err := html.AppendChild(n)
		js.check(err)
	default:
		js.throwDOMException("HierarchyRequestError", "the document has no root element")
	}
}

// documentWrite implements document.write while the document loads.
//
// AD-HOC: scripts run after parsing, so the written markup is parsed as a
// fragment in the context of the running script's parent and inserted after
// the script (where the parser would have put it for simple markup). After
// load, document.write would replace the document; it is ignored with a
// console warning instead.
//
// https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#document-write-steps
func (js *jsRuntime) documentWrite(args []goja.Value, newline bool) {
	var b strings.Builder
	for _, a := range args {
		b.WriteString(a.String())
	}
	if newline {
		b.WriteByte('\n')
	}
	s := js.currentScript
	if !js.loading || s == nil || s.Parent == nil {
		js.console = append(js.console, ConsoleMessage{Level: "warn",
			Text: "document.write ignored outside a parser-inserted script"})
		return
	}
	parent := s.Parent
	if parent.Type != dom.ElementNode || parent.IsHTML("head") {
		// Content written in the head ends up in the body.
		if body := js.p.doc.Body(); body != nil && !isHeadOnly(b.String()) {
			if frag, err := dom.ParseFragment(js.p.doc, body, b.String()); err == nil {
				js.insert(body, frag, body.FirstChild)
			}
			return
		}
	}
	frag, err := dom.ParseFragment(js.p.doc, parent, b.String())
	if err != nil {
		return
	}
	// Insert after the script and after earlier writes of the same script.
	ref := s.NextSibling
	for ref != nil && js.written[ref] == s {
		ref = ref.NextSibling
	}
	for c := frag.FirstChild; c != nil; c = c.NextSibling {
		js.written[c] = s
	}
	js.insert(parent, frag, ref)
}

// isHeadOnly reports whether markup holds only elements that belong in the
// head (scripts, styles, links, metas), which stay next to the script.
func isHeadOnly(s string) bool {
	t := strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"<script", "<style", "<link", "<meta", "<title", "<base", "<noscript"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return t == ""
}
