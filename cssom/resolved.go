package cssom

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Computed values as getComputedStyle serializes them
// (https://drafts.csswg.org/cssom/#resolved-values): keywords, lengths in
// px, percentages kept, colours as rgb()/rgba(), lists comma-separated,
// in the forms Chromium writes. Width, height, margins, padding, insets,
// transform, transform-origin and grid track lists resolve to used values
// where the element has a box; package browser substitutes those from
// layout.
//
// Files: resolved.go (the box model and the simple keywords),
// resolved_images.go (backgrounds, gradients, shadows, filters, clip
// paths, border images), resolved_text.go (fonts, text, generated
// content), resolved_grid.go (grid and alignment), resolved_logical.go
// (flow-relative longhands), resolved_shorthand.go (shorthands from
// their longhands), resolved_names.go (the property list and the values
// of the properties Pane does not compute).

// ComputedValue returns the computed value of property prop (a longhand,
// lower case), serialized, and whether Pane computes that property.
func (s *ComputedStyle) ComputedValue(prop string) (string, bool) {
	get, ok := getters()[prop]
	if !ok {
		return "", false
	}
	return get(s), true
}

// ComputedProperties returns the names of the properties ComputedValue
// serializes, sorted.
func ComputedProperties() []string {
	g := getters()
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// getterTable maps longhand names to their serializers.
type getterTable map[string]func(*ComputedStyle) string

var (
	gettersOnce     sync.Once
	computedGetters getterTable
)

// extraGetters are the serializers other files register with
// registerResolved; they override the ones getters adds.
var extraGetters = getterTable{}

// registerResolved registers the getComputedStyle serializer of a
// longhand another file computes (call it from an init function).
func registerResolved(name string, f func(*ComputedStyle) string) { extraGetters[name] = f }

// getters returns the serializers, built on first use: the keyword
// tables they invert are filled by the init functions of several files.
func getters() getterTable {
	// Files that add longhands add their serializers here, in one line
	// each after the ones they replace, or with registerResolved.
	gettersOnce.Do(func() {
		g := getterTable{}
		addBoxGetters(g)
		addImageGetters(g)
		addTextGetters(g)
		addText3Getters(g) // text3.go: after addTextGetters, whose text-indent it replaces
		addGridGetters(g)
		addLogicalGetters(g)
		addEmphasisGetters(g) // emphasis.go, transformbox.go
		for name, f := range extraGetters {
			g[name] = f
		}
		computedGetters = g
	})
	return computedGetters
}

// enum registers the serializer of a keyword-valued longhand.
func (g getterTable) enum(name string, id propID, field func(*ComputedStyle) int32) {
	names := canonicalKeywords(enumTable(id))
	g[name] = func(s *ComputedStyle) string { return names[field(s)] }
}

// addBoxGetters registers the box model, positioning, flex and colour
// longhands.
func addBoxGetters(g getterTable) {
	addBoxKeywordGetters(g)
	addBoxValueGetters(g)
	addOutlineGetters(g)
}

// addBoxKeywordGetters registers the keyword-valued box longhands.
func addBoxKeywordGetters(g getterTable) {
	g.enum("position", pPosition, func(s *ComputedStyle) int32 { return int32(s.Position) })
	g.enum("float", pFloat, func(s *ComputedStyle) int32 { return int32(s.Float) })
	g.enum("clear", pClear, func(s *ComputedStyle) int32 { return int32(s.Clear) })
	g.enum("box-sizing", pBoxSizing, func(s *ComputedStyle) int32 { return int32(s.BoxSizing) })
	g.enum("list-style-position", pListStylePosition, func(s *ComputedStyle) int32 { return int32(s.ListStylePosition) })
	g.enum("overflow-x", pOverflowX, func(s *ComputedStyle) int32 { return int32(s.OverflowX) })
	g.enum("overflow-y", pOverflowY, func(s *ComputedStyle) int32 { return int32(s.OverflowY) })
	g.enum("visibility", pVisibility, func(s *ComputedStyle) int32 { return int32(s.Visibility) })
	g.enum("flex-direction", pFlexDirection, func(s *ComputedStyle) int32 { return int32(s.FlexDirection) })
	g.enum("flex-wrap", pFlexWrap, func(s *ComputedStyle) int32 { return int32(s.FlexWrap) })
	g.enum("caption-side", pCaptionSide, func(s *ComputedStyle) int32 { return boolInt(s.CaptionSideBottom) })
	g.enum("empty-cells", pEmptyCells, func(s *ComputedStyle) int32 { return boolInt(s.EmptyCellsHide) })
	g.enum("table-layout", pTableLayout, func(s *ComputedStyle) int32 { return boolInt(s.TableLayoutFixed) })
	g.enum("border-collapse", pBorderCollapse, func(s *ComputedStyle) int32 { return boolInt(s.BorderCollapse) })
	g.enum("isolation", pIsolation, func(s *ComputedStyle) int32 { return boolInt(s.Isolate) })
	g.enum("-webkit-box-orient", pBoxOrient, func(s *ComputedStyle) int32 { return boolInt(s.BoxOrientVertical) })
	g.enum("object-fit", pObjectFit, func(s *ComputedStyle) int32 { return int32(s.ObjectFit) })
	g.enum("image-rendering", pImageRendering, func(s *ComputedStyle) int32 { return int32(s.ImageRendering) })
	g.enum("mix-blend-mode", pMixBlendMode, func(s *ComputedStyle) int32 { return int32(s.MixBlendMode) })
}

// addBoxValueGetters registers the other box longhands.
func addBoxValueGetters(g getterTable) {
	g["display"] = func(s *ComputedStyle) string { return pick(displayNames[:], int(s.Display)) }
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
	} {
		f := f
		g[name] = func(s *ComputedStyle) string { return lengthText(f(s)) }
	}
	g["row-gap"] = func(s *ComputedStyle) string { return normalOr(s.RowGap) }
	g["column-gap"] = func(s *ComputedStyle) string { return normalOr(s.ColumnGap) }
	g["color"] = func(s *ComputedStyle) string { return rgbText(s.Color) }
	g["background-color"] = func(s *ComputedStyle) string { return rgbText(s.BackgroundColor) }
	g["opacity"] = func(s *ComputedStyle) string { return numText(float64(s.Opacity)) }
	g["z-index"] = func(s *ComputedStyle) string {
		if s.ZIndexAuto {
			return "auto"
		}
		return strconv.Itoa(int(s.ZIndex))
	}
	g["flex-grow"] = func(s *ComputedStyle) string { return numText(float64(s.FlexGrow)) }
	g["flex-shrink"] = func(s *ComputedStyle) string { return numText(float64(s.FlexShrink)) }
	g["order"] = func(s *ComputedStyle) string { return strconv.Itoa(int(s.Order)) }
	g["direction"] = func(s *ComputedStyle) string { return s.Direction }
	g["aspect-ratio"] = aspectRatioText // aspectratio.go
	g["-webkit-line-clamp"] = func(s *ComputedStyle) string {
		if s.LineClamp <= 0 {
			return "none"
		}
		return strconv.Itoa(int(s.LineClamp))
	}
	g["-webkit-border-horizontal-spacing"] = func(s *ComputedStyle) string { return pxText(s.BorderSpacing[0]) }
	g["-webkit-border-vertical-spacing"] = func(s *ComputedStyle) string { return pxText(s.BorderSpacing[1]) }
}

// addOutlineGetters registers outline-*, clip and the individual
// transform properties.
func addOutlineGetters(g getterTable) {
	styles := canonicalKeywords(borderStyles)
	g["outline-style"] = func(s *ComputedStyle) string {
		if s.OutlineAuto {
			return "auto"
		}
		return styles[int32(s.OutlineStyle)]
	}
	g["outline-width"] = func(s *ComputedStyle) string {
		if s.OutlineStyle == BorderNone && !s.OutlineAuto && s.OutlineWidth == 0 {
			// AD-HOC: Chromium keeps the width of a style-less outline;
			// Pane computes it to 0, so the initial medium is given.
			return "3px"
		}
		return pxText(s.OutlineWidth)
	}
	g["outline-color"] = func(s *ComputedStyle) string { return rgbText(s.OutlineColor) }
	g["outline-offset"] = func(s *ComputedStyle) string { return pxText(s.OutlineOffset) }
	// https://www.w3.org/TR/CSS22/visufx.html#clipping: rect(t, r, b, l).
	g["clip"] = func(s *ComputedStyle) string {
		if s.Clip == nil {
			return "auto"
		}
		parts := make([]string, 4)
		for i, l := range s.Clip {
			parts[i] = lengthText(l)
		}
		return "rect(" + strings.Join(parts, ", ") + ")"
	}
	// https://www.w3.org/TR/css-transforms-2/#individual-transforms
	g["translate"] = func(s *ComputedStyle) string {
		if len(s.Translate) == 0 {
			return "none"
		}
		t := s.Translate[0]
		if t.Y.Kind == LengthPx && t.Y.Px == 0 {
			return lengthText(t.X)
		}
		return lengthText(t.X) + " " + lengthText(t.Y)
	}
	g["rotate"] = func(s *ComputedStyle) string {
		if len(s.Rotate) == 0 {
			return "none"
		}
		return numText(float64(s.Rotate[0].A[0])) + "deg"
	}
	g["scale"] = func(s *ComputedStyle) string {
		if len(s.Scale) == 0 {
			return "none"
		}
		a := s.Scale[0].A
		if a[0] == a[1] {
			return numText(float64(a[0]))
		}
		return numText(float64(a[0])) + " " + numText(float64(a[1]))
	}
	g["transform-origin"] = func(s *ComputedStyle) string { return positionText(s.TransformOrigin) }
	g["object-position"] = func(s *ComputedStyle) string { return positionText(s.ObjectPosition) }
}

// pick returns names[i], or "" when i is out of range (a value added to
// an enum before its serializer was).
func pick(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return ""
	}
	return names[i]
}

func boolInt(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// canonicalKeywords inverts a keyword table, preferring for each value
// the unprefixed keyword, then a -webkit- one, then the shorter, then the
// alphabetically first (so "left" over "inline-start", "sticky" over
// "-webkit-sticky", "-webkit-center" over "-moz-center").
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
	wa, wb := strings.HasPrefix(a, "-webkit-"), strings.HasPrefix(b, "-webkit-")
	if wa != wb {
		return wa
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// pxText serializes a length in px.
func pxText(f Fixed) string { return PxText(f) }

// PxText serializes a length as getComputedStyle does: in px, with the
// fewest decimals that give the same Fixed value back (so 1.6px, kept as
// 1.59375, is written 1.6px as Chromium, which computes in floats, writes
// it). AD-HOC: thirds and sixths (13.3333px, the form controls' font
// size) are tried before two decimals.
func PxText(f Fixed) string {
	v := float64(f) / 64
	same := func(x float64) bool { return math.Round(x*64) == float64(f) }
	for prec := 0; prec < 6; prec++ {
		if prec == 2 {
			for _, q := range []float64{3, 6} {
				if x := math.Round(v*q) / q; same(x) {
					return numText(x) + "px"
				}
			}
		}
		t := strconv.FormatFloat(v, 'f', prec, 64)
		if back, err := strconv.ParseFloat(t, 64); err == nil && same(back) {
			return trimNumber(t) + "px"
		}
	}
	return trimNumber(strconv.FormatFloat(v, 'f', 6, 64)) + "px"
}

// trimNumber removes trailing zeros after a decimal point, and "-0".
func trimNumber(t string) string {
	if strings.Contains(t, ".") {
		t = strings.TrimRight(strings.TrimRight(t, "0"), ".")
	}
	if t == "-0" {
		return "0"
	}
	return t
}

// numText serializes a number as Chromium does: at most six significant
// digits, no exponent.
func numText(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "0"
	}
	s := strconv.FormatFloat(f, 'g', 6, 64)
	if strings.ContainsAny(s, "e") {
		s = strconv.FormatFloat(f, 'f', -1, 64)
	}
	if s == "-0" {
		return "0"
	}
	return s
}

// percentText serializes a percentage (50 means 50%).
func percentText(p float32) string { return numText(float64(p)) + "%" }

// lengthText serializes a computed <length-percentage> | auto | none.
func lengthText(l Length) string {
	switch l.Kind {
	case LengthPx:
		return pxText(l.Px)
	case LengthPercent:
		return percentText(l.Percent)
	case LengthAuto:
		return "auto"
	case LengthNone:
		return "none"
	case LengthMinContent, LengthMaxContent, LengthFitContent, LengthContent:
		return sizingText(l) // intrinsic.go
	case LengthCalc:
		// https://drafts.csswg.org/css-values-4/#serialize-a-calculation-tree:
		// the percentage first, then the length with its sign as the
		// operator.
		if l.Percent == 0 {
			return pxText(l.Px)
		}
		if l.Px < 0 {
			return "calc(" + percentText(l.Percent) + " - " + pxText(-l.Px) + ")"
		}
		return "calc(" + percentText(l.Percent) + " + " + pxText(l.Px) + ")"
	case LengthExpr:
		t := calcExprText(l.Expr, 0)
		if l.Expr != nil && (l.Expr.Op == 0 || l.Expr.Op == '+' || l.Expr.Op == '*') && strings.ContainsAny(t, " ") {
			return "calc(" + t + ")"
		}
		return t
	}
	return ""
}

// calcExprText serializes a math expression
// (https://drafts.csswg.org/css-values-4/#serialize-a-math-function):
// sums as "a + b", products as "n * (a)", min(), max() and clamp() by
// name. Deep expressions are cut off.
func calcExprText(e *CalcExpr, depth int) string {
	if e == nil || depth > 32 {
		return "0px"
	}
	args := func() []string {
		out := make([]string, len(e.Args))
		for i, a := range e.Args {
			out[i] = calcExprText(a, depth+1)
		}
		return out
	}
	switch e.Op {
	case '+':
		return strings.ReplaceAll(strings.Join(args(), " + "), "+ -", "- ")
	case '*':
		if len(e.Args) == 1 {
			return numText(e.Num) + " * (" + calcExprText(e.Args[0], depth+1) + ")"
		}
	case 'm':
		return "min(" + strings.Join(args(), ", ") + ")"
	case 'M':
		return "max(" + strings.Join(args(), ", ") + ")"
	case 'c':
		return "clamp(" + strings.Join(args(), ", ") + ")"
	}
	switch {
	case e.Pct == 0:
		return numText(e.Px) + "px"
	case e.Px == 0:
		return numText(e.Pct) + "%"
	case e.Px < 0:
		return numText(e.Pct) + "% - " + numText(-e.Px) + "px"
	}
	return numText(e.Pct) + "% + " + numText(e.Px) + "px"
}

// positionText serializes a computed <position>, x then y.
func positionText(p [2]Length) string { return lengthText(p[0]) + " " + lengthText(p[1]) }

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
	// Chromium writes the alpha with two decimals when they give the same
	// 8-bit value back, else with three.
	a := strconv.FormatFloat(float64(c.A)/255, 'f', 2, 64)
	if f, _ := strconv.ParseFloat(a, 64); math.Round(f*255) != float64(c.A) {
		a = strconv.FormatFloat(float64(c.A)/255, 'f', 3, 64)
	}
	a = strings.TrimRight(strings.TrimRight(a, "0"), ".")
	if a == "" {
		a = "0"
	}
	return "rgba(" + strconv.Itoa(int(c.R)) + ", " + strconv.Itoa(int(c.G)) + ", " + strconv.Itoa(int(c.B)) + ", " + a + ")"
}
