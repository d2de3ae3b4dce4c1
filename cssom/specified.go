package cssom

// Specified values serialized as the CSSOM gives them to scripts
// (https://drafts.csswg.org/cssom/#serializing-css-values): element.style,
// CSSStyleRule.style and cssText. The value is re-serialized from its
// tokens: numbers canonical, keywords lower case, colours in rgb() unless
// written as a keyword, strings and url()s double-quoted, math functions
// simplified (specifiedcalc.go), white space normalized. A few longhands
// have a canonical form of their own (specifiedfixup.go). The outputs
// follow Chromium where the specification leaves a choice.
//
// TODO(spec): a unitless 0 angle inside rotate3d() and conic gradients,
// lab()/lch() channels other than the lightness, sums holding nested
// min()/max() or var() (written as they are, not simplified), and the
// white space around commas and "/" that the declaration parser drops
// (values with var() get ", ", Chromium keeps what was written).

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// specifiedText serializes a specified value of property prop (a
// longhand, or a property Pane keeps without a longhand model) from its
// tokens.
func specifiedText(prop string, toks []tok) string {
	if strings.HasPrefix(prop, "--") {
		return strings.TrimSpace(tokensTextOf(toks))
	}
	if containsVar(toks) {
		// https://drafts.csswg.org/css-variables-1/#serializing-custom-props:
		// a value with var() is kept as written, white space normalized
		// (AD-HOC: one space after each comma, as Chromium writes it).
		closed := lexValue(closeOpenText(tokensTextOf(toks)))
		return strings.TrimSpace(tokensTextOf(commaSpaces(normalizeWS(closed))))
	}
	comps := components(toks)
	if len(comps) == 1 && comps[0][0].t == css.IdentToken {
		if _, global := globalKeyword(comps[0][0].s); global {
			return strings.ToLower(comps[0][0].s)
		}
	}
	if prop == "font-family" {
		return familyListText(comps)
	}
	w := specWriter{zero: zeroUnit(prop), keepCase: customIdentProps[prop], integers: integerProps[prop]}
	layers := splitCommaComps(comps)
	for i, layer := range layers {
		if i > 0 {
			w.b.WriteString(", ")
		}
		layer = fixupLayer(prop, layer)
		w.writeComps(layer)
	}
	return w.b.String()
}

// normalizeWS collapses white space runs to one space.
func normalizeWS(toks []tok) []tok {
	out := make([]tok, 0, len(toks))
	for _, t := range toks {
		if t.t == css.WhitespaceToken || t.t == css.CommentToken {
			if len(out) > 0 && out[len(out)-1].t != css.WhitespaceToken {
				out = append(out, tok{css.WhitespaceToken, " "})
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// commaSpaces puts one space after each comma.
func commaSpaces(toks []tok) []tok {
	out := make([]tok, 0, len(toks))
	for i, t := range toks {
		out = append(out, t)
		if t.t == css.CommaToken && (i+1 >= len(toks) || toks[i+1].t != css.WhitespaceToken) {
			out = append(out, tok{css.WhitespaceToken, " "})
		}
	}
	return out
}

// splitCommaComps splits components at top-level commas.
func splitCommaComps(comps [][]tok) [][][]tok {
	var out [][][]tok
	start := 0
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.CommaToken {
			out = append(out, comps[start:i])
			start = i + 1
		}
	}
	return append(out, comps[start:])
}

// specWriter writes canonical component values.
type specWriter struct {
	b strings.Builder
	// zero is the unit a bare 0 gets ("px" where a length is expected):
	// Chromium serializes the length 0 as "0px".
	zero string
	// keepCase keeps identifiers that are not known keywords as written
	// (custom identifiers are case-sensitive).
	keepCase bool
	// integers writes integer tokens with all their digits: the
	// property's numbers are <integer>s (integerProps).
	integers bool
}

// integerProps are the properties whose numbers are <integer>s, which
// Chromium serializes with all their digits (z-index: 1000000) where a
// <number> gets six significant digits (opacity: 1e+06), measured in
// Chromium 156.
var integerProps = map[string]bool{
	"z-index": true, "order": true, "grid-row-start": true, "grid-row-end": true, "grid-column-start": true,
	"grid-column-end": true, "grid-row": true, "grid-column": true, "grid-area": true, "column-count": true,
	"orphans": true, "widows": true, "counter-reset": true, "counter-increment": true, "counter-set": true,
	"-webkit-line-clamp": true, "line-clamp": true,
}

// writeComps writes components separated by one space, with ", " after
// commas.
func (w *specWriter) writeComps(comps [][]tok) {
	for i, c := range comps {
		comma := len(c) == 1 && c[0].t == css.CommaToken
		if i > 0 && !comma {
			w.b.WriteByte(' ')
		}
		w.writeComp(c)
	}
}

// writeComp writes one component value.
func (w *specWriter) writeComp(c []tok) {
	t := c[0]
	switch t.t {
	case css.IdentToken:
		w.b.WriteString(w.identText(t.s))
	case css.NumberToken:
		v, _ := strconv.ParseFloat(t.s, 64)
		if n, err := strconv.ParseInt(t.s, 10, 64); err == nil && w.integers {
			// An <integer> stays one: grid-area: 1000000 must not
			// become 1e+06, which is no integer when parsed back.
			w.b.WriteString(strconv.FormatInt(n, 10))
		} else {
			w.b.WriteString(formatNumber(v))
		}
		if v == 0 && w.zero != "" {
			w.b.WriteString(w.zero)
		}
	case css.PercentageToken, css.DimensionToken:
		w.b.WriteString(dimensionText(t))
	case css.HashToken:
		if col, ok := parseHex(t.s[1:]); ok {
			w.b.WriteString(colorText(col))
		} else {
			w.b.WriteString(t.s)
		}
	case css.StringToken:
		writeCSSString(&w.b, stringTokenValue(t.s))
	case css.URLToken:
		w.b.WriteString("url(")
		writeCSSString(&w.b, urlTokenValue(t.s))
		w.b.WriteByte(')')
	case css.FunctionToken:
		w.writeFunction(c)
	case css.LeftBracketToken, css.LeftParenthesisToken:
		w.b.WriteString(t.s)
		w.writeComps(components(blockInside(c)))
		w.b.WriteString(map[string]string{"[": "]", "(": ")"}[t.s])
	default:
		w.b.WriteString(tokensTextOf(c))
	}
}

// blockInside returns the tokens between a block's opening token and its
// closing one.
func blockInside(c []tok) []tok {
	if len(c) < 2 {
		return nil
	}
	last := c[len(c)-1].t
	if last == css.RightBracketToken || last == css.RightParenthesisToken || last == css.RightBraceToken {
		return c[1 : len(c)-1]
	}
	return c[1:]
}

// dimensionText writes a dimension or percentage token canonically:
// "1.0PX" ▶ "1px".
func dimensionText(t tok) string {
	v, u, ok := splitDimension(t.s)
	if !ok {
		return t.s
	}
	return formatNumber(v) + strings.ToLower(u)
}

// writeFunction writes a function: colours as rgb(), math functions
// simplified, the others with canonical arguments.
func (w *specWriter) writeFunction(c []tok) {
	name := strings.ToLower(c[0].s)
	switch name {
	case "rgb(", "rgba(", "hsl(", "hsla(", "hwb(":
		if col, cur, ok := parseColor(c); ok && !cur {
			w.b.WriteString(colorText(col))
			return
		}
	case "calc(", "-webkit-calc(", "-moz-calc(", "min(", "max(", "clamp(":
		if s, ok := calcText(c); ok {
			w.b.WriteString(s)
			return
		}
	case "url(":
		if u, ok := parseURLComponent(c); ok {
			w.b.WriteString("url(")
			writeCSSString(&w.b, u)
			w.b.WriteByte(')')
			return
		}
	}
	inner := specWriter{zero: functionZeroUnit(name), keepCase: w.keepCase}
	args := components(funcArgs(c))
	switch name {
	case "drop-shadow(":
		args = shadowOrder(args)
	case "linear-gradient(", "repeating-linear-gradient(":
		args = dropDefaultDirection(args)
	case "radial-gradient(", "repeating-radial-gradient(":
		args = dropDefaultCenter(args)
	case "lab(", "lch(", "oklab(", "oklch(":
		args = lightnessNumber(name, args)
	case "grayscale(", "sepia(", "invert(", "opacity(":
		args = clampAmount(args)
	}
	inner.writeComps(args)
	if n, ok := transformFunctionNames[name]; ok {
		name = n
	}
	w.b.WriteString(name)
	w.b.WriteString(inner.b.String())
	w.b.WriteByte(')')
}

// identText lower-cases an identifier, but keeps a custom identifier of a
// property that takes them as written.
func (w *specWriter) identText(s string) string {
	lower := strings.ToLower(s)
	if strings.HasPrefix(s, "--") {
		return s // a dashed identifier is case-sensitive
	}
	if !w.keepCase || identKeywords[lower] {
		return lower
	}
	return s
}

// formatNumber writes a number as Chromium does: at most six significant
// digits, an exponent for the very large and very small, no "-0".
func formatNumber(v float64) string {
	if v == 0 {
		return "0"
	}
	return strconv.FormatFloat(v, 'g', 6, 64)
}

// colorText serializes an sRGB colour as rgb() or rgba()
// (https://drafts.csswg.org/css-color-4/#serializing-sRGB-values): the
// alpha with two decimals when they give back the same byte, else three.
func colorText(c Color) string {
	rgb := strconv.Itoa(int(c.R)) + ", " + strconv.Itoa(int(c.G)) + ", " + strconv.Itoa(int(c.B))
	if c.A == 255 {
		return "rgb(" + rgb + ")"
	}
	return "rgba(" + rgb + ", " + alphaText(c.A) + ")"
}

func alphaText(a uint8) string {
	two := float64(int(float64(a)/255*100+0.5)) / 100
	if uint8(two*255+0.5) == a {
		return strconv.FormatFloat(two, 'f', -1, 64)
	}
	three := float64(int(float64(a)/255*1000+0.5)) / 1000
	return strconv.FormatFloat(three, 'f', -1, 64)
}

// zeroUnit returns the unit a bare 0 of property prop is serialized with:
// "px" for the properties whose 0 is a length.
func zeroUnit(prop string) string {
	if lengthZeroProps[prop] || strings.HasPrefix(prop, "margin") || strings.HasPrefix(prop, "padding") ||
		strings.HasPrefix(prop, "inset") || strings.HasPrefix(prop, "scroll-margin") || strings.HasPrefix(prop, "scroll-padding") ||
		strings.HasSuffix(prop, "-width") && prop != "column-width" && prop != "border-image-width" || strings.HasSuffix(prop, "-radius") ||
		strings.HasSuffix(prop, "-gap") || strings.HasPrefix(prop, "grid-template-") || strings.HasPrefix(prop, "grid-auto-") && prop != "grid-auto-flow" {
		return "px"
	}
	return ""
}

// lengthZeroProps are the other properties whose bare 0 is a length.
var lengthZeroProps = map[string]bool{
	"width": true, "height": true, "min-width": true, "min-height": true, "max-width": true, "max-height": true,
	"top": true, "right": true, "bottom": true, "left": true, "outline-offset": true, "border-spacing": true,
	"background-position": true, "background-position-x": true, "background-position-y": true, "background-size": true,
	"object-position": true, "transform-origin": true, "perspective-origin": true, "letter-spacing": true,
	"word-spacing": true, "text-indent": true, "vertical-align": true, "font-size": true, "flex-basis": true,
	"gap": true, "box-shadow": true, "text-shadow": true, "column-width": true, "text-underline-offset": true,
	"text-decoration-thickness": true, "perspective": true, "shape-margin": true, "block-size": true,
	"inline-size": true, "min-block-size": true, "min-inline-size": true, "max-block-size": true,
	"max-inline-size": true, "translate": true, "mask-position": true, "mask-size": true,
}

// functionZeroUnit returns the unit a bare 0 gets inside function name.
func functionZeroUnit(name string) string {
	switch name {
	case "translate(", "translatex(", "translatey(", "translatez(", "translate3d(", "blur(", "drop-shadow(",
		"inset(", "perspective(", "rect(", "radial-gradient(", "repeating-radial-gradient(", "linear-gradient(",
		"repeating-linear-gradient(":
		return "px"
	case "rotate(", "rotatex(", "rotatey(", "rotatez(", "skew(", "skewx(", "skewy(", "hue-rotate(":
		return "deg"
	}
	return ""
}

// customIdentProps are the properties whose identifiers may be custom
// identifiers, case-sensitive.
var customIdentProps = map[string]bool{
	"animation": true, "animation-name": true, "grid-area": true, "grid-row": true, "grid-column": true,
	"grid-row-start": true, "grid-row-end": true, "grid-column-start": true, "grid-column-end": true,
	"grid-template-columns": true, "grid-template-rows": true, "grid-template": true, "grid": true,
	"counter-reset": true, "counter-increment": true, "counter-set": true, "list-style-type": true,
	"list-style": true, "container-name": true, "container": true, "view-transition-name": true,
	"will-change": true, "anchor-name": true,
	"position-anchor": true, "font-feature-settings": true, "font-palette": true,
}

// identKeywords are the keywords lower-cased even where custom identifiers
// are kept as written.
var identKeywords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`auto none normal inherit initial unset revert revert-layer span
		infinite alternate alternate-reverse reverse forwards backwards both running paused ease ease-in
		ease-out ease-in-out linear step-start step-end all inside outside disc circle square decimal
		lower-alpha upper-alpha lower-roman upper-roman lower-latin upper-latin lower-greek
		decimal-leading-zero armenian georgian subgrid masonry dense row column`) {
		m[w] = true
	}
	return m
}()

// familyListText serializes a font-family list
// (https://drafts.csswg.org/cssom/#serialize-a-css-value): a family name
// as an identifier sequence when it is one, else as a string; generic
// families lower case.
func familyListText(comps [][]tok) string {
	var parts []string
	for _, layer := range splitCommaComps(comps) {
		if len(layer) == 1 && layer[0][0].t == css.StringToken {
			parts = append(parts, familyNameText(stringTokenValue(layer[0][0].s)))
			continue
		}
		if len(layer) == 1 && genericFamilies[ident(layer[0])] {
			parts = append(parts, ident(layer[0]))
			continue
		}
		var words []string
		for _, c := range layer {
			words = append(words, unescape(tokensTextOf(c)))
		}
		name := strings.Join(words, " ")
		if len(words) > 1 || !isPlainIdent(name) {
			var b strings.Builder
			writeCSSString(&b, name)
			name = b.String()
		}
		parts = append(parts, name)
	}
	return strings.Join(parts, ", ")
}

// familyNameText writes a quoted family name: bare when it is one
// identifier that is not a keyword, else quoted.
func familyNameText(name string) string {
	if isPlainIdent(name) && !genericFamilies[strings.ToLower(name)] {
		if _, global := globalKeyword(name); !global && !strings.EqualFold(name, "default") {
			return name
		}
	}
	var b strings.Builder
	writeCSSString(&b, name)
	return b.String()
}

// transformFunctionNames are the transform functions' names in their
// canonical case.
var transformFunctionNames = func() map[string]string {
	m := map[string]string{}
	for _, n := range strings.Fields(`translateX translateY translateZ translate3d scaleX scaleY scaleZ scale3d
		rotateX rotateY rotateZ rotate3d skewX skewY matrix3d`) {
		m[strings.ToLower(n)+"("] = n + "("
	}
	return m
}()

// dropDefaultDirection leaves out a linear gradient's default direction
// ("to bottom", 180deg) and writes a unitless 0 angle as 0deg.
func dropDefaultDirection(args [][]tok) [][]tok {
	for i, c := range args {
		if len(c) == 1 && c[0].t == css.CommaToken {
			dir := args[:i]
			if len(dir) == 1 && strings.EqualFold(dir[0][0].s, "180deg") ||
				len(dir) == 2 && ident(dir[0]) == "to" && ident(dir[1]) == "bottom" {
				return args[i+1:]
			}
			if v, ok := number(dir[0][0]); len(dir) == 1 && ok && v == 0 {
				// The angle 0, not a length: "0deg".
				return append([][]tok{{{css.DimensionToken, "0deg"}}}, args[i:]...)
			}
			return args
		}
	}
	return args
}

// dropDefaultCenter leaves out a radial gradient's default position
// ("at center", "at center center").
func dropDefaultCenter(args [][]tok) [][]tok {
	for i, c := range args {
		if len(c) == 1 && c[0].t == css.CommaToken {
			shape := args[:i]
			for j, s := range shape {
				rest := shape[j+1:]
				if ident(s) != "at" || len(rest) == 0 || len(rest) > 2 || ident(rest[0]) != "center" ||
					len(rest) == 2 && ident(rest[1]) != "center" {
					continue
				}
				if j == 0 {
					return args[i+1:]
				}
				return append(append([][]tok(nil), shape[:j]...), args[i:]...)
			}
			return args
		}
	}
	return args
}

// clampAmount clamps the amount of a filter function that cannot exceed
// 1 (https://drafts.fxtf.org/filter-effects-1/#funcdef-filter-grayscale:
// "values of amount over 100% are allowed but UAs must clamp").
func clampAmount(args [][]tok) [][]tok {
	if len(args) != 1 || args[0][0].t != css.NumberToken && args[0][0].t != css.PercentageToken {
		return args
	}
	v, _, _ := splitDimension(args[0][0].s)
	switch {
	case args[0][0].t == css.NumberToken && v > 1:
		return [][]tok{{{css.NumberToken, "1"}}}
	case args[0][0].t == css.PercentageToken && v > 100:
		return [][]tok{{{css.PercentageToken, "100%"}}}
	}
	return args
}

// lightnessNumber writes a Lab or OkLab lightness percentage as the
// number it stands for (https://drafts.csswg.org/css-color-4/#serializing-lab-lch).
func lightnessNumber(name string, args [][]tok) [][]tok {
	if len(args) == 0 || args[0][0].t != css.PercentageToken {
		return args
	}
	v, _, _ := splitDimension(args[0][0].s)
	if name == "oklab(" || name == "oklch(" {
		v /= 100
	}
	out := append([][]tok{{{css.NumberToken, formatNumber(v)}}}, args[1:]...)
	return out
}

// stringTokenValue returns the value of a string token: the quotes
// removed (the closing one only when it is not escaped) and escapes
// decoded.
func stringTokenValue(s string) string {
	if s == "" || s[0] != '"' && s[0] != '\'' {
		return unescape(s)
	}
	q, body := s[0], s[1:]
	if n := len(body); n > 0 && body[n-1] == q {
		slashes := 0
		for i := n - 2; i >= 0 && body[i] == '\\'; i-- {
			slashes++
		}
		if slashes%2 == 0 {
			body = body[:n-1]
		}
	}
	return unescape(body)
}
