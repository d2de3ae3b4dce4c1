package browser

import (
	"context"
	"errors"
	"html"
	"image"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/paint"
)

// maxImportDepth bounds chains of @import, so a sheet importing itself
// through others cannot loop.
const maxImportDepth = 8

// styleSource is one place a style sheet comes from, in document order: a
// <style> element's text or a <link rel=stylesheet>'s URL.
type styleSource struct {
	node  *dom.Node
	text  string   // for <style>
	url   *url.URL // for <link>
	media string
}

// documentBaseURL returns the document's base URL: the first <base href>,
// resolved against the document's address
// (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#document-base-url).
func documentBaseURL(doc *dom.Document, docURL *url.URL) *url.URL {
	var base *url.URL
	doc.Root.Walk(func(n *dom.Node) bool {
		if base != nil {
			return false
		}
		if n.IsHTML("base") {
			if href, ok := n.Attr("href"); ok {
				if u, err := fetch.ParseURL(docURL, href); err == nil {
					base = u
				}
			}
		}
		return true
	})
	if base == nil {
		return docURL
	}
	return base
}

// metaReferrerPolicy applies the last <meta name=referrer> with a known
// policy (https://html.spec.whatwg.org/multipage/semantics.html#meta-referrer).
func (p *Page) metaReferrerPolicy() {
	p.doc.Root.Walk(func(n *dom.Node) bool {
		if n.IsHTML("meta") && strings.EqualFold(strings.TrimSpace(n.AttrOr("name", "")), "referrer") {
			if rp, ok := fetch.ParseReferrerPolicy(n.AttrOr("content", "")); ok {
				p.referrerPolicy = rp
			}
		}
		return true
	})
}

// resolve parses ref against the page's base URL with the WHATWG URL
// parser, as the HTML standard's "parse a URL" does; empty and malformed
// references give nil.
func (p *Page) resolve(ref string) *url.URL {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	u, err := fetch.ParseURL(p.baseURL, ref)
	if err != nil {
		return nil
	}
	u.Fragment, u.RawFragment = "", ""
	return u
}

// loadSubresources finds the stylesheets, images and scripts of the
// document, loads them in parallel, parses the sheets (then their @imports,
// wave after wave), decodes the images, and records failures. Results are
// applied in document order, so the outcome never depends on timing.
func (p *Page) loadSubresources(ctx context.Context) {
	var (
		sources []styleSource
		reqs    []*fetch.Request
		kinds   []string
		imgURLs []string
	)
	add := func(u *url.URL, dest fetch.Destination, kind string) {
		reqs = append(reqs, &fetch.Request{URL: u, Destination: dest, Initiator: p.url, ReferrerPolicy: p.referrerPolicy})
		kinds = append(kinds, kind)
	}
	p.doc.Root.Walk(func(n *dom.Node) bool {
		if n.Type != dom.ElementNode || n.Namespace != dom.HTMLNamespace {
			return true
		}
		if src, ok := p.styleSourceOf(n); ok {
			sources = append(sources, src)
			if src.url != nil {
				add(src.url, fetch.DestinationStyle, "stylesheet")
			}
			return true
		}
		switch n.Tag {
		case "img":
			if u := p.resolve(n.AttrOr("src", "")); u != nil {
				add(u, fetch.DestinationImage, "image")
				imgURLs = append(imgURLs, u.String())
			}
		case "video":
			// The poster frame, shown until the video plays
			// (https://html.spec.whatwg.org/multipage/media.html#attr-video-poster).
			if u := p.resolve(n.AttrOr("poster", "")); u != nil {
				add(u, fetch.DestinationImage, "image")
				imgURLs = append(imgURLs, u.String())
			}
		case "script":
			if u := p.resolve(n.AttrOr("src", "")); u != nil && !n.HasAttr("nomodule") {
				add(u, fetch.DestinationScript, "script")
			}
		}
		return true
	})
	results := p.loadAll(ctx, reqs)

	sheetBodies := map[string]*fetch.Response{}
	imageBodies := map[string]*fetch.Response{}
	p.scriptBodies = map[string]*fetch.Response{}
	for i, r := range results {
		resp := p.record(reqs[i].URL.String(), kinds[i], r)
		if resp == nil {
			continue
		}
		switch kinds[i] {
		case "stylesheet":
			sheetBodies[reqs[i].URL.String()] = resp
		case "image":
			imageBodies[reqs[i].URL.String()] = resp
		case "script":
			p.scriptBodies[reqs[i].URL.String()] = resp
		}
	}
	p.sheets = p.buildSheets(sources, sheetBodies)
	p.loadImports(ctx, p.sheets)
	p.rememberSheets(sources)
	p.images = p.decodeImages(imgURLs, imageBodies)
	p.loadWebFonts(ctx)
}

// errByteLimit fails the loads that take the page past Options.MaxPageBytes.
var errByteLimit = errors.New("not used: the page reached its byte limit (Options.MaxPageBytes)")

// errRequestLimit fails the loads past Options.MaxRequests.
var errRequestLimit = errors.New("not loaded: the page reached its request limit (Options.MaxRequests)")

// loadAll loads a wave of subresources within the page's request budget
// (Options.MaxRequests): requests past it fail at once with errRequestLimit.
// Results come back in the order of reqs.
func (p *Page) loadAll(ctx context.Context, reqs []*fetch.Request) []fetch.Result {
	granted := min(len(reqs), max(0, p.b.opts.MaxRequests-p.requests))
	p.requests += granted
	results := loadByPriority(ctx, p.b.client, reqs[:granted], p.b.opts.MaxConcurrentLoads)
	for range reqs[granted:] {
		results = append(results, fetch.Result{Err: errRequestLimit})
	}
	return results
}

// loadByPriority is fetch.LoadAll with the requests started in the order
// browsers give them priority: stylesheets and scripts (they block
// rendering), then fonts, then images, document order within each class.
// Results come back in the order of reqs.
func loadByPriority(ctx context.Context, c *fetch.Client, reqs []*fetch.Request, concurrency int) []fetch.Result {
	order := make([]int, len(reqs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return loadPriority(reqs[order[a]].Destination) < loadPriority(reqs[order[b]].Destination)
	})
	sorted := make([]*fetch.Request, len(reqs))
	for i, j := range order {
		sorted[i] = reqs[j]
	}
	got := fetch.LoadAll(ctx, c, sorted, concurrency)
	results := make([]fetch.Result, len(reqs))
	for i, j := range order {
		results[j] = got[i]
	}
	return results
}

func loadPriority(d fetch.Destination) int {
	switch d {
	case fetch.DestinationStyle, fetch.DestinationScript:
		return 0
	case fetch.DestinationFont:
		return 1
	}
	return 2
}

// isStylesheetLink reports whether a <link> is a stylesheet link: rel has the
// token "stylesheet" and not "alternate"
// (https://html.spec.whatwg.org/multipage/links.html#link-type-stylesheet).
func isStylesheetLink(n *dom.Node) bool {
	sheet, alt := false, false
	for _, tok := range strings.Fields(strings.ToLower(n.AttrOr("rel", ""))) {
		switch tok {
		case "stylesheet":
			sheet = true
		case "alternate":
			alt = true
		}
	}
	return sheet && !alt
}

// record notes a load's outcome and returns the response when it is usable:
// a 2xx answer. A failed or non-2xx load becomes a Diagnostic.
func (p *Page) record(u, kind string, r fetch.Result) *fetch.Response {
	if r.Err == nil && r.Response != nil {
		if p.bytes += int64(len(r.Response.Body)); p.bytes > p.b.opts.MaxPageBytes {
			r = fetch.Result{Err: errByteLimit, Elapsed: r.Elapsed}
		}
	}
	res := resourceOf(u, kind, r.Response, r.Err)
	res.Elapsed = r.Elapsed
	p.resStats = append(p.resStats, res)
	switch {
	case r.Err != nil:
		p.diags = append(p.diags, Diagnostic{URL: u, Kind: kind, Err: r.Err})
		return nil
	case !r.Response.OK():
		p.diags = append(p.diags, Diagnostic{URL: u, Kind: kind, Status: r.Response.Status})
		return nil
	}
	return r.Response
}

func resourceOf(u, kind string, resp *fetch.Response, err error) Resource {
	r := Resource{URL: u, Kind: kind, Method: "GET", Err: err}
	if resp != nil {
		r.Status, r.Bytes, r.Protocol, r.Timing = resp.Status, len(resp.Body), resp.Protocol, resp.Timing
		r.MediaType, r.ResponseHeader, r.RemoteAddr = resp.MediaType, resp.Header, resp.RemoteAddr
		if resp.Request != nil {
			r.RequestHeader = resp.Request.Header
			if resp.Request.Method != "" {
				r.Method = resp.Request.Method
			}
		}
	}
	return r
}

// buildSheets parses the document's style sheets in document order.
func (p *Page) buildSheets(sources []styleSource, bodies map[string]*fetch.Response) []*cssom.StyleSheet {
	var sheets []*cssom.StyleSheet
	media := p.media()
	for _, s := range sources {
		if s.media != "" {
			if q, ok := cssom.ParseMediaQueryList(s.media); ok && !q.Match(media) {
				continue
			}
		}
		if s.url == nil {
			sheet := cssom.ParseStyleSheet(s.text, p.baseURL.String(), cssom.AuthorOrigin)
			sheet.Owner = s.node
			sheets = append(sheets, sheet)
			continue
		}
		resp := bodies[s.url.String()]
		if resp == nil {
			continue
		}
		if resp.MediaType != "text/css" && !p.doc.Quirks {
			// https://html.spec.whatwg.org/multipage/links.html#link-type-stylesheet:
			// in standards mode a sheet must be served as text/css.
			p.diags = append(p.diags, Diagnostic{URL: s.url.String(), Kind: "stylesheet",
				Err: errWrongType(resp.MediaType)})
			continue
		}
		src := fetch.DecodeCSS(resp.Body, contentTypeOf(resp), "utf-8")
		sheet := cssom.ParseStyleSheet(string(src), resp.URL.String(), cssom.AuthorOrigin)
		sheet.Owner = s.node
		sheets = append(sheets, sheet)
	}
	return sheets
}

type errWrongType string

func (e errWrongType) Error() string { return "not loaded: served as " + string(e) + ", not text/css" }

// loadImports loads the @import rules of sheets, wave after wave, in
// parallel within a wave. Each URL loads at most once per page, which also
// breaks import cycles.
func (p *Page) loadImports(ctx context.Context, sheets []*cssom.StyleSheet) {
	seen := map[string]bool{}
	wave := sheets
	for depth := 0; depth < maxImportDepth && len(wave) > 0 && ctx.Err() == nil; depth++ {
		var (
			imps []*cssom.Import
			reqs []*fetch.Request
		)
		for _, s := range wave {
			for _, imp := range s.Imports {
				if imp.Sheet != nil || seen[imp.URL] {
					continue
				}
				u, err := url.Parse(imp.URL)
				if err != nil {
					continue
				}
				seen[imp.URL] = true
				imps = append(imps, imp)
				reqs = append(reqs, &fetch.Request{URL: u, Destination: fetch.DestinationStyle, Initiator: p.url, ReferrerPolicy: p.referrerPolicy})
			}
		}
		results := p.loadAll(ctx, reqs)
		wave = wave[:0:0]
		for i, r := range results {
			resp := p.record(imps[i].URL, "stylesheet", r)
			if resp == nil {
				continue
			}
			src := fetch.DecodeCSS(resp.Body, contentTypeOf(resp), "utf-8")
			imps[i].Sheet = cssom.ParseStyleSheet(string(src), resp.URL.String(), cssom.AuthorOrigin)
			wave = append(wave, imps[i].Sheet)
		}
	}
}

// loadStyleImages loads and decodes the images that computed styles refer
// to (background-image, list-style-image) and are not loaded yet, in
// document order. It reports whether any new image is available.
func (p *Page) loadStyleImages(ctx context.Context) bool {
	var (
		urls []string
		reqs []*fetch.Request
		seen = map[string]bool{}
	)
	p.doc.Root.Walk(func(n *dom.Node) bool {
		cs := p.styles.Of(n)
		if cs == nil {
			return true
		}
		var us []string
		// The element's images, then its pseudo-elements'.
		for _, ps := range [...]*cssom.ComputedStyle{cs, p.styles.Pseudo(n, "before"), p.styles.Pseudo(n, "after"),
			p.styles.Pseudo(n, "first-letter"), p.styles.Pseudo(n, "first-line"), p.styles.Pseudo(n, "marker")} {
			if ps != nil {
				us = append(ps.BackgroundImageURLs(us), ps.ListStyleImage, borderImageURL(ps))
			}
		}
		for _, u := range us {
			if u == "" || seen[u] {
				continue
			}
			seen[u] = true
			if _, loaded := p.images[u]; loaded {
				continue
			}
			pu, err := url.Parse(u)
			if err != nil {
				continue
			}
			urls = append(urls, u)
			reqs = append(reqs, &fetch.Request{URL: pu, Destination: fetch.DestinationImage, Initiator: p.url, ReferrerPolicy: p.referrerPolicy})
		}
		return true
	})
	if len(reqs) == 0 {
		return false
	}
	results := p.loadAll(ctx, reqs)
	bodies := map[string]*fetch.Response{}
	for i, r := range results {
		if resp := p.record(urls[i], "image", r); resp != nil {
			bodies[urls[i]] = resp
		}
	}
	decoded := p.decodeImages(urls, bodies)
	for u, img := range decoded {
		p.images[u] = img
	}
	return len(decoded) > 0
}

// decodeImages decodes the loaded images on all cores, each URL once.
func (p *Page) decodeImages(urls []string, bodies map[string]*fetch.Response) map[string]image.Image {
	out := make(map[string]image.Image, len(bodies))
	var unique []string
	for _, u := range urls {
		if _, ok := out[u]; !ok && bodies[u] != nil {
			out[u] = nil
			unique = append(unique, u)
		}
	}
	decoded := make([]image.Image, len(unique))
	errs := make([]error, len(unique))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, u := range unique {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			decoded[i], errs[i] = paint.DecodeImage(bodies[u].Body)
		}()
	}
	wg.Wait()
	for i, u := range unique {
		if errs[i] != nil {
			p.diags = append(p.diags, Diagnostic{URL: u, Kind: "image", Err: errs[i]})
			delete(out, u)
			continue
		}
		out[u] = decoded[i]
	}
	return out
}

// hasListImages reports whether a list item has a loaded list-style-image.
func (p *Page) hasListImages() bool {
	found := false
	p.doc.Root.Walk(func(n *dom.Node) bool {
		if cs := p.styles.Of(n); cs != nil && cs.Display == cssom.DisplayListItem && cs.ListStyleImage != "" && p.images[cs.ListStyleImage] != nil {
			found = true
		}
		return !found
	})
	return found
}

// imageFor is layout's view of the loaded images: the decoded image of a
// replaced element, or the list-style-image of a list item, or nil.
func (p *Page) imageFor(el *dom.Node) image.Image {
	if el.Namespace == dom.SVGNamespace && el.Tag == "svg" {
		// Inline <svg>: its markup decoded as an SVG image, once per
		// document version. TODO(spec): CSS styling of the SVG content.
		v := p.doc.Version()
		if c, ok := p.inlineSVG[el]; ok && c.version == v {
			return c.img
		}
		img, err := paint.DecodeImage([]byte(el.OuterHTML()))
		if err != nil {
			img = nil
		}
		if p.inlineSVG == nil {
			p.inlineSVG = map[*dom.Node]inlineSVG{}
		}
		p.inlineSVG[el] = inlineSVG{version: v, img: img}
		return img
	}
	if el.IsHTML("video") {
		// The poster frame; without one the video is the default
		// 300×150 object (TODO(spec): a first frame of the video).
		return p.images[p.resolvedAttr(el, "poster")]
	}
	if !el.IsHTML("img") {
		// A list item's list-style-image (layout.Options.Image).
		if cs := p.styles.Of(el); cs != nil && cs.Display == cssom.DisplayListItem && cs.ListStyleImage != "" {
			return p.images[cs.ListStyleImage]
		}
		return nil
	}
	return p.images[p.resolvedAttr(el, "src")]
}

// resolvedAttr returns the absolute URL of el's URL attribute name ("" when
// it has none or it does not parse), remembering it per element and
// attribute value: each layout asks for every image's, and URL parsing is
// the dearest part of that.
func (p *Page) resolvedAttr(el *dom.Node, name string) string {
	v, ok := el.Attr(name)
	if !ok {
		return ""
	}
	if c, ok := p.resolved[el]; ok && c.name == name && c.value == v && c.base == p.baseURL {
		return c.abs
	}
	abs := ""
	if u := p.resolve(v); u != nil {
		abs = u.String()
	}
	if p.resolved == nil {
		p.resolved = map[*dom.Node]resolvedURL{}
	}
	p.resolved[el] = resolvedURL{name: name, value: v, abs: abs, base: p.baseURL}
	return abs
}

// resolvedURL is a remembered resolution of an element's URL attribute.
type resolvedURL struct {
	name, value, abs string
	base             *url.URL
}

// inlineSVG is a decoded inline <svg> element and the document version it
// was decoded at.
type inlineSVG struct {
	version uint64
	img     image.Image
}

func escapeText(s string) string { return html.EscapeString(s) }

// borderImageURL returns the url() of cs's border-image-source, or "".
func borderImageURL(cs *cssom.ComputedStyle) string {
	if cs.BorderImage == nil {
		return ""
	}
	return cs.BorderImage.Source.URL
}
