package cssom

// This file parses style sheets with tdewolff's streaming CSS parser into
// our rule types, recovering from errors as CSS Syntax 3 says
// (https://www.w3.org/TR/css-syntax-3/#error-handling): a bad selector drops
// its rule, a bad declaration only itself, an unknown at-rule is skipped.

import (
	"net/url"
	"strings"

	"github.com/paneweb/pane/dom"
	"github.com/tdewolff/parse/v2/css"
)

// Rule is one rule of a style sheet: a *StyleRule, *MediaRule, *FontFace,
// *SupportsRule, *LayerRule, *LayerStatementRule, *NamespaceRule,
// *KeyframesRule, *PageRule, *ScopeRule or *CounterStyleRule. @import rules are kept apart, in
// StyleSheet.Imports; @font-face rules are also listed in
// StyleSheet.FontFaces.
type Rule interface {
	isRule()
}

// StyleRule is a qualified rule: a selector list and its declarations
// (https://www.w3.org/TR/cssom-1/#the-cssstylerule-interface).
type StyleRule struct {
	// Selectors is the parsed selector list; never empty.
	Selectors dom.SelectorList
	// Declarations are the valid declarations in source order.
	Declarations []*Declaration

	// Rules are the nested rules (https://www.w3.org/TR/css-nesting-1/),
	// in order; their Selectors are already resolved against this rule's.
	Rules []Rule

	// hints[i] are the hashed ancestor keys of Selectors[i] (bloom.go),
	// computed once when parsing.
	hints [][]uint32
	// text is the selector text with nesting resolved; written is the
	// prelude as written for a nested rule ("" at the top level).
	text, written string
}

// MediaRule is an @media rule: its rules apply when Query matches.
type MediaRule struct {
	Query MediaQueryList
	Rules []Rule
}

// SupportsRule is an @supports rule. Its condition was evaluated when the
// sheet was parsed; Rules apply when Supported is true.
type SupportsRule struct {
	// Condition is the condition text as written (normalized white space).
	Condition string
	Supported bool
	Rules     []Rule
}

// NamespaceRule is an @namespace rule
// (https://www.w3.org/TR/css-namespaces-3/): the sheet's selectors use
// Prefix (the default namespace when "") for the namespace URI.
type NamespaceRule struct {
	Prefix, URI string
}

func (*NamespaceRule) isRule() {}
func (*StyleRule) isRule()     {}
func (*MediaRule) isRule()     {}
func (*SupportsRule) isRule()  {}
func (*FontFace) isRule()      {}
func (*Import) isRule()        {}

// FontFace is an @font-face rule (https://www.w3.org/TR/css-fonts-4/#font-face-rule).
type FontFace struct {
	// Family is the font-family descriptor, unquoted.
	Family string
	// Sources are the src descriptor's entries in order.
	Sources []FontSource
	// Weight, Style, Stretch and UnicodeRange are the descriptors' text
	// ("" when absent), e.g. "700", "100 900", "italic", "75% 125%",
	// "U+0000-00FF, U+0131".
	Weight, Style, Stretch, UnicodeRange string
}

// FontSource is one entry of an @font-face src list: either URL (absolute,
// with an optional Format such as "woff2") or Local (a full font name).
type FontSource struct {
	URL, Format, Local string
}

// maxRuleDepth bounds the nesting of conditional group rules; deeper rules
// are dropped (AD-HOC: browsers have similar limits).
const maxRuleDepth = 64

// ParseStyleSheet parses a style sheet. It never fails: what cannot be parsed
// is dropped as CSS Syntax 3 says. href is the sheet's absolute URL (the
// document's URL for a <style> element), used to resolve url()s.
func ParseStyleSheet(src, href string, origin Origin) *StyleSheet {
	return parseStyleSheetNS(src, href, origin, nil)
}

// parseStyleSheetNS is ParseStyleSheet with the namespaces an enclosing
// sheet declared (for insertRule), or nil.
func parseStyleSheetNS(src, href string, origin Origin, ns *dom.Namespaces) *StyleSheet {
	s := &StyleSheet{Origin: origin, Href: href}
	base, _ := url.Parse(href)
	sp := &sheetParser{sheet: s, base: base, outerNS: ns}
	s.Rules = sp.ruleList(consumeRuleList(tokenize(src), true), 0)
	return s
}

type sheetParser struct {
	sheet *StyleSheet
	base  *url.URL
	// ns holds the sheet's @namespace declarations (nil for none); an
	// @import after one is invalid.
	ns *dom.Namespaces
	// outerNS are the namespaces of the sheet a rule is inserted into,
	// used when the text declares none.
	outerNS *dom.Namespaces
	// seenRule is set after the first rule other than @charset, @layer
	// statements and @import; later @imports are invalid.
	seenRule bool
	// scoped is set inside @scope, whose style rules are relative to the
	// scoping root (scope.go).
	scoped bool
}

// ruleList interprets the rules of the sheet's top level or of a
// conditional group rule outside any style rule.
func (sp *sheetParser) ruleList(raw []rawRule, depth int) []Rule {
	if depth > maxRuleDepth {
		return nil
	}
	var rules []Rule
	for _, r := range raw {
		switch {
		case r.name == "":
			sp.seenRule = true
			if st := sp.styleRule(r, depth, nil); st != nil {
				rules = append(rules, st)
			}
		case !r.hasBlock:
			if st := sp.atRuleStatement(r.name, r.prelude); st != nil {
				rules = append(rules, st)
			}
		default:
			rules = append(rules, sp.atRuleBlock(r, depth, nil)...)
		}
	}
	return rules
}

// styleRule interprets a qualified rule as a style rule; parent is the
// enclosing style rule of a nested one (nil at the top level). It returns
// nil when the selector is invalid, which drops the whole rule.
// https://www.w3.org/TR/css-syntax-3/#style-rules and
// https://www.w3.org/TR/css-nesting-1/#syntax
func (sp *sheetParser) styleRule(r rawRule, depth int, parent *StyleRule) *StyleRule {
	if !r.hasBlock || depth > maxRuleDepth {
		return nil
	}
	written := strings.TrimSpace(rawText(normalizePrelude(r.prelude)))
	text := resolveNesting(r.prelude, parent)
	if parent == nil && sp.scoped {
		text = scopedSelectorText(r.prelude)
	}
	sel, err := dom.ParseSelectorListNS(text, sp.namespaces())
	if err != nil {
		return nil
	}
	st := newStyleRule(sel, text)
	if parent != nil {
		st.written = written
	}
	st.Declarations, st.Rules = sp.blockContents(consumeBlockContents(r.block), depth, st)
	return st
}

func newStyleRule(sel dom.SelectorList, text string) *StyleRule {
	st := &StyleRule{Selectors: sel, hints: make([][]uint32, len(sel)), text: text}
	for i, s := range sel {
		st.hints[i] = selectorHints(s)
	}
	return st
}

// blockContents interprets the declarations and nested rules of a style
// rule's block (or of a group rule nested in one); parent is that style
// rule. Declarations after a nested rule go, in place, into a rule of
// their own with the parent's selectors
// (https://www.w3.org/TR/css-nesting-1/#nested-declarations-rule).
func (sp *sheetParser) blockContents(items []rawItem, depth int, parent *StyleRule) ([]*Declaration, []Rule) {
	var decls, trailing []*Declaration
	var rules []Rule
	flush := func() {
		if len(trailing) > 0 {
			rules = append(rules, sp.nestedDeclarations(parent, trailing))
			trailing = nil
		}
	}
	for _, it := range items {
		if it.decl {
			d := sp.declaration(it.name, it.value)
			switch {
			case d == nil:
			case len(rules) == 0:
				decls = append(decls, d)
			default:
				trailing = append(trailing, d)
			}
			continue
		}
		flush()
		if it.rule.name == "" {
			if st := sp.styleRule(it.rule, depth+1, parent); st != nil {
				rules = append(rules, st)
			}
		} else if it.rule.hasBlock {
			rules = append(rules, sp.atRuleBlock(it.rule, depth+1, parent)...)
		}
	}
	flush()
	return decls, rules
}

// nestedDeclarations returns the rule holding declarations that follow
// nested rules. AD-HOC: it is a style rule "& { ... }", whose specificity
// is that of :is(parent) rather than the parent's own.
func (sp *sheetParser) nestedDeclarations(parent *StyleRule, decls []*Declaration) *StyleRule {
	text := ":is(" + parent.text + ")"
	sel, err := dom.ParseSelectorListNS(text, sp.namespaces())
	if err != nil {
		sel = parent.Selectors
	}
	st := newStyleRule(sel, text)
	st.written = "&"
	st.Declarations = decls
	return st
}

// resolveNesting returns the selector text of a rule's prelude with the
// nesting selector resolved: each "&" becomes :is(<parent's selectors>),
// and a nested selector without "&" (a relative selector) is made
// relative to the parent, "& " prepended
// (https://www.w3.org/TR/css-nesting-1/#nest-selector). At the top level
// "&" is :scope.
func resolveNesting(prelude []css.Token, parent *StyleRule) string {
	repl := ":scope"
	if parent != nil {
		repl = ":is(" + parent.text + ")"
	}
	var parts []string
	size := 0
	for _, sel := range splitTopLevelCommas(prelude) {
		var b strings.Builder
		hasNest := false
		for _, t := range sel {
			if t.TokenType == css.DelimToken && string(t.Data) == "&" {
				b.WriteString(repl)
				hasNest = true
				continue
			}
			b.Write(t.Data)
		}
		text := strings.TrimSpace(b.String())
		if parent != nil && !hasNest {
			text = repl + " " + text
		}
		// Selector lists nested in selector lists grow exponentially:
		// AD-HOC, past maxNestedSelector bytes the rule is dropped.
		if size += len(text); size > maxNestedSelector {
			return ""
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ", ")
}

// maxNestedSelector bounds the text of a selector with its nesting
// resolved.
const maxNestedSelector = 1 << 15

// splitTopLevelCommas splits tokens at the commas outside blocks.
func splitTopLevelCommas(toks []css.Token) [][]css.Token {
	return splitAtCommas(toks, func(t css.Token) css.TokenType { return t.TokenType })
}

// declaration validates one declaration of a block.
func (sp *sheetParser) declaration(name string, value []css.Token) *Declaration {
	if strings.HasPrefix(name, "--") {
		raw := strings.TrimSpace(rawText(value))
		return newCustomDeclaration(name, []css.Token{{TokenType: css.CustomPropertyValueToken, Data: []byte(raw)}})
	}
	return newDeclaration(name, normalizeValue(value), sp.base)
}

// atRuleStatement handles an at-rule without a block: @import, @charset,
// @namespace, @layer statements. It returns the rule to keep in place, if
// any.
func (sp *sheetParser) atRuleStatement(name string, prelude []css.Token) Rule {
	switch name {
	case "@import":
		// https://www.w3.org/TR/css-cascade-4/#at-import: only valid before
		// every rule other than @charset and @layer statements.
		if sp.seenRule || sp.ns != nil {
			return nil
		}
		if imp := sp.parseImport(normalizePrelude(prelude)); imp != nil {
			sp.sheet.Imports = append(sp.sheet.Imports, imp)
		}
	case "@charset":
		// @charset only matters for decoding, done by the caller.
	case "@layer":
		// https://www.w3.org/TR/css-cascade-5/#layer-empty: an @layer
		// statement may precede @import without ending the imports.
		if names, ok := parseLayerNames(convertTokens(normalizePrelude(prelude))); ok {
			return &LayerStatementRule{Names: names}
		}
	case "@namespace":
		return sp.namespaceRule(prelude)
	default:
		sp.seenRule = true
	}
	return nil
}

// noNamespaces makes every namespace prefix of a sheet without @namespace
// undeclared (https://www.w3.org/TR/css-namespaces-3/#prefixes).
var noNamespaces = &dom.Namespaces{}

func (sp *sheetParser) namespaces() *dom.Namespaces {
	switch {
	case sp.ns != nil:
		return sp.ns
	case sp.outerNS != nil:
		return sp.outerNS
	}
	return noNamespaces
}

// namespaceRule parses "@namespace <prefix>? [ <string> | <url> ]"
// (https://www.w3.org/TR/css-namespaces-3/#declaration). It is only valid
// before every rule other than @charset, @import and @layer statements.
func (sp *sheetParser) namespaceRule(prelude []css.Token) Rule {
	if sp.seenRule {
		return nil
	}
	comps := components(convertTokens(prelude))
	var r NamespaceRule
	switch len(comps) {
	case 1:
	case 2:
		if ident(comps[0]) == "" {
			return nil
		}
		r.Prefix = comps[0][0].s
		comps = comps[1:]
	default:
		return nil
	}
	switch c := comps[0]; {
	case len(c) == 1 && c[0].t == css.StringToken:
		r.URI = unquote(c[0].s)
	default:
		u, ok := parseURLComponent(c)
		if !ok {
			return nil
		}
		r.URI = u
	}
	if sp.ns == nil {
		sp.ns = &dom.Namespaces{Prefixes: map[string]string{}}
	}
	if r.Prefix == "" {
		sp.ns.Default = r.URI
	} else {
		sp.ns.Prefixes[r.Prefix] = r.URI
	}
	return &r
}

// parseImport parses "@import <url> [layer|layer()]? [supports()]?
// <media-query-list>" (https://www.w3.org/TR/css-cascade-5/#at-import).
func (sp *sheetParser) parseImport(vals []css.Token) *Import {
	toks := convertTokens(vals)
	c := cursor{toks: toks}
	c.skipWS()
	t := c.next()
	var ref string
	switch {
	case t.t == css.URLToken:
		ref = urlTokenValue(t.s)
	case t.t == css.StringToken:
		ref = unquote(t.s)
	case t.t == css.FunctionToken && strings.EqualFold(t.s, "url("):
		c.skipWS()
		if s := c.next(); s.t == css.StringToken {
			ref = unquote(s.s)
		}
		c.skipWS()
		if c.next().t != css.RightParenthesisToken {
			return nil
		}
	default:
		return nil
	}
	c.skipWS()
	rest := c.rest()
	// [ layer | layer(<layer-name>) ]? [ supports(<condition>) ]?
	comps := components(rest)
	skip := 0
	var layered bool
	var layer string
	if len(comps) > 0 && (ident(comps[0]) == "layer" || isFunc(comps[0], "layer(")) {
		layered = true
		if isFunc(comps[0], "layer(") {
			name, ok := parseLayerName(funcArgs(comps[0]))
			if !ok {
				return nil
			}
			layer = name
		}
		skip++
	}
	if len(comps) > skip && isFunc(comps[skip], "supports(") {
		args := funcArgs(comps[skip])
		ok, valid := evalSupports(args)
		if !valid {
			ok = supportsLeaf(&condNode{op: 'l', leaf: args})
		}
		if !ok {
			return nil
		}
		skip++
	}
	for _, c := range comps[:skip] {
		rest = rest[len(c):]
		for len(rest) > 0 && rest[0].t == css.WhitespaceToken {
			rest = rest[1:]
		}
	}
	media := strings.TrimSpace(tokensTextOf(rest))
	if _, ok := ParseMediaQueryList(media); !ok {
		return nil
	}
	return &Import{URL: resolveURL(sp.base, ref), Media: media, Layered: layered, Layer: layer}
}

// atRuleBlock handles an at-rule with a block and returns the rules it
// contributes. parent is the enclosing style rule when the at-rule is
// nested in one (https://www.w3.org/TR/css-nesting-1/#conditionals): then
// its block holds declarations and nested rules, as a style rule's does.
func (sp *sheetParser) atRuleBlock(r rawRule, depth int, parent *StyleRule) []Rule {
	sp.seenRule = true
	if depth > maxRuleDepth {
		return nil
	}
	prelude := normalizePrelude(r.prelude)
	text := strings.TrimSpace(rawText(prelude))
	switch r.name {
	case "@media":
		q, _ := ParseMediaQueryList(text)
		return []Rule{&MediaRule{Query: q, Rules: sp.groupBody(r.block, depth, parent)}}
	case "@supports":
		ok, valid := evalSupports(convertTokens(prelude))
		if !valid {
			return nil
		}
		return []Rule{&SupportsRule{Condition: text, Supported: ok, Rules: sp.groupBody(r.block, depth, parent)}}
	case "@font-face":
		if parent == nil {
			if ff := sp.parseFontFace(r.block); ff != nil {
				return []Rule{ff}
			}
		}
		return nil
	case "@font-feature-values":
		// https://www.w3.org/TR/css-fonts-4/#font-feature-values
		if parent == nil {
			if fv := parseFontFeatureValuesRule(r.prelude, r.block); fv != nil {
				sp.sheet.FontFeatureValues = append(sp.sheet.FontFeatureValues, fv)
				return []Rule{fv}
			}
		}
		return nil
	case "@font-palette-values":
		// https://www.w3.org/TR/css-fonts-4/#font-palette-values
		if parent == nil {
			if pv := parseFontPaletteValuesRule(r.prelude, r.block); pv != nil {
				sp.sheet.FontPaletteValues = append(sp.sheet.FontPaletteValues, pv)
				return []Rule{pv}
			}
		}
		return nil
	case "@counter-style":
		if cs := parseCounterStyleRule(text, r.block); cs != nil && parent == nil {
			return []Rule{cs}
		}
		return nil
	case "@layer":
		// https://www.w3.org/TR/css-cascade-5/#layer-block: an optional
		// <layer-name>; none makes an anonymous layer.
		toks := convertTokens(prelude)
		name, ok := parseLayerName(toks)
		if !ok && len(components(toks)) > 0 {
			return nil
		}
		return []Rule{&LayerRule{Name: name, Rules: sp.groupBody(r.block, depth, parent)}}
	case "@keyframes", "@-webkit-keyframes":
		if kr := sp.keyframesRule(r.prelude, r.block); kr != nil && parent == nil {
			return []Rule{kr}
		}
		return nil
	case "@scope":
		// TODO(spec): @scope nested in a style rule.
		if sr := sp.scopeRule(r, depth); sr != nil && parent == nil {
			return []Rule{sr}
		}
		return nil
	case "@page":
		if parent == nil {
			return []Rule{sp.pageRule(r.prelude, r.block)}
		}
		return nil
	}
	// @container and unknown at-rules: skipped.
	// TODO(spec): @container (size queries need a layout pass first).
	return nil
}

// groupBody interprets the block of a conditional group rule or @layer:
// a list of rules, or, nested in the style rule parent, declarations and
// rules (the declarations go first, into a rule with the parent's
// selectors).
func (sp *sheetParser) groupBody(block []css.Token, depth int, parent *StyleRule) []Rule {
	if parent == nil {
		return sp.ruleList(consumeRuleList(block, false), depth+1)
	}
	decls, rules := sp.blockContents(consumeBlockContents(block), depth, parent)
	if len(decls) > 0 {
		rules = append([]Rule{sp.nestedDeclarations(parent, decls)}, rules...)
	}
	return rules
}

// parseFontFace reads the descriptors of an @font-face block and returns
// the rule (nil without a family or sources), also listed in FontFaces.
func (sp *sheetParser) parseFontFace(block []css.Token) *FontFace {
	ff := &FontFace{}
	for _, it := range consumeBlockContents(block) {
		if it.decl {
			sp.fontFaceDescriptor(ff, it.name, convertTokens(normalizeValue(it.value)))
		}
	}
	if ff.Family == "" || len(ff.Sources) == 0 {
		return nil
	}
	sp.sheet.FontFaces = append(sp.sheet.FontFaces, ff)
	return ff
}

func (sp *sheetParser) fontFaceDescriptor(ff *FontFace, name string, toks []tok) {
	toks, _ = stripImportant(toks)
	switch name {
	case "font-family":
		if fams, ok := parseFontFamilyList(toks); ok && len(fams) == 1 {
			ff.Family = fams[0]
		}
	case "src":
		ff.Sources = sp.parseFontSources(toks)
	case "font-weight":
		ff.Weight = tokensTextOf(toks)
	case "font-stretch", "font-width":
		ff.Stretch = tokensTextOf(toks)
	case "font-style":
		ff.Style = tokensTextOf(toks)
	case "unicode-range":
		ff.UnicodeRange = tokensTextOf(toks)
	}
}

// parseFontSources parses the src descriptor:
// [ <url> [format(<string>)]? | local(<family-name>) ]#
func (sp *sheetParser) parseFontSources(toks []tok) []FontSource {
	var out []FontSource
	for _, item := range splitCommas(toks) {
		comps := components(item)
		if len(comps) == 0 {
			continue
		}
		var fs FontSource
		first := comps[0]
		switch {
		case first[0].t == css.URLToken || isFunc(first, "url("):
			u, ok := parseURLComponent(first)
			if !ok {
				continue
			}
			fs.URL = resolveURL(sp.base, u)
			for _, c := range comps[1:] {
				if isFunc(c, "format(") && len(c) >= 3 {
					fs.Format = unquote(c[1].s)
				}
			}
		case isFunc(first, "local("):
			fams, ok := parseFontFamilyList(first[1 : len(first)-1])
			if !ok || len(fams) != 1 {
				continue
			}
			fs.Local = fams[0]
		default:
			continue
		}
		out = append(out, fs)
	}
	return out
}

// resolveURL resolves ref against base; on failure it returns ref as is.
func resolveURL(base *url.URL, ref string) string {
	if base == nil || strings.HasPrefix(ref, "data:") {
		return ref
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}
