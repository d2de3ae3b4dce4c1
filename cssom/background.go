package cssom

// Backgrounds (https://www.w3.org/TR/css-backgrounds-3/): the grammars of
// one layer's repeat, position and size, and the replaced-content
// properties of CSS Images 3; gradients are in gradient.go and the lists
// of layers in layers.go.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

func init() {
	longhandNames["background-repeat"] = pBackgroundRepeat
	longhandNames["background-position"] = pBackgroundPosition
	longhandNames["background-size"] = pBackgroundSize
}

var repeatKeywords = map[string]Repeat{"repeat": RepeatRepeat, "no-repeat": RepeatNoRepeat, "space": RepeatSpace, "round": RepeatRound}

// parseRepeat parses <repeat-style> = repeat-x | repeat-y | <keyword>{1,2};
// the two axes ride in v.i (x) and v.num (y).
func parseRepeat(comps [][]tok) (value, bool) {
	switch {
	case len(comps) == 1 && ident(comps[0]) == "repeat-x":
		return value{kind: vEnum, i: int32(RepeatRepeat), num: float64(RepeatNoRepeat)}, true
	case len(comps) == 1 && ident(comps[0]) == "repeat-y":
		return value{kind: vEnum, i: int32(RepeatNoRepeat), num: float64(RepeatRepeat)}, true
	case len(comps) == 1 || len(comps) == 2:
		x, ok1 := repeatKeywords[ident(comps[0])]
		y, ok2 := repeatKeywords[ident(comps[len(comps)-1])]
		return value{kind: vEnum, i: int32(x), num: float64(y)}, ok1 && ok2
	}
	return value{}, false
}

// positionKeyword returns the percentage of a position keyword and its
// axis ('x', 'y' or 'c' for center).
func positionKeyword(kw string) (float64, byte, bool) {
	switch kw {
	case "left":
		return 0, 'x', true
	case "right":
		return 100, 'x', true
	case "top":
		return 0, 'y', true
	case "bottom":
		return 100, 'y', true
	case "center":
		return 50, 'c', true
	}
	return 0, 0, false
}

// parsePosition parses <bg-position> (https://www.w3.org/TR/css-backgrounds-3/#typedef-bg-position)
// into a calc node pair (x, y) in v.calc.args.
func parsePosition(comps [][]tok) (value, bool) {
	pct := func(p float64) *calcNode { return &calcNode{num: p, pct: true, typ: calcPercentBit} }
	type part struct {
		kwPct float64
		axis  byte // 'x', 'y', 'c' for keywords, 0 for lengths
		l     lengthLike
	}
	var parts []part
	for _, c := range comps {
		if p, axis, ok := positionKeyword(ident(c)); ok {
			parts = append(parts, part{kwPct: p, axis: axis})
			continue
		}
		l, ok := parseLengthPercentage(c, true)
		if !ok {
			return value{}, false
		}
		parts = append(parts, part{l: l})
	}
	node := func(p part) *calcNode {
		if p.axis != 0 {
			return pct(p.kwPct)
		}
		return lengthNode(p.l)
	}
	var x, y *calcNode
	switch len(parts) {
	case 1:
		x, y = node(parts[0]), pct(50)
		if parts[0].axis == 'y' {
			x, y = pct(50), node(parts[0])
		}
	case 2:
		a, b := parts[0], parts[1]
		if a.axis == 'y' || b.axis == 'x' {
			if a.axis == 0 || b.axis == 0 {
				return value{}, false // "10px left" and "top 10px" are invalid
			}
			a, b = b, a
		}
		if a.axis == 'y' || b.axis == 'x' {
			return value{}, false
		}
		x, y = node(a), node(b)
	case 3, 4:
		// [ center | [ left | right ] <length-percentage>? ] &&
		// [ center | [ top | bottom ] <length-percentage>? ]: two groups,
		// each a keyword with an optional offset from that edge (not
		// after center), either order of the axes.
		type group struct {
			edge part
			off  *part
		}
		var groups []group
		for i := 0; i < len(parts); i++ {
			if parts[i].axis == 0 {
				return value{}, false
			}
			g := group{edge: parts[i]}
			if i+1 < len(parts) && parts[i+1].axis == 0 {
				if parts[i].axis == 'c' {
					return value{}, false
				}
				g.off = &parts[i+1]
				i++
			}
			groups = append(groups, g)
		}
		if len(groups) != 2 || groups[0].edge.axis == groups[1].edge.axis && groups[0].edge.axis != 'c' {
			return value{}, false
		}
		edge := func(g group) *calcNode {
			switch {
			case g.off == nil:
				return pct(g.edge.kwPct)
			case g.edge.kwPct == 0:
				return lengthNode(g.off.l)
			}
			o := lengthNode(g.off.l)
			return &calcNode{op: '-', typ: calcPercentBit | o.typ, args: []*calcNode{pct(100), o}}
		}
		a, b := groups[0], groups[1]
		if a.edge.axis == 'y' || b.edge.axis == 'x' {
			a, b = b, a
		}
		if a.edge.axis == 'y' || b.edge.axis == 'x' {
			return value{}, false
		}
		x, y = edge(a), edge(b)
	default:
		return value{}, false
	}
	return value{kind: vCalc, calc: &calcNode{args: []*calcNode{x, y}}}, true
}

// The computed background-attachment keywords.
const (
	attachScroll int32 = iota
	attachFixed
	attachLocal
)

// parsePositionLonghands parses the background-position shorthand: a list
// of <bg-position>, split into the lists of background-position-x and
// background-position-y.
// https://drafts.csswg.org/css-backgrounds-4/#background-position-longhands
func parsePositionLonghands(toks []tok) ([]longhand, bool, bool) {
	parts := splitCommas(toks)
	xs, ys := make([]value, len(parts)), make([]value, len(parts))
	for i, p := range parts {
		v, ok := parsePosition(components(p))
		if !ok {
			return nil, false, true
		}
		xs[i], ys[i] = splitPosition(v)
	}
	if len(parts) == 0 {
		return nil, false, true
	}
	return []longhand{{pBackgroundPosition, layered(xs)}, {pBackgroundPositionY, layered(ys)}}, true, true
}

// splitPosition splits a parsed <bg-position> (a calc pair) into its x
// and y values.
func splitPosition(v value) (x, y value) {
	return value{kind: vCalc, calc: v.calc.args[0]}, value{kind: vCalc, calc: v.calc.args[1]}
}

// parsePositionAxis parses one item of background-position-x (axis 'x')
// or background-position-y ('y'):
// [ center | [ [ left | right | x-start | x-end ]? <length-percentage>? ]! ]
// (top, bottom, y-start, y-end for y), as a calc node of the offset from
// the start edge: an end keyword with offset L is calc(100% - L).
// AD-HOC: x-start and y-start are left and top (horizontal writing mode,
// left to right).
// https://drafts.csswg.org/css-backgrounds-4/#background-position-longhands
func parsePositionAxis(comps [][]tok, axis byte) (value, bool) {
	pct := func(p float64) *calcNode { return &calcNode{num: p, pct: true, typ: calcPercentBit} }
	edges := map[string]float64{"left": 0, "x-start": 0, "right": 100, "x-end": 100, "center": 50}
	if axis == 'y' {
		edges = map[string]float64{"top": 0, "y-start": 0, "bottom": 100, "y-end": 100, "center": 50}
	}
	if len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	kw := ident(comps[0])
	edge, isEdge := edges[kw]
	if len(comps) == 1 && isEdge {
		return value{kind: vCalc, calc: pct(edge)}, true
	}
	if len(comps) == 1 {
		l, ok := parseLengthPercentage(comps[0], true)
		return value{kind: vCalc, calc: lengthNode(l)}, ok
	}
	if !isEdge || kw == "center" {
		return value{}, false
	}
	l, ok := parseLengthPercentage(comps[1], true)
	if !ok {
		return value{}, false
	}
	o := lengthNode(l)
	if edge == 0 {
		return value{kind: vCalc, calc: o}, true
	}
	return value{kind: vCalc, calc: &calcNode{op: '-', typ: calcPercentBit | o.typ, args: []*calcNode{pct(100), o}}}, true
}

// parseBgSize parses <bg-size> = [ <length-percentage> | auto ]{1,2} | cover | contain.
// Explicit sizes ride in v.calc.args, nil for auto.
func parseBgSize(comps [][]tok) (value, bool) {
	if len(comps) == 1 {
		switch ident(comps[0]) {
		case "cover":
			return value{kind: vEnum, i: int32(SizeCover)}, true
		case "contain":
			return value{kind: vEnum, i: int32(SizeContain)}, true
		}
	}
	if len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	args := []*calcNode{nil, nil}
	for i, c := range comps {
		if ident(c) == "auto" {
			continue
		}
		l, ok := parseLengthPercentage(c, true)
		if !ok || l.negative() {
			return value{}, false
		}
		args[i] = lengthNode(l)
	}
	return value{kind: vCalc, calc: &calcNode{args: args}}, true
}

// parseBackgroundLonghand parses the lists of background-repeat,
// -position-x and -size.
func parseBackgroundLonghand(id propID, toks []tok) (value, bool) {
	switch id {
	case pBackgroundRepeat:
		return parseLayerList(toks, parseRepeat)
	case pBackgroundPosition:
		return parseLayerList(toks, func(c [][]tok) (value, bool) { return parsePositionAxis(c, 'x') })
	}
	return parseLayerList(toks, parseBgSize)
}

// backgroundLayer parses the non-color, non-image components of one layer
// of the background shorthand:
// <bg-position> [ / <bg-size> ]? || <repeat-style> || <attachment> || <box>{1,2}.
func backgroundLayer(comps [][]tok) (repeat, pos, size value, ok bool) {
	repeat = value{kind: vEnum}
	pos = value{kind: vCalc, calc: &calcNode{args: []*calcNode{{pct: true, typ: calcPercentBit}, {pct: true, typ: calcPercentBit}}}}
	size = value{kind: vCalc, calc: &calcNode{args: []*calcNode{nil, nil}}}
	var reps, posComps, sizeComps [][]tok
	for i := 0; i < len(comps); i++ {
		c := comps[i]
		kw := ident(c)
		switch {
		case kw == "repeat-x" || kw == "repeat-y" || repeatKeywords[kw] != 0 || kw == "repeat":
			reps = append(reps, c)
		case kw == "scroll" || kw == "fixed" || kw == "local" || strings.HasSuffix(kw, "-box") || kw == "text":
			// Attachment, origin and clip: layerBoxes (layers.go).
		case len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/":
			j := i + 1
			for j < len(comps) && j < i+3 && isSizeComp(comps[j]) {
				j++
			}
			sizeComps = comps[i+1 : j]
			i = j - 1
		default:
			posComps = append(posComps, c)
		}
	}
	if len(reps) > 0 {
		if repeat, ok = parseRepeat(reps); !ok {
			return
		}
	}
	if len(posComps) > 0 {
		if pos, ok = parsePosition(posComps); !ok {
			return
		}
	}
	if sizeComps != nil {
		if size, ok = parseBgSize(sizeComps); !ok {
			return
		}
	}
	return repeat, pos, size, true
}

func isSizeComp(c []tok) bool {
	switch ident(c) {
	case "auto", "cover", "contain":
		return true
	}
	_, ok := parseLengthPercentage(c, true)
	return ok
}

// computeBackground computes background-repeat and background-size.
func (c *computer) computeBackground(id propID, v *value) {
	s := c.s
	switch id {
	case pBackgroundRepeat:
		s.BackgroundRepeat = [2]Repeat{Repeat(v.i), Repeat(v.num)}
	case pBackgroundSize:
		if v.kind == vEnum {
			s.BackgroundSize = BackgroundSize{Kind: BackgroundSizeKind(v.i), Width: Auto, Height: Auto}
			return
		}
		s.BackgroundSize = BackgroundSize{Width: c.calcLength(v.calc.args[0]), Height: c.calcLength(v.calc.args[1])}
		if v.calc.args[1] == nil && v.calc.args[0] != nil {
			s.BackgroundSize.Height = Auto // one value: the height is auto
		}
	}
}

// calcLength computes a calc node as a Length; nil is auto.
func (c *computer) calcLength(n *calcNode) Length {
	if n == nil {
		return Auto
	}
	return c.ctx.length(lengthLike{kind: vCalc, calc: n})
}

// ObjectFit is the computed object-fit: how a replaced element's content
// is sized into its content box.
// https://www.w3.org/TR/css-images-3/#the-object-fit
type ObjectFit uint8

const (
	ObjectFitFill ObjectFit = iota
	ObjectFitContain
	ObjectFitCover
	ObjectFitNone
	ObjectFitScaleDown
)

// ImageRendering is the computed image-rendering: the scaling hint.
// https://www.w3.org/TR/css-images-3/#the-image-rendering
type ImageRendering uint8

const (
	ImageRenderingAuto ImageRendering = iota
	ImageRenderingSmooth
	ImageRenderingHighQuality
	ImageRenderingCrispEdges
	ImageRenderingPixelated
)

func init() {
	longhandNames["object-fit"] = pObjectFit
	longhandNames["object-position"] = pObjectPosition
	longhandNames["image-rendering"] = pImageRendering
	longhandNames["background-attachment"] = pBackgroundAttachment
	enumKeywords[pBackgroundAttachment] = map[string]int32{"scroll": attachScroll, "fixed": attachFixed, "local": attachLocal}
	enumKeywords[pObjectFit] = map[string]int32{"fill": int32(ObjectFitFill), "contain": int32(ObjectFitContain),
		"cover": int32(ObjectFitCover), "none": int32(ObjectFitNone), "scale-down": int32(ObjectFitScaleDown)}
	enumKeywords[pImageRendering] = map[string]int32{"auto": int32(ImageRenderingAuto), "smooth": int32(ImageRenderingSmooth),
		"high-quality": int32(ImageRenderingHighQuality), "crisp-edges": int32(ImageRenderingCrispEdges),
		"-webkit-optimize-contrast": int32(ImageRenderingCrispEdges), "-moz-crisp-edges": int32(ImageRenderingCrispEdges),
		"pixelated": int32(ImageRenderingPixelated), "optimizespeed": int32(ImageRenderingPixelated),
		"optimizequality": int32(ImageRenderingSmooth)}
}

// isImageProp reports whether id is one of the replaced-content longhands
// of this file.
func isImageProp(id propID) bool {
	return id == pObjectFit || id == pObjectPosition || id == pImageRendering
}

// computeImageProp computes object-fit, object-position (parsed by
// parsePosition, as background-position) and image-rendering.
func (c *computer) computeImageProp(id propID, v *value) {
	s := c.s
	switch id {
	case pObjectFit:
		s.ObjectFit = ObjectFit(v.i)
	case pImageRendering:
		s.ImageRendering = ImageRendering(v.i)
	case pObjectPosition:
		if v.calc != nil {
			s.ObjectPosition = [2]Length{c.calcLength(v.calc.args[0]), c.calcLength(v.calc.args[1])}
		}
	}
}

// copyImageProp copies the longhands of computeImageProp.
func copyImageProp(id propID, dst, src *ComputedStyle) {
	switch id {
	case pObjectFit:
		dst.ObjectFit = src.ObjectFit
	case pImageRendering:
		dst.ImageRendering = src.ImageRendering
	case pObjectPosition:
		dst.ObjectPosition = src.ObjectPosition
	}
}
