package cssom

// Specified ▶ computed values (https://www.w3.org/TR/css-cascade-4/#computed).

// winner is the cascaded value of one longhand: a parsed value, or a
// declaration whose value waits for var() substitution.
type winner struct {
	v *value
	d *Declaration
}

// computer computes one element's style from its cascaded values.
type computer struct {
	s      *ComputedStyle
	parent *ComputedStyle // initial for the root
	ctx    context
	vars   map[string]string
	// currentColor flags for the properties whose computed value is
	// resolved after color: border colors, decoration color, background.
	curBorder [4]bool
	curDeco   bool
	curBg     bool
	// curOutline is true when outline-color is currentColor (initial).
	curOutline bool
	// rb rolls back the cascade for revert and revert-layer (revert.go);
	// nil when computing without one.
	rb *resolver
	// fontSizeSet reports a font-size computed from a specified value
	// (fontsize.go).
	fontSizeSet bool
}

// computeStyle builds the computed style from the cascaded values w.
// rb rolls back the cascade for revert and revert-layer.
func computeStyle(parent *ComputedStyle, w *[numProps]winner, rb *resolver, vars map[string]string, rootFontSize Fixed, vw, vh float64, metrics func([]string, uint16, FontStyle, Fixed) FontMetrics) *ComputedStyle {
	isRoot := parent == nil
	if isRoot {
		parent = &initial
	}
	c := computer{parent: parent, vars: vars, curBorder: [4]bool{true, true, true, true}, curDeco: true, curOutline: true, rb: rb}
	c.s = InheritFrom(parent)
	// The initial border width is medium; finish zeroes the widths of
	// the sides whose style is none or hidden.
	c.s.BorderWidth = Edges[Fixed]{Int(3), Int(3), Int(3), Int(3)}
	c.s.CustomProperties = vars
	c.ctx = context{fontSize: parent.FontSize, rootFontSize: rootFontSize, vw: vw / 100, vh: vh / 100, metrics: metrics, font: parent}
	if isRoot {
		c.ctx.rootFontSize = parent.FontSize
	}
	// font-size first (em and ex in it refer to the parent's font), then the
	// rest of the font, so that ex, ch and cap in every other property
	// measure the element's own first available font.
	c.apply(pFontSize, w[pFontSize])
	c.apply(pFontFamily, w[pFontFamily])
	c.apply(pFontWeight, w[pFontWeight])
	c.apply(pFontStyle, w[pFontStyle])
	c.monospaceSize()
	c.ctx.fontSize = c.s.FontSize
	c.ctx.font, c.ctx.measured = c.s, false
	if isRoot {
		c.ctx.rootFontSize = c.s.FontSize
	}
	for id := propID(0); id < numProps; id++ {
		switch id {
		case pFontSize, pFontFamily, pFontWeight, pFontStyle:
			continue
		}
		c.apply(id, w[id])
	}
	c.finish(isRoot)
	return c.s
}

func (c *computer) apply(id propID, w winner) {
	v := w.v
	if w.d != nil {
		rv, ok := w.d.resolvePending(id, c.vars)
		if !ok {
			// Invalid at computed-value time: unset
			// (https://www.w3.org/TR/css-variables-1/#invalid-at-computed-value-time).
			rv = value{kind: vGlobal, i: gUnset}
		}
		v = &rv
	}
	if v == nil {
		return
	}
	if v.kind == vGlobal {
		g := v.i
		if (g == gRevert || g == gRevertLayer) && c.rb != nil {
			// https://www.w3.org/TR/css-cascade-5/#default and #revert-layer:
			// roll back to the previous origin or cascade layer (the
			// cascade resolves a revert-layer written in a normal
			// declaration; this one is important or came from var()).
			// The value rolled back to comes from a lower level, so the
			// recursion ends; the empty winner is unset.
			c.apply(id, c.rb.rollback(id, w, g))
			return
		}
		if g == gUnset || g == gRevert || g == gRevertLayer {
			g = gInitial
			if id.inherited() {
				g = gInherit
			}
		}
		if g == gInherit {
			copyProp(id, c.s, c.parent)
			c.clearCurrent(id)
		} else {
			copyProp(id, c.s, &initial)
			c.setCurrent(id, id != pBackgroundColor)
		}
		return
	}
	c.computeValue(id, v)
}

// setCurrent records whether a color longhand is currentColor.
func (c *computer) setCurrent(id propID, cur bool) {
	switch {
	case id >= pBorderTopColor && id < pBorderTopColor+4:
		c.curBorder[id-pBorderTopColor] = cur
	case id == pTextDecorationColor:
		c.curDeco = cur
	case id == pBackgroundColor:
		c.curBg = cur
	case id == pOutlineColor:
		c.curOutline = cur
	}
}

func (c *computer) clearCurrent(id propID) { c.setCurrent(id, false) }

// computeValue computes one specified value.
func (c *computer) computeValue(id propID, v *value) {
	s := c.s
	switch {
	case id >= pTop && id < pTop+4:
		s.Inset[id-pTop] = c.lengthOrAuto(v)
	case id >= pMarginTop && id < pMarginTop+4:
		s.Margin[id-pMarginTop] = c.lengthOrAuto(v)
	case id >= pPaddingTop && id < pPaddingTop+4:
		s.Padding[id-pPaddingTop] = c.ctx.length(v.lengthLike())
	case id >= pBorderTopWidth && id < pBorderTopWidth+4:
		s.BorderWidth[id-pBorderTopWidth] = c.ctx.fixed(v.lengthLike(), 0)
	case id >= pBorderTopStyle && id < pBorderTopStyle+4:
		s.BorderStyle[id-pBorderTopStyle] = BorderStyle(v.i)
	case id >= pBorderTopColor && id < pBorderTopColor+4:
		s.BorderColor[id-pBorderTopColor] = v.color
		c.setCurrent(id, v.kind == vCurrentColor)
	default:
		c.computeOther(id, v)
	}
}

func (c *computer) computeOther(id propID, v *value) {
	s := c.s
	switch id {
	case pDisplay:
		s.Display = Display(v.i)
	case pPosition:
		s.Position = Position(v.i)
	case pFloat:
		s.Float = Float(v.i)
	case pClear:
		s.Clear = Clear(v.i)
	case pZIndex:
		s.ZIndexAuto = v.kind == vKeyword
		s.ZIndex = v.i
	case pBoxSizing:
		s.BoxSizing = BoxSizing(v.i)
	case pWidth:
		s.Width = c.lengthOrAuto(v)
	case pHeight:
		s.Height = c.lengthOrAuto(v)
	case pMinWidth:
		s.MinWidth = c.lengthOrAuto(v)
	case pMinHeight:
		s.MinHeight = c.lengthOrAuto(v)
	case pMaxWidth:
		s.MaxWidth = c.lengthOrAuto(v)
	case pMaxHeight:
		s.MaxHeight = c.lengthOrAuto(v)
	case pColor:
		if v.kind == vCurrentColor {
			s.Color = c.parent.Color // currentColor in color is inherit
		} else {
			s.Color = v.color
		}
	case pBackgroundColor:
		s.BackgroundColor = v.color
		c.setCurrent(id, v.kind == vCurrentColor)
	case pTextDecorationColor:
		s.TextDecorationColor = v.color
		c.setCurrent(id, v.kind == vCurrentColor)
	case pBackgroundImage:
		c.computeBackgroundList(id, v)
	case pListStyleImage:
		s.ListStyleImage = v.str
	case pOpacity:
		s.Opacity = float32(min(1, max(0, v.num)))
	case pFontFamily:
		s.FontFamily = v.list
	case pFontSize:
		s.FontSizeKeyword, s.FontSizeAbsolute = 0, c.parent.FontSizeAbsolute || absoluteLength(v)
		s.FontSize = c.fontSize(v)
		c.fontSizeSet = true
	case pFontWeight:
		s.FontWeight = c.fontWeight(v)
	default:
		c.computeText(id, v)
	}
}

func (c *computer) computeText(id propID, v *value) {
	s := c.s
	switch id {
	case pFontStyle:
		s.FontStyle = FontStyle(v.i)
	case pLineHeight:
		switch v.kind {
		case vKeyword:
			s.LineHeight = LineHeight{Kind: LineHeightNormal}
		case vNumber:
			s.LineHeight = LineHeight{Kind: LineHeightNumber, Number: float32(v.num)}
		default:
			s.LineHeight = LineHeight{Kind: LineHeightLength, Px: c.ctx.fixed(v.lengthLike(), s.FontSize)}
		}
	case pTextAlign:
		s.TextAlign = c.textAlign(v) // text3.go
	case pTextIndent:
		c.computeTextIndent(v) // text3.go
	case pWhiteSpace:
		s.WhiteSpace = WhiteSpace(v.i)
	case pTextTransform:
		s.TextTransform = TextTransform(v.i)
	case pLetterSpacing:
		s.LetterSpacing = c.spacing(v, c.s.FontSize)
	case pWordSpacing:
		s.WordSpacing = c.spacing(v, c.s.FontSize)
	case pVerticalAlign:
		if v.kind == vEnum {
			s.VerticalAlign = VerticalAlign{Kind: VerticalAlignKind(v.i)}
		} else {
			s.VerticalAlign = VerticalAlign{Kind: VerticalLength, Length: c.ctx.length(v.lengthLike())}
		}
	case pTextDecorationLine:
		s.TextDecorationLine = TextDecorationLine(v.i)
	case pListStyleType:
		s.ListStyleType = ListStyleType(v.str)
	case pListStylePosition:
		s.ListStylePosition = ListStylePosition(v.i)
	case pOverflowX:
		s.OverflowX = Overflow(v.i)
	case pOverflowY:
		s.OverflowY = Overflow(v.i)
	case pVisibility:
		s.Visibility = Visibility(v.i)
	case pDirection:
		s.Direction = "ltr"
		if v.i == 1 {
			s.Direction = "rtl"
		}
	case pContent:
		s.Content = v.items // nil for normal and none
	case pCounterReset, pCounterIncrement, pCounterSet, pQuotes:
		computeCounterProp(id, s, v)
	case pCaptionSide:
		s.CaptionSideBottom = v.i == 1
	case pEmptyCells:
		s.EmptyCellsHide = v.i == 1
	case pTableLayout:
		s.TableLayoutFixed = v.i == 1
	case pBackgroundRepeat, pBackgroundPosition, pBackgroundSize:
		c.computeBackgroundList(id, v)
	default:
		if isEffectProp(id) {
			c.computeEffect(id, v)
			return
		}
		c.computeBoxProp(id, v)
	}
}

func (c *computer) lengthOrAuto(v *value) Length {
	if l, ok := c.computeSizing(v); ok {
		return l // intrinsic.go
	}
	if v.kind == vKeyword {
		if v.i == kwNone {
			return None
		}
		return Auto
	}
	return c.ctx.length(v.lengthLike())
}

func (c *computer) spacing(v *value, pctBase Fixed) Fixed {
	if v.kind == vKeyword {
		return 0
	}
	// Percentages are of pctBase, the computed font-size for both
	// letter-spacing and word-spacing, as in CSS Text 4 and Chromium
	// (https://www.w3.org/TR/css-text-4/#letter-spacing-property,
	// #word-spacing-property). CSS 2.1 had no percentages here:
	// css21/css1/c541-word-sp-001.xht expects word-spacing: 300% to be
	// dropped, and fails in Chromium as it does in Pane.
	return c.ctx.fixed(v.lengthLike(), pctBase)
}

// fontSize computes font-size (https://www.w3.org/TR/css-fonts-4/#font-size-prop):
// em and % are relative to the parent's font size.
func (c *computer) fontSize(v *value) Fixed {
	parent := c.parent.FontSize
	if v.kind == vKeyword {
		switch {
		case v.i == kwSmaller:
			return parent.MulFloat(1 / 1.2) // AD-HOC: the ratio browsers use
		case v.i == kwLarger:
			return parent.MulFloat(1.2)
		case v.i >= kwFontSizeBase && int(v.i-kwFontSizeBase) < len(fontSizeKeywords):
			c.s.FontSizeKeyword = int8(v.i-kwFontSizeBase) + 1
			return Px(fontSizeKeywords[v.i-kwFontSizeBase].px)
		}
		return parent
	}
	return max(0, c.ctx.fixed(v.lengthLike(), parent))
}

// fontWeight computes font-weight; bolder and lighter follow the table of
// https://www.w3.org/TR/css-fonts-4/#relative-weights.
func (c *computer) fontWeight(v *value) uint16 {
	if v.kind == vInt {
		return uint16(v.i)
	}
	p := c.parent.FontWeight
	if v.i == kwBolder {
		switch {
		case p < 350:
			return 400
		case p < 550:
			return 700
		case p < 900:
			return 900
		}
		return p
	}
	switch {
	case p < 100:
		return p
	case p < 550:
		return 100
	case p < 750:
		return 400
	}
	return 700
}

// finish resolves currentColor, zeroes the widths of absent borders and
// applies the display fixups of CSS 2.1 §9.7.
func (c *computer) finish(isRoot bool) {
	s := c.s
	s.composeTransforms()
	s.legacyBox()
	for i := 0; i < 4; i++ {
		if c.curBorder[i] {
			s.BorderColor[i] = s.Color
		}
		// https://www.w3.org/TR/css-backgrounds-3/#border-width: the
		// computed width is 0 when the style is none or hidden.
		if s.BorderStyle[i] == BorderNone || s.BorderStyle[i] == BorderHidden {
			s.BorderWidth[i] = 0
		}
	}
	if c.curDeco {
		s.TextDecorationColor = s.Color
	}
	if c.curBg {
		s.BackgroundColor = s.Color
	}
	if c.curOutline {
		s.OutlineColor = s.Color
	}
	// https://www.w3.org/TR/css-ui-3/#outline-width: as for borders, the
	// computed width is 0 when the style is none.
	if s.OutlineStyle == BorderNone {
		s.OutlineWidth = 0
	}
	// https://www.w3.org/TR/CSS22/visuren.html#dis-pos-flo
	if s.Display == DisplayNone {
		return
	}
	if s.Position == PositionAbsolute || s.Position == PositionFixed {
		s.Float = FloatNone
	}
	pd := c.parent.Display
	flexItem := !isRoot && (pd == DisplayFlex || pd == DisplayInlineFlex || pd == DisplayGrid || pd == DisplayInlineGrid)
	if isRoot || s.Float != FloatNone || s.Position == PositionAbsolute || s.Position == PositionFixed || flexItem {
		s.Display = blockify(s.Display, isRoot)
	}
	// https://www.w3.org/TR/css-overflow-3/#overflow-properties: visible
	// or clip computes to auto or hidden when the other axis scrolls.
	if (s.OverflowX == OverflowVisible || s.OverflowX == OverflowClip) != (s.OverflowY == OverflowVisible || s.OverflowY == OverflowClip) {
		s.OverflowX, s.OverflowY = scrollable(s.OverflowX), scrollable(s.OverflowY)
	}
}

func scrollable(o Overflow) Overflow {
	switch o {
	case OverflowVisible:
		return OverflowAuto
	case OverflowClip:
		return OverflowHidden
	}
	return o
}

// blockify returns the block-level equivalent of a display type
// (https://www.w3.org/TR/css-display-3/#blockify).
func blockify(d Display, isRoot bool) Display {
	switch d {
	case DisplayInline, DisplayInlineBlock, DisplayTableRowGroup, DisplayTableHeaderGroup,
		DisplayTableFooterGroup, DisplayTableRow, DisplayTableCell, DisplayTableColumnGroup,
		DisplayTableColumn, DisplayTableCaption:
		return DisplayBlock
	case DisplayInlineFlex:
		return DisplayFlex
	case DisplayInlineGrid:
		return DisplayGrid
	case DisplayInlineTable:
		return DisplayTable
	case DisplayContents:
		if isRoot {
			return DisplayBlock
		}
	}
	return d
}

// copyProp copies longhand id from src to dst (inherit and initial).
func copyProp(id propID, dst, src *ComputedStyle) {
	switch {
	case id >= pTop && id < pTop+4:
		dst.Inset[id-pTop] = src.Inset[id-pTop]
	case id >= pMarginTop && id < pMarginTop+4:
		dst.Margin[id-pMarginTop] = src.Margin[id-pMarginTop]
	case id >= pPaddingTop && id < pPaddingTop+4:
		dst.Padding[id-pPaddingTop] = src.Padding[id-pPaddingTop]
	case id >= pBorderTopWidth && id < pBorderTopWidth+4:
		dst.BorderWidth[id-pBorderTopWidth] = src.BorderWidth[id-pBorderTopWidth]
		if src == &initial {
			dst.BorderWidth[id-pBorderTopWidth] = Int(3) // medium
		}
	case id >= pBorderTopStyle && id < pBorderTopStyle+4:
		dst.BorderStyle[id-pBorderTopStyle] = src.BorderStyle[id-pBorderTopStyle]
	case id >= pBorderTopColor && id < pBorderTopColor+4:
		dst.BorderColor[id-pBorderTopColor] = src.BorderColor[id-pBorderTopColor]
	default:
		copyOther(id, dst, src)
	}
}

// copyOther is copyProp's table for the remaining longhands, one case each
// (a flat table, longer than a function should be).
func copyOther(id propID, dst, src *ComputedStyle) {
	switch id {
	case pDisplay:
		dst.Display = src.Display
	case pPosition:
		dst.Position = src.Position
	case pFloat:
		dst.Float = src.Float
	case pClear:
		dst.Clear = src.Clear
	case pZIndex:
		dst.ZIndex, dst.ZIndexAuto = src.ZIndex, src.ZIndexAuto
	case pBoxSizing:
		dst.BoxSizing = src.BoxSizing
	case pWidth:
		dst.Width = src.Width
	case pHeight:
		dst.Height = src.Height
	case pMinWidth:
		dst.MinWidth = src.MinWidth
	case pMinHeight:
		dst.MinHeight = src.MinHeight
	case pMaxWidth:
		dst.MaxWidth = src.MaxWidth
	case pMaxHeight:
		dst.MaxHeight = src.MaxHeight
	case pColor:
		dst.Color = src.Color
	case pBackgroundColor:
		dst.BackgroundColor = src.BackgroundColor
	case pBackgroundImage, pBackgroundRepeat, pBackgroundPosition, pBackgroundSize:
		copyBackgroundList(id, dst, src)
	case pOpacity:
		dst.Opacity = src.Opacity
	case pFontFamily:
		dst.FontFamily = src.FontFamily
	case pFontSize:
		dst.FontSize = src.FontSize
		dst.FontSizeKeyword = src.FontSizeKeyword
		dst.FontSizeAbsolute = src.FontSizeAbsolute
	case pFontWeight:
		dst.FontWeight = src.FontWeight
	case pFontStyle:
		dst.FontStyle = src.FontStyle
	case pLineHeight:
		dst.LineHeight = src.LineHeight
	case pTextAlign:
		dst.TextAlign = src.TextAlign
	case pTextIndent:
		dst.TextIndent, dst.TextIndentHanging, dst.TextIndentEachLine = src.TextIndent, src.TextIndentHanging, src.TextIndentEachLine
	case pWhiteSpace:
		dst.WhiteSpace = src.WhiteSpace
	case pTextTransform:
		dst.TextTransform = src.TextTransform
	case pLetterSpacing:
		dst.LetterSpacing = src.LetterSpacing
	case pWordSpacing:
		dst.WordSpacing = src.WordSpacing
	case pVerticalAlign:
		dst.VerticalAlign = src.VerticalAlign
	case pTextDecorationLine:
		dst.TextDecorationLine = src.TextDecorationLine
	case pTextDecorationColor:
		dst.TextDecorationColor = src.TextDecorationColor
	case pListStyleType:
		dst.ListStyleType = src.ListStyleType
	case pListStylePosition:
		dst.ListStylePosition = src.ListStylePosition
	case pListStyleImage:
		dst.ListStyleImage = src.ListStyleImage
	case pOverflowX:
		dst.OverflowX = src.OverflowX
	case pOverflowY:
		dst.OverflowY = src.OverflowY
	case pVisibility:
		dst.Visibility = src.Visibility
	case pDirection:
		dst.Direction = src.Direction
	case pContent:
		dst.Content = src.Content
	case pCounterReset, pCounterIncrement, pCounterSet, pQuotes:
		copyCounterProp(id, dst, src)
	case pCaptionSide:
		dst.CaptionSideBottom = src.CaptionSideBottom
	case pEmptyCells:
		dst.EmptyCellsHide = src.EmptyCellsHide
	case pTableLayout:
		dst.TableLayoutFixed = src.TableLayoutFixed
	default:
		if isEffectProp(id) {
			copyEffect(id, dst, src)
			return
		}
		copyBoxProp(id, dst, src)
	}
}
