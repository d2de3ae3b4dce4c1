package paint

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestDecodeSVGNaturalSize(t *testing.T) {
	tests := []struct {
		name string
		src  string
		w, h int
	}{
		{"width and height", `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"/>`, 40, 20},
		{"px units", `<svg width="40px" height="2in"></svg>`, 40, 192},
		{"width and viewBox", `<svg width="100" viewBox="0 0 50 25"></svg>`, 100, 50},
		{"height and viewBox", `<svg height="30" viewBox="0,0,20,10"></svg>`, 60, 30},
		{"viewBox only", `<?xml version="1.0"?><!-- c --><svg viewBox="0 0 16 8"></svg>`, 16, 8},
		{"percentages", `<svg width="100%" height="50%" viewBox="0 0 10 10"></svg>`, 10, 10},
		{"nothing", `<svg></svg>`, 300, 150},
		{"huge", `<svg width="1e9" height="1"></svg>`, maxSVGSide, 1},
		{"bom and space", "\xef\xbb\xbf \n<svg width='3' height='4'/>", 3, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := DecodeImage([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			s, ok := img.(*SVGImage)
			if !ok {
				t.Fatalf("got %T, want *SVGImage", img)
			}
			if s.Width != tt.w || s.Height != tt.h || img.Bounds() != image.Rect(0, 0, tt.w, tt.h) {
				t.Errorf("size %dx%d, want %dx%d", s.Width, s.Height, tt.w, tt.h)
			}
		})
	}
}

func TestDecodeSVGBad(t *testing.T) {
	for _, src := range []string{`<html><svg/></html>`, `<svg`, `<div>svg</div>`, `<`} {
		if img, err := DecodeImage([]byte(src)); err == nil {
			t.Errorf("%q: got %T, want an error", src, img)
		}
	}
}

// A 10×10 viewBox with a red left half and a lime right half, drawn at
// several device sizes: the halves stay exact (vector, not scaled pixels).
func TestSVGRasterize(t *testing.T) {
	src := `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10">
<rect x="0" y="0" width="5" height="10" fill="red"/><rect x="5" y="0" width="5" height="10" fill="#0f0"/></svg>`
	img, err := DecodeImage([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := img.(*SVGImage)
	for _, n := range []int{10, 40, 64} {
		out := s.Rasterize(n, n)
		if got := out.Bounds(); got != image.Rect(0, 0, n, n) {
			t.Fatalf("bounds %v", got)
		}
		checkPixels(t, out, image.Rect(0, 0, n/2, n), red)
		checkPixels(t, out, image.Rect(n/2, 0, n, n), lime)
	}
	// xMidYMid meet: a 20×10 box letterboxes the square into its middle.
	out := s.Rasterize(20, 10)
	checkPixels(t, out, image.Rect(0, 0, 5, 10), cssom.Color{})
	checkPixels(t, out, image.Rect(5, 0, 10, 10), red)
	checkPixels(t, out, image.Rect(10, 0, 15, 10), lime)
	checkPixels(t, out, image.Rect(15, 0, 20, 10), cssom.Color{})
	if c := color.RGBAModel.Convert(img.At(7, 3)).(color.RGBA); c != (color.RGBA{0, 255, 0, 255}) {
		t.Errorf("At(7,3) = %v", c)
	}
}

// An SVG drawn by the rasterizer at scale 2 is rasterized at the device
// size: a 1px stripe of the viewBox covers exactly 2 device px.
func TestRasterSVGAtScale(t *testing.T) {
	src := `<svg width="4" height="4" viewBox="0 0 4 4"><rect x="1" y="0" width="1" height="4" fill="blue"/></svg>`
	img, err := DecodeImage([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dl := &DisplayList{Items: []Item{&DrawImage{Image: img, Dest: rect(0, 0, 4, 4)}}}
	dst := image.NewRGBA(image.Rect(0, 0, 8, 8))
	dl.Raster(dst, RasterOptions{Scale: 2})
	checkPixels(t, dst, image.Rect(0, 0, 2, 8), white)
	checkPixels(t, dst, image.Rect(2, 0, 4, 8), blue)
	checkPixels(t, dst, image.Rect(4, 0, 8, 8), white)
}

// jpegWithOrientation encodes img as a JPEG carrying an EXIF APP1 segment
// with the given orientation, in the byte order bo.
func jpegWithOrientation(t *testing.T, img image.Image, o uint16, bo binary.ByteOrder) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 100}); err != nil {
		t.Fatal(err)
	}
	tiff := make([]byte, 8+2+12+4)
	if bo == binary.LittleEndian {
		copy(tiff, "II*\x00")
	} else {
		copy(tiff, "MM\x00*")
	}
	bo.PutUint32(tiff[4:], 8)
	bo.PutUint16(tiff[8:], 1)
	bo.PutUint16(tiff[10:], 0x0112)
	bo.PutUint16(tiff[12:], 3)
	bo.PutUint32(tiff[14:], 1)
	bo.PutUint16(tiff[18:], o)
	seg := append([]byte("Exif\x00\x00"), tiff...)
	app1 := []byte{0xff, 0xe1, 0, 0}
	binary.BigEndian.PutUint16(app1[2:], uint16(len(seg)+2))
	app1 = append(app1, seg...)
	b := buf.Bytes()
	return append(append(append([]byte{}, b[:2]...), app1...), b[2:]...)
}

func TestDecodeJPEGOrientation(t *testing.T) {
	// A 16×8 image: the left 8×8 block red, the right one blue.
	src := image.NewRGBA(image.Rect(0, 0, 16, 8))
	for y := range 8 {
		for x := range 16 {
			c := color.RGBA{255, 0, 0, 255}
			if x >= 8 {
				c = color.RGBA{0, 0, 255, 255}
			}
			src.SetRGBA(x, y, c)
		}
	}
	// where is the red block's centre after orientation o (in the upright
	// image), and its size.
	tests := []struct {
		o        uint16
		w, h     int
		redX     int
		redY     int
		blueX    int
		blueY    int
		byteOrdr binary.ByteOrder
	}{
		{1, 16, 8, 4, 4, 12, 4, binary.BigEndian},
		{2, 16, 8, 12, 4, 4, 4, binary.LittleEndian},
		{3, 16, 8, 12, 4, 4, 4, binary.BigEndian},
		{4, 16, 8, 4, 4, 12, 4, binary.BigEndian},
		{5, 8, 16, 4, 4, 4, 12, binary.LittleEndian},
		{6, 8, 16, 4, 4, 4, 12, binary.BigEndian},
		{7, 8, 16, 4, 12, 4, 4, binary.BigEndian},
		{8, 8, 16, 4, 12, 4, 4, binary.LittleEndian},
	}
	for _, tt := range tests {
		data := jpegWithOrientation(t, src, tt.o, tt.byteOrdr)
		if got := exifOrientation(data); got != int(tt.o) {
			t.Errorf("orientation %d: read %d", tt.o, got)
		}
		img, err := DecodeImage(data)
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		if b.Dx() != tt.w || b.Dy() != tt.h {
			t.Errorf("orientation %d: size %v, want %dx%d", tt.o, b, tt.w, tt.h)
			continue
		}
		if r, _, bl, _ := img.At(b.Min.X+tt.redX, b.Min.Y+tt.redY).RGBA(); r < 0xe000 || bl > 0x2000 {
			t.Errorf("orientation %d: (%d,%d) is not red", tt.o, tt.redX, tt.redY)
		}
		if r, _, bl, _ := img.At(b.Min.X+tt.blueX, b.Min.Y+tt.blueY).RGBA(); bl < 0xe000 || r > 0x2000 {
			t.Errorf("orientation %d: (%d,%d) is not blue", tt.o, tt.blueX, tt.blueY)
		}
	}
}

func TestOrientPixels(t *testing.T) {
	// A 2×1 image a b, upright for each orientation.
	a, b := color.RGBA{1, 0, 0, 255}, color.RGBA{2, 0, 0, 255}
	src := image.NewRGBA(image.Rect(0, 0, 2, 1))
	src.SetRGBA(0, 0, a)
	src.SetRGBA(1, 0, b)
	tests := []struct {
		o    int
		want [][]color.RGBA // rows
	}{
		{1, [][]color.RGBA{{a, b}}},
		{2, [][]color.RGBA{{b, a}}},
		{3, [][]color.RGBA{{b, a}}},
		{4, [][]color.RGBA{{a, b}}},
		{5, [][]color.RGBA{{a}, {b}}},
		{6, [][]color.RGBA{{a}, {b}}},
		{7, [][]color.RGBA{{b}, {a}}},
		{8, [][]color.RGBA{{b}, {a}}},
	}
	for _, tt := range tests {
		img := orient(src, tt.o)
		for y, row := range tt.want {
			for x, want := range row {
				if got := color.RGBAModel.Convert(img.At(x, y)); got != want {
					t.Errorf("orientation %d: (%d,%d) = %v, want %v", tt.o, x, y, got, want)
				}
			}
		}
	}
}

func TestExifOrientationMalformed(t *testing.T) {
	for _, data := range [][]byte{
		nil,
		[]byte("\xff\xd8"),
		[]byte("\xff\xd8\xff\xe1\x00\x01"),
		[]byte("\xff\xd8\xff\xe1\x00\x10Exif\x00\x00II*\x00\xff\xff\xff\xff"),
		[]byte("\xff\xd8\xff\xe1\x00\x14Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff"),
		[]byte("\xff\xd8\xff\xe1\xff\xffExif"),
	} {
		if got := exifOrientation(data); got != 1 {
			t.Errorf("%q: orientation %d, want 1", data, got)
		}
	}
}

func TestEncodePNGWith(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for i := range img.Pix {
		img.Pix[i] = uint8(i / 7)
		if i%4 == 3 {
			img.Pix[i] = 255 // opaque: the PNG decodes back to RGBA
		}
	}
	sizes := map[Compression]int{}
	for _, c := range []Compression{DefaultCompression, NoCompression, BestSpeed, BestCompression} {
		var buf bytes.Buffer
		if err := EncodePNGWith(&buf, img, PNGOptions{Compression: c}); err != nil {
			t.Fatal(err)
		}
		sizes[c] = buf.Len()
		back, err := DecodeImage(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(back.(*image.RGBA).Pix, img.Pix) {
			t.Errorf("compression %d: pixels changed", c)
		}
	}
	if !(sizes[NoCompression] > sizes[BestSpeed] && sizes[BestSpeed] >= sizes[BestCompression]) {
		t.Errorf("sizes %v: want none > speed >= best", sizes)
	}
	if err := EncodePNGWith(&bytes.Buffer{}, nil, PNGOptions{}); err == nil {
		t.Error("nil image: no error")
	}
}

// Never-rendered elements (a sprite's <symbol>s) draw nothing; the rest
// of the document still draws.
func TestSVGSymbolsNotDrawn(t *testing.T) {
	src := `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
<symbol id="s"><rect width="10" height="10" fill="red"/></symbol>
<clipPath id="c"><rect width="10" height="10" fill="red"/></clipPath>
<rect x="5" width="5" height="10" fill="#0f0"/><use xlink:href="#s"/></svg>`
	img, err := DecodeImage([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	out := img.(*SVGImage).Rasterize(10, 10)
	checkPixels(t, out, image.Rect(0, 0, 5, 10), cssom.Color{})
	checkPixels(t, out, image.Rect(5, 0, 10, 10), lime)
	if got := withoutHidden([]byte(`<svg><rect/></svg>`)); string(got) != `<svg><rect/></svg>` {
		t.Errorf("a document without hidden elements changed: %s", got)
	}
}
