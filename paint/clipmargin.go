package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// overflowClipEdge returns the overflow clip edge of f, a box with
// overflow: clip in both axes, and its corner radii: the <visual-box> of
// overflow-clip-margin grown by its length. "The overflow clip edge is
// shaped in the corners exactly the same way as an outer box-shadow with a
// spread radius of the same cumulative offset from the box's border edge."
// AD-HOC: the radii are those of the visual box (the border radii less
// the border and padding inside it), spread by the margin, which is that
// shape where the offset is the same on every side. Like Chromium, the
// margin applies only when both axes clip.
//
// https://www.w3.org/TR/css-overflow-3/#overflow-clip-margin
func overflowClipEdge(f *layout.Fragment) (Rect, Radii) {
	s := f.Style
	m := s.OverflowClipMargin
	radii := usedRadii(s, f.Rect)
	r := f.Rect
	switch m.Box {
	case cssom.VisualPaddingBox:
		r, radii = f.PaddingBox(), radii.shrink(f.Border)
	case cssom.VisualContentBox:
		var inside cssom.Edges[Fixed]
		for i := range inside {
			inside[i] = f.Border[i] + f.Padding[i]
		}
		r, radii = f.ContentBox(), radii.shrink(inside)
	}
	return outset(r, m.Margin), radii.spread(m.Margin)
}
