package fetch

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Cache is an in-memory private HTTP cache (RFC 9111) for a Client: a
// browser's memory cache. It stores GET responses that may be stored,
// serves them while fresh, and revalidates stale ones with If-None-Match /
// If-Modified-Since when they have a validator. It is safe for concurrent
// use; the zero value is an empty cache of DefaultCacheBytes.
type Cache struct {
	// MaxBytes bounds the stored bodies; 0 means DefaultCacheBytes. The
	// least recently used entries go first.
	MaxBytes int64

	mu      sync.Mutex
	entries map[string]*cacheEntry
	size    int64
	tick    uint64 // use counter for LRU order
	now     func() time.Time
}

// DefaultCacheBytes is the size of a Cache whose MaxBytes is 0: 64 MiB.
const DefaultCacheBytes = 64 << 20

type cacheEntry struct {
	resp     *Response
	vary     map[string]string // request header values named by Vary
	stored   time.Time         // response_time
	age      time.Duration     // corrected initial age (RFC 9111 §4.2.3)
	lifetime time.Duration     // freshness lifetime (RFC 9111 §4.2.1)
	noCache  bool              // must revalidate before every use
	used     uint64
}

func (c *Cache) clock() time.Time {
	if c != nil && c.now != nil {
		return c.now()
	}
	return time.Now()
}

// lookup returns a stored response for req: fresh (use it as is) or stale
// (revalidate it), or nil.
func (c *Cache) lookup(req *Request) (e *cacheEntry, fresh bool) {
	if c == nil || req.method() != http.MethodGet || req.Body != nil || hasDirective(req.Header.Get("Cache-Control"), "no-store") {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e = c.entries[req.URL.String()]
	if e == nil {
		return nil, false
	}
	for name, v := range e.vary {
		if req.Header.Get(name) != v {
			return nil, false
		}
	}
	c.tick++
	e.used = c.tick
	current := e.age + c.clock().Sub(e.stored)
	fresh = !e.noCache && current < e.lifetime && !hasDirective(req.Header.Get("Cache-Control"), "no-cache")
	return e, fresh
}

// store keeps resp for later requests like req when RFC 9111 §3 allows it.
func (c *Cache) store(req *Request, resp *Response, requestTime time.Time) {
	if c == nil || req.method() != http.MethodGet || !isHTTPScheme(req.URL.Scheme) {
		return
	}
	cc := resp.Header.Get("Cache-Control")
	if hasDirective(cc, "no-store") || hasDirective(req.Header.Get("Cache-Control"), "no-store") {
		return
	}
	lifetime, explicit := freshnessLifetime(resp, c.clock())
	switch resp.Status {
	case 200, 203, 204, 300, 301, 308, 404, 405, 410, 414, 501:
	default:
		if !explicit {
			return
		}
	}
	validator := resp.Header.Get("ETag") != "" || resp.Header.Get("Last-Modified") != ""
	if lifetime <= 0 && !validator {
		return
	}
	e := &cacheEntry{resp: resp, stored: c.clock(), lifetime: lifetime, noCache: hasDirective(cc, "no-cache")}
	e.age = correctedAge(resp, requestTime, e.stored)
	if v := resp.Header.Get("Vary"); v != "" {
		e.vary = map[string]string{}
		for _, name := range strings.Split(v, ",") {
			name = strings.TrimSpace(name)
			if name == "*" {
				return // RFC 9111 §4.1: Vary: * never matches.
			}
			e.vary[name] = req.Header.Get(name)
		}
	}
	c.put(req.URL.String(), e)
}

func (c *Cache) put(key string, e *cacheEntry) {
	max := c.MaxBytes
	if max <= 0 {
		max = DefaultCacheBytes
	}
	n := int64(len(e.resp.Body))
	if n > max/4 {
		return // one response may not take over the cache
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = make(map[string]*cacheEntry)
	}
	if old := c.entries[key]; old != nil {
		c.size -= int64(len(old.resp.Body))
	}
	c.tick++
	e.used = c.tick
	c.entries[key] = e
	c.size += n
	for c.size > max {
		c.evictOldest()
	}
}

func (c *Cache) evictOldest() {
	var oldKey string
	var oldest *cacheEntry
	for k, e := range c.entries {
		if oldest == nil || e.used < oldest.used {
			oldKey, oldest = k, e
		}
	}
	if oldest == nil {
		c.size = 0
		return
	}
	delete(c.entries, oldKey)
	c.size -= int64(len(oldest.resp.Body))
}

// freshnessLifetime is RFC 9111 §4.2.1 for a private cache: max-age, else
// Expires - Date, else the heuristic of §4.2.2 (10% of the time since
// Last-Modified). explicit reports whether the response gave one.
func freshnessLifetime(resp *Response, now time.Time) (time.Duration, bool) {
	cc := resp.Header.Get("Cache-Control")
	if v, ok := directiveValue(cc, "max-age"); ok {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil && n >= 0 {
			return time.Duration(min(n, 1<<31)) * time.Second, true
		}
		return 0, true // an invalid max-age makes the response stale
	}
	date := headerTime(resp.Header, "Date", now)
	if exp := resp.Header.Get("Expires"); exp != "" {
		t, err := http.ParseTime(exp)
		if err != nil {
			return 0, true // invalid Expires means already expired
		}
		return t.Sub(date), true
	}
	if lm, err := http.ParseTime(resp.Header.Get("Last-Modified")); err == nil && lm.Before(date) {
		return date.Sub(lm) / 10, false
	}
	return 0, false
}

// correctedAge is RFC 9111 §4.2.3's corrected_initial_age.
func correctedAge(resp *Response, requestTime, responseTime time.Time) time.Duration {
	date := headerTime(resp.Header, "Date", responseTime)
	apparent := max(0, responseTime.Sub(date))
	ageValue := time.Duration(0)
	if n, err := strconv.ParseInt(strings.TrimSpace(resp.Header.Get("Age")), 10, 64); err == nil && n > 0 {
		ageValue = time.Duration(min(n, 1<<31)) * time.Second
	}
	return max(apparent, ageValue+responseTime.Sub(requestTime))
}

func headerTime(h http.Header, name string, def time.Time) time.Time {
	if t, err := http.ParseTime(h.Get(name)); err == nil {
		return t
	}
	return def
}

// hasDirective reports whether a Cache-Control value lists directive.
func hasDirective(cc, directive string) bool {
	_, ok := directiveValue(cc, directive)
	return ok
}

// directiveValue returns a Cache-Control directive's argument (unquoted).
func directiveValue(cc, directive string) (string, bool) {
	for _, part := range strings.Split(cc, ",") {
		name, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		if strings.EqualFold(strings.TrimSpace(name), directive) {
			return strings.Trim(strings.TrimSpace(val), `"`), true
		}
	}
	return "", false
}

// cachedSend is send with the cache in front: a fresh stored response is
// returned without a request; a stale one with a validator is revalidated
// and, on 304 Not Modified, returned with the new headers merged in.
func (c *Client) cachedSend(ctx context.Context, hop *Request) (*Response, error) {
	e, fresh := c.Cache.lookup(hop)
	if e != nil && fresh {
		return e.fromCache(hop), nil
	}
	wire := hop
	if e != nil {
		wire = hop.clone()
		if et := e.resp.Header.Get("ETag"); et != "" {
			wire.Header.Set("If-None-Match", et)
		}
		if lm := e.resp.Header.Get("Last-Modified"); lm != "" {
			wire.Header.Set("If-Modified-Since", lm)
		}
	}
	requestTime := c.Cache.clock()
	resp, err := c.send(ctx, wire)
	if err != nil {
		return nil, err
	}
	if e != nil && resp.Status == http.StatusNotModified {
		// RFC 9111 §4.3.4: update the stored headers and use the stored body.
		merged := *e.resp
		merged.Header = e.resp.Header.Clone()
		for k, v := range resp.Header {
			merged.Header[k] = v
		}
		merged.Timing = resp.Timing
		c.Cache.store(hop, &merged, requestTime)
		out := merged
		out.Header = merged.Header.Clone()
		return &out, nil
	}
	if c.Cache != nil {
		c.Cache.store(hop, cacheCopy(resp), requestTime)
	}
	return resp, nil
}

// fromCache returns a copy of the stored response for a request served
// from the cache: same status, headers and body, no network timing.
func (e *cacheEntry) fromCache(req *Request) *Response {
	r := *e.resp
	r.Header = e.resp.Header.Clone()
	r.Timing = Timing{Start: time.Now()}
	r.FromCache = true
	r.Request = req
	return &r
}

// cacheCopy is what the cache keeps of a response: callers may not modify
// the Response they get, but its Header map is theirs.
func cacheCopy(r *Response) *Response {
	c := *r
	c.Header = r.Header.Clone()
	return &c
}
