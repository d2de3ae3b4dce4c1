package fetch_test

import (
	"context"
	"fmt"
	"net/url"
	"testing/fstest"

	"github.com/paneweb/pane/fetch"
)

// A Client over a Mux whose https://example.test/ origin is served from
// memory loads a page's subresources in parallel, results in request order.
func ExampleLoadAll() {
	site := fstest.MapFS{
		"index.html": {Data: []byte(`<link rel=stylesheet href=a.css>`)},
		"a.css":      {Data: []byte(`@charset "windows-1252"; p::before { content: "caf` + "\xe9" + `" }`)},
	}
	mux := fetch.NewMux()
	origin := fetch.NewFSFetcher(site, "https://example.test/")
	if err := mux.HandleOrigin(origin.Origin(), origin); err != nil {
		panic(err)
	}
	client := &fetch.Client{Fetcher: mux}
	page, _ := url.Parse("https://example.test/index.html")
	var reqs []*fetch.Request
	for _, ref := range []string{"a.css", "missing.png", "data:text/plain;base64,aGk="} {
		u, _ := page.Parse(ref)
		reqs = append(reqs, &fetch.Request{URL: u, Initiator: page})
	}
	for _, r := range fetch.LoadAll(context.Background(), client, reqs, 4) {
		if r.Err != nil {
			fmt.Println("error:", r.Err)
			continue
		}
		body := r.Response.Body
		if r.Response.MediaType == "text/css" {
			body = fetch.DecodeCSS(body, r.Response.Header.Get("Content-Type"), "utf-8")
		}
		fmt.Printf("%d %s %s %q\n", r.Response.Status, r.Response.Protocol, r.Response.MediaType, body)
	}
	// Output:
	// 200 fs text/css "@charset \"windows-1252\"; p::before { content: \"café\" }"
	// 404 fs text/plain "404 Not Found\n"
	// 200 data text/plain "hi"
}
