package browser

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/fetch"
)

// netRequest is one fetch() or XMLHttpRequest load in flight. The network
// goroutine fills res and err and closes done; the event loop delivers the
// completion as a task.
type netRequest struct {
	kind    string // "fetch" or "xhr", for the resource log
	url     string
	done    chan struct{}
	res     *fetch.CORSResponse
	err     error
	elapsed time.Duration
	deliver func(*fetch.CORSResponse, error)
}

// maxPendingRequests bounds the loads a page may have in flight.
const maxPendingRequests = 256

// startRequest starts loading req on its own goroutine; deliver runs on the
// event loop, as a task, once the response is in.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#networking-task-source
//
// AD-HOC: completions are delivered in the order the requests were made,
// and the network takes no virtual time: before the clock advances to the
// next timer, the event loop waits for every pending load. Renders are
// therefore deterministic whatever the network's timing.
func (js *jsRuntime) startRequest(kind string, cr fetch.CORSRequest, deliver func(*fetch.CORSResponse, error)) {
	r := &netRequest{kind: kind, url: cr.URL.String(), done: make(chan struct{}), deliver: deliver}
	if len(js.pending) >= maxPendingRequests {
		r.err = fmt.Errorf("more than %d requests in flight", maxPendingRequests)
		close(r.done)
		js.pending = append(js.pending, r)
		return
	}
	ctx, client := js.ctx, js.p.b.client
	go func() {
		defer close(r.done)
		start := time.Now()
		r.res, r.err = client.FetchCORS(ctx, cr)
		r.elapsed = time.Since(start)
	}()
	js.pending = append(js.pending, r)
}

// runNetwork waits for the pending loads in the order they were started and
// runs their completions as tasks, within the task budget.
func (js *jsRuntime) runNetwork(budget int) {
	for len(js.pending) > 0 && js.loop.tasksRun < budget {
		r := js.pending[0]
		select {
		case <-r.done:
		case <-js.ctx.Done():
			return
		}
		js.pending = js.pending[1:]
		var internal *fetch.Response
		if r.res != nil {
			internal = r.res.Internal
		}
		// record returns nil for a non-2xx status too: that is a response,
		// not a network error; only the page's byte limit fails the load.
		js.p.record(r.url, r.kind, fetch.Result{Response: internal, Err: r.err, Elapsed: r.elapsed})
		res, err := r.res, r.err
		if err == nil && js.p.bytes > js.p.b.opts.MaxPageBytes {
			res, err = nil, errByteLimit
		}
		js.runTask(func() { r.deliver(res, err) })
		js.runQueuedTasks(budget)
	}
}

// netRequestFromJS builds the fetch.Request for a script's load: url
// resolved against the document, the method, headers as name/value pairs
// and the body.
func (js *jsRuntime) netRequestFromJS(u, method string, headers [][2]string, body goja.Value) (*fetch.Request, error) {
	abs := js.p.resolve(u)
	if abs == nil {
		return nil, fmt.Errorf("Failed to parse URL from %s", u)
	}
	method = strings.ToUpper(method)
	if method == "" {
		method = "GET"
	}
	req := &fetch.Request{URL: abs, Method: method, Header: http.Header{}, Initiator: js.p.url, ReferrerPolicy: js.p.referrerPolicy}
	for _, h := range headers {
		// https://fetch.spec.whatwg.org/#headers-validate: a request's
		// guard ignores the headers the browser controls.
		if fetch.IsForbiddenRequestHeader(h[0]) {
			continue
		}
		req.Header.Add(h[0], h[1])
	}
	if body != nil && !goja.IsUndefined(body) && !goja.IsNull(body) && method != "GET" && method != "HEAD" {
		req.Body = []byte(body.String())
	}
	return req, nil
}

// TODO(spec): the Request class (fetch(request) reads only its url); the
// use-CORS-preflight flag of an XMLHttpRequest with upload listeners;
// preflight requests in the page's resource log (HAR); the crossorigin
// attribute of img, script and link (the loader fetches without CORS).

// corsRequest builds the CORS request of a script's load from its options
// object ({mode, credentials, preflight}), or throws the TypeError
// fetch() throws for a bad mode.
//
// https://fetch.spec.whatwg.org/#dom-request (steps 23-26, 34)
func (js *jsRuntime) corsRequest(req *fetch.Request, opts goja.Value) fetch.CORSRequest {
	cr := fetch.CORSRequest{Request: req, Origin: js.p.url}
	if js.preflights == nil {
		js.preflights = &fetch.PreflightCache{}
	}
	cr.Preflights = js.preflights
	o, ok := opts.(*goja.Object)
	if !ok {
		return cr
	}
	if v := o.Get("mode"); v != nil && !goja.IsUndefined(v) {
		m, ok := fetch.ParseMode(v.String())
		if !ok {
			panic(js.vm.NewTypeError("Failed to construct 'Request': The provided value '%s' is not a valid enum value of type RequestMode.", v.String()))
		}
		// 34. If mode is "no-cors", then: if this's request's method is not
		// a CORS-safelisted method, then throw a TypeError.
		if m == fetch.ModeNoCORS && !fetch.IsCORSSafelistedMethod(req.Method) {
			panic(js.vm.NewTypeError("Failed to construct 'Request': '%s' is unsupported in no-cors mode.", req.Method))
		}
		cr.Mode = m
	}
	if v := o.Get("credentials"); v != nil && !goja.IsUndefined(v) {
		c, ok := fetch.ParseCredentials(v.String())
		if !ok {
			panic(js.vm.NewTypeError("Failed to construct 'Request': The provided value '%s' is not a valid enum value of type RequestCredentials.", v.String()))
		}
		cr.Credentials = c
	}
	if v := o.Get("preflight"); v != nil {
		cr.ForcePreflight = v.ToBoolean()
	}
	return cr
}

// corsFailure reports a load the CORS protocol blocked on the console, as
// browsers do, and returns the message script sees.
func (js *jsRuntime) corsFailure(kind, u string, err error) string {
	api := "fetch"
	if kind == "xhr" {
		api = "XMLHttpRequest"
	}
	_, reason, _ := strings.Cut(err.Error(), fetch.ErrCORS.Error()+": ")
	if reason == "" {
		reason = err.Error()
	}
	if !strings.HasSuffix(reason, ".") {
		reason += "."
	}
	js.console = append(js.console, ConsoleMessage{Level: "error", Text: fmt.Sprintf(
		"Access to %s at '%s' from origin '%s' has been blocked by CORS policy: %s", api, u, fetch.SerializeOrigin(js.p.url), reason)})
	return "Failed to fetch"
}

// nativeFetch is the Go half of fetch() and XMLHttpRequest.send(): it takes
// (url, method, headers as [[name, value]...], body, callback, options)
// and calls callback(error, status, statusText, finalURL, headers,
// bodyText, type, redirected) when the load completes; error is a message
// string or null. options holds mode, credentials and preflight (see
// corsRequest).
func (js *jsRuntime) nativeFetch(kind string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		vm := js.vm
		var headers [][2]string
		if arr, ok := call.Argument(2).Export().([]any); ok {
			for _, h := range arr {
				if kv, ok := h.([]any); ok && len(kv) == 2 {
					headers = append(headers, [2]string{fmt.Sprint(kv[0]), fmt.Sprint(kv[1])})
				}
			}
		}
		cb, ok := goja.AssertFunction(call.Argument(4))
		if !ok {
			panic(vm.NewTypeError("fetch: no callback"))
		}
		req, err := js.netRequestFromJS(call.Argument(0).String(), call.Argument(1).String(), headers, call.Argument(3))
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		cr := js.corsRequest(req, call.Argument(5))
		u := req.URL.String()
		js.startRequest(kind, cr, func(res *fetch.CORSResponse, err error) {
			switch {
			case errors.Is(err, fetch.ErrCORS):
				js.callFunction(cb, goja.Undefined(), vm.ToValue(js.corsFailure(kind, u, err)))
				return
			case err != nil:
				js.callFunction(cb, goja.Undefined(), vm.ToValue("Failed to fetch: "+err.Error()))
				return
			}
			finalURL, statusText := "", ""
			if res.URL != nil {
				finalURL = res.URL.String()
			}
			if res.Status != 0 {
				statusText = http.StatusText(res.Status)
			}
			js.callFunction(cb, goja.Undefined(), goja.Null(), vm.ToValue(res.Status),
				vm.ToValue(statusText), vm.ToValue(finalURL), js.headerPairs(res.Header),
				vm.ToValue(string(res.Body)), vm.ToValue(res.Type.String()), vm.ToValue(res.Redirected))
		})
		return goja.Undefined()
	}
}

// headerPairs returns a header map as a sorted array of [name, value]
// pairs with lower-case names.
func (js *jsRuntime) headerPairs(h http.Header) goja.Value {
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	var out []any
	for _, k := range names {
		out = append(out, js.vm.NewArray(strings.ToLower(k), strings.Join(h[k], ", ")))
	}
	return js.vm.NewArray(out...)
}
