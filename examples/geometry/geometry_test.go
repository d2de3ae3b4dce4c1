package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

func TestCompare(t *testing.T) {
	box := func(path string, x, y, w, h float64) element {
		label, _, _ := strings.Cut(path[strings.LastIndex(path, "/")+1:], "[")
		return element{Path: path, Label: label, HasBox: true, X: x, Y: y, W: w, H: h}
	}
	none := func(path string) element { return element{Path: path} }
	ours := []element{
		box("html", 0, 0, 800, 600),
		box("html/body[1]", 8, 8, 784, 100),
		box("html/body[1]/p[1]", 8, 8, 784, 20.5), // within 1px on every axis
		box("html/body[1]/p[2]", 8, 40, 784, 20),  // 12px lower
		none("html/body[1]/p[3]"),                 // no box in either: left out
		none("html/body[1]/span[1]"),              // box in Chromium only
		box("html/body[1]/div[1]", 0, 0, 10, 10),  // not in Chromium
	}
	chrome := []element{
		box("html", 0, 0, 800, 600),
		box("html/body[1]", 8, 8, 784, 99.5),
		box("html/body[1]/p[1]", 8.4, 8, 784, 20),
		box("html/body[1]/p[2]", 8, 28, 784, 20),
		none("html/body[1]/p[3]"),
		box("html/body[1]/span[1]", 8, 60, 0, 0),
		box("html/body[1]/ul[1]", 8, 60, 0, 0), // not in Pane
	}
	r := compare("page", ours, chrome, 5)
	if r.Matched != 5 || r.OnlyOurs != 1 || r.OnlyChromium != 1 || r.BoxOnlyOne != 1 {
		t.Errorf("matched %d, only ours %d, only chromium %d, box in one %d; want 5, 1, 1, 1",
			r.Matched, r.OnlyOurs, r.OnlyChromium, r.BoxOnlyOne)
	}
	if r.WithinX != 4 || r.WithinY != 3 || r.WithinW != 4 || r.WithinH != 4 || r.WithinAll != 3 {
		t.Errorf("within x %d y %d w %d h %d all %d; want 4 3 4 4 3", r.WithinX, r.WithinY, r.WithinW, r.WithinH, r.WithinAll)
	}
	if len(r.Worst) != 1 || r.Worst[0].Ours.Path != "html/body[1]/p[2]" || r.Worst[0].Score != 12 {
		t.Errorf("worst = %+v, want p[2] by 12px", r.Worst)
	}
	if want := "html > body > p:nth-of-type(2)"; len(r.Worst) == 1 && r.Worst[0].Selector != want {
		t.Errorf("selector %q, want %q", r.Worst[0].Selector, want)
	}
	if len(r.Sized) != 0 {
		t.Errorf("size differences = %+v, want none", r.Sized)
	}
	if len(r.BoxOnly) != 1 || r.BoxOnly[0].Ours.Path != "html/body[1]/span[1]" {
		t.Errorf("box only = %+v, want span[1]", r.BoxOnly)
	}
}

func TestSelectorPath(t *testing.T) {
	labels := map[string]string{"html": "html", "html/body[1]": "body#top", "html/body[1]/div[3]": "div.a.b"}
	tests := []struct{ path, want string }{
		{"html", "html"},
		{"html/body[1]/div[3]", "html > body#top > div.a.b:nth-of-type(3)"},
		{"html/body[1]/div[3]/p[1]/a[2]", "… > body#top > div.a.b:nth-of-type(3) > p[1] > a[2]:nth-of-type(2)"},
	}
	for _, tc := range tests {
		if got := selectorPath(tc.path, labels); got != tc.want {
			t.Errorf("selectorPath(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}

func TestParseElements(t *testing.T) {
	got, err := parseElements(`[["html","html",1,0,0,800,600],["html/body[1]","body",0,0,0,0,0]]`)
	if err != nil || len(got) != 2 || !got[0].HasBox || got[1].HasBox || got[0].W != 800 {
		t.Errorf("parseElements = %+v, %v", got, err)
	}
	for _, bad := range []string{"", "{}", `[["html",1]]`, "[[1,2,3"} {
		if _, err := parseElements(bad); err == nil {
			t.Errorf("parseElements(%q): no error", bad)
		}
	}
}

// TestCollectScriptInPane runs the collecting script in Pane over a small
// page: paths, labels and border boxes in page coordinates.
func TestCollectScriptInPane(t *testing.T) {
	src := `<!DOCTYPE html><body style="margin:0"><div id=a class="x y z" style="height:10px"></div>` +
		`<p style="margin:0;height:5px;display:none"></p><div style="height:20px"><svg width=5 height=5 style="display:block"><rect/></svg></div>`
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	page, err := browser.New(browser.Options{Viewport: browser.Viewport{Width: 300, Height: 200}}).OpenHTML(ctx, src, "")
	if err != nil {
		t.Fatal(err)
	}
	v, err := page.Eval(ctx, collectScript)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := v.(string)
	els, err := parseElements(s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range els {
		got = append(got, e.Path+" "+e.Label+" "+boxString(e))
	}
	want := []string{
		"html html (0,0 300x30)",
		"html/body[1] body (0,0 300x30)",
		"html/body[1]/div[1] div#a.x.y (0,0 300x10)",
		"html/body[1]/p[1] p (no box)",
		"html/body[1]/div[2] div (0,10 300x20)",
		"html/body[1]/div[2]/svg[1] svg (0,10 5x5)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestChromium compares one page end to end when Chromium is installed.
func TestChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if _, err := exec.LookPath("chromium"); err != nil {
		t.Skip("chromium not installed")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "p.html")
	if err := os.WriteFile(file, []byte(`<!DOCTYPE html><div style="width:100px;height:50px;margin:10px"></div>`), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	if code := run([]string{"-settle", "0", file}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	// html, body and the div, all within 1px.
	if !strings.Contains(out.String(), "p.html | 3 | 100.0% | 100.0% | 100.0% | 100.0% | 100.0% | 0 | 100.0% |") {
		t.Errorf("unexpected report:\n%s", out.String())
	}
}
