package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func runCLI(t *testing.T, args ...string) (int, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stderr.String()
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestDemoPageRendersDeterministically(t *testing.T) {
	dir := t.TempDir()
	a, b, c := filepath.Join(dir, "a.png"), filepath.Join(dir, "b.png"), filepath.Join(dir, "c.png")
	if code, errs := runCLI(t, "-o", a); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if code, errs := runCLI(t, "-o", b); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	prev := runtime.GOMAXPROCS(1)
	code, errs := runCLI(t, "-o", c)
	runtime.GOMAXPROCS(prev)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	bc, _ := os.ReadFile(c)
	if !bytes.Equal(ba, bb) || !bytes.Equal(ba, bc) {
		t.Error("the demo page rendered to different bytes")
	}
	if got := decodePNG(t, a).Bounds().Size(); got != image.Pt(800, 600) {
		t.Errorf("demo size %v", got)
	}
}

func TestFlagsAndExitCodes(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "p.html")
	os.WriteFile(html, []byte(`<p style="height:2000px">tall`), 0o644)
	cases := []struct {
		args []string
		code int
		w, h int
		err  string
	}{
		{[]string{"-width", "320", "-height", "200", "-o", filepath.Join(dir, "1.png"), html}, 0, 320, 200, ""},
		{[]string{"-width", "320", "-height", "200", "-scale", "2", "-o", filepath.Join(dir, "2.png"), html}, 0, 640, 400, ""},
		{[]string{"-width", "320", "-height", "200", "-full", "-o", filepath.Join(dir, "3.png"), html}, 0, 320, 2032, ""},
		{[]string{"-o", filepath.Join(dir, "4.png"), "data:text/html,<h1>hi"}, 0, 800, 600, ""},
		{[]string{"-width", "0"}, 2, 0, 0, "-width"},
		{[]string{"-nosuchflag"}, 2, 0, 0, "flag provided but not defined"},
		{[]string{"-o", filepath.Join(dir, "5.png"), "gopher://x/"}, 2, 0, 0, "unsupported URL scheme"},
		{[]string{"-o", filepath.Join(dir, "6.png"), filepath.Join(dir, "missing.html")}, 1, 0, 0, "missing.html"},
		{[]string{"-fonts", filepath.Join(dir, "nofonts"), "-o", filepath.Join(dir, "7.png"), html}, 1, 0, 0, "-fonts"},
	}
	for _, c := range cases {
		code, errs := runCLI(t, c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, c.code, errs)
			continue
		}
		if c.err != "" && !strings.Contains(errs, c.err) {
			t.Errorf("%v: stderr %q does not mention %q", c.args, errs, c.err)
		}
		if c.code == 0 {
			out := c.args[len(c.args)-2]
			if got := decodePNG(t, out).Bounds().Size(); got != image.Pt(c.w, c.h) {
				t.Errorf("%v: size %v, want %dx%d", c.args, got, c.w, c.h)
			}
		}
	}
}

func TestSeveralInputsGoToADirectory(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	os.WriteFile(a, []byte(`<p>a`), 0o644)
	out := filepath.Join(dir, "out")
	lay := filepath.Join(dir, "lay")
	code, errs := runCLI(t, "-o", out, "-layout", lay, a, "data:text/html,<p>b")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, name := range []string{"out/001-a.png", "out/002-page.png", "lay/001-a.txt"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestBrokenSubresourceStillRendersAndIsNamed(t *testing.T) {
	dir := t.TempDir()
	html := filepath.Join(dir, "p.html")
	os.WriteFile(html, []byte(`<link rel=stylesheet href=gone.css><img src=gone.png><p>text`), 0o644)
	out := filepath.Join(dir, "p.png")
	code, errs := runCLI(t, "-o", out, html)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "gone.css") || !strings.Contains(errs, "gone.png") {
		t.Errorf("stderr does not name the failures: %q", errs)
	}
}

func TestHugeFileFailsClearly(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "huge.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("<p>lorem ipsum dolor sit amet</p>\n"), 1<<15)
	for written := 0; written < 100<<20; written += len(chunk) {
		f.Write(chunk)
	}
	f.Close()
	code, errs := runCLI(t, "-o", filepath.Join(dir, "h.png"), path)
	if code != 1 || !strings.Contains(errs, "too large") {
		t.Errorf("exit %d, stderr %q: want 1 and a size error", code, errs)
	}
}
