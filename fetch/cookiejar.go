package fetch

import (
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/publicsuffix"
)

// CookieJar stores cookies as a browser does (RFC 6265bis, "Cookies: HTTP
// State Management Mechanism"): host-only and domain cookies checked against
// the public suffix list, Path, Expires and Max-Age, Secure (set and sent
// over HTTPS only), HttpOnly (kept from scripts by CookieString), and
// SameSite (Strict, Lax, None; Lax when unset, as browsers do) enforced for
// cross-site requests when the Client knows the initiating page. It is safe
// for concurrent use; the zero value is an empty jar.
type CookieJar struct {
	mu      sync.Mutex
	cookies map[cookieKey]*storedCookie
	seq     uint64 // creation order
	now     func() time.Time
}

type cookieKey struct{ domain, path, name string }

type storedCookie struct {
	name, value  string
	domain, path string
	hostOnly     bool
	secure       bool
	httpOnly     bool
	sameSite     http.SameSite
	expires      time.Time // zero: a session cookie
	created      uint64
}

func (j *CookieJar) clock() time.Time {
	if j.now != nil {
		return j.now()
	}
	return time.Now()
}

// SetCookies stores the cookies a response from u set
// (https://httpwg.org/http-extensions/draft-ietf-httpbis-rfc6265bis.html#name-storage-model).
func (j *CookieJar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	host := canonicalHost(u.Hostname())
	secureOrigin := strings.EqualFold(u.Scheme, "https")
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.cookies == nil {
		j.cookies = make(map[cookieKey]*storedCookie)
	}
	now := j.clock()
	for _, c := range cookies {
		sc, ok := newStoredCookie(c, host, u.Path, secureOrigin, now)
		if !ok {
			continue
		}
		key := cookieKey{sc.domain, sc.path, sc.name}
		old := j.cookies[key]
		if old != nil {
			if old.httpOnly && !c.HttpOnly {
				continue // never let a non-HttpOnly cookie replace an HttpOnly one
			}
			sc.created = old.created
		} else {
			j.seq++
			sc.created = j.seq
		}
		if !sc.expires.IsZero() && !now.Before(sc.expires) {
			delete(j.cookies, key) // an expiry in the past deletes the cookie
			continue
		}
		j.cookies[key] = sc
	}
}

// newStoredCookie applies the storage model's checks to one Set-Cookie.
func newStoredCookie(c *http.Cookie, host, reqPath string, secureOrigin bool, now time.Time) (*storedCookie, bool) {
	if c.Name == "" && c.Value == "" {
		return nil, false
	}
	if c.Secure && !secureOrigin {
		return nil, false // Secure cookies are set over HTTPS only
	}
	if c.SameSite == http.SameSiteNoneMode && !c.Secure {
		return nil, false // SameSite=None requires Secure
	}
	sc := &storedCookie{name: c.Name, value: c.Value, secure: c.Secure, httpOnly: c.HttpOnly, sameSite: c.SameSite}
	domain := canonicalHost(strings.TrimPrefix(c.Domain, "."))
	switch {
	case domain == "" || domain == host:
		sc.domain, sc.hostOnly = host, domain == ""
	case net.ParseIP(host) != nil:
		return nil, false // IP hosts take host-only cookies only
	case !strings.HasSuffix(host, "."+domain):
		return nil, false
	default:
		if ps, _ := publicsuffix.PublicSuffix(domain); ps == domain {
			return nil, false // no cookies for a public suffix
		}
		sc.domain = domain
	}
	sc.path = c.Path
	if sc.path == "" || sc.path[0] != '/' {
		sc.path = defaultCookiePath(reqPath)
	}
	switch {
	case c.MaxAge < 0:
		sc.expires = now.Add(-time.Second)
	case c.MaxAge > 0:
		sc.expires = now.Add(time.Duration(c.MaxAge) * time.Second)
	case !c.Expires.IsZero():
		sc.expires = c.Expires
	}
	return sc, true
}

// defaultCookiePath is RFC 6265bis §5.1.4's default-path.
func defaultCookiePath(p string) string {
	if p == "" || p[0] != '/' {
		return "/"
	}
	i := strings.LastIndexByte(p, '/')
	if i == 0 {
		return "/"
	}
	return p[:i]
}

// Cookies returns the cookies to send to u, with no site context (as for a
// top-level navigation the user typed): SameSite does not apply.
func (j *CookieJar) Cookies(u *url.URL) []*http.Cookie {
	return j.CookiesFor(u, nil, true)
}

// CookiesFor returns the cookies to send with a request to u made by the
// page at initiator (nil for a navigation the user started). topLevel says
// the request navigates the top-level window with a safe method, the one
// cross-site case where SameSite=Lax cookies go along.
func (j *CookieJar) CookiesFor(u, initiator *url.URL, topLevel bool) []*http.Cookie {
	host := canonicalHost(u.Hostname())
	secure := strings.EqualFold(u.Scheme, "https")
	path := u.Path
	if path == "" {
		path = "/"
	}
	crossSite := initiator != nil && !sameSite(initiator, u)
	j.mu.Lock()
	defer j.mu.Unlock()
	now := j.clock()
	var list []*storedCookie
	for key, c := range j.cookies {
		if !c.expires.IsZero() && !now.Before(c.expires) {
			delete(j.cookies, key)
			continue
		}
		if !c.domainMatch(host) || !pathMatch(path, c.path) || (c.secure && !secure) {
			continue
		}
		if crossSite {
			switch c.sameSite {
			case http.SameSiteStrictMode:
				continue
			case http.SameSiteNoneMode:
			default: // Lax, and Lax by default
				if !topLevel {
					continue
				}
			}
		}
		list = append(list, c)
	}
	// Longer paths first, then earlier creation (RFC 6265bis §5.8.3 step 2).
	sort.Slice(list, func(a, b int) bool {
		if len(list[a].path) != len(list[b].path) {
			return len(list[a].path) > len(list[b].path)
		}
		return list[a].created < list[b].created
	})
	out := make([]*http.Cookie, len(list))
	for i, c := range list {
		out[i] = &http.Cookie{Name: c.name, Value: c.value, HttpOnly: c.httpOnly}
	}
	return out
}

// CookieString is what document.cookie reads for the page at u: the
// cookies it would send, without the HttpOnly ones.
func (j *CookieJar) CookieString(u *url.URL) string {
	var parts []string
	for _, c := range j.CookiesFor(u, u, true) {
		if !c.HttpOnly {
			parts = append(parts, c.Name+"="+c.Value)
		}
	}
	return strings.Join(parts, "; ")
}

func (c *storedCookie) domainMatch(host string) bool {
	if c.hostOnly {
		return host == c.domain
	}
	return host == c.domain || strings.HasSuffix(host, "."+c.domain)
}

// pathMatch is RFC 6265bis §5.1.4's path-match.
func pathMatch(reqPath, cookiePath string) bool {
	if reqPath == cookiePath {
		return true
	}
	if strings.HasPrefix(reqPath, cookiePath) {
		return strings.HasSuffix(cookiePath, "/") || reqPath[len(cookiePath)] == '/'
	}
	return false
}

// sameSite reports whether two URLs are schemefully same-site
// (https://html.spec.whatwg.org/multipage/browsers.html#schemelessly-same-site):
// the same scheme and the same registrable domain.
func sameSite(a, b *url.URL) bool {
	if !strings.EqualFold(a.Scheme, b.Scheme) {
		return false
	}
	return registrableDomain(a.Hostname()) == registrableDomain(b.Hostname())
}

func registrableDomain(host string) string {
	host = canonicalHost(host)
	if net.ParseIP(host) != nil {
		return host
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}
