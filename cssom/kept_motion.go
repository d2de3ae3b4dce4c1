package cssom

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The grammars of the kept motion path properties (kept.go): offset and
// its longhands (https://drafts.fxtf.org/motion-1/).

// coordBoxes are the <coord-box> keywords (https://drafts.csswg.org/css-box-4/#typedef-coord-box).
var coordBoxes = []string{"content-box", "padding-box", "border-box", "fill-box", "stroke-box", "view-box"}

// addMotionGrammars adds offset and its longhands.
func addMotionGrammars(g map[string]keptGrammar) {
	g["offset"] = parseOffset
	g["offset-path"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none") || isOffsetPath(comps)
	}
	// https://drafts.fxtf.org/motion-1/#offset-distance-property
	g["offset-distance"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && validLengthPercentage(comps[0], true, false)
	}
	g["offset-rotate"] = func(_ []tok, comps [][]tok) bool { return isOffsetRotate(comps) }
	// https://drafts.fxtf.org/motion-1/#offset-anchor-property
	g["offset-anchor"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "auto") || parseOriginKept(nil, comps)
	}
	// https://drafts.fxtf.org/motion-1/#offset-position-property
	g["offset-position"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "auto", "normal") || parseOriginKept(nil, comps)
	}
}

// isOffsetPath validates <offset-path> || <coord-box>, where
// <offset-path> = <ray()> | <url> | <basic-shape>
// (https://drafts.fxtf.org/motion-1/#offset-path-property).
func isOffsetPath(comps [][]tok) bool {
	return anyOrder(comps, func(c []tok) bool {
		if _, isURL := parseURLComponent(c); isURL {
			return true
		}
		return isRay(c) || isFunc(c, "path(") && isPathFunction(c, false) || isBasicShapeKept(c)
	}, oneOfKeywords(coordBoxes...))
}

// isBasicShapeKept reports whether c is a <basic-shape>: inset(),
// circle(), ellipse(), polygon(), and (type-checked only) xywh() and
// rect().
func isBasicShapeKept(c []tok) bool {
	if isFunc(c, "xywh(") || isFunc(c, "rect(") {
		return c[len(c)-1].t == css.RightParenthesisToken && len(components(funcArgs(c))) >= 4
	}
	_, ok := parseClipPath([][]tok{c})
	return ok && ident(c) == ""
}

// isRay validates ray( <angle> && <ray-size>? && contain? && [ at
// <position> ]? ) (https://drafts.fxtf.org/motion-1/#ray-function).
func isRay(c []tok) bool {
	if !isFunc(c, "ray(") || c[len(c)-1].t != css.RightParenthesisToken {
		return false
	}
	args := components(funcArgs(c))
	for i, a := range args {
		if keywordIn(a, "at") {
			if _, ok := parsePosition(args[i+1:]); !ok || i+1 == len(args) {
				return false
			}
			args = args[:i]
			break
		}
	}
	return anyOrder(args, func(c []tok) bool { return isNumeric(c, typeAngle, false) },
		oneOfKeywords("closest-side", "closest-corner", "farthest-side", "farthest-corner", "sides"),
		oneOfKeywords("contain")) && hasAngle(args)
}

func hasAngle(comps [][]tok) bool {
	for _, c := range comps {
		if isNumeric(c, typeAngle, false) {
			return true
		}
	}
	return false
}

// isOffsetRotate validates [ auto | reverse ] || <angle>
// (https://drafts.fxtf.org/motion-1/#offset-rotate-property).
func isOffsetRotate(comps [][]tok) bool {
	return anyOrder(comps, oneOfKeywords("auto", "reverse"), func(c []tok) bool { return isNumeric(c, typeAngle, false) })
}

// parseOffset validates offset = [ <'offset-position'>? [
// <'offset-path'> [ <'offset-distance'> || <'offset-rotate'> ]? ]? ]! [
// / <'offset-anchor'> ]? (https://drafts.fxtf.org/motion-1/#offset-shorthand).
func parseOffset(_ []tok, comps [][]tok) bool {
	for i, c := range comps {
		if isSlashComp(c) {
			anchor := comps[i+1:]
			if !(len(anchor) == 1 && keywordIn(anchor[0], "auto") || parseOriginKept(nil, anchor)) {
				return false
			}
			comps = comps[:i]
			break
		}
	}
	if len(comps) == 0 {
		return false
	}
	// The position: the longest leading run that parses.
	n := 0
	if len(comps) >= 1 && keywordIn(comps[0], "auto", "normal") {
		n = 1
	} else {
		for k := min(4, len(comps)); k > 0; k-- {
			if isPositionComponent(comps[k-1]) && parseOriginKept(nil, comps[:k]) {
				n = k
				break
			}
		}
	}
	rest := comps[n:]
	if len(rest) == 0 {
		return true
	}
	// The path: none or one <offset-path> || <coord-box>, then the
	// distance and the rotation.
	switch {
	case len(rest) > 1 && isOffsetPath(rest[:2]):
		rest = rest[2:]
	case keywordIn(rest[0], "none") || isOffsetPath(rest[:1]):
		rest = rest[1:]
	default:
		return false
	}
	if len(rest) == 0 {
		return true
	}
	distance := -1
	for i, c := range rest {
		if validLengthPercentage(c, true, false) {
			if distance >= 0 {
				return false
			}
			distance = i
		}
	}
	if distance >= 0 {
		rest = append(append([][]tok(nil), rest[:distance]...), rest[distance+1:]...)
	}
	return len(rest) == 0 || isOffsetRotate(rest)
}

// isPathFunction validates path( <fill-rule>? , <string> ), whose
// string is SVG path data (https://drafts.csswg.org/css-shapes/#funcdef-basic-shape-path);
// fillRule allows the fill rule (AD-HOC: Chromium drops it in
// offset-path).
func isPathFunction(c []tok, fillRule bool) bool {
	if c[len(c)-1].t != css.RightParenthesisToken {
		return false
	}
	parts := splitCommas(funcArgs(c))
	if len(parts) == 2 && fillRule {
		if r := components(parts[0]); len(r) != 1 || !keywordIn(r[0], "nonzero", "evenodd") {
			return false
		}
		parts = parts[1:]
	}
	s := components(parts[0])
	return len(parts) == 1 && len(s) == 1 && s[0][0].t == css.StringToken && isSVGPathData(unquote(s[0][0].s))
}

// isSVGPathData validates SVG path data
// (https://svgwg.org/svg2-draft/paths.html#PathDataBNF): a moveto,
// then commands, each with one or more groups of arguments (none for
// closepath); the arc flags are single digits 0 or 1. AD-HOC: as
// Chromium, a comma may follow any argument.
func isSVGPathData(d string) bool {
	p := pathScanner{s: d}
	p.skipSpace()
	if p.i == len(p.s) || p.s[p.i]|0x20 != 'm' {
		return false
	}
	for p.skipSpace(); p.i < len(p.s); p.skipSpace() {
		cmd := p.s[p.i]
		n := strings.IndexByte("mzlhvcsqta", cmd|0x20)
		if n < 0 {
			return false
		}
		p.i++
		if cmd|0x20 == 'z' {
			continue
		}
		args := [...]int{2, 0, 2, 1, 1, 6, 4, 4, 2, 7}[n]
		for group := 0; ; group++ {
			p.skipSpace()
			if p.i == len(p.s) || strings.IndexByte("mMzZlLhHvVcCsSqQtTaA", p.s[p.i]) >= 0 {
				if group == 0 {
					return false
				}
				break
			}
			for k := 0; k < args; k++ {
				if cmd|0x20 == 'a' && (k == 3 || k == 4) {
					if !p.flag() {
						return false
					}
				} else if !p.number() {
					return false
				}
				p.skipComma()
			}
		}
	}
	return true
}

// pathScanner reads SVG path data.
type pathScanner struct {
	s string
	i int
}

func (p *pathScanner) skipSpace() {
	for p.i < len(p.s) && strings.IndexByte(" \t\n\r\f", p.s[p.i]) >= 0 {
		p.i++
	}
}

// skipComma skips optional white space, an optional comma and white space.
func (p *pathScanner) skipComma() {
	p.skipSpace()
	if p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
		p.skipSpace()
	}
}

// flag reads an arc flag: 0 or 1.
func (p *pathScanner) flag() bool {
	if p.i < len(p.s) && (p.s[p.i] == '0' || p.s[p.i] == '1') {
		p.i++
		return true
	}
	return false
}

// number reads a number: sign? ( digits ( . digits? )? | . digits )
// exponent?; AD-HOC: as Chromium, one out of the range of a float32 is
// invalid.
func (p *pathScanner) number() bool {
	start := p.i
	if !p.scanNumber() {
		return false
	}
	_, err := strconv.ParseFloat(p.s[start:p.i], 32)
	return err == nil
}

func (p *pathScanner) scanNumber() bool {
	if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
		p.i++
	}
	digits := p.digits()
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		digits += p.digits()
	}
	if digits == 0 {
		return false
	}
	if p.i < len(p.s) && p.s[p.i]|0x20 == 'e' {
		j := p.i + 1
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
			p.i = j
			p.digits()
		}
	}
	return true
}

func (p *pathScanner) digits() int {
	n := 0
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
		n++
	}
	return n
}
