package fetch

import (
	"context"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func fileURL(p string) *url.URL {
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(p)}
}

func TestFileFetcher(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.html":       "<!doctype html><p>hi",
		"b.xht":        "<html xmlns='http://www.w3.org/1999/xhtml'/>",
		"c.xhtml":      "<html xmlns='http://www.w3.org/1999/xhtml'/>",
		"d.css":        "p{}",
		"e.JS":         "1",
		"f.svg":        "<svg/>",
		"g.woff2":      "wOF2",
		"h.ttf":        "\x00\x01\x00\x00",
		"noext":        "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"text.unknown": "plain words",
		"sp ace.htm":   "x",
	}
	want := map[string]string{
		"a.html": "text/html", "b.xht": "application/xhtml+xml", "c.xhtml": "application/xhtml+xml",
		"d.css": "text/css", "e.JS": "text/javascript", "f.svg": "image/svg+xml", "g.woff2": "font/woff2",
		"h.ttf": "font/ttf", "noext": "image/png", "text.unknown": "text/plain", "sp ace.htm": "text/html",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	for name, mt := range want {
		resp, err := FileFetcher{}.Fetch(ctx, &Request{URL: fileURL(filepath.Join(dir, name))})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if resp.MediaType != mt || string(resp.Body) != files[name] || resp.Status != 200 || resp.Protocol != "file" {
			t.Errorf("%s: got %q %d %q %q", name, resp.MediaType, resp.Status, resp.Protocol, resp.Body)
		}
	}
	rel, err := FileURL(filepath.Join(dir, "a.html"))
	if err != nil || rel.Scheme != "file" || !strings.HasSuffix(rel.Path, "/a.html") {
		t.Errorf("FileURL = %v, %v", rel, err)
	} else if resp, err := (FileFetcher{}).Fetch(ctx, &Request{URL: rel}); err != nil || string(resp.Body) != files["a.html"] {
		t.Errorf("FileURL ▶ Fetch: %v", err)
	}
	escaped := mustParse(t, (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "sp ace.htm"))}).String())
	if resp, err := (FileFetcher{}).Fetch(ctx, &Request{URL: escaped}); err != nil || string(resp.Body) != "x" {
		t.Errorf("%s: %v", escaped, err)
	}
	errTests := []struct {
		name string
		u    *url.URL
		want string
		is   error
	}{
		{"missing", fileURL(filepath.Join(dir, "nope.html")), "nope.html", ErrNotFound},
		{"directory", fileURL(dir), "is a directory", nil},
		{"remote host", &url.URL{Scheme: "file", Host: "example.com", Path: "/etc/hosts"}, "remote host", ErrBadRequest},
		{"too large", fileURL(filepath.Join(dir, "a.html")), "too large", ErrTooLarge},
	}
	for _, tt := range errTests {
		req := &Request{URL: tt.u}
		if tt.is == ErrTooLarge {
			req.MaxBodyBytes = 5
		}
		_, err := FileFetcher{}.Fetch(ctx, req)
		if err == nil || !strings.Contains(err.Error(), tt.want) || tt.is != nil && !errors.Is(err, tt.is) {
			t.Errorf("%s: err = %v, want %q / %v", tt.name, err, tt.want, tt.is)
		}
	}
}

func TestFSFetcher(t *testing.T) {
	fsys := fstest.MapFS{
		"index.html":     {Data: []byte("<p>home")},
		"css/a.css":      {Data: []byte("p{}")},
		"sub/index.html": {Data: []byte("<p>sub")},
		"t.xht":          {Data: []byte("<html/>")},
	}
	f := NewFSFetcher(fsys, "https://Test.Invalid")
	if f.Origin() != "https://test.invalid/" {
		t.Errorf("Origin() = %q", f.Origin())
	}
	tests := []struct {
		url    string
		status int
		mt     string
		body   string
	}{
		{"https://test.invalid/", 200, "text/html", "<p>home"},
		{"https://test.invalid", 200, "text/html", "<p>home"},
		{"https://TEST.invalid/css/a.css?v=1#x", 200, "text/css", "p{}"},
		{"https://test.invalid/css/../css/./a.css", 200, "text/css", "p{}"},
		{"https://test.invalid/sub/", 200, "text/html", "<p>sub"},
		{"https://test.invalid/t.xht", 200, "application/xhtml+xml", "<html/>"},
		{"https://test.invalid/missing.css", 404, "text/plain", "404 Not Found\n"},
		{"https://test.invalid/sub?x=1", 301, "", ""}, // a directory: redirect to sub/?x=1
		{"https://test.invalid/../../etc/passwd", 404, "text/plain", "404 Not Found\n"},
		{"https://other.invalid/index.html", 0, "", ""},
		{"http://test.invalid/index.html", 0, "", ""},
	}
	for _, tt := range tests {
		resp, err := f.Fetch(context.Background(), &Request{URL: mustParse(t, tt.url)})
		if tt.status == 0 {
			if err == nil {
				t.Errorf("%s: no error", tt.url)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.url, err)
			continue
		}
		if resp.Status != tt.status || resp.MediaType != tt.mt || string(resp.Body) != tt.body || resp.Protocol != "fs" {
			t.Errorf("%s: got %d %q %q %q", tt.url, resp.Status, resp.MediaType, resp.Body, resp.Protocol)
		}
		if resp.Status == 301 {
			next, err := resp.URL.Parse(resp.Header.Get("Location"))
			if err != nil || next.String() != "https://test.invalid/sub/?x=1" {
				t.Errorf("%s: Location %q ▶ %v", tt.url, resp.Header.Get("Location"), next)
			}
		}
	}
	prefixed := NewFSFetcher(fsys, "https://test.invalid/wpt/")
	if resp, err := prefixed.Fetch(context.Background(), &Request{URL: mustParse(t, "https://test.invalid/wpt/css/a.css")}); err != nil || string(resp.Body) != "p{}" {
		t.Errorf("prefixed origin: %v", err)
	}
	if _, err := prefixed.Fetch(context.Background(), &Request{URL: mustParse(t, "https://test.invalid/css/a.css")}); err == nil {
		t.Error("prefixed origin served a URL outside its prefix")
	}
}

func TestMux(t *testing.T) {
	m := NewMux()
	fsys := fstest.MapFS{"a.css": {Data: []byte("p{}")}}
	fsf := NewFSFetcher(fsys, "https://test.invalid/")
	if err := m.HandleOrigin(fsf.Origin(), fsf); err != nil {
		t.Fatal(err)
	}
	deep := NewFSFetcher(fstest.MapFS{"a.css": {Data: []byte("deep")}}, "https://test.invalid/deep/")
	if err := m.HandleOrigin(deep.Origin(), deep); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		url, body string
		proto     string
	}{
		{"https://test.invalid/a.css", "p{}", "fs"},
		{"https://test.invalid/deep/a.css", "deep", "fs"},
		{"data:,x", "x", "data"},
	}
	for _, tt := range tests {
		resp, err := m.Fetch(context.Background(), &Request{URL: mustParse(t, tt.url)})
		if err != nil || string(resp.Body) != tt.body || resp.Protocol != tt.proto {
			t.Errorf("%s: %v %+v", tt.url, err, resp)
		}
	}
	if f := m.Fetcher(mustParse(t, "HTTPS://example.com/")); f == nil {
		t.Error("no fetcher for https")
	}
	if _, err := m.Fetch(context.Background(), &Request{URL: mustParse(t, "gopher://x/")}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("unknown scheme: %v", err)
	}
	if err := m.HandleOrigin("not a url", fsf); err == nil {
		t.Error("HandleOrigin accepted a bad origin")
	}
	var zero Mux
	if _, err := zero.Fetch(context.Background(), &Request{URL: mustParse(t, "data:,x")}); err == nil {
		t.Error("zero Mux served a request")
	}
	m.Handle("data", nil)
	if _, err := m.Fetch(context.Background(), &Request{URL: mustParse(t, "data:,x")}); err == nil {
		t.Error("removed route still served")
	}
	if _, err := m.Fetch(context.Background(), nil); !errors.Is(err, ErrBadRequest) {
		t.Errorf("nil request: %v", err)
	}
}
