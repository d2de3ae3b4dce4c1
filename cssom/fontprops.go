package cssom

// Font feature longhands (CSS Fonts 4): font-kerning, font-variant-*,
// font-feature-settings, font-synthesis; their grammars, computation and
// inheritance (computeTextProp and copyTextProp in textprops.go chain to
// the hooks here).

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// computeFontProp computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeFontProp(id propID, v *value) bool {
	s := c.s
	switch id {
	case pFontKerning:
		s.FontKerning = FontKerning(v.i)
	case pFontVariantCaps:
		s.FontVariantCaps = FontVariantCaps(v.i)
	case pFontVariantLigatures:
		s.FontVariantLigatures = FontVariantLigatures(v.i)
	case pFontVariantNumeric:
		s.FontVariantNumeric = FontVariantNumeric(v.i)
	case pFontFeatureSettings:
		s.FontFeatureSettings = v.str
	case pFontSynthesisWeight:
		s.FontSynthesis = s.FontSynthesis.with(NoSynthesizeWeight, v.i != 0)
	default:
		return c.computeFont4Prop(id, v)
	}
	return true
}

// copyFontProp copies the longhands of this file; it reports whether id
// was one of them.
func copyFontProp(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pFontKerning:
		dst.FontKerning = src.FontKerning
	case pFontVariantCaps:
		dst.FontVariantCaps = src.FontVariantCaps
	case pFontVariantLigatures:
		dst.FontVariantLigatures = src.FontVariantLigatures
	case pFontVariantNumeric:
		dst.FontVariantNumeric = src.FontVariantNumeric
	case pFontFeatureSettings:
		dst.FontFeatureSettings = src.FontFeatureSettings
	case pFontSynthesisWeight:
		dst.FontSynthesis = dst.FontSynthesis.with(NoSynthesizeWeight, src.FontSynthesis&NoSynthesizeWeight != 0)
	default:
		return copyFont4Prop(id, dst, src)
	}
	return true
}

// inheritFontProps copies the inherited longhands of this file from parent
// (InheritFrom); all of them inherit.
func inheritFontProps(s, parent *ComputedStyle) {
	s.FontKerning = parent.FontKerning
	s.FontVariantCaps = parent.FontVariantCaps
	s.FontVariantLigatures = parent.FontVariantLigatures
	s.FontVariantNumeric = parent.FontVariantNumeric
	s.FontFeatureSettings = parent.FontFeatureSettings
	s.FontSynthesis = parent.FontSynthesis
	inheritFont4Props(s, parent)
}

// FontKerning is the computed value of font-kerning.
// https://www.w3.org/TR/css-fonts-4/#font-kerning-prop
type FontKerning uint8

// The font-kerning values.
const (
	KerningAuto FontKerning = iota
	KerningNormal
	KerningNone
)

// FontVariantCaps is the computed value of font-variant-caps.
// https://www.w3.org/TR/css-fonts-4/#font-variant-caps-prop
type FontVariantCaps uint8

// The font-variant-caps values.
const (
	CapsNormal FontVariantCaps = iota
	CapsSmallCaps
	CapsAllSmallCaps
	CapsPetiteCaps
	CapsAllPetiteCaps
	CapsUnicase
	CapsTitlingCaps
)

// FontVariantLigatures is the computed value of font-variant-ligatures, a
// set of the flags below; 0 is normal.
// https://www.w3.org/TR/css-fonts-4/#font-variant-ligatures-prop
type FontVariantLigatures uint8

// The font-variant-ligatures flags: none turns every ligature feature
// off; the others name the value's keywords that change the defaults.
const (
	LigaturesNone FontVariantLigatures = 1 << iota
	NoCommonLigatures
	DiscretionaryLigatures
	HistoricalLigatures
	NoContextual
	// The keywords that restate a default, kept for exclusivity checks.
	CommonLigatures
	NoDiscretionaryLigatures
	NoHistoricalLigatures
)

// FontVariantNumeric is the computed value of font-variant-numeric, a set
// of the flags below; 0 is normal.
// https://www.w3.org/TR/css-fonts-4/#font-variant-numeric-prop
type FontVariantNumeric uint8

// The font-variant-numeric flags.
const (
	LiningNums FontVariantNumeric = 1 << iota
	OldstyleNums
	ProportionalNums
	TabularNums
	DiagonalFractions
	StackedFractions
	Ordinal
	SlashedZero
)

// FontSynthesis says which faces may not be synthesized: the
// font-synthesis-weight, -style and -small-caps longhands that are none
// (the keywords missing from the font-synthesis shorthand); 0 allows all.
// https://www.w3.org/TR/css-fonts-4/#font-synthesis
type FontSynthesis uint8

// The font-synthesis flags.
const (
	NoSynthesizeWeight FontSynthesis = 1 << iota
	NoSynthesizeStyle
	NoSynthesizeSmallCaps
)

// with returns s with flag set when on, cleared otherwise.
func (s FontSynthesis) with(flag FontSynthesis, on bool) FontSynthesis {
	if on {
		return s | flag
	}
	return s &^ flag
}

var ligatureKeywords = map[string]FontVariantLigatures{
	"common-ligatures": CommonLigatures, "no-common-ligatures": NoCommonLigatures,
	"discretionary-ligatures": DiscretionaryLigatures, "no-discretionary-ligatures": NoDiscretionaryLigatures,
	"historical-ligatures": HistoricalLigatures, "no-historical-ligatures": NoHistoricalLigatures,
	"contextual": 0, "no-contextual": NoContextual,
}

var numericKeywords = map[string]FontVariantNumeric{
	"lining-nums": LiningNums, "oldstyle-nums": OldstyleNums, "proportional-nums": ProportionalNums,
	"tabular-nums": TabularNums, "diagonal-fractions": DiagonalFractions, "stacked-fractions": StackedFractions,
	"ordinal": Ordinal, "slashed-zero": SlashedZero,
}

func init() {
	addLonghandNames(map[string]propID{
		"font-kerning": pFontKerning, "font-variant-caps": pFontVariantCaps,
		"font-variant-ligatures": pFontVariantLigatures, "font-variant-numeric": pFontVariantNumeric,
		"font-feature-settings": pFontFeatureSettings, "font-synthesis-weight": pFontSynthesisWeight,
	})
	enumKeywords[pFontKerning] = map[string]int32{"auto": int32(KerningAuto), "normal": int32(KerningNormal), "none": int32(KerningNone)}
	enumKeywords[pFontVariantCaps] = map[string]int32{"normal": int32(CapsNormal), "small-caps": int32(CapsSmallCaps),
		"all-small-caps": int32(CapsAllSmallCaps), "petite-caps": int32(CapsPetiteCaps),
		"all-petite-caps": int32(CapsAllPetiteCaps), "unicase": int32(CapsUnicase), "titling-caps": int32(CapsTitlingCaps)}
	enumKeywords[pFontSynthesisWeight] = map[string]int32{"auto": 0, "none": 1}
}

// parseLigatures parses font-variant-ligatures: normal | none |
// [ <common-lig-values> || <discretionary-lig-values> ||
// <historical-lig-values> || <contextual-alt-values> ].
func parseLigatures(comps [][]tok) (value, bool) {
	if len(comps) == 1 {
		switch ident(comps[0]) {
		case "normal":
			return value{kind: vInt}, true
		case "none":
			return value{kind: vInt, i: int32(LigaturesNone)}, true
		}
	}
	var v FontVariantLigatures
	seen := map[string]bool{}
	for _, c := range comps {
		kw := ident(c)
		f, ok := ligatureKeywords[kw]
		group := strings.TrimPrefix(kw, "no-")
		if !ok || seen[group] {
			return value{}, false
		}
		seen[group] = true
		v |= f
	}
	return value{kind: vInt, i: int32(v)}, len(comps) > 0
}

// parseNumeric parses font-variant-numeric: normal | [ <numeric-figure-
// values> || <numeric-spacing-values> || <numeric-fraction-values> ||
// ordinal || slashed-zero ].
func parseNumeric(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "normal" {
		return value{kind: vInt}, true
	}
	v, ok := flagCombination(comps, numericKeywords, LiningNums|OldstyleNums, ProportionalNums|TabularNums,
		DiagonalFractions|StackedFractions)
	return value{kind: vInt, i: int32(v)}, ok
}

// parseFeatureSettings parses font-feature-settings: normal |
// <feature-tag-value>#, into the canonical form "tag=value,..." in str.
// https://www.w3.org/TR/css-fonts-4/#font-feature-settings-prop
func parseFeatureSettings(toks []tok) (value, bool) {
	var parts []string
	for _, raw := range splitCommas(toks) {
		var item []tok
		for _, t := range raw {
			if t.t != css.WhitespaceToken {
				item = append(item, t)
			}
		}
		if len(item) == 1 && ident(item) == "normal" && len(parts) == 0 {
			return value{kind: vInt}, len(toks) > 0
		}
		if len(item) == 0 || len(item) > 2 || item[0].t != css.StringToken {
			return value{}, false
		}
		tag := unquote(item[0].s)
		if len(tag) != 4 || strings.IndexFunc(tag, func(r rune) bool { return r < 0x20 || r > 0x7E }) >= 0 {
			return value{}, false
		}
		val := int32(1)
		if len(item) == 2 {
			switch {
			case item[1].t == css.IdentToken && strings.EqualFold(item[1].s, "on"):
			case item[1].t == css.IdentToken && strings.EqualFold(item[1].s, "off"):
				val = 0
			default:
				n, ok := integer(item[1:])
				if !ok || n < 0 {
					return value{}, false
				}
				val = n
			}
		}
		parts = append(parts, tag+"="+strconv.Itoa(int(val)))
	}
	return value{kind: vInt, str: strings.Join(parts, ",")}, len(parts) > 0
}
