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
	sources []*url.URL
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
// TODO(spec): local() sources.
func (p *Page) loadWebFonts(ctx context.Context) {
	var fonts []*webFont
	p.eachSheet(func(s *cssom.StyleSheet) {
		for _, ff := range s.FontFaces {
			wf := &webFont{}
			for _, src := range ff.Sources {
				if src.URL == "" || !layout.SupportedFontFormat(src.Format) {
					continue
				}
				if u, err := url.Parse(src.URL); err == nil {
					wf.sources = append(wf.sources, u)
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
	if len(fonts) == 0 {
		return
	}
	set := p.b.fonts.Derive()
	pending := fonts
	for len(pending) > 0 && ctx.Err() == nil {
		reqs := make([]*fetch.Request, len(pending))
		for i, wf := range pending {
			reqs[i] = &fetch.Request{URL: wf.sources[0], Destination: fetch.DestinationFont, Initiator: p.url, ReferrerPolicy: p.referrerPolicy}
		}
		results := p.loadAll(ctx, reqs)
		var retry []*webFont
		for i, wf := range pending {
			u := wf.sources[0].String()
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
