package cssom

// This file parses style sheets with tdewolff's streaming CSS parser into
// our rule types, recovering from errors as CSS Syntax 3 says
// (https://www.w3.org/TR/css-syntax-3/#error-handling): a bad selector drops
// its rule, a bad declaration only itself, an unknown at-rule is skipped.

import (
	"net/url"
	"strings"

	"github.com/paneweb/pane/dom"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// Rule is one rule of a style sheet: a *StyleRule, *MediaRule or
// *SupportsRule. @import and @font-face rules are kept apart, in
// StyleSheet.Imports and StyleSheet.FontFaces.
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

	// hints[i] are the hashed ancestor keys of Selectors[i] (bloom.go),
	// computed once when parsing.
	hints [][]uint32
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

func (*StyleRule) isRule()    {}
func (*MediaRule) isRule()    {}
func (*SupportsRule) isRule() {}

// FontFace is an @font-face rule (https://www.w3.org/TR/css-fonts-4/#font-face-rule).
type FontFace struct {
	// Family is the font-family descriptor, unquoted.
	Family string
	// Sources are the src descriptor's entries in order.
	Sources []FontSource
	// Weight, Style and UnicodeRange are the descriptors' text ("" when
	// absent), e.g. "700", "100 900", "italic", "U+0000-00FF, U+0131".
	Weight, Style, UnicodeRange string
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
	s := &StyleSheet{Origin: origin, Href: href}
	base, _ := url.Parse(href)
	sp := &sheetParser{p: css.NewParser(parse.NewInputString(src), false), sheet: s, base: base}
	s.Rules = sp.parseRules(0)
	return s
}

type sheetParser struct {
	p     *css.Parser
	sheet *StyleSheet
	base  *url.URL
	// seenRule is set after the first rule other than @charset and
	// @import; later @imports are invalid.
	seenRule bool
}

// parseRules consumes a list of rules up to EOF (depth 0) or the end of
// the enclosing at-rule block.
func (sp *sheetParser) parseRules(depth int) []Rule {
	var rules []Rule
	for {
		gt, _, data := sp.p.Next()
		switch gt {
		case css.ErrorGrammar:
			if sp.p.Err() != nil && !sp.p.HasParseError() {
				return rules // EOF
			}
		case css.EndAtRuleGrammar:
			if depth > 0 {
				return rules
			}
		case css.BeginRulesetGrammar:
			sp.seenRule = true
			if r := sp.parseStyleRule(); r != nil && depth <= maxRuleDepth {
				rules = append(rules, r)
			}
		case css.AtRuleGrammar:
			sp.atRuleStatement(string(data))
		case css.BeginAtRuleGrammar:
			if r := sp.atRuleBlock(string(data), depth); depth <= maxRuleDepth {
				rules = append(rules, r...)
			}
		}
	}
}

// parseStyleRule reads a qualified rule's selector and its declaration block.
// https://www.w3.org/TR/css-syntax-3/#consume-qualified-rule
func (sp *sheetParser) parseStyleRule() *StyleRule {
	sel, err := dom.ParseSelectorList(tokensText(sp.p.Values()))
	decls := sp.parseDeclarationBlock(css.EndRulesetGrammar)
	if err != nil {
		return nil // an invalid selector drops the whole rule
	}
	r := &StyleRule{Selectors: sel, Declarations: decls, hints: make([][]uint32, len(sel))}
	for i, s := range sel {
		r.hints[i] = selectorHints(s)
	}
	return r
}

// parseDeclarationBlock consumes declarations until the grammar end (the
// block's closing brace).
func (sp *sheetParser) parseDeclarationBlock(end css.GrammarType) []*Declaration {
	var decls []*Declaration
	for {
		gt, _, data := sp.p.Next()
		switch gt {
		case end:
			return decls
		case css.ErrorGrammar:
			if sp.p.Err() != nil && !sp.p.HasParseError() {
				return decls
			}
		case css.DeclarationGrammar:
			if d := newDeclaration(string(data), sp.p.Values(), sp.base); d != nil {
				decls = append(decls, d)
			}
		case css.CustomPropertyGrammar:
			if d := newCustomDeclaration(string(data), sp.p.Values()); d != nil {
				decls = append(decls, d)
			}
		case css.BeginRulesetGrammar:
			// TODO(spec): CSS Nesting (https://www.w3.org/TR/css-nesting-1/);
			// nested rules are skipped.
			sp.skipBlock(css.BeginRulesetGrammar, css.EndRulesetGrammar)
		case css.BeginAtRuleGrammar:
			sp.skipBlock(css.BeginAtRuleGrammar, css.EndAtRuleGrammar)
		case css.EndAtRuleGrammar, css.EndRulesetGrammar:
			return decls // unbalanced end: the parser closed our block
		}
	}
}

// skipBlock consumes grammar items up to the end matching a begin that was
// just read.
func (sp *sheetParser) skipBlock(begin, end css.GrammarType) {
	for level := 1; level > 0; {
		gt, _, _ := sp.p.Next()
		switch gt {
		case begin:
			level++
		case end:
			level--
		case css.ErrorGrammar:
			if sp.p.Err() != nil && !sp.p.HasParseError() {
				return
			}
		}
	}
}

// atRuleStatement handles an at-rule without a block: @import, @charset,
// @namespace, @layer statements.
func (sp *sheetParser) atRuleStatement(name string) {
	switch name {
	case "@import":
		// https://www.w3.org/TR/css-cascade-4/#at-import: only valid before
		// every rule other than @charset and @layer statements.
		if sp.seenRule {
			return
		}
		if imp := sp.parseImport(sp.p.Values()); imp != nil {
			sp.sheet.Imports = append(sp.sheet.Imports, imp)
		}
	case "@charset", "@layer":
		// @charset only matters for decoding, done by the caller.
		// TODO(spec): @layer statements and cascade layers.
	default:
		// TODO(spec): @namespace prefixes for selectors.
		sp.seenRule = true
	}
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
	if len(comps) > 0 && (ident(comps[0]) == "layer" || isFunc(comps[0], "layer(")) {
		skip++ // TODO(spec): cascade layers
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
	return &Import{URL: resolveURL(sp.base, ref), Media: media}
}

// atRuleBlock handles an at-rule with a block and returns the rules it
// contributes.
func (sp *sheetParser) atRuleBlock(name string, depth int) []Rule {
	prelude := strings.TrimSpace(tokensText(sp.p.Values()))
	switch name {
	case "@media":
		sp.seenRule = true
		q, _ := ParseMediaQueryList(prelude)
		return []Rule{&MediaRule{Query: q, Rules: sp.parseRules(depth + 1)}}
	case "@supports":
		sp.seenRule = true
		ok, valid := evalSupports(convertTokens(sp.p.Values()))
		rules := sp.parseRules(depth + 1)
		if !valid {
			return nil
		}
		return []Rule{&SupportsRule{Condition: prelude, Supported: ok, Rules: rules}}
	case "@font-face":
		sp.seenRule = true
		sp.parseFontFace()
		return nil
	case "@layer":
		// TODO(spec): cascade layers; the rules of @layer blocks are
		// treated as unlayered, in place.
		sp.seenRule = true
		return sp.parseRules(depth + 1)
	}
	// @keyframes, @page, @counter-style, @container, unknown at-rules:
	// skipped. TODO(spec): @keyframes (animations), @page, @container.
	sp.seenRule = true
	sp.skipBlock(css.BeginAtRuleGrammar, css.EndAtRuleGrammar)
	return nil
}

// parseFontFace reads the descriptors of an @font-face block.
func (sp *sheetParser) parseFontFace() {
	ff := &FontFace{}
	for {
		gt, _, data := sp.p.Next()
		switch gt {
		case css.EndAtRuleGrammar:
			if ff.Family != "" && len(ff.Sources) > 0 {
				sp.sheet.FontFaces = append(sp.sheet.FontFaces, ff)
			}
			return
		case css.ErrorGrammar:
			if sp.p.Err() != nil && !sp.p.HasParseError() {
				return
			}
		case css.BeginRulesetGrammar:
			sp.skipBlock(css.BeginRulesetGrammar, css.EndRulesetGrammar)
		case css.BeginAtRuleGrammar:
			sp.skipBlock(css.BeginAtRuleGrammar, css.EndAtRuleGrammar)
		case css.DeclarationGrammar:
			sp.fontFaceDescriptor(ff, string(data), convertTokens(sp.p.Values()))
		}
	}
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

// tokensText joins the raw text of parser tokens.
func tokensText(vals []css.Token) string {
	var b strings.Builder
	for _, v := range vals {
		b.Write(v.Data)
	}
	return b.String()
}
