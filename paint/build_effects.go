package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file emits the paint effects of a box that are not its background
// or border: box shadows, text shadows and outlines.

// boxShadows emits f's outer (inset false) or inner shadows: outer ones
// under the background, inner ones over it; in each group the first shadow
// in the list is painted on top, so the list is walked backwards.
//
// https://www.w3.org/TR/css-backgrounds-3/#shadow-layers
func (b *builder) boxShadows(f *layout.Fragment, clip *clipNode, radii Radii, inset bool) {
	sh := f.Style.BoxShadow
	for i := len(sh) - 1; i >= 0; i-- {
		s := sh[i]
		if s.Inset != inset || s.Color.A == 0 {
			continue
		}
		it := &BoxShadow{Box: f.Rect, Radii: radii, Inset: inset, X: s.X, Y: s.Y, Blur: s.Blur, Spread: s.Spread, Color: s.Color}
		if inset {
			it.Box = f.PaddingBox()
			it.Radii = radii.shrink(f.Border)
			if it.Box.W <= 0 || it.Box.H <= 0 {
				continue
			}
		}
		b.emit(it, clip)
	}
}

// pendingOutline is an outline waiting for its stacking context's last
// painting step.
type pendingOutline struct {
	it   *Border
	clip *clipNode
}

// outline records f's outline: a border of the outline's width, style and
// colour around the border box grown by outline-offset, following the
// border's corner radii. It is emitted by flushOutlines, over the content
// of the stacking context (CSS 2.1 Appendix E step 10).
//
// https://www.w3.org/TR/css-ui-3/#outline-props
// TODO(spec): outline-style auto is drawn solid (no focus ring look); the
// outline of an inline box split across lines is drawn per fragment.
func (b *builder) outline(f *layout.Fragment, clip *clipNode, radii Radii) {
	s := f.Style
	if s.OutlineStyle == cssom.BorderNone || s.OutlineStyle == cssom.BorderHidden || s.OutlineWidth <= 0 || s.OutlineColor.A == 0 {
		return
	}
	w := s.OutlineWidth
	d := s.OutlineOffset + w
	rc := outset(f.Rect, d)
	if rc.W <= 0 || rc.H <= 0 {
		return
	}
	it := &Border{Rect: rc, Radii: radii.spread(d)}
	for i := range 4 {
		it.Widths[i], it.Styles[i], it.Colors[i] = w, s.OutlineStyle, s.OutlineColor
	}
	b.outlines = append(b.outlines, pendingOutline{it, clip})
}

// flushOutlines emits the outlines recorded since index from, in tree
// order, and forgets them.
func (b *builder) flushOutlines(from int) {
	for _, o := range b.outlines[from:] {
		b.emit(o.it, o.clip)
	}
	clear(b.outlines[from:])
	b.outlines = b.outlines[:from]
}

// textShadows emits the shadows of a text fragment's glyphs, under the
// text: the last shadow first, so that the first is on top.
//
// https://www.w3.org/TR/css-text-decor-3/#text-shadow-property
// TODO(spec): the shadows of text decorations.
func (b *builder) textShadows(f *layout.Fragment, run *layout.TextRun, size, baseline Fixed, clip *clipNode) {
	sh := f.Style.TextShadow
	for i := len(sh) - 1; i >= 0; i-- {
		s := sh[i]
		if s.Color.A == 0 {
			continue
		}
		b.emit(&Glyphs{
			Font: run.Font, Size: size, Glyphs: run.Glyphs,
			X: f.Rect.X + s.X, Y: baseline + s.Y, Color: s.Color, Blur: s.Blur,
			FakeBold: run.FakeBold, FakeItalic: run.FakeItalic, Text: run.Text,
		}, clip)
	}
}
