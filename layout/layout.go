package layout

import (
	"context"
	"fmt"
	"image"
	"sync"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// Options configures one layout pass.
type Options struct {
	// Width and Height are the viewport size in CSS px: the size of the
	// initial containing block.
	Width, Height Fixed
	// Fonts is the font set text is shaped with; nil means a shared set of
	// the embedded default faces.
	Fonts *FontSet
	// Image returns the decoded image of a replaced element, or the image
	// of a list item's list-style-image, or nil when it has none or it is
	// broken. nil means no element has an image.
	Image func(el *dom.Node) image.Image
	// inc is the incremental pass of a Tree.Layout (incremental.go).
	inc *incPass
}

// defaultFonts is the font set used when Options.Fonts is nil.
var defaultFonts = sync.OnceValue(NewFontSet)

// Layout builds the box tree of doc from its computed styles (an element
// without a style is treated as display:none), lays it out in a viewport of
// opts.Width × opts.Height CSS px, and returns the ViewportFragment at the
// root of the fragment tree, in page coordinates. It returns ctx.Err() when
// ctx is cancelled before it is done.
func Layout(ctx context.Context, doc *dom.Document, styles *cssom.Styles, opts Options) (*Fragment, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root := BuildBoxTree(doc, styles, opts.Image)
	return LayoutBox(ctx, root, opts)
}

// LayoutBox lays out a box tree built by BuildBoxTree (root may be nil for
// an empty document) and returns the ViewportFragment, as Layout does.
func LayoutBox(ctx context.Context, root *Box, opts Options) (frag *Fragment, err error) {
	defer func() {
		if r := recover(); r != nil {
			frag, err = nil, fmt.Errorf("layout: internal error: %v", r)
		}
	}()
	fonts := opts.Fonts
	if fonts == nil {
		fonts = defaultFonts()
	}
	l := &layouter{ctx: ctx, fonts: fonts, viewportW: cssom.Max(opts.Width, 0), viewportH: cssom.Max(opts.Height, 0), inc: opts.inc}
	vp := &Fragment{Kind: ViewportFragment, Style: cssom.Initial(), Rect: Rect{W: l.viewportW, H: l.viewportH}}
	if root != nil {
		var f *Fragment
		switch {
		case root.Style.Position == cssom.PositionAbsolute || root.Style.Position == cssom.PositionFixed:
			// The root's containing block is the initial containing
			// block; absolutize moves it from its static position.
			f = l.layoutAbsBox(root)
			f.Rect.Y = f.Margin[cssom.Top]
		case root.Kind == ReplacedBox:
			f = l.layoutBlockReplaced(root, l.viewportW, l.viewportH, false)
		default:
			f = l.layoutRoot(root)
		}
		if l.err != nil {
			return nil, l.err
		}
		vp.Children = []*Fragment{f}
		canvasBackground(vp, root, f)
	}
	vp = l.detach(vp) // keeps a Tree's fragments out of absolutize's reach
	bottom := l.absolutize(vp, nil, vp.Rect)
	vp.Rect.H = cssom.Max(l.viewportH, bottom)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return vp, nil
}

// layouter is the state of one layout pass.
type layouter struct {
	ctx                  context.Context
	fonts                *FontSet
	viewportW, viewportH Fixed
	boxes                int   // boxes laid out so far, for cancellation checks
	err                  error // sticky: set when ctx is done
	metrics              map[*cssom.ComputedStyle]Metrics
	ifcs                 map[*Box]*ifcData
	intrinsic            map[*Box][2]Fixed // min- and max-content widths
	glyphs               []Glyph           // the glyph arena; see reserveGlyphs
	// abs marks the fragments of absolutely positioned boxes, which
	// absolutize moves from their static position; absCB holds the
	// padding boxes of the positioned block ancestors of the box being
	// laid out (their heights when definite).
	abs   map[*Fragment]bool
	absCB []containingBlock
	// flexItems caches flex items laid out at given sizes (flex.go).
	flexItems map[flexKey]flexMeasure
	// sticky is the scope of sticky positioning during absolutize
	// (sticky.go).
	sticky stickyScope
	// inc is the incremental pass of a Tree.Layout, nil for Layout.
	inc *incPass
}

// tick counts a box and reports whether layout must stop because the
// context is done. The context is polled every 256 boxes.
func (l *layouter) tick() bool {
	if l.err != nil {
		return true
	}
	l.boxes++
	if l.boxes&255 == 0 {
		if err := l.ctx.Err(); err != nil {
			l.err = err
			return true
		}
	}
	return false
}

// metricsOf returns the primary font metrics of style st.
func (l *layouter) metricsOf(st *cssom.ComputedStyle) Metrics {
	if m, ok := l.metrics[st]; ok {
		return m
	}
	if l.metrics == nil {
		l.metrics = make(map[*cssom.ComputedStyle]Metrics)
	}
	m := l.fonts.Metrics(SpecOf(st))
	l.metrics[st] = m
	return m
}

// layoutRoot lays out the root element's box: its containing block is the
// initial containing block, and it establishes a block formatting context.
// https://www.w3.org/TR/CSS22/visudet.html#containing-block-details
func (l *layouter) layoutRoot(root *Box) *Fragment {
	cb := containingBlock{w: l.viewportW, h: l.viewportH, hDefinite: true}
	res := l.layoutBlockLevel(root, cb, true, bfcPos{})
	f := res.frag
	// The root's margins do not collapse with anything: its border box
	// sits inside its own margins (Rect.X already holds margin-left).
	f.Rect.Y = f.Margin[cssom.Top]
	return f
}

// canvasBackground propagates the root (or <body>) background to the
// canvas.
// https://www.w3.org/TR/css-backgrounds-3/#special-backgrounds
func canvasBackground(vp *Fragment, root *Box, rootFrag *Fragment) {
	src := rootFrag
	if rootFrag.Style.BackgroundColor.A == 0 && !rootFrag.Style.HasBackgroundImage() && root.Node.IsHTML("html") {
		src = nil
		for _, c := range rootFrag.Children {
			if c.Node.IsHTML("body") && c.Kind == BoxFragment {
				src = c
				break
			}
		}
	}
	if src == nil || (src.Style.BackgroundColor.A == 0 && !src.Style.HasBackgroundImage()) {
		return
	}
	st := cssom.Initial()
	st.BackgroundColor = src.Style.BackgroundColor
	st.BackgroundImage = src.Style.BackgroundImage
	st.BackgroundRepeat = src.Style.BackgroundRepeat
	st.BackgroundPosition = src.Style.BackgroundPosition
	st.BackgroundSize = src.Style.BackgroundSize
	st.BackgroundGradient = src.Style.BackgroundGradient
	st.BackgroundClip = src.Style.BackgroundClip
	st.BackgroundOrigin = src.Style.BackgroundOrigin
	st.BackgroundFixed = src.Style.BackgroundFixed
	st.BackgroundLists = src.Style.BackgroundLists
	vp.Style = st
	cp := *src.Style
	cp.BackgroundColor = cssom.Transparent
	cp.BackgroundImage = ""
	cp.BackgroundGradient = nil
	cp.BackgroundLists = nil
	src.Style = &cp
}

// absolutize turns the fragment tree's coordinates, relative to each
// parent's border box during layout, into page coordinates, applies
// relative and absolute positioning, and returns the bottom edge of the
// lowest fragment. parent is f's parent (nil for the viewport), already in
// page coordinates; cb is the padding box of the nearest positioned
// ancestor, the containing block of absolutely positioned descendants.
func (l *layouter) absolutize(f, parent *Fragment, cb Rect) Fixed {
	if parent != nil {
		f.Rect.X += parent.Rect.X
		f.Rect.Y += parent.Rect.Y
	}
	if f.Kind != TextFragment && f.Node != nil {
		switch f.Style.Position {
		case cssom.PositionRelative:
			pcb := parent.ContentBox()
			ox, oy := relativeOffset(f.Style, pcb.W, pcb.H)
			f.Rect.X += ox
			f.Rect.Y += oy
		case cssom.PositionSticky:
			dx, dy := l.stickyOffset(f)
			f.Rect.X += dx
			f.Rect.Y += dy
		case cssom.PositionAbsolute, cssom.PositionFixed:
			if l.abs[f] {
				if f.Style.Position == cssom.PositionFixed {
					cb = Rect{W: l.viewportW, H: l.viewportH}
				}
				placeAbsolute(f, cb)
			}
		}
		if f.Style.Position != cssom.PositionStatic && (f.Kind == BoxFragment || f.Kind == InlineFragment || f.Kind == ImageFragment) {
			cb = f.PaddingBox()
		}
	}
	bottom := f.Rect.Y + f.Rect.H
	if kept, ok := l.keptOutput(f, cb); ok { // a Tree's unmoved subtree (incremental.go)
		return cssom.Max(bottom, kept)
	}
	saved := l.enterSticky(f)
	for _, c := range f.Children {
		bottom = cssom.Max(bottom, l.absolutize(c, f, cb))
	}
	l.sticky = saved
	l.keepOutput(f, bottom)
	return bottom
}

// placeAbsolute moves absolutely positioned fragment f, at its static
// position, to where its insets put it in containing block cb, and
// stretches its height between top and bottom when it is auto.
// https://www.w3.org/TR/CSS22/visudet.html#abs-non-replaced-width
// https://www.w3.org/TR/CSS22/visudet.html#abs-non-replaced-height
func placeAbsolute(f *Fragment, cb Rect) {
	st := f.Style
	in := st.Inset
	if !in[cssom.Top].IsAuto() && !in[cssom.Bottom].IsAuto() && st.Height.IsAuto() {
		h := cb.H - in[cssom.Top].Resolve(cb.H, 0) - in[cssom.Bottom].Resolve(cb.H, 0) - f.Margin[cssom.Top] - f.Margin[cssom.Bottom]
		if h > f.Rect.H {
			f.Rect.H = h
		}
	}
	f.Rect.X, f.Margin[cssom.Left], f.Margin[cssom.Right] = absoluteOffset(cb.X, cb.W, f.Rect.X, f.Rect.W,
		in[cssom.Left], in[cssom.Right], st.Margin[cssom.Left], st.Margin[cssom.Right], f.Margin[cssom.Left], f.Margin[cssom.Right], st.Direction == "rtl")
	f.Rect.Y, f.Margin[cssom.Top], f.Margin[cssom.Bottom] = absoluteOffset(cb.Y, cb.H, f.Rect.Y, f.Rect.H,
		in[cssom.Top], in[cssom.Bottom], st.Margin[cssom.Top], st.Margin[cssom.Bottom], f.Margin[cssom.Top], f.Margin[cssom.Bottom], false)
}

// absoluteOffset solves the constraint of CSS 2.1 §10.3.7 (or §10.6.4) on
// one axis: the containing block spans [start, start+size); the box's
// border box is at static position pos and size long; lo and hi are the
// start and end insets, mlo and mhi the computed margins with used values
// ulo and uhi (auto as 0). It returns the border box position and the
// used margins.
func absoluteOffset(start, size, pos, length Fixed, lo, hi, mlo, mhi cssom.Length, ulo, uhi Fixed, rtl bool) (Fixed, Fixed, Fixed) {
	switch {
	case !lo.IsAuto() && !hi.IsAuto():
		l, h := lo.Resolve(size, 0), hi.Resolve(size, 0)
		free := size - l - h - length
		switch {
		case mlo.IsAuto() && mhi.IsAuto():
			// "If both 'margin-left' and 'margin-right' are 'auto', solve
			// the equation under the extra constraint that the two
			// margins get equal values, unless this would make them
			// negative", in which case the start one (ltr) is 0.
			if free < 0 {
				ulo, uhi = 0, free
				if rtl {
					ulo, uhi = free, 0
				}
			} else {
				ulo, uhi = free/2, free-free/2
			}
		case mlo.IsAuto():
			ulo = free - uhi
		case mhi.IsAuto():
			uhi = free - ulo
		case rtl:
			// Over-constrained: ignore the start inset in rtl.
			return start + size - h - uhi - length, ulo, uhi
		}
		return start + l + ulo, ulo, uhi
	case !lo.IsAuto():
		return start + lo.Resolve(size, 0) + ulo, ulo, uhi
	case !hi.IsAuto():
		return start + size - hi.Resolve(size, 0) - uhi - length, ulo, uhi
	}
	return pos, ulo, uhi
}

// relativeOffset returns the offset of a relatively positioned box whose
// containing block is cbw × cbh px.
// https://www.w3.org/TR/CSS22/visuren.html#relative-positioning
func relativeOffset(st *cssom.ComputedStyle, cbw, cbh Fixed) (Fixed, Fixed) {
	var x, y Fixed
	if l := st.Inset[cssom.Left]; !l.IsAuto() {
		x = l.Resolve(cbw, 0)
	} else if r := st.Inset[cssom.Right]; !r.IsAuto() {
		x = -r.Resolve(cbw, 0)
	}
	if t := st.Inset[cssom.Top]; !t.IsAuto() {
		y = t.Resolve(cbh, 0)
	} else if b := st.Inset[cssom.Bottom]; !b.IsAuto() {
		y = -b.Resolve(cbh, 0)
	}
	return x, y
}

// reserveGlyphs makes room for n more glyphs in the glyph arena, which
// text fragments' glyph slices are cut from (one allocation for thousands
// of glyphs). The glyphs from index *start on (the current fragment's)
// move along when a new chunk is needed.
func (l *layouter) reserveGlyphs(start *int, n int) []Glyph {
	if len(l.glyphs)+n <= cap(l.glyphs) {
		return l.glyphs
	}
	cur := l.glyphs[*start:]
	chunk := make([]Glyph, 0, max(4096, 2*(len(cur)+n)))
	chunk = append(chunk, cur...)
	*start = 0
	return chunk
}
