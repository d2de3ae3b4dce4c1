package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file holds background-attachment: local
// (https://www.w3.org/TR/css-backgrounds-3/#background-attachment): "The
// background is fixed with regard to the element's contents: if the
// element has a scrolling mechanism, the background scrolls with the
// element's contents, and the background painting area and background
// positioning area are relative to the element's scrollable area rather
// than to the border framing them. Because the scrollable overflow area
// does not include the border area, for scroll containers the border-box
// value of background-clip may be treated the same as padding-box."
// Pages are painted at scroll position 0, so the scrollable area starts at
// the padding box's top-left corner.

// localLayer reports whether layer l of f is positioned in f's scrollable
// overflow area: background-attachment: local on a scroll container
// (overflow hidden, scroll or auto on an axis). On other boxes local is
// scroll.
func localLayer(f *layout.Fragment, l *cssom.BackgroundLayer) bool {
	if !l.Local || f.Kind != layout.BoxFragment || !isElement(f) {
		return false
	}
	scrolls := func(o cssom.Overflow) bool {
		return o == cssom.OverflowHidden || o == cssom.OverflowScroll || o == cssom.OverflowAuto
	}
	return scrolls(f.Style.OverflowX) || scrolls(f.Style.OverflowY)
}

// layerPaintingBox returns the background painting area of layer l of f
// (background-clip) and its corner radii, radii being the border box's.
// For a local layer it is the clip box of the scrollable area, seen
// through the padding box that clips the scrolled content.
// https://www.w3.org/TR/css-backgrounds-3/#background-clip
//
// TODO(spec): a content-box clip of a local layer takes the content box's
// radii although only its top and left edges are inset at scroll 0.
func layerPaintingBox(f *layout.Fragment, radii Radii, l *cssom.BackgroundLayer) (Rect, Radii) {
	if !localLayer(f, l) {
		return backgroundBox(f, radii, l.Clip)
	}
	padding := f.PaddingBox()
	if l.Clip != cssom.BackgroundContentBox {
		return padding, radii.shrink(f.Border)
	}
	area := insetBy(scrollableArea(f), f.Padding)
	_, contentRadii := backgroundBox(f, radii, cssom.BackgroundContentBox)
	return intersect(area, padding), contentRadii
}

// layerPositioningArea returns the background positioning area of layer
// l of f (background-origin), the scrollable area's for a local layer:
// its padding box is the scrollable overflow rectangle, its content box
// that less the padding, its border box that plus the borders.
// https://www.w3.org/TR/css-backgrounds-3/#background-origin
func layerPositioningArea(f *layout.Fragment, radii Radii, l *cssom.BackgroundLayer) Rect {
	if !localLayer(f, l) {
		area, _ := backgroundBox(f, radii, l.Origin)
		return area
	}
	area := scrollableArea(f)
	switch l.Origin {
	case cssom.BackgroundContentBox:
		return insetBy(area, f.Padding)
	case cssom.BackgroundBorderBox:
		var w cssom.Edges[Fixed]
		for i := range w {
			w[i] = -f.Border[i]
		}
		return insetBy(area, w)
	}
	return area
}

// scrollableArea returns the scrollable overflow rectangle of the scroll
// container f at scroll position 0: its padding box, extended right and
// down to the border boxes of its descendants (their margin boxes for
// boxes, as the end padding is added to the margin boxes of the content)
// plus f's own end padding.
// https://www.w3.org/TR/css-overflow-3/#scrollable
//
// AD-HOC: every descendant counts except fixed-position boxes (an
// absolutely positioned descendant whose containing block is an ancestor
// of f counts too), and descendants that clip their own overflow count
// by their own box only. TODO(spec): transforms of descendants, and
// overflow to the left or top (right-to-left and bottom-to-top scroll
// origins).
func scrollableArea(f *layout.Fragment) Rect {
	pb := f.PaddingBox()
	right, bottom := pb.X+pb.W, pb.Y+pb.H
	endX, endY, found := contentExtent(f.Children, pb.X, pb.Y)
	if found {
		right = max(right, endX+f.Padding[cssom.Right])
		bottom = max(bottom, endY+f.Padding[cssom.Bottom])
	}
	return Rect{X: pb.X, Y: pb.Y, W: right - pb.X, H: bottom - pb.Y}
}

// contentExtent returns the largest right and bottom edges of the
// fragments under children (starting from x, y) and whether there was
// found.
func contentExtent(children []*layout.Fragment, x, y Fixed) (Fixed, Fixed, bool) {
	found := false
	for _, c := range children {
		if c == nil || c.Style != nil && c.Style.Position == cssom.PositionFixed {
			continue
		}
		r := c.Rect
		if c.Kind == layout.BoxFragment || c.Kind == layout.ImageFragment {
			r.W += max(0, c.Margin[cssom.Right])
			r.H += max(0, c.Margin[cssom.Bottom])
		}
		if r.W > 0 || r.H > 0 {
			x, y, found = max(x, r.X+r.W), max(y, r.Y+r.H), true
		}
		if c.Kind == layout.BoxFragment && c.Style != nil &&
			(c.Style.OverflowX != cssom.OverflowVisible || c.Style.OverflowY != cssom.OverflowVisible) {
			continue
		}
		var sub bool
		if x, y, sub = contentExtent(c.Children, x, y); sub {
			found = true
		}
	}
	return x, y, found
}

// insetBy shrinks r by the widths w (top, right, bottom, left); negative
// widths grow it.
func insetBy(r Rect, w cssom.Edges[Fixed]) Rect {
	return Rect{X: r.X + w[cssom.Left], Y: r.Y + w[cssom.Top],
		W: max(0, r.W-w[cssom.Left]-w[cssom.Right]), H: max(0, r.H-w[cssom.Top]-w[cssom.Bottom])}
}

// intersect returns the intersection of a and b (empty when they do not
// overlap).
func intersect(a, b Rect) Rect {
	return intersectY(intersectX(a, b), b)
}
