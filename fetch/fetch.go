package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Destination says what a request's response will be used for. It picks the
// default Accept header and, later, the checks done on the response.
//
// https://fetch.spec.whatwg.org/#concept-request-destination
type Destination uint8

// The destinations Pane loads. The zero value is DestinationOther ("" in the
// Fetch standard).
const (
	DestinationOther    Destination = iota // "": fetch(), XMLHttpRequest, anything else.
	DestinationDocument                    // "document": a top-level or frame navigation.
	DestinationStyle                       // "style": <link rel=stylesheet>, @import.
	DestinationScript                      // "script": <script src>.
	DestinationImage                       // "image": <img>, CSS images.
	DestinationFont                        // "font": @font-face src.
)

// String returns the destination's name as the Fetch standard spells it, with
// "other" for the empty destination.
func (d Destination) String() string {
	switch d {
	case DestinationOther:
		return "other"
	case DestinationDocument:
		return "document"
	case DestinationStyle:
		return "style"
	case DestinationScript:
		return "script"
	case DestinationImage:
		return "image"
	case DestinationFont:
		return "font"
	}
	return fmt.Sprintf("Destination(%d)", uint8(d))
}

// DefaultMaxBodyBytes is the body size limit used when Request.MaxBodyBytes
// and Client.MaxBodyBytes are zero: 50 MiB.
const DefaultMaxBodyBytes = 50 << 20

// Request is one resource load. A Fetcher or Client never modifies it.
type Request struct {
	// URL is the absolute URL to load.
	URL *url.URL
	// Method is the HTTP method; "" means GET.
	Method string
	// Header holds extra request headers; it may be nil. Client adds
	// User-Agent, Accept, Accept-Language and Referer when they are absent.
	Header http.Header
	// Body is the request body (for POST and the like); nil for none.
	Body []byte
	// Destination is what the response is for.
	Destination Destination
	// Initiator is the URL of the page that asked for the resource; nil for a
	// top-level navigation. Client uses it for the file: policy and Referer.
	Initiator *url.URL
	// ReferrerPolicy decides the Referer header sent with the request.
	ReferrerPolicy ReferrerPolicy
	// MaxBodyBytes bounds the response body in bytes; a larger body is an
	// error wrapping ErrTooLarge. Zero means DefaultMaxBodyBytes. Client sets
	// it from its own MaxBodyBytes on the requests it hands to its Fetcher.
	MaxBodyBytes int64
}

// method returns the request's method, GET when empty.
func (r *Request) method() string {
	if r.Method == "" {
		return http.MethodGet
	}
	return r.Method
}

// maxBody returns the effective body limit in bytes.
func (r *Request) maxBody() int64 {
	if r.MaxBodyBytes <= 0 {
		return DefaultMaxBodyBytes
	}
	return r.MaxBodyBytes
}

// clone returns a copy of r with its own Header map, for the Client to adjust.
func (r *Request) clone() *Request {
	c := *r
	c.Header = r.Header.Clone()
	if c.Header == nil {
		c.Header = make(http.Header)
	}
	return &c
}

// Response is a loaded resource.
type Response struct {
	// URL is the final URL, after redirects.
	URL *url.URL
	// Status is the HTTP status code; 200 for data:, file: and found fs files.
	Status int
	// Header holds the response headers (canonical keys).
	Header http.Header
	// MediaType is the essence of Content-Type, lower case without
	// parameters (e.g. "text/html"); sniffed from the body when the response
	// had no valid Content-Type.
	MediaType string
	// Charset is Content-Type's charset parameter in lower case, "" if none.
	Charset string
	// Body is the whole body, after Content-Encoding decoding by Client.
	Body []byte
	// Redirects lists the URLs that answered with a redirect, in order; the
	// first one is the requested URL. It is empty when there was no redirect.
	Redirects []*url.URL
	// Timing holds the per-phase durations of the load.
	Timing Timing
	// Protocol is "HTTP/1.1", "HTTP/2.0", "data", "file" or "fs".
	Protocol string
	// RemoteAddr is the server's IP address and port for network loads, ""
	// otherwise.
	RemoteAddr string
	// FromCache reports that the response came from Client.Cache without a
	// request (a revalidated response is not FromCache).
	FromCache bool
	// Request is the request sent for the final hop, with the headers the
	// Client added (User-Agent, Accept, Referer, cookies); nil when the
	// Response came straight from a Fetcher. It is kept for the network log.
	Request *Request
}

// OK reports whether the status is in the 2xx range.
func (r *Response) OK() bool { return r != nil && r.Status >= 200 && r.Status <= 299 }

// Timing holds when a load started and how long each phase took. A phase that
// did not happen (no DNS lookup for a reused connection, no TLS for http:) is
// zero. The phases map to HAR 1.2 timings: Queue ▶ blocked, DNS ▶ dns,
// Connect+TLS ▶ connect, TLS ▶ ssl, Send ▶ send, Wait ▶ wait, Receive ▶
// receive.
type Timing struct {
	// Start is when the request left the queue (wall clock).
	Start time.Time
	// Queue is the time spent waiting for a slot before Start (LoadAll).
	Queue time.Duration
	// Redirect is the time spent on earlier hops of a redirect chain; the
	// phases below describe the final hop only.
	Redirect time.Duration
	// DNS is the host name lookup.
	DNS time.Duration
	// Connect is the TCP connection set-up, without TLS.
	Connect time.Duration
	// TLS is the TLS handshake.
	TLS time.Duration
	// Send is the time to write the request once a connection was available.
	Send time.Duration
	// Wait is the time from the request written to the first response byte.
	Wait time.Duration
	// Receive is the time from the first response byte to the end of the body.
	Receive time.Duration
	// Total is the time from Start to the end of the body, redirects included.
	Total time.Duration
	// Reused reports whether the final hop used a kept-alive connection.
	Reused bool
}

// Fetcher loads one resource.
//
// Fetch sends a single request and returns its response. A non-2xx status
// (404, 500, a 3xx redirect) is not an error: the Response carries it. An
// error means no response was obtained (unreachable host, malformed data: URL,
// missing file, body over the size limit, cancelled context).
//
// Fetch must not follow redirects, store cookies or apply any policy; Client
// does that above it. Fetch must not modify req, must honour ctx (return
// promptly with an error wrapping ctx.Err() once ctx is done), must bound the
// body by req.MaxBodyBytes, and must be safe for concurrent use.
type Fetcher interface {
	Fetch(ctx context.Context, req *Request) (*Response, error)
}

// Errors that callers can test for with errors.Is.
var (
	// ErrTooLarge means the body exceeded the size limit.
	ErrTooLarge = errors.New("response body too large")
	// ErrTooManyRedirects means the redirect limit was reached.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrRefused means a policy refused the request (for example a file: URL
	// requested by an http page, or a redirect to a non-HTTP scheme).
	ErrRefused = errors.New("request refused by policy")
	// ErrBadRequest means the request itself was unusable (nil, no URL).
	ErrBadRequest = errors.New("bad request")
	// ErrNotFound means a local file did not exist.
	ErrNotFound = errors.New("not found")
)

// checkRequest validates what every Fetcher needs.
func checkRequest(req *Request) error {
	if req == nil {
		return fmt.Errorf("fetch: %w: nil request", ErrBadRequest)
	}
	if req.URL == nil {
		return fmt.Errorf("fetch: %w: nil URL", ErrBadRequest)
	}
	return nil
}

// tooLarge returns the error for a body over limit bytes.
func tooLarge(u *url.URL, limit int64) error {
	return fmt.Errorf("fetch %s: %w (limit %d bytes)", shortURL(u), ErrTooLarge, limit)
}

// shortURL returns u for an error message: without a password, and cut to
// 200 bytes so that a long data: URL does not flood logs.
func shortURL(u *url.URL) string {
	const max = 200
	s := u.Redacted()
	if len(s) > max {
		cut := max
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
