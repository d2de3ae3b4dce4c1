package paint

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"reflect"

	"golang.org/x/image/bmp"
	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"
	"golang.org/x/image/webp"
)

// MaxImagePixels is the largest image DecodeImage accepts, in pixels
// (width × height): 64 Mpx, 256 MB once decoded to RGBA. Bigger images are
// refused before their pixels are decoded, so that a small compressed file
// cannot exhaust memory.
const MaxImagePixels = 64 << 20

// ErrImageTooLarge is returned (wrapped) by DecodeImage for images over
// MaxImagePixels.
var ErrImageTooLarge = errors.New("image exceeds the pixel budget")

// ErrImageFormat is returned (wrapped) by DecodeImage for data in no format
// it knows.
var ErrImageFormat = errors.New("unknown image format")

// imageFormat is a format DecodeImage knows, found by its magic bytes.
type imageFormat struct {
	name   string
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

var (
	formatPNG  = imageFormat{"png", png.DecodeConfig, png.Decode}
	formatJPEG = imageFormat{"jpeg", jpeg.DecodeConfig, jpeg.Decode}
	formatGIF  = imageFormat{"gif", gif.DecodeConfig, gif.Decode} // the first frame
	formatWebP = imageFormat{"webp", webp.DecodeConfig, webp.Decode}
	formatBMP  = imageFormat{"bmp", bmp.DecodeConfig, bmp.Decode}
	formatICO  = imageFormat{"ico", icoDecodeConfig, icoDecode}
)

// sniffImage returns the format of data from its signature.
//
// https://mimesniff.spec.whatwg.org/#matching-an-image-type-pattern
func sniffImage(data []byte) (imageFormat, bool) {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return formatPNG, true
	case bytes.HasPrefix(data, []byte("\xff\xd8\xff")):
		return formatJPEG, true
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return formatGIF, true
	case len(data) >= 14 && string(data[:4]) == "RIFF" && string(data[8:14]) == "WEBPVP":
		return formatWebP, true
	case bytes.HasPrefix(data, []byte("BM")):
		return formatBMP, true
	case bytes.HasPrefix(data, []byte("\x00\x00\x01\x00")), bytes.HasPrefix(data, []byte("\x00\x00\x02\x00")):
		return formatICO, true
	}
	return imageFormat{}, false
}

// DecodeImage decodes a PNG, JPEG, GIF (its first frame), WebP, BMP, ICO
// or SVG image, recognised by its signature (not by a file name or
// Content-Type). It reads the header first and refuses images over
// MaxImagePixels, and it never panics on malformed data: decoder failures
// come back as errors. An SVG document decodes to an *SVGImage, which the
// rasterizer draws at the destination's device size. A JPEG's EXIF
// orientation is applied (image-orientation: from-image, the initial
// value).
//
// TODO(spec): animation frames beyond the first; image-orientation: none.
func DecodeImage(data []byte) (img image.Image, err error) {
	f, ok := sniffImage(data)
	if !ok {
		if looksLikeSVG(data) {
			return decodeSVG(data)
		}
		return nil, fmt.Errorf("paint: decode image: %w", ErrImageFormat)
	}
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("paint: decode %s: decoder panic: %v", f.name, p)
		}
	}()
	cfg, err := f.config(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("paint: decode %s header: %w", f.name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("paint: decode %s: empty image %dx%d", f.name, cfg.Width, cfg.Height)
	}
	if int64(cfg.Width)*int64(cfg.Height) > MaxImagePixels {
		return nil, fmt.Errorf("paint: decode %s: %dx%d: %w (%d pixels)", f.name, cfg.Width, cfg.Height, ErrImageTooLarge, MaxImagePixels)
	}
	img, err = f.decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("paint: decode %s: %w", f.name, err)
	}
	if f.name == "jpeg" {
		img = orient(img, exifOrientation(data))
	}
	return img, nil
}

// EncodePNG writes img as a PNG with default compression. The bytes depend
// only on the pixels: the same image always encodes the same way.
func EncodePNG(w io.Writer, img image.Image) error {
	return EncodePNGWith(w, img, PNGOptions{})
}

// Compression is a PNG encoding trade-off between speed and size.
type Compression uint8

const (
	// DefaultCompression is zlib's default level: a balance.
	DefaultCompression Compression = iota
	// NoCompression stores the pixels: fastest, biggest.
	NoCompression
	// BestSpeed compresses a little, fast: for screenshots in a hot loop.
	BestSpeed
	// BestCompression is the smallest file and the slowest encoding.
	BestCompression
)

// PNGOptions are the options of EncodePNGWith; the zero value is
// EncodePNG's behaviour.
type PNGOptions struct {
	// Compression picks the speed/size trade-off.
	Compression Compression
}

// EncodePNGWith writes img as a PNG with the given options. For the same
// pixels and options the bytes are always the same.
func EncodePNGWith(w io.Writer, img image.Image, o PNGOptions) error {
	if img == nil {
		return errors.New("paint: encode png: nil image")
	}
	level := png.DefaultCompression
	switch o.Compression {
	case NoCompression:
		level = png.NoCompression
	case BestSpeed:
		level = png.BestSpeed
	case BestCompression:
		level = png.BestCompression
	}
	enc := png.Encoder{CompressionLevel: level}
	if err := enc.Encode(w, img); err != nil {
		return fmt.Errorf("paint: encode png: %w", err)
	}
	return nil
}

// scaledKey names an image scaled to a device size.
type scaledKey struct {
	img       image.Image
	w, h      int
	rendering ImageRendering
	// kx, ky are the tile repetitions a tiled image holds (1 for a plain
	// scaled image).
	kx, ky int
}

// maxScaledPixels bounds the device size of a cached scaled image; bigger
// destinations are resampled straight into the visible part of the output.
const maxScaledPixels = 16 << 20

// image draws a DrawImage: the image scaled to the device size of its
// snapped destination rectangle, composited over the target.
//
// Scaling uses Catmull-Rom (sharp, no ringing to speak of, good for
// downscaling), or nearest neighbour when pixelated.
func (r *rasterizer) image(it *DrawImage) {
	if it.Image == nil {
		return
	}
	sb := it.Image.Bounds()
	dest := r.snapRect(it.Dest)
	vis := dest.Intersect(r.clip).Intersect(r.target.Bounds())
	if sb.Empty() || vis.Empty() {
		return
	}
	w, h := dest.Dx(), dest.Dy()
	if int64(w)*int64(h) > maxScaledPixels {
		r.transformImage(it, dest, vis)
		return
	}
	src := r.dl.scaledImage(it.Image, w, h, it.Rendering)
	draw.Draw(r.target, vis, src, vis.Min.Sub(dest.Min), draw.Over)
}

// scaledImage returns img at w×h device px as RGBA with bounds at the
// origin, from the list's cache when the image was scaled to that size
// before.
func (dl *DisplayList) scaledImage(img image.Image, w, h int, rendering ImageRendering) *image.RGBA {
	cacheable := reflect.TypeOf(img).Comparable()
	k := scaledKey{img, w, h, rendering, 1, 1}
	if cacheable {
		dl.mu.Lock()
		m, ok := dl.scaled[k]
		dl.mu.Unlock()
		if ok {
			return m
		}
	}
	sb := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	svg, isSVG := img.(*SVGImage)
	switch {
	case isSVG:
		// A vector image is drawn again at the device size, not scaled.
		out = svg.Rasterize(w, h)
	case sb.Dx() == w && sb.Dy() == h:
		draw.Copy(out, image.Point{}, img, sb, draw.Src, nil)
	case rendering == RenderPixelated:
		draw.NearestNeighbor.Scale(out, out.Bounds(), img, sb, draw.Src, nil)
	default:
		draw.CatmullRom.Scale(out, out.Bounds(), img, sb, draw.Src, nil)
	}
	if cacheable {
		dl.mu.Lock()
		if dl.scaled == nil {
			dl.scaled = make(map[scaledKey]*image.RGBA)
		}
		dl.scaled[k] = out
		dl.mu.Unlock()
	}
	return out
}

// transformImage resamples an image scaled to a huge destination straight
// into the visible part vis, with bilinear filtering.
func (r *rasterizer) transformImage(it *DrawImage, dest, vis image.Rectangle) {
	sb := it.Image.Bounds()
	sx := float64(dest.Dx()) / float64(sb.Dx())
	sy := float64(dest.Dy()) / float64(sb.Dy())
	m := f64.Aff3{sx, 0, float64(dest.Min.X) - sx*float64(sb.Min.X), 0, sy, float64(dest.Min.Y) - sy*float64(sb.Min.Y)}
	var q draw.Interpolator = draw.ApproxBiLinear
	if it.Rendering == RenderPixelated {
		q = draw.NearestNeighbor
	}
	sub, ok := r.target.SubImage(vis).(*image.RGBA)
	if !ok {
		return
	}
	q.Transform(sub, m, it.Image, sb, draw.Over, nil)
}

// minTile is the smallest side of the tile tileImage steps by: smaller
// images are first repeated into one tile at least this big.
const minTile = 64

// tileImage draws a TileImage: the image scaled to the tile's device size,
// repeated from the tile's snapped position across the area.
//
// https://www.w3.org/TR/css-backgrounds-3/#background-repeat
func (r *rasterizer) tileImage(it *TileImage) {
	if it.Image == nil || it.Image.Bounds().Empty() {
		return
	}
	area := r.snapRect(it.Area).Intersect(r.clip).Intersect(r.target.Bounds())
	tile := r.snapRect(it.Tile)
	tw, th := tile.Dx(), tile.Dy()
	if area.Empty() || tw <= 0 || th <= 0 {
		return
	}
	if it.Gap != [2]Fixed{} && spacedCopies(it) <= maxSpacedCopies {
		r.spacedTiles(it, area)
		return
	}
	if int64(tw)*int64(th) > maxScaledPixels {
		// One huge tile: the visible part of it, resampled in place.
		saved := r.clip
		r.clip = area
		r.image(&DrawImage{Image: it.Image, Dest: it.Tile, Rendering: it.Rendering})
		r.clip = saved
		return
	}
	src := r.dl.tiledImage(it.Image, tw, th, it.Rendering)
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	x0 := tile.Min.X + floorDiv(area.Min.X-tile.Min.X, sw)*sw
	y0 := tile.Min.Y + floorDiv(area.Min.Y-tile.Min.Y, sh)*sh
	for y := y0; y < area.Max.Y; y += sh {
		for x := x0; x < area.Max.X; x += sw {
			d := image.Rect(x, y, x+sw, y+sh).Intersect(area)
			draw.Draw(r.target, d, src, d.Min.Sub(image.Pt(x, y)), draw.Over)
		}
	}
}

// tiledImage returns img scaled to w×h device px and repeated into a tile
// at least minTile px on each side, from the list's cache.
func (dl *DisplayList) tiledImage(img image.Image, w, h int, rendering ImageRendering) *image.RGBA {
	one := dl.scaledImage(img, w, h, rendering)
	kx, ky := (minTile+w-1)/w, (minTile+h-1)/h
	if kx == 1 && ky == 1 {
		return one
	}
	cacheable := reflect.TypeOf(img).Comparable()
	k := scaledKey{img, w, h, rendering, kx, ky}
	if cacheable {
		dl.mu.Lock()
		m, ok := dl.scaled[k]
		dl.mu.Unlock()
		if ok {
			return m
		}
	}
	out := image.NewRGBA(image.Rect(0, 0, kx*w, ky*h))
	for y := 0; y < ky*h; y += h {
		for x := 0; x < kx*w; x += w {
			draw.Draw(out, image.Rect(x, y, x+w, y+h), one, image.Point{}, draw.Src)
		}
	}
	if cacheable {
		dl.mu.Lock()
		dl.scaled[k] = out // scaledImage made the map
		dl.mu.Unlock()
	}
	return out
}

// maxSpacedCopies bounds the copies spacedTiles draws one by one.
// AD-HOC: beyond it, the copies are drawn abutting (the gaps are lost).
const maxSpacedCopies = 1 << 14

// spacedCopies returns how many copies of a spaced TileImage its area
// holds (at most, rounding up on each axis).
func spacedCopies(it *TileImage) int64 {
	sx, sy := int64(it.Tile.W+it.Gap[0]), int64(it.Tile.H+it.Gap[1])
	if sx <= 0 || sy <= 0 {
		return 0
	}
	return (int64(it.Area.W)/sx + 2) * (int64(it.Area.H)/sy + 2)
}

// spacedTiles draws a TileImage whose copies have gaps between them
// (background-repeat: space): each copy is snapped on its own, so the gaps
// stay even.
func (r *rasterizer) spacedTiles(it *TileImage, area image.Rectangle) {
	step := [2]Fixed{it.Tile.W + it.Gap[0], it.Tile.H + it.Gap[1]}
	if step[0] <= 0 || step[1] <= 0 {
		return
	}
	// The copies touching the area, from the one at or before its start.
	first := func(t, a, s Fixed) Fixed {
		return t + Fixed(floorDiv(int(a-t), int(s)))*s
	}
	x0 := first(it.Tile.X, it.Area.X, step[0])
	y0 := first(it.Tile.Y, it.Area.Y, step[1])
	saved := r.clip
	r.clip = area
	for y := y0; y < it.Area.Y+it.Area.H; y += step[1] {
		for x := x0; x < it.Area.X+it.Area.W; x += step[0] {
			r.image(&DrawImage{Image: it.Image, Dest: Rect{X: x, Y: y, W: it.Tile.W, H: it.Tile.H}, Rendering: it.Rendering})
		}
	}
	r.clip = saved
}

// floorDiv returns a/b rounded towards negative infinity, for b > 0.
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}
