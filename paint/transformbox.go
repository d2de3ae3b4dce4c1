package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// TransformReferenceBox returns the reference box of f's transform, in page
// px: what transform-origin and the percentages of translations resolve
// against. For a box with a CSS layout box, transform-box content-box and
// fill-box give its content box, and border-box, stroke-box and view-box
// (the initial value) its border box.
//
// https://www.w3.org/TR/css-transforms-1/#transform-box
func TransformReferenceBox(f *layout.Fragment) Rect {
	if f.Style != nil && f.Style.TransformBox.CSSBox() == cssom.VisualContentBox {
		return f.ContentBox()
	}
	return f.Rect
}
