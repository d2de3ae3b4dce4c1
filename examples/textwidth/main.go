// Command textwidth compares Pane's text widths with Chromium's: it
// collects every text run Pane lays out in the pages given (files or
// directories of .html files) in an embedded default face (the Liberation
// fonts), then lays out each run's text alone, in a span in that face, in
// both engines (one page, getBoundingClientRect; Chromium headless through
// --dump-dom). It prints the share of distinct (text, font) pairs within 1%
// of Chromium's width, per page and overall, and the worst ones. Texts with a character the face lacks are left out
// (Pane draws .notdef where Chromium falls back to another installed font).
//
//	go run ./examples/textwidth ../shared/corpus/pages
//
// Chromium measures with the very font files Pane embeds, loaded as web
// fonts from -fontdir (by default the go-fonts/liberation module in the
// module cache), not the system's Liberation fonts, whose version may
// differ. It is a tool to run by hand, not a test: CI has no Chromium.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// sample is one distinct (text, font) pair.
type sample struct {
	Text   string
	Font   string  // the CSS font shorthand
	Ours   float64 // px
	Chrome float64
	page   string
}

func main() {
	chromium := flag.String("chromium", "chromium", "the Chromium binary")
	tol := flag.Float64("tolerance", 0.01, "relative width difference that counts as a match")
	worst := flag.Int("worst", 15, "how many of the worst samples to print")
	min := flag.Int("min", 3, "skip texts shorter than this many characters")
	fontDir := flag.String("fontdir", defaultFontDir(), "the go-fonts/liberation module directory (the embedded faces' files)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: textwidth [flags] PAGE.html|DIR ...")
		os.Exit(2)
	}
	files, err := pageFiles(flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "textwidth:", err)
		os.Exit(1)
	}
	b := browser.New(browser.Options{DisableJavaScript: true})
	var all []*sample
	seen := map[string]bool{}
	for _, f := range files {
		ss, err := collect(b, f, *min)
		if err != nil {
			fmt.Fprintf(os.Stderr, "textwidth: %s: %v\n", f, err)
			continue
		}
		for _, s := range ss {
			if k := s.Font + "\x00" + s.Text; !seen[k] {
				seen[k] = true
				all = append(all, s)
			}
		}
	}
	faces, err := faceRules(*fontDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "textwidth:", err)
		os.Exit(1)
	}
	mb := browser.New(browser.Options{Scripts: browser.ScriptOptions{TaskTimeout: 5 * time.Minute}})
	if err := measure(mb, *chromium, faces, all); err != nil {
		fmt.Fprintln(os.Stderr, "textwidth:", err)
		os.Exit(1)
	}
	report(os.Stdout, all, *tol, *worst)
}

// pageFiles expands directories into their .html files.
func pageFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(filepath.Join(a, "*.html"))
		if err != nil {
			return nil, err
		}
		out = append(out, m...)
	}
	sort.Strings(out)
	return out, nil
}

// collect lays out a page and returns a sample for each text run in a
// Liberation face, with Pane's width for the run's text shaped alone.
func collect(b *browser.Browser, path string, minLen int) ([]*sample, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	abs, _ := filepath.Abs(path)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	page, err := b.OpenHTML(ctx, string(src), "file://"+abs)
	if err != nil {
		return nil, err
	}
	root, err := page.Fragments(ctx)
	if err != nil {
		return nil, err
	}
	var out []*sample
	walk(root, func(f *layout.Fragment) {
		run := f.Text
		if f.Kind != layout.TextFragment || run == nil || run.Font == nil || f.Style == nil {
			return
		}
		text := strings.TrimSpace(run.Text)
		family := run.Font.Family()
		if len([]rune(text)) < minLen || !strings.HasPrefix(family, "Liberation") || run.FakeBold || run.FakeItalic {
			return
		}
		for _, r := range text {
			if r > ' ' && !run.Font.HasGlyph(r) {
				return // .notdef in Pane, a fallback font in Chromium
			}
		}
		spec := layout.SpecOf(f.Style)
		if !onlyLocale(spec.Features) || spec.Caps != cssom.FontVariantCaps(0) {
			return // canvas text has no font-feature-settings
		}
		spec.Families = []string{family}
		if run.Size > 0 {
			spec.Size = run.Size
		}
		if spec.Size <= 0 {
			return
		}
		out = append(out, &sample{Text: text, Font: cssFont(run.Font, spec), page: filepath.Base(path)})
	})
	return out, nil
}

// cssFont is the CSS font shorthand for a face at spec's size.
func cssFont(f *layout.Font, spec layout.FontSpec) string {
	style := "normal"
	if f.Style() != cssom.FontStyle(0) {
		style = "italic"
	}
	return fmt.Sprintf("%s %d %gpx \"pane-%s\"", style, f.Weight(), spec.Size.Float(), f.Family())
}

// defaultFontDir is the go-fonts/liberation module in the module cache.
func defaultFontDir() string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	return filepath.Join(strings.TrimSpace(string(out)), "github.com", "go-fonts", "liberation@v0.3.3")
}

// faceRules returns @font-face rules that load the twelve Liberation
// faces from dir as data: URLs, under the family names "pane-Liberation
// Serif" and so on.
func faceRules(dir string) (string, error) {
	var b strings.Builder
	for _, fam := range []string{"Serif", "Sans", "Mono"} {
		for _, st := range []struct {
			name, weight, style string
		}{{"Regular", "400", "normal"}, {"Bold", "700", "normal"}, {"Italic", "400", "italic"}, {"BoldItalic", "700", "italic"}} {
			path := filepath.Join(dir, "liberation"+strings.ToLower(fam+st.name), "Liberation"+fam+"-"+st.name+".ttf")
			data, err := os.ReadFile(path)
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&b, "@font-face{font-family:\"pane-Liberation %s\";font-weight:%s;font-style:%s;src:url(data:font/ttf;base64,%s)}\n",
				fam, st.weight, st.style, base64.StdEncoding.EncodeToString(data))
		}
	}
	return b.String(), nil
}

func walk(f *layout.Fragment, fn func(*layout.Fragment)) {
	if f == nil {
		return
	}
	fn(f)
	for _, c := range f.Children {
		walk(c, fn)
	}
}

// measure lays out every sample in both engines, in batches: one page
// with a span per sample, its width from getBoundingClientRect, in Pane
// (Ours) and in headless Chromium (Chrome). Both load the same font files
// through the same @font-face rules.
func measure(b *browser.Browser, bin, faces string, all []*sample) error {
	const batch = 4000
	for i := 0; i < len(all); i += batch {
		ss := all[i:min(i+batch, len(all))]
		page, err := measurePage(faces, ss)
		if err != nil {
			return err
		}
		chrome, err := chromiumWidths(bin, page)
		if err != nil {
			return err
		}
		ours, err := paneWidths(b, page)
		if err != nil {
			return err
		}
		if len(chrome) != len(ss) || len(ours) != len(ss) {
			return fmt.Errorf("%d and %d widths for %d texts", len(ours), len(chrome), len(ss))
		}
		for k := range ss {
			ss[k].Ours, ss[k].Chrome = ours[k], chrome[k]
		}
	}
	return nil
}

// measureScript measures the spans into a JSON array of widths (px).
const measureScript = `JSON.stringify(Array.from(document.querySelectorAll("#m > div > span"), e => e.getBoundingClientRect().width))`

// measurePage is the page both engines lay out: a span per sample, in a
// block wide enough for no line to wrap.
func measurePage(faces string, ss []*sample) (string, error) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><meta charset=utf-8><style>" + faces +
		"#m { width: 100000px } #m > div > span { white-space: pre }</style><body><div id=m>")
	for _, s := range ss {
		fmt.Fprintf(&b, "<div><span style='font:%s'>%s</span></div>", html.EscapeString(s.Font), html.EscapeString(s.Text))
	}
	// The fonts load first (document.fonts.ready), then the spans are
	// measured; the markers are split in the script's text, so that only
	// the result holds them whole.
	b.WriteString(`</div><pre id=out></pre><script>
document.fonts.ready.then(() => {
  document.getElementById("out").textContent = "@@" + "W[" + ` + measureScript + ` + "]W" + "@@";
});
</script>`)
	return b.String(), nil
}

// chromiumWidths lays out page in headless Chromium (--dump-dom) and
// returns the measured widths.
func chromiumWidths(bin, page string) ([]float64, error) {
	dir, err := os.MkdirTemp("", "textwidth")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "measure.html")
	if err := os.WriteFile(in, []byte(page), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir="+filepath.Join(dir, "profile"),
		"--virtual-time-budget=30000", "--dump-dom", "file://"+in)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("chromium: %w", err)
	}
	s := string(out)
	i, j := strings.Index(s, "@@W["), strings.LastIndex(s, "]W@@")
	if i < 0 || j < i {
		return nil, fmt.Errorf("chromium: no measurements in the dumped DOM")
	}
	var widths []float64
	err = json.Unmarshal([]byte(html.UnescapeString(s[i+4:j])), &widths)
	return widths, err
}

// paneWidths lays out page in Pane and returns the measured widths.
func paneWidths(b *browser.Browser, page string) ([]float64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	p, err := b.OpenHTML(ctx, page, "file:///textwidth/measure.html")
	if err != nil {
		return nil, err
	}
	v, err := p.Eval(ctx, measureScript)
	if err != nil {
		return nil, err
	}
	js, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("pane: measurements are a %T", v)
	}
	var widths []float64
	err = json.Unmarshal([]byte(js), &widths)
	return widths, err
}

// report prints the share within tol per page and overall, and the worst.
func report(w io.Writer, all []*sample, tol float64, worst int) {
	rel := func(s *sample) float64 {
		if s.Chrome == 0 {
			return math.Inf(1)
		}
		return math.Abs(s.Ours-s.Chrome) / s.Chrome
	}
	type count struct{ in, n int }
	pages := map[string]*count{}
	var total count
	for _, s := range all {
		c := pages[s.page]
		if c == nil {
			c = &count{}
			pages[s.page] = c
		}
		c.n++
		total.n++
		if rel(s) <= tol {
			c.in++
			total.in++
		}
	}
	names := make([]string, 0, len(pages))
	for p := range pages {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		c := pages[p]
		fmt.Fprintf(w, "%-40s %5d/%-5d %6.2f%%\n", p, c.in, c.n, 100*float64(c.in)/float64(c.n))
	}
	if total.n == 0 {
		fmt.Fprintln(w, "no samples")
		return
	}
	fmt.Fprintf(w, "%-40s %5d/%-5d %6.2f%% within %.1f%%\n", "ALL", total.in, total.n, 100*float64(total.in)/float64(total.n), 100*tol)
	sort.SliceStable(all, func(i, j int) bool { return rel(all[i]) > rel(all[j]) })
	for _, s := range all[:min(worst, len(all))] {
		fmt.Fprintf(w, "%+6.2f%% pane %8.2f chrome %8.2f  %s  %q\n", 100*(s.Ours-s.Chrome)/s.Chrome, s.Ours, s.Chrome, s.Font, trim(s.Text, 50))
	}
}

func trim(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// onlyLocale reports whether a FontSpec's features are at most the
// content language (a "locale:" entry, which the lang attribute gives
// nearly every page's text): the canvas measures such text alike.
func onlyLocale(features string) bool {
	for _, f := range strings.Split(features, ",") {
		if f != "" && !strings.HasPrefix(f, "locale:") {
			return false
		}
	}
	return true
}
