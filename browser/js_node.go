package browser

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// installNode defines the Node, CharacterData and DocumentFragment members.
//
// https://dom.spec.whatwg.org/#interface-node
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installNode() {
	vm := js.vm
	node := js.protos["Node"]
	for _, c := range []struct {
		name string
		v    int
	}{{"ELEMENT_NODE", 1}, {"ATTRIBUTE_NODE", 2}, {"TEXT_NODE", 3}, {"CDATA_SECTION_NODE", 4},
		{"PROCESSING_INSTRUCTION_NODE", 7}, {"COMMENT_NODE", 8}, {"DOCUMENT_NODE", 9},
		{"DOCUMENT_TYPE_NODE", 10}, {"DOCUMENT_FRAGMENT_NODE", 11}} {
		_ = node.DefineDataProperty(c.name, vm.ToValue(c.v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = js.ctors["Node"].DefineDataProperty(c.name, vm.ToValue(c.v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	js.nodeGetter(node, "nodeType", func(n *dom.Node) goja.Value { return vm.ToValue(int(n.Type)) })
	js.nodeGetter(node, "nodeName", func(n *dom.Node) goja.Value { return vm.ToValue(nodeName(n)) })
	js.nodeAttr(node, "nodeValue", func(n *dom.Node) goja.Value {
		if n.Type == dom.TextNode || n.Type == dom.CommentNode {
			return vm.ToValue(n.Data)
		}
		return goja.Null()
	}, func(n *dom.Node, v goja.Value) {
		if n.Type == dom.TextNode || n.Type == dom.CommentNode {
			js.setData(n, stringOrNull(v))
		}
	})
	js.nodeGetter(node, "parentNode", func(n *dom.Node) goja.Value { return js.wrap(n.Parent) })
	js.nodeGetter(node, "parentElement", func(n *dom.Node) goja.Value { return js.wrap(n.ParentElement()) })
	js.nodeGetter(node, "firstChild", func(n *dom.Node) goja.Value { return js.wrap(n.FirstChild) })
	js.nodeGetter(node, "lastChild", func(n *dom.Node) goja.Value { return js.wrap(n.LastChild) })
	js.nodeGetter(node, "nextSibling", func(n *dom.Node) goja.Value { return js.wrap(n.NextSibling) })
	js.nodeGetter(node, "previousSibling", func(n *dom.Node) goja.Value { return js.wrap(n.PrevSibling) })
	js.nodeGetter(node, "childNodes", func(n *dom.Node) goja.Value { return js.liveCollection(n, listChildNodes, "") })
	js.nodeGetter(node, "isConnected", func(n *dom.Node) goja.Value { return vm.ToValue(js.connected(n)) })
	js.nodeGetter(node, "ownerDocument", func(n *dom.Node) goja.Value {
		if n.Type == dom.DocumentNode {
			return goja.Null()
		}
		return js.document
	})
	js.nodeAttr(node, "textContent", func(n *dom.Node) goja.Value {
		if n.Type == dom.DocumentNode || n.Type == dom.DoctypeNode {
			return goja.Null()
		}
		return vm.ToValue(n.TextContent())
	}, func(n *dom.Node, v goja.Value) { js.setTextContent(n, stringOrNull(v)) })
	js.nodeMethod(node, "hasChildNodes", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		return vm.ToValue(n.FirstChild != nil)
	})
	js.nodeMethod(node, "appendChild", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.insert(n, js.mustNode(call.Argument(0), "parameter 1"), nil)
		return call.Argument(0)
	})
	js.nodeMethod(node, "insertBefore", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		c := js.mustNode(call.Argument(0), "parameter 1")
		js.insert(n, c, js.nodeArg(call.Argument(1)))
		return call.Argument(0)
	})
	js.nodeMethod(node, "removeChild", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		c := js.mustNode(call.Argument(0), "parameter 1")
		js.check(js.removeChild(n, c))
		return call.Argument(0)
	})
	js.nodeMethod(node, "replaceChild", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		c := js.mustNode(call.Argument(0), "parameter 1")
		js.replace(n, c, js.mustNode(call.Argument(1), "parameter 2"))
		return call.Argument(1)
	})
	js.nodeMethod(node, "cloneNode", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		if n.Type == dom.DocumentNode {
			js.throwDOMException("NotSupportedError", "cloning a document is not supported")
		}
		return js.wrap(n.Clone(call.Argument(0).ToBoolean()))
	})
	js.nodeMethod(node, "contains", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return vm.ToValue(n.Contains(js.nodeArg(call.Argument(0))))
	})
	js.nodeMethod(node, "getRootNode", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		for n.Parent != nil {
			n = n.Parent
		}
		return js.wrap(n)
	})
	js.nodeMethod(node, "isSameNode", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return vm.ToValue(js.nodeArg(call.Argument(0)) == n)
	})

	cd := js.protos["CharacterData"]
	js.nodeAttr(cd, "data", func(n *dom.Node) goja.Value { return vm.ToValue(n.Data) },
		func(n *dom.Node, v goja.Value) { js.setData(n, stringOrNull(v)) })
	js.nodeGetter(cd, "length", func(n *dom.Node) goja.Value { return vm.ToValue(utf16Len(n.Data)) })
	js.installChildNode(cd)
	js.installParentNode(js.protos["DocumentFragment"])
	js.installParentNode(js.protos["Document"])
}

// utf16Len returns the length of s in UTF-16 code units, which DOM
// lengths count.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// nodeName returns the DOM's nodeName
// (https://dom.spec.whatwg.org/#dom-node-nodename).
func nodeName(n *dom.Node) string {
	switch n.Type {
	case dom.ElementNode:
		return qualifiedNameUpper(n)
	case dom.TextNode:
		return "#text"
	case dom.CommentNode:
		return "#comment"
	case dom.DocumentNode:
		return "#document"
	case dom.DocumentFragmentNode:
		return "#document-fragment"
	}
	return n.Data
}

// qualifiedNameUpper is the element's HTML-uppercased qualified name: upper
// case for HTML elements in an HTML document
// (https://dom.spec.whatwg.org/#element-html-uppercased-qualified-name).
func qualifiedNameUpper(n *dom.Node) string {
	if n.Namespace == dom.HTMLNamespace && (n.OwnerDocument() == nil || !n.OwnerDocument().IsXML()) {
		return strings.ToUpper(n.Tag)
	}
	return n.Tag
}

// children returns n's children, or only its element children.
func children(n *dom.Node, elementsOnly bool) []*dom.Node {
	var out []*dom.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !elementsOnly || c.Type == dom.ElementNode {
			out = append(out, c)
		}
	}
	return out
}

// connected reports whether n is in the page's document
// (https://dom.spec.whatwg.org/#connected).
func (js *jsRuntime) connected(n *dom.Node) bool {
	for n.Parent != nil {
		n = n.Parent
	}
	return n == js.p.doc.Root
}

// nodesToNode implements "convert nodes into a node": strings become text
// nodes, and several nodes are gathered in a fragment.
//
// https://dom.spec.whatwg.org/#converting-nodes-into-a-node
func (js *jsRuntime) nodesToNode(args []goja.Value) *dom.Node {
	nodes := make([]*dom.Node, 0, len(args))
	for _, a := range args {
		if n := js.nodeArg(a); n != nil {
			nodes = append(nodes, n)
			continue
		}
		nodes = append(nodes, js.p.doc.CreateTextNode(a.String()))
	}
	if len(nodes) == 1 {
		return nodes[0]
	}
	frag := js.p.doc.CreateDocumentFragment()
	for _, n := range nodes {
		_, err := frag.AppendChild(n)
		js.check(err)
	}
	return frag
}

// installParentNode defines the ParentNode mixin
// (https://dom.spec.whatwg.org/#interface-parentnode).
func (js *jsRuntime) installParentNode(o *goja.Object) {
	vm := js.vm
	js.nodeGetter(o, "children", func(n *dom.Node) goja.Value { return js.liveCollection(n, listChildren, "") })
	js.nodeGetter(o, "childElementCount", func(n *dom.Node) goja.Value { return vm.ToValue(len(children(n, true))) })
	js.nodeGetter(o, "firstElementChild", func(n *dom.Node) goja.Value { return js.wrap(n.FirstElementChild()) })
	js.nodeGetter(o, "lastElementChild", func(n *dom.Node) goja.Value {
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == dom.ElementNode {
				return js.wrap(c)
			}
		}
		return goja.Null()
	})
	js.nodeMethod(o, "append", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.insert(n, js.nodesToNode(call.Arguments), nil)
		return goja.Undefined()
	})
	js.nodeMethod(o, "prepend", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		js.insert(n, js.nodesToNode(call.Arguments), n.FirstChild)
		return goja.Undefined()
	})
	js.nodeMethod(o, "replaceChildren", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		c := js.nodesToNode(call.Arguments)
		js.setTextContent(n, "")
		js.insert(n, c, nil)
		return goja.Undefined()
	})
	js.nodeMethod(o, "querySelector", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		m, err := n.QuerySelector(call.Argument(0).String())
		js.selectorError(err)
		return js.wrap(m)
	})
	js.nodeMethod(o, "querySelectorAll", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		m, err := n.QuerySelectorAll(call.Argument(0).String())
		js.selectorError(err)
		return js.nodeList(m)
	})
	js.nodeMethod(o, "getElementById", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if n.Type == dom.DocumentNode {
			return js.wrap(js.elementByID(id))
		}
		return js.wrap(findElement(n, func(e *dom.Node) bool { return e.ID() == id && id != "" }))
	})
	js.nodeMethod(o, "getElementsByTagName", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return js.liveCollection(n, listTagName, call.Argument(0).String())
	})
	js.nodeMethod(o, "getElementsByClassName", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return js.liveCollection(n, listClassName, call.Argument(0).String())
	})
}

// installChildNode defines the ChildNode mixin
// (https://dom.spec.whatwg.org/#interface-childnode).
func (js *jsRuntime) installChildNode(o *goja.Object) {
	js.nodeMethod(o, "remove", func(n *dom.Node, _ goja.FunctionCall) goja.Value {
		if n.Parent != nil {
			_ = js.removeChild(n.Parent, n)
		}
		return goja.Undefined()
	})
	js.nodeMethod(o, "before", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		if parent := n.Parent; parent != nil {
			js.insert(parent, js.nodesToNode(call.Arguments), n)
		}
		return goja.Undefined()
	})
	js.nodeMethod(o, "after", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		if parent := n.Parent; parent != nil {
			js.insert(parent, js.nodesToNode(call.Arguments), n.NextSibling)
		}
		return goja.Undefined()
	})
	js.nodeMethod(o, "replaceWith", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		if parent := n.Parent; parent != nil {
			js.replace(parent, js.nodesToNode(call.Arguments), n)
		}
		return goja.Undefined()
	})
	js.nodeGetter(o, "nextElementSibling", func(n *dom.Node) goja.Value { return js.wrap(n.NextElementSibling()) })
	js.nodeGetter(o, "previousElementSibling", func(n *dom.Node) goja.Value {
		return js.wrap(n.PreviousElementSibling())
	})
}

func (js *jsRuntime) selectorError(err error) {
	if err != nil {
		js.throwDOMException("SyntaxError", err.Error())
	}
}

// findElement returns the first element descendant of root (not root)
// satisfying pred.
func findElement(root *dom.Node, pred func(*dom.Node) bool) *dom.Node {
	var found *dom.Node
	root.Walk(func(n *dom.Node) bool {
		if found != nil {
			return false
		}
		if n != root && n.Type == dom.ElementNode && pred(n) {
			found = n
		}
		return true
	})
	return found
}
