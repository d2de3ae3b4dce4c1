package fetch_test

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/internal/corstest"
)

func TestCORSCheck(t *testing.T) {
	const origin = "https://a.test"
	for _, c := range []struct {
		name   string
		creds  fetch.Credentials
		header http.Header
		ok     bool
	}{
		{"no header", fetch.CredentialsSameOrigin, http.Header{}, false},
		{"wildcard", fetch.CredentialsSameOrigin, http.Header{"Access-Control-Allow-Origin": {"*"}}, true},
		{"wildcard with credentials", fetch.CredentialsInclude, http.Header{"Access-Control-Allow-Origin": {"*"}, "Access-Control-Allow-Credentials": {"true"}}, false},
		{"exact", fetch.CredentialsOmit, http.Header{"Access-Control-Allow-Origin": {origin}}, true},
		{"other origin", fetch.CredentialsOmit, http.Header{"Access-Control-Allow-Origin": {"https://b.test"}}, false},
		{"trailing slash", fetch.CredentialsOmit, http.Header{"Access-Control-Allow-Origin": {origin + "/"}}, false},
		{"two values", fetch.CredentialsOmit, http.Header{"Access-Control-Allow-Origin": {origin, origin}}, false},
		{"credentials without allow-credentials", fetch.CredentialsInclude, http.Header{"Access-Control-Allow-Origin": {origin}}, false},
		{"credentials allowed", fetch.CredentialsInclude, http.Header{"Access-Control-Allow-Origin": {origin}, "Access-Control-Allow-Credentials": {"true"}}, true},
		{"allow-credentials not exactly true", fetch.CredentialsInclude, http.Header{"Access-Control-Allow-Origin": {origin}, "Access-Control-Allow-Credentials": {"True"}}, false},
	} {
		err := fetch.CORSCheck(origin, c.creds, c.header)
		if (err == nil) != c.ok {
			t.Errorf("%s: CORSCheck = %v, want ok %v", c.name, err, c.ok)
		}
		if err != nil && !errors.Is(err, fetch.ErrCORS) {
			t.Errorf("%s: %v does not wrap ErrCORS", c.name, err)
		}
	}
}

func TestCORSSafelistedRequestHeaders(t *testing.T) {
	for _, c := range []struct {
		name, value string
		want        bool
	}{
		{"Accept", "application/json", true},
		{"Accept", "a(b", false},
		{"Content-Type", "text/plain;charset=UTF-8", true},
		{"Content-Type", "application/json", false},
		{"content-type", "multipart/form-data; boundary=x", true},
		{"Content-Language", "en-US", true},
		{"Content-Language", "en_US", false},
		{"Range", "bytes=0-10", true},
		{"Range", "bytes=10-1", false},
		{"Range", "bytes=0-1,3-4", false},
		{"X-Custom", "1", false},
		{"Accept", strings.Repeat("a", 129), false},
	} {
		if got := fetch.IsCORSSafelistedRequestHeader(c.name, c.value); got != c.want {
			t.Errorf("IsCORSSafelistedRequestHeader(%q, %q) = %v, want %v", c.name, c.value, got, c.want)
		}
	}
	h := http.Header{"X-B": {"1"}, "X-A": {"1", "2"}, "Accept": {"*/*"}, "Content-Type": {"application/json"}}
	if got, want := fetch.CORSUnsafeRequestHeaderNames(h), []string{"content-type", "x-a", "x-b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("CORSUnsafeRequestHeaderNames = %v, want %v", got, want)
	}
	for _, n := range []string{"Cookie", "origin", "Sec-Fetch-Mode", "Proxy-Authorization", "Host"} {
		if !fetch.IsForbiddenRequestHeader(n) {
			t.Errorf("%s is not forbidden", n)
		}
	}
	if fetch.IsForbiddenRequestHeader("X-Requested-With") {
		t.Error("X-Requested-With is forbidden")
	}
}

func TestSerializeOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"https://A.test/x?y":      "https://a.test",
		"https://a.test:443/":     "https://a.test",
		"http://a.test:8080/p":    "http://a.test:8080",
		"file:///tmp/x.html":      "null",
		"data:text/plain,hi":      "null",
		"http://[::1]:81/":        "http://[::1]:81",
		"https://user:pw@a.test/": "https://a.test",
	} {
		u, _ := url.Parse(in)
		if got := fetch.SerializeOrigin(u); got != want {
			t.Errorf("SerializeOrigin(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestFilterResponseHeaders(t *testing.T) {
	h := http.Header{"Content-Type": {"text/plain"}, "X-Secret": {"1"}, "X-Open": {"2"}, "Set-Cookie": {"a=b"},
		"Access-Control-Expose-Headers": {"x-open"}}
	keys := func(h http.Header) string {
		var ks []string
		for k := range h {
			ks = append(ks, k)
		}
		return strings.Join(sortStrings(ks), ",")
	}
	if got := keys(fetch.FilterResponseHeaders(fetch.ResponseCORS, fetch.CredentialsOmit, h)); got != "Content-Type,X-Open" {
		t.Errorf("cors: %s", got)
	}
	if got := keys(fetch.FilterResponseHeaders(fetch.ResponseBasic, fetch.CredentialsOmit, h)); got != "Access-Control-Expose-Headers,Content-Type,X-Open,X-Secret" {
		t.Errorf("basic: %s", got)
	}
	if got := keys(fetch.FilterResponseHeaders(fetch.ResponseOpaque, fetch.CredentialsOmit, h)); got != "" {
		t.Errorf("opaque: %s", got)
	}
	h.Set("Access-Control-Expose-Headers", "*")
	if got := keys(fetch.FilterResponseHeaders(fetch.ResponseCORS, fetch.CredentialsOmit, h)); got != "Access-Control-Expose-Headers,Content-Type,X-Open,X-Secret" {
		t.Errorf("cors *: %s", got)
	}
	if got := keys(fetch.FilterResponseHeaders(fetch.ResponseCORS, fetch.CredentialsInclude, h)); got != "Content-Type" {
		t.Errorf("cors * with credentials: %s", got)
	}
}

func sortStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// corsServer is an origin whose responses follow its query string: acao,
// acac, aceh, acam, acah, maxage set the CORS response headers (on the
// preflight too), redirect=URL answers 302, setcookie sets a cookie. It
// logs each request as "METHOD path origin=... cookie=... acrm=... acrh=...".
type corsServer struct {
	mu  sync.Mutex
	log []string
}

func (s *corsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	s.mu.Lock()
	s.log = append(s.log, r.Method+" "+r.URL.Path+" origin="+r.Header.Get("Origin")+" cookie="+r.Header.Get("Cookie")+
		" acrm="+r.Header.Get("Access-Control-Request-Method")+" acrh="+r.Header.Get("Access-Control-Request-Headers"))
	s.mu.Unlock()
	if corstest.SetHeaders(w.Header(), q, r) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if c := q.Get("setcookie"); c != "" {
		w.Header().Add("Set-Cookie", c+"; SameSite=None; Secure; Path=/")
	}
	if to := q.Get("redirect"); to != "" {
		w.Header().Set("Location", to)
		w.WriteHeader(http.StatusFound)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Header().Set("X-Secret", "s")
	_, _ = w.Write([]byte("body of " + r.URL.Path))
}

func (s *corsServer) takeLog() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := s.log
	s.log = nil
	return l
}

func TestFetchCORS(t *testing.T) {
	page, _ := url.Parse("https://a.test/index.html")
	srv := &corsServer{}
	mux := fetch.NewMux()
	for _, o := range []string{"https://a.test/", "https://b.test/"} {
		if err := mux.HandleOrigin(o, &fetch.HandlerFetcher{Handler: srv}); err != nil {
			t.Fatal(err)
		}
	}
	jar := &fetch.CookieJar{}
	client := &fetch.Client{Fetcher: mux, Jar: jar}
	for _, u := range []string{"https://a.test/", "https://b.test/"} {
		cu, _ := url.Parse(u)
		jar.SetCookies(cu, []*http.Cookie{{Name: "c", Value: cu.Host, SameSite: http.SameSiteNoneMode, Secure: true, Path: "/"}})
	}
	pre := &fetch.PreflightCache{}
	for _, c := range []struct {
		name    string
		url     string
		method  string
		header  http.Header
		mode    fetch.Mode
		creds   fetch.Credentials
		wantErr bool
		typ     fetch.ResponseType
		status  int
		log     []string
		headers string // the exposed header names
	}{
		{name: "same origin", url: "https://a.test/x", typ: fetch.ResponseBasic, status: 200,
			log: []string{"GET /x origin= cookie=c=a.test acrm= acrh="}, headers: "Content-Type,X-Secret"},
		{name: "cross origin without ACAO", url: "https://b.test/x", wantErr: true,
			log: []string{"GET /x origin=https://a.test cookie= acrm= acrh="}},
		{name: "cross origin wildcard", url: "https://b.test/x?acao=*&aceh=X-Secret", typ: fetch.ResponseCORS, status: 200,
			log: []string{"GET /x origin=https://a.test cookie= acrm= acrh="}, headers: "Content-Type,X-Secret"},
		{name: "credentials include with wildcard", url: "https://b.test/x?acao=*&acac=true", creds: fetch.CredentialsInclude, wantErr: true,
			log: []string{"GET /x origin=https://a.test cookie=c=b.test acrm= acrh="}},
		{name: "credentials include", url: "https://b.test/x?acao=https://a.test&acac=true", creds: fetch.CredentialsInclude,
			typ: fetch.ResponseCORS, status: 200, log: []string{"GET /x origin=https://a.test cookie=c=b.test acrm= acrh="}, headers: "Content-Type"},
		{name: "omit same origin", url: "https://a.test/x", creds: fetch.CredentialsOmit, typ: fetch.ResponseBasic, status: 200,
			log: []string{"GET /x origin= cookie= acrm= acrh="}, headers: "Content-Type,X-Secret"},
		{name: "same-origin mode", url: "https://b.test/x?acao=*", mode: fetch.ModeSameOrigin, wantErr: true},
		{name: "no-cors", url: "https://b.test/x", mode: fetch.ModeNoCORS, typ: fetch.ResponseOpaque, status: 0,
			log: []string{"GET /x origin= cookie= acrm= acrh="}},
		{name: "preflight", url: "https://b.test/p1?acao=*&acam=PUT&acah=x-custom", method: "PUT", header: http.Header{"X-Custom": {"1"}},
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"OPTIONS /p1 origin=https://a.test cookie= acrm=PUT acrh=x-custom", "PUT /p1 origin=https://a.test cookie= acrm= acrh="}},
		{name: "preflight cached", url: "https://b.test/p1?acao=*&acam=PUT&acah=x-custom", method: "PUT", header: http.Header{"X-Custom": {"2"}},
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"PUT /p1 origin=https://a.test cookie= acrm= acrh="}},
		{name: "preflight method refused", url: "https://b.test/p2?acao=*&acam=PUT", method: "DELETE", wantErr: true,
			log: []string{"OPTIONS /p2 origin=https://a.test cookie= acrm=DELETE acrh="}},
		{name: "preflight header refused", url: "https://b.test/p3?acao=*&acam=PUT", method: "POST", header: http.Header{"X-Other": {"1"}}, wantErr: true,
			log: []string{"OPTIONS /p3 origin=https://a.test cookie= acrm=POST acrh=x-other"}},
		{name: "preflight wildcard", url: "https://b.test/p4?acao=*&acam=*&acah=*", method: "PATCH", header: http.Header{"X-Other": {"1"}},
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"OPTIONS /p4 origin=https://a.test cookie= acrm=PATCH acrh=x-other", "PATCH /p4 origin=https://a.test cookie= acrm= acrh="}},
		{name: "simple POST needs no preflight", url: "https://b.test/p5?acao=*", method: "POST", header: http.Header{"Content-Type": {"text/plain"}},
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"POST /p5 origin=https://a.test cookie= acrm= acrh="}},
		{name: "redirect to cross origin taints", url: "https://a.test/r?redirect=" + url.QueryEscape("https://b.test/t?acao=*"),
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"GET /r origin= cookie=c=a.test acrm= acrh=", "GET /t origin=https://a.test cookie= acrm= acrh="}},
		{name: "redirect without ACAO fails", url: "https://b.test/r?redirect=" + url.QueryEscape("https://b.test/t?acao=*"), wantErr: true,
			log: []string{"GET /r origin=https://a.test cookie= acrm= acrh="}},
		{name: "tainted origin is null", url: "https://b.test/r?acao=*&redirect=" + url.QueryEscape("https://a.test/t?acao=https://a.test"), wantErr: true,
			log: []string{"GET /r origin=https://a.test cookie= acrm= acrh=", "GET /t origin=null cookie= acrm= acrh="}},
		{name: "tainted origin allowed by null", url: "https://b.test/r?acao=*&redirect=" + url.QueryEscape("https://a.test/t?acao=null"),
			typ: fetch.ResponseCORS, status: 200, headers: "Content-Type",
			log: []string{"GET /r origin=https://a.test cookie= acrm= acrh=", "GET /t origin=null cookie= acrm= acrh="}},
	} {
		t.Run(c.name, func(t *testing.T) {
			u, _ := url.Parse(c.url)
			req := &fetch.Request{URL: u, Method: c.method, Header: c.header, Initiator: page}
			resp, err := client.FetchCORS(context.Background(), fetch.CORSRequest{Request: req, Origin: page,
				Mode: c.mode, Credentials: c.creds, Preflights: pre})
			if log := srv.takeLog(); !reflect.DeepEqual(log, c.log) {
				t.Errorf("requests:\n got %q\nwant %q", log, c.log)
			}
			if c.wantErr {
				if err == nil || !errors.Is(err, fetch.ErrCORS) {
					t.Fatalf("err = %v, want ErrCORS", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if resp.Type != c.typ || resp.Status != c.status {
				t.Errorf("type %v status %d, want %v %d", resp.Type, resp.Status, c.typ, c.status)
			}
			var names []string
			for k := range resp.Header {
				names = append(names, k)
			}
			if got := strings.Join(sortStrings(names), ","); got != c.headers {
				t.Errorf("headers %s, want %s", got, c.headers)
			}
			if c.typ == fetch.ResponseOpaque && (resp.Body != nil || resp.URL != nil) {
				t.Errorf("opaque response has a body or URL")
			}
		})
	}
}

func TestPreflightCacheExpires(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	pre := &fetch.PreflightCache{Now: func() time.Time { return now }}
	srv := &corsServer{}
	mux := fetch.NewMux()
	if err := mux.HandleOrigin("https://b.test/", &fetch.HandlerFetcher{Handler: srv}); err != nil {
		t.Fatal(err)
	}
	client := &fetch.Client{Fetcher: mux}
	page, _ := url.Parse("https://a.test/")
	u, _ := url.Parse("https://b.test/x?acao=*&acam=PUT&maxage=10")
	run := func() int {
		req := &fetch.Request{URL: u, Method: "PUT", Initiator: page}
		if _, err := client.FetchCORS(context.Background(), fetch.CORSRequest{Request: req, Origin: page, Preflights: pre}); err != nil {
			t.Fatal(err)
		}
		return len(srv.takeLog())
	}
	if n := run(); n != 2 {
		t.Errorf("first request: %d requests, want 2 (preflight and PUT)", n)
	}
	now = now.Add(5 * time.Second)
	if n := run(); n != 1 {
		t.Errorf("within max-age: %d requests, want 1", n)
	}
	now = now.Add(6 * time.Second)
	if n := run(); n != 2 {
		t.Errorf("after max-age: %d requests, want 2", n)
	}
}

func TestCORSSettings(t *testing.T) {
	for _, c := range []struct {
		value   string
		present bool
		mode    fetch.Mode
		creds   fetch.Credentials
	}{
		{"", false, fetch.ModeNoCORS, fetch.CredentialsInclude},
		{"", true, fetch.ModeCORS, fetch.CredentialsSameOrigin},
		{"anonymous", true, fetch.ModeCORS, fetch.CredentialsSameOrigin},
		{"bogus", true, fetch.ModeCORS, fetch.CredentialsSameOrigin},
		{"USE-Credentials", true, fetch.ModeCORS, fetch.CredentialsInclude},
	} {
		m, cr := fetch.CORSSettings(c.value, c.present)
		if m != c.mode || cr != c.creds {
			t.Errorf("CORSSettings(%q, %v) = %v, %v; want %v, %v", c.value, c.present, m, cr, c.mode, c.creds)
		}
	}
}
