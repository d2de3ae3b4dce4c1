package cssom

// The grammars of the kept SVG presentation properties that Chromium
// keeps in any style rule (kept.go): painting
// (https://svgwg.org/svg2-draft/painting.html), geometry, text and
// rendering hints. Pane draws SVG images with their own styles; these
// have no effect on HTML boxes.

// addSVGGrammars adds the SVG properties with grammars.
func addSVGGrammars(g map[string]keptGrammar) {
	one := func(f func(c []tok) bool) keptGrammar {
		return func(_ []tok, comps [][]tok) bool { return len(comps) == 1 && f(comps[0]) }
	}
	lengthOrNumber := func(nonNeg bool) func(c []tok) bool {
		return func(c []tok) bool {
			return validLengthPercentage(c, true, nonNeg) || isNumeric(c, typeNumber, nonNeg)
		}
	}
	opacity := func(c []tok) bool { return isNumeric(c, typeNumber, false) || isNumeric(c, typePercent, false) }
	g["fill"] = parsePaint
	g["stroke"] = parsePaint
	// https://svgwg.org/svg2-draft/painting.html#StrokeWidth
	g["stroke-width"] = one(lengthOrNumber(true))
	g["stroke-dashoffset"] = one(lengthOrNumber(false))
	g["stroke-dasharray"] = parseDashArray
	// https://drafts.fxtf.org/fill-stroke/#fill-opacity
	g["fill-opacity"] = one(opacity)
	g["stroke-opacity"] = one(opacity)
	g["stroke-miterlimit"] = one(func(c []tok) bool { return isNumeric(c, typeNumber, true) })
	color := one(validColor)
	for _, name := range []string{"stop-color", "flood-color", "lighting-color"} {
		g[name] = color
	}
	g["stop-opacity"] = one(opacity)
	g["flood-opacity"] = one(opacity)
	// https://svgwg.org/svg2-draft/painting.html#VertexMarkerProperties
	marker := one(func(c []tok) bool {
		_, isURL := parseURLComponent(c)
		return isURL || keywordIn(c, "none")
	})
	for _, name := range []string{"marker", "marker-start", "marker-mid", "marker-end"} {
		g[name] = marker
	}
	// https://drafts.csswg.org/css-inline-3/#baseline-shift-property;
	// AD-HOC: Chromium keeps SVG 1.1's baseline and a number of px, and
	// not top, center or bottom.
	g["baseline-shift"] = one(func(c []tok) bool {
		return keywordIn(c, "baseline", "sub", "super") || validLengthPercentage(c, true, false) || isNumeric(c, typeNumber, false)
	})
	// The geometry properties (https://svgwg.org/svg2-draft/geometry.html):
	// AD-HOC: Chromium also takes a number of px.
	coordinate := func(nonNeg bool) func(c []tok) bool {
		return func(c []tok) bool { return validLengthPercentage(c, true, nonNeg) || isNumeric(c, typeNumber, nonNeg) }
	}
	for _, name := range []string{"cx", "cy", "x", "y"} {
		g[name] = one(coordinate(false))
	}
	g["r"] = one(coordinate(true))
	radius := func(c []tok) bool { return keywordIn(c, "auto") || coordinate(true)(c) }
	g["rx"] = one(radius)
	g["ry"] = one(radius)
	// https://svgwg.org/svg2-draft/paths.html#TheDProperty
	g["d"] = one(func(c []tok) bool { return keywordIn(c, "none") || isFunc(c, "path(") && isPathFunction(c, false) })
	// https://svgwg.org/svg2-draft/painting.html#PaintOrder
	g["paint-order"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "normal") ||
			anyOrder(comps, oneOfKeywords("fill"), oneOfKeywords("stroke"), oneOfKeywords("markers"))
	}
}

// svgKeywords are the keyword-valued SVG properties.
var svgKeywords = map[string][]string{
	"fill-rule":       {"nonzero", "evenodd"},
	"clip-rule":       {"nonzero", "evenodd"},
	"stroke-linecap":  {"butt", "round", "square"},
	"stroke-linejoin": {"miter", "round", "bevel"},
	"vector-effect":   {"none", "non-scaling-stroke"},
	// https://svgwg.org/svg2-draft/text.html#TextAnchoringProperties
	"text-anchor": {"start", "middle", "end"},
	// https://drafts.csswg.org/css-inline-3/#dominant-baseline-property;
	// AD-HOC: as Chromium, with SVG 1.1's values and without text-top
	// and text-bottom.
	"dominant-baseline": {"auto", "alphabetic", "ideographic", "middle", "central", "mathematical", "hanging",
		"use-script", "no-change", "reset-size", "text-after-edge", "text-before-edge"},
	// https://drafts.csswg.org/css-inline-3/#alignment-baseline-property;
	// AD-HOC: as Chromium, SVG 1.1's values.
	"alignment-baseline": {"auto", "baseline", "alphabetic", "ideographic", "middle", "central", "mathematical",
		"before-edge", "text-before-edge", "after-edge", "text-after-edge", "hanging"},
	// https://svgwg.org/svg2-draft/painting.html#ColorInterpolationProperty
	"color-interpolation":         {"auto", "srgb", "linearrgb"},
	"color-interpolation-filters": {"auto", "srgb", "linearrgb"},
	"color-rendering":             {"auto", "optimizespeed", "optimizequality"},
	"shape-rendering":             {"auto", "optimizespeed", "crispedges", "geometricprecision"},
	"buffered-rendering":          {"auto", "dynamic", "static"},
}

// parsePaint validates <paint> = none | <color> | <url> [ none |
// <color> ]? | context-fill | context-stroke
// (https://svgwg.org/svg2-draft/painting.html#SpecifyingPaint).
func parsePaint(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && (keywordIn(comps[0], "none", "context-fill", "context-stroke") || validColor(comps[0])) {
		return true
	}
	if _, isURL := parseURLComponent(comps[0]); !isURL || len(comps) > 2 {
		return false
	}
	return len(comps) == 1 || keywordIn(comps[1], "none") || validColor(comps[1])
}

// parseDashArray validates stroke-dasharray = none | [ [
// <length-percentage> | <number> ]+ ]#, all non-negative
// (https://svgwg.org/svg2-draft/painting.html#StrokeDasharrayProperty).
func parseDashArray(toks []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	return commaList(toks, func(comps [][]tok) bool {
		return repeatedComps(comps, 1, len(comps), func(c []tok) bool {
			return validLengthPercentage(c, true, true) || isNumeric(c, typeNumber, true)
		})
	})
}
