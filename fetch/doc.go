// Package fetch is the network stage of Pane: it turns a *Request into a
// *Response whose Body holds the resource's bytes.
//
// Stage: the first in the pipeline (fetch ▶ dom ▶ cssom ▶ layout ▶ paint). The
// browser package loads the document and its subresources (style sheets,
// @imports, images, scripts, fonts) through it.
//
// Input: a *Request (absolute URL, method, headers, destination, and the URL of
// the page that asked for it). Output: a *Response with the final URL, status,
// headers, the media type and charset from Content-Type, the whole body in
// memory (bounded by MaxBodyBytes), the redirect chain and per-phase timings.
//
// There are two layers:
//
//   - Fetcher is the one-method seam, like net/http.RoundTripper: one request,
//     one response, no redirects, no policy. HTTPFetcher (http and https over
//     HTTP/1.1 or HTTP/2), DataFetcher (data: URLs), FileFetcher (file: URLs),
//     FSFetcher (an fs.FS served under an origin, for offline tests) implement
//     it, and Mux dispatches among them by scheme or origin.
//   - Client sits above a Fetcher and applies the Fetch standard's rules:
//     redirects, the file: policy, size limits, default headers (User-Agent,
//     Accept per destination, Referer), cookies and Content-Encoding. LoadAll
//     runs many requests through a Client in parallel.
//
// DecodeHTML and DecodeCSS turn a body into UTF-8 with the HTML and CSS
// encoding-sniffing rules.
//
// Units: sizes are bytes; durations are time.Duration; timings are measured on
// the wall clock and are the only non-deterministic part of a Response.
package fetch
