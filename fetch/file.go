package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// FileFetcher loads file: URLs from the local file system. The zero value is
// ready to use. It applies no policy: Client decides which pages may load
// file: URLs.
type FileFetcher struct{}

// Fetch reads the file named by req.URL. The media type comes from the file
// name's extension, or from sniffing the content. A missing file, a directory
// or an unreadable file is an error naming the path.
//
// The file: scheme is "left as an exercise for the reader" by the Fetch
// standard: https://fetch.spec.whatwg.org/#scheme-fetch
func (FileFetcher) Fetch(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	start := time.Now()
	name, err := filePath(req.URL)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("fetch %s: %w: %w", shortURL(req.URL), ErrNotFound, err)
		}
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	defer f.Close()
	body, err := readFileBody(f, name, req)
	if err != nil {
		return nil, err
	}
	resp := fileResponse(req, name, body, "file")
	resp.Timing = Timing{Start: start, Total: time.Since(start)}
	return resp, nil
}

// FileURL returns the file: URL of a local path, made absolute against the
// working directory, for loading a file named on a command line.
func FileURL(name string) (*url.URL, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return nil, fmt.Errorf("fetch: file URL for %s: %w", name, err)
	}
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter: file:///C:/dir/page.html
	}
	return &url.URL{Scheme: "file", Path: p}, nil
}

// filePath turns a file: URL into a local path. Only an empty host or
// "localhost" is accepted.
func filePath(u *url.URL) (string, error) {
	if !strings.EqualFold(u.Scheme, "file") {
		return "", fmt.Errorf("fetch %s: %w: not a file: URL", shortURL(u), ErrBadRequest)
	}
	if u.Host != "" && !strings.EqualFold(u.Host, "localhost") {
		return "", fmt.Errorf("fetch %s: %w: file: URL with remote host %q", shortURL(u), ErrBadRequest, u.Host)
	}
	p := u.Path
	if p == "" {
		p = u.Opaque // "file:foo.html", a relative path: AD-HOC, as curl does.
	}
	if p == "" {
		return "", fmt.Errorf("fetch %s: %w: file: URL without a path", shortURL(u), ErrBadRequest)
	}
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' && filepath.VolumeName("C:") != "" {
		p = p[1:] // "/C:/dir" ▶ "C:/dir" where paths have drive letters
	}
	return filepath.FromSlash(p), nil
}

// readFileBody reads an open file, refusing directories and files over the
// request's size limit. It reads through a LimitReader so that a file growing
// while it is read cannot exceed the limit either.
func readFileBody(f fs.File, name string, req *Request) ([]byte, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("fetch %s: %s is a directory", shortURL(req.URL), name)
	}
	limit := req.maxBody()
	if fi.Size() > limit {
		return nil, tooLarge(req.URL, limit)
	}
	body, err := readLimited(f, limit, fi.Size())
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, tooLarge(req.URL, limit)
		}
		return nil, fmt.Errorf("fetch %s: read %s: %w", shortURL(req.URL), name, err)
	}
	return body, nil
}

// readLimited reads r to the end, failing with ErrTooLarge past limit bytes.
// sizeHint (for example a Content-Length; <0 if unknown) presizes the buffer
// but is never trusted beyond limit.
func readLimited(r io.Reader, limit, sizeHint int64) ([]byte, error) {
	capacity := int64(512)
	if sizeHint > 0 {
		capacity = min(sizeHint, limit) + 1
	}
	buf := make([]byte, 0, capacity)
	lr := &io.LimitedReader{R: r, N: limit + 1}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, ErrTooLarge
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// fileResponse builds the 200 response for a local file.
func fileResponse(req *Request, name string, body []byte, protocol string) *Response {
	resp := &Response{
		URL:      req.URL,
		Status:   http.StatusOK,
		Header:   make(http.Header),
		Body:     body,
		Protocol: protocol,
	}
	resp.MediaType = mediaTypeForFile(name, body)
	if resp.MediaType != "" {
		resp.Header.Set("Content-Type", resp.MediaType)
	}
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	if req.method() == http.MethodHead {
		resp.Body = nil
	}
	return resp
}

// FSFetcher serves the files of an fs.FS under one URL origin, so that tests
// and corpora load offline: with origin "https://test.invalid/", the URL
// https://test.invalid/css/a.css reads "css/a.css" from the file system.
type FSFetcher struct {
	fsys   fs.FS
	origin *url.URL // scheme and host lower case, path ending in "/"
}

// NewFSFetcher returns a Fetcher that serves fsys at origin, an absolute URL
// such as "https://test.invalid/" or "https://test.invalid/wpt/" (a path
// prefix is allowed). It panics if origin is not an absolute URL with a host,
// as regexp.MustCompile does for a bad pattern: origins are constants.
func NewFSFetcher(fsys fs.FS, origin string) *FSFetcher {
	u, err := url.Parse(origin)
	if err != nil || u.Scheme == "" || u.Host == "" {
		panic(fmt.Sprintf("fetch: NewFSFetcher: bad origin %q", origin))
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawPath, u.RawQuery, u.Fragment, u.RawFragment = "", "", "", ""
	return &FSFetcher{fsys: fsys, origin: u}
}

// Origin returns the URL prefix the fetcher serves, ending in "/".
func (f *FSFetcher) Origin() string { return f.origin.String() }

// Fetch serves the file that req.URL names under the origin; the query and
// fragment are ignored, and a path ending in "/" serves its "index.html".
// A missing file is a 404 response, not an error; a directory named without
// a trailing "/" is a 301 redirect to the name with one; a URL outside the
// origin is an error.
func (f *FSFetcher) Fetch(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	start := time.Now()
	name, ok := f.name(req.URL)
	if !ok {
		return nil, fmt.Errorf("fetch %s: %w: outside %s", shortURL(req.URL), ErrBadRequest, f.origin)
	}
	file, err := f.fsys.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) {
			return f.notFound(req, start), nil
		}
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	defer file.Close()
	if fi, err := file.Stat(); err == nil && fi.IsDir() {
		return f.redirectToDir(req, start), nil
	}
	body, err := readFileBody(file, name, req)
	if err != nil {
		return nil, err
	}
	resp := fileResponse(req, name, body, "fs")
	resp.Timing = Timing{Start: start, Total: time.Since(start)}
	return resp, nil
}

// name maps a URL to a file name in the fs.FS, if it is under the origin.
func (f *FSFetcher) name(u *url.URL) (string, bool) {
	if !strings.EqualFold(u.Scheme, f.origin.Scheme) || !strings.EqualFold(u.Host, f.origin.Host) {
		return "", false
	}
	p := u.Path
	if p == "" {
		p = "/"
	}
	p = path.Clean(p)
	if p != "/" && strings.HasSuffix(u.Path, "/") {
		p += "/"
	}
	prefix := f.origin.Path
	if p+"/" == prefix {
		p = prefix
	}
	if !strings.HasPrefix(p, prefix) {
		return "", false
	}
	name := p[len(prefix):]
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html" // AD-HOC: as static web servers do.
	}
	return name, fs.ValidPath(name)
}

// redirectToDir is the 301 response that sends a directory's URL without a
// trailing slash to the URL with one (AD-HOC: as static web servers do, so
// that relative URLs in its index.html resolve inside the directory).
func (f *FSFetcher) redirectToDir(req *Request, start time.Time) *Response {
	loc := url.URL{Path: path.Base(req.URL.Path) + "/", RawQuery: req.URL.RawQuery}
	resp := &Response{
		URL:      req.URL,
		Status:   http.StatusMovedPermanently,
		Header:   http.Header{"Location": {loc.String()}, "Content-Length": {"0"}},
		Protocol: "fs",
	}
	resp.Timing = Timing{Start: start, Total: time.Since(start)}
	return resp
}

// notFound is the 404 response for a missing file.
func (f *FSFetcher) notFound(req *Request, start time.Time) *Response {
	body := []byte("404 Not Found\n")
	resp := &Response{
		URL:       req.URL,
		Status:    http.StatusNotFound,
		Header:    http.Header{"Content-Type": {"text/plain; charset=utf-8"}},
		Body:      body,
		Protocol:  "fs",
		MediaType: "text/plain",
		Charset:   "utf-8",
	}
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	resp.Timing = Timing{Start: start, Total: time.Since(start)}
	return resp
}
