package fetch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"
)

func TestHTTPCache(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/fresh":
			w.Header().Set("Cache-Control", "max-age=60")
		case "/etag":
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.Header().Set("X-Revalidated", "yes")
				w.WriteHeader(http.StatusNotModified)
				return
			}
		case "/nostore":
			w.Header().Set("Cache-Control", "no-store, max-age=60")
		case "/vary":
			w.Header().Set("Cache-Control", "max-age=60")
			w.Header().Set("Vary", "Accept-Language")
		case "/expires":
			w.Header().Set("Date", time.Now().UTC().Format(http.TimeFormat))
			w.Header().Set("Expires", time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat))
		}
		w.Write([]byte("body of " + r.URL.Path))
	}))
	defer srv.Close()
	now := time.Now()
	cache := &Cache{now: func() time.Time { return now }}
	c := &Client{Cache: cache}
	get := func(p, lang string) *Response {
		t.Helper()
		u, _ := url.Parse(srv.URL + p)
		req := &Request{URL: u}
		if lang != "" {
			req.Header = http.Header{"Accept-Language": {lang}}
		}
		resp, err := c.Do(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != "body of "+p {
			t.Fatalf("%s: body %q", p, resp.Body)
		}
		return resp
	}
	for i := 0; i < 3; i++ {
		get("/fresh", "")
		get("/etag", "")
		get("/nostore", "")
		get("/expires", "")
	}
	if r := get("/fresh", ""); !r.FromCache {
		t.Error("a fresh response was not served from the cache")
	}
	if r := get("/etag", ""); r.FromCache || r.Header.Get("X-Revalidated") != "yes" || r.Status != 200 {
		t.Errorf("revalidated response: FromCache %v, status %d, headers %v", r.FromCache, r.Status, r.Header)
	}
	get("/vary", "en")
	get("/vary", "en")
	get("/vary", "fr")
	now = now.Add(61 * time.Second)
	get("/fresh", "")
	mu.Lock()
	defer mu.Unlock()
	want := map[string]int{"/fresh": 2, "/etag": 4, "/nostore": 3, "/expires": 3, "/vary": 2}
	for p, n := range want {
		if hits[p] != n {
			t.Errorf("%s: %d requests reached the server, want %d", p, hits[p], n)
		}
	}
}

func TestFreshnessLifetime(t *testing.T) {
	date := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	mk := func(kv ...string) *Response {
		h := http.Header{"Date": {date.Format(http.TimeFormat)}}
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return &Response{Header: h}
	}
	cases := []struct {
		resp     *Response
		lifetime time.Duration
		explicit bool
	}{
		{mk("Cache-Control", "public, max-age=300"), 5 * time.Minute, true},
		{mk("Cache-Control", "max-age=300", "Expires", date.Add(time.Hour).Format(http.TimeFormat)), 5 * time.Minute, true},
		{mk("Expires", date.Add(time.Hour).Format(http.TimeFormat)), time.Hour, true},
		{mk("Expires", "0"), 0, true},
		{mk("Last-Modified", date.Add(-100*time.Hour).Format(http.TimeFormat)), 10 * time.Hour, false},
		{mk(), 0, false},
	}
	for i, c := range cases {
		got, explicit := freshnessLifetime(c.resp, date)
		if got != c.lifetime || explicit != c.explicit {
			t.Errorf("case %d: lifetime %v explicit %v, want %v %v", i, got, explicit, c.lifetime, c.explicit)
		}
	}
}
