package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// Typed validation of numbers, dimensions and math functions for the kept
// properties (kept.go), which need types calc.go does not compute with:
// <time>, <angle>, and <number> through calc().

// numericType is the type of a numeric value or calculation
// (https://drafts.csswg.org/css-values-4/#calc-type-checking), reduced
// to one base type: a <number> has none.
type numericType uint8

const (
	typeNone numericType = iota // invalid
	typeNumber
	typePercent
	typeLength
	typeLengthPercent // a sum of a length and a percentage
	typeTime
	typeAngle
	typeResolution
	typeFrequency
)

// dimensionType returns the type of a dimension's unit.
func dimensionType(u string) numericType {
	u = strings.ToLower(u)
	if _, ok := unitNames[u]; ok {
		return typeLength
	}
	switch u {
	case "s", "ms":
		return typeTime
	case "deg", "grad", "rad", "turn":
		return typeAngle
	case "dpi", "dpcm", "dppx", "x":
		return typeResolution
	case "hz", "khz":
		return typeFrequency
	}
	return typeNone
}

// numericTypeOf returns the type of one component: a number, a
// percentage, a dimension or a math function, with its literal value
// (0 for a math function, whose value is known only when computing) and
// whether it is a literal.
func numericTypeOf(c []tok) (typ numericType, v float64, literal bool) {
	if len(c) == 1 {
		t := c[0]
		switch t.t {
		case css.NumberToken:
			v, ok := number(t)
			if !ok {
				return typeNone, 0, false
			}
			return typeNumber, v, true
		case css.PercentageToken:
			v, _, ok := splitDimension(strings.TrimSuffix(t.s, "%"))
			if !ok {
				return typeNone, 0, false
			}
			return typePercent, v, true
		case css.DimensionToken:
			v, u, ok := splitDimension(t.s)
			if !ok {
				return typeNone, 0, false
			}
			return dimensionType(u), v, true
		}
		return typeNone, 0, false
	}
	if len(c) > 0 && c[0].t == css.FunctionToken {
		return mathCallType(c, 0), 0, false
	}
	return typeNone, 0, false
}

// mathCallType returns the type of a math function: calc(), min(),
// max(), clamp(), abs(), sign(), round(), mod(), rem()
// (https://drafts.csswg.org/css-values-4/#math).
//
// TODO(spec): the trigonometric and exponential functions, and typed
// arithmetic beyond "a number times a type" (length / length is a
// number).
func mathCallType(c []tok, depth int) numericType {
	if depth > maxCalcDepth || c[len(c)-1].t != css.RightParenthesisToken {
		return typeNone
	}
	args := funcArgs(c)
	switch strings.ToLower(c[0].s) {
	case "calc(", "-webkit-calc(":
		return calcSumType(args, depth+1)
	case "abs(":
		return calcSumType(args, depth+1)
	case "sign(":
		if calcSumType(args, depth+1) == typeNone {
			return typeNone
		}
		return typeNumber
	case "min(", "max(", "clamp(", "round(", "mod(", "rem(":
		return calcListType(strings.ToLower(c[0].s), splitCommas(args), depth)
	}
	return typeNone
}

// calcListType type-checks the comma-separated arguments of min(),
// max(), clamp(), round(), mod() and rem(): all of one type.
func calcListType(name string, parts [][]tok, depth int) numericType {
	if name == "round(" && len(parts) > 0 {
		if comps := components(parts[0]); len(comps) == 1 {
			switch ident(comps[0]) {
			case "nearest", "up", "down", "to-zero":
				parts = parts[1:]
			}
		}
	}
	switch {
	case len(parts) == 0,
		name == "clamp(" && len(parts) != 3,
		(name == "mod(" || name == "rem(") && len(parts) != 2,
		name == "round(" && len(parts) > 2:
		return typeNone
	}
	typ := typeNone
	for _, p := range parts {
		if comps := components(p); name == "clamp(" && len(comps) == 1 && ident(comps[0]) == "none" {
			continue // clamp(none, v, none)
		}
		if typ = addTypes(typ, calcSumType(p, depth+1)); typ == typeNone {
			return typeNone
		}
	}
	return typ
}

// addTypes returns the type of a sum (https://drafts.csswg.org/css-values-4/#sort-a-calculations-children):
// equal types, or a length and a percentage. typeNone as a means "the
// first term".
func addTypes(a, b numericType) numericType {
	switch {
	case b == typeNone:
		return typeNone
	case a == typeNone, a == b:
		return b
	case isLengthPercent(a) && isLengthPercent(b):
		return typeLengthPercent
	}
	return typeNone
}

func isLengthPercent(t numericType) bool {
	return t == typeLength || t == typePercent || t == typeLengthPercent
}

// calcSumType type-checks <calc-sum> = <calc-product> [ [ '+' | '-' ] <calc-product> ]*.
func calcSumType(toks []tok, depth int) numericType {
	cur := cursor{toks: toks}
	cur.skipWS()
	sum := calcProductType(&cur, depth)
	for sum != typeNone {
		cur.skipWS()
		t := cur.next()
		if t.t == css.ErrorToken {
			return sum
		}
		if t.t != css.DelimToken || t.s != "+" && t.s != "-" {
			return typeNone
		}
		cur.skipWS()
		sum = addTypes(sum, calcProductType(&cur, depth))
	}
	return typeNone
}

// calcProductType type-checks <calc-product> = <calc-value> [ [ '*' | '/' ] <calc-value> ]*:
// one side of '*' and the right side of '/' are numbers.
func calcProductType(cur *cursor, depth int) numericType {
	prod := calcValueType(cur, depth)
	for prod != typeNone {
		save := cur.i
		cur.skipWS()
		t := cur.peek()
		if t.t != css.DelimToken || t.s != "*" && t.s != "/" {
			cur.i = save
			return prod
		}
		cur.next()
		cur.skipWS()
		right := calcValueType(cur, depth)
		switch {
		case right == typeNone:
			return typeNone
		case t.s == "/" && right != typeNumber:
			return typeNone
		case t.s == "*" && prod == typeNumber:
			prod = right
		case t.s == "*" && right != typeNumber:
			return typeNone
		}
	}
	return typeNone
}

// calcValueType type-checks one <calc-value>: a number, a dimension, a
// percentage, a constant, a parenthesized sum or a nested math function.
func calcValueType(cur *cursor, depth int) numericType {
	t := cur.next()
	switch t.t {
	case css.NumberToken, css.PercentageToken, css.DimensionToken:
		typ, _, _ := numericTypeOf([]tok{t})
		return typ
	case css.LeftParenthesisToken, css.FunctionToken:
		start := cur.i - 1
		end := matchingEnd(cur.toks, start)
		cur.i = end
		block := cur.toks[start:end]
		if block[len(block)-1].t != css.RightParenthesisToken || depth > maxCalcDepth {
			return typeNone
		}
		if t.t == css.LeftParenthesisToken {
			return calcSumType(block[1:len(block)-1], depth+1)
		}
		return mathCallType(block, depth+1)
	case css.IdentToken:
		switch strings.ToLower(t.s) {
		case "pi", "e", "infinity", "-infinity", "nan":
			return typeNumber
		}
	}
	return typeNone
}

// isNumeric reports whether c is a value of type want; nonNeg rejects a
// negative literal (a math function is range-checked when computing, as
// https://drafts.csswg.org/css-values-4/#calc-range says).
func isNumeric(c []tok, want numericType, nonNeg bool) bool {
	typ, v, literal := numericTypeOf(c)
	if typ == typeNumber && want == typeLength && literal && v == 0 {
		return true // unitless zero
	}
	return typ == want && !(nonNeg && literal && v < 0)
}

// isInteger reports whether c is an <integer> of at least least, or a
// math function resolving to a number.
func isInteger(c []tok, least int32) bool {
	if n, ok := integer(c); ok {
		return n >= least
	}
	typ, _, literal := numericTypeOf(c)
	return typ == typeNumber && !literal
}
