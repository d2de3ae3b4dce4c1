package cssom

import (
	"sort"
	"strconv"
	"strings"
)

// Resolved values of the font, text and generated content longhands, in
// the forms Chromium's getComputedStyle writes
// (https://drafts.csswg.org/cssom/#resolved-values).

// addTextGetters registers the longhands of this file.
func addTextGetters(g getterTable) {
	addTextKeywordGetters(g)
	addTextValueGetters(g)
	addDecorationGetters(g)
	addFontVariantGetters(g)
	addContentGetters(g)
}

// addTextKeywordGetters registers the keyword-valued text longhands.
func addTextKeywordGetters(g getterTable) {
	g.enum("font-style", pFontStyle, func(s *ComputedStyle) int32 { return int32(s.FontStyle) })
	g.enum("text-align", pTextAlign, func(s *ComputedStyle) int32 { return int32(s.TextAlign) })
	g.enum("white-space", pWhiteSpace, func(s *ComputedStyle) int32 { return int32(s.WhiteSpace) })
	g.enum("text-transform", pTextTransform, func(s *ComputedStyle) int32 { return int32(s.TextTransform) })
	g.enum("overflow-wrap", pOverflowWrap, func(s *ComputedStyle) int32 { return int32(s.OverflowWrap) })
	g.enum("word-break", pWordBreak, func(s *ComputedStyle) int32 { return int32(s.WordBreak) })
	g.enum("line-break", pLineBreak, func(s *ComputedStyle) int32 { return int32(s.LineBreak) })
	g.enum("unicode-bidi", pUnicodeBidi, func(s *ComputedStyle) int32 { return int32(s.UnicodeBidi) })
	g.enum("text-decoration-style", pTextDecorationStyle, func(s *ComputedStyle) int32 { return int32(s.TextDecorationStyle) })
	g.enum("text-underline-position", pTextUnderlinePosition, func(s *ComputedStyle) int32 { return int32(s.TextUnderlinePosition) })
	g.enum("hyphens", pHyphens, func(s *ComputedStyle) int32 { return int32(s.Hyphens) })
	g.enum("text-overflow", pTextOverflow, func(s *ComputedStyle) int32 { return boolInt(s.TextOverflowEllipsis) })
	g.enum("font-kerning", pFontKerning, func(s *ComputedStyle) int32 { return int32(s.FontKerning) })
	g.enum("font-variant-caps", pFontVariantCaps, func(s *ComputedStyle) int32 { return int32(s.FontVariantCaps) })
}

// addTextValueGetters registers the other font and text longhands.
func addTextValueGetters(g getterTable) {
	// https://drafts.csswg.org/css-text-4/#white-space-property: white-space
	// is a shorthand of these two.
	g["white-space-collapse"] = func(s *ComputedStyle) string {
		return pick([]string{WhiteSpaceNormal: "collapse", WhiteSpacePre: "preserve", WhiteSpaceNowrap: "collapse",
			WhiteSpacePreWrap: "preserve", WhiteSpacePreLine: "preserve-breaks", WhiteSpaceBreakSpaces: "break-spaces"}, int(s.WhiteSpace))
	}
	g["text-wrap-mode"] = func(s *ComputedStyle) string {
		if s.WhiteSpace == WhiteSpacePre || s.WhiteSpace == WhiteSpaceNowrap {
			return "nowrap"
		}
		return "wrap"
	}
	g["font-size"] = func(s *ComputedStyle) string { return pxText(s.FontSize) }
	g["font-weight"] = func(s *ComputedStyle) string { return strconv.Itoa(int(s.FontWeight)) }
	g["font-family"] = func(s *ComputedStyle) string { return familyText(s.FontFamily) }
	g["font-stretch"] = func(s *ComputedStyle) string {
		p := s.FontStretch
		if p == 0 {
			p = 100
		}
		return percentText(p)
	}
	g["line-height"] = func(s *ComputedStyle) string {
		switch s.LineHeight.Kind {
		case LineHeightNumber:
			// The resolved value of a number is the length it gives.
			return pxText(s.FontSize.MulFloat(float64(s.LineHeight.Number)))
		case LineHeightLength:
			return pxText(s.LineHeight.Px)
		}
		return "normal"
	}
	g["letter-spacing"] = func(s *ComputedStyle) string {
		if s.LetterSpacing == 0 {
			return "normal"
		}
		return pxText(s.LetterSpacing)
	}
	g["word-spacing"] = func(s *ComputedStyle) string { return pxText(s.WordSpacing) }
	g["text-indent"] = func(s *ComputedStyle) string { return lengthText(s.TextIndent) }
	g["list-style-type"] = func(s *ComputedStyle) string {
		if t := string(s.ListStyleType); strings.HasPrefix(t, `"`) {
			return stringText(t[1:])
		}
		return string(s.ListStyleType)
	}
	g["list-style-image"] = func(s *ComputedStyle) string { return imageText(LayerImage{URL: s.ListStyleImage}) }
	g["tab-size"] = func(s *ComputedStyle) string {
		if s.TabSize.Length {
			return pxText(s.TabSize.Px)
		}
		return numText(float64(s.TabSize.Spaces))
	}
	g["vertical-align"] = func(s *ComputedStyle) string {
		if s.VerticalAlign.Kind == VerticalLength {
			return lengthText(s.VerticalAlign.Length)
		}
		return pick([]string{VerticalBaseline: "baseline", VerticalSub: "sub", VerticalSuper: "super",
			VerticalTextTop: "text-top", VerticalTextBottom: "text-bottom", VerticalMiddle: "middle",
			VerticalTop: "top", VerticalBottom: "bottom", VerticalLength: ""}, int(s.VerticalAlign.Kind))
	}
}

// addDecorationGetters registers the text-decoration longhands.
func addDecorationGetters(g getterTable) {
	g["text-decoration-line"] = func(s *ComputedStyle) string {
		var parts []string
		for _, l := range []struct {
			f    TextDecorationLine
			name string
		}{{DecorationUnderline, "underline"}, {DecorationOverline, "overline"}, {DecorationLineThrough, "line-through"}} {
			if s.TextDecorationLine&l.f != 0 {
				parts = append(parts, l.name)
			}
		}
		if len(parts) == 0 {
			return "none"
		}
		return strings.Join(parts, " ")
	}
	g["text-decoration-color"] = func(s *ComputedStyle) string { return rgbText(s.TextDecorationColor) }
	g["text-decoration-thickness"] = func(s *ComputedStyle) string {
		if s.TextDecorationThickness.Kind == LengthNone {
			return "from-font"
		}
		return lengthText(s.TextDecorationThickness)
	}
	g["text-underline-offset"] = func(s *ComputedStyle) string { return lengthText(s.TextUnderlineOffset) }
}

// addFontVariantGetters registers the font feature longhands
// (https://drafts.csswg.org/css-fonts-4/#font-variant-ligatures-prop and
// the following sections).
func addFontVariantGetters(g getterTable) {
	g["font-variant-ligatures"] = func(s *ComputedStyle) string {
		v := s.FontVariantLigatures
		if v&LigaturesNone != 0 {
			return "none"
		}
		return flagsText(uint8(v), []flagName{{uint8(CommonLigatures), "common-ligatures"},
			{uint8(NoCommonLigatures), "no-common-ligatures"}, {uint8(DiscretionaryLigatures), "discretionary-ligatures"},
			{uint8(NoDiscretionaryLigatures), "no-discretionary-ligatures"}, {uint8(HistoricalLigatures), "historical-ligatures"},
			{uint8(NoHistoricalLigatures), "no-historical-ligatures"}, {uint8(NoContextual), "no-contextual"}})
	}
	g["font-variant-numeric"] = func(s *ComputedStyle) string {
		return flagsText(uint8(s.FontVariantNumeric), []flagName{{uint8(LiningNums), "lining-nums"},
			{uint8(OldstyleNums), "oldstyle-nums"}, {uint8(ProportionalNums), "proportional-nums"},
			{uint8(TabularNums), "tabular-nums"}, {uint8(DiagonalFractions), "diagonal-fractions"},
			{uint8(StackedFractions), "stacked-fractions"}, {uint8(Ordinal), "ordinal"}, {uint8(SlashedZero), "slashed-zero"}})
	}
	g["font-feature-settings"] = func(s *ComputedStyle) string { return featureSettingsText(s.FontFeatureSettings) }
	g["font-synthesis"] = func(s *ComputedStyle) string {
		var parts []string
		for _, f := range []flagName{{uint8(NoSynthesizeWeight), "weight"}, {uint8(NoSynthesizeStyle), "style"}, {uint8(NoSynthesizeSmallCaps), "small-caps"}} {
			if uint8(s.FontSynthesis)&f.flag == 0 {
				parts = append(parts, f.name)
			}
		}
		if len(parts) == 0 {
			return "none"
		}
		return strings.Join(parts, " ")
	}
	for name, f := range map[string]FontSynthesis{"font-synthesis-weight": NoSynthesizeWeight,
		"font-synthesis-style": NoSynthesizeStyle, "font-synthesis-small-caps": NoSynthesizeSmallCaps} {
		f := f
		g[name] = func(s *ComputedStyle) string {
			if s.FontSynthesis&f != 0 {
				return "none"
			}
			return "auto"
		}
	}
}

type flagName struct {
	flag uint8
	name string
}

// flagsText serializes a set of keyword flags in the grammar's order,
// normal for none.
func flagsText(v uint8, names []flagName) string {
	var parts []string
	for _, f := range names {
		if v&f.flag != 0 {
			parts = append(parts, f.name)
		}
	}
	if len(parts) == 0 {
		return "normal"
	}
	return strings.Join(parts, " ")
}

// featureSettingsText serializes the canonical "tag=value,..." form of
// font-feature-settings as Chromium does: sorted by tag, later duplicates
// winning, the value left out when it is 1.
func featureSettingsText(canon string) string {
	if canon == "" {
		return "normal"
	}
	vals := map[string]string{}
	for _, item := range strings.Split(canon, ",") {
		tag, v, _ := strings.Cut(item, "=")
		vals[tag] = v
	}
	tags := make([]string, 0, len(vals))
	for t := range vals {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for i, t := range tags {
		tags[i] = stringText(t)
		if vals[t] != "1" {
			tags[i] += " " + vals[t]
		}
	}
	return strings.Join(tags, ", ")
}

// stringText serializes a CSS <string>
// (https://drafts.csswg.org/cssom/#serialize-a-string).
func stringText(s string) string {
	var b strings.Builder
	writeCSSString(&b, s)
	return b.String()
}

// addContentGetters registers content, quotes and the counter longhands.
func addContentGetters(g getterTable) {
	g["content"] = func(s *ComputedStyle) string { return s.ContentValue(nil) }
	g["quotes"] = func(s *ComputedStyle) string {
		switch {
		case s.Quotes == nil:
			return "auto"
		case len(s.Quotes) == 0:
			return "none"
		}
		parts := make([]string, len(s.Quotes))
		for i, q := range s.Quotes {
			parts[i] = stringText(q)
		}
		return strings.Join(parts, " ")
	}
	counters := func(list []CounterChange) string {
		if len(list) == 0 {
			return "none"
		}
		parts := make([]string, len(list))
		for i, c := range list {
			parts[i] = c.text() // counters.go
		}
		return strings.Join(parts, " ")
	}
	g["counter-reset"] = func(s *ComputedStyle) string { return counters(s.CounterReset) }
	g["counter-increment"] = func(s *ComputedStyle) string { return counters(s.CounterIncrement) }
	g["counter-set"] = func(s *ComputedStyle) string { return counters(s.CounterSet) }
}

// ContentValue returns the resolved value of content: normal when the
// style has none (nil Content), none for an empty list, else its items,
// with attr() replaced by the attribute's value when attr is not nil.
// In the styles Compute returns, counters and quotes of ::before and
// ::after are already strings. TODO(spec): Chromium keeps counter() and
// open-quote as written.
func (s *ComputedStyle) ContentValue(attr func(name string) string) string {
	if s.Content == nil {
		return "normal"
	}
	if len(s.Content) == 0 {
		return "none"
	}
	// Adjacent strings (attr() values among them) are written as one, as
	// Chromium does.
	var parts []string
	str, inStr := "", false
	for _, it := range s.Content {
		if it.Kind == ContentString || (it.Kind == ContentAttr && attr != nil) {
			if it.Kind == ContentAttr {
				str += attr(it.Value)
			} else {
				str += it.Value
			}
			inStr = true
			continue
		}
		if inStr {
			parts, str, inStr = append(parts, stringText(str)), "", false
		}
		parts = append(parts, contentItemText(it, attr))
	}
	if inStr {
		parts = append(parts, stringText(str))
	}
	return strings.Join(parts, " ")
}

func contentItemText(it ContentItem, attr func(string) string) string {
	switch it.Kind {
	case ContentString:
		return stringText(it.Value)
	case ContentURL:
		return urlText(it.Value)
	case ContentAttr:
		if attr != nil {
			return stringText(attr(it.Value))
		}
		return "attr(" + it.Value + ")"
	case ContentOpenQuote:
		return "open-quote"
	case ContentCloseQuote:
		return "close-quote"
	case ContentNoOpenQuote:
		return "no-open-quote"
	case ContentNoCloseQuote:
		return "no-close-quote"
	case ContentCounter:
		t := "counter(" + it.Value
		if it.Style != "" && it.Style != "decimal" {
			t += ", " + it.Style
		}
		return t + ")"
	case ContentCounters:
		t := "counters(" + it.Value + ", " + stringText(it.Separator)
		if it.Style != "" && it.Style != "decimal" {
			t += ", " + it.Style
		}
		return t + ")"
	}
	return ""
}
