package browser

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

// Page is one loaded document with everything derived from it: styles,
// fragments and the display list. Its methods are safe for concurrent use.
type Page struct {
	b        *Browser
	viewport Viewport
	scale    float64

	mu      sync.Mutex
	url     *url.URL
	baseURL *url.URL
	status  int
	doc     *dom.Document
	sheets  []*cssom.StyleSheet
	// sheetEntries and sheetsVersion track the style elements behind
	// sheets, for refreshSheets (sheets.go).
	sheetEntries  map[*dom.Node]*sheetEntry
	sheetsVersion uint64
	images        map[string]image.Image // by absolute URL
	styles        *cssom.Styles
	tree          *layout.Tree // the layout kept for incremental relayout
	root          *layout.Fragment
	list          *paint.DisplayList
	version       uint64 // the document version the derived state belongs to
	diags         []Diagnostic
	timings       Timings
	updates       UpdateStats
	resStats      []Resource
	// inlineSVG caches decoded inline <svg> elements.
	inlineSVG map[*dom.Node]inlineSVG
	// resolved caches the absolute URLs of image elements (resolvedAttr).
	resolved map[*dom.Node]resolvedURL
	// requests and bytes count the page's loads against Options.MaxRequests
	// and MaxPageBytes.
	requests int
	bytes    int64
	// referrerPolicy is the document's referrer policy, from its
	// Referrer-Policy header or a <meta name=referrer>.
	referrerPolicy fetch.ReferrerPolicy
	// scriptBodies are the loaded external scripts by absolute URL, for
	// the script runner.
	scriptBodies map[string]*fetch.Response
	// js is the page's script engine; nil until a script runs.
	js *jsRuntime
	// fonts is the page's font set: the browser's, or a set derived from
	// it holding the page's web fonts.
	fonts *layout.FontSet
}

// Diagnostic is something that went wrong while loading or rendering the
// page without stopping it: a subresource that failed, an XML error the
// page recovered from.
type Diagnostic struct {
	// URL is the resource concerned, or "" for the document itself.
	URL string
	// Kind is what the resource was for: "stylesheet", "image", "script",
	// "document".
	Kind string
	// Status is the HTTP status when the resource answered with one.
	Status int
	// Err is the error, when there was one.
	Err error
}

func (d Diagnostic) String() string {
	switch {
	case d.Err != nil && d.URL != "":
		return fmt.Sprintf("%s %s: %v", d.Kind, d.URL, d.Err)
	case d.Err != nil:
		return fmt.Sprintf("%s: %v", d.Kind, d.Err)
	default:
		return fmt.Sprintf("%s %s: HTTP status %d", d.Kind, d.URL, d.Status)
	}
}

// Resource describes one loaded resource of the page, for network logs.
type Resource struct {
	URL    string
	Kind   string
	Status int
	// Bytes is the body size after content decoding.
	Bytes     int
	MediaType string
	Protocol  string
	// Method is the final request's method.
	Method string
	// RequestHeader and ResponseHeader are the final hop's headers (nil
	// when the load failed before an answer).
	RequestHeader, ResponseHeader http.Header
	// RemoteAddr is the server's address for network loads.
	RemoteAddr string
	Timing     fetch.Timing
	// Elapsed is the time from the start of the load's wave to its end,
	// queueing included (also set when the load failed).
	Elapsed time.Duration
	Err     error
}

// URL returns the page's address after redirects.
func (p *Page) URL() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.url == nil {
		return ""
	}
	return p.url.String()
}

// Status returns the HTTP status of the document response (200 for data:,
// file: and OpenHTML).
func (p *Page) Status() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.status
}

// Document returns the page's DOM. Mutating it is allowed from one goroutine
// at a time; the next Screenshot or LayoutDump applies the changes.
func (p *Page) Document() *dom.Document {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.doc
}

// Title returns the document's title.
func (p *Page) Title() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.doc.Title()
}

// Diagnostics returns what failed while loading, in document order.
func (p *Page) Diagnostics() []Diagnostic {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Diagnostic(nil), p.diags...)
}

// Resources returns every resource the page loaded, the document first.
func (p *Page) Resources() []Resource {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Resource(nil), p.resStats...)
}

// Timings returns how long each phase of the load took.
func (p *Page) Timings() Timings {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.timings
}

// navigate fetches u as a top-level document and loads it.
func (p *Page) navigate(ctx context.Context, u *url.URL) error {
	start := time.Now()
	resp, err := p.b.client.Do(ctx, &fetch.Request{URL: u, Destination: fetch.DestinationDocument})
	if err != nil {
		return err
	}
	p.timings.Fetch = time.Since(start)
	p.resStats = append(p.resStats, resourceOf(resp.URL.String(), "document", resp, nil))
	p.status = resp.Status
	if rp, ok := fetch.ParseReferrerPolicy(resp.Header.Get("Referrer-Policy")); ok {
		p.referrerPolicy = rp
	}
	body := resp.Body
	mediaType := resp.MediaType
	switch mediaType {
	case "application/xhtml+xml", "application/xml", "text/xml", "image/svg+xml":
		// The XML parser reads the encoding declaration itself.
	default:
		body, _ = fetch.DecodeHTML(body, contentTypeOf(resp))
		if mediaType != "text/plain" {
			mediaType = "text/html"
		}
	}
	if mediaType == "text/plain" {
		body = []byte("<pre>" + escapeText(string(body)) + "</pre>")
		mediaType = "text/html"
	}
	return p.load(ctx, resp.URL, body, mediaType)
}

func contentTypeOf(r *fetch.Response) string {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		return ct
	}
	if r.Charset != "" {
		return r.MediaType + "; charset=" + r.Charset
	}
	return r.MediaType
}

// load parses a document's (UTF-8 or XML) bytes, loads its subresources, and
// computes styles, layout and the display list.
func (p *Page) load(ctx context.Context, u *url.URL, body []byte, mediaType string) error {
	if p.status == 0 {
		p.status = 200
	}
	p.url = u
	t := time.Now()
	doc, err := p.parse(body, mediaType, u.String())
	if err != nil {
		return err
	}
	p.timings.Parse = time.Since(t)
	p.doc = doc
	p.baseURL = documentBaseURL(doc, u)
	p.metaReferrerPolicy()

	t = time.Now()
	loadCtx, cancel := subresourceContext(ctx)
	defer cancel()
	p.loadSubresources(loadCtx)
	p.timings.Subresources = time.Since(t)
	if err := ctx.Err(); err != nil {
		return err
	}
	if !p.b.opts.DisableJavaScript {
		t = time.Now()
		if err := p.runScripts(ctx); err != nil {
			return err
		}
		p.timings.Scripts = time.Since(t)
	}
	if err := p.update(ctx); err != nil {
		return err
	}
	// Background images are known only once styles are computed: load them
	// now and repaint (layout does not depend on them).
	t = time.Now()
	if p.loadStyleImages(loadCtx) {
		if p.hasListImages() {
			// list-style-image markers are sized by their image: lay
			// out again.
			p.tree.Reset()
			p.list = nil
			if err := p.update(ctx); err != nil {
				return err
			}
		} else {
			p.list = p.buildDisplayList()
		}
	}
	p.timings.Subresources += time.Since(t)
	return nil
}

// subresourceContext bounds subresource loading to 80% of the time ctx has
// left, so that a page whose resources are slow still renders, without
// them, within the caller's budget (each late load becomes a Diagnostic).
// A ctx without a deadline is returned as it is.
func subresourceContext(ctx context.Context) (context.Context, context.CancelFunc) {
	deadline, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	left := time.Until(deadline)
	return context.WithTimeout(ctx, left-left/5)
}

func (p *Page) buildDisplayList() *paint.DisplayList {
	return paint.BuildWith(p.root, paint.BuildOptions{Image: func(u string) image.Image { return p.images[u] }})
}

func (p *Page) parse(body []byte, mediaType, u string) (*dom.Document, error) {
	if mediaType == "text/html" && p.b.opts.DisableJavaScript {
		return dom.ParseHTMLScripting(bytes.NewReader(body), u, false)
	}
	doc, err := dom.Parse(body, mediaType, u)
	if err != nil && doc != nil {
		p.diags = append(p.diags, Diagnostic{Kind: "document", Err: err})
		err = nil
	}
	return doc, err
}

// Update brings styles, layout and the display list up to date with the
// DOM. Screenshot and LayoutDump call it; call it yourself after mutating the
// document to measure the new layout.
//
// It works from the DOM's dirty bits (DESIGN.md §5): it restyles the
// elements a mutation can reach (cssom.Restyle), lays out again the boxes
// whose element, style or containing block changed and reuses the
// fragments of the others (layout.Tree), then rebuilds the display list.
// UpdateStats says how much each phase did.
func (p *Page) Update(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guard(func() error { return p.update(ctx) })
}

func (p *Page) update(ctx context.Context) error {
	if p.list != nil && p.version == p.doc.Version() {
		return nil
	}
	media := p.media()
	t := time.Now()
	// Style elements that scripts added, removed or rewrote change the
	// sheets (sheets.go).
	p.refreshSheets(ctx)
	// Restyle computes every style the first time, or when the sheets
	// or the media changed.
	styles, rs := cssom.Restyle(p.doc, p.styles, p.sheets, media)
	p.styles = styles
	p.timings.Style = time.Since(t)

	t = time.Now()
	opts := layout.Options{
		Width:  cssom.Int(p.viewport.Width),
		Height: cssom.Int(p.viewport.Height),
		Fonts:  p.fonts,
		Image:  p.imageFor,
	}
	var root *layout.Fragment
	var err error
	var ls layout.Stats
	if p.root == nil {
		// The page's first layout: a Tree would cost a copy of every
		// fragment, for nothing when the page never changes (the render
		// CLI). The next update starts one.
		root, err = layout.Layout(ctx, p.doc, p.styles, opts)
	} else {
		if p.tree == nil {
			p.tree = layout.NewTree()
		}
		if rs.Full {
			p.tree.Reset()
		}
		for _, n := range rs.Changed {
			p.tree.Invalidate(n)
		}
		root, err = p.tree.Layout(ctx, p.doc, p.styles, opts)
		ls = p.tree.Stats()
	}
	if err != nil {
		// The tree forgot everything; the dirty bits stay for the next
		// update.
		return fmt.Errorf("layout: %w", err)
	}
	p.doc.Root.ClearDirty()
	p.timings.Layout = time.Since(t)
	p.root = root
	p.updates = UpdateStats{Elements: p.styles.Len(), Restyled: rs.Restyled, StylesChanged: len(rs.Changed),
		FullRestyle: rs.Full, Boxes: ls.Boxes, ReusedSubtrees: ls.Reused, ReusedBoxes: ls.ReusedBoxes, MovedSubtrees: ls.Moved}

	// TODO(spec): rebuild the display list of the changed subtrees only
	// (it is rebuilt whole: about a fifth of a full layout).
	t = time.Now()
	p.list = p.buildDisplayList()
	p.timings.Paint = time.Since(t)
	p.version = p.doc.Version()
	return nil
}

// UpdateStats says how much work the last update of a page's derived
// state did (the last call of Update that found the DOM changed).
type UpdateStats struct {
	// Elements is the number of elements with a computed style.
	Elements int
	// Restyled is the number of elements whose style was recomputed, and
	// StylesChanged the number whose style came out different.
	Restyled, StylesChanged int
	// FullRestyle says every style was recomputed.
	FullRestyle bool
	// Boxes is the number of boxes laid out (0 for the page's first
	// layout, which is not counted); ReusedSubtrees the number of box
	// subtrees whose fragments were reused, holding ReusedBoxes boxes.
	Boxes, ReusedSubtrees, ReusedBoxes int
	// MovedSubtrees is the number of laid out or reused subtrees whose
	// fragments were made anew in page coordinates (the others' are
	// shared with the previous update).
	MovedSubtrees int
}

// UpdateStats returns the counts of the last update that had work to do.
func (p *Page) UpdateStats() UpdateStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.updates
}

func (p *Page) media() cssom.Media {
	return cssom.Media{
		Type:             "screen",
		Width:            cssom.Int(p.viewport.Width),
		Height:           cssom.Int(p.viewport.Height),
		DevicePixelRatio: p.scale,
		FontMetrics:      p.fontMetrics,
	}
}

// fontMetrics measures the page's fonts for the cascade's ex, ch and cap
// units: the primary font's x-height and cap height, and the advance of "0"
// as shaped (with fallback) in the font spec.
func (p *Page) fontMetrics(families []string, weight uint16, style cssom.FontStyle, size cssom.Fixed) cssom.FontMetrics {
	spec := layout.FontSpec{Families: families, Weight: weight, Style: style, Size: size}
	m := p.fonts.Metrics(spec)
	var zero cssom.Fixed
	for _, run := range p.fonts.Shape("0", spec) {
		zero += run.Advance
	}
	return cssom.FontMetrics{XHeight: m.XHeight, ZeroAdvance: zero, CapHeight: m.CapHeight}
}

// LayoutDump returns the layout tree as text, one line per fragment, for
// golden tests.
func (p *Page) LayoutDump() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.guard(func() error { return p.update(context.Background()) }); err != nil {
		return "error: " + err.Error()
	}
	return layout.Dump(p.root)
}

// DisplayListDump returns the display list as text, one item per line.
func (p *Page) DisplayListDump() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.guard(func() error { return p.update(context.Background()) }); err != nil {
		return "error: " + err.Error()
	}
	return p.list.String()
}

// Fragments returns the root of the current fragment tree (the layout
// output), bringing it up to date first. Fragments are never modified after
// layout, so the tree may be read from any goroutine.
func (p *Page) Fragments(ctx context.Context) (*layout.Fragment, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.guard(func() error { return p.update(ctx) }); err != nil {
		return nil, err
	}
	return p.root, nil
}

// ContentSize returns the page's full size in CSS px: the viewport, grown to
// the document's extent.
func (p *Page) ContentSize(ctx context.Context) (width, height int, err error) {
	root, err := p.Fragments(ctx)
	if err != nil {
		return 0, 0, err
	}
	return root.Rect.W.Ceil(), root.Rect.H.Ceil(), nil
}
