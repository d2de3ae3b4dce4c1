package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
)

func encodeWith(t *testing.T, coding string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "br":
		w = brotli.NewWriter(&buf)
	case "zstd":
		zw, err := zstd.NewWriter(&buf)
		if err != nil {
			t.Fatal(err)
		}
		w = zw
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestContentEncodings serves one body in each coding the client asks for
// and wants it decoded, with the header gone.
func TestContentEncodings(t *testing.T) {
	body := []byte(strings.Repeat("body { color: green } ", 500))
	var gotAccept string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotAccept = r.Header.Get("Accept-Encoding")
		coding := strings.TrimPrefix(r.URL.Path, "/")
		w.Header().Set("Content-Type", "text/css")
		if coding != "identity" {
			w.Header().Set("Content-Encoding", coding)
			w.Write(encodeWith(t, coding, body))
			return
		}
		w.Write(body)
	}))
	defer srv.Close()
	c := &Client{}
	for _, coding := range []string{"identity", "gzip", "br", "zstd"} {
		u, _ := url.Parse(srv.URL + "/" + coding)
		resp, err := c.Do(context.Background(), &Request{URL: u, Destination: DestinationStyle})
		if err != nil {
			t.Fatalf("%s: %v", coding, err)
		}
		if !bytes.Equal(resp.Body, body) || resp.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: body of %d bytes, Content-Encoding %q", coding, len(resp.Body), resp.Header.Get("Content-Encoding"))
		}
	}
	if gotAccept != DefaultAcceptEncoding {
		t.Errorf("Accept-Encoding %q, want %q", gotAccept, DefaultAcceptEncoding)
	}
}

// TestEncodedBombIsCapped: a small br or zstd body that expands past the
// size limit is refused, not decoded into memory.
func TestEncodedBombIsCapped(t *testing.T) {
	huge := make([]byte, 8<<20)
	for _, coding := range []string{"br", "zstd"} {
		enc := encodeWith(t, coding, huge)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", coding)
			w.Write(enc)
		}))
		u, _ := url.Parse(srv.URL)
		_, err := (&Client{MaxBodyBytes: 1 << 20}).Do(context.Background(), &Request{URL: u})
		srv.Close()
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s bomb (%d bytes encoded): err %v, want ErrTooLarge", coding, len(enc), err)
		}
	}
}
