package dom

// Namespaces in selectors (https://www.w3.org/TR/css-namespaces-3/ and
// https://www.w3.org/TR/selectors-4/#type-nmsp): the @namespace
// declarations a style sheet hands the parser, namespace prefixes on type
// and attribute selectors, and their matching.

import "strings"

// Namespaces are the namespace declarations (@namespace) of a style sheet,
// for the namespace prefixes of selectors
// (https://www.w3.org/TR/selectors-4/#type-nmsp).
type Namespaces struct {
	// Default is the default namespace URI ("" for none): type selectors
	// without a prefix, and compounds without a type selector, match only
	// elements in it.
	Default string
	// Prefixes maps declared prefixes to namespace URIs.
	Prefixes map[string]string
}

// parseTypeSelector parses an optional type or universal selector with an
// optional namespace prefix (https://www.w3.org/TR/selectors-4/#type-nmsp):
// "ns|E" (the namespace the sheet declares for ns), "*|E" (any namespace),
// "|E" (no namespace) and "E" (the default namespace, if any).
func (p *selParser) parseTypeSelector(c *compound) error {
	if p.ns != nil && p.ns.Default != "" {
		c.ns, c.nsSet, c.implicitNS = p.ns.Default, true, true
	}
	t := p.peek()
	isName := t.kind == stIdent || t.kind == stDelim && t.val == "*"
	if isName && p.toks[p.pos+1].kind == stDelim && p.toks[p.pos+1].val == "|" {
		if err := p.namespacePrefix(c, t); err != nil {
			return err
		}
		p.pos += 2 // ns| or *|
		t = p.peek()
		isName = t.kind == stIdent || t.kind == stDelim && t.val == "*"
		if !isName {
			return errSel("expected a name after the namespace prefix")
		}
	} else if t.kind == stDelim && t.val == "|" {
		c.ns, c.nsSet, c.prefix = "", true, "|"
		p.pos++
		t = p.peek()
		isName = t.kind == stIdent || t.kind == stDelim && t.val == "*"
		if !isName {
			return errSel("expected a name after |")
		}
	}
	if !isName {
		return nil
	}
	p.next()
	c.implicitNS = false
	if t.kind == stIdent {
		c.tag, c.tagLow = t.val, strings.ToLower(t.val)
	}
	return nil
}

// namespacePrefix sets the namespace of compound c from the prefix token t
// ("*" or an identifier).
func (p *selParser) namespacePrefix(c *compound, t selTok) error {
	switch {
	case t.kind == stDelim:
		c.ns, c.nsSet, c.prefix = "", false, "*|" // any namespace
		return nil
	default:
		uri, err := p.prefixURI(t.val)
		if err != nil {
			return err
		}
		c.ns, c.nsSet = uri, true
	}
	var b strings.Builder
	writeIdent(&b, t.val)
	c.prefix = b.String() + "|"
	return nil
}

// prefixURI returns the namespace URI a selector's prefix stands for: "a
// type selector containing a namespace prefix that has not been previously
// declared for namespaced selectors is an invalid selector"
// (https://www.w3.org/TR/css-namespaces-3/#prefixes). Without namespaces
// (querySelector and the like) no prefix is declared, and browsers throw a
// SyntaxError.
func (p *selParser) prefixURI(prefix string) (string, error) {
	if p.ns == nil {
		return "", errSel("namespace prefix " + prefix + " without @namespace")
	}
	uri, ok := p.ns.Prefixes[prefix]
	if !ok {
		return "", errSel("undeclared namespace prefix " + prefix)
	}
	return uri, nil
}

// https://www.w3.org/TR/selectors-4/#attribute-selectors, with the
// namespace prefixes of https://www.w3.org/TR/selectors-4/#attrnmsp:
// "[ns|att]" (the attribute in ns), "[*|att]" (in any namespace or none),
// "[|att]" and "[att]" (in no namespace; the default namespace does not
// apply to attributes).
func (p *selParser) parseAttr(c *compound) error {
	p.skipWS()
	t := p.next()
	sm := simple{kind: simpleAttr}
	switch {
	case t.kind == stDelim && t.val == "|":
		sm.attrNS = "|"
		t = p.next()
	case t.kind == stDelim && t.val == "*" && p.isDelim("|"):
		p.next()
		sm.attrNS = "*|"
		t = p.next()
	case t.kind == stIdent && p.isDelim("|") && p.toks[p.pos+1].kind == stIdent:
		uri, err := p.prefixURI(t.val)
		if err != nil {
			return err
		}
		var b strings.Builder
		writeIdent(&b, t.val)
		sm.attrNS, sm.attrURI = b.String()+"|", uri
		p.next()
		t = p.next()
	}
	if t.kind != stIdent {
		return errSel("expected an attribute name")
	}
	sm.name, sm.lname = t.val, strings.ToLower(t.val)
	p.skipWS()
	switch op := p.next(); {
	case op.kind == stDelim && op.val == "]":
		c.simple = append(c.simple, sm)
		return nil
	case op.kind == stDelim && op.val == "=":
		sm.op = '='
	case op.kind == stMatch:
		sm.op = op.val[0]
	default:
		return errSel("bad attribute selector")
	}
	p.skipWS()
	v := p.next()
	if v.kind != stIdent && v.kind != stString {
		return errSel("expected an attribute value")
	}
	sm.value = v.val
	p.skipWS()
	if f := p.peek(); f.kind == stIdent && (strings.EqualFold(f.val, "i") || strings.EqualFold(f.val, "s")) {
		sm.ci = strings.EqualFold(f.val, "i")
		sm.cs = !sm.ci
		p.next()
		p.skipWS()
	}
	if !p.isDelim("]") {
		return errSel("expected ]")
	}
	p.next()
	c.simple = append(c.simple, sm)
	return nil
}

// exemptSubjects lifts the default namespace off the subject compounds
// of the selectors of :is(), :where() and :not() that write no type or
// universal selector: "The default namespace declaration does not affect
// the compound selector representing the subject of any selector within
// a :is() pseudo-class, unless that compound selector contains an
// explicit universal selector or type selector"
// (https://www.w3.org/TR/selectors-4/#matches, and #where, #negation).
func exemptSubjects(l SelectorList) {
	for _, s := range l {
		if c := &s.compounds[len(s.compounds)-1]; c.implicitNS {
			c.ns, c.nsSet, c.implicitNS = "", false, false
		}
	}
}

// matchNSAttr matches "[ns|att]" and "[*|att]": some attribute named
// name, in the selector's namespace (any for *), has a matching value.
func (sm *simple) matchNSAttr(el *Node, name string) bool {
	for i := range el.Attrs {
		a := &el.Attrs[i]
		if a.Name != name || sm.attrNS != "*|" && attrNamespaceURI(a.Namespace) != sm.attrURI {
			continue
		}
		if sm.matchValue(el, name, a.Value) {
			return true
		}
	}
	return false
}

// attrNamespaceURI returns the namespace URI of an attribute: the HTML
// parser names the foreign attributes' namespaces by prefix
// (https://html.spec.whatwg.org/multipage/parsing.html#adjust-foreign-attributes),
// the XML parser by URI.
func attrNamespaceURI(ns string) string {
	switch ns {
	case "xlink":
		return "http://www.w3.org/1999/xlink"
	case "xml":
		return "http://www.w3.org/XML/1998/namespace"
	case "xmlns":
		return "http://www.w3.org/2000/xmlns/"
	}
	return ns
}
