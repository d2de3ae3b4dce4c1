package cssom

// font-palette and @font-palette-values: which colour palette of a colour
// (COLR) font text uses, and named palettes built on a font's own.
// https://www.w3.org/TR/css-fonts-4/#font-palette-prop
// https://www.w3.org/TR/css-fonts-4/#font-palette-values

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

func init() {
	longhandNames["font-palette"] = pFontPalette
	registerResolved("font-palette", func(s *ComputedStyle) string { return orNormal(s.FontPalette) })
}

// parseFontPalette parses font-palette: normal | light | dark |
// <palette-identifier> (a <dashed-ident>), into str ("" for normal).
// TODO(spec): palette-mix().
func parseFontPalette(comps [][]tok) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	switch kw := ident(comps[0]); {
	case kw == "normal":
		return value{kind: vInt}, true
	case kw == "light" || kw == "dark":
		return value{kind: vInt, str: kw}, true
	case isDashedIdent(comps[0]): // kept_timeline.go
		return value{kind: vInt, str: comps[0][0].s}, true
	}
	return value{}, false
}

// FontPaletteValuesRule is an @font-palette-values rule (CSSOM:
// CSSFontPaletteValuesRule): a palette named Name for the faces of
// Families, based on one of the font's palettes with some entries
// overridden.
type FontPaletteValuesRule struct {
	// Name is the <dashed-ident> of the prelude.
	Name string
	// Families are the font-family descriptor's names.
	Families []string
	// BasePalette is the base-palette descriptor: "light", "dark", a
	// palette index, or "" when absent (palette 0).
	BasePalette string
	// Overrides are the override-colors descriptor, in order (a later
	// entry for an index wins).
	Overrides []PaletteOverride
}

func (*FontPaletteValuesRule) isRule() {}

// PaletteOverride is one entry of override-colors: palette entry Index
// takes Color.
type PaletteOverride struct {
	Index int
	Color Color
}

// parseFontPaletteValuesRule parses an @font-palette-values rule; nil
// when the prelude is not a <dashed-ident>. Invalid descriptors are
// dropped.
// override-colors with currentcolor is invalid, as the spec says;
// colours in other colour spaces are converted to sRGB by parseColor.
func parseFontPaletteValuesRule(prelude, block []css.Token) *FontPaletteValuesRule {
	comps := components(convertTokens(prelude))
	if len(comps) != 1 || !isDashedIdent(comps[0]) {
		return nil
	}
	r := &FontPaletteValuesRule{Name: comps[0][0].s}
	for _, it := range consumeBlockContents(block) {
		if !it.decl {
			continue
		}
		toks, _ := stripImportant(convertTokens(normalizeValue(it.value)))
		switch strings.ToLower(it.name) {
		case "font-family":
			if fams, ok := parseFontFamilyList(toks); ok {
				r.Families = fams
			}
		case "base-palette":
			if c := components(toks); len(c) == 1 {
				if kw := ident(c[0]); kw == "light" || kw == "dark" {
					r.BasePalette = kw
				} else if n, ok := integer(c[0]); ok && n >= 0 {
					r.BasePalette = strconv.Itoa(int(n))
				}
			}
		case "override-colors":
			if o, ok := parseOverrideColors(toks); ok {
				r.Overrides = o
			}
		}
	}
	return r
}

// parseOverrideColors parses [ <integer [0,∞]> <color> ]#.
func parseOverrideColors(toks []tok) ([]PaletteOverride, bool) {
	var out []PaletteOverride
	for _, item := range splitCommas(toks) {
		c := components(item)
		if len(c) != 2 {
			return nil, false
		}
		n, ok := integer(c[0])
		col, cur, cok := parseColor(c[1])
		if !ok || n < 0 || !cok || cur {
			return nil, false
		}
		out = append(out, PaletteOverride{Index: int(n), Color: col})
	}
	return out, len(out) > 0
}

// MatchesFamily reports whether the rule applies to faces of family
// (compared case-insensitively).
func (r *FontPaletteValuesRule) MatchesFamily(family string) bool {
	for _, f := range r.Families {
		if strings.EqualFold(f, family) {
			return true
		}
	}
	return false
}

// CSSText serializes the rule as CSSOM's cssText does
// (https://drafts.csswg.org/css-fonts-4/#om-fontpalettevalues): the name,
// then the descriptors present, in the order font-family, base-palette,
// override-colors.
func (r *FontPaletteValuesRule) CSSText() string {
	var b strings.Builder
	b.WriteString("@font-palette-values " + r.Name + " {")
	if len(r.Families) > 0 {
		b.WriteString(" font-family: " + familyText(r.Families) + ";")
	}
	if r.BasePalette != "" {
		b.WriteString(" base-palette: " + r.BasePalette + ";")
	}
	for i, o := range r.Overrides {
		if i == 0 {
			b.WriteString(" override-colors: ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(o.Index) + " " + colorText(o.Color))
		if i == len(r.Overrides)-1 {
			b.WriteString(";")
		}
	}
	b.WriteString(" }")
	return b.String()
}
