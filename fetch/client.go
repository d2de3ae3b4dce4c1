package fetch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Client defaults.
const (
	// DefaultMaxRedirects is the Fetch standard's redirect limit.
	DefaultMaxRedirects = 20
	// DefaultTimeout bounds one request, redirects included, when
	// Client.Timeout is zero.
	DefaultTimeout = 60 * time.Second
	// DefaultUserAgent is sent when Client.UserAgent is empty.
	DefaultUserAgent = "Mozilla/5.0 (compatible; Pane/0.1; +https://github.com/paneweb/pane)"
	// DefaultAcceptLanguage is sent when Client.AcceptLanguage is empty.
	DefaultAcceptLanguage = "en-US,en;q=0.9"
)

// Client loads resources through a Fetcher, adding what a browser does above
// the wire: redirects, the file: policy, body size limits, default headers,
// cookies and Content-Encoding decoding. The zero value is ready to use (it
// fetches through NewMux with the defaults below). A Client is safe for
// concurrent use as long as its fields are not changed meanwhile.
type Client struct {
	// Fetcher sends the individual requests; nil means a Mux from NewMux,
	// created once per process and shared.
	Fetcher Fetcher
	// MaxRedirects is the most redirects followed for one request; 0 means
	// DefaultMaxRedirects; a negative value means redirects are not followed
	// and the 3xx response is returned as is.
	MaxRedirects int
	// MaxBodyBytes bounds each response body, after Content-Encoding
	// decoding, in bytes; 0 means DefaultMaxBodyBytes. A smaller
	// Request.MaxBodyBytes wins.
	MaxBodyBytes int64
	// UserAgent is the User-Agent header; "" means DefaultUserAgent.
	UserAgent string
	// AcceptLanguage is the Accept-Language header; "" means
	// DefaultAcceptLanguage.
	AcceptLanguage string
	// Timeout bounds each call to Do, redirects included, on top of the
	// context's own deadline; 0 means DefaultTimeout, negative means none.
	Timeout time.Duration
	// Jar stores cookies between requests; nil means cookies are neither
	// sent nor stored.
	Jar http.CookieJar
	// Cache, when set, is the HTTP cache requests go through (RFC 9111).
	Cache *Cache
	// HSTS, when set, upgrades http: requests to HSTS hosts to https: and
	// learns new hosts from Strict-Transport-Security headers.
	HSTS *HSTS
}

var defaultMux = NewMux()

func (c *Client) fetcher() Fetcher {
	if c.Fetcher != nil {
		return c.Fetcher
	}
	return defaultMux
}

func (c *Client) maxRedirects() int {
	if c.MaxRedirects == 0 {
		return DefaultMaxRedirects
	}
	return c.MaxRedirects
}

func (c *Client) maxBody() int64 {
	if c.MaxBodyBytes <= 0 {
		return DefaultMaxBodyBytes
	}
	return c.MaxBodyBytes
}

// Do loads req, following redirects, and returns the final response. As with
// Fetcher, a non-2xx final status is not an error. Errors name the URL and
// wrap ErrRefused, ErrTooManyRedirects, ErrTooLarge, ErrBadRequest or the
// underlying cause (including ctx.Err()). req is not modified.
//
// TODO(spec): the parts of https://fetch.spec.whatwg.org/#fetching that Do
// leaves out: request mode and CORS (Origin header, CORS checks for fonts
// and module scripts, credentials mode), the HTTP cache, HSTS and mixed
// content upgrades, Sec-Fetch-* metadata headers, referrer policies other
// than the default (Referrer-Policy headers, <meta name=referrer>), and a
// Response per redirect hop for HAR.
func (c *Client) Do(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	if c == nil {
		c = &Client{}
	}
	if err := checkFilePolicy(req.URL, req.Initiator); err != nil {
		return nil, err
	}
	if c.Timeout >= 0 {
		timeout := c.Timeout
		if timeout == 0 {
			timeout = DefaultTimeout
		}
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	start := time.Now()
	hop := req.clone()
	if hop.MaxBodyBytes <= 0 || hop.MaxBodyBytes > c.maxBody() {
		hop.MaxBodyBytes = c.maxBody() // the smaller of the two limits
	}
	var redirects []*url.URL
	for {
		hopStart := time.Now()
		if up := c.HSTS.upgrade(hop.URL); up != hop.URL {
			hop.URL = up
		}
		resp, err := c.cachedSend(ctx, hop)
		if err != nil {
			return nil, err
		}
		next, err := c.redirect(hop, resp, redirects)
		if err != nil {
			return nil, err
		}
		if next == nil {
			resp.Redirects = redirects
			resp.Timing.Start = start
			resp.Timing.Redirect = hopStart.Sub(start)
			resp.Timing.Total = time.Since(start)
			if err := decodeContentEncoding(resp, hop.MaxBodyBytes); err != nil {
				return nil, err
			}
			return resp, nil
		}
		redirects = append(redirects, hop.URL)
		hop = next
	}
}

// send adds the default headers and cookies to one hop, fetches it and
// stores the cookies it sets.
func (c *Client) send(ctx context.Context, hop *Request) (*Response, error) {
	wire := hop.clone()
	h := wire.Header
	setDefault(h, "User-Agent", c.UserAgent, DefaultUserAgent)
	setDefault(h, "Accept", "", defaultAccept(hop.Destination))
	setDefault(h, "Accept-Language", c.AcceptLanguage, DefaultAcceptLanguage)
	if h.Get("Referer") == "" {
		if ref := referrer(hop.Initiator, hop.URL, hop.ReferrerPolicy); ref != "" {
			h.Set("Referer", ref)
		}
	}
	isHTTP := isHTTPScheme(hop.URL.Scheme)
	if isHTTP {
		// Asking explicitly turns off the transport's own gzip handling;
		// decodeContentEncoding undoes every coding listed here.
		setDefault(h, "Accept-Encoding", "", DefaultAcceptEncoding)
	}
	if c.Jar != nil && isHTTP {
		for _, ck := range c.cookiesFor(hop) {
			h.Add("Cookie", ck.Name+"="+ck.Value)
		}
	}
	resp, err := c.fetcher().Fetch(ctx, wire)
	if err != nil {
		return nil, err
	}
	resp.Request = wire
	c.HSTS.observe(hop.URL, resp.Header.Get("Strict-Transport-Security"))
	if c.Jar != nil && isHTTP {
		if cookies := (&http.Response{Header: resp.Header}).Cookies(); len(cookies) > 0 {
			c.Jar.SetCookies(hop.URL, cookies)
		}
	}
	return resp, nil
}

// cookiesFor asks the jar for a hop's cookies; a *CookieJar also learns the
// initiating page, so that it can apply SameSite.
func (c *Client) cookiesFor(hop *Request) []*http.Cookie {
	if j, ok := c.Jar.(*CookieJar); ok {
		topLevel := hop.Destination == DestinationDocument && (hop.Method == "" || hop.Method == http.MethodGet || hop.Method == http.MethodHead)
		return j.CookiesFor(hop.URL, hop.Initiator, topLevel)
	}
	return c.Jar.Cookies(hop.URL)
}

// DefaultAcceptEncoding is the Accept-Encoding header Client sends on HTTP
// requests: the codings browsers accept.
const DefaultAcceptEncoding = "gzip, deflate, br, zstd"

// setDefault sets h[key] to v, or to def when v is empty, unless the caller
// already set the header.
func setDefault(h http.Header, key, v, def string) {
	if h.Get(key) != "" {
		return
	}
	if v == "" {
		v = def
	}
	h.Set(key, v)
}

// defaultAccept returns the Accept header value for a destination.
//
// https://fetch.spec.whatwg.org/#fetching (step 13, "If request's header
// list does not contain `Accept`")
func defaultAccept(d Destination) string {
	switch d {
	case DestinationDocument:
		return "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
	case DestinationImage:
		return "image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5"
	case DestinationStyle:
		return "text/css,*/*;q=0.1"
	}
	return "*/*"
}

func isHTTPScheme(s string) bool {
	return strings.EqualFold(s, "http") || strings.EqualFold(s, "https")
}

// checkFilePolicy refuses file: URLs asked for by a page that is not itself a
// file: page. A top-level navigation (no initiator) may load a file: URL.
//
// AD-HOC: the Fetch standard leaves file: to implementations; this is the
// rule browsers follow for pages from the network.
func checkFilePolicy(target, initiator *url.URL) error {
	if !strings.EqualFold(target.Scheme, "file") || initiator == nil {
		return nil
	}
	if strings.EqualFold(initiator.Scheme, "file") {
		return nil
	}
	return fmt.Errorf("fetch %s: %w: a %s: page may not load file: URLs", shortURL(target), ErrRefused, initiator.Scheme)
}

// redirect decides what follows resp: nil when resp is final, or the next
// hop's request. count is the number of redirects already followed.
//
// https://fetch.spec.whatwg.org/#http-redirect-fetch
func (c *Client) redirect(hop *Request, resp *Response, visited []*url.URL) (*Request, error) {
	switch resp.Status {
	case 301, 302, 303, 307, 308:
	default:
		return nil, nil
	}
	if c.maxRedirects() < 0 || !isHTTPScheme(hop.URL.Scheme) {
		return nil, nil
	}
	// https://fetch.spec.whatwg.org/#concept-response-location-url
	// If response's header list has no `Location`, the location URL is
	// null and the response is returned as is.
	loc := resp.Header.Get("Location")
	if loc == "" {
		return nil, nil
	}
	next, err := hop.URL.Parse(loc)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: redirect to invalid Location %q: %w", shortURL(hop.URL), loc, err)
	}
	// If location is a URL whose fragment is null, then set location's
	// fragment to requestURL's fragment.
	if next.Fragment == "" && next.RawFragment == "" {
		next.Fragment, next.RawFragment = hop.URL.Fragment, hop.URL.RawFragment
	}
	// 6. If locationURL's scheme is not an HTTP(S) scheme, then return a
	// network error.
	if !isHTTPScheme(next.Scheme) {
		return nil, fmt.Errorf("fetch %s: %w: redirect to %s: URL %s", shortURL(hop.URL), ErrRefused, next.Scheme, shortURL(next))
	}
	// 7. If request's redirect count is 20, then return a network error.
	if len(visited) >= c.maxRedirects() {
		return nil, fmt.Errorf("fetch %s: %w (%d)%s", shortURL(visited[0]), ErrTooManyRedirects, len(visited), loopNote(append(visited, hop.URL)))
	}
	return redirectRequest(hop, resp.Status, next), nil
}

// redirectRequest builds the next hop of a redirect to next.
//
// https://fetch.spec.whatwg.org/#http-redirect-fetch steps 12-14
func redirectRequest(hop *Request, status int, next *url.URL) *Request {
	r := hop.clone()
	r.URL = next
	m := hop.method()
	// 12. If one of the following is true: internalResponse's status is 301
	// or 302 and request's method is `POST`; internalResponse's status is
	// 303 and request's method is not `GET` or `HEAD`, then: set request's
	// method to `GET` and request's body to null, and remove the
	// request-body-header names from request's header list.
	if (status == 301 || status == 302) && m == http.MethodPost ||
		status == 303 && m != http.MethodGet && m != http.MethodHead {
		r.Method = http.MethodGet
		r.Body = nil
		for _, k := range []string{"Content-Encoding", "Content-Language", "Content-Location", "Content-Type", "Content-Length"} {
			r.Header.Del(k)
		}
	}
	// 13. If request's current URL's origin is not same origin with
	// locationURL's origin, then remove `Authorization` from the headers.
	if !sameOrigin(hop.URL, next) {
		r.Header.Del("Authorization")
		r.Header.Del("Cookie") // the jar adds the right ones for the new URL
	}
	// AD-HOC: the explicit Referer of the first hop is recomputed per hop
	// from the Initiator, as the referrer policy would.
	return r
}

// loopNote names the first URL that occurs twice in a redirect chain, or
// returns "" when the chain has no cycle. Like browsers, the Client only
// gives up at the redirect limit: a server may legitimately redirect to the
// same URL after setting a cookie.
func loopNote(chain []*url.URL) string {
	seen := make(map[string]bool, len(chain))
	for _, u := range chain {
		s := u.String()
		if seen[s] {
			return fmt.Sprintf(": redirect loop through %s", shortURL(u))
		}
		seen[s] = true
	}
	return ""
}

// sameOrigin compares the (scheme, host, port) tuples of two URLs.
//
// https://html.spec.whatwg.org/multipage/browsers.html#same-origin
func sameOrigin(a, b *url.URL) bool {
	return strings.EqualFold(a.Scheme, b.Scheme) && strings.EqualFold(a.Hostname(), b.Hostname()) &&
		effectivePort(a) == effectivePort(b)
}

func effectivePort(u *url.URL) string {
	if p := u.Port(); p != "" {
		return p
	}
	switch strings.ToLower(u.Scheme) {
	case "http":
		return "80"
	case "https":
		return "443"
	}
	return ""
}

// referrer returns the Referer header for a request from initiator to
// target under policy, or "" for none.
//
// https://w3c.github.io/webappsec-referrer-policy/#determine-requests-referrer
func referrer(initiator, target *url.URL, policy ReferrerPolicy) string {
	if initiator == nil || !isHTTPScheme(initiator.Scheme) || !isHTTPScheme(target.Scheme) {
		return ""
	}
	// Strip url for use as a referrer: no username, password or fragment.
	full := *initiator
	full.User, full.Fragment, full.RawFragment = nil, "", ""
	origin := (&url.URL{Scheme: strings.ToLower(initiator.Scheme), Host: initiator.Host, Path: "/"}).String()
	downgrade := strings.EqualFold(initiator.Scheme, "https") && !strings.EqualFold(target.Scheme, "https")
	same := sameOrigin(initiator, target)
	switch policy {
	case NoReferrer:
		return ""
	case UnsafeURL:
		return full.String()
	case NoReferrerWhenDowngrade:
		if downgrade {
			return ""
		}
		return full.String()
	case OriginOnly:
		return origin
	case StrictOrigin:
		if downgrade {
			return ""
		}
		return origin
	case SameOrigin:
		if same {
			return full.String()
		}
		return ""
	case OriginWhenCrossOrigin:
		if same {
			return full.String()
		}
		return origin
	}
	// strict-origin-when-cross-origin, the default.
	if same {
		return full.String()
	}
	if downgrade {
		return ""
	}
	return origin
}

// ReferrerPolicy is a referrer policy
// (https://w3c.github.io/webappsec-referrer-policy/#referrer-policies); the
// zero value is the default, strict-origin-when-cross-origin.
type ReferrerPolicy uint8

// The referrer policies.
const (
	StrictOriginWhenCrossOrigin ReferrerPolicy = iota
	NoReferrer
	NoReferrerWhenDowngrade
	SameOrigin
	OriginOnly // "origin"
	StrictOrigin
	OriginWhenCrossOrigin
	UnsafeURL
)

// ParseReferrerPolicy parses a Referrer-Policy header value or a <meta
// name=referrer> content: the last known token of a comma-separated list
// wins, as the spec's "parse a referrer policy from a Referrer-Policy header"
// says. ok is false when no token is known.
func ParseReferrerPolicy(v string) (p ReferrerPolicy, ok bool) {
	for _, tok := range strings.Split(v, ",") {
		switch strings.ToLower(strings.TrimSpace(tok)) {
		case "no-referrer":
			p, ok = NoReferrer, true
		case "no-referrer-when-downgrade":
			p, ok = NoReferrerWhenDowngrade, true
		case "same-origin":
			p, ok = SameOrigin, true
		case "origin":
			p, ok = OriginOnly, true
		case "strict-origin":
			p, ok = StrictOrigin, true
		case "origin-when-cross-origin":
			p, ok = OriginWhenCrossOrigin, true
		case "strict-origin-when-cross-origin":
			p, ok = StrictOriginWhenCrossOrigin, true
		case "unsafe-url":
			p, ok = UnsafeURL, true
		}
	}
	return p, ok
}
