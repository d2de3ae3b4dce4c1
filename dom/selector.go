package dom

// This file holds the selector engine: a parser for selector lists
// (https://www.w3.org/TR/selectors-4/#grammar) with its own small tokenizer
// (dom may not import a CSS library), specificity, and a right-to-left
// matcher. cssom uses it for style rules; the Selectors API methods on Node
// and Document use it for querySelector and friends.
import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Combinator joins two compound selectors of a complex selector.
type Combinator uint8

// The four combinators of https://www.w3.org/TR/selectors-4/#combinators.
const (
	Descendant        Combinator = iota // A B
	Child                               // A > B
	NextSibling                         // A + B
	SubsequentSibling                   // A ~ B
)

// Specificity is a selector's specificity (A, B, C) per
// https://www.w3.org/TR/selectors-4/#specificity-rules: A counts ID
// selectors, B class, attribute and pseudo-class selectors, C type selectors
// and pseudo-elements.
type Specificity [3]int

// Less reports whether s is lower than t, comparing A, then B, then C.
func (s Specificity) Less(t Specificity) bool {
	if s[0] != t[0] {
		return s[0] < t[0]
	}
	if s[1] != t[1] {
		return s[1] < t[1]
	}
	return s[2] < t[2]
}
func (s Specificity) add(t Specificity) Specificity {
	return Specificity{s[0] + t[0], s[1] + t[1], s[2] + t[2]}
}

// Selector is a complex selector: compound selectors joined by combinators,
// optionally ending in a pseudo-element. It is immutable after parsing.
type Selector struct {
	// compounds are in source order (left to right); combinators[i] joins
	// compounds[i] and compounds[i+1].
	compounds   []compound
	combinators []Combinator
	spec        Specificity
	pseudo      string
	// pseudoState are the user-action pseudo-classes written after the
	// pseudo-element (::before:hover); see parsePseudoState.
	pseudoState []simple
}

// SelectorList is a comma-separated list of complex selectors.
type SelectorList []*Selector
type simpleKind uint8

const (
	simpleID simpleKind = iota
	simpleClass
	simpleAttr
	simplePseudo
)

// compound is a compound selector: an optional type selector followed by
// simple selectors, all of which must match the same element.
type compound struct {
	tag    string // "" for none or *; lower-cased copy in tagLower
	tagLow string
	simple []simple
	// ns is the namespace URI the element must be in when nsSet ("" for
	// no namespace); see Namespaces.
	ns    string
	nsSet bool
	// prefix is the namespace prefix as written, with its bar ("svg|",
	// "*|", "|"), for serialization; "" when none.
	prefix string
	// implicitNS reports that ns is the default namespace, no type or
	// universal selector written (see exemptSubjects).
	implicitNS bool
}
type simple struct {
	kind  simpleKind
	name  string // id, class, attribute name or pseudo-class name
	lname string // lower-case name (attributes on HTML elements)
	value string // attribute value
	op    byte   // attribute operator: 0 (presence), '=', '~', '|', '^', '$', '*'
	ci    bool   // attribute i flag
	cs    bool   // attribute s flag
	a, b  int    // An+B
	list  SelectorList
	leads []Combinator // :has(): the leading combinator of each relative selector
	args  []string     // :lang() ranges
	// attrNS is an attribute selector's namespace prefix as written,
	// with its bar ("xl|", "*|", "|"; "" for none), and attrURI the
	// namespace URI of a named prefix.
	attrNS, attrURI string
}

// maxNesting bounds :not()/:is()/:where()/:nth-child(of) nesting so that
// hostile selectors cannot blow the stack.
const maxNesting = 32

// tokenPool recycles token buffers between parses; tokens do not outlive
// ParseSelectorList (the selectors keep substrings of the source).
var tokenPool = sync.Pool{New: func() any { return new([]selTok) }}

// ErrSelector is wrapped by every selector parse error.
var ErrSelector = errors.New("invalid selector")

// ParseSelectorList parses a <selector-list> (a <complex-selector-list>
// whose last compounds may carry a pseudo-element). Any invalid part makes the
// whole list invalid, as https://www.w3.org/TR/selectors-4/#invalid says.
func ParseSelectorList(s string) (SelectorList, error) {
	return ParseSelectorListNS(s, nil)
}

// ParseSelectorListNS is ParseSelectorList with the namespaces of a style
// sheet: a prefix they do not declare makes the selector invalid, and the
// default namespace applies to type selectors without a prefix. With nil
// namespaces (querySelector, which has no way to declare them) every
// prefix but *| and | is invalid, as in browsers.
func ParseSelectorListNS(s string, ns *Namespaces) (SelectorList, error) {
	buf := tokenPool.Get().(*[]selTok)
	defer func() {
		clear(*buf)
		tokenPool.Put(buf)
	}()
	*buf = tokenizeSelector(s, (*buf)[:0])
	p := selParser{toks: *buf, ns: ns}
	l, err := p.parseList(0, true)
	if err != nil {
		return nil, fmt.Errorf("dom: selector %q: %w", s, err)
	}
	if p.peek().kind != stEOF {
		return nil, fmt.Errorf("dom: selector %q: %w: unexpected %q", s, ErrSelector, p.peek().val)
	}
	return l, nil
}

// Specificity returns the selector's specificity.
func (s *Selector) Specificity() Specificity { return s.spec }

// PseudoElement returns the name of the selector's pseudo-element in lower
// case ("before", "after", "first-line", "first-letter", "marker", ...), or
// "" when it has none.
//
// AD-HOC: a selector with user-action pseudo-classes after its
// pseudo-element (::before:hover) names a state no pseudo-element is ever
// in here, so PseudoElement returns the pseudo-element with that state
// ("before:hover"), which no style request asks for.
func (s *Selector) PseudoElement() string {
	if len(s.pseudoState) > 0 {
		var b strings.Builder
		b.WriteString(s.pseudo)
		for i := range s.pseudoState {
			b.WriteByte(':')
			b.WriteString(s.pseudoState[i].name)
		}
		return b.String()
	}
	return s.pseudo
}

// RightmostKeys returns the ID, the first class and the type selector (lower
// case) of the selector's rightmost compound, each "" when absent. A style
// rule index files the selector under the most specific of them, so that an
// element only tests the rules that could match it.
func (s *Selector) RightmostKeys() (id, class, tag string) {
	c := &s.compounds[len(s.compounds)-1]
	for i := range c.simple {
		switch c.simple[i].kind {
		case simpleID:
			if id == "" {
				id = c.simple[i].name
			}
		case simpleClass:
			if class == "" {
				class = c.simple[i].name
			}
		}
	}
	return id, class, c.tagLow
}

// AncestorHints returns keys that some ancestor of a matching element must
// have: "#id", ".class" or the lower-case type name of each compound that
// is joined to the rightmost one only by descendant and child combinators.
// Style engines use them to reject selectors with an ancestor filter
// before matching. IDs and classes are as written (callers fold them in
// quirks mode).
func (s *Selector) AncestorHints() []string {
	var out []string
	for i := len(s.compounds) - 2; i >= 0; i-- {
		if c := s.combinators[i]; c != Descendant && c != Child {
			break
		}
		c := &s.compounds[i]
		if c.tagLow != "" {
			out = append(out, c.tagLow)
		}
		for j := range c.simple {
			switch c.simple[j].kind {
			case simpleID:
				out = append(out, "#"+c.simple[j].name)
			case simpleClass:
				out = append(out, "."+c.simple[j].name)
			}
		}
	}
	return out
}

// Match reports whether the element el matches any selector of the list.
func (l SelectorList) Match(el *Node) bool { return l.MatchCached(el, nil) }

// MatchCached is Match with a cache shared by many matches against a tree
// that does not change meanwhile (c may be nil).
func (l SelectorList) MatchCached(el *Node, c *MatchCache) bool {
	for _, s := range l {
		if s.MatchCached(el, c) {
			return true
		}
	}
	return false
}

// MatchCache remembers, across many selector matches against a tree that
// does not change meanwhile, the positions of elements among their
// siblings, so that :nth-child() and friends cost O(1) instead of a walk
// over the siblings. Create one with new(MatchCache) per pass (a style
// computation); never reuse it after the tree mutates. It is not safe for
// concurrent use.
type MatchCache struct {
	// index[fromEnd][ofType] maps an element to its 1-based position.
	index [2][2]map[*Node]int
	// first maps a leftmost compound and a parent to the position of the
	// first child that matches the compound (0 for none), for "A ~ B".
	first map[firstKey]int
	// scope is the scoping root :scope matches (nil: the root element);
	// see SetScope.
	scope *Node
}

// SetScope sets the scoping root that :scope matches in the following
// matches (https://drafts.csswg.org/selectors-4/#scoping-root); nil
// restores the default, the root element. It drops what the cache learnt
// about compounds, which may contain :scope.
func (c *MatchCache) SetScope(root *Node) {
	if c.scope != root {
		c.scope = root
		c.first = nil
	}
}

type firstKey struct {
	c      *compound
	parent *Node
}

// firstMatch returns the position of the first element child of parent
// that matches c, or 0.
func (mc *MatchCache) firstMatch(c *compound, parent *Node) int {
	k := firstKey{c, parent}
	if p, ok := mc.first[k]; ok {
		return p
	}
	if mc.first == nil {
		mc.first = map[firstKey]int{}
	}
	p, n := 0, 0
	for s := parent.FirstElementChild(); s != nil; s = s.NextElementSibling() {
		n++
		if c.match(s, mc) {
			p = n
			break
		}
	}
	mc.first[k] = p
	return p
}

// position returns el's 1-based position among its element siblings
// (of the same type when ofType), counting from the end when fromEnd,
// numbering all the siblings at once on a miss.
func (c *MatchCache) position(el *Node, fromEnd, ofType bool) int {
	e, t := 0, 0
	if fromEnd {
		e = 1
	}
	if ofType {
		t = 1
	}
	m := c.index[e][t]
	if m == nil {
		m = map[*Node]int{}
		c.index[e][t] = m
	}
	if i, ok := m[el]; ok {
		return i
	}
	if el.Parent == nil {
		return 1
	}
	counts := map[string]int{}
	step := func(n *Node) *Node { return n.NextElementSibling() }
	first := el.Parent.FirstElementChild()
	if fromEnd {
		step = func(n *Node) *Node { return n.PreviousElementSibling() }
		first = el.Parent.LastChild
		for first != nil && first.Type != ElementNode {
			first = first.PrevSibling
		}
	}
	n := 0
	for s := first; s != nil; s = step(s) {
		if ofType {
			key := s.Namespace + " " + s.Tag
			counts[key]++
			m[s] = counts[key]
		} else {
			n++
			m[s] = n
		}
	}
	return m[el]
}

// Match reports whether el matches the selector, ignoring its pseudo-element
// (a selector "p::before" matches the p elements whose ::before it styles).
func (s *Selector) Match(el *Node) bool { return s.MatchCached(el, nil) }

// MatchCached is Match with a cache shared by many matches against a tree
// that does not change meanwhile (c may be nil).
func (s *Selector) MatchCached(el *Node, c *MatchCache) bool {
	if el == nil || el.Type != ElementNode || len(s.compounds) == 0 {
		return false
	}
	return s.matchFrom(len(s.compounds)-1, el, nil, c) == matched
}

// String returns the list in a canonical form, selectors joined by ", ".
func (l SelectorList) String() string {
	var b strings.Builder
	for i, s := range l {
		if i > 0 {
			b.WriteString(", ")
		}
		s.write(&b)
	}
	return b.String()
}

// String returns the selector in a canonical form that parses back to an
// equal selector.
func (s *Selector) String() string {
	var b strings.Builder
	s.write(&b)
	return b.String()
}
func (s *Selector) write(b *strings.Builder) {
	for i := range s.compounds {
		if i > 0 {
			b.WriteString([...]string{" ", " > ", " + ", " ~ "}[s.combinators[i-1]])
		}
		c := &s.compounds[i]
		if i == len(s.compounds)-1 && s.pseudo != "" && c.tag == "" && c.prefix == "" && len(c.simple) == 0 {
			continue // "*::before" serializes as "::before", as CSSOM omits an implied "*"
		}
		c.write(b)
	}
	if s.pseudo != "" {
		b.WriteString("::")
		b.WriteString(s.pseudo)
		for i := range s.pseudoState {
			b.WriteByte(':')
			b.WriteString(s.pseudoState[i].name)
			s.pseudoState[i].writeArgs(b)
		}
	}
}
func (c *compound) write(b *strings.Builder) {
	b.WriteString(c.prefix)
	if c.tag != "" {
		writeIdent(b, c.tag)
	} else if len(c.simple) == 0 || c.prefix != "" {
		b.WriteByte('*')
	}
	for i := range c.simple {
		sm := &c.simple[i]
		switch sm.kind {
		case simpleID:
			b.WriteByte('#')
			writeIdent(b, sm.name)
		case simpleClass:
			b.WriteByte('.')
			writeIdent(b, sm.name)
		case simpleAttr:
			b.WriteByte('[')
			b.WriteString(sm.attrNS)
			writeIdent(b, sm.name)
			if sm.op != 0 {
				if sm.op != '=' {
					b.WriteByte(sm.op)
				}
				b.WriteByte('=')
				writeString(b, sm.value)
				if sm.ci {
					b.WriteString(" i")
				} else if sm.cs {
					b.WriteString(" s")
				}
			}
			b.WriteByte(']')
		case simplePseudo:
			b.WriteByte(':')
			b.WriteString(sm.name)
			sm.writeArgs(b)
		}
	}
}
func (sm *simple) writeArgs(b *strings.Builder) {
	switch sm.name {
	case "not", "is", "where":
		b.WriteByte('(')
		b.WriteString(sm.list.String())
		b.WriteByte(')')
	case "has":
		b.WriteByte('(')
		for i, rel := range sm.list {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString([...]string{"", "> ", "+ ", "~ "}[sm.leads[i]])
			rel.write(b)
		}
		b.WriteByte(')')
	case "lang":
		b.WriteByte('(')
		for i, r := range sm.args {
			if i > 0 {
				b.WriteString(", ")
			}
			if isIdent(r) {
				writeIdent(b, r)
			} else {
				writeString(b, r)
			}
		}
		b.WriteByte(')')
	case "dir":
		b.WriteString("(" + sm.value + ")")
	case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
		b.WriteByte('(')
		writeAnB(b, sm.a, sm.b)
		if sm.list != nil {
			b.WriteString(" of ")
			b.WriteString(sm.list.String())
		}
		b.WriteByte(')')
	}
}

// writeIdent serializes an identifier, escaping what is not a name code
// point (https://drafts.csswg.org/cssom/#serialize-an-identifier, simplified:
// every non-name ASCII character is escaped with a backslash).
func writeIdent(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '-' && len(s) == 1:
			b.WriteString("\\-") // CSSOM: a lone "-" is escaped
		case c >= 0x80 || c == '_' || c == '-' && !(i == 1 && s[0] == '-' && len(s) == 2) || isLetter(c):
			b.WriteByte(c)
		case c >= '0' && c <= '9':
			if i == 0 || i == 1 && s[0] == '-' {
				fmt.Fprintf(b, "\\%x ", c)
			} else {
				b.WriteByte(c)
			}
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(b, "\\%x ", c)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
}
func writeString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(b, "\\%x ", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// matchResult is the outcome of matching part of a complex selector. The
// two "restart" results prune the backtracking search so that matching
// stays linear in the depth of the tree (the technique of Servo's selectors
// crate and Gecko).
type matchResult uint8

const (
	matched matchResult = iota
	notMatchedRestartFromLaterSibling
	notMatchedRestartFromDescendant
	notMatchedGlobally
)

// matchFrom matches compounds[0..i] with compounds[i] against el, right to
// left. Recursion depth is bounded by the number of compounds.
func (s *Selector) matchFrom(i int, el *Node, a *anchor, mc *MatchCache) matchResult {
	if !s.compounds[i].match(el, mc) {
		return notMatchedRestartFromLaterSibling
	}
	if i == 0 {
		if a != nil && !a.relates(el) {
			return notMatchedRestartFromLaterSibling
		}
		return matched
	}
	comb := s.combinators[i-1]
	notFound := notMatchedGlobally
	if comb == NextSibling || comb == SubsequentSibling {
		notFound = notMatchedRestartFromDescendant
	}
	if comb == SubsequentSibling && i == 1 && a == nil && mc != nil && el.Parent != nil {
		// "A ~ B" with A leftmost: some earlier sibling matches A exactly
		// when the first child matching A comes before el. This keeps
		// long sibling lists linear.
		if f := mc.firstMatch(&s.compounds[0], el.Parent); f > 0 && f < mc.position(el, false, false) {
			return matched
		}
		return notFound
	}
	next := el
	for {
		switch comb {
		case Descendant, Child:
			next = next.ParentElement()
		default:
			next = next.PreviousElementSibling()
		}
		if next == nil {
			return notFound
		}
		r := s.matchFrom(i-1, next, a, mc)
		switch {
		case r == matched:
			return matched
		case r == notMatchedGlobally || comb == NextSibling:
			return r
		case comb == Child:
			return notMatchedRestartFromDescendant
		case r == notMatchedRestartFromDescendant && comb == SubsequentSibling:
			return r
		}
	}
}
func (c *compound) match(el *Node, mc *MatchCache) bool {
	if c.nsSet && el.Namespace != c.ns {
		return false
	}
	if c.tag != "" {
		if el.Namespace == HTMLNamespace && !isXMLDoc(el) {
			if el.Tag != c.tagLow {
				return false
			}
		} else if el.Tag != c.tag {
			return false
		}
	}
	for i := range c.simple {
		if !c.simple[i].match(el, mc) {
			return false
		}
	}
	return true
}

// hasWord reports whether the white-space-separated list v contains word.
func hasWord(v, word string) bool {
	if word == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(v[i:], word)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(word)
		if (start == 0 || isSpaceByte(v[start-1])) && (end == len(v) || isSpaceByte(v[end])) {
			return true
		}
		i = start + 1
	}
}
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
func isXMLDoc(el *Node) bool  { return el.doc != nil && el.doc.IsXML() }
func isQuirks(el *Node) bool  { return el.doc != nil && el.doc.Quirks }
func (sm *simple) match(el *Node, mc *MatchCache) bool {
	switch sm.kind {
	case simpleID:
		id, ok := el.Attr("id")
		if !ok {
			return false
		}
		if isQuirks(el) {
			return strings.EqualFold(id, sm.name)
		}
		return id == sm.name
	case simpleClass:
		if isQuirks(el) {
			for _, c := range el.Classes() {
				if strings.EqualFold(c, sm.name) {
					return true
				}
			}
			return false
		}
		v, ok := el.Attr("class")
		return ok && hasWord(v, sm.name)
	case simpleAttr:
		return sm.matchAttr(el)
	}
	return sm.matchPseudo(el, mc)
}

// caseInsensitiveAttrs are the attributes whose values selectors compare
// ASCII case-insensitively on HTML elements in HTML documents
// (https://html.spec.whatwg.org/multipage/semantics-other.html#case-sensitivity-of-selectors).
var caseInsensitiveAttrs = map[string]bool{
	"accept": true, "accept-charset": true, "align": true, "alink": true, "axis": true,
	"bgcolor": true, "charset": true, "checked": true, "clear": true, "codetype": true,
	"color": true, "compact": true, "declare": true, "defer": true, "dir": true,
	"direction": true, "disabled": true, "enctype": true, "face": true, "frame": true,
	"hreflang": true, "http-equiv": true, "lang": true, "language": true, "link": true,
	"media": true, "method": true, "multiple": true, "nohref": true, "noresize": true,
	"noshade": true, "nowrap": true, "readonly": true, "rel": true, "rev": true,
	"rules": true, "scope": true, "scrolling": true, "selected": true, "shape": true,
	"target": true, "text": true, "type": true, "valign": true, "valuetype": true, "vlink": true,
}

// https://www.w3.org/TR/selectors-4/#attribute-selectors
func (sm *simple) matchAttr(el *Node) bool {
	name := sm.name
	if el.Namespace == HTMLNamespace && !isXMLDoc(el) {
		name = sm.lname
	}
	if sm.attrNS != "" && sm.attrNS != "|" {
		return sm.matchNSAttr(el, name)
	}
	v, ok := el.Attr(name)
	if !ok {
		return false
	}
	return sm.matchValue(el, name, v)
}

// matchValue tests the attribute value v of the attribute name against
// the selector's operator and value.
func (sm *simple) matchValue(el *Node, name, v string) bool {
	want := sm.value
	if sm.ci || !sm.cs && name == sm.lname && el.Namespace == HTMLNamespace && !isXMLDoc(el) && caseInsensitiveAttrs[name] {
		v, want = strings.ToLower(v), strings.ToLower(want)
	}
	switch sm.op {
	case 0:
		return true
	case '=':
		return v == want
	case '~':
		if want == "" || strings.ContainsAny(want, " \t\n\r\f") {
			return false
		}
		for _, w := range strings.FieldsFunc(v, isASCIISpace) {
			if w == want {
				return true
			}
		}
		return false
	case '|':
		return v == want || strings.HasPrefix(v, want+"-")
	case '^':
		return want != "" && strings.HasPrefix(v, want)
	case '$':
		return want != "" && strings.HasSuffix(v, want)
	case '*':
		return want != "" && strings.Contains(v, want)
	}
	return false
}

// QuerySelector returns the first element descendant of n, in tree order,
// that matches the selector list sel, or nil.
func (n *Node) QuerySelector(sel string) (*Node, error) {
	l, err := ParseSelectorList(sel)
	if err != nil {
		return nil, err
	}
	var found *Node
	mc := n.scopedCache()
	n.Walk(func(c *Node) bool {
		if found != nil {
			return false
		}
		if c != n && c.Type == ElementNode && l.MatchCached(c, mc) {
			found = c
			return false
		}
		return true
	})
	return found, nil
}

// QuerySelectorAll returns every element descendant of n, in tree order,
// that matches the selector list sel.
func (n *Node) QuerySelectorAll(sel string) ([]*Node, error) {
	l, err := ParseSelectorList(sel)
	if err != nil {
		return nil, err
	}
	var out []*Node
	mc := n.scopedCache()
	n.Walk(func(c *Node) bool {
		if c != n && c.Type == ElementNode && l.MatchCached(c, mc) {
			out = append(out, c)
		}
		return true
	})
	return out, nil
}

// Matches reports whether the element n matches the selector list sel
// (Element.matches).
func (n *Node) Matches(sel string) (bool, error) {
	l, err := ParseSelectorList(sel)
	if err != nil {
		return false, err
	}
	return l.MatchCached(n, n.scopedCache()), nil
}

// scopedCache returns a match cache whose scoping root is n when n is an
// element, as the DOM's scope-match a selectors string says
// (https://dom.spec.whatwg.org/#scope-match-a-selectors-string).
func (n *Node) scopedCache() *MatchCache {
	mc := new(MatchCache)
	if n.Type == ElementNode {
		mc.scope = n
	}
	return mc
}

// Closest returns n or its nearest ancestor element that matches sel, or nil
// (Element.closest).
func (n *Node) Closest(sel string) (*Node, error) {
	l, err := ParseSelectorList(sel)
	if err != nil {
		return nil, err
	}
	mc := n.scopedCache()
	for c := n; c != nil && c.Type == ElementNode; c = c.Parent {
		if l.MatchCached(c, mc) {
			return c, nil
		}
	}
	return nil, nil
}

// QuerySelector returns the first element of the document that matches sel.
func (d *Document) QuerySelector(sel string) (*Node, error) { return d.Root.QuerySelector(sel) }

// QuerySelectorAll returns every element of the document that matches sel,
// in tree order.
func (d *Document) QuerySelectorAll(sel string) ([]*Node, error) {
	return d.Root.QuerySelectorAll(sel)
}

// writeAnB serializes An+B as CSS Syntax 3 §6.2 "Serializing <an+b>" says
// (https://www.w3.org/TR/css-syntax-3/#serializing-anb): "2n+1", "-n+3",
// "even" as "2n", "odd" as "2n+1", "0n+5" as "5".
func writeAnB(b *strings.Builder, a, bb int) {
	if a == 0 {
		fmt.Fprintf(b, "%d", bb)
		return
	}
	switch a {
	case 1:
		b.WriteString("n")
	case -1:
		b.WriteString("-n")
	default:
		fmt.Fprintf(b, "%dn", a)
	}
	if bb != 0 {
		fmt.Fprintf(b, "%+d", bb)
	}
}

// isIdent reports whether s can be written as an identifier without escapes
// (a name start, then name characters; no leading digit or "--").
func isIdent(s string) bool {
	if s == "" || s == "-" || strings.HasPrefix(s, "--") {
		return false
	}
	for i, r := range s {
		switch {
		case r == '-' && i == 0, r == '_', r >= 0x80, r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case i > 0 && (r == '-' || r >= '0' && r <= '9'):
			if i == 1 && s[0] == '-' && r >= '0' && r <= '9' {
				return false
			}
		default:
			return false
		}
	}
	return true
}
