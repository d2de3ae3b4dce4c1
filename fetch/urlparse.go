package fetch

import (
	"fmt"
	"net/url"

	whatwg "github.com/nlnwa/whatwg-url/url"
)

var urlParser = whatwg.NewParser()

// ParseURL parses ref against base (nil for an absolute ref) as the WHATWG
// URL Standard's URL parser does (https://url.spec.whatwg.org/#concept-url-parser),
// as browsers do for href and src attributes: leading and trailing C0
// controls and spaces are stripped and tabs and newlines removed, "\" is a
// path separator in special schemes, hosts are lower-cased and IDNA-encoded
// (ÜBER.example ▶ xn--ber-goa.example), default ports dropped, dot segments
// resolved and the path, query and fragment percent-encoded. The result is
// the canonical serialization re-read by net/url, so it can be requested.
func ParseURL(base *url.URL, ref string) (*url.URL, error) {
	var (
		u   *whatwg.Url
		err error
	)
	if base == nil {
		u, err = urlParser.Parse(ref)
	} else {
		u, err = urlParser.ParseRef(base.String(), ref)
	}
	if err != nil {
		return nil, fmt.Errorf("fetch: parse URL %q: %w", shortString(ref), err)
	}
	out, err := url.Parse(u.Href(false))
	if err != nil {
		return nil, fmt.Errorf("fetch: parse URL %q: %w", shortString(ref), err)
	}
	return out, nil
}

func shortString(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
