package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// loadServer counts hits and requests in flight; /n/{i}?ms={d} answers "i"
// after d milliseconds, and /block waits for the client to go away.
type loadServer struct {
	*httptest.Server
	hits              atomic.Int32
	inFlight, maxSeen atomic.Int32
	mu                sync.Mutex
	arrivals          []string // request paths in arrival order
}

func newLoadServer(t testing.TB) *loadServer {
	t.Helper()
	s := &loadServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.hits.Add(1)
		s.mu.Lock()
		s.arrivals = append(s.arrivals, r.URL.Path)
		s.mu.Unlock()
		n := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			m := s.maxSeen.Load()
			if n <= m || s.maxSeen.CompareAndSwap(m, n) {
				break
			}
		}
		if r.URL.Path == "/block" {
			<-r.Context().Done()
			return
		}
		ms, _ := strconv.Atoi(r.URL.Query().Get("ms"))
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		io.WriteString(w, strings.TrimPrefix(r.URL.Path, "/n/"))
	}))
	t.Cleanup(s.Close)
	return s
}

func TestLoadAllOrderAndBound(t *testing.T) {
	for _, limit := range []int{1, 3, 0} {
		t.Run(fmt.Sprint("limit ", limit), func(t *testing.T) {
			s := newLoadServer(t)
			c := &Client{Fetcher: newHTTPFetcher(t, s.Server)}
			const n = 12
			reqs := make([]*Request, n)
			for i := range reqs {
				// Later requests answer sooner, so completion order is reversed.
				reqs[i] = &Request{URL: mustParse(t, fmt.Sprintf("%s/n/%d?ms=%d", s.URL, i, 2*(n-i)))}
			}
			results := LoadAll(context.Background(), c, reqs, limit)
			if len(results) != n {
				t.Fatalf("%d results for %d requests", len(results), n)
			}
			for i, r := range results {
				if r.Err != nil || string(r.Response.Body) != strconv.Itoa(i) || r.Elapsed <= 0 {
					t.Errorf("result %d: %v %v", i, r.Response, r.Err)
				}
			}
			want := int32(limit)
			if limit == 0 {
				want = DefaultConcurrency
			}
			if got := s.maxSeen.Load(); got > want || want > 1 && got < 2 {
				t.Errorf("at most %d requests in flight, limit %d", got, want)
			}
			if limit == 1 {
				for i, p := range s.arrivals {
					if p != fmt.Sprintf("/n/%d", i) {
						t.Errorf("arrival %d was %s: requests must start in order", i, p)
					}
				}
				var queued time.Duration
				for _, r := range results {
					queued += r.Response.Timing.Queue
				}
				if queued < 10*time.Millisecond { // each waits for the ones before it
					t.Errorf("one at a time, the requests queued %v in all", queued)
				}
			}
			if got := s.hits.Load(); got != n {
				t.Errorf("%d hits, want %d", got, n)
			}
		})
	}
}

func TestLoadAllDedupe(t *testing.T) {
	s := newLoadServer(t)
	c := &Client{Fetcher: newHTTPFetcher(t, s.Server)}
	a := s.URL + "/n/a?ms=5"
	b := s.URL + "/n/b?ms=5"
	reqs := []*Request{
		{URL: mustParse(t, a)}, {URL: mustParse(t, b)}, {URL: mustParse(t, a)}, {URL: mustParse(t, a)},
		{URL: mustParse(t, b), Method: "POST"}, // not merged: not a safe method
		{URL: mustParse(t, b)},
	}
	results := LoadAll(context.Background(), c, reqs, 4)
	want := []string{"a", "b", "a", "a", "b", "b"}
	for i, r := range results {
		if r.Err != nil || string(r.Response.Body) != want[i] {
			t.Errorf("result %d: %v %v", i, r.Response, r.Err)
		}
	}
	if results[0].Response != results[2].Response || results[1].Response != results[5].Response {
		t.Error("duplicate requests did not share their response")
	}
	if got := s.hits.Load(); got != 3 {
		t.Errorf("%d hits, want 3 (a, b, POST b)", got)
	}
}

func TestLoadAllCancel(t *testing.T) {
	s := newLoadServer(t)
	c := &Client{Fetcher: newHTTPFetcher(t, s.Server)}
	reqs := make([]*Request, 10)
	for i := range reqs {
		reqs[i] = &Request{URL: mustParse(t, fmt.Sprintf("%s/block?i=%d", s.URL, i))}
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	results := LoadAll(ctx, c, reqs, 2)
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("LoadAll returned %v after cancellation", d)
	}
	for i, r := range results {
		if !errors.Is(r.Err, context.Canceled) || r.Response != nil {
			t.Errorf("result %d: err = %v", i, r.Err)
		}
	}
	if got := s.hits.Load(); got > 2 {
		t.Errorf("%d requests reached the server, limit 2", got)
	}
}

func TestLoadAllMixed(t *testing.T) {
	m := NewMux()
	fsf := NewFSFetcher(fstest.MapFS{"a.css": {Data: []byte("p{}")}}, "https://test.invalid/")
	if err := m.HandleOrigin(fsf.Origin(), fsf); err != nil {
		t.Fatal(err)
	}
	c := &Client{Fetcher: m}
	page := mustParse(t, "https://test.invalid/index.html")
	reqs := []*Request{
		{URL: mustParse(t, "https://test.invalid/a.css"), Destination: DestinationStyle, Initiator: page},
		nil,
		{URL: mustParse(t, "https://test.invalid/missing.png"), Destination: DestinationImage, Initiator: page},
		{URL: mustParse(t, "data:image/gif;base64,R0lGODlhAQABAAAAACw="), Initiator: page},
		{URL: mustParse(t, "file:///etc/hostname"), Initiator: page},
		{URL: mustParse(t, "data:;base64,!"), Initiator: page},
	}
	results := LoadAll(context.Background(), c, reqs, 0)
	check := []struct {
		status int
		err    error
	}{{200, nil}, {0, ErrBadRequest}, {404, nil}, {200, nil}, {0, ErrRefused}, {0, nil}}
	for i, r := range results {
		w := check[i]
		switch {
		case w.status != 0 && (r.Err != nil || r.Response.Status != w.status):
			t.Errorf("result %d: %v, want status %d", i, r.Err, w.status)
		case w.status == 0 && (r.Err == nil || w.err != nil && !errors.Is(r.Err, w.err)):
			t.Errorf("result %d: err = %v, want %v", i, r.Err, w.err)
		}
	}
	if results[3].Response.MediaType != "image/gif" || len(results[3].Response.Body) != 14 {
		t.Errorf("data: image: %q %d bytes", results[3].Response.MediaType, len(results[3].Response.Body))
	}
}

func TestLoadAllRace(t *testing.T) {
	// Many goroutines sharing one Client and Mux: run with -race.
	c := &Client{}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reqs := []*Request{{URL: mustParse(t, fmt.Sprintf("data:,%d", g))}, {URL: mustParse(t, "data:,same")}}
			for _, r := range LoadAll(context.Background(), c, reqs, 2) {
				if r.Err != nil {
					t.Error(r.Err)
				}
			}
		}()
	}
	wg.Wait()
}
