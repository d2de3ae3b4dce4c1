package layout

import "github.com/paneweb/pane/cssom"

// Sticky positioning, as in a page that has not been scrolled.
//
// https://www.w3.org/TR/css-position-3/#sticky-pos
//
// A sticky box is laid out in flow, like a relatively positioned one, and
// then shifted so that it stays inside its sticky view rectangle (its
// nearest scrollport less its non-auto insets), insofar as its margin box
// stays inside its containing block. Pane renders pages at scroll position
// 0 (every scroll offset is 0), so the shift is the one a browser shows
// before the user scrolls: top and left rarely move anything, but bottom
// and right pull up (or in) a box whose flow position lies beyond the
// viewport's far edge, and every shift is clamped by the containing block.
// Full-page screenshots show the box where it sits at scroll position 0.
//
// The box is a containing block for absolutely positioned descendants and
// creates a stacking context (paint/build.go), as relative positioning
// with a z-index does.

// stickyScope is what absolutize tracks for the sticky boxes below a
// fragment: the rectangle of the nearest scrollport (at scroll position 0)
// and the content box of the nearest block container, both in page
// coordinates.
type stickyScope struct {
	scrollport, cb Rect
}

// enterSticky updates the scope for the children of f (already in page
// coordinates and positioned) and returns the scope to restore after
// them.
func (l *layouter) enterSticky(f *Fragment) stickyScope {
	saved := l.sticky
	switch {
	case f.Kind == ViewportFragment:
		// The root's scrollport is the viewport (the initial containing
		// block's size).
		l.sticky = stickyScope{scrollport: f.Rect, cb: f.Rect}
	case f.Kind == BoxFragment:
		// Anonymous block boxes are block containers too.
		l.sticky.cb = f.ContentBox()
		if f.Node != nil && isScrollContainer(f.Style) {
			// AD-HOC: the scrollport less the scroll container's padding,
			// as Blink and Gecko do (w3c/csswg-drafts#3352); the spec's
			// scrollport is the padding box.
			l.sticky.scrollport = f.ContentBox()
		}
	}
	return saved
}

// isScrollContainer reports whether a box with style st is a scroll
// container: overflow other than visible or clip on an axis.
// https://www.w3.org/TR/css-overflow-3/#scroll-container
func isScrollContainer(st *cssom.ComputedStyle) bool {
	scrolls := func(o cssom.Overflow) bool { return o != cssom.OverflowVisible && o != cssom.OverflowClip }
	return scrolls(st.OverflowX) || scrolls(st.OverflowY)
}

// stickyOffset returns the shift of sticky fragment f, at its in-flow
// position in page coordinates, in the current scope.
//
// https://www.w3.org/TR/css-position-3/#stickypos-insets
// "For each side of the box, if the corresponding inset property is not
// auto, and the corresponding border edge of the box would be outside the
// corresponding edge of the sticky view rectangle, then the box must be
// visually shifted (as for relative positioning) to be inward of that
// sticky view rectangle edge, insofar as it can while its position box
// remains contained within its containing block."
func (l *layouter) stickyOffset(f *Fragment) (dx, dy Fixed) {
	st, sp, cb := f.Style, l.sticky.scrollport, l.sticky.cb
	in := st.Inset
	dx = stickyAxis(f.Rect.X, f.Rect.W, f.Margin[cssom.Left], f.Margin[cssom.Right], cb.X, cb.W,
		sp.X, sp.W, in[cssom.Left], in[cssom.Right])
	dy = stickyAxis(f.Rect.Y, f.Rect.H, f.Margin[cssom.Top], f.Margin[cssom.Bottom], cb.Y, cb.H,
		sp.Y, sp.H, in[cssom.Top], in[cssom.Bottom])
	return dx, dy
}

// stickyAxis solves sticky positioning on one axis: the border box spans
// [pos, pos+size) with margins mlo and mhi, the containing block
// [cbStart, cbStart+cbSize), the scrollport [spStart, spStart+spSize); lo
// and hi are the start and end insets (percentages of the scrollport's
// size).
//
// "If the box's position box is larger than its sticky view rectangle"
// the start inset wins: the end constraint is applied first and the start
// one last (https://www.w3.org/TR/css-position-3/#stickypos-insets).
// TODO(spec): in vertical writing modes and rtl the end side wins on the
// inline axis; Pane lays out horizontal-tb.
func stickyAxis(pos, size, mlo, mhi, cbStart, cbSize, spStart, spSize Fixed, lo, hi cssom.Length) Fixed {
	var d Fixed
	// Room to move toward the start and toward the end while the margin
	// box stays inside the containing block (never negative: a box that
	// already overflows its containing block does not move that way).
	roomStart := cssom.Max(0, pos-mlo-cbStart)
	roomEnd := cssom.Max(0, cbStart+cbSize-(pos+size+mhi))
	if !hi.IsAuto() {
		edge := spStart + spSize - hi.Resolve(spSize, 0)
		if over := pos + size - edge; over > 0 {
			d = -cssom.Min(over, roomStart)
		}
	}
	if !lo.IsAuto() {
		edge := spStart + lo.Resolve(spSize, 0)
		if under := edge - (pos + d); under > 0 {
			d += cssom.Min(under, roomEnd-d)
		}
	}
	return d
}
