package browser

import (
	"slices"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// mutationObservers is the agent's list of mutation observers and whether
// the mutation observer microtask is queued.
//
// https://dom.spec.whatwg.org/#mutation-observers
type mutationObservers struct {
	list   []*mutationObserver // in creation order, which is notification order
	byObj  map[*goja.Object]*mutationObserver
	queued bool
}

// mutationObserver is one MutationObserver: its callback, the nodes it
// observes and its record queue.
type mutationObserver struct {
	obj      *goja.Object
	callback goja.Callable
	regs     []moRegistration
	records  []goja.Value
}

// moRegistration is one registered observer: a node and the options it was
// observed with.
//
// https://dom.spec.whatwg.org/#registered-observer
type moRegistration struct {
	node                                 *dom.Node
	childList, attributes, characterData bool
	subtree, attributeOld, characterOld  bool
	attributeFilter                      []string
	hasAttributeFilter                   bool
}

func (js *jsRuntime) observerOf(v goja.Value) *mutationObserver {
	if o, ok := v.(*goja.Object); ok && js.mo.byObj != nil {
		if mo := js.mo.byObj[o]; mo != nil {
			return mo
		}
	}
	panic(js.vm.NewTypeError("Illegal invocation"))
}

// moCreate is the MutationObserver constructor's native half (observer,
// callback).
func (js *jsRuntime) moCreate(call goja.FunctionCall) goja.Value {
	o := call.Argument(0).ToObject(js.vm)
	cb, _ := goja.AssertFunction(call.Argument(1))
	if js.mo.byObj == nil {
		js.mo.byObj = map[*goja.Object]*mutationObserver{}
	}
	mo := &mutationObserver{obj: o, callback: cb}
	js.mo.byObj[o] = mo
	js.mo.list = append(js.mo.list, mo)
	return goja.Undefined()
}

// moObserve implements observe(target, options).
//
// https://dom.spec.whatwg.org/#dom-mutationobserver-observe
func (js *jsRuntime) moObserve(call goja.FunctionCall) goja.Value {
	mo := js.observerOf(call.Argument(0))
	target := js.mustNode(call.Argument(1), "parameter 1")
	opts := call.Argument(2).ToObject(js.vm)
	has := func(k string) (bool, bool) {
		v := opts.Get(k)
		if v == nil || goja.IsUndefined(v) {
			return false, false
		}
		return v.ToBoolean(), true
	}
	r := moRegistration{node: target}
	r.childList, _ = has("childList")
	r.subtree, _ = has("subtree")
	attrs, attrsSet := has("attributes")
	r.attributeOld, _ = has("attributeOldValue")
	r.characterOld, _ = has("characterDataOldValue")
	chars, charsSet := has("characterData")
	if f := opts.Get("attributeFilter"); f != nil && !goja.IsUndefined(f) {
		r.hasAttributeFilter = true
		for _, v := range f.Export().([]any) {
			if s, ok := v.(string); ok {
				r.attributeFilter = append(r.attributeFilter, s)
			}
		}
	}
	// 1-2. attributeOldValue or attributeFilter present and attributes
	// omitted: set attributes; likewise for characterData.
	if !attrsSet && (r.attributeOld || r.hasAttributeFilter) {
		attrs = true
	}
	if !charsSet && r.characterOld {
		chars = true
	}
	r.attributes, r.characterData = attrs, chars
	// 3. If none of childList, attributes and characterData is true, throw.
	if !r.childList && !r.attributes && !r.characterData {
		panic(js.vm.NewTypeError("MutationObserver.observe: The options object must set at least one of 'attributes', 'characterData', or 'childList' to true."))
	}
	// 7. An existing registration for target is replaced.
	for i := range mo.regs {
		if mo.regs[i].node == target {
			mo.regs[i] = r
			return goja.Undefined()
		}
	}
	mo.regs = append(mo.regs, r)
	return goja.Undefined()
}

func (js *jsRuntime) moDisconnect(call goja.FunctionCall) goja.Value {
	mo := js.observerOf(call.Argument(0))
	mo.regs, mo.records = nil, nil
	return goja.Undefined()
}

func (js *jsRuntime) moTake(call goja.FunctionCall) goja.Value {
	mo := js.observerOf(call.Argument(0))
	recs := mo.records
	mo.records = nil
	vals := make([]any, len(recs))
	for i, r := range recs {
		vals[i] = r
	}
	return js.vm.NewArray(vals...)
}

// mutation is a mutation record before it becomes a JavaScript object.
type mutation struct {
	typ, name  string
	target     *dom.Node
	oldValue   *string
	added      []*dom.Node
	removed    []*dom.Node
	prev, next *dom.Node
}

// queueMutation queues a mutation record for the observers interested in
// it, and the mutation observer microtask.
//
// https://dom.spec.whatwg.org/#queueing-a-mutation-record
func (js *jsRuntime) queueMutation(m mutation) {
	if len(js.mo.list) == 0 {
		return
	}
	for _, mo := range js.mo.list {
		interested, withOld := false, false
		for _, r := range mo.regs {
			// 3.1-3.2. node is target, or an inclusive ancestor with subtree.
			if r.node != m.target && !(r.subtree && r.node.Contains(m.target)) {
				continue
			}
			switch m.typ {
			case "attributes":
				if !r.attributes || r.hasAttributeFilter && !slices.Contains(r.attributeFilter, m.name) {
					continue
				}
				withOld = withOld || r.attributeOld
			case "characterData":
				if !r.characterData {
					continue
				}
				withOld = withOld || r.characterOld
			case "childList":
				if !r.childList {
					continue
				}
			}
			interested = true
		}
		if interested {
			mo.records = append(mo.records, js.mutationRecord(m, withOld))
		}
	}
	js.queueObserverMicrotask()
}

// mutationRecord builds the MutationRecord object for m.
//
// https://dom.spec.whatwg.org/#interface-mutationrecord
func (js *jsRuntime) mutationRecord(m mutation, withOld bool) goja.Value {
	vm := js.vm
	o := vm.NewObject()
	_ = o.Set("type", m.typ)
	_ = o.Set("target", js.wrap(m.target))
	_ = o.Set("addedNodes", js.nodeList(m.added))
	_ = o.Set("removedNodes", js.nodeList(m.removed))
	_ = o.Set("previousSibling", js.wrapOrNull(m.prev))
	_ = o.Set("nextSibling", js.wrapOrNull(m.next))
	_ = o.Set("attributeName", goja.Null())
	if m.name != "" {
		_ = o.Set("attributeName", m.name)
	}
	_ = o.Set("attributeNamespace", goja.Null())
	_ = o.Set("oldValue", goja.Null())
	if withOld && m.oldValue != nil {
		_ = o.Set("oldValue", *m.oldValue)
	}
	return o
}

func (js *jsRuntime) wrapOrNull(n *dom.Node) goja.Value {
	if n == nil {
		return goja.Null()
	}
	return js.wrap(n)
}

// queueObserverMicrotask queues the notify mutation observers microtask
// unless it is queued already.
//
// https://dom.spec.whatwg.org/#queue-a-mutation-observer-compound-microtask
func (js *jsRuntime) queueObserverMicrotask() {
	if js.mo.queued {
		return
	}
	js.mo.queued = true
	p, resolve, _ := js.vm.NewPromise()
	then, _ := goja.AssertFunction(js.vm.ToValue(p).ToObject(js.vm).Get("then"))
	_, _ = then(js.vm.ToValue(p), js.vm.ToValue(func(goja.FunctionCall) goja.Value {
		js.notifyObservers()
		return goja.Undefined()
	}))
	_ = resolve(goja.Undefined())
}

// notifyObservers delivers each observer's records to its callback.
//
// https://dom.spec.whatwg.org/#notify-mutation-observers
func (js *jsRuntime) notifyObservers() {
	// 1. Set the surrounding agent's mutation observer microtask queued to
	// false.
	js.mo.queued = false
	// 2-3. Let notifySet be a clone of the agent's mutation observers.
	for _, mo := range slices.Clone(js.mo.list) {
		// 5.1-5.2. Let records be a clone of mo's record queue; empty it.
		recs := mo.records
		mo.records = nil
		if len(recs) == 0 {
			continue
		}
		vals := make([]any, len(recs))
		for i, r := range recs {
			vals[i] = r
		}
		// 5.4. Invoke mo's callback with « records, mo » and mo.
		js.callFunction(mo.callback, mo.obj, js.vm.NewArray(vals...), mo.obj)
	}
}

// The mutation methods below change the DOM and queue the mutation records
// the DOM standard's algorithms queue.

// setAttr sets an attribute, queueing an "attributes" record.
//
// https://dom.spec.whatwg.org/#concept-element-attributes-change
func (js *jsRuntime) setAttr(n *dom.Node, name, value string) {
	if len(js.mo.list) > 0 {
		old, had := n.Attr(name)
		js.queueMutation(mutation{typ: "attributes", name: name, target: n, oldValue: optional(old, had)})
	}
	n.SetAttr(name, value)
}

// removeAttr removes an attribute, queueing an "attributes" record when it
// was present.
func (js *jsRuntime) removeAttr(n *dom.Node, name string) {
	if len(js.mo.list) > 0 {
		if old, had := n.Attr(name); had {
			js.queueMutation(mutation{typ: "attributes", name: name, target: n, oldValue: &old})
		}
	}
	n.RemoveAttr(name)
}

// setData replaces a character data node's data, queueing a
// "characterData" record.
//
// https://dom.spec.whatwg.org/#concept-cd-replace
func (js *jsRuntime) setData(n *dom.Node, s string) {
	if len(js.mo.list) > 0 {
		old := n.Data
		js.queueMutation(mutation{typ: "characterData", target: n, oldValue: &old})
	}
	n.SetData(s)
}

// setTextContent replaces n's children with a text node (or sets a
// character data node's data), queueing a "childList" record.
//
// https://dom.spec.whatwg.org/#string-replace-all
func (js *jsRuntime) setTextContent(n *dom.Node, s string) {
	if n.Type == dom.TextNode || n.Type == dom.CommentNode {
		js.setData(n, s)
		return
	}
	removed := js.childrenIfObserved(n)
	n.SetTextContent(s)
	js.queueReplaceAll(n, removed)
}

// setInnerHTML replaces n's children with the parsed fragment, queueing a
// "childList" record.
func (js *jsRuntime) setInnerHTML(n *dom.Node, s string) error {
	removed := js.childrenIfObserved(n)
	err := n.SetInnerHTML(s)
	if err == nil {
		js.queueReplaceAll(n, removed)
	}
	return err
}

func (js *jsRuntime) childrenIfObserved(n *dom.Node) []*dom.Node {
	if len(js.mo.list) == 0 {
		return nil
	}
	return children(n, false)
}

func (js *jsRuntime) queueReplaceAll(n *dom.Node, removed []*dom.Node) {
	if len(js.mo.list) == 0 {
		return
	}
	added := children(n, false)
	if len(added)+len(removed) > 0 {
		js.queueMutation(mutation{typ: "childList", target: n, added: added, removed: removed})
	}
}

// removeChild removes c from parent, queueing a "childList" record.
//
// https://dom.spec.whatwg.org/#concept-node-remove
func (js *jsRuntime) removeChild(parent, c *dom.Node) error {
	prev, next := c.PrevSibling, c.NextSibling
	_, err := parent.RemoveChild(c)
	if err == nil {
		js.queueMutation(mutation{typ: "childList", target: parent, removed: []*dom.Node{c}, prev: prev, next: next})
	}
	return err
}

func optional(s string, ok bool) *string {
	if !ok {
		return nil
	}
	return &s
}
