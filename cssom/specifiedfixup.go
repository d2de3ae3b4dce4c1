package cssom

// The longhands whose specified value has a canonical form of its own:
// the components of one comma-separated item are reordered, completed or
// merged before specified.go writes them. Each form is Chromium's (the
// CSSOM leaves per-property forms to the property's specification, which
// mostly say "shortest form").

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// fixupLayer returns the components of one comma-separated item of a
// value of prop in their canonical form.
func fixupLayer(prop string, layer [][]tok) [][]tok {
	switch prop {
	case "box-shadow", "text-shadow":
		return shadowOrder(layer)
	case "background-position", "object-position", "transform-origin", "perspective-origin", "mask-position":
		return positionPair(layer)
	case "background-size", "mask-size":
		return sizePair(layer)
	case "background-repeat", "mask-repeat":
		return repeatPair(layer)
	case "border-spacing", "border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius",
		"border-bottom-left-radius", "overflow", "gap":
		if len(layer) == 2 && specifiedText(prop, layer[0]) == specifiedText(prop, layer[1]) {
			return layer[:1]
		}
	case "display":
		return displayPair(layer)
	case "aspect-ratio":
		if len(layer) == 1 && layer[0][0].t == css.NumberToken {
			return [][]tok{layer[0], {{css.DelimToken, "/"}}, {{css.NumberToken, "1"}}}
		}
	case "opacity", "fill-opacity", "stroke-opacity", "flood-opacity", "stop-opacity":
		if len(layer) == 1 && layer[0][0].t == css.PercentageToken {
			v, _, _ := splitDimension(layer[0][0].s)
			return [][]tok{{{css.NumberToken, formatNumber(v / 100)}}}
		}
	case "text-decoration-line":
		return decorationLineOrder(layer)
	case "counter-reset", "counter-set", "counter-increment":
		return counterDefaults(prop, layer)
	}
	return layer
}

// shadowOrder writes a shadow as Chromium does: the colour first, then the
// lengths, then inset (https://drafts.csswg.org/css-backgrounds-3/#box-shadow).
func shadowOrder(layer [][]tok) [][]tok {
	var color, lengths, inset [][]tok
	for _, c := range layer {
		switch {
		case ident(c) == "inset":
			inset = append(inset, c)
		case isColorComp(c):
			color = append(color, c)
		default:
			lengths = append(lengths, c)
		}
	}
	out := append(append(color, lengths...), inset...)
	return out
}

// isColorComp reports whether a component is a colour.
func isColorComp(c []tok) bool {
	if _, _, ok := parseColor(c); ok {
		return true
	}
	switch strings.ToLower(c[0].s) {
	case "lab(", "lch(", "oklab(", "oklch(", "color(", "color-mix(", "light-dark(":
		return true
	}
	return false
}

// positionPair completes a one-value <position> with "center" and puts
// the horizontal keyword of a two-keyword one first.
func positionPair(layer [][]tok) [][]tok {
	if len(layer) == 2 && (isKeywordIn(layer[0], "top", "bottom") || isKeywordIn(layer[1], "left", "right")) {
		return [][]tok{layer[1], layer[0]}
	}
	if len(layer) != 1 {
		return layer
	}
	center := []tok{{css.IdentToken, "center"}}
	switch ident(layer[0]) {
	case "top", "bottom":
		return [][]tok{center, layer[0]}
	}
	return [][]tok{layer[0], center}
}

// sizePair writes a background size: one length gets its "auto" height,
// "auto auto" is "auto".
func sizePair(layer [][]tok) [][]tok {
	auto := []tok{{css.IdentToken, "auto"}}
	switch {
	case len(layer) == 1 && ident(layer[0]) == "":
		return [][]tok{layer[0], auto}
	case len(layer) == 2 && ident(layer[0]) == "auto" && ident(layer[1]) == "auto":
		return layer[:1]
	}
	return layer
}

// repeatPair writes a two-value repeat style in its shortest form
// (https://drafts.csswg.org/css-backgrounds-3/#background-repeat).
func repeatPair(layer [][]tok) [][]tok {
	if len(layer) != 2 {
		return layer
	}
	x, y := ident(layer[0]), ident(layer[1])
	switch {
	case x == y:
		return layer[:1]
	case x == "repeat" && y == "no-repeat":
		return [][]tok{{{css.IdentToken, "repeat-x"}}}
	case x == "no-repeat" && y == "repeat":
		return [][]tok{{{css.IdentToken, "repeat-y"}}}
	}
	return layer
}

// displayLegacy maps the two-keyword display values to their one-keyword
// forms (https://drafts.csswg.org/css-display-3/#display-value-summary).
var displayLegacy = map[string]string{
	"block flow": "block", "flow block": "block", "inline flow": "inline", "flow inline": "inline",
	"inline flow-root": "inline-block", "flow-root inline": "inline-block", "block flow-root": "flow-root",
	"flow-root block": "flow-root", "block flex": "flex", "flex block": "flex", "inline flex": "inline-flex",
	"flex inline": "inline-flex", "block grid": "grid", "grid block": "grid", "inline grid": "inline-grid",
	"grid inline": "inline-grid", "block table": "table", "table block": "table", "inline table": "inline-table",
	"table inline": "inline-table", "block list-item": "list-item", "list-item block": "list-item",
	"flow list-item": "list-item", "list-item flow": "list-item", "block flow list-item": "list-item",
}

func displayPair(layer [][]tok) [][]tok {
	var words []string
	for _, c := range layer {
		words = append(words, ident(c))
	}
	if s, ok := displayLegacy[strings.Join(words, " ")]; ok {
		return [][]tok{{{css.IdentToken, s}}}
	}
	return layer
}

// decorationLineOrder writes the text-decoration-line keywords in their
// canonical order.
func decorationLineOrder(layer [][]tok) [][]tok {
	var out [][]tok
	for _, kw := range []string{"underline", "overline", "line-through", "blink", "spelling-error", "grammar-error"} {
		for _, c := range layer {
			if ident(c) == kw {
				out = append(out, c)
			}
		}
	}
	if len(out) != len(layer) {
		return layer
	}
	return out
}

// counterDefaults writes each counter name with its integer: 0 for
// counter-reset and counter-set, 1 for counter-increment
// (https://drafts.csswg.org/css-lists-3/#counter-properties).
func counterDefaults(prop string, layer [][]tok) [][]tok {
	if len(layer) == 1 && ident(layer[0]) == "none" {
		return layer
	}
	def := 0
	if prop == "counter-increment" {
		def = 1
	}
	var out [][]tok
	for i, c := range layer {
		out = append(out, c)
		if c[0].t == css.IdentToken && (i+1 >= len(layer) || layer[i+1][0].t != css.NumberToken) {
			out = append(out, []tok{{css.NumberToken, strconv.Itoa(def)}})
		}
	}
	return out
}

// compAt returns comps[i], or nil past the end.
func compAt(comps [][]tok, i int) []tok {
	if i < len(comps) {
		return comps[i]
	}
	return nil
}
