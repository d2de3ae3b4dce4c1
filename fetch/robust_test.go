package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"
)

// TestBrokenServers: an endless body stops at the cap, a body cut short of
// its Content-Length and a connection reset before any answer are errors
// that name the URL, and none of them hangs.
func TestBrokenServers(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/endless":
			chunk := make([]byte, 64<<10)
			for r.Context().Err() == nil {
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/truncated":
			w.Header().Set("Content-Length", "100000")
			w.Write([]byte("only the start"))
			w.(http.Flusher).Flush()
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		case "/reset":
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		}
	}))
	defer srv.Close()
	c := &Client{MaxBodyBytes: 8 << 20, MaxRedirects: -1}
	for _, c2 := range []struct {
		path   string
		tooBig bool
	}{{"/endless", true}, {"/truncated", false}, {"/reset", false}} {
		u, _ := url.Parse(srv.URL + c2.path)
		start := time.Now()
		_, err := c.Do(context.Background(), &Request{URL: u})
		if err == nil {
			t.Errorf("%s: no error", c2.path)
			continue
		}
		if c2.tooBig != errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: err %v (too large: %v)", c2.path, err, errors.Is(err, ErrTooLarge))
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s took %v", c2.path, d)
		}
		if !strings.Contains(err.Error(), c2.path) {
			t.Errorf("%s: error %q does not name the URL", c2.path, err)
		}
	}
}
