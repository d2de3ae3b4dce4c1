package browsertest

import (
	"fmt"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	dir  string
	msgs []string
}

func (r *recorder) Helper()             {}
func (r *recorder) ArtifactDir() string { return r.dir }
func (r *recorder) Errorf(f string, a ...any) {
	r.msgs = append(r.msgs, fmt.Sprintf(f, a...))
}
func (r *recorder) Fatalf(f string, a ...any) { r.Errorf(f, a...) }

func square(c color.RGBA, dx int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 20, 20))
	for y := 0; y < 20; y++ {
		for x := 0; x < 20; x++ {
			img.SetRGBA(x, y, color.RGBA{255, 255, 255, 255})
			if x >= 5+dx && x < 15+dx && y >= 5 && y < 15 {
				img.SetRGBA(x, y, c)
			}
		}
	}
	return img
}

func TestCheckImageToleranceAndArtifacts(t *testing.T) {
	dir := t.TempDir()
	golden := filepath.Join(dir, "sq.png")
	red := color.RGBA{255, 0, 0, 255}
	CheckImage(t, golden, square(red, 0), Options{Update: true})

	r := &recorder{TB: t, dir: t.TempDir()}
	CheckImage(r, golden, square(color.RGBA{254, 1, 0, 255}, 0), Options{})
	if len(r.msgs) != 0 {
		t.Errorf("a difference of 1 per channel failed: %v", r.msgs)
	}
	CheckImage(r, golden, square(color.RGBA{254, 1, 0, 255}, 0), Options{Exact: true})
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "100 pixels differ") {
		t.Errorf("exact compare: %v", r.msgs)
	}
	r.msgs = nil
	CheckImage(r, golden, square(red, 1), Options{})
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "20 pixels differ") {
		t.Fatalf("moved square: %v", r.msgs)
	}
	for _, f := range []string{"sq.actual.png", "sq.diff.png"} {
		if _, err := os.Stat(filepath.Join(r.dir, f)); err != nil {
			t.Errorf("artifact %s not written", f)
		}
	}
	r.msgs = nil
	CheckImage(r, golden, square(red, 1), Options{MaxDiffPixels: 20})
	if len(r.msgs) != 0 {
		t.Errorf("20 allowed pixels failed: %v", r.msgs)
	}
	CheckImage(r, golden, image.NewRGBA(image.Rect(0, 0, 10, 10)), Options{})
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "size") {
		t.Errorf("size mismatch: %v", r.msgs)
	}
}

func TestCheckTextNamesTheLine(t *testing.T) {
	golden := filepath.Join(t.TempDir(), "d.txt")
	CheckText(t, golden, "a\nb\nc\n", Options{Update: true})
	r := &recorder{TB: t, dir: t.TempDir()}
	CheckText(r, golden, "a\nb\nc\n", Options{})
	CheckText(r, golden, "a\nB\nc\n", Options{})
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "line 2") {
		t.Errorf("got %v", r.msgs)
	}
}
