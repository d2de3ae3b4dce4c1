package browser

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/layout"
)

// ScriptOptions bound what page scripts may do. The zero value means the
// defaults named on each field.
type ScriptOptions struct {
	// TaskTimeout is the wall-clock time one task (a script, a timer
	// callback, an event dispatch) may run before it is interrupted; 0 means
	// 2 s.
	TaskTimeout time.Duration
	// VirtualTime is how far the virtual clock may advance while a page
	// settles after its load event; 0 means 10 s.
	VirtualTime time.Duration
	// MaxTasks bounds the tasks run while a page settles (and in each
	// AdvanceClock call); 0 means 10 000.
	MaxTasks int
	// MaxCallStackSize bounds the depth of JavaScript calls; 0 means 2 000.
	MaxCallStackSize int
	// SettleTimeout is the wall-clock time the event loop may spend firing
	// timers while a page settles (and in each AdvanceClock call), so that
	// a page animating on timers cannot hold up a render; 0 means 3 s.
	SettleTimeout time.Duration
	// MaxTimers bounds the timers and animation frame callbacks pending at
	// once; 0 means 10 000. Past it, new timers are dropped and reported.
	MaxTimers int
	// MaxHeapGrowth bounds how much the Go heap may grow while one task
	// runs, in bytes, before the task is interrupted (a page building a
	// 1 GB string); 0 means 512 MiB. AD-HOC: goja has no per-runtime memory
	// limit, so this watches the process heap, which pages rendering in
	// parallel share.
	MaxHeapGrowth uint64
	// StartTime is the wall-clock time scripts see when the page starts
	// (Date.now(), new Date()); the virtual clock advances it. Zero means
	// DefaultScriptStartTime, so output never depends on when it ran; set
	// time.Now() to give pages the real date.
	StartTime time.Time
}

// DefaultScriptStartTime is the date scripts see by default: a fixed
// instant, for reproducible renders.
var DefaultScriptStartTime = time.Date(2026, time.January, 1, 12, 0, 0, 0, time.UTC)

func (o ScriptOptions) withDefaults() ScriptOptions {
	if o.TaskTimeout <= 0 {
		o.TaskTimeout = 2 * time.Second
	}
	if o.VirtualTime <= 0 {
		o.VirtualTime = 10 * time.Second
	}
	if o.MaxTasks <= 0 {
		o.MaxTasks = 10000
	}
	if o.MaxCallStackSize <= 0 {
		o.MaxCallStackSize = 2000
	}
	if o.MaxTimers <= 0 {
		o.MaxTimers = 10000
	}
	if o.MaxHeapGrowth == 0 {
		o.MaxHeapGrowth = 512 << 20
	}
	if o.SettleTimeout <= 0 {
		o.SettleTimeout = 3 * time.Second
	}
	return o
}

// ConsoleMessage is one line a page script wrote to the console, or an
// uncaught exception.
type ConsoleMessage struct {
	// Level is "log", "info", "warn", "error" or "debug".
	Level string
	// Text is the message: the arguments converted to strings and joined
	// by spaces.
	Text string
}

func (m ConsoleMessage) String() string { return m.Level + ": " + m.Text }

// Scripting (DESIGN.md §6), in brief:
//
//   - Loading: after the document is parsed and its subresources loaded,
//     runScripts runs the classic scripts in document order, then the defer
//     scripts, DOMContentLoaded, the async scripts (AD-HOC: in document
//     order), the load event, and the event loop until the page settles.
//     Scripts inserted by script run as the HTML standard says (inline at
//     once, external as a task); innerHTML scripts never run.
//
//   - Event loop: one goroutine (the one holding Page.mu) owns the runtime.
//     Timers and animation frames wait on a virtual clock, so a page settles
//     without real waiting; goja's promise jobs are the microtask queue,
//     drained when each task's outermost call returns.
//
//   - Budgets: vm.Interrupt stops a task past ScriptOptions.TaskTimeout or
//     when the context ends; the call stack depth and the tasks and wall
//     time of settling are bounded too. A failing script is reported in
//     Page.Console and Page.Diagnostics; the page still renders.
//
//   - Bindings (js_*.go): WebIDL interface objects and prototype chains, one
//     wrapper per node kept in dom.Node.Wrapper, members that call package
//     dom's mutation methods (which mark the nodes dirty for the next
//     update) and read layout fragments for geometry.
//
//   - Network: fetch() and XMLHttpRequest load through the browser's
//     fetch.Client on goroutines, under the CORS protocol
//     (fetch.Client.FetchCORS: request and credentials modes, preflights,
//     filtered responses); completions come back as tasks, in the order
//     the requests were made, before the clock advances (js_net.go).
//
//   - Rendering updates: at frame boundaries where something may have
//     changed, ResizeObserver and IntersectionObserver observations are
//     computed from the layout fragments (js_observers.go).
//
//   - Live collections: NodeList and HTMLCollection objects recomputed
//     when the document's version changes (js_collections.go).
//
//   - Web APIs over natives (js_prelude.js): URL, URLSearchParams, Headers,
//     Response, AbortController, TextEncoder/Decoder, MutationObserver,
//     history; the mutation methods of the bindings queue the mutation
//     records (js_mutation.go).
//
//   - Go API: Eval, Click, Type, AdvanceClock, WaitFor and Settle
//     (script_api.go).
//
// TODO(spec): module scripts; customElements and shadow roots; session
// history traversal; window.onerror and the error event; form controls'
// dirty value flag.
//
// jsRuntime is the page's script engine: a goja runtime, the bindings' state
// and the event loop. It is owned by whichever goroutine holds the page's
// lock.
type jsRuntime struct {
	p    *Page
	vm   *goja.Runtime
	opts ScriptOptions
	ctx  context.Context // of the running public call

	protos  map[string]*goja.Object // interface name ▶ prototype
	ctors   map[string]*goja.Object // interface name ▶ interface object
	nodes   map[*goja.Object]*dom.Node
	events  map[*goja.Object]*event
	targets map[*goja.Object]*targetListeners
	// tokenLists and tokenListOf map DOMTokenList objects to and from
	// what they edit.
	tokenLists  map[*goja.Object]tokenListKey
	tokenListOf map[tokenListKey]*goja.Object
	window      *goja.Object
	document    *goja.Object

	console       []ConsoleMessage
	readyState    string
	currentScript *dom.Node
	loading       bool                    // the document is still "parsing": document.write inserts
	started       map[*dom.Node]bool      // the script's "already started" flag
	ran           map[*dom.Node]bool      // scripts run
	written       map[*dom.Node]*dom.Node // nodes document.write inserted ▶ the script
	ids           map[string]*dom.Node    // id index (elementByID)
	idsVersion    uint64                  // the document version ids belongs to

	loop    eventLoop
	pending []*netRequest // fetch() and XMLHttpRequest loads in flight, in order
	focused *dom.Node     // the focused element, nil for the body
	mo      mutationObservers

	url           *url.URL   // the document's URL after history.pushState; nil: the page's
	historyState  goja.Value // history.state
	historyLength int
	reported      map[string]bool // budgets already reported as Diagnostics
	rejected      []*goja.Promise // rejected promises without a handler yet
	broken        bool            // a Go panic escaped a binding: scripting stopped

	// preflights caches CORS-preflight results (js_net.go). AD-HOC: per
	// page, not per browser.
	preflights *fetch.PreflightCache
	// lists are the live collections by (root, kind, key), and listMembers
	// the names on the HTMLCollection prototype chain, which hide named
	// properties (js_collections.go).
	lists       map[listKey]*liveList
	listMembers map[string]bool
	// obs is the ResizeObserver and IntersectionObserver state, nil until
	// a page makes an observer (js_observers.go).
	obs *observers
	// cssom holds the CSSOM wrappers (js_stylesheets.go), nil until used.
	cssom *cssomState
	// fragIndex maps elements to their fragments in the tree fragRoot
	// (js_geometry.go).
	fragRoot  *layout.Fragment
	fragIndex map[*dom.Node][]*layout.Fragment
}

// newJSRuntime builds a runtime with the window, document and interface
// objects installed.
func (p *Page) newJSRuntime(ctx context.Context) *jsRuntime {
	vm := goja.New()
	opts := p.b.opts.Scripts.withDefaults()
	vm.SetMaxCallStackSize(opts.MaxCallStackSize)
	// AD-HOC: Math.random is seeded per page so that renders are
	// reproducible (DESIGN.md §4).
	rng := rand.New(rand.NewPCG(1, 2))
	vm.SetRandSource(rng.Float64)
	js := &jsRuntime{
		p: p, vm: vm, opts: opts, ctx: ctx,
		protos:      map[string]*goja.Object{},
		ctors:       map[string]*goja.Object{},
		nodes:       map[*goja.Object]*dom.Node{},
		events:      map[*goja.Object]*event{},
		targets:     map[*goja.Object]*targetListeners{},
		tokenLists:  map[*goja.Object]tokenListKey{},
		tokenListOf: map[tokenListKey]*goja.Object{},
		started:     map[*dom.Node]bool{},
		ran:         map[*dom.Node]bool{},
		written:     map[*dom.Node]*dom.Node{},
		readyState:  "loading",
	}
	js.loop.start = opts.StartTime
	if js.loop.start.IsZero() {
		js.loop.start = DefaultScriptStartTime
	}
	// Date.now and new Date() follow the virtual clock from StartTime, so a
	// page that prints the date renders the same bytes on every run.
	vm.SetTimeSource(func() time.Time { return js.loop.start.Add(js.loop.now) })
	// https://html.spec.whatwg.org/multipage/webappapis.html#unhandled-promise-rejections:
	// rejections still unhandled after a task's microtasks are reported.
	// TODO(spec): the unhandledrejection and rejectionhandled events.
	vm.SetPromiseRejectionTracker(func(p *goja.Promise, op goja.PromiseRejectionOperation) {
		if op == goja.PromiseRejectionReject {
			js.rejected = append(js.rejected, p)
			return
		}
		js.forgetRejection(p)
	})
	js.installInterfaces()
	js.installWindow()
	js.installDocument()
	js.installLazyPrelude()
	js.historyLength, js.historyState = 1, goja.Null()
	return js
}

// scriptRuntime returns the page's runtime, creating it when no script has
// run yet (for Eval and Click on a page without scripts).
func (p *Page) scriptRuntime(ctx context.Context) (*jsRuntime, error) {
	if p.b.opts.DisableJavaScript {
		return nil, errors.New("JavaScript is disabled")
	}
	if p.js == nil {
		p.js = p.newJSRuntime(ctx)
		p.js.readyState = "complete"
	}
	p.js.ctx = ctx
	return p.js, nil
}

// pageScript is one <script> element the document's load runs.
type pageScript struct {
	node *dom.Node
	src  string // the absolute URL for external scripts
	text string
}

// runScripts runs the document's scripts in the order the HTML standard
// says, then the event loop until the page settles. It is called once the
// document is parsed and its subresources are loaded, before the first
// style and layout.
//
// https://html.spec.whatwg.org/multipage/parsing.html#the-end
//
// AD-HOC: the whole document is parsed before any script runs, so scripts
// see the complete DOM (no parser-blocking, no document.write streaming).
func (p *Page) runScripts(ctx context.Context) error {
	classic, deferred, async, handlers := p.collectScripts()
	if len(classic)+len(deferred)+len(async) == 0 && !handlers {
		// Nothing can observe the loop: skip building a runtime.
		return ctx.Err()
	}
	js := p.newJSRuntime(ctx)
	p.js = js
	js.loading = true
	for _, list := range [][]*dom.Node{classic, deferred, async} {
		for _, n := range list {
			// The loader owns these: inserting them elsewhere does not
			// run them again.
			js.started[n] = true
		}
	}
	for _, n := range classic {
		js.runScriptElement(n)
	}
	js.loading = false
	// 3. Update the current document readiness to "interactive".
	js.setReadyState("interactive")
	// 5. ... execute the first script in the list of scripts that will
	// execute when the document has finished parsing.
	for _, n := range deferred {
		js.runScriptElement(n)
	}
	// 6. Queue a global task ... to fire an event named DOMContentLoaded at
	// the Document object, with its bubbles attribute initialized to true.
	js.runTask(func() { js.fireSimple(js.document, "DOMContentLoaded", true) })
	// AD-HOC: async scripts run deterministically, in document order,
	// after DOMContentLoaded.
	for _, n := range async {
		js.runScriptElement(n)
	}
	// Scripts inserted so far delay the load event.
	js.runQueuedTasks(js.loop.tasksRun + js.opts.MaxTasks)
	// 8-9. readiness "complete", then fire load at the Window.
	js.setReadyState("complete")
	js.runTask(func() { js.fireSimple(js.window, "load", false) })
	if err := ctx.Err(); err != nil {
		return err
	}
	js.settle(js.opts.VirtualTime)
	if n := len(js.loop.timers); n > 0 && ctx.Err() == nil {
		js.budgetSpent(fmt.Sprintf("page did not settle within %v of virtual time; %d timers pending", js.opts.VirtualTime, n))
	}
	return ctx.Err()
}

// collectScripts returns the document's classic scripts by how they run
// (in order, deferred, async), and whether the body has a load or error
// handler attribute. Module scripts are reported as unsupported.
func (p *Page) collectScripts() (classic, deferred, async []*dom.Node, handlers bool) {
	p.doc.Root.Walk(func(n *dom.Node) bool {
		if n.IsHTML("body") && (n.HasAttr("onload") || n.HasAttr("onerror")) {
			handlers = true
		}
		if !n.IsHTML("script") {
			return true
		}
		switch scriptKind(n) {
		case "classic":
			switch {
			case !n.HasAttr("src"):
				classic = append(classic, n)
			case n.HasAttr("async"):
				async = append(async, n)
			case n.HasAttr("defer"):
				deferred = append(deferred, n)
			default:
				classic = append(classic, n)
			}
		case "module":
			var src string
			if u := p.resolve(n.AttrOr("src", "")); u != nil {
				src = u.String()
			}
			p.diags = append(p.diags, Diagnostic{URL: src, Kind: "script",
				Err: errors.New("module scripts are not supported")})
		}
		return true
	})
	return classic, deferred, async, handlers
}

// scriptKind returns "classic", "module" or "" (a data block, not run) for a
// script element, from its type and language attributes and nomodule.
//
// https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
// (steps 8-12).
func scriptKind(n *dom.Node) string {
	t, hasType := n.Attr("type")
	lang, hasLang := n.Attr("language")
	switch {
	case hasType && t == "":
	case !hasType && hasLang && lang == "":
	case !hasType && !hasLang:
	case !hasType:
		t = "text/" + lang
	}
	t = strings.ToLower(strings.Trim(t, " \t\n\f\r"))
	switch {
	case t == "" || isJavaScriptMIME(t):
		if n.HasAttr("nomodule") {
			return ""
		}
		return "classic"
	case t == "module":
		return "module"
	}
	return ""
}

// isJavaScriptMIME reports whether t is a JavaScript MIME type essence
// (https://mimesniff.spec.whatwg.org/#javascript-mime-type).
func isJavaScriptMIME(t string) bool {
	switch t {
	case "application/ecmascript", "application/javascript", "application/x-ecmascript",
		"application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
		"text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
		"text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
		"text/x-javascript":
		return true
	}
	return false
}

// runScriptElement runs one script element once, as a task, with
// document.currentScript set.
//
// https://html.spec.whatwg.org/multipage/scripting.html#execute-the-script-element
func (js *jsRuntime) runScriptElement(n *dom.Node) {
	if js.ran[n] {
		return
	}
	js.ran[n], js.started[n] = true, true
	s, ok := js.scriptSource(n)
	if !ok {
		// The load failed (already a Diagnostic): fire error at the element.
		js.runTask(func() { js.fireSimple(js.wrapObject(n), "error", false) })
		return
	}
	js.runTask(func() {
		js.currentScript = n
		defer func() { js.currentScript = nil }()
		name := s.src
		if name == "" {
			name = js.p.url.String()
		}
		if _, err := js.runSource(name, s.text); err != nil {
			js.reportError(name, err)
		}
	})
	if s.src != "" {
		js.runTask(func() { js.fireSimple(js.wrapObject(n), "load", false) })
	}
}

// scriptSource returns the element's script text: its child text, or the
// loaded body of its src.
func (js *jsRuntime) scriptSource(n *dom.Node) (pageScript, bool) {
	src, ok := n.Attr("src")
	if !ok {
		return pageScript{node: n, text: n.TextContent()}, true
	}
	u := js.p.resolve(src)
	if u == nil {
		return pageScript{}, false
	}
	resp := js.p.scriptBodies[u.String()]
	if resp == nil {
		return pageScript{}, false
	}
	// AD-HOC: a script is decoded as a style sheet is (BOM, then the
	// Content-Type charset, then UTF-8), which is the classic-script rule
	// without the element's charset attribute.
	body := fetch.DecodeCSS(resp.Body, contentTypeOf(resp), "utf-8")
	return pageScript{node: n, src: u.String(), text: string(body)}, true
}

func (js *jsRuntime) setReadyState(s string) {
	js.readyState = s
	js.runTask(func() { js.fireSimple(js.document, "readystatechange", false) })
}

// reportError records an uncaught exception or an interrupted task: in the
// console log, and as a Diagnostic of kind "script".
//
// https://html.spec.whatwg.org/multipage/webappapis.html#report-the-exception
func (js *jsRuntime) reportError(where string, err error) {
	var (
		ex   *goja.Exception
		intr *goja.InterruptedError
		so   *goja.StackOverflowError
		text string
	)
	switch {
	case errors.As(err, &so):
		text = "Uncaught RangeError: Maximum call stack size exceeded"
	case errors.As(err, &intr):
		text = fmt.Sprintf("script interrupted: %v", intr.Value())
	case errors.As(err, &ex):
		text = "Uncaught " + ex.Error()
	default:
		text = "Uncaught " + err.Error()
	}
	js.console = append(js.console, ConsoleMessage{Level: "error", Text: text})
	js.p.diags = append(js.p.diags, Diagnostic{URL: where, Kind: "script", Err: errors.New(text)})
}

// runTask runs fn as one task of the event loop: under the per-task time
// budget and the context, with uncaught exceptions reported. goja runs the
// microtasks (promise jobs) when the outermost call returns, which is the
// microtask checkpoint after the task.
func (js *jsRuntime) runTask(fn func()) {
	if js.ctx.Err() != nil || js.broken {
		return
	}
	var (
		mu   sync.Mutex
		done bool
	)
	interrupt := func(reason any) {
		mu.Lock()
		defer mu.Unlock()
		if !done {
			js.vm.Interrupt(reason)
		}
	}
	budget := js.opts.TaskTimeout
	timer := time.AfterFunc(budget, func() { interrupt(fmt.Sprintf("task ran longer than %v", budget)) })
	stop := context.AfterFunc(js.ctx, func() { interrupt(js.ctx.Err()) })
	stopWatch := watchHeap(js.opts.MaxHeapGrowth, interrupt)
	defer func() {
		timer.Stop()
		stop()
		stopWatch()
		mu.Lock()
		done = true
		mu.Unlock()
		js.vm.ClearInterrupt()
	}()
	js.loop.tasksRun++
	where := js.p.url.String()
	if err := js.try(fn); err != nil {
		js.reportError(where, err)
	}
	for _, p := range js.rejected {
		js.reportError(where, errors.New("(in promise) "+js.consoleString(p.Result())))
	}
	js.rejected = js.rejected[:0]
}

func (js *jsRuntime) forgetRejection(p *goja.Promise) {
	for i, q := range js.rejected {
		if q == p {
			js.rejected = append(js.rejected[:i], js.rejected[i+1:]...)
			return
		}
	}
}

// try runs fn, returning a JavaScript exception it throws, or the
// uncatchable error (an interrupt, a stack overflow) that unwound it.
func (js *jsRuntime) try(fn func()) (err error) {
	defer func() {
		if x := recover(); x != nil {
			e, ok := x.(error)
			var intr *goja.InterruptedError
			var so *goja.StackOverflowError
			if !ok || !(errors.As(e, &intr) || errors.As(e, &so)) {
				// A broken invariant in a binding: the runtime's state is
				// unknown, so no further script runs; the page still renders.
				js.broken = true
				err = fmt.Errorf("internal error in the script bindings: %v\n%s", x, debug.Stack())
				return
			}
			err = e
		}
	}()
	if ex := js.vm.Try(fn); ex != nil {
		return ex
	}
	return nil
}

// callFunction calls a JavaScript callback as part of the current task,
// reporting (not propagating) an exception it throws, as the HTML standard
// does for event listeners and timer callbacks.
func (js *jsRuntime) callFunction(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		var intr *goja.InterruptedError
		if errors.As(err, &intr) {
			// Let the interrupt unwind the whole task.
			panic(intr)
		}
		js.reportError(js.p.url.String(), err)
		return goja.Undefined()
	}
	return v
}

// Console returns what the page's scripts wrote to the console and the
// exceptions they did not catch, in order.
func (p *Page) Console() []ConsoleMessage {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.js == nil {
		return nil
	}
	return append([]ConsoleMessage(nil), p.js.console...)
}

// Eval runs src as a classic script in the page, then runs the microtasks
// it queued, and returns the completion value exported to Go (for a
// promise, its fulfilled value once the zero-delay work has run) (nil for
// undefined and null, float64 or int64 for numbers, string, bool,
// map[string]any for plain objects, []any for arrays). A DOM node comes back
// as its *dom.Node. A thrown exception is returned as an error. The DOM
// changes it makes show in the next Screenshot or LayoutDump.
func (p *Page) Eval(ctx context.Context, src string) (any, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out any
	err := p.guard(func() error {
		js, err := p.scriptRuntime(ctx)
		if err != nil {
			return err
		}
		v, err := js.eval(src)
		if err != nil {
			return err
		}
		out = js.export(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("browser: eval: %w", err)
	}
	return out, nil
}

func (js *jsRuntime) eval(src string) (goja.Value, error) {
	if err := js.ctx.Err(); err != nil {
		return nil, err
	}
	var (
		v      goja.Value
		runErr error
	)
	js.runTask(func() {
		v, runErr = js.vm.RunScript("eval", src)
		if runErr != nil {
			// Handled here, not reported to the console.
			runErr = errors.New(strings.TrimSpace(runErr.Error()))
		}
		if p, ok := exportedPromise(v); ok {
			// The caller handles the promise's outcome.
			js.forgetRejection(p)
		}
	})
	if runErr != nil {
		return nil, runErr
	}
	if err := js.ctx.Err(); err != nil {
		return nil, err
	}
	if js.broken {
		return nil, errors.New("scripting stopped after an internal error")
	}
	if v == nil {
		return nil, errors.New("script interrupted")
	}
	p, ok := exportedPromise(v)
	if !ok {
		return v, nil
	}
	// A promise: run the zero-delay work it may wait for, then take its
	// outcome.
	js.settle(0)
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return p.Result(), nil
	case goja.PromiseStateRejected:
		return nil, errors.New("promise rejected: " + js.consoleString(p.Result()))
	}
	return nil, errors.New("promise still pending (advance the clock with AdvanceClock)")
}

func exportedPromise(v goja.Value) (*goja.Promise, bool) {
	if o, ok := v.(*goja.Object); ok {
		p, ok := o.Export().(*goja.Promise)
		return p, ok
	}
	return nil, false
}

// export converts a value to Go, mapping node wrappers to their *dom.Node.
func (js *jsRuntime) export(v goja.Value) any {
	if o, ok := v.(*goja.Object); ok {
		if n := js.nodes[o]; n != nil {
			return n
		}
	}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	return v.Export()
}

// AdvanceClock moves the page's virtual clock forward by d, running the
// tasks, timers and animation frames that become due, in order, within the
// page's task limit. The DOM changes they make show in the next Screenshot
// or LayoutDump.
func (p *Page) AdvanceClock(ctx context.Context, d time.Duration) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guard(func() error {
		if p.js == nil || p.b.opts.DisableJavaScript {
			return nil
		}
		p.js.ctx = ctx
		p.js.settle(d)
		return ctx.Err()
	})
}

// Click dispatches a click MouseEvent at the first element matching
// selector, as a task, then runs the microtasks and zero-delay work it
// queued (the virtual clock does not advance).
//
// TODO(spec): the default actions of a click (following a link, toggling a
// checkbox, submitting a form), and the mousedown/mouseup/focus sequence.
func (p *Page) Click(ctx context.Context, selector string) error {
	return p.withElement(ctx, "click", selector, func(js *jsRuntime, el *dom.Node) {
		js.runTask(func() { js.fireMouse(el, "click") })
	})
}
