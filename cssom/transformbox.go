package cssom

// Reference boxes: transform-box (CSS Transforms 1,
// https://www.w3.org/TR/css-transforms-1/#transform-box) and
// overflow-clip-margin (CSS Overflow 3,
// https://www.w3.org/TR/css-overflow-3/#overflow-clip-margin); their
// grammars, computation and copying (computeEmphasisProp and
// copyEmphasisProp in emphasis.go chain to the hooks here). Neither
// inherits.

// TransformBox is the computed value of transform-box: the reference box
// of transform-origin and of the percentages in transforms.
type TransformBox uint8

// The transform-box values; view-box is the initial value.
const (
	TransformViewBox TransformBox = iota
	TransformContentBox
	TransformBorderBox
	TransformFillBox
	TransformStrokeBox
)

// CSSBox returns the box a transform-box value uses for a box with an
// associated CSS layout box: "fill-box" uses the content box, and
// "stroke-box" and "view-box" use the border box.
// https://www.w3.org/TR/css-transforms-1/#transform-box
func (t TransformBox) CSSBox() VisualBox {
	if t == TransformContentBox || t == TransformFillBox {
		return VisualContentBox
	}
	return VisualBorderBox
}

// VisualBox is a <visual-box>: content-box, padding-box or border-box.
// https://www.w3.org/TR/css-box-4/#typedef-visual-box
type VisualBox uint8

// The <visual-box> values; padding-box first, overflow-clip-margin's
// default.
const (
	VisualPaddingBox VisualBox = iota
	VisualContentBox
	VisualBorderBox
)

var visualBoxNames = [...]string{"padding-box", "content-box", "border-box"}

// ClipMargin is the computed value of overflow-clip-margin: how far
// outside Box the overflow: clip edge lies, in px (non-negative). Its zero
// value is the initial value, 0px from the padding box.
type ClipMargin struct {
	Box    VisualBox
	Margin Fixed
}

func init() {
	longhandNames["transform-box"] = pTransformBox
	longhandNames["overflow-clip-margin"] = pOverflowClipMargin
	enumKeywords[pTransformBox] = map[string]int32{
		"view-box": int32(TransformViewBox), "content-box": int32(TransformContentBox),
		"border-box": int32(TransformBorderBox), "fill-box": int32(TransformFillBox),
		"stroke-box": int32(TransformStrokeBox),
	}
}

// addTransformBoxGetters registers the computed values of this file's
// longhands for getComputedStyle (resolved.go).
func addTransformBoxGetters(g getterTable) {
	names := canonicalKeywords(enumKeywords[pTransformBox])
	g["transform-box"] = func(s *ComputedStyle) string { return names[int32(s.TransformBox)] }
	g["overflow-clip-margin"] = func(s *ComputedStyle) string { return clipMarginText(s.OverflowClipMargin) }
}

// clipMarginText serializes a computed overflow-clip-margin the shortest
// way: the box when it is not padding-box, the length when it is not 0.
func clipMarginText(m ClipMargin) string {
	switch {
	case m.Box == VisualPaddingBox:
		return pxText(m.Margin)
	case m.Margin == 0:
		return visualBoxNames[m.Box]
	}
	return visualBoxNames[m.Box] + " " + pxText(m.Margin)
}

// parseTransformBoxLonghand parses overflow-clip-margin
// (<visual-box> || <length [0,∞]>, https://www.w3.org/TR/css-overflow-3/#overflow-clip-margin);
// transform-box, a keyword, is parsed
// through its enumKeywords table.
func parseTransformBoxLonghand(id propID, comps [][]tok) (value, bool) {
	if id != pOverflowClipMargin || len(comps) < 1 || len(comps) > 2 {
		return value{}, false
	}
	box, hasBox := VisualPaddingBox, false
	v := value{kind: vLength, unit: unitNames["px"]}
	hasLength := false
	for _, c := range comps {
		if b, ok := visualBoxByName(ident(c)); ok {
			if hasBox {
				return value{}, false
			}
			box, hasBox = b, true
			continue
		}
		// AD-HOC: a negative length is kept, as Chromium keeps it; it
		// computes to 0.
		l, ok := lengthOrKeyword(c, "", false, true, "", 0)
		if !ok || hasLength {
			return value{}, false
		}
		v, hasLength = l, true
	}
	v.i = int32(box)
	return v, true
}

func visualBoxByName(kw string) (VisualBox, bool) {
	for i, n := range visualBoxNames {
		if n == kw {
			return VisualBox(i), true
		}
	}
	return 0, false
}

// computeTransformBoxProp computes the longhands of this file; it reports
// whether id was one of them.
func (c *computer) computeTransformBoxProp(id propID, v *value) bool {
	switch id {
	case pTransformBox:
		c.s.TransformBox = TransformBox(v.i)
	case pOverflowClipMargin:
		c.s.OverflowClipMargin = ClipMargin{Box: VisualBox(v.i), Margin: max(c.ctx.fixed(v.lengthLike(), 0), 0)}
	default:
		return false
	}
	return true
}

// copyTransformBoxProp copies the longhands of this file; it reports
// whether id was one of them.
func copyTransformBoxProp(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pTransformBox:
		dst.TransformBox = src.TransformBox
	case pOverflowClipMargin:
		dst.OverflowClipMargin = src.OverflowClipMargin
	default:
		return false
	}
	return true
}
