package paint

import (
	"cmp"
	"image"
	"slices"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// Build turns a fragment tree into a display list in CSS painting order.
// root is normally the ViewportFragment; its Style.BackgroundColor is the
// canvas background (layout has already propagated the root element's or
// body's background there). Any other root is painted as a box over a
// transparent canvas. A nil root gives an empty list.
//
// https://www.w3.org/TR/CSS22/zindex.html
//
// TODO(spec): flex items paint in tree order, not order-modified
// document order; table backgrounds do not follow the six layers of CSS 2.1
// §17.5.1 (cells paint their own backgrounds in tree order).
func Build(root *layout.Fragment) *DisplayList {
	return BuildWith(root, BuildOptions{})
}

// BuildOptions are what Build needs beyond the fragment tree.
type BuildOptions struct {
	// Image returns the decoded image of an absolute URL that a style
	// refers to (background-image), or nil when it is not loaded or broken.
	// nil means no images. It is called from Build's goroutine only.
	Image func(url string) image.Image
}

// BuildWith is Build with options.
func BuildWith(root *layout.Fragment, opts BuildOptions) *DisplayList {
	dl := &DisplayList{}
	if root == nil {
		return dl
	}
	if root.Kind == layout.ViewportFragment && root.Style != nil {
		dl.Background = root.Style.BackgroundColor
	}
	b := &builder{dl: dl, images: opts.Image, right: root.Rect.X + root.Rect.W, bottom: root.Rect.Y + root.Rect.H, viewport: root.Rect}
	b.paintStackingContext(layer{f: root, real: true})
	b.setClip(nil)
	dl.Width, dl.Height = max(b.right, 0), max(b.bottom, 0)
	b.canvasImage(root)
	return dl
}

// builder holds the state of one Build call.
type builder struct {
	dl     *DisplayList
	images func(url string) image.Image
	// cur is the clip chain the emitted PushClip/PopClip items leave in
	// force.
	cur *clipNode
	// right and bottom are the page's extent so far: the union of the
	// border boxes no overflow clip applies to.
	right, bottom Fixed
	path          []*clipNode // scratch for setClip
	// clipOf holds the clip node of each box that clips its descendants.
	clipOf map[*layout.Fragment]*clipNode
	// outlines are the outlines recorded by the stacking contexts being
	// painted, innermost last.
	outlines []pendingOutline
	// viewport is the root fragment's rectangle: the positioning area of
	// fixed backgrounds.
	viewport Rect
}

// clipNode is one overflow clip in a chain of clips: the clip in force is the
// intersection of a node's rect with its ancestors'. Nodes are shared by all
// the boxes under the same clipping ancestors.
type clipNode struct {
	parent *clipNode
	rect   Rect
	radii  Radii // the rounded padding box's radii, or zero
	depth  int
}

// decorations are the text decorations propagated to a text run from its
// decorating boxes (CSS Text Decoration 3 §2.1): which lines, and for each
// the colour of the innermost box that asked for it.
//
// https://www.w3.org/TR/css-text-decor-3/#line-decoration
type decorations struct {
	lines cssom.TextDecorationLine
	// colors are indexed underline, overline, line-through; line holds
	// the rest of each line's description (decoration.go).
	colors [3]cssom.Color
	line   [3]decoLine
}

// paintCtx is what a box's descendants inherit while painting.
type paintCtx struct {
	// clip applies to in-flow and floating descendants (and to relatively
	// positioned ones).
	clip *clipNode
	// absClip applies to absolutely positioned descendants: the clips of the
	// nearest positioned ancestor (their containing block) and above.
	// https://www.w3.org/TR/CSS22/visufx.html#overflow
	absClip *clipNode
	deco    decorations
}

// layer is a box painted as a unit in its stacking context's z-order
// lists: a real stacking context, or a positioned box with z-index auto
// (painted like one, but its positioned descendants belong to the parent
// stacking context).
type layer struct {
	f, parent *layout.Fragment
	// p is the context f's parent hands down.
	p    paintCtx
	real bool
	z    int32
}

// stackingContext holds a stacking context's descendant layers, sorted into
// the layers of CSS 2.1 Appendix E.
type stackingContext struct {
	negative, zero, positive []layer
}

// role is how a box takes part in its parent's painting.
type role uint8

const (
	roleNone   role = iota // line boxes and text: no box of their own
	roleBlock              // in-flow, non-positioned block-level box
	roleInline             // inline box
	roleAtomic             // atomic inline-level box or flex/grid item
	roleFloat              // non-positioned float
)

// isElement reports whether f is a box an element generates (so its
// position, opacity and z-index mean something). Text fragments may share
// their parent's style and line boxes have none of their own.
func isElement(f *layout.Fragment) bool {
	switch f.Kind {
	case layout.BoxFragment, layout.InlineFragment, layout.ImageFragment:
		return !f.Anonymous && f.Style != nil
	}
	return false
}

func positioned(f *layout.Fragment) bool {
	return isElement(f) && f.Style.Position != cssom.PositionStatic
}

func outOfFlow(f *layout.Fragment) bool {
	if !isElement(f) {
		return false
	}
	p := f.Style.Position
	return p == cssom.PositionAbsolute || p == cssom.PositionFixed
}

// isFlexOrGridItem reports whether f's parent is a flex or grid container.
func isFlexOrGridItem(f, parent *layout.Fragment) bool {
	if parent == nil || parent.Kind != layout.BoxFragment || parent.Style == nil || f.Kind == layout.TextFragment {
		return false
	}
	switch parent.Style.Display {
	case cssom.DisplayFlex, cssom.DisplayInlineFlex, cssom.DisplayGrid, cssom.DisplayInlineGrid:
		return true
	}
	return false
}

// stacking reports whether f establishes a real stacking context, and its
// z-index in the parent context.
//
// https://www.w3.org/TR/CSS22/visuren.html#z-index
// https://www.w3.org/TR/css-color-4/#transparency (opacity < 1)
// https://www.w3.org/TR/css-position-3/#position-property (fixed, sticky)
// https://www.w3.org/TR/css-flexbox-1/#painting (z-index on flex items)
func stacking(f, parent *layout.Fragment) (bool, int32) {
	if !isElement(f) {
		return false, 0
	}
	s := f.Style
	z := s.ZIndex
	if s.ZIndexAuto {
		z = 0
	}
	switch {
	case s.Position == cssom.PositionFixed || s.Position == cssom.PositionSticky:
		return true, z
	case s.Position != cssom.PositionStatic && !s.ZIndexAuto:
		return true, z
	case !s.ZIndexAuto && isFlexOrGridItem(f, parent):
		return true, z
	case s.Opacity < 1 || groupEffects(s) || s.Isolate:
		// "as if it were a positioned element with z-index: 0"
		// (filter, clip-path, mix-blend-mode and isolation say the same).
		return true, 0
	case transformed(f):
		// https://www.w3.org/TR/css-transforms-1/#transform-rendering
		return true, z
	}
	return false, 0
}

// roleOf classifies child f of parent for the painting passes.
func roleOf(f, parent *layout.Fragment) role {
	switch f.Kind {
	case layout.LineFragment, layout.TextFragment, layout.ViewportFragment:
		return roleNone
	case layout.InlineFragment:
		return roleInline
	}
	if isElement(f) && f.Style.Float != cssom.FloatNone && !outOfFlow(f) {
		return roleFloat
	}
	if parent != nil && (parent.Kind == layout.LineFragment || parent.Kind == layout.InlineFragment) {
		return roleAtomic
	}
	if isFlexOrGridItem(f, parent) {
		return roleAtomic
	}
	return roleBlock
}

// ownClip returns the clip chain that applies to f itself.
func ownClip(p paintCtx, f *layout.Fragment) *clipNode {
	if isElement(f) {
		switch f.Style.Position {
		case cssom.PositionAbsolute:
			return p.absClip
		case cssom.PositionFixed:
			// TODO(spec): a fixed box is clipped by nothing but the viewport
			// only while no ancestor has a transform.
			return nil
		}
	}
	return p.clip
}

// childCtx returns the context f hands down to its children, given the
// context p its parent handed down to it.
func (b *builder) childCtx(p paintCtx, f, parent *layout.Fragment) paintCtx {
	own := ownClip(p, f)
	q := paintCtx{clip: own, absClip: p.absClip, deco: p.deco}
	// A transformed element is the containing block of its absolutely
	// positioned descendants, like a positioned one.
	cb := positioned(f) || transformed(f)
	if cb {
		q.absClip = own
	}
	if r, radii, ok := overflowClip(f, parent); ok {
		// One node per clipping box, so that setClip sees the same clip
		// reached from the collection walk and from the paint walk.
		n := b.clipOf[f]
		if n == nil {
			n = &clipNode{parent: own, rect: r, radii: radii, depth: depth(own) + 1}
			if b.clipOf == nil {
				b.clipOf = make(map[*layout.Fragment]*clipNode)
			}
			b.clipOf[f] = n
		}
		q.clip = n
		if cb {
			q.absClip = n
		}
	}
	// Decorations are not propagated to out-of-flow descendants nor into
	// atomic inline-level descendants.
	// https://www.w3.org/TR/css-text-decor-3/#line-decoration
	if r := roleOf(f, parent); r == roleFloat || r == roleAtomic || outOfFlow(f) {
		q.deco = decorations{}
	}
	if isElement(f) && f.Style.TextDecorationLine != 0 {
		q.deco = q.deco.addFrom(f.Style)
	}
	return q
}

// big is an extent no page reaches, for clips on one axis only.
const big = Fixed(1) << 40

// overflowClip returns the rectangle f clips its descendants to, if any:
// the padding box, on the axes whose overflow is not visible; with its
// corner radii (the padding edge curve) when both axes clip.
//
// https://www.w3.org/TR/css-overflow-3/#overflow-properties
// https://www.w3.org/TR/css-backgrounds-3/#corner-clipping
func overflowClip(f, parent *layout.Fragment) (Rect, Radii, bool) {
	if f.Kind != layout.BoxFragment || !isElement(f) {
		return Rect{}, Radii{}, false
	}
	ox, oy := f.Style.OverflowX, f.Style.OverflowY
	if ox == cssom.OverflowVisible && oy == cssom.OverflowVisible {
		return Rect{}, Radii{}, false
	}
	// AD-HOC: the root element's overflow applies to the viewport, which
	// the output's bounds already clip; paint cannot tell the root element
	// from body, so only the viewport's children are exempt.
	// TODO(spec): body's overflow propagates to the viewport when the
	// root's is visible.
	if parent != nil && parent.Kind == layout.ViewportFragment {
		return Rect{}, Radii{}, false
	}
	r := f.PaddingBox()
	var radii Radii
	if ox != cssom.OverflowVisible && oy != cssom.OverflowVisible {
		radii = usedRadii(f.Style, f.Rect).shrink(f.Border)
	}
	if ox == cssom.OverflowClip && oy == cssom.OverflowClip {
		r, radii = overflowClipEdge(f) // overflow-clip-margin (clipmargin.go)
	}
	if ox == cssom.OverflowVisible {
		r.X, r.W = -big, 2*big
	}
	if oy == cssom.OverflowVisible {
		r.Y, r.H = -big, 2*big
	}
	return r, radii, true
}

// collect adds the layers among f's descendants that belong to sc: real
// stacking contexts (not descended into) and positioned boxes with z-index
// auto (descended into: their positioned descendants belong to sc too).
func (b *builder) collect(sc *stackingContext, f *layout.Fragment, ctx paintCtx) {
	for _, c := range f.Children {
		if c == nil {
			continue
		}
		if real, z := stacking(c, f); real {
			l := layer{f: c, parent: f, p: ctx, real: true, z: z}
			switch {
			case z < 0:
				sc.negative = append(sc.negative, l)
			case z == 0:
				sc.zero = append(sc.zero, l)
			default:
				sc.positive = append(sc.positive, l)
			}
			continue
		}
		if positioned(c) {
			sc.zero = append(sc.zero, layer{f: c, parent: f, p: ctx})
		}
		b.collect(sc, c, b.childCtx(ctx, c, f))
	}
}

// isLayer reports whether child c of f is painted through its stacking
// context's z-order lists rather than by the flow passes.
func isLayer(c, f *layout.Fragment) bool {
	if positioned(c) {
		return true
	}
	real, _ := stacking(c, f)
	return real
}

// paintStackingContext paints a stacking context in the order of CSS 2.1
// Appendix E, "E.2 Painting order".
//
// https://www.w3.org/TR/CSS22/zindex.html#painting-order
func (b *builder) paintStackingContext(l layer) {
	f := l.f
	cctx := b.childCtx(l.p, f, l.parent)
	var sc stackingContext
	b.collect(&sc, f, cctx)
	byZ := func(a, b layer) int { return cmp.Compare(a.z, b.z) }
	slices.SortStableFunc(sc.negative, byZ)
	slices.SortStableFunc(sc.positive, byZ)

	opacity := isElement(f) && (f.Style.Opacity < 1 || groupEffects(f.Style))
	tr := transformed(f)
	if tr {
		b.pushTransform(f, ownClip(l.p, f))
	}
	saved := b.cur
	outlines := len(b.outlines)
	if opacity {
		b.dl.Items = append(b.dl.Items, groupItem(f))
	}
	// 1. the background and borders of the element forming the stacking
	// context (the canvas for the root).
	b.boxDecorations(f, ownClip(l.p, f))
	// 2. the child stacking contexts with negative stack levels, most
	// negative first.
	for _, n := range sc.negative {
		b.paintLayer(n)
	}
	// 3.-7. the in-flow, non-positioned descendants.
	b.paintFlow(f, cctx)
	// 8. positioned descendants with 'z-index: auto' or 'z-index: 0', and
	// child stacking contexts with stack level 0, in tree order.
	for _, z := range sc.zero {
		b.paintLayer(z)
	}
	// 9. child stacking contexts with positive stack levels, least positive
	// first.
	for _, p := range sc.positive {
		b.paintLayer(p)
	}
	// 10. the outlines of the elements in this stacking context.
	b.flushOutlines(outlines)
	if opacity {
		b.setClip(saved)
		b.dl.Items = append(b.dl.Items, &PopOpacity{})
	}
	if tr {
		b.setClip(saved)
		b.dl.Items = append(b.dl.Items, &PopTransform{})
	}
}

// alpha8 converts an opacity in 0..1 to 0..255.
func alpha8(o float32) uint8 {
	switch {
	case !(o > 0): // also NaN
		return 0
	case o >= 1:
		return 255
	}
	return uint8(o*255 + 0.5)
}

func (b *builder) paintLayer(l layer) {
	if l.real {
		b.paintStackingContext(l)
		return
	}
	b.paintAtomic(l.f, l.parent, l.p)
}

// paintAtomic paints f "as if it generated a new stacking context, but any
// positioned descendants and descendants which actually create a new
// stacking context" are left to the parent stacking context: floats,
// inline-blocks, inline replaced elements, flex items and positioned boxes
// with z-index auto.
func (b *builder) paintAtomic(f, parent *layout.Fragment, p paintCtx) {
	b.boxDecorations(f, ownClip(p, f))
	b.paintFlow(f, b.childCtx(p, f, parent))
}

// paintFlow paints steps 3 to 7 of Appendix E for f's descendants that are
// neither positioned nor stacking contexts, and f's own replaced content.
func (b *builder) paintFlow(f *layout.Fragment, ctx paintCtx) {
	// 4. the in-flow, non-positioned, block-level descendants' backgrounds
	// and borders, in tree order.
	b.blockPass(f, ctx)
	// 5. the non-positioned floats, in tree order, each painted atomically.
	b.floatPass(f, ctx)
	// 7. the inline content: line boxes, replaced content, inline-blocks.
	if f.Kind == layout.ImageFragment {
		b.replaced(f, ctx.clip)
	}
	b.inlinePass(f, ctx)
}

func (b *builder) blockPass(f *layout.Fragment, ctx paintCtx) {
	for _, c := range f.Children {
		if c == nil || isLayer(c, f) || roleOf(c, f) != roleBlock {
			continue
		}
		b.boxDecorations(c, ctx.clip)
		b.blockPass(c, b.childCtx(ctx, c, f))
	}
}

func (b *builder) floatPass(f *layout.Fragment, ctx paintCtx) {
	for _, c := range f.Children {
		if c == nil || isLayer(c, f) {
			continue
		}
		switch roleOf(c, f) {
		case roleFloat:
			b.paintAtomic(c, f, ctx)
		case roleAtomic:
			// Floats inside are painted with the atomic box.
		default:
			b.floatPass(c, b.childCtx(ctx, c, f))
		}
	}
}

func (b *builder) inlinePass(f *layout.Fragment, ctx paintCtx) {
	for _, c := range f.Children {
		if c == nil || isLayer(c, f) {
			continue
		}
		switch roleOf(c, f) {
		case roleFloat:
		case roleAtomic:
			b.paintAtomic(c, f, ctx)
		case roleBlock:
			cctx := b.childCtx(ctx, c, f)
			if c.Kind == layout.ImageFragment {
				b.replaced(c, cctx.clip)
			}
			b.inlinePass(c, cctx)
		case roleInline:
			b.boxDecorations(c, ctx.clip)
			b.inlinePass(c, b.childCtx(ctx, c, f))
		default:
			if c.Kind == layout.TextFragment {
				b.text(c, ctx)
			}
			b.inlinePass(c, b.childCtx(ctx, c, f))
		}
	}
}
