package paint

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"golang.org/x/image/bmp"

	"github.com/paneweb/pane/cssom"
)

// testImage is a 4×2 image: left half red, right half blue, the last pixel
// half transparent green.
func testImage() *image.NRGBA {
	m := image.NewNRGBA(image.Rect(0, 0, 4, 2))
	for y := range 2 {
		for x := range 4 {
			c := color.NRGBA{R: 255, A: 255}
			if x >= 2 {
				c = color.NRGBA{B: 255, A: 255}
			}
			m.SetNRGBA(x, y, c)
		}
	}
	m.SetNRGBA(3, 1, color.NRGBA{G: 255, A: 128})
	return m
}

func encodeWith(t *testing.T, enc func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := enc(&b, testImage()); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDecodeImageFormats(t *testing.T) {
	tests := []struct {
		name  string
		data  func(t *testing.T) []byte
		exact bool // lossless with alpha
	}{
		{"png", func(t *testing.T) []byte {
			return encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
		}, true},
		{"jpeg", func(t *testing.T) []byte {
			return encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, &jpeg.Options{Quality: 100}) })
		}, false},
		{"gif", func(t *testing.T) []byte {
			return encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) })
		}, false},
		{"bmp", func(t *testing.T) []byte {
			return encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return bmp.Encode(b, m) })
		}, false},
		{"ico with png", func(t *testing.T) []byte {
			return icoFile(encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) }), 4, 2)
		}, true},
		{"ico with 32-bit dib", func(t *testing.T) []byte { return icoFile(dib32(testImage()), 4, 2) }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := DecodeImage(tt.data(t))
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds() != image.Rect(0, 0, 4, 2) {
				t.Fatalf("bounds %v", img.Bounds())
			}
			want := testImage()
			for y := range 2 {
				for x := range 4 {
					g := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
					w := want.NRGBAAt(x, y)
					if tt.exact && g != w {
						t.Errorf("pixel (%d,%d) = %v, want %v", x, y, g, w)
					}
					if !tt.exact && x == 0 && (absDiff(g.R, w.R) > 40 || absDiff(g.B, w.B) > 40) {
						t.Errorf("pixel (%d,%d) = %v, want about %v", x, y, g, w)
					}
				}
			}
		})
	}
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// icoFile wraps one image entry in an ICO directory.
func icoFile(entry []byte, w, h int) []byte {
	b := []byte{0, 0, 1, 0, 1, 0, byte(w), byte(h), 0, 0, 1, 0, 32, 0}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(entry)))
	b = binary.LittleEndian.AppendUint32(b, 22)
	return append(b, entry...)
}

// dib32 encodes m as an ICO entry's 32-bit DIB (BGRA rows bottom-up, then
// an all-zero AND mask).
func dib32(m *image.NRGBA) []byte {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	b := binary.LittleEndian.AppendUint32(nil, 40)
	b = binary.LittleEndian.AppendUint32(b, uint32(w))
	b = binary.LittleEndian.AppendUint32(b, uint32(2*h))
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, 32)
	b = append(b, make([]byte, 24)...)
	for y := h - 1; y >= 0; y-- {
		for x := range w {
			c := m.NRGBAAt(x, y)
			b = append(b, c.B, c.G, c.R, c.A)
		}
	}
	return append(b, make([]byte, h*(w+31)/32*4)...)
}

func TestDecodeImageWebP(t *testing.T) {
	// No WebP encoder in Go: use a sample from golang.org/x/image's test
	// data when the module cache has it.
	dir := os.Getenv("GOMODCACHE")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, "go", "pkg", "mod")
	}
	data, err := os.ReadFile(filepath.Join(dir, "golang.org/x/image@v0.47.0/testdata/blue-purple-pink.lossless.webp"))
	if err != nil {
		t.Skip("no WebP sample:", err)
	}
	img, err := DecodeImage(data)
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds().Empty() {
		t.Error("empty image")
	}
	if _, err := DecodeImage(data[:len(data)/2]); err == nil {
		t.Error("truncated WebP decoded")
	}
}

// pngHeader is a PNG signature and IHDR chunk for a w×h RGBA image, with
// no image data.
func pngHeader(w, h uint32) []byte {
	ihdr := binary.BigEndian.AppendUint32([]byte("IHDR"), w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, 8, 6, 0, 0, 0)
	b := append([]byte("\x89PNG\r\n\x1a\n"), 0, 0, 0, 13)
	b = append(b, ihdr...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(ihdr))
}

func TestDecodeImageBudget(t *testing.T) {
	for _, data := range [][]byte{
		pngHeader(100000, 100000),
		pngHeader(1<<13, 1<<13+1),
		append([]byte("GIF89a\xff\xff\xff\xff\x00\x00\x00"), make([]byte, 32)...),
	} {
		_, err := DecodeImage(data)
		if !errors.Is(err, ErrImageTooLarge) {
			t.Errorf("%q...: err = %v, want ErrImageTooLarge", data[:8], err)
		}
	}
	// Just inside the budget, the header passes (the data is missing).
	if _, err := DecodeImage(pngHeader(1<<13, 1<<13)); err == nil || errors.Is(err, ErrImageTooLarge) {
		t.Errorf("8192×8192 header: err = %v, want a data error", err)
	}
}

func TestDecodeImageGarbage(t *testing.T) {
	good := encodeWith(t, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
	inputs := [][]byte{
		nil, {}, []byte("hello"), []byte("<svg/>"),
		[]byte("\x89PNG\r\n\x1a\n"), []byte("\xff\xd8\xff\xe0garbage"), []byte("GIF89a"),
		[]byte("RIFF\x00\x00\x00\x00WEBPVP8 garbage"), []byte("BM"), []byte("\x00\x00\x01\x00\xff\xff"),
		icoFile([]byte("garbage"), 1, 1), good[:len(good)-20],
	}
	// Every prefix of a valid file, and every single-byte corruption.
	for i := range good {
		inputs = append(inputs, good[:i])
		bad := bytes.Clone(good)
		bad[i] ^= 0x5a
		inputs = append(inputs, bad)
	}
	debug.SetPanicOnFault(true)
	for _, in := range inputs {
		if img, err := DecodeImage(in); err == nil && img == nil {
			t.Errorf("%q: nil image and nil error", in)
		}
	}
	if _, err := DecodeImage([]byte("hello")); !errors.Is(err, ErrImageFormat) {
		t.Errorf("err = %v, want ErrImageFormat", err)
	}
}

func TestEncodePNG(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 8, 8))
	(&DisplayList{Background: cssom.Color{R: 10, G: 20, B: 30, A: 128}}).Raster(dst, RasterOptions{Transparent: true})
	var a, b bytes.Buffer
	if err := EncodePNG(&a, dst); err != nil {
		t.Fatal(err)
	}
	if err := EncodePNG(&b, dst); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two encodings differ")
	}
	back, err := png.Decode(&a)
	if err != nil {
		t.Fatal(err)
	}
	got := color.NRGBAModel.Convert(back.At(3, 3)).(color.NRGBA)
	if want := (color.NRGBA{R: 10, G: 20, B: 30, A: 128}); absDiff(got.R, want.R) > 1 || got.A != want.A || absDiff(got.B, want.B) > 1 {
		t.Errorf("round trip pixel = %v, want %v", got, want)
	}
	if err := EncodePNG(&a, nil); err == nil {
		t.Error("nil image encoded")
	}
}

func TestRasterImage(t *testing.T) {
	src := image.NewNRGBA(image.Rect(0, 0, 2, 2))
	src.SetNRGBA(0, 0, color.NRGBA{R: 255, A: 255})
	src.SetNRGBA(1, 0, color.NRGBA{G: 255, A: 255})
	src.SetNRGBA(0, 1, color.NRGBA{B: 255, A: 255})
	src.SetNRGBA(1, 1, color.NRGBA{}) // transparent: the white base shows
	tests := []struct {
		name      string
		rendering ImageRendering
		opts      RasterOptions
		unit      int // device px per source px
	}{
		{"pixelated 4x", RenderPixelated, RasterOptions{}, 4},
		{"pixelated 4x at scale 2", RenderPixelated, RasterOptions{Scale: 2}, 8},
		{"natural size at scale 2 smooth", RenderSmooth, RasterOptions{Scale: 0.5}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			size := 8
			if tt.unit == 1 {
				size = 4
			}
			dl := &DisplayList{Items: []Item{&DrawImage{Image: src, Dest: rect(10, 10, size, size), Rendering: tt.rendering}}}
			dst := image.NewRGBA(image.Rect(0, 0, 64, 64))
			dl.Raster(dst, tt.opts)
			o := int(10 * tt.opts.Scale)
			if tt.opts.Scale == 0 {
				o = 10
			}
			u := tt.unit
			checkPixels(t, dst, image.Rect(o, o, o+u, o+u), red)
			checkPixels(t, dst, image.Rect(o+u, o, o+2*u, o+u), lime)
			checkPixels(t, dst, image.Rect(o, o+u, o+u, o+2*u), blue)
			checkPixels(t, dst, image.Rect(o+u, o+u, o+2*u, o+2*u), white)
			checkPixels(t, dst, image.Rect(o+2*u, 0, 64, 64), white)
		})
	}
	// Smooth downscaling averages: a 2×1 black/white image into one pixel
	// is grey.
	bw := image.NewGray(image.Rect(0, 0, 2, 1))
	bw.Pix[1] = 255
	dl := &DisplayList{Items: []Item{&DrawImage{Image: bw, Dest: rect(0, 0, 1, 1)}}}
	dst := image.NewRGBA(image.Rect(0, 0, 2, 2))
	dl.Raster(dst, RasterOptions{})
	if c := dst.RGBAAt(0, 0); c.R < 100 || c.R > 155 {
		t.Errorf("downscaled pixel = %v, want grey", c)
	}
	// The scaled image is cached on the list, and a second raster matches.
	dst2 := image.NewRGBA(image.Rect(0, 0, 2, 2))
	dl.Raster(dst2, RasterOptions{})
	if len(dl.scaled) != 1 || !bytes.Equal(dst.Pix, dst2.Pix) {
		t.Errorf("cache has %d entries; rasters equal: %v", len(dl.scaled), bytes.Equal(dst.Pix, dst2.Pix))
	}
}

func TestRasterHugeImageDest(t *testing.T) {
	// A destination over maxScaledPixels is resampled into the visible
	// part only.
	src := image.NewRGBA(image.Rect(0, 0, 4, 4))
	fillRect(src, src.Rect, premul(red), true)
	dl := &DisplayList{Items: []Item{&DrawImage{Image: src, Dest: rect(0, 0, 5000, 5000)}}}
	dst := image.NewRGBA(image.Rect(0, 0, 16, 16))
	dl.Raster(dst, RasterOptions{X: px(2000), Y: px(2000)})
	checkPixels(t, dst, dst.Bounds(), red)
}

func TestDecodeICOPaletted(t *testing.T) {
	// A 2×2 8-bit DIB: palette red, blue; rows bottom-up; the AND mask
	// makes the bottom-right pixel transparent.
	b := binary.LittleEndian.AppendUint32(nil, 40)
	b = binary.LittleEndian.AppendUint32(b, 2)
	b = binary.LittleEndian.AppendUint32(b, 4)
	b = binary.LittleEndian.AppendUint16(b, 1)
	b = binary.LittleEndian.AppendUint16(b, 8)
	b = append(b, make([]byte, 16)...)
	b = binary.LittleEndian.AppendUint32(b, 2) // colours used
	b = append(b, make([]byte, 4)...)
	b = append(b, 0, 0, 255, 0, 255, 0, 0, 0) // BGRX red, blue
	b = append(b, 1, 1, 0, 0, 0, 0, 0, 0)     // bottom row blue, top row red (4-byte rows)
	b = append(b, 0x40, 0, 0, 0, 0, 0, 0, 0)  // AND mask: bottom row, x=1
	img, err := DecodeImage(icoFile(b, 2, 2))
	if err != nil {
		t.Fatal(err)
	}
	want := map[image.Point]color.NRGBA{
		{0, 0}: {R: 255, A: 255}, {1, 0}: {R: 255, A: 255},
		{0, 1}: {B: 255, A: 255}, {1, 1}: {B: 255},
	}
	for p, w := range want {
		if g := color.NRGBAModel.Convert(img.At(p.X, p.Y)).(color.NRGBA); g != w {
			t.Errorf("pixel %v = %v, want %v", p, g, w)
		}
	}
}

func FuzzDecodeImage(f *testing.F) {
	f.Add(pngHeader(2, 2))
	f.Add(icoFile(dib32(testImage()), 4, 2))
	var b bytes.Buffer
	if err := gif.Encode(&b, testImage(), nil); err == nil {
		f.Add(b.Bytes())
	}
	b.Reset()
	if err := bmp.Encode(&b, testImage()); err == nil {
		f.Add(b.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		img, err := DecodeImage(data)
		if err == nil && (img == nil || img.Bounds().Empty()) {
			t.Fatalf("no error and no image")
		}
		if err == nil {
			sz := img.Bounds().Size()
			if int64(sz.X)*int64(sz.Y) > MaxImagePixels {
				t.Fatalf("%v image over the budget", sz)
			}
		}
	})
}

func TestRasterTileImage(t *testing.T) {
	// A 2×2 checker: red at (0,0) and (1,1), blue elsewhere.
	src := image.NewRGBA(image.Rect(0, 0, 2, 2))
	fillRect(src, src.Rect, premul(blue), true)
	src.SetRGBA(0, 0, rgba(red))
	src.SetRGBA(1, 1, rgba(red))
	for _, scale := range []float64{1, 2} {
		it := &TileImage{Image: src, Tile: rect(5, 5, 2, 2), Area: rect(2, 2, 100, 30), Rendering: RenderPixelated}
		dl := &DisplayList{Items: []Item{it}}
		n := int(110 * scale)
		dst := image.NewRGBA(image.Rect(0, 0, n, n))
		dl.Raster(dst, RasterOptions{Scale: scale})
		s := func(v int) int { return int(float64(v) * scale) }
		for y := s(2); y < s(32); y++ {
			for x := s(2); x < s(102); x++ {
				// Page px (x/scale, y/scale); the checker's phase is set
				// by the tile at (5,5), also before it.
				px, py := int(float64(x)/scale), int(float64(y)/scale)
				want := blue
				if (px-5+py-5)%2 == 0 {
					want = red
				}
				if got := dst.RGBAAt(x, y); got != rgba(want) {
					t.Fatalf("scale %v: pixel (%d,%d) = %s, want %s", scale, x, y, pixelString(got), pixelString(rgba(want)))
				}
			}
		}
		checkPixels(t, dst, image.Rect(0, 0, n, s(2)), white)
		checkPixels(t, dst, image.Rect(s(102), 0, n, n), white)
		checkPixels(t, dst, image.Rect(0, s(32), n, n), white)
	}
}

func TestBuildBackgroundImage(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 4))
	s := styled(bg(red), func(s *cssom.ComputedStyle) { s.BackgroundImage = "http://x/a.png" })
	f := box(rect(10, 10, 100, 50), s)
	f.Border = cssom.Edges[Fixed]{px(1), px(1), px(1), px(2)}
	root := viewport(800, 600, nil, f, box(rect(0, 60, 10, 10), styled(func(s *cssom.ComputedStyle) { s.BackgroundImage = "http://x/missing.png" })))
	var asked []string
	dl := BuildWith(root, BuildOptions{Image: func(u string) image.Image {
		asked = append(asked, u)
		if u == "http://x/a.png" {
			return img
		}
		return nil
	}})
	want := "DisplayList 800x600 background #00000000\n" +
		"FillRect (10,10 100x50) #ff0000\n" +
		"TileImage (12,11 3x4) over (10,10 100x50) from 3x4\n"
	if got := dl.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if len(asked) != 2 {
		t.Errorf("asked for %v", asked)
	}
	// Without an image source, no image.
	if got := Build(root).String(); strings.Contains(got, "TileImage") {
		t.Errorf("Build without images:\n%s", got)
	}
}
