package dom

import (
	"fmt"
	"strings"
)

// The selector tokenizer: a subset of https://www.w3.org/TR/css-syntax-3/#tokenization
// that is enough for selectors. Escapes in identifiers, hashes and strings
// are decoded; offsets let the An+B parser read the raw text.

type selTokKind uint8

const (
	stEOF selTokKind = iota
	stIdent
	stFunc // val is the name without "("
	stHash // val is the name; isID says it is a valid identifier
	stString
	stNumber // a number with any unit letters attached ("2n", "3")
	stDelim
	stMatch // ~= |= ^= $= *=, val is the first character
	stWS
	stBad
)

type selTok struct {
	kind       selTokKind
	val        string
	isID       bool
	start, end int
}

// tokenizeSelector appends the tokens of s to toks.
func tokenizeSelector(s string, toks []selTok) []selTok {
	for i := 0; i < len(s); {
		start := i
		c := s[i]
		var t selTok
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
				i++
			}
			t.kind = stWS
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 4
			}
			continue
		case c == '"' || c == '\'':
			t.val, i = consumeSelString(s, i+1, c)
			t.kind = stString
		case c == '#' && i+1 < len(s) && (isNameByte(s[i+1]) || validEscape(s, i+1)):
			t.isID = startsIdent(s, i+1)
			t.val, i = consumeSelName(s, i+1)
			t.kind = stHash
		case c >= '0' && c <= '9':
			for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || isNameByte(s[i]) && s[i] != '-') {
				i++
			}
			t.kind, t.val = stNumber, s[start:i]
		case startsIdent(s, i):
			t.val, i = consumeSelName(s, i)
			t.kind = stIdent
			if i < len(s) && s[i] == '(' {
				i++
				t.kind = stFunc
			}
		case strings.IndexByte("~|^$*", c) >= 0 && i+1 < len(s) && s[i+1] == '=':
			t.kind, t.val = stMatch, s[i:i+1]
			i += 2
		default:
			t.kind, t.val = stDelim, s[i:i+1]
			i++
		}
		t.start, t.end = start, i
		toks = append(toks, t)
	}
	return append(toks, selTok{kind: stEOF, start: len(s), end: len(s)})
}

func isNameByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80
}

func validEscape(s string, i int) bool { return i+1 < len(s) && s[i] == '\\' && s[i+1] != '\n' }

// startsIdent reports whether an identifier starts at s[i]
// (https://www.w3.org/TR/css-syntax-3/#would-start-an-identifier).
func startsIdent(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c == '-' {
		return i+1 < len(s) && (isNameByte(s[i+1]) && !(s[i+1] >= '0' && s[i+1] <= '9') || validEscape(s, i+1))
	}
	return isLetter(c) || c == '_' || c >= 0x80 || validEscape(s, i)
}

// consumeSelName consumes name code points and escapes from s[i].
func consumeSelName(s string, i int) (string, int) {
	start := i
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	if i >= len(s) || !validEscape(s, i) {
		return s[start:i], i // the common case: no escapes
	}
	var b strings.Builder
	b.WriteString(s[start:i])
	for i < len(s) {
		if isNameByte(s[i]) {
			b.WriteByte(s[i])
			i++
		} else if validEscape(s, i) {
			var r rune
			r, i = consumeSelEscape(s, i+1)
			b.WriteRune(r)
		} else {
			break
		}
	}
	return b.String(), i
}

// consumeSelEscape decodes the escape after a backslash at s[i-1]
// (https://www.w3.org/TR/css-syntax-3/#consume-escaped-code-point).
func consumeSelEscape(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0xFFFD, i
	}
	n, v := 0, rune(0)
	for n < 6 && i+n < len(s) && isHexDigit(s[i+n]) {
		v = v*16 + rune(hexValue(s[i+n]))
		n++
	}
	if n == 0 {
		r := []rune(s[i:min(i+4, len(s))])[0]
		return r, i + len(string(r))
	}
	i += n
	if i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
		i++
	}
	if v == 0 || v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF {
		v = 0xFFFD
	}
	return v, i
}

func isHexDigit(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f' }

func hexValue(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

func consumeSelString(s string, i int, quote byte) (string, int) {
	var b strings.Builder
	for i < len(s) {
		c := s[i]
		switch {
		case c == quote:
			return b.String(), i + 1
		case c == '\\' && i+1 < len(s) && s[i+1] == '\n':
			i += 2
		case c == '\\':
			var r rune
			r, i = consumeSelEscape(s, i+1)
			b.WriteRune(r)
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), i
}

// selParser parses selectors from tokens, following the grammar of
// https://www.w3.org/TR/selectors-4/#grammar.
type selParser struct {
	toks  []selTok
	pos   int
	inHas bool // :has() cannot be nested
	ns    *Namespaces
}

func (p *selParser) peek() selTok { return p.toks[p.pos] }

func (p *selParser) next() selTok {
	t := p.toks[p.pos]
	if t.kind != stEOF {
		p.pos++
	}
	return t
}

func (p *selParser) skipWS() bool {
	ws := false
	for p.peek().kind == stWS {
		p.pos++
		ws = true
	}
	return ws
}

func (p *selParser) isDelim(c string) bool {
	t := p.peek()
	return t.kind == stDelim && t.val == c
}

func errSel(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrSelector}, args...)...)
}

// parseList parses a comma-separated list of complex selectors up to EOF or
// an unmatched ")".
func (p *selParser) parseList(depth int, allowPseudo bool) (SelectorList, error) {
	if depth > maxNesting {
		return nil, errSel("nested too deeply")
	}
	var l SelectorList
	for {
		p.skipWS()
		s, err := p.parseComplex(depth, allowPseudo)
		if err != nil {
			return nil, err
		}
		l = append(l, s)
		p.skipWS()
		if !p.isDelim(",") {
			return l, nil
		}
		p.next()
	}
}

// parseForgivingList parses a <forgiving-selector-list> (the argument of
// :is() and :where()): invalid items are dropped instead of failing.
func (p *selParser) parseForgivingList(depth int) (SelectorList, error) {
	if depth > maxNesting {
		return nil, errSel("nested too deeply")
	}
	l := SelectorList{}
	for {
		p.skipWS()
		start := p.pos
		s, err := p.parseComplex(depth, false)
		p.skipWS()
		if err == nil && (p.isDelim(",") || p.isDelim(")")) {
			l = append(l, s)
		} else {
			p.pos = start
			p.skipItem()
		}
		if !p.isDelim(",") {
			return l, nil
		}
		p.next()
	}
}

// skipItem skips tokens up to the next "," or ")" outside parentheses.
func (p *selParser) skipItem() {
	level := 0
	for {
		t := p.peek()
		switch {
		case t.kind == stEOF:
			return
		case t.kind == stFunc || t.kind == stDelim && (t.val == "(" || t.val == "["):
			level++
		case t.kind == stDelim && (t.val == ")" || t.val == "]"):
			if level == 0 && t.val == ")" {
				return
			}
			level--
		case t.kind == stDelim && t.val == "," && level == 0:
			return
		}
		p.next()
	}
}

func (p *selParser) parseComplex(depth int, allowPseudo bool) (*Selector, error) {
	s := &Selector{}
	for {
		c, pseudo, err := p.parseCompound(depth, allowPseudo)
		if err != nil {
			return nil, err
		}
		s.compounds = append(s.compounds, c)
		if pseudo != "" {
			s.pseudo = pseudo
			s.spec[2]++
			if s.pseudoState, err = p.parsePseudoState(depth); err != nil {
				return nil, err
			}
			st := compound{simple: s.pseudoState}
			s.spec = s.spec.add(st.specificity())
		}
		ws := p.skipWS()
		comb := Descendant
		switch {
		case p.isDelim(">"):
			comb = Child
		case p.isDelim("+"):
			comb = NextSibling
		case p.isDelim("~"):
			comb = SubsequentSibling
		case !ws || p.peek().kind == stEOF || p.isDelim(",") || p.isDelim(")"):
			for i := range s.compounds {
				s.spec = s.spec.add(s.compounds[i].specificity())
			}
			return s, nil
		}
		if comb != Descendant {
			p.next()
			p.skipWS()
		}
		if s.pseudo != "" {
			return nil, errSel("combinator after a pseudo-element")
		}
		s.combinators = append(s.combinators, comb)
	}
}

func (c *compound) specificity() Specificity {
	var sp Specificity
	if c.tag != "" {
		sp[2]++
	}
	for i := range c.simple {
		sm := &c.simple[i]
		switch {
		case sm.kind == simpleID:
			sp[0]++
		case sm.kind != simplePseudo:
			sp[1]++
		case sm.name == "where":
		case sm.name == "not" || sm.name == "is" || sm.name == "has":
			sp = sp.add(sm.list.maxSpecificity())
		case strings.HasPrefix(sm.name, "nth-") && sm.list != nil:
			sp = sp.add(sm.list.maxSpecificity())
			sp[1]++
		default:
			sp[1]++
		}
	}
	return sp
}

func (l SelectorList) maxSpecificity() Specificity {
	var m Specificity
	for _, s := range l {
		if m.Less(s.spec) {
			m = s.spec
		}
	}
	return m
}

// parseCompound parses a compound selector and an optional pseudo-element
// after it.
func (p *selParser) parseCompound(depth int, allowPseudo bool) (compound, string, error) {
	var c compound
	start := p.pos
	if err := p.parseTypeSelector(&c); err != nil {
		return c, "", err
	}
	hasType := p.pos > start
	n := 0
	for ; ; n++ {
		t := p.peek()
		var err error
		switch {
		case t.kind == stHash:
			if !t.isID {
				return c, "", errSel("invalid id %q", t.val)
			}
			p.next()
			c.simple = append(c.simple, simple{kind: simpleID, name: t.val})
		case t.kind == stDelim && t.val == ".":
			p.next()
			if id := p.next(); id.kind == stIdent {
				c.simple = append(c.simple, simple{kind: simpleClass, name: id.val})
			} else {
				return c, "", errSel("expected a class name")
			}
		case t.kind == stDelim && t.val == "[":
			p.next()
			err = p.parseAttr(&c)
		case t.kind == stDelim && t.val == ":":
			p.next()
			var pseudo string
			pseudo, err = p.parsePseudo(&c, depth)
			if err == nil && pseudo != "" {
				if !allowPseudo {
					return c, "", errSel("pseudo-element ::%s not allowed here", pseudo)
				}
				return c, pseudo, nil
			}
		default:
			if n == 0 && !hasType {
				return c, "", errSel("expected a selector, found %q", t.val)
			}
			return c, "", nil
		}
		if err != nil {
			return c, "", err
		}
	}
}

// parsePseudoState parses what may follow a pseudo-element
// (https://drafts.csswg.org/selectors-4/#pseudo-element-states): user-action
// pseudo-classes and :is()/:where()/:not() of them, as in
// "::file-selector-button:is(:hover, :active)". Anything else is invalid.
func (p *selParser) parsePseudoState(depth int) ([]simple, error) {
	var state []simple
	for {
		t := p.peek()
		if t.kind == stHash || t.kind == stDelim && (t.val == "." || t.val == "[") {
			return nil, errSel("selector after a pseudo-element")
		}
		if t.kind != stDelim || t.val != ":" {
			return state, nil
		}
		p.next()
		if p.isDelim(":") {
			return nil, errSel("pseudo-element after a pseudo-element")
		}
		var c compound
		name, err := p.parsePseudo(&c, depth)
		if err != nil {
			return nil, err
		}
		if name != "" || len(c.simple) == 0 {
			return nil, errSel("pseudo-element after a pseudo-element")
		}
		sm := c.simple[len(c.simple)-1]
		if !userActionState(&sm) {
			return nil, errSel("pseudo-class :%s after a pseudo-element", sm.name)
		}
		state = append(state, sm)
	}
}

// userActionState reports whether sm is a user-action pseudo-class, or a
// logical combination of them only.
func userActionState(sm *simple) bool {
	switch sm.name {
	case "hover", "active", "focus", "focus-visible", "focus-within":
		return true
	case "is", "where", "not":
		for _, s := range sm.list {
			if len(s.compounds) != 1 || s.pseudo != "" {
				return false
			}
			c := &s.compounds[0]
			if c.tag != "" || c.prefix != "" || len(c.simple) == 0 {
				return false
			}
			for i := range c.simple {
				if c.simple[i].kind != simplePseudo || !userActionState(&c.simple[i]) {
					return false
				}
			}
		}
		return len(sm.list) > 0
	}
	return false
}

// pseudoElements are the pseudo-elements we parse; the legacy ones may be
// written with one colon (https://www.w3.org/TR/selectors-4/#pseudo-element-syntax).
var pseudoElements = map[string]bool{
	"before": true, "after": true, "first-line": true, "first-letter": true, "marker": true,
	"placeholder": true, "selection": true, "backdrop": true, "file-selector-button": true,
}

// simplePseudoClasses are the argument-less pseudo-classes we accept.
var simplePseudoClasses = map[string]bool{
	"root": true, "empty": true, "first-child": true, "last-child": true, "only-child": true,
	"first-of-type": true, "last-of-type": true, "only-of-type": true, "link": true,
	"any-link": true, "visited": true, "checked": true, "disabled": true, "enabled": true,
	"hover": true, "focus": true, "active": true, "focus-visible": true, "focus-within": true,
	"target": true, "required": true, "optional": true, "placeholder-shown": true,
	"defined": true, "scope": true, "indeterminate": true, "invalid": true, "valid": true,
	"read-only": true, "read-write": true, "default": true, "autofill": true,
	"-webkit-autofill": true, // the legacy alias Chromium keeps (https://html.spec.whatwg.org/multipage/semantics-other.html#selector-autofill)
}

// parsePseudo parses what follows a ":" and returns the pseudo-element
// name, if it was one.
func (p *selParser) parsePseudo(c *compound, depth int) (string, error) {
	double := p.isDelim(":")
	if double {
		p.next()
	}
	t := p.next()
	name := strings.ToLower(t.val)
	switch {
	case t.kind == stIdent && (double || name == "before" || name == "after" || name == "first-line" || name == "first-letter"):
		// Selectors 4 §3.6.4 compatibility: "::-webkit-" pseudo-elements
		// are valid at parse time (https://drafts.csswg.org/selectors-4/#compat)
		// and match nothing here.
		if !pseudoElements[name] && !strings.HasPrefix(name, "-webkit-") {
			return "", errSel("unknown pseudo-element ::%s", t.val)
		}
		return name, nil
	case double:
		return "", errSel("unknown pseudo-element ::%s", t.val)
	case t.kind == stIdent:
		if !simplePseudoClasses[name] {
			return "", errSel("unknown pseudo-class :%s", t.val)
		}
		c.simple = append(c.simple, simple{kind: simplePseudo, name: name})
		return "", nil
	case t.kind == stFunc:
		sm := simple{kind: simplePseudo, name: name}
		if err := p.parsePseudoArgs(&sm, depth); err != nil {
			return "", err
		}
		c.simple = append(c.simple, sm)
		return "", nil
	}
	return "", errSel("expected a pseudo-class name")
}

func (p *selParser) parsePseudoArgs(sm *simple, depth int) error {
	var err error
	switch sm.name {
	case "not":
		sm.list, err = p.parseList(depth+1, false)
		exemptSubjects(sm.list)
	case "is", "where":
		sm.list, err = p.parseForgivingList(depth + 1)
		exemptSubjects(sm.list)
	case "nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type":
		err = p.parseNth(sm, depth)
	case "lang":
		err = p.parseLangRanges(sm)
	case "has":
		err = p.parseRelativeList(sm, depth)
	case "dir":
		p.skipWS()
		t := p.next()
		sm.value = strings.ToLower(t.val)
		if t.kind != stIdent || sm.value != "ltr" && sm.value != "rtl" {
			err = errSel(":dir() needs ltr or rtl")
		}
	default:
		// TODO(spec): :has() and the rest.
		return errSel("unknown pseudo-class :%s()", sm.name)
	}
	if err != nil {
		return err
	}
	p.skipWS()
	if !p.isDelim(")") {
		return errSel("expected ) after :%s(", sm.name)
	}
	p.next()
	return nil
}

// parseRelativeList parses the <relative-selector-list> of :has():
// selectors with an optional leading combinator.
func (p *selParser) parseRelativeList(sm *simple, depth int) error {
	if p.inHas {
		return errSel(":has() cannot be nested")
	}
	p.inHas = true
	defer func() { p.inHas = false }()
	for {
		p.skipWS()
		lead := Descendant
		switch {
		case p.isDelim(">"):
			lead = Child
		case p.isDelim("+"):
			lead = NextSibling
		case p.isDelim("~"):
			lead = SubsequentSibling
		}
		if lead != Descendant {
			p.next()
			p.skipWS()
		}
		s, err := p.parseComplex(depth+1, false)
		if err != nil {
			return err
		}
		sm.list = append(sm.list, s)
		sm.leads = append(sm.leads, lead)
		p.skipWS()
		if !p.isDelim(",") {
			return nil
		}
		p.next()
	}
}

// parseLangRanges parses the comma-separated language ranges of :lang().
func (p *selParser) parseLangRanges(sm *simple) error {
	for {
		p.skipWS()
		t := p.next()
		if t.kind != stIdent && t.kind != stString {
			return errSel("bad :lang() argument")
		}
		sm.args = append(sm.args, t.val)
		p.skipWS()
		if !p.isDelim(",") {
			return nil
		}
		p.next()
	}
}

// parseNth parses "An+B [of S]" (https://www.w3.org/TR/css-syntax-3/#anb-microsyntax).
func (p *selParser) parseNth(sm *simple, depth int) error {
	p.skipWS()
	var raw strings.Builder
	for {
		t := p.peek()
		if t.kind == stEOF || t.kind == stDelim && t.val == ")" || t.kind == stIdent && strings.EqualFold(t.val, "of") {
			break
		}
		if t.kind != stWS {
			raw.WriteString(t.rawText(p))
		} else {
			raw.WriteByte(' ')
		}
		p.next()
	}
	a, b, ok := parseAnB(strings.TrimSpace(raw.String()))
	if !ok {
		return errSel("bad An+B %q", raw.String())
	}
	sm.a, sm.b = a, b
	if t := p.peek(); t.kind == stIdent && strings.EqualFold(t.val, "of") {
		if sm.name != "nth-child" && sm.name != "nth-last-child" {
			return errSel("'of' in :%s()", sm.name)
		}
		p.next()
		var err error
		sm.list, err = p.parseList(depth+1, false)
		return err
	}
	return nil
}

func (t selTok) rawText(p *selParser) string {
	switch t.kind {
	case stIdent, stNumber:
		return t.val
	case stDelim:
		return t.val
	}
	return "\x00" // anything else makes An+B invalid
}

// parseAnB parses the An+B notation: "odd", "even", "3", "-n+2", "2n - 1".
func parseAnB(s string) (a, b int, ok bool) {
	s = strings.ToLower(s)
	switch s {
	case "odd":
		return 2, 1, true
	case "even":
		return 2, 0, true
	}
	i := strings.IndexByte(s, 'n')
	if i < 0 {
		b, ok = parseSignedInt(s, false)
		return 0, b, ok
	}
	switch as := s[:i]; as {
	case "", "+":
		a = 1
	case "-":
		a = -1
	default:
		if a, ok = parseSignedInt(as, false); !ok {
			return 0, 0, false
		}
	}
	rest := strings.TrimSpace(s[i+1:])
	if rest == "" {
		return a, 0, true
	}
	if rest[0] != '+' && rest[0] != '-' {
		return 0, 0, false
	}
	digits := strings.TrimSpace(rest[1:])
	if digits == "" || digits[0] == '+' || digits[0] == '-' {
		return 0, 0, false
	}
	b, ok = parseSignedInt(digits, rest[0] == '-')
	return a, b, ok
}

func parseSignedInt(s string, neg bool) (int, bool) {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = neg != (s[0] == '-')
		s = s[1:]
	}
	if s == "" || len(s) > 9 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		v = v*10 + int(s[i]-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}
