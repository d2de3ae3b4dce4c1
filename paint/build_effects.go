package paint

import (
	"math"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file emits the paint effects of a box that are not its background
// or border: box shadows, text shadows and outlines; and the group item
// of an element with filters, a clip-path or a blend mode.

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

// groupEffects reports whether a style paints its element as a group for
// something other than opacity: a filter, a clip-path or a blend mode.
//
// AD-HOC: the clip property is drawn as a clip-path rectangle, so an
// absolutely positioned box with a clip becomes a stacking context.
func groupEffects(s *cssom.ComputedStyle) bool {
	return len(s.Filter) > 0 || s.ClipPath != nil || s.MixBlendMode != cssom.BlendNormal || clipApplies(s)
}

// clipApplies reports whether the clip property applies: "to absolutely
// positioned elements".
func clipApplies(s *cssom.ComputedStyle) bool {
	return s.Clip != nil && (s.Position == cssom.PositionAbsolute || s.Position == cssom.PositionFixed)
}

// usedClipRect returns the clip property's rectangle as a clip path: its
// offsets from the border box's top-left corner, auto being the box's own
// edge. https://www.w3.org/TR/CSS22/visufx.html#clipping
func usedClipRect(c *[4]cssom.Length, box Rect) *ClipPath {
	t := c[cssom.Top].Resolve(0, 0)
	r := c[cssom.Right].Resolve(0, box.W)
	bt := c[cssom.Bottom].Resolve(0, box.H)
	l := c[cssom.Left].Resolve(0, 0)
	x0, y0, x1, y1 := box.X+l, box.Y+t, box.X+r, box.Y+bt
	if x1 <= x0 || y1 <= y0 {
		return &ClipPath{} // empty: clips everything
	}
	return &ClipPath{Points: [][2]Fixed{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}
}

// groupItem returns the PushOpacity that starts f's group, with its
// opacity, filters, clip-path and blend mode.
func groupItem(f *layout.Fragment) *PushOpacity {
	s := f.Style
	cp := usedClipPath(s.ClipPath, f.Rect)
	if cp == nil && clipApplies(s) {
		// TODO(spec): both clip and clip-path (clip-path wins).
		cp = usedClipRect(s.Clip, f.Rect)
	}
	return &PushOpacity{Alpha: alpha8(s.Opacity), Filters: s.Filter, ClipPath: cp, Blend: s.MixBlendMode}
}

// usedClipPath resolves a basic shape against the reference box (the
// border box).
// https://www.w3.org/TR/css-shapes-1/#basic-shape-functions
func usedClipPath(sh *cssom.BasicShape, box Rect) *ClipPath {
	if sh == nil {
		return nil
	}
	w, h := box.W, box.H
	switch sh.Kind {
	case cssom.ShapeInset:
		t, r := sh.Inset[cssom.Top].Resolve(h, 0), sh.Inset[cssom.Right].Resolve(w, 0)
		bt, l := sh.Inset[cssom.Bottom].Resolve(h, 0), sh.Inset[cssom.Left].Resolve(w, 0)
		x0, y0, x1, y1 := box.X+l, box.Y+t, box.X+w-r, box.Y+h-bt
		if x1 <= x0 || y1 <= y0 {
			return &ClipPath{} // empty: clips everything
		}
		return &ClipPath{Points: [][2]Fixed{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}}
	case cssom.ShapeCircle, cssom.ShapeEllipse:
		cx, cy := sh.Center[0].Resolve(w, 0), sh.Center[1].Resolve(h, 0)
		side := func(k cssom.ShapeRadius, l cssom.Length, lo, hi Fixed, basis Fixed) Fixed {
			switch k {
			case cssom.RadiusClosestSide:
				return min(lo, hi)
			case cssom.RadiusFarthestSide:
				return max(lo, hi)
			}
			return max(0, l.Resolve(basis, 0))
		}
		cp := &ClipPath{Ellipse: true, Center: [2]Fixed{box.X + cx, box.Y + cy}}
		dx0, dx1, dy0, dy1 := abs(cx), abs(w-cx), abs(cy), abs(h-cy)
		if sh.Kind == cssom.ShapeCircle {
			// Percentages refer to sqrt(w² + h²)/sqrt(2).
			diag := cssom.Px(math.Hypot(w.Float(), h.Float()) / math.Sqrt2)
			cp.RX = side(sh.RadiusKind[0], sh.Radius[0], min(dx0, dx1, dy0, dy1), max(dx0, dx1, dy0, dy1), diag)
			cp.RY = cp.RX
			return cp
		}
		cp.RX = side(sh.RadiusKind[0], sh.Radius[0], min(dx0, dx1), max(dx0, dx1), w)
		cp.RY = side(sh.RadiusKind[1], sh.Radius[1], min(dy0, dy1), max(dy0, dy1), h)
		return cp
	}
	cp := &ClipPath{EvenOdd: sh.EvenOdd}
	for _, p := range sh.Points {
		cp.Points = append(cp.Points, [2]Fixed{box.X + p[0].Resolve(w, 0), box.Y + p[1].Resolve(h, 0)})
	}
	return cp
}
