package dom

import (
	"errors"
	"strings"
)

// DirtyBits record why a node needs work in the next update (DESIGN.md §5).
// Mutations set the bits on the node they touch and ChildDirty on every
// ancestor, so an update can find the dirty nodes from the root.
type DirtyBits uint8

const (
	// StyleDirty: the node's computed style must be recomputed (an attribute
	// changed, or it was inserted).
	StyleDirty DirtyBits = 1 << iota
	// TreeDirty: the node's box subtree must be rebuilt (children changed).
	TreeDirty
	// LayoutDirty: the node's geometry must be recomputed (text changed).
	LayoutDirty
	// ChildDirty: some descendant has dirty bits.
	ChildDirty
)

// ErrHierarchy is returned by mutations that would make a node its own
// ancestor or give a node to a parent that cannot hold it. It matches the
// DOM standard's HierarchyRequestError.
var ErrHierarchy = errors.New("dom: hierarchy request error")

// ErrNotFound is returned when a reference child is not a child of the
// parent, as the DOM standard's NotFoundError.
var ErrNotFound = errors.New("dom: node not found")

// MarkDirty sets bits on n, ChildDirty on its ancestors, and bumps the
// document's version.
func (n *Node) MarkDirty(bits DirtyBits) {
	n.Dirty |= bits
	for p := n.Parent; p != nil && p.Dirty&ChildDirty == 0; p = p.Parent {
		p.Dirty |= ChildDirty
	}
	if n.doc != nil {
		n.doc.version++
	}
}

// ClearDirty clears the dirty bits of n and all its descendants.
func (n *Node) ClearDirty() {
	n.Walk(func(c *Node) bool {
		if c.Dirty == 0 {
			return false
		}
		c.Dirty = 0
		return true
	})
}

// AppendChild appends c as the last child of n, first removing it from its
// old parent. It returns c.
func (n *Node) AppendChild(c *Node) (*Node, error) {
	return n.InsertBefore(c, nil)
}

// InsertBefore inserts c before ref among n's children (at the end when ref is
// nil), first removing c from its old parent. Inserting a document fragment
// moves the fragment's children. It returns c.
func (n *Node) InsertBefore(c, ref *Node) (*Node, error) {
	if c == nil {
		return nil, ErrHierarchy
	}
	if ref != nil && ref.Parent != n {
		return nil, ErrNotFound
	}
	if c.Contains(n) || c.Type == DocumentNode || !n.canHaveChildren() {
		return nil, ErrHierarchy
	}
	if c.Type == DocumentFragmentNode {
		for f := c.FirstChild; f != nil; f = c.FirstChild {
			c.unlink(f)
			n.link(f, ref)
		}
		n.MarkDirty(TreeDirty)
		return c, nil
	}
	if ref == c {
		ref = c.NextSibling
	}
	if c.Parent != nil {
		old := c.Parent
		old.unlink(c)
		old.MarkDirty(TreeDirty)
	}
	n.link(c, ref)
	c.adopt(n.doc)
	if n.doc != nil {
		n.doc.idsValid = false
	}
	c.MarkDirty(StyleDirty)
	n.MarkDirty(TreeDirty)
	return c, nil
}

// RemoveChild removes c from n's children and returns it.
func (n *Node) RemoveChild(c *Node) (*Node, error) {
	if c == nil || c.Parent != n {
		return nil, ErrNotFound
	}
	n.unlink(c)
	n.MarkDirty(TreeDirty)
	return c, nil
}

// ReplaceChild replaces old with c among n's children and returns old.
func (n *Node) ReplaceChild(c, old *Node) (*Node, error) {
	if old == nil || old.Parent != n {
		return nil, ErrNotFound
	}
	if c == old {
		return old, nil
	}
	ref := old.NextSibling
	if ref == c {
		ref = c.NextSibling
	}
	if _, err := n.RemoveChild(old); err != nil {
		return nil, err
	}
	if _, err := n.InsertBefore(c, ref); err != nil {
		// Put the old child back: a failed replace changes nothing.
		n.link(old, ref)
		return nil, err
	}
	return old, nil
}

func (n *Node) canHaveChildren() bool {
	switch n.Type {
	case ElementNode, DocumentNode, DocumentFragmentNode:
		return true
	}
	return false
}

// link inserts c before ref (or at the end) without any checks.
func (n *Node) link(c, ref *Node) {
	c.Parent = n
	if ref == nil {
		c.PrevSibling = n.LastChild
		if n.LastChild != nil {
			n.LastChild.NextSibling = c
		} else {
			n.FirstChild = c
		}
		n.LastChild = c
		return
	}
	c.NextSibling = ref
	c.PrevSibling = ref.PrevSibling
	if ref.PrevSibling != nil {
		ref.PrevSibling.NextSibling = c
	} else {
		n.FirstChild = c
	}
	ref.PrevSibling = c
}

func (n *Node) unlink(c *Node) {
	if c.PrevSibling != nil {
		c.PrevSibling.NextSibling = c.NextSibling
	} else {
		n.FirstChild = c.NextSibling
	}
	if c.NextSibling != nil {
		c.NextSibling.PrevSibling = c.PrevSibling
	} else {
		n.LastChild = c.PrevSibling
	}
	c.Parent, c.PrevSibling, c.NextSibling = nil, nil, nil
}

func (n *Node) adopt(d *Document) {
	if n.doc == d {
		return
	}
	n.Walk(func(c *Node) bool { c.doc = d; return true })
}

// SetAttr sets the attribute name (in no namespace) to value, adding it when
// absent. HTML element attribute names are lower-cased.
func (n *Node) SetAttr(name, value string) {
	if n.Type != ElementNode {
		return
	}
	if n.Namespace == HTMLNamespace {
		name = strings.ToLower(name)
	}
	for i := range n.Attrs {
		if n.Attrs[i].Name == name && n.Attrs[i].Namespace == "" {
			if n.Attrs[i].Value == value {
				return
			}
			n.Attrs[i].Value = value
			n.attrChanged(name)
			return
		}
	}
	n.Attrs = append(n.Attrs, Attr{Name: name, Value: value})
	n.attrChanged(name)
}

// RemoveAttr removes the attribute name (in no namespace) if present.
func (n *Node) RemoveAttr(name string) {
	if n.Namespace == HTMLNamespace {
		name = strings.ToLower(name)
	}
	for i := range n.Attrs {
		if n.Attrs[i].Name == name && n.Attrs[i].Namespace == "" {
			n.Attrs = append(n.Attrs[:i:i], n.Attrs[i+1:]...)
			n.attrChanged(name)
			return
		}
	}
}

func (n *Node) attrChanged(name string) {
	if n.doc != nil && name == "id" {
		n.doc.idsValid = false
	}
	// Any attribute can change which selectors match this element and its
	// later siblings (through sibling combinators), so restyle from the parent.
	n.MarkDirty(StyleDirty)
	if p := n.Parent; p != nil {
		p.MarkDirty(StyleDirty)
	}
}

// SetData replaces the text of a text or comment node.
func (n *Node) SetData(s string) {
	if n.Data == s {
		return
	}
	n.Data = s
	if n.Type == TextNode {
		n.MarkDirty(LayoutDirty)
		if p := n.Parent; p != nil {
			p.MarkDirty(TreeDirty)
		}
	}
}

// SetTextContent replaces all children of n with one text node holding s (or
// no child when s is empty), as the DOM's textContent setter does. On text
// and comment nodes it sets the data.
func (n *Node) SetTextContent(s string) {
	switch n.Type {
	case TextNode, CommentNode:
		n.SetData(s)
		return
	case ElementNode, DocumentFragmentNode:
	default:
		return
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.unlink(c)
	}
	if s != "" {
		t := &Node{Type: TextNode, Data: s, doc: n.doc}
		n.link(t, nil)
	}
	n.MarkDirty(TreeDirty)
}

// Clone returns a copy of n without a parent; with deep it copies the
// descendants too.
func (n *Node) Clone(deep bool) *Node {
	c := &Node{Type: n.Type, Namespace: n.Namespace, Tag: n.Tag, Data: n.Data, doc: n.doc}
	if n.Attrs != nil {
		c.Attrs = append([]Attr(nil), n.Attrs...)
	}
	if deep {
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			c.link(k.Clone(true), nil)
		}
	}
	return c
}
