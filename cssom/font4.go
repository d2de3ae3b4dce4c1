package cssom

// The CSS Fonts 4 longhands added to those of fontprops.go:
// font-variant-position, -east-asian, -alternates and -emoji, the
// font-synthesis-style and -small-caps longhands (font-synthesis is the
// shorthand of the three font-synthesis-* longhands),
// font-variation-settings, font-optical-sizing and font-language-override;
// their grammars, computation and inheritance (computeFontProp and
// copyFontProp in fontprops.go chain to the hooks here), the font-variant
// and font-synthesis shorthands, and what the font shorthand resets.
// https://www.w3.org/TR/css-fonts-4/

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// FontVariantPosition is the computed value of font-variant-position.
// https://www.w3.org/TR/css-fonts-4/#font-variant-position-prop
type FontVariantPosition uint8

// The font-variant-position values.
const (
	PositionNormal FontVariantPosition = iota
	PositionSub
	PositionSuper
)

// FontVariantEastAsian is the computed value of font-variant-east-asian:
// an <east-asian-variant-values> keyword in the low bits (EastAsianVariant
// masks it; 0 for none) and the width and ruby flags; 0 is normal.
// https://www.w3.org/TR/css-fonts-4/#font-variant-east-asian-prop
type FontVariantEastAsian uint8

// The font-variant-east-asian values.
const (
	EastAsianJIS78 FontVariantEastAsian = iota + 1
	EastAsianJIS83
	EastAsianJIS90
	EastAsianJIS04
	EastAsianSimplified
	EastAsianTraditional
	// EastAsianVariant masks the variant keyword.
	EastAsianVariant FontVariantEastAsian = 7
	// The <east-asian-width-values> and ruby.
	EastAsianFullWidth         FontVariantEastAsian = 1 << 3
	EastAsianProportionalWidth FontVariantEastAsian = 1 << 4
	EastAsianRuby              FontVariantEastAsian = 1 << 5
)

// FontVariantEmoji is the computed value of font-variant-emoji.
// https://www.w3.org/TR/css-fonts-4/#font-variant-emoji-prop
type FontVariantEmoji uint8

// The font-variant-emoji values.
const (
	EmojiNormal FontVariantEmoji = iota
	EmojiText
	EmojiEmoji
	EmojiUnicode
)

// eastAsianKeywords are the font-variant-east-asian keywords in canonical
// order.
var eastAsianKeywords = []struct {
	name string
	v    FontVariantEastAsian
}{
	{"jis78", EastAsianJIS78}, {"jis83", EastAsianJIS83}, {"jis90", EastAsianJIS90}, {"jis04", EastAsianJIS04},
	{"simplified", EastAsianSimplified}, {"traditional", EastAsianTraditional},
	{"full-width", EastAsianFullWidth}, {"proportional-width", EastAsianProportionalWidth}, {"ruby", EastAsianRuby},
}

// AlternateFunctions are the functional values of font-variant-alternates
// in canonical order; styleset and character-variant take lists.
// https://www.w3.org/TR/css-fonts-4/#font-variant-alternates-prop
var AlternateFunctions = []string{"stylistic", "styleset", "character-variant", "swash", "ornaments", "annotation"}

func init() {
	addLonghandNames(map[string]propID{
		"font-variant-position": pFontVariantPosition, "font-variant-east-asian": pFontVariantEastAsian,
		"font-variant-alternates": pFontVariantAlternates, "font-variant-emoji": pFontVariantEmoji,
		"font-synthesis-style": pFontSynthesisStyle, "font-synthesis-small-caps": pFontSynthesisSmallCaps,
		"font-variation-settings": pFontVariationSettings,
		"font-optical-sizing":     pFontOpticalSizing, "font-language-override": pFontLanguageOverride,
	})
	enumKeywords[pFontVariantPosition] = map[string]int32{"normal": int32(PositionNormal), "sub": int32(PositionSub), "super": int32(PositionSuper)}
	enumKeywords[pFontVariantEmoji] = map[string]int32{"normal": int32(EmojiNormal), "text": int32(EmojiText),
		"emoji": int32(EmojiEmoji), "unicode": int32(EmojiUnicode)}
	for _, id := range []propID{pFontSynthesisStyle, pFontSynthesisSmallCaps} {
		enumKeywords[id] = map[string]int32{"auto": 0, "none": 1}
	}
	enumKeywords[pFontOpticalSizing] = map[string]int32{"auto": 0, "none": 1}
	shorthands["font-variant"] = fontVariantLonghands
	shorthands["font-synthesis"] = []propID{pFontSynthesisWeight, pFontSynthesisStyle, pFontSynthesisSmallCaps}
	shorthands["font"] = append(shorthands["font"], fontResetLonghands...)
	font4Getters()
}

// fontVariantLonghands are the longhands of the font-variant shorthand.
// https://www.w3.org/TR/css-fonts-4/#font-variant-prop
var fontVariantLonghands = []propID{pFontVariantLigatures, pFontVariantCaps, pFontVariantAlternates,
	pFontVariantNumeric, pFontVariantEastAsian, pFontVariantPosition, pFontVariantEmoji}

// fontResetLonghands are the longhands the font shorthand resets to their
// initial values without being able to set them: "all subproperties ...
// are reset to their initial values, including those not listed in the
// grammar". https://www.w3.org/TR/css-fonts-4/#font-prop
var fontResetLonghands = []propID{pFontVariantLigatures, pFontVariantNumeric, pFontVariantEastAsian,
	pFontVariantAlternates, pFontVariantPosition, pFontVariantEmoji, pFontKerning, pFontFeatureSettings,
	pFontVariationSettings, pFontOpticalSizing, pFontLanguageOverride, pFontSizeAdjust, pFontPalette}

// computeFont4Prop computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeFont4Prop(id propID, v *value) bool {
	s := c.s
	switch id {
	case pFontVariantPosition:
		s.FontVariantPosition = FontVariantPosition(v.i)
	case pFontVariantEastAsian:
		s.FontVariantEastAsian = FontVariantEastAsian(v.i)
	case pFontVariantAlternates:
		s.FontVariantAlternates = v.str
	case pFontVariantEmoji:
		s.FontVariantEmoji = FontVariantEmoji(v.i)
	case pFontSynthesisStyle, pFontSynthesisSmallCaps:
		s.FontSynthesis = s.FontSynthesis.with(synthesisFlag(id), v.i != 0)
	case pFontVariationSettings:
		s.FontVariationSettings = v.str
	case pFontOpticalSizing:
		s.FontOpticalSizingNone = v.i != 0
	case pFontLanguageOverride:
		s.FontLanguageOverride = v.str
	case pWebkitLocale:
		s.Locale = v.str
	case pFontSizeAdjust:
		s.FontSizeAdjust = computeFontSizeAdjust(v)
	case pFontPalette:
		s.FontPalette = v.str
	default:
		return c.computeLayerProp(id, v) // layers.go
	}
	return true
}

// synthesisFlag returns the FontSynthesis flag of a font-synthesis-*
// longhand.
func synthesisFlag(id propID) FontSynthesis {
	switch id {
	case pFontSynthesisStyle:
		return NoSynthesizeStyle
	case pFontSynthesisSmallCaps:
		return NoSynthesizeSmallCaps
	}
	return NoSynthesizeWeight
}

// copyFont4Prop copies the longhands of this file; it reports whether id
// was one of them.
func copyFont4Prop(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pFontVariantPosition:
		dst.FontVariantPosition = src.FontVariantPosition
	case pFontVariantEastAsian:
		dst.FontVariantEastAsian = src.FontVariantEastAsian
	case pFontVariantAlternates:
		dst.FontVariantAlternates = src.FontVariantAlternates
	case pFontVariantEmoji:
		dst.FontVariantEmoji = src.FontVariantEmoji
	case pFontSynthesisStyle, pFontSynthesisSmallCaps:
		f := synthesisFlag(id)
		dst.FontSynthesis = dst.FontSynthesis.with(f, src.FontSynthesis&f != 0)
	case pFontVariationSettings:
		dst.FontVariationSettings = src.FontVariationSettings
	case pFontOpticalSizing:
		dst.FontOpticalSizingNone = src.FontOpticalSizingNone
	case pFontLanguageOverride:
		dst.FontLanguageOverride = src.FontLanguageOverride
	case pWebkitLocale:
		dst.Locale = src.Locale
	case pFontSizeAdjust:
		dst.FontSizeAdjust = src.FontSizeAdjust
	case pFontPalette:
		dst.FontPalette = src.FontPalette
	default:
		return copyLayerProp(id, dst, src) // layers.go
	}
	return true
}

// inheritFont4Props copies the longhands of this file from parent
// (InheritFrom); all of them inherit. (The font-synthesis-* longhands
// inherit with FontSynthesis, in inheritFontProps.)
func inheritFont4Props(s, parent *ComputedStyle) {
	s.FontVariantPosition = parent.FontVariantPosition
	s.FontVariantEastAsian = parent.FontVariantEastAsian
	s.FontVariantAlternates = parent.FontVariantAlternates
	s.FontVariantEmoji = parent.FontVariantEmoji
	s.FontVariationSettings = parent.FontVariationSettings
	s.FontOpticalSizingNone = parent.FontOpticalSizingNone
	s.FontLanguageOverride = parent.FontLanguageOverride
	s.Locale = parent.Locale
	s.FontSizeAdjust = parent.FontSizeAdjust
	s.FontPalette = parent.FontPalette
	inheritEmphasisProps(s, parent) // emphasis.go
}

// parseFont4Prop parses the longhands of this file whose values are not a
// single keyword.
func parseFont4Prop(id propID, toks []tok, comps [][]tok) (value, bool) {
	switch id {
	case pFontVariantEastAsian:
		return parseEastAsian(comps)
	case pFontVariantAlternates:
		return parseAlternates(comps)
	case pFontVariationSettings:
		return parseVariationSettings(toks)
	case pFontSizeAdjust:
		return parseFontSizeAdjustValue(comps)
	case pFontPalette:
		return parseFontPalette(comps)
	case pFontLanguageOverride, pWebkitLocale:
		// normal | <string>, and auto | <string>
		if len(comps) != 1 {
			return value{}, false
		}
		if kw := ident(comps[0]); id == pFontLanguageOverride && kw == "normal" || id == pWebkitLocale && kw == "auto" {
			return value{kind: vInt}, true
		}
		if comps[0][0].t != css.StringToken {
			return value{}, false
		}
		return value{kind: vInt, str: unquote(comps[0][0].s)}, true
	}
	return value{}, false
}

// parseEastAsian parses font-variant-east-asian: normal | [
// <east-asian-variant-values> || <east-asian-width-values> || ruby ].
func parseEastAsian(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "normal" {
		return value{kind: vInt}, true
	}
	v, ok := flagCombination(comps, eastAsianFlags, EastAsianVariant, EastAsianFullWidth|EastAsianProportionalWidth)
	return value{kind: vInt, i: int32(v)}, ok
}

// eastAsianFlags maps the font-variant-east-asian keywords to their codes.
var eastAsianFlags = func() map[string]FontVariantEastAsian {
	m := make(map[string]FontVariantEastAsian, len(eastAsianKeywords))
	for _, k := range eastAsianKeywords {
		m[k.name] = k.v
	}
	return m
}()

// parseAlternates parses font-variant-alternates: normal | [
// stylistic(<feature-value-name>) || historical-forms ||
// styleset(<feature-value-name>#) || character-variant(<feature-value-name>#)
// || swash(<feature-value-name>) || ornaments(<feature-value-name>) ||
// annotation(<feature-value-name>) ], into its canonical text (the
// grammar's order) in str; normal is "".
func parseAlternates(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "normal" {
		return value{kind: vInt}, true
	}
	var parts [7]string // historical-forms, then AlternateFunctions
	for _, c := range comps {
		if ident(c) == "historical-forms" {
			if parts[0] != "" {
				return value{}, false
			}
			parts[0] = "historical-forms"
			continue
		}
		i, text, ok := alternateFunction(c)
		if !ok || parts[i+1] != "" {
			return value{}, false
		}
		parts[i+1] = text
	}
	order := []string{parts[1], parts[0], parts[2], parts[3], parts[4], parts[5], parts[6]}
	var out []string
	for _, p := range order {
		if p != "" {
			out = append(out, p)
		}
	}
	return value{kind: vInt, str: strings.Join(out, " ")}, len(comps) > 0
}

// alternateFunction parses one functional value of font-variant-alternates
// and returns its index in AlternateFunctions and its canonical text.
func alternateFunction(c []tok) (int, string, bool) {
	if len(c) == 0 || c[0].t != css.FunctionToken || c[len(c)-1].t != css.RightParenthesisToken {
		return 0, "", false
	}
	name := strings.ToLower(strings.TrimSuffix(c[0].s, "("))
	idx := -1
	for i, f := range AlternateFunctions {
		if f == name {
			idx = i
		}
	}
	if idx < 0 {
		return 0, "", false
	}
	var names []string
	for _, arg := range splitCommas(funcArgs(c)) {
		ac := components(arg)
		if len(ac) != 1 || len(ac[0]) != 1 || ac[0][0].t != css.IdentToken {
			return 0, "", false
		}
		n := ac[0][0].s
		if _, global := globalKeyword(n); global || strings.EqualFold(n, "default") {
			return 0, "", false // not a <custom-ident>
		}
		names = append(names, n)
	}
	list := name == "styleset" || name == "character-variant"
	if len(names) == 0 || len(names) > 1 && !list {
		return 0, "", false
	}
	return idx, name + "(" + strings.Join(names, ", ") + ")", true
}

// parseVariationSettings parses font-variation-settings: normal | [
// <opentype-tag> <number> ]#, into the canonical form "tag=value,..." in
// str ("" for normal).
// https://www.w3.org/TR/css-fonts-4/#font-variation-settings-def
func parseVariationSettings(toks []tok) (value, bool) {
	items := splitCommas(toks)
	if c := components(toks); len(c) == 1 && ident(c[0]) == "normal" {
		return value{kind: vInt}, true
	}
	var parts []string
	for _, raw := range items {
		c := components(raw)
		if len(c) != 2 || len(c[0]) != 1 || c[0][0].t != css.StringToken || len(c[1]) != 1 {
			return value{}, false
		}
		tag := unquote(c[0][0].s)
		if len(tag) != 4 || strings.IndexFunc(tag, func(r rune) bool { return r < 0x20 || r > 0x7E }) >= 0 {
			return value{}, false
		}
		n, ok := number(c[1][0])
		if !ok || c[1][0].t != css.NumberToken {
			return value{}, false
		}
		parts = append(parts, tag+"="+strconv.FormatFloat(n, 'g', -1, 32))
	}
	return value{kind: vInt, str: strings.Join(parts, ",")}, len(parts) > 0
}
