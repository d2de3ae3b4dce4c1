package cssom

// The text-emphasis, -webkit-text-stroke, container, mask, offset and all shorthands
// as the CSSOM splits and serializes them (see shorthandtext.go). Their
// values are validated before they are split (the property grammars in
// emphasis.go, kept_text.go, kept_box.go and kept_mask.go); the split only
// cuts a valid value into its longhands, as Chromium writes them.

import (
	"strings"
	"sync"

	"github.com/tdewolff/parse/v2/css"
)

func init() {
	cssomShorthands["text-emphasis"] = &shorthandForm{longhands: []string{"text-emphasis-style", "text-emphasis-color"},
		split: splitTextEmphasis, serialize: serializeOmitting}
	// -webkit-text-emphasis is a legacy alias of text-emphasis: the same
	// longhands, which cssText writes as text-emphasis (preferred order).
	cssomShorthands["-webkit-text-emphasis"] = cssomShorthands["text-emphasis"]
	cssomShorthands["-webkit-text-stroke"] = &shorthandForm{longhands: []string{"-webkit-text-stroke-width", "-webkit-text-stroke-color"},
		split: splitTextStroke, serialize: serializeOmitting}
	cssomShorthands["container"] = &shorthandForm{longhands: []string{"container-name", "container-type"},
		split: splitContainer, serialize: serializeContainer}
	cssomShorthands["mask"] = &shorthandForm{longhands: maskLonghands, split: splitMask, serialize: serializeMask}
	cssomShorthands["offset"] = &shorthandForm{longhands: []string{"offset-position", "offset-path", "offset-distance",
		"offset-rotate", "offset-anchor"}, split: splitOffset, serialize: serializeOffset}
	cssomShorthands["all"] = allForm
}

// allForm is the all shorthand; its longhands are listed on first use
// (shorthandFormOf), once the init functions of every file have registered
// their properties.
var allForm = &shorthandForm{split: splitAll, serialize: serializeAll}

var allFormOnce sync.Once

// shorthandFormOf returns the form of shorthand name, nil for none.
func shorthandFormOf(name string) *shorthandForm {
	allFormOnce.Do(func() { allForm.longhands = allLonghands() })
	return cssomShorthands[name]
}

// allLonghands returns all's longhands
// (https://drafts.csswg.org/css-cascade-5/#all-shorthand): every longhand
// but direction and unicode-bidi, from the properties getComputedStyle
// lists with the CSSOM shorthands among them expanded, keeping those
// Pane's parser accepts (so that cssText parses back to the same block).
// AD-HOC: in getComputedStyle's order (alphabetical), not Chromium's
// internal one.
// TODO(spec): the properties registered by an init that runs after this
// file's (text3.go, textprops.go, transformbox.go, transforms.go: for
// example text-align-last, hyphens, translate) are not yet known here and
// are left out, as is a CSSOM shorthand registered after this file.
func allLonghands() []string {
	var out []string
	seen := map[string]bool{"direction": true, "unicode-bidi": true}
	add := func(name string) {
		if !seen[name] && parseOneDeclaration(name, "inherit", false) != nil {
			out = append(out, name)
		}
		seen[name] = true
	}
	for _, name := range ResolvedPropertyNames() {
		if f := cssomShorthands[name]; f != nil { // not shorthandFormOf: this fills it
			for _, l := range f.longhands {
				add(l)
			}
			continue
		}
		add(name)
	}
	return out
}

// splitAll accepts no value: all takes only the CSS-wide keywords, which
// expandDeclaration gives every longhand before splitting.
func splitAll(string, [][]tok) ([]lhText, bool) { return nil, false }

// serializeAll writes nothing but the CSS-wide keyword that every
// longhand holds (shorthandValue's case).
func serializeAll(string, []lhText) string { return "" }

// splitTextEmphasis splits text-emphasis: <'text-emphasis-style'> ||
// <'text-emphasis-color'>
// (https://www.w3.org/TR/css-text-decor-3/#text-emphasis-property); the
// value left out is implicitly initial. The style is written fill first,
// then shape ("circle filled" ▶ "filled circle").
func splitTextEmphasis(_ string, comps [][]tok) ([]lhText, bool) {
	var fill, shape, color []tok
	var str, none bool
	for _, c := range comps {
		switch {
		case color == nil && isColorComp(c):
			color = c
		case fill == nil && isKeywordIn(c, "filled", "open"):
			fill = c
		case shape == nil && isKeywordIn(c, "dot", "circle", "double-circle", "triangle", "sesame"):
			shape = c
		case shape == nil && c[0].t == css.StringToken:
			shape, str = c, true
		case shape == nil && fill == nil && ident(c) == "none":
			shape, none = c, true
		default:
			return nil, false
		}
	}
	if (str || none) && fill != nil || len(comps) == 0 {
		return nil, false
	}
	out := []lhText{{"initial", true}, {"initial", true}}
	var style [][]tok
	for _, c := range [][]tok{fill, shape} {
		if c != nil {
			style = append(style, c)
		}
	}
	if len(style) > 0 {
		out[0] = lhText{text: compsText("text-emphasis-style", style)}
	}
	if color != nil {
		out[1] = lhText{text: compText("text-emphasis-color", color)}
	}
	return out, true
}

// splitTextStroke splits -webkit-text-stroke: <line-width> || <color>
// (https://compat.spec.whatwg.org/#the-webkit-text-stroke); the value
// left out is implicitly initial.
func splitTextStroke(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	slot, ok := assignAnyOrder(comps, []func([]tok) bool{isLineWidth, isColorComp})
	if !ok {
		return nil, false
	}
	return implicitTexts(l, comps, slot), true
}

// splitContainer splits container: <'container-name'> [ /
// <'container-type'> ]? (https://drafts.csswg.org/css-conditional-5/#container-shorthand);
// the type left out is normal.
func splitContainer(_ string, comps [][]tok) ([]lhText, bool) {
	parts := splitSlash(comps)
	if len(parts) > 2 || len(parts[0]) == 0 || len(parts) == 2 && len(parts[1]) == 0 {
		return nil, false
	}
	out := texts(compsText("container-name", parts[0]), "normal")
	if len(parts) == 2 {
		out[1].text = compsText("container-type", parts[1])
	}
	return out, true
}

// serializeContainer writes the name, then "/ type" unless the type is
// normal.
func serializeContainer(_ string, vals []lhText) string {
	if vals[1].text == "normal" {
		return vals[0].text
	}
	return vals[0].text + " / " + vals[1].text
}

// maskLonghands are mask's longhands in Chromium's order: the position is
// the -webkit- pair of axes.
var maskLonghands = []string{"mask-image", "-webkit-mask-position-x", "-webkit-mask-position-y", "mask-size",
	"mask-repeat", "mask-origin", "mask-clip", "mask-composite", "mask-mode"}

// maskInitial are the initial texts of maskLonghands, which a mask layer
// sets explicitly for the values it leaves out.
var maskInitial = []string{"none", "0%", "0%", "auto", "repeat", "border-box", "border-box", "add", "match-source"}

// maskBoxes are the <geometry-box> keywords.
var maskBoxes = []string{"border-box", "padding-box", "content-box", "fill-box", "stroke-box", "view-box"}

// splitMask splits the mask layers (https://drafts.fxtf.org/css-masking/#the-mask):
// each longhand gets one value per layer, its initial value where the
// layer leaves it out.
func splitMask(_ string, comps [][]tok) ([]lhText, bool) {
	var layers [][]string
	for _, layer := range splitCommaComps(comps) {
		l, ok := splitMaskLayer(layer)
		if !ok {
			return nil, false
		}
		layers = append(layers, l)
	}
	out := make([]lhText, len(maskLonghands))
	for i := range out {
		parts := make([]string, len(layers))
		for li, l := range layers {
			parts[li] = l[i]
		}
		out[i].text = strings.Join(parts, ", ")
	}
	return out, true
}

// splitMaskLayer splits one <mask-layer> = <mask-reference> ||
// <position> [ / <bg-size> ]? || <repeat-style> || <geometry-box> || [
// <geometry-box> | no-clip ] || <compositing-operator> || <masking-mode>;
// one <geometry-box> sets both the origin and the clip.
func splitMaskLayer(layer [][]tok) ([]string, bool) {
	v := append([]string(nil), maskInitial...)
	var seen [9]bool
	boxes := 0
	for i := 0; i < len(layer); {
		c := layer[i]
		switch {
		case !seen[0] && isImageComp(c):
			v[0], seen[0] = compText("mask-image", c), true
			i++
		case !seen[1] && isPositionComp(c):
			j := i
			for j < len(layer) && j-i < 4 && isPositionComp(layer[j]) {
				j++
			}
			v[1], v[2] = positionXY(layer[i:j])
			seen[1], i = true, j
			if i < len(layer) && isSlash(layer[i]) {
				k := i + 1
				for k < len(layer) && k-i <= 2 && (isPositionComp(layer[k]) || isKeywordIn(layer[k], "auto", "cover", "contain")) {
					k++
				}
				if k == i+1 {
					return nil, false
				}
				v[3], i = compsText("mask-size", layer[i+1:k]), k
			}
		case !seen[4] && isKeywordIn(c, "repeat-x", "repeat-y", "repeat", "no-repeat", "space", "round"):
			j := i + 1
			if j < len(layer) && !isKeywordIn(c, "repeat-x", "repeat-y") && isKeywordIn(layer[j], "repeat", "no-repeat", "space", "round") {
				j++
			}
			v[4], seen[4], i = compsText("mask-repeat", layer[i:j]), true, j
		case boxes < 2 && (isKeywordIn(c, maskBoxes...) || boxes == 1 && ident(c) == "no-clip"):
			if boxes == 0 {
				v[5], v[6] = ident(c), ident(c)
			} else {
				v[6] = ident(c)
			}
			boxes++
			i++
		case boxes == 0 && ident(c) == "no-clip":
			v[6], boxes = "no-clip", 2
			i++
		case !seen[7] && isKeywordIn(c, "add", "subtract", "intersect", "exclude"):
			v[7], seen[7] = ident(c), true
			i++
		case !seen[8] && isKeywordIn(c, "alpha", "luminance", "match-source"):
			v[8], seen[8] = ident(c), true
			i++
		default:
			return nil, false
		}
	}
	return v, len(layer) > 0
}

// serializeMask writes the mask layers, each with its initial values left
// out. AD-HOC: as Chromium, the layers are mask-image's; a longhand with
// fewer layers counts as initial in the others.
func serializeMask(_ string, vals []lhText) string {
	images := splitLayers(vals[0].text)
	out := make([]string, len(images))
	lists := make([][]string, len(vals))
	for i, v := range vals {
		lists[i] = splitLayers(v.text)
	}
	for li := range images {
		l := make([]string, len(maskInitial))
		for i, init := range maskInitial {
			l[i] = init
			if li < len(lists[i]) && lists[i][li] != "initial" {
				l[i] = lists[i][li]
			}
		}
		out[li] = maskLayerText(l)
	}
	return strings.Join(out, ", ")
}

// maskLayerText writes one layer's values in the grammar's order, the
// initial ones left out. The position is written when it or the size is
// not initial; a one-value size gets its implied "auto"; one box stands
// for equal origin and clip, and no-clip alone for a border-box origin.
func maskLayerText(l []string) string {
	var parts []string
	if l[0] != "none" {
		parts = append(parts, l[0])
	}
	if l[1] != "0%" || l[2] != "0%" || l[3] != "auto" {
		parts = append(parts, l[1], l[2])
	}
	if l[3] != "auto" {
		size := l[3]
		if len(splitSpaces(size)) == 1 && size != "cover" && size != "contain" {
			size += " auto"
		}
		parts = append(parts, "/", size)
	}
	if l[4] != "repeat" {
		parts = append(parts, l[4])
	}
	origin, clip := l[5], l[6]
	switch {
	case origin == clip && origin != "border-box":
		parts = append(parts, origin)
	case origin == clip:
	case clip == "no-clip" && origin == "border-box":
		parts = append(parts, clip)
	default:
		parts = append(parts, origin, clip)
	}
	if l[7] != "add" {
		parts = append(parts, l[7])
	}
	if l[8] != "match-source" {
		parts = append(parts, l[8])
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// offsetInitial are the initial texts of offset's longhands, which the
// shorthand sets explicitly for the values it leaves out.
var offsetInitial = []string{"normal", "none", "0px", "auto", "auto"}

// splitOffset splits offset: [ <'offset-position'>? [ <'offset-path'> [
// <'offset-distance'> || <'offset-rotate'> ]? ]? ]! [ / <'offset-anchor'> ]?
// (https://drafts.fxtf.org/motion-1/#offset-shorthand). A position is
// written as its two axes ("center" ▶ "center center").
func splitOffset(_ string, comps [][]tok) ([]lhText, bool) {
	v := append([]string(nil), offsetInitial...)
	parts := splitSlash(comps)
	if len(parts) > 2 || len(parts[0]) == 0 {
		return nil, false
	}
	if len(parts) == 2 {
		if len(parts[1]) == 0 {
			return nil, false
		}
		v[4] = offsetPositionText(parts[1])
	}
	rest := parts[0]
	i := 0
	for i < len(rest) && i < 4 && (isPositionComp(rest[i]) && rest[i][0].t != css.NumberToken || isKeywordIn(rest[i], "auto", "normal")) {
		i++
	}
	if i > 0 {
		v[0], rest = offsetPositionText(rest[:i]), rest[i:]
	}
	j := 0
	for j < len(rest) && (isKeywordIn(rest[j], "none", "content-box", "padding-box", "border-box", "fill-box", "stroke-box", "view-box") ||
		rest[j][0].t == css.FunctionToken && !isMathFunction(rest[j]) || rest[j][0].t == css.URLToken) {
		j++
	}
	if j > 0 {
		v[1] = compsText("offset-path", rest[:j])
	}
	var rotate [][]tok
	for _, c := range rest[j:] {
		switch {
		case isKeywordIn(c, "auto", "reverse") || c[0].t == css.DimensionToken && isAngleUnit(c[0].s):
			rotate = append(rotate, c)
		case j > 0 && v[2] == "0px":
			v[2] = compText("offset-distance", c)
		default:
			return nil, false
		}
	}
	if len(rotate) > 0 {
		v[3] = compsText("offset-rotate", rotate)
	}
	return texts(v...), true
}

// isAngleUnit reports whether a dimension token's unit is an angle's.
func isAngleUnit(s string) bool {
	_, u, ok := splitDimension(s)
	return ok && isKeywordIn([]tok{{css.IdentToken, u}}, "deg", "grad", "rad", "turn")
}

// offsetPositionText writes a <position> (or auto, normal) by its axes.
func offsetPositionText(comps [][]tok) string {
	if len(comps) == 1 && isKeywordIn(comps[0], "auto", "normal") {
		return ident(comps[0])
	}
	x, y := positionXY(comps)
	if y == "" {
		return x
	}
	return x + " " + y
}

// serializeOffset writes the position and the path with its distance and
// rotation when they are not initial, then "/ anchor"; "normal" when all
// are initial.
func serializeOffset(_ string, vals []lhText) string {
	var parts []string
	if vals[0].text != "normal" {
		parts = append(parts, vals[0].text)
	}
	if vals[1].text != "none" || vals[2].text != "0px" || vals[3].text != "auto" {
		parts = append(parts, vals[1].text)
		if vals[2].text != "0px" {
			parts = append(parts, vals[2].text)
		}
		if vals[3].text != "auto" {
			parts = append(parts, vals[3].text)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "normal")
	}
	if vals[4].text != "auto" {
		parts = append(parts, "/", vals[4].text)
	}
	return strings.Join(parts, " ")
}
