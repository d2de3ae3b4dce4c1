package cssom

// Serializing math functions
// (https://drafts.csswg.org/css-values-4/#calc-serialize): the calculation
// tree is simplified (https://drafts.csswg.org/css-values-4/#calc-simplification)
// into a sum of terms, one per unit, absolute units converted to their
// canonical unit, and written with the number first, then the
// percentage, then the dimensions in their units' order.

import (
	"math"
	"sort"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// calcTerm is one term of a simplified sum: v of unit ("" for a number,
// "%" for a percentage).
type calcTerm struct {
	unit string
	v    float64
}

// calcSum is a simplified sum, one term per unit.
type calcSum []calcTerm

// calcText serializes a calc(), min(), max() or clamp() component; false
// when it holds something we do not simplify (nested comparison
// functions, var()), which the caller writes as it is.
func calcText(c []tok) (string, bool) {
	name := strings.ToLower(c[0].s)
	if c[len(c)-1].t != css.RightParenthesisToken {
		return "", false
	}
	args := funcArgs(c)
	switch name {
	case "calc(", "-webkit-calc(", "-moz-calc(":
		s, ok := parseSimpleSum(args, 0)
		if !ok {
			return "", false
		}
		return "calc(" + s.text() + ")", true
	}
	parts := splitCommas(args)
	texts := make([]string, len(parts))
	for i, p := range parts {
		s, ok := parseSimpleSum(p, 0)
		if !ok {
			return "", false
		}
		texts[i] = s.text()
	}
	if len(texts) == 1 && name != "clamp(" {
		// min(x) and max(x) are x (css-values-4 §10.13 step 1).
		return "calc(" + texts[0] + ")", true
	}
	return strings.TrimSuffix(name, "(") + "(" + strings.Join(texts, ", ") + ")", true
}

// parseSimpleSum parses a <calc-sum> into terms.
func parseSimpleSum(toks []tok, depth int) (calcSum, bool) {
	if depth > maxCalcDepth {
		return nil, false
	}
	var out calcSum
	sign := 1.0
	start := 0
	level := 0
	flush := func(end int) bool {
		p, ok := parseSimpleProduct(toks[start:end], depth)
		if !ok {
			return false
		}
		out = out.add(p, sign)
		return true
	}
	for i, t := range toks {
		switch t.t {
		case css.FunctionToken, css.LeftParenthesisToken:
			level++
		case css.RightParenthesisToken:
			level--
		case css.DelimToken:
			if level == 0 && (t.s == "+" || t.s == "-") {
				if !flush(i) {
					return nil, false
				}
				sign = map[string]float64{"+": 1, "-": -1}[t.s]
				start = i + 1
			}
		}
	}
	if !flush(len(toks)) {
		return nil, false
	}
	return out, len(out) > 0
}

// parseSimpleProduct parses a <calc-product>: values joined by * and /,
// all but one of them numbers.
func parseSimpleProduct(toks []tok, depth int) (calcSum, bool) {
	var vals []calcSum
	var ops []string
	for _, c := range components(toks) {
		if len(c) == 1 && c[0].t == css.DelimToken && (c[0].s == "*" || c[0].s == "/") {
			ops = append(ops, c[0].s)
			continue
		}
		v, ok := parseSimpleValue(c, depth)
		if !ok {
			return nil, false
		}
		vals = append(vals, v)
	}
	if len(vals) == 0 || len(ops) != len(vals)-1 {
		return nil, false
	}
	acc := vals[0]
	for i, op := range ops {
		rhs := vals[i+1]
		n, isNum := rhs.number()
		switch {
		case op == "/" && (!isNum || n == 0):
			return nil, false
		case op == "/":
			acc = acc.scale(1 / n)
		case isNum:
			acc = acc.scale(n)
		default:
			an, accNum := acc.number()
			if !accNum {
				return nil, false
			}
			acc = rhs.scale(an)
		}
	}
	return acc, true
}

// parseSimpleValue parses a number, dimension, percentage, parenthesized
// sum or nested calc().
func parseSimpleValue(c []tok, depth int) (calcSum, bool) {
	t := c[0]
	switch t.t {
	case css.NumberToken, css.DimensionToken, css.PercentageToken:
		v, u, ok := splitDimension(t.s)
		if t.t == css.PercentageToken {
			u = "%"
		}
		if !ok || math.IsInf(v, 0) {
			return nil, false
		}
		u, v = canonicalUnit(strings.ToLower(u), v)
		return calcSum{{u, v}}, true
	case css.LeftParenthesisToken:
		return parseSimpleSum(blockInside(c), depth+1)
	case css.FunctionToken:
		if n := strings.ToLower(t.s); n == "calc(" || n == "-webkit-calc(" {
			return parseSimpleSum(funcArgs(c), depth+1)
		}
	}
	return nil, false
}

// canonicalUnits converts absolute units to their canonical unit
// (https://drafts.csswg.org/css-values-4/#canonical-unit).
var canonicalUnits = map[string]struct {
	unit string
	k    float64
}{
	"in": {"px", 96}, "cm": {"px", 96 / 2.54}, "mm": {"px", 96 / 25.4}, "q": {"px", 96 / 101.6},
	"pt": {"px", 4.0 / 3}, "pc": {"px", 16}, "rad": {"deg", 180 / math.Pi}, "grad": {"deg", 0.9},
	"turn": {"deg", 360}, "ms": {"s", 0.001},
}

func canonicalUnit(u string, v float64) (string, float64) {
	if c, ok := canonicalUnits[u]; ok {
		return c.unit, v * c.k
	}
	return u, v
}

// add returns s + sign*o, terms of one unit merged.
func (s calcSum) add(o calcSum, sign float64) calcSum {
	out := append(calcSum(nil), s...)
	for _, t := range o {
		merged := false
		for i := range out {
			if out[i].unit == t.unit {
				out[i].v += sign * t.v
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, calcTerm{t.unit, sign * t.v})
		}
	}
	return out
}

func (s calcSum) scale(k float64) calcSum {
	out := make(calcSum, len(s))
	for i, t := range s {
		out[i] = calcTerm{t.unit, t.v * k}
	}
	return out
}

// number returns the value of a sum that is a plain number.
func (s calcSum) number() (float64, bool) {
	if len(s) == 1 && s[0].unit == "" {
		return s[0].v, true
	}
	return 0, false
}

// text writes the sum: the number, then the percentage, then the
// dimensions by unit; terms that cancelled out are dropped unless
// nothing else is left.
func (s calcSum) text() string {
	terms := make(calcSum, 0, len(s))
	for _, t := range s {
		if t.v != 0 {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		terms = s[:1]
	}
	rank := func(u string) string {
		switch u {
		case "":
			return "\x00"
		case "%":
			return "\x01"
		}
		return u
	}
	sort.SliceStable(terms, func(i, j int) bool { return rank(terms[i].unit) < rank(terms[j].unit) })
	var b strings.Builder
	for i, t := range terms {
		v := t.v
		if i > 0 {
			if v < 0 {
				b.WriteString(" - ")
				v = -v
			} else {
				b.WriteString(" + ")
			}
		}
		b.WriteString(formatNumber(v))
		b.WriteString(t.unit)
	}
	return b.String()
}
