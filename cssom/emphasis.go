package cssom

// Emphasis marks (CSS Text Decoration 3 §3,
// https://www.w3.org/TR/css-text-decor-3/#emphasis-marks):
// text-emphasis-style, text-emphasis-color, text-emphasis-position and the
// text-emphasis shorthand; their grammars, computation and inheritance
// (computeLayerProp and copyLayerProp in layers.go and inheritFont4Props
// in font4.go chain to the hooks here, which chain to transformbox.go's). Layout places the marks
// (layout/emphasis.go); paint draws them.

import (
	"strings"
	"unicode"

	"github.com/tdewolff/parse/v2/css"
)

// EmphasisShape is the shape keyword of text-emphasis-style.
// https://www.w3.org/TR/css-text-decor-3/#text-emphasis-style-property
type EmphasisShape uint8

// The text-emphasis-style shapes; EmphasisNone is none (the initial
// value) and EmphasisString a <string> mark.
const (
	EmphasisNone EmphasisShape = iota
	EmphasisDot
	EmphasisCircle
	EmphasisDoubleCircle
	EmphasisTriangle
	EmphasisSesame
	EmphasisString
)

// emphasisShapeNames are the shape keywords, indexed by EmphasisShape.
var emphasisShapeNames = [...]string{"none", "dot", "circle", "double-circle", "triangle", "sesame"}

// emphasisMarks are the marks of the shapes, filled then open, indexed by
// EmphasisShape (https://www.w3.org/TR/css-text-decor-3/#valdef-text-emphasis-style-dot
// and the following values).
var emphasisMarks = [...][2]string{
	EmphasisDot:          {"\u2022", "\u25e6"},
	EmphasisCircle:       {"\u25cf", "\u25cb"},
	EmphasisDoubleCircle: {"\u25c9", "\u25ce"},
	EmphasisTriangle:     {"\u25b2", "\u25b3"},
	EmphasisSesame:       {"\ufe45", "\ufe46"},
}

// TextEmphasis is the computed value of the emphasis mark longhands (all
// inherited). Its zero value is their initial values: none, currentColor,
// over right.
type TextEmphasis struct {
	// Shape is text-emphasis-style's shape (EmphasisNone for none,
	// EmphasisString for a <string>); Open says open rather than filled.
	Shape EmphasisShape
	Open  bool
	// Str is the <string> of a string mark.
	Str string
	// Color is text-emphasis-color when HasColor; otherwise the colour is
	// currentColor, which computes to itself (so that it inherits as
	// the keyword) and is resolved by EmphasisColor.
	Color    Color
	HasColor bool
	// Under and Left are text-emphasis-position: under rather than over,
	// left rather than right (left and right matter in vertical writing
	// modes only).
	Under, Left bool
}

// Mark returns the emphasis mark's text: the character of the shape, or
// the first character of the <string> with its combining marks ("The UA
// may truncate or ignore strings consisting of more than one grapheme
// cluster"; AD-HOC: a character and the marks that follow it stand for
// a grapheme cluster); "" for none.
func (e TextEmphasis) Mark() string {
	switch {
	case e.Shape == EmphasisString:
		return firstCharacterUnit(e.Str)
	case e.Shape == EmphasisNone || int(e.Shape) >= len(emphasisMarks):
		return ""
	case e.Open:
		return emphasisMarks[e.Shape][1]
	}
	return emphasisMarks[e.Shape][0]
}

// firstCharacterUnit returns the first character of s with the
// combining marks and joiners that follow it.
func firstCharacterUnit(s string) string {
	for i, r := range s {
		if i > 0 && !unicode.Is(unicode.M, r) && r != '\u200d' {
			return s[:i]
		}
	}
	return s
}

// EmphasisColor returns the used colour of s's emphasis marks:
// text-emphasis-color, with currentColor resolved to s's color.
func (s *ComputedStyle) EmphasisColor() Color {
	if s.TextEmphasis.HasColor {
		return s.TextEmphasis.Color
	}
	return s.Color
}

func init() {
	addLonghandNames(map[string]propID{
		"text-emphasis-style": pTextEmphasisStyle, "-webkit-text-emphasis-style": pTextEmphasisStyle,
		"text-emphasis-color": pTextEmphasisColor, "-webkit-text-emphasis-color": pTextEmphasisColor,
		"text-emphasis-position": pTextEmphasisPosition, "-webkit-text-emphasis-position": pTextEmphasisPosition,
	})
	shorthands["text-emphasis"] = []propID{pTextEmphasisStyle, pTextEmphasisColor}
	shorthands["-webkit-text-emphasis"] = shorthands["text-emphasis"]
}

// addEmphasisGetters registers the computed values of this file's
// longhands and transformbox.go's for getComputedStyle (resolved.go).
func addEmphasisGetters(g getterTable) {
	g["text-emphasis-style"] = func(s *ComputedStyle) string { return emphasisStyleText(s.TextEmphasis) }
	g["text-emphasis-color"] = func(s *ComputedStyle) string { return rgbText(s.EmphasisColor()) }
	g["text-emphasis-position"] = func(s *ComputedStyle) string {
		// As Chromium serializes it: right, the default side, omitted.
		return [2]string{"over", "under"}[b2i(s.TextEmphasis.Under)] + [2]string{"", " left"}[b2i(s.TextEmphasis.Left)]
	}
	addTransformBoxGetters(g)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// emphasisStyleText serializes a computed text-emphasis-style as
// Chromium does: filled, the default, omitted.
func emphasisStyleText(e TextEmphasis) string {
	switch {
	case e.Shape == EmphasisString:
		return `"` + strings.ReplaceAll(strings.ReplaceAll(e.Str, `\`, `\\`), `"`, `\"`) + `"`
	case e.Shape == EmphasisNone || int(e.Shape) >= len(emphasisShapeNames):
		return "none"
	case e.Open:
		return "open " + emphasisShapeNames[e.Shape]
	}
	return emphasisShapeNames[e.Shape]
}

// emphasisShorthandText serializes the text-emphasis shorthand from the
// computed longhands, as getComputedStyle gives it: style then colour.
func emphasisShorthandText(s *ComputedStyle) string {
	return emphasisStyleText(s.TextEmphasis) + " " + rgbText(s.EmphasisColor())
}

// Specified values: text-emphasis-style is a vEnum whose i packs the
// shape and open (shape<<1 | open) and whose str is a <string> mark;
// text-emphasis-position is a vEnum whose i packs under<<1 | left.

// parseEmphasisStyle parses
// none | [ [ filled | open ] || [ dot | circle | double-circle | triangle | sesame ] ] | <string>.
// https://www.w3.org/TR/css-text-decor-3/#text-emphasis-style-property
func parseEmphasisStyle(comps [][]tok) (value, bool) {
	if len(comps) == 1 && len(comps[0]) == 1 && comps[0][0].t == css.StringToken {
		return value{kind: vEnum, i: int32(EmphasisString) << 1, str: unquote(comps[0][0].s)}, true
	}
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vEnum, i: int32(EmphasisNone) << 1}, true
	}
	if len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	shape, fill := EmphasisNone, ""
	for _, c := range comps {
		switch kw := ident(c); kw {
		case "filled", "open":
			if fill != "" {
				return value{}, false
			}
			fill = kw
		default:
			s := emphasisShapeByName(kw)
			if s == EmphasisNone || shape != EmphasisNone {
				return value{}, false
			}
			shape = s
		}
	}
	if shape == EmphasisNone {
		// "If only filled or open is specified, the shape keyword
		// computes to circle in horizontal typographic modes and sesame
		// in vertical typographic modes." TODO(spec): sesame in vertical
		// writing modes, which Pane does not lay out.
		shape = EmphasisCircle
	}
	// "If a shape keyword is specified but neither of filled nor open is
	// specified, filled is assumed."
	return value{kind: vEnum, i: int32(shape)<<1 | int32(b2i(fill == "open"))}, true
}

func emphasisShapeByName(kw string) EmphasisShape {
	for i, n := range emphasisShapeNames {
		if i > 0 && n == kw {
			return EmphasisShape(i)
		}
	}
	return EmphasisNone
}

// parseEmphasisPosition parses [ over | under ] && [ right | left ]?
// (the optional side of CSS Text Decoration 4, as browsers accept it).
// https://www.w3.org/TR/css-text-decor-4/#text-emphasis-position-property
func parseEmphasisPosition(comps [][]tok) (value, bool) {
	if len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	var over, side string
	for _, c := range comps {
		switch kw := ident(c); kw {
		case "over", "under":
			if over != "" {
				return value{}, false
			}
			over = kw
		case "right", "left":
			if side != "" {
				return value{}, false
			}
			side = kw
		default:
			return value{}, false
		}
	}
	if over == "" {
		return value{}, false
	}
	return value{kind: vEnum, i: int32(b2i(over == "under"))<<1 | int32(b2i(side == "left"))}, true
}

// parseEmphasisColor parses <color>.
func parseEmphasisColor(comps [][]tok) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	col, cur, ok := parseColor(comps[0])
	if cur {
		return value{kind: vCurrentColor}, ok
	}
	return value{kind: vColor, color: col}, ok
}

// parseEmphasisLonghand parses the longhands of this file and of
// transformbox.go.
func parseEmphasisLonghand(id propID, comps [][]tok) (value, bool) {
	switch id {
	case pTextEmphasisStyle:
		return parseEmphasisStyle(comps)
	case pTextEmphasisColor:
		return parseEmphasisColor(comps)
	case pTextEmphasisPosition:
		return parseEmphasisPosition(comps)
	}
	return parseTransformBoxLonghand(id, comps)
}

// parseTextEmphasis parses the text-emphasis shorthand:
// <'text-emphasis-style'> || <'text-emphasis-color'>.
// https://www.w3.org/TR/css-text-decor-3/#text-emphasis-property
func parseTextEmphasis(comps [][]tok) ([]longhand, bool) {
	style := value{kind: vEnum, i: int32(EmphasisNone) << 1}
	color := value{kind: vCurrentColor}
	first, last, colorSeen := -1, -1, false
	for i, c := range comps {
		if v, ok := parseEmphasisColor([][]tok{c}); ok {
			if colorSeen {
				return nil, false
			}
			color, colorSeen = v, true
			continue
		}
		if first < 0 {
			first = i
		}
		last = i
	}
	switch {
	case first >= 0:
		// The style's components are contiguous (the color is before or
		// after them).
		v, ok := parseEmphasisStyle(comps[first : last+1])
		if !ok {
			return nil, false
		}
		style = v
	case !colorSeen:
		return nil, false
	}
	return []longhand{{pTextEmphasisStyle, style}, {pTextEmphasisColor, color}}, true
}

// computeEmphasisProp computes the longhands of this file; it reports
// whether id was one of them.
func (c *computer) computeEmphasisProp(id propID, v *value) bool {
	e := &c.s.TextEmphasis
	switch id {
	case pTextEmphasisStyle:
		e.Shape, e.Open, e.Str = EmphasisShape(v.i>>1), v.i&1 == 1, v.str
	case pTextEmphasisColor:
		e.Color, e.HasColor = v.color, v.kind == vColor
	case pTextEmphasisPosition:
		e.Under, e.Left = v.i>>1 == 1, v.i&1 == 1
	default:
		return c.computeTransformBoxProp(id, v)
	}
	return true
}

// copyEmphasisProp copies the longhands of this file; it reports whether
// id was one of them.
func copyEmphasisProp(id propID, dst, src *ComputedStyle) bool {
	d, s := &dst.TextEmphasis, &src.TextEmphasis
	switch id {
	case pTextEmphasisStyle:
		d.Shape, d.Open, d.Str = s.Shape, s.Open, s.Str
	case pTextEmphasisColor:
		d.Color, d.HasColor = s.Color, s.HasColor
	case pTextEmphasisPosition:
		d.Under, d.Left = s.Under, s.Left
	default:
		return copyTransformBoxProp(id, dst, src)
	}
	return true
}

// inheritEmphasisProps copies the inherited longhands of this file from
// parent (InheritFrom); all of them inherit.
func inheritEmphasisProps(s, parent *ComputedStyle) {
	s.TextEmphasis = parent.TextEmphasis
}
