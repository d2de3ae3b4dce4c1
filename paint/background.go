package paint

import (
	"image"
	"math"
	"slices"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file paints backgrounds
// (https://www.w3.org/TR/css-backgrounds-3/#backgrounds): the background
// colour and the layers of background-image, each sized, placed, repeated
// and clipped by its items of the other background longhands
// (https://www.w3.org/TR/css-backgrounds-3/#layering), and blended by
// background-blend-mode (https://www.w3.org/TR/compositing-1/#background-blend-mode).

// backgrounds emits f's background: "the background color is clipped
// according to the background-clip value associated with the bottom-most
// background image layer", then the layers from the bottom one up ("the
// first image in the list is the layer closest to the user"). A layer
// with background-clip: text paints in a group masked by the glyphs of
// f's text. When a layer has a blend mode, the whole background paints as
// an isolated group ("background layers must not blend with the content
// that is behind the element") in which that layer blends with what is
// under it.
func (b *builder) backgrounds(f *layout.Fragment, clip *clipNode, radii Radii) {
	s := f.Style
	n := s.NumBackgroundLayers()
	blends := false
	for i := 0; s.BackgroundLists != nil && i < n; i++ {
		blends = blends || s.BackgroundLayer(i).BlendMode != cssom.BlendNormal
	}
	if blends {
		b.emit(&PushOpacity{Alpha: 255}, clip)
	}
	if bottom := s.BackgroundLayer(n - 1); s.BackgroundColor.A != 0 && b.pushTextMask(f, clip, bottom.Clip) {
		rc, rr := layerPaintingBox(f, radii, &bottom)
		if rc.W > 0 && rc.H > 0 {
			b.emit(&FillRect{Rect: rc, Color: s.BackgroundColor, Radii: rr}, clip)
		}
		b.popTextMask(bottom.Clip)
	}
	for i := n - 1; i >= 0; i-- {
		l := s.BackgroundLayer(i)
		if l.Image.URL == "" && l.Image.Gradient == nil {
			continue
		}
		if l.BlendMode != cssom.BlendNormal {
			b.emit(&PushOpacity{Alpha: 255, Blend: l.BlendMode}, clip)
		}
		if b.pushTextMask(f, clip, l.Clip) {
			if l.Image.Gradient != nil {
				b.backgroundGradient(f, clip, radii, &l)
			} else {
				b.backgroundImage(f, clip, radii, &l)
			}
			b.popTextMask(l.Clip)
		}
		if l.BlendMode != cssom.BlendNormal {
			b.dl.Items = append(b.dl.Items, &PopOpacity{})
		}
	}
	if blends {
		b.dl.Items = append(b.dl.Items, &PopOpacity{})
	}
}

// pushTextMask starts the group of a background-clip: text layer, masked
// by the glyphs of f's text; it reports false when there is no text (the
// layer does not show). Other clip boxes need no group.
func (b *builder) pushTextMask(f *layout.Fragment, clip *clipNode, which cssom.BackgroundBox) bool {
	if which != cssom.BackgroundText {
		return true
	}
	mask := textMaskOf(f, nil)
	if len(mask) == 0 {
		return false
	}
	b.emit(&PushOpacity{Alpha: 255, TextMask: mask}, clip)
	return true
}

func (b *builder) popTextMask(which cssom.BackgroundBox) {
	if which == cssom.BackgroundText {
		b.dl.Items = append(b.dl.Items, &PopOpacity{})
	}
}

// textMaskOf appends the glyph runs of the text fragments under f to out.
// AD-HOC: all descendant text counts, including text in descendants that
// paint in other stacking contexts.
func textMaskOf(f *layout.Fragment, out []*Glyphs) []*Glyphs {
	for _, c := range f.Children {
		if c == nil {
			continue
		}
		if c.Kind == layout.TextFragment && c.Text != nil && len(c.Text.Glyphs) > 0 && visible(c) {
			run := c.Text
			size := c.Style.FontSize
			if run.Size > 0 {
				size = run.Size
			}
			out = append(out, &Glyphs{Font: run.Font, Size: size, Glyphs: run.Glyphs, X: c.Rect.X, Y: c.Rect.Y + c.Baseline,
				FakeBold: run.FakeBold, FakeItalic: run.FakeItalic, Text: run.Text})
			continue
		}
		out = textMaskOf(c, out)
	}
	return out
}

// backgroundBox returns the rectangle and corner radii of f's border,
// padding or content box (radii is the border box's): a background's
// painting area (background-clip) or positioning area (background-origin).
// The text clip paints in the border box (under the text mask).
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

// backgroundImage emits one layer's url() image: sized by background-size,
// placed by background-position in the background-origin box, repeated
// per background-repeat, and cut to the background-clip box.
//
// https://www.w3.org/TR/css-backgrounds-3/#backgrounds
func (b *builder) backgroundImage(f *layout.Fragment, clip *clipNode, radii Radii, l *cssom.BackgroundLayer) {
	if b.images == nil || f.Kind == layout.TextFragment {
		return
	}
	img := b.images(l.Image.URL)
	if img == nil || img.Bounds().Empty() {
		return
	}
	area := b.positioningArea(f, radii, l)
	tile := backgroundTile(l, img.Bounds().Size(), area)
	if tile.W <= 0 || tile.H <= 0 {
		return
	}
	clipRect, clipRadii := layerPaintingBox(f, radii, l)
	tile, gap, repeats := spaceTile(l, tile, area)
	paintArea := repeatArea(repeats, clipRect, tile)
	if paintArea.W <= 0 || paintArea.H <= 0 {
		return
	}
	b.emitClipped(&TileImage{Image: img, Tile: tile, Area: paintArea, Gap: gap, Rendering: renderingOf(f.Style)}, clip, clipRect, clipRadii)
}

// backgroundGradient emits one layer's gradient: sized by background-size
// (a gradient has no natural size: auto is the positioning area's size),
// placed by background-position in the background-origin box, repeated
// per background-repeat and cut to the background-clip box.
//
// TODO(spec): repeat space for gradients (painted as repeat).
func (b *builder) backgroundGradient(f *layout.Fragment, clip *clipNode, radii Radii, l *cssom.BackgroundLayer) {
	g := l.Image.Gradient
	if g == nil || len(g.Stops) < 2 || f.Kind == layout.TextFragment {
		return
	}
	area := b.positioningArea(f, radii, l)
	tile := gradientTile(l, area)
	if tile.W <= 0 || tile.H <= 0 {
		return
	}
	clipRect, clipRadii := layerPaintingBox(f, radii, l)
	paintArea := repeatArea(repeatsOf(l), clipRect, tile)
	if paintArea.W <= 0 || paintArea.H <= 0 {
		return
	}
	it := usedGradient(g, tile.W, tile.H)
	if it == nil {
		return
	}
	it.Tile, it.Area = tile, paintArea
	b.emitClipped(it, clip, clipRect, clipRadii)
}

// gradientTile returns the rectangle of one copy of a gradient background:
// its size per background-size with no natural size or ratio (rounded by
// background-repeat: round), placed by background-position in area.
func gradientTile(l *cssom.BackgroundLayer, area Rect) Rect {
	w, h := area.W, area.H
	if bs := l.Size; bs.Kind == cssom.SizeExplicit {
		w = bs.Width.Resolve(area.W, area.W)
		h = bs.Height.Resolve(area.H, area.H)
	}
	w, h = roundTile(l, l.Size, w, h, area)
	x := area.X + l.Position[0].Resolve(area.W-w, 0)
	y := area.Y + l.Position[1].Resolve(area.H-h, 0)
	return Rect{X: x, Y: y, W: w, H: h}
}

// backgroundTile returns the rectangle of the background image copy that
// background-position places: its size per background-size
// (https://www.w3.org/TR/css-backgrounds-3/#the-background-size) and its
// offset in the positioning area, where a percentage p aligns the point p%
// across the image with the point p% across the area
// (https://www.w3.org/TR/css-backgrounds-3/#the-background-position).
//
// An image chosen by image-set() at resolution r has the natural size of
// its pixels divided by r
// (https://drafts.csswg.org/css-images-4/#image-set-notation).
func backgroundTile(l *cssom.BackgroundLayer, natural image.Point, area Rect) Rect {
	nw, nh := cssom.Int(natural.X), cssom.Int(natural.Y)
	if r := l.Image.Resolution; r > 0 && r != 1 {
		nw, nh = max(1, nw.MulFloat(1/float64(r))), max(1, nh.MulFloat(1/float64(r)))
	}
	w, h := nw, nh
	bs := l.Size
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
	w, h = roundTile(l, bs, w, h, area)
	x := area.X + l.Position[0].Resolve(area.W-w, 0)
	y := area.Y + l.Position[1].Resolve(area.H-h, 0)
	return Rect{X: x, Y: y, W: w, H: h}
}

// roundTile applies background-repeat: round to a tile of w×h: "the image
// is scaled so that it fits a whole number of times in the background
// positioning area", X' = W / max(round(W / X), 1); "if background-size
// is auto for the other dimension, the other dimension must be scaled so
// that the original aspect ratio is restored".
// https://www.w3.org/TR/css-backgrounds-3/#valdef-background-repeat-round
func roundTile(l *cssom.BackgroundLayer, bs cssom.BackgroundSize, w, h Fixed, area Rect) (Fixed, Fixed) {
	rx := l.Repeat[0] == cssom.RepeatRound && w > 0 && area.W > 0
	ry := l.Repeat[1] == cssom.RepeatRound && h > 0 && area.H > 0
	explicit := bs.Kind == cssom.SizeExplicit
	w0, h0 := w, h
	if rx {
		w = area.W / max(Fixed(math.Round(area.W.Float()/w0.Float())), 1)
	}
	if ry {
		h = area.H / max(Fixed(math.Round(area.H.Float()/h0.Float())), 1)
	}
	switch {
	case rx && !ry && (!explicit || bs.Height.IsAuto()):
		h = h0.MulFloat(w.Float() / w0.Float())
	case ry && !rx && (!explicit || bs.Width.IsAuto()):
		w = w0.MulFloat(h.Float() / h0.Float())
	}
	return w, h
}

// spaceTile applies background-repeat: space: "the image is repeated as
// often as will fit within the background positioning area without being
// clipped and then the images are spaced out to fill the area. The first
// and last images touch the edges of the area." With room for one copy
// only, that copy is placed by background-position and not repeated. It
// returns the tile and the gap between copies on each axis, and whether
// each axis repeats at all.
// https://www.w3.org/TR/css-backgrounds-3/#valdef-background-repeat-space
func spaceTile(l *cssom.BackgroundLayer, tile, area Rect) (Rect, [2]Fixed, [2]bool) {
	var gap [2]Fixed
	repeats := repeatsOf(l)
	if l.Repeat[0] == cssom.RepeatSpace && tile.W > 0 {
		if n := int64(area.W / tile.W); n >= 2 {
			tile.X, gap[0] = area.X, Fixed((int64(area.W)-n*int64(tile.W))/(n-1))
		} else {
			repeats[0] = false
		}
	}
	if l.Repeat[1] == cssom.RepeatSpace && tile.H > 0 {
		if n := int64(area.H / tile.H); n >= 2 {
			tile.Y, gap[1] = area.Y, Fixed((int64(area.H)-n*int64(tile.H))/(n-1))
		} else {
			repeats[1] = false
		}
	}
	return tile, gap, repeats
}

// positioningArea returns the background positioning area of a layer of
// f: its background-origin box (of the scrollable area for
// background-attachment: local, attachment.go), or the viewport for
// background-attachment: fixed ("the background is fixed with regard to
// the viewport").
// https://www.w3.org/TR/css-backgrounds-3/#background-attachment
//
// AD-HOC: a full-page capture paints fixed backgrounds once, in the
// initial viewport, as a scrolled-to-top screen shows them.
func (b *builder) positioningArea(f *layout.Fragment, radii Radii, l *cssom.BackgroundLayer) Rect {
	if l.Fixed && b.viewport.W > 0 && b.viewport.H > 0 {
		return b.viewport
	}
	return layerPositioningArea(f, radii, l)
}

// repeatArea returns the part of area that copies of tile cover: all of it
// on an axis that repeats, the tile's own extent on a no-repeat axis
// (https://www.w3.org/TR/css-backgrounds-3/#background-repeat).
func repeatArea(repeats [2]bool, area, tile Rect) Rect {
	if !repeats[0] {
		area = intersectX(area, tile)
	}
	if !repeats[1] {
		area = intersectY(area, tile)
	}
	return area
}

// repeatsOf reports which axes of a background layer repeat.
func repeatsOf(l *cssom.BackgroundLayer) [2]bool {
	return [2]bool{l.Repeat[0] != cssom.RepeatNoRepeat, l.Repeat[1] != cssom.RepeatNoRepeat}
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

// canvasImage puts the canvas's background layers, when the viewport's
// style has some (layout propagates them there from the root element or
// body), under everything, the bottom layer first: each tiled from the
// root element's padding box (the viewport when fixed) and over the whole
// page.
//
// https://www.w3.org/TR/css-backgrounds-3/#root-background
// TODO(spec): background-blend-mode and background-clip on the canvas.
func (b *builder) canvasImage(root *layout.Fragment) {
	if root.Kind != layout.ViewportFragment || root.Style == nil {
		return
	}
	var padding Rect
	for _, c := range root.Children {
		if c != nil && c.Kind == layout.BoxFragment {
			padding = c.PaddingBox()
			break
		}
	}
	st := root.Style
	var items []Item
	for i := st.NumBackgroundLayers() - 1; i >= 0; i-- {
		l := st.BackgroundLayer(i)
		origin := padding
		if l.Fixed {
			origin = b.viewport
		}
		if it := b.canvasLayer(st, &l, origin); it != nil {
			items = append(items, it)
		}
	}
	b.dl.Items = slices.Insert(b.dl.Items, 0, items...)
}

// canvasLayer returns the item of one canvas background layer, or nil.
func (b *builder) canvasLayer(st *cssom.ComputedStyle, l *cssom.BackgroundLayer, origin Rect) Item {
	if g := l.Image.Gradient; g != nil {
		if len(g.Stops) < 2 {
			return nil
		}
		tile := gradientTile(l, origin)
		if tile.W <= 0 || tile.H <= 0 {
			return nil
		}
		it := usedGradient(g, tile.W, tile.H)
		if it == nil {
			return nil
		}
		it.Tile, it.Area = tile, repeatArea(repeatsOf(l), Rect{W: b.dl.Width, H: b.dl.Height}, tile)
		return it
	}
	if l.Image.URL == "" || b.images == nil {
		return nil
	}
	img := b.images(l.Image.URL)
	if img == nil || img.Bounds().Empty() {
		return nil
	}
	tile := backgroundTile(l, img.Bounds().Size(), origin)
	if tile.W <= 0 || tile.H <= 0 {
		return nil
	}
	tile, gap, repeats := spaceTile(l, tile, origin)
	area := repeatArea(repeats, Rect{W: b.dl.Width, H: b.dl.Height}, tile)
	return &TileImage{Image: img, Tile: tile, Area: area, Gap: gap, Rendering: renderingOf(st)}
}
