package cssom

// Backgrounds (https://www.w3.org/TR/css-backgrounds-3/): repeat,
// position and size of the first layer. TODO(spec): the other layers,
// background-attachment, -origin and -clip.

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

// firstLayer returns the component values of a list's first layer.
func firstLayer(toks []tok) [][]tok { return components(splitCommas(toks)[0]) }

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
	case 4:
		// <edge> <offset> <edge> <offset>, either order of the axes.
		if parts[0].axis == 0 || parts[1].axis != 0 || parts[2].axis == 0 || parts[3].axis != 0 ||
			parts[0].axis == 'c' || parts[2].axis == 'c' || parts[0].axis == parts[2].axis {
			return value{}, false
		}
		edge := func(e, off part) *calcNode {
			if e.kwPct == 0 {
				return lengthNode(off.l)
			}
			o := lengthNode(off.l)
			return &calcNode{op: '-', typ: calcPercentBit | o.typ, args: []*calcNode{pct(100), o}}
		}
		x, y = edge(parts[0], parts[1]), edge(parts[2], parts[3])
		if parts[0].axis == 'y' {
			x, y = y, x
		}
	default:
		// TODO(spec): the three-value syntax.
		return value{}, false
	}
	return value{kind: vCalc, calc: &calcNode{args: []*calcNode{x, y}}}, true
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

// parseBackgroundLonghand parses background-repeat, -position and -size
// (the first layer of their lists).
func parseBackgroundLonghand(id propID, toks []tok) (value, bool) {
	comps := firstLayer(toks)
	switch id {
	case pBackgroundRepeat:
		return parseRepeat(comps)
	case pBackgroundPosition:
		return parsePosition(comps)
	}
	return parseBgSize(comps)
}

// backgroundLayer parses the non-color, non-image components of the
// background shorthand's first layer:
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
			// TODO(spec): attachment, origin and clip.
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

// computeBackground computes the longhands of this file.
func (c *computer) computeBackground(id propID, v *value) {
	s := c.s
	switch id {
	case pBackgroundRepeat:
		s.BackgroundRepeat = [2]Repeat{Repeat(v.i), Repeat(v.num)}
	case pBackgroundPosition:
		s.BackgroundPosition = [2]Length{c.calcLength(v.calc.args[0]), c.calcLength(v.calc.args[1])}
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
