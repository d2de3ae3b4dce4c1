package cssom

import (
	"sort"
	"strconv"
	"strings"
)

// Computed values as getComputedStyle serializes them
// (https://drafts.csswg.org/cssom/#resolved-values): keywords, lengths in
// px, percentages kept, colours as rgb()/rgba(). Width, height, margins,
// padding and insets resolve to used values where the element has a box;
// package browser substitutes those from layout.
//
// package browser also writes transform (a matrix for the border box).
// TODO(spec): backgrounds, shadows, filters, grid templates and the other
// structured values.

// ComputedValue returns the computed value of property prop (a longhand,
// lower case), serialized, and whether Pane computes that property.
func (s *ComputedStyle) ComputedValue(prop string) (string, bool) {
	get, ok := computedGetters[prop]
	if !ok {
		return "", false
	}
	return get(s), true
}

// ComputedProperties returns the names of the properties ComputedValue
// serializes, sorted.
func ComputedProperties() []string {
	names := make([]string, 0, len(computedGetters))
	for n := range computedGetters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

var computedGetters = map[string]func(*ComputedStyle) string{}

func init() {
	g := computedGetters
	enum := func(name string, id propID, field func(*ComputedStyle) int32) {
		names := canonicalKeywords(enumTable(id))
		g[name] = func(s *ComputedStyle) string { return names[field(s)] }
	}
	enum("position", pPosition, func(s *ComputedStyle) int32 { return int32(s.Position) })
	enum("float", pFloat, func(s *ComputedStyle) int32 { return int32(s.Float) })
	enum("clear", pClear, func(s *ComputedStyle) int32 { return int32(s.Clear) })
	enum("box-sizing", pBoxSizing, func(s *ComputedStyle) int32 { return int32(s.BoxSizing) })
	enum("font-style", pFontStyle, func(s *ComputedStyle) int32 { return int32(s.FontStyle) })
	enum("text-align", pTextAlign, func(s *ComputedStyle) int32 { return int32(s.TextAlign) })
	enum("white-space", pWhiteSpace, func(s *ComputedStyle) int32 { return int32(s.WhiteSpace) })
	enum("text-transform", pTextTransform, func(s *ComputedStyle) int32 { return int32(s.TextTransform) })
	enum("list-style-position", pListStylePosition, func(s *ComputedStyle) int32 { return int32(s.ListStylePosition) })
	enum("overflow-x", pOverflowX, func(s *ComputedStyle) int32 { return int32(s.OverflowX) })
	enum("overflow-y", pOverflowY, func(s *ComputedStyle) int32 { return int32(s.OverflowY) })
	enum("visibility", pVisibility, func(s *ComputedStyle) int32 { return int32(s.Visibility) })
	enum("flex-direction", pFlexDirection, func(s *ComputedStyle) int32 { return int32(s.FlexDirection) })
	enum("flex-wrap", pFlexWrap, func(s *ComputedStyle) int32 { return int32(s.FlexWrap) })
	enum("overflow-wrap", pOverflowWrap, func(s *ComputedStyle) int32 { return int32(s.OverflowWrap) })
	enum("word-break", pWordBreak, func(s *ComputedStyle) int32 { return int32(s.WordBreak) })
	enum("line-break", pLineBreak, func(s *ComputedStyle) int32 { return int32(s.LineBreak) })
	g["display"] = func(s *ComputedStyle) string {
		if int(s.Display) < len(displayNames) {
			return displayNames[s.Display]
		}
		return ""
	}
	for i, side := range sideNames {
		i := i
		g["margin-"+side] = func(s *ComputedStyle) string { return lengthText(s.Margin[i]) }
		g["padding-"+side] = func(s *ComputedStyle) string { return lengthText(s.Padding[i]) }
		g[side] = func(s *ComputedStyle) string { return lengthText(s.Inset[i]) }
		g["border-"+side+"-width"] = func(s *ComputedStyle) string { return pxText(s.BorderWidth[i]) }
		g["border-"+side+"-color"] = func(s *ComputedStyle) string { return rgbText(s.BorderColor[i]) }
		styles := canonicalKeywords(borderStyles)
		g["border-"+side+"-style"] = func(s *ComputedStyle) string { return styles[int32(s.BorderStyle[i])] }
	}
	for name, f := range map[string]func(*ComputedStyle) Length{
		"width": func(s *ComputedStyle) Length { return s.Width }, "height": func(s *ComputedStyle) Length { return s.Height },
		"min-width": func(s *ComputedStyle) Length { return s.MinWidth }, "min-height": func(s *ComputedStyle) Length { return s.MinHeight },
		"max-width": func(s *ComputedStyle) Length { return s.MaxWidth }, "max-height": func(s *ComputedStyle) Length { return s.MaxHeight },
		"text-indent": func(s *ComputedStyle) Length { return s.TextIndent }, "flex-basis": func(s *ComputedStyle) Length { return s.FlexBasis },
		"row-gap": func(s *ComputedStyle) Length { return s.RowGap }, "column-gap": func(s *ComputedStyle) Length { return s.ColumnGap },
	} {
		f := f
		g[name] = func(s *ComputedStyle) string { return lengthText(f(s)) }
	}
	g["min-width"] = func(s *ComputedStyle) string { return autoOr(s.MinWidth) }
	g["min-height"] = func(s *ComputedStyle) string { return autoOr(s.MinHeight) }
	g["row-gap"] = func(s *ComputedStyle) string { return normalOr(s.RowGap) }
	g["column-gap"] = func(s *ComputedStyle) string { return normalOr(s.ColumnGap) }
	g["color"] = func(s *ComputedStyle) string { return rgbText(s.Color) }
	g["background-color"] = func(s *ComputedStyle) string { return rgbText(s.BackgroundColor) }
	g["opacity"] = func(s *ComputedStyle) string { return strconv.FormatFloat(float64(s.Opacity), 'g', -1, 32) }
	g["font-size"] = func(s *ComputedStyle) string { return pxText(s.FontSize) }
	g["font-weight"] = func(s *ComputedStyle) string { return strconv.Itoa(int(s.FontWeight)) }
	g["font-family"] = func(s *ComputedStyle) string { return familyText(s.FontFamily) }
	g["font-stretch"] = func(s *ComputedStyle) string {
		p := s.FontStretch
		if p == 0 {
			p = 100
		}
		return strconv.FormatFloat(float64(p), 'g', -1, 32) + "%"
	}
	g["line-height"] = func(s *ComputedStyle) string {
		switch s.LineHeight.Kind {
		case LineHeightNumber:
			// The resolved value of a number is the length it gives.
			return pxText(s.FontSize.MulFloat(float64(s.LineHeight.Number)))
		case LineHeightLength:
			return pxText(s.LineHeight.Px)
		}
		return "normal"
	}
	g["letter-spacing"] = func(s *ComputedStyle) string {
		if s.LetterSpacing == 0 {
			return "normal"
		}
		return pxText(s.LetterSpacing)
	}
	g["word-spacing"] = func(s *ComputedStyle) string { return pxText(s.WordSpacing) }
	g["z-index"] = func(s *ComputedStyle) string {
		if s.ZIndexAuto {
			return "auto"
		}
		return strconv.Itoa(int(s.ZIndex))
	}
	g["flex-grow"] = func(s *ComputedStyle) string { return strconv.FormatFloat(float64(s.FlexGrow), 'g', -1, 32) }
	g["flex-shrink"] = func(s *ComputedStyle) string { return strconv.FormatFloat(float64(s.FlexShrink), 'g', -1, 32) }
	g["order"] = func(s *ComputedStyle) string { return strconv.Itoa(int(s.Order)) }
	g["direction"] = func(s *ComputedStyle) string { return s.Direction }
	g["list-style-type"] = func(s *ComputedStyle) string { return strings.TrimPrefix(string(s.ListStyleType), `"`) }
	g["isolation"] = func(s *ComputedStyle) string {
		if s.Isolate {
			return "isolate"
		}
		return "auto"
	}
	g["aspect-ratio"] = func(s *ComputedStyle) string {
		switch {
		case s.AspectRatio <= 0:
			return "auto"
		case s.AspectRatioAuto:
			return "auto " + strconv.FormatFloat(float64(s.AspectRatio), 'g', -1, 32) + " / 1"
		}
		return strconv.FormatFloat(float64(s.AspectRatio), 'g', -1, 32) + " / 1"
	}
}

// canonicalKeywords inverts a keyword table, preferring for each value
// the unprefixed keyword, then the shorter, then the alphabetically first
// (so "left" over "inline-start", "sticky" over "-webkit-sticky").
func canonicalKeywords(t map[string]int32) map[int32]string {
	out := map[int32]string{}
	for k, v := range t {
		cur, ok := out[v]
		if !ok || better(k, cur) {
			out[v] = k
		}
	}
	return out
}

func better(a, b string) bool {
	pa, pb := strings.HasPrefix(a, "-"), strings.HasPrefix(b, "-")
	if pa != pb {
		return !pa
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// pxText serializes a length in px.
func pxText(f Fixed) string { return formatFixed(f) + "px" }

// lengthText serializes a computed <length-percentage> | auto | none.
func lengthText(l Length) string {
	switch l.Kind {
	case LengthPx:
		return pxText(l.Px)
	case LengthPercent:
		return strconv.FormatFloat(float64(l.Percent), 'g', -1, 32) + "%"
	case LengthAuto:
		return "auto"
	case LengthNone:
		return "none"
	case LengthCalc:
		return "calc(" + strconv.FormatFloat(float64(l.Percent), 'g', -1, 32) + "% + " + pxText(l.Px) + ")"
	}
	return ""
}

// autoOr serializes min-width and min-height, whose auto stays auto.
func autoOr(l Length) string { return lengthText(l) }

// normalOr serializes the gaps, whose initial value is normal.
func normalOr(l Length) string {
	if l.Kind == LengthAuto {
		return "normal"
	}
	return lengthText(l)
}

// familyText serializes a family list, quoting names that need it.
func familyText(fams []string) string {
	out := make([]string, len(fams))
	for i, f := range fams {
		if strings.ContainsAny(f, " ,\"'") || f == "" {
			out[i] = strconv.Quote(f)
		} else {
			out[i] = f
		}
	}
	return strings.Join(out, ", ")
}

// displayNames are the display values as getComputedStyle writes them.
var displayNames = [...]string{
	DisplayInline: "inline", DisplayBlock: "block", DisplayInlineBlock: "inline-block",
	DisplayListItem: "list-item", DisplayNone: "none", DisplayContents: "contents",
	DisplayFlowRoot: "flow-root", DisplayFlex: "flex", DisplayInlineFlex: "inline-flex",
	DisplayGrid: "grid", DisplayInlineGrid: "inline-grid", DisplayTable: "table",
	DisplayInlineTable: "inline-table", DisplayTableRowGroup: "table-row-group",
	DisplayTableHeaderGroup: "table-header-group", DisplayTableFooterGroup: "table-footer-group",
	DisplayTableRow: "table-row", DisplayTableCell: "table-cell",
	DisplayTableColumnGroup: "table-column-group", DisplayTableColumn: "table-column",
	DisplayTableCaption: "table-caption",
}

// rgbText serializes a colour as getComputedStyle does: rgb() or rgba()
// (https://drafts.csswg.org/cssom/#serializing-css-values).
func rgbText(c Color) string {
	if c.A == 255 {
		return "rgb(" + strconv.Itoa(int(c.R)) + ", " + strconv.Itoa(int(c.G)) + ", " + strconv.Itoa(int(c.B)) + ")"
	}
	a := strconv.FormatFloat(float64(c.A)/255, 'g', 3, 64)
	return "rgba(" + strconv.Itoa(int(c.R)) + ", " + strconv.Itoa(int(c.G)) + ", " + strconv.Itoa(int(c.B)) + ", " + a + ")"
}
