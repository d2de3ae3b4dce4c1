package fetch

import (
	"net/url"
	"testing"
)

// Cases from the URL Standard's examples and web-platform-tests' urltestdata
// (facts about the algorithm's output, written out by hand here).
func TestParseURL(t *testing.T) {
	base, _ := url.Parse("http://example.org/foo/bar")
	cases := []struct{ ref, want string }{
		{" http://EXAMPLE.com/a b ", "http://example.com/a%20b"},
		{"http://ÜBER.example/", "http://xn--ber-goa.example/"},
		{"ht\ntp://ex\tample.com/", "http://example.com/"},
		{"http://example.com:80/x", "http://example.com/x"},
		{"https://example.com:443/", "https://example.com/"},
		{"http://example.com:8080/", "http://example.com:8080/"},
		{`\\other\path`, "http://other/path"},
		{"../a/./b/../c", "http://example.org/a/c"},
		{"?q=ü", "http://example.org/foo/bar?q=%C3%BC"},
		{"#frag", "http://example.org/foo/bar#frag"},
		{"//cdn.test/x.css", "http://cdn.test/x.css"},
		{"data:text/html,<p>x", "data:text/html,<p>x"},
		{"http://[::1]:8080/", "http://[::1]:8080/"},
		{"http://0x7f.1/", "http://127.0.0.1/"},
	}
	for _, c := range cases {
		got, err := ParseURL(base, c.ref)
		if err != nil {
			t.Errorf("ParseURL(%q): %v", c.ref, err)
			continue
		}
		if got.String() != c.want {
			t.Errorf("ParseURL(%q) = %s, want %s", c.ref, got, c.want)
		}
	}
	for _, bad := range []string{"http://a b/", "http://[::1/", "http://exa%mple.com/"} {
		if u, err := ParseURL(nil, bad); err == nil {
			t.Errorf("ParseURL(%q) = %s, want an error", bad, u)
		}
	}
}
