package browser

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/layout"
)

// ResizeObserver and IntersectionObserver, run at the "update the
// rendering" step of the event loop.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering
//
// The event loop (settle in script_loop.go) asks nextRenderingUpdate for the
// next frame that needs one: when an observer got a new target, or the
// document changed since the last update while observers have targets. The
// update runs at that frame boundary (a multiple of 16 ms of virtual time),
// after the animation frame callbacks due then: layout, the resize observer
// loop, then the intersection observations, whose callbacks run as a task.
//
// AD-HOC: the viewport never scrolls, so scroll offsets are 0 and page and
// viewport coordinates agree; a rendering update runs only when something
// may have changed, so a page with observers still settles; updates run
// only when the virtual clock advances (page load, AdvanceClock, Settle,
// WaitFor), not after Eval or Click alone.
//
// TODO(spec): transforms in the geometry (as getBoundingClientRect);
// vertical writing modes in ResizeObserver sizes; SVG targets;
// IntersectionObserver scrollMargin, delay and trackVisibility (v2).

// observers is the page's observer state.
type observers struct {
	resize       []*resizeObserver
	intersection []*intersectionObserver
	// renderAt is the frame time of the pending rendering update, or -1.
	renderAt time.Duration
	// version is the document version at the end of the last update;
	// dirty says a new target awaits its first observation.
	version uint64
	dirty   bool
}

// resizeObservation is one observed element of a ResizeObserver.
//
// https://drafts.csswg.org/resize-observer/#resize-observation-interface
type resizeObservation struct {
	target *dom.Node
	box    string // "content-box", "border-box" or "device-pixel-content-box"
	// lastReported is the last reported (inline, block) size; (-1, -1)
	// at first, so that the first observation always reports.
	lastReported [2]float64
}

type resizeObserver struct {
	obj          *goja.Object
	callback     goja.Callable
	observations []*resizeObservation
	observed     map[*dom.Node]bool // the targets of observations
	active       []*resizeObservation
	skipped      []*resizeObservation
}

// nextRenderingUpdate returns the virtual time of the pending rendering
// update, scheduling one at the next frame boundary when observers may
// have something to report; ok is false when none is needed.
func (js *jsRuntime) nextRenderingUpdate() (at time.Duration, ok bool) {
	o := js.obs
	if o == nil || len(o.resize)+len(o.intersection) == 0 {
		return 0, false
	}
	if o.renderAt < 0 && (o.dirty || js.p.doc.Version() != o.version) && o.hasTargets() {
		o.renderAt = (js.loop.now/frameInterval + 1) * frameInterval
	}
	return o.renderAt, o.renderAt >= 0
}

func (o *observers) hasTargets() bool {
	for _, r := range o.resize {
		if len(r.observations) > 0 {
			return true
		}
	}
	for _, io := range o.intersection {
		if len(io.targets) > 0 {
			return true
		}
	}
	return false
}

// updateTheRendering runs the observer steps of "update the rendering".
//
// https://html.spec.whatwg.org/multipage/webappapis.html#update-the-rendering
// (steps 16.12, resize observers, and 16.18, intersection observations)
func (js *jsRuntime) updateTheRendering() {
	o := js.obs
	o.renderAt, o.dirty = -1, false
	js.runTask(js.runResizeObservers)
	js.updateIntersectionObservations()
	o.version = js.p.doc.Version()
	for _, r := range o.resize {
		if len(r.skipped) > 0 {
			// Skipped observations are delivered at the next frame.
			o.dirty = true
		}
	}
}

// observedGeometry maps each element to its own fragments, for the given
// elements only, in one walk of the fragment tree.
func (js *jsRuntime) observedGeometry(targets map[*dom.Node]bool) map[*dom.Node][]*layout.Fragment {
	out := map[*dom.Node][]*layout.Fragment{}
	if !js.layoutNow() {
		return out
	}
	stack := []*layout.Fragment{js.p.root}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.Pseudo == "" && f.Node != nil && targets[f.Node] {
			out[f.Node] = append(out[f.Node], f)
		}
		for i := len(f.Children) - 1; i >= 0; i-- {
			stack = append(stack, f.Children[i])
		}
	}
	return out
}

// ---- ResizeObserver ----

// runResizeObservers is the resize observer part of update the rendering.
//
// https://drafts.csswg.org/resize-observer/#html-event-loop
func (js *jsRuntime) runResizeObservers() {
	// 1. Set depth to 0.
	depth := 0
	// 2. Gather active resize observations at depth depth.
	js.gatherResizeObservations(depth)
	// 3. Repeat while document has active observations.
	for guard := 0; js.hasActiveResizeObservations() && guard < 64; guard++ {
		// 3.1. Set depth to the result of broadcast active resize
		// observations.
		depth = js.broadcastResizeObservations()
		// 3.2-3.3. Recalc styles, update layout, and gather again.
		js.gatherResizeObservations(depth)
	}
	// 4. If document has skipped resize observations, then deliver resize
	// loop error notification.
	for _, r := range js.obs.resize {
		if len(r.skipped) > 0 {
			js.reportError(js.p.url.String(), errResizeLoop)
			return
		}
	}
}

type resizeLoopError struct{}

func (resizeLoopError) Error() string {
	return "ResizeObserver loop completed with undelivered notifications."
}

var errResizeLoop = resizeLoopError{}

func (js *jsRuntime) hasActiveResizeObservations() bool {
	for _, r := range js.obs.resize {
		if len(r.active) > 0 {
			return true
		}
	}
	return false
}

// gatherResizeObservations sorts each observation into active (its size
// changed and it is deeper than depth) and skipped (changed, not deeper).
//
// https://drafts.csswg.org/resize-observer/#gather-active-observations-h
func (js *jsRuntime) gatherResizeObservations(depth int) {
	geo := js.resizeGeometry(func(r *resizeObserver) []*resizeObservation { return r.observations })
	for _, r := range js.obs.resize {
		r.active, r.skipped = r.active[:0], r.skipped[:0]
		for _, ob := range r.observations {
			size := js.observedSize(ob, geo[ob.target])
			if size == ob.lastReported {
				continue
			}
			if nodeDepth(ob.target) > depth {
				r.active = append(r.active, ob)
			} else {
				r.skipped = append(r.skipped, ob)
			}
		}
	}
}

// nodeDepth is the number of ancestors of n.
//
// https://drafts.csswg.org/resize-observer/#calculate-depth-for-node-h
func nodeDepth(n *dom.Node) int {
	d := 0
	for p := n.Parent; p != nil; p = p.Parent {
		d++
	}
	return d
}

// boxSizes returns the content box and border box of an element in CSS
// px, zero for an element without a box or a non-replaced inline element.
//
// https://drafts.csswg.org/resize-observer/#calculate-box-size
func boxSizes(frags []*layout.Fragment) (content, border layout.Rect) {
	if len(frags) == 0 || frags[0].Kind == layout.InlineFragment {
		return layout.Rect{}, layout.Rect{}
	}
	f := frags[0]
	return f.ContentBox(), f.Rect
}

// observedSize is the (inline, block) size of the observation's box.
// TODO(spec): vertical writing modes swap inline and block.
func (js *jsRuntime) observedSize(ob *resizeObservation, frags []*layout.Fragment) [2]float64 {
	content, border := boxSizes(frags)
	switch ob.box {
	case "border-box":
		return [2]float64{border.W.Float(), border.H.Float()}
	case "device-pixel-content-box":
		return [2]float64{math.Round(content.W.Float() * js.p.scale), math.Round(content.H.Float() * js.p.scale)}
	}
	return [2]float64{content.W.Float(), content.H.Float()}
}

// broadcastResizeObservations calls each observer with entries for its
// active observations and returns the shallowest depth delivered.
//
// https://drafts.csswg.org/resize-observer/#broadcast-active-resize-observations
func (js *jsRuntime) broadcastResizeObservations() int {
	shallowest := math.MaxInt
	geo := js.resizeGeometry(func(r *resizeObserver) []*resizeObservation { return r.active })
	for _, r := range js.obs.resize {
		if len(r.active) == 0 {
			continue
		}
		entries := make([]any, 0, len(r.active))
		for _, ob := range r.active {
			frags := geo[ob.target]
			entries = append(entries, js.resizeObserverEntry(ob.target, frags))
			ob.lastReported = js.observedSize(ob, frags)
			shallowest = min(shallowest, nodeDepth(ob.target))
		}
		r.active = r.active[:0]
		js.callFunction(r.callback, r.obj, js.vm.NewArray(entries...), r.obj)
	}
	return shallowest
}

// resizeObserverEntry creates a ResizeObserverEntry for target.
//
// https://drafts.csswg.org/resize-observer/#create-and-populate-resizeobserverentry-h
func (js *jsRuntime) resizeObserverEntry(target *dom.Node, frags []*layout.Fragment) *goja.Object {
	vm := js.vm
	content, border := boxSizes(frags)
	size := func(w, h float64) goja.Value {
		s := vm.CreateObject(js.protos["ResizeObserverSize"])
		_ = s.Set("inlineSize", w)
		_ = s.Set("blockSize", h)
		return vm.NewArray(s)
	}
	e := vm.CreateObject(js.protos["ResizeObserverEntry"])
	_ = e.Set("target", js.wrapObject(target))
	_ = e.Set("borderBoxSize", size(border.W.Float(), border.H.Float()))
	_ = e.Set("contentBoxSize", size(content.W.Float(), content.H.Float()))
	_ = e.Set("devicePixelContentBoxSize", size(math.Round(content.W.Float()*js.p.scale), math.Round(content.H.Float()*js.p.scale)))
	// contentRect: the content box, at the padding offset.
	rect := layout.Rect{W: content.W, H: content.H}
	if len(frags) > 0 && frags[0].Kind != layout.InlineFragment {
		rect.X, rect.Y = frags[0].Padding[cssom.Left], frags[0].Padding[cssom.Top]
	}
	_ = e.Set("contentRect", js.domRect(rect))
	return e
}

// ---- the JavaScript API ----

// defineConstructor defines a constructible interface whose instances are
// built by construct.
//
// https://webidl.spec.whatwg.org/#interface-object
func (js *jsRuntime) defineConstructor(name string, construct func(goja.ConstructorCall) *goja.Object) *goja.Object {
	vm := js.vm
	proto := vm.NewObject()
	ctor := vm.ToValue(construct).ToObject(vm)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	js.protos[name], js.ctors[name] = proto, ctor
	_ = vm.GlobalObject().DefineDataProperty(name, ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return proto
}

func (js *jsRuntime) observerState() *observers {
	if js.obs == nil {
		js.obs = &observers{renderAt: -1, version: js.p.doc.Version()}
	}
	return js.obs
}

// elementArg returns the Element argument of observe() or throws.
func (js *jsRuntime) elementArg(v goja.Value, iface, method string) *dom.Node {
	n := js.nodeArg(v)
	if n == nil || n.Type != dom.ElementNode {
		panic(js.vm.NewTypeError("Failed to execute '%s' on '%s': parameter 1 is not of type 'Element'.", method, iface))
	}
	return n
}

// observerGlobals are the globals installObservers defines.
var observerGlobals = []string{"ResizeObserver", "ResizeObserverEntry", "ResizeObserverSize",
	"IntersectionObserver", "IntersectionObserverEntry"}

// installObservers defines ResizeObserver and IntersectionObserver and
// their entry interfaces as globals that install themselves on first use,
// so that pages which use none of them do not pay for them.
func (js *jsRuntime) installObservers() {
	js.lazyGlobals(observerGlobals, func() {
		for _, name := range []string{"ResizeObserverEntry", "ResizeObserverSize", "IntersectionObserverEntry"} {
			js.defineInterface(name, "")
		}
		js.installResizeObserver()
		js.installIntersectionObserver()
	})
}

// installResizeObserver defines ResizeObserver.
//
// https://drafts.csswg.org/resize-observer/#resize-observer-interface
func (js *jsRuntime) installResizeObserver() {
	vm := js.vm
	of := map[*goja.Object]*resizeObserver{}
	this := func(call goja.FunctionCall) *resizeObserver {
		if o, ok := call.This.(*goja.Object); ok && of[o] != nil {
			return of[o]
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	proto := js.defineConstructor("ResizeObserver", func(call goja.ConstructorCall) *goja.Object {
		cb, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("Failed to construct 'ResizeObserver': parameter 1 is not of type 'ResizeObserverCallback'."))
		}
		r := &resizeObserver{obj: call.This, callback: cb, observed: map[*dom.Node]bool{}}
		of[call.This] = r
		o := js.observerState()
		o.resize = append(o.resize, r)
		return call.This
	})
	js.method(proto, "observe", func(call goja.FunctionCall) goja.Value {
		r := this(call)
		target := js.elementArg(call.Argument(0), "ResizeObserver", "observe")
		box := "content-box"
		if opts, ok := call.Argument(1).(*goja.Object); ok {
			if v := opts.Get("box"); v != nil && !goja.IsUndefined(v) {
				box = v.String()
			}
		}
		switch box {
		case "content-box", "border-box", "device-pixel-content-box":
		default:
			panic(vm.NewTypeError("Failed to execute 'observe' on 'ResizeObserver': The provided value '%s' is not a valid enum value of type ResizeObserverBoxOptions.", box))
		}
		// 1. If target is in [[observationTargets]] slot, call unobserve()
		// with target. 2-3. Add a new ResizeObservation.
		r.unobserve(target)
		r.observations = append(r.observations, &resizeObservation{target: target, box: box, lastReported: [2]float64{-1, -1}})
		r.observed[target] = true
		js.obs.dirty = true
		return goja.Undefined()
	})
	js.method(proto, "unobserve", func(call goja.FunctionCall) goja.Value {
		this(call).unobserve(js.elementArg(call.Argument(0), "ResizeObserver", "unobserve"))
		return goja.Undefined()
	})
	js.method(proto, "disconnect", func(call goja.FunctionCall) goja.Value {
		r := this(call)
		r.observations, r.active, r.skipped = nil, nil, nil
		clear(r.observed)
		return goja.Undefined()
	})
}

func (r *resizeObserver) unobserve(target *dom.Node) {
	if !r.observed[target] {
		return
	}
	delete(r.observed, target)
	keep := r.observations[:0]
	for _, ob := range r.observations {
		if ob.target != target {
			keep = append(keep, ob)
		}
	}
	r.observations = keep
}

// resizeGeometry measures, in one layout, the targets of the observations
// that list picks from each resize observer.
func (js *jsRuntime) resizeGeometry(list func(*resizeObserver) []*resizeObservation) map[*dom.Node][]*layout.Fragment {
	targets := map[*dom.Node]bool{}
	for _, r := range js.obs.resize {
		for _, ob := range list(r) {
			targets[ob.target] = true
		}
	}
	return js.observedGeometry(targets)
}
