package paint

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

var update = flag.Bool("update", false, "rewrite the PNG goldens in testdata/golden")

// goldenScenes are display lists whose rasters are kept as PNG goldens.
var goldenScenes = []struct {
	name  string
	w, h  int
	scale float64
	list  func() *DisplayList
}{
	{"borders", 460, 260, 1, borderScene},
	{"borders-2x", 920, 520, 2, borderScene},
	{"text", 400, 120, 1, textScene},
	{"text-2x", 800, 240, 2, textScene},
	{"effects", 200, 120, 1, effectsScene},
	{"rounded-shadows-gradients", 320, 200, 1, roundedScene},
	{"rounded-shadows-gradients-2x", 640, 400, 2, roundedScene},
}

// roundedScene exercises rounded corners, box shadows, gradients, rounded
// clips and transforms.
func roundedScene() *DisplayList {
	r10 := Radii{{px(10), px(10)}, {px(10), px(10)}, {px(10), px(10)}, {px(10), px(10)}}
	ell := Radii{{px(30), px(15)}, {px(5), px(5)}, {px(30), px(15)}, {}}
	gray := cssom.Color{R: 40, G: 40, B: 60, A: 160}
	b := solidBorder(rect(170, 10, 70, 50), 6, cssom.Edges[cssom.Color]{red, green, blue, yellow})
	b.Radii = ell
	lin := usedGradient(&cssom.Gradient{Angle: 135, Stops: []cssom.ColorStop{{Color: red, Position: cssom.Auto}, {Color: yellow, Position: cssom.Percent(40)}, {Color: blue, Position: cssom.Auto}}}, px(80), px(40))
	lin.Tile, lin.Area = rect(10, 140, 80, 40), rect(10, 140, 80, 40)
	rad := usedGradient(&cssom.Gradient{Kind: cssom.RadialGradient, Repeating: true, Extent: cssom.ExtentExplicit, Size: [2]cssom.Length{cssom.LengthOf(px(10)), cssom.LengthOf(px(6))},
		Position: [2]cssom.Length{cssom.Percent(30), cssom.Percent(50)}, Stops: []cssom.ColorStop{{Color: white, Position: cssom.Auto}, {Color: green, Position: cssom.Auto}}}, px(80), px(40))
	rad.Tile, rad.Area = rect(100, 140, 80, 40), rect(100, 140, 80, 40)
	return &DisplayList{Background: white, Items: []Item{
		&BoxShadow{Box: rect(20, 20, 60, 40), Radii: r10, X: px(4), Y: px(6), Blur: px(12), Spread: px(2), Color: gray},
		&FillRect{Rect: rect(20, 20, 60, 40), Color: white, Radii: r10},
		&FillRect{Rect: rect(100, 20, 50, 40), Color: lime, Radii: ell},
		&BoxShadow{Box: rect(100, 20, 50, 40), Radii: ell, Inset: true, X: px(3), Y: px(3), Blur: px(6), Color: black},
		b,
		&BoxShadow{Box: rect(260, 20, 40, 40), X: px(-6), Y: px(6), Color: red},
		&FillRect{Rect: rect(260, 20, 40, 40), Color: blue},
		&PushClip{Rect: rect(20, 80, 80, 40), Radii: Radii{{px(20), px(20)}, {px(20), px(20)}, {px(20), px(20)}, {px(20), px(20)}}},
		&FillRect{Rect: rect(0, 70, 60, 60), Color: red},
		&FillRect{Rect: rect(60, 70, 60, 60), Color: blue},
		&PopClip{},
		&PushTransform{Box: rect(140, 80, 60, 30), Origin: [2]Fixed{px(170), px(95)}, Functions: []cssom.TransformFunction{{Kind: cssom.TransformRotate, A: [6]float32{20}}}},
		&FillRect{Rect: rect(140, 80, 60, 30), Color: green, Radii: r10},
		&PopTransform{},
		lin, rad,
	}}
}

func borderScene() *DisplayList {
	dl := &DisplayList{Background: white}
	styles := []cssom.BorderStyle{cssom.BorderSolid, cssom.BorderDashed, cssom.BorderDotted, cssom.BorderDouble,
		cssom.BorderGroove, cssom.BorderRidge, cssom.BorderInset, cssom.BorderOutset}
	for i, st := range styles {
		b := solidBorder(rect(10+(i%4)*110, 10+(i/4)*80, 100, 65), 9, cssom.Edges[cssom.Color]{red, red, red, red})
		b.Styles = cssom.Edges[cssom.BorderStyle]{st, st, st, st}
		dl.Items = append(dl.Items, b)
	}
	mixed := solidBorder(rect(10, 170, 100, 65), 0, cssom.Edges[cssom.Color]{red, lime, blue, yellow})
	mixed.Widths = cssom.Edges[Fixed]{px(5), px(20), px(10), px(15)}
	thin := solidBorder(rect(120, 170, 100, 65), 1, cssom.Edges[cssom.Color]{black, black, black, black})
	thin.Styles = cssom.Edges[cssom.BorderStyle]{cssom.BorderDotted, cssom.BorderDashed, cssom.BorderDotted, cssom.BorderDashed}
	translucent := solidBorder(rect(230, 170, 100, 65), 12, cssom.Edges[cssom.Color]{{R: 255, A: 128}, {B: 255, A: 128}, {R: 255, A: 128}, {B: 255, A: 128}})
	dl.Items = append(dl.Items, mixed, thin, translucent)
	return dl
}

func textScene() *DisplayList {
	fs := layout.NewFontSet()
	dl := &DisplayList{Background: white}
	y := 30
	for _, sp := range []struct {
		fam   []string
		w     uint16
		style cssom.FontStyle
		size  int
		c     cssom.Color
	}{
		{[]string{"serif"}, 400, cssom.FontStyleNormal, 16, black},
		{[]string{"sans-serif"}, 700, cssom.FontStyleItalic, 20, blue},
		{[]string{"monospace"}, 400, cssom.FontStyleNormal, 13, green},
	} {
		x := px(10)
		for _, r := range fs.Shape("Sphinx of black quartz, judge my vow.", layout.FontSpec{Families: sp.fam, Weight: sp.w, Style: sp.style, Size: px(sp.size)}) {
			dl.Items = append(dl.Items, &Glyphs{Font: r.Font, Size: px(sp.size), Glyphs: r.Glyphs, X: x, Y: px(y), Color: sp.c,
				FakeBold: r.FakeBold, FakeItalic: r.FakeItalic, Text: r.Text})
			x += r.Advance
		}
		dm := decorationMetricsOf(nil, px(sp.size))
		dl.Items = append(dl.Items, &FillRect{Rect: Rect{X: px(10), Y: px(y) + dm.underline, W: x - px(10), H: dm.thickness}, Color: sp.c})
		y += 35
	}
	return dl
}

func effectsScene() *DisplayList {
	img := image.NewNRGBA(image.Rect(0, 0, 16, 16))
	for y := range 16 {
		for x := range 16 {
			img.SetNRGBA(x, y, color.NRGBA{R: uint8(x * 16), G: uint8(y * 16), B: 128, A: 255})
		}
	}
	return &DisplayList{Background: cssom.Color{R: 240, G: 240, B: 255, A: 255}, Items: []Item{
		&PushOpacity{Alpha: 128},
		&FillRect{Rect: rect(10, 10, 60, 60), Color: red},
		&FillRect{Rect: rect(40, 40, 60, 60), Color: blue},
		&PopOpacity{},
		&PushClip{Rect: rect(110, 10, 40, 40)},
		&DrawImage{Image: img, Dest: rect(100, 0, 64, 64)},
		&PopClip{},
		&DrawImage{Image: img, Dest: rect(160, 10, 8, 8)},
		&DrawImage{Image: img, Dest: rect(160, 30, 30, 30), Rendering: RenderPixelated},
		&TileImage{Image: img, Tile: rect(12, 84, 16, 16), Area: rect(10, 80, 180, 30)},
	}}
}

func TestGolden(t *testing.T) {
	for _, sc := range goldenScenes {
		t.Run(sc.name, func(t *testing.T) {
			dst := image.NewRGBA(image.Rect(0, 0, sc.w, sc.h))
			sc.list().Raster(dst, RasterOptions{Scale: sc.scale})
			got := image.NewNRGBA(dst.Rect)
			draw.Draw(got, got.Rect, dst, image.Point{}, draw.Src)
			path := filepath.Join("testdata", "golden", sc.name+".png")
			if *update {
				writePNG(t, path, got)
				return
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			want, err := png.Decode(f)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			if diff, n := compareImages(got, want, 2); n > 0 {
				dir := t.TempDir()
				writePNG(t, filepath.Join(dir, "actual.png"), got)
				writePNG(t, filepath.Join(dir, "diff.png"), diff)
				t.Errorf("%d pixels differ from %s by more than 2/255; actual and diff in %s", n, path, dir)
			}
		})
	}
}

// compareImages counts the pixels whose channels differ by more than tol,
// and returns a diff image: differing pixels red, the rest faded.
func compareImages(got *image.NRGBA, want image.Image, tol int) (*image.NRGBA, int) {
	diff := image.NewNRGBA(got.Rect)
	if want.Bounds() != got.Rect {
		return diff, got.Rect.Dx() * got.Rect.Dy()
	}
	n := 0
	for y := got.Rect.Min.Y; y < got.Rect.Max.Y; y++ {
		for x := got.Rect.Min.X; x < got.Rect.Max.X; x++ {
			g := got.NRGBAAt(x, y)
			w := color.NRGBAModel.Convert(want.At(x, y)).(color.NRGBA)
			if absDiff(g.R, w.R) > tol || absDiff(g.G, w.G) > tol || absDiff(g.B, w.B) > tol || absDiff(g.A, w.A) > tol {
				diff.SetNRGBA(x, y, color.NRGBA{R: 255, A: 255})
				n++
				continue
			}
			diff.SetNRGBA(x, y, color.NRGBA{R: g.R, G: g.G, B: g.B, A: g.A / 4})
		}
	}
	return diff, n
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var b bytes.Buffer
	if err := EncodePNG(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(fmt.Errorf("write golden: %w", err))
	}
}
