package fetch

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"sync"
	"time"
)

// HTTPFetcher loads http: and https: URLs with net/http, over HTTP/1.1 or
// HTTP/2 (negotiated with ALPN, as Go's transport does), reusing kept-alive
// connections. The zero value uses a transport from NewTransport shared by
// all zero-value HTTPFetchers.
type HTTPFetcher struct {
	// Transport carries the requests; nil means a shared NewTransport(nil).
	// Its proxy, TLS and connection-pool settings apply as configured.
	Transport *http.Transport
}

// The transport used by HTTPFetchers whose Transport is nil.
var (
	sharedTransportOnce sync.Once
	sharedTransport     *http.Transport
)

// Connection pool bounds of NewTransport.
const (
	// MaxConnsPerHost bounds the connections open to one host at a time,
	// as browsers do over HTTP/1.1 (HTTP/2 multiplexes on one).
	MaxConnsPerHost = 6
	// MaxIdleConnsPerHost is the number of idle kept-alive connections kept
	// per host: six, the per-host parallelism of browsers over HTTP/1.1.
	MaxIdleConnsPerHost = 6
	maxIdleConns        = 100
	idleConnTimeout     = 90 * time.Second
)

// NewTransport returns an *http.Transport set up the way Pane loads pages:
// proxies from the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY), HTTP/2
// attempted over TLS, keep-alive with at most MaxIdleConnsPerHost idle
// connections per host, at most MaxConnsPerHost connections per host, and no
// transparent redirects. dialer may be nil for a
// net.Dialer with a 30 s connect timeout and 30 s keep-alive probes.
func NewTransport(dialer *net.Dialer) *http.Transport {
	if dialer == nil {
		dialer = &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	}
	return &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          maxIdleConns,
		MaxIdleConnsPerHost:   MaxIdleConnsPerHost,
		MaxConnsPerHost:       MaxConnsPerHost,
		IdleConnTimeout:       idleConnTimeout,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: 1 * time.Second,
		TLSClientConfig:       &tls.Config{MinVersion: tls.VersionTLS12},
	}
}

func (f *HTTPFetcher) transport() *http.Transport {
	if f != nil && f.Transport != nil {
		return f.Transport
	}
	sharedTransportOnce.Do(func() { sharedTransport = NewTransport(nil) })
	return sharedTransport
}

// Fetch sends req over HTTP and reads the whole body, up to req.MaxBodyBytes.
// Redirect responses are returned as they are. The response's Timing holds
// the DNS, connect, TLS, send, wait and receive phases measured with
// net/http/httptrace.
func (f *HTTPFetcher) Fetch(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	tr := &tracer{start: time.Now()}
	ctx = httptrace.WithClientTrace(ctx, tr.clientTrace())
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	hreq, err := http.NewRequestWithContext(ctx, req.method(), req.URL.String(), body)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	for k, vs := range req.Header {
		hreq.Header[k] = append([]string(nil), vs...)
	}
	if host := hreq.Header.Get("Host"); host != "" {
		hreq.Host = host
	}
	// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch: a URL
	// with credentials sends them as Basic authorization.
	if u := req.URL.User; u != nil && hreq.Header.Get("Authorization") == "" {
		pw, _ := u.Password()
		hreq.SetBasicAuth(u.Username(), pw)
	}
	// AD-HOC: RoundTrip rather than http.Client with CheckRedirect returning
	// http.ErrUseLastResponse: http.Client turns a redirect with an
	// unparsable Location into an error, where a Fetcher must return the
	// response and leave redirects to Client.
	hresp, err := f.transport().RoundTrip(hreq)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), transportError(ctx, err))
	}
	defer hresp.Body.Close()
	limit := req.maxBody()
	if hresp.ContentLength > limit {
		return nil, tooLarge(req.URL, limit)
	}
	data, err := readLimited(hresp.Body, limit, hresp.ContentLength)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, tooLarge(req.URL, limit)
		}
		return nil, fmt.Errorf("fetch %s: read body: %w", shortURL(req.URL), transportError(ctx, err))
	}
	resp := &Response{
		URL:        req.URL,
		Status:     hresp.StatusCode,
		Header:     hresp.Header,
		Body:       data,
		Protocol:   hresp.Proto,
		RemoteAddr: tr.remoteAddr(),
	}
	setMediaType(resp)
	resp.Timing = tr.timing(time.Now())
	return resp, nil
}

// transportError drops the *url.Error layer, whose message repeats the
// method and URL that our own wrapping already names, and makes sure a
// cancelled or expired ctx shows as ctx.Err() to errors.Is.
func transportError(ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		err = ue.Err
	}
	if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
		return fmt.Errorf("%w (%w)", cerr, err)
	}
	return err
}

// tracer records the instants of one HTTP exchange. Its hooks may run on
// other goroutines (dialing happens in the background), hence the mutex.
type tracer struct {
	mu                               sync.Mutex
	start                            time.Time
	dnsStart, dnsDone                time.Time
	connectStart, connectDone        time.Time
	tlsStart, tlsDone                time.Time
	gotConn, wroteRequest, firstByte time.Time
	reused                           bool
	remote                           string
}

// clientTrace returns the httptrace hooks that fill t.
func (t *tracer) clientTrace() *httptrace.ClientTrace {
	at := func(p *time.Time) {
		t.mu.Lock()
		if p.IsZero() {
			*p = time.Now()
		}
		t.mu.Unlock()
	}
	return &httptrace.ClientTrace{
		DNSStart:          func(httptrace.DNSStartInfo) { at(&t.dnsStart) },
		DNSDone:           func(httptrace.DNSDoneInfo) { at(&t.dnsDone) },
		ConnectStart:      func(string, string) { at(&t.connectStart) },
		ConnectDone:       func(string, string, error) { at(&t.connectDone) },
		TLSHandshakeStart: func() { at(&t.tlsStart) },
		TLSHandshakeDone:  func(tls.ConnectionState, error) { at(&t.tlsDone) },
		GotConn: func(info httptrace.GotConnInfo) {
			t.mu.Lock()
			t.gotConn = time.Now()
			t.reused = info.Reused
			if info.Conn != nil {
				t.remote = info.Conn.RemoteAddr().String()
			}
			t.mu.Unlock()
		},
		WroteRequest:         func(httptrace.WroteRequestInfo) { at(&t.wroteRequest) },
		GotFirstResponseByte: func() { at(&t.firstByte) },
	}
}

func (t *tracer) remoteAddr() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.remote
}

// timing turns the recorded instants into a Timing, the body having been read
// at done. Phases whose instants are missing are zero.
func (t *tracer) timing(done time.Time) Timing {
	t.mu.Lock()
	defer t.mu.Unlock()
	span := func(a, b time.Time) time.Duration {
		if a.IsZero() || b.IsZero() || b.Before(a) {
			return 0
		}
		return b.Sub(a)
	}
	return Timing{
		Start:   t.start,
		DNS:     span(t.dnsStart, t.dnsDone),
		Connect: span(t.connectStart, t.connectDone),
		TLS:     span(t.tlsStart, t.tlsDone),
		Send:    span(t.gotConn, t.wroteRequest),
		Wait:    span(t.wroteRequest, t.firstByte),
		Receive: span(t.firstByte, done),
		Total:   span(t.start, done),
		Reused:  t.reused,
	}
}
