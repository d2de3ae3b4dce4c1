package layout

import "github.com/paneweb/pane/cssom"

// The intrinsic sizing keywords (min-content, max-content, fit-content and
// fit-content()) of width, min-width and max-width, resolved to lengths
// before the width algorithms of block, float, inline-block, absolutely
// positioned, flex, grid and table boxes run; tables have their own rule
// for fixed layout (table_place.go).
// https://www.w3.org/TR/css-sizing-3/#sizing-values
//
// In the block axis (heights in horizontal writing modes) the keywords
// stand for the box's automatic size: height: min-content is the content
// height (specifiedSize treats the keywords as not specified, and an
// absolutely positioned box does not stretch between top and bottom), and
// min-height and max-height keywords clamp to the content height
// (clampBlockSize, keywordLimits), as in the current draft
// (https://drafts.csswg.org/css-sizing-3/#valdef-width-min-content: "for a
// box's block size, unless otherwise specified, this is equivalent to its
// automatic size") and Chromium 156.
// TODO(spec): min-height and max-height keywords on grid items, table
// rows and cells and replaced elements (they are ignored there); the
// keywords on replaced elements' widths (their natural width stands in,
// as for auto); stretch and -webkit-fill-available (computed as auto by
// cssom); vertical writing modes.

// hasSizingKeyword reports whether width, min-width or max-width of st is
// an intrinsic sizing keyword.
func hasSizingKeyword(st *cssom.ComputedStyle) bool {
	return st.Width.IsIntrinsic() || st.MinWidth.IsIntrinsic() || st.MaxWidth.IsIntrinsic()
}

// sizingStyle returns st with the intrinsic sizing keywords of width,
// min-width and max-width replaced by lengths, for non-replaced box b
// with used edges u in a containing block cbw wide; st itself when it
// uses none.
func (l *layouter) sizingStyle(b *Box, st *cssom.ComputedStyle, u *usedBox, cbw Fixed) *cssom.ComputedStyle {
	if !hasSizingKeyword(st) || b.Kind == ReplacedBox {
		// TODO(spec): the keywords on replaced elements (their natural
		// width stands in, as for auto).
		return st
	}
	minW, maxW := l.intrinsicWidths(b)
	edges := u.hEdges()
	// "stretch-fit size: ... the size of the available space, minus the
	// element's margins (that are not auto), border, and padding"
	// (https://www.w3.org/TR/css-sizing-3/#stretch-fit-size).
	stretch := cssom.Max(cbw-u.margin[cssom.Left]-u.margin[cssom.Right]-edges, 0)
	return resolveSizingKeywords(st, minW, maxW, stretch, cbw, edges)
}

// resolveSizingKeywords returns a copy of st whose intrinsic width, min-
// width and max-width keywords are replaced by the content-box sizes they
// stand for, given the box's min-content and max-content content widths,
// the available (stretch-fit) content width and the containing block width
// cbw (< 0 when indefinite).
func resolveSizingKeywords(st *cssom.ComputedStyle, minW, maxW, stretch, cbw, edges Fixed) *cssom.ComputedStyle {
	cs := *st
	for _, p := range [3]*cssom.Length{&cs.Width, &cs.MinWidth, &cs.MaxWidth} {
		v, ok := keywordSize(*p, minW, maxW, stretch, cbw, edges, st.BoxSizing)
		if !ok {
			continue
		}
		// The keywords give content-box sizes: box-sizing does not
		// change them (https://www.w3.org/TR/css-sizing-3/#box-sizing:
		// they are sizes of the content box), so the border-box length
		// that stands in adds the padding and border back.
		if st.BoxSizing == cssom.BorderBox {
			v += edges
		}
		*p = cssom.LengthOf(v)
	}
	return &cs
}

// keywordSize returns the content-box size an intrinsic sizing keyword
// stands for, or false when l is not one.
// https://www.w3.org/TR/css-sizing-3/#valdef-width-min-content
func keywordSize(l cssom.Length, minW, maxW, stretch, cbw, edges Fixed, bs cssom.BoxSizing) (Fixed, bool) {
	// AD-HOC: inlineIntrinsicWidths may count a trailing collapsible
	// space in the min-content width; it never exceeds max-content.
	minW = cssom.Min(minW, maxW)
	switch l.Kind {
	case cssom.LengthMinContent:
		// "The min-content size in the inline axis."
		return minW, true
	case cssom.LengthMaxContent:
		// "The max-content size in the inline axis."
		return maxW, true
	case cssom.LengthFitContent:
		avail := stretch
		if l.Expr != nil {
			// https://www.w3.org/TR/css-sizing-4/#valdef-width-fit-content-length-percentage
			// "Use the fit-content formula with the available space
			// replaced by the specified argument", resolved as for
			// width (so box-sizing applies to it).
			if cbw < 0 && exprHasPercent(l.Expr) {
				avail = maxW // a cyclic percentage: as max-content
			} else {
				avail = l.Expr.Resolve(cssom.Max(cbw, 0))
				if bs == cssom.BorderBox {
					avail -= edges
				}
			}
		}
		// "fit-content size: min(max-content size, max(min-content
		// size, stretch-fit size))"
		// (https://www.w3.org/TR/css-sizing-3/#fit-content-size).
		return cssom.Min(maxW, cssom.Max(minW, avail)), true
	}
	return 0, false
}

// exprHasPercent reports whether e refers to its percentage basis.
func exprHasPercent(e *cssom.CalcExpr) bool {
	if e == nil {
		return false
	}
	if e.Pct != 0 {
		return true
	}
	for _, a := range e.Args {
		if exprHasPercent(a) {
			return true
		}
	}
	return false
}

// keywordContributions returns the min-content and max-content
// contributions (outer sizes, outer being the margins, borders and padding)
// of non-replaced box c whose width, min-width or max-width is an
// intrinsic sizing keyword: the box sized under a min-content constraint
// (an available width of 0) and under a max-content constraint (an
// infinite one).
// https://www.w3.org/TR/css-sizing-3/#intrinsic-contribution
func (l *layouter) keywordContributions(c *Box, u *usedBox, outer Fixed) (minC, maxC Fixed) {
	st := c.Style
	minW, maxW := l.intrinsicWidths(c)
	edges := u.hEdges()
	contribution := func(avail, auto Fixed) Fixed {
		cs := resolveSizingKeywords(st, minW, maxW, avail, -1, edges)
		w, ok := specifiedSize(cs.Width, -1, edges, cs.BoxSizing)
		if !ok {
			w = auto
		}
		w, _ = clampWidth(cs, w, -1, edges)
		return w + outer
	}
	return contribution(0, minW), contribution(maxW, maxW)
}

// flexBasisContent reports whether flex-basis fb sizes the item from its
// content, and which content size: min-content (minContent true) or
// max-content. content, max-content and fit-content without a definite
// available size use the max-content size.
// https://www.w3.org/TR/css-flexbox-1/#valdef-flex-basis-content
func flexBasisContent(fb cssom.Length) (content, minContent bool) {
	switch fb.Kind {
	case cssom.LengthContent, cssom.LengthMaxContent:
		return true, false
	case cssom.LengthMinContent:
		return true, true
	}
	return false, false
}

// keywordBasis returns the flex base size of an item whose used flex
// basis fb is content or an intrinsic sizing keyword: in a row container
// its min-content or max-content width (fit-content between them within
// the container's inner width), in a column container its content height
// (the keywords behave as auto in the block axis).
// https://www.w3.org/TR/css-flexbox-1/#algo-main-item (step 3E: "treating
// a value of content as max-content")
func (fl *flexLayout) keywordBasis(it *flexItem, fb cssom.Length) (Fixed, bool) {
	if content, minContent := flexBasisContent(fb); content {
		if !fl.row {
			minContent = false
		}
		return fl.contentMain(it, minContent), true
	}
	if fb.Kind != cssom.LengthFitContent {
		return 0, false
	}
	if !fl.row || fl.innerMain < 0 {
		return fl.contentMain(it, false), true
	}
	me := fl.mainEdges(it)
	stretch := cssom.Max(fl.innerMain-it.u.margin[cssom.Left]-it.u.margin[cssom.Right]-me, 0)
	return keywordSize(fb, fl.contentMain(it, true), fl.contentMain(it, false), stretch, fl.cbw, me, it.st.BoxSizing)
}

// clampBlockSize is clampHeight for a box whose automatic (content) height
// is contentH: min-height and max-height keywords stand for that size.
// "for a box's block size, unless otherwise specified, this is equivalent
// to its automatic size"
// (https://drafts.csswg.org/css-sizing-3/#valdef-width-min-content, as
// Chromium 156 does: max-height: min-content caps a taller height at the
// content height, min-height: min-content keeps the content from
// overflowing a shorter one).
func clampBlockSize(st *cssom.ComputedStyle, h, contentH, cbh, edges Fixed) Fixed {
	if !st.MinHeight.IsIntrinsic() && !st.MaxHeight.IsIntrinsic() {
		return clampHeight(st, h, cbh, edges)
	}
	contentH = cssom.Max(contentH, 0)
	if mx, ok := specifiedSize(st.MaxHeight, cbh, edges, st.BoxSizing); ok && h > mx {
		h = mx
	} else if st.MaxHeight.IsIntrinsic() && h > contentH {
		h = contentH
	}
	if mn, ok := specifiedSize(st.MinHeight, cbh, edges, st.BoxSizing); ok && h < mn {
		h = mn
	} else if st.MinHeight.IsIntrinsic() && h < contentH {
		h = contentH
	}
	return h
}

// keywordLimits sets the min and max main sizes of an item of a column
// flex container whose min-height or max-height (lo, hi) is a sizing
// keyword: its content height, as clampBlockSize. In a row container the
// width keywords were resolved with the item's style (newItem).
func (fl *flexLayout) keywordLimits(it *flexItem, lo, hi cssom.Length) {
	if fl.row || !lo.IsIntrinsic() && !hi.IsIntrinsic() {
		return
	}
	content := fl.contentMain(it, false)
	if hi.IsIntrinsic() {
		it.maxMain = content
	}
	if lo.IsIntrinsic() {
		it.minMain = content
	}
}
