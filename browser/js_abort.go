package browser

import (
	"github.com/dop251/goja"
)

// optionSignal returns the signal member of addEventListener's options
// dictionary, or nil.
func optionSignal(v goja.Value) *goja.Object {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s, ok := o.Get("signal").(*goja.Object)
	if !ok {
		return nil
	}
	return s
}

// addAbortStep runs fn when signal (an AbortSignal) aborts, through an
// abort event listener on it.
//
// https://dom.spec.whatwg.org/#abortsignal-add
func (js *jsRuntime) addAbortStep(signal *goja.Object, fn func()) {
	add, ok := goja.AssertFunction(signal.Get("addEventListener"))
	if !ok {
		panic(js.vm.NewTypeError("addEventListener: the signal option is not an AbortSignal"))
	}
	step := js.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	})
	if _, err := add(signal, js.vm.ToValue("abort"), step); err != nil {
		panic(err)
	}
}

// remove removes l from the event listener list.
//
// https://dom.spec.whatwg.org/#remove-an-event-listener
func (tl *targetListeners) remove(l *listener) {
	l.removed = true
	for i, o := range tl.list {
		if o == l {
			tl.list = append(tl.list[:i:i], tl.list[i+1:]...)
			return
		}
	}
}
