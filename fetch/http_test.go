package fetch

import (
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// newHTTPFetcher returns an HTTPFetcher with its own transport, trusting srv's
// certificate when srv uses TLS. The transport's idle connections are closed
// at the end of the test.
func newHTTPFetcher(t testing.TB, srv *httptest.Server) *HTTPFetcher {
	t.Helper()
	tr := NewTransport(nil)
	if srv != nil && srv.TLS != nil {
		pool := x509.NewCertPool()
		pool.AddCert(srv.Certificate())
		tr.TLSClientConfig.RootCAs = pool
	}
	t.Cleanup(tr.CloseIdleConnections)
	return &HTTPFetcher{Transport: tr}
}

// countConns makes srv count the TCP connections it accepts; call it before
// starting srv.
func countConns(srv *httptest.Server) *atomic.Int32 {
	var n atomic.Int32
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			n.Add(1)
		}
	}
	return &n
}

func TestHTTPFetcher(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html; Charset=\"Shift_JIS\"")
			io.WriteString(w, "<p>hi")
		case "/post":
			b, _ := io.ReadAll(r.Body)
			w.Header().Set("X-Method", r.Method)
			w.Header().Set("X-Test", r.Header.Get("X-Test"))
			w.Write(b)
		case "/redirect":
			http.Redirect(w, r, "/page", http.StatusFound)
		case "/sniff":
			w.Header()["Content-Type"] = nil // no Content-Type: sniffed
			io.WriteString(w, "\x89PNG\r\n\x1a\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f := newHTTPFetcher(t, srv)
	ctx := context.Background()
	tests := []struct {
		path, method, body string
		status             int
		mt, cs, want       string
	}{
		{"/page", "", "", 200, "text/html", "shift_jis", "<p>hi"},
		{"/post", "POST", "a=1", 200, "text/plain", "utf-8", "a=1"},
		{"/redirect", "", "", 302, "text/html", "utf-8", "<a href=\"/page\">Found</a>.\n\n"},
		{"/missing", "", "", 404, "text/plain", "utf-8", "404 page not found\n"},
		{"/sniff", "", "", 200, "image/png", "", "\x89PNG\r\n\x1a\n"},
		{"/page", "HEAD", "", 200, "text/html", "shift_jis", ""},
	}
	for _, tt := range tests {
		req := &Request{URL: mustParse(t, srv.URL+tt.path), Method: tt.method, Header: http.Header{"X-Test": {"v"}}}
		if tt.body != "" {
			req.Body = []byte(tt.body)
		}
		resp, err := f.Fetch(ctx, req)
		if err != nil {
			t.Errorf("%s %s: %v", tt.method, tt.path, err)
			continue
		}
		if resp.Status != tt.status || resp.MediaType != tt.mt || resp.Charset != tt.cs || string(resp.Body) != tt.want {
			t.Errorf("%s %s: got %d %q %q %q", tt.method, tt.path, resp.Status, resp.MediaType, resp.Charset, resp.Body)
		}
		if resp.OK() != (tt.status == 200) || resp.Protocol != "HTTP/1.1" || resp.RemoteAddr == "" {
			t.Errorf("%s: OK %v protocol %q remote %q", tt.path, resp.OK(), resp.Protocol, resp.RemoteAddr)
		}
		if tt.path == "/post" && (resp.Header.Get("X-Method") != "POST" || resp.Header.Get("X-Test") != "v") {
			t.Errorf("/post: server saw %v", resp.Header)
		}
		if resp.Timing.Start.IsZero() || resp.Timing.Total <= 0 || resp.Timing.Total < resp.Timing.Wait {
			t.Errorf("%s: timing %+v", tt.path, resp.Timing)
		}
	}
}

func TestHTTP2(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css")
		io.WriteString(w, r.Proto)
	}))
	srv.EnableHTTP2 = true
	conns := countConns(srv)
	srv.StartTLS()
	defer srv.Close()
	f := newHTTPFetcher(t, srv)
	for i := range 3 {
		resp, err := f.Fetch(context.Background(), &Request{URL: mustParse(t, srv.URL+"/a.css")})
		if err != nil {
			t.Fatal(err)
		}
		if resp.Protocol != "HTTP/2.0" || string(resp.Body) != "HTTP/2.0" {
			t.Errorf("protocol %q, server saw %q", resp.Protocol, resp.Body)
		}
		if i == 0 && (resp.Timing.TLS <= 0 || resp.Timing.Connect <= 0 || resp.Timing.Reused) {
			t.Errorf("first request timing %+v: want TLS and connect phases", resp.Timing)
		}
		if i > 0 && !resp.Timing.Reused {
			t.Errorf("request %d did not reuse the HTTP/2 connection", i)
		}
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("%d connections for 3 HTTP/2 requests, want 1", n)
	}
}

func TestKeepAlive(t *testing.T) {
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	conns := countConns(srv)
	srv.Start()
	defer srv.Close()
	f := newHTTPFetcher(t, srv)
	for i := range 5 {
		resp, err := f.Fetch(context.Background(), &Request{URL: mustParse(t, srv.URL)})
		if err != nil {
			t.Fatal(err)
		}
		if got := resp.Timing.Reused; got != (i > 0) {
			t.Errorf("request %d: Reused = %v", i, got)
		}
	}
	if n := conns.Load(); n != 1 {
		t.Errorf("%d connections for 5 sequential requests, want 1 (keep-alive)", n)
	}
}

func TestHTTPBodyLimit(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			for range 100 {
				io.WriteString(w, strings.Repeat("x", 1000))
				w.(http.Flusher).Flush()
			}
			return
		}
		io.WriteString(w, strings.Repeat("y", 5000)) // with Content-Length
	}))
	defer srv.Close()
	f := newHTTPFetcher(t, srv)
	for _, p := range []string{"/chunked", "/sized"} {
		_, err := f.Fetch(context.Background(), &Request{URL: mustParse(t, srv.URL+p), MaxBodyBytes: 4096})
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "too large") {
			t.Errorf("%s: err = %v, want ErrTooLarge", p, err)
		}
	}
	resp, err := f.Fetch(context.Background(), &Request{URL: mustParse(t, srv.URL+"/sized"), MaxBodyBytes: 5000})
	if err != nil || len(resp.Body) != 5000 {
		t.Errorf("body at the limit: %v", err)
	}
}

// slowServer answers after a delay, or never once block is set; it always
// gives up when the client goes away.
func slowServer(t testing.TB) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow-body" {
			w.Header().Set("Content-Length", "10")
			io.WriteString(w, "12345")
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestHTTPContextTimeout(t *testing.T) {
	srv := slowServer(t)
	f := newHTTPFetcher(t, srv)
	for _, p := range []string{"/slow-headers", "/slow-body"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		start := time.Now()
		_, err := f.Fetch(ctx, &Request{URL: mustParse(t, srv.URL+p)})
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: err = %v, want DeadlineExceeded", p, err)
		}
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Errorf("%s: returned after %v", p, d)
		}
	}
}

func TestHTTPConnectionRefused(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, err = (&HTTPFetcher{}).Fetch(context.Background(), &Request{URL: mustParse(t, "http://"+addr+"/")})
	if err == nil || !strings.Contains(err.Error(), addr) {
		t.Errorf("err = %v, want an error naming %s", err, addr)
	}
}

func TestHTTPTimingDNS(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	if _, err := net.LookupHost("localhost"); err != nil {
		t.Skipf("no localhost here: %v", err)
	}
	u := mustParse(t, srv.URL)
	u.Host = "localhost:" + u.Port()
	resp, err := newHTTPFetcher(t, srv).Fetch(context.Background(), &Request{URL: u})
	if err != nil {
		t.Skipf("localhost does not reach the loopback server: %v", err)
	}
	tm := resp.Timing
	if tm.DNS <= 0 || tm.Connect <= 0 || tm.TLS != 0 || tm.Total < tm.DNS+tm.Connect {
		t.Errorf("timing %+v: want DNS and connect phases, no TLS, within Total", tm)
	}
}
