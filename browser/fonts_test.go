package browser_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paneweb/pane/browser"
)

// TestWebFontLoads serves a page whose @font-face names the Ahem font under
// another family: with it loaded, a 20px "X" is a 20px black square.
func TestWebFontLoads(t *testing.T) {
	ahem, err := os.ReadFile(filepath.Join(corpus, "wpt", "fonts", "Ahem.ttf"))
	if err != nil {
		t.Skip("Ahem not found in ../shared/corpus/wpt/fonts")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.ttf"), ahem, 0o644)
	os.WriteFile(filepath.Join(dir, "p.html"), []byte(`<!doctype html><style>
	@font-face { font-family: Boxes; src: url(missing.woff2) format("woff2"), url(a.ttf) format("truetype") }
	body { margin: 0 } p { font: 20px/1 Boxes, monospace; margin: 0 }</style><p>X</p>`), 0o644)
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 100, Height: 50}, Client: offlineClient()})
	page, err := b.Open(context.Background(), "file://"+filepath.ToSlash(filepath.Join(dir, "p.html")))
	if err != nil {
		t.Fatal(err)
	}
	if d := page.Diagnostics(); len(d) != 1 || !strings.Contains(d[0].URL, "missing.woff2") {
		t.Errorf("diagnostics %v, want only the missing first source", d)
	}
	img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, pt := range [][2]int{{1, 1}, {18, 18}, {10, 10}} {
		if c := img.RGBAAt(pt[0], pt[1]); c.R != 0 || c.A != 255 {
			t.Errorf("pixel %v = %v, want black (Ahem square)", pt, c)
		}
	}
	if c := img.RGBAAt(25, 10); c.R != 255 {
		t.Errorf("pixel right of the square = %v, want white", c)
	}
	// Another page of the same browser does not see the web font.
	other, err := b.OpenHTML(context.Background(), `<body style="margin:0"><p style="font: 20px/1 Boxes, monospace; margin: 0">X</p>`, "")
	if err != nil {
		t.Fatal(err)
	}
	img2, _ := other.Screenshot(context.Background(), browser.ScreenshotOptions{})
	dark := 0
	for y := 0; y < 20; y++ {
		for x := 0; x < 20; x++ {
			if img2.RGBAAt(x, y).R < 128 {
				dark++
			}
		}
	}
	if dark > 300 {
		t.Errorf("%d of 400 pixels dark: the web font leaked into another page", dark)
	}
}
