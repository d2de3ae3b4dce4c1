package fetch

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultConcurrency is LoadAll's bound on requests in flight when the caller
// gives none: six, the per-host connection limit of browsers over HTTP/1.1.
const DefaultConcurrency = 6

// Result is the outcome of one request of LoadAll: a response or an error.
type Result struct {
	// Response is the final response; nil when Err is set. Requests that
	// LoadAll merged share one *Response, which callers must not modify.
	Response *Response
	// Err says why the request failed; nil on success (whatever the status).
	Err error
	// Elapsed is the time from the LoadAll call to this result, queueing
	// included.
	Elapsed time.Duration
}

// LoadAll runs reqs through c in parallel, with at most concurrency requests
// in flight (DefaultConcurrency when concurrency <= 0), and returns one
// Result per request, in the order of reqs, whatever the order of completion.
// Requests start in the order of reqs, so earlier ones (document order) are
// served first. It never fails as a whole: each Result carries its own error.
// Requests for the same URL (GET or HEAD, same method and destination, no
// body, no extra headers) are fetched once and share their Result. When ctx
// is done, the requests still queued fail at once with ctx.Err() and those in
// flight are cancelled. A nil c means a zero Client.
func LoadAll(ctx context.Context, c *Client, reqs []*Request, concurrency int) []Result {
	if c == nil {
		c = &Client{}
	}
	if concurrency <= 0 {
		concurrency = DefaultConcurrency
	}
	start := time.Now()
	results := make([]Result, len(reqs))
	jobs, owner := dedupe(reqs)
	var next atomic.Int64 // index into jobs of the next request to start
	var wg sync.WaitGroup
	for range min(concurrency, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(jobs) {
					return
				}
				i := jobs[k]
				results[i] = loadOne(ctx, c, reqs[i], start)
			}
		}()
	}
	wg.Wait()
	for i, o := range owner {
		if o != i {
			results[i] = results[o]
		}
	}
	return results
}

// loadOne loads req on a worker of LoadAll, which started at start.
func loadOne(ctx context.Context, c *Client, req *Request, start time.Time) Result {
	queue := time.Since(start)
	if err := checkRequest(req); err != nil {
		return Result{Err: err, Elapsed: queue}
	}
	if err := ctx.Err(); err != nil {
		return Result{Err: fmt.Errorf("fetch %s: %w", shortURL(req.URL), err), Elapsed: queue}
	}
	resp, err := c.Do(ctx, req)
	if resp != nil {
		resp.Timing.Queue = queue
	}
	return Result{Response: resp, Err: err, Elapsed: time.Since(start)}
}

// dedupe returns the indexes of the requests to run and, for every request,
// the index of the request whose Result it takes (itself if it runs).
func dedupe(reqs []*Request) (jobs, owner []int) {
	owner = make([]int, len(reqs))
	first := make(map[string]int, len(reqs))
	for i, r := range reqs {
		key, ok := dedupeKey(r)
		if ok {
			if j, seen := first[key]; seen {
				owner[i] = j
				continue
			}
			first[key] = i
		}
		owner[i] = i
		jobs = append(jobs, i)
	}
	return jobs, owner
}

// dedupeKey identifies requests that must give the same response: safe
// methods, no body, no caller headers, same initiator and destination.
func dedupeKey(r *Request) (string, bool) {
	if r == nil || r.URL == nil || len(r.Body) > 0 || len(r.Header) > 0 {
		return "", false
	}
	m := r.method()
	if m != http.MethodGet && m != http.MethodHead {
		return "", false
	}
	var b bytes.Buffer
	b.WriteString(m)
	b.WriteByte(' ')
	b.WriteString(r.URL.String())
	b.WriteByte(' ')
	b.WriteString(r.Destination.String())
	b.WriteByte(' ')
	if r.Initiator != nil {
		b.WriteString(r.Initiator.String())
	}
	fmt.Fprintf(&b, " %d", r.MaxBodyBytes)
	return b.String(), true
}
