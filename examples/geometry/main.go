// Command geometry compares Pane's layout with Chromium's, element by
// element: for each HTML file it prints the share of elements whose border
// box (getBoundingClientRect) agrees within 1 CSS px on x, y, width and
// height, and the elements that differ most, named by a selector path.
//
//	go run ./examples/geometry [-width 1280 -height 800] [-worst 5] FILE_OR_DIR ...
//
// A directory stands for the .html files under it. Both engines run the same
// collecting script over the unmodified file: Pane through Page.Eval after
// Open has settled, Chromium (the Debian `chromium` package, headless, no
// scrollbars, the system's fonts, where fontconfig maps Times New Roman,
// Arial and Courier New to the Liberation faces that Pane embeds, and, with
// -same-fonts (the default), serif, sans-serif, system-ui and monospace
// too) through
// the DevTools protocol after the load event. Elements are matched by their
// path of tag names and sibling indices, so a subtree that only one engine
// has (a script that ran differently) does not shift the rest.
//
// Exit status: 0 when every page was compared, 1 when one failed, 2 on bad
// usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/layout"
)

type config struct {
	width, height int
	worst         int
	chromium      string
	settle        time.Duration
	timeout       time.Duration
	taskTimeout   time.Duration
	fonts         string
	sameFonts     bool
	dump          string
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	var cfg config
	fs := flag.NewFlagSet("geometry", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&cfg.width, "width", 1280, "viewport width in CSS px")
	fs.IntVar(&cfg.height, "height", 800, "viewport height in CSS px")
	fs.IntVar(&cfg.worst, "worst", 5, "how many of the most different elements to list per page")
	fs.StringVar(&cfg.chromium, "chromium", "chromium", "the Chromium binary")
	fs.DurationVar(&cfg.settle, "settle", 500*time.Millisecond, "how long Chromium runs after the load event")
	fs.DurationVar(&cfg.timeout, "timeout", 60*time.Second, "time budget per page and engine")
	fs.DurationVar(&cfg.taskTimeout, "task-timeout", 30*time.Second, "Pane's time budget for one script task, the collecting script's included (its geometry reads cost more on big pages)")
	fs.StringVar(&cfg.fonts, "fonts", "", "add every font file in this directory to Pane's font set")
	fs.StringVar(&cfg.dump, "dump", "", "also write each engine's raw element list (JSON) into this directory")
	fs.BoolVar(&cfg.sameFonts, "same-fonts", true, "make Chromium's generic families the Liberation faces Pane uses")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files, err := htmlFiles(fs.Args())
	if err != nil || len(files) == 0 {
		fmt.Fprintf(stderr, "geometry: %v\nusage: geometry [flags] FILE_OR_DIR ...\n", cmpErr(err, "no input"))
		return 2
	}
	opts := browser.Options{Viewport: browser.Viewport{Width: cfg.width, Height: cfg.height},
		Scripts: browser.ScriptOptions{TaskTimeout: cfg.taskTimeout}}
	if cfg.fonts != "" {
		set := layout.NewFontSet()
		if err := set.AddDir(cfg.fonts); err != nil {
			fmt.Fprintf(stderr, "geometry: -fonts: %v\n", err)
			return 2
		}
		opts.Fonts = set
	}
	b := browser.New(opts)
	cr, err := startChromium(cfg.chromium, cfg.sameFonts)
	if err != nil {
		fmt.Fprintf(stderr, "geometry: %v\n", err)
		return 1
	}
	defer cr.close()
	var reps []report
	status := 0
	for _, f := range files {
		rep, err := comparePage(b, cr, f, cfg)
		if err != nil {
			fmt.Fprintf(stderr, "geometry: %s: %v\n", f, err)
			status = 1
			continue
		}
		reps = append(reps, rep)
	}
	printReports(stdout, reps)
	return status
}

func cmpErr(err error, fallback string) error {
	if err != nil {
		return err
	}
	return errors.New(fallback)
}

// comparePage runs the collecting script over file in both engines.
func comparePage(b *browser.Browser, cr *chromium, file string, cfg config) (report, error) {
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String()
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	page, err := b.Open(ctx, u)
	if err != nil {
		return report{}, err
	}
	v, err := page.Eval(ctx, collectScript)
	if err != nil {
		return report{}, fmt.Errorf("pane: %w", err)
	}
	s, _ := v.(string)
	if err := dumpJSON(cfg.dump, file, "pane", s); err != nil {
		return report{}, err
	}
	ours, err := parseElements(s)
	if err != nil {
		return report{}, fmt.Errorf("pane: %w", err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel2()
	s, err = cr.eval(ctx2, u, cfg.width, cfg.height, cfg.settle, collectScript)
	if err != nil {
		return report{}, err
	}
	if err := dumpJSON(cfg.dump, file, "chromium", s); err != nil {
		return report{}, err
	}
	chrome, err := parseElements(s)
	if err != nil {
		return report{}, fmt.Errorf("chromium: %w", err)
	}
	return compare(file, ours, chrome, cfg.worst), nil
}

// dumpJSON writes one engine's element list for page file into dir as
// PARENT-NAME.ENGINE.json; nothing when dir is "".
func dumpJSON(dir, file, engine, data string) error {
	if dir == "" {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	name := strings.TrimSuffix(strings.ReplaceAll(shortName(file), string(filepath.Separator), "-"), filepath.Ext(file))
	return os.WriteFile(filepath.Join(dir, name+"."+engine+".json"), []byte(data), 0o644)
}

// htmlFiles expands the arguments: files as they are, directories to the
// .html and .htm files under them, sorted, as absolute paths.
func htmlFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		abs, err := filepath.Abs(a)
		if err != nil {
			return nil, err
		}
		st, err := os.Stat(abs)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, abs)
			continue
		}
		var found []string
		err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if ext := strings.ToLower(filepath.Ext(p)); !d.IsDir() && (ext == ".html" || ext == ".htm") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// printReports writes a Markdown table, one row per page and a total, then
// the worst elements of each page.
func printReports(w io.Writer, reps []report) {
	fmt.Fprintln(w, "| page | elements | x | y | w | h | all four | box in one only | all four, boxed in both |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	var t report
	for _, r := range reps {
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s | %d | %s |\n", shortName(r.Page), r.Matched,
			share(r.WithinX, r.Matched), share(r.WithinY, r.Matched), share(r.WithinW, r.Matched),
			share(r.WithinH, r.Matched), share(r.WithinAll, r.Matched), r.BoxOnlyOne,
			share(r.WithinAll, r.Matched-r.BoxOnlyOne))
		t.Matched += r.Matched
		t.WithinX += r.WithinX
		t.WithinY += r.WithinY
		t.WithinW += r.WithinW
		t.WithinH += r.WithinH
		t.WithinAll += r.WithinAll
		t.BoxOnlyOne += r.BoxOnlyOne
	}
	fmt.Fprintf(w, "| **all** | %d | %s | %s | %s | %s | %s | %d | %s |\n", t.Matched,
		share(t.WithinX, t.Matched), share(t.WithinY, t.Matched), share(t.WithinW, t.Matched),
		share(t.WithinH, t.Matched), share(t.WithinAll, t.Matched), t.BoxOnlyOne,
		share(t.WithinAll, t.Matched-t.BoxOnlyOne))
	for _, r := range reps {
		if len(r.Worst)+len(r.BoxOnly) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n### %s (elements only in Pane %d, only in Chromium %d)\n", shortName(r.Page), r.OnlyOurs, r.OnlyChromium)
		for _, l := range []struct {
			title string
			ms    []mismatch
		}{{"worst", r.Worst}, {"first in document order", r.First}, {"first size differences", r.Sized}, {"box in one engine only", r.BoxOnly}} {
			if len(l.ms) > 0 {
				fmt.Fprintf(w, "%s:\n", l.title)
			}
			for _, m := range l.ms {
				fmt.Fprintf(w, "  %s\n    pane %s  chromium %s\n", m.Selector, boxString(m.Ours), boxString(m.Chromium))
			}
		}
	}
}

func boxString(e element) string {
	if !e.HasBox {
		return "(no box)"
	}
	return fmt.Sprintf("(%g,%g %gx%g)", e.X, e.Y, e.W, e.H)
}

// shortName keeps the last two path elements of a page's file name.
func shortName(p string) string {
	dir, file := filepath.Split(p)
	return filepath.Join(filepath.Base(dir), file)
}
