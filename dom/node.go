package dom

import "strings"

// NodeType says what kind of node a Node is. The values are the DOM
// standard's nodeType constants.
type NodeType uint8

// The node types, numbered as in https://dom.spec.whatwg.org/#dom-node-nodetype.
const (
	ElementNode          NodeType = 1
	TextNode             NodeType = 3
	CommentNode          NodeType = 8
	DocumentNode         NodeType = 9
	DoctypeNode          NodeType = 10
	DocumentFragmentNode NodeType = 11
)

// Namespaces an element can be in.
const (
	HTMLNamespace   = "http://www.w3.org/1999/xhtml"
	SVGNamespace    = "http://www.w3.org/2000/svg"
	MathMLNamespace = "http://www.w3.org/1998/Math/MathML"
)

// Attr is one attribute of an element. Names of attributes on HTML elements
// are lower case.
type Attr struct {
	Namespace string
	Name      string
	Value     string
}

// Node is one node of the tree: an element, a text or comment node, a
// doctype, the document itself or a fragment. One struct serves all kinds, as
// html.Node does, so that tree walks need no type switches; the fields that do
// not apply to a kind stay zero.
//
// Tree links must only be changed through the mutation methods, which keep
// them consistent and set dirty bits.
type Node struct {
	Type NodeType

	// Parent, FirstChild, LastChild, PrevSibling and NextSibling link the tree.
	Parent, FirstChild, LastChild, PrevSibling, NextSibling *Node

	// Namespace is the element's namespace URI (HTMLNamespace for HTML
	// elements, including XHTML ones).
	Namespace string
	// Tag is the element's local name, lower case for HTML elements.
	Tag string
	// Attrs are the element's attributes in source order.
	Attrs []Attr
	// Data is the text of a text or comment node, and the name of a doctype.
	Data string

	// Dirty holds the node's dirty bits; see DirtyBits.
	Dirty DirtyBits

	// Wrapper is a slot for the script binding of this node, owned by
	// package browser. dom never reads it.
	Wrapper any

	doc *Document
}

// OwnerDocument returns the document the node belongs to, or nil.
func (n *Node) OwnerDocument() *Document { return n.doc }

// IsElement reports whether n is an element.
func (n *Node) IsElement() bool { return n != nil && n.Type == ElementNode }

// IsHTML reports whether n is an element in the HTML namespace with the given
// local name (lower case).
func (n *Node) IsHTML(tag string) bool {
	return n != nil && n.Type == ElementNode && n.Tag == tag && n.Namespace == HTMLNamespace
}

// Attr returns the value of the attribute named name (in no namespace) and
// whether it is present. For HTML elements name must be lower case.
func (n *Node) Attr(name string) (string, bool) {
	for i := range n.Attrs {
		if n.Attrs[i].Name == name && n.Attrs[i].Namespace == "" {
			return n.Attrs[i].Value, true
		}
	}
	return "", false
}

// AttrOr returns the value of the attribute name, or def when it is absent.
func (n *Node) AttrOr(name, def string) string {
	if v, ok := n.Attr(name); ok {
		return v
	}
	return def
}

// HasAttr reports whether the element has an attribute named name.
func (n *Node) HasAttr(name string) bool {
	_, ok := n.Attr(name)
	return ok
}

// ID returns the element's id attribute.
func (n *Node) ID() string { v, _ := n.Attr("id"); return v }

// Classes returns the element's class names, split on ASCII white space.
func (n *Node) Classes() []string {
	v, ok := n.Attr("class")
	if !ok {
		return nil
	}
	return strings.FieldsFunc(v, isASCIISpace)
}

// HasClass reports whether the element's class list contains name.
func (n *Node) HasClass(name string) bool {
	v, ok := n.Attr("class")
	if !ok || name == "" {
		return false
	}
	for len(v) > 0 {
		i := strings.IndexFunc(v, isASCIISpace)
		var word string
		if i < 0 {
			word, v = v, ""
		} else {
			word, v = v[:i], v[i+1:]
		}
		if word == name {
			return true
		}
	}
	return false
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// ParentElement returns the parent if it is an element, or nil.
func (n *Node) ParentElement() *Node {
	if n.Parent != nil && n.Parent.Type == ElementNode {
		return n.Parent
	}
	return nil
}

// FirstElementChild returns the first child that is an element, or nil.
func (n *Node) FirstElementChild() *Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == ElementNode {
			return c
		}
	}
	return nil
}

// NextElementSibling returns the next sibling that is an element, or nil.
func (n *Node) NextElementSibling() *Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == ElementNode {
			return c
		}
	}
	return nil
}

// PreviousElementSibling returns the previous sibling that is an element, or nil.
func (n *Node) PreviousElementSibling() *Node {
	for c := n.PrevSibling; c != nil; c = c.PrevSibling {
		if c.Type == ElementNode {
			return c
		}
	}
	return nil
}

// TextContent returns the concatenated text of all text descendants, as the
// DOM's textContent getter does for elements and fragments.
func (n *Node) TextContent() string {
	switch n.Type {
	case TextNode, CommentNode:
		return n.Data
	case DocumentNode, DoctypeNode:
		return ""
	}
	var b strings.Builder
	n.walkText(&b)
	return b.String()
}

func (n *Node) walkText(b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case TextNode:
			b.WriteString(c.Data)
		case ElementNode, DocumentFragmentNode:
			c.walkText(b)
		}
	}
}

// Walk calls fn for n and each of its descendants in tree order (pre-order).
// When fn returns false the node's descendants are skipped. Walk does not
// recurse, so it is safe on arbitrarily deep trees.
func (n *Node) Walk(fn func(*Node) bool) {
	cur := n
	for cur != nil {
		descend := fn(cur)
		if descend && cur.FirstChild != nil {
			cur = cur.FirstChild
			continue
		}
		for cur != n && cur.NextSibling == nil {
			cur = cur.Parent
		}
		if cur == n {
			return
		}
		cur = cur.NextSibling
	}
}

// Contains reports whether other is n or a descendant of n.
func (n *Node) Contains(other *Node) bool {
	for ; other != nil; other = other.Parent {
		if other == n {
			return true
		}
	}
	return false
}
