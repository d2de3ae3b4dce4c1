package dom

import (
	"errors"
	"strings"
)

// DirtyBits record why a node needs work in the next update (DESIGN.md §5).
// Mutations set the bits on the node they touch and ChildDirty on every
// ancestor, so an update can find the dirty nodes from the root. The bits
// say what changed, not what it invalidates: which other elements a change
// restyles depends on the style sheets' selectors (see
// Selector.Invalidation), which dom does not know.
type DirtyBits uint8

const (
	// StyleDirty: the element's own style inputs changed (an attribute or
	// its page state): its computed style must be recomputed, and the
	// styles of the elements whose selectors look at it (descendants,
	// later siblings) may change.
	StyleDirty DirtyBits = 1 << iota
	// TreeDirty: the node's children changed (inserted, removed, text
	// data): its box subtree must be rebuilt, and the styles of selectors
	// that count or test children (:nth-child(), :empty) may change.
	TreeDirty
	// LayoutDirty: the node's geometry must be recomputed (text changed).
	LayoutDirty
	// ChildDirty: some descendant has dirty bits.
	ChildDirty
	// SubtreeDirty: the node was inserted (or moved): it and every
	// descendant need a style, whatever they had before.
	SubtreeDirty
	// ChildListDirty: children were inserted or removed (set with
	// TreeDirty, which a text change sets alone): element siblings moved.
	ChildListDirty
	// StateDirty: the page state that user-action pseudo-classes see
	// changed on the element (or, for :hover, :active and :focus-within,
	// on a descendant); its attributes did not.
	StateDirty
	// InlineStyleDirty: the element's style attribute changed. Only
	// [style] attribute selectors see it; its other effects go through
	// the element's computed style.
	InlineStyleDirty
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
			f.adopt(n.doc)
			f.MarkDirty(StyleDirty | SubtreeDirty)
		}
		if n.doc != nil {
			n.doc.idsValid = false
		}
		n.MarkDirty(TreeDirty | ChildListDirty)
		return c, nil
	}
	if ref == c {
		ref = c.NextSibling
	}
	if c.Parent != nil {
		old := c.Parent
		old.unlink(c)
		old.MarkDirty(TreeDirty | ChildListDirty)
	}
	n.link(c, ref)
	c.adopt(n.doc)
	if n.doc != nil {
		n.doc.idsValid = false
	}
	c.MarkDirty(StyleDirty | SubtreeDirty)
	n.MarkDirty(TreeDirty | ChildListDirty)
	return c, nil
}

// RemoveChild removes c from n's children and returns it.
func (n *Node) RemoveChild(c *Node) (*Node, error) {
	if c == nil || c.Parent != n {
		return nil, ErrNotFound
	}
	n.unlink(c)
	n.MarkDirty(TreeDirty | ChildListDirty)
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
	defer statesMoved(n, c)
	noteStyleSources(n, c)
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
	defer statesMoved(n, c)
	noteStyleSources(n, c)
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
	if isStyleSource(n) && n.doc != nil {
		n.doc.styleSources++
	}
	// Any attribute can change which selectors match this element; the
	// restyle decides from the selectors which other elements (later
	// siblings, descendants) it reaches.
	if name == "style" {
		n.MarkDirty(InlineStyleDirty)
		return
	}
	n.MarkDirty(StyleDirty)
}

// SetData replaces the text of a text or comment node.
func (n *Node) SetData(s string) {
	if n.Data == s {
		return
	}
	n.Data = s
	if p := n.Parent; p != nil && isStyleSource(p) && n.doc != nil {
		n.doc.styleSources++
	}
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
	n.MarkDirty(TreeDirty | ChildListDirty)
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

// SelectorDeps says which mutations outside an element can change whether a
// selector matches it, for style invalidation: a restyle that knows the
// selectors of its style sheets restyles only the elements a mutation can
// reach (https://drafts.csswg.org/selectors-4/#invalidation is informal;
// browsers keep such summaries per style sheet).
type SelectorDeps uint8

const (
	// DependsOnAncestors: a descendant or child combinator, :lang() or
	// :dir(); a change to an element's attributes or state can change
	// the match of its descendants.
	DependsOnAncestors SelectorDeps = 1 << iota
	// DependsOnSiblings: a sibling combinator or :nth-child(… of S); a
	// change to an element's attributes or state can change the match of
	// its later siblings (and their descendants).
	DependsOnSiblings
	// DependsOnPosition: :first-child, :nth-child() and the other
	// pseudo-classes that count siblings; inserting or removing a child
	// can change the match of all its siblings.
	DependsOnPosition
	// DependsOnChildren: :empty; a change to an element's children can
	// change its own match.
	DependsOnChildren
	// DependsOnDescendants: :has(); a change anywhere below or after an
	// element can change its match.
	DependsOnDescendants
	// DependsOnOthersState: a user-action or location pseudo-class
	// (:hover, :focus, :target, ...) in a compound left of a combinator;
	// a change of an element's page state can change the match of its
	// descendants and later siblings.
	DependsOnOthersState
	// ReadsStyleAttribute: an attribute selector on the style attribute;
	// a change of it is then an attribute change like any other.
	ReadsStyleAttribute
)

// Invalidation returns what the selector's match depends on besides the
// subject element's own tag, attributes and state, nested selector lists
// (:is(), :not(), :where(), :has(), :nth-child(of S)) included.
func (s *Selector) Invalidation() SelectorDeps {
	var d SelectorDeps
	for _, c := range s.combinators {
		switch c {
		case Descendant, Child:
			d |= DependsOnAncestors
		default:
			d |= DependsOnSiblings
		}
	}
	for i := range s.compounds {
		for j := range s.compounds[i].simple {
			sm := &s.compounds[i].simple[j]
			d |= sm.invalidation()
			if i < len(s.compounds)-1 && sm.readsState() {
				d |= DependsOnOthersState
			}
		}
	}
	return d
}

// readsState reports whether a simple selector, or one nested in it,
// is a user-action or location pseudo-class.
func (sm *simple) readsState() bool {
	if sm.kind != simplePseudo {
		return false
	}
	switch sm.name {
	case "hover", "active", "focus", "focus-within", "focus-visible", "target":
		return true
	}
	for _, sel := range sm.list {
		for i := range sel.compounds {
			for j := range sel.compounds[i].simple {
				if sel.compounds[i].simple[j].readsState() {
					return true
				}
			}
		}
	}
	return false
}

func (sm *simple) invalidation() SelectorDeps {
	var d SelectorDeps
	if sm.kind == simpleAttr && sm.lname == "style" {
		d |= ReadsStyleAttribute
	}
	if sm.kind == simplePseudo {
		switch sm.name {
		case "has":
			d |= DependsOnDescendants
		case "lang", "dir":
			// The nearest lang or dir attribute up the tree. (:hover,
			// :active and :focus-within look down the tree, but SetState
			// marks the ancestors of the element with the state dirty.)
			d |= DependsOnAncestors
		case "empty":
			d |= DependsOnChildren
		case "first-child", "last-child", "only-child", "first-of-type", "last-of-type", "only-of-type",
			"nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
			d |= DependsOnPosition
			if len(sm.list) > 0 {
				d |= DependsOnSiblings // :nth-child(An+B of S) tests the siblings
			}
		}
	}
	for _, sel := range sm.list {
		d |= sel.Invalidation()
	}
	return d
}
