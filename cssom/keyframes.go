package cssom

// @keyframes (https://www.w3.org/TR/css-animations-1/#keyframes) and @page
// (https://www.w3.org/TR/css-page-3/#at-page-rule) rules: parsed and kept
// in the sheet, as browsers keep them in the CSSOM.
//
// TODO(spec): running animations on the page's virtual clock (the
// animation-* properties and interpolation); the @page rules' effect on
// printing, which a screen renderer never does.

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// KeyframesRule is an @keyframes rule: a named list of keyframes.
type KeyframesRule struct {
	// Name is the animation name (a <custom-ident> or a string, unquoted).
	Name string
	// Keyframes are the keyframe rules in source order.
	Keyframes []*Keyframe
}

// Keyframe is one keyframe rule of an @keyframes block: the offsets its
// selector lists and its declarations.
type Keyframe struct {
	// Offsets are the keyframe selectors as fractions of the animation's
	// duration: "from" is 0, "50%" is 0.5, "to" is 1.
	Offsets []float64
	// Declarations are the keyframe's declarations; !important ones are
	// ignored, as css-animations-1 §3 says.
	Declarations []*Declaration
}

// PageRule is an @page rule: an optional page selector and its
// declarations.
type PageRule struct {
	// Selector is the page selector text as written ("" for none), e.g.
	// ":first".
	Selector     string
	Declarations []*Declaration
}

func (*KeyframesRule) isRule() {}
func (*PageRule) isRule()      {}

// keyframesRule parses @keyframes (and Chromium's @-webkit-keyframes
// alias): the prelude must be one <custom-ident> other than the CSS-wide
// keywords and "none", or one string; otherwise the rule is invalid.
func (sp *sheetParser) keyframesRule(prelude []css.Token, block []css.Token) Rule {
	toks := trimWhitespace(prelude)
	if len(toks) != 1 {
		return nil
	}
	var name string
	switch t := toks[0]; t.TokenType {
	case css.IdentToken:
		name = string(t.Data)
		switch strings.ToLower(name) {
		case "none", "initial", "inherit", "unset", "revert", "revert-layer", "default":
			return nil
		}
	case css.StringToken:
		name = unquote(string(t.Data))
	default:
		return nil
	}
	kr := &KeyframesRule{Name: name}
	for _, r := range consumeRuleList(block, false) {
		if r.name != "" || !r.hasBlock {
			continue // at-rules are invalid inside @keyframes
		}
		offsets, ok := keyframeSelector(r.prelude)
		if !ok {
			continue // an invalid keyframe selector drops its keyframe
		}
		kf := &Keyframe{Offsets: offsets}
		for _, it := range consumeBlockContents(r.block) {
			if !it.decl {
				continue
			}
			if d := sp.declaration(it.name, it.value); d != nil && !d.Important {
				kf.Declarations = append(kf.Declarations, d)
			}
		}
		kr.Keyframes = append(kr.Keyframes, kf)
	}
	return kr
}

// keyframeSelector parses <keyframe-selector>#: "from", "to" or a
// percentage in [0%, 100%], comma-separated
// (https://www.w3.org/TR/css-animations-1/#typedef-keyframe-selector).
func keyframeSelector(prelude []css.Token) ([]float64, bool) {
	var out []float64
	for _, part := range splitTopLevelCommas(prelude) {
		part = trimWhitespace(part)
		if len(part) != 1 {
			return nil, false
		}
		t := part[0]
		switch {
		case t.TokenType == css.IdentToken && strings.EqualFold(string(t.Data), "from"):
			out = append(out, 0)
		case t.TokenType == css.IdentToken && strings.EqualFold(string(t.Data), "to"):
			out = append(out, 1)
		case t.TokenType == css.PercentageToken:
			v, err := strconv.ParseFloat(strings.TrimSuffix(string(t.Data), "%"), 64)
			if err != nil || v < 0 || v > 100 {
				return nil, false
			}
			out = append(out, v/100)
		default:
			return nil, false
		}
	}
	return out, len(out) > 0
}

// pageRule parses @page: the selector as written and the declarations
// (page-margin boxes inside are skipped).
func (sp *sheetParser) pageRule(prelude []css.Token, block []css.Token) Rule {
	pr := &PageRule{Selector: strings.TrimSpace(rawText(normalizePrelude(prelude)))}
	for _, it := range consumeBlockContents(block) {
		if it.decl {
			if d := sp.declaration(it.name, it.value); d != nil {
				pr.Declarations = append(pr.Declarations, d)
			}
		}
	}
	return pr
}

// trimWhitespace drops leading and trailing white-space tokens.
func trimWhitespace(toks []css.Token) []css.Token {
	for len(toks) > 0 && toks[0].TokenType == css.WhitespaceToken {
		toks = toks[1:]
	}
	for len(toks) > 0 && toks[len(toks)-1].TokenType == css.WhitespaceToken {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// writeKeyframes serializes an @keyframes rule.
func writeKeyframes(b *strings.Builder, r *KeyframesRule, indent string) {
	b.WriteString("@keyframes ")
	if isPlainIdent(r.Name) {
		b.WriteString(r.Name)
	} else {
		writeCSSString(b, r.Name)
	}
	b.WriteString(" {\n")
	for _, kf := range r.Keyframes {
		b.WriteString(indent + "  ")
		for i, o := range kf.Offsets {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.FormatFloat(o*100, 'g', -1, 64) + "%")
		}
		writeDeclarationBlock(b, kf.Declarations)
	}
	b.WriteString(indent + "}\n")
}

// writePage serializes an @page rule.
func writePage(b *strings.Builder, r *PageRule) {
	b.WriteString("@page")
	if r.Selector != "" {
		b.WriteString(" " + r.Selector)
	}
	writeDeclarationBlock(b, r.Declarations)
}

// writeDeclarationBlock writes " { a: b; c: d }" and a newline.
func writeDeclarationBlock(b *strings.Builder, decls []*Declaration) {
	b.WriteString(" {")
	for _, d := range decls {
		b.WriteByte(' ')
		b.WriteString(d.String())
		b.WriteByte(';')
	}
	b.WriteString(" }\n")
}

// isPlainIdent reports whether s is an identifier that needs no escaping.
func isPlainIdent(s string) bool {
	if s == "" || s[0] >= '0' && s[0] <= '9' || strings.HasPrefix(s, "--") || s == "-" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '-' || c == '_' || c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return !(s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9')
}
