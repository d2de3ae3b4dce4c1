package fetch

import (
	"net/url"
	"testing"
)

func TestReferrerPolicies(t *testing.T) {
	page, _ := url.Parse("https://a.test/dir/page.html?q=1#frag")
	same, _ := url.Parse("https://a.test/x.css")
	cross, _ := url.Parse("https://b.test/x.css")
	down, _ := url.Parse("http://b.test/x.css")
	const full, origin = "https://a.test/dir/page.html?q=1", "https://a.test/"
	cases := []struct {
		policy            string
		same, cross, down string
	}{
		{"", full, origin, ""},
		{"no-referrer", "", "", ""},
		{"no-referrer-when-downgrade", full, full, ""},
		{"same-origin", full, "", ""},
		{"origin", origin, origin, origin},
		{"strict-origin", origin, origin, ""},
		{"origin-when-cross-origin", full, origin, origin},
		{"unsafe-url", full, full, full},
		{"bogus, unsafe-url, also-bogus", full, full, full},
	}
	for _, c := range cases {
		p, _ := ParseReferrerPolicy(c.policy)
		for _, tc := range []struct {
			target *url.URL
			want   string
		}{{same, c.same}, {cross, c.cross}, {down, c.down}} {
			if got := referrer(page, tc.target, p); got != tc.want {
				t.Errorf("policy %q to %s: Referer %q, want %q", c.policy, tc.target, got, tc.want)
			}
		}
	}
	if _, ok := ParseReferrerPolicy("nonsense"); ok {
		t.Error("an unknown policy parsed")
	}
}
