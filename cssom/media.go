package cssom

// Media queries (https://www.w3.org/TR/mediaqueries-4/) and @supports
// conditions (https://www.w3.org/TR/css-conditional-3/#at-supports).

import (
	"math"
	"strings"

	"github.com/paneweb/pane/dom"
	"github.com/tdewolff/parse/v2/css"
)

// MediaQueryList is a parsed <media-query-list>. The zero value (and the
// empty list) matches every device.
type MediaQueryList struct {
	// Text is the list as written, white space normalized.
	Text    string
	queries []mediaQuery
}

type mediaQuery struct {
	not, invalid bool
	typ          string // "" for a bare condition, else the lower-case media type
	cond         *condNode
}

// condNode is a node of a media or supports condition.
type condNode struct {
	op   byte // 'n' not, 'a' and, 'o' or, 'l' leaf (tokens inside the parens), 'g' general-enclosed
	kids []*condNode
	leaf []tok
}

// ParseMediaQueryList parses a media query list. ok is false when the list
// is syntactically hopeless; individual bad queries become "not all" as
// https://www.w3.org/TR/mediaqueries-4/#error-handling says.
func ParseMediaQueryList(text string) (MediaQueryList, bool) {
	text = strings.TrimSpace(text)
	l := MediaQueryList{Text: tokensTextOf(lexValue(text))}
	if text == "" {
		return l, true
	}
	for _, part := range splitCommas(lexValue(text)) {
		l.queries = append(l.queries, parseMediaQuery(components(part)))
	}
	return l, true
}

func parseMediaQuery(comps [][]tok) mediaQuery {
	bad := mediaQuery{invalid: true}
	if len(comps) == 0 {
		return bad
	}
	if comps[0][0].t == css.LeftParenthesisToken || ident(comps[0]) == "not" && len(comps) > 1 && comps[1][0].t == css.LeftParenthesisToken {
		c, ok := parseCond(comps, 0)
		if !ok {
			return bad
		}
		return mediaQuery{cond: c}
	}
	var q mediaQuery
	switch ident(comps[0]) {
	case "not":
		q.not = true
		comps = comps[1:]
	case "only":
		comps = comps[1:]
	}
	if len(comps) == 0 {
		return bad
	}
	switch q.typ = ident(comps[0]); q.typ {
	case "", "not", "only", "and", "or", "layer":
		return bad
	}
	comps = comps[1:]
	if len(comps) == 0 {
		return q
	}
	if ident(comps[0]) != "and" || len(comps) < 2 {
		return bad
	}
	c, ok := parseCond(comps[1:], 0)
	if !ok || c.op == 'o' {
		return bad
	}
	q.cond = c
	return q
}

// parseCond parses <media-condition> / <supports-condition>:
// not <in-parens> | <in-parens> [ and <in-parens> ]* | <in-parens> [ or <in-parens> ]*.
func parseCond(comps [][]tok, depth int) (*condNode, bool) {
	if depth > 32 || len(comps) == 0 {
		return nil, false
	}
	if ident(comps[0]) == "not" {
		if len(comps) != 2 {
			return nil, false
		}
		k, ok := parseInParens(comps[1], depth)
		return &condNode{op: 'n', kids: []*condNode{k}}, ok
	}
	first, ok := parseInParens(comps[0], depth)
	if !ok {
		return nil, false
	}
	if len(comps) == 1 {
		return first, true
	}
	op := ident(comps[1])
	if op != "and" && op != "or" {
		return nil, false
	}
	n := &condNode{op: op[0], kids: []*condNode{first}}
	for i := 1; i < len(comps); i += 2 {
		if ident(comps[i]) != op || i+1 >= len(comps) {
			return nil, false
		}
		k, ok := parseInParens(comps[i+1], depth)
		if !ok {
			return nil, false
		}
		n.kids = append(n.kids, k)
	}
	return n, true
}

// parseInParens parses ( <condition> ), a leaf in parentheses, or a
// function (general-enclosed, or selector() in @supports).
func parseInParens(c []tok, depth int) (*condNode, bool) {
	switch c[0].t {
	case css.FunctionToken:
		return &condNode{op: 'g', leaf: c}, c[len(c)-1].t == css.RightParenthesisToken
	case css.LeftParenthesisToken:
		if c[len(c)-1].t != css.RightParenthesisToken {
			return nil, false
		}
		inner := c[1 : len(c)-1]
		ic := components(inner)
		if len(ic) > 0 && (ic[0][0].t == css.LeftParenthesisToken || ident(ic[0]) == "not" && len(ic) == 2) {
			if n, ok := parseCond(ic, depth+1); ok {
				return n, true
			}
		}
		return &condNode{op: 'l', leaf: inner}, true
	}
	return nil, false
}

// eval evaluates a condition; leaf evaluates leaves.
func (n *condNode) eval(leaf func(*condNode) bool) bool {
	switch n.op {
	case 'n':
		return !n.kids[0].eval(leaf)
	case 'a':
		for _, k := range n.kids {
			if !k.eval(leaf) {
				return false
			}
		}
		return true
	case 'o':
		for _, k := range n.kids {
			if k.eval(leaf) {
				return true
			}
		}
		return false
	}
	return leaf(n)
}

// Match reports whether the list matches the device m.
func (l MediaQueryList) Match(m Media) bool {
	if len(l.queries) == 0 {
		return true
	}
	for _, q := range l.queries {
		if q.match(m) {
			return true
		}
	}
	return false
}

func (q mediaQuery) match(m Media) bool {
	if q.invalid {
		return false
	}
	ok := true
	switch q.typ {
	case "", "all":
	case "screen", "print":
		mt := m.Type
		if mt == "" {
			mt = "screen"
		}
		ok = q.typ == mt
	default:
		ok = false // tv, handheld, ... and unknown types never match
	}
	if ok && q.cond != nil {
		ok = q.cond.eval(func(n *condNode) bool { return n.op == 'l' && evalMediaFeature(n.leaf, m) })
	}
	return ok != q.not
}

// evalMediaFeature evaluates the tokens inside one pair of parentheses:
// (name), (name: value) or a range form.
func evalMediaFeature(toks []tok, m Media) bool {
	comps := components(toks)
	if len(comps) == 1 && ident(comps[0]) != "" {
		// https://www.w3.org/TR/mediaqueries-4/#mq-boolean-context
		v, ok := featureValue(ident(comps[0]), m)
		if v.kw != "" {
			return ok && v.kw != "none" && v.kw != "no-preference"
		}
		return ok && v.num != 0
	}
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.ColonToken {
			name := ident(comps[0])
			if i != 1 || name == "" {
				return false
			}
			prefix := ""
			name = strings.TrimPrefix(name, "-webkit-")
			if strings.HasPrefix(name, "min-") || strings.HasPrefix(name, "max-") {
				prefix, name = name[:4], name[4:]
			}
			fv, ok := featureValue(name, m)
			want, ok2 := parseFeatureValue(comps[2:])
			if !ok || !ok2 {
				return false
			}
			switch prefix {
			case "min-":
				return fv.cmp(want) >= 0
			case "max-":
				return fv.cmp(want) <= 0
			}
			return fv.cmp(want) == 0
		}
	}
	return evalMediaRange(comps, m)
}

// featureVal is a media feature value: a number (px for lengths) or an
// identifier.
type featureVal struct {
	num float64
	kw  string
}

func (a featureVal) cmp(b featureVal) int {
	if a.kw != "" || b.kw != "" {
		if a.kw == b.kw {
			return 0
		}
		return 2 // unordered: never equal, never less or greater
	}
	switch d := a.num - b.num; {
	case math.Abs(d) < 1e-9:
		return 0
	case d < 0:
		return -1
	}
	return 1
}

// featureValue returns the device's value of a media feature. A headless
// desktop browser says: hover, a fine pointer, light scheme, no reduced
// motion, 8-bit sRGB color.
func featureValue(name string, m Media) (featureVal, bool) {
	dpr := m.DevicePixelRatio
	if dpr == 0 {
		dpr = 1
	}
	switch name {
	case "width", "device-width":
		return featureVal{num: m.Width.Float()}, true
	case "height", "device-height":
		return featureVal{num: m.Height.Float()}, true
	case "aspect-ratio", "device-aspect-ratio":
		if m.Height == 0 {
			return featureVal{num: math.Inf(1)}, true
		}
		return featureVal{num: m.Width.Float() / m.Height.Float()}, true
	case "orientation":
		if m.Height >= m.Width {
			return featureVal{kw: "portrait"}, true
		}
		return featureVal{kw: "landscape"}, true
	case "resolution", "-webkit-device-pixel-ratio", "device-pixel-ratio", "-moz-device-pixel-ratio":
		return featureVal{num: dpr}, true
	case "color":
		return featureVal{num: 8}, true
	case "monochrome", "grid", "color-index":
		return featureVal{num: 0}, true
	}
	kw, ok := map[string]string{
		"prefers-color-scheme": "light", "prefers-reduced-motion": "no-preference",
		"prefers-contrast": "no-preference", "prefers-reduced-transparency": "no-preference",
		"prefers-reduced-data": "no-preference", "forced-colors": "none", "inverted-colors": "none",
		"hover": "hover", "any-hover": "hover", "pointer": "fine", "any-pointer": "fine",
		"scripting": "enabled", "update": "fast", "display-mode": "browser",
		"dynamic-range": "standard", "video-dynamic-range": "standard", "color-gamut": "srgb",
		"overflow-block": "scroll", "overflow-inline": "scroll",
	}[name]
	return featureVal{kw: kw}, ok
}

// parseFeatureValue parses a media feature value: a length, a number, a
// ratio, a resolution or an identifier. Relative lengths use the initial
// font size, 16px (https://www.w3.org/TR/mediaqueries-4/#units).
func parseFeatureValue(comps [][]tok) (featureVal, bool) {
	ctx := context{fontSize: Int(16), rootFontSize: Int(16)}
	switch len(comps) {
	case 1:
		c := comps[0]
		if kw := ident(c); kw != "" {
			return featureVal{kw: kw}, true
		}
		if v, ok := number(c[0]); ok && len(c) == 1 {
			return featureVal{num: v}, true
		}
		if c[0].t == css.DimensionToken {
			v, u, ok := splitDimension(c[0].s)
			switch strings.ToLower(u) {
			case "dppx", "x":
				return featureVal{num: v}, ok
			case "dpi":
				return featureVal{num: v / 96}, ok
			case "dpcm":
				return featureVal{num: v * 2.54 / 96}, ok
			}
		}
		if l, ok := parseLengthPercentage(c, false); ok {
			return featureVal{num: ctx.fixed(l, 0).Float()}, true
		}
	case 3:
		a, ok1 := number(comps[0][0])
		b, ok2 := number(comps[2][0])
		slash := len(comps[1]) == 1 && comps[1][0].t == css.DelimToken && comps[1][0].s == "/"
		if ok1 && ok2 && slash && b != 0 {
			return featureVal{num: a / b}, true
		}
	}
	return featureVal{}, false
}

// evalMediaRange evaluates the range syntax of
// https://www.w3.org/TR/mediaqueries-4/#mq-range-context:
// (width >= 600px), (400px < width <= 700px), (600px > width).
func evalMediaRange(comps [][]tok, m Media) bool {
	var parts [][][]tok
	var ops []string
	start := 0
	for i := 0; i < len(comps); i++ {
		c := comps[i]
		if len(c) != 1 || c[0].t != css.DelimToken || strings.IndexByte("<>=", c[0].s[0]) < 0 {
			continue
		}
		op := c[0].s
		if op != "=" && i+1 < len(comps) && len(comps[i+1]) == 1 && comps[i+1][0].s == "=" {
			op += "="
		}
		parts = append(parts, comps[start:i])
		ops = append(ops, op)
		i += len(op) - 1
		start = i + 1
	}
	parts = append(parts, comps[start:])
	if len(ops) == 0 || len(ops) > 2 {
		return false
	}
	vals := make([]featureVal, len(parts))
	featureAt := -1
	for i, p := range parts {
		if name := featureName(p); name != "" {
			v, ok := featureValue(name, m)
			if !ok || featureAt >= 0 {
				return false
			}
			vals[i], featureAt = v, i
			continue
		}
		v, ok := parseFeatureValue(p)
		if !ok {
			return false
		}
		vals[i] = v
	}
	if featureAt < 0 || len(ops) == 2 && featureAt != 1 {
		return false
	}
	for i, op := range ops {
		if !compareOp(vals[i].cmp(vals[i+1]), op) {
			return false
		}
	}
	return true
}

func featureName(p [][]tok) string {
	if len(p) == 1 {
		if name := ident(p[0]); name != "" {
			if _, ok := featureValue(name, Media{}); ok {
				return name
			}
		}
	}
	return ""
}

func compareOp(c int, op string) bool {
	if c == 2 {
		return false
	}
	switch op {
	case "<":
		return c < 0
	case "<=":
		return c <= 0
	case ">":
		return c > 0
	case ">=":
		return c >= 0
	}
	return c == 0
}

// evalSupports evaluates an @supports prelude. valid is false when the
// condition does not parse (the rule is then dropped).
func evalSupports(toks []tok) (ok, valid bool) {
	n, valid := parseCond(components(toks), 0)
	if !valid {
		return false, false
	}
	return n.eval(supportsLeaf), true
}

// supportsLeaf evaluates ( <declaration> ) and selector( <complex-selector> ).
func supportsLeaf(n *condNode) bool {
	if n.op == 'g' {
		if !isFunc(n.leaf, "selector(") {
			return false
		}
		_, err := dom.ParseSelectorList(tokensTextOf(funcArgs(n.leaf)))
		return err == nil
	}
	c := cursor{toks: n.leaf}
	c.skipWS()
	name := c.next()
	c.skipWS()
	if c.next().t != css.ColonToken {
		return false
	}
	if name.t == css.CustomPropertyNameToken || name.t == css.IdentToken && strings.HasPrefix(name.s, "--") {
		return true
	}
	if name.t != css.IdentToken {
		return false
	}
	c.skipWS()
	toks, _ := stripImportant(c.rest())
	// A kept property (kept.go) is parsed but not rendered: @supports
	// answers no for it, so that pages keep their fallbacks.
	d := makeDeclaration(strings.ToLower(name.s), toks, false, nil)
	return d != nil && (d.longhands != nil || d.pending != nil || d.IsCustom())
}
