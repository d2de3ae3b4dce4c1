package dom

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxDepth is the deepest element nesting the HTML parser builds. Deeper
// elements are attached beside the element at this depth, as Chromium does
// (its kMaximumHTMLParserDOMTreeDepth), so that a page of 100 000 nested
// <div>s renders instead of failing. x/net/html itself refuses documents
// deeper than 512 open elements.
const MaxDepth = 400

// ParseHTML parses UTF-8 HTML into a document, with scripting enabled (so
// <noscript> content is raw text, as in a browser that runs scripts). url is
// the document's address. Malformed markup is recovered from as the HTML
// standard says; ParseHTML fails only when reading r fails.
func ParseHTML(r io.Reader, url string) (*Document, error) {
	return ParseHTMLScripting(r, url, true)
}

// ParseHTMLScripting is ParseHTML with the scripting flag given: with
// scripting false, <noscript> content is parsed as markup and shown, as in a
// browser with JavaScript turned off.
func ParseHTMLScripting(r io.Reader, url string, scripting bool) (*Document, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dom: read html: %w", err)
	}
	opt := html.ParseOptionEnableScripting(scripting)
	hn, err := html.ParseWithOptions(bytes.NewReader(src), opt)
	for limit := MaxDepth; err != nil && limit >= 50; limit /= 2 {
		// The only error x/net/html reports for an in-memory reader is its
		// nesting limit: flatten the deepest nesting and parse again.
		hn, err = html.ParseWithOptions(bytes.NewReader(flattenDeepNesting(src, limit)), opt)
	}
	if err != nil {
		return nil, fmt.Errorf("dom: parse html: %w", err)
	}
	d := NewDocument("text/html")
	d.URL = url
	convertChildren(d, d.Root, hn)
	d.Quirks = quirksMode(d)
	return d, nil
}

// ParseHTMLString is ParseHTML on a string.
func ParseHTMLString(src, url string) *Document {
	d, err := ParseHTML(strings.NewReader(src), url)
	if err != nil {
		// Reading a strings.Reader cannot fail; flattening always succeeds
		// at the smallest limit.
		panic("dom: " + err.Error())
	}
	return d
}

// ParseFragment parses src as the children of context (an element of d), as
// innerHTML does, and returns them as a document fragment.
func ParseFragment(d *Document, context *Node, src string) (*Node, error) {
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	if context != nil && context.Type == ElementNode {
		ctx.Namespace = htmlNamespaceName(context.Namespace)
		ctx.Data = context.Tag
		ctx.DataAtom = 0
		if ctx.Namespace == "" {
			ctx.DataAtom = atom.Lookup([]byte(context.Tag))
		}
	}
	nodes, err := html.ParseFragmentWithOptions(strings.NewReader(src), ctx, html.ParseOptionEnableScripting(true))
	if err != nil {
		return nil, fmt.Errorf("dom: parse fragment: %w", err)
	}
	frag := d.CreateDocumentFragment()
	for _, hn := range nodes {
		frag.link(convertNode(d, hn), nil)
	}
	return frag, nil
}

func htmlNamespaceName(ns string) string {
	switch ns {
	case SVGNamespace:
		return "svg"
	case MathMLNamespace:
		return "math"
	}
	return ""
}

func convertChildren(d *Document, parent *Node, hn *html.Node) {
	for c := hn.FirstChild; c != nil; c = c.NextSibling {
		if n := convertNode(d, c); n != nil {
			parent.link(n, nil)
		}
	}
}

func convertNode(d *Document, hn *html.Node) *Node {
	n := &Node{doc: d}
	switch hn.Type {
	case html.ElementNode:
		n.Type = ElementNode
		n.Tag = hn.Data
		switch hn.Namespace {
		case "svg":
			n.Namespace = SVGNamespace
		case "math":
			n.Namespace = MathMLNamespace
		default:
			n.Namespace = HTMLNamespace
		}
		if len(hn.Attr) > 0 {
			n.Attrs = make([]Attr, len(hn.Attr))
			for i, a := range hn.Attr {
				n.Attrs[i] = Attr{Namespace: a.Namespace, Name: a.Key, Value: a.Val}
			}
		}
	case html.TextNode:
		n.Type = TextNode
		n.Data = hn.Data
	case html.CommentNode:
		n.Type = CommentNode
		n.Data = hn.Data
	case html.DoctypeNode:
		n.Type = DoctypeNode
		n.Data = hn.Data
		for _, a := range hn.Attr {
			n.Attrs = append(n.Attrs, Attr{Name: a.Key, Value: a.Val})
		}
	default:
		return nil
	}
	convertChildren(d, n, hn)
	return n
}

// quirksMode applies the common cases of
// https://html.spec.whatwg.org/multipage/parsing.html#the-initial-insertion-mode:
// no doctype, a name other than html, or a legacy public identifier.
// TODO(spec): the full list of quirky and limited-quirks public identifiers.
func quirksMode(d *Document) bool {
	var dt *Node
	for c := d.Root.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == DoctypeNode {
			dt = c
			break
		}
	}
	if dt == nil || !strings.EqualFold(dt.Data, "html") {
		return true
	}
	public := strings.ToLower(dt.AttrOr("public", ""))
	_, hasSystem := dt.Attr("system")
	switch {
	case strings.HasPrefix(public, "-//w3o//dtd w3 html strict 3.0//en//"),
		strings.HasPrefix(public, "-//w3c//dtd html 3"),
		strings.HasPrefix(public, "-//w3c//dtd html 4.0 transitional"),
		strings.HasPrefix(public, "-//ietf//dtd html"),
		strings.HasPrefix(public, "-//w3c//dtd html 4.01 transitional") && !hasSystem,
		strings.HasPrefix(public, "-//w3c//dtd html 4.01 frameset") && !hasSystem:
		return true
	}
	return false
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true, "param": true, "keygen": true, "basefont": true,
	"bgsound": true, "frame": true, "image": true,
}

// flattenDeepNesting rewrites src so that no element opens deeper than limit:
// before a start tag that would go deeper, it closes the deepest open element,
// so the new element becomes its sibling, and drops that element's own end
// tag later. Text and all other tokens are kept byte for byte.
func flattenDeepNesting(src []byte, limit int) []byte {
	type open struct {
		name   string
		closed bool // closed early by us; its end tag is dropped
	}
	var (
		stack []open
		depth int // entries of stack not closed early
		out   bytes.Buffer
	)
	out.Grow(len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes()
			}
			out.Write(z.Raw())
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if voidElements[tag] {
				break
			}
			if depth >= limit {
				for i := len(stack) - 1; i >= 0; i-- {
					if !stack[i].closed {
						out.WriteString("</" + stack[i].name + ">")
						stack[i].closed = true
						depth--
						break
					}
				}
			}
			stack = append(stack, open{name: tag})
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := string(name)
			i := len(stack) - 1
			for i >= 0 && stack[i].name != tag {
				i--
			}
			if i < 0 {
				break
			}
			drop := stack[i].closed
			for _, e := range stack[i:] {
				if !e.closed {
					depth--
				}
			}
			stack = stack[:i]
			if drop {
				continue
			}
		}
		out.Write(raw)
	}
}

// ParseXML parses an XML document (XHTML, or XML with XHTML, SVG or MathML
// elements in it) into a document. Elements keep their namespaces; entity
// references from HTML are understood. A document that is not well-formed is
// an error, as it is in browsers; the caller may fall back to ParseHTML.
func ParseXML(r io.Reader, url string) (*Document, error) {
	d := NewDocument("application/xhtml+xml")
	d.URL = url
	dec := xml.NewDecoder(r)
	dec.Entity = xml.HTMLEntity
	dec.Strict = true
	cur := d.Root
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("dom: parse xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := &Node{Type: ElementNode, Namespace: t.Name.Space, Tag: t.Name.Local, doc: d}
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || (a.Name.Space == "" && a.Name.Local == "xmlns") {
					continue
				}
				ns := a.Name.Space
				if ns == "xml" {
					ns = "http://www.w3.org/XML/1998/namespace"
				}
				el.Attrs = append(el.Attrs, Attr{Namespace: ns, Name: a.Name.Local, Value: a.Value})
			}
			cur.link(el, nil)
			cur = el
		case xml.EndElement:
			if cur.Parent != nil {
				cur = cur.Parent
			}
		case xml.CharData:
			if cur == d.Root {
				continue // white space outside the root element
			}
			if last := cur.LastChild; last != nil && last.Type == TextNode {
				last.Data += string(t)
			} else {
				cur.link(&Node{Type: TextNode, Data: string(t), doc: d}, nil)
			}
		case xml.Comment:
			cur.link(&Node{Type: CommentNode, Data: string(t), doc: d}, nil)
		case xml.Directive:
			if s := string(t); strings.HasPrefix(strings.ToUpper(s), "DOCTYPE") {
				f := strings.Fields(s[len("DOCTYPE"):])
				name := "html"
				if len(f) > 0 {
					name = f[0]
				}
				cur.link(&Node{Type: DoctypeNode, Data: name, doc: d}, nil)
			}
		}
	}
	if d.DocumentElement() == nil {
		return nil, errors.New("dom: parse xml: no root element")
	}
	return d, nil
}

// Parse parses src as contentType: XML for application/xhtml+xml,
// application/xml, text/xml and image/svg+xml, HTML for everything else. A
// malformed XML document falls back to the HTML parser (browsers show an error
// page instead; rendering the content serves Pane's users better), and the
// XML error is returned beside the document.
func Parse(src []byte, contentType, url string) (*Document, error) {
	switch contentType {
	case "application/xhtml+xml", "application/xml", "text/xml", "image/svg+xml":
		d, err := ParseXML(bytes.NewReader(src), url)
		if err == nil {
			d.ContentType = contentType
			return d, nil
		}
		hd, herr := ParseHTML(bytes.NewReader(src), url)
		if herr != nil {
			return nil, herr
		}
		return hd, err
	}
	return ParseHTML(bytes.NewReader(src), url)
}
