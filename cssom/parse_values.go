package cssom

// Grammars of the longhands and shorthands we support.

import (
	"net/url"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// parseLonghand parses the value of one longhand.
func parseLonghand(id propID, toks []tok, comps [][]tok, base *url.URL) (value, bool) {
	switch id {
	case pDisplay:
		var words []string
		for _, c := range comps {
			w := ident(c)
			if w == "" {
				return value{}, false
			}
			words = append(words, w)
		}
		d, ok := displayKeywords[strings.Join(words, " ")]
		return value{kind: vEnum, i: int32(d)}, ok
	case pFontFamily:
		fams, ok := parseFontFamilyList(toks)
		return value{kind: vFamilies, list: fams}, ok
	case pListStyleImage:
		return parseImageOrNone(comps, base)
	case pTextDecorationLine:
		return parseDecorationLine(comps)
	case pContent:
		return parseContent(comps, base)
	case pCounterReset, pCounterIncrement, pCounterSet:
		return parseCounterChanges(id, comps)
	case pTextEmphasisStyle, pTextEmphasisColor, pTextEmphasisPosition, pOverflowClipMargin:
		return parseEmphasisLonghand(id, comps)
	case pQuotes:
		return parseQuotes(comps)
	case pFontVariantLigatures:
		return parseLigatures(comps)
	case pFontVariantNumeric:
		return parseNumeric(comps)
	case pFontFeatureSettings:
		return parseFeatureSettings(toks)
	case pFontVariantEastAsian, pFontVariantAlternates, pFontVariationSettings, pFontLanguageOverride, pWebkitLocale, pFontSizeAdjust,
		pFontPalette:
		return parseFont4Prop(id, toks, comps)
	case pTextIndent, pTextTransform, pTextOverflow, pHangingPunctuation:
		v, ok, _ := parseText3(id, comps) // text3.go
		return v, ok
	case pAspectRatio:
		return parseAspectRatio(toks)
	case pLineClamp:
		if len(comps) != 1 {
			return value{}, false
		}
		return parseLineClamp(comps[0])
	case pFontStretch:
		if len(comps) != 1 {
			return value{}, false
		}
		return parseFontStretch(comps[0])
	case pBackgroundRepeat, pBackgroundPosition, pBackgroundSize:
		return parseBackgroundLonghand(id, toks)
	case pBorderSpacing, pJustifyContent, pAlignItems, pAlignSelf, pAlignContent:
		v, ok, _ := parseBoxProp(id, comps)
		return v, ok
	}
	if len(comps) != 1 {
		return value{}, false
	}
	return parseSingle(id, comps[0], base)
}

// parseSingle parses a longhand whose value is one component.
func parseSingle(id propID, c []tok, base *url.URL) (value, bool) {
	kw := ident(c)
	if t := enumTable(id); t != nil {
		e, ok := t[kw]
		return value{kind: vEnum, i: e}, ok
	}
	if v, ok, handled := parseBoxProp(id, [][]tok{c}); handled {
		return v, ok
	}
	switch {
	case id >= pTop && id < pTop+4, id >= pMarginTop && id < pMarginTop+4:
		return lengthOrKeyword(c, kw, true, true, "auto", kwAuto)
	case id >= pPaddingTop && id < pPaddingTop+4, id == pTextIndent:
		return lengthOrKeyword(c, kw, true, id == pTextIndent, "", 0)
	case id >= pBorderTopWidth && id < pBorderTopWidth+4:
		return parseBorderWidth(c)
	case id >= pBorderTopColor && id < pBorderTopColor+4, id == pColor, id == pBackgroundColor, id == pTextDecorationColor:
		col, cur, ok := parseColor(c)
		if cur {
			return value{kind: vCurrentColor}, ok
		}
		return value{kind: vColor, color: col}, ok
	case id == pWidth, id == pHeight, id == pMinWidth, id == pMinHeight:
		// https://www.w3.org/TR/css-sizing-3/#sizing-values (intrinsic.go)
		if v, ok, handled := parseSizingValue(c, kw, kwAuto, true); handled {
			return v, ok
		}
		return lengthOrKeyword(c, kw, true, false, "auto", kwAuto)
	case id == pMaxWidth, id == pMaxHeight:
		if v, ok, handled := parseSizingValue(c, kw, kwNone, true); handled {
			return v, ok
		}
		return lengthOrKeyword(c, kw, true, false, "none", kwNone)
	case id == pZIndex:
		if kw == "auto" {
			return value{kind: vKeyword, i: kwAuto}, true
		}
		v, ok := integer(c)
		return value{kind: vInt, i: v}, ok
	case id == pOpacity:
		return parseAlphaValue(c)
	case id == pFontSize:
		return parseFontSize(c, kw)
	case id == pFontWeight:
		return parseFontWeight(c, kw)
	case id == pLineHeight:
		if kw == "normal" {
			return value{kind: vKeyword, i: kwNormal}, true
		}
		if n, ok := nonNegNumber(c); ok {
			return value{kind: vNumber, num: n}, true
		}
		return lengthOrKeyword(c, kw, true, false, "", 0)
	case id == pLetterSpacing, id == pWordSpacing:
		return lengthOrKeyword(c, kw, true, true, "normal", kwNormal)
	case id == pVerticalAlign:
		if k, ok := verticalAlignKeywords[kw]; ok {
			return value{kind: vEnum, i: int32(k)}, true
		}
		return lengthOrKeyword(c, kw, true, true, "", 0)
	case id == pListStyleType:
		// <counter-style> | <string> | none (counterstyle.go).
		if kw != "" && kw != "default" {
			return value{kind: vKeyword, i: kwNone, str: counterStyleName(c[0].s)}, true
		}
		if len(c) == 1 && c[0].t == css.StringToken {
			return value{kind: vKeyword, i: kwNone, str: `"` + unquote(c[0].s)}, true
		}
		if anonymousCounterStyle([][]tok{c}) != nil {
			return value{kind: vKeyword, i: kwNone, str: tokensTextOf(c)}, true
		}
	}
	return value{}, false
}

var verticalAlignKeywords = map[string]VerticalAlignKind{
	"baseline": VerticalBaseline, "sub": VerticalSub, "super": VerticalSuper, "text-top": VerticalTextTop,
	"text-bottom": VerticalTextBottom, "middle": VerticalMiddle, "top": VerticalTop, "bottom": VerticalBottom,
}

// lengthOrKeyword parses a <length-percentage> (negative values only when
// allowNeg) or the keyword kwName (code kwCode).
func lengthOrKeyword(c []tok, kw string, allowPct, allowNeg bool, kwName string, kwCode int32) (value, bool) {
	if kwName != "" && kw == kwName {
		return value{kind: vKeyword, i: kwCode}, true
	}
	l, ok := parseLengthPercentage(c, allowPct)
	if !ok || !allowNeg && l.negative() {
		return value{}, false
	}
	return fromLength(l), true
}

// parseBorderWidth parses <line-width> (https://www.w3.org/TR/css-backgrounds-3/#typedef-line-width).
func parseBorderWidth(c []tok) (value, bool) {
	switch ident(c) {
	case "thin":
		return value{kind: vLength, num: 1}, true
	case "medium":
		return value{kind: vLength, num: 3}, true
	case "thick":
		return value{kind: vLength, num: 5}, true
	}
	return lengthOrKeyword(c, "", false, false, "", 0)
}

// integer parses an <integer>: a number token of integer type, so "2.0"
// and "2e0" are not integers
// (https://www.w3.org/TR/css-syntax-3/#consume-number).
func integer(c []tok) (int32, bool) {
	if len(c) != 1 || c[0].t != css.NumberToken || strings.ContainsAny(c[0].s, ".eE") {
		return 0, false
	}
	v, ok := number(c[0])
	if !ok || v != float64(int64(v)) || v > 1<<31-1 || v < -(1<<31) {
		return 0, false
	}
	return int32(v), true
}

func nonNegNumber(c []tok) (float64, bool) {
	if len(c) != 1 {
		return 0, false
	}
	v, ok := number(c[0])
	return v, ok && v >= 0
}

// parseAlphaValue parses <alpha-value>: a number or a percentage.
func parseAlphaValue(c []tok) (value, bool) {
	v, ok := channel(c, 1)
	if !ok || ident(c) == "none" {
		return value{}, false
	}
	return value{kind: vNumber, num: v}, true
}

// parseFontSize parses https://www.w3.org/TR/css-fonts-4/#font-size-prop.
func parseFontSize(c []tok, kw string) (value, bool) {
	switch kw {
	case "smaller":
		return value{kind: vKeyword, i: kwSmaller}, true
	case "larger":
		return value{kind: vKeyword, i: kwLarger}, true
	}
	for i, k := range fontSizeKeywords {
		if k.name == kw {
			return value{kind: vKeyword, i: kwFontSizeBase + int32(i)}, true
		}
	}
	return lengthOrKeyword(c, kw, true, false, "", 0)
}

// parseFontWeight parses https://www.w3.org/TR/css-fonts-4/#font-weight-prop.
func parseFontWeight(c []tok, kw string) (value, bool) {
	switch kw {
	case "normal":
		return value{kind: vInt, i: 400}, true
	case "bold":
		return value{kind: vInt, i: 700}, true
	case "bolder":
		return value{kind: vKeyword, i: kwBolder}, true
	case "lighter":
		return value{kind: vKeyword, i: kwLighter}, true
	}
	if len(c) == 1 {
		if v, ok := number(c[0]); ok && v >= 1 && v <= 1000 {
			return value{kind: vInt, i: int32(v + 0.5)}, true
		}
	}
	return value{}, false
}

// genericFamilies are the generic font family keywords
// (https://www.w3.org/TR/css-fonts-4/#generic-font-families).
var genericFamilies = map[string]bool{
	"serif": true, "sans-serif": true, "monospace": true, "cursive": true, "fantasy": true,
	"system-ui": true, "ui-serif": true, "ui-sans-serif": true, "ui-monospace": true,
	"ui-rounded": true, "math": true, "emoji": true, "fangsong": true,
}

// parseFontFamilyList parses [ <family-name> | <generic-family> ]#.
func parseFontFamilyList(toks []tok) ([]string, bool) {
	return parseFamilyComps(components(toks))
}

// parseFamilyComps parses a font family list from component values.
func parseFamilyComps(all [][]tok) ([]string, bool) {
	var out []string
	for len(all) > 0 {
		n := 0
		for n < len(all) && !(len(all[n]) == 1 && all[n][0].t == css.CommaToken) {
			n++
		}
		comps := all[:n]
		if n < len(all) {
			n++
			if n == len(all) {
				return nil, false // trailing comma
			}
		}
		all = all[n:]
		switch {
		case len(comps) == 1 && comps[0][0].t == css.StringToken:
			out = append(out, unquote(comps[0][0].s))
		case len(comps) == 1 && genericFamilies[ident(comps[0])]:
			out = append(out, ident(comps[0]))
		default:
			var words []string
			for _, c := range comps {
				if len(c) != 1 || c[0].t != css.IdentToken {
					return nil, false
				}
				words = append(words, unescape(c[0].s))
			}
			if len(words) == 0 {
				return nil, false
			}
			if len(words) == 1 {
				if _, g := globalKeyword(words[0]); g || strings.EqualFold(words[0], "default") {
					return nil, false
				}
			}
			out = append(out, strings.Join(words, " "))
		}
	}
	return out, len(out) > 0
}

// parseImageOrNone parses none or a url().
func parseImageOrNone(comps [][]tok, base *url.URL) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	if ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	u, ok := parseURLComponent(comps[0])
	if !ok {
		u, ok = imageSetURL(comps[0], base) // layers.go
		return value{kind: vURL, str: u}, ok
	}
	return value{kind: vURL, str: resolveURL(base, u)}, true
}

// parseDecorationLine parses none | [ underline || overline || line-through || blink ].
func parseDecorationLine(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vInt, i: 0}, true
	}
	var bits int32
	for _, c := range comps {
		var b int32
		switch ident(c) {
		case "underline":
			b = int32(DecorationUnderline)
		case "overline":
			b = int32(DecorationOverline)
		case "line-through":
			b = int32(DecorationLineThrough)
		case "blink":
			b = 1 << 7 // parsed, never rendered
		default:
			return value{}, false
		}
		if bits&b != 0 {
			return value{}, false
		}
		bits |= b
	}
	return value{kind: vInt, i: bits &^ (1 << 7)}, len(comps) > 0
}

// parseContent parses the content property
// (https://www.w3.org/TR/css-content-3/#content-property):
// normal | none | [ <string> | <url> | attr() | counter() | <quote> ]+ [ / <string>* ]?
// counter() and counters() are resolved by the cascade (counters.go).
// TODO(spec): the alternative text after "/" is dropped.
func parseContent(comps [][]tok, base *url.URL) (value, bool) {
	if len(comps) == 1 {
		switch ident(comps[0]) {
		case "normal":
			return value{kind: vKeyword, i: kwNormal}, true
		case "none":
			return value{kind: vKeyword, i: kwNone}, true
		}
	}
	var items []ContentItem
	for _, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			break
		}
		item, ok := contentItem(c, base)
		if !ok {
			return value{}, false
		}
		items = append(items, item)
	}
	return value{kind: vKeyword, i: kwAuto, items: items}, len(items) > 0
}

func contentItem(c []tok, base *url.URL) (ContentItem, bool) {
	switch kw := ident(c); kw {
	case "open-quote":
		return ContentItem{Kind: ContentOpenQuote}, true
	case "close-quote":
		return ContentItem{Kind: ContentCloseQuote}, true
	case "no-open-quote":
		return ContentItem{Kind: ContentNoOpenQuote}, true
	case "no-close-quote":
		return ContentItem{Kind: ContentNoCloseQuote}, true
	}
	switch {
	case len(c) == 1 && c[0].t == css.StringToken:
		return ContentItem{Kind: ContentString, Value: unquote(c[0].s)}, true
	case isFunc(c, "attr("):
		comps := components(funcArgs(c))
		if len(comps) < 1 || ident(comps[0]) == "" {
			return ContentItem{}, false
		}
		return ContentItem{Kind: ContentAttr, Value: unescape(comps[0][0].s)}, true
	case isFunc(c, "counter("), isFunc(c, "counters("):
		return parseCounterFunction(c)
	}
	if u, ok := parseURLComponent(c); ok {
		return ContentItem{Kind: ContentURL, Value: resolveURL(base, u)}, true
	}
	if u, ok := imageSetURL(c, base); ok { // layers.go
		return ContentItem{Kind: ContentURL, Value: u}, true
	}
	return ContentItem{}, false
}
