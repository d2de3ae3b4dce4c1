package cssom

// Gradients (https://www.w3.org/TR/css-images-3/#gradients and
// https://www.w3.org/TR/css-images-4/#conic-gradients): their computed
// type, grammars and computation, with the <color-interpolation-method>
// of CSS Images 4.

import (
	"math"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// GradientKind says which gradient function a Gradient is.
type GradientKind uint8

const (
	LinearGradient GradientKind = iota
	RadialGradient
	// ConicGradient: Angle is the "from" angle, Position the centre, and
	// stop positions are percentages of a turn (angles converted).
	ConicGradient
)

// RadialExtent is a radial gradient's <radial-extent> keyword, or
// ExtentExplicit when Gradient.Size holds the radii.
type RadialExtent uint8

const (
	FarthestCorner RadialExtent = iota // the initial value
	ClosestSide
	ClosestCorner
	FarthestSide
	ExtentExplicit
)

// Gradient is a computed <gradient> image
// (https://www.w3.org/TR/css-images-3/#gradients). Lengths are px or %;
// the gradient box they are relative to is known only at paint time.
type Gradient struct {
	Kind      GradientKind
	Repeating bool
	// Angle is a linear gradient's direction in degrees, clockwise from
	// "to top" (180 is "to bottom", the initial direction). When ToX and
	// ToY are both non-zero the direction is "to <corner>" instead, whose
	// angle depends on the box: ToX is -1 (left) or 1 (right), ToY -1
	// (top) or 1 (bottom).
	Angle    float32
	ToX, ToY int8
	// Circle, Extent, Size and Position describe a radial gradient's
	// ending shape: a circle or an ellipse, sized by an extent keyword or
	// by explicit radii (Size: x then y, equal for a circle), centred at
	// Position (x then y, from the box's top left).
	Circle   bool
	Extent   RadialExtent
	Size     [2]Length
	Position [2]Length
	// Stops are the colour stops and transition hints in order.
	Stops []ColorStop
	// Space and HueMethod are the <color-interpolation-method>: the space
	// colours are interpolated in ("" for the default, premultiplied
	// sRGB) and, for a polar space, the hue interpolation method
	// ("shorter" by default). See InterpolateColor.
	// https://www.w3.org/TR/css-images-4/#color-interpolation
	Space, HueMethod string
}

// ColorStop is one computed colour stop or transition hint.
type ColorStop struct {
	Color Color // currentColor resolved
	// Position is the stop's position along the gradient ray (px or %),
	// Auto when omitted.
	Position Length
	// Hint marks a transition hint: only Position means something.
	Hint bool
	// Angle marks a conic gradient's position written as an <angle>:
	// Position still holds it as a percentage of a turn, and
	// getComputedStyle writes it back in deg, as Chromium does.
	Angle bool
}

// gradientSpec is a parsed gradient before computation.
type gradientSpec struct {
	radial, repeating bool
	conic             bool
	angle             float64
	toX, toY          int8
	circle            bool
	extent            RadialExtent
	size              [2]lengthLike
	pos               *calcNode // x, y in args; nil for center
	stops             []stopSpec
	space, hue        string
}

type stopSpec struct {
	color   Color
	current bool
	pos     lengthLike
	hasPos  bool
	hint    bool
	angle   bool // a conic position written as an <angle>
}

// parseGradient parses one <gradient> component: linear-gradient(),
// radial-gradient(), conic-gradient(), their repeating- forms and the
// legacy -webkit- linear forms.
func parseGradient(c []tok) (*gradientSpec, bool) {
	if len(c) < 2 || c[0].t != css.FunctionToken || c[len(c)-1].t != css.RightParenthesisToken {
		return nil, false
	}
	name := strings.ToLower(c[0].s)
	legacy := strings.HasPrefix(name, "-webkit-")
	name = strings.TrimPrefix(name, "-webkit-")
	g := &gradientSpec{angle: 180}
	if strings.HasPrefix(name, "repeating-") {
		g.repeating, name = true, strings.TrimPrefix(name, "repeating-")
	}
	args := splitCommas(funcArgs(c))
	if !legacy {
		// [ <angle> | to <side> ] || <color-interpolation-method>, and the
		// same for the radial and conic heads.
		head, ok := g.interpolationMethod(components(args[0]))
		if !ok {
			return nil, false
		}
		if head == nil {
			args = args[1:]
			if len(args) == 0 {
				return nil, false
			}
		} else if len(head) < len(components(args[0])) {
			args = append([][]tok{joinComponents(head)}, args[1:]...)
		}
	}
	switch name {
	case "linear-gradient(":
		if first := components(args[0]); len(first) > 0 {
			if ok, used := g.parseLinearLine(first, legacy); used {
				if !ok {
					return nil, false
				}
				args = args[1:]
			}
		}
	case "radial-gradient(":
		if legacy {
			return nil, false // TODO(spec): the legacy -webkit-radial-gradient() syntax.
		}
		g.radial = true
		if first := components(args[0]); len(first) > 0 {
			if ok, used := g.parseRadialShape(first); used {
				if !ok {
					return nil, false
				}
				args = args[1:]
			}
		}
	case "conic-gradient(":
		if legacy {
			return nil, false
		}
		g.conic, g.angle = true, 0
		if first := components(args[0]); len(first) > 0 {
			if ok, used := g.parseConicHead(first); used {
				if !ok {
					return nil, false
				}
				args = args[1:]
			}
		}
	default:
		return nil, false
	}
	return g, g.parseStops(args)
}

// interpolationMethod takes a <color-interpolation-method> = in
// <color-space> [ <hue-interpolation-method> hue ]? out of a gradient's
// first argument, returning the other components (nil when none are
// left). ok is false for a malformed method.
// https://www.w3.org/TR/css-color-4/#color-interpolation-method
func (g *gradientSpec) interpolationMethod(comps [][]tok) (rest [][]tok, ok bool) {
	at := -1
	for i, c := range comps {
		if ident(c) == "in" {
			at = i
			break
		}
	}
	if at < 0 {
		return comps, true
	}
	if at+1 >= len(comps) {
		return nil, false
	}
	space := ident(comps[at+1])
	sp, known := mixSpaces[space]
	if !known {
		return nil, false
	}
	end := at + 2
	hue := ""
	if end+1 < len(comps) && ident(comps[end+1]) == "hue" {
		switch h := ident(comps[end]); h {
		case "shorter", "longer", "increasing", "decreasing":
			if sp.hue < 0 {
				return nil, false
			}
			hue, end = h, end+2
		default:
			return nil, false
		}
	}
	if space == "srgb" && hue == "" {
		space = "" // the default
	} else if hue == "" && sp.hue >= 0 {
		hue = "shorter"
	}
	g.space, g.hue = space, hue
	rest = append(append([][]tok(nil), comps[:at]...), comps[end:]...)
	if len(rest) == 0 {
		return nil, true
	}
	return rest, true
}

// joinComponents joins components back into one token list, with white
// space between them.
func joinComponents(comps [][]tok) []tok {
	var out []tok
	for i, c := range comps {
		if i > 0 {
			out = append(out, tok{t: css.WhitespaceToken, s: " "})
		}
		out = append(out, c...)
	}
	return out
}

// parseConicHead parses a conic gradient's [ from <angle> ]? [ at
// <position> ]?; used is false when the first argument is a colour stop.
// https://www.w3.org/TR/css-images-4/#conic-gradient-syntax
func (g *gradientSpec) parseConicHead(comps [][]tok) (ok, used bool) {
	w := ident(comps[0])
	if w != "from" && w != "at" {
		return false, false
	}
	if w == "from" {
		if len(comps) < 2 {
			return false, true
		}
		a, isAngle := parseAngle(comps[1])
		if !isAngle {
			return false, true
		}
		g.angle, comps = a, comps[2:]
	}
	if len(comps) == 0 {
		return true, true
	}
	if ident(comps[0]) != "at" || len(comps) < 2 {
		return false, true
	}
	v, ok := parsePosition(comps[1:])
	if !ok || v.calc == nil {
		return false, true
	}
	g.pos = v.calc
	return true, true
}

// parseStopPosition parses a stop or hint position: a
// <length-percentage>, or for a conic gradient an <angle-percentage>
// (an angle becomes the percentage of a turn, and angle reports it).
// TODO(spec): calc() mixing an angle and a percentage
// (calc(10deg + 10%)), which Chromium resolves to deg.
func (g *gradientSpec) parseStopPosition(c []tok) (l lengthLike, angle, ok bool) {
	if !g.conic {
		l, ok = parseLengthPercentage(c, true)
		return l, false, ok
	}
	if a, ok := parseAngle(c); ok {
		return lengthLike{kind: vPercent, num: a / 360 * 100}, true, true
	}
	l, ok = parseLengthPercentage(c, true)
	return l, false, ok && l.kind == vPercent
}

// parseLinearLine parses [ <angle> | to <side-or-corner> ]; used is false
// when the first argument is a colour stop instead. The legacy syntax
// names the starting side and measures angles counter-clockwise from
// "to right".
func (g *gradientSpec) parseLinearLine(comps [][]tok, legacy bool) (ok, used bool) {
	if a, isAngle := parseAngle(comps[0]); isAngle {
		if len(comps) != 1 {
			return false, true
		}
		g.angle = a
		if legacy {
			g.angle = 90 - a
		}
		return true, true
	}
	words := comps
	if !legacy {
		if ident(comps[0]) != "to" {
			return false, false
		}
		words = comps[1:]
	}
	if len(words) < 1 || len(words) > 2 {
		return false, legacy && sideWord(ident(words[0]))
	}
	var x, y int8
	for _, w := range words {
		switch ident(w) {
		case "left":
			x = x*2 - 1
		case "right":
			x = x*2 + 1
		case "top":
			y = y*2 - 1
		case "bottom":
			y = y*2 + 1
		default:
			return false, !legacy
		}
	}
	if x < -1 || x > 1 || y < -1 || y > 1 {
		return false, true
	}
	if legacy {
		x, y = -x, -y
	}
	switch {
	case x != 0 && y != 0:
		g.toX, g.toY = x, y
	case y < 0:
		g.angle = 0
	case x > 0:
		g.angle = 90
	case y > 0:
		g.angle = 180
	default:
		g.angle = 270
	}
	return true, true
}

func sideWord(s string) bool {
	return s == "left" || s == "right" || s == "top" || s == "bottom"
}

// parseAngle parses an <angle> (deg, grad, rad, turn; unitless 0) into
// degrees.
func parseAngle(c []tok) (float64, bool) {
	if len(c) != 1 {
		return 0, false
	}
	switch c[0].t {
	case css.NumberToken:
		v, ok := number(c[0])
		return 0, ok && v == 0
	case css.DimensionToken:
		v, u, ok := splitDimension(c[0].s)
		if !ok {
			return 0, false
		}
		switch strings.ToLower(u) {
		case "deg":
			return v, true
		case "grad":
			return v * 0.9, true
		case "rad":
			return v * 180 / math.Pi, true
		case "turn":
			return v * 360, true
		}
	}
	return 0, false
}

var extentKeywords = map[string]RadialExtent{
	"closest-side": ClosestSide, "closest-corner": ClosestCorner,
	"farthest-side": FarthestSide, "farthest-corner": FarthestCorner,
	"contain": ClosestSide, "cover": FarthestCorner,
}

// parseRadialShape parses [ <ending-shape> || <size> ]? [ at <position> ]?;
// used is false when the first argument is a colour stop instead.
func (g *gradientSpec) parseRadialShape(comps [][]tok) (ok, used bool) {
	at := len(comps)
	for i, c := range comps {
		if ident(c) == "at" {
			at = i
			break
		}
	}
	var lens []lengthLike
	shape := ""
	for _, c := range comps[:at] {
		kw := ident(c)
		if e, isExt := extentKeywords[kw]; isExt && g.extent == FarthestCorner && len(lens) == 0 {
			g.extent = e
			continue
		}
		if (kw == "circle" || kw == "ellipse") && shape == "" {
			shape = kw
			continue
		}
		if l, isLen := parseLengthPercentage(c, true); isLen && len(lens) < 2 {
			lens = append(lens, l)
			continue
		}
		if at == len(comps) && len(lens) == 0 && shape == "" && g.extent == FarthestCorner {
			return false, false // a colour stop
		}
		return false, true
	}
	if at < len(comps) {
		if at == len(comps)-1 {
			return false, true
		}
		v, ok := parsePosition(comps[at+1:])
		if !ok {
			return false, true
		}
		g.pos = v.calc
	}
	g.circle = shape == "circle" || (shape == "" && len(lens) == 1)
	switch {
	case len(lens) == 1:
		if !g.circle || lens[0].kind == vPercent || lens[0].negative() {
			return false, true
		}
		g.extent, g.size = ExtentExplicit, [2]lengthLike{lens[0], lens[0]}
	case len(lens) == 2:
		if g.circle || lens[0].negative() || lens[1].negative() {
			return false, true
		}
		g.extent, g.size = ExtentExplicit, [2]lengthLike{lens[0], lens[1]}
	}
	return true, true
}

// parseStops parses <color-stop-list>: stops with up to two positions
// each, and single-position transition hints between stops.
func (g *gradientSpec) parseStops(args [][]tok) bool {
	for _, a := range args {
		comps := components(a)
		if len(comps) == 0 || len(comps) > 3 {
			return false
		}
		if l, angle, ok := g.parseStopPosition(comps[0]); ok {
			// A hint: one position between two stops.
			if len(comps) != 1 || len(g.stops) == 0 || g.stops[len(g.stops)-1].hint {
				return false
			}
			g.stops = append(g.stops, stopSpec{pos: l, hasPos: true, hint: true, angle: angle})
			continue
		}
		col, cur, ok := parseColor(comps[0])
		if !ok {
			return false
		}
		s := stopSpec{color: col, current: cur}
		if len(comps) == 1 {
			g.stops = append(g.stops, s)
			continue
		}
		for _, c := range comps[1:] {
			l, angle, ok := g.parseStopPosition(c)
			if !ok {
				return false
			}
			s.pos, s.hasPos, s.angle = l, true, angle
			g.stops = append(g.stops, s)
		}
	}
	n := len(g.stops)
	return n >= 2 && !g.stops[n-1].hint && !g.stops[0].hint
}

// computeGradient computes a parsed gradient; cur is the element's color.
func (c *computer) computeGradient(g *gradientSpec, cur Color) *Gradient {
	out := &Gradient{
		Kind: LinearGradient, Repeating: g.repeating, Angle: float32(g.angle), ToX: g.toX, ToY: g.toY,
		Circle: g.circle, Extent: g.extent, Position: [2]Length{Percent(50), Percent(50)},
	}
	if g.radial {
		out.Kind = RadialGradient
	}
	if g.conic {
		out.Kind = ConicGradient
	}
	if g.extent == ExtentExplicit {
		out.Size = [2]Length{c.ctx.length(g.size[0]), c.ctx.length(g.size[1])}
	}
	out.Space, out.HueMethod = g.space, g.hue
	if g.pos != nil && len(g.pos.args) == 2 {
		out.Position = [2]Length{c.calcLength(g.pos.args[0]), c.calcLength(g.pos.args[1])}
	}
	out.Stops = make([]ColorStop, len(g.stops))
	for i, s := range g.stops {
		st := ColorStop{Color: s.color, Position: Auto, Hint: s.hint, Angle: s.angle}
		if s.current {
			st.Color = cur
		}
		if s.hasPos {
			st.Position = c.ctx.length(s.pos)
		}
		out.Stops[i] = st
	}
	return out
}
