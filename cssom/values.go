package cssom

// This file holds the value-level parsing shared by all properties: tokens,
// component values, numbers, dimensions, lengths, calc() and url()
// (https://www.w3.org/TR/css-values-4/).

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2/css"
)

// tok is one token of a declaration value, copied out of the parser.
type tok struct {
	t css.TokenType
	s string
}

func convertTokens(vals []css.Token) []tok {
	out := make([]tok, 0, len(vals))
	for _, v := range vals {
		out = append(out, tok{v.TokenType, string(v.Data)})
	}
	return out
}

// tokensTextOf joins the raw text of tokens.
func tokensTextOf(toks []tok) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.s)
	}
	return b.String()
}

// cursor walks a token slice.
type cursor struct {
	toks []tok
	i    int
}

func (c *cursor) peek() tok {
	if c.i < len(c.toks) {
		return c.toks[c.i]
	}
	return tok{t: css.ErrorToken}
}

func (c *cursor) next() tok {
	t := c.peek()
	if c.i < len(c.toks) {
		c.i++
	}
	return t
}

func (c *cursor) skipWS() {
	for c.i < len(c.toks) && (c.toks[c.i].t == css.WhitespaceToken || c.toks[c.i].t == css.CommentToken) {
		c.i++
	}
}

func (c *cursor) rest() []tok { return c.toks[c.i:] }

// stripImportant removes a trailing "!important" and reports whether it was
// there (https://www.w3.org/TR/css-syntax-3/#consume-declaration, step 6).
func stripImportant(toks []tok) ([]tok, bool) {
	n := len(toks)
	for n > 0 && toks[n-1].t == css.WhitespaceToken {
		n--
	}
	if n >= 2 && toks[n-1].t == css.IdentToken && strings.EqualFold(toks[n-1].s, "important") {
		j := n - 2
		for j >= 0 && toks[j].t == css.WhitespaceToken {
			j--
		}
		if j >= 0 && toks[j].t == css.DelimToken && toks[j].s == "!" {
			k := j
			for k > 0 && toks[k-1].t == css.WhitespaceToken {
				k--
			}
			return toks[:k], true
		}
	}
	return toks[:n], false
}

// components splits tokens into component values: a function or a
// parenthesized block with its contents is one component, white space is
// dropped, every other token is its own component.
func components(toks []tok) [][]tok {
	var out [][]tok
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.t {
		case css.WhitespaceToken, css.CommentToken:
			i++
			continue
		case css.FunctionToken, css.LeftParenthesisToken, css.LeftBracketToken:
			j := matchingEnd(toks, i)
			out = append(out, toks[i:j])
			i = j
			continue
		}
		out = append(out, toks[i:i+1])
		i++
	}
	return out
}

// matchingEnd returns the index after the token closing the block opened at
// toks[i] (or len(toks) when it is unclosed).
func matchingEnd(toks []tok, i int) int {
	level := 0
	for j := i; j < len(toks); j++ {
		switch toks[j].t {
		case css.FunctionToken, css.LeftParenthesisToken, css.LeftBracketToken, css.LeftBraceToken:
			level++
		case css.RightParenthesisToken, css.RightBracketToken, css.RightBraceToken:
			level--
			if level == 0 {
				return j + 1
			}
		}
	}
	return len(toks)
}

// splitCommas splits tokens at top-level commas.
func splitCommas(toks []tok) [][]tok {
	return splitAtCommas(toks, func(t tok) css.TokenType { return t.t })
}

// splitAtCommas splits a token list at the commas outside blocks and
// functions; typ reads a token's type, so one splitter serves the parser's
// css.Tokens and the value tokens.
func splitAtCommas[T any](toks []T, typ func(T) css.TokenType) [][]T {
	var out [][]T
	level, start := 0, 0
	for j, t := range toks {
		switch typ(t) {
		case css.FunctionToken, css.LeftParenthesisToken, css.LeftBracketToken, css.LeftBraceToken:
			level++
		case css.RightParenthesisToken, css.RightBracketToken, css.RightBraceToken:
			level--
		case css.CommaToken:
			if level == 0 {
				out = append(out, toks[start:j])
				start = j + 1
			}
		}
	}
	return append(out, toks[start:])
}

func isFunc(c []tok, name string) bool {
	return len(c) > 0 && c[0].t == css.FunctionToken && strings.EqualFold(c[0].s, name)
}

// funcArgs returns the tokens between a function token and its ")".
func funcArgs(c []tok) []tok {
	if len(c) < 2 {
		return nil
	}
	if c[len(c)-1].t == css.RightParenthesisToken {
		return c[1 : len(c)-1]
	}
	return c[1:]
}

// unescape decodes CSS escapes in an identifier
// (https://www.w3.org/TR/css-syntax-3/#consume-escaped-code-point).
func unescape(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			i++
			continue
		}
		i++
		if i >= len(s) {
			b.WriteRune(utf8.RuneError)
			break
		}
		if s[i] == '\n' {
			i++
			continue
		}
		n, v := 0, 0
		for n < 6 && i+n < len(s) && isHex(s[i+n]) {
			h, _ := strconv.ParseUint(s[i+n:i+n+1], 16, 8)
			v = v*16 + int(h)
			n++
		}
		if n == 0 {
			r, size := utf8.DecodeRuneInString(s[i:])
			b.WriteRune(r)
			i += size
			continue
		}
		i += n
		if i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
		if v == 0 || v > 0x10FFFF || v >= 0xD800 && v <= 0xDFFF {
			v = utf8.RuneError
		}
		b.WriteRune(rune(v))
	}
	return b.String()
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f' }

// unquote returns the value of a string token (quotes removed, escapes
// decoded).
func unquote(s string) string {
	if len(s) >= 1 && (s[0] == '"' || s[0] == '\'') {
		q := s[0]
		s = s[1:]
		if len(s) > 0 && s[len(s)-1] == q && !strings.HasSuffix(s, "\\"+string(q)) {
			s = s[:len(s)-1]
		}
	}
	return unescape(s)
}

// urlTokenValue returns the URL of a url token ("url(x)" or `url( "x" )`).
func urlTokenValue(s string) string {
	i := strings.IndexByte(s, '(')
	if i < 0 {
		return ""
	}
	s = strings.TrimSuffix(s[i+1:], ")")
	s = strings.Trim(s, " \t\n\r\f")
	if len(s) > 0 && (s[0] == '"' || s[0] == '\'') {
		return unquote(s)
	}
	return unescape(s)
}

// parseURLComponent returns the URL of a url token or url("...") function.
func parseURLComponent(c []tok) (string, bool) {
	if len(c) == 1 && c[0].t == css.URLToken {
		return urlTokenValue(c[0].s), true
	}
	if isFunc(c, "url(") || isFunc(c, "src(") {
		for _, t := range funcArgs(c) {
			if t.t == css.StringToken {
				return unquote(t.s), true
			}
		}
	}
	return "", false
}

// unit is a length unit of https://www.w3.org/TR/css-values-4/#lengths.
type unit uint8

const (
	uPx unit = iota
	uEm
	uRem
	uEx
	uCh
	uPt
	uPc
	uIn
	uCm
	uMm
	uQ
	uVw
	uVh
	uVmin
	uVmax
	uCap
	uIc
	uLh
	uRlh
)

var unitNames = map[string]unit{
	"px": uPx, "em": uEm, "rem": uRem, "ex": uEx, "ch": uCh, "pt": uPt, "pc": uPc,
	"in": uIn, "cm": uCm, "mm": uMm, "q": uQ, "vw": uVw, "vh": uVh, "vmin": uVmin, "vmax": uVmax,
	"dvw": uVw, "svw": uVw, "lvw": uVw, "dvh": uVh, "svh": uVh, "lvh": uVh,
	// Headless, the small, large and dynamic viewports are one; vi and vb
	// are vw and vh in horizontal writing modes.
	"vi": uVw, "vb": uVh, "svi": uVw, "svb": uVh, "lvi": uVw, "lvb": uVh, "dvi": uVw, "dvb": uVh,
	"svmin": uVmin, "lvmin": uVmin, "dvmin": uVmin, "svmax": uVmax, "lvmax": uVmax, "dvmax": uVmax,
	"cap": uCap, "ic": uIc, "lh": uLh, "rlh": uRlh,
}

// splitDimension splits "12.5px" into 12.5 and "px".
func splitDimension(s string) (float64, string, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	if i+1 < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if s[j] == '+' || s[j] == '-' {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	v, err := strconv.ParseFloat(s[:i], 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, "", false
	}
	return v, s[i:], true
}

// number parses a number token.
func number(t tok) (float64, bool) {
	if t.t != css.NumberToken {
		return 0, false
	}
	v, rest, ok := splitDimension(t.s)
	return v, ok && rest == ""
}

// lengthLike is a parsed <length-percentage> before computation: a length
// with a unit, a percentage, or a calc() expression.
type lengthLike struct {
	kind valueKind // vLength, vPercent or vCalc
	num  float64
	unit unit
	calc *calcNode
}

// parseLengthPercentage parses one component as a <length-percentage>.
// Unitless zero is a length. allowPercent false rejects percentages.
func parseLengthPercentage(c []tok, allowPercent bool) (lengthLike, bool) {
	if len(c) == 1 {
		t := c[0]
		switch t.t {
		case css.DimensionToken:
			v, u, ok := splitDimension(t.s)
			un, known := unitNames[strings.ToLower(u)]
			if !ok || !known {
				return lengthLike{}, false
			}
			return lengthLike{kind: vLength, num: v, unit: un}, true
		case css.PercentageToken:
			if !allowPercent {
				return lengthLike{}, false
			}
			v, _, ok := splitDimension(strings.TrimSuffix(t.s, "%"))
			return lengthLike{kind: vPercent, num: v}, ok
		case css.NumberToken:
			if v, ok := number(t); ok && v == 0 {
				return lengthLike{kind: vLength}, true
			}
		}
		return lengthLike{}, false
	}
	if n, ok := parseMathFunction(c); ok && n.typ != calcNumber {
		if n.typ&calcPercentBit != 0 && !allowPercent {
			return lengthLike{}, false
		}
		return lengthLike{kind: vCalc, calc: n}, true
	}
	return lengthLike{}, false
}

// context is what computing a length needs: the font sizes and the viewport.
type context struct {
	fontSize     Fixed // the element's computed font size (the parent's for font-size)
	rootFontSize Fixed
	vw, vh       float64 // 1vw and 1vh in px
	// metrics measures fonts (Media.FontMetrics); font is the style whose
	// font ex, ch and cap refer to, and m caches its measurement.
	metrics  func([]string, uint16, FontStyle, Fixed) FontMetrics
	font     *ComputedStyle
	m        FontMetrics
	measured bool
}

// fontMetrics returns the metrics of the context's font at its font size,
// measured once; zero fields when no measurer is set.
func (ctx *context) fontMetrics() FontMetrics {
	if ctx.metrics == nil || ctx.font == nil {
		return FontMetrics{}
	}
	if !ctx.measured {
		ctx.m = ctx.metrics(ctx.font.FontFamily, ctx.font.FontWeight, ctx.font.FontStyle, ctx.fontSize)
		ctx.measured = true
	}
	return ctx.m
}

// toPx converts a length in unit u to px.
// https://www.w3.org/TR/css-values-4/#absolute-lengths
func (ctx *context) toPx(v float64, u unit) float64 {
	switch u {
	case uPx:
		return v
	case uEm:
		return v * ctx.fontSize.Float()
	case uRem:
		return v * ctx.rootFontSize.Float()
	case uEx:
		// https://www.w3.org/TR/css-values-4/#ex: the first available
		// font's x-height; 0.5em when it cannot be measured, the fallback
		// the spec allows.
		if m := ctx.fontMetrics(); m.XHeight > 0 {
			return v * m.XHeight.Float()
		}
		return v * ctx.fontSize.Float() / 2
	case uCh:
		// https://www.w3.org/TR/css-values-4/#ch: the advance of "0".
		if m := ctx.fontMetrics(); m.ZeroAdvance > 0 {
			return v * m.ZeroAdvance.Float()
		}
		return v * ctx.fontSize.Float() / 2
	case uCap:
		// AD-HOC fallback: 0.7em (a typical Latin font's cap height).
		if m := ctx.fontMetrics(); m.CapHeight > 0 {
			return v * m.CapHeight.Float()
		}
		return v * ctx.fontSize.Float() * 0.7
	case uIc:
		// The fallback of the spec: 1em when the "水" advance is unknown.
		return v * ctx.fontSize.Float()
	case uLh:
		// AD-HOC: line-height: normal, 1.2em, whatever the element's
		// line-height. TODO(spec): the computed line-height.
		return v * ctx.fontSize.Float() * 1.2
	case uRlh:
		return v * ctx.rootFontSize.Float() * 1.2
	case uPt:
		return v * 96 / 72
	case uPc:
		return v * 16
	case uIn:
		return v * 96
	case uCm:
		return v * 96 / 2.54
	case uMm:
		return v * 96 / 25.4
	case uQ:
		return v * 96 / 101.6
	case uVw:
		return v * ctx.vw
	case uVh:
		return v * ctx.vh
	case uVmin:
		return v * math.Min(ctx.vw, ctx.vh)
	case uVmax:
		return v * math.Max(ctx.vw, ctx.vh)
	}
	return v
}

// length computes a lengthLike into a Length.
func (ctx *context) length(l lengthLike) Length {
	switch l.kind {
	case vLength:
		return LengthOf(Px(ctx.toPx(l.num, l.unit)))
	case vPercent:
		return Percent(float32(l.num))
	case vCalc:
		if e := l.calc.computeExpr(ctx); e != nil {
			return Length{Kind: LengthExpr, Expr: e}
		}
		r := l.calc.eval(ctx)
		switch {
		case r.pct == 0 && l.calc.typ&calcPercentBit == 0:
			return LengthOf(Px(r.px))
		case r.px == 0 && l.calc.typ&calcLengthBit == 0:
			return Percent(float32(r.pct))
		}
		return Length{Kind: LengthCalc, Px: Px(r.px), Percent: float32(r.pct)}
	}
	return ZeroPx
}

// fixed computes a lengthLike that cannot hold a percentage (or whose
// percentage is relative to pctBasis px) into px.
func (ctx *context) fixed(l lengthLike, pctBasis Fixed) Fixed {
	switch l.kind {
	case vLength:
		return Px(ctx.toPx(l.num, l.unit))
	case vPercent:
		return pctBasis.MulFloat(l.num / 100)
	case vCalc:
		if e := l.calc.computeExpr(ctx); e != nil {
			return e.Resolve(pctBasis)
		}
		r := l.calc.eval(ctx)
		return Px(r.px) + pctBasis.MulFloat(r.pct/100)
	}
	return 0
}

func (l lengthLike) negative() bool {
	return (l.kind == vLength || l.kind == vPercent) && l.num < 0
}
