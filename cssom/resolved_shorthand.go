package cssom

import (
	"strings"
)

// Shorthands in getComputedStyle: Chromium serializes them from the
// resolved values of their longhands
// (https://drafts.csswg.org/cssom/#serialize-a-css-value), or gives ""
// when the longhands cannot be written as the shorthand.

// ShorthandValue returns the resolved value of shorthand name, built
// from the longhands' resolved values that get returns (package browser
// passes the used values of the box), and whether name is a shorthand
// Pane serializes.
func (s *ComputedStyle) ShorthandValue(name string, get func(longhand string) string) (string, bool) {
	if f, ok := shorthandSerializers[name]; ok {
		return f(s, get), true
	}
	sides := func(prefix, suffix string) []string {
		v := make([]string, 4)
		for i, side := range sideNames {
			v[i] = get(prefix + side + suffix)
		}
		return v
	}
	switch name {
	case "margin", "padding":
		return edgesText(sides(name+"-", "")), true
	case "inset":
		return edgesText(sides("", "")), true
	case "border-width", "border-style", "border-color":
		return edgesText(sides("border-", strings.TrimPrefix(name, "border"))), true
	case "border-top", "border-right", "border-bottom", "border-left":
		return borderSideText(get, name), true
	case "border":
		t := borderSideText(get, "border-top")
		for _, side := range sideNames[1:] {
			if borderSideText(get, "border-"+side) != t {
				return "", true
			}
		}
		return t, true
	case "border-block", "border-inline":
		a, b := borderSideText(get, name+"-start"), borderSideText(get, name+"-end")
		if a != b {
			return "", true
		}
		return a, true
	case "margin-block", "margin-inline", "padding-block", "padding-inline", "inset-block", "inset-inline":
		return pairText(get(name+"-start"), get(name+"-end")), true
	}
	if pair, ok := pairShorthands[name]; ok {
		return pairText(get(pair[0]), get(pair[1])), true
	}
	if list, ok := listShorthands[name]; ok {
		parts := make([]string, len(list))
		for i, l := range list {
			parts[i] = get(l)
		}
		return strings.Join(parts, " "), true
	}
	return "", false
}

// pairShorthands are the two-longhand shorthands written as one value
// when both are equal.
var pairShorthands = map[string][2]string{
	"gap": {"row-gap", "column-gap"}, "grid-gap": {"row-gap", "column-gap"},
	"overflow":       {"overflow-x", "overflow-y"},
	"place-content":  {"align-content", "justify-content"},
	"place-items":    {"align-items", "justify-items"},
	"place-self":     {"align-self", "justify-self"},
	"border-spacing": {"-webkit-border-horizontal-spacing", "-webkit-border-vertical-spacing"},
}

// listShorthands are the shorthands written as all their longhands in
// order.
var listShorthands = map[string][]string{
	"flex":       {"flex-grow", "flex-shrink", "flex-basis"},
	"flex-flow":  {"flex-direction", "flex-wrap"},
	"list-style": {"list-style-position", "list-style-image", "list-style-type"},
	"outline":    {"outline-color", "outline-style", "outline-width"},
}

// pairText writes a, or "a b" when they differ.
func pairText(a, b string) string {
	if a == b {
		return a
	}
	return a + " " + b
}

func borderSideText(get func(string) string, side string) string {
	return get(side+"-width") + " " + get(side+"-style") + " " + get(side+"-color")
}

// shorthandSerializers are the shorthands that need the computed style
// itself.
var shorthandSerializers map[string]func(*ComputedStyle, func(string) string) string

func init() {
	shorthandSerializers = map[string]func(*ComputedStyle, func(string) string) string{
		"background":      backgroundShorthand,
		"font":            fontShorthand,
		"font-variant":    fontVariantShorthand,
		"text-decoration": textDecorationShorthand,
		"border-radius":   borderRadiusShorthand,
		"border-image":    borderImageShorthand,
		"grid-row": func(_ *ComputedStyle, get func(string) string) string {
			return gridLinesText(get, "grid-row-start", "grid-row-end")
		},
		"grid-column": func(_ *ComputedStyle, get func(string) string) string {
			return gridLinesText(get, "grid-column-start", "grid-column-end")
		},
		"grid-area":     gridAreaShorthand,
		"grid-template": gridTemplateShorthand,
		"grid": func(_ *ComputedStyle, get func(string) string) string {
			// Chromium writes the six longhands separated by slashes.
			return strings.Join([]string{get("grid-template-rows"), get("grid-template-columns"),
				get("grid-template-areas"), get("grid-auto-flow"), get("grid-auto-rows"), get("grid-auto-columns")}, " / ")
		},
		// TODO(spec): these shorthands' longhands are not computed; the
		// values are their initial ones.
		"column-rule":         func(s *ComputedStyle, _ func(string) string) string { return "3px " + rgbText(s.Color) },
		"text-emphasis":       func(s *ComputedStyle, _ func(string) string) string { return emphasisShorthandText(s) }, // emphasis.go
		"-webkit-text-stroke": func(s *ComputedStyle, _ func(string) string) string { return "0px " + rgbText(s.Color) },
		"columns":             func(*ComputedStyle, func(string) string) string { return "auto" },
		"transition": func(_ *ComputedStyle, get func(string) string) string {
			return listShorthand(get, transitionLonghands, "all")
		},
		"animation": func(_ *ComputedStyle, get func(string) string) string {
			return listShorthand(get, animationLonghands, "none")
		},
		"mask": func(*ComputedStyle, func(string) string) string { return "none" },
	}
}

// backgroundShorthand writes every layer as image repeat attachment
// position / size origin clip, the last one after the colour.
func backgroundShorthand(s *ComputedStyle, _ func(string) string) string {
	n := s.NumBackgroundLayers()
	parts := make([]string, n)
	for i := range n {
		l := s.BackgroundLayer(i)
		att := "scroll"
		if l.Fixed {
			att = "fixed"
		}
		t := imageText(l.Image) + " " + repeatText(l.Repeat) + " " + att + " " + positionText(l.Position) +
			" / " + backgroundSizeText(l.Size) + " " + boxText(l.Origin) + " " + boxText(l.Clip)
		if i == n-1 {
			t = rgbText(s.BackgroundColor) + " " + t
		}
		parts[i] = t
	}
	return strings.Join(parts, ", ")
}

// stretchKeywords are the font-stretch percentages with a keyword.
var stretchKeywords = map[float32]string{50: "ultra-condensed", 62.5: "extra-condensed", 75: "condensed",
	87.5: "semi-condensed", 112.5: "semi-expanded", 125: "expanded", 150: "extra-expanded", 200: "ultra-expanded"}

// fontShorthand writes font as Chromium does: style, small-caps, weight
// and stretch when not normal, the size, "/ line-height" when not normal
// and the family; "" when a longhand font resets cannot be written in it.
// https://drafts.csswg.org/css-fonts-4/#font-prop
func fontShorthand(s *ComputedStyle, get func(string) string) string {
	if s.FontVariantLigatures != 0 || s.FontVariantNumeric != 0 || s.FontKerning != KerningAuto ||
		s.FontFeatureSettings != "" || (s.FontVariantCaps != CapsNormal && s.FontVariantCaps != CapsSmallCaps) ||
		s.FontVariantPosition != 0 || s.FontVariantEastAsian != 0 || s.FontVariantAlternates != "" ||
		s.FontVariantEmoji != 0 || s.FontVariationSettings != "" || s.FontLanguageOverride != "" || s.FontOpticalSizingNone {
		return ""
	}
	var parts []string
	if s.FontStyle != FontStyleNormal {
		parts = append(parts, get("font-style"))
	}
	if s.FontVariantCaps == CapsSmallCaps {
		parts = append(parts, "small-caps")
	}
	if s.FontWeight != 400 {
		parts = append(parts, get("font-weight"))
	}
	if st := s.FontStretch; st != 0 && st != 100 {
		kw, ok := stretchKeywords[st]
		if !ok {
			return ""
		}
		parts = append(parts, kw)
	}
	size := get("font-size")
	if lh := get("line-height"); lh != "normal" {
		size += " / " + lh
	}
	parts = append(parts, size, get("font-family"))
	return strings.Join(parts, " ")
}

// fontVariantShorthand writes the font-variant longhands that are not
// normal, or normal.
func fontVariantShorthand(_ *ComputedStyle, get func(string) string) string {
	var parts []string
	for _, l := range []string{"font-variant-ligatures", "font-variant-caps", "font-variant-alternates",
		"font-variant-numeric", "font-variant-east-asian", "font-variant-position", "font-variant-emoji"} {
		if v := get(l); v != "normal" {
			parts = append(parts, v)
		}
	}
	if len(parts) == 0 {
		return "normal"
	}
	if len(parts) > 1 && parts[0] == "none" {
		return "" // none cannot be written with other values
	}
	return strings.Join(parts, " ")
}

// textDecorationShorthand writes the line, then the thickness, style and
// colour that are not their initial values. AD-HOC: a colour equal to
// the element's colour counts as currentcolor.
func textDecorationShorthand(s *ComputedStyle, get func(string) string) string {
	parts := []string{get("text-decoration-line")}
	if t := get("text-decoration-thickness"); t != "auto" {
		parts = append(parts, t)
	}
	if st := get("text-decoration-style"); st != "solid" {
		parts = append(parts, st)
	}
	if s.TextDecorationColor != s.Color {
		parts = append(parts, get("text-decoration-color"))
	}
	return strings.Join(parts, " ")
}

// borderRadiusShorthand writes the horizontal radii, then "/" and the
// vertical ones when they differ, each list in its shortest form.
func borderRadiusShorthand(_ *ComputedStyle, get func(string) string) string {
	h, v := make([]string, 4), make([]string, 4)
	for i, n := range radiusNames {
		x, y, ok := strings.Cut(get("border-"+n+"-radius"), " ")
		if !ok {
			y = x
		}
		h[i], v[i] = x, y
	}
	a, b := edgesText(h), edgesText(v)
	if a == b {
		return a
	}
	return a + " / " + b
}

// borderImageShorthand writes source slice / width / outset repeat, or
// none when every longhand has its initial value.
func borderImageShorthand(s *ComputedStyle, get func(string) string) string {
	if s.BorderImage == nil {
		return "none"
	}
	return get("border-image-source") + " " + get("border-image-slice") + " / " + get("border-image-width") +
		" / " + get("border-image-outset") + " " + get("border-image-repeat")
}

// isLineName reports whether a serialized <grid-line> is a lone name.
func isLineName(v string) bool {
	return v != "auto" && !strings.ContainsAny(v, " 0123456789")
}

// gridLinesText writes start / end, leaving out an end that the start
// implies (https://drafts.csswg.org/css-grid-1/#placement-shorthands).
func gridLinesText(get func(string) string, start, end string) string {
	a, b := get(start), get(end)
	if omitLine(a, b) {
		return a
	}
	return a + " / " + b
}

// omitLine reports whether a grid line value v may be left out after
// the line it defaults to: the same name, or auto after a non-name.
func omitLine(from, v string) bool {
	if isLineName(from) {
		return v == from
	}
	return v == "auto"
}

// gridAreaShorthand writes row-start / column-start / row-end /
// column-end, leaving out trailing values their defaults give.
func gridAreaShorthand(_ *ComputedStyle, get func(string) string) string {
	rs, cs, re, ce := get("grid-row-start"), get("grid-column-start"), get("grid-row-end"), get("grid-column-end")
	parts := []string{rs, cs, re, ce}
	if omitLine(cs, ce) {
		parts = parts[:3]
		if omitLine(rs, re) {
			parts = parts[:2]
			if omitLine(rs, cs) {
				parts = parts[:1]
			}
		}
	}
	return strings.Join(parts, " / ")
}

// gridTemplateShorthand writes rows / columns when there are no named
// areas. TODO(spec): the form with areas (Chromium gives "" for some).
func gridTemplateShorthand(s *ComputedStyle, get func(string) string) string {
	if s.Grid.TemplateAreas != nil {
		return ""
	}
	rows, cols := get("grid-template-rows"), get("grid-template-columns")
	if rows == "none" && cols == "none" {
		return "none"
	}
	return rows + " / " + cols
}

// listShorthand writes transition or animation as Chromium does: per
// item, the longhands that are not initial (a duration before a delay
// that is written), in Chromium's order (for animation the name last);
// empty for none when every longhand of an item is initial. Items are as
// many as the first longhand has.
func listShorthand(get func(string) string, longhands []string, none string) string {
	lists := make([][]string, len(longhands))
	for i, l := range longhands {
		lists[i] = splitListText(get(l))
	}
	order := []int{0, 1, 2, 3, 4} // transition: property duration timing delay behavior
	if len(longhands) == len(animationLonghands) {
		order = []int{1, 2, 3, 4, 5, 6, 7, 0} // animation: the name last
	}
	items := make([]string, len(lists[0]))
	for i := range items {
		var parts []string
		for _, j := range order {
			v := nth(lists[j], i)
			initial := v == keptListInitial[longhands[j]]
			delayWritten := j == 1 && nth(lists[3], i) != "0s"
			if !initial || delayWritten {
				parts = append(parts, v)
			}
		}
		if len(parts) == 0 {
			parts = []string{none}
			if none == "all" && len(lists) > 1 {
				parts = []string{nth(lists[0], i)}
			}
		}
		items[i] = strings.Join(parts, " ")
	}
	return strings.Join(items, ", ")
}

// splitListText splits a serialized list at the commas outside
// parentheses.
func splitListText(v string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(v[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(v[start:]))
}
