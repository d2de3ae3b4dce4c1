package browser_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/gofont/gosmallcaps"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/browser/browsertest"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/internal/fonttest"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

// The text goldens (issue 6): bidi, CJK, ligatures, decorations, shadows,
// web fonts in each format and colour glyphs. Pages are written here, not
// in testdata/golden (TestGoldenPages renders every page there with the
// embedded fonts only); the goldens are testdata/golden/text-*.png and
// .txt. Pages that need a system font skip when it is missing: CI installs
// the Debian packages fonts-dejavu-core, fonts-wqy-microhei and
// fonts-noto-color-emoji.

const textOrigin = "https://text.test/"

// systemFont reads a font installed by a Debian package, or skips.
func systemFont(t *testing.T, path, pkg string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("%s not installed (apt-get install %s): %v", filepath.Base(path), pkg, err)
	}
	return data
}

// textGoldenCase is one page: its HTML, the system fonts it adds to the
// font set (path ▶ Debian package) and the files it serves.
type textGoldenCase struct {
	name  string
	html  string
	fonts [][2]string
	files func(t *testing.T) fstest.MapFS
}

var (
	dejaVuSans  = [2]string{"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"}
	dejaVuSerif = [2]string{"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "fonts-dejavu-core"}
	wqyMicroHei = [2]string{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei"}
	notoEmoji   = [2]string{"/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf", "fonts-noto-color-emoji"}
)

const textStyle = `<!DOCTYPE html><meta charset=utf-8><style>
body { margin: 8px; font: 16px/1.3 sans-serif; }
p { margin: 0 0 8px; }
</style>`

var textGoldenCases = []textGoldenCase{
	{name: "text-bidi", fonts: [][2]string{dejaVuSans}, html: textStyle + `<style>p { font-family: "DejaVu Sans"; border: 1px solid #ccc; }</style>
<p>English, then Hebrew: שלום עולם, and Arabic: مرحبا بالعالم. Numbers 123 stay LTR.</p>
<p dir=rtl>עברית עם English באמצע ומספר 2024.</p>
<p dir=rtl>العربية مع English في الوسط والرقم ٢٠٢٤.</p>
<p dir=auto>שלום: the first strong character is Hebrew.</p>
<p dir=auto>123 English first, then עברית.</p>
<p>User <bdi>إيان</bdi>: 3 posts; user <bdi>Bob</bdi>: 5 posts.</p>
<p style="text-align: end" dir=rtl>text-align: end in <span dir=ltr>RTL</span> — סוף</p>`},
	{name: "text-cjk", fonts: [][2]string{wqyMicroHei}, html: textStyle + `<style>p { font-family: "WenQuanYi Micro Hei"; width: 300px; border: 1px solid #ccc; }</style>
<p>中文段落：排版引擎按照统一码标准第十四号附录在汉字之间断行，标点符号“不能”出现在行首。</p>
<p lang=ja>日本語の文章も、ひらがなとカタカナ、漢字が混ざっています。</p>
<p>한국어 문장은 띄어쓰기 단위로 줄을 바꿉니다.</p>
<p style="word-break: keep-all">中文 keep-all 段落不在汉字之间断行而在空格处断行。</p>`},
	{name: "text-ligatures", fonts: [][2]string{dejaVuSans, dejaVuSerif}, html: textStyle + `<style>p { font: 28px "DejaVu Serif"; } .s { font-family: "DejaVu Sans"; }</style>
<p>office fluffy fjord (ligatures on)</p>
<p style="font-variant-ligatures: none">office fluffy fjord (none)</p>
<p style='font-feature-settings: "liga" 0'>office fluffy fjord (liga 0)</p>
<p class=s>office fluffy (sans, on)</p>
<p class=s style="font-variant-ligatures: no-common-ligatures">office fluffy (sans, off)</p>`},
	{name: "text-decoration", html: textStyle + `<style>p { font-size: 20px; margin-bottom: 10px; }</style>
<p style="text-decoration: underline">solid underline gyp</p>
<p style="text-decoration: underline double red">double red underline</p>
<p style="text-decoration: underline dotted blue 3px">dotted 3px blue</p>
<p style="text-decoration: underline dashed green 2px">dashed 2px green</p>
<p style="text-decoration: underline wavy #c00">wavy underline gyp</p>
<p style="text-decoration: underline 4px; text-underline-offset: 6px">offset 6px, 4px thick</p>
<p style="text-decoration: overline purple">overline purple</p>
<p style="text-decoration: line-through 2px orange">line-through 2px</p>
<p style="text-decoration: underline overline line-through wavy teal">all three, wavy</p>`},
	{name: "text-shadow", html: textStyle + `<style>p { font: bold 32px sans-serif; margin-bottom: 16px; }</style>
<p style="text-shadow: 2px 2px 0 #aaa">Hard shadow</p>
<p style="text-shadow: 3px 3px 4px rgba(0,0,0,.6)">Blurred shadow</p>
<p style="color: white; text-shadow: 0 0 6px blue, 0 0 2px black">Glow, two shadows</p>
<p style="text-shadow: -4px -4px 8px red; text-decoration: underline">Up-left red</p>`},
	{name: "text-webfonts", files: webFontFiles, html: textStyle + `<style>
@font-face { font-family: "T ttf"; src: url(go-mono.ttf) format("truetype"); }
@font-face { font-family: "T otf"; src: url(cff.otf) format("opentype"); }
@font-face { font-family: "T woff"; src: url(go-smallcaps.woff) format("woff"); }
@font-face { font-family: "T woff2"; src: url(go-regular.woff2) format("woff2"); }
@font-face { font-family: "T broken"; src: url(missing.woff2) format("woff2"), url(go-mono.ttf); }
p { font-size: 22px; }
</style>
<p style="font-family: 'T ttf'">TTF: Go Mono 0123</p>
<p style="font-family: 'T otf', serif">OTF: 01Q中 (CFF outlines, serif fallback)</p>
<p style="font-family: 'T woff'">WOFF: Go Smallcaps</p>
<p style="font-family: 'T woff2'">WOFF2: Go Regular</p>
<p style="font-family: 'T broken'">src list: first fails, then TTF</p>`},
	{name: "text-emoji", fonts: [][2]string{notoEmoji}, files: colrFiles, html: textStyle + `<style>
@font-face { font-family: "COLR test"; src: url(colr.ttf); }
p { font-size: 28px; }
</style>
<p>Bitmaps: 😀 🎉 👍🏽 🇫🇷 ❤️ 👩‍👩‍👧</p>
<p style="color: rgba(0,0,0,.4)">Faded 😀 🎉</p>
<p style="text-shadow: 3px 3px 3px #888">Shadow 😀</p>
<p style="font-family: 'COLR test'; color: #06c">COLR: AB A A</p>`},
}

// webFontFiles serves the web font test files, made from the embedded Go
// fonts (TTF, WOFF, WOFF2) and x/image's CFF test font (OTF).
func webFontFiles(t *testing.T) fstest.MapFS {
	otf := modCacheFile(t, "golang.org/x/image@v0.47.0/font/testdata/CFFTest.otf")
	woff, err := fonttest.WOFF(gosmallcaps.TTF)
	if err != nil {
		t.Fatal(err)
	}
	woff2, err := fonttest.WOFF2(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return fstest.MapFS{
		"go-mono.ttf":       {Data: gomono.TTF},
		"cff.otf":           {Data: otf},
		"go-smallcaps.woff": {Data: woff},
		"go-regular.woff2":  {Data: woff2},
	}
}

// modCacheFile reads a file of a module in the module cache, or skips.
func modCacheFile(t *testing.T, rel string) []byte {
	t.Helper()
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, "go", "pkg", "mod")
		if gp := os.Getenv("GOPATH"); gp != "" {
			cache = filepath.Join(filepath.SplitList(gp)[0], "pkg", "mod")
		}
	}
	data, err := os.ReadFile(filepath.Join(cache, rel))
	if err != nil {
		t.Skipf("test font not in the module cache: %v", err)
	}
	return data
}

// colrFiles serves colr.ttf: the Go font with a COLR version 0 table that
// draws "A" as an orange "B" under a "C" in the text colour.
func colrFiles(t *testing.T) fstest.MapFS {
	s := layout.NewFontSet()
	var ids [3]uint16
	for i, r := range "ABC" {
		runs := s.Shape(string(r), layout.FontSpec{Families: []string{"Go"}, Size: 16 * 64})
		if len(runs) != 1 || len(runs[0].Glyphs) != 1 {
			t.Fatalf("shaping %q: %+v", r, runs)
		}
		ids[i] = uint16(runs[0].Glyphs[0].ID)
	}
	flavor, tabs, err := fonttest.Tables(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	tabs = append(tabs,
		fonttest.Table{Tag: "COLR", Data: fonttest.COLR(map[uint16][]fonttest.Layer{
			ids[0]: {{Glyph: ids[1], Palette: 0}, {Glyph: ids[2], Palette: 0xFFFF}},
		})},
		fonttest.Table{Tag: "CPAL", Data: fonttest.CPAL([][4]uint8{{255, 140, 0, 200}})})
	return fstest.MapFS{"colr.ttf": {Data: fonttest.SFNT(flavor, tabs)}}
}

// TestTextGoldens renders the text pages and compares them with
// testdata/golden/text-*.png and .txt; -update rewrites them.
func TestTextGoldens(t *testing.T) {
	for _, tc := range textGoldenCases {
		t.Run(tc.name, func(t *testing.T) {
			fonts := layout.NewFontSet()
			for _, f := range tc.fonts {
				if err := fonts.AddFont(systemFont(t, f[0], f[1])); err != nil {
					t.Fatalf("%s: %v", f[0], err)
				}
			}
			files := fstest.MapFS{}
			if tc.files != nil {
				files = tc.files(t)
			}
			files["index.html"] = &fstest.MapFile{Data: []byte(tc.html)}
			dumpTextPage(t, tc.name, files)
			mux := fetch.NewMux()
			if err := mux.HandleOrigin(textOrigin, fetch.NewFSFetcher(files, textOrigin)); err != nil {
				t.Fatal(err)
			}
			b := browser.New(browser.Options{
				Viewport: browser.Viewport{Width: 500, Height: 320},
				Client:   &fetch.Client{Fetcher: mux},
				Fonts:    fonts,
			})
			page, err := b.Open(context.Background(), textOrigin+"index.html")
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range page.Diagnostics() {
				if tc.name != "text-webfonts" {
					t.Errorf("diagnostic: %v", d)
				}
			}
			browsertest.CheckPage(t, page, "../testdata/golden/"+tc.name, browsertest.Options{Update: *update})
		})
	}
}

// dumpTextPage writes a page and its files under $PANE_TEXT_DUMP/name, when
// that is set, to compare with Chromium (/work/shared/tools/chromium-render
// DIR/name/index.html out.png 500 320).
func dumpTextPage(t *testing.T, name string, files fstest.MapFS) {
	dir := os.Getenv("PANE_TEXT_DUMP")
	if dir == "" {
		return
	}
	for path, f := range files {
		p := filepath.Join(dir, name, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkTextLargestPage lays out and rasterizes the largest page of
// ../shared/corpus/pages (by bytes) and reports the hit rates of the
// shaping cache (layout.FontSet) and of the glyph mask cache (paint, shared
// by the process). "cold" starts every iteration from a fresh font set,
// so every word is shaped and broken again; "warm" shares one set, as a
// browser does across pages.
func BenchmarkTextLargestPage(b *testing.B) {
	pages := corpusPages(b)
	largest, size := "", int64(-1)
	for _, p := range pages {
		path := strings.TrimPrefix(p.url, "file://")
		if st, err := os.Stat(path); err == nil && st.Size() > size {
			largest, size = p.url, st.Size()
		}
	}
	for _, warm := range []bool{false, true} {
		name := "cold"
		if warm {
			name = "warm"
		}
		b.Run(name+"/"+filepath.Base(largest), func(b *testing.B) {
			shared := layout.NewFontSet()
			var shapeHits, shapeMisses uint64
			var layoutTime time.Duration
			gh0, gm0 := paint.GlyphCacheStats()
			for b.Loop() {
				fonts := shared
				if !warm {
					fonts = layout.NewFontSet()
				}
				h0, m0 := fonts.ShapeCacheStats()
				br := browser.New(browser.Options{Client: offlineClient(), Fonts: fonts})
				page, err := br.Open(context.Background(), largest)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := page.Screenshot(context.Background(), browser.ScreenshotOptions{FullPage: true}); err != nil {
					b.Fatal(err)
				}
				h1, m1 := fonts.ShapeCacheStats()
				shapeHits, shapeMisses = shapeHits+h1-h0, shapeMisses+m1-m0
				layoutTime += page.Timings().Layout
			}
			gh1, gm1 := paint.GlyphCacheStats()
			rate := func(h, m uint64) float64 {
				if h+m == 0 {
					return 0
				}
				return 100 * float64(h) / float64(h+m)
			}
			n := float64(b.N)
			b.ReportMetric(float64(layoutTime.Microseconds())/n/1000, "layout-ms/op")
			b.ReportMetric(float64(shapeHits+shapeMisses)/n, "shapes/op")
			b.ReportMetric(rate(shapeHits, shapeMisses), "shape-hit%")
			b.ReportMetric(float64(gh1-gh0+gm1-gm0)/n, "glyphs/op")
			b.ReportMetric(rate(gh1-gh0, gm1-gm0), "glyph-hit%")
		})
	}
}
