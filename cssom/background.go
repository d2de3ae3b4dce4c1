package cssom

// Backgrounds (https://www.w3.org/TR/css-backgrounds-3/): repeat,
// position and size of the first layer, and its gradient
// (https://www.w3.org/TR/css-images-3/#gradients); -clip and -origin are in
// effects.go. TODO(spec): the other layers.

import (
	"math"
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
			// Attachment, origin and clip: backgroundShorthandBoxes
			// (effects.go).
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
}

// ColorStop is one computed colour stop or transition hint.
type ColorStop struct {
	Color Color // currentColor resolved
	// Position is the stop's position along the gradient ray (px or %),
	// Auto when omitted.
	Position Length
	// Hint marks a transition hint: only Position means something.
	Hint bool
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
}

type stopSpec struct {
	color   Color
	current bool
	pos     lengthLike
	hasPos  bool
	hint    bool
}

// firstLayerGradient returns the gradient of a background list's first
// layer, or nil.
func firstLayerGradient(toks []tok) *effectValue {
	for _, c := range components(splitCommas(toks)[0]) {
		if g, ok := parseGradient(c); ok {
			return &effectValue{gradient: g}
		}
	}
	return nil
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
// (an angle becomes the percentage of a turn).
func (g *gradientSpec) parseStopPosition(c []tok) (lengthLike, bool) {
	if !g.conic {
		return parseLengthPercentage(c, true)
	}
	if a, ok := parseAngle(c); ok {
		return lengthLike{kind: vPercent, num: a / 360 * 100}, true
	}
	l, ok := parseLengthPercentage(c, true)
	return l, ok && l.kind == vPercent
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
		if l, ok := g.parseStopPosition(comps[0]); ok {
			// A hint: one position between two stops.
			if len(comps) != 1 || len(g.stops) == 0 || g.stops[len(g.stops)-1].hint {
				return false
			}
			g.stops = append(g.stops, stopSpec{pos: l, hasPos: true, hint: true})
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
			l, ok := g.parseStopPosition(c)
			if !ok {
				return false
			}
			s.pos, s.hasPos = l, true
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
	if g.pos != nil && len(g.pos.args) == 2 {
		out.Position = [2]Length{c.calcLength(g.pos.args[0]), c.calcLength(g.pos.args[1])}
	}
	out.Stops = make([]ColorStop, len(g.stops))
	for i, s := range g.stops {
		st := ColorStop{Color: s.color, Position: Auto, Hint: s.hint}
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
	// TODO(spec): local is painted as scroll (no scrolling boxes).
	enumKeywords[pBackgroundAttachment] = map[string]int32{"scroll": 0, "fixed": 1, "local": 0}
	enumKeywords[pObjectFit] = map[string]int32{"fill": int32(ObjectFitFill), "contain": int32(ObjectFitContain),
		"cover": int32(ObjectFitCover), "none": int32(ObjectFitNone), "scale-down": int32(ObjectFitScaleDown)}
	enumKeywords[pImageRendering] = map[string]int32{"auto": int32(ImageRenderingAuto), "smooth": int32(ImageRenderingSmooth),
		"high-quality": int32(ImageRenderingHighQuality), "crisp-edges": int32(ImageRenderingCrispEdges),
		"-webkit-optimize-contrast": int32(ImageRenderingCrispEdges), "-moz-crisp-edges": int32(ImageRenderingCrispEdges),
		"pixelated": int32(ImageRenderingPixelated), "optimizespeed": int32(ImageRenderingPixelated),
		"optimizequality": int32(ImageRenderingSmooth)}
}

// isImageProp reports whether id is one of the replaced-content longhands
// of this file or background-attachment.
func isImageProp(id propID) bool {
	return id == pObjectFit || id == pObjectPosition || id == pImageRendering || id == pBackgroundAttachment
}

// computeImageProp computes object-fit, object-position (parsed by
// parsePosition, as background-position) and image-rendering.
func (c *computer) computeImageProp(id propID, v *value) {
	s := c.s
	switch id {
	case pObjectFit:
		s.ObjectFit = ObjectFit(v.i)
	case pBackgroundAttachment:
		s.BackgroundFixed = v.i == 1
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
	case pBackgroundAttachment:
		dst.BackgroundFixed = src.BackgroundFixed
	case pImageRendering:
		dst.ImageRendering = src.ImageRendering
	case pObjectPosition:
		dst.ObjectPosition = src.ObjectPosition
	}
}
