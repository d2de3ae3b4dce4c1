package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
	"image"
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
	if s.BackgroundColor.A != 0 {
		rc, rr := backgroundBox(f, radii, s.BackgroundClip)
		if rc.W > 0 && rc.H > 0 {
			b.emit(&FillRect{Rect: rc, Color: s.BackgroundColor, Radii: rr}, clip)
		}
	}
	b.backgroundImage(f, clip, radii)
	b.backgroundGradient(f, clip, radii)
	b.boxShadows(f, clip, radii, true)
	b.outline(f, clip, radii)
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

// backgroundBox returns the rectangle and corner radii of f's border,
// padding or content box (radii is the border box's): a background's
// painting area (background-clip) or positioning area (background-origin).
//
// https://www.w3.org/TR/css-backgrounds-3/#background-clip
// https://www.w3.org/TR/css-backgrounds-3/#corner-clipping
func backgroundBox(f *layout.Fragment, radii Radii, which cssom.BackgroundBox) (Rect, Radii) {
	switch which {
	case cssom.BackgroundPaddingBox:
		return f.PaddingBox(), radii.shrink(f.Border)
	case cssom.BackgroundContentBox:
		var w cssom.Edges[Fixed]
		for i := range w {
			w[i] = f.Border[i] + f.Padding[i]
		}
		return f.ContentBox(), radii.shrink(w)
	}
	return f.Rect, radii
}

// backgroundImage emits f's first background layer's image: sized by
// background-size, placed by background-position in the background-origin
// box, repeated per background-repeat, and cut to the background-clip box.
//
// https://www.w3.org/TR/css-backgrounds-3/#backgrounds
// TODO(spec): repeat space and round (painted as repeat), -attachment
// other than its initial value; layers; images with no natural size (SVG).
func (b *builder) backgroundImage(f *layout.Fragment, clip *clipNode, radii Radii) {
	url := f.Style.BackgroundImage
	if url == "" || b.images == nil || f.Kind == layout.TextFragment {
		return
	}
	img := b.images(url)
	if img == nil || img.Bounds().Empty() {
		return
	}
	area, _ := backgroundBox(f, radii, f.Style.BackgroundOrigin)
	tile := backgroundTile(f.Style, img.Bounds().Size(), area)
	if tile.W <= 0 || tile.H <= 0 {
		return
	}
	clipRect, clipRadii := backgroundBox(f, radii, f.Style.BackgroundClip)
	paintArea := repeatArea(f.Style, clipRect, tile)
	if paintArea.W <= 0 || paintArea.H <= 0 {
		return
	}
	b.emitClipped(&TileImage{Image: img, Tile: tile, Area: paintArea}, clip, clipRect, clipRadii)
}

// backgroundTile returns the rectangle of the background image copy that
// background-position places: its size per background-size
// (https://www.w3.org/TR/css-backgrounds-3/#the-background-size) and its
// offset in the positioning area, where a percentage p aligns the point p%
// across the image with the point p% across the area
// (https://www.w3.org/TR/css-backgrounds-3/#the-background-position).
func backgroundTile(st *cssom.ComputedStyle, natural image.Point, area Rect) Rect {
	nw, nh := cssom.Int(natural.X), cssom.Int(natural.Y)
	w, h := nw, nh
	bs := st.BackgroundSize
	switch bs.Kind {
	case cssom.SizeCover, cssom.SizeContain:
		sx := area.W.Float() / nw.Float()
		sy := area.H.Float() / nh.Float()
		scale := max(sx, sy)
		if bs.Kind == cssom.SizeContain {
			scale = min(sx, sy)
		}
		w, h = nw.MulFloat(scale), nh.MulFloat(scale)
	default:
		wAuto, hAuto := bs.Width.IsAuto(), bs.Height.IsAuto()
		if !wAuto {
			w = bs.Width.Resolve(area.W, nw)
		}
		if !hAuto {
			h = bs.Height.Resolve(area.H, nh)
		}
		// One auto dimension keeps the natural aspect ratio.
		switch {
		case wAuto && !hAuto:
			w = nw.MulFloat(h.Float() / nh.Float())
		case hAuto && !wAuto:
			h = nh.MulFloat(w.Float() / nw.Float())
		}
	}
	x := area.X + st.BackgroundPosition[0].Resolve(area.W-w, 0)
	y := area.Y + st.BackgroundPosition[1].Resolve(area.H-h, 0)
	return Rect{X: x, Y: y, W: w, H: h}
}

// repeatArea returns the part of area that copies of tile cover: all of it
// on an axis that repeats, the tile's own extent on a no-repeat axis
// (https://www.w3.org/TR/css-backgrounds-3/#background-repeat).
func repeatArea(st *cssom.ComputedStyle, area, tile Rect) Rect {
	if st.BackgroundRepeat[0] == cssom.RepeatNoRepeat {
		area = intersectX(area, tile)
	}
	if st.BackgroundRepeat[1] == cssom.RepeatNoRepeat {
		area = intersectY(area, tile)
	}
	return area
}

func intersectX(a, b Rect) Rect {
	x0, x1 := max(a.X, b.X), min(a.X+a.W, b.X+b.W)
	a.X, a.W = x0, max(0, x1-x0)
	return a
}

func intersectY(a, b Rect) Rect {
	y0, y1 := max(a.Y, b.Y), min(a.Y+a.H, b.Y+b.H)
	a.Y, a.H = y0, max(0, y1-y0)
	return a
}

// replaced emits an image fragment's content, scaled into its content box.
//
// TODO(spec): object-fit, object-position, image-rendering (not computed
// yet: always smooth).
func (b *builder) replaced(f *layout.Fragment, clip *clipNode) {
	if f.Image == nil || !visible(f) {
		return
	}
	dest := f.ContentBox()
	if dest.W <= 0 || dest.H <= 0 {
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
	b.emitClipped(&DrawImage{Image: f.Image, Dest: dest}, clip, dest, inner)
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
	if d.lines != 0 {
		var font *layout.Font
		if run != nil {
			font = run.Font
		}
		dm = decorationMetricsOf(font, size)
	}
	if run != nil && len(run.Glyphs) > 0 {
		b.textShadows(f, run, size, baseline, ctx.clip)
	}
	if d.lines&cssom.DecorationUnderline != 0 {
		b.decoration(f, ctx.clip, baseline+dm.underline, dm.thickness, d.colors[0])
	}
	if d.lines&cssom.DecorationOverline != 0 {
		b.decoration(f, ctx.clip, baseline-dm.ascent, dm.thickness, d.colors[1])
	}
	if run != nil && len(run.Glyphs) > 0 && f.Style.Color.A != 0 {
		b.emit(&Glyphs{
			Font: run.Font, Size: size, Glyphs: run.Glyphs,
			X: f.Rect.X, Y: baseline, Color: f.Style.Color,
			FakeBold: run.FakeBold, FakeItalic: run.FakeItalic, Text: run.Text,
		}, ctx.clip)
	}
	if d.lines&cssom.DecorationLineThrough != 0 {
		b.decoration(f, ctx.clip, baseline-dm.strike-dm.thickness/2, dm.thickness, d.colors[2])
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
// TODO(spec): text-decoration-thickness, -style, text-underline-offset and
// -position are not computed yet; decorations use each run's own font
// rather than the decorating box's.
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

func (b *builder) decoration(f *layout.Fragment, clip *clipNode, top, thickness Fixed, c cssom.Color) {
	if c.A == 0 || f.Rect.W <= 0 {
		return
	}
	r := Rect{X: f.Rect.X, Y: cssom.Int(top.Round()), W: f.Rect.W, H: thickness}
	b.emit(&FillRect{Rect: r, Color: c}, clip)
}
