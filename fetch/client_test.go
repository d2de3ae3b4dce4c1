package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// echo is what the redirect test server reports about the final request.
func echoRequest(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	fmt.Fprintf(w, "%s %s body=%q ct=%q", r.Method, r.URL.Path, b, r.Header.Get("Content-Type"))
}

func redirectServer(t testing.TB) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/final", echoRequest)
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/chain/"))
		if n <= 0 {
			http.Redirect(w, r, "/final", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("../chain/%d", n-1), http.StatusMovedPermanently) // relative
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		code, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/status/"))
		w.Header().Set("Location", "/final")
		w.WriteHeader(code)
	})
	mux.HandleFunc("/to", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", r.URL.Query().Get("u"))
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/nolocation", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusFound)
		io.WriteString(w, "stay")
	})
	mux.HandleFunc("/headers", func(w http.ResponseWriter, r *http.Request) {
		for _, k := range []string{"User-Agent", "Accept", "Accept-Language", "Referer", "Cookie", "Authorization"} {
			fmt.Fprintf(w, "%s: %s\n", k, r.Header.Get(k))
		}
	})
	mux.HandleFunc("/setcookie", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "42", Path: "/"})
		http.Redirect(w, r, "/headers", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestClientRedirects(t *testing.T) {
	srv := redirectServer(t)
	c := &Client{Fetcher: newHTTPFetcher(t, srv)}
	tests := []struct {
		name, path, method, body string
		want                     string // final body prefix; "" when an error is expected
		redirects                int
		errIs                    error
		errHas                   string
	}{
		{"chain", "/chain/3", "", "", `GET /final body=""`, 4, nil, ""},
		{"loop", "/loop", "", "", "", 0, ErrTooManyRedirects, "redirect loop"},
		{"303 POST becomes GET", "/status/303", "POST", "a=1", `GET /final body="" ct=""`, 1, nil, ""},
		{"303 PUT becomes GET", "/status/303", "PUT", "a=1", `GET /final body="" ct=""`, 1, nil, ""},
		{"303 HEAD stays HEAD", "/status/303", "HEAD", "", ``, 1, nil, ""},
		{"302 POST becomes GET", "/status/302", "POST", "a=1", `GET /final body="" ct=""`, 1, nil, ""},
		{"301 POST becomes GET", "/status/301", "POST", "a=1", `GET /final body="" ct=""`, 1, nil, ""},
		{"302 PUT stays PUT", "/status/302", "PUT", "a=1", `PUT /final body="a=1" ct="text/plain"`, 1, nil, ""},
		{"307 keeps POST", "/status/307", "POST", "a=1", `POST /final body="a=1" ct="text/plain"`, 1, nil, ""},
		{"308 keeps POST", "/status/308", "POST", "a=1", `POST /final body="a=1" ct="text/plain"`, 1, nil, ""},
		{"300 is not followed", "/status/300", "", "", "", 0, nil, ""},
		{"no Location", "/nolocation", "", "", "stay", 0, nil, ""},
		{"to file:", "/to?u=file:///etc/passwd", "", "", "", 0, ErrRefused, "file"},
		{"to data:", "/to?u=data:,x", "", "", "", 0, ErrRefused, "data"},
		{"bad Location", "/to?u=http://%5B::1", "", "", "", 0, nil, "invalid Location"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := &Request{URL: mustParse(t, srv.URL+tt.path), Method: tt.method}
			if tt.body != "" {
				req.Body = []byte(tt.body)
				req.Header = http.Header{"Content-Type": {"text/plain"}}
			}
			resp, err := c.Do(context.Background(), req)
			if tt.errIs != nil || tt.errHas != "" {
				if err == nil || tt.errIs != nil && !errors.Is(err, tt.errIs) || !strings.Contains(err.Error(), tt.errHas) {
					t.Fatalf("err = %v, want %v containing %q", err, tt.errIs, tt.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(resp.Body), tt.want) || len(resp.Redirects) != tt.redirects {
				t.Errorf("body %q, %d redirects; want %q, %d", resp.Body, len(resp.Redirects), tt.want, tt.redirects)
			}
			if tt.redirects > 0 {
				if resp.Redirects[0].String() != req.URL.String() || resp.URL.Path != "/final" {
					t.Errorf("Redirects[0] = %v, URL = %v", resp.Redirects[0], resp.URL)
				}
				if tm := resp.Timing; tm.Redirect <= 0 || tm.Total < tm.Redirect {
					t.Errorf("timing %+v: want Redirect > 0 within Total", tm)
				}
				if req.URL.Path != tt.path[:len(req.URL.Path)] {
					t.Errorf("the request was modified: %v", req.URL)
				}
			}
		})
	}
}

func TestClientRedirectLimits(t *testing.T) {
	srv := redirectServer(t)
	f := newHTTPFetcher(t, srv)
	_, err := (&Client{Fetcher: f, MaxRedirects: 2}).Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/chain/2")})
	if !errors.Is(err, ErrTooManyRedirects) || strings.Contains(err.Error(), "loop") {
		t.Errorf("MaxRedirects 2 over a chain of 3: err = %v", err)
	}
	resp, err := (&Client{Fetcher: f, MaxRedirects: 3}).Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/chain/2")})
	if err != nil || resp.URL.Path != "/final" {
		t.Errorf("MaxRedirects 3 over a chain of 3: %v", err)
	}
	resp, err = (&Client{Fetcher: f, MaxRedirects: -1}).Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/loop")})
	if err != nil || resp.Status != http.StatusFound {
		t.Errorf("MaxRedirects -1: %v %v", resp, err)
	}
	// The fragment of the request URL carries over to a Location without one.
	resp, err = (&Client{Fetcher: f}).Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/status/301#top")})
	if err != nil || resp.URL.Fragment != "top" {
		t.Errorf("fragment: %v %v", resp.URL, err)
	}
}

func TestClientHeaders(t *testing.T) {
	srv := redirectServer(t)
	f := newHTTPFetcher(t, srv)
	page := mustParse(t, srv.URL+"/dir/page.html?q=1#frag")
	page.User = url.UserPassword("u", "p")
	other := mustParse(t, "http://other.example:8080/x")
	secure := mustParse(t, "https://secure.example/x")
	tests := []struct {
		name string
		c    Client
		req  Request
		want []string
	}{
		{"defaults", Client{}, Request{}, []string{
			"User-Agent: " + DefaultUserAgent, "Accept: */*", "Accept-Language: " + DefaultAcceptLanguage, "Referer: \n"}},
		{"document", Client{UserAgent: "UA", AcceptLanguage: "fr"}, Request{Destination: DestinationDocument}, []string{
			"User-Agent: UA\n", "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\n", "Accept-Language: fr\n"}},
		{"style", Client{}, Request{Destination: DestinationStyle}, []string{"Accept: text/css,*/*;q=0.1\n"}},
		{"image", Client{}, Request{Destination: DestinationImage}, []string{"Accept: image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5\n"}},
		{"caller header wins", Client{}, Request{Header: http.Header{"Accept": {"x/y"}, "Referer": {"http://r/"}}}, []string{"Accept: x/y\n", "Referer: http://r/\n"}},
		{"same-origin referrer", Client{}, Request{Initiator: page}, []string{"Referer: " + srv.URL + "/dir/page.html?q=1\n"}},
		{"cross-origin referrer", Client{}, Request{Initiator: other}, []string{"Referer: http://other.example:8080/\n"}},
		{"https to http: none", Client{}, Request{Initiator: secure}, []string{"Referer: \n"}},
		{"file initiator: none", Client{}, Request{Initiator: mustParse(t, "file:///a.html")}, []string{"Referer: \n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.c.Fetcher = f
			tt.req.URL = mustParse(t, srv.URL+"/headers")
			resp, err := tt.c.Do(context.Background(), &tt.req)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(resp.Body), w) {
					t.Errorf("server saw:\n%s\nwant %q", resp.Body, w)
				}
			}
			if len(tt.req.Header) > 2 {
				t.Errorf("the request's Header was modified: %v", tt.req.Header)
			}
			if sent := resp.Request; sent == nil || sent.Header.Get("User-Agent") == "" || sent.URL != tt.req.URL {
				t.Errorf("Response.Request = %+v, want the request as sent", sent)
			}
		})
	}
}

func TestClientCookies(t *testing.T) {
	srv := redirectServer(t)
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &Client{Fetcher: newHTTPFetcher(t, srv), Jar: jar}
	resp, err := c.Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/setcookie")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(resp.Body), "Cookie: sid=42\n") {
		t.Errorf("the cookie set before the redirect was not sent after it:\n%s", resp.Body)
	}
	resp, err = (&Client{Fetcher: c.Fetcher}).Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/setcookie")})
	if err != nil || !strings.Contains(string(resp.Body), "Cookie: \n") {
		t.Errorf("a Client without a Jar sent cookies: %v\n%s", err, resp.Body)
	}
}

func TestClientFilePolicy(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.css")
	if err := os.WriteFile(name, []byte("p{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	target := fileURL(name)
	tests := []struct {
		initiator string
		allowed   bool
	}{
		{"", true},
		{"file:///index.html", true},
		{"http://example.com/", false},
		{"https://example.com/", false},
		{"data:text/html,x", false},
	}
	var c Client
	for _, tt := range tests {
		req := &Request{URL: target, Destination: DestinationStyle}
		if tt.initiator != "" {
			req.Initiator = mustParse(t, tt.initiator)
		}
		resp, err := c.Do(context.Background(), req)
		if tt.allowed && (err != nil || string(resp.Body) != "p{}") {
			t.Errorf("initiator %q: %v", tt.initiator, err)
		}
		if !tt.allowed && !errors.Is(err, ErrRefused) {
			t.Errorf("initiator %q: err = %v, want ErrRefused", tt.initiator, err)
		}
	}
}

func compress(t testing.TB, coding string, b []byte) []byte {
	var buf bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "deflate":
		w = zlib.NewWriter(&buf)
	case "raw-deflate":
		w, _ = flate.NewWriter(&buf, flate.BestSpeed)
	}
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	w.Close()
	return buf.Bytes()
}

func TestClientContentEncoding(t *testing.T) {
	page := []byte(strings.Repeat("<p>hello</p>", 100))
	bomb := make([]byte, 256<<10) // 256 KiB of zeros: a few hundred bytes compressed
	encoded := make(map[string][]byte)
	for _, coding := range []string{"gzip", "deflate", "raw-deflate"} {
		encoded[coding] = compress(t, coding, page)
		encoded[coding+"?bomb"] = compress(t, coding, bomb)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		coding := strings.TrimPrefix(r.URL.Path, "/")
		body := encoded[coding]
		if r.URL.Query().Has("bomb") {
			body = encoded[coding+"?bomb"]
		}
		if coding == "raw-deflate" {
			w.Header().Set("Content-Encoding", "deflate")
		} else {
			w.Header().Set("Content-Encoding", coding)
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(body)
	}))
	defer srv.Close()
	c := &Client{Fetcher: newHTTPFetcher(t, srv), MaxBodyBytes: 64 << 10}
	for _, coding := range []string{"gzip", "deflate", "raw-deflate"} {
		for _, explicit := range []bool{false, true} {
			req := &Request{URL: mustParse(t, srv.URL+"/"+coding)}
			if explicit { // the transport does not decode when the caller asked
				req.Header = http.Header{"Accept-Encoding": {"gzip, deflate"}}
			}
			resp, err := c.Do(context.Background(), req)
			if err != nil {
				t.Errorf("%s: %v", coding, err)
				continue
			}
			if !bytes.Equal(resp.Body, page) || resp.Header.Get("Content-Encoding") != "" || resp.MediaType != "text/html" {
				t.Errorf("%s (explicit %v): body %.40q, Content-Encoding %q", coding, explicit, resp.Body, resp.Header.Get("Content-Encoding"))
			}
		}
		_, err := c.Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/"+coding+"?bomb"),
			Header: http.Header{"Accept-Encoding": {"gzip, deflate"}}})
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s bomb: err = %v, want ErrTooLarge", coding, err)
		}
	}
}

func TestClientLimitsAndTimeout(t *testing.T) {
	srv := slowServer(t)
	big := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 10000))
	}))
	defer big.Close()
	c := &Client{Fetcher: newHTTPFetcher(t, srv), Timeout: 50 * time.Millisecond, MaxBodyBytes: 1000}
	start := time.Now()
	_, err := c.Do(context.Background(), &Request{URL: mustParse(t, srv.URL+"/slow")})
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 500*time.Millisecond {
		t.Errorf("Client.Timeout: err = %v after %v", err, time.Since(start))
	}
	_, err = c.Do(context.Background(), &Request{URL: mustParse(t, big.URL)})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "too large") {
		t.Errorf("Client.MaxBodyBytes: err = %v", err)
	}
	if _, err := c.Do(context.Background(), nil); !errors.Is(err, ErrBadRequest) {
		t.Errorf("nil request: %v", err)
	}
	if _, err := c.Do(context.Background(), &Request{}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("nil URL: %v", err)
	}
}

func TestZeroClientData(t *testing.T) {
	var c Client
	resp, err := c.Do(context.Background(), &Request{URL: mustParse(t, "data:text/html,<p>x")})
	if err != nil || resp.MediaType != "text/html" || string(resp.Body) != "<p>x" || len(resp.Redirects) != 0 {
		t.Errorf("%+v %v", resp, err)
	}
	if resp.Timing.Total <= 0 || resp.Timing.Start.IsZero() {
		t.Errorf("timing %+v", resp.Timing)
	}
	// An fs origin's directory redirect is followed to its index.html.
	m := NewMux()
	fsf := NewFSFetcher(fstest.MapFS{"d/index.html": {Data: []byte("<p>d")}}, "https://t.invalid/")
	if err := m.HandleOrigin(fsf.Origin(), fsf); err != nil {
		t.Fatal(err)
	}
	resp, err = (&Client{Fetcher: m}).Do(context.Background(), &Request{URL: mustParse(t, "https://t.invalid/d")})
	if err != nil || string(resp.Body) != "<p>d" || resp.URL.String() != "https://t.invalid/d/" || len(resp.Redirects) != 1 {
		t.Errorf("directory redirect: %v %+v", err, resp)
	}
	// The smaller of Request.MaxBodyBytes and Client.MaxBodyBytes applies.
	for _, tt := range []struct{ client, req int64 }{{0, 5}, {5, 0}, {5, 100}, {100, 5}} {
		c := Client{MaxBodyBytes: tt.client}
		_, err := c.Do(context.Background(), &Request{URL: mustParse(t, "data:,123456"), MaxBodyBytes: tt.req})
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("limits %+v: err = %v, want ErrTooLarge", tt, err)
		}
	}
}
