package dom

import (
	"strings"

	"golang.org/x/net/html"
)

// OuterHTML serializes n and its descendants as HTML, with the escaping and
// void-element rules of html.Render (the HTML fragment serialization
// algorithm: https://html.spec.whatwg.org/multipage/parsing.html#serialising-html-fragments).
func (n *Node) OuterHTML() string {
	var b strings.Builder
	if hn := toHTML(n); hn != nil {
		// html.Render writes to a strings.Builder without failing.
		_ = html.Render(&b, hn)
	}
	return b.String()
}

// InnerHTML serializes n's children as HTML.
func (n *Node) InnerHTML() string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hn := toHTML(c); hn != nil {
			_ = html.Render(&b, hn)
		}
	}
	return b.String()
}

// SetInnerHTML replaces n's children with the result of parsing src as an
// HTML fragment in n's context.
func (n *Node) SetInnerHTML(src string) error {
	d := n.doc
	if d == nil {
		d = NewDocument("text/html")
	}
	frag, err := ParseFragment(d, n, src)
	if err != nil {
		return err
	}
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.unlink(c)
	}
	n.MarkDirty(TreeDirty)
	_, err = n.AppendChild(frag)
	return err
}

// toHTML converts a subtree back to x/net/html nodes for rendering.
func toHTML(n *Node) *html.Node {
	hn := &html.Node{}
	switch n.Type {
	case ElementNode:
		hn.Type = html.ElementNode
		hn.Data = n.Tag
		switch n.Namespace {
		case SVGNamespace:
			hn.Namespace = "svg"
		case MathMLNamespace:
			hn.Namespace = "math"
		}
		for _, a := range n.Attrs {
			hn.Attr = append(hn.Attr, html.Attribute{Namespace: a.Namespace, Key: a.Name, Val: a.Value})
		}
	case TextNode:
		hn.Type = html.TextNode
		hn.Data = n.Data
		if p := n.Parent; p != nil && p.Type == ElementNode {
			// Raw-text parents (script, style) must not escape their text:
			// give the text node a parent for html.Render to see.
			hn.Parent = &html.Node{Type: html.ElementNode, Data: p.Tag}
		}
	case CommentNode:
		hn.Type = html.CommentNode
		hn.Data = n.Data
	case DoctypeNode:
		hn.Type = html.DoctypeNode
		hn.Data = n.Data
	case DocumentNode, DocumentFragmentNode:
		hn.Type = html.DocumentNode
	default:
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hc := toHTML(c); hc != nil {
			hc.Parent = nil
			hn.AppendChild(hc)
		}
	}
	return hn
}
