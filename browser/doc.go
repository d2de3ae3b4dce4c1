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
// Page scripts run in goja (script.go, js_*.go), one runtime per page owned
// by the goroutine that holds the page: classic scripts in document order,
// then defer, DOMContentLoaded, async (in document order, for determinism)
// and load, then timers and animation frames on a virtual clock until the
// page settles. Date starts at DefaultScriptStartTime. Scripts mutate the
// DOM through package dom, whose dirty bits make the next Screenshot or
// LayoutDump restyle and relayout. Page.Eval, Click, Type, WaitFor, Settle
// and AdvanceClock drive a loaded page from Go; budgets (Options.Scripts)
// bound what a page may take and end in a Diagnostic (ErrNotSettled from the
// waiting calls). Options.DisableJavaScript turns scripting off and shows
// <noscript> content instead.
package browser
