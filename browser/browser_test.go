package browser_test

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/paint"
)

const corpus = "../../shared/corpus"

func render(t testing.TB, b *browser.Browser, src string) (*browser.Page, *image.RGBA) {
	t.Helper()
	page, err := b.OpenHTML(context.Background(), src, "")
	if err != nil {
		t.Fatal(err)
	}
	img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return page, img
}

func pngBytes(t testing.TB, img image.Image) []byte {
	var buf bytes.Buffer
	if err := paint.EncodePNG(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestScreenshotSizeAndScale(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 300, Height: 200}})
	page, err := b.OpenHTML(context.Background(), `<div style="height:1000px;background:red"></div>`, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		opts browser.ScreenshotOptions
		w, h int
	}{
		{browser.ScreenshotOptions{}, 300, 200},
		{browser.ScreenshotOptions{Scale: 2}, 600, 400},
		{browser.ScreenshotOptions{FullPage: true}, 300, 1016},
	} {
		img, err := page.Screenshot(context.Background(), c.opts)
		if err != nil {
			t.Fatal(err)
		}
		if got := img.Bounds().Size(); got != image.Pt(c.w, c.h) {
			t.Errorf("%+v: size %v, want %dx%d", c.opts, got, c.w, c.h)
		}
	}
	// The body's 8px margin shows the white canvas; the div paints red.
	img, _ := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if c := img.RGBAAt(2, 2); c.R != 255 || c.G != 255 {
		t.Errorf("canvas pixel %v, want white", c)
	}
	if c := img.RGBAAt(100, 100); c.R != 255 || c.G != 0 {
		t.Errorf("div pixel %v, want red", c)
	}
}

// TestSubresourcesLoadInParallel serves a page whose stylesheet and images
// each take 200 ms: loaded one after another they would take over a second.
func TestSubresourcesLoadInParallel(t *testing.T) {
	var mu sync.Mutex
	inFlight, maxInFlight := 0, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<!doctype html><link rel=stylesheet href=a.css><img src=1.gif><img src=2.gif><img src=3.gif><img src=4.gif><script src=s.js></script><img src=missing.gif>`)
			return
		case r.URL.Path == "/missing.gif":
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		inFlight++
		if inFlight > maxInFlight {
			maxInFlight = inFlight
		}
		mu.Unlock()
		time.Sleep(200 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		switch {
		case strings.HasSuffix(r.URL.Path, ".css"):
			w.Header().Set("Content-Type", "text/css")
			fmt.Fprint(w, `body { background: rgb(0, 0, 255) }`)
		case strings.HasSuffix(r.URL.Path, ".gif"):
			w.Header().Set("Content-Type", "image/gif")
			w.Write(tinyGIF)
		default:
			w.Header().Set("Content-Type", "text/javascript")
			fmt.Fprint(w, `document.title = "x"`)
		}
	}))
	defer srv.Close()
	b := browser.New(browser.Options{})
	start := time.Now()
	page, err := b.Open(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 900*time.Millisecond {
		t.Errorf("6 resources of 200 ms took %v: not parallel", d)
	}
	if maxInFlight < 2 {
		t.Errorf("at most %d requests in flight", maxInFlight)
	}
	diags := page.Diagnostics()
	if len(diags) != 1 || !strings.Contains(diags[0].URL, "missing.gif") || diags[0].Status != 404 {
		t.Errorf("diagnostics %v, want the 404 image", diags)
	}
	img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if c := img.RGBAAt(790, 590); c.B != 255 || c.R != 0 {
		t.Errorf("stylesheet not applied: canvas %v", c)
	}
}

// offlineClient loads file: and data: URLs and refuses the network at once,
// so the saved corpus pages, whose stylesheets and images point to the
// internet, render the same on a machine without it.
func offlineClient() *fetch.Client {
	mux := fetch.NewMux()
	mux.Handle("http", nil)
	mux.Handle("https", nil)
	return &fetch.Client{Fetcher: mux}
}

// tinyGIF is a 2×2 red GIF.
var tinyGIF = []byte("GIF89a\x02\x00\x02\x00\x80\x01\x00\xff\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x01\x00,\x00\x00\x00\x00\x02\x00\x02\x00\x00\x02\x02D^\x00;")

func TestSlowSubresourceDoesNotBlockPastDeadline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			fmt.Fprint(w, `<p>hello<img src=/slow.png>`)
			return
		}
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	page, err := browser.New(browser.Options{}).Open(ctx, srv.URL+"/")
	if time.Since(start) > 2*time.Second {
		t.Fatalf("Open took %v past a 500ms deadline", time.Since(start))
	}
	if err != nil {
		t.Fatalf("a slow image failed the page: %v", err)
	}
	if d := page.Diagnostics(); len(d) != 1 || !strings.Contains(d[0].URL, "slow.png") {
		t.Errorf("diagnostics %v, want the slow image", d)
	}
	if _, err := page.Screenshot(ctx, browser.ScreenshotOptions{}); err != nil {
		t.Errorf("screenshot within the budget: %v", err)
	}
}

// TestConcurrentPages renders 16 pages at once through one Browser; run with
// -race.
func TestConcurrentPages(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 320, Height: 240}})
	var wg sync.WaitGroup
	results := make([][]byte, 16)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := fmt.Sprintf(`<h1>Page %d</h1><p style="color:rgb(%d,0,0)">Some <b>text</b> to shape and <i>wrap</i> across lines of a narrow viewport.</p><ul><li>a<li>b</ul>`, i%4, 60*(i%4))
			_, img := render(t, b, src)
			results[i] = pngBytes(t, img)
		}()
	}
	wg.Wait()
	for i := 4; i < 16; i++ {
		if !bytes.Equal(results[i], results[i%4]) {
			t.Errorf("page %d differs from page %d rendered from the same source", i, i%4)
		}
	}
}

func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	b := browser.New(browser.Options{})
	src := `<h1>Same pixels</h1><p>` + strings.Repeat("Every run draws exactly the same bytes. ", 20) + `</p>`
	_, img1 := render(t, b, src)
	prev := runtime.GOMAXPROCS(1)
	_, img2 := render(t, b, src)
	runtime.GOMAXPROCS(prev)
	if !bytes.Equal(pngBytes(t, img1), pngBytes(t, img2)) {
		t.Error("GOMAXPROCS=1 render differs from the default")
	}
}

// TestCorpusPageDeterministic renders a real page twice and with
// GOMAXPROCS=1 and wants byte-identical PNGs.
func TestCorpusPageDeterministic(t *testing.T) {
	path, _ := filepath.Abs(filepath.Join(corpus, "pages", "wikipedia-2.html"))
	if _, err := os.Stat(path); err != nil {
		t.Skip("../shared/corpus/pages not found")
	}
	b := browser.New(browser.Options{Client: offlineClient()})
	var outs [][]byte
	for _, procs := range []int{0, 0, 1} {
		prev := runtime.GOMAXPROCS(procs)
		page, err := b.Open(context.Background(), "file://"+filepath.ToSlash(path))
		if err != nil {
			t.Fatal(err)
		}
		img, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{FullPage: true})
		runtime.GOMAXPROCS(prev)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, pngBytes(t, img))
	}
	if !bytes.Equal(outs[0], outs[1]) || !bytes.Equal(outs[0], outs[2]) {
		t.Error("wikipedia-2.html rendered to different bytes")
	}
}

// TestBadInput checks that hostile documents render or fail cleanly.
func TestBadInput(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 200, Height: 100}})
	junkCSS := strings.Repeat("}{;@media ((( url( \"\\ !important ::: #{ ", 1<<20/40)
	garbage := make([]byte, 1<<16)
	for i := range garbage {
		garbage[i] = byte(i*7919 + i>>3)
	}
	cases := map[string]string{
		"empty":        "",
		"binary":       string(garbage),
		"deep":         strings.Repeat("<div>", 100000) + "x",
		"junk css":     "<style>" + junkCSS + "</style><p>after junk",
		"broken image": `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf">`,
		"huge image":   `<img src="data:image/gif;base64,R0lGODlh/3//fwAAACwAAAAA/3//fwAAAgIEAQA7">`,
		"tables":       strings.Repeat("<table><tr><td>", 2000),
		"scripts":      `<script>while(true){}</script><p>still renders`,
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			page, err := b.OpenHTML(ctx, src, "")
			if err != nil {
				t.Logf("error (acceptable if clear): %v", err)
				return
			}
			if _, err := page.Screenshot(ctx, browser.ScreenshotOptions{FullPage: true}); err != nil {
				t.Logf("screenshot error: %v", err)
			}
		})
	}
}

// corpusPage is a saved page of ../shared/corpus/pages as a file: URL.
type corpusPage struct{ name, url string }

// corpusPages lists the saved corpus pages, skipping the test or benchmark
// when ../shared is absent (a user's clone).
func corpusPages(tb testing.TB) []corpusPage {
	paths, _ := filepath.Glob(filepath.Join(corpus, "pages", "*.html"))
	if len(paths) == 0 {
		tb.Skip("../shared/corpus/pages not found")
	}
	pages := make([]corpusPage, len(paths))
	for i, path := range paths {
		abs, _ := filepath.Abs(path)
		pages[i] = corpusPage{filepath.Base(path), "file://" + filepath.ToSlash(abs)}
	}
	return pages
}

func TestCorpusPagesRender(t *testing.T) {
	pages := corpusPages(t)
	if testing.Short() {
		pages = pages[:3]
	}
	b := browser.New(browser.Options{Client: offlineClient()})
	for _, cp := range pages {
		t.Run(cp.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			page, err := b.Open(ctx, cp.url)
			if err != nil {
				t.Fatal(err)
			}
			img, err := page.Screenshot(ctx, browser.ScreenshotOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if img.Bounds().Dx() != 800 || img.Bounds().Dy() != 600 {
				t.Errorf("size %v", img.Bounds())
			}
		})
	}
}

func TestFileSubresourcesRefusedForRemotePages(t *testing.T) {
	dir := t.TempDir()
	secret := filepath.Join(dir, "secret.css")
	os.WriteFile(secret, []byte("body{background:red}"), 0o644)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, `<link rel=stylesheet href="file://%s"><p>x`, filepath.ToSlash(secret))
	}))
	defer srv.Close()
	page, err := browser.New(browser.Options{}).Open(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if d := page.Diagnostics(); len(d) != 1 || d[0].Err == nil {
		t.Errorf("diagnostics %v, want the refused file: stylesheet", d)
	}
}

// TestCookiesFlowToSubresources: a cookie the document sets is sent with
// its stylesheet request, and stays in the browser for the next page.
func TestCookiesFlowToSubresources(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]string{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen[r.URL.Path] = r.Header.Get("Cookie")
		mu.Unlock()
		switch r.URL.Path {
		case "/":
			http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc", Path: "/"})
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<link rel=stylesheet href=/s.css><p>x`)
		default:
			w.Header().Set("Content-Type", "text/css")
		}
	}))
	defer srv.Close()
	b := browser.New(browser.Options{})
	if _, err := b.Open(context.Background(), srv.URL+"/"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Open(context.Background(), srv.URL+"/again"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if seen["/"] != "" || seen["/s.css"] != "session=abc" || seen["/again"] != "session=abc" {
		t.Errorf("cookies seen %v", seen)
	}
}

func TestPublicNetworkOnly(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<p>local`)
	}))
	defer srv.Close()
	if _, err := browser.New(browser.Options{PublicNetworkOnly: true}).Open(context.Background(), srv.URL); err == nil {
		t.Error("a loopback server was reachable with PublicNetworkOnly")
	}
	if _, err := browser.New(browser.Options{}).Open(context.Background(), srv.URL); err != nil {
		t.Errorf("default browser: %v", err)
	}
}

// TestStylesheetsLoadBeforeImages: with one connection at a time, the
// render-blocking stylesheet and script are requested before the images
// that come earlier in the document.
func TestStylesheetsLoadBeforeImages(t *testing.T) {
	var mu sync.Mutex
	var order []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<img src=/a.gif><img src=/b.gif><link rel=stylesheet href=/s.css><script src=/j.js></script><img src=/c.gif>`)
			return
		}
		mu.Lock()
		order = append(order, r.URL.Path)
		mu.Unlock()
	}))
	defer srv.Close()
	if _, err := browser.New(browser.Options{MaxConcurrentLoads: 1}).Open(context.Background(), srv.URL+"/"); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if got := strings.Join(order, " "); got != "/s.css /j.js /a.gif /b.gif /c.gif" {
		t.Errorf("request order %s", got)
	}
}

func TestReferrerPolicyFromMeta(t *testing.T) {
	var mu sync.Mutex
	refs := map[string]string{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		refs[r.URL.Path] = r.Header.Get("Referer")
		mu.Unlock()
		switch r.URL.Path {
		case "/meta":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<meta name=referrer content=no-referrer><img src=/a.gif>`)
		case "/header":
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Referrer-Policy", "unsafe-url")
			fmt.Fprint(w, `<img src=/b.gif>`)
		}
	}))
	defer srv.Close()
	b := browser.New(browser.Options{})
	for _, p := range []string{"/meta", "/header?x=1"} {
		if _, err := b.Open(context.Background(), srv.URL+p); err != nil {
			t.Fatal(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if refs["/a.gif"] != "" || refs["/b.gif"] != srv.URL+"/header?x=1" {
		t.Errorf("Referer headers %v", refs)
	}
}

func TestPageLimits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Set("Content-Type", "text/html")
			for i := 0; i < 10; i++ {
				fmt.Fprintf(w, `<img src="/%d.gif">`, i)
			}
			return
		}
		w.Header().Set("Content-Type", "image/gif")
		w.Write(tinyGIF)
	}))
	defer srv.Close()
	count := func(opts browser.Options) (limited int) {
		page, err := browser.New(opts).Open(context.Background(), srv.URL+"/")
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range page.Diagnostics() {
			if d.Err != nil && strings.Contains(d.Err.Error(), "limit") {
				limited++
			}
		}
		return limited
	}
	if n := count(browser.Options{MaxRequests: 4}); n != 6 {
		t.Errorf("MaxRequests 4 of 10: %d limited, want 6", n)
	}
	if n := count(browser.Options{MaxPageBytes: int64(3 * len(tinyGIF))}); n != 7 {
		t.Errorf("MaxPageBytes of 3 images: %d limited, want 7", n)
	}
	if n := count(browser.Options{}); n != 0 {
		t.Errorf("defaults limited %d loads", n)
	}
}

func TestScreenshotElement(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 300, Height: 200}})
	page, err := b.OpenHTML(context.Background(), `<body style="margin:0"><div style="height:50px"></div><div id=box style="margin-left:20px;width:40px;height:30px;background:rgb(0,0,255);border:5px solid rgb(255,0,0)"></div>`, "")
	if err != nil {
		t.Fatal(err)
	}
	img, err := page.ScreenshotElement(context.Background(), "#box", browser.ScreenshotOptions{Scale: 2})
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got != image.Pt(100, 80) {
		t.Fatalf("size %v, want 100x80 (50x40 CSS px at scale 2)", got)
	}
	if c := img.RGBAAt(2, 2); c.R != 255 || c.B != 0 {
		t.Errorf("corner %v, want the red border", c)
	}
	if c := img.RGBAAt(50, 40); c.B != 255 || c.R != 0 {
		t.Errorf("centre %v, want the blue background", c)
	}
	if _, err := page.ScreenshotElement(context.Background(), "#missing", browser.ScreenshotOptions{}); err == nil {
		t.Error("no error for a selector that matches nothing")
	}
}
