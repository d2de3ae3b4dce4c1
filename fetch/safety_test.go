package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"testing"
)

func TestIsPublicAddr(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "0.0.0.0": false, "100.64.0.1": false, "224.0.0.1": false,
		"::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false, "2001:db8::1": false,
		"8.8.8.8": true, "1.1.1.1": true, "2606:4700::1111": true, "93.184.216.34": true,
	} {
		if got := IsPublicAddr(netip.MustParseAddr(addr)); got != want {
			t.Errorf("IsPublicAddr(%s) = %v, want %v", addr, got, want)
		}
	}
}

// TestPublicOnlyDialerRefusesLoopback: a server on 127.0.0.1 is reachable
// with the default transport and refused with the public-only dialer.
func TestPublicOnlyDialerRefusesLoopback(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	if _, err := (&Client{}).Do(context.Background(), &Request{URL: u}); err != nil {
		t.Fatalf("default client: %v", err)
	}
	tr := NewTransport(PublicOnlyDialer())
	tr.Proxy = nil
	c := &Client{Fetcher: &HTTPFetcher{Transport: tr}}
	_, err := c.Do(context.Background(), &Request{URL: u})
	if !errors.Is(err, ErrRefused) {
		t.Errorf("public-only client reached %s: err %v", u, err)
	}
}
