package paint

import (
	"image"
	"math"
	"sync"
	"sync/atomic"

	"golang.org/x/image/draw"
	"golang.org/x/image/vector"

	"github.com/paneweb/pane/layout"
)

// glyphKey names one rasterized glyph mask.
type glyphKey struct {
	font *layout.Font
	id   layout.GlyphID
	// size is the font size in device px.
	size Fixed
	// sub is the glyph origin's horizontal subpixel offset in quarters of a
	// device pixel (0..3).
	sub    uint8
	italic bool
	// color selects the glyph's colour form (emoji.go) instead of its mask.
	color bool
}

// glyphMask is a rasterized glyph: its coverage, and where the mask's
// top-left pixel lies relative to the pixel holding the glyph origin.
// mask is nil for glyphs with no outline (spaces, bitmap-only glyphs).
// color, under a key with color set, is the glyph's colour form, nil when
// it has none (the mask is then drawn).
type glyphMask struct {
	mask  *image.Alpha
	off   image.Point
	color *colorForm
}

const (
	glyphShards = 16
	// glyphCacheBytes bounds the memory the shared glyph cache holds.
	glyphCacheBytes = 32 << 20
	// maxGlyphPx bounds a glyph mask's side: bigger glyphs are not drawn.
	maxGlyphPx = 4096
	// fakeItalicShear is the horizontal shear of synthesized oblique text.
	fakeItalicShear = 0.2
)

// glyphCache holds glyph masks, shared by every Raster call in the process
// and safe for concurrent use. Each shard keeps two generations: a hit in
// the old one moves the mask to the current one, and when the current one
// fills its share of the budget the old one is dropped. Eviction changes
// only speed, never output: a mask is a pure function of its key.
type glyphCache struct {
	shards [glyphShards]glyphShard
	// hits and misses count lookups, for benchmarks (GlyphCacheStats).
	hits, misses atomic.Uint64
}

// GlyphCacheStats returns how many glyph mask lookups the process's shared
// glyph cache answered from memory (hits) and by rasterizing (misses)
// since it started. For benchmarks and diagnostics.
func GlyphCacheStats() (hits, misses uint64) {
	return sharedGlyphs.hits.Load(), sharedGlyphs.misses.Load()
}

type glyphShard struct {
	mu       sync.Mutex
	cur, old map[glyphKey]*glyphMask
	bytes    int
}

var sharedGlyphs = &glyphCache{}

// get returns the mask for k, rasterizing it with build on a miss.
func (c *glyphCache) get(k glyphKey, build func() *glyphMask) *glyphMask {
	s := &c.shards[(uint32(k.id)*31+uint32(k.sub)+uint32(k.size))%glyphShards]
	s.mu.Lock()
	if m, ok := s.cur[k]; ok {
		s.mu.Unlock()
		c.hits.Add(1)
		return m
	}
	if m, ok := s.old[k]; ok {
		s.put(k, m)
		s.mu.Unlock()
		c.hits.Add(1)
		return m
	}
	s.mu.Unlock()
	c.misses.Add(1)
	m := build()
	s.mu.Lock()
	s.put(k, m)
	s.mu.Unlock()
	return m
}

// put stores m under k; s.mu is held.
func (s *glyphShard) put(k glyphKey, m *glyphMask) {
	n := 64
	if m.mask != nil {
		n += len(m.mask.Pix)
	}
	if m.color != nil {
		n += m.color.bytes()
	}
	if s.cur == nil || s.bytes+n > glyphCacheBytes/glyphShards/2 {
		s.old, s.cur, s.bytes = s.cur, make(map[glyphKey]*glyphMask), 0
	}
	s.cur[k] = m
	s.bytes += n
}

// glyphs draws a glyph run. Each glyph origin snaps vertically to a whole
// device pixel and horizontally to a quarter pixel.
func (r *rasterizer) glyphs(g *Glyphs) {
	if g.Color.A == 0 || g.Size <= 0 || len(g.Glyphs) == 0 {
		return
	}
	devSize := Fixed(math.Round(float64(g.Size) * r.scale))
	if devSize <= 0 || devSize > maxGlyphPx*64 {
		return
	}
	vis := r.glyphBounds(g).Intersect(r.clip).Intersect(r.target.Bounds())
	if vis.Empty() {
		return
	}
	c := premul(g.Color)
	// A blurred run (a text shadow) is drawn into a coverage mask first,
	// blurred, then composited.
	var blurred *image.Alpha
	sigma := min(max(0, g.Blur.Float())/2*r.scale, maxShadowSigma)
	if sigma > 0 {
		e := shadowExtent(sigma)
		blurred = image.NewAlpha(vis.Inset(-e - 1))
	}
	offsets := [2]float64{0, devSize.Float() / 24}
	n := 1
	if g.FakeBold {
		n = 2 // AD-HOC: synthetic bold draws the glyph twice, size/24 apart.
	}
	colored := g.Font.HasColorGlyphs()
	for _, gl := range g.Glyphs {
		x0 := r.devX(g.X + gl.X)
		iy := int(math.Floor(r.devY(g.Y+gl.Y) + 0.5))
		for _, off := range offsets[:n] {
			x := x0 + off
			ix := math.Floor(x)
			q := int(math.Floor((x-ix)*4 + 0.5))
			if q == 4 {
				ix, q = ix+1, 0
			}
			k := glyphKey{font: g.Font, id: gl.ID, size: devSize, sub: uint8(q), italic: g.FakeItalic}
			if colored {
				ck := k
				ck.color, ck.italic = true, false
				cm := r.glyphCache.get(ck, func() *glyphMask {
					if m := buildColorGlyph(&r.z, r.outline, g.Font, gl.ID, devSize, float32(q)/4); m != nil {
						return m
					}
					return &glyphMask{}
				})
				if cm.color != nil {
					r.drawColorGlyph(cm, int(ix), iy, g.Color, blurred)
					break // AD-HOC: colour glyphs are not emboldened
				}
			}
			m := r.glyphCache.get(k, func() *glyphMask {
				return rasterizeGlyph(&r.z, r.outline(g.Font, gl.ID, devSize), float32(q)/4, g.FakeItalic)
			})
			if m.mask == nil {
				continue
			}
			at := image.Point{int(ix) + m.off.X, iy + m.off.Y}
			if blurred != nil {
				addMask(blurred, m.mask, at)
				continue
			}
			dr := m.mask.Rect.Add(at).Intersect(r.clip)
			maskOver(r.target, dr, m.mask, dr.Min.Sub(at), c)
		}
	}
	if blurred != nil {
		blurAlpha(blurred, sigma)
		maskOver(r.target, vis, blurred, vis.Min, c)
	}
}

// addMask adds a glyph mask (its origin at device point at) into dst,
// saturating.
func addMask(dst, m *image.Alpha, at image.Point) {
	dr := m.Rect.Add(at).Intersect(dst.Rect)
	for y := dr.Min.Y; y < dr.Max.Y; y++ {
		for x := dr.Min.X; x < dr.Max.X; x++ {
			v := m.Pix[m.PixOffset(x-at.X, y-at.Y)]
			i := dst.PixOffset(x, y)
			dst.Pix[i] = uint8(min(int(dst.Pix[i])+int(v), 255))
		}
	}
}

// rasterizeGlyph fills an outline (device px from the glyph origin, y down)
// shifted right by dx, anti-aliased with the non-zero winding rule, into a
// mask just big enough for it, its top and bottom snapped to whole pixels
// (verticalSnap). A fake italic shears it by fakeItalicShear (x grows with
// height above the baseline).
func rasterizeGlyph(z *vector.Rasterizer, segs []layout.PathSegment, dx float32, italic bool) *glyphMask {
	return rasterizeOutline(z, segs, dx, italic, true)
}

// rasterizeOutline is rasterizeGlyph, with the vertical snapping only when
// snap is set (the layers of a colour glyph are not snapped one by one,
// which would misalign them).
func rasterizeOutline(z *vector.Rasterizer, segs []layout.PathSegment, dx float32, italic, snap bool) *glyphMask {
	if len(segs) == 0 {
		return &glyphMask{}
	}
	var shear float32
	if italic {
		shear = fakeItalicShear
	}
	a, b := float32(1), float32(0)
	if snap {
		a, b = verticalSnap(segs)
	}
	tr := func(p layout.PathPoint) (float32, float32) {
		y := p.Y*a + b
		return p.X + dx - shear*y, y
	}
	x0, y0, w, h := outlineBounds(segs, tr)
	if w <= 0 || h <= 0 || w > maxGlyphPx || h > maxGlyphPx {
		return &glyphMask{}
	}
	z.Reset(w, h)
	z.DrawOp = draw.Src
	fx, fy := float32(x0), float32(y0)
	pt := func(p layout.PathPoint) (float32, float32) {
		x, y := tr(p)
		return x - fx, y - fy
	}
	open := false
	for _, s := range segs {
		switch s.Op {
		case layout.MoveTo:
			if open {
				z.ClosePath()
			}
			z.MoveTo(pt(s.Pts[0]))
			open = true
		case layout.LineTo:
			z.LineTo(pt(s.Pts[0]))
		case layout.QuadTo:
			bx, by := pt(s.Pts[0])
			cx, cy := pt(s.Pts[1])
			z.QuadTo(bx, by, cx, cy)
		case layout.CubeTo:
			bx, by := pt(s.Pts[0])
			cx, cy := pt(s.Pts[1])
			dx, dy := pt(s.Pts[2])
			z.CubeTo(bx, by, cx, cy, dx, dy)
		}
	}
	if open {
		z.ClosePath()
	}
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	z.Draw(mask, mask.Bounds(), image.Opaque, image.Point{})
	return &glyphMask{mask: mask, off: image.Point{x0, y0}}
}

// verticalSnap returns the scale a and offset b (y' = a*y + b) that move
// an outline's top and bottom to the nearest whole device pixels, or 1, 0
// when the outline is under half a pixel tall or would collapse.
//
// AD-HOC: Chromium on Linux draws glyphs with FreeType's light (vertical
// only) hinting, which aligns the edges of glyphs, such as the baseline,
// x-height and cap height, to the pixel grid; stretching each glyph between
// its snapped extremes gets those edges crisp as there (the Ahem squares
// of the web-platform tests fill whole pixel rows) without the auto-hinter's
// edge and stem analysis. TODO(spec): snap inner edges (stems, bars) too.
func verticalSnap(segs []layout.PathSegment) (a, b float32) {
	minY, maxY := float32(math.Inf(1)), float32(math.Inf(-1))
	for _, s := range segs {
		for i := range segPoints(s.Op) {
			minY, maxY = min(minY, s.Pts[i].Y), max(maxY, s.Pts[i].Y)
		}
	}
	top, bottom := float32(math.Round(float64(minY))), float32(math.Round(float64(maxY)))
	if !(maxY-minY >= 0.5) || bottom <= top || maxY-minY > maxGlyphPx {
		return 1, 0
	}
	a = (bottom - top) / (maxY - minY)
	return a, top - a*minY
}

// outlineBounds returns the whole-pixel box around an outline's points
// (on-curve and control points: the curves lie within their hull), after
// the transform tr. An outline with no points, or NaN ones, has w = 0.
func outlineBounds(segs []layout.PathSegment, tr func(layout.PathPoint) (float32, float32)) (x0, y0, w, h int) {
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range segs {
		for i := range segPoints(s.Op) {
			x, y := tr(s.Pts[i])
			minX, maxX = min(minX, x), max(maxX, x)
			minY, maxY = min(minY, y), max(maxY, y)
		}
	}
	const limit = 1 << 24 // far beyond maxGlyphPx, well inside int32
	if !(minX <= maxX && minY <= maxY) || minX < -limit || minY < -limit || maxX > limit || maxY > limit {
		return 0, 0, 0, 0 // no points, NaN, or absurd coordinates
	}
	// A point within boundsSlack of a pixel edge counts as on it: the
	// snapped outlines (verticalSnap) land on whole pixels only up to
	// float rounding.
	const boundsSlack = 1.0 / 256
	x0, y0 = int(math.Floor(float64(minX+boundsSlack))), int(math.Floor(float64(minY+boundsSlack)))
	return x0, y0, int(math.Ceil(float64(maxX-boundsSlack))) - x0, int(math.Ceil(float64(maxY-boundsSlack))) - y0
}

// segPoints returns how many points an outline operation uses.
func segPoints(op layout.PathOp) int {
	switch op {
	case layout.QuadTo:
		return 2
	case layout.CubeTo:
		return 3
	case layout.MoveTo, layout.LineTo:
		return 1
	}
	return 0
}
