package cssom

// Shorthands as the CSSOM sees them
// (https://drafts.csswg.org/cssom/#concept-shorthands-preferred-order):
// each shorthand's longhands, in the order a declaration block lists them
// (style.item(i)), and the splitting of a shorthand's value into the
// specified value text of each longhand. The lists are Chromium's, which
// also decides whether a longhand the value leaves out is set to its
// initial value explicitly ("medium" for border-top-width after
// "border: solid") or implicitly ("initial" for background-image after
// "background: red"). These are the CSSOM's longhands, which need not be
// cssom's internal ones (propID): background-position-x is a longhand here.
// The serialization back to a shorthand is in shorthandtext_serialize.go.
//
// grid and grid-template are in shorthandtext_grid.go; text-emphasis,
// -webkit-text-stroke, container, mask, offset and all in
// shorthandtext_misc.go.
//
// TODO(spec): a shorthand not registered in cssomShorthands (for example
// overscroll-behavior, text-wrap, text-box, contain-intrinsic-size) stays
// one declaration of the shorthand in a block: its longhands read "".

import (
	"strings"
	"sync"

	"github.com/tdewolff/parse/v2/css"
)

// lhText is the specified value text of one longhand of a shorthand.
type lhText struct {
	text string
	// implicit marks a longhand the shorthand's value left out and that
	// is "initial" implicitly: it serializes as "initial" alone, and is
	// omitted when the shorthand is serialized back.
	implicit bool
}

// shorthandForm is one shorthand: its longhands, how its value splits
// into them and how they serialize back into it.
type shorthandForm struct {
	longhands []string
	// split returns the text of each longhand, in longhands' order; false
	// when the value is not one we can split.
	split func(name string, comps [][]tok) ([]lhText, bool)
	// serialize writes the shorthand from the longhands' texts, "" when
	// they cannot be represented by it.
	serialize func(name string, vals []lhText) string
}

// cssomShorthands maps a shorthand name to its form.
var cssomShorthands = map[string]*shorthandForm{}

func init() {
	box := func(prefix, suffix string) []string {
		var out []string
		for _, s := range []string{"top", "right", "bottom", "left"} {
			out = append(out, prefix+s+suffix)
		}
		return out
	}
	sides := &shorthandForm{split: splitBoxSides, serialize: serializeBoxSides}
	for _, n := range []string{"margin", "padding", "scroll-margin", "scroll-padding"} {
		f := *sides
		f.longhands = box(n+"-", "")
		cssomShorthands[n] = &f
	}
	for name, l := range map[string][]string{"inset": box("", ""), "border-width": box("border-", "-width"),
		"border-style": box("border-", "-style"), "border-color": box("border-", "-color")} {
		f := *sides
		f.longhands = l
		cssomShorthands[name] = &f
	}
	pair := func(name string, a, b string) {
		cssomShorthands[name] = &shorthandForm{longhands: []string{a, b}, split: splitPair, serialize: serializePair}
	}
	pair("overflow", "overflow-x", "overflow-y")
	pair("gap", "row-gap", "column-gap")
	pair("place-content", "align-content", "justify-content")
	pair("place-items", "align-items", "justify-items")
	pair("place-self", "align-self", "justify-self")
	for _, p := range []string{"margin", "padding", "inset", "scroll-margin", "scroll-padding"} {
		for _, axis := range []string{"inline", "block"} {
			pair(p+"-"+axis, p+"-"+axis+"-start", p+"-"+axis+"-end")
		}
	}
	for _, axis := range []string{"inline", "block"} {
		for _, part := range []string{"width", "style", "color"} {
			pair("border-"+axis+"-"+part, "border-"+axis+"-start-"+part, "border-"+axis+"-end-"+part)
		}
	}
	lines := func(name string, longhands []string) {
		cssomShorthands[name] = &shorthandForm{longhands: longhands, split: splitBorderLine, serialize: serializeBorderLine}
	}
	for _, s := range []string{"top", "right", "bottom", "left", "inline-start", "inline-end", "block-start", "block-end"} {
		lines("border-"+s, []string{"border-" + s + "-width", "border-" + s + "-style", "border-" + s + "-color"})
	}
	lines("column-rule", []string{"column-rule-width", "column-rule-style", "column-rule-color"})
	var border []string
	for _, part := range []string{"width", "style", "color"} {
		border = append(border, box("border-", "-"+part)...)
	}
	border = append(border, borderImageLonghands...)
	cssomShorthands["border"] = &shorthandForm{longhands: border, split: splitBorder, serialize: serializeBorder}
	cssomShorthands["outline"] = &shorthandForm{longhands: []string{"outline-color", "outline-style", "outline-width"},
		split: splitOutline, serialize: serializeOmitting}
	cssomShorthands["list-style"] = &shorthandForm{longhands: []string{"list-style-position", "list-style-image", "list-style-type"},
		split: splitListStyle, serialize: serializeOmitting}
	cssomShorthands["text-decoration"] = &shorthandForm{longhands: []string{"text-decoration-line", "text-decoration-thickness",
		"text-decoration-style", "text-decoration-color"}, split: splitTextDecoration, serialize: serializeTextDecoration}
	cssomShorthands["flex"] = &shorthandForm{longhands: []string{"flex-grow", "flex-shrink", "flex-basis"},
		split: splitFlex, serialize: serializeJoined}
	cssomShorthands["flex-flow"] = &shorthandForm{longhands: []string{"flex-direction", "flex-wrap"},
		split: splitFlexFlow, serialize: serializeFlexFlow}
	cssomShorthands["grid-area"] = &shorthandForm{longhands: []string{"grid-row-start", "grid-column-start", "grid-row-end", "grid-column-end"},
		split: splitGridLines, serialize: serializeGridLines}
	cssomShorthands["grid-row"] = &shorthandForm{longhands: []string{"grid-row-start", "grid-row-end"},
		split: splitGridLines, serialize: serializeGridLines}
	cssomShorthands["grid-column"] = &shorthandForm{longhands: []string{"grid-column-start", "grid-column-end"},
		split: splitGridLines, serialize: serializeGridLines}
	cssomShorthands["border-radius"] = &shorthandForm{longhands: []string{"border-top-left-radius", "border-top-right-radius",
		"border-bottom-right-radius", "border-bottom-left-radius"}, split: splitBorderRadius, serialize: serializeBorderRadius}
	addLayeredShorthands()
}

// borderImageLonghands are border-image's longhands, which border resets.
var borderImageLonghands = []string{"border-image-source", "border-image-slice", "border-image-width",
	"border-image-outset", "border-image-repeat"}

// shorthandsOf returns the shorthands that include longhand, in preferred
// order (https://drafts.csswg.org/cssom/#concept-shorthands-preferred-order):
// more longhands first, then by name.
func shorthandsOf(longhand string) []string {
	shorthandIndexOnce.Do(func() {
		shorthandFormOf("all") // list all's longhands first
		shorthandIndex = map[string][]string{}
		for name, f := range cssomShorthands {
			longhands := f.longhands
			if name == "all" && len(longhands) > 0 {
				// AD-HOC: all (hundreds of longhands) is tried only at
				// its first longhand, where a block that all set starts,
				// so that serializing other blocks stays cheap.
				longhands = longhands[:1]
			}
			for _, l := range longhands {
				shorthandIndex[l] = append(shorthandIndex[l], name)
			}
		}
		for _, names := range shorthandIndex {
			sortShorthands(names)
		}
	})
	return shorthandIndex[longhand]
}

// shorthandIndex maps each longhand to shorthandsOf's answer, built on
// first use (after every init has registered its shorthands).
var (
	shorthandIndex     map[string][]string
	shorthandIndexOnce sync.Once
)

// sortShorthands orders names by the preferred order.
func sortShorthands(names []string) {
	less := func(a, b string) bool {
		la, lb := len(shorthandFormOf(a).longhands), len(shorthandFormOf(b).longhands)
		if la != lb {
			return la > lb
		}
		if strings.HasPrefix(a, "-") != strings.HasPrefix(b, "-") {
			return !strings.HasPrefix(a, "-")
		}
		return a < b
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && less(names[j], names[j-1]); j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
}

// texts makes explicit longhand texts.
func texts(ss ...string) []lhText {
	out := make([]lhText, len(ss))
	for i, s := range ss {
		out[i] = lhText{text: s}
	}
	return out
}

// compText serializes one component for longhand prop.
func compText(prop string, c []tok) string { return specifiedText(prop, c) }

// compsText serializes components for longhand prop.
func compsText(prop string, comps [][]tok) string {
	var all []tok
	for i, c := range comps {
		if i > 0 {
			all = append(all, tok{css.WhitespaceToken, " "})
		}
		all = append(all, c...)
	}
	return specifiedText(prop, all)
}

// splitBoxSides splits the 1-to-4 value syntax: top, right, bottom, left
// (https://drafts.csswg.org/css-box-4/#margin-shorthand).
func splitBoxSides(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	if len(comps) < 1 || len(comps) > 4 {
		return nil, false
	}
	idx := [4][4]int{{0, 0, 0, 0}, {0, 1, 0, 1}, {0, 1, 2, 1}, {0, 1, 2, 3}}[len(comps)-1]
	out := make([]lhText, 4)
	for i := range out {
		out[i] = lhText{text: compText(l[i], comps[idx[i]])}
	}
	return out, true
}

// splitPair splits a two-value shorthand whose second value defaults to
// the first.
func splitPair(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	if len(comps) < 1 || len(comps) > 2 {
		return nil, false
	}
	return texts(compText(l[0], comps[0]), compText(l[1], comps[len(comps)-1])), true
}

// isLineWidth, isLineStyle and isColor classify the components of
// <line-width> || <line-style> || <color>.
func isLineWidth(c []tok) bool {
	if _, ok := parseBorderWidth(c); ok {
		return true
	}
	return c[0].t == css.NumberToken && c[0].s == "0"
}

func isLineStyle(c []tok) bool {
	_, ok := borderStyles[ident(c)]
	return ok || ident(c) == "auto"
}

// assignAnyOrder gives each component to the first of the tests that
// accepts it and has no component yet (the "||" combinator); -1 when
// one fits none.
func assignAnyOrder(comps [][]tok, tests []func([]tok) bool) ([]int, bool) {
	slot := make([]int, len(tests))
	for i := range slot {
		slot[i] = -1
	}
	for ci, c := range comps {
		placed := false
		for ti, test := range tests {
			if slot[ti] < 0 && test(c) {
				slot[ti], placed = ci, true
				break
			}
		}
		if !placed {
			return nil, false
		}
	}
	return slot, len(comps) > 0
}

// splitBorderLine splits <line-width> || <line-style> || <color>; the
// values left out are set to their initial values explicitly.
func splitBorderLine(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	slot, ok := assignAnyOrder(comps, []func([]tok) bool{isLineWidth, isLineStyle, isColorComp})
	if !ok {
		return nil, false
	}
	out := texts("medium", "none", "currentcolor")
	for i, s := range slot {
		if s >= 0 {
			out[i].text = compText(l[i], comps[s])
		}
	}
	return out, true
}

// splitBorder splits border: one line for the four sides, and border-image
// reset (https://drafts.csswg.org/css-backgrounds-3/#border-shorthands).
func splitBorder(name string, comps [][]tok) ([]lhText, bool) {
	line, ok := splitBorderLine("border-top", comps)
	if !ok {
		return nil, false
	}
	var out []lhText
	for _, v := range line {
		out = append(out, v, v, v, v)
	}
	return append(out, texts("none", "100%", "1", "0", "stretch")...), true
}

// splitOutline splits outline: <outline-color> || <outline-style> ||
// <outline-width>; the values left out are implicit.
func splitOutline(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	slot, ok := assignAnyOrder(comps, []func([]tok) bool{isColorComp, isLineStyle, isLineWidth})
	return implicitTexts(l, comps, slot), ok
}

// implicitTexts gives the longhands their components, "initial"
// implicitly where there is none.
func implicitTexts(l []string, comps [][]tok, slot []int) []lhText {
	out := make([]lhText, len(slot))
	for i, s := range slot {
		if s < 0 {
			out[i] = lhText{"initial", true}
		} else {
			out[i].text = compText(l[i], comps[s])
		}
	}
	return out
}

// splitListStyle splits <list-style-position> || <list-style-image> ||
// <list-style-type>
// (https://drafts.csswg.org/css-lists-3/#list-style-property).
func splitListStyle(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	isPos := func(c []tok) bool { return ident(c) == "inside" || ident(c) == "outside" }
	isImage := func(c []tok) bool {
		return ident(c) == "none" || c[0].t == css.URLToken || c[0].t == css.FunctionToken && !isFunc(c, "symbols(")
	}
	isType := func(c []tok) bool {
		return c[0].t == css.StringToken || c[0].t == css.IdentToken || isFunc(c, "symbols(")
	}
	// none goes to the type unless something else sets it, then to the
	// image (Chromium's reading of the grammar's ambiguity).
	var nones []int
	var rest [][]tok
	for i, c := range comps {
		if ident(c) == "none" {
			nones = append(nones, i)
		} else {
			rest = append(rest, c)
		}
	}
	slot, ok := assignAnyOrder(rest, []func([]tok) bool{isPos, isImage, isType})
	if len(rest) == 0 {
		slot, ok = []int{-1, -1, -1}, len(nones) > 0
	}
	if !ok || len(nones) > 2 {
		return nil, false
	}
	out := implicitTexts(l, rest, slot)
	for range nones {
		switch {
		case slot[2] < 0 && out[2].implicit:
			out[2] = lhText{text: "none"}
		case out[1].implicit:
			out[1] = lhText{text: "none"}
		default:
			return nil, false
		}
	}
	return out, true
}

// splitTextDecoration splits <text-decoration-line> ||
// <text-decoration-thickness> || <text-decoration-style> || <color>; the
// line may be several keywords.
func splitTextDecoration(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	var line, rest [][]tok
	for _, c := range comps {
		switch ident(c) {
		case "none", "underline", "overline", "line-through", "blink", "spelling-error", "grammar-error":
			line = append(line, c)
		default:
			rest = append(rest, c)
		}
	}
	isThickness := func(c []tok) bool {
		return ident(c) == "auto" || ident(c) == "from-font" || c[0].t != css.IdentToken && !isColorComp(c)
	}
	isStyle := func(c []tok) bool {
		switch ident(c) {
		case "solid", "double", "dotted", "dashed", "wavy":
			return true
		}
		return false
	}
	slot, ok := assignAnyOrder(rest, []func([]tok) bool{isThickness, isStyle, isColorComp})
	if !ok && len(rest) > 0 || len(comps) == 0 {
		return nil, false
	}
	if slot == nil {
		slot = []int{-1, -1, -1}
	}
	out := append([]lhText{{"initial", true}}, implicitTexts(l[1:], rest, slot)...)
	if len(line) > 0 {
		out[0] = lhText{text: compsText(l[0], line)}
	}
	return out, true
}

// splitFlex splits flex (https://drafts.csswg.org/css-flexbox-1/#flex-property):
// none is 0 0 auto, auto is 1 1 auto, an omitted basis is 0%.
func splitFlex(name string, comps [][]tok) ([]lhText, bool) {
	switch {
	case len(comps) == 1 && ident(comps[0]) == "none":
		return texts("0", "0", "auto"), true
	case len(comps) == 1 && ident(comps[0]) == "auto":
		return texts("1", "1", "auto"), true
	}
	var nums []string
	basis, numsAfterBasis := "", false
	for _, c := range comps {
		if c[0].t == css.NumberToken && len(nums) < 2 && (basis == "" || len(nums) == 0 || numsAfterBasis) {
			numsAfterBasis = basis != ""
			nums = append(nums, compText("flex-grow", c))
			continue
		}
		if basis != "" {
			return nil, false
		}
		basis = compText("flex-basis", c)
	}
	if len(nums) == 0 && basis == "" || len(nums) > 2 {
		return nil, false
	}
	out := texts("1", "1", "0%")
	if len(nums) > 0 {
		out[0].text = nums[0]
	}
	if len(nums) > 1 {
		out[1].text = nums[1]
	}
	if basis != "" {
		out[2].text = basis
	}
	return out, true
}

// splitFlexFlow splits <flex-direction> || <flex-wrap>.
func splitFlexFlow(name string, comps [][]tok) ([]lhText, bool) {
	isDir := func(c []tok) bool {
		switch ident(c) {
		case "row", "row-reverse", "column", "column-reverse":
			return true
		}
		return false
	}
	isWrap := func(c []tok) bool {
		switch ident(c) {
		case "nowrap", "wrap", "wrap-reverse":
			return true
		}
		return false
	}
	slot, ok := assignAnyOrder(comps, []func([]tok) bool{isDir, isWrap})
	out := texts("row", "nowrap")
	for i, s := range slot {
		if s >= 0 {
			out[i].text = ident(comps[s])
		}
	}
	return out, ok
}

// splitGridLines splits grid-area, grid-row and grid-column at their
// slashes; an omitted line is the start's custom identifier or auto
// (https://drafts.csswg.org/css-grid-2/#placement-shorthands).
func splitGridLines(name string, comps [][]tok) ([]lhText, bool) {
	l := shorthandFormOf(name).longhands
	var parts [][][]tok
	start := 0
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			parts = append(parts, comps[start:i])
			start = i + 1
		}
	}
	parts = append(parts, comps[start:])
	if len(parts) > len(l) {
		return nil, false
	}
	out := make([]lhText, len(l))
	// The order the omitted values copy from: grid-area's column-end from
	// column-start, row-end from row-start, column-start from row-start.
	from := map[int]int{1: 0, 2: 0, 3: 1}
	if len(l) == 2 {
		from = map[int]int{1: 0}
	}
	for i := range l {
		if i < len(parts) {
			if len(parts[i]) == 0 {
				return nil, false
			}
			out[i].text = compsText(l[i], parts[i])
			continue
		}
		src := out[from[i]].text
		out[i].text = "auto"
		if isPlainIdent(src) && src != "auto" {
			out[i].text = src
		}
	}
	return out, true
}

// splitBorderRadius splits border-radius: 1 to 4 horizontal radii, then
// optionally "/" and 1 to 4 vertical ones; a corner with equal radii is
// one value.
func splitBorderRadius(name string, comps [][]tok) ([]lhText, bool) {
	h, v := comps, [][]tok(nil)
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			h, v = comps[:i], comps[i+1:]
			if len(v) == 0 {
				return nil, false
			}
		}
	}
	hs, ok := splitBoxSides("margin", h)
	if !ok {
		return nil, false
	}
	vs := hs
	if v != nil {
		if vs, ok = splitBoxSides("margin", v); !ok {
			return nil, false
		}
	}
	out := make([]lhText, 4)
	for i := range out {
		out[i].text = hs[i].text
		if vs[i].text != hs[i].text {
			out[i].text += " " + vs[i].text
		}
	}
	return out, true
}
