package paint

import (
	"image"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file emits the display items of one box: its background and border,
// its text with decorations, its replaced content; and the clip changes they
// need.

// emit appends it, under the clip chain clip.
func (b *builder) emit(it Item, clip *clipNode) {
	b.setClip(clip)
	b.dl.Items = append(b.dl.Items, it)
}

// setClip emits the PopClip and PushClip items that change the clip chain in
// force from b.cur to to: pop up to their deepest common node, then push
// down to to.
func (b *builder) setClip(to *clipNode) {
	from := b.cur
	if from == to {
		return
	}
	a, c := from, to
	for depth(a) > depth(c) {
		a = a.parent
	}
	for depth(c) > depth(a) {
		c = c.parent
	}
	for a != c {
		a, c = a.parent, c.parent
	}
	for n := depth(from) - depth(a); n > 0; n-- {
		b.dl.Items = append(b.dl.Items, &PopClip{})
	}
	b.path = b.path[:0]
	for n := to; n != a; n = n.parent {
		b.path = append(b.path, n)
	}
	for i := len(b.path) - 1; i >= 0; i-- {
		b.dl.Items = append(b.dl.Items, &PushClip{Rect: b.path[i].rect, Radii: b.path[i].radii})
	}
	b.cur = to
}

func depth(n *clipNode) int {
	if n == nil {
		return 0
	}
	return n.depth
}

// extend grows the page extent by f's border box when no clip applies.
func (b *builder) extend(f *layout.Fragment, clip *clipNode) {
	if clip != nil {
		return
	}
	b.right = max(b.right, f.Rect.X+f.Rect.W)
	b.bottom = max(b.bottom, f.Rect.Y+f.Rect.H)
}

func visible(f *layout.Fragment) bool {
	return f.Style != nil && f.Style.Visibility == cssom.Visible
}

// boxDecorations emits f's box shadows, background and border, in the
// order "outer shadows, background color, background image, inner shadows,
// border", and records its outline for the stacking context's last step.
//
// https://www.w3.org/TR/css-backgrounds-3/#painting-area
// https://www.w3.org/TR/css-backgrounds-3/#shadow-layers
func (b *builder) boxDecorations(f *layout.Fragment, clip *clipNode) {
	if f.Kind == layout.ViewportFragment || f.Kind == layout.LineFragment {
		return // the viewport's background is the canvas
	}
	b.extend(f, clip)
	if f.Kind == layout.TextFragment || !visible(f) || f.Rect.W <= 0 || f.Rect.H <= 0 {
		return
	}
	s := f.Style
	radii := usedRadii(s, f.Rect)
	b.boxShadows(f, clip, radii, false)
	b.backgrounds(f, clip, radii)
	b.boxShadows(f, clip, radii, true)
	b.outline(f, clip, radii)
	if b.borderImage(f, clip) {
		return
	}
	var it *Border
	for side := range 4 {
		w := f.Border[side]
		st := s.BorderStyle[side]
		if w <= 0 || st == cssom.BorderNone || st == cssom.BorderHidden || s.BorderColor[side].A == 0 {
			continue
		}
		if it == nil {
			it = &Border{Rect: f.Rect, Radii: radii}
		}
		it.Widths[side] = w
		it.Styles[side] = st
		it.Colors[side] = s.BorderColor[side]
	}
	if it != nil {
		b.emit(it, clip)
	}
}

// replaced emits an image fragment's content: the image sized and placed
// in the content box by object-fit and object-position, cut to the content
// box (and its rounded corners).
func (b *builder) replaced(f *layout.Fragment, clip *clipNode) {
	if f.Image == nil || !visible(f) {
		return
	}
	box := f.ContentBox()
	if box.W <= 0 || box.H <= 0 {
		return
	}
	// A replaced element's content is clipped to its content edge curve.
	// https://www.w3.org/TR/css-backgrounds-3/#corner-clipping
	var inner Radii
	if r := usedRadii(f.Style, f.Rect); !r.IsZero() {
		var w cssom.Edges[Fixed]
		for i := range w {
			w[i] = f.Border[i] + f.Padding[i]
		}
		inner = r.shrink(w)
	}
	dest := objectRect(f.Style, f.Image.Bounds(), box)
	it := &DrawImage{Image: f.Image, Dest: dest, Rendering: renderingOf(f.Style)}
	if inner.IsZero() && !containsRect(box, dest) {
		b.emit(&PushClip{Rect: box}, clip)
		b.dl.Items = append(b.dl.Items, it, &PopClip{})
		return
	}
	b.emitClipped(it, clip, box, inner)
}

// objectRect returns where a replaced element's image of natural size nat
// (in CSS px) is drawn in its content box.
// https://www.w3.org/TR/css-images-3/#the-object-fit
// https://www.w3.org/TR/css-images-3/#the-object-position
func objectRect(st *cssom.ComputedStyle, nat image.Rectangle, box Rect) Rect {
	nw, nh := cssom.Int(nat.Dx()), cssom.Int(nat.Dy())
	if st.ObjectFit == cssom.ObjectFitFill || nw <= 0 || nh <= 0 {
		return box
	}
	w, h := nw, nh
	// contain and cover: the largest (smallest) size with the natural
	// aspect ratio that fits in (covers) the box.
	fitted := func(cover bool) (Fixed, Fixed) {
		// Compare box.W/nw with box.H/nh without division.
		wide := int64(box.W)*int64(nh) > int64(box.H)*int64(nw)
		if wide != cover {
			return Fixed(int64(nw) * int64(box.H) / int64(nh)), box.H
		}
		return box.W, Fixed(int64(nh) * int64(box.W) / int64(nw))
	}
	switch st.ObjectFit {
	case cssom.ObjectFitContain:
		w, h = fitted(false)
	case cssom.ObjectFitCover:
		w, h = fitted(true)
	case cssom.ObjectFitScaleDown:
		if cw, ch := fitted(false); cw < nw {
			w, h = cw, ch
		}
	}
	x := box.X + st.ObjectPosition[0].Resolve(box.W-w, 0)
	y := box.Y + st.ObjectPosition[1].Resolve(box.H-h, 0)
	return Rect{X: x, Y: y, W: w, H: h}
}

// containsRect reports whether a contains b.
func containsRect(a, b Rect) bool {
	return b.X >= a.X && b.Y >= a.Y && b.X+b.W <= a.X+a.W && b.Y+b.H <= a.Y+a.H
}

// renderingOf maps image-rendering to the rasterizer's scaling hint.
// https://www.w3.org/TR/css-images-3/#the-image-rendering
//
// AD-HOC: crisp-edges scales with nearest neighbour too, as Chromium does.
func renderingOf(st *cssom.ComputedStyle) ImageRendering {
	switch st.ImageRendering {
	case cssom.ImageRenderingPixelated, cssom.ImageRenderingCrispEdges:
		return RenderPixelated
	}
	return RenderSmooth
}

// text emits a text fragment: underline and overline, the glyphs, then
// line-through, as CSS 2.1 Appendix E step 7.2.1.4 orders them.
//
// https://www.w3.org/TR/css-text-decor-3/#painting-order
func (b *builder) text(f *layout.Fragment, ctx paintCtx) {
	b.extend(f, ctx.clip)
	if !visible(f) {
		return
	}
	run := f.Text
	size := f.Style.FontSize
	if run != nil && run.Size > 0 {
		size = run.Size
	}
	baseline := f.Rect.Y + f.Baseline
	d := ctx.deco
	var dm decorationMetrics
	descent := size / 5
	if d.lines != 0 {
		var font *layout.Font
		if run != nil {
			font = run.Font
		}
		dm = decorationMetricsOf(font, size)
		if font != nil {
			descent = font.Metrics(size).Descent
		}
	}
	if run != nil && len(run.Glyphs) > 0 {
		b.textShadows(f, run, size, baseline, ctx.clip)
	}
	if d.lines&cssom.DecorationUnderline != 0 {
		b.textDecoration(f, ctx.clip, d, 0, baseline, dm, descent)
	}
	if d.lines&cssom.DecorationOverline != 0 {
		b.textDecoration(f, ctx.clip, d, 1, baseline, dm, descent)
	}
	if run != nil && len(run.Glyphs) > 0 && f.Style.Color.A != 0 {
		b.emit(&Glyphs{
			Font: run.Font, Size: size, Glyphs: run.Glyphs,
			X: f.Rect.X, Y: baseline, Color: f.Style.Color,
			FakeBold: run.FakeBold, FakeItalic: run.FakeItalic, Text: run.Text,
		}, ctx.clip)
	}
	b.emphasisMarks(f, baseline, ctx.clip)
	if d.lines&cssom.DecorationLineThrough != 0 {
		b.textDecoration(f, ctx.clip, d, 2, baseline, dm, descent)
	}
}

// decorationMetrics place a run's decoration lines, in CSS px from the
// baseline: underline is the underline's top edge below it, ascent the
// overline's top edge above it, strike the line-through's centre above it.
type decorationMetrics struct {
	underline, ascent, strike, thickness Fixed
}

// decorationMetricsOf returns the decoration metrics of a font at a size:
// the font's underline position and thickness (thickness rounded to whole
// px, at least 1), its ascent, and half its x-height for line-through. With
// no font, or a font without the values, size-based defaults stand in:
// underline size/12 below the baseline, thickness size/16, ascent 0.8em,
// line-through 0.3em above the baseline.
//
// https://www.w3.org/TR/css-text-decor-4/#text-decoration-thickness-property
// https://www.w3.org/TR/css-text-decor-4/#text-underline-position-property
// TODO(spec): decorations use each run's own font rather than the
// decorating box's (text-decoration-thickness: auto and from-font, and
// the auto underline offset, should come from the decorating box's
// first available font).
func decorationMetricsOf(font *layout.Font, size Fixed) decorationMetrics {
	dm := decorationMetrics{underline: size / 12, ascent: size * 4 / 5, strike: size * 3 / 10, thickness: size / 16}
	if font != nil {
		m := font.Metrics(size)
		if m.UnderlineThickness > 0 {
			dm.thickness = m.UnderlineThickness
		}
		if m.UnderlinePosition > 0 {
			dm.underline = m.UnderlinePosition
		}
		if m.Ascent > 0 {
			dm.ascent = m.Ascent
		}
		if m.XHeight > 0 {
			dm.strike = m.XHeight / 2
		}
	}
	dm.thickness = max(cssom.FixedOne, cssom.Int(dm.thickness.Round()))
	return dm
}
