package browser

import (
	"errors"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// jsInterfaces are the WebIDL interfaces the bindings expose, each after its
// parent, so that prototype chains (and instanceof) follow the standards:
// HTMLDivElement ▶ HTMLElement ▶ Element ▶ Node ▶ EventTarget.
var jsInterfaces = []struct{ name, parent string }{
	{"EventTarget", ""},
	{"Window", "EventTarget"},
	{"Node", "EventTarget"},
	{"Document", "Node"},
	{"HTMLDocument", "Document"},
	{"DocumentFragment", "Node"},
	{"DocumentType", "Node"},
	{"CharacterData", "Node"},
	{"Text", "CharacterData"},
	{"Comment", "CharacterData"},
	{"Element", "Node"},
	{"HTMLElement", "Element"},
	{"SVGElement", "Element"},
	{"HTMLUnknownElement", "HTMLElement"},
	{"Event", ""},
	{"UIEvent", "Event"},
	{"MouseEvent", "UIEvent"},
	{"KeyboardEvent", "UIEvent"},
	{"InputEvent", "UIEvent"},
	{"CustomEvent", "Event"},
	{"CSSStyleDeclaration", ""},
	{"DOMTokenList", ""},
	{"DOMRect", ""},
	{"NodeList", ""},
	{"HTMLCollection", ""},
	{"HTMLFormControlsCollection", "HTMLCollection"},
}

// htmlElementInterfaces maps HTML tag names to their element interface
// (https://html.spec.whatwg.org/multipage/indices.html#element-interfaces).
// Tags absent here use HTMLElement when the standard lists them, else
// HTMLUnknownElement.
var htmlElementInterfaces = map[string]string{
	"a": "HTMLAnchorElement", "area": "HTMLAreaElement", "audio": "HTMLAudioElement",
	"base": "HTMLBaseElement", "blockquote": "HTMLQuoteElement", "q": "HTMLQuoteElement",
	"body": "HTMLBodyElement", "br": "HTMLBRElement", "button": "HTMLButtonElement",
	"canvas": "HTMLCanvasElement", "caption": "HTMLTableCaptionElement",
	"col": "HTMLTableColElement", "colgroup": "HTMLTableColElement", "data": "HTMLDataElement",
	"datalist": "HTMLDataListElement", "del": "HTMLModElement", "ins": "HTMLModElement",
	"details": "HTMLDetailsElement", "dialog": "HTMLDialogElement", "div": "HTMLDivElement",
	"dl": "HTMLDListElement", "embed": "HTMLEmbedElement", "fieldset": "HTMLFieldSetElement",
	"form": "HTMLFormElement", "h1": "HTMLHeadingElement", "h2": "HTMLHeadingElement",
	"h3": "HTMLHeadingElement", "h4": "HTMLHeadingElement", "h5": "HTMLHeadingElement",
	"h6": "HTMLHeadingElement", "head": "HTMLHeadElement", "hr": "HTMLHRElement",
	"html": "HTMLHtmlElement", "iframe": "HTMLIFrameElement", "img": "HTMLImageElement",
	"input": "HTMLInputElement", "label": "HTMLLabelElement", "legend": "HTMLLegendElement",
	"li": "HTMLLIElement", "link": "HTMLLinkElement", "map": "HTMLMapElement",
	"menu": "HTMLMenuElement", "meta": "HTMLMetaElement", "meter": "HTMLMeterElement",
	"object": "HTMLObjectElement", "ol": "HTMLOListElement", "optgroup": "HTMLOptGroupElement",
	"option": "HTMLOptionElement", "output": "HTMLOutputElement", "p": "HTMLParagraphElement",
	"picture": "HTMLPictureElement", "pre": "HTMLPreElement", "progress": "HTMLProgressElement",
	"script": "HTMLScriptElement", "select": "HTMLSelectElement", "slot": "HTMLSlotElement",
	"source": "HTMLSourceElement", "span": "HTMLSpanElement", "style": "HTMLStyleElement",
	"table": "HTMLTableElement", "tbody": "HTMLTableSectionElement",
	"thead": "HTMLTableSectionElement", "tfoot": "HTMLTableSectionElement",
	"td": "HTMLTableCellElement", "th": "HTMLTableCellElement", "template": "HTMLTemplateElement",
	"textarea": "HTMLTextAreaElement", "time": "HTMLTimeElement", "title": "HTMLTitleElement",
	"tr": "HTMLTableRowElement", "track": "HTMLTrackElement", "ul": "HTMLUListElement",
	"video": "HTMLVideoElement",
}

// plainHTMLElements are the elements whose interface is HTMLElement itself.
var plainHTMLElements = map[string]bool{
	"abbr": true, "address": true, "article": true, "aside": true, "b": true, "bdi": true,
	"bdo": true, "cite": true, "code": true, "dd": true, "dfn": true, "dt": true, "em": true,
	"figcaption": true, "figure": true, "footer": true, "header": true, "hgroup": true,
	"i": true, "kbd": true, "main": true, "mark": true, "nav": true, "noscript": true,
	"rp": true, "rt": true, "ruby": true, "s": true, "samp": true, "search": true,
	"section": true, "small": true, "strong": true, "sub": true, "summary": true, "sup": true,
	"u": true, "var": true, "wbr": true, "center": true, "nobr": true, "tt": true, "big": true,
	"strike": true, "acronym": true, "noframes": true, "noembed": true, "plaintext": true,
}

// constructible are the interfaces script may construct with new.
var constructible = map[string]bool{"Event": true, "UIEvent": true, "MouseEvent": true, "CustomEvent": true,
	"KeyboardEvent": true, "InputEvent": true}

// installInterfaces creates the interface objects and their prototypes and
// defines their members.
func (js *jsRuntime) installInterfaces() {
	vm := js.vm
	global := vm.GlobalObject()
	for _, iface := range jsInterfaces {
		js.defineInterface(iface.name, iface.parent)
	}
	// DOMException inherits from Error.prototype.
	errProto := global.Get("Error").ToObject(vm).Get("prototype").ToObject(vm)
	js.defineInterface("DOMException", "")
	_ = js.protos["DOMException"].SetPrototype(errProto)

	js.installEventTarget()
	js.installNode()
	js.installElement()
	js.installHTMLElements()
	js.installEvents()
	js.installStyle()
	js.installCollections()
	js.installObservers()
	js.installStyleSheets()
}

// defineInterface creates an interface object (a function whose prototype
// property is the interface prototype object) as a global.
//
// https://webidl.spec.whatwg.org/#interface-object
func (js *jsRuntime) defineInterface(name, parent string) {
	vm := js.vm
	proto := vm.NewObject()
	if parent != "" {
		_ = proto.SetPrototype(js.protos[parent])
	}
	var ctor *goja.Object
	if constructible[name] {
		ctor = vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
			return js.constructEvent(name, call)
		}).ToObject(vm)
	} else {
		ctor = vm.ToValue(func(goja.FunctionCall) goja.Value {
			panic(vm.NewTypeError("Illegal constructor"))
		}).ToObject(vm)
	}
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	if sym := goja.SymToStringTag; sym != nil {
		_ = proto.DefineDataPropertySymbol(sym, vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	js.protos[name] = proto
	js.ctors[name] = ctor
	_ = vm.GlobalObject().DefineDataProperty(name, ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	if install := interfaceMembers[name]; install != nil {
		install(js, proto)
	}
}

// interfaceMembers install the members of interfaces defined in the
// bindings' own files when the interface is created (for the lazy HTML
// element interfaces, on first use).
var interfaceMembers = map[string]func(*jsRuntime, *goja.Object){
	"HTMLFormElement": (*jsRuntime).installFormMembers,
}

// interfaceOf returns the name of the most derived interface of a node.
func interfaceOf(n *dom.Node) string {
	switch n.Type {
	case dom.DocumentNode:
		return "HTMLDocument"
	case dom.DocumentFragmentNode:
		return "DocumentFragment"
	case dom.DoctypeNode:
		return "DocumentType"
	case dom.TextNode:
		return "Text"
	case dom.CommentNode:
		return "Comment"
	}
	switch n.Namespace {
	case dom.HTMLNamespace:
		if name, ok := htmlElementInterfaces[n.Tag]; ok {
			return name
		}
		if plainHTMLElements[n.Tag] || strings.Contains(n.Tag, "-") {
			return "HTMLElement"
		}
		return "HTMLUnknownElement"
	case dom.SVGNamespace:
		// TODO(spec): the SVG element interfaces by tag.
		return "SVGElement"
	}
	return "Element"
}

// wrap returns the node's wrapper object (creating it once: one wrapper per
// node), or null for nil.
func (js *jsRuntime) wrap(n *dom.Node) goja.Value {
	if n == nil {
		return goja.Null()
	}
	return js.wrapObject(n)
}

func (js *jsRuntime) wrapObject(n *dom.Node) *goja.Object {
	if o, ok := n.Wrapper.(*goja.Object); ok && js.nodes[o] == n {
		return o
	}
	if n.Type == dom.DocumentNode && n == js.p.doc.Root && js.document != nil {
		return js.document
	}
	o := js.vm.CreateObject(js.interfaceProto(interfaceOf(n)))
	n.Wrapper = o
	js.nodes[o] = n
	return o
}

// nodeArg returns the node a value wraps, or nil when it wraps none.
func (js *jsRuntime) nodeArg(v goja.Value) *dom.Node {
	if o, ok := v.(*goja.Object); ok {
		return js.nodes[o]
	}
	return nil
}

// mustNode returns the node v wraps, or throws a TypeError.
func (js *jsRuntime) mustNode(v goja.Value, what string) *dom.Node {
	n := js.nodeArg(v)
	if n == nil {
		panic(js.vm.NewTypeError(what + " is not of type 'Node'"))
	}
	return n
}

// throwDOMException throws a DOMException with the given name.
//
// https://webidl.spec.whatwg.org/#idl-DOMException
func (js *jsRuntime) throwDOMException(name, msg string) {
	o := js.vm.CreateObject(js.protos["DOMException"])
	_ = o.Set("name", name)
	_ = o.Set("message", msg)
	panic(o)
}

// check turns a dom mutation error into the DOMException the DOM standard
// throws.
func (js *jsRuntime) check(err error) {
	switch {
	case err == nil:
	case errors.Is(err, dom.ErrHierarchy):
		js.throwDOMException("HierarchyRequestError", err.Error())
	case errors.Is(err, dom.ErrNotFound):
		js.throwDOMException("NotFoundError", err.Error())
	default:
		js.throwDOMException("SyntaxError", err.Error())
	}
}

// define helpers: members on a prototype, reading the node from this.

func (js *jsRuntime) method(o *goja.Object, name string, fn func(goja.FunctionCall) goja.Value) {
	_ = o.DefineDataProperty(name, js.vm.ToValue(fn), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (js *jsRuntime) accessor(o *goja.Object, name string, get func(goja.FunctionCall) goja.Value, set func(goja.FunctionCall) goja.Value) {
	var setter goja.Value
	if set != nil {
		setter = js.vm.ToValue(set)
	}
	_ = o.DefineAccessorProperty(name, js.vm.ToValue(get), setter, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// thisNode returns the node a method was called on, or throws.
func (js *jsRuntime) thisNode(call goja.FunctionCall) *dom.Node {
	if o, ok := call.This.(*goja.Object); ok {
		if n := js.nodes[o]; n != nil {
			return n
		}
	}
	panic(js.vm.NewTypeError("Illegal invocation"))
}

// nodeGetter defines a read-only attribute computed from the node.
func (js *jsRuntime) nodeGetter(o *goja.Object, name string, get func(*dom.Node) goja.Value) {
	js.accessor(o, name, func(call goja.FunctionCall) goja.Value { return get(js.thisNode(call)) }, nil)
}

// nodeAttr defines a read-write attribute on the node.
func (js *jsRuntime) nodeAttr(o *goja.Object, name string, get func(*dom.Node) goja.Value, set func(*dom.Node, goja.Value)) {
	js.accessor(o, name,
		func(call goja.FunctionCall) goja.Value { return get(js.thisNode(call)) },
		func(call goja.FunctionCall) goja.Value {
			set(js.thisNode(call), call.Argument(0))
			return goja.Undefined()
		})
}

// nodeMethod defines an operation on the node.
func (js *jsRuntime) nodeMethod(o *goja.Object, name string, fn func(*dom.Node, goja.FunctionCall) goja.Value) {
	js.method(o, name, func(call goja.FunctionCall) goja.Value { return fn(js.thisNode(call), call) })
}

// reflect defines an attribute reflecting a content attribute as a string.
//
// https://html.spec.whatwg.org/multipage/common-dom-interfaces.html#reflecting-content-attributes-in-idl-attributes
func (js *jsRuntime) reflect(o *goja.Object, name, attr string) {
	js.nodeAttr(o, name,
		func(n *dom.Node) goja.Value { return js.vm.ToValue(n.AttrOr(attr, "")) },
		func(n *dom.Node, v goja.Value) { js.setAttr(n, attr, v.String()) })
}

// reflectBool defines a boolean attribute reflecting a content attribute's
// presence.
func (js *jsRuntime) reflectBool(o *goja.Object, name, attr string) {
	js.nodeAttr(o, name,
		func(n *dom.Node) goja.Value { return js.vm.ToValue(n.HasAttr(attr)) },
		func(n *dom.Node, v goja.Value) {
			if v.ToBoolean() {
				js.setAttr(n, attr, "")
			} else {
				js.removeAttr(n, attr)
			}
		})
}

// reflectURL defines a URL-valued reflecting attribute: the content
// attribute resolved against the base URL.
func (js *jsRuntime) reflectURL(o *goja.Object, name, attr string) {
	js.nodeAttr(o, name,
		func(n *dom.Node) goja.Value {
			v, ok := n.Attr(attr)
			if !ok {
				return js.vm.ToValue("")
			}
			if u := js.p.resolve(v); u != nil {
				return js.vm.ToValue(u.String())
			}
			return js.vm.ToValue(v)
		},
		func(n *dom.Node, v goja.Value) { js.setAttr(n, attr, v.String()) })
}

// stringOrNull converts a nullable DOMString argument: null and undefined
// become "".
func stringOrNull(v goja.Value) string {
	if v == nil || goja.IsNull(v) || goja.IsUndefined(v) {
		return ""
	}
	return v.String()
}
