package cssom

// The font and font-variant shorthands as the CSSOM splits and serializes
// them (https://drafts.csswg.org/css-fonts-4/#font-prop): font sets every
// font longhand, those it cannot write to their initial values.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// fontLonghands are font's longhands in Chromium's order.
var fontLonghands = []string{"font-style", "font-variant-caps", "font-variant-ligatures", "font-variant-numeric",
	"font-variant-east-asian", "font-variant-alternates", "font-size-adjust", "font-language-override", "font-kerning",
	"font-optical-sizing", "font-feature-settings", "font-variation-settings", "font-variant-position",
	"font-variant-emoji", "font-weight", "font-stretch", "font-size", "line-height", "font-family"}

// fontInitial are the initial texts of fontLonghands ("" for the family,
// which has none).
var fontInitial = []string{"normal", "normal", "normal", "normal", "normal", "normal", "none", "normal", "auto",
	"auto", "normal", "normal", "normal", "normal", "normal", "normal", "medium", "normal", ""}

// Indexes into fontLonghands of the values font writes.
const (
	fiStyle   = 0
	fiCaps    = 1
	fiWeight  = 14
	fiStretch = 15
	fiSize    = 16
	fiLine    = 17
	fiFamily  = 18
)

// fontStretchPercents maps font-stretch percentages to their keywords.
var fontStretchPercents = map[string]string{"50%": "ultra-condensed", "62.5%": "extra-condensed",
	"75%": "condensed", "87.5%": "semi-condensed", "100%": "normal", "112.5%": "semi-expanded",
	"125%": "expanded", "150%": "extra-expanded", "200%": "ultra-expanded"}

// splitFont splits font. A system font keyword gives nil: its longhands
// wait for the system font, as for var() (pending).
func splitFont(_ string, comps [][]tok) ([]lhText, bool) {
	if len(comps) == 1 && systemFonts[ident(comps[0])] {
		return nil, true
	}
	v := append([]string(nil), fontInitial...)
	var seen [fiFamily]bool
	i := 0
	for ; i < len(comps) && i < 4; i++ {
		c := comps[i]
		kw := ident(c)
		switch {
		case kw == "normal":
		case (kw == "italic" || kw == "oblique") && !seen[fiStyle]:
			v[fiStyle], seen[fiStyle] = kw, true
			if kw == "oblique" && i+1 < len(comps) && comps[i+1][0].t == css.DimensionToken {
				v[fiStyle] += " " + compText("font-style", comps[i+1])
				i++
			}
		case kw == "small-caps" && !seen[fiCaps]:
			v[fiCaps], seen[fiCaps] = kw, true
		case fontStretchKeywords[kw] != 0 && !seen[fiStretch]:
			v[fiStretch], seen[fiStretch] = kw, true
		case (kw == "bold" || kw == "bolder" || kw == "lighter" || isWeightNumber(c)) && !seen[fiWeight]:
			v[fiWeight], seen[fiWeight] = compText("font-weight", c), true
		default:
			goto size
		}
	}
size:
	if i >= len(comps) {
		return nil, false
	}
	if v, ok := number(comps[i][0]); ok && v != 0 {
		return nil, false
	}
	v[fiSize] = compText("font-size", comps[i])
	i++
	if i < len(comps) && len(comps[i]) == 1 && comps[i][0].s == "/" {
		if i+1 >= len(comps) {
			return nil, false
		}
		v[fiLine] = compText("line-height", comps[i+1])
		i += 2
	}
	if i >= len(comps) {
		return nil, false
	}
	v[fiFamily] = familyListText(comps[i:])
	return texts(v...), true
}

// serializeFont writes font when every longhand it cannot write is
// initial, leaving out the normal values.
func serializeFont(_ string, vals []lhText) string {
	for i, init := range fontInitial {
		switch i {
		case fiStyle, fiWeight, fiStretch, fiSize, fiLine, fiFamily:
			continue
		case fiCaps:
			if t := vals[i].text; t != "normal" && t != "small-caps" {
				return ""
			}
			continue
		}
		if vals[i].text != init {
			return ""
		}
	}
	stretch := vals[fiStretch].text
	if k, ok := fontStretchPercents[stretch]; ok {
		stretch = k
	} else if fontStretchKeywords[stretch] == 0 {
		return ""
	}
	var parts []string
	for _, s := range []string{vals[fiStyle].text, vals[fiCaps].text, vals[fiWeight].text, stretch} {
		if s != "normal" {
			parts = append(parts, s)
		}
	}
	parts = append(parts, vals[fiSize].text)
	if vals[fiLine].text != "normal" {
		parts = append(parts, "/", vals[fiLine].text)
	}
	return strings.Join(append(parts, vals[fiFamily].text), " ")
}

// fontVariantWords maps each font-variant keyword to its longhand's
// index in font-variant's longhands.
var fontVariantWords = func() map[string]int {
	m := map[string]int{}
	for i, words := range []string{
		"common-ligatures no-common-ligatures discretionary-ligatures no-discretionary-ligatures historical-ligatures no-historical-ligatures contextual no-contextual",
		"lining-nums oldstyle-nums proportional-nums tabular-nums diagonal-fractions stacked-fractions ordinal slashed-zero",
		"jis78 jis83 jis90 jis04 simplified traditional full-width proportional-width ruby",
		"small-caps all-small-caps petite-caps all-petite-caps unicase titling-caps",
		"historical-forms", "sub super", "text emoji unicode"} {
		for _, w := range strings.Fields(words) {
			m[w] = i
		}
	}
	return m
}()

// splitFontVariant splits font-variant: normal, none (no ligatures), or
// keywords of its longhands.
func splitFontVariant(_ string, comps [][]tok) ([]lhText, bool) {
	v := make([][]string, 7)
	switch {
	case len(comps) == 1 && ident(comps[0]) == "normal":
	case len(comps) == 1 && ident(comps[0]) == "none":
		v[0] = []string{"none"}
	default:
		for _, c := range comps {
			i, ok := fontVariantWords[ident(c)]
			if !ok {
				return nil, false
			}
			v[i] = append(v[i], ident(c))
		}
	}
	out := make([]lhText, 7)
	for i, words := range v {
		out[i].text = "normal"
		if len(words) > 0 {
			out[i].text = strings.Join(words, " ")
		}
	}
	return out, true
}

// serializeFontVariant writes the non-normal longhands in the grammar's
// order: ligatures, caps, alternates, numeric, east-asian, position,
// emoji.
func serializeFontVariant(_ string, vals []lhText) string {
	var parts []string
	for _, i := range []int{0, 3, 4, 1, 2, 5, 6} {
		if t := vals[i].text; t != "normal" {
			parts = append(parts, t)
		}
	}
	switch {
	case len(parts) == 0:
		return "normal"
	case vals[0].text == "none" && len(parts) > 1:
		return ""
	}
	return strings.Join(parts, " ")
}

// isWeightNumber reports whether c is a <font-weight-absolute> number,
// 1 to 1000.
func isWeightNumber(c []tok) bool {
	v, ok := number(c[0])
	return ok && v >= 1 && v <= 1000
}
