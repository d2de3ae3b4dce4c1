package cssom

// Math functions: calc(), min(), max(), clamp()
// (https://www.w3.org/TR/css-values-4/#math).

import (
	"math"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The type of a calculation, as bits: a number has none, a length sets
// calcLengthBit, a percentage calcPercentBit
// (https://www.w3.org/TR/css-values-4/#calc-type-checking, reduced to
// <length-percentage> and <number>).
const (
	calcNumber     uint8 = 0
	calcLengthBit  uint8 = 1
	calcPercentBit uint8 = 2
)

// calcNode is a node of a calculation tree.
type calcNode struct {
	op   byte // 0 for a leaf; '+', '-', '*', '/'; 'm' min, 'M' max, 'c' clamp
	typ  uint8
	num  float64
	unit unit
	pct  bool // leaf is a percentage
	args []*calcNode
}

// calcResult is an evaluated calculation: px + pct% (or a plain number).
type calcResult struct{ px, pct, num float64 }

// maxCalcDepth bounds nested parentheses and functions.
const maxCalcDepth = 32

// parseMathFunction parses a calc(), min(), max() or clamp() component.
func parseMathFunction(c []tok) (*calcNode, bool) {
	if len(c) == 0 || c[0].t != css.FunctionToken {
		return nil, false
	}
	return parseMathCall(c, 0)
}

func parseMathCall(c []tok, depth int) (*calcNode, bool) {
	name := strings.ToLower(c[0].s)
	if depth > maxCalcDepth || c[len(c)-1].t != css.RightParenthesisToken {
		return nil, false
	}
	args := funcArgs(c)
	switch name {
	case "calc(", "-webkit-calc(", "-moz-calc(":
		return parseCalcSum(args, depth+1)
	case "min(", "max(", "clamp(":
		var n calcNode
		n.op = map[string]byte{"min(": 'm', "max(": 'M', "clamp(": 'c'}[name]
		for i, a := range splitCommas(args) {
			arg, ok := parseCalcSum(a, depth+1)
			if !ok || i > 0 && (arg.typ == calcNumber) != (n.typ == calcNumber) {
				return nil, false
			}
			n.typ |= arg.typ
			n.args = append(n.args, arg)
		}
		// Comparisons with percentages need the basis, known only at
		// layout time: they compute to a CalcExpr (computeExpr).
		if len(n.args) == 0 || n.op == 'c' && len(n.args) != 3 {
			return nil, false
		}
		return &n, true
	}
	return nil, false
}

// parseCalcSum parses <calc-sum> = <calc-product> [ [ '+' | '-' ] <calc-product> ]*.
func parseCalcSum(toks []tok, depth int) (*calcNode, bool) {
	cur := cursor{toks: toks}
	cur.skipWS()
	left, ok := parseCalcProduct(&cur, depth)
	if !ok {
		return nil, false
	}
	for {
		cur.skipWS()
		t := cur.next()
		if t.t == css.ErrorToken {
			return left, true
		}
		if t.t != css.DelimToken || t.s != "+" && t.s != "-" {
			return nil, false
		}
		cur.skipWS()
		right, ok := parseCalcProduct(&cur, depth)
		if !ok || (left.typ == calcNumber) != (right.typ == calcNumber) {
			return nil, false
		}
		left = &calcNode{op: t.s[0], typ: left.typ | right.typ, args: []*calcNode{left, right}}
	}
}

// parseCalcProduct parses <calc-product> = <calc-value> [ [ '*' | '/' ] <calc-value> ]*.
func parseCalcProduct(cur *cursor, depth int) (*calcNode, bool) {
	left, ok := parseCalcValue(cur, depth)
	if !ok {
		return nil, false
	}
	for {
		save := cur.i
		cur.skipWS()
		t := cur.peek()
		if t.t != css.DelimToken || t.s != "*" && t.s != "/" {
			cur.i = save
			return left, true
		}
		cur.next()
		cur.skipWS()
		right, ok := parseCalcValue(cur, depth)
		if !ok {
			return nil, false
		}
		typ := left.typ
		switch {
		case t.s == "/" && right.typ != calcNumber:
			return nil, false
		case t.s == "*" && left.typ != calcNumber && right.typ != calcNumber:
			return nil, false
		case t.s == "*" && left.typ == calcNumber:
			typ = right.typ
		}
		left = &calcNode{op: t.s[0], typ: typ, args: []*calcNode{left, right}}
	}
}

func parseCalcValue(cur *cursor, depth int) (*calcNode, bool) {
	t := cur.next()
	switch t.t {
	case css.NumberToken:
		v, ok := number(t)
		return &calcNode{num: v, typ: calcNumber}, ok
	case css.PercentageToken:
		v, _, ok := splitDimension(strings.TrimSuffix(t.s, "%"))
		return &calcNode{num: v, pct: true, typ: calcPercentBit}, ok
	case css.DimensionToken:
		v, u, ok := splitDimension(t.s)
		un, known := unitNames[strings.ToLower(u)]
		return &calcNode{num: v, unit: un, typ: calcLengthBit}, ok && known
	case css.LeftParenthesisToken, css.FunctionToken:
		start := cur.i - 1
		end := matchingEnd(cur.toks, start)
		cur.i = end
		block := cur.toks[start:end]
		if t.t == css.LeftParenthesisToken {
			if depth > maxCalcDepth || block[len(block)-1].t != css.RightParenthesisToken {
				return nil, false
			}
			return parseCalcSum(block[1:len(block)-1], depth+1)
		}
		return parseMathCall(block, depth+1)
	case css.IdentToken:
		switch strings.ToLower(t.s) {
		case "pi":
			return &calcNode{num: math.Pi}, true
		case "e":
			return &calcNode{num: math.E}, true
		}
	}
	return nil, false
}

// eval computes the calculation. Results are clamped to finite values
// (https://www.w3.org/TR/css-values-4/#calc-ieee).
func (n *calcNode) eval(ctx *context) calcResult {
	r := n.evalRaw(ctx, 0)
	return calcResult{finite(r.px), finite(r.pct), finite(r.num)}
}

func (n *calcNode) evalRaw(ctx *context, depth int) calcResult {
	if depth > 4*maxCalcDepth {
		return calcResult{}
	}
	switch n.op {
	case 0:
		switch {
		case n.pct:
			return calcResult{pct: n.num}
		case n.typ == calcNumber:
			return calcResult{num: n.num}
		}
		return calcResult{px: ctx.toPx(n.num, n.unit)}
	case '+', '-':
		a, b := n.args[0].evalRaw(ctx, depth+1), n.args[1].evalRaw(ctx, depth+1)
		if n.op == '-' {
			b = calcResult{-b.px, -b.pct, -b.num}
		}
		return calcResult{a.px + b.px, a.pct + b.pct, a.num + b.num}
	case '*':
		a, b := n.args[0].evalRaw(ctx, depth+1), n.args[1].evalRaw(ctx, depth+1)
		if n.args[0].typ == calcNumber {
			a, b = b, a
		}
		return calcResult{a.px * b.num, a.pct * b.num, a.num * b.num}
	case '/':
		a, b := n.args[0].evalRaw(ctx, depth+1), n.args[1].evalRaw(ctx, depth+1)
		return calcResult{a.px / b.num, a.pct / b.num, a.num / b.num}
	}
	vals := make([]float64, len(n.args))
	for i, a := range n.args {
		r := a.evalRaw(ctx, depth+1)
		vals[i] = r.px + r.num
	}
	v := vals[0]
	switch n.op {
	case 'm':
		for _, x := range vals[1:] {
			v = math.Min(v, x)
		}
	case 'M':
		for _, x := range vals[1:] {
			v = math.Max(v, x)
		}
	case 'c':
		v = math.Max(vals[0], math.Min(vals[1], vals[2]))
	}
	if n.typ == calcNumber {
		return calcResult{num: v}
	}
	return calcResult{px: v}
}

// CalcExpr is a computed math expression that compares percentages: a
// min(), max() or clamp() whose arguments hold percentages, which can only
// be resolved against the percentage basis at used-value time
// (https://www.w3.org/TR/css-values-4/#calc-computed-value: "where
// percentages are not resolved at computed-value time, they are not
// resolved in math functions"). Lengths inside are already absolute.
type CalcExpr struct {
	// Op is 0 for a leaf (Px + Pct% of the basis), '+' (the sum of Args),
	// '*' (Num times Args[0]), 'm' (min), 'M' (max) or 'c' (clamp of the
	// three Args).
	Op   byte
	Px   float64
	Pct  float64
	Num  float64
	Args []*CalcExpr
}

// Resolve returns the expression's value against a percentage basis (px).
func (e *CalcExpr) Resolve(basis Fixed) Fixed {
	if e == nil {
		return 0
	}
	return Px(finite(e.value(basis.Float(), 0)))
}

func (e *CalcExpr) value(basis float64, depth int) float64 {
	if depth > 4*maxCalcDepth {
		return 0
	}
	switch e.Op {
	case 0:
		return e.Px + e.Pct*basis/100
	case '*':
		return e.Num * e.Args[0].value(basis, depth+1)
	case '+':
		v := 0.0
		for _, a := range e.Args {
			v += a.value(basis, depth+1)
		}
		return v
	}
	v := e.Args[0].value(basis, depth+1)
	switch e.Op {
	case 'm':
		for _, a := range e.Args[1:] {
			v = math.Min(v, a.value(basis, depth+1))
		}
	case 'M':
		for _, a := range e.Args[1:] {
			v = math.Max(v, a.value(basis, depth+1))
		}
	case 'c':
		v = math.Max(v, math.Min(e.Args[1].value(basis, depth+1), e.Args[2].value(basis, depth+1)))
	}
	return v
}

// finite clamps a result to finite values (https://www.w3.org/TR/css-values-4/#calc-ieee).
func finite(v float64) float64 {
	switch {
	case math.IsNaN(v):
		return 0
	case v > 1e9:
		return 1e9
	case v < -1e9:
		return -1e9
	}
	return v
}

// comparesPercent reports whether the calculation holds a min(), max()
// or clamp() with a percentage argument.
func (n *calcNode) comparesPercent(depth int) bool {
	if depth > 4*maxCalcDepth {
		return false
	}
	if (n.op == 'm' || n.op == 'M' || n.op == 'c') && n.typ&calcPercentBit != 0 {
		return true
	}
	for _, a := range n.args {
		if a != nil && a.comparesPercent(depth+1) {
			return true
		}
	}
	return false
}

// computeExpr computes a calculation that compares percentages into a
// CalcExpr, its absolute lengths resolved; nil for any other calculation
// (eval computes those to px + %).
func (n *calcNode) computeExpr(ctx *context) *CalcExpr {
	if n == nil || !n.comparesPercent(0) {
		return nil
	}
	return n.expr(ctx, 0)
}

func (n *calcNode) expr(ctx *context, depth int) *CalcExpr {
	if depth > 4*maxCalcDepth {
		return &CalcExpr{}
	}
	if !n.comparesPercent(depth) {
		r := n.evalRaw(ctx, depth)
		return &CalcExpr{Px: r.px + r.num, Pct: r.pct}
	}
	switch n.op {
	case '+', '-':
		b := n.args[1].expr(ctx, depth+1)
		if n.op == '-' {
			b = &CalcExpr{Op: '*', Num: -1, Args: []*CalcExpr{b}}
		}
		return &CalcExpr{Op: '+', Args: []*CalcExpr{n.args[0].expr(ctx, depth+1), b}}
	case '*':
		x, k := n.args[0], n.args[1]
		if x.typ == calcNumber {
			x, k = k, x
		}
		return &CalcExpr{Op: '*', Num: k.evalRaw(ctx, depth+1).num, Args: []*CalcExpr{x.expr(ctx, depth+1)}}
	case '/':
		return &CalcExpr{Op: '*', Num: 1 / n.args[1].evalRaw(ctx, depth+1).num, Args: []*CalcExpr{n.args[0].expr(ctx, depth+1)}}
	}
	e := &CalcExpr{Op: n.op, Args: make([]*CalcExpr, len(n.args))}
	for i, a := range n.args {
		e.Args[i] = a.expr(ctx, depth+1)
	}
	return e
}
