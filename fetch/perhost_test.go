package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"
)

// TestConnectionsPerHostBounded: 20 parallel slow requests to one host use
// at most MaxConnsPerHost connections.
func TestConnectionsPerHostBounded(t *testing.T) {
	var mu sync.Mutex
	open, maxOpen := 0, 0
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(30 * time.Millisecond)
	}))
	srv.Config.ConnState = func(c net.Conn, s http.ConnState) {
		mu.Lock()
		defer mu.Unlock()
		switch s {
		case http.StateNew:
			open++
			maxOpen = max(maxOpen, open)
		case http.StateClosed, http.StateHijacked:
			open--
		}
	}
	srv.Start()
	defer srv.Close()
	c := &Client{Fetcher: &HTTPFetcher{Transport: NewTransport(nil)}}
	var reqs []*Request
	for i := 0; i < 20; i++ {
		u, _ := url.Parse(fmt.Sprintf("%s/r%d", srv.URL, i))
		reqs = append(reqs, &Request{URL: u})
	}
	for _, r := range LoadAll(context.Background(), c, reqs, 20) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if maxOpen > MaxConnsPerHost || maxOpen < 2 {
		t.Errorf("%d connections open at once, want 2..%d", maxOpen, MaxConnsPerHost)
	}
}
