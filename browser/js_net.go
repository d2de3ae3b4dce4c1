package browser

import (
	"fmt"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/fetch"
)

// netRequest is one fetch() or XMLHttpRequest load in flight. The network
// goroutine fills resp and err and closes done; the event loop delivers the
// completion as a task.
type netRequest struct {
	kind    string // "fetch" or "xhr", for the resource log
	url     string
	done    chan struct{}
	resp    *fetch.Response
	err     error
	elapsed time.Duration
	deliver func(*fetch.Response, error)
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
func (js *jsRuntime) startRequest(kind string, req *fetch.Request, deliver func(*fetch.Response, error)) {
	r := &netRequest{kind: kind, url: req.URL.String(), done: make(chan struct{}), deliver: deliver}
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
		r.resp, r.err = client.Do(ctx, req)
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
		resp := js.p.record(r.url, r.kind, fetch.Result{Response: r.resp, Err: r.err, Elapsed: r.elapsed})
		if resp == nil && r.err == nil && r.resp != nil {
			// A non-2xx status is a response, not a network error.
			resp = r.resp
		}
		err := r.err
		if resp == nil && err == nil {
			err = errByteLimit
		}
		js.runTask(func() { r.deliver(resp, err) })
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
	req := &fetch.Request{URL: abs, Method: method, Header: http.Header{}, Initiator: js.p.url}
	for _, h := range headers {
		req.Header.Add(h[0], h[1])
	}
	if body != nil && !goja.IsUndefined(body) && !goja.IsNull(body) && method != "GET" && method != "HEAD" {
		req.Body = []byte(body.String())
	}
	return req, nil
}

// sameOriginAsPage reports whether a response may be read by the page.
//
// TODO(spec): CORS (https://fetch.spec.whatwg.org/#http-cors-protocol):
// cross-origin responses are treated as network errors, whatever their
// Access-Control-Allow-Origin header; no preflight is sent.
func (js *jsRuntime) sameOriginAsPage(resp *fetch.Response) bool {
	pu, ru := js.p.url, resp.URL
	if pu == nil || ru == nil {
		return false
	}
	switch ru.Scheme {
	case "data":
		return true
	case "file":
		return pu.Scheme == "file"
	}
	return pu.Scheme == ru.Scheme && pu.Host == ru.Host
}

// nativeFetch is the Go half of fetch() and XMLHttpRequest.send(): it takes
// (url, method, headers as [[name, value]...], body, callback) and calls
// callback(error, status, statusText, finalURL, headers, bodyText) when the
// load completes; error is a message string or null.
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
		fail := func(msg string) {
			js.callFunction(cb, goja.Undefined(), vm.ToValue(msg))
		}
		req, err := js.netRequestFromJS(call.Argument(0).String(), call.Argument(1).String(), headers, call.Argument(3))
		if err != nil {
			panic(vm.NewTypeError(err.Error()))
		}
		js.startRequest(kind, req, func(resp *fetch.Response, err error) {
			switch {
			case err != nil:
				fail("Failed to fetch: " + err.Error())
				return
			case !js.sameOriginAsPage(resp):
				fail("Failed to fetch: cross-origin response blocked (CORS is not supported)")
				return
			}
			js.callFunction(cb, goja.Undefined(), goja.Null(), vm.ToValue(resp.Status),
				vm.ToValue(http.StatusText(resp.Status)), vm.ToValue(resp.URL.String()),
				js.headerPairs(resp.Header), vm.ToValue(string(resp.Body)))
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
