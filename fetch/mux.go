package fetch

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"sync"
)

// Mux is a Fetcher that hands each request to the Fetcher registered for its
// URL: first the longest matching origin prefix (HandleOrigin), then the
// URL's scheme (Handle). The zero value has no routes. A Mux is safe for
// concurrent use, including registering routes while fetches run.
type Mux struct {
	mu      sync.RWMutex
	schemes map[string]Fetcher
	origins []originRoute // longest prefix first
}

// originRoute sends URLs under prefix to f.
type originRoute struct {
	prefix string // "scheme://host/path/", scheme and host lower case
	f      Fetcher
}

// NewMux returns a Mux with the standard routes: http and https to a
// zero-value HTTPFetcher (the shared transport), data to DataFetcher and file
// to FileFetcher. Which pages may load file: URLs is Client's policy.
func NewMux() *Mux {
	m := &Mux{}
	h := &HTTPFetcher{}
	m.Handle("http", h)
	m.Handle("https", h)
	m.Handle("data", DataFetcher{})
	m.Handle("file", FileFetcher{})
	return m
}

// Handle routes URLs of the given scheme ("https", case-insensitive, without
// the colon) to f; a nil f removes the route.
func (m *Mux) Handle(scheme string, f Fetcher) {
	scheme = strings.ToLower(strings.TrimSuffix(scheme, ":"))
	m.mu.Lock()
	defer m.mu.Unlock()
	if f == nil {
		delete(m.schemes, scheme)
		return
	}
	if m.schemes == nil {
		m.schemes = make(map[string]Fetcher)
	}
	m.schemes[scheme] = f
}

// HandleOrigin routes URLs that start with origin (an absolute URL such as
// "https://test.invalid/", optionally with a path prefix) to f, ahead of the
// scheme routes. It returns an error if origin has no scheme or host.
func (m *Mux) HandleOrigin(origin string, f Fetcher) error {
	u, err := url.Parse(origin)
	if err != nil {
		return fmt.Errorf("fetch: HandleOrigin %q: %w", origin, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return fmt.Errorf("fetch: HandleOrigin %q: %w: want scheme://host/", origin, ErrBadRequest)
	}
	prefix := routeKey(u)
	if !strings.HasSuffix(prefix, "/") {
		prefix += "/"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	routes := m.origins[:0:0]
	for _, r := range m.origins {
		if r.prefix != prefix {
			routes = append(routes, r)
		}
	}
	if f != nil {
		routes = append(routes, originRoute{prefix, f})
	}
	sort.SliceStable(routes, func(i, j int) bool { return len(routes[i].prefix) > len(routes[j].prefix) })
	m.origins = routes
	return nil
}

// routeKey is "scheme://host" + path, with scheme and host lower case.
func routeKey(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host) + p
}

// Fetcher returns the Fetcher that would serve u, or nil.
func (m *Mux) Fetcher(u *url.URL) Fetcher {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if len(m.origins) > 0 && u.Host != "" {
		key := routeKey(u)
		for _, r := range m.origins {
			if strings.HasPrefix(key, r.prefix) || key+"/" == r.prefix {
				return r.f
			}
		}
	}
	return m.schemes[strings.ToLower(u.Scheme)]
}

// Fetch hands req to the Fetcher for req.URL; a URL no route serves is an
// error naming its scheme.
func (m *Mux) Fetch(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	f := m.Fetcher(req.URL)
	if f == nil {
		return nil, fmt.Errorf("fetch %s: %w: no fetcher for scheme %q", shortURL(req.URL), ErrBadRequest, req.URL.Scheme)
	}
	return f.Fetch(ctx, req)
}
