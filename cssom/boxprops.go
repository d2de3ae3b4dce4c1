package cssom

// Flexbox, box alignment, gaps, border radii, table borders and line
// breaking: the grammars, computation and shorthands of these longhands.
// The border radii are parsed in effects.go (border-radius and the corner
// longhands set the horizontal and the vertical radius of each corner);
// the horizontal ones are computed here.

import "net/url"

var alignKeywords = map[string]Align{
	"normal": AlignNormal, "auto": AlignAuto, "stretch": AlignStretch, "flex-start": AlignFlexStart,
	"flex-end": AlignFlexEnd, "start": AlignStart, "end": AlignEnd, "self-start": AlignStart,
	"self-end": AlignEnd, "center": AlignCenter, "baseline": AlignBaseline,
	"space-between": AlignSpaceBetween, "space-around": AlignSpaceAround,
	"space-evenly": AlignSpaceEvenly, "left": AlignLeft, "right": AlignRight,
}

func init() {
	addLonghandNames(map[string]propID{
		"flex-direction": pFlexDirection, "flex-wrap": pFlexWrap, "flex-grow": pFlexGrow,
		"flex-shrink": pFlexShrink, "flex-basis": pFlexBasis, "order": pOrder,
		"justify-content": pJustifyContent, "align-items": pAlignItems, "align-self": pAlignSelf,
		"align-content": pAlignContent, "row-gap": pRowGap, "column-gap": pColumnGap,
		"grid-row-gap": pRowGap, "grid-column-gap": pColumnGap,
		"border-collapse": pBorderCollapse, "border-spacing": pBorderSpacing,
		"overflow-wrap": pOverflowWrap, "word-wrap": pOverflowWrap, "word-break": pWordBreak,
		"line-break": pLineBreak, "font-stretch": pFontStretch, "font-width": pFontStretch,
		"aspect-ratio": pAspectRatio, "isolation": pIsolation,
		"-webkit-line-clamp": pLineClamp, "-webkit-box-orient": pBoxOrient,
	})
	enumKeywords[pFlexDirection] = map[string]int32{"row": int32(FlexRow), "row-reverse": int32(FlexRowReverse), "column": int32(FlexColumn), "column-reverse": int32(FlexColumnReverse)}
	enumKeywords[pFlexWrap] = map[string]int32{"nowrap": int32(FlexNoWrap), "wrap": int32(FlexWrapWrap), "wrap-reverse": int32(FlexWrapReverse)}
	enumKeywords[pBorderCollapse] = map[string]int32{"separate": 0, "collapse": 1}
	enumKeywords[pOverflowWrap] = map[string]int32{"normal": int32(OverflowWrapNormal), "anywhere": int32(OverflowWrapAnywhere), "break-word": int32(OverflowWrapBreakWord)}
	enumKeywords[pIsolation] = map[string]int32{"auto": 0, "isolate": 1}
	enumKeywords[pBoxOrient] = map[string]int32{"horizontal": 0, "inline-axis": 0, "vertical": 1, "block-axis": 1}
	enumKeywords[pLineBreak] = map[string]int32{"auto": int32(LineBreakAuto), "loose": int32(LineBreakLoose), "normal": int32(LineBreakNormal), "strict": int32(LineBreakStrict), "anywhere": int32(LineBreakAnywhere)}
	enumKeywords[pWordBreak] = map[string]int32{"normal": int32(WordBreakNormal), "break-all": int32(WordBreakBreakAll), "keep-all": int32(WordBreakKeepAll), "break-word": int32(WordBreakBreakWord)}
	shorthands["flex"] = []propID{pFlexGrow, pFlexShrink, pFlexBasis}
	shorthands["flex-flow"] = []propID{pFlexDirection, pFlexWrap}
	shorthands["gap"] = []propID{pRowGap, pColumnGap}
	shorthands["grid-gap"] = []propID{pRowGap, pColumnGap}
	shorthands["place-content"] = []propID{pAlignContent, pJustifyContent}
}

// parseBoxProp parses the longhands of this file; handled is false for
// the others.
func parseBoxProp(id propID, comps [][]tok) (v value, ok, handled bool) {
	switch {
	case id == pJustifyContent || id == pAlignItems || id == pAlignSelf || id == pAlignContent:
		v, ok = parseAlign(comps)
	case id == pFlexGrow || id == pFlexShrink:
		if len(comps) == 1 {
			n, nok := nonNegNumber(comps[0])
			v, ok = value{kind: vNumber, num: n}, nok
		}
	case id == pFlexBasis:
		if len(comps) == 1 {
			if kw := ident(comps[0]); kw == "content" {
				return value{kind: vKeyword, i: kwContent}, true, true
			} else if v, ok, handled := parseSizingValue(comps[0], kw, kwAuto, false); handled {
				return v, ok, true
			}
			v, ok = lengthOrKeyword(comps[0], ident(comps[0]), true, false, "auto", kwAuto)
		}
	case id == pOrder:
		if len(comps) == 1 {
			n, nok := integer(comps[0])
			v, ok = value{kind: vInt, i: n}, nok
		}
	case id == pRowGap || id == pColumnGap:
		if len(comps) == 1 {
			v, ok = lengthOrKeyword(comps[0], ident(comps[0]), true, false, "normal", kwAuto)
		}
	case id == pBorderSpacing:
		v, ok = parseBorderSpacing(comps)
	default:
		return parseTextProp(id, comps)
	}
	return v, ok, true
}

// parseAlign parses the box alignment keywords, with an optional
// overflow position (safe, unsafe) or baseline preference (first, last)
// that is dropped. TODO(spec): safe alignment.
func parseAlign(comps [][]tok) (value, bool) {
	if len(comps) == 2 {
		switch ident(comps[0]) {
		case "safe", "unsafe", "first", "last":
			comps = comps[1:]
		}
	}
	if len(comps) != 1 {
		return value{}, false
	}
	a, ok := alignKeywords[ident(comps[0])]
	return value{kind: vEnum, i: int32(a)}, ok
}

func parseBorderSpacing(comps [][]tok) (value, bool) {
	if len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	h, ok1 := parseLengthPercentage(comps[0], false)
	vv, ok2 := parseLengthPercentage(comps[len(comps)-1], false)
	if !ok1 || !ok2 || h.negative() || vv.negative() {
		return value{}, false
	}
	// The vertical spacing rides in a calc node to keep value small.
	v := fromLength(h)
	v.items = nil
	v.list = nil
	v.calc = &calcNode{args: []*calcNode{lengthNode(h), lengthNode(vv)}}
	return v, true
}

// lengthNode wraps a lengthLike in a calc node.
func lengthNode(l lengthLike) *calcNode {
	switch l.kind {
	case vCalc:
		return l.calc
	case vPercent:
		return &calcNode{num: l.num, pct: true, typ: calcPercentBit}
	}
	return &calcNode{num: l.num, unit: l.unit, typ: calcLengthBit}
}

// parseBoxShorthand parses the shorthands of this file.
func parseBoxShorthand(name string, comps [][]tok, base *url.URL) ([]longhand, bool) {
	switch name {
	case "flex":
		return parseFlex(comps)
	case "flex-flow":
		dir := value{kind: vEnum, i: int32(FlexRow)}
		wrap := value{kind: vEnum, i: int32(FlexNoWrap)}
		if len(comps) < 1 || len(comps) > 2 {
			return nil, false
		}
		var seenDir, seenWrap bool
		for _, c := range comps {
			if e, ok := enumKeywords[pFlexDirection][ident(c)]; ok && !seenDir {
				dir, seenDir = value{kind: vEnum, i: e}, true
			} else if e, ok := enumKeywords[pFlexWrap][ident(c)]; ok && !seenWrap {
				wrap, seenWrap = value{kind: vEnum, i: e}, true
			} else {
				return nil, false
			}
		}
		return []longhand{{pFlexDirection, dir}, {pFlexWrap, wrap}}, true
	case "gap", "grid-gap":
		if len(comps) < 1 || len(comps) > 2 {
			return nil, false
		}
		r, ok1, _ := parseBoxProp(pRowGap, comps[:1])
		c, ok2, _ := parseBoxProp(pColumnGap, comps[len(comps)-1:])
		return []longhand{{pRowGap, r}, {pColumnGap, c}}, ok1 && ok2
	case "place-content":
		if len(comps) < 1 || len(comps) > 2 {
			return nil, false
		}
		a, ok1 := parseAlign(comps[:1])
		j, ok2 := parseAlign(comps[len(comps)-1:])
		return []longhand{{pAlignContent, a}, {pJustifyContent, j}}, ok1 && ok2
	}
	return nil, false
}

// parseFlex parses the flex shorthand
// (https://www.w3.org/TR/css-flexbox-1/#flex-property):
// none | [ <'flex-grow'> <'flex-shrink'>? || <'flex-basis'> ].
func parseFlex(comps [][]tok) ([]longhand, bool) {
	num := func(n float64) value { return value{kind: vNumber, num: n} }
	out := func(g, s float64, b value) []longhand {
		return []longhand{{pFlexGrow, num(g)}, {pFlexShrink, num(s)}, {pFlexBasis, b}}
	}
	auto := value{kind: vKeyword, i: kwAuto}
	if len(comps) == 1 {
		switch ident(comps[0]) {
		case "none":
			return out(0, 0, auto), true
		case "auto":
			return out(1, 1, auto), true
		}
	}
	// Omitted flex-grow and flex-shrink are 1; an omitted basis is 0%
	// (https://www.w3.org/TR/css-flexbox-1/#flex-flex-basis: "When omitted
	// from the flex shorthand, its specified value is 0", which browsers
	// take as 0%, so that it is content against an indefinite container
	// size, as Chromium lays out and serializes it).
	grow, shrink, basis := -1.0, -1.0, value{kind: vPercent}
	seenBasis := false
	for _, c := range comps {
		if n, ok := nonNegNumber(c); ok && (grow < 0 || shrink < 0) && !(seenBasis && grow >= 0) {
			if grow < 0 {
				grow = n
			} else {
				shrink = n
			}
			continue
		}
		if b, ok, _ := parseBoxProp(pFlexBasis, [][]tok{c}); ok && !seenBasis {
			basis, seenBasis = b, true
			continue
		}
		return nil, false
	}
	if len(comps) == 0 || len(comps) > 3 {
		return nil, false
	}
	if grow < 0 {
		grow = 1
	}
	if shrink < 0 {
		shrink = 1
	}
	return out(grow, shrink, basis), true
}

// computeBoxProp computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeBoxProp(id propID, v *value) bool {
	s := c.s
	switch {
	case id >= pBorderTopLeftRadius && id < pBorderTopLeftRadius+4:
		s.BorderRadius[id-pBorderTopLeftRadius] = c.ctx.length(v.lengthLike())
		return true
	}
	switch id {
	case pFlexDirection:
		s.FlexDirection = FlexDirection(v.i)
	case pFlexWrap:
		s.FlexWrap = FlexWrap(v.i)
	case pFlexGrow:
		s.FlexGrow = float32(v.num)
	case pFlexShrink:
		s.FlexShrink = float32(v.num)
	case pFlexBasis:
		s.FlexBasis = c.lengthOrAuto(v)
	case pOrder:
		s.Order = v.i
	case pJustifyContent:
		s.JustifyContent = Align(v.i)
	case pAlignItems:
		s.AlignItems = Align(v.i)
	case pAlignSelf:
		s.AlignSelf = Align(v.i)
	case pAlignContent:
		s.AlignContent = Align(v.i)
	case pRowGap:
		s.RowGap = c.lengthOrAuto(v)
	case pColumnGap:
		s.ColumnGap = c.lengthOrAuto(v)
	case pBorderCollapse:
		s.BorderCollapse = v.i == 1
	case pBorderSpacing:
		h := v.calc.args[0].eval(&c.ctx)
		vv := v.calc.args[1].eval(&c.ctx)
		s.BorderSpacing = [2]Fixed{Px(h.px), Px(vv.px)}
	case pOverflowWrap:
		s.OverflowWrap = OverflowWrap(v.i)
	case pWordBreak:
		s.WordBreak = WordBreak(v.i)
	case pLineBreak:
		s.LineBreak = LineBreak(v.i)
	case pFontStretch:
		s.FontStretch = float32(v.num)
	case pAspectRatio:
		computeAspectRatio(s, v) // aspectratio.go
	case pIsolation:
		s.Isolate = v.i == 1
	case pLineClamp:
		s.LineClamp = v.i
	case pBoxOrient:
		s.BoxOrientVertical = v.i == 1
	default:
		return c.computeGridProp(id, v) || c.computeTextProp(id, v)
	}
	return true
}

// copyBoxProp copies the longhands of this file; it reports whether id was
// one of them.
func copyBoxProp(id propID, dst, src *ComputedStyle) bool {
	switch {
	case id >= pBorderTopLeftRadius && id < pBorderTopLeftRadius+4:
		dst.BorderRadius[id-pBorderTopLeftRadius] = src.BorderRadius[id-pBorderTopLeftRadius]
		return true
	}
	switch id {
	case pFlexDirection:
		dst.FlexDirection = src.FlexDirection
	case pFlexWrap:
		dst.FlexWrap = src.FlexWrap
	case pFlexGrow:
		dst.FlexGrow = src.FlexGrow
	case pFlexShrink:
		dst.FlexShrink = src.FlexShrink
	case pFlexBasis:
		dst.FlexBasis = src.FlexBasis
	case pOrder:
		dst.Order = src.Order
	case pJustifyContent:
		dst.JustifyContent = src.JustifyContent
	case pAlignItems:
		dst.AlignItems = src.AlignItems
	case pAlignSelf:
		dst.AlignSelf = src.AlignSelf
	case pAlignContent:
		dst.AlignContent = src.AlignContent
	case pRowGap:
		dst.RowGap = src.RowGap
	case pColumnGap:
		dst.ColumnGap = src.ColumnGap
	case pBorderCollapse:
		dst.BorderCollapse = src.BorderCollapse
	case pBorderSpacing:
		dst.BorderSpacing = src.BorderSpacing
	case pOverflowWrap:
		dst.OverflowWrap = src.OverflowWrap
	case pWordBreak:
		dst.WordBreak = src.WordBreak
	case pLineBreak:
		dst.LineBreak = src.LineBreak
	case pFontStretch:
		dst.FontStretch = src.FontStretch
	case pAspectRatio:
		dst.AspectRatio, dst.AspectRatioAuto = src.AspectRatio, src.AspectRatioAuto
		dst.AspectRatioWidth, dst.AspectRatioHeight = src.AspectRatioWidth, src.AspectRatioHeight
	case pIsolation:
		dst.Isolate = src.Isolate
	case pLineClamp:
		dst.LineClamp = src.LineClamp
	case pBoxOrient:
		dst.BoxOrientVertical = src.BoxOrientVertical
	default:
		return copyGridProp(id, dst, src) || copyTextProp(id, dst, src)
	}
	return true
}
