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
