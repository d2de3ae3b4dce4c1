package fetch

import (
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// HSTS remembers which hosts must be reached over HTTPS only (HTTP Strict
// Transport Security, RFC 6797): hosts that sent a Strict-Transport-Security
// header over HTTPS, and hosts the caller preloads. A Client with an HSTS
// store upgrades http: requests to those hosts to https: before sending them.
// It is safe for concurrent use; its zero value is an empty store.
type HSTS struct {
	mu      sync.Mutex
	entries map[string]hstsEntry // by lower-case host name
	// now is the clock; nil means time.Now (tests set it).
	now func() time.Time
}

type hstsEntry struct {
	expires           time.Time // zero for preloaded entries: never
	includeSubDomains bool
}

// Preload adds hosts that are known HSTS hosts without ever having sent the
// header, as browsers' preload lists do. With includeSubDomains every
// subdomain is covered too.
func (h *HSTS) Preload(includeSubDomains bool, hosts ...string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.entries == nil {
		h.entries = make(map[string]hstsEntry)
	}
	for _, host := range hosts {
		h.entries[canonicalHost(host)] = hstsEntry{includeSubDomains: includeSubDomains}
	}
}

func (h *HSTS) clock() time.Time {
	if h.now != nil {
		return h.now()
	}
	return time.Now()
}

// canonicalHost lower-cases a host name and drops a trailing dot
// (RFC 6797 §8.3 step 2 compares hosts case-insensitively).
func canonicalHost(host string) string {
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// Known reports whether host is an HSTS host: it has a live entry itself,
// or a superdomain has one with includeSubDomains (RFC 6797 §8.2).
func (h *HSTS) Known(host string) bool {
	if h == nil {
		return false
	}
	host = canonicalHost(host)
	if net.ParseIP(host) != nil {
		return false // RFC 6797 §8.3 step 1: IP literals are never HSTS hosts.
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.clock()
	for name, sub := host, false; name != ""; sub = true {
		if e, ok := h.entries[name]; ok {
			if !e.expires.IsZero() && !now.Before(e.expires) {
				delete(h.entries, name)
			} else if !sub || e.includeSubDomains {
				return true
			}
		}
		i := strings.IndexByte(name, '.')
		if i < 0 {
			break
		}
		name = name[i+1:]
	}
	return false
}

// upgrade rewrites an http: URL to a known HSTS host into its https: form
// (RFC 6797 §8.3 steps 5-6: port 80 becomes 443, another explicit port is
// kept). It returns u itself when nothing changes.
func (h *HSTS) upgrade(u *url.URL) *url.URL {
	if h == nil || !strings.EqualFold(u.Scheme, "http") || !h.Known(u.Hostname()) {
		return u
	}
	up := *u
	up.Scheme = "https"
	if up.Port() == "80" {
		up.Host = up.Hostname()
		if strings.Contains(up.Host, ":") {
			up.Host = "[" + up.Host + "]"
		}
	}
	return &up
}

// observe processes a response's Strict-Transport-Security header
// (RFC 6797 §8.1): only over a secure transport, only for host names;
// max-age=0 removes the host.
func (h *HSTS) observe(u *url.URL, header string) {
	if h == nil || header == "" || !strings.EqualFold(u.Scheme, "https") {
		return
	}
	host := canonicalHost(u.Hostname())
	if net.ParseIP(host) != nil {
		return
	}
	maxAge, sub, ok := parseSTS(header)
	if !ok {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.entries == nil {
		h.entries = make(map[string]hstsEntry)
	}
	if maxAge == 0 {
		delete(h.entries, host)
		return
	}
	h.entries[host] = hstsEntry{expires: h.clock().Add(time.Duration(maxAge) * time.Second), includeSubDomains: sub}
}

// parseSTS parses a Strict-Transport-Security value (RFC 6797 §6.1):
// directives separated by ';', names case-insensitive, max-age required,
// values possibly quoted; a repeated directive makes the header invalid.
func parseSTS(v string) (maxAge int64, includeSubDomains, ok bool) {
	seen := map[string]bool{}
	haveAge := false
	for _, d := range strings.Split(v, ";") {
		name, val, _ := strings.Cut(strings.TrimSpace(d), "=")
		name = strings.ToLower(strings.TrimSpace(name))
		val = strings.Trim(strings.TrimSpace(val), `"`)
		if name == "" {
			continue
		}
		if seen[name] {
			return 0, false, false
		}
		seen[name] = true
		switch name {
		case "max-age":
			n, err := strconv.ParseInt(val, 10, 64)
			if err != nil || n < 0 {
				return 0, false, false
			}
			// Cap at about 100 years so the expiry cannot overflow.
			maxAge, haveAge = min(n, 100*365*24*3600), true
		case "includesubdomains":
			includeSubDomains = true
		}
	}
	return maxAge, includeSubDomains, haveAge
}
