package paint

import (
	"image"
	"image/draw"
	"math"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file paints border images
// (https://www.w3.org/TR/css-backgrounds-3/#border-images): the source
// image is cut into nine parts by border-image-slice, which are scaled and
// tiled into the nine regions of the border image area (the border box
// grown by border-image-outset, cut by border-image-width).

// maxBorderImagePixels bounds the raster of a gradient border image.
const maxBorderImagePixels = 1 << 24

// borderImage emits f's border image and reports whether it did: then
// "it is drawn in place of the border styles". An image that cannot be
// displayed leaves the border styles.
// https://www.w3.org/TR/css-backgrounds-3/#border-image-process
func (b *builder) borderImage(f *layout.Fragment, clip *clipNode) bool {
	bi := f.Style.BorderImage
	if bi == nil || (bi.Source.URL == "" && bi.Source.Gradient == nil) {
		return false
	}
	area := borderImageArea(f, bi)
	if area.W <= 0 || area.H <= 0 {
		return true
	}
	img := b.borderImageSource(bi, area)
	if img == nil {
		return false
	}
	size := img.Bounds().Size()
	slice := imageSlices(bi, size)
	widths := borderImageWidths(f, bi, area, slice)
	regions := nineRegions(area, widths)
	src := nineRegions(Rect{W: cssom.Int(size.X), H: cssom.Int(size.Y)},
		[4]Fixed{cssom.Int(slice[0]), cssom.Int(slice[1]), cssom.Int(slice[2]), cssom.Int(slice[3])})
	// Scale factors of the edges, for the middle part: "the middle image's
	// width is scaled by the same factor as the top image unless that
	// factor is zero or infinity, in which case the scaling factor of the
	// bottom is substituted, and failing that, the width is not scaled".
	scaleX := edgeScale(regions[1].H, src[1].H, regions[7].H, src[7].H)
	scaleY := edgeScale(regions[3].W, src[3].W, regions[5].W, src[5].W)
	rendering := renderingOf(f.Style)
	for i, dst := range regions {
		s := src[i]
		if i == 4 && !bi.Fill || dst.W <= 0 || dst.H <= 0 || s.W <= 0 || s.H <= 0 {
			continue
		}
		part := cropImage(img, image.Rect(s.X.Round(), s.Y.Round(), (s.X+s.W).Round(), (s.Y+s.H).Round()))
		if part == nil {
			continue
		}
		it := &TileImage{Image: part, Tile: dst, Area: dst, Rendering: rendering}
		var ok bool
		switch i {
		case 0, 2, 6, 8: // corners: scaled to the region
			ok = true
		case 1, 7: // top and bottom: scaled to the region's height
			it.Tile.X, it.Tile.W, it.Gap[0], ok = axisTiles(bi.Repeat[0], dst.X, dst.W, s.W.MulFloat(dst.H.Float()/s.H.Float()))
		case 3, 5: // left and right: scaled to the region's width
			it.Tile.Y, it.Tile.H, it.Gap[1], ok = axisTiles(bi.Repeat[1], dst.Y, dst.H, s.H.MulFloat(dst.W.Float()/s.W.Float()))
		case 4:
			var okY bool
			it.Tile.X, it.Tile.W, it.Gap[0], ok = axisTiles(bi.Repeat[0], dst.X, dst.W, s.W.MulFloat(scaleX))
			it.Tile.Y, it.Tile.H, it.Gap[1], okY = axisTiles(bi.Repeat[1], dst.Y, dst.H, s.H.MulFloat(scaleY))
			ok = ok && okY
		}
		if ok {
			b.emit(it, clip)
		}
	}
	return true
}

// borderImageArea returns the border box grown by border-image-outset:
// "values of <number> are multiples of the corresponding border-width".
func borderImageArea(f *layout.Fragment, bi *cssom.BorderImage) Rect {
	var out [4]Fixed
	for i, o := range bi.Outset {
		if o.IsNumber {
			out[i] = f.Border[i].MulFloat(float64(o.Number))
		} else {
			out[i] = max(0, o.Length.Resolve(0, 0))
		}
	}
	r := f.Rect
	return Rect{X: r.X - out[cssom.Left], Y: r.Y - out[cssom.Top],
		W: r.W + out[cssom.Left] + out[cssom.Right], H: r.H + out[cssom.Top] + out[cssom.Bottom]}
}

// borderImageSource returns the border image: the loaded url() image, or
// the gradient drawn at the size of the border image area ("if the image
// has no natural dimensions, it is sized as the border image area").
// AD-HOC: a gradient is drawn at 1 device px per CSS px, then scaled.
func (b *builder) borderImageSource(bi *cssom.BorderImage, area Rect) image.Image {
	if g := bi.Source.Gradient; g != nil {
		w, h := area.W.Ceil(), area.H.Ceil()
		if len(g.Stops) < 2 || w <= 0 || h <= 0 || int64(w)*int64(h) > maxBorderImagePixels {
			return nil
		}
		it := usedGradient(g, cssom.Int(w), cssom.Int(h))
		if it == nil {
			return nil
		}
		it.Tile, it.Area = Rect{W: cssom.Int(w), H: cssom.Int(h)}, Rect{W: cssom.Int(w), H: cssom.Int(h)}
		out := image.NewRGBA(image.Rect(0, 0, w, h))
		(&DisplayList{Items: []Item{it}}).Raster(out, RasterOptions{Transparent: true})
		return out
	}
	if b.images == nil {
		return nil
	}
	img := b.images(bi.Source.URL)
	if img == nil || img.Bounds().Empty() {
		return nil
	}
	return img
}

// imageSlices returns border-image-slice in image pixels (top, right,
// bottom, left): numbers are pixels, percentages of the image's size;
// "computed values larger than the size of the image are interpreted as
// 100%".
func imageSlices(bi *cssom.BorderImage, size image.Point) [4]int {
	var out [4]int
	for i, s := range bi.Slice {
		dim := size.X
		if i == cssom.Top || i == cssom.Bottom {
			dim = size.Y
		}
		v := float64(s.Number)
		if !s.IsNumber {
			v = float64(dim) * float64(s.Length.Percent) / 100
		}
		out[i] = min(max(int(math.Round(v)), 0), dim)
	}
	return out
}

// borderImageWidths returns the used border-image-width of each side:
// numbers are multiples of the border width, percentages of the area's
// size, auto the slice's natural size; then "if two opposite border image
// widths overlap, all the widths are reduced proportionally": f =
// min(Lwidth/(Wtop+Wbottom), Lheight... ), applied when f < 1.
// https://www.w3.org/TR/css-backgrounds-3/#border-image-width
func borderImageWidths(f *layout.Fragment, bi *cssom.BorderImage, area Rect, slice [4]int) [4]Fixed {
	var w [4]Fixed
	for i, s := range bi.Width {
		basis := area.W
		if i == cssom.Top || i == cssom.Bottom {
			basis = area.H
		}
		switch {
		case s.IsNumber:
			w[i] = f.Border[i].MulFloat(float64(s.Number))
		case s.Length.IsAuto():
			w[i] = cssom.Int(slice[i])
		default:
			w[i] = max(0, s.Length.Resolve(basis, 0))
		}
	}
	scale := 1.0
	if sum := w[cssom.Top] + w[cssom.Bottom]; sum > 0 {
		scale = min(scale, area.H.Float()/sum.Float())
	}
	if sum := w[cssom.Left] + w[cssom.Right]; sum > 0 {
		scale = min(scale, area.W.Float()/sum.Float())
	}
	if scale < 1 {
		for i := range w {
			w[i] = w[i].MulFloat(scale)
		}
	}
	return w
}

// nineRegions cuts r by the widths (top, right, bottom, left) into nine
// rectangles, row by row: top-left, top, top-right, left, middle, right,
// bottom-left, bottom, bottom-right. Parts whose widths overlap are empty.
func nineRegions(r Rect, w [4]Fixed) [9]Rect {
	xs := [4]Fixed{r.X, r.X + w[cssom.Left], r.X + r.W - w[cssom.Right], r.X + r.W}
	ys := [4]Fixed{r.Y, r.Y + w[cssom.Top], r.Y + r.H - w[cssom.Bottom], r.Y + r.H}
	var out [9]Rect
	for row := range 3 {
		for col := range 3 {
			out[row*3+col] = Rect{X: xs[col], Y: ys[row], W: max(0, xs[col+1]-xs[col]), H: max(0, ys[row+1]-ys[row])}
		}
	}
	return out
}

// edgeScale returns the scale factor of an edge part (dst/src), or of the
// opposite edge when that one is zero or infinite, or 1.
func edgeScale(dst, src, dst2, src2 Fixed) float64 {
	if dst > 0 && src > 0 {
		return dst.Float() / src.Float()
	}
	if dst2 > 0 && src2 > 0 {
		return dst2.Float() / src2.Float()
	}
	return 1
}

// axisTiles places the copies of a part of length tile along a region
// (start, length) per border-image-repeat, returning the first copy's
// start and length and the gap between copies:
//   - stretch: one copy scaled to fill the region;
//   - repeat: copies of the scaled length, centred ("tiled to fill the
//     area, centered");
//   - round: "the image is rescaled so that it does" fill the area with a
//     whole number of tiles;
//   - space: whole copies, "the extra space is distributed around the
//     tiles"; none when not even one fits.
//
// https://www.w3.org/TR/css-backgrounds-3/#border-image-repeat
func axisTiles(r cssom.BorderImageRepeat, start, length, tile Fixed) (Fixed, Fixed, Fixed, bool) {
	if length <= 0 {
		return 0, 0, 0, false
	}
	if r == cssom.BorderImageStretch {
		return start, length, 0, true
	}
	if tile <= 0 {
		return 0, 0, 0, false
	}
	switch r {
	case cssom.BorderImageRound:
		n := max(1, math.Round(length.Float()/tile.Float()))
		return start, Fixed(float64(length) / n), 0, true
	case cssom.BorderImageSpace:
		n := int64(length / tile)
		if n < 1 {
			return 0, 0, 0, false
		}
		gap := Fixed((int64(length) - n*int64(tile)) / (n + 1))
		return start + gap, tile, gap, true
	}
	return start + (length-tile)/2, tile, 0, true
}

// cropImage returns the part r of img as an RGBA image at the origin, or
// nil when r is empty.
func cropImage(img image.Image, r image.Rectangle) *image.RGBA {
	b := img.Bounds()
	r = r.Add(b.Min).Intersect(b)
	if r.Empty() {
		return nil
	}
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Bounds(), img, r.Min, draw.Src)
	return out
}
