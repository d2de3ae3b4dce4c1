package cssom

// Flow-relative (logical) properties
// (https://www.w3.org/TR/css-logical-1/), mapped to physical ones.
// AD-HOC: always for horizontal-tb writing mode and ltr direction.
// TODO(spec): map through the element's writing-mode and direction.

import "net/url"

// logicalAliases maps each logical property to the physical longhands it
// sets: one for the *-start/*-end longhands and the sizes, two (start,
// end) for the *-block and *-inline shorthands.
var logicalAliases = map[string][]propID{
	"margin-block-start": {pMarginTop}, "margin-block-end": {pMarginTop + Bottom},
	"margin-inline-start": {pMarginTop + Left}, "margin-inline-end": {pMarginTop + Right},
	"padding-block-start": {pPaddingTop}, "padding-block-end": {pPaddingTop + Bottom},
	"padding-inline-start": {pPaddingTop + Left}, "padding-inline-end": {pPaddingTop + Right},
	"inset-block-start": {pTop}, "inset-block-end": {pTop + Bottom},
	"inset-inline-start": {pTop + Left}, "inset-inline-end": {pTop + Right},
	"margin-block": {pMarginTop, pMarginTop + Bottom}, "margin-inline": {pMarginTop + Left, pMarginTop + Right},
	"padding-block": {pPaddingTop, pPaddingTop + Bottom}, "padding-inline": {pPaddingTop + Left, pPaddingTop + Right},
	"inset-block": {pTop, pTop + Bottom}, "inset-inline": {pTop + Left, pTop + Right},
	"inline-size": {pWidth}, "block-size": {pHeight}, "min-inline-size": {pMinWidth},
	"min-block-size": {pMinHeight}, "max-inline-size": {pMaxWidth}, "max-block-size": {pMaxHeight},
	"border-block-start-width": {pBorderTopWidth}, "border-block-end-width": {pBorderTopWidth + Bottom},
	"border-inline-start-width": {pBorderTopWidth + Left}, "border-inline-end-width": {pBorderTopWidth + Right},
	"border-block-start-style": {pBorderTopStyle}, "border-block-end-style": {pBorderTopStyle + Bottom},
	"border-inline-start-style": {pBorderTopStyle + Left}, "border-inline-end-style": {pBorderTopStyle + Right},
	"border-block-start-color": {pBorderTopColor}, "border-block-end-color": {pBorderTopColor + Bottom},
	"border-inline-start-color": {pBorderTopColor + Left}, "border-inline-end-color": {pBorderTopColor + Right},
}

// logicalSides maps the logical border side shorthands to physical sides.
var logicalSides = map[string]propID{
	"border-block-start": Top, "border-block-end": Bottom, "border-inline-start": Left, "border-inline-end": Right,
}

func init() {
	for name, ids := range logicalAliases {
		shorthands[name] = ids
	}
	for name, side := range logicalSides {
		shorthands[name] = []propID{pBorderTopWidth + side, pBorderTopStyle + side, pBorderTopColor + side}
	}
}

// parseLogical parses a logical property; ok is false when name is not one.
func parseLogical(name string, comps [][]tok, base *url.URL) ([]longhand, bool) {
	if side, ok := logicalSides[name]; ok {
		return parseBorderSide(side, comps)
	}
	ids, ok := logicalAliases[name]
	if !ok || len(comps) < 1 || len(comps) > len(ids) {
		return nil, false
	}
	out := make([]longhand, len(ids))
	for i, id := range ids {
		c := comps[min(i, len(comps)-1)]
		v, ok := parseSingle(id, c, base)
		if !ok {
			return nil, false
		}
		out[i] = longhand{id, v}
	}
	return out, true
}
