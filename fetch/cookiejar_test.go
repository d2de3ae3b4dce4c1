package fetch

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func names(cs []*http.Cookie) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Name)
	}
	return strings.Join(out, ",")
}

func TestCookieJarStorageAndMatching(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	j := &CookieJar{now: func() time.Time { return now }}
	set := func(u string, cookies ...*http.Cookie) { j.SetCookies(mustURL(t, u), cookies) }
	set("https://www.shop.example.co.uk/cart/view",
		&http.Cookie{Name: "host"}, // host-only, path /cart
		&http.Cookie{Name: "dom", Domain: "shop.example.co.uk", Path: "/"}, // domain cookie
		&http.Cookie{Name: "suffix", Domain: "co.uk"},                      // public suffix: refused
		&http.Cookie{Name: "other", Domain: "elsewhere.test"},              // not a superdomain: refused
		&http.Cookie{Name: "short", Path: "/", MaxAge: 60},                 // expires in 60 s
		&http.Cookie{Name: "deep", Path: "/cart/view/items"},
		&http.Cookie{Name: "sec", Path: "/", Secure: true},
		&http.Cookie{Name: "ho", Path: "/", HttpOnly: true},
	)
	set("http://www.shop.example.co.uk/", &http.Cookie{Name: "insecure-secure", Secure: true}) // refused
	cases := []struct{ url, want string }{
		{"https://www.shop.example.co.uk/cart/view/items/1", "deep,host,dom,short,sec,ho"},
		{"https://www.shop.example.co.uk/cart", "host,dom,short,sec,ho"},
		{"https://www.shop.example.co.uk/cartoon", "dom,short,sec,ho"},
		{"http://www.shop.example.co.uk/", "dom,short,ho"},
		{"https://api.shop.example.co.uk/", "dom"},
		{"https://example.co.uk/", ""},
	}
	for _, c := range cases {
		if got := names(j.Cookies(mustURL(t, c.url))); got != c.want {
			t.Errorf("%s: cookies %q, want %q", c.url, got, c.want)
		}
	}
	if got := j.CookieString(mustURL(t, "https://www.shop.example.co.uk/")); strings.Contains(got, "ho=") || !strings.Contains(got, "sec=") {
		t.Errorf("document.cookie %q: HttpOnly shown or Secure missing", got)
	}
	now = now.Add(2 * time.Minute)
	if got := names(j.Cookies(mustURL(t, "https://www.shop.example.co.uk/"))); strings.Contains(got, "short") {
		t.Errorf("expired cookie still sent: %s", got)
	}
	set("https://www.shop.example.co.uk/", &http.Cookie{Name: "dom", Domain: "shop.example.co.uk", Path: "/", MaxAge: -1})
	if got := names(j.Cookies(mustURL(t, "https://www.shop.example.co.uk/"))); strings.Contains(got, "dom") {
		t.Errorf("Max-Age<0 did not delete: %s", got)
	}
}

func TestCookieJarSameSite(t *testing.T) {
	j := &CookieJar{}
	j.SetCookies(mustURL(t, "https://a.example/"), []*http.Cookie{
		{Name: "strict", Path: "/", SameSite: http.SameSiteStrictMode},
		{Name: "lax", Path: "/", SameSite: http.SameSiteLaxMode},
		{Name: "unset", Path: "/"},
		{Name: "none", Path: "/", SameSite: http.SameSiteNoneMode, Secure: true},
		{Name: "none-insecure", Path: "/", SameSite: http.SameSiteNoneMode}, // refused
	})
	target := mustURL(t, "https://a.example/x")
	cases := []struct {
		initiator string
		topLevel  bool
		want      string
	}{
		{"", true, "strict,lax,unset,none"},
		{"https://sub.a.example/page", false, "strict,lax,unset,none"}, // same site
		{"https://b.example/page", false, "none"},                      // cross-site subresource
		{"https://b.example/page", true, "lax,unset,none"},             // cross-site navigation
		{"http://a.example/page", false, "none"},                       // schemefully cross-site
	}
	for _, c := range cases {
		var init *url.URL
		if c.initiator != "" {
			init = mustURL(t, c.initiator)
		}
		if got := names(j.CookiesFor(target, init, c.topLevel)); got != c.want {
			t.Errorf("from %q (top %v): %q, want %q", c.initiator, c.topLevel, got, c.want)
		}
	}
}
