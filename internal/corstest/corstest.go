// Package corstest holds what the CORS tests of packages fetch and browser
// share: test servers that answer with the CORS headers a request asks
// for. Standard library only.
package corstest

import (
	"net/http"
	"net/url"
)

// headerParams maps the query parameters a test request may carry to the
// CORS response headers they set.
var headerParams = map[string]string{
	"acao": "Access-Control-Allow-Origin", "acac": "Access-Control-Allow-Credentials",
	"aceh": "Access-Control-Expose-Headers", "acam": "Access-Control-Allow-Methods",
	"acah": "Access-Control-Allow-Headers", "maxage": "Access-Control-Max-Age",
}

// SetHeaders sets on h the CORS response headers that query q asks for
// (acao, acac, aceh, acam, acah, maxage), and reports whether r is a
// preflight, which the caller answers with no content.
func SetHeaders(h http.Header, q url.Values, r *http.Request) (preflight bool) {
	for param, header := range headerParams {
		if v := q.Get(param); v != "" {
			h.Set(header, v)
		}
	}
	return r.Method == http.MethodOptions
}
