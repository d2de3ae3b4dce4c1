package fetch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

// HandlerFetcher serves requests by calling an http.Handler in process, with
// no sockets: users' golden tests can render pages from their own handlers
// exactly as the network would deliver them (status, headers, redirects,
// cookies all pass through Client as usual). Route an origin to it with
// Mux.HandleOrigin.
type HandlerFetcher struct {
	Handler http.Handler
}

// Fetch builds the server-side request for req, runs the handler and
// returns what it wrote. A handler that writes more than req's body limit
// fails with ErrTooLarge; a panic in the handler is an error, as a broken
// connection would be.
func (f *HandlerFetcher) Fetch(ctx context.Context, req *Request) (resp *Response, err error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	start := time.Now()
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	sreq := httptest.NewRequestWithContext(ctx, req.method(), req.URL.String(), body)
	sreq.Header = req.Header.Clone()
	if sreq.Header == nil {
		sreq.Header = make(http.Header)
	}
	rec := &limitedRecorder{ResponseRecorder: httptest.NewRecorder(), limit: req.maxBody()}
	defer func() {
		if r := recover(); r != nil {
			resp, err = nil, fmt.Errorf("fetch %s: handler panicked: %v", shortURL(req.URL), r)
		}
	}()
	f.Handler.ServeHTTP(rec, sreq)
	if rec.over {
		return nil, tooLarge(req.URL, req.maxBody())
	}
	res := rec.Result()
	resp = &Response{
		URL:      req.URL,
		Status:   res.StatusCode,
		Header:   res.Header,
		Body:     rec.Body.Bytes(),
		Protocol: "handler",
	}
	if req.method() == http.MethodHead {
		resp.Body = nil
	}
	setMediaType(resp)
	d := time.Since(start)
	resp.Timing = Timing{Start: start, Wait: d, Total: d}
	return resp, nil
}

// limitedRecorder is a ResponseRecorder that stops storing past limit bytes.
type limitedRecorder struct {
	*httptest.ResponseRecorder
	limit int64
	over  bool
}

func (r *limitedRecorder) Write(p []byte) (int, error) {
	if int64(r.Body.Len()+len(p)) > r.limit {
		r.over = true
		return 0, ErrTooLarge
	}
	return r.ResponseRecorder.Write(p)
}
