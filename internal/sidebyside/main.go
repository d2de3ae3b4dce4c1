// Command sidebyside renders HTML pages with Pane and with Chromium and
// writes, for each page, a montage PNG for a person to compare: Pane on
// the left, Chromium in the middle, and their difference on the right
// (pixels that differ by more than 2/255 in red over a faded copy), plus
// an index.html that lists them with the number of differing pixels.
//
//	go run ./internal/sidebyside -out /tmp/sidebyside [PAGE.html ...]
//
// With no pages it takes paint/testdata/html/*.html, the paint goldens.
// It runs the render CLI (go run ./examples/render, or -render BIN) and
// the Chromium wrapper (-chromium, by default ../shared/tools/chromium-render)
// at the same viewport; a page named *-2x.html renders at scale 2 in Pane
// and is compared after a 2× box downscale.
package main

import (
	"flag"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", filepath.Join(os.TempDir(), "sidebyside"), "output directory")
	render := flag.String("render", "", "the Pane render binary (default: go run ./examples/render)")
	chromium := flag.String("chromium", "../shared/tools/chromium-render", "the Chromium wrapper: IN OUT WIDTH HEIGHT")
	width := flag.Int("width", 400, "viewport width in CSS px")
	height := flag.Int("height", 200, "viewport height in CSS px")
	flag.Parse()
	pages := flag.Args()
	if len(pages) == 0 {
		pages, _ = filepath.Glob(filepath.Join("paint", "testdata", "html", "*.html"))
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	bin := *render
	if bin == "" {
		bin = filepath.Join(*out, "pane-render")
		if err := run("go", "build", "-o", bin, "./examples/render"); err != nil {
			fail(err)
		}
	}
	var index strings.Builder
	index.WriteString("<!DOCTYPE html><title>Pane and Chromium</title><style>img{max-width:100%}</style>\n<h1>Pane | Chromium | difference</h1>\n")
	for _, p := range pages {
		name := strings.TrimSuffix(filepath.Base(p), ".html")
		n, err := compare(p, name, bin, *chromium, *out, *width, *height)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
			fmt.Fprintf(&index, "<h2>%s</h2><p>error: %s</p>\n", html.EscapeString(name), html.EscapeString(err.Error()))
			continue
		}
		fmt.Printf("%-28s %6d px differ\n", name, n)
		fmt.Fprintf(&index, "<h2>%s: %d px differ</h2><img src=\"%s.png\">\n", html.EscapeString(name), n, name)
	}
	if err := os.WriteFile(filepath.Join(*out, "index.html"), []byte(index.String()), 0o644); err != nil {
		fail(err)
	}
	fmt.Println("montages in", *out)
}

// compare renders one page both ways and writes its montage; it returns
// the number of differing pixels.
func compare(page, name, bin, chromium, out string, w, h int) (int, error) {
	panePNG := filepath.Join(out, name+".pane.png")
	chromePNG := filepath.Join(out, name+".chromium.png")
	scale := "1"
	if strings.HasSuffix(name, "-2x") {
		scale = "2"
	}
	if err := run(bin, "-width", fmt.Sprint(w), "-height", fmt.Sprint(h), "-scale", scale, "-o", panePNG, page); err != nil {
		return 0, fmt.Errorf("pane: %w", err)
	}
	if err := run(chromium, page, chromePNG, fmt.Sprint(w), fmt.Sprint(h)); err != nil {
		return 0, fmt.Errorf("chromium: %w", err)
	}
	a, err := load(panePNG)
	if err != nil {
		return 0, err
	}
	b, err := load(chromePNG)
	if err != nil {
		return 0, err
	}
	if scale == "2" {
		a = halve(a)
	}
	diff, n := difference(a, b)
	m := montage(a, b, diff)
	f, err := os.Create(filepath.Join(out, name+".png"))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return n, png.Encode(f, m)
}

func run(name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

func load(path string) (*image.NRGBA, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := image.NewNRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(out, out.Rect, img, img.Bounds().Min, draw.Src)
	return out, nil
}

// halve downscales a 2× rendering by averaging 2×2 boxes.
func halve(img *image.NRGBA) *image.NRGBA {
	out := image.NewNRGBA(image.Rect(0, 0, img.Rect.Dx()/2, img.Rect.Dy()/2))
	for y := 0; y < out.Rect.Dy(); y++ {
		for x := 0; x < out.Rect.Dx(); x++ {
			var s [4]int
			for dy := range 2 {
				for dx := range 2 {
					c := img.NRGBAAt(2*x+dx, 2*y+dy)
					s[0], s[1], s[2], s[3] = s[0]+int(c.R), s[1]+int(c.G), s[2]+int(c.B), s[3]+int(c.A)
				}
			}
			out.SetNRGBA(x, y, color.NRGBA{uint8(s[0] / 4), uint8(s[1] / 4), uint8(s[2] / 4), uint8(s[3] / 4)})
		}
	}
	return out
}

// difference marks the pixels of a and b that differ by more than 2 in a
// channel in red over a faded copy of a.
func difference(a, b *image.NRGBA) (*image.NRGBA, int) {
	r := a.Rect.Intersect(b.Rect)
	d := image.NewNRGBA(a.Rect)
	n := 0
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			ca := a.NRGBAAt(x, y)
			if !image.Pt(x, y).In(r) || far(ca, b.NRGBAAt(x, y)) {
				d.SetNRGBA(x, y, color.NRGBA{R: 255, A: 255})
				n++
				continue
			}
			d.SetNRGBA(x, y, color.NRGBA{R: ca.R/4 + 191, G: ca.G/4 + 191, B: ca.B/4 + 191, A: 255})
		}
	}
	return d, n
}

func far(a, b color.NRGBA) bool {
	diff := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return diff(a.R, b.R) > 2 || diff(a.G, b.G) > 2 || diff(a.B, b.B) > 2 || diff(a.A, b.A) > 2
}

// montage puts the images side by side on a grey ground, 8 px apart.
func montage(imgs ...*image.NRGBA) *image.NRGBA {
	const gap = 8
	w, h := gap, 0
	for _, m := range imgs {
		w += m.Rect.Dx() + gap
		h = max(h, m.Rect.Dy())
	}
	out := image.NewNRGBA(image.Rect(0, 0, w, h+2*gap))
	draw.Draw(out, out.Rect, image.NewUniform(color.NRGBA{128, 128, 128, 255}), image.Point{}, draw.Src)
	x := gap
	for _, m := range imgs {
		draw.Draw(out, image.Rect(x, gap, x+m.Rect.Dx(), gap+m.Rect.Dy()), m, image.Point{}, draw.Over)
		x += m.Rect.Dx() + gap
	}
	return out
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sidebyside:", err)
	os.Exit(1)
}
