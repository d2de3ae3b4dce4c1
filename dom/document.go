package dom

import "strings"

// Document is a parsed document: its root node and what was learned while
// loading it.
type Document struct {
	// Root is the DocumentNode at the top of the tree.
	Root *Node
	// URL is the document's address, used as the base for relative URLs
	// unless a <base href> says otherwise.
	URL string
	// ContentType is the MIME type the document was parsed as
	// ("text/html" or "application/xhtml+xml").
	ContentType string
	// Quirks reports whether the document is in quirks mode (no or an old
	// doctype, HTML only).
	Quirks bool

	version uint64
	// styleSources counts mutations of style sources (stylesources.go).
	styleSources uint64
	ids          map[string]*Node
	idsValid     bool
}

// NewDocument returns an empty document of the given content type.
func NewDocument(contentType string) *Document {
	d := &Document{ContentType: contentType}
	d.Root = &Node{Type: DocumentNode, doc: d}
	return d
}

// Version is a counter that every mutation of the document increments. Two
// equal versions mean no mutation happened in between.
func (d *Document) Version() uint64 { return d.version }

// IsXML reports whether the document was parsed as XML.
func (d *Document) IsXML() bool { return d.ContentType != "" && d.ContentType != "text/html" }

// CreateElement returns a new HTML element with the given local name, not yet
// in the tree.
func (d *Document) CreateElement(tag string) *Node {
	if !d.IsXML() {
		tag = strings.ToLower(tag)
	}
	return &Node{Type: ElementNode, Namespace: HTMLNamespace, Tag: tag, doc: d}
}

// CreateElementNS returns a new element in namespace ns, not yet in the tree.
func (d *Document) CreateElementNS(ns, tag string) *Node {
	return &Node{Type: ElementNode, Namespace: ns, Tag: tag, doc: d}
}

// CreateTextNode returns a new text node, not yet in the tree.
func (d *Document) CreateTextNode(s string) *Node {
	return &Node{Type: TextNode, Data: s, doc: d}
}

// CreateComment returns a new comment node, not yet in the tree.
func (d *Document) CreateComment(s string) *Node {
	return &Node{Type: CommentNode, Data: s, doc: d}
}

// CreateDocumentFragment returns a new, empty document fragment.
func (d *Document) CreateDocumentFragment() *Node {
	return &Node{Type: DocumentFragmentNode, doc: d}
}

// DocumentElement returns the root element (<html>), or nil.
func (d *Document) DocumentElement() *Node { return d.Root.FirstElementChild() }

// Head returns the <head> element, or nil.
func (d *Document) Head() *Node { return d.childOfRoot("head") }

// Body returns the <body> (or root <frameset>) element, or nil.
func (d *Document) Body() *Node {
	if b := d.childOfRoot("body"); b != nil {
		return b
	}
	return d.childOfRoot("frameset")
}

func (d *Document) childOfRoot(tag string) *Node {
	html := d.DocumentElement()
	if html == nil {
		return nil
	}
	for c := html.FirstChild; c != nil; c = c.NextSibling {
		if c.IsHTML(tag) {
			return c
		}
	}
	return nil
}

// Title returns the text of the first <title> element with white space
// stripped and collapsed, as document.title does.
func (d *Document) Title() string {
	var t *Node
	d.Root.Walk(func(n *Node) bool {
		if t != nil {
			return false
		}
		if n.Type == ElementNode && n.Tag == "title" && (n.Namespace == HTMLNamespace || n.Namespace == SVGNamespace) {
			t = n
			return false
		}
		return true
	})
	if t == nil {
		return ""
	}
	return strings.Join(strings.FieldsFunc(t.TextContent(), isASCIISpace), " ")
}

// GetElementByID returns the first element in tree order whose id is id, or nil.
func (d *Document) GetElementByID(id string) *Node {
	if id == "" {
		return nil
	}
	if !d.idsValid || d.ids == nil {
		d.indexIDs()
	}
	n := d.ids[id]
	if n != nil && n.ID() == id && d.Root.Contains(n) {
		return n
	}
	// The index is stale (a node moved or was removed): rebuild it once.
	d.indexIDs()
	return d.ids[id]
}

func (d *Document) indexIDs() {
	d.ids = make(map[string]*Node)
	d.Root.Walk(func(n *Node) bool {
		if n.Type == ElementNode {
			if id := n.ID(); id != "" {
				if _, dup := d.ids[id]; !dup {
					d.ids[id] = n
				}
			}
		}
		return true
	})
	d.idsValid = true
}

// Elements returns every element of the document in tree order.
func (d *Document) Elements() []*Node {
	var out []*Node
	d.Root.Walk(func(n *Node) bool {
		if n.Type == ElementNode {
			out = append(out, n)
		}
		return true
	})
	return out
}
