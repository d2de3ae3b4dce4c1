package cssom

// @font-feature-values: names for the feature indexes that the functional
// values of font-variant-alternates refer to, per font family.
// https://www.w3.org/TR/css-fonts-4/#font-feature-values

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// FontFeatureValuesRule is an @font-feature-values rule (CSSOM:
// CSSFontFeatureValuesRule).
type FontFeatureValuesRule struct {
	// Families are the family names of the prelude, unquoted.
	Families []string
	// Values are the feature value definitions in source order; a later
	// definition of a name replaces an earlier one (Lookup).
	Values []FeatureValue
}

func (*FontFeatureValuesRule) isRule() {}

// FeatureValue is one definition of a feature value block: "@styleset {
// nice: 3 5 }" gives {Kind: "styleset", Name: "nice", Indexes: [3 5]}.
type FeatureValue struct {
	// Kind is the block's at-rule name without "@": one of
	// AlternateFunctions or historical-forms.
	Kind    string
	Name    string
	Indexes []int
}

// featureValueKinds are the feature value block names and how many
// indexes a definition takes (at least 1, at most max; 0: any number).
var featureValueKinds = map[string]int{"stylistic": 1, "historical-forms": 1, "styleset": 0,
	"character-variant": 2, "swash": 1, "ornaments": 1, "annotation": 1}

// parseFontFeatureValuesRule parses an @font-feature-values rule from its
// prelude and block; nil when the prelude is not a list of family names.
// Invalid definitions and unknown blocks are dropped, as the spec's
// error handling asks. The font-display descriptor is accepted and
// ignored.
func parseFontFeatureValuesRule(prelude, block []css.Token) *FontFeatureValuesRule {
	fams, ok := parseFontFamilyList(convertTokens(prelude))
	if !ok || len(fams) == 0 {
		return nil
	}
	for _, f := range fams {
		if genericFamilies[strings.ToLower(f)] {
			// <family-name>, not <generic-family>. AD-HOC: a quoted
			// generic name ("serif") is refused too.
			return nil
		}
	}
	r := &FontFeatureValuesRule{Families: fams}
	for _, it := range consumeBlockContents(block) {
		if it.decl {
			continue
		}
		kind := strings.TrimPrefix(it.rule.name, "@")
		max, known := featureValueKinds[kind]
		if !known || !it.rule.hasBlock {
			continue
		}
		for _, d := range consumeBlockContents(it.rule.block) {
			if !d.decl {
				continue
			}
			if idx, ok := featureIndexes(convertTokens(d.value), max); ok {
				r.Values = append(r.Values, FeatureValue{Kind: kind, Name: d.name, Indexes: idx})
			}
		}
	}
	return r
}

// featureIndexes parses the <integer [0,∞]>+ of a definition, with at
// most max of them (0: no limit).
func featureIndexes(toks []tok, max int) ([]int, bool) {
	var out []int
	for _, c := range components(toks) {
		n, ok := integer(c)
		if !ok || n < 0 {
			return nil, false
		}
		out = append(out, int(n))
	}
	return out, len(out) > 0 && (max == 0 || len(out) <= max)
}

// Lookup returns the indexes defined for name in the blocks of kind, the
// last definition winning. Names are case-sensitive.
func (r *FontFeatureValuesRule) Lookup(kind, name string) ([]int, bool) {
	for i := len(r.Values) - 1; i >= 0; i-- {
		if v := r.Values[i]; v.Kind == kind && v.Name == name {
			return v.Indexes, true
		}
	}
	return nil, false
}

// CSSText serializes the rule as CSSOM's cssText does: the families, then
// one block per kind in the order of first definition.
func (r *FontFeatureValuesRule) CSSText() string {
	var b strings.Builder
	b.WriteString("@font-feature-values ")
	b.WriteString(familyText(r.Families))
	b.WriteString(" {")
	var kinds []string
	for _, v := range r.Values {
		seen := false
		for _, k := range kinds {
			seen = seen || k == v.Kind
		}
		if !seen {
			kinds = append(kinds, v.Kind)
		}
	}
	for _, k := range kinds {
		b.WriteString(" @" + k + " {")
		for _, v := range r.Values {
			if v.Kind != k {
				continue
			}
			b.WriteString(" " + v.Name + ":")
			for _, n := range v.Indexes {
				b.WriteString(" " + strconv.Itoa(n))
			}
			b.WriteString(";")
		}
		b.WriteString(" }")
	}
	b.WriteString(" }")
	return b.String()
}

// AlternateFeatures returns the OpenType features ("tag=value") that the
// functional values of a font-variant-alternates value (its computed
// text) select for a face of family, looked up in rules (the last rule
// naming the family winning for each name); names no rule defines select
// nothing. historical-forms is not included (it needs no rule).
// https://www.w3.org/TR/css-fonts-4/#font-variant-alternates-prop
func AlternateFeatures(alternates, family string, rules []*FontFeatureValuesRule) []string {
	var out []string
	for _, part := range splitAlternates(alternates) {
		kind, args, ok := strings.Cut(strings.TrimSuffix(part, ")"), "(")
		if !ok {
			continue
		}
		for _, name := range strings.Split(args, ", ") {
			idx, ok := lookupFeatureValue(rules, family, kind, name)
			if !ok {
				continue
			}
			out = append(out, alternateTags(kind, idx)...)
		}
	}
	return out
}

// splitAlternates splits the canonical text of font-variant-alternates at
// the spaces between its values.
func splitAlternates(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ' ':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// lookupFeatureValue finds name among the definitions of kind for family
// (matched case-insensitively), the last rule winning.
func lookupFeatureValue(rules []*FontFeatureValuesRule, family, kind, name string) ([]int, bool) {
	for i := len(rules) - 1; i >= 0; i-- {
		for _, f := range rules[i].Families {
			if strings.EqualFold(f, family) {
				if idx, ok := rules[i].Lookup(kind, name); ok {
					return idx, true
				}
			}
		}
	}
	return nil, false
}

// alternateTags maps one functional value's indexes to features (CSS
// Fonts 4 §6.8): stylistic salt N, styleset ssNN (each index, 1 to 99),
// character-variant cvNN = the second index or 1, swash swsh and cswh N,
// ornaments ornm N, annotation nalt N.
func alternateTags(kind string, idx []int) []string {
	two := func(n int) string { return strconv.Itoa(n/10) + strconv.Itoa(n%10) }
	switch kind {
	case "stylistic":
		return []string{"salt=" + strconv.Itoa(idx[0])}
	case "styleset":
		var out []string
		for _, n := range idx {
			if n >= 1 && n <= 99 {
				out = append(out, "ss"+two(n)+"=1")
			}
		}
		return out
	case "character-variant":
		if idx[0] < 1 || idx[0] > 99 {
			return nil
		}
		v := 1
		if len(idx) > 1 {
			v = idx[1]
		}
		return []string{"cv" + two(idx[0]) + "=" + strconv.Itoa(v)}
	case "swash":
		return []string{"swsh=" + strconv.Itoa(idx[0]), "cswh=" + strconv.Itoa(idx[0])}
	case "ornaments":
		return []string{"ornm=" + strconv.Itoa(idx[0])}
	case "annotation":
		return []string{"nalt=" + strconv.Itoa(idx[0])}
	}
	return nil
}
