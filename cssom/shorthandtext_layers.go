package cssom

// The shorthands with comma-separated layers or long keyword grammars, as
// the CSSOM splits and serializes them: background, background-position,
// font, font-variant, transition, animation (see shorthandtext.go).

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

func addLayeredShorthands() {
	cssomShorthands["background"] = &shorthandForm{longhands: []string{"background-image", "background-position-x",
		"background-position-y", "background-size", "background-repeat", "background-attachment", "background-origin",
		"background-clip", "background-color"}, split: splitBackground, serialize: serializeBackground}
	cssomShorthands["background-position"] = &shorthandForm{longhands: []string{"background-position-x", "background-position-y"},
		split: splitBackgroundPosition, serialize: serializeBackgroundPosition}
	cssomShorthands["font"] = &shorthandForm{longhands: fontLonghands, split: splitFont, serialize: serializeFont}
	cssomShorthands["font-variant"] = &shorthandForm{longhands: []string{"font-variant-ligatures", "font-variant-numeric",
		"font-variant-east-asian", "font-variant-caps", "font-variant-alternates", "font-variant-position", "font-variant-emoji"},
		split: splitFontVariant, serialize: serializeFontVariant}
	cssomShorthands["transition"] = &shorthandForm{longhands: []string{"transition-behavior", "transition-duration",
		"transition-timing-function", "transition-delay", "transition-property"}, split: splitTransition, serialize: serializeTransition}
	cssomShorthands["animation"] = &shorthandForm{longhands: []string{"animation-duration", "animation-timing-function",
		"animation-delay", "animation-iteration-count", "animation-direction", "animation-fill-mode", "animation-play-state",
		"animation-name", "animation-timeline", "animation-range-start", "animation-range-end"},
		split: splitAnimation, serialize: serializeAnimation}
}

// layerTexts joins per-layer texts into longhand texts: a longhand no
// layer sets is implicitly initial, the layers that leave it out are
// "initial" in its list.
func layerTexts(layers [][]string, n int) []lhText {
	out := make([]lhText, n)
	for i := range out {
		var parts []string
		set := false
		for _, l := range layers {
			if l[i] == "" {
				parts = append(parts, "initial")
				continue
			}
			parts = append(parts, l[i])
			set = true
		}
		// A longhand no layer sets is implicitly initial; with several
		// layers, Chromium still lists "initial" for each.
		out[i] = lhText{strings.Join(parts, ", "), !set}
	}
	return out
}

// splitLonghandLayers splits each longhand's text into its layers; false
// when the counts differ. An implicit longhand has every layer empty.
func splitLonghandLayers(vals []lhText, n int) ([][]string, bool) {
	count := -1
	for i := 0; i < n; i++ {
		if vals[i].implicit {
			continue
		}
		c := len(splitLayers(vals[i].text))
		if count >= 0 && c != count {
			return nil, false
		}
		count = c
	}
	if count < 0 {
		count = 1
	}
	layers := make([][]string, count)
	for li := range layers {
		layers[li] = make([]string, n)
	}
	for i := 0; i < n; i++ {
		if vals[i].implicit {
			continue
		}
		for li, t := range splitLayers(vals[i].text) {
			if t != "initial" {
				layers[li][i] = t
			}
		}
	}
	return layers, true
}

func isImageComp(c []tok) bool {
	if ident(c) == "none" || c[0].t == css.URLToken {
		return true
	}
	if c[0].t != css.FunctionToken {
		return false
	}
	n := strings.ToLower(c[0].s)
	return n == "url(" || strings.HasSuffix(n, "gradient(") || strings.HasSuffix(n, "image-set(") || n == "image(" || n == "cross-fade(" || n == "element("
}

func isPositionComp(c []tok) bool {
	switch ident(c) {
	case "left", "right", "top", "bottom", "center":
		return true
	}
	return c[0].t == css.DimensionToken || c[0].t == css.PercentageToken || c[0].t == css.NumberToken || isMathFunction(c)
}

func isKeywordIn(c []tok, words ...string) bool {
	kw := ident(c)
	for _, w := range words {
		if kw == w {
			return true
		}
	}
	return false
}

// splitBackground splits the background layers
// (https://drafts.csswg.org/css-backgrounds-3/#background): <bg-image> ||
// <bg-position> [ / <bg-size> ]? || <repeat-style> || <attachment> ||
// <visual-box> || <visual-box>, and the colour in the last layer.
func splitBackground(_ string, comps [][]tok) ([]lhText, bool) {
	all := splitCommaComps(comps)
	var layers [][]string
	for li, layer := range all {
		l, ok := splitBackgroundLayer(layer, li == len(all)-1)
		if !ok {
			return nil, false
		}
		layers = append(layers, l)
	}
	out := layerTexts(layers, 8)
	color := layers[len(layers)-1][8]
	if color == "" {
		return append(out, lhText{"initial", true}), true
	}
	return append(out, lhText{text: color}), true
}

// splitBackgroundLayer splits one layer into the texts of the nine
// longhands ("" for those it leaves out).
func splitBackgroundLayer(layer [][]tok, final bool) ([]string, bool) {
	v := make([]string, 9)
	if len(layer) == 0 {
		return nil, false
	}
	for i := 0; i < len(layer); {
		c := layer[i]
		switch {
		case v[0] == "" && isImageComp(c):
			v[0] = compText("background-image", c)
			i++
		case v[1] == "" && isPositionComp(c):
			j := i
			for j < len(layer) && j-i < 4 && isPositionComp(layer[j]) {
				j++
			}
			v[1], v[2] = positionXY(layer[i:j])
			i = j
			if i < len(layer) && len(layer[i]) == 1 && layer[i][0].s == "/" {
				k := i + 1
				for k < len(layer) && k-i <= 2 && (isPositionComp(layer[k]) || isKeywordIn(layer[k], "auto", "cover", "contain")) {
					k++
				}
				if k == i+1 {
					return nil, false
				}
				v[3] = compsText("background-size", layer[i+1:k])
				i = k
			}
		case v[4] == "" && isKeywordIn(c, "repeat-x", "repeat-y", "repeat", "no-repeat", "space", "round"):
			j := i + 1
			if j < len(layer) && isKeywordIn(c, "repeat", "no-repeat", "space", "round") && isKeywordIn(layer[j], "repeat", "no-repeat", "space", "round") {
				j++
			}
			v[4] = compsText("background-repeat", layer[i:j])
			i = j
		case v[5] == "" && isKeywordIn(c, "scroll", "fixed", "local"):
			v[5] = ident(c)
			i++
		case v[7] == "" && isKeywordIn(c, "border-box", "padding-box", "content-box", "text"):
			if v[6] == "" && ident(c) != "text" {
				v[6] = ident(c)
			} else {
				v[7] = ident(c)
			}
			i++
		case final && v[8] == "" && isColorComp(c):
			v[8] = compText("background-color", c)
			i++
		default:
			return nil, false
		}
	}
	if v[6] != "" && v[7] == "" {
		v[7] = v[6]
	}
	return v, true
}

// positionXY splits a <position> into its horizontal and vertical parts
// (https://drafts.csswg.org/css-values-4/#position).
func positionXY(comps [][]tok) (string, string) {
	x, y := "background-position-x", "background-position-y"
	switch len(comps) {
	case 1:
		if isKeywordIn(comps[0], "top", "bottom") {
			return "center", ident(comps[0])
		}
		return compText(x, comps[0]), "center"
	case 2:
		a, b := comps[0], comps[1]
		if isKeywordIn(a, "top", "bottom") || isKeywordIn(b, "left", "right") {
			a, b = b, a
		}
		return compText(x, a), compText(y, b)
	}
	// Three or four values: keywords, each maybe followed by an offset.
	var groups [][][]tok
	for i := 0; i < len(comps); {
		j := i + 1
		if j < len(comps) && ident(comps[j]) == "" {
			j++
		}
		groups = append(groups, comps[i:j])
		i = j
	}
	if len(groups) != 2 {
		return compsText(x, comps), ""
	}
	if isKeywordIn(groups[0][0], "top", "bottom") || isKeywordIn(groups[1][0], "left", "right") {
		groups[0], groups[1] = groups[1], groups[0]
	}
	return compsText(x, groups[0]), compsText(y, groups[1])
}

// serializeBackground writes the background layers, each value the
// shorthand left out omitted.
func serializeBackground(_ string, vals []lhText) string {
	layers, ok := splitLonghandLayers(vals, 8)
	if !ok {
		return ""
	}
	var out []string
	for li, l := range layers {
		var parts []string
		if l[0] != "" {
			parts = append(parts, l[0])
		}
		if l[1] != "" || l[2] != "" || l[3] != "" {
			parts = append(parts, orDefault(l[1], "0%")+" "+orDefault(l[2], "0%"))
		}
		if l[3] != "" {
			parts = append(parts, "/", l[3])
		}
		for _, i := range []int{4, 5, 6, 7} {
			if l[i] != "" {
				parts = append(parts, l[i])
			}
		}
		if li == len(layers)-1 && !vals[8].implicit {
			parts = append(parts, vals[8].text)
		}
		if len(parts) == 0 {
			parts = append(parts, "none")
		}
		out = append(out, strings.Join(parts, " "))
	}
	return strings.Join(out, ", ")
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// splitBackgroundPosition splits background-position layers into their
// x and y parts.
func splitBackgroundPosition(_ string, comps [][]tok) ([]lhText, bool) {
	var layers [][]string
	for _, layer := range splitCommaComps(comps) {
		if len(layer) == 0 || len(layer) > 4 {
			return nil, false
		}
		x, y := positionXY(layer)
		layers = append(layers, []string{x, y})
	}
	return layerTexts(layers, 2), true
}

func serializeBackgroundPosition(_ string, vals []lhText) string {
	layers, ok := splitLonghandLayers(vals, 2)
	if !ok {
		return ""
	}
	var out []string
	for _, l := range layers {
		// AD-HOC: Chromium leaves out the layers a background
		// shorthand left without a position.
		if l[0] != "" || l[1] != "" {
			out = append(out, orDefault(l[0], "0%")+" "+orDefault(l[1], "0%"))
		}
	}
	return strings.Join(out, ", ")
}

// transitionParts classifies a transition layer's components: time,
// easing function, behavior, property.
func isTime(c []tok) bool {
	if c[0].t != css.DimensionToken {
		return isMathFunction(c)
	}
	_, u, _ := splitDimension(c[0].s)
	return strings.EqualFold(u, "s") || strings.EqualFold(u, "ms")
}

func isEasing(c []tok) bool {
	if isKeywordIn(c, "ease", "linear", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end") {
		return true
	}
	return isFunc(c, "cubic-bezier(") || isFunc(c, "steps(") || isFunc(c, "linear(")
}

// splitTransition splits the transition layers
// (https://drafts.csswg.org/css-transitions-2/#transition-shorthand-property).
func splitTransition(_ string, comps [][]tok) ([]lhText, bool) {
	var layers [][]string
	for _, layer := range splitCommaComps(comps) {
		v := []string{"normal", "", "ease", "", "all"}
		var seen [5]bool
		for _, c := range layer {
			switch {
			case isTime(c) && !seen[1]:
				v[1], seen[1] = compText("transition-duration", c), true
			case isTime(c) && !seen[3]:
				v[3], seen[3] = compText("transition-delay", c), true
			case isEasing(c) && !seen[2]:
				v[2], seen[2] = compText("transition-timing-function", c), true
			case isKeywordIn(c, "normal", "allow-discrete") && !seen[0]:
				v[0], seen[0] = ident(c), true
			case c[0].t == css.IdentToken && !seen[4]:
				v[4], seen[4] = compText("transition-property", c), true
			default:
				return nil, false
			}
		}
		v[1], v[3] = orDefault(v[1], "0s"), orDefault(v[3], "0s")
		layers = append(layers, v)
	}
	return layerTexts(layers, 5), true
}

// serializeTransition writes each layer with its initial values left out.
func serializeTransition(_ string, vals []lhText) string {
	layers, ok := splitLonghandLayers(vals, 5)
	if !ok {
		return ""
	}
	var out []string
	for _, l := range layers {
		var parts []string
		if l[4] != "all" {
			parts = append(parts, l[4])
		}
		// AD-HOC: Chromium leaves out a 0s duration even before a delay.
		if l[1] != "0s" {
			parts = append(parts, l[1])
		}
		if l[2] != "ease" {
			parts = append(parts, l[2])
		}
		if l[3] != "0s" {
			parts = append(parts, l[3])
		}
		if l[0] != "normal" {
			parts = append(parts, l[0])
		}
		if len(parts) == 0 {
			parts = append(parts, "all")
		}
		out = append(out, strings.Join(parts, " "))
	}
	return strings.Join(out, ", ")
}

// animationInitial are the initial texts of the animation longhands.
var animationInitial = []string{"auto", "ease", "0s", "1", "normal", "none", "running", "none", "auto", "normal", "normal"}

// splitAnimation splits the animation layers
// (https://drafts.csswg.org/css-animations-1/#animation): the first time
// is the duration, the second the delay, a keyword goes to the first
// longhand it is valid for, the name last.
func splitAnimation(_ string, comps [][]tok) ([]lhText, bool) {
	var layers [][]string
	for _, layer := range splitCommaComps(comps) {
		v := append([]string(nil), animationInitial...)
		var seen [8]bool
		set := func(i int, s string) { v[i], seen[i] = s, true }
		for _, c := range layer {
			switch {
			case (isTime(c) || isKeywordIn(c, "auto")) && !seen[0]:
				set(0, compText("animation-duration", c))
			case isTime(c) && !seen[2]:
				set(2, compText("animation-delay", c))
			case isEasing(c) && !seen[1]:
				set(1, compText("animation-timing-function", c))
			case (c[0].t == css.NumberToken || isKeywordIn(c, "infinite")) && !seen[3]:
				set(3, compText("animation-iteration-count", c))
			case isKeywordIn(c, "normal", "reverse", "alternate", "alternate-reverse") && !seen[4]:
				set(4, ident(c))
			case isKeywordIn(c, "none", "forwards", "backwards", "both") && !seen[5]:
				set(5, ident(c))
			case isKeywordIn(c, "running", "paused") && !seen[6]:
				set(6, ident(c))
			case (c[0].t == css.IdentToken || c[0].t == css.StringToken) && !seen[7]:
				set(7, compText("animation-name", c))
			default:
				return nil, false
			}
		}
		layers = append(layers, v)
	}
	return layerTexts(layers, 11), true
}

// serializeAnimation writes every value of each layer, as Chromium does;
// "" when a longhand the shorthand cannot set is not initial.
func serializeAnimation(_ string, vals []lhText) string {
	layers, ok := splitLonghandLayers(vals, 11)
	if !ok {
		return ""
	}
	var out []string
	for _, l := range layers {
		for i := 8; i < 11; i++ {
			if l[i] != animationInitial[i] {
				return ""
			}
		}
		out = append(out, strings.Join(l[:8], " "))
	}
	return strings.Join(out, ", ")
}
