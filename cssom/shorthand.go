package cssom

// Shorthand expansion (https://www.w3.org/TR/css-cascade-4/#shorthand): a
// shorthand sets all of its longhands, those it does not mention to their
// initial values.

import (
	"net/url"

	"github.com/tdewolff/parse/v2/css"
)

func parseShorthand(name string, toks []tok, comps [][]tok, base *url.URL) ([]longhand, bool) {
	switch name {
	case "inset":
		return parseBoxSides(pTop, comps, base)
	case "margin":
		return parseBoxSides(pMarginTop, comps, base)
	case "padding":
		return parseBoxSides(pPaddingTop, comps, base)
	case "border-width":
		return parseBoxSides(pBorderTopWidth, comps, base)
	case "border-style":
		return parseBoxSides(pBorderTopStyle, comps, base)
	case "border-color":
		return parseBoxSides(pBorderTopColor, comps, base)
	case "border-top", "border-right", "border-bottom", "border-left":
		return parseBorderSide(shorthands[name][0]-pBorderTopWidth, comps)
	case "border":
		var out []longhand
		for side := propID(0); side < 4; side++ {
			l, ok := parseBorderSide(side, comps)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case "font":
		return withFontResets(parseFont(comps))
	case "list-style":
		return parseListStyle(comps, base)
	case "overflow":
		if len(comps) < 1 || len(comps) > 2 {
			return nil, false
		}
		x, ok1 := parseSingle(pOverflowX, comps[0], base)
		y, ok2 := parseSingle(pOverflowY, comps[len(comps)-1], base)
		return []longhand{{pOverflowX, x}, {pOverflowY, y}}, ok1 && ok2
	case "text-decoration":
		return parseTextDecoration(comps)
	case "font-variant":
		return parseFontVariant(comps)
	case "font-synthesis":
		return parseFontSynthesis(comps)
	case "text-emphasis", "-webkit-text-emphasis":
		return parseTextEmphasis(comps)
	}
	if l, ok := parseBoxShorthand(name, comps, base); ok {
		return l, true
	}
	return parseLogical(name, comps, base)
}

// parseBoxSides expands the 1-to-4 value syntax of margin, padding and the
// border-* shorthands (https://www.w3.org/TR/css-backgrounds-3/#border-width):
// top, right, bottom, left, with missing sides copied from their opposites.
func parseBoxSides(first propID, comps [][]tok, base *url.URL) ([]longhand, bool) {
	n := len(comps)
	if n < 1 || n > 4 {
		return nil, false
	}
	var v [4]value
	for i, c := range comps {
		var ok bool
		if v[i], ok = parseSingle(first+propID(i), c, base); !ok {
			return nil, false
		}
	}
	switch n {
	case 1:
		v[1], v[2], v[3] = v[0], v[0], v[0]
	case 2:
		v[2], v[3] = v[0], v[1]
	case 3:
		v[3] = v[1]
	}
	return []longhand{{first, v[0]}, {first + 1, v[1]}, {first + 2, v[2]}, {first + 3, v[3]}}, true
}

// parseBorderSide parses <line-width> || <line-style> || <color> for one side.
func parseBorderSide(side propID, comps [][]tok) ([]longhand, bool) {
	width := value{kind: vLength, num: 3}
	style := value{kind: vEnum, i: int32(BorderNone)}
	color := value{kind: vCurrentColor}
	var seen [3]bool
	if len(comps) == 0 || len(comps) > 3 {
		return nil, false
	}
	for _, c := range comps {
		if v, ok := parseBorderWidth(c); ok && !seen[0] {
			width, seen[0] = v, true
		} else if e, ok := borderStyles[ident(c)]; ok && !seen[1] {
			style, seen[1] = value{kind: vEnum, i: e}, true
		} else if col, cur, ok := parseColor(c); ok && !seen[2] {
			color, seen[2] = value{kind: vColor, color: col}, true
			if cur {
				color = value{kind: vCurrentColor}
			}
		} else {
			return nil, false
		}
	}
	return []longhand{{pBorderTopWidth + side, width}, {pBorderTopStyle + side, style}, {pBorderTopColor + side, color}}, true
}

func isMathFunction(c []tok) bool {
	return isFunc(c, "calc(") || isFunc(c, "min(") || isFunc(c, "max(") || isFunc(c, "clamp(") || isFunc(c, "-webkit-calc(")
}

// backgroundComponent accepts the other components of a background layer
// (positions, sizes, repeat and box keywords, gradients) without
// interpreting them.
func backgroundComponent(c []tok) bool {
	switch c[0].t {
	case css.IdentToken, css.DimensionToken, css.PercentageToken, css.NumberToken:
		return true
	case css.DelimToken:
		return c[0].s == "/"
	case css.FunctionToken:
		return true // gradients, image-set(), calc() positions
	}
	return false
}

// parseFont parses the font shorthand
// (https://www.w3.org/TR/css-fonts-4/#font-prop):
// [ <font-style> || <font-variant-css2> || <font-weight> || <font-stretch-css3> ]?
// <font-size> [ / <line-height> ]? <font-family>
// or a system font keyword (caption, icon, menu, message-box,
// small-caption, status-bar).
func parseFont(comps [][]tok) ([]longhand, bool) {
	if len(comps) == 1 && systemFonts[ident(comps[0])] {
		// "the system font settings" (CSS Fonts 4 §3.7): AD-HOC, the
		// system-ui family at the medium size, normal in every other
		// respect; Chromium on Linux gives every keyword Arial 16px,
		// which system-ui renders the same here.
		return []longhand{{pFontStyle, value{kind: vEnum, i: int32(FontStyleNormal)}}, {pFontWeight, value{kind: vInt, i: 400}},
			{pFontSize, value{kind: vKeyword, i: kwFontSizeBase + 3}}, {pLineHeight, value{kind: vKeyword, i: kwNormal}},
			{pFontFamily, value{kind: vFamilies, list: []string{"system-ui"}}}, {pFontVariantCaps, value{kind: vEnum, i: int32(CapsNormal)}},
			{pFontStretch, value{kind: vNumber, num: 100}}}, true
	}
	style := value{kind: vEnum, i: int32(FontStyleNormal)}
	weight := value{kind: vInt, i: 400}
	lineHeight := value{kind: vKeyword, i: kwNormal}
	caps := value{kind: vEnum, i: int32(CapsNormal)}
	stretch := value{kind: vNumber, num: 100}
	var size value
	i, nNormal := 0, 0
	var seenStyle, seenWeight bool
	for ; i < len(comps); i++ {
		c := comps[i]
		kw := ident(c)
		if kw == "normal" {
			nNormal++
			continue
		}
		if e, ok := enumKeywords[pFontStyle][kw]; ok && !seenStyle {
			style, seenStyle = value{kind: vEnum, i: e}, true
			if next := compAt(comps, i+1); kw == "oblique" && len(next) == 1 && next[0].t == css.DimensionToken {
				if _, angle := parseAngle(next); angle {
					i++ // TODO(spec): the oblique angle (compAt: specifiedfixup.go)
				}
			}
			continue
		}
		if kw == "small-caps" {
			caps = value{kind: vEnum, i: int32(CapsSmallCaps)}
			continue
		}
		if p, ok := fontStretchKeywords[kw]; ok && kw != "normal" {
			stretch = value{kind: vNumber, num: p}
			continue
		}
		if v, ok := parseFontWeight(c, kw); ok && !seenWeight && (kw != "" || c[0].t == css.NumberToken) {
			weight, seenWeight = v, true
			continue
		}
		break
	}
	if i >= len(comps) || nNormal > 4 {
		return nil, false
	}
	var ok bool
	if size, ok = parseFontSize(comps[i], ident(comps[i])); !ok {
		return nil, false
	}
	i++
	if i < len(comps) && len(comps[i]) == 1 && comps[i][0].t == css.DelimToken && comps[i][0].s == "/" {
		if i+1 >= len(comps) {
			return nil, false
		}
		if lineHeight, ok = parseSingle(pLineHeight, comps[i+1], nil); !ok {
			return nil, false
		}
		i += 2
	}
	fams, ok := parseFamilyComps(comps[i:])
	if !ok {
		return nil, false
	}
	return []longhand{{pFontStyle, style}, {pFontWeight, weight}, {pFontSize, size},
		{pLineHeight, lineHeight}, {pFontFamily, value{kind: vFamilies, list: fams}}, {pFontVariantCaps, caps},
		{pFontStretch, stretch}}, true
}

// systemFonts are the system font keywords of the font shorthand.
var systemFonts = map[string]bool{"caption": true, "icon": true, "menu": true, "message-box": true,
	"small-caption": true, "status-bar": true}

// parseListStyle parses <list-style-position> || <list-style-image> || <list-style-type>.
func parseListStyle(comps [][]tok, base *url.URL) ([]longhand, bool) {
	typ := value{kind: vKeyword, i: kwNone, str: "disc"}
	pos := value{kind: vEnum, i: int32(ListOutside)}
	img := value{kind: vKeyword, i: kwNone}
	var seenType, seenPos, seenImg bool
	nones := 0
	for _, c := range comps {
		kw := ident(c)
		switch {
		case kw == "none":
			nones++
		case kw == "inside" || kw == "outside":
			if seenPos {
				return nil, false
			}
			pos, seenPos = value{kind: vEnum, i: enumKeywords[pListStylePosition][kw]}, true
		default:
			if v, ok := parseImageOrNone([][]tok{c}, base); ok && !seenImg {
				img, seenImg = v, true
			} else if v, ok := parseSingle(pListStyleType, c, base); ok && !seenType {
				typ, seenType = v, true
			} else {
				return nil, false
			}
		}
	}
	switch {
	case nones > 2 || nones == 2 && (seenType || seenImg):
		return nil, false
	case nones >= 1 && !seenType:
		typ = value{kind: vKeyword, i: kwNone, str: "none"}
	}
	return []longhand{{pListStyleType, typ}, {pListStylePosition, pos}, {pListStyleImage, img}}, len(comps) > 0
}

// parseTextDecoration parses <text-decoration-line> ||
// <text-decoration-style> || <color> || <text-decoration-thickness>.
func parseTextDecoration(comps [][]tok) ([]longhand, bool) {
	line := value{kind: vInt}
	color := value{kind: vCurrentColor}
	style := value{kind: vEnum, i: int32(DecorationSolid)}
	thickness := value{kind: vKeyword, i: kwAuto}
	var lines [][]tok
	for _, c := range comps {
		kw := ident(c)
		switch kw {
		case "none", "underline", "overline", "line-through", "blink":
			lines = append(lines, c)
			continue
		case "solid", "double", "dotted", "dashed", "wavy":
			style.i = enumKeywords[pTextDecorationStyle][kw]
			continue
		case "auto", "from-font":
			if t, ok, _ := parseTextProp(pTextDecorationThickness, [][]tok{c}); ok {
				thickness = t
			}
			continue
		}
		if col, cur, ok := parseColor(c); ok {
			color = value{kind: vColor, color: col}
			if cur {
				color = value{kind: vCurrentColor}
			}
			continue
		}
		if t, ok, _ := parseTextProp(pTextDecorationThickness, [][]tok{c}); ok {
			thickness = t
			continue
		}
		return nil, false
	}
	if len(lines) > 0 {
		var ok bool
		if line, ok = parseDecorationLine(lines); !ok {
			return nil, false
		}
	}
	return []longhand{{pTextDecorationLine, line}, {pTextDecorationColor, color}, {pTextDecorationStyle, style},
		{pTextDecorationThickness, thickness}}, len(comps) > 0
}
