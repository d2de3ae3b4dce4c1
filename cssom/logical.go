package cssom

// Flow-relative (logical) properties (https://www.w3.org/TR/css-logical-1/).
//
// A logical declaration is parsed into the physical longhands it maps to
// in horizontal-tb writing with ltr direction: block-start is top,
// inline-start left. The cascade (logical_cascade.go) maps the
// declarations whose inline sides depend on the direction
// (inlineRelative, logicalFloat) to the other side in rtl, so that
// "logical and physical properties that share a computed value cascade
// together" (https://drafts.csswg.org/css-logical-1/#box).
//
// TODO(spec): element.style and CSSStyleRule.style serialize the
// logical border shorthands and radii of this file as written (Chromium
// folds "3px 3px" to "3px" and rebuilds border-inline-width from its
// longhands); float and clear with var() map through the ltr sides; and
// getComputedStyle gives float: inline-start as left or right.
//
// TODO(spec): vertical writing modes
// (https://www.w3.org/TR/css-writing-modes-4/#logical-to-physical):
// writing-mode is a kept property, so block-start is always top and the
// inline axis always horizontal.

import (
	"net/url"
	"strings"
)

// logicalAliases maps each logical property to the physical longhands it
// sets in ltr: one for the *-start/*-end longhands and the sizes, two
// (start, end) for the *-block and *-inline shorthands.
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
	// https://www.w3.org/TR/css-logical-1/#border-shorthands: one or two
	// values, start then end.
	"border-block-width":  {pBorderTopWidth, pBorderTopWidth + Bottom},
	"border-block-style":  {pBorderTopStyle, pBorderTopStyle + Bottom},
	"border-block-color":  {pBorderTopColor, pBorderTopColor + Bottom},
	"border-inline-width": {pBorderTopWidth + Left, pBorderTopWidth + Right},
	"border-inline-style": {pBorderTopStyle + Left, pBorderTopStyle + Right},
	"border-inline-color": {pBorderTopColor + Left, pBorderTopColor + Right},
}

// logicalSides maps the logical border side shorthands to the physical
// sides they set in ltr: border-block and border-inline set two.
var logicalSides = map[string][]propID{
	"border-block-start": {Top}, "border-block-end": {Bottom}, "border-inline-start": {Left}, "border-inline-end": {Right},
	"border-block": {Top, Bottom}, "border-inline": {Left, Right},
}

// logicalRadii maps the logical border radii
// (https://www.w3.org/TR/css-logical-1/#border-radius-properties:
// border-<block>-<inline>-radius) to the corner (an offset from
// pBorderTopLeftRadius) they set in ltr.
var logicalRadii = map[string]propID{
	"border-start-start-radius": 0, "border-start-end-radius": 1,
	"border-end-end-radius": 2, "border-end-start-radius": 3,
}

// inlineRelative holds the logical properties whose mapping depends on
// the direction: those with an inline side (the sizes map to width and
// height in both directions).
var inlineRelative = map[string]bool{}

// mirrored maps each physical longhand to the one on the other side of
// the inline axis in horizontal-tb: left and right, and the radii of the
// left and right corners; the others to themselves.
var mirrored [numProps]propID

func init() {
	for name, ids := range logicalAliases {
		shorthands[name] = ids
	}
	for name, sides := range logicalSides {
		var ids []propID
		for _, side := range sides {
			ids = append(ids, pBorderTopWidth+side, pBorderTopStyle+side, pBorderTopColor+side)
		}
		shorthands[name] = ids
	}
	for name, corner := range logicalRadii {
		shorthands[name] = []propID{pBorderTopLeftRadius + corner, pBorderTopLeftRadiusY + corner}
		inlineRelative[name] = true
	}
	for name := range shorthands {
		_, alias := logicalAliases[name]
		_, side := logicalSides[name]
		if (alias || side) && strings.Contains(name, "inline") && !strings.HasSuffix(name, "inline-size") {
			inlineRelative[name] = true
		}
	}
	for id := range mirrored {
		mirrored[id] = propID(id)
	}
	for _, first := range [...]propID{pTop, pMarginTop, pPaddingTop, pBorderTopWidth, pBorderTopStyle, pBorderTopColor} {
		mirrored[first+Left], mirrored[first+Right] = first+Right, first+Left
	}
	// The corners are top-left, top-right, bottom-right, bottom-left.
	for _, first := range [...]propID{pBorderTopLeftRadius, pBorderTopLeftRadiusY} {
		mirrored[first], mirrored[first+1] = first+1, first
		mirrored[first+2], mirrored[first+3] = first+3, first+2
	}
}

// parseLogical parses a logical property; ok is false when name is not one.
func parseLogical(name string, comps [][]tok, base *url.URL) ([]longhand, bool) {
	if sides, ok := logicalSides[name]; ok {
		var out []longhand
		for _, side := range sides {
			l, ok := parseBorderSide(side, comps)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	}
	if corner, ok := logicalRadii[name]; ok {
		h, v, ok := parseRadiusPair(comps)
		return []longhand{{pBorderTopLeftRadius + corner, fromLength(h)}, {pBorderTopLeftRadiusY + corner, fromLength(v)}}, ok
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

// logicalFloat reports whether d is float or clear with an inline-start
// or inline-end value (https://www.w3.org/TR/css-logical-1/#float-clear),
// parsed as left and right: they follow the direction of the element's
// containing block, not its own.
func logicalFloat(d *Declaration) bool {
	if d.Property != "float" && d.Property != "clear" {
		return false
	}
	v := strings.ToLower(d.Value)
	return v == "inline-start" || v == "inline-end"
}

// The float and clear values that mirror inline-start and inline-end.
var (
	floatLeft  = value{kind: vEnum, i: int32(FloatLeft)}
	floatRight = value{kind: vEnum, i: int32(FloatRight)}
	clearLeft  = value{kind: vEnum, i: int32(ClearLeft)}
	clearRight = value{kind: vEnum, i: int32(ClearRight)}
)

// mirrorLonghand returns the longhand and value that l, a longhand of an
// inline-relative declaration or a logical float or clear parsed for
// ltr, sets in rtl.
func mirrorLonghand(l *longhand) (propID, *value) {
	if l.v.kind == vEnum {
		switch {
		case l.id == pFloat && l.v.i == int32(FloatLeft):
			return pFloat, &floatRight
		case l.id == pFloat && l.v.i == int32(FloatRight):
			return pFloat, &floatLeft
		case l.id == pClear && l.v.i == int32(ClearLeft):
			return pClear, &clearRight
		case l.id == pClear && l.v.i == int32(ClearRight):
			return pClear, &clearLeft
		}
	}
	return mirrored[l.id], &l.v
}
