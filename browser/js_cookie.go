package browser

import (
	"net/http"

	"github.com/paneweb/pane/fetch"
)

// cookie implements the document.cookie getter: the cookies the browser's
// jar would send to the document's URL, when the jar is a
// *fetch.CookieJar, without the HttpOnly ones; "" otherwise.
//
// https://html.spec.whatwg.org/multipage/dom.html#dom-document-cookie
func (js *jsRuntime) cookie() string {
	jar, ok := js.p.b.client.Jar.(*fetch.CookieJar)
	u := js.documentURL()
	if !ok || u == nil || !cookieScheme(u.Scheme) {
		return ""
	}
	return jar.CookieString(u)
}

// setCookie implements the document.cookie setter: s is parsed as a
// Set-Cookie header line and stored for the document's URL.
//
// https://html.spec.whatwg.org/multipage/dom.html#dom-document-cookie
// (the cookie-string is processed as RFC 6265 §5.2 says, "non-HTTP API").
func (js *jsRuntime) setCookie(s string) {
	jar, ok := js.p.b.client.Jar.(*fetch.CookieJar)
	u := js.documentURL()
	if !ok || u == nil || !cookieScheme(u.Scheme) {
		return
	}
	c, err := http.ParseSetCookie(s)
	// RFC 6265 §5.3 step 10: a cookie from a non-HTTP API with the
	// HttpOnly flag is ignored, as is an invalid cookie-string.
	if err != nil || c.HttpOnly {
		return
	}
	jar.SetCookies(u, []*http.Cookie{c})
}

func cookieScheme(s string) bool { return s == "http" || s == "https" }
