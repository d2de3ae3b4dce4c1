package layout

import "github.com/paneweb/pane/cssom"

// aspect-ratio for non-replaced boxes (CSS Sizing 4 §2,
// https://www.w3.org/TR/css-sizing-4/#aspect-ratio): a box with a
// preferred aspect ratio and one auto size takes that size from the other
// through the ratio; box-sizing says which box the ratio is of. Replaced
// elements apply it in replacedSize.

// ratioWidthStyle returns st, or a copy whose width is the one the ratio
// gives from a definite height when width is auto.
func ratioWidthStyle(st *cssom.ComputedStyle, u *usedBox, cbh Fixed) *cssom.ComputedStyle {
	r := float64(st.AspectRatio)
	if r <= 0 || !st.Width.IsAuto() {
		return st
	}
	h, ok := specifiedSize(st.Height, cbh, u.vEdges(), st.BoxSizing)
	if !ok {
		return st
	}
	var w Fixed
	if st.BoxSizing == cssom.BorderBox {
		w = cssom.Max(0, (h+u.vEdges()).MulFloat(r)-u.hEdges())
	} else {
		w = h.MulFloat(r)
	}
	cs := *st
	cs.Width, cs.BoxSizing = cssom.LengthOf(w), cssom.ContentBox
	return &cs
}

// ratioHeight returns the content height the ratio gives from the used
// width u.w, when the box has a ratio and height is auto (or a sizing
// keyword, which behaves as auto in the block axis: intrinsic.go).
func ratioHeight(st *cssom.ComputedStyle, u *usedBox) (Fixed, bool) {
	r := float64(st.AspectRatio)
	if r <= 0 || !st.Height.IsAuto() && !st.Height.IsIntrinsic() {
		return 0, false
	}
	if st.BoxSizing == cssom.BorderBox {
		return cssom.Max(0, (u.w+u.hEdges()).MulFloat(1/r)-u.vEdges()), true
	}
	return u.w.MulFloat(1 / r), true
}

// ratioBlockHeight is blockHeight for a height the ratio gave: clamped by
// min-height and max-height, and, with min-height auto and visible
// overflow, grown to the content ("automatic content-based minimum size",
// CSS Sizing 4 §2.2).
func ratioBlockHeight(res *blockResult, st *cssom.ComputedStyle, u *usedBox, h, cbh Fixed, fs *flowState, bfc bool, fc *floatContext) Fixed {
	content := blockHeight(res, st, u, -1, cbh, fs, bfc, fc)
	h = clampHeight(st, h, cbh, u.vEdges())
	if st.MinHeight.IsAuto() && !isScrollContainer(st) {
		h = cssom.Max(h, content)
	}
	return h
}
