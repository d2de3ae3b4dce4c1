package fetch

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"
)

// recordFetcher answers every request with 200 and the given headers, and
// records the URLs it was asked for.
type recordFetcher struct {
	headers map[string]http.Header // by host
	asked   []string
}

func (f *recordFetcher) Fetch(ctx context.Context, req *Request) (*Response, error) {
	f.asked = append(f.asked, req.URL.String())
	h := f.headers[req.URL.Host]
	if h == nil {
		h = http.Header{}
	}
	return &Response{URL: req.URL, Status: 200, Header: h.Clone(), Protocol: "HTTP/1.1"}, nil
}

func TestHSTSStore(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	h := &HSTS{now: func() time.Time { return now }}
	u := func(s string) *url.URL { p, _ := url.Parse(s); return p }
	h.observe(u("https://a.test/"), "max-age=100; includeSubDomains")
	h.observe(u("https://b.test/"), `MAX-AGE="50"`)
	h.observe(u("http://c.test/"), "max-age=100")             // not over HTTPS: ignored
	h.observe(u("https://127.0.0.1/"), "max-age=100")         // IP literal: ignored
	h.observe(u("https://d.test/"), "max-age=100; max-age=5") // repeated directive: invalid
	h.observe(u("https://e.test/"), "includeSubDomains")      // no max-age: invalid
	h.Preload(false, "pre.test")
	cases := []struct {
		host string
		want bool
	}{
		{"a.test", true}, {"x.a.test", true}, {"A.TEST.", true},
		{"b.test", true}, {"x.b.test", false},
		{"c.test", false}, {"127.0.0.1", false}, {"d.test", false}, {"e.test", false},
		{"pre.test", true}, {"x.pre.test", false},
	}
	for _, c := range cases {
		if got := h.Known(c.host); got != c.want {
			t.Errorf("Known(%q) = %v, want %v", c.host, got, c.want)
		}
	}
	now = now.Add(60 * time.Second)
	if h.Known("b.test") || !h.Known("a.test") {
		t.Error("expiry: b.test (50 s) should be gone, a.test (100 s) kept")
	}
	h.observe(u("https://a.test/"), "max-age=0")
	if h.Known("a.test") {
		t.Error("max-age=0 did not remove the host")
	}
	if got := h.upgrade(u("http://pre.test:80/x?q")).String(); got != "https://pre.test/x?q" {
		t.Errorf("upgrade = %s", got)
	}
	if got := h.upgrade(u("http://pre.test:8080/")).String(); got != "https://pre.test:8080/" {
		t.Errorf("upgrade keeps other ports: %s", got)
	}
}

// TestClientUpgradesHSTSHosts: after an HTTPS response with the header, a
// later http: request to the host goes out as https:.
func TestClientUpgradesHSTSHosts(t *testing.T) {
	f := &recordFetcher{headers: map[string]http.Header{
		"secure.test": {"Strict-Transport-Security": {"max-age=3600"}},
	}}
	c := &Client{Fetcher: f, HSTS: &HSTS{}}
	for _, s := range []string{"http://secure.test/a", "https://secure.test/b", "http://secure.test/c", "http://other.test/d"} {
		u, _ := url.Parse(s)
		if _, err := c.Do(context.Background(), &Request{URL: u}); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"http://secure.test/a", "https://secure.test/b", "https://secure.test/c", "http://other.test/d"}
	for i := range want {
		if i >= len(f.asked) || f.asked[i] != want[i] {
			t.Fatalf("asked %v, want %v", f.asked, want)
		}
	}
}
