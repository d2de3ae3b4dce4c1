package fetch

import (
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// PublicOnlyDialer returns a net.Dialer that refuses to connect to
// loopback, private (RFC 1918, RFC 4193), link-local, unspecified, multicast
// and other non-public addresses, so that a page from the internet cannot
// make the browser reach the machine's own services or its local network.
// The check runs on the address actually dialled, after DNS resolution, so a
// host name that resolves (or re-resolves, DNS rebinding) to a private
// address is refused too. Use it with NewTransport for an HTTPFetcher that
// serves untrusted pages. Proxies are dialled like any host: a proxy on a
// private address is refused as well.
func PublicOnlyDialer() *net.Dialer {
	return &net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
		Control: func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: cannot check address %q", ErrRefused, address)
			}
			if !IsPublicAddr(ap.Addr()) {
				return fmt.Errorf("%w: %s is not a public address", ErrRefused, ap.Addr())
			}
			return nil
		},
	}
}

// IsPublicAddr reports whether a is a globally routable unicast address:
// not loopback, private, link-local, unspecified, multicast, or in the
// shared (100.64/10), documentation, benchmarking or reserved ranges.
func IsPublicAddr(a netip.Addr) bool {
	a = a.Unmap()
	if !a.IsValid() || a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() {
		return false
	}
	for _, p := range nonPublicPrefixes {
		if p.Contains(a) {
			return false
		}
	}
	return true
}

// nonPublicPrefixes are special-purpose ranges (IANA IPv4/IPv6 special
// registries) that netip's predicates do not cover.
var nonPublicPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("100::/64"),
	netip.MustParsePrefix("2001:db8::/32"),
}
