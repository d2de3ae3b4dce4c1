package cssom

// Filter effects (https://www.w3.org/TR/filter-effects-1/#FilterProperty),
// mix-blend-mode (https://www.w3.org/TR/compositing-1/#mix-blend-mode) and
// clip-path basic shapes (https://www.w3.org/TR/css-masking-1/#the-clip-path):
// their computed types, grammars and computation. effects.go dispatches
// their longhands here.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// FilterKind says which filter function a FilterFunction is.
// https://www.w3.org/TR/filter-effects-1/#filter-functions
type FilterKind uint8

const (
	FilterBlur       FilterKind = iota // Length: the standard deviation
	FilterBrightness                   // Amount
	FilterContrast                     // Amount
	FilterGrayscale                    // Amount, at most 1
	FilterHueRotate                    // Amount in degrees
	FilterInvert                       // Amount, at most 1
	FilterOpacity                      // Amount, at most 1
	FilterSaturate                     // Amount
	FilterSepia                        // Amount, at most 1
	FilterDropShadow                   // Shadow (Blur is the standard deviation)
)

// FilterFunction is one computed filter function.
type FilterFunction struct {
	Kind   FilterKind
	Amount float32
	Length Fixed  // blur's standard deviation, px
	Shadow Shadow // drop-shadow's offsets, blur and colour
}

// filterSpec is a parsed filter function.
type filterSpec struct {
	kind   FilterKind
	amount float64
	length lengthLike
	shadow shadowSpec
}

// BlendMode is a computed mix-blend-mode or background-blend-mode item:
// a separable blend mode, or one of the non-separable modes hue,
// saturation, color and luminosity.
// https://www.w3.org/TR/compositing-1/#blending
type BlendMode uint8

const (
	BlendNormal BlendMode = iota
	BlendMultiply
	BlendScreen
	BlendOverlay
	BlendDarken
	BlendLighten
	BlendColorDodge
	BlendColorBurn
	BlendHardLight
	BlendSoftLight
	BlendDifference
	BlendExclusion
	BlendHue
	BlendSaturation
	BlendColor
	BlendLuminosity
)

func init() {
	longhandNames["filter"] = pFilter
	longhandNames["mix-blend-mode"] = pMixBlendMode
	longhandNames["clip-path"] = pClipPath
	longhandNames["clip"] = pClip
	// TODO(spec): plus-lighter (a compositing operator, drawn as normal).
	enumKeywords[pMixBlendMode] = map[string]int32{"normal": int32(BlendNormal), "multiply": int32(BlendMultiply),
		"screen": int32(BlendScreen), "overlay": int32(BlendOverlay), "darken": int32(BlendDarken),
		"lighten": int32(BlendLighten), "color-dodge": int32(BlendColorDodge), "color-burn": int32(BlendColorBurn),
		"hard-light": int32(BlendHardLight), "soft-light": int32(BlendSoftLight), "difference": int32(BlendDifference),
		"exclusion": int32(BlendExclusion), "hue": int32(BlendHue), "saturation": int32(BlendSaturation),
		"color": int32(BlendColor), "luminosity": int32(BlendLuminosity), "plus-lighter": int32(BlendNormal)}
	// https://www.w3.org/TR/compositing-1/#background-blend-mode: a list
	// of <blend-mode>, which has no plus-lighter.
	enumKeywords[pBackgroundBlendMode] = map[string]int32{}
	for k, v := range enumKeywords[pMixBlendMode] {
		if k != "plus-lighter" {
			enumKeywords[pBackgroundBlendMode][k] = v
		}
	}
}

// filterNames maps the filter functions to their kinds.
var filterNames = map[string]FilterKind{"blur": FilterBlur, "brightness": FilterBrightness, "contrast": FilterContrast,
	"grayscale": FilterGrayscale, "hue-rotate": FilterHueRotate, "invert": FilterInvert, "opacity": FilterOpacity,
	"saturate": FilterSaturate, "sepia": FilterSepia, "drop-shadow": FilterDropShadow}

// parseFilter parses none | <filter-function>+.
// https://www.w3.org/TR/filter-effects-1/#FilterProperty
//
// TODO(spec): url() references to SVG filters (the declaration is invalid).
func parseFilter(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	var out []filterSpec
	for _, c := range comps {
		if len(c) < 2 || c[0].t != css.FunctionToken || c[len(c)-1].t != css.RightParenthesisToken {
			return value{}, false
		}
		kind, ok := filterNames[strings.ToLower(strings.TrimSuffix(c[0].s, "("))]
		if !ok {
			return value{}, false
		}
		f, ok := parseFilterFunction(kind, components(funcArgs(c)))
		if !ok {
			return value{}, false
		}
		out = append(out, f)
	}
	return value{kind: vKeyword, i: kwNone, effect: &effectValue{filters: out}}, len(out) > 0
}

// parseFilterFunction parses the arguments of one filter function; each
// may be omitted (blur 0, hue-rotate 0deg, the others 1).
func parseFilterFunction(kind FilterKind, args [][]tok) (filterSpec, bool) {
	f := filterSpec{kind: kind, amount: 1, length: lengthLike{kind: vLength}}
	switch kind {
	case FilterDropShadow:
		s, ok := parseShadow(args)
		f.shadow = s
		return f, ok && !s.inset && s.spread.kind == 0
	case FilterBlur:
		if len(args) == 0 {
			return f, true
		}
		l, ok := parseLengthPercentage(args[0], false)
		f.length = l
		return f, ok && len(args) == 1 && !l.negative()
	case FilterHueRotate:
		f.amount = 0
		if len(args) == 0 {
			return f, true
		}
		a, ok := parseAngle(args[0])
		f.amount = a
		return f, ok && len(args) == 1
	}
	if len(args) == 0 {
		return f, true
	}
	v, ok := numberOrPercent(args[0])
	f.amount = v
	return f, ok && len(args) == 1 && v >= 0
}

// computeFilter computes the filter functions of v (nil for none).
func (c *computer) computeFilter(v *value) []FilterFunction {
	if v.effect == nil || len(v.effect.filters) == 0 {
		return nil
	}
	out := make([]FilterFunction, len(v.effect.filters))
	for i, f := range v.effect.filters {
		ff := FilterFunction{Kind: f.kind, Amount: float32(f.amount)}
		switch f.kind {
		case FilterGrayscale, FilterInvert, FilterOpacity, FilterSepia:
			ff.Amount = min(ff.Amount, 1)
		case FilterBlur:
			ff.Length = max(0, c.ctx.fixed(f.length, 0))
		case FilterDropShadow:
			sh := f.shadow
			col := sh.color
			if sh.currentColor || !sh.hasCol {
				col = c.s.Color
			}
			ff.Shadow = Shadow{X: c.ctx.fixed(sh.x, 0), Y: c.ctx.fixed(sh.y, 0), Blur: max(0, c.ctx.fixed(sh.blur, 0)), Color: col}
		}
		out[i] = ff
	}
	return out
}

// ShapeKind says which basic shape a BasicShape is.
type ShapeKind uint8

const (
	ShapeInset ShapeKind = iota
	ShapeCircle
	ShapeEllipse
	ShapePolygon
)

// ShapeRadius is a circle's or ellipse's radius keyword.
type ShapeRadius uint8

const (
	RadiusLength       ShapeRadius = iota // the Length is used
	RadiusClosestSide                     // the initial value
	RadiusFarthestSide                    //
)

// BasicShape is a computed clip-path basic shape, its lengths relative to
// the border box (the reference box).
// https://www.w3.org/TR/css-shapes-1/#basic-shape-functions
//
// TODO(spec): the reference box keywords, inset()'s round corners (parsed,
// drawn square), path(), rect(), xywh() and url().
type BasicShape struct {
	Kind ShapeKind
	// Inset holds inset()'s offsets from the top, right, bottom and left
	// edges.
	Inset Edges[Length]
	// Radius holds a circle's radius ([0]) or an ellipse's two radii,
	// used when RadiusKind is RadiusLength; circle() percentages refer to
	// sqrt(w²+h²)/sqrt(2).
	Radius     [2]Length
	RadiusKind [2]ShapeRadius
	// Center is a circle's or ellipse's centre (initially 50% 50%).
	Center [2]Length
	// Points are a polygon's vertices; EvenOdd is its fill rule.
	Points  [][2]Length
	EvenOdd bool
}

// shapeSpec is a parsed basic shape.
type shapeSpec struct {
	kind       ShapeKind
	lens       []lengthLike // inset offsets, radii, or polygon x y pairs
	radiusKind [2]ShapeRadius
	center     value // from parsePosition
	evenOdd    bool
}

// parseClipPath parses none | <basic-shape>.
// https://www.w3.org/TR/css-masking-1/#the-clip-path
func parseClipPath(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	if len(comps) != 1 || len(comps[0]) < 2 || comps[0][0].t != css.FunctionToken {
		return value{}, false
	}
	c := comps[0]
	name := strings.ToLower(strings.TrimSuffix(c[0].s, "("))
	args := components(funcArgs(c))
	sh := shapeSpec{radiusKind: [2]ShapeRadius{RadiusClosestSide, RadiusClosestSide}}
	ok := false
	switch name {
	case "inset":
		sh.kind = ShapeInset
		ok = parseInsetShape(&sh, args)
	case "circle", "ellipse":
		sh.kind = ShapeCircle
		n := 1
		if name == "ellipse" {
			sh.kind, n = ShapeEllipse, 2
		}
		ok = parseRoundShape(&sh, args, n)
	case "polygon":
		sh.kind = ShapePolygon
		ok = parsePolygonShape(&sh, funcArgs(c))
	}
	if !ok {
		return value{}, false
	}
	return value{kind: vKeyword, i: kwNone, effect: &effectValue{shape: &sh}}, true
}

// parseInsetShape parses inset( <length-percentage>{1,4} [round
// <'border-radius'>]? ), the offsets expanded like margin.
func parseInsetShape(sh *shapeSpec, args [][]tok) bool {
	for i, a := range args {
		if ident(a) == "round" {
			if _, ok := parseBorderRadius(args[i+1:]); !ok {
				return false
			}
			args = args[:i]
			break
		}
	}
	r, ok := radiusList(args)
	if !ok {
		// radiusList rejects negative offsets, which inset() allows.
		for _, a := range args {
			if _, ok := parseLengthPercentage(a, true); !ok {
				return false
			}
		}
		if len(args) < 1 || len(args) > 4 {
			return false
		}
		for i, a := range args {
			r[i], _ = parseLengthPercentage(a, true)
		}
		switch len(args) {
		case 1:
			r[1], r[2], r[3] = r[0], r[0], r[0]
		case 2:
			r[2], r[3] = r[0], r[1]
		case 3:
			r[3] = r[1]
		}
	}
	sh.lens = r[:]
	return true
}

// parseRoundShape parses circle( <shape-radius>? [at <position>]? ) (n 1)
// or ellipse( [<shape-radius>{2}]? [at <position>]? ) (n 2).
func parseRoundShape(sh *shapeSpec, args [][]tok, n int) bool {
	at := len(args)
	for i, a := range args {
		if ident(a) == "at" {
			at = i
			break
		}
	}
	radii := args[:at]
	if len(radii) != 0 && len(radii) != n {
		return false
	}
	sh.lens = make([]lengthLike, n)
	for i, r := range radii {
		switch ident(r) {
		case "closest-side":
			sh.radiusKind[i] = RadiusClosestSide
		case "farthest-side":
			sh.radiusKind[i] = RadiusFarthestSide
		default:
			l, ok := parseLengthPercentage(r, true)
			if !ok || l.negative() {
				return false
			}
			sh.lens[i], sh.radiusKind[i] = l, RadiusLength
		}
	}
	pos := [][]tok{{{t: css.IdentToken, s: "center"}}}
	if at < len(args) {
		pos = args[at+1:]
		if len(pos) == 0 {
			return false
		}
	}
	v, ok := parsePosition(pos)
	sh.center = v
	return ok
}

// parsePolygonShape parses polygon( <fill-rule>? , [<length-percentage>
// <length-percentage>]# ).
func parsePolygonShape(sh *shapeSpec, toks []tok) bool {
	parts := splitCommas(toks)
	for i, p := range parts {
		c := components(p)
		if i == 0 && len(c) == 1 {
			switch ident(c[0]) {
			case "evenodd":
				sh.evenOdd = true
				continue
			case "nonzero":
				continue
			}
		}
		if len(c) != 2 {
			return false
		}
		for _, a := range c {
			l, ok := parseLengthPercentage(a, true)
			if !ok {
				return false
			}
			sh.lens = append(sh.lens, l)
		}
	}
	return len(sh.lens) >= 2
}

// computeClipPath computes a parsed basic shape (nil for none).
func (c *computer) computeClipPath(v *value) *BasicShape {
	if v.effect == nil || v.effect.shape == nil {
		return nil
	}
	sh := v.effect.shape
	out := &BasicShape{Kind: sh.kind, RadiusKind: sh.radiusKind}
	switch sh.kind {
	case ShapeInset:
		for i := range 4 {
			out.Inset[i] = c.ctx.length(sh.lens[i])
		}
	case ShapeCircle, ShapeEllipse:
		for i, l := range sh.lens {
			if sh.radiusKind[i] == RadiusLength {
				out.Radius[i] = c.ctx.length(l)
			}
		}
		out.Center = [2]Length{Percent(50), Percent(50)}
		if sh.center.calc != nil {
			out.Center = [2]Length{c.calcLength(sh.center.calc.args[0]), c.calcLength(sh.center.calc.args[1])}
		}
	case ShapePolygon:
		out.EvenOdd = sh.evenOdd
		for i := 0; i+1 < len(sh.lens); i += 2 {
			out.Points = append(out.Points, [2]Length{c.ctx.length(sh.lens[i]), c.ctx.length(sh.lens[i+1])})
		}
	}
	return out
}

// parseClipRect parses the clip property: auto | rect( <top>, <right>,
// <bottom>, <left> ), each a <length> or auto (commas optional, as
// browsers accept). https://www.w3.org/TR/CSS22/visufx.html#propdef-clip
func parseClipRect(comps [][]tok) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	if ident(comps[0]) == "auto" {
		return value{kind: vKeyword, i: kwAuto}, true
	}
	if !isFunc(comps[0], "rect(") {
		return value{}, false
	}
	var lens []lengthLike
	for _, part := range splitCommas(funcArgs(comps[0])) {
		for _, c := range components(part) {
			if ident(c) == "auto" {
				lens = append(lens, lengthLike{kind: vKeyword})
				continue
			}
			l, ok := parseLengthPercentage(c, false)
			if !ok {
				return value{}, false
			}
			lens = append(lens, l)
		}
	}
	if len(lens) != 4 {
		return value{}, false
	}
	return value{kind: vKeyword, i: kwAuto, effect: &effectValue{clip: lens}}, true
}

// computeClipRect computes a parsed clip (nil for auto).
func (c *computer) computeClipRect(v *value) *[4]Length {
	if v.effect == nil || len(v.effect.clip) != 4 {
		return nil
	}
	var out [4]Length
	for i, l := range v.effect.clip {
		out[i] = Auto
		if l.kind != vKeyword {
			out[i] = c.ctx.length(l)
		}
	}
	return &out
}
