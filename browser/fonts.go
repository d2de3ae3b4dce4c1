package browser

import (
	"context"
	"net/url"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/layout"
)

// webFont is one @font-face rule being loaded: its descriptors and the url()
// sources still to try, in order.
type webFont struct {
	desc    layout.FontFaceDescriptors
	sources []fontSource
}

// fontSource is one entry of a src list: a url() to load, or a local()
// name to look up in the font set.
type fontSource struct {
	url   *url.URL
	local string
}

// tryLocal adds the face of the leading local() sources of wf that the set
// has, dropping the ones it lacks; it reports whether one was added.
func (wf *webFont) tryLocal(set *layout.FontSet) bool {
	for len(wf.sources) > 0 && wf.sources[0].url == nil {
		name := wf.sources[0].local
		wf.sources = wf.sources[1:]
		if set.AddLocalFontFace(name, wf.desc) == nil {
			return true
		}
	}
	return false
}

// loadWebFonts loads the fonts of the page's @font-face rules
// (https://www.w3.org/TR/css-fonts-4/#font-face-rule) into a font set of
// the page's own, derived from the browser's so that one page's web fonts
// never reach another. Sources load in parallel; a rule whose source fails
// (network, 404, undecodable font) falls back to its next source, wave after
// wave. Faces are added in rule order, so the outcome never depends on
// timing. A page with no @font-face keeps the browser's set.
//
// AD-HOC: all fonts load before the first layout, as if every rule said
// font-display: block with an unbounded timeout; headless rendering has no
// "later" to swap fonts in.
// A local() source is looked up among the font set's faces (the embedded
// ones and those the caller added) by full or PostScript name, in its
// place in the list.
func (p *Page) loadWebFonts(ctx context.Context) {
	var fonts []*webFont
	var featureValues []*cssom.FontFeatureValuesRule
	var paletteValues []*cssom.FontPaletteValuesRule
	p.eachSheet(func(s *cssom.StyleSheet) {
		featureValues = append(featureValues, s.FontFeatureValues...)
		paletteValues = append(paletteValues, s.FontPaletteValues...)
		for _, ff := range s.FontFaces {
			wf := &webFont{}
			for _, src := range ff.Sources {
				if src.Local != "" {
					wf.sources = append(wf.sources, fontSource{local: src.Local})
					continue
				}
				if src.URL == "" || !layout.SupportedFontFormat(src.Format) {
					continue
				}
				if u, err := url.Parse(src.URL); err == nil {
					wf.sources = append(wf.sources, fontSource{url: u})
				}
			}
			d, err := layout.FontFaceDescriptorsOf(ff)
			if err != nil {
				// An invalid descriptor makes the whole rule invalid.
				p.diags = append(p.diags, Diagnostic{URL: s.Href, Kind: "font", Err: err})
				continue
			}
			wf.desc = d
			if len(wf.sources) > 0 {
				fonts = append(fonts, wf)
			}
		}
	})
	if len(fonts) == 0 && len(featureValues) == 0 && len(paletteValues) == 0 {
		return
	}
	set := p.b.fonts.Derive()
	for _, r := range featureValues {
		set.AddFeatureValues(r)
	}
	for _, r := range paletteValues {
		set.AddPaletteValues(r)
	}
	pending := fonts
	for len(pending) > 0 && ctx.Err() == nil {
		// local() sources before the next url() are tried at once.
		var loading []*webFont
		for _, wf := range pending {
			if !wf.tryLocal(set) && len(wf.sources) > 0 {
				loading = append(loading, wf)
			}
		}
		pending = loading
		if len(pending) == 0 {
			break
		}
		reqs := make([]*fetch.Request, len(pending))
		for i, wf := range pending {
			reqs[i] = &fetch.Request{URL: wf.sources[0].url, Destination: fetch.DestinationFont, Initiator: p.url, ReferrerPolicy: p.referrerPolicy}
		}
		results := p.loadAll(ctx, reqs)
		var retry []*webFont
		for i, wf := range pending {
			u := wf.sources[0].url.String()
			wf.sources = wf.sources[1:]
			resp := p.record(u, "font", results[i])
			if resp != nil {
				err := set.AddFontFace(resp.Body, wf.desc)
				if err == nil {
					continue
				}
				p.diags = append(p.diags, Diagnostic{URL: u, Kind: "font", Err: err})
			}
			if len(wf.sources) > 0 {
				retry = append(retry, wf)
			}
		}
		pending = retry
	}
	p.fonts = set
}

// eachSheet calls fn for every style sheet of the page, imported sheets
// before the sheet that imports them (their rules come first in the
// cascade), each once.
func (p *Page) eachSheet(fn func(*cssom.StyleSheet)) {
	seen := map[*cssom.StyleSheet]bool{}
	var visit func(s *cssom.StyleSheet)
	visit = func(s *cssom.StyleSheet) {
		if s == nil || seen[s] {
			return
		}
		seen[s] = true
		for _, imp := range s.Imports {
			visit(imp.Sheet)
		}
		fn(s)
	}
	for _, s := range p.sheets {
		visit(s)
	}
}
