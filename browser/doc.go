// Package browser is Pane's public face: it drives the whole pipeline for a
// page, from a URL to pixels.
//
//	b := browser.New(browser.Options{})
//	page, err := b.Open(ctx, "https://example.com/")
//	img, err := page.Screenshot(ctx, browser.ScreenshotOptions{FullPage: true})
//
// Open fetches the document (package fetch), parses it (dom), loads its
// stylesheets, @imports, images and scripts in parallel, applies the cascade
// (cssom), lays it out (layout) and builds the display list (paint).
// Screenshot rasterizes the display list. Lengths in this package's API are
// CSS px unless a name says device pixels; coordinates start at the page's
// top-left corner.
//
// A Browser is safe for concurrent use: many pages can load and render at once
// in one process. A Page is safe for concurrent use too; its methods
// serialize.
//
// Scripts are not run yet (TODO(spec): the goja event loop of DESIGN.md §6):
// external scripts are fetched, so their failures are reported, and the
// document is parsed with scripting enabled, as in a browser that runs them.
package browser
