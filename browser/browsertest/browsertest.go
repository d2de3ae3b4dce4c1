// Package browsertest checks rendered pages against golden files, in the
// spirit of net/http/httptest: a user's go test asserts a screenshot against
// a PNG and a layout dump against a text file in testdata/, with a
// tolerance, and rewrites the goldens in update mode.
//
//	func TestHome(t *testing.T) {
//		page, err := browser.New(browser.Options{}).OpenHTML(ctx, src, "")
//		...
//		browsertest.CheckPage(t, page, "testdata/home", browsertest.Options{})
//	}
//
// Run `go test -args -browsertest.update` (or set PANE_UPDATE_GOLDENS=1) to
// write the goldens from the current output. On a mismatch the actual image
// and a diff image (differing pixels red over a faded copy of the golden)
// are written to the test's artifact directory (go test -artifacts keeps
// them) and their paths are named in the failure.
package browsertest

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/paint"
)

var update = flag.Bool("browsertest.update", false, "rewrite browsertest golden files from the current output")

// Updating reports whether goldens are being rewritten: the
// -browsertest.update flag or PANE_UPDATE_GOLDENS=1 in the environment.
func Updating() bool {
	return *update || os.Getenv("PANE_UPDATE_GOLDENS") == "1"
}

// Options set how closely output must match a golden. The zero value
// accepts a difference of up to 2 per colour channel (anti-aliasing noise)
// and no pixel beyond that.
type Options struct {
	// Threshold is the largest difference in any channel (0–255) of a pixel
	// that still counts as equal. 0 means 2; use Exact for 0.
	Threshold int
	// Exact demands identical pixels (Threshold is ignored).
	Exact bool
	// MaxDiffPixels is how many pixels may differ beyond the threshold.
	MaxDiffPixels int
	// Update forces update mode for this check.
	Update bool
	// Screenshot says what to capture in CheckPage.
	Screenshot browser.ScreenshotOptions
}

func (o Options) threshold() int {
	switch {
	case o.Exact:
		return 0
	case o.Threshold <= 0:
		return 2
	}
	return o.Threshold
}

// CheckPage checks a page against two goldens: golden+".png" for its
// screenshot and golden+".txt" for its layout dump.
func CheckPage(t testing.TB, page *browser.Page, golden string, opts Options) {
	t.Helper()
	img, err := page.Screenshot(context.Background(), opts.Screenshot)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	CheckText(t, golden+".txt", page.LayoutDump(), opts)
	CheckImage(t, golden+".png", img, opts)
}

// CheckText compares got with the golden text file (a layout or display list
// dump), reporting the first differing line.
func CheckText(t testing.TB, golden, got string, opts Options) {
	t.Helper()
	if opts.Update || Updating() {
		if err := writeGolden(golden, []byte(got)); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -browsertest.update to create it)", err)
	}
	if string(want) == got {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			path := writeArtifact(t, filepath.Base(golden), []byte(got))
			t.Errorf("%s: line %d differs\n  want: %s\n  got:  %s\nactual output: %s", golden, i+1, w, g, path)
			return
		}
	}
}

// CheckImage compares img with the golden PNG within opts' tolerance.
func CheckImage(t testing.TB, golden string, img image.Image, opts Options) {
	t.Helper()
	if opts.Update || Updating() {
		var buf bytes.Buffer
		if err := paint.EncodePNG(&buf, toNRGBA(img)); err != nil {
			t.Fatal(err)
		}
		if err := writeGolden(golden, buf.Bytes()); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(golden)
	if err != nil {
		t.Fatalf("%v (run with -browsertest.update to create it)", err)
	}
	want, err := png.Decode(f)
	f.Close()
	if err != nil {
		t.Fatalf("golden %s: %v", golden, err)
	}
	n, diff := Compare(want, img, opts.threshold())
	if n <= opts.MaxDiffPixels && n >= 0 {
		return
	}
	base := strings.TrimSuffix(filepath.Base(golden), ".png")
	actual := writeArtifact(t, base+".actual.png", encode(t, img))
	if n < 0 {
		t.Errorf("%s: size %v, golden is %v; actual: %s", golden, img.Bounds().Size(), want.Bounds().Size(), actual)
		return
	}
	diffPath := writeArtifact(t, base+".diff.png", encode(t, diff))
	t.Errorf("%s: %d pixels differ by more than %d (allowed %d)\nactual: %s\ndiff:   %s",
		golden, n, opts.threshold(), opts.MaxDiffPixels, actual, diffPath)
}

// Compare counts the pixels of a and b whose largest channel difference
// (non-premultiplied, 0–255) exceeds threshold, and returns a diff image:
// a faded copy of a with the differing pixels in red. Images of different
// sizes return -1 and no diff.
func Compare(a, b image.Image, threshold int) (int, *image.NRGBA) {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Size() != bb.Size() {
		return -1, nil
	}
	na, nb := toNRGBA(a), toNRGBA(b)
	diff := image.NewNRGBA(image.Rect(0, 0, ab.Dx(), ab.Dy()))
	count := 0
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			pa, pb := na.NRGBAAt(x, y), nb.NRGBAAt(x, y)
			if channelDiff(pa, pb) > threshold {
				count++
				diff.SetNRGBA(x, y, color.NRGBA{255, 0, 0, 255})
				continue
			}
			g := uint8((int(pa.R)+int(pa.G)+int(pa.B))/3/4 + 191)
			diff.SetNRGBA(x, y, color.NRGBA{g, g, g, 255})
		}
	}
	return count, diff
}

func channelDiff(a, b color.NRGBA) int {
	d := 0
	for _, v := range [4]int{int(a.R) - int(b.R), int(a.G) - int(b.G), int(a.B) - int(b.B), int(a.A) - int(b.A)} {
		if v < 0 {
			v = -v
		}
		if v > d {
			d = v
		}
	}
	return d
}

// toNRGBA converts img to a zero-origin NRGBA, the form goldens are stored in.
func toNRGBA(img image.Image) *image.NRGBA {
	b := img.Bounds()
	if n, ok := img.(*image.NRGBA); ok && b.Min == (image.Point{}) {
		return n
	}
	out := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.Set(x, y, img.At(b.Min.X+x, b.Min.Y+y))
		}
	}
	return out
}

func encode(t testing.TB, img image.Image) []byte {
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func writeGolden(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("browsertest: update %s: %w", path, err)
	}
	return nil
}

func writeArtifact(t testing.TB, name string, data []byte) string {
	path := filepath.Join(t.ArtifactDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "(not written: " + err.Error() + ")"
	}
	return path
}
