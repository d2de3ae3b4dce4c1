package browser

// The document's style sheets after load: <style> elements that scripts
// add, remove or rewrite and <link rel=stylesheet> elements they insert
// update the sheets the page cascades, as the HTML standard's "update a
// style block" and link processing say
// (https://html.spec.whatwg.org/multipage/semantics.html#update-a-style-block).

import (
	"context"
	"slices"
	"strings"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
)

// sheetEntry is what the page knows of one style source: the text (or
// URL) and media it was parsed with, and the sheet (nil when it failed to
// load).
type sheetEntry struct {
	text, href, media string
	sheet             *cssom.StyleSheet
}

// rememberSheets records the sheets built at load, so that refreshSheets
// reuses them while their elements are unchanged.
func (p *Page) rememberSheets(sources []styleSource) {
	p.sheetEntries = map[*dom.Node]*sheetEntry{}
	byOwner := map[*dom.Node]*cssom.StyleSheet{}
	for _, s := range p.sheets {
		byOwner[s.Owner] = s
	}
	for _, s := range sources {
		e := &sheetEntry{text: s.text, media: s.media, sheet: byOwner[s.node]}
		if s.url != nil {
			e.href = s.url.String()
		}
		p.sheetEntries[s.node] = e
	}
	p.sheetsVersion = p.doc.StyleSourcesVersion()
}

// styleSourceOf returns the style source an element is, if any: a <style>
// of type text/css, or a <link rel=stylesheet> with a URL.
func (p *Page) styleSourceOf(n *dom.Node) (styleSource, bool) {
	if n.Type != dom.ElementNode || n.Namespace != dom.HTMLNamespace {
		return styleSource{}, false
	}
	switch n.Tag {
	case "style":
		if t := strings.TrimSpace(n.AttrOr("type", "text/css")); t == "" || strings.EqualFold(t, "text/css") {
			return styleSource{node: n, text: n.TextContent(), media: n.AttrOr("media", "")}, true
		}
	case "link":
		if isStylesheetLink(n) {
			if u := p.resolve(n.AttrOr("href", "")); u != nil {
				return styleSource{node: n, url: u, media: n.AttrOr("media", "")}, true
			}
		}
	}
	return styleSource{}, false
}

// refreshSheets brings p.sheets up to date with the document's style
// elements after the document changed, and reports whether the list of
// sheets changed. Unchanged elements keep their parsed sheets; a changed
// <style> is parsed again; a new <link> loads (with its @imports) within
// ctx. Sheets whose media does not match are left out, as at load.
func (p *Page) refreshSheets(ctx context.Context) bool {
	if p.sheetEntries == nil || p.sheetsVersion == p.doc.StyleSourcesVersion() {
		return false
	}
	p.sheetsVersion = p.doc.StyleSourcesVersion()
	media := p.media()
	entries := map[*dom.Node]*sheetEntry{}
	var sheets []*cssom.StyleSheet
	var loaded []*cssom.StyleSheet
	p.doc.Root.Walk(func(n *dom.Node) bool {
		src, ok := p.styleSourceOf(n)
		if !ok {
			return true
		}
		e := p.sheetEntries[n]
		href := ""
		if src.url != nil {
			href = src.url.String()
		}
		if e == nil || e.text != src.text || e.href != href {
			e = &sheetEntry{text: src.text, href: href, media: src.media}
			if src.url == nil {
				e.sheet = cssom.ParseStyleSheet(src.text, p.baseURL.String(), cssom.AuthorOrigin)
				e.sheet.Owner = n
			} else {
				e.sheet = p.loadLinkedSheet(ctx, src)
				if e.sheet != nil {
					loaded = append(loaded, e.sheet)
				}
			}
		}
		e.media = src.media
		entries[n] = e
		if e.sheet == nil {
			return true
		}
		if e.media != "" {
			if q, ok := cssom.ParseMediaQueryList(e.media); ok && !q.Match(media) {
				return true
			}
		}
		sheets = append(sheets, e.sheet)
		return true
	})
	p.sheetEntries = entries
	if len(loaded) > 0 {
		p.loadImports(ctx, loaded)
	}
	if slices.Equal(sheets, p.sheets) {
		return false
	}
	p.sheets = sheets
	return true
}

// loadLinkedSheet loads the sheet of a <link> inserted after load.
func (p *Page) loadLinkedSheet(ctx context.Context, src styleSource) *cssom.StyleSheet {
	req := &fetch.Request{URL: src.url, Destination: fetch.DestinationStyle, Initiator: p.url, ReferrerPolicy: p.referrerPolicy}
	results := p.loadAll(ctx, []*fetch.Request{req})
	resp := p.record(src.url.String(), "stylesheet", results[0])
	if resp == nil {
		return nil
	}
	if resp.MediaType != "text/css" && !p.doc.Quirks {
		p.diags = append(p.diags, Diagnostic{URL: src.url.String(), Kind: "stylesheet", Err: errWrongType(resp.MediaType)})
		return nil
	}
	body := fetch.DecodeCSS(resp.Body, contentTypeOf(resp), "utf-8")
	s := cssom.ParseStyleSheet(string(body), resp.URL.String(), cssom.AuthorOrigin)
	s.Owner = src.node
	return s
}
