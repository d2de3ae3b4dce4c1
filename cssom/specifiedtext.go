package cssom

// Serializing a CSS declaration block
// (https://drafts.csswg.org/cssom/#serialize-a-css-declaration-block):
// style.cssText and CSSStyleRule.style.cssText, with shorthands where all
// their longhands allow.

import (
	"net/url"
	"strings"
)

// CSSText serializes the block: each declaration as "name: value;" (with
// " !important"), in order, a shorthand in place of its first longhand
// when the block holds all of its longhands and they serialize into it.
func (b *DeclarationBlock) CSSText() string {
	var list []string
	done := make([]bool, len(b.decls))
	// 1-3. For each declaration in the block: if already serialized,
	// continue.
	for i := range b.decls {
		if done[i] {
			continue
		}
		d := &b.decls[i]
		if s, ok := b.serializeAsShorthand(i, done); ok {
			list = append(list, s)
			continue
		}
		if d.pendingFrom != "" {
			// AD-HOC: the longhands a pending shorthand still sets are
			// written as that shorthand; the longhands that replaced
			// others of it follow (SetProperty), so parsing the text
			// back gives the same block.
			list = append(list, declarationText(d.pendingFrom, d.pendingText, d.important))
			b.markPending(d.pendingFrom, d.pendingText, done)
			continue
		}
		// 4. Append the longhand, serialized.
		done[i] = true
		list = append(list, declarationText(d.name, d.text, d.important))
	}
	return strings.Join(list, " ")
}

// serializeAsShorthand tries the shorthands of the i-th declaration in
// preferred order (step 3.2 of the algorithm): the first whose longhands
// are all in the block, not yet serialized, of one importance, and that
// serializes to a value, replaces them, marked done.
func (b *DeclarationBlock) serializeAsShorthand(i int, done []bool) (string, bool) {
	d := &b.decls[i]
	if strings.HasPrefix(d.name, "--") {
		return "", false
	}
shorthands:
	for _, name := range shorthandsOf(d.name) {
		f := shorthandFormOf(name)
		list := make([]*blockDecl, len(f.longhands))
		idx := make([]int, len(f.longhands))
		for k, l := range f.longhands {
			j := b.find(l)
			if j < 0 || done[j] {
				continue shorthands
			}
			list[k], idx[k] = &b.decls[j], j
		}
		v := shorthandValue(name, f, list)
		if v == "" {
			continue
		}
		for _, j := range idx {
			done[j] = true
		}
		return declarationText(name, v, d.important), true
	}
	return "", false
}

// markPending marks done the declarations pending on shorthand from with
// value text.
func (b *DeclarationBlock) markPending(from, text string, done []bool) {
	for j := range b.decls {
		if b.decls[j].pendingFrom == from && b.decls[j].pendingText == text {
			done[j] = true
		}
	}
}

// declarationText serializes one declaration
// (https://drafts.csswg.org/cssom/#serialize-a-css-declaration).
func declarationText(name, value string, important bool) string {
	s := name + ": " + value
	if important {
		s += " !important"
	}
	return s + ";"
}

// RuleCSSText returns the cssText of a rule as the CSSOM serializes it
// (https://drafts.csswg.org/cssom/#serialize-a-css-rule): as RuleText,
// but the declarations of style rules as a declaration block, canonical
// values and shorthands where they fit ("div { margin: 0px; }").
func RuleCSSText(r Rule) string {
	if _, ok := r.(*Import); ok {
		return RuleText(r)
	}
	var b strings.Builder
	writeRulesWith(&b, []Rule{r}, "", blockDeclarations)
	return strings.TrimSuffix(b.String(), "\n")
}

// blockDeclarations writes declarations as a declaration block.
func blockDeclarations(decls []*Declaration) string {
	if text := NewDeclarationBlock(decls).CSSText(); text != "" {
		return " " + text
	}
	return ""
}

// SetStyleRuleText replaces the declarations of style rule r, a rule of
// sheet s, with those of text (a declaration block's cssText), as a write
// through CSSStyleRule.style does
// (https://drafts.csswg.org/cssom/#dom-cssstylerule-style); url()s
// resolve against the sheet. The sheet's version changes, so that the
// cascade sees the new declarations.
func (s *StyleSheet) SetStyleRuleText(r *StyleRule, text string) {
	base, _ := url.Parse(s.Href)
	r.Declarations = ParseDeclarationList(text, base)
	s.version++
}
