package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
)

func TestHandlerFetcherInProcess(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "k", Value: "v"})
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<p>cookie=" + r.Header.Get("Cookie")))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 100; i++ {
			w.Write(make([]byte, 1024))
		}
	})
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) { panic("boom") })
	m := NewMux()
	if err := m.HandleOrigin("https://app.test/", &HandlerFetcher{Handler: mux}); err != nil {
		t.Fatal(err)
	}
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{Fetcher: m, Jar: jar, MaxBodyBytes: 10 << 10}
	get := func(p string) (*Response, error) {
		u, _ := url.Parse("https://app.test" + p)
		return c.Do(context.Background(), &Request{URL: u, Destination: DestinationDocument})
	}
	if _, err := get("/"); err != nil {
		t.Fatal(err)
	}
	resp, err := get("/old")
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL.String() != "https://app.test/" || len(resp.Redirects) != 1 || resp.MediaType != "text/html" ||
		resp.Charset != "utf-8" || string(resp.Body) != "<p>cookie=k=v" || resp.Protocol != "handler" {
		t.Errorf("response %+v body %q", resp, resp.Body)
	}
	if _, err := get("/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big body: %v", err)
	}
	if _, err := get("/panic"); err == nil || !strings.Contains(err.Error(), "panicked") {
		t.Errorf("panicking handler: %v", err)
	}
	if r, err := get("/missing"); err != nil || r.Status != 404 {
		t.Errorf("missing: %v %v", r, err)
	}
}
