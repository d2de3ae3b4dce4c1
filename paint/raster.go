package paint

import (
	"image"
	"math"

	"golang.org/x/image/vector"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// RasterOptions says which part of the page Raster draws, and how.
// The zero value draws at scale 1 from the page's top-left corner over
// opaque white.
type RasterOptions struct {
	// Scale is the device pixel ratio: device pixels per CSS px. Zero (or
	// any value that is not positive and finite) means 1.
	Scale float64
	// X and Y are the page coordinates, in CSS px, of the output's top-left
	// corner: a scrolled viewport's offset, or a tile's origin.
	X, Y Fixed
	// Transparent leaves the output transparent under the canvas background
	// instead of opaque white.
	Transparent bool
}

// Raster draws the display list into dst. Output pixel (i, j), counted from
// dst.Bounds().Min, covers the page area starting at (X + i/Scale,
// Y + j/Scale) in CSS px. Box edges snap to the nearest device pixel, so
// rectangles and borders have no anti-aliased edges; glyph outlines and
// border corner joins are anti-aliased.
//
// Raster is deterministic (the same list and options give the same bytes)
// and may be called concurrently on the same list.
func (dl *DisplayList) Raster(dst *image.RGBA, opts RasterOptions) {
	r := newRasterizer(dl, dst, opts, sharedGlyphs, fontOutline)
	r.run()
}

// outlineFunc returns a glyph outline at a size in device px, y down.
type outlineFunc func(f *layout.Font, id layout.GlyphID, size Fixed) []layout.PathSegment

func fontOutline(f *layout.Font, id layout.GlyphID, size Fixed) []layout.PathSegment {
	if f == nil {
		return nil
	}
	return f.Outline(id, size)
}

// rasterizer is the state of one Raster call. Device coordinates are dst's
// pixel coordinates (dst.Bounds().Min is page point (X, Y)).
type rasterizer struct {
	dl     *DisplayList
	dst    *image.RGBA
	target *image.RGBA // dst, or the innermost opacity layer
	clip   image.Rectangle
	// clipMask, when not nil, is the coverage of the rounded clips in
	// force over clip (its Rect): drawing under it goes through a scratch
	// layer composited through the mask.
	clipMask *image.Alpha
	clips    []savedClip
	layers   []savedLayer
	// groups are the device bounds of each opacity group, in the order of
	// their PushOpacity items; next indexes the next one.
	groups []image.Rectangle
	next   int

	transparent bool
	scale       float64
	ox, oy      Fixed
	origin      image.Point
	glyphCache  *glyphCache
	outline     outlineFunc
	z           vector.Rasterizer
	mask        image.Alpha  // scratch for border corners
	acc         []uint32     // scratch for border corners
	dotMask     *image.Alpha // the last dotted border's dot
}

type savedClip struct {
	rect image.Rectangle
	mask *image.Alpha
}

type savedLayer struct {
	target *image.RGBA
	alpha  uint8
	// group, for a group with effects, holds its filters, clip-path and
	// blend mode.
	group *PushOpacity
	// transform, for a transformed group, maps the layer onto target (in
	// device px); clip is the clip in force outside the group.
	transform *affine
	clip      savedClip
}

func newRasterizer(dl *DisplayList, dst *image.RGBA, opts RasterOptions, gc *glyphCache, outline outlineFunc) *rasterizer {
	s := opts.Scale
	if !(s > 0) || math.IsInf(s, 0) {
		s = 1
	}
	return &rasterizer{
		dl: dl, dst: dst, target: dst, clip: dst.Bounds(),
		transparent: opts.Transparent, scale: s, ox: opts.X, oy: opts.Y, origin: dst.Bounds().Min,
		glyphCache: gc, outline: outline,
	}
}

// run draws the base, the canvas and every item.
func (r *rasterizer) run() {
	base := cssom.Color{R: 255, G: 255, B: 255, A: 255}
	if r.transparent {
		base = cssom.Transparent
	}
	c := premul(base)
	if r.dl != nil && r.dl.Background.A != 0 {
		c = over(premul(r.dl.Background), c)
	}
	fillRect(r.dst, r.dst.Bounds(), c, true)
	if r.dl == nil {
		return
	}
	r.groups = r.groupBounds()
	for _, it := range r.dl.Items {
		r.draw(it)
	}
	// Unbalanced pushes: close the open groups so nothing is lost.
	for len(r.layers) > 0 {
		r.popLayer()
	}
}

func (r *rasterizer) draw(it Item) {
	switch it := it.(type) {
	case *PushClip:
		r.clips = append(r.clips, savedClip{r.clip, r.clipMask})
		box := r.snapRect(it.Rect)
		r.clip = r.clip.Intersect(box)
		if !it.Radii.IsZero() {
			r.pushRoundedClip(box, r.devRadii(it.Radii))
		}
		return
	case *PopClip:
		if n := len(r.clips); n > 0 {
			r.clip, r.clipMask = r.clips[n-1].rect, r.clips[n-1].mask
			r.clips = r.clips[:n-1]
		}
		return
	case *PushTransform:
		var b image.Rectangle
		if r.next < len(r.groups) {
			b = r.groups[r.next]
		}
		r.next++
		r.pushTransformLayer(it, b)
		return
	case *PopTransform:
		if len(r.layers) > 0 {
			r.popLayer()
		}
		return
	}
	if r.clipMask != nil {
		r.drawMasked(it)
		return
	}
	r.drawItem(it)
}

// drawMasked draws a drawing item under a rounded clip: into a scratch
// layer over the item's visible bounds, then composited through the clip
// mask.
func (r *rasterizer) drawMasked(it Item) {
	vis := r.itemBounds(it).Intersect(r.clip).Intersect(r.target.Bounds())
	switch it.(type) {
	case *PushOpacity, *PopOpacity:
		r.drawItem(it)
		return
	}
	if vis.Empty() {
		return
	}
	saved, mask := r.target, r.clipMask
	r.target, r.clipMask = image.NewRGBA(vis), nil
	r.drawItem(it)
	layer := r.target
	r.target, r.clipMask = saved, mask
	compositeMasked(r.target, layer, mask)
}

func (r *rasterizer) drawItem(it Item) {
	switch it := it.(type) {
	case *FillRect:
		if it.Color.A == 0 {
			return
		}
		box := r.snapRect(it.Rect)
		if !it.Radii.IsZero() {
			r.fillRounded(box, r.devRadii(it.Radii), premul(it.Color))
			return
		}
		fillRect(r.target, box.Intersect(r.clip), premul(it.Color), it.Color.A == 255)
	case *BoxShadow:
		r.boxShadow(it)
	case *Gradient:
		r.gradient(it)
	case *Border:
		r.border(it)
	case *Glyphs:
		r.glyphs(it)
	case *DrawImage:
		r.image(it)
	case *TileImage:
		r.tileImage(it)
	case *PushOpacity:
		var b image.Rectangle
		if r.next < len(r.groups) {
			b = r.groups[r.next]
		}
		r.next++
		l := savedLayer{target: r.target, alpha: it.Alpha}
		if it.hasEffects() {
			l.group = it
		}
		r.layers = append(r.layers, l)
		r.target = image.NewRGBA(b.Intersect(r.target.Bounds()))
	case *PopOpacity:
		if len(r.layers) > 0 {
			r.popLayer()
		}
	}
}

// popLayer composites the innermost layer onto the one under it: with its
// group opacity, or mapped by its transform.
func (r *rasterizer) popLayer() {
	n := len(r.layers) - 1
	l := r.layers[n]
	r.layers = r.layers[:n]
	layer := r.target
	r.target = l.target
	if l.transform != nil {
		r.clip, r.clipMask = l.clip.rect, l.clip.mask
		r.compositeTransformed(layer, *l.transform)
		return
	}
	if g := l.group; g != nil {
		r.applyEffects(layer, g)
		if len(g.Filters) > 0 {
			// Blurred ink stays inside the clip outside the group.
			if sub, ok := layer.SubImage(r.clip).(*image.RGBA); ok {
				layer = sub
			}
		}
		if g.Blend != cssom.BlendNormal {
			compositeBlend(r.target, layer, l.alpha, g.Blend)
			return
		}
	}
	compositeLayer(r.target, layer, l.alpha)
}

// snapX returns the device column nearest to page x: box edges snap to
// whole device pixels (ties go right).
func (r *rasterizer) snapX(x Fixed) int {
	return r.origin.X + snap((x-r.ox).Float()*r.scale)
}

func (r *rasterizer) snapY(y Fixed) int {
	return r.origin.Y + snap((y-r.oy).Float()*r.scale)
}

// deviceLimit bounds device coordinates, far beyond any output, so that
// huge page coordinates (one-axis clips) cannot overflow an int.
const deviceLimit = 1 << 28

// snap rounds a device coordinate to the nearest pixel boundary, ties up.
func snap(v float64) int {
	return int(math.Floor(min(max(v, -deviceLimit), deviceLimit) + 0.5))
}

// devX returns page x in device px, unsnapped.
func (r *rasterizer) devX(x Fixed) float64 {
	return float64(r.origin.X) + (x-r.ox).Float()*r.scale
}

func (r *rasterizer) devY(y Fixed) float64 {
	return float64(r.origin.Y) + (y-r.oy).Float()*r.scale
}

// snapRect returns the device rectangle of a page rectangle, each edge
// snapped to the nearest device pixel boundary. A rectangle with a negative
// size gives an empty one.
func (r *rasterizer) snapRect(rc Rect) image.Rectangle {
	return image.Rectangle{
		Min: image.Point{r.snapX(rc.X), r.snapY(rc.Y)},
		Max: image.Point{r.snapX(rc.X + rc.W), r.snapY(rc.Y + rc.H)},
	}
}

// groupBounds returns the device bounds each opacity group draws into, in
// PushOpacity order: the union of its items' bounds, each cut by the clip
// in force where it is drawn. A layer that size is all the group needs.
func (r *rasterizer) groupBounds() []image.Rectangle {
	var out []image.Rectangle
	// open are the groups being collected: their index in out, and for a
	// transformed group its item and the clip outside it.
	type openGroup struct {
		i     int
		tr    *PushTransform
		clip  image.Rectangle
		depth int
		// outset is how far the group's filters spread its ink.
		outset int
	}
	var open []openGroup
	clip := r.dst.Bounds()
	var clips []image.Rectangle
	unbounded := image.Rect(-deviceLimit, -deviceLimit, deviceLimit, deviceLimit)
	for _, it := range r.dl.Items {
		var ib image.Rectangle
		switch it := it.(type) {
		case *PushClip:
			clips = append(clips, clip)
			clip = clip.Intersect(r.snapRect(it.Rect))
			continue
		case *PopClip:
			if n := len(clips); n > 0 {
				clip, clips = clips[n-1], clips[:n-1]
			}
			continue
		case *PushOpacity, *PushTransform:
			g := openGroup{i: len(out)}
			if op, ok := it.(*PushOpacity); ok && len(op.Filters) > 0 {
				g.outset = r.filterOutset(op.Filters)
			}
			if tr, ok := it.(*PushTransform); ok {
				// The content is drawn untransformed, unclipped.
				g.tr, g.clip, g.depth = tr, clip, len(clips)
				clip = unbounded
			}
			open = append(open, g)
			out = append(out, image.Rectangle{})
			continue
		case *PopOpacity, *PopTransform:
			n := len(open)
			if n == 0 {
				continue
			}
			g := open[n-1]
			open = open[:n-1]
			b := out[g.i]
			if g.outset > 0 && !b.Empty() {
				b = b.Inset(-g.outset).Intersect(clip)
				out[g.i] = b
			}
			if g.tr != nil {
				clip, clips = g.clip, clips[:min(g.depth, len(clips))]
				if m := r.deviceMatrix(g.tr); m.sane() {
					b = mapBounds(b, m).Intersect(clip)
				} else {
					b = image.Rectangle{}
				}
			}
			if n > 1 {
				out[open[n-2].i] = out[open[n-2].i].Union(b)
			}
			continue
		default:
			ib = r.itemBounds(it)
		}
		if n := len(open); n > 0 {
			ib = ib.Intersect(clip)
			out[open[n-1].i] = out[open[n-1].i].Union(ib)
		}
	}
	return out
}

// itemBounds returns the device rectangle a drawing item may touch.
func (r *rasterizer) itemBounds(it Item) image.Rectangle {
	switch it := it.(type) {
	case *FillRect:
		return r.snapRect(it.Rect)
	case *Border:
		return r.snapRect(it.Rect)
	case *DrawImage:
		return r.snapRect(it.Dest)
	case *TileImage:
		return r.snapRect(it.Area)
	case *Glyphs:
		e := shadowExtent(min(max(0, it.Blur.Float())/2*r.scale, maxShadowSigma))
		return r.glyphBounds(it).Inset(-e - 1)
	case *BoxShadow:
		return r.shadowBounds(it)
	case *Gradient:
		return r.snapRect(it.Area)
	}
	return image.Rectangle{}
}

// glyphBounds returns a device rectangle that holds a glyph run's ink: its
// pen positions widened by the font size on every side.
func (r *rasterizer) glyphBounds(g *Glyphs) image.Rectangle {
	if len(g.Glyphs) == 0 {
		return image.Rectangle{}
	}
	lo, hi := g.Glyphs[0].X, g.Glyphs[0].X
	ylo, yhi := g.Glyphs[0].Y, g.Glyphs[0].Y
	for _, gl := range g.Glyphs {
		lo = min(lo, gl.X)
		hi = max(hi, gl.X+max(gl.Advance, 0))
		ylo, yhi = min(ylo, gl.Y), max(yhi, gl.Y)
	}
	s := max(g.Size, 0)
	return image.Rectangle{
		Min: image.Point{r.snapX(g.X+lo-s) - 2, r.snapY(g.Y+ylo-2*s) - 2},
		Max: image.Point{r.snapX(g.X+hi+s) + 2, r.snapY(g.Y+yhi+s) + 2},
	}
}
