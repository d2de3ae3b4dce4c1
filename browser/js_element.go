package browser

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// installElement defines the Element members.
//
// https://dom.spec.whatwg.org/#interface-element
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installElement() {
	vm := js.vm
	el := js.protos["Element"]
	js.nodeGetter(el, "tagName", func(n *dom.Node) goja.Value { return vm.ToValue(qualifiedNameUpper(n)) })
	js.nodeGetter(el, "localName", func(n *dom.Node) goja.Value { return vm.ToValue(n.Tag) })
	js.nodeGetter(el, "namespaceURI", func(n *dom.Node) goja.Value {
		if n.Namespace == "" {
			return goja.Null()
		}
		return vm.ToValue(n.Namespace)
	})
	js.nodeGetter(el, "prefix", func(*dom.Node) goja.Value { return goja.Null() })
	js.reflect(el, "id", "id")
	js.reflect(el, "className", "class")
	js.reflect(el, "slot", "slot")
	js.nodeGetter(el, "classList", func(n *dom.Node) goja.Value { return js.tokenList(n, "class") })
	js.nodeMethod(el, "getAttribute", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		v, ok := n.Attr(attrName(n, call.Argument(0).String()))
		if !ok {
			return goja.Null()
		}
		return vm.ToValue(v)
	})
	js.nodeMethod(el, "getAttributeNames", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		names := make([]any, len(n.Attrs))
		for i, a := range n.Attrs {
			names[i] = a.Name
		}
		return vm.NewArray(names...)
	})
	js.nodeMethod(el, "hasAttribute", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return vm.ToValue(n.HasAttr(attrName(n, call.Argument(0).String())))
	})
	js.nodeMethod(el, "hasAttributes", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		return vm.ToValue(len(n.Attrs) > 0)
	})
	js.nodeMethod(el, "setAttribute", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		js.validateName(name)
		js.setAttr(n, attrName(n, name), call.Argument(1).String())
		return goja.Undefined()
	})
	js.nodeMethod(el, "removeAttribute", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.removeAttr(n, attrName(n, call.Argument(0).String()))
		return goja.Undefined()
	})
	js.nodeMethod(el, "toggleAttribute", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		js.validateName(name)
		name = attrName(n, name)
		on := !n.HasAttr(name)
		if f := call.Argument(1); !goja.IsUndefined(f) {
			on = f.ToBoolean()
		}
		if on {
			if !n.HasAttr(name) {
				js.setAttr(n, name, "")
			}
		} else {
			js.removeAttr(n, name)
		}
		return vm.ToValue(on)
	})
	js.nodeGetter(el, "attributes", func(n *dom.Node) goja.Value {
		// TODO(spec): NamedNodeMap and Attr nodes; plain objects for now.
		attrs := make([]any, len(n.Attrs))
		for i, a := range n.Attrs {
			o := vm.NewObject()
			_ = o.Set("name", a.Name)
			_ = o.Set("localName", a.Name)
			_ = o.Set("value", a.Value)
			attrs[i] = o
		}
		return vm.NewArray(attrs...)
	})
	js.nodeAttr(el, "innerHTML", func(n *dom.Node) goja.Value { return vm.ToValue(n.InnerHTML()) },
		func(n *dom.Node, v goja.Value) {
			js.check(js.setInnerHTML(n, stringOrNull(v)))
			js.markStarted(n)
		})
	js.nodeAttr(el, "outerHTML", func(n *dom.Node) goja.Value { return vm.ToValue(n.OuterHTML()) },
		js.setOuterHTML)
	js.nodeMethod(el, "insertAdjacentHTML", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.insertAdjacent(n, call.Argument(0).String(), call.Argument(1).String(), nil)
		return goja.Undefined()
	})
	js.nodeMethod(el, "insertAdjacentElement", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		c := js.mustNode(call.Argument(1), "parameter 2")
		js.insertAdjacent(n, call.Argument(0).String(), "", c)
		return call.Argument(1)
	})
	js.nodeMethod(el, "insertAdjacentText", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.insertAdjacent(n, call.Argument(0).String(), "", js.p.doc.CreateTextNode(call.Argument(1).String()))
		return goja.Undefined()
	})
	matches := func(n *dom.Node, call goja.FunctionCall) goja.Value {
		ok, err := n.Matches(call.Argument(0).String())
		js.selectorError(err)
		return vm.ToValue(ok)
	}
	js.nodeMethod(el, "matches", matches)
	js.nodeMethod(el, "webkitMatchesSelector", matches)
	js.nodeMethod(el, "closest", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		m, err := n.Closest(call.Argument(0).String())
		js.selectorError(err)
		return js.wrap(m)
	})
	js.installParentNode(el)
	js.installChildNode(el)
	js.installGeometry(el)
}

// attrName lower-cases an attribute name for an HTML element in an HTML
// document, as the attribute methods do.
func attrName(n *dom.Node, name string) string {
	if n.Namespace == dom.HTMLNamespace && (n.OwnerDocument() == nil || !n.OwnerDocument().IsXML()) {
		return strings.ToLower(name)
	}
	return name
}

// validateName throws an InvalidCharacterError for a name that cannot be an
// attribute's (https://dom.spec.whatwg.org/#valid-attribute-local-name).
func (js *jsRuntime) validateName(name string) {
	if name == "" || strings.ContainsAny(name, " \t\n\f\r/>=\"'\x00") {
		js.throwDOMException("InvalidCharacterError", "invalid attribute name "+strconv.Quote(name))
	}
}

// setOuterHTML implements the outerHTML setter.
//
// https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-element-outerhtml
func (js *jsRuntime) setOuterHTML(n *dom.Node, v goja.Value) {
	parent := n.Parent
	// 2. If parent is null, return.
	if parent == nil {
		return
	}
	// 3. If parent is a Document, throw a "NoModificationAllowedError".
	if parent.Type == dom.DocumentNode {
		js.throwDOMException("NoModificationAllowedError", "cannot replace the document element")
	}
	// 4. If parent is a DocumentFragment, set parent to a new body element.
	ctx := parent
	if parent.Type == dom.DocumentFragmentNode {
		ctx = js.p.doc.CreateElement("body")
	}
	frag, err := dom.ParseFragment(js.p.doc, ctx, stringOrNull(v))
	js.check(err)
	js.markStarted(frag)
	js.replace(parent, frag, n)
}

// insertAdjacent implements insertAdjacentHTML (when node is nil, parsing
// src) and insertAdjacentElement/Text.
//
// https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-element-insertadjacenthtml
func (js *jsRuntime) insertAdjacent(n *dom.Node, where, src string, node *dom.Node) {
	var parent, ref *dom.Node
	switch strings.ToLower(where) {
	case "beforebegin":
		parent, ref = n.Parent, n
	case "afterbegin":
		parent, ref = n, n.FirstChild
	case "beforeend":
		parent = n
	case "afterend":
		parent, ref = n.Parent, n.NextSibling
	default:
		js.throwDOMException("SyntaxError", "invalid position "+strconv.Quote(where))
	}
	if parent == nil || parent.Type == dom.DocumentNode {
		if node != nil {
			return
		}
		js.throwDOMException("NoModificationAllowedError", "no parent to insert into")
	}
	if node == nil {
		var err error
		node, err = dom.ParseFragment(js.p.doc, parent, src)
		js.check(err)
		js.markStarted(node)
	}
	js.insert(parent, node, ref)
}

// installHTMLElements defines HTMLElement's members and those of the
// specific element interfaces scripts use most.
//
// https://html.spec.whatwg.org/multipage/dom.html#htmlelement
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installHTMLElements() {
	vm := js.vm
	h := js.protos["HTMLElement"]
	for _, a := range []string{"title", "lang", "dir", "accessKey", "nonce"} {
		js.reflect(h, a, strings.ToLower(a))
	}
	js.reflectBool(h, "hidden", "hidden")
	js.nodeAttr(h, "tabIndex", func(n *dom.Node) goja.Value {
		i, err := strconv.Atoi(strings.TrimSpace(n.AttrOr("tabindex", "")))
		if err != nil {
			i = -1
		}
		return vm.ToValue(i)
	}, func(n *dom.Node, v goja.Value) { js.setAttr(n, "tabindex", strconv.FormatInt(v.ToInteger(), 10)) })
	// AD-HOC: innerText is textContent (no rendering-aware text).
	js.nodeAttr(h, "innerText", func(n *dom.Node) goja.Value { return vm.ToValue(n.TextContent()) },
		func(n *dom.Node, v goja.Value) { js.setTextContent(n, stringOrNull(v)) })
	js.nodeGetter(h, "dataset", func(n *dom.Node) goja.Value { return js.dataset(n) })
	js.nodeAttr(h, "style", func(n *dom.Node) goja.Value { return js.styleDeclaration(n) },
		func(n *dom.Node, v goja.Value) { js.setAttr(n, "style", v.String()) })
	js.nodeMethod(h, "click", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		js.fireMouse(n, "click")
		return goja.Undefined()
	})
	noop := func(*dom.Node, goja.FunctionCall) goja.Value { return goja.Undefined() }
	// TODO(spec): focus, blur and the focus events.
	js.nodeMethod(h, "focus", noop)
	js.nodeMethod(h, "blur", noop)
	js.nodeMethod(h, "scrollIntoView", noop)
}

// Kinds of reflected content attributes.
const (
	reflectString = iota
	reflectBoolean
	reflectURLAttr
)

// reflectedAttr is an IDL attribute of an element interface that reflects a
// content attribute.
type reflectedAttr struct {
	idl, attr string
	kind      int
}

// elementReflections are the reflected attributes of the specific HTML
// element interfaces, by interface.
var elementReflections = map[string][]reflectedAttr{
	"HTMLAnchorElement": {{"href", "href", reflectURLAttr}, {"target", "target", reflectString},
		{"rel", "rel", reflectString}, {"download", "download", reflectString},
		{"hreflang", "hreflang", reflectString}, {"type", "type", reflectString}},
	"HTMLLinkElement": {{"href", "href", reflectURLAttr}, {"rel", "rel", reflectString},
		{"media", "media", reflectString}, {"type", "type", reflectString}, {"as", "as", reflectString},
		{"crossOrigin", "crossorigin", reflectString}},
	"HTMLImageElement": {{"src", "src", reflectURLAttr}, {"alt", "alt", reflectString},
		{"srcset", "srcset", reflectString}, {"sizes", "sizes", reflectString},
		{"loading", "loading", reflectString}, {"decoding", "decoding", reflectString}},
	"HTMLScriptElement": {{"src", "src", reflectURLAttr}, {"type", "type", reflectString},
		{"charset", "charset", reflectString}, {"crossOrigin", "crossorigin", reflectString},
		{"integrity", "integrity", reflectString}, {"async", "async", reflectBoolean},
		{"defer", "defer", reflectBoolean}, {"noModule", "nomodule", reflectBoolean}},
	"HTMLIFrameElement": {{"src", "src", reflectURLAttr}, {"name", "name", reflectString}},
	"HTMLFormElement": {{"action", "action", reflectURLAttr}, {"method", "method", reflectString},
		{"name", "name", reflectString}, {"target", "target", reflectString}},
	// AD-HOC: value reflects the value attribute (no dirty value flag).
	"HTMLInputElement": {{"type", "type", reflectString}, {"name", "name", reflectString},
		{"value", "value", reflectString}, {"placeholder", "placeholder", reflectString},
		{"min", "min", reflectString}, {"max", "max", reflectString}, {"step", "step", reflectString},
		{"pattern", "pattern", reflectString}, {"disabled", "disabled", reflectBoolean},
		{"checked", "checked", reflectBoolean}, {"required", "required", reflectBoolean},
		{"readOnly", "readonly", reflectBoolean}, {"multiple", "multiple", reflectBoolean}},
	"HTMLButtonElement": {{"type", "type", reflectString}, {"name", "name", reflectString},
		{"value", "value", reflectString}, {"disabled", "disabled", reflectBoolean}},
	"HTMLMetaElement": {{"name", "name", reflectString}, {"content", "content", reflectString},
		{"httpEquiv", "http-equiv", reflectString}},
	"HTMLStyleElement":   {{"media", "media", reflectString}},
	"HTMLOptionElement":  {{"label", "label", reflectString}, {"selected", "selected", reflectBoolean}, {"disabled", "disabled", reflectBoolean}},
	"HTMLSelectElement":  {{"disabled", "disabled", reflectBoolean}, {"multiple", "multiple", reflectBoolean}},
	"HTMLLabelElement":   {{"htmlFor", "for", reflectString}},
	"HTMLDetailsElement": {{"open", "open", reflectBoolean}},
}

// lazyInterfaces are the specific HTML element interfaces, defined on first
// use (a wrapper of that type, or a global lookup of the name) to keep the
// runtime cheap to create.
var lazyInterfaces = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range htmlElementInterfaces {
		m[name] = true
	}
	return m
}()

// interfaceProto returns the prototype of the named interface, defining a
// lazy HTML element interface the first time; nil for an unknown name.
func (js *jsRuntime) interfaceProto(name string) *goja.Object {
	if p := js.protos[name]; p != nil {
		return p
	}
	if !lazyInterfaces[name] {
		return nil
	}
	js.defineInterface(name, "HTMLElement")
	js.installElementInterface(name, js.protos[name])
	return js.protos[name]
}

// installElementInterface defines the members of one specific HTML element
// interface.
func (js *jsRuntime) installElementInterface(name string, proto *goja.Object) {
	vm := js.vm
	for _, r := range elementReflections[name] {
		switch r.kind {
		case reflectString:
			js.reflect(proto, r.idl, r.attr)
		case reflectBoolean:
			js.reflectBool(proto, r.idl, r.attr)
		case reflectURLAttr:
			js.reflectURL(proto, r.idl, r.attr)
		}
	}
	textAttr := func(idl string) {
		js.nodeAttr(proto, idl,
			func(n *dom.Node) goja.Value { return vm.ToValue(n.TextContent()) },
			func(n *dom.Node, v goja.Value) { js.setTextContent(n, stringOrNull(v)) })
	}
	switch name {
	case "HTMLTextAreaElement":
		textAttr("value")
	case "HTMLScriptElement", "HTMLTitleElement":
		textAttr("text")
	case "HTMLImageElement":
		js.nodeGetter(proto, "complete", func(*dom.Node) goja.Value { return vm.ToValue(true) })
		js.nodeGetter(proto, "naturalWidth", func(n *dom.Node) goja.Value { return vm.ToValue(js.naturalSize(n).X) })
		js.nodeGetter(proto, "naturalHeight", func(n *dom.Node) goja.Value { return vm.ToValue(js.naturalSize(n).Y) })
	}
}
