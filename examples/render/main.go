// Command render renders web pages to PNG with Pane.
//
//	go run ./examples/render [flags] [INPUT ...]
//
// INPUT is an http(s) URL, a file path, a file: URL or a data: URL; with no
// input it renders a built-in demo page. The flags and exit codes are the
// contract in DESIGN.md §8: exit 0 on success, 1 on failure (the reason on
// stderr), 2 on bad usage. A page whose subresources fail still renders; the
// failures are named on stderr.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

type config struct {
	out       string
	width     int
	height    int
	full      bool
	scale     float64
	timeout   time.Duration
	js        bool
	layoutOut string
	harOut    string
	traceOut  string
	verbose   bool
	fonts     string
	inputs    []string
}

// errUsage marks a bad command line (exit 2).
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if err := render(cfg, stderr); err != nil {
		fmt.Fprintln(stderr, "render:", err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.out, "o", "render.png", "output PNG (with several inputs, a directory)")
	fs.IntVar(&cfg.width, "width", 800, "viewport width in CSS px")
	fs.IntVar(&cfg.height, "height", 600, "viewport height in CSS px")
	fs.BoolVar(&cfg.full, "full", false, "capture the whole page height, not just the viewport")
	fs.Float64Var(&cfg.scale, "scale", 1, "device pixel ratio")
	fs.DurationVar(&cfg.timeout, "timeout", 30*time.Second, "time budget for the whole page")
	fs.BoolVar(&cfg.js, "js", true, "run scripts (scripts are not run yet; -js=false shows <noscript> content)")
	fs.StringVar(&cfg.layoutOut, "layout", "", "also write the layout dump to this file")
	fs.StringVar(&cfg.harOut, "har", "", "also write the network log as HAR 1.2")
	fs.StringVar(&cfg.traceOut, "trace", "", "also write the timeline as Chrome trace-event JSON (Perfetto opens it)")
	fs.BoolVar(&cfg.verbose, "v", false, "print the network waterfall and the phase timings on stderr")
	fs.StringVar(&cfg.fonts, "fonts", "", "add every font file in this directory (TTF, OTF, WOFF)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: render [flags] [INPUT ...]\n\nINPUT is an http(s) URL, a file path, a file: URL or a data: URL;\nnone renders the built-in demo page.\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	cfg.inputs = fs.Args()
	switch {
	case cfg.width <= 0 || cfg.height <= 0 || cfg.width > 16384 || cfg.height > 16384:
		fmt.Fprintln(stderr, "render: -width and -height must be between 1 and 16384")
		return nil, errUsage
	case cfg.scale <= 0 || cfg.scale > 8:
		fmt.Fprintln(stderr, "render: -scale must be in (0, 8]")
		return nil, errUsage
	case cfg.timeout <= 0:
		fmt.Fprintln(stderr, "render: -timeout must be positive")
		return nil, errUsage
	}
	return cfg, nil
}

func render(cfg *config, stderr io.Writer) error {
	opts := browser.Options{
		Viewport:          browser.Viewport{Width: cfg.width, Height: cfg.height},
		DeviceScaleFactor: cfg.scale,
		DisableJavaScript: !cfg.js,
	}
	if cfg.fonts != "" {
		fonts := layout.NewFontSet()
		if err := fonts.AddDir(cfg.fonts); err != nil {
			return fmt.Errorf("-fonts %s: %w", cfg.fonts, err)
		}
		opts.Fonts = fonts
	}
	b := browser.New(opts)
	if len(cfg.inputs) <= 1 {
		in := ""
		if len(cfg.inputs) == 1 {
			in = cfg.inputs[0]
		}
		return renderOne(b, cfg, in, outputs{cfg.out, cfg.layoutOut, cfg.harOut, cfg.traceOut}, stderr)
	}
	if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}
	failed := 0
	for i, in := range cfg.inputs {
		name := outputName(in, i)
		stem := strings.TrimSuffix(name, ".png")
		outs := outputs{png: filepath.Join(cfg.out, name)}
		if cfg.layoutOut != "" {
			outs.layout = filepath.Join(cfg.layoutOut, stem+".txt")
		}
		if cfg.harOut != "" {
			outs.har = filepath.Join(cfg.harOut, stem+".har")
		}
		if cfg.traceOut != "" {
			outs.trace = filepath.Join(cfg.traceOut, stem+".json")
		}
		if err := renderOne(b, cfg, in, outs, stderr); err != nil {
			fmt.Fprintf(stderr, "render: %s: %v\n", in, err)
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d inputs failed", failed, len(cfg.inputs))
	}
	return nil
}

// outputName names the PNG of the i-th input in an output directory.
func outputName(in string, i int) string {
	base := in
	if u, err := url.Parse(in); err == nil && u.Scheme != "" && u.Scheme != "file" && len(u.Scheme) > 1 {
		base = u.Host + u.Path
	}
	base = strings.TrimSuffix(filepath.Base(base), filepath.Ext(base))
	if base == "" || base == "." || base == "/" {
		base = "page"
	}
	return fmt.Sprintf("%03d-%s.png", i+1, base)
}

// outputs are the files one input renders to ("" for those not asked for).
type outputs struct {
	png, layout, har, trace string
}

func renderOne(b *browser.Browser, cfg *config, in string, outs outputs, stderr io.Writer) error {
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	var (
		page *browser.Page
		err  error
	)
	if in == "" {
		page, err = b.OpenHTML(ctx, demoPage(), "about:demo")
	} else {
		u, uerr := inputURL(in)
		if uerr != nil {
			return uerr
		}
		page, err = b.Open(ctx, u)
	}
	if err != nil {
		return err
	}
	for _, d := range page.Diagnostics() {
		fmt.Fprintln(stderr, "render: warning:", d)
	}
	img, err := page.Screenshot(ctx, browser.ScreenshotOptions{FullPage: cfg.full})
	if err != nil {
		return err
	}
	if err := writeFile(outs.png, func(w io.Writer) error { return paint.EncodePNG(w, img) }); err != nil {
		return err
	}
	if cfg.verbose {
		fmt.Fprintf(stderr, "%s\n%s", page.Waterfall(), page.Timings())
		fmt.Fprintln(stderr)
	}
	for _, extra := range []struct {
		path string
		data func() ([]byte, error)
	}{
		{outs.trace, page.Trace},
		{outs.har, page.HAR},
		{outs.layout, func() ([]byte, error) { return []byte(page.LayoutDump()), nil }},
	} {
		if extra.path == "" {
			continue
		}
		data, err := extra.data()
		if err != nil {
			return err
		}
		if err := writeFile(extra.path, func(w io.Writer) error {
			_, err := w.Write(data)
			return err
		}); err != nil {
			return err
		}
	}
	return nil
}

// inputURL turns a command-line input into a URL: URLs with a scheme stay as
// they are; anything else is a file path.
func inputURL(in string) (string, error) {
	if u, err := url.Parse(in); err == nil && len(u.Scheme) > 1 {
		switch strings.ToLower(u.Scheme) {
		case "http", "https", "file", "data":
			return in, nil
		}
		return "", fmt.Errorf("%s: unsupported URL scheme %q: %w", in, u.Scheme, errUsage)
	}
	abs, err := filepath.Abs(in)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(abs); err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String(), nil
}

// writeFile writes through a temporary file and renames it, so a failed
// render never leaves a truncated output behind.
func writeFile(path string, fill func(io.Writer) error) error {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".render-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := fill(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
