package cssom

// This file is the seam between cssom and layout/paint: the computed values
// of one element (CSS Cascade 4 §4.4, "computed value"). Lengths in absolute
// units and em/rem/vw/vh are resolved to Fixed px here; percentages and auto
// stay as they are, for layout to resolve into used values.

// Color is a computed color: 8-bit sRGB, not premultiplied. A zero Color is
// transparent black.
type Color struct{ R, G, B, A uint8 }

// Transparent is rgba(0,0,0,0).
var Transparent = Color{}

// Black is #000.
var Black = Color{A: 255}

// LengthKind says what a Length holds.
type LengthKind uint8

const (
	LengthPx      LengthKind = iota // an absolute length in Px
	LengthPercent                   // a percentage in Percent (50 means 50%)
	LengthAuto                      // auto
	LengthNone                      // none (max-width, max-height)
	LengthCalc                      // Px + Percent% (a calc() of a length and a percentage)
	LengthExpr                      // Expr: min(), max() or clamp() comparing percentages (calc.go)
	// The intrinsic sizing keywords of width, height, min-*, max-* and
	// flex-basis (https://www.w3.org/TR/css-sizing-3/#sizing-values):
	// intrinsic.go.
	LengthMinContent // min-content
	LengthMaxContent // max-content
	LengthFitContent // fit-content, or fit-content(Expr) when Expr is set
	LengthContent    // flex-basis: content (https://www.w3.org/TR/css-flexbox-1/#valdef-flex-basis-content)
)

// Length is a computed <length-percentage> that may also be auto or none.
type Length struct {
	Kind    LengthKind
	Px      Fixed
	Percent float32
	// Expr is a LengthExpr's expression, resolved against the percentage
	// basis at used-value time.
	Expr *CalcExpr
}

// Common lengths.
var (
	Auto   = Length{Kind: LengthAuto}
	None   = Length{Kind: LengthNone}
	ZeroPx = Length{Kind: LengthPx}
)

// LengthOf returns an absolute length.
func LengthOf(px Fixed) Length { return Length{Kind: LengthPx, Px: px} }

// Percent returns a percentage length (50 means 50%).
func Percent(p float32) Length { return Length{Kind: LengthPercent, Percent: p} }

// IsAuto reports whether l is auto.
func (l Length) IsAuto() bool { return l.Kind == LengthAuto }

// Resolve returns the used value of l against a percentage basis (the
// containing block's width or height, in px). auto and none resolve to
// def.
func (l Length) Resolve(basis, def Fixed) Fixed {
	switch l.Kind {
	case LengthPx:
		return l.Px
	case LengthPercent:
		return basis.MulFloat(float64(l.Percent) / 100)
	case LengthCalc:
		return l.Px + basis.MulFloat(float64(l.Percent)/100)
	case LengthExpr:
		return l.Expr.Resolve(basis)
	}
	return def
}

// Display is the computed value of display, as one keyword (the full
// outer/inner pairs of CSS Display 3 are mapped to these).
type Display uint8

const (
	DisplayInline Display = iota // the initial value
	DisplayBlock
	DisplayInlineBlock
	DisplayListItem
	DisplayNone
	DisplayContents
	DisplayFlowRoot
	DisplayFlex
	DisplayInlineFlex
	DisplayGrid
	DisplayInlineGrid
	DisplayTable
	DisplayInlineTable
	DisplayTableRowGroup
	DisplayTableHeaderGroup
	DisplayTableFooterGroup
	DisplayTableRow
	DisplayTableCell
	DisplayTableColumnGroup
	DisplayTableColumn
	DisplayTableCaption
)

// IsInlineLevel reports whether the display type is inline-level (CSS 2.1 §9.2.2).
func (d Display) IsInlineLevel() bool {
	switch d {
	case DisplayInline, DisplayInlineBlock, DisplayInlineFlex, DisplayInlineGrid, DisplayInlineTable:
		return true
	}
	return false
}

// Position is the computed value of position.
type Position uint8

const (
	PositionStatic Position = iota
	PositionRelative
	PositionAbsolute
	PositionFixed
	PositionSticky
)

// Float is the computed value of float.
type Float uint8

const (
	FloatNone Float = iota
	FloatLeft
	FloatRight
)

// Clear is the computed value of clear.
type Clear uint8

const (
	ClearNone Clear = iota
	ClearLeft
	ClearRight
	ClearBoth
)

// BorderStyle is the computed value of a border-*-style (and outline-style).
type BorderStyle uint8

const (
	BorderNone BorderStyle = iota
	BorderHidden
	BorderSolid
	BorderDotted
	BorderDashed
	BorderDouble
	BorderGroove
	BorderRidge
	BorderInset
	BorderOutset
)

// BoxSizing is the computed value of box-sizing.
type BoxSizing uint8

const (
	ContentBox BoxSizing = iota
	BorderBox
)

// TextAlign is the computed value of text-align.
type TextAlign uint8

const (
	TextAlignStart TextAlign = iota
	TextAlignEnd
	TextAlignLeft
	TextAlignRight
	TextAlignCenter
	TextAlignJustify
	// TextAlignJustifyAll is justify-all: justify, the last line too
	// (text3.go).
	TextAlignJustifyAll
	// The legacy values of <center> and align attributes: they align
	// text like center, left and right, and also the block-level
	// descendants (HTML's "align descendants"; text-align: -webkit-center).
	TextAlignWebkitCenter
	TextAlignWebkitLeft
	TextAlignWebkitRight
)

// Inline returns the alignment of text in line boxes: the legacy values
// as their plain counterparts.
func (a TextAlign) Inline() TextAlign {
	switch a {
	case TextAlignWebkitCenter:
		return TextAlignCenter
	case TextAlignWebkitLeft:
		return TextAlignLeft
	case TextAlignWebkitRight:
		return TextAlignRight
	}
	return a
}

// WhiteSpace is the computed value of white-space.
type WhiteSpace uint8

const (
	WhiteSpaceNormal WhiteSpace = iota
	WhiteSpacePre
	WhiteSpaceNowrap
	WhiteSpacePreWrap
	WhiteSpacePreLine
	WhiteSpaceBreakSpaces
)

// FontStyle is the computed value of font-style.
type FontStyle uint8

const (
	FontStyleNormal FontStyle = iota
	FontStyleItalic
	FontStyleOblique
)

// TextDecorationLine is the set of lines in text-decoration-line.
type TextDecorationLine uint8

const (
	DecorationUnderline TextDecorationLine = 1 << iota
	DecorationOverline
	DecorationLineThrough
)

// TextTransform is the computed value of text-transform.
type TextTransform uint8

const (
	TextTransformNone TextTransform = iota
	TextTransformUppercase
	TextTransformLowercase
	TextTransformCapitalize
)

// VerticalAlignKind says which vertical-align value applies.
type VerticalAlignKind uint8

const (
	VerticalBaseline VerticalAlignKind = iota
	VerticalSub
	VerticalSuper
	VerticalTextTop
	VerticalTextBottom
	VerticalMiddle
	VerticalTop
	VerticalBottom
	VerticalLength // Length holds a length or percentage (of line-height)
)

// VerticalAlign is the computed value of vertical-align.
type VerticalAlign struct {
	Kind   VerticalAlignKind
	Length Length
}

// LineHeightKind says which line-height form applies.
type LineHeightKind uint8

const (
	LineHeightNormal LineHeightKind = iota
	LineHeightNumber                // Number times the font size
	LineHeightLength                // Px, computed
)

// LineHeight is the computed value of line-height. A <number> stays a number
// (it inherits as a number); lengths and percentages compute to px.
type LineHeight struct {
	Kind   LineHeightKind
	Number float32
	Px     Fixed
}

// Overflow is the computed value of overflow-x or overflow-y.
type Overflow uint8

const (
	OverflowVisible Overflow = iota
	OverflowHidden
	OverflowClip
	OverflowScroll
	OverflowAuto
)

// Visibility is the computed value of visibility.
type Visibility uint8

const (
	Visible Visibility = iota
	Hidden
	Collapse
)

// ListStyleType is the computed value of list-style-type: a counter style
// name ("disc", "decimal", "none", an @counter-style name as written), or
// a <string> marker with a leading '"' (CounterStyles.MarkerText).
type ListStyleType string

// ListStylePosition is the computed value of list-style-position.
type ListStylePosition uint8

const (
	ListOutside ListStylePosition = iota
	ListInside
)

// Edges holds one value per side, in the order top, right, bottom, left.
type Edges[T any] [4]T

// Sides, as indices into Edges.
const (
	Top = iota
	Right
	Bottom
	Left
)

// ComputedStyle is the set of computed values of one element (or anonymous
// box). It is immutable once the cascade returns it and may be shared by
// every element whose inputs were equal; never modify one you did not create.
//
// The zero ComputedStyle is not the initial style; use Initial().
type ComputedStyle struct {
	Display  Display
	Position Position
	Float    Float
	Clear    Clear
	// Inset is top, right, bottom, left (auto, px or %).
	Inset  Edges[Length]
	ZIndex int32
	// ZIndexAuto is true when z-index is auto.
	ZIndexAuto bool

	Margin      Edges[Length] // px, % or auto
	Padding     Edges[Length] // px or %
	BorderWidth Edges[Fixed]  // px; 0 when the style is none or hidden
	BorderStyle Edges[BorderStyle]
	BorderColor Edges[Color] // currentColor already resolved

	BoxSizing BoxSizing
	Width     Length // px, % or auto
	Height    Length // px, % or auto
	MinWidth  Length // px, % or auto (auto acts as 0 in block layout)
	MinHeight Length
	MaxWidth  Length // px, % or none
	MaxHeight Length

	Color           Color
	BackgroundColor Color
	// BackgroundImage is the absolute URL of the first background layer's
	// url() image, or "" (a gradient is in BackgroundGradient). TODO(spec):
	// the other layers.
	BackgroundImage string
	// BackgroundRepeat is the first layer's repeat style, x then y.
	BackgroundRepeat [2]Repeat
	// BackgroundPosition is the first layer's position, x then y: offsets
	// of the image from the background positioning area's top left, where
	// a percentage p means p% of (area size - image size).
	BackgroundPosition [2]Length
	// BackgroundSize is the first layer's size.
	BackgroundSize BackgroundSize
	// BackgroundClip and BackgroundOrigin are the first layer's painting
	// area and positioning area boxes.
	BackgroundClip, BackgroundOrigin BackgroundBox
	Opacity                          float32 // 0..1

	FontFamily []string // family names and generic keywords in order, lower case for generics
	FontSize   Fixed    // px
	// FontSizeKeyword is 1 + the index in the absolute-size keywords
	// (xx-small ... xxx-large) when FontSize came from one, directly or
	// inherited; 0 otherwise. A change to or from the generic monospace
	// family looks it up again (fontsize.go).
	FontSizeKeyword int8
	// FontSizeAbsolute reports a font size derived from an absolute
	// length (px, pt, ...) rather than from a keyword: a change to or
	// from monospace leaves it alone.
	FontSizeAbsolute bool
	// AspectRatio is the aspect-ratio property's <ratio> as width over
	// height, 0 for none; AspectRatioAuto reports the auto keyword (alone,
	// or with a ratio that applies only when a replaced element has no
	// natural ratio). https://www.w3.org/TR/css-sizing-4/#aspect-ratio
	AspectRatio     float32
	AspectRatioAuto bool
	// AspectRatioWidth and AspectRatioHeight are the <ratio>'s two
	// numbers as written (16 and 9 for 16 / 9; both 0 for none), which
	// getComputedStyle serializes (aspectratio.go).
	AspectRatioWidth, AspectRatioHeight float32
	// LineClamp is -webkit-line-clamp (0 for none): the box shows that
	// many lines, the last ending in an ellipsis when more content
	// follows (lineclamp.go). BoxOrientVertical is -webkit-box-orient:
	// vertical.
	LineClamp         int32
	BoxOrientVertical bool
	// Isolate is isolation: isolate, which makes a stacking context
	// (https://www.w3.org/TR/compositing-1/#isolation).
	Isolate bool
	// FontStretch is font-stretch as a percentage of the normal width
	// (50 to 200; 0 stands for 100, normal).
	FontStretch float32
	FontWeight  uint16 // 1..1000
	FontStyle   FontStyle

	LineHeight    LineHeight
	TextAlign     TextAlign
	TextIndent    Length // px or %
	WhiteSpace    WhiteSpace
	TextTransform TextTransform
	LetterSpacing Fixed // px; normal is 0
	WordSpacing   Fixed // px; normal is 0
	VerticalAlign VerticalAlign

	// TextIndentHanging and TextIndentEachLine are text-indent's
	// keywords; TextAlignLast, TextJustify and HangingPunctuation are
	// text-align-last, text-justify and hanging-punctuation (inherited;
	// text3.go).
	TextIndentHanging  bool
	TextIndentEachLine bool
	TextAlignLast      TextAlignLast
	TextJustify        TextJustify
	HangingPunctuation HangingPunctuation

	TextDecorationLine  TextDecorationLine
	TextDecorationColor Color // currentColor already resolved
	// TextDecorationStyle, TextDecorationThickness (auto, none for
	// from-font, or px or % of 1em) and TextUnderlineOffset (auto, or px
	// or % of 1em; inherited), TextUnderlinePosition (inherited): see
	// textprops.go.
	TextDecorationStyle     TextDecorationStyle
	TextDecorationThickness Length
	TextUnderlineOffset     Length
	TextUnderlinePosition   UnderlinePosition
	// UnicodeBidi is unicode-bidi; Hyphens (inherited) is hyphens;
	// TextOverflowEllipsis says text-overflow is ellipsis.
	UnicodeBidi          UnicodeBidi
	Hyphens              Hyphens
	TextOverflowEllipsis bool
	// TextOverflowString is text-overflow's <string> shown instead of
	// the ellipsis, "" for the ellipsis (text3.go).
	TextOverflowString string
	// TextEmphasis holds the emphasis mark longhands (inherited;
	// emphasis.go).
	TextEmphasis TextEmphasis
	// The font feature longhands (inherited; textprops.go).
	// FontFeatureSettings is canonical: "tag=value,..." or "" for normal.
	FontKerning          FontKerning
	FontVariantCaps      FontVariantCaps
	FontVariantLigatures FontVariantLigatures
	FontVariantNumeric   FontVariantNumeric
	FontFeatureSettings  string
	FontSynthesis        FontSynthesis
	// The CSS Fonts 4 longhands of font4.go (inherited; the zero values
	// are the initial ones). FontVariantAlternates and
	// FontVariationSettings are canonical strings, "" for normal;
	// FontLanguageOverride is the OpenType language tag, "" for normal.
	FontVariantPosition   FontVariantPosition
	FontVariantEastAsian  FontVariantEastAsian
	FontVariantAlternates string
	FontVariantEmoji      FontVariantEmoji
	FontVariationSettings string
	FontOpticalSizingNone bool
	FontLanguageOverride  string
	// Locale is the content language (the lang attribute, through the
	// -webkit-locale property; font4_lang.go), "" when unknown.
	Locale string
	// FontSizeAdjust is font-size-adjust (font4_adjust.go).
	FontSizeAdjust FontSizeAdjust
	// FontPalette is font-palette: "" for normal, "light", "dark" or a
	// <dashed-ident> naming an @font-palette-values rule (font4_palette.go).
	FontPalette string
	// TabSize is tab-size (inherited; initial 8 spaces).
	TabSize TabSize

	ListStyleType     ListStyleType
	ListStylePosition ListStylePosition
	// ListStyleImage is the absolute URL of list-style-image, or "".
	ListStyleImage string

	OverflowX, OverflowY Overflow
	Visibility           Visibility
	// Direction is "ltr" or "rtl".
	Direction string
	// OverflowClipMargin is overflow-clip-margin: how far the clip edge of
	// overflow: clip lies outside its box (transformbox.go).
	OverflowClipMargin ClipMargin

	// Flexbox (https://www.w3.org/TR/css-flexbox-1/) and box alignment
	// (https://www.w3.org/TR/css-align-3/).
	FlexDirection  FlexDirection
	FlexWrap       FlexWrap
	FlexGrow       float32
	FlexShrink     float32 // initial 1
	FlexBasis      Length  // auto, px or %; content computes to auto (TODO(spec))
	Order          int32
	JustifyContent Align // initial AlignNormal
	AlignItems     Align // initial AlignNormal
	AlignSelf      Align // initial AlignAuto
	AlignContent   Align // initial AlignNormal
	// RowGap and ColumnGap are px or %; normal computes to auto (0 in flex
	// and grid layout).
	RowGap, ColumnGap Length
	// JustifyItems (initial AlignNormal) and JustifySelf (initial
	// AlignAuto) align grid items in the inline axis; Grid holds the grid
	// properties (https://www.w3.org/TR/css-grid-1/, grid.go).
	JustifyItems, JustifySelf Align
	Grid                      GridStyle

	// BorderRadius holds the horizontal corner radii top-left, top-right,
	// bottom-right, bottom-left (px or % of the border box's width).
	BorderRadius Edges[Length]
	// BorderRadiusY holds the vertical corner radii in the same order (px
	// or % of the border box's height); a corner is elliptical when its
	// two radii differ. https://www.w3.org/TR/css-backgrounds-3/#border-radius
	BorderRadiusY Edges[Length]

	// BoxShadow is the list of box-shadow shadows, in the order given (the
	// first is painted on top); nil for none.
	BoxShadow []Shadow
	// TextShadow is the list of text-shadow shadows (never Inset, Spread
	// 0), in the same order; nil for none (inherited). TODO(spec): a
	// shadow without a colour inherits as currentColor, not as the colour
	// it resolved to on the declaring element.
	TextShadow []Shadow

	// OutlineStyle is outline-style; auto computes to solid, with
	// OutlineAuto set. OutlineWidth is 0 when the style is none.
	OutlineStyle  BorderStyle
	OutlineAuto   bool
	OutlineWidth  Fixed // px
	OutlineColor  Color // currentColor and invert already resolved
	OutlineOffset Fixed // px, may be negative

	// Transform is the list of 2D transform functions, applied in order
	// (the last one first to the box); nil for none. TransformOrigin is
	// its origin, x then y, from the border box's top left.
	// https://www.w3.org/TR/css-transforms-1/
	Transform []TransformFunction
	// Translate, Rotate and Scale are the individual transform properties
	// (CSS Transforms 2 §5); Transform already starts with them, in that
	// order, as the transformation matrix composes them.
	Translate, Rotate, Scale []TransformFunction
	TransformOrigin          [2]Length
	// TransformBox is transform-box, the reference box of
	// TransformOrigin and of percentages in translations (transformbox.go).
	TransformBox TransformBox

	// ObjectFit and ObjectPosition place a replaced element's content in
	// its content box (https://www.w3.org/TR/css-images-3/#the-object-fit);
	// ImageRendering is the scaling hint (inherited).
	ObjectFit      ObjectFit
	ObjectPosition [2]Length
	ImageRendering ImageRendering
	// MixBlendMode blends the element's stacking context with its backdrop
	// (https://www.w3.org/TR/compositing-1/#mix-blend-mode).
	MixBlendMode BlendMode
	// Filter is the list of filter functions, applied in order; nil for
	// none (https://www.w3.org/TR/filter-effects-1/#FilterProperty).
	Filter []FilterFunction
	// ClipPath is the clip-path basic shape, or nil for none
	// (https://www.w3.org/TR/css-masking-1/#the-clip-path).
	ClipPath *BasicShape
	// Clip is the clip property's rect(): top, right, bottom and left
	// offsets from the border box's top-left corner (px, or Auto for the
	// box's own edge); nil for auto. https://www.w3.org/TR/CSS22/visufx.html#clipping
	Clip *[4]Length

	// BackgroundFixed reports background-attachment: fixed for the first
	// layer (the background is positioned in the viewport).
	BackgroundFixed bool
	// BackgroundLocal reports background-attachment: local for the first
	// layer (a scroll container's background is positioned and painted in
	// its scrollable overflow area).
	BackgroundLocal bool

	// BackgroundGradient is the first background layer's gradient, or nil
	// when that layer is a url() image (BackgroundImage) or none.
	BackgroundGradient *Gradient
	// BackgroundLists holds the lists of the background longhands when one
	// of them has more than one item or background-blend-mode is set; nil
	// otherwise (the first-layer fields above say everything). Read the
	// layers through NumBackgroundLayers and BackgroundLayer (layers.go).
	BackgroundLists *BackgroundLists
	// BorderImage is the computed border-image, nil while every
	// border-image longhand has its initial value (borderimage.go).
	BorderImage *BorderImage

	// BorderCollapse reports border-collapse: collapse (inherited).
	BorderCollapse bool
	// BorderSpacing is the horizontal and vertical border-spacing in px
	// (inherited).
	BorderSpacing [2]Fixed
	// CaptionSideBottom reports caption-side: bottom (inherited);
	// EmptyCellsHide reports empty-cells: hide (inherited);
	// TableLayoutFixed reports table-layout: fixed.
	CaptionSideBottom, EmptyCellsHide, TableLayoutFixed bool
	// OverflowWrap and WordBreak control where lines may break (inherited).
	OverflowWrap OverflowWrap
	WordBreak    WordBreak
	// LineBreak is line-break, the strictness of line breaking rules
	// (inherited).
	LineBreak LineBreak

	// Content is the computed value of content: nil for normal and none
	// (no ::before/::after box), else the items in order. In the styles
	// Compute returns, counters and quotes are already resolved to strings.
	Content []ContentItem
	// CounterReset, CounterIncrement and CounterSet are the element's
	// counter changes in order, nil for none
	// (https://www.w3.org/TR/css-lists-3/#auto-numbering). Quotes holds
	// the quotes property's strings, open then close for each depth: nil
	// for auto, empty for none (inherited).
	CounterReset, CounterIncrement, CounterSet []CounterChange
	Quotes                                     []string

	// CustomProperties maps custom property names (with the leading "--")
	// to their computed values as token text. Custom properties inherit;
	// the map is shared with the parent when the element declares none.
	// Never modify it.
	CustomProperties map[string]string
}

// Repeat is a computed background-repeat style for one axis.
type Repeat uint8

const (
	RepeatRepeat Repeat = iota
	RepeatNoRepeat
	RepeatSpace
	RepeatRound
)

// BackgroundSizeKind says which background-size form applies.
type BackgroundSizeKind uint8

const (
	SizeExplicit BackgroundSizeKind = iota // Width and Height (each may be auto)
	SizeCover
	SizeContain
)

// BackgroundSize is the computed value of background-size. The initial
// value is SizeExplicit with both lengths auto.
type BackgroundSize struct {
	Kind          BackgroundSizeKind
	Width, Height Length
}

// FlexDirection is the computed value of flex-direction.
type FlexDirection uint8

const (
	FlexRow FlexDirection = iota
	FlexRowReverse
	FlexColumn
	FlexColumnReverse
)

// FlexWrap is the computed value of flex-wrap.
type FlexWrap uint8

const (
	FlexNoWrap FlexWrap = iota
	FlexWrapWrap
	FlexWrapReverse
)

// Align is a computed value of justify-content, align-items, align-self or
// align-content.
type Align uint8

const (
	AlignNormal Align = iota
	AlignAuto
	AlignStretch
	AlignFlexStart
	AlignFlexEnd
	AlignStart
	AlignEnd
	AlignCenter
	AlignBaseline
	AlignSpaceBetween
	AlignSpaceAround
	AlignSpaceEvenly
	AlignLeft
	AlignRight
)

// OverflowWrap is the computed value of overflow-wrap (word-wrap).
type OverflowWrap uint8

const (
	OverflowWrapNormal OverflowWrap = iota
	OverflowWrapAnywhere
	OverflowWrapBreakWord
)

// LineBreak is the computed value of line-break
// (https://www.w3.org/TR/css-text-3/#line-break-property).
type LineBreak uint8

const (
	LineBreakAuto LineBreak = iota
	LineBreakLoose
	LineBreakNormal
	LineBreakStrict
	LineBreakAnywhere
)

// WordBreak is the computed value of word-break.
type WordBreak uint8

const (
	WordBreakNormal WordBreak = iota
	WordBreakBreakAll
	WordBreakKeepAll
	WordBreakBreakWord
)

// ContentKind says what a ContentItem holds.
type ContentKind uint8

const (
	ContentString       ContentKind = iota // Value is the text
	ContentURL                             // Value is the image's absolute URL
	ContentAttr                            // Value is the attribute name; layout reads it from the element
	ContentOpenQuote                       // open-quote
	ContentCloseQuote                      // close-quote
	ContentNoOpenQuote                     // no-open-quote
	ContentNoCloseQuote                    // no-close-quote
	// ContentCounter and ContentCounters are counter(Value, Style) and
	// counters(Value, Separator, Style). The cascade resolves them, and
	// the quotes, to ContentString items in the styles it returns
	// (counters.go), so layout never sees them.
	ContentCounter
	ContentCounters
)

// ContentItem is one item of the content property.
type ContentItem struct {
	Kind  ContentKind
	Value string
	// Style and Separator are the counter style ("decimal", ...) and the
	// separator string of counter() and counters().
	Style, Separator string
}

// CounterChange is one entry of counter-reset, counter-increment or
// counter-set: a counter name and the value to reset to, add or set.
type CounterChange struct {
	Name  string
	Value int
	// Reversed marks counter-reset's reversed(Name); NoValue says no
	// initial value was given, so that a reversed counter computes it
	// (counters.go).
	Reversed, NoValue bool
}

// initial is the style every property starts from: the initial values of
// CSS 2.1 with the user agent's default font.
var initial = ComputedStyle{
	Display:                 DisplayInline,
	ZIndexAuto:              true,
	Inset:                   Edges[Length]{Auto, Auto, Auto, Auto},
	Width:                   Auto,
	Height:                  Auto,
	MinWidth:                Auto,
	MinHeight:               Auto,
	MaxWidth:                None,
	MaxHeight:               None,
	BorderWidth:             Edges[Fixed]{}, // medium (3px) only counts with a style
	BorderColor:             Edges[Color]{Black, Black, Black, Black},
	Color:                   Black,
	Opacity:                 1,
	FontFamily:              []string{"serif"},
	FontSize:                Int(16),
	FontSizeKeyword:         4, // medium
	FontWeight:              400,
	ListStyleType:           "disc",
	FlexShrink:              1,
	BackgroundSize:          BackgroundSize{Width: Auto, Height: Auto},
	BackgroundPosition:      [2]Length{Percent(0), Percent(0)},
	FlexBasis:               Auto,
	AlignSelf:               AlignAuto,
	JustifySelf:             AlignAuto,
	RowGap:                  Auto,
	ColumnGap:               Auto,
	TextDecorationColor:     Black,
	TextDecorationThickness: Auto,
	TabSize:                 TabSize{Spaces: 8},
	TextUnderlineOffset:     Auto,
	Direction:               "ltr",
	OutlineColor:            Black,
	BackgroundOrigin:        BackgroundPaddingBox,
	TransformOrigin:         [2]Length{Percent(50), Percent(50)},
	ObjectPosition:          [2]Length{Percent(50), Percent(50)},
	OutlineWidth:            Int(3), // medium; 0 while the style is none
	BorderRadiusY:           Edges[Length]{ZeroPx, ZeroPx, ZeroPx, ZeroPx},
}

// Initial returns a fresh copy of the initial style (the style of an element
// with no declarations and no parent).
func Initial() *ComputedStyle {
	s := initial
	return &s
}

// InheritFrom returns a new style with the inherited properties of parent and
// the initial values of the rest, as an anonymous box's style is (CSS 2.1
// §9.2.1.1).
func InheritFrom(parent *ComputedStyle) *ComputedStyle {
	s := initial
	if parent == nil {
		return &s
	}
	s.Color = parent.Color
	s.FontFamily = parent.FontFamily
	s.FontSize = parent.FontSize
	s.FontSizeKeyword = parent.FontSizeKeyword
	s.FontSizeAbsolute = parent.FontSizeAbsolute
	s.FontWeight = parent.FontWeight
	s.FontStyle = parent.FontStyle
	s.LineHeight = parent.LineHeight
	s.TextAlign = parent.TextAlign
	s.TextIndent = parent.TextIndent
	s.WhiteSpace = parent.WhiteSpace
	s.TextTransform = parent.TextTransform
	s.LetterSpacing = parent.LetterSpacing
	s.WordSpacing = parent.WordSpacing
	s.ListStyleType = parent.ListStyleType
	s.ListStylePosition = parent.ListStylePosition
	s.ListStyleImage = parent.ListStyleImage
	s.Visibility = parent.Visibility
	s.Direction = parent.Direction
	s.CustomProperties = parent.CustomProperties
	s.BorderCollapse = parent.BorderCollapse
	s.BorderSpacing = parent.BorderSpacing
	s.CaptionSideBottom = parent.CaptionSideBottom
	s.EmptyCellsHide = parent.EmptyCellsHide
	s.OverflowWrap = parent.OverflowWrap
	s.WordBreak = parent.WordBreak
	s.LineBreak = parent.LineBreak
	s.FontStretch = parent.FontStretch
	s.TextShadow = parent.TextShadow
	s.ImageRendering = parent.ImageRendering
	s.Quotes = parent.Quotes
	s.BorderColor = Edges[Color]{s.Color, s.Color, s.Color, s.Color}
	s.TextDecorationColor = s.Color
	inheritTextProps(&s, parent)
	return &s
}
