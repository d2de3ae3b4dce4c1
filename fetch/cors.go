package fetch

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The CORS protocol: request modes and credentials modes, the CORS check,
// CORS-preflight requests and their cache, and the filtered responses a
// script may read.
//
// https://fetch.spec.whatwg.org/#http-cors-protocol

// ErrCORS means a cross-origin request failed the CORS protocol (a failed
// CORS check or preflight, or a mode that forbids the request). Scripts see
// it as a network error.
var ErrCORS = errors.New("blocked by CORS policy")

// Mode is a request's mode.
//
// https://fetch.spec.whatwg.org/#concept-request-mode
type Mode uint8

// The request modes a script can ask for. The zero value is "cors", the
// default of fetch() and XMLHttpRequest.
const (
	ModeCORS       Mode = iota // "cors"
	ModeSameOrigin             // "same-origin": cross-origin requests fail
	ModeNoCORS                 // "no-cors": cross-origin responses are opaque
)

// ParseMode parses a RequestMode string; ok is false for an unknown value
// ("navigate" and "websocket" are not for scripts).
func ParseMode(s string) (m Mode, ok bool) {
	switch s {
	case "cors":
		return ModeCORS, true
	case "same-origin":
		return ModeSameOrigin, true
	case "no-cors":
		return ModeNoCORS, true
	}
	return ModeCORS, false
}

// Credentials is a request's credentials mode: whether cookies go with it
// and whether cookies it sets are stored.
//
// https://fetch.spec.whatwg.org/#concept-request-credentials-mode
type Credentials uint8

// The credentials modes. The zero value is "same-origin", the default of
// fetch().
const (
	CredentialsSameOrigin Credentials = iota // "same-origin"
	CredentialsOmit                          // "omit"
	CredentialsInclude                       // "include"
)

// ParseCredentials parses a RequestCredentials string.
func ParseCredentials(s string) (c Credentials, ok bool) {
	switch s {
	case "same-origin":
		return CredentialsSameOrigin, true
	case "omit":
		return CredentialsOmit, true
	case "include":
		return CredentialsInclude, true
	}
	return CredentialsSameOrigin, false
}

// ResponseType is the type of a filtered response, as Response.type shows
// it.
//
// https://fetch.spec.whatwg.org/#concept-response-type
type ResponseType uint8

// The response types a CORS fetch returns.
const (
	ResponseBasic  ResponseType = iota // "basic": same-origin
	ResponseCORS                       // "cors": cross-origin, CORS check passed
	ResponseOpaque                     // "opaque": cross-origin no-cors
)

func (t ResponseType) String() string {
	switch t {
	case ResponseCORS:
		return "cors"
	case ResponseOpaque:
		return "opaque"
	}
	return "basic"
}

// SerializeOrigin returns the ASCII serialization of u's origin:
// "scheme://host[:port]" with the default port left out, or "null" for an
// opaque origin (file:, data:, and any scheme but http and https).
//
// https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin
func SerializeOrigin(u *url.URL) string {
	if u == nil || !isHTTPScheme(u.Scheme) || u.Host == "" {
		return "null"
	}
	scheme := strings.ToLower(u.Scheme)
	host := strings.ToLower(u.Hostname())
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if p := u.Port(); p != "" && p != effectivePort(&url.URL{Scheme: scheme}) {
		host += ":" + p
	}
	return scheme + "://" + host
}

// IsSameOrigin reports whether two URLs have the same origin (scheme, host
// and port).
//
// https://html.spec.whatwg.org/multipage/browsers.html#same-origin
func IsSameOrigin(a, b *url.URL) bool {
	if a == nil || b == nil {
		return false
	}
	return sameOrigin(a, b)
}

// CORSCheck runs the CORS check of a response to a request from origin
// (a serialized origin) with the given credentials mode; it returns nil on
// success and an error wrapping ErrCORS that says why otherwise.
//
// https://fetch.spec.whatwg.org/#concept-cors-check
func CORSCheck(origin string, creds Credentials, h http.Header) error {
	// 1. Let origin be the result of getting `Access-Control-Allow-Origin`
	// from response's header list.
	allow, ok := getHeader(h, "Access-Control-Allow-Origin")
	// 2. If origin is null, then return failure.
	if !ok {
		return fmt.Errorf("%w: No 'Access-Control-Allow-Origin' header is present on the requested resource", ErrCORS)
	}
	// 3. If request's credentials mode is not "include" and origin is `*`,
	// then return success.
	if creds != CredentialsInclude && allow == "*" {
		return nil
	}
	// 4. If the result of byte-serializing a request origin with request is
	// not origin, then return failure.
	if allow != origin {
		if allow == "*" {
			return fmt.Errorf("%w: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'", ErrCORS)
		}
		return fmt.Errorf("%w: The 'Access-Control-Allow-Origin' header has a value '%s' that is not equal to the supplied origin", ErrCORS, allow)
	}
	// 5. If request's credentials mode is not "include", then return
	// success.
	if creds != CredentialsInclude {
		return nil
	}
	// 6-8. `Access-Control-Allow-Credentials` must be `true`.
	if v, _ := getHeader(h, "Access-Control-Allow-Credentials"); v == "true" {
		return nil
	}
	return fmt.Errorf("%w: The value of the 'Access-Control-Allow-Credentials' header in the response is not 'true' when the request's credentials mode is 'include'", ErrCORS)
}

// getHeader implements "get" on a header list: the values of name combined
// with ", ", and whether there was any.
//
// https://fetch.spec.whatwg.org/#concept-header-list-get
func getHeader(h http.Header, name string) (string, bool) {
	vs := h.Values(name)
	if len(vs) == 0 {
		return "", false
	}
	return strings.Join(vs, ", "), true
}

// IsCORSSafelistedMethod reports whether m is GET, HEAD or POST.
//
// https://fetch.spec.whatwg.org/#cors-safelisted-method
func IsCORSSafelistedMethod(m string) bool {
	return m == "" || m == http.MethodGet || m == http.MethodHead || m == http.MethodPost
}

// IsCORSSafelistedRequestHeader reports whether a header a script sets
// may go cross-origin without a preflight.
//
// https://fetch.spec.whatwg.org/#cors-safelisted-request-header
func IsCORSSafelistedRequestHeader(name, value string) bool {
	// 1. If value's length is greater than 128, then return false.
	if len(value) > 128 {
		return false
	}
	switch strings.ToLower(name) {
	case "accept":
		return !strings.ContainsFunc(value, isCORSUnsafeRequestHeaderByte)
	case "accept-language", "content-language":
		for _, c := range []byte(value) {
			if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || strings.IndexByte(" *,-.;=", c) >= 0) {
				return false
			}
		}
		return true
	case "content-type":
		if strings.ContainsFunc(value, isCORSUnsafeRequestHeaderByte) {
			return false
		}
		mt, _, err := mime.ParseMediaType(value)
		if err != nil {
			return false
		}
		switch mt {
		case "application/x-www-form-urlencoded", "multipart/form-data", "text/plain":
			return true
		}
		return false
	case "range":
		return isSimpleRange(value)
	}
	return false
}

// isCORSUnsafeRequestHeaderByte reports the bytes safelisted header values
// may not contain.
//
// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte
func isCORSUnsafeRequestHeaderByte(r rune) bool {
	if r < 0x20 && r != '\t' || r == 0x7f {
		return true
	}
	return strings.ContainsRune("\"():<>?@[\\]{}", r)
}

// isSimpleRange reports whether v is "bytes=N-" or "bytes=N-M".
//
// https://fetch.spec.whatwg.org/#simple-range-header-value
func isSimpleRange(v string) bool {
	rest, ok := strings.CutPrefix(v, "bytes=")
	if !ok {
		return false
	}
	start, end, ok := strings.Cut(rest, "-")
	if !ok || start == "" || strings.Contains(end, ",") {
		return false
	}
	a, err := strconv.ParseUint(start, 10, 64)
	if err != nil {
		return false
	}
	if end == "" {
		return true
	}
	b, err := strconv.ParseUint(end, 10, 64)
	return err == nil && a <= b
}

// CORSUnsafeRequestHeaderNames returns the names of h's headers that need
// a preflight, lower case, sorted and without duplicates.
//
// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names
func CORSUnsafeRequestHeaderNames(h http.Header) []string {
	var unsafe []string
	size := 0
	keys := slices.Sorted(maps.Keys(h))
	for _, k := range keys {
		for _, v := range h[k] {
			if !IsCORSSafelistedRequestHeader(k, v) {
				unsafe = append(unsafe, strings.ToLower(k))
				continue
			}
			size += len(v)
		}
	}
	// Safelisted headers whose values add up past 1024 bytes need a
	// preflight too.
	if size > 1024 {
		for _, k := range keys {
			unsafe = append(unsafe, strings.ToLower(k))
		}
	}
	sort.Strings(unsafe)
	out := unsafe[:0]
	for i, k := range unsafe {
		if i == 0 || k != unsafe[i-1] {
			out = append(out, k)
		}
	}
	return out
}

// IsForbiddenRequestHeader reports whether scripts may not set the header:
// the browser controls it.
//
// https://fetch.spec.whatwg.org/#forbidden-request-header
func IsForbiddenRequestHeader(name string) bool {
	n := strings.ToLower(name)
	if strings.HasPrefix(n, "proxy-") || strings.HasPrefix(n, "sec-") {
		return true
	}
	switch n {
	case "accept-charset", "accept-encoding", "access-control-request-headers",
		"access-control-request-method", "connection", "content-length", "cookie", "cookie2",
		"date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
		"trailer", "transfer-encoding", "upgrade", "via":
		return true
	}
	return false
}

// corsSafelistedResponseHeaders are the headers a CORS response always
// exposes.
//
// https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name
var corsSafelistedResponseHeaders = map[string]bool{"Cache-Control": true, "Content-Language": true,
	"Content-Length": true, "Content-Type": true, "Expires": true, "Last-Modified": true, "Pragma": true}

// FilterResponseHeaders returns the headers a script sees on a response of
// the given type: all but Set-Cookie for basic, the safelisted and exposed
// ones for cors, none for opaque.
//
// https://fetch.spec.whatwg.org/#concept-filtered-response-basic
func FilterResponseHeaders(t ResponseType, creds Credentials, h http.Header) http.Header {
	out := http.Header{}
	switch t {
	case ResponseOpaque:
		return out
	case ResponseBasic:
		for k, v := range h {
			if k != "Set-Cookie" && k != "Set-Cookie2" {
				out[k] = v
			}
		}
		return out
	}
	// https://fetch.spec.whatwg.org/#concept-filtered-response-cors
	exposed := map[string]bool{}
	all := false
	v, _ := getHeader(h, "Access-Control-Expose-Headers")
	for _, name := range splitList(v) {
		if name == "*" && creds != CredentialsInclude {
			all = true
		}
		exposed[http.CanonicalHeaderKey(name)] = true
	}
	for k, v := range h {
		if k == "Set-Cookie" || k == "Set-Cookie2" {
			continue
		}
		if all || corsSafelistedResponseHeaders[k] || exposed[k] {
			out[k] = v
		}
	}
	return out
}

// splitList extracts a comma-separated header list value into its
// trimmed, non-empty items.
//
// https://fetch.spec.whatwg.org/#extract-header-list-values
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// CORSRequest is a request made by a script (fetch(), XMLHttpRequest) under
// the CORS protocol.
type CORSRequest struct {
	// Request is the request; its Header holds only what the script set
	// (Client adds its defaults, the Origin header and cookies). Its
	// Initiator is the page.
	*Request
	// Origin is the URL of the document making the request; its origin is
	// the request's origin.
	Origin *url.URL
	// Mode and Credentials are the request's modes.
	Mode        Mode
	Credentials Credentials
	// ForcePreflight is the use-CORS-preflight flag (an XMLHttpRequest
	// with upload listeners).
	ForcePreflight bool
	// Preflights caches preflight results; nil means no cache.
	Preflights *PreflightCache
}

// CORSResponse is the outcome of a CORS fetch.
type CORSResponse struct {
	// Internal is the response as received (for the network log).
	Internal *Response
	// Type is the filtered response's type.
	Type ResponseType
	// Status is 0 and Header empty for opaque responses; Header holds only
	// the headers the script may read.
	Status int
	Header http.Header
	// Body is nil for opaque responses.
	Body []byte
	// URL is the final URL, nil for opaque responses.
	URL *url.URL
	// Redirected reports that the response came after a redirect.
	Redirected bool
}

// FetchCORS runs a script's request with the CORS protocol: the request's
// mode and credentials mode decide the Origin header, the cookies, the
// preflight and the CORS check of every hop, and the filtered response.
// A request the protocol refuses is an error wrapping ErrCORS.
//
// https://fetch.spec.whatwg.org/#main-fetch
//
// AD-HOC: the HTTP cache is shared between credentialed and
// uncredentialed requests, and between origins.
//
// TODO(spec): the preflight cache's network partition key; the
// Cross-Origin-Resource-Policy check of no-cors responses; redirect modes
// "error" and "manual" (opaque-redirect responses); the no-CORS-safelisted
// request-header restriction of no-cors requests; Private Network Access.
func (c *Client) FetchCORS(ctx context.Context, cr CORSRequest) (*CORSResponse, error) {
	if cr.Request == nil || cr.URL == nil {
		return nil, fmt.Errorf("fetch: %w: nil request", ErrBadRequest)
	}
	if c == nil {
		c = &Client{}
	}
	origin := SerializeOrigin(cr.Origin)
	hop := cr.Request.clone()
	var redirects []*url.URL
	tainted := false // the tainted origin flag: the Origin header becomes "null"
	tainting := ResponseBasic
	for {
		t, err := cr.tainting(hop.URL, tainting)
		if err != nil {
			return nil, err
		}
		tainting = t
		if err := c.preflightIfNeeded(ctx, cr, hop, origin, tainted, tainting); err != nil {
			return nil, err
		}
		resp, err := c.sendCORSHop(ctx, cr, hop, origin, tainted, tainting)
		if err != nil {
			return nil, err
		}
		if tainting == ResponseCORS {
			if err := CORSCheck(requestOrigin(origin, tainted), cr.Credentials, resp.Header); err != nil {
				return nil, fmt.Errorf("fetch %s: %w", shortURL(hop.URL), err)
			}
		}
		next, err := c.redirect(hop, resp, redirects)
		if err != nil {
			return nil, err
		}
		if next == nil {
			resp.Redirects = redirects
			return filteredResponse(resp, tainting, cr.Credentials, len(redirects) > 0), nil
		}
		// https://fetch.spec.whatwg.org/#http-redirect-fetch steps 7-8:
		// credentials in a cross-origin location URL are refused.
		if next.URL.User != nil && (tainting == ResponseCORS || cr.Mode == ModeCORS && !IsSameOrigin(cr.Origin, next.URL)) {
			return nil, fmt.Errorf("fetch %s: %w: redirect to a URL with credentials", shortURL(hop.URL), ErrCORS)
		}
		// 11. If request's current URL's origin is not same origin with
		// locationURL's origin and request's origin is not same origin with
		// request's current URL's origin, then set request's tainted origin
		// flag.
		if !IsSameOrigin(hop.URL, next.URL) && !IsSameOrigin(cr.Origin, hop.URL) {
			tainted = true
		}
		redirects = append(redirects, hop.URL)
		hop = next
	}
}

// tainting decides the response tainting for the request's current URL,
// or refuses the request, as main fetch step 12 does.
//
// https://fetch.spec.whatwg.org/#main-fetch
func (cr CORSRequest) tainting(u *url.URL, prev ResponseType) (ResponseType, error) {
	switch {
	// request's current URL's origin is same origin with request's origin,
	// and request's response tainting is "basic"; or the scheme is "data".
	case prev == ResponseBasic && (sameOriginOrLocal(cr.Origin, u) || strings.EqualFold(u.Scheme, "data")):
		return ResponseBasic, nil
	case cr.Mode == ModeSameOrigin:
		return 0, fmt.Errorf("fetch %s: %w: request mode is \"same-origin\" but the URL's origin is not same as the request origin %s", shortURL(u), ErrCORS, SerializeOrigin(cr.Origin))
	case cr.Mode == ModeNoCORS:
		return ResponseOpaque, nil
	case !isHTTPScheme(u.Scheme):
		return 0, fmt.Errorf("fetch %s: %w: cross-origin requests are only supported for HTTP(S)", shortURL(u), ErrCORS)
	}
	return ResponseCORS, nil
}

// sameOriginOrLocal is SameOrigin, extended to a file: page loading file:
// URLs. AD-HOC: file: origins are opaque, but local pages keep working.
func sameOriginOrLocal(page, u *url.URL) bool {
	if page != nil && strings.EqualFold(page.Scheme, "file") && strings.EqualFold(u.Scheme, "file") {
		return true
	}
	return IsSameOrigin(page, u)
}

// requestOrigin is the byte-serialized request origin: "null" once the
// tainted origin flag is set.
//
// https://fetch.spec.whatwg.org/#serializing-a-request-origin
func requestOrigin(origin string, tainted bool) string {
	if tainted {
		return "null"
	}
	return origin
}

// includesCredentials reports whether a hop carries cookies: the
// credentials mode is "include", or "same-origin" and the tainting is basic.
//
// https://fetch.spec.whatwg.org/#http-network-or-cache-fetch step 8.3
func (cr CORSRequest) includesCredentials(tainting ResponseType) bool {
	return cr.Credentials == CredentialsInclude || cr.Credentials == CredentialsSameOrigin && tainting == ResponseBasic
}

// sendCORSHop sends one hop, without following a redirect: with the Origin
// header and with cookies only when credentials are included.
func (c *Client) sendCORSHop(ctx context.Context, cr CORSRequest, hop *Request, origin string, tainted bool, tainting ResponseType) (*Response, error) {
	cc := *c
	cc.MaxRedirects = -1
	if !cr.includesCredentials(tainting) {
		cc.Jar = nil
	}
	wire := hop.clone()
	// https://fetch.spec.whatwg.org/#append-a-request-origin-header
	// 2. If request's response tainting is "cors" or request's mode is
	// "websocket", then append (`Origin`, serializedOrigin). 3. Otherwise,
	// if request's method is neither `GET` nor `HEAD`: append it too
	// (AD-HOC: the referrer policy's "no-referrer" case is not applied).
	if tainting == ResponseCORS || hop.method() != http.MethodGet && hop.method() != http.MethodHead {
		wire.Header.Set("Origin", requestOrigin(origin, tainted))
	}
	return cc.Do(ctx, wire)
}

// filteredResponse builds what the script sees of resp.
func filteredResponse(resp *Response, t ResponseType, creds Credentials, redirected bool) *CORSResponse {
	r := &CORSResponse{Internal: resp, Type: t, Header: FilterResponseHeaders(t, creds, resp.Header)}
	if t == ResponseOpaque {
		return r
	}
	r.Status, r.Body, r.URL, r.Redirected = resp.Status, resp.Body, resp.URL, redirected
	return r
}

// DefaultPreflightMaxAge is the Access-Control-Max-Age used when a
// preflight response has none (5 s); MaxPreflightMaxAge caps the header
// (2 h, as Chromium does).
const (
	DefaultPreflightMaxAge = 5 * time.Second
	MaxPreflightMaxAge     = 2 * time.Hour
)

// preflightIfNeeded sends a CORS-preflight request when the hop needs one
// and the cache has no match.
//
// https://fetch.spec.whatwg.org/#http-fetch step 4.1
func (c *Client) preflightIfNeeded(ctx context.Context, cr CORSRequest, hop *Request, origin string, tainted bool, tainting ResponseType) error {
	if tainting != ResponseCORS {
		return nil
	}
	method := hop.method()
	unsafe := CORSUnsafeRequestHeaderNames(hop.Header)
	if !cr.ForcePreflight && IsCORSSafelistedMethod(method) && len(unsafe) == 0 {
		return nil
	}
	key := preflightKey{origin: requestOrigin(origin, tainted), url: hop.URL.String(), credentials: cr.Credentials == CredentialsInclude}
	if cr.Preflights.match(key, method, unsafe) {
		return nil
	}
	return c.preflight(ctx, cr, hop, key, unsafe)
}

// preflight implements the CORS-preflight fetch.
//
// https://fetch.spec.whatwg.org/#cors-preflight-fetch-0
func (c *Client) preflight(ctx context.Context, cr CORSRequest, hop *Request, key preflightKey, unsafe []string) error {
	method := hop.method()
	// 1-5. An OPTIONS request with `Accept: */*`,
	// `Access-Control-Request-Method` and `Access-Control-Request-Headers`.
	pre := &Request{URL: hop.URL, Method: http.MethodOptions, Header: http.Header{}, Initiator: hop.Initiator,
		ReferrerPolicy: hop.ReferrerPolicy, Destination: hop.Destination, MaxBodyBytes: hop.MaxBodyBytes}
	pre.Header.Set("Accept", "*/*")
	pre.Header.Set("Access-Control-Request-Method", method)
	if len(unsafe) > 0 {
		pre.Header.Set("Access-Control-Request-Headers", strings.Join(unsafe, ","))
	}
	pre.Header.Set("Origin", key.origin)
	// 6. The preflight goes without credentials and follows no redirect.
	cc := *c
	cc.Jar, cc.MaxRedirects, cc.Cache = nil, -1, nil
	resp, err := cc.Do(ctx, pre)
	if err != nil {
		return err
	}
	where := shortURL(hop.URL)
	// 7. If a CORS check for request and response returns success and
	// response's status is an ok status, then: ...
	if err := CORSCheck(key.origin, cr.Credentials, resp.Header); err != nil {
		return fmt.Errorf("fetch %s: %w (in the response to the preflight request)", where, err)
	}
	if !resp.OK() {
		return fmt.Errorf("fetch %s: %w: Response to preflight request doesn't pass access control check: It does not have HTTP ok status", where, ErrCORS)
	}
	methods := splitList(strings.Join(resp.Header.Values("Access-Control-Allow-Methods"), ","))
	names := splitList(strings.Join(resp.Header.Values("Access-Control-Allow-Headers"), ","))
	// 7.4. If methods is null and request's use-CORS-preflight flag is
	// set, then set methods to a new list containing request's method.
	if len(methods) == 0 && cr.ForcePreflight {
		methods = []string{method}
	}
	include := cr.Credentials == CredentialsInclude
	// 7.5. If request's method is not in methods, request's method is not
	// a CORS-safelisted method, and either request's credentials mode is
	// "include" or methods does not contain `*`, then return a network
	// error.
	if !contains(methods, method, false) && !IsCORSSafelistedMethod(method) && (include || !contains(methods, "*", false)) {
		return fmt.Errorf("fetch %s: %w: Method %s is not allowed by Access-Control-Allow-Methods in preflight response", where, ErrCORS, method)
	}
	// 7.6. A CORS non-wildcard request-header name (Authorization) must be
	// listed by name.
	if len(hop.Header.Values("Authorization")) > 0 && !contains(names, "authorization", true) {
		return fmt.Errorf("fetch %s: %w: Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response", where, ErrCORS)
	}
	// 7.7. Each CORS-unsafe request-header name must be listed, or `*`
	// given without credentials.
	for _, name := range unsafe {
		if !contains(names, name, true) && (include || !contains(names, "*", false)) {
			return fmt.Errorf("fetch %s: %w: Request header field %s is not allowed by Access-Control-Allow-Headers in preflight response", where, ErrCORS, name)
		}
	}
	// 7.8-7.9. max-age: 5 s when absent, capped.
	maxAge := DefaultPreflightMaxAge
	if v := resp.Header.Get("Access-Control-Max-Age"); v != "" {
		if s, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32); err == nil {
			maxAge = min(time.Duration(s)*time.Second, MaxPreflightMaxAge)
		}
	}
	// 7.11-7.12. Cache the methods and header names.
	cr.Preflights.store(key, methods, names, maxAge)
	return nil
}

func contains(list []string, s string, fold bool) bool {
	for _, v := range list {
		if v == s || fold && strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// PreflightCache is the CORS-preflight cache: what preflight responses
// allowed, per (origin, URL, credentials), until their max-age passes. The
// zero value is ready to use; it is safe for concurrent use.
//
// https://fetch.spec.whatwg.org/#concept-cache
type PreflightCache struct {
	// Now returns the current time; nil means time.Now.
	Now func() time.Time

	mu      sync.Mutex
	entries map[preflightKey]*preflightEntry
}

type preflightKey struct {
	origin, url string
	credentials bool
}

type preflightEntry struct {
	methods, headers []string
	expires          time.Time
}

// maxPreflightEntries bounds the cache; past it, expired entries are
// dropped, then everything.
const maxPreflightEntries = 1024

func (pc *PreflightCache) now() time.Time {
	if pc.Now != nil {
		return pc.Now()
	}
	return time.Now()
}

// match reports whether a cached preflight allows method and every unsafe
// header name (a method cache entry match and header-name cache entry
// matches).
//
// https://fetch.spec.whatwg.org/#concept-cache-match
func (pc *PreflightCache) match(k preflightKey, method string, unsafe []string) bool {
	if pc == nil {
		return false
	}
	pc.mu.Lock()
	defer pc.mu.Unlock()
	e := pc.entries[k]
	if e == nil || !pc.now().Before(e.expires) {
		return false
	}
	wild := !k.credentials
	if !IsCORSSafelistedMethod(method) && !contains(e.methods, method, false) && !(wild && contains(e.methods, "*", false)) {
		return false
	}
	for _, name := range unsafe {
		if !contains(e.headers, name, true) && !(wild && contains(e.headers, "*", false)) {
			return false
		}
	}
	return true
}

// store records a successful preflight.
func (pc *PreflightCache) store(k preflightKey, methods, headers []string, maxAge time.Duration) {
	if pc == nil || maxAge <= 0 {
		return
	}
	pc.mu.Lock()
	defer pc.mu.Unlock()
	now := pc.now()
	if pc.entries == nil {
		pc.entries = map[preflightKey]*preflightEntry{}
	}
	if len(pc.entries) >= maxPreflightEntries {
		for key, e := range pc.entries {
			if !now.Before(e.expires) {
				delete(pc.entries, key)
			}
		}
		if len(pc.entries) >= maxPreflightEntries {
			clear(pc.entries)
		}
	}
	pc.entries[k] = &preflightEntry{methods: methods, headers: headers, expires: now.Add(maxAge)}
}

// CORSSettings maps a CORS settings attribute (crossorigin on img, script,
// link) to the request's mode and credentials mode; present is whether the
// element has the attribute. No attribute means a no-cors request;
// "use-credentials" means credentials "include"; any other value
// (including "" and "anonymous") means "same-origin".
//
// https://html.spec.whatwg.org/multipage/urls-and-fetching.html#cors-settings-attributes
func CORSSettings(value string, present bool) (Mode, Credentials) {
	if !present {
		return ModeNoCORS, CredentialsInclude
	}
	if strings.EqualFold(strings.TrimSpace(value), "use-credentials") {
		return ModeCORS, CredentialsInclude
	}
	return ModeCORS, CredentialsSameOrigin
}
