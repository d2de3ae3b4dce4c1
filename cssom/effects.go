package cssom

// Paint effects: elliptical border radii
// (https://www.w3.org/TR/css-backgrounds-3/#border-radius), box-shadow
// (https://www.w3.org/TR/css-backgrounds-3/#box-shadow), outline
// (https://www.w3.org/TR/css-ui-3/#outline-props) and the gradients of
// background-image (https://www.w3.org/TR/css-images-3/#gradients, parsed in
// background.go): their computed types, grammars and computation.

import (
	"math"
	"net/url"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// Shadow is one computed box-shadow: offsets, blur radius and spread
// distance in px, and the colour (currentColor resolved).
type Shadow struct {
	Inset              bool
	X, Y, Blur, Spread Fixed
	Color              Color
}

// effectValue is the parsed form of the values effects.go adds.
type effectValue struct {
	shadows   []shadowSpec
	gradient  *gradientSpec
	transform []transformSpec
	filters   []filterSpec
	shape     *shapeSpec
	clip      []lengthLike // the clip property's rect(); kind vKeyword is auto
	// layers holds the items of a list-valued background longhand with
	// several (layers.go); the value itself is the first.
	layers []value
	// borderImage holds a parsed border-image longhand (borderimage.go).
	borderImage *borderImageSpec
}

// TransformKind says which 2D transform function a TransformFunction is.
type TransformKind uint8

const (
	TransformTranslate TransformKind = iota // X, Y
	TransformScale                          // A[0], A[1]
	TransformRotate                         // A[0] degrees, clockwise
	TransformSkew                           // A[0], A[1] degrees along x, y
	TransformMatrix                         // A[0..5]: a, b, c, d, e, f (e, f in px)
)

// TransformFunction is one computed 2D transform function.
type TransformFunction struct {
	Kind TransformKind
	// X and Y are a translation's lengths (px or % of the border box).
	X, Y Length
	// A holds the other functions' numbers.
	A [6]float32
}

// transformSpec is a parsed transform function.
type transformSpec struct {
	kind TransformKind
	x, y lengthLike
	a    [6]float64
}

// shadowSpec is one specified shadow.
type shadowSpec struct {
	inset                bool
	x, y, blur, spread   lengthLike
	color                Color
	currentColor, hasCol bool
}

var radiusNames = [4]string{"top-left", "top-right", "bottom-right", "bottom-left"}

func init() {
	// The radius longhands set two computed values each (horizontal and
	// vertical), so they become shorthands of a pair of internal longhands.
	for i, n := range radiusNames {
		name := "border-" + n + "-radius"
		delete(longhandNames, name)
		shorthands[name] = []propID{pBorderTopLeftRadius + propID(i), pBorderTopLeftRadiusY + propID(i)}
	}
	shorthands["border-radius"] = append(sides(pBorderTopLeftRadius), sides(pBorderTopLeftRadiusY)...)
	longhandNames["box-shadow"] = pBoxShadow
	longhandNames["text-shadow"] = pTextShadow
	longhandNames["transform"] = pTransform
	longhandNames["transform-origin"] = pTransformOrigin
	longhandNames["outline-style"] = pOutlineStyle
	longhandNames["outline-width"] = pOutlineWidth
	longhandNames["outline-color"] = pOutlineColor
	longhandNames["outline-offset"] = pOutlineOffset
	shorthands["outline"] = []propID{pOutlineColor, pOutlineStyle, pOutlineWidth}
	longhandNames["background-clip"] = pBackgroundClip
	longhandNames["-webkit-background-clip"] = pBackgroundClip
	longhandNames["background-origin"] = pBackgroundOrigin
	shorthands["background"] = append(shorthands["background"], pBackgroundClip, pBackgroundOrigin, pBackgroundAttachment)
}

// BackgroundBox is a computed background-clip or background-origin box.
type BackgroundBox uint8

const (
	BackgroundBorderBox BackgroundBox = iota
	BackgroundPaddingBox
	BackgroundContentBox
	// BackgroundText (background-clip only): the background is painted
	// within the foreground text of the element and its descendants.
	// https://drafts.csswg.org/css-backgrounds-4/#valdef-background-clip-text
	BackgroundText
)

var backgroundBoxes = map[string]BackgroundBox{"border-box": BackgroundBorderBox, "padding-box": BackgroundPaddingBox, "content-box": BackgroundContentBox}

// parseEffect parses the properties of this file (and background-image
// and background, for their gradients); handled is false for the others.
func parseEffect(name string, toks []tok, comps [][]tok, base *url.URL) (l []longhand, ok, handled bool) {
	handled = true
	switch name {
	case "border-radius":
		l, ok = parseBorderRadius(comps)
	case "border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius":
		i := propID(shorthands[name][0] - pBorderTopLeftRadius)
		var h, v lengthLike
		h, v, ok = parseRadiusPair(comps)
		l = []longhand{{pBorderTopLeftRadius + i, fromLength(h)}, {pBorderTopLeftRadiusY + i, fromLength(v)}}
	case "box-shadow", "text-shadow":
		var v value
		v, ok = parseBoxShadow(toks, name == "text-shadow")
		l = []longhand{{longhandNames[name], v}}
	case "outline":
		l, ok = parseOutline(comps)
	case "outline-style", "outline-width", "outline-color", "outline-offset":
		id := longhandNames[name]
		var v value
		if len(comps) == 1 {
			v, ok = parseOutlineLonghand(id, comps[0])
		}
		l = []longhand{{id, v}}
	case "transform":
		var v value
		v, ok = parseTransform(comps)
		l = []longhand{{pTransform, v}}
	case "translate", "rotate", "scale":
		var v value
		v, ok = parseIndividualTransform(name, comps)
		l = []longhand{{longhandNames[name], v}}
	case "transform-origin":
		var v value
		if n := len(comps); n == 3 {
			if z, zok := parseLengthPercentage(comps[2], false); zok && z.kind != vCalc {
				comps = comps[:2] // TODO(spec): the z offset (3D).
			}
		}
		v, ok = parsePosition(comps)
		l = []longhand{{pTransformOrigin, v}}
	case "filter", "clip-path", "clip", "object-position":
		var v value
		v, ok = effectParsers[name](comps)
		l = []longhand{{longhandNames[name], v}}
	case "background":
		l, ok = parseBackgroundShorthand(toks, base)
	default:
		if l, ok, handled = parseBackgroundList(name, toks, base); handled {
			break
		}
		if l, ok, handled = parseBorderImage(name, toks, comps, base); handled {
			break
		}
		return nil, false, false
	}
	if !ok {
		return nil, false, true
	}
	return l, true, true
}

// parseRadiusPair parses <length-percentage [0,∞]>{1,2}: the horizontal
// and vertical radii of one corner (the second defaults to the first).
func parseRadiusPair(comps [][]tok) (h, v lengthLike, ok bool) {
	if len(comps) < 1 || len(comps) > 2 {
		return h, v, false
	}
	h, ok = parseLengthPercentage(comps[0], true)
	if !ok || h.negative() {
		return h, v, false
	}
	v = h
	if len(comps) == 2 {
		v, ok = parseLengthPercentage(comps[1], true)
		if !ok || v.negative() {
			return h, v, false
		}
	}
	return h, v, true
}

// parseBorderRadius parses the border-radius shorthand:
// <length-percentage [0,∞]>{1,4} [ / <length-percentage [0,∞]>{1,4} ]?,
// each list expanded like margin (missing corners copy their opposites).
func parseBorderRadius(comps [][]tok) ([]longhand, bool) {
	hs, vs := comps, [][]tok(nil)
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			hs, vs = comps[:i], comps[i+1:]
			if len(vs) == 0 {
				return nil, false
			}
			break
		}
	}
	h, ok := radiusList(hs)
	if !ok {
		return nil, false
	}
	v := h
	if vs != nil {
		if v, ok = radiusList(vs); !ok {
			return nil, false
		}
	}
	out := make([]longhand, 0, 8)
	for i := range 4 {
		out = append(out, longhand{pBorderTopLeftRadius + propID(i), fromLength(h[i])})
	}
	for i := range 4 {
		out = append(out, longhand{pBorderTopLeftRadiusY + propID(i), fromLength(v[i])})
	}
	return out, true
}

func radiusList(comps [][]tok) ([4]lengthLike, bool) {
	var r [4]lengthLike
	n := len(comps)
	if n < 1 || n > 4 {
		return r, false
	}
	for i, c := range comps {
		l, ok := parseLengthPercentage(c, true)
		if !ok || l.negative() {
			return r, false
		}
		r[i] = l
	}
	switch n {
	case 1:
		r[1], r[2], r[3] = r[0], r[0], r[0]
	case 2:
		r[2], r[3] = r[0], r[1]
	case 3:
		r[3] = r[1]
	}
	return r, true
}

// parseBoxShadow parses none | <shadow>#, where
// <shadow> = <color>? && [ <length>{2} <length [0,∞]>? <length>? ] && inset?;
// for text-shadow (text set), <shadow-t> = <color>? && <length>{2,3}.
// https://www.w3.org/TR/css-text-decor-3/#text-shadow-property
func parseBoxShadow(toks []tok, text bool) (value, bool) {
	comps := components(toks)
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	var out []shadowSpec
	for _, layer := range splitCommas(toks) {
		s, ok := parseShadow(components(layer))
		if !ok || (text && (s.inset || s.spread.kind != 0)) {
			return value{}, false
		}
		out = append(out, s)
	}
	return value{kind: vKeyword, i: kwNone, effect: &effectValue{shadows: out}}, true
}

func parseShadow(comps [][]tok) (shadowSpec, bool) {
	var s shadowSpec
	var lens []lengthLike
	lensDone := false
	for _, c := range comps {
		if ident(c) == "inset" && !s.inset {
			s.inset = true
			lensDone = lensDone || len(lens) > 0
			continue
		}
		if l, ok := parseLengthPercentage(c, false); ok && !lensDone && len(lens) < 4 {
			lens = append(lens, l)
			continue
		}
		if col, cur, ok := parseColor(c); ok && !s.hasCol {
			s.color, s.currentColor, s.hasCol = col, cur, true
			lensDone = lensDone || len(lens) > 0
			continue
		}
		return s, false
	}
	if len(lens) < 2 {
		return s, false
	}
	s.x, s.y = lens[0], lens[1]
	if len(lens) > 2 {
		if lens[2].negative() {
			return s, false
		}
		s.blur = lens[2]
	}
	if len(lens) > 3 {
		s.spread = lens[3]
	}
	return s, true
}

// parseOutline parses <'outline-color'> || <'outline-style'> ||
// <'outline-width'>; omitted longhands take their initial values.
func parseOutline(comps [][]tok) ([]longhand, bool) {
	if len(comps) < 1 || len(comps) > 3 {
		return nil, false
	}
	color := value{kind: vCurrentColor}
	style := value{kind: vEnum, i: int32(BorderNone)}
	width := value{kind: vLength, num: 3}
	var seen [3]bool
	for _, c := range comps {
		if v, ok := parseOutlineLonghand(pOutlineWidth, c); ok && !seen[0] {
			width, seen[0] = v, true
		} else if v, ok := parseOutlineLonghand(pOutlineStyle, c); ok && !seen[1] {
			style, seen[1] = v, true
		} else if v, ok := parseOutlineLonghand(pOutlineColor, c); ok && !seen[2] {
			color, seen[2] = v, true
		} else {
			return nil, false
		}
	}
	return []longhand{{pOutlineColor, color}, {pOutlineStyle, style}, {pOutlineWidth, width}}, true
}

// parseOutlineLonghand parses one outline longhand's single component.
// outline-style: auto | <outline-line-style> (no hidden; auto rides as
// vKeyword); outline-color: <color> | invert (as currentColor).
func parseOutlineLonghand(id propID, c []tok) (value, bool) {
	kw := ident(c)
	switch id {
	case pOutlineStyle:
		if kw == "auto" {
			return value{kind: vKeyword, i: kwAuto}, true
		}
		e, ok := borderStyles[kw]
		return value{kind: vEnum, i: e}, ok && kw != "hidden"
	case pOutlineWidth:
		return parseBorderWidth(c)
	case pOutlineColor:
		if kw == "invert" {
			return value{kind: vCurrentColor}, true
		}
		col, cur, ok := parseColor(c)
		if cur {
			return value{kind: vCurrentColor}, ok
		}
		return value{kind: vColor, color: col}, ok
	case pOutlineOffset:
		return lengthOrKeyword(c, kw, false, true, "", 0)
	}
	return value{}, false
}

// parseTransform parses none | <transform-function>+ (the 2D functions of
// https://www.w3.org/TR/css-transforms-1/#two-d-transform-functions, and
// translate3d, scale3d and rotateZ as their 2D parts).
// The 3D functions are flattened (parse3D).
func parseTransform(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	var out []transformSpec
	for _, c := range comps {
		f, ok := parseTransformFunction(c)
		if !ok {
			return value{}, false
		}
		out = append(out, f)
	}
	return value{kind: vKeyword, i: kwNone, effect: &effectValue{transform: out}}, len(out) > 0
}

func parseTransformFunction(c []tok) (transformSpec, bool) {
	if len(c) < 2 || c[0].t != css.FunctionToken || c[len(c)-1].t != css.RightParenthesisToken {
		return transformSpec{}, false
	}
	name := strings.ToLower(strings.TrimSuffix(c[0].s, "("))
	var args [][]tok
	for _, a := range splitCommas(funcArgs(c)) {
		ac := components(a)
		if len(ac) != 1 {
			return transformSpec{}, false
		}
		args = append(args, ac[0])
	}
	n := len(args)
	f := transformSpec{}
	ok := true
	switch name {
	case "translate", "translatex", "translatey", "translate3d":
		return parseTranslate(name, args)
	case "scale", "scalex", "scaley", "scale3d":
		return parseScale(name, args)
	case "rotate", "rotatez":
		f.kind = TransformRotate
		if n != 1 {
			return f, false
		}
		f.a[0], ok = parseAngle(args[0])
	case "skew", "skewx", "skewy":
		f.kind = TransformSkew
		if n < 1 || n > 2 || (name != "skew" && n != 1) {
			return f, false
		}
		var a0, a1 float64
		a0, ok = parseAngle(args[0])
		if n == 2 {
			var ok2 bool
			a1, ok2 = parseAngle(args[1])
			ok = ok && ok2
		}
		f.a[0], f.a[1] = a0, a1
		if name == "skewy" {
			f.a[0], f.a[1] = 0, a0
		}
	case "rotatex", "rotatey", "rotate3d", "translatez", "scalez", "perspective", "matrix3d":
		return parse3D(name, args)
	case "matrix":
		f.kind = TransformMatrix
		if n != 6 {
			return f, false
		}
		for i, a := range args {
			v, vok := number(singleTok(a))
			if !vok {
				return f, false
			}
			f.a[i] = v
		}
	default:
		return f, false
	}
	return f, ok
}

// parseTranslate parses translate(), translateX(), translateY() and
// translate3d() (its z dropped).
func parseTranslate(name string, args [][]tok) (transformSpec, bool) {
	zero := lengthLike{kind: vLength}
	f := transformSpec{kind: TransformTranslate, x: zero, y: zero}
	n := len(args)
	if n < 1 || n > 3 || (name != "translate" && name != "translate3d" && n != 1) || (name == "translate3d") != (n == 3) {
		return f, false
	}
	l, ok := parseLengthPercentage(args[0], true)
	if name == "translatey" {
		f.y = l
	} else {
		f.x = l
	}
	if n >= 2 {
		var ok2 bool
		f.y, ok2 = parseLengthPercentage(args[1], true)
		ok = ok && ok2
	}
	if n == 3 {
		z, ok3 := parseLengthPercentage(args[2], false)
		ok = ok && ok3 && z.kind != vCalc
	}
	return f, ok
}

// parse3D parses the 3D transform functions as the 2D function that draws
// the same with no perspective: the 3D matrix projected orthographically
// onto the z = 0 plane (its a, b, c, d, e, f are m11, m12, m21, m22, m41,
// m42). https://www.w3.org/TR/css-transforms-2/#transform-functions
//
// AD-HOC: perspective() is parsed and ignored (no foreshortening).
// TODO(spec): perspective, perspective-origin, transform-style and
// backface-visibility.
func parse3D(name string, args [][]tok) (transformSpec, bool) {
	identity := transformSpec{kind: TransformScale, a: [6]float64{1, 1}}
	switch name {
	case "translatez":
		l, ok := parseLengthPercentage(singleArg(args), false)
		return transformSpec{kind: TransformTranslate, x: lengthLike{kind: vLength}, y: lengthLike{kind: vLength}}, ok && l.kind != vCalc
	case "scalez":
		_, ok := numberOrPercent(singleArg(args))
		return identity, ok
	case "perspective":
		c := singleArg(args)
		if ident(c) == "none" {
			return identity, true
		}
		l, ok := parseLengthPercentage(c, false)
		return identity, ok && !l.negative()
	case "matrix3d":
		if len(args) != 16 {
			return identity, false
		}
		var m [16]float64
		for i, a := range args {
			v, ok := number(singleTok(a))
			if !ok {
				return identity, false
			}
			m[i] = v
		}
		return transformSpec{kind: TransformMatrix, a: [6]float64{m[0], m[1], m[4], m[5], m[12], m[13]}}, true
	}
	// rotateX(a) = rotate3d(1, 0, 0, a); rotateY(a) = rotate3d(0, 1, 0, a).
	var axis [3]float64
	var angle float64
	ok := true
	switch name {
	case "rotatex", "rotatey":
		angle, ok = parseAngle(singleArg(args))
		axis = [3]float64{1, 0, 0}
		if name == "rotatey" {
			axis = [3]float64{0, 1, 0}
		}
	default: // rotate3d
		if len(args) != 4 {
			return identity, false
		}
		for i := range 3 {
			v, vok := number(singleTok(args[i]))
			ok = ok && vok
			axis[i] = v
		}
		var aok bool
		angle, aok = parseAngle(args[3])
		ok = ok && aok
	}
	n := math.Sqrt(axis[0]*axis[0] + axis[1]*axis[1] + axis[2]*axis[2])
	if !ok || n == 0 {
		return identity, ok // a zero vector: no rotation
	}
	x, y, z := axis[0]/n, axis[1]/n, axis[2]/n
	sc := math.Sin(angle*math.Pi/360) * math.Cos(angle*math.Pi/360)
	sq := math.Sin(angle*math.Pi/360) * math.Sin(angle*math.Pi/360)
	// Rounded to 1e-9 so that quarter turns give exact zeros.
	r := func(v float64) float64 { return math.Round(v*1e9) / 1e9 }
	return transformSpec{kind: TransformMatrix, a: [6]float64{
		r(1 - 2*(y*y+z*z)*sq), r(2 * (x*y*sq + z*sc)),
		r(2 * (x*y*sq - z*sc)), r(1 - 2*(x*x+z*z)*sq), 0, 0}}, true
}

// singleArg returns the only argument of a function, or nil.
func singleArg(args [][]tok) []tok {
	if len(args) != 1 {
		return nil
	}
	return args[0]
}

// parseScale parses scale(), scaleX(), scaleY() and scale3d() (its z
// dropped); numbers or percentages.
func parseScale(name string, args [][]tok) (transformSpec, bool) {
	f := transformSpec{kind: TransformScale}
	n := len(args)
	if n < 1 || n > 3 || (name == "scale" && n > 2) || (name == "scale3d") != (n == 3) || (len(name) == 6 && n != 1) {
		return f, false
	}
	var nums [3]float64
	for i, a := range args {
		v, ok := numberOrPercent(a)
		if !ok {
			return f, false
		}
		nums[i] = v
	}
	f.a[0], f.a[1] = nums[0], nums[0]
	switch {
	case name == "scalex":
		f.a[1] = 1
	case name == "scaley":
		f.a[0] = 1
	case n >= 2:
		f.a[1] = nums[1]
	}
	return f, true
}

// singleTok returns a one-token component's token, or an error token.
func singleTok(c []tok) tok {
	if len(c) == 1 {
		return c[0]
	}
	return tok{t: css.ErrorToken}
}

// numberOrPercent parses a <number> or a <percentage> (as a fraction).
func numberOrPercent(c []tok) (float64, bool) {
	if v, ok := number(singleTok(c)); ok {
		return v, true
	}
	if len(c) == 1 && c[0].t == css.PercentageToken {
		v, _, ok := splitDimension(strings.TrimSuffix(c[0].s, "%"))
		return v / 100, ok
	}
	return 0, false
}

// effectParsers parse the one-longhand properties of this file whose
// value is their components alone.
var effectParsers = map[string]func([][]tok) (value, bool){
	"filter": parseFilter, "clip-path": parseClipPath, "clip": parseClipRect, "object-position": parseObjectPosition,
}

// isEffectProp reports whether id is one of this file's longhands.
func isEffectProp(id propID) bool {
	return id >= pBorderTopLeftRadiusY && id <= pClip || id == pTranslate || id == pRotate || id == pScale
}

// computeEffect computes the longhands of this file.
func (c *computer) computeEffect(id propID, v *value) {
	s := c.s
	switch {
	case id >= pBorderTopLeftRadiusY && id < pBorderTopLeftRadiusY+4:
		s.BorderRadiusY[id-pBorderTopLeftRadiusY] = c.ctx.length(v.lengthLike())
	case id == pBoxShadow, id == pTextShadow:
		if id == pBoxShadow {
			s.BoxShadow = nil
		} else {
			s.TextShadow = nil
		}
		if v.effect == nil {
			return
		}
		out := make([]Shadow, len(v.effect.shadows))
		for i, sh := range v.effect.shadows {
			col := sh.color
			if sh.currentColor || !sh.hasCol {
				col = s.Color
			}
			out[i] = Shadow{Inset: sh.inset, X: c.ctx.fixed(sh.x, 0), Y: c.ctx.fixed(sh.y, 0),
				Blur: max(0, c.ctx.fixed(sh.blur, 0)), Spread: c.ctx.fixed(sh.spread, 0), Color: col}
		}
		if id == pBoxShadow {
			s.BoxShadow = out
		} else {
			s.TextShadow = out
		}
	case id == pOutlineStyle:
		s.OutlineAuto = v.kind == vKeyword
		s.OutlineStyle = BorderStyle(v.i)
		if s.OutlineAuto {
			s.OutlineStyle = BorderSolid
		}
	case id == pOutlineWidth:
		s.OutlineWidth = max(0, c.ctx.fixed(v.lengthLike(), 0))
	case id == pOutlineColor:
		s.OutlineColor = v.color
		c.curOutline = v.kind == vCurrentColor
	case id == pOutlineOffset:
		s.OutlineOffset = c.ctx.fixed(v.lengthLike(), 0)
	case id == pTranslate, id == pRotate, id == pScale:
		*individualTransform(s, id) = c.transformList(v)
	case id == pTransform:
		s.Transform = c.transformList(v)
	case id == pTransformOrigin:
		s.TransformOrigin = [2]Length{c.calcLength(v.calc.args[0]), c.calcLength(v.calc.args[1])}
	case isBackgroundListProp(id):
		c.computeBackgroundList(id, v)
	case isBorderImageProp(id):
		c.computeBorderImage(id, v)
	case id == pFilter:
		s.Filter = c.computeFilter(v)
	case id == pClipPath:
		s.ClipPath = c.computeClipPath(v)
	case id == pClip:
		s.Clip = c.computeClipRect(v)
	case id == pMixBlendMode:
		s.MixBlendMode = BlendMode(v.i)
	case isImageProp(id):
		c.computeImageProp(id, v)
	}
}

// copyEffect copies the longhands of this file (inherit and initial).
func copyEffect(id propID, dst, src *ComputedStyle) {
	switch {
	case id >= pBorderTopLeftRadiusY && id < pBorderTopLeftRadiusY+4:
		dst.BorderRadiusY[id-pBorderTopLeftRadiusY] = src.BorderRadiusY[id-pBorderTopLeftRadiusY]
	case id == pBoxShadow:
		dst.BoxShadow = src.BoxShadow
	case id == pTextShadow:
		dst.TextShadow = src.TextShadow
	case id == pOutlineStyle:
		dst.OutlineStyle, dst.OutlineAuto = src.OutlineStyle, src.OutlineAuto
	case id == pOutlineWidth:
		dst.OutlineWidth = src.OutlineWidth
		if src == &initial {
			dst.OutlineWidth = Int(3) // medium
		}
	case id == pOutlineColor:
		dst.OutlineColor = src.OutlineColor
	case id == pOutlineOffset:
		dst.OutlineOffset = src.OutlineOffset
	case id == pTransform:
		dst.Transform = src.Transform
	case id == pTranslate, id == pRotate, id == pScale:
		*individualTransform(dst, id) = *individualTransform(src, id)
	case id == pTransformOrigin:
		dst.TransformOrigin = src.TransformOrigin
	case isBackgroundListProp(id):
		copyBackgroundList(id, dst, src)
	case isBorderImageProp(id):
		copyBorderImage(id, dst, src)
	case id == pFilter:
		dst.Filter = src.Filter
	case id == pClipPath:
		dst.ClipPath = src.ClipPath
	case id == pClip:
		dst.Clip = src.Clip
	case id == pMixBlendMode:
		dst.MixBlendMode = src.MixBlendMode
	case isImageProp(id):
		copyImageProp(id, dst, src)
	}
}
