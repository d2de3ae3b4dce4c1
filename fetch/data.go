package fetch

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// DataFetcher loads data: URLs. The zero value is ready to use.
type DataFetcher struct{}

// Fetch decodes req.URL, which must be a data: URL, into a 200 response whose
// Content-Type is the URL's MIME type. A malformed data: URL is an error (a
// network error in the Fetch standard).
func (DataFetcher) Fetch(ctx context.Context, req *Request) (*Response, error) {
	if err := checkRequest(req); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", shortURL(req.URL), err)
	}
	start := time.Now()
	if !strings.EqualFold(req.URL.Scheme, "data") {
		return nil, fmt.Errorf("fetch %s: %w: not a data: URL", shortURL(req.URL), ErrBadRequest)
	}
	mt, body, ok := processDataURL(req.URL)
	if !ok {
		return nil, fmt.Errorf("fetch %s: malformed data: URL", shortURL(req.URL))
	}
	if limit := req.maxBody(); int64(len(body)) > limit {
		return nil, tooLarge(req.URL, limit)
	}
	resp := &Response{
		URL:      req.URL,
		Status:   http.StatusOK,
		Header:   http.Header{"Content-Type": {mt.String()}},
		Body:     body,
		Protocol: "data",
	}
	// The Fetch standard's scheme fetch answers HEAD with the same headers.
	if req.method() == http.MethodHead {
		resp.Body = nil
	}
	resp.Header.Set("Content-Length", strconv.Itoa(len(body)))
	setMediaType(resp)
	resp.Timing = Timing{Start: start, Total: time.Since(start)}
	return resp, nil
}

// processDataURL runs the data: URL processor on u.
//
// https://fetch.spec.whatwg.org/#data-url-processor
func processDataURL(u *url.URL) (mt mimeType, body []byte, ok bool) {
	// 2. Let input be the result of running the URL serializer on dataURL
	// with exclude fragment set to true.
	v := *u
	v.Fragment, v.RawFragment = "", ""
	input := v.String()
	// 3. Remove the leading "data:" from input.
	if len(input) < 5 || !strings.EqualFold(input[:5], "data:") {
		return mt, nil, false
	}
	input = input[5:]
	// 5-6. Let mimeType be the code points up to ",", with leading and
	// trailing ASCII whitespace stripped.
	comma := strings.IndexByte(input, ',')
	// 7. If position is past the end of input, then return failure.
	if comma < 0 {
		return mt, nil, false
	}
	mimeStr := strings.Trim(input[:comma], "\t\n\f\r ")
	// 8-10. Let body be the percent-decoding of the rest of input.
	body = percentDecode(input[comma+1:])
	// 11. If mimeType ends with ";", zero or more U+0020 SPACE, and an ASCII
	// case-insensitive match for "base64", then decode body as forgiving
	// base64 and remove that suffix from mimeType.
	if rest, isB64 := cutBase64Suffix(mimeStr); isB64 {
		body, ok = forgivingBase64Decode(string(body))
		if !ok {
			return mt, nil, false
		}
		mimeStr = rest
	}
	// 12. If mimeType starts with ";", then prepend "text/plain" to it.
	if strings.HasPrefix(mimeStr, ";") {
		mimeStr = "text/plain" + mimeStr
	}
	// 13-14. Parse it; on failure use text/plain;charset=US-ASCII.
	mt, ok = parseMIMEType(mimeStr)
	if !ok {
		mt = mimeType{typ: "text", subtype: "plain", params: []mimeParam{{"charset", "US-ASCII"}}}
	}
	return mt, body, true
}

// cutBase64Suffix removes a trailing `;` + spaces + "base64" (any case)
// from s, then the trailing spaces and the ";" (step 11 of the data: URL
// processor).
func cutBase64Suffix(s string) (string, bool) {
	if len(s) < 7 || !strings.EqualFold(s[len(s)-6:], "base64") {
		return s, false
	}
	rest := strings.TrimRight(s[:len(s)-6], " ")
	if !strings.HasSuffix(rest, ";") {
		return s, false
	}
	return rest[:len(rest)-1], true
}

// percentDecode decodes %XX sequences in s; a "%" not followed by two hex
// digits stays as is.
//
// https://url.spec.whatwg.org/#percent-decode
func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, c)
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// forgivingBase64Decode decodes data, which is an isomorphic string (one
// byte per code point).
//
// https://infra.spec.whatwg.org/#forgiving-base64-decode
func forgivingBase64Decode(data string) ([]byte, bool) {
	// 1. Remove all ASCII whitespace from data.
	clean := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\t', '\n', '\f', '\r', ' ':
		default:
			clean = append(clean, c)
		}
	}
	// 2. If data's code point length divides by 4 leaving no remainder, then:
	// if data ends with one or two U+003D (=) code points, then remove them.
	if len(clean)%4 == 0 {
		for k := 0; k < 2 && len(clean) > 0 && clean[len(clean)-1] == '='; k++ {
			clean = clean[:len(clean)-1]
		}
	}
	// 3. If data's code point length divides by 4 leaving a remainder of 1,
	// return failure.
	if len(clean)%4 == 1 {
		return nil, false
	}
	// 4. If data contains a code point that is not ASCII alphanumeric, "+" or
	// "/", then return failure.
	for _, c := range clean {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
			return nil, false
		}
	}
	// 5-9. Decode, discarding the trailing bits that do not make a byte.
	// RawStdEncoding is not Strict, so it ignores those bits as step 8 asks.
	out := make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))
	n, err := base64.RawStdEncoding.Decode(out, clean)
	if err != nil {
		return nil, false
	}
	return out[:n], true
}
