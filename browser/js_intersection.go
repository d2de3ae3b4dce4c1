package browser

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/layout"
)

// IntersectionObserver: the processing model and the interface
// (https://w3c.github.io/IntersectionObserver/). The rendering update that
// runs it is in js_observers.go.

// intersectionRegistration is an IntersectionObserverRegistration.
//
// https://w3c.github.io/IntersectionObserver/#intersectionobserverregistration
type intersectionRegistration struct {
	target                 *dom.Node
	previousThresholdIdx   int
	previousIsIntersecting bool
}

// intersectionObserver is an IntersectionObserver's state.
//
// https://w3c.github.io/IntersectionObserver/#intersection-observer-private-slots
type intersectionObserver struct {
	obj        *goja.Object
	callback   goja.Callable
	root       *dom.Node // nil for the implicit root
	rootValue  goja.Value
	rootMargin [4]rootMarginValue // top, right, bottom, left
	thresholds []float64
	targets    []*intersectionRegistration
	observed   map[*dom.Node]bool // the targets of targets
	queue      []goja.Value       // queued IntersectionObserverEntry objects
}

// rootMarginValue is a px length or a percentage of the root's size.
type rootMarginValue struct {
	v       float64
	percent bool
}

func (m rootMarginValue) String() string {
	unit := "px"
	if m.percent {
		unit = "%"
	}
	return strconv.FormatFloat(m.v, 'f', -1, 64) + unit
}

// updateIntersectionObservations runs the update intersection
// observations steps, then queues the task that notifies the observers.
//
// https://w3c.github.io/IntersectionObserver/#update-intersection-observations-algo
func (js *jsRuntime) updateIntersectionObservations() {
	targets := map[*dom.Node]bool{}
	for _, io := range js.obs.intersection {
		for _, reg := range io.targets {
			targets[reg.target] = true
		}
		if io.root != nil {
			targets[io.root] = true
		}
	}
	if len(targets) == 0 {
		return
	}
	js.addClipAncestors(targets)
	geo := js.observedGeometry(targets)
	// 1. Let time be the result of getting the current time.
	now := float64(js.loop.now) / float64(time.Millisecond)
	queued := false
	for _, io := range js.obs.intersection {
		// 2.1. Let rootBounds be observer's root intersection rectangle.
		rootBounds := js.rootIntersectionRect(io, geo)
		for _, reg := range io.targets {
			if js.updateRegistration(io, reg, rootBounds, geo, now) {
				queued = true
			}
		}
	}
	if queued {
		js.loop.tasks = append(js.loop.tasks, func() { js.runTask(js.notifyIntersectionObservers) })
	}
}

// updateRegistration runs steps 2.2.1-2.2.15 for one target; it reports
// whether an entry was queued.
func (js *jsRuntime) updateRegistration(io *intersectionObserver, reg *intersectionRegistration, rootBounds layout.Rect, geo map[*dom.Node][]*layout.Fragment, now float64) bool {
	// 1. Let thresholdIndex be 0. 2. Let isIntersecting be false. 3. Let
	// targetRect and intersectionRect be DOMRectReadOnly(0, 0, 0, 0).
	thresholdIdx, isIntersecting := 0, false
	var targetRect, intersectionRect layout.Rect
	frags := geo[reg.target]
	// 4-5. Skip to step 11 when the target has no box, is not connected,
	// or is not a descendant of the root.
	if len(frags) > 0 && js.connected(reg.target) && (io.root == nil || io.root != reg.target && io.root.Contains(reg.target)) {
		targetRect = frags[0].Rect
		for _, f := range frags[1:] {
			targetRect = unionRect(targetRect, f.Rect)
		}
		// 6. Let intersectionRect be the result of running the compute
		// the intersection algorithm on target and observer's
		// intersection root.
		intersectionRect, isIntersecting = js.computeIntersection(reg.target, io.root, targetRect, rootBounds, geo)
		// 9-10. The ratio, then the first threshold greater than it.
		ratio := intersectionRatio(targetRect, intersectionRect, isIntersecting)
		thresholdIdx = sort.Search(len(io.thresholds), func(i int) bool { return io.thresholds[i] > ratio })
	}
	// 14. If thresholdIndex does not equal previousThresholdIndex or
	// isIntersecting does not equal previousIsIntersecting, queue an
	// IntersectionObserverEntry.
	changed := thresholdIdx != reg.previousThresholdIdx || isIntersecting != reg.previousIsIntersecting
	if changed {
		io.queue = append(io.queue, js.intersectionEntry(reg.target, now, rootBounds, targetRect, intersectionRect, isIntersecting))
	}
	// 15. Assign thresholdIndex and isIntersecting to the registration.
	reg.previousThresholdIdx, reg.previousIsIntersecting = thresholdIdx, isIntersecting
	return changed
}

// intersectionRatio is step 9: the intersection's share of the target's
// area, or 1/0 for a target without area.
func intersectionRatio(target, inter layout.Rect, isIntersecting bool) float64 {
	area := target.W.Float() * target.H.Float()
	if area > 0 {
		return inter.W.Float() * inter.H.Float() / area
	}
	if isIntersecting {
		return 1
	}
	return 0
}

// rootIntersectionRect returns the root intersection rectangle: the
// viewport for the implicit root, the root's padding box when it clips
// overflow, else its border box; then grown by rootMargin.
//
// https://w3c.github.io/IntersectionObserver/#intersectionobserver-root-intersection-rectangle
func (js *jsRuntime) rootIntersectionRect(io *intersectionObserver, geo map[*dom.Node][]*layout.Fragment) layout.Rect {
	r := layout.Rect{W: cssom.Fixed(js.p.viewport.Width * 64), H: cssom.Fixed(js.p.viewport.Height * 64)}
	if io.root != nil {
		frags := geo[io.root]
		if len(frags) == 0 {
			return layout.Rect{}
		}
		r = frags[0].Rect
		if clipsOverflow(frags[0].Style) {
			r = paddingBox(frags[0])
		}
	}
	px := func(m rootMarginValue, base cssom.Fixed) cssom.Fixed {
		if m.percent {
			return cssom.Fixed(math.Round(m.v / 100 * float64(base)))
		}
		return cssom.Fixed(math.Round(m.v * 64))
	}
	top, right := px(io.rootMargin[0], r.H), px(io.rootMargin[1], r.W)
	bottom, left := px(io.rootMargin[2], r.H), px(io.rootMargin[3], r.W)
	r = layout.Rect{X: r.X - left, Y: r.Y - top, W: r.W + left + right, H: r.H + top + bottom}
	return r
}

// clips reports whether an ancestor clips its descendants' overflow for
// compute the intersection: the root element and the body propagate
// their overflow to the viewport, which is the implicit root.
func (js *jsRuntime) clips(a *dom.Node) bool {
	return a != js.p.doc.DocumentElement() && a != js.p.doc.Body() && clipsOverflow(js.p.styles.Of(a))
}

// addClipAncestors adds to targets the ancestors of the targets that clip
// overflow, whose boxes compute the intersection needs.
func (js *jsRuntime) addClipAncestors(targets map[*dom.Node]bool) {
	if !js.layoutNow() {
		return
	}
	var clip []*dom.Node
	for t := range targets {
		for a := t.ParentElement(); a != nil; a = a.ParentElement() {
			if !targets[a] && js.clips(a) {
				clip = append(clip, a)
			}
		}
	}
	for _, a := range clip {
		targets[a] = true
	}
}

func clipsOverflow(cs *cssom.ComputedStyle) bool {
	return cs != nil && (cs.OverflowX != cssom.OverflowVisible || cs.OverflowY != cssom.OverflowVisible)
}

func paddingBox(f *layout.Fragment) layout.Rect {
	b := f.Border
	return layout.Rect{X: f.Rect.X + b[cssom.Left], Y: f.Rect.Y + b[cssom.Top],
		W: f.Rect.W - b[cssom.Left] - b[cssom.Right], H: f.Rect.H - b[cssom.Top] - b[cssom.Bottom]}
}

// computeIntersection clips the target's rectangle by the overflow clips
// of its ancestors below the root, then by the root intersection
// rectangle; ok is false when nothing is left (edge-adjacent rectangles
// still intersect).
//
// https://w3c.github.io/IntersectionObserver/#calculate-intersection-rect-algo
//
// AD-HOC: the ancestors are the element's DOM ancestors, not its
// containing block chain. TODO(spec): clip-path and the clip property.
func (js *jsRuntime) computeIntersection(target, root *dom.Node, targetRect, rootBounds layout.Rect, geo map[*dom.Node][]*layout.Fragment) (layout.Rect, bool) {
	r, ok := targetRect, true
	for a := target.ParentElement(); a != nil && a != root && ok; a = a.ParentElement() {
		if frags := geo[a]; len(frags) > 0 && js.clips(a) {
			r, ok = intersectRect(r, paddingBox(frags[0]))
		}
	}
	if !ok {
		return layout.Rect{}, false
	}
	return intersectRect(r, rootBounds)
}

// intersectRect intersects two rectangles; ok is false when they are
// disjoint (touching edges count as intersecting).
func intersectRect(a, b layout.Rect) (layout.Rect, bool) {
	x0, y0 := max(a.X, b.X), max(a.Y, b.Y)
	x1, y1 := min(a.X+a.W, b.X+b.W), min(a.Y+a.H, b.Y+b.H)
	if x1 < x0 || y1 < y0 {
		return layout.Rect{}, false
	}
	return layout.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}, true
}

// intersectionEntry creates an IntersectionObserverEntry.
//
// https://w3c.github.io/IntersectionObserver/#intersection-observer-entry
func (js *jsRuntime) intersectionEntry(target *dom.Node, now float64, rootBounds, targetRect, inter layout.Rect, isIntersecting bool) goja.Value {
	e := js.vm.CreateObject(js.protos["IntersectionObserverEntry"])
	_ = e.Set("time", now)
	_ = e.Set("rootBounds", js.domRect(rootBounds))
	_ = e.Set("boundingClientRect", js.domRect(targetRect))
	_ = e.Set("intersectionRect", js.domRect(inter))
	_ = e.Set("isIntersecting", isIntersecting)
	_ = e.Set("intersectionRatio", intersectionRatio(targetRect, inter, isIntersecting))
	_ = e.Set("isVisible", false)
	_ = e.Set("target", js.wrapObject(target))
	return e
}

// notifyIntersectionObservers calls each observer with its queued entries.
//
// https://w3c.github.io/IntersectionObserver/#notify-intersection-observers-algo
func (js *jsRuntime) notifyIntersectionObservers() {
	for _, io := range append([]*intersectionObserver(nil), js.obs.intersection...) {
		if len(io.queue) == 0 {
			continue
		}
		entries := io.queue
		io.queue = nil
		js.callFunction(io.callback, io.obj, js.vm.NewArray(toAny(entries)...), io.obj)
	}
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

// installIntersectionObserver defines IntersectionObserver.
//
// https://w3c.github.io/IntersectionObserver/#intersection-observer-interface
func (js *jsRuntime) installIntersectionObserver() {
	vm := js.vm
	of := map[*goja.Object]*intersectionObserver{}
	this := func(call goja.FunctionCall) *intersectionObserver {
		if o, ok := call.This.(*goja.Object); ok && of[o] != nil {
			return of[o]
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	proto := js.defineConstructor("IntersectionObserver", func(call goja.ConstructorCall) *goja.Object {
		cb, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(vm.NewTypeError("Failed to construct 'IntersectionObserver': parameter 1 is not of type 'IntersectionObserverCallback'."))
		}
		io := &intersectionObserver{obj: call.This, callback: cb, rootValue: goja.Null(), thresholds: []float64{0},
			observed: map[*dom.Node]bool{}}
		if opts, ok := call.Argument(1).(*goja.Object); ok {
			js.intersectionOptions(io, opts)
		}
		of[call.This] = io
		o := js.observerState()
		o.intersection = append(o.intersection, io)
		return call.This
	})
	get := func(name string, fn func(*intersectionObserver) goja.Value) {
		js.accessor(proto, name, func(call goja.FunctionCall) goja.Value { return fn(this(call)) }, nil)
	}
	get("root", func(io *intersectionObserver) goja.Value { return io.rootValue })
	get("rootMargin", func(io *intersectionObserver) goja.Value {
		parts := make([]string, 4)
		for i, m := range io.rootMargin {
			parts[i] = m.String()
		}
		return vm.ToValue(strings.Join(parts, " "))
	})
	get("scrollMargin", func(*intersectionObserver) goja.Value { return vm.ToValue("0px 0px 0px 0px") })
	get("thresholds", func(io *intersectionObserver) goja.Value {
		vals := make([]any, len(io.thresholds))
		for i, t := range io.thresholds {
			vals[i] = t
		}
		return vm.NewArray(vals...)
	})
	get("delay", func(*intersectionObserver) goja.Value { return vm.ToValue(0) })
	get("trackVisibility", func(*intersectionObserver) goja.Value { return vm.ToValue(false) })
	js.method(proto, "observe", func(call goja.FunctionCall) goja.Value {
		io := this(call)
		target := js.elementArg(call.Argument(0), "IntersectionObserver", "observe")
		// 1. If target is in observer's internal [[ObservationTargets]]
		// slot, return.
		if io.observed[target] {
			return goja.Undefined()
		}
		io.observed[target] = true
		// 2-4. A registration with previousThresholdIndex -1 and
		// previousIsIntersecting false.
		io.targets = append(io.targets, &intersectionRegistration{target: target, previousThresholdIdx: -1})
		js.obs.dirty = true
		return goja.Undefined()
	})
	js.method(proto, "unobserve", func(call goja.FunctionCall) goja.Value {
		io := this(call)
		target := js.elementArg(call.Argument(0), "IntersectionObserver", "unobserve")
		if !io.observed[target] {
			return goja.Undefined()
		}
		delete(io.observed, target)
		keep := io.targets[:0]
		for _, reg := range io.targets {
			if reg.target != target {
				keep = append(keep, reg)
			}
		}
		io.targets = keep
		return goja.Undefined()
	})
	js.method(proto, "disconnect", func(call goja.FunctionCall) goja.Value {
		io := this(call)
		io.targets = nil
		clear(io.observed)
		return goja.Undefined()
	})
	js.method(proto, "takeRecords", func(call goja.FunctionCall) goja.Value {
		io := this(call)
		entries := io.queue
		io.queue = nil
		return vm.NewArray(toAny(entries)...)
	})
}

// intersectionOptions reads IntersectionObserverInit: root, rootMargin and
// threshold.
//
// https://w3c.github.io/IntersectionObserver/#dom-intersectionobserver-intersectionobserver
func (js *jsRuntime) intersectionOptions(io *intersectionObserver, opts *goja.Object) {
	vm := js.vm
	if v := opts.Get("root"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		n := js.nodeArg(v)
		if n == nil || n.Type != dom.ElementNode && n.Type != dom.DocumentNode {
			panic(vm.NewTypeError("Failed to construct 'IntersectionObserver': The provided value is not of type '(Document or Element)'."))
		}
		io.rootValue = v
		if n.Type == dom.ElementNode {
			io.root = n
		}
	}
	// 2-3. Parse rootMargin; throw a SyntaxError on failure.
	margin := "0px"
	if v := opts.Get("rootMargin"); v != nil && !goja.IsUndefined(v) {
		margin = v.String()
	}
	m, ok := parseRootMargin(margin)
	if !ok {
		js.throwDOMException("SyntaxError", "Failed to construct 'IntersectionObserver': rootMargin must be specified in pixels or percent.")
	}
	io.rootMargin = m
	// 5-6. thresholds: each in [0, 1], sorted; [0] when empty.
	if v := opts.Get("threshold"); v != nil && !goja.IsUndefined(v) {
		var list []float64
		if o, ok := v.(*goja.Object); ok && o.ClassName() == "Array" {
			for _, k := range o.Keys() {
				list = append(list, o.Get(k).ToFloat())
			}
		} else {
			list = []float64{v.ToFloat()}
		}
		for _, t := range list {
			if !(t >= 0 && t <= 1) {
				e, _ := vm.New(vm.Get("RangeError"), vm.ToValue("Failed to construct 'IntersectionObserver': Threshold values must be numbers between 0 and 1"))
				panic(e)
			}
		}
		sort.Float64s(list)
		if len(list) == 0 {
			list = []float64{0}
		}
		io.thresholds = list
	}
}

// parseRootMargin parses a margin: one to four px lengths or percentages,
// as the margin shorthand distributes them.
//
// https://w3c.github.io/IntersectionObserver/#parse-a-margin
func parseRootMargin(s string) ([4]rootMarginValue, bool) {
	var out [4]rootMarginValue
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 4 {
		return out, false
	}
	vals := make([]rootMarginValue, len(fields))
	for i, f := range fields {
		var unit string
		switch {
		case strings.HasSuffix(f, "px"):
			unit = "px"
		case strings.HasSuffix(f, "%"):
			unit = "%"
		case f == "0":
		default:
			return out, false
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(f, unit), 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return out, false
		}
		// AD-HOC: margins are clamped to ±1e6 px (or %), within the range
		// of fixed-point lengths.
		v = max(-1e6, min(v, 1e6))
		vals[i] = rootMarginValue{v: v, percent: unit == "%"}
	}
	switch len(vals) {
	case 1:
		out = [4]rootMarginValue{vals[0], vals[0], vals[0], vals[0]}
	case 2:
		out = [4]rootMarginValue{vals[0], vals[1], vals[0], vals[1]}
	case 3:
		out = [4]rootMarginValue{vals[0], vals[1], vals[2], vals[1]}
	default:
		out = [4]rootMarginValue{vals[0], vals[1], vals[2], vals[3]}
	}
	return out, true
}
