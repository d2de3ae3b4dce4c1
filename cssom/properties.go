package cssom

// The properties we parse: their names, their grammars (specified values)
// and the shorthands that expand into them. Computing them is in compute.go.

import (
	"net/url"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// propID identifies a longhand property.
type propID uint8

// The longhands. Per-side properties are consecutive in the order top,
// right, bottom, left, so that id+side selects one.
const (
	pDisplay propID = iota
	pPosition
	pFloat
	pClear
	pTop // top, right, bottom, left
	_
	_
	_
	pZIndex
	pMarginTop
	_
	_
	_
	pPaddingTop
	_
	_
	_
	pBorderTopWidth
	_
	_
	_
	pBorderTopStyle
	_
	_
	_
	pBorderTopColor
	_
	_
	_
	pBoxSizing
	pWidth
	pHeight
	pMinWidth
	pMinHeight
	pMaxWidth
	pMaxHeight
	pColor
	pBackgroundColor
	pBackgroundImage
	pOpacity
	pFontFamily
	pFontSize
	pFontWeight
	pFontStyle
	pLineHeight
	pTextAlign
	pTextIndent
	pWhiteSpace
	pTextTransform
	pLetterSpacing
	pWordSpacing
	pVerticalAlign
	pTextDecorationLine
	pTextDecorationColor
	pListStyleType
	pListStylePosition
	pListStyleImage
	pOverflowX
	pOverflowY
	pVisibility
	pDirection
	pContent
	pFlexDirection
	pFlexWrap
	pFlexGrow
	pFlexShrink
	pFlexBasis
	pOrder
	pJustifyContent
	pAlignItems
	pAlignSelf
	pAlignContent
	pRowGap
	pColumnGap
	pBorderTopLeftRadius // top-left, top-right, bottom-right, bottom-left
	_
	_
	_
	pBorderCollapse
	pBorderSpacing
	pOverflowWrap
	pWordBreak
	pLineBreak
	pFontStretch
	pAspectRatio
	pTranslate // translate, rotate, scale: transforms.go
	pRotate
	pScale
	pIsolation
	pLineClamp // -webkit-line-clamp, -webkit-box-orient: lineclamp.go
	pBoxOrient
	pBackgroundRepeat
	pBackgroundPosition
	pBackgroundSize
	pCaptionSide
	pEmptyCells
	pTableLayout
	pBorderTopLeftRadiusY // the vertical radii, in the order of pBorderTopLeftRadius
	_
	_
	_
	pBoxShadow
	pOutlineStyle
	pOutlineWidth
	pOutlineColor
	pOutlineOffset
	pBackgroundClip
	pBackgroundOrigin
	pTextShadow
	pTransform
	pTransformOrigin
	pObjectFit // object-fit .. pClip: effects.go, filter.go and background.go
	pObjectPosition
	pImageRendering
	pMixBlendMode
	pFilter
	pClipPath
	pBackgroundAttachment
	pBackgroundBlendMode // background-blend-mode .. pBorderImageRepeat: layers.go and borderimage.go
	pBorderImageSource
	pBorderImageSlice
	pBorderImageWidth
	pBorderImageOutset
	pBorderImageRepeat
	pClip
	pUnicodeBidi // unicode-bidi .. pTextOverflow: textprops.go
	pTextDecorationStyle
	pTextDecorationThickness
	pTextUnderlineOffset
	pTextUnderlinePosition
	pHyphens
	pTextOverflow
	pFontKerning // font-kerning .. pFontSynthesisWeight: fontprops.go
	pFontVariantCaps
	pFontVariantLigatures
	pFontVariantNumeric
	pFontFeatureSettings
	pFontSynthesisWeight
	pTabSize
	pCounterReset // counter-reset .. pQuotes: counters.go
	pCounterIncrement
	pCounterSet
	pQuotes
	pGridTemplateColumns // grid-template-columns .. pJustifySelf: grid.go
	pGridTemplateRows
	pGridTemplateAreas
	pGridAutoColumns
	pGridAutoRows
	pGridAutoFlow
	pGridRowStart
	pGridRowEnd
	pGridColumnStart
	pGridColumnEnd
	pJustifyItems
	pJustifySelf
	pBackgroundPositionY // background-position-y (pBackgroundPosition is -x): layers.go
	pFontVariantPosition // font-variant-position .. pFontPalette: font4*.go
	pFontVariantEastAsian
	pFontVariantAlternates
	pFontVariantEmoji
	pFontSynthesisStyle
	pFontSynthesisSmallCaps
	pFontVariationSettings
	pFontOpticalSizing
	pFontLanguageOverride
	pWebkitLocale
	pFontSizeAdjust
	pFontPalette
	pTextEmphasisStyle // text-emphasis-style .. pTextEmphasisPosition: emphasis.go
	pTextEmphasisColor
	pTextEmphasisPosition
	pTransformBox // transform-box, overflow-clip-margin: transformbox.go
	pOverflowClipMargin
	pTextAlignLast // text-align-last .. pHangingPunctuation: text3.go
	pTextJustify
	pHangingPunctuation
	numProps
)

var sideNames = [4]string{"top", "right", "bottom", "left"}

// addLonghandNames adds names (property names, aliases among them) to
// longhandNames; the files that define longhands call it from init.
func addLonghandNames(names map[string]propID) {
	for name, id := range names {
		longhandNames[name] = id
	}
}

// longhandNames maps property names to longhands.
var longhandNames = func() map[string]propID {
	m := map[string]propID{
		"display": pDisplay, "position": pPosition, "float": pFloat, "clear": pClear,
		"z-index": pZIndex, "box-sizing": pBoxSizing, "width": pWidth, "height": pHeight,
		"min-width": pMinWidth, "min-height": pMinHeight, "max-width": pMaxWidth, "max-height": pMaxHeight,
		"color": pColor, "background-color": pBackgroundColor, "background-image": pBackgroundImage,
		"opacity": pOpacity, "font-family": pFontFamily, "font-size": pFontSize, "font-weight": pFontWeight,
		"font-style": pFontStyle, "line-height": pLineHeight, "text-align": pTextAlign,
		"text-indent": pTextIndent, "white-space": pWhiteSpace, "text-transform": pTextTransform,
		"letter-spacing": pLetterSpacing, "word-spacing": pWordSpacing, "vertical-align": pVerticalAlign,
		"text-decoration-line": pTextDecorationLine, "text-decoration-color": pTextDecorationColor,
		"list-style-type": pListStyleType, "list-style-position": pListStylePosition,
		"list-style-image": pListStyleImage, "overflow-x": pOverflowX, "overflow-y": pOverflowY,
		"visibility": pVisibility, "direction": pDirection, "content": pContent,
		"caption-side": pCaptionSide, "empty-cells": pEmptyCells, "table-layout": pTableLayout,
	}
	for i, s := range sideNames {
		m[s] = pTop + propID(i)
		m["margin-"+s] = pMarginTop + propID(i)
		m["padding-"+s] = pPaddingTop + propID(i)
		m["border-"+s+"-width"] = pBorderTopWidth + propID(i)
		m["border-"+s+"-style"] = pBorderTopStyle + propID(i)
		m["border-"+s+"-color"] = pBorderTopColor + propID(i)
	}
	return m
}()

func sides(first propID) []propID { return []propID{first, first + 1, first + 2, first + 3} }

// shorthands maps each shorthand to the longhands it sets
// (https://www.w3.org/TR/css-cascade-4/#shorthand).
var shorthands = func() map[string][]propID {
	m := map[string][]propID{
		"inset": sides(pTop), "margin": sides(pMarginTop), "padding": sides(pPaddingTop),
		"border-width": sides(pBorderTopWidth), "border-style": sides(pBorderTopStyle),
		"border-color":    sides(pBorderTopColor),
		"background":      {pBackgroundColor, pBackgroundImage, pBackgroundRepeat, pBackgroundPosition, pBackgroundSize},
		"font":            {pFontStyle, pFontWeight, pFontSize, pLineHeight, pFontFamily, pFontVariantCaps, pFontStretch},
		"list-style":      {pListStyleType, pListStylePosition, pListStyleImage},
		"overflow":        {pOverflowX, pOverflowY},
		"text-decoration": {pTextDecorationLine, pTextDecorationColor, pTextDecorationStyle, pTextDecorationThickness},
	}
	var all []propID
	for i, s := range sideNames {
		side := []propID{pBorderTopWidth + propID(i), pBorderTopStyle + propID(i), pBorderTopColor + propID(i)}
		m["border-"+s] = side
		all = append(all, side...)
	}
	m["border"] = all
	return m
}()

// inherited reports whether a longhand is inherited
// (https://www.w3.org/TR/CSS22/propidx.html).
func (id propID) inherited() bool {
	switch id {
	case pColor, pFontFamily, pFontSize, pFontWeight, pFontStyle, pLineHeight, pTextAlign, pTextShadow,
		pTextIndent, pWhiteSpace, pTextTransform, pLetterSpacing, pWordSpacing,
		pListStyleType, pListStylePosition, pListStyleImage, pVisibility, pDirection,
		pBorderCollapse, pBorderSpacing, pOverflowWrap, pWordBreak, pLineBreak, pFontStretch, pCaptionSide, pEmptyCells, pImageRendering,
		pTextUnderlineOffset, pTextUnderlinePosition, pHyphens, pFontKerning, pFontVariantCaps,
		pFontVariantLigatures, pFontVariantNumeric, pFontFeatureSettings, pFontSynthesisWeight, pTabSize, pQuotes,
		pFontVariantPosition, pFontVariantEastAsian, pFontVariantAlternates, pFontVariantEmoji, pFontSynthesisStyle,
		pFontSynthesisSmallCaps, pFontVariationSettings, pFontOpticalSizing, pFontLanguageOverride, pWebkitLocale, pFontSizeAdjust, pFontPalette,
		pTextEmphasisStyle, pTextEmphasisColor, pTextEmphasisPosition,
		pTextAlignLast, pTextJustify, pHangingPunctuation:
		return true
	}
	return false
}

// valueKind says what a value holds.
type valueKind uint8

const (
	vGlobal       valueKind = iota + 1 // i is one of the global keyword codes
	vEnum                              // i is the property's enum value
	vKeyword                           // i is a keyword code (kwAuto, ...)
	vInt                               // i
	vNumber                            // num
	vLength                            // num, unit
	vPercent                           // num
	vCalc                              // calc
	vColor                             // color
	vCurrentColor                      // currentColor
	vURL                               // str (absolute)
	vFamilies                          // list
)

// Global keywords (https://www.w3.org/TR/css-cascade-4/#defaulting-keywords).
const (
	gInherit = iota
	gInitial
	gUnset
	gRevert
	// gRevertLayer is revert-layer (https://www.w3.org/TR/css-cascade-5/#revert-layer),
	// resolved by the cascade (layer.go).
	gRevertLayer
)

// Keyword codes for values that are neither enums nor lengths.
const (
	kwAuto = iota
	kwNone
	kwNormal
	kwSmaller
	kwLarger
	kwBolder
	kwLighter
	kwMinContent // min-content .. fit-content: intrinsic.go
	kwMaxContent
	kwFitContent
	kwContent      // flex-basis: content
	kwFontSizeBase // + index into fontSizeKeywords
)

// value is a specified value of one longhand.
type value struct {
	kind  valueKind
	i     int32
	num   float64
	unit  unit
	calc  *calcNode
	color Color
	str   string
	list  []string
	items []ContentItem
	// effect holds the parsed shadows or gradient of effects.go's
	// properties (box-shadow, and background-image's gradient).
	effect *effectValue
	// grid holds the components of a grid property (grid.go).
	grid [][]tok
}

func (v *value) lengthLike() lengthLike {
	return lengthLike{kind: v.kind, num: v.num, unit: v.unit, calc: v.calc}
}

func fromLength(l lengthLike) value {
	return value{kind: l.kind, num: l.num, unit: l.unit, calc: l.calc}
}

// longhand is one longhand declaration produced by parsing a declaration.
type longhand struct {
	id propID
	v  value
}

// enumKeywords maps, per keyword-valued longhand, keywords to enum values.
var enumKeywords = map[propID]map[string]int32{
	pPosition:          {"static": int32(PositionStatic), "relative": int32(PositionRelative), "absolute": int32(PositionAbsolute), "fixed": int32(PositionFixed), "sticky": int32(PositionSticky), "-webkit-sticky": int32(PositionSticky)},
	pFloat:             {"none": int32(FloatNone), "left": int32(FloatLeft), "right": int32(FloatRight), "inline-start": int32(FloatLeft), "inline-end": int32(FloatRight)},
	pClear:             {"none": int32(ClearNone), "left": int32(ClearLeft), "right": int32(ClearRight), "both": int32(ClearBoth), "inline-start": int32(ClearLeft), "inline-end": int32(ClearRight)},
	pBorderTopStyle:    borderStyles,
	pBoxSizing:         {"content-box": int32(ContentBox), "border-box": int32(BorderBox)},
	pFontStyle:         {"normal": int32(FontStyleNormal), "italic": int32(FontStyleItalic), "oblique": int32(FontStyleOblique)},
	pTextAlign:         {"start": int32(TextAlignStart), "end": int32(TextAlignEnd), "left": int32(TextAlignLeft), "right": int32(TextAlignRight), "center": int32(TextAlignCenter), "justify": int32(TextAlignJustify), "-webkit-center": int32(TextAlignWebkitCenter), "-moz-center": int32(TextAlignWebkitCenter), "-webkit-left": int32(TextAlignWebkitLeft), "-webkit-right": int32(TextAlignWebkitRight), "match-parent": matchParent, "-webkit-match-parent": matchParent, "justify-all": int32(TextAlignJustifyAll)},
	pWhiteSpace:        {"normal": int32(WhiteSpaceNormal), "pre": int32(WhiteSpacePre), "nowrap": int32(WhiteSpaceNowrap), "pre-wrap": int32(WhiteSpacePreWrap), "pre-line": int32(WhiteSpacePreLine), "break-spaces": int32(WhiteSpaceBreakSpaces)},
	pTextTransform:     textTransformKeywords, // text3transform.go
	pListStylePosition: {"outside": int32(ListOutside), "inside": int32(ListInside)},
	pOverflowX:         overflows,
	pVisibility:        {"visible": int32(Visible), "hidden": int32(Hidden), "collapse": int32(Collapse)},
	pDirection:         {"ltr": 0, "rtl": 1},
	pCaptionSide:       {"top": 0, "bottom": 1},
	pEmptyCells:        {"show": 0, "hide": 1},
	pTableLayout:       {"auto": 0, "fixed": 1},
}

var borderStyles = map[string]int32{"none": int32(BorderNone), "hidden": int32(BorderHidden), "solid": int32(BorderSolid), "dotted": int32(BorderDotted), "dashed": int32(BorderDashed), "double": int32(BorderDouble), "groove": int32(BorderGroove), "ridge": int32(BorderRidge), "inset": int32(BorderInset), "outset": int32(BorderOutset)}

var overflows = map[string]int32{"visible": int32(OverflowVisible), "hidden": int32(OverflowHidden), "clip": int32(OverflowClip), "scroll": int32(OverflowScroll), "auto": int32(OverflowAuto), "overlay": int32(OverflowAuto)}

// enumTable returns the keyword table of a keyword-valued longhand.
func enumTable(id propID) map[string]int32 {
	switch {
	case id >= pBorderTopStyle && id < pBorderTopStyle+4:
		return borderStyles
	case id == pOverflowY:
		return overflows
	}
	return enumKeywords[id]
}

// displayKeywords maps display values (one keyword or a two-keyword pair,
// https://www.w3.org/TR/css-display-3/#the-display-properties) to Display.
var displayKeywords = map[string]Display{
	"inline": DisplayInline, "block": DisplayBlock, "inline-block": DisplayInlineBlock,
	"list-item": DisplayListItem, "none": DisplayNone, "contents": DisplayContents,
	"flow-root": DisplayFlowRoot, "flex": DisplayFlex, "inline-flex": DisplayInlineFlex,
	"grid": DisplayGrid, "inline-grid": DisplayInlineGrid, "table": DisplayTable,
	"inline-table": DisplayInlineTable, "table-row-group": DisplayTableRowGroup,
	"table-header-group": DisplayTableHeaderGroup, "table-footer-group": DisplayTableFooterGroup,
	"table-row": DisplayTableRow, "table-cell": DisplayTableCell,
	"table-column-group": DisplayTableColumnGroup, "table-column": DisplayTableColumn,
	"table-caption": DisplayTableCaption, "run-in": DisplayBlock, "ruby": DisplayInline,
	"-webkit-box": DisplayFlex, "-webkit-flex": DisplayFlex, "-ms-flexbox": DisplayFlex,
	"-webkit-inline-box": DisplayInlineFlex, "-webkit-inline-flex": DisplayInlineFlex,
	"-ms-inline-flexbox": DisplayInlineFlex,
	"block flow":         DisplayBlock, "inline flow": DisplayInline, "inline flow-root": DisplayInlineBlock,
	"block flow-root": DisplayFlowRoot, "block flex": DisplayFlex, "inline flex": DisplayInlineFlex,
	"block grid": DisplayGrid, "inline grid": DisplayInlineGrid, "block table": DisplayTable,
	"inline table": DisplayInlineTable, "block list-item": DisplayListItem,
	"list-item block": DisplayListItem, "flow list-item": DisplayListItem,
	"list-item flow": DisplayListItem, "block flow list-item": DisplayListItem,
}

// fontSizeKeywords are the absolute-size keywords and their sizes in px for
// a medium of 16px (https://www.w3.org/TR/css-fonts-4/#absolute-size-mapping).
var fontSizeKeywords = []struct {
	name string
	px   float64
}{
	{"xx-small", 9}, {"x-small", 10}, {"small", 13}, {"medium", 16}, {"large", 18},
	{"x-large", 24}, {"xx-large", 32}, {"xxx-large", 48},
}

// parseDeclarationValue parses the value of property name (a longhand or a
// shorthand) into longhands. base resolves url()s.
func parseDeclarationValue(name string, toks []tok, base *url.URL) ([]longhand, bool) {
	comps := components(toks)
	if len(comps) == 0 {
		return nil, false
	}
	if len(comps) == 1 && comps[0][0].t == css.IdentToken {
		if g, ok := globalKeyword(comps[0][0].s); ok {
			ids := shorthands[name]
			if id, ok := longhandNames[name]; ok {
				ids = []propID{id}
			}
			out := make([]longhand, len(ids))
			for i, id := range ids {
				out[i] = longhand{id, value{kind: vGlobal, i: g}}
			}
			return out, len(out) > 0
		}
	}
	if l, ok, handled := parseEffect(name, toks, comps, base); handled {
		return l, ok
	}
	if l, ok, handled := parseGrid(name, comps); handled {
		return l, ok
	}
	if id, ok := longhandNames[name]; ok {
		v, ok := parseLonghand(id, toks, comps, base)
		if !ok {
			return nil, false
		}
		return []longhand{{id, v}}, true
	}
	return parseShorthand(name, toks, comps, base)
}

func globalKeyword(s string) (int32, bool) {
	switch strings.ToLower(s) {
	case "inherit":
		return gInherit, true
	case "initial":
		return gInitial, true
	case "unset":
		return gUnset, true
	case "revert":
		return gRevert, true
	case "revert-layer":
		return gRevertLayer, true
	}
	return 0, false
}

// ident returns the lower-case identifier of a one-token component, or "".
func ident(c []tok) string {
	if len(c) == 1 && c[0].t == css.IdentToken {
		return strings.ToLower(c[0].s)
	}
	return ""
}
