package browser

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paneweb/pane/fetch"
)

// TestVideoPoster checks that a <video> shows its poster frame at the
// poster's natural size, and is the default 300×150 object without one.
func TestVideoPoster(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	img.SetRGBA(0, 0, color.RGBA{R: 0xff, A: 0xff})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	mux := fetch.NewMux()
	if err := mux.HandleOrigin("https://v.test/", fetch.NewFSFetcher(fstest.MapFS{"p.png": {Data: buf.Bytes()}}, "https://v.test/")); err != nil {
		t.Fatal(err)
	}
	b := New(Options{Client: &fetch.Client{Fetcher: mux}})
	p, err := b.OpenHTML(context.Background(), `<video poster="p.png"></video><video></video>`, "https://v.test/")
	if err != nil {
		t.Fatal(err)
	}
	dump := p.LayoutDump()
	for _, want := range []string{"Image <video> at (8,128) size 40x30", "Image <video> at (48,8) size 300x150"} {
		if !strings.Contains(dump, want) {
			t.Errorf("layout lacks %q:\n%s", want, dump)
		}
	}
}
