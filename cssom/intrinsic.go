package cssom

import "github.com/tdewolff/parse/v2/css"

// The intrinsic sizing keywords of width, height, min-width, min-height,
// max-width, max-height and flex-basis: their parsing, computed values
// and serialization. Layout resolves them (layout/intrinsic.go).
// https://www.w3.org/TR/css-sizing-3/#sizing-values
// https://www.w3.org/TR/css-sizing-4/#sizing-values (fit-content())

// sizingKeywords maps the keywords to their keyword codes; the stretch
// keyword maps to -1: it computes to the property's auto or none.
// webkitSizingKeywords are the prefixed aliases Chromium 156 accepts for
// width, height and their min-/max- properties (not flex-basis), computed
// as the unprefixed keywords. Chromium rejects the -moz- ones.
var (
	sizingKeywords = map[string]int32{
		"min-content": kwMinContent, "max-content": kwMaxContent, "fit-content": kwFitContent,
		// AD-HOC: stretch (https://www.w3.org/TR/css-sizing-4/#valdef-width-stretch)
		// behaves as auto (none for max-*).
		// TODO(spec): stretch and -webkit-fill-available as the
		// stretch-fit size, serialized "stretch".
		"stretch": -1,
	}
	webkitSizingKeywords = map[string]int32{
		"-webkit-min-content": kwMinContent, "-webkit-max-content": kwMaxContent,
		"-webkit-fit-content": kwFitContent, "-webkit-fill-available": -1,
	}
)

// parseSizingValue parses c as a sizing keyword or fit-content(<length-
// percentage [0,∞]>) for a property whose auto (or none) keyword code is
// def; prefixed allows the -webkit- aliases. handled is false when c is
// neither.
func parseSizingValue(c []tok, kw string, def int32, prefixed bool) (v value, ok, handled bool) {
	code, found := sizingKeywords[kw]
	if !found && prefixed {
		code, found = webkitSizingKeywords[kw]
	}
	if found {
		if code < 0 {
			code = def
		}
		return value{kind: vKeyword, i: code}, true, true
	}
	if !isFunc(c, "fit-content(") {
		return value{}, false, false
	}
	if len(components(c)) != 1 || c[len(c)-1].t != css.RightParenthesisToken {
		return value{}, false, true
	}
	a := components(funcArgs(c))
	if len(a) != 1 {
		return value{}, false, true
	}
	l, lok := parseLengthPercentage(a[0], true)
	if !lok || l.negative() {
		return value{}, false, true
	}
	// AD-HOC: Chromium 156 rejects fit-content() in width and flex-basis;
	// CSS Sizing 4 defines it, and it is kept.
	// The argument's tokens are kept in grid, as grid properties keep
	// their components, and computed by computeSizing.
	return value{kind: vKeyword, i: kwFitContent, grid: [][]tok{a[0]}}, true, true
}

// computeSizing returns the computed Length of a sizing keyword value,
// and false when v is not one.
func (c *computer) computeSizing(v *value) (Length, bool) {
	if v.kind != vKeyword {
		return Length{}, false
	}
	switch v.i {
	case kwContent:
		return Length{Kind: LengthContent}, true
	case kwMinContent:
		return Length{Kind: LengthMinContent}, true
	case kwMaxContent:
		return Length{Kind: LengthMaxContent}, true
	case kwFitContent:
		out := Length{Kind: LengthFitContent}
		if len(v.grid) == 1 {
			if l, ok := parseLengthPercentage(v.grid[0], true); ok {
				out.Expr = lengthExpr(c.ctx.length(l))
			}
		}
		return out, true
	}
	return Length{}, false
}

// lengthExpr returns l (a computed <length-percentage>) as an expression.
func lengthExpr(l Length) *CalcExpr {
	switch l.Kind {
	case LengthExpr:
		return l.Expr
	case LengthPercent:
		return &CalcExpr{Pct: float64(l.Percent)}
	case LengthCalc:
		return &CalcExpr{Px: l.Px.Float(), Pct: float64(l.Percent)}
	}
	return &CalcExpr{Px: l.Px.Float()}
}

// IsIntrinsic reports whether l is min-content, max-content or
// fit-content (with or without an argument).
func (l Length) IsIntrinsic() bool {
	return l.Kind == LengthMinContent || l.Kind == LengthMaxContent || l.Kind == LengthFitContent
}

// sizingText serializes a sizing keyword's computed value
// (https://www.w3.org/TR/cssom-1/#serialize-a-css-value).
func sizingText(l Length) string {
	switch l.Kind {
	case LengthContent:
		return "content"
	case LengthMinContent:
		return "min-content"
	case LengthMaxContent:
		return "max-content"
	case LengthFitContent:
		if l.Expr == nil {
			return "fit-content"
		}
		return "fit-content(" + lengthText(exprLength(l.Expr)) + ")"
	}
	return ""
}

// exprLength returns a leaf expression as the simplest Length that holds
// it, for serialization.
func exprLength(e *CalcExpr) Length {
	if e.Op != 0 {
		return Length{Kind: LengthExpr, Expr: e}
	}
	switch {
	case e.Pct == 0:
		return LengthOf(Px(e.Px))
	case e.Px == 0:
		return Percent(float32(e.Pct))
	}
	return Length{Kind: LengthCalc, Px: Px(e.Px), Percent: float32(e.Pct)}
}
