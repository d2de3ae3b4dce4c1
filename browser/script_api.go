package browser

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// ErrNotSettled is wrapped by the errors of Settle and WaitFor when the
// page's budget (virtual time, tasks or wall time) ran out first.
var ErrNotSettled = errors.New("page did not settle")

// Settle runs the page's event loop until nothing is left to run: no task,
// no pending network completion and no timer or animation frame. Timers
// fire on the virtual clock without real waiting. It returns an error
// wrapping ErrNotSettled when work is still pending after
// ScriptOptions.VirtualTime of virtual time, MaxTasks tasks or
// SettleTimeout of wall time (a page with an endless setInterval never
// settles); the DOM changes made so far show in the next Screenshot either
// way.
func (p *Page) Settle(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guard(func() error {
		if p.js == nil || p.b.opts.DisableJavaScript {
			return nil
		}
		p.js.ctx = ctx
		return p.js.settleIdle(func() bool { return false })
	})
}

// WaitFor runs the page's event loop, advancing the virtual clock from one
// due timer to the next, until an element matches selector. It returns an
// error when the selector is invalid or the page runs out of work before a
// match, and one wrapping ErrNotSettled when it runs out of budget
// (ScriptOptions.VirtualTime, MaxTasks, SettleTimeout) first.
func (p *Page) WaitFor(ctx context.Context, selector string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guard(func() error {
		var qerr error
		match := func() bool {
			el, err := p.doc.QuerySelector(selector)
			qerr = err
			return err != nil || el != nil
		}
		if match() {
			return qerr
		}
		if p.js == nil || p.b.opts.DisableJavaScript {
			return fmt.Errorf("browser: wait for %q: no element matches and no script runs", selector)
		}
		p.js.ctx = ctx
		err := p.js.settleIdle(match)
		if qerr != nil {
			return qerr
		}
		if err == nil && !match() {
			err = errors.New("no element matches and the event loop is idle")
		}
		if err != nil {
			return fmt.Errorf("browser: wait for %q: %w", selector, err)
		}
		return nil
	})
}

// settleIdle runs the event loop one due time at a time until done reports
// true, nothing is left to run, or the budget is spent (an error wrapping
// ErrNotSettled, or the context's error).
func (js *jsRuntime) settleIdle(done func() bool) error {
	l := &js.loop
	limit := l.now + js.opts.VirtualTime
	budget := l.tasksRun + js.opts.MaxTasks
	deadline := time.Now().Add(js.opts.SettleTimeout)
	for {
		if err := js.ctx.Err(); err != nil {
			return err
		}
		js.runQueuedTasks(budget)
		js.runNetwork(budget)
		if done() {
			return nil
		}
		if len(l.tasks) == 0 && len(js.pending) == 0 && len(l.timers) == 0 {
			return nil
		}
		switch {
		case l.tasksRun >= budget:
			return fmt.Errorf("%w: %d tasks run", ErrNotSettled, js.opts.MaxTasks)
		case time.Now().After(deadline):
			return fmt.Errorf("%w: %v of wall time spent", ErrNotSettled, js.opts.SettleTimeout)
		}
		i := l.nextTimer()
		if i < 0 {
			continue // tasks or network completions remain
		}
		if l.timers[i].due > limit {
			return fmt.Errorf("%w: %d timers pending after %v of virtual time",
				ErrNotSettled, len(l.timers), js.opts.VirtualTime)
		}
		js.settle(l.timers[i].due - l.now)
	}
}

// Type focuses the first element matching selector and types text into
// it, one character at a time: keydown, keypress, the insertion into the
// value of an input or textarea with an input event, then keyup, each as a
// task. A canceled keydown or keypress inserts nothing. "\n" is the Enter
// key. The new value renders in the next Screenshot.
//
// https://w3c.github.io/uievents/#events-keyboard-event-order
//
// TODO(spec): the selection and caret (text is appended at the end),
// beforeinput, composition events, contenteditable, implicit form
// submission on Enter, and maxlength.
func (p *Page) Type(ctx context.Context, selector, text string) error {
	return p.withElement(ctx, "type", selector, func(js *jsRuntime, el *dom.Node) {
		js.runTask(func() { js.focus(el) })
		for _, r := range text {
			js.runTask(func() { js.typeKey(el, r) })
		}
	})
}

// withElement runs fn with the page's runtime and the first element
// matching selector, then the microtasks and zero-delay work fn queued (the
// virtual clock does not advance). verb names the action in errors.
func (p *Page) withElement(ctx context.Context, verb, selector string, fn func(*jsRuntime, *dom.Node)) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guard(func() error {
		el, err := p.doc.QuerySelector(selector)
		if err != nil {
			return fmt.Errorf("browser: %s %q: %w", verb, selector, err)
		}
		if el == nil {
			return fmt.Errorf("browser: %s %q: no element matches", verb, selector)
		}
		js, err := p.scriptRuntime(ctx)
		if err != nil {
			return fmt.Errorf("browser: %s: %w", verb, err)
		}
		fn(js, el)
		js.settle(0)
		return ctx.Err()
	})
}

// focus runs the focusing steps for el: it becomes the document's focused
// area and receives focus and focusin.
//
// https://html.spec.whatwg.org/multipage/interaction.html#focusing-steps
func (js *jsRuntime) focus(el *dom.Node) {
	if js.focused == el {
		return
	}
	if old := js.focused; old != nil {
		js.focused = nil
		js.fireUI(js.wrapObject(old), "FocusEvent", "blur", false)
		js.fireUI(js.wrapObject(old), "FocusEvent", "focusout", true)
	}
	js.focused = el
	js.fireUI(js.wrapObject(el), "FocusEvent", "focus", false)
	js.fireUI(js.wrapObject(el), "FocusEvent", "focusin", true)
}

// fireUI fires a trusted, non-cancelable event of interface iface.
func (js *jsRuntime) fireUI(target *goja.Object, iface, typ string, bubbles bool) {
	if js.protos[iface] == nil {
		iface = "UIEvent"
	}
	o, ev := js.newEvent(iface, typ, bubbles, false)
	ev.trusted, ev.composed = true, true
	js.dispatch(target, o)
}

// keyFor returns the key and code attribute values of the key that types
// r on a US keyboard.
//
// https://w3c.github.io/uievents-code/#key-alphanumeric-writing-system
func keyFor(r rune) (key, code string) {
	switch {
	case r == '\n' || r == '\r':
		return "Enter", "Enter"
	case r == ' ':
		return " ", "Space"
	case r == '\t':
		return "Tab", "Tab"
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return string(r), "Key" + string(unicode.ToUpper(r))
	case r >= '0' && r <= '9':
		return string(r), "Digit" + string(r)
	}
	return string(r), ""
}

// typeKey dispatches the events of one key press at el and inserts the
// character it types.
func (js *jsRuntime) typeKey(el *dom.Node, r rune) {
	key, code := keyFor(r)
	target := js.wrapObject(el)
	if !js.fireKey(target, "keydown", key, code) {
		js.fireKey(target, "keyup", key, code)
		return
	}
	insert := key != "Tab" && (key != "Enter" || el.IsHTML("textarea"))
	if insert && js.fireKey(target, "keypress", key, code) {
		if el.IsHTML("textarea") || el.IsHTML("input") {
			ch := string(r)
			if key == "Enter" {
				ch = "\n"
			}
			js.appendValue(el, ch)
			o, ev := js.newEvent("InputEvent", "input", true, false)
			ev.trusted, ev.composed, ev.data = true, true, ch
			js.dispatch(target, o)
		}
	}
	js.fireKey(target, "keyup", key, code)
}

// appendValue appends s to the value of an input or textarea.
//
// AD-HOC: an input's value is its value attribute and a textarea's its
// text (no dirty value flag), as the bindings' value property is.
func (js *jsRuntime) appendValue(el *dom.Node, s string) {
	if el.IsHTML("textarea") {
		el.SetTextContent(el.TextContent() + s)
		return
	}
	// An input's value has no line breaks
	// (https://html.spec.whatwg.org/multipage/input.html#value-sanitization-algorithm).
	s = strings.ReplaceAll(s, "\n", "")
	js.setAttr(el, "value", el.AttrOr("value", "")+s)
}

// fireKey fires a trusted, cancelable KeyboardEvent and reports whether it
// was not canceled.
func (js *jsRuntime) fireKey(target *goja.Object, typ, key, code string) bool {
	o, ev := js.newEvent("KeyboardEvent", typ, true, true)
	ev.trusted, ev.composed, ev.key, ev.code = true, true, key, code
	return js.dispatch(target, o)
}

// modifierNames are the KeyboardEvent and MouseEvent modifier attributes,
// in the order of event.modifiers.
var modifierNames = [4]string{"ctrlKey", "shiftKey", "altKey", "metaKey"}

// installKeyboardEvents defines the members of KeyboardEvent and
// InputEvent, and the modifier attributes of MouseEvent.
//
// https://w3c.github.io/uievents/#interface-keyboardevent
func (js *jsRuntime) installKeyboardEvents(get func(o *goja.Object, name string, fn func(*event) goja.Value)) {
	vm := js.vm
	k := js.protos["KeyboardEvent"]
	get(k, "key", func(ev *event) goja.Value { return vm.ToValue(ev.key) })
	get(k, "code", func(ev *event) goja.Value { return vm.ToValue(ev.code) })
	get(k, "repeat", func(ev *event) goja.Value { return vm.ToValue(ev.repeat) })
	get(k, "location", func(*event) goja.Value { return vm.ToValue(0) })
	get(k, "isComposing", func(*event) goja.Value { return vm.ToValue(false) })
	// keyCode and which: the legacy code of the key, for pages that read it.
	legacy := func(ev *event) goja.Value {
		if ev.typ == "keypress" {
			if r := []rune(ev.key); len(r) == 1 {
				return vm.ToValue(int(r[0]))
			}
			if ev.key == "Enter" {
				return vm.ToValue(13)
			}
			return vm.ToValue(0)
		}
		return vm.ToValue(legacyKeyCode(ev.key))
	}
	get(k, "keyCode", legacy)
	get(k, "which", legacy)
	get(k, "charCode", func(ev *event) goja.Value {
		if r := []rune(ev.key); ev.typ == "keypress" && len(r) == 1 {
			return vm.ToValue(int(r[0]))
		}
		return vm.ToValue(0)
	})
	for _, proto := range []*goja.Object{k, js.protos["MouseEvent"]} {
		for i, name := range modifierNames {
			get(proto, name, func(ev *event) goja.Value { return vm.ToValue(ev.modifiers[i]) })
		}
	}
	in := js.protos["InputEvent"]
	get(in, "data", func(ev *event) goja.Value {
		if ev.data == "" {
			return goja.Null()
		}
		return vm.ToValue(ev.data)
	})
	get(in, "inputType", func(*event) goja.Value { return vm.ToValue("insertText") })
}

// legacyKeyCode returns the keydown/keyup keyCode of a key value.
//
// https://w3c.github.io/uievents/#fixed-virtual-key-codes
func legacyKeyCode(key string) int {
	switch key {
	case "Enter":
		return 13
	case "Tab":
		return 9
	case " ":
		return 32
	case "Backspace":
		return 8
	case "Escape":
		return 27
	}
	if r := []rune(key); len(r) == 1 {
		c := unicode.ToUpper(r[0])
		if c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return int(c)
		}
	}
	return 0
}
