package cssom

// Border images (https://www.w3.org/TR/css-backgrounds-3/#border-images):
// border-image-source, -slice, -width, -outset, -repeat and the
// border-image shorthand; their grammars, computed types and computation.

import (
	"net/url"

	"github.com/tdewolff/parse/v2/css"
)

// BorderImageRepeat is one axis of border-image-repeat.
type BorderImageRepeat uint8

const (
	BorderImageStretch BorderImageRepeat = iota // the initial value
	BorderImageRepeatTile
	BorderImageRound
	BorderImageSpace
)

// BorderImageLength is one side of border-image-slice, -width or
// -outset: a number (Number, with IsNumber set), a length or percentage
// (Length), or auto (border-image-width only).
type BorderImageLength struct {
	IsNumber bool
	Number   float32
	// Length is px or %, or Auto.
	Length Length
}

// BorderImage is the computed border-image. Sides are in the order top,
// right, bottom, left.
type BorderImage struct {
	// Source is the image: a url() or a gradient; none when both are
	// empty (the border styles are drawn instead).
	Source LayerImage
	// Slice holds the inward offsets from the image's edges: numbers are
	// image pixels (or vector coordinates), percentages of the image's
	// size. Fill keeps the middle part.
	Slice [4]BorderImageLength
	Fill  bool
	// Width holds the widths of the border image regions: numbers are
	// multiples of the border widths, percentages of the border image
	// area's size, auto the slice's own size.
	Width [4]BorderImageLength
	// Outset holds how far the border image area extends beyond the
	// border box: numbers are multiples of the border widths.
	Outset [4]BorderImageLength
	// Repeat is the horizontal then the vertical repeat style.
	Repeat [2]BorderImageRepeat
}

// initialBorderImage is border-image's initial value: none 100% / 1 / 0
// stretch.
var initialBorderImage = BorderImage{
	Slice:  [4]BorderImageLength{{Length: Percent(100)}, {Length: Percent(100)}, {Length: Percent(100)}, {Length: Percent(100)}},
	Width:  [4]BorderImageLength{{IsNumber: true, Number: 1}, {IsNumber: true, Number: 1}, {IsNumber: true, Number: 1}, {IsNumber: true, Number: 1}},
	Outset: [4]BorderImageLength{{IsNumber: true}, {IsNumber: true}, {IsNumber: true}, {IsNumber: true}},
}

// borderImageSpec is a parsed border-image longhand.
type borderImageSpec struct {
	source value // vURL or none, with a gradient in effect
	sides  [4]biSide
	fill   bool
	repeat [2]BorderImageRepeat
}

// biSide is one parsed side of -slice, -width or -outset.
type biSide struct {
	auto, isNumber bool
	num            float64
	l              lengthLike
}

var borderImageRepeats = map[string]BorderImageRepeat{"stretch": BorderImageStretch, "repeat": BorderImageRepeatTile,
	"round": BorderImageRound, "space": BorderImageSpace}

func init() {
	longhandNames["border-image-source"] = pBorderImageSource
	longhandNames["border-image-slice"] = pBorderImageSlice
	longhandNames["border-image-width"] = pBorderImageWidth
	longhandNames["border-image-outset"] = pBorderImageOutset
	longhandNames["border-image-repeat"] = pBorderImageRepeat
	shorthands["border-image"] = []propID{pBorderImageSource, pBorderImageSlice, pBorderImageWidth, pBorderImageOutset, pBorderImageRepeat}
	// "The border shorthand also resets border-image to its initial
	// value." https://www.w3.org/TR/css-backgrounds-3/#the-border-shorthands
	shorthands["border"] = append(shorthands["border"], shorthands["border-image"]...)
}

// isBorderImageProp reports whether id is a border-image longhand.
func isBorderImageProp(id propID) bool { return id >= pBorderImageSource && id <= pBorderImageRepeat }

// parseBorderImage parses the border-image longhands and shorthand;
// handled is false for other names.
func parseBorderImage(name string, toks []tok, comps [][]tok, base *url.URL) (l []longhand, ok, handled bool) {
	switch name {
	case "border-image":
		l, ok = parseBorderImageShorthand(comps, base)
		return l, ok, true
	case "border":
		if l, ok = parseShorthand(name, toks, comps, base); !ok {
			return nil, false, true
		}
		reset, _ := parseBorderImageShorthand([][]tok{{{t: css.IdentToken, s: "none"}}}, base)
		return append(l, reset...), true, true
	}
	id, known := longhandNames[name]
	if !known || !isBorderImageProp(id) {
		return nil, false, false
	}
	sp, ok := parseBorderImagePart(id, comps, base)
	if !ok {
		return nil, false, true
	}
	return []longhand{{id, value{kind: vEnum, effect: &effectValue{borderImage: sp}}}}, true, true
}

// parseBorderImagePart parses the value of one border-image longhand.
func parseBorderImagePart(id propID, comps [][]tok, base *url.URL) (*borderImageSpec, bool) {
	sp := &borderImageSpec{}
	switch id {
	case pBorderImageSource:
		v, ok := layerImage(comps, base)
		sp.source = v
		return sp, ok
	case pBorderImageSlice:
		// <number [0,∞]> | <percentage [0,∞]> ]{1,4} && fill
		var vals [][]tok
		for i, c := range comps {
			if ident(c) == "fill" && !sp.fill && (i == 0 || i == len(comps)-1) {
				sp.fill = true
				continue
			}
			vals = append(vals, c)
		}
		return sp, sp.parseSides(vals, false, true, false)
	case pBorderImageWidth:
		return sp, sp.parseSides(comps, true, true, true)
	case pBorderImageOutset:
		return sp, sp.parseSides(comps, true, false, false)
	}
	// [ stretch | repeat | round | space ]{1,2}
	if len(comps) < 1 || len(comps) > 2 {
		return nil, false
	}
	for i, c := range comps {
		r, ok := borderImageRepeats[ident(c)]
		if !ok {
			return nil, false
		}
		sp.repeat[i] = r
	}
	if len(comps) == 1 {
		sp.repeat[1] = sp.repeat[0]
	}
	return sp, true
}

// parseSides parses one to four non-negative sides, expanded like margin:
// numbers, and lengths, percentages and auto where allowed.
func (sp *borderImageSpec) parseSides(comps [][]tok, length, pct, auto bool) bool {
	n := len(comps)
	if n < 1 || n > 4 {
		return false
	}
	for i, c := range comps {
		var s biSide
		if v, ok := number(singleTok(c)); ok {
			s = biSide{isNumber: true, num: v}
		} else if auto && ident(c) == "auto" {
			s = biSide{auto: true}
		} else if l, ok := parseLengthPercentage(c, pct); ok && (length || l.kind == vPercent) {
			s = biSide{l: l}
		} else {
			return false
		}
		if s.num < 0 || s.l.negative() {
			return false
		}
		sp.sides[i] = s
	}
	switch n {
	case 1:
		sp.sides[1], sp.sides[2], sp.sides[3] = sp.sides[0], sp.sides[0], sp.sides[0]
	case 2:
		sp.sides[2], sp.sides[3] = sp.sides[0], sp.sides[1]
	case 3:
		sp.sides[3] = sp.sides[1]
	}
	return true
}

// parseBorderImageShorthand parses border-image:
// <'border-image-source'> || <'border-image-slice'> [ / <'border-image-width'> |
// / <'border-image-width'>? / <'border-image-outset'> ]? || <'border-image-repeat'>.
// https://www.w3.org/TR/css-backgrounds-3/#border-image
func parseBorderImageShorthand(comps [][]tok, base *url.URL) ([]longhand, bool) {
	var src, slice, width, outset, repeat [][]tok
	seenSrc, seenSlice, seenRepeat := false, false, false
	for i := 0; i < len(comps); {
		c := comps[i]
		switch {
		case !seenSrc && isBorderImageSource(c):
			src, seenSrc = comps[i:i+1], true
			i++
		case !seenRepeat && borderImageRepeatWord(c):
			seenRepeat = true
			for i < len(comps) && len(repeat) < 2 && borderImageRepeatWord(comps[i]) {
				repeat = append(repeat, comps[i])
				i++
			}
		case !seenSlice && (ident(c) == "fill" || isNumberOrPercent(c)):
			seenSlice = true
			for i < len(comps) && (ident(comps[i]) == "fill" || isNumberOrPercent(comps[i])) {
				slice = append(slice, comps[i])
				i++
			}
			var ok bool
			if width, outset, i, ok = slashParts(comps, i); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	parts := [5][][]tok{src, slice, width, outset, repeat}
	ids := shorthands["border-image"]
	out := make([]longhand, 0, 5)
	for k, id := range ids {
		sp := &initialBorderImageSpec
		if parts[k] != nil {
			p, ok := parseBorderImagePart(id, parts[k], base)
			if !ok {
				return nil, false
			}
			sp = p
		} else if id == pBorderImageSlice {
			sp = &borderImageSpec{sides: [4]biSide{{l: lengthLike{kind: vPercent, num: 100}}, {l: lengthLike{kind: vPercent, num: 100}},
				{l: lengthLike{kind: vPercent, num: 100}}, {l: lengthLike{kind: vPercent, num: 100}}}}
		} else if id == pBorderImageWidth {
			sp = &borderImageSpec{sides: [4]biSide{{isNumber: true, num: 1}, {isNumber: true, num: 1}, {isNumber: true, num: 1}, {isNumber: true, num: 1}}}
		}
		out = append(out, longhand{id, value{kind: vEnum, effect: &effectValue{borderImage: sp}}})
	}
	return out, true
}

// initialBorderImageSpec is the parsed initial value of source, outset
// and repeat (none, 0, stretch).
var initialBorderImageSpec = borderImageSpec{source: value{kind: vKeyword, i: kwNone},
	sides: [4]biSide{{isNumber: true}, {isNumber: true}, {isNumber: true}, {isNumber: true}}}

// slashParts reads the shorthand's [ / width | / width? / outset ]? from
// comps[i:], returning the index after it.
func slashParts(comps [][]tok, i int) (width, outset [][]tok, next int, ok bool) {
	isSlash := func(c []tok) bool { return len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" }
	if i >= len(comps) || !isSlash(comps[i]) {
		return nil, nil, i, true
	}
	i++
	for i < len(comps) && !isSlash(comps[i]) && isBorderImageWidthComp(comps[i]) {
		width = append(width, comps[i])
		i++
	}
	if i < len(comps) && isSlash(comps[i]) {
		i++
		for i < len(comps) && isBorderImageWidthComp(comps[i]) && ident(comps[i]) != "auto" {
			outset = append(outset, comps[i])
			i++
		}
		if outset == nil {
			return nil, nil, i, false
		}
	} else if width == nil {
		return nil, nil, i, false
	}
	return width, outset, i, true
}

func isBorderImageSource(c []tok) bool {
	if ident(c) == "none" {
		return true
	}
	if _, ok := parseURLComponent(c); ok {
		return true
	}
	_, ok := parseGradient(c)
	return ok
}

func borderImageRepeatWord(c []tok) bool {
	_, ok := borderImageRepeats[ident(c)]
	return ok
}

func isNumberOrPercent(c []tok) bool {
	if _, ok := number(singleTok(c)); ok {
		return true
	}
	return len(c) == 1 && c[0].t == css.PercentageToken
}

func isBorderImageWidthComp(c []tok) bool {
	if ident(c) == "auto" || isNumberOrPercent(c) {
		return true
	}
	_, ok := parseLengthPercentage(c, true)
	return ok
}

// computeBorderImage computes one border-image longhand into a fresh copy
// of the style's BorderImage.
func (c *computer) computeBorderImage(id propID, v *value) {
	s := c.s
	bi := initialBorderImage
	if s.BorderImage != nil {
		bi = *s.BorderImage
	}
	if v.effect == nil || v.effect.borderImage == nil {
		return
	}
	sp := v.effect.borderImage
	switch id {
	case pBorderImageSource:
		bi.Source = LayerImage{URL: sp.source.str}
		if sp.source.effect != nil && sp.source.effect.gradient != nil {
			bi.Source.Gradient = c.computeGradient(sp.source.effect.gradient, s.Color)
		}
	case pBorderImageSlice:
		bi.Slice, bi.Fill = c.borderImageSides(sp), sp.fill
	case pBorderImageWidth:
		bi.Width = c.borderImageSides(sp)
	case pBorderImageOutset:
		bi.Outset = c.borderImageSides(sp)
	case pBorderImageRepeat:
		bi.Repeat = sp.repeat
	}
	if bi == initialBorderImage {
		s.BorderImage = nil // the border shorthand resets it on every use
		return
	}
	s.BorderImage = &bi
}

func (c *computer) borderImageSides(sp *borderImageSpec) [4]BorderImageLength {
	var out [4]BorderImageLength
	for i, sd := range sp.sides {
		switch {
		case sd.auto:
			out[i] = BorderImageLength{Length: Auto}
		case sd.isNumber:
			out[i] = BorderImageLength{IsNumber: true, Number: float32(sd.num)}
		default:
			out[i] = BorderImageLength{Length: c.ctx.length(sd.l)}
		}
	}
	return out
}

// copyBorderImage copies one border-image longhand from src to dst
// (inherit and initial).
func copyBorderImage(id propID, dst, src *ComputedStyle) {
	from := &initialBorderImage
	if src.BorderImage != nil {
		from = src.BorderImage
	}
	if dst.BorderImage == nil && from == &initialBorderImage {
		return
	}
	bi := initialBorderImage
	if dst.BorderImage != nil {
		bi = *dst.BorderImage
	}
	switch id {
	case pBorderImageSource:
		bi.Source = from.Source
	case pBorderImageSlice:
		bi.Slice, bi.Fill = from.Slice, from.Fill
	case pBorderImageWidth:
		bi.Width = from.Width
	case pBorderImageOutset:
		bi.Outset = from.Outset
	case pBorderImageRepeat:
		bi.Repeat = from.Repeat
	}
	dst.BorderImage = &bi
	if bi == initialBorderImage {
		dst.BorderImage = nil
	}
}
