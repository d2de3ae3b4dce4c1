package browser

import (
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// event is the state of one Event object.
//
// https://dom.spec.whatwg.org/#interface-event
type event struct {
	typ                               string
	bubbles, cancelable, composed     bool
	canceled, stop, stopImmediate     bool
	dispatching, trusted, inPassive   bool
	phase                             int
	target, currentTarget             goja.Value
	timeStamp                         float64
	detail                            goja.Value // CustomEvent
	clientX, clientY, button, buttons float64    // MouseEvent
	key, code, data                   string     // KeyboardEvent, InputEvent
	modifiers                         [4]bool    // ctrlKey, shiftKey, altKey, metaKey
	repeat                            bool       // KeyboardEvent
}

// Event phases.
const (
	phaseNone      = 0
	phaseCapturing = 1
	phaseAtTarget  = 2
	phaseBubbling  = 3
)

// listener is one entry of an event target's event listener list.
//
// https://dom.spec.whatwg.org/#concept-event-listener
type listener struct {
	typ                    string
	callback               goja.Value
	capture, once, passive bool
	removed                bool
	handler                bool // the slot of an event handler (onclick = ...)
}

type targetListeners struct {
	list     []*listener
	handlers map[string]goja.Value
}

// eventHandlerNames are the event handler IDL attributes defined on
// HTMLElement, Document and Window (GlobalEventHandlers and
// WindowEventHandlers, the common part).
var eventHandlerNames = []string{
	"abort", "animationend", "beforeunload", "blur", "change", "click", "contextmenu", "dblclick",
	"error", "focus", "hashchange", "input", "keydown", "keypress", "keyup", "load", "message",
	"mousedown", "mousemove", "mouseout", "mouseover", "mouseup", "pointerdown", "pointerup",
	"popstate", "readystatechange", "resize", "scroll", "select", "submit", "toggle",
	"touchend", "touchstart", "transitionend", "unload", "wheel",
}

// thisTarget returns the event target a method was called on: the window
// when called without a receiver.
func (js *jsRuntime) thisTarget(call goja.FunctionCall) *goja.Object {
	if o, ok := call.This.(*goja.Object); ok {
		return o
	}
	return js.window
}

func (js *jsRuntime) listenersOf(o *goja.Object) *targetListeners {
	tl := js.targets[o]
	if tl == nil {
		tl = &targetListeners{}
		js.targets[o] = tl
	}
	return tl
}

// installEventTarget defines addEventListener, removeEventListener and
// dispatchEvent, and the on* event handler attributes.
//
// https://dom.spec.whatwg.org/#interface-eventtarget
func (js *jsRuntime) installEventTarget() {
	vm := js.vm
	et := js.protos["EventTarget"]
	js.method(et, "addEventListener", func(call goja.FunctionCall) goja.Value {
		cb := call.Argument(1)
		if goja.IsNull(cb) || goja.IsUndefined(cb) {
			return goja.Undefined()
		}
		l := &listener{typ: call.Argument(0).String(), callback: cb}
		l.capture, l.once, l.passive = flattenOptions(call.Argument(2))
		signal := optionSignal(call.Argument(2))
		// https://dom.spec.whatwg.org/#add-an-event-listener
		// 2. If listener's signal is not null and is aborted, then return.
		if signal != nil && signal.Get("aborted").ToBoolean() {
			return goja.Undefined()
		}
		tl := js.listenersOf(js.thisTarget(call))
		for _, o := range tl.list {
			if o.typ == l.typ && o.capture == l.capture && !o.handler && o.callback.StrictEquals(cb) {
				return goja.Undefined()
			}
		}
		tl.list = append(tl.list, l)
		if signal != nil {
			// 6. If listener's signal is not null, then add the following
			// abort steps to it: remove an event listener with eventTarget
			// and listener.
			js.addAbortStep(signal, func() { tl.remove(l) })
		}
		return goja.Undefined()
	})
	js.method(et, "removeEventListener", func(call goja.FunctionCall) goja.Value {
		typ, cb := call.Argument(0).String(), call.Argument(1)
		capture, _, _ := flattenOptions(call.Argument(2))
		tl := js.listenersOf(js.thisTarget(call))
		for i, o := range tl.list {
			if o.typ == typ && o.capture == capture && !o.handler && o.callback.StrictEquals(cb) {
				o.removed = true
				tl.list = append(tl.list[:i:i], tl.list[i+1:]...)
				break
			}
		}
		return goja.Undefined()
	})
	js.method(et, "dispatchEvent", func(call goja.FunctionCall) goja.Value {
		o, _ := call.Argument(0).(*goja.Object)
		ev := js.events[o]
		if ev == nil {
			panic(vm.NewTypeError("parameter 1 is not of type 'Event'"))
		}
		if ev.dispatching {
			js.throwDOMException("InvalidStateError", "the event is already being dispatched")
		}
		ev.trusted = false
		return vm.ToValue(js.dispatch(js.thisTarget(call), o))
	})
	for _, name := range eventHandlerNames {
		js.defineEventHandler(name, js.protos["HTMLElement"], js.protos["Document"], js.protos["Window"])
	}
}

// defineEventHandler defines the on<name> attribute: setting it registers
// one listener slot (in the order of first assignment) that calls the
// current handler.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-attributes
func (js *jsRuntime) defineEventHandler(name string, protos ...*goja.Object) {
	get := js.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if h, ok := js.listenersOf(js.thisTarget(call)).handlers[name]; ok {
			return h
		}
		return goja.Null()
	})
	set := js.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		tl := js.listenersOf(js.thisTarget(call))
		v := call.Argument(0)
		if _, ok := goja.AssertFunction(v); !ok {
			v = goja.Null()
		}
		if tl.handlers == nil {
			tl.handlers = map[string]goja.Value{}
		}
		if _, had := tl.handlers[name]; !had {
			tl.list = append(tl.list, &listener{typ: name, handler: true})
		}
		tl.handlers[name] = v
		return goja.Undefined()
	})
	// One getter and setter serve every interface that has the attribute.
	for _, proto := range protos {
		_ = proto.DefineAccessorProperty("on"+name, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// flattenOptions reads addEventListener's options: a boolean (capture) or a
// dictionary.
//
// https://dom.spec.whatwg.org/#concept-flatten-options
func flattenOptions(v goja.Value) (capture, once, passive bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return v != nil && v.ToBoolean(), false, false
	}
	get := func(k string) bool { x := o.Get(k); return x != nil && x.ToBoolean() }
	return get("capture"), get("once"), get("passive")
}

// eventPath returns the event's path from target up: its ancestors, the
// document, then the window for nodes in the page's document.
//
// https://dom.spec.whatwg.org/#get-the-parent
func (js *jsRuntime) eventPath(target *goja.Object) []*goja.Object {
	path := []*goja.Object{target}
	n := js.nodes[target]
	if n == nil {
		return path
	}
	for p := n.Parent; p != nil; p = p.Parent {
		path = append(path, js.wrapObject(p))
	}
	if js.connected(n) {
		path = append(path, js.window)
	}
	return path
}

// dispatch dispatches the event object evObj at target and returns false
// when a listener canceled it.
//
// https://dom.spec.whatwg.org/#concept-event-dispatch
func (js *jsRuntime) dispatch(target, evObj *goja.Object) bool {
	ev := js.events[evObj]
	ev.dispatching = true
	ev.target = target
	path := js.eventPath(target)
	// AD-HOC: a "load" event at the window does not reach the document's
	// listeners, and events at the window have only the window in their path.
	ev.phase = phaseCapturing
	for i := len(path) - 1; i > 0 && !ev.stop; i-- {
		js.invoke(path[i], evObj, ev, true, false)
	}
	if !ev.stop {
		ev.phase = phaseAtTarget
		js.invoke(path[0], evObj, ev, true, true)
	}
	if ev.bubbles {
		ev.phase = phaseBubbling
		for i := 1; i < len(path) && !ev.stop; i++ {
			js.invoke(path[i], evObj, ev, false, true)
		}
	}
	ev.phase = phaseNone
	ev.currentTarget = goja.Null()
	ev.dispatching = false
	ev.stop, ev.stopImmediate = false, false
	return !ev.canceled
}

// invoke runs the listeners of one target on the event path: capture
// listeners when capture is set, others when bubble is set.
//
// https://dom.spec.whatwg.org/#concept-event-listener-invoke
func (js *jsRuntime) invoke(target, evObj *goja.Object, ev *event, capture, bubble bool) {
	ev.currentTarget = target
	js.invokeContentAttribute(target, evObj, ev)
	tl := js.targets[target]
	if tl == nil {
		return
	}
	// Listeners added during dispatch do not run for this target.
	list := append([]*listener(nil), tl.list...)
	for _, l := range list {
		if ev.stopImmediate {
			return
		}
		if l.removed || l.typ != ev.typ || l.capture && !capture || !l.capture && !bubble {
			continue
		}
		if l.once {
			l.removed = true
			for i, o := range tl.list {
				if o == l {
					tl.list = append(tl.list[:i:i], tl.list[i+1:]...)
					break
				}
			}
		}
		cb := l.callback
		if l.handler {
			cb = tl.handlers[l.typ]
		}
		ev.inPassive = l.passive
		js.callListener(target, cb, evObj, l.handler, ev)
		ev.inPassive = false
	}
}

// callListener calls a listener callback: a function, or an object with a
// handleEvent method. An event handler returning false cancels the event.
func (js *jsRuntime) callListener(target *goja.Object, cb goja.Value, evObj *goja.Object, handler bool, ev *event) {
	if cb == nil || goja.IsNull(cb) || goja.IsUndefined(cb) {
		return
	}
	this := goja.Value(target)
	fn, ok := goja.AssertFunction(cb)
	if !ok {
		o, isObj := cb.(*goja.Object)
		if !isObj {
			return
		}
		if fn, ok = goja.AssertFunction(o.Get("handleEvent")); !ok {
			return
		}
		this = o
	}
	ret := js.callFunction(fn, this, evObj)
	if handler && ret != nil && ret.StrictEquals(js.vm.ToValue(false)) && ev.cancelable {
		ev.canceled = true
	}
}

// invokeContentAttribute runs an on<type> content attribute handler of the
// target (the body's onload for the window's load event), compiling it on
// use, unless script set the handler.
//
// AD-HOC: the attribute handler runs before the target's listeners, not at
// the position of its first registration.
func (js *jsRuntime) invokeContentAttribute(target, evObj *goja.Object, ev *event) {
	if ev.phase == phaseCapturing {
		return
	}
	n := js.nodes[target]
	if target == js.window && (ev.typ == "load" || ev.typ == "error") {
		n = js.p.doc.Body()
	}
	if n == nil || n.Type != dom.ElementNode {
		return
	}
	src, ok := n.Attr("on" + strings.ToLower(ev.typ))
	if !ok {
		return
	}
	if tl := js.targets[target]; tl != nil {
		if _, set := tl.handlers[ev.typ]; set {
			return
		}
	}
	v, err := js.vm.RunScript("on"+ev.typ, "(function(event){\n"+src+"\n})")
	if err != nil {
		js.reportError(js.p.url.String(), err)
		return
	}
	js.callListener(target, v, evObj, true, ev)
}

// newEvent creates an Event object of the named interface.
func (js *jsRuntime) newEvent(iface, typ string, bubbles, cancelable bool) (*goja.Object, *event) {
	o := js.vm.CreateObject(js.protos[iface])
	ev := &event{typ: typ, bubbles: bubbles, cancelable: cancelable, target: goja.Null(), currentTarget: goja.Null(),
		timeStamp: float64(js.loop.now) / float64(time.Millisecond), detail: goja.Null()}
	js.events[o] = ev
	return o, ev
}

// fireSimple fires a trusted event named typ at target.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#fire-a-simple-event
func (js *jsRuntime) fireSimple(target *goja.Object, typ string, bubbles bool) {
	o, ev := js.newEvent("Event", typ, bubbles, false)
	ev.trusted = true
	js.dispatch(target, o)
}

// fireMouse fires a trusted MouseEvent (bubbling, cancelable) at el.
//
// https://w3c.github.io/uievents/#event-type-click
func (js *jsRuntime) fireMouse(el *dom.Node, typ string) bool {
	o, ev := js.newEvent("MouseEvent", typ, true, true)
	ev.trusted, ev.composed = true, true
	return js.dispatch(js.wrapObject(el), o)
}

// constructEvent implements the Event, CustomEvent and MouseEvent
// constructors.
//
// https://dom.spec.whatwg.org/#concept-event-constructor
func (js *jsRuntime) constructEvent(iface string, call goja.ConstructorCall) *goja.Object {
	if len(call.Arguments) == 0 {
		panic(js.vm.NewTypeError("Failed to construct '" + iface + "': 1 argument required"))
	}
	o := call.This
	ev := &event{typ: call.Arguments[0].String(), target: goja.Null(), currentTarget: goja.Null(),
		timeStamp: float64(js.loop.now) / float64(time.Millisecond), detail: goja.Null()}
	if init, ok := call.Argument(1).(*goja.Object); ok {
		b := func(k string) bool { v := init.Get(k); return v != nil && v.ToBoolean() }
		f := func(k string) float64 {
			if v := init.Get(k); v != nil && !goja.IsUndefined(v) {
				return v.ToFloat()
			}
			return 0
		}
		ev.bubbles, ev.cancelable, ev.composed = b("bubbles"), b("cancelable"), b("composed")
		if d := init.Get("detail"); d != nil && !goja.IsUndefined(d) {
			ev.detail = d
		}
		ev.clientX, ev.clientY, ev.button, ev.buttons = f("clientX"), f("clientY"), f("button"), f("buttons")
		str := func(k string) string {
			if v := init.Get(k); v != nil && !goja.IsUndefined(v) {
				return v.String()
			}
			return ""
		}
		ev.key, ev.code, ev.data, ev.repeat = str("key"), str("code"), str("data"), b("repeat")
		for i, k := range modifierNames {
			ev.modifiers[i] = b(k)
		}
	}
	js.events[o] = ev
	return o
}

// installEvents defines the members of Event, CustomEvent and MouseEvent.
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installEvents() {
	vm := js.vm
	e := js.protos["Event"]
	for i, name := range []string{"NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE"} {
		_ = e.DefineDataProperty(name, vm.ToValue(i), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = js.ctors["Event"].DefineDataProperty(name, vm.ToValue(i), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	this := func(call goja.FunctionCall) *event {
		if o, ok := call.This.(*goja.Object); ok {
			if ev := js.events[o]; ev != nil {
				return ev
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	get := func(o *goja.Object, name string, fn func(*event) goja.Value) {
		js.accessor(o, name, func(call goja.FunctionCall) goja.Value { return fn(this(call)) }, nil)
	}
	get(e, "type", func(ev *event) goja.Value { return vm.ToValue(ev.typ) })
	get(e, "target", func(ev *event) goja.Value { return ev.target })
	get(e, "srcElement", func(ev *event) goja.Value { return ev.target })
	get(e, "currentTarget", func(ev *event) goja.Value { return ev.currentTarget })
	get(e, "eventPhase", func(ev *event) goja.Value { return vm.ToValue(ev.phase) })
	get(e, "bubbles", func(ev *event) goja.Value { return vm.ToValue(ev.bubbles) })
	get(e, "cancelable", func(ev *event) goja.Value { return vm.ToValue(ev.cancelable) })
	get(e, "composed", func(ev *event) goja.Value { return vm.ToValue(ev.composed) })
	get(e, "defaultPrevented", func(ev *event) goja.Value { return vm.ToValue(ev.canceled) })
	get(e, "isTrusted", func(ev *event) goja.Value { return vm.ToValue(ev.trusted) })
	get(e, "timeStamp", func(ev *event) goja.Value { return vm.ToValue(ev.timeStamp) })
	js.accessor(e, "returnValue", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(!this(call).canceled)
	}, func(call goja.FunctionCall) goja.Value {
		if ev := this(call); !call.Argument(0).ToBoolean() && ev.cancelable && !ev.inPassive {
			ev.canceled = true
		}
		return goja.Undefined()
	})
	js.method(e, "preventDefault", func(call goja.FunctionCall) goja.Value {
		if ev := this(call); ev.cancelable && !ev.inPassive {
			ev.canceled = true
		}
		return goja.Undefined()
	})
	js.method(e, "stopPropagation", func(call goja.FunctionCall) goja.Value {
		this(call).stop = true
		return goja.Undefined()
	})
	js.method(e, "stopImmediatePropagation", func(call goja.FunctionCall) goja.Value {
		ev := this(call)
		ev.stop, ev.stopImmediate = true, true
		return goja.Undefined()
	})
	js.method(e, "composedPath", func(call goja.FunctionCall) goja.Value {
		ev := this(call)
		t, ok := ev.target.(*goja.Object)
		if !ok || !ev.dispatching {
			return vm.NewArray()
		}
		path := js.eventPath(t)
		vals := make([]any, len(path))
		for i, p := range path {
			vals[i] = p
		}
		return vm.NewArray(vals...)
	})
	js.method(e, "initEvent", func(call goja.FunctionCall) goja.Value {
		if ev := this(call); !ev.dispatching {
			ev.typ, ev.bubbles, ev.cancelable = call.Argument(0).String(), call.Argument(1).ToBoolean(), call.Argument(2).ToBoolean()
			ev.canceled, ev.stop, ev.stopImmediate = false, false, false
		}
		return goja.Undefined()
	})
	get(js.protos["CustomEvent"], "detail", func(ev *event) goja.Value { return ev.detail })
	m := js.protos["MouseEvent"]
	for _, f := range []struct {
		name string
		fn   func(*event) float64
	}{
		{"clientX", func(ev *event) float64 { return ev.clientX }}, {"clientY", func(ev *event) float64 { return ev.clientY }},
		{"pageX", func(ev *event) float64 { return ev.clientX }}, {"pageY", func(ev *event) float64 { return ev.clientY }},
		{"button", func(ev *event) float64 { return ev.button }}, {"buttons", func(ev *event) float64 { return ev.buttons }},
	} {
		fn := f.fn
		get(m, f.name, func(ev *event) goja.Value { return vm.ToValue(fn(ev)) })
	}
	js.installKeyboardEvents(get)
	get(js.protos["UIEvent"], "detail", func(ev *event) goja.Value {
		if ev.trusted && ev.typ == "click" {
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	})
}
