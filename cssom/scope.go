package cssom

// @scope (https://drafts.csswg.org/css-cascade-6/#scoped-styles): style
// rules that apply only inside a subtree, from a scoping root down to,
// but not into, its scoping limits.
//
// Scope proximity (https://drafts.csswg.org/css-cascade-6/#cascade-proximity)
// orders declarations of equal specificity: the nearer scoping root wins
// (cascade.go sorts by it).
//
// AD-HOC: a prelude-less @scope in a sheet without an owner element scopes
// to "the root of the containing node tree", the document; the root
// element stands for it, which :scope can match.
// TODO(spec): the document as the scoping root (one more generation of
// proximity).

import (
	"strings"

	"github.com/paneweb/pane/dom"
	"github.com/tdewolff/parse/v2/css"
)

// ScopeRule is an @scope rule: its rules apply to elements in the scope of
// a root matching Start and above any limit matching End.
type ScopeRule struct {
	// Start and End are the <scope-start> and <scope-end> selector lists
	// (nil when absent); StartText and EndText as written.
	Start, End         dom.SelectorList
	StartText, EndText string
	// Rules are the scoped rules; their selectors are already relative to
	// the scoping root (":where(:scope) " prepended where the selector
	// names neither :scope nor &).
	Rules []Rule
}

func (*ScopeRule) isRule() {}

// scopeRule parses "@scope [(<scope-start>)]? [to (<scope-end>)]? { ... }".
// An invalid prelude makes the rule invalid.
func (sp *sheetParser) scopeRule(r rawRule, depth int) Rule {
	startToks, endToks, ok := scopePrelude(r.prelude)
	if !ok {
		return nil
	}
	sr := &ScopeRule{}
	var err error
	if startToks != nil {
		sr.StartText = strings.TrimSpace(rawText(normalizePrelude(startToks)))
		if sr.Start, err = dom.ParseSelectorListNS(sr.StartText, sp.namespaces()); err != nil {
			return nil
		}
	}
	if endToks != nil {
		sr.EndText = strings.TrimSpace(rawText(normalizePrelude(endToks)))
		if sr.End, err = dom.ParseSelectorListNS(scopedSelectorText(endToks), sp.namespaces()); err != nil {
			return nil
		}
	}
	outer := sp.scoped
	sp.scoped = true
	defer func() { sp.scoped = outer }()
	var decls []*Declaration
	for _, it := range consumeBlockContents(r.block) {
		switch {
		case it.decl:
			// Declarations directly in @scope apply to the scoping root.
			if d := sp.declaration(it.name, it.value); d != nil {
				decls = append(decls, d)
			}
		case it.rule.name == "":
			if st := sp.styleRule(it.rule, depth+1, nil); st != nil {
				sr.Rules = append(sr.Rules, st)
			}
		case it.rule.hasBlock:
			sr.Rules = append(sr.Rules, sp.atRuleBlock(it.rule, depth+1, nil)...)
		}
	}
	if len(decls) > 0 {
		if sel, err := dom.ParseSelectorList(":where(:scope)"); err == nil {
			st := newStyleRule(sel, ":where(:scope)")
			st.Declarations = decls
			sr.Rules = append([]Rule{st}, sr.Rules...)
		}
	}
	return sr
}

// scopePrelude splits the prelude into the start and end selector tokens
// (nil when absent).
func scopePrelude(prelude []css.Token) (start, end []css.Token, ok bool) {
	toks := trimWhitespace(prelude)
	block := func() ([]css.Token, bool) {
		if len(toks) == 0 || toks[0].TokenType != css.LeftParenthesisToken {
			return nil, false
		}
		level := 0
		for i, t := range toks {
			switch t.TokenType {
			case css.LeftParenthesisToken, css.FunctionToken:
				level++
			case css.RightParenthesisToken:
				level--
				if level == 0 {
					inner := toks[1:i]
					toks = trimWhitespace(toks[i+1:])
					return append([]css.Token{}, inner...), true
				}
			}
		}
		return nil, false
	}
	if len(toks) > 0 && toks[0].TokenType == css.LeftParenthesisToken {
		if start, ok = block(); !ok || len(trimWhitespace(start)) == 0 {
			return nil, nil, false
		}
	}
	if len(toks) > 0 && toks[0].TokenType == css.IdentToken && strings.EqualFold(string(toks[0].Data), "to") {
		toks = trimWhitespace(toks[1:])
		if end, ok = block(); !ok || len(trimWhitespace(end)) == 0 {
			return nil, nil, false
		}
	}
	return start, end, len(toks) == 0
}

// scopedSelectorText returns the text of a scoped selector list: "&" is
// the scoping root, and a selector that names neither :scope nor & is
// relative to it, ":where(:scope) " prepended, which adds no specificity
// (https://drafts.csswg.org/css-cascade-6/#scoped-rules).
func scopedSelectorText(prelude []css.Token) string {
	var parts []string
	for _, sel := range splitTopLevelCommas(prelude) {
		var b strings.Builder
		scoped := false
		for _, t := range sel {
			switch {
			case t.TokenType == css.DelimToken && string(t.Data) == "&":
				b.WriteString(":where(:scope)")
				scoped = true
				continue
			case t.TokenType == css.ColonToken:
			case t.TokenType == css.IdentToken && strings.EqualFold(string(t.Data), "scope"):
				scoped = scoped || b.Len() > 0 && strings.HasSuffix(b.String(), ":")
			}
			b.Write(t.Data)
		}
		text := strings.TrimSpace(b.String())
		if !scoped {
			text = ":where(:scope) " + text
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, ", ")
}

// scopeCond is the condition an @scope rule puts on the elements its
// rules match; outer is the enclosing @scope's, if any.
type scopeCond struct {
	rule  *ScopeRule
	owner *dom.Node // the sheet's owner element, for a prelude-less @scope
	outer *scopeCond
}

// match reports whether el matches sel in this scope: for some scoping
// root (el or an ancestor matching Start, itself in the outer scope), no
// scoping limit stands between el and the root, and sel matches with
// :scope being that root. Nearer roots are tried first; hops is the
// number of generations from el up to the nearest such root, its scope
// proximity (https://drafts.csswg.org/css-cascade-6/#cascade-proximity).
func (sc *scopeCond) match(sel *dom.Selector, el *dom.Node, mc *dom.MatchCache) (hops int, ok bool) {
	if mc == nil {
		mc = new(dom.MatchCache)
	}
	defer mc.SetScope(nil)
	for root := el; root != nil; root, hops = root.ParentElement(), hops+1 {
		if !sc.isRoot(root, mc) || sc.limited(el, root, mc) {
			continue
		}
		mc.SetScope(root)
		if sel.MatchCached(el, mc) {
			return hops, true
		}
	}
	return 0, false
}

// isRoot reports whether root can be a scoping root of this scope.
func (sc *scopeCond) isRoot(root *dom.Node, mc *dom.MatchCache) bool {
	if sc.rule.Start == nil {
		if sc.owner != nil {
			if p := sc.owner.ParentElement(); p != nil {
				return root == p
			}
		}
		return root.ParentElement() == nil
	}
	mc.SetScope(nil)
	if !sc.rule.Start.MatchCached(root, mc) {
		return false
	}
	return sc.outer == nil || sc.outer.inScope(root, mc)
}

// limited reports whether an element from el up to (not including) root
// matches the scoping limit.
func (sc *scopeCond) limited(el, root *dom.Node, mc *dom.MatchCache) bool {
	if sc.rule.End == nil {
		return false
	}
	mc.SetScope(root)
	for x := el; x != nil && x != root; x = x.ParentElement() {
		if sc.rule.End.MatchCached(x, mc) {
			return true
		}
	}
	return false
}

// inScope reports whether el is in some scope of sc (el itself may be the
// root).
func (sc *scopeCond) inScope(el *dom.Node, mc *dom.MatchCache) bool {
	for root := el; root != nil; root = root.ParentElement() {
		if sc.isRoot(root, mc) && !sc.limited(el, root, mc) {
			return true
		}
	}
	return false
}
