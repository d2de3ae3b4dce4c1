package cssom

import (
	"encoding/binary"
	"net/url"
	"strings"
	"sync"

	"github.com/paneweb/pane/dom"
)

// Compute runs the cascade over every element of doc and returns their
// computed styles. sheets are the author style sheets in document order
// (their loaded imports are used in place); the user agent sheet comes
// first. media is the device media queries and viewport units are
// evaluated against. Elements inside display:none subtrees get styles too.
//
// Equal styles are shared: two elements with the same parent style and the
// same matched declarations get the same *ComputedStyle.
func Compute(doc *dom.Document, sheets []*StyleSheet, media Media) *Styles {
	r := newResolver(doc, sheets, media)
	styles := NewStyles()
	for c := doc.Root.FirstChild; c != nil; c = c.NextSibling {
		r.computeTree(c, nil, styles)
	}
	return styles
}

// computeTree computes the styles of n and its descendants, keeping the
// ancestor filter and the counters up to date. Recursion is bounded by the
// DOM depth, which the parser caps (dom.MaxDepth).
func (r *resolver) computeTree(n *dom.Node, parent *ComputedStyle, styles *Styles) {
	if n.Type != dom.ElementNode {
		return
	}
	s := r.styleOf(n, parent)
	styles.Set(n, s)
	// https://www.w3.org/TR/css-lists-3/#counters-without-boxes: elements
	// that generate no box do not touch counters.
	hidden := s.Display == DisplayNone
	if hidden {
		r.hidden++
	}
	if r.hidden == 0 {
		r.counters.apply(n, s)
	}
	counters := len(r.counters.stack) // the counters n's subtree creates end with it
	r.lineAndMarkerStyles(n, s, styles)
	r.pseudoStyle(n, s, styles, 0)
	if n.FirstChild != nil {
		mark := len(r.keys)
		r.keys = elementKeys(n, r.keys)
		for _, h := range r.keys[mark:] {
			r.filter.add(h, 1)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.computeTree(c, s, styles)
		}
		for _, h := range r.keys[mark:] {
			r.filter.add(h, -1)
		}
		r.keys = r.keys[:mark]
	}
	r.pseudoStyle(n, s, styles, 1)
	r.counters.stack = r.counters.stack[:counters]
	if hidden {
		r.hidden--
	}
}

// resolver holds what computing the styles of one document reuses.
type resolver struct {
	rs           *ruleSet
	base         *url.URL
	vw, vh       float64
	rootFontSize Fixed
	metrics      func([]string, uint16, FontStyle, Fixed) FontMetrics
	blocks       map[string]*declBlock
	share        map[shareKey]*ComputedStyle
	matched      []*ruleEntry
	sig          []byte
	w            [numProps]winner
	ua           [numProps]winner // the user-agent origin's values alone
	below        [numProps]winner // the values before the current layer, for revert-layer
	segs         []segment
	custom       []*Declaration
	nextBlock    uint32
	filter       ancestorFilter
	mc           dom.MatchCache
	keys         []uint32 // the hashes added to filter, per open ancestor
	counters     counterState
	hidden       int // the display:none elements open in the walk
}

// declBlock is a parsed style attribute or set of presentational hints,
// cached by its text.
type declBlock struct {
	id    uint32
	decls []*Declaration
}

type shareKey struct {
	parent *ComputedStyle
	sig    string
}

var (
	uaOnce  sync.Once
	uaSheet *StyleSheet
)

// UserAgentSheet returns the built-in user agent style sheet, parsed once.
// It is shared: never modify it.
func UserAgentSheet() *StyleSheet {
	uaOnce.Do(func() { uaSheet = ParseStyleSheet(userAgentCSS, "about:ua", UserAgentOrigin) })
	return uaSheet
}

func newResolver(doc *dom.Document, sheets []*StyleSheet, media Media) *resolver {
	if media.Width == 0 && media.Height == 0 {
		media.Width, media.Height = Int(800), Int(600)
	}
	r := &resolver{
		rs:      newRuleSet(doc.Quirks, media),
		vw:      media.Width.Float(),
		vh:      media.Height.Float(),
		metrics: media.FontMetrics,
		blocks:  map[string]*declBlock{},
		share:   map[shareKey]*ComputedStyle{},
	}
	r.base = documentBaseURL(doc)
	r.rs.addSheet(UserAgentSheet(), 0)
	for _, s := range sheets {
		r.rs.addSheet(s, 0)
	}
	r.rs.rankLayers()
	return r
}

// block returns the parsed declarations of a style attribute or hint text.
func (r *resolver) block(text string) *declBlock {
	if b, ok := r.blocks[text]; ok {
		return b
	}
	r.nextBlock++
	b := &declBlock{id: r.nextBlock, decls: ParseDeclarationList(text, r.base)}
	r.blocks[text] = b
	return b
}

// styleOf computes the style of el, whose parent element has style parent
// (nil for the root).
func (r *resolver) styleOf(el *dom.Node, parent *ComputedStyle) *ComputedStyle {
	var hints, inline *declBlock
	if h := presentationalHints(el); h != "" {
		hints = r.block(h)
	}
	if st, ok := el.Attr("style"); ok && (el.Namespace == dom.HTMLNamespace || el.Namespace == dom.SVGNamespace) {
		inline = r.block(st)
	}
	return r.resolve(r.rs, el, parent, hints, inline, 0)
}

// pseudoStyle computes the ::before (i = 0) or ::after (i = 1) style of
// el, whose style is s, and records it when it generates a box, with its
// counters applied and its content's counters and quotes resolved.
func (r *resolver) pseudoStyle(el *dom.Node, s *ComputedStyle, styles *Styles, i int) {
	rs := [2]*ruleSet{r.rs.before, r.rs.after}[i]
	if rs.empty() {
		return
	}
	ps := r.resolve(rs, el, s, nil, nil, byte(i+1))
	if ps == nil || ps.Content == nil || ps.Display == DisplayNone || r.hidden > 0 {
		return
	}
	r.counters.styles = r.rs.counterStyleSet()
	r.counters.apply(el, ps)
	ps = r.counters.resolveContent(ps)
	styles.SetPseudo(el, [2]string{"before", "after"}[i], ps)
}

// resolve cascades the rules of rs that match el, then hints and the
// style attribute, and computes the result, sharing equal styles. pseudo
// tells elements (0) from pseudo-elements; for pseudo-elements it returns
// nil when no rule matches.
func (r *resolver) resolve(rs *ruleSet, el *dom.Node, parent *ComputedStyle, hints, inline *declBlock, pseudo byte) *ComputedStyle {
	r.matched = rs.collect(el, &r.filter, &r.mc, r.matched[:0])
	if pseudo != 0 && len(r.matched) == 0 {
		return nil
	}
	r.sig = append(r.sig[:0], pseudo)
	for _, e := range r.matched {
		r.sig = binary.LittleEndian.AppendUint32(r.sig, e.id)
	}
	for _, b := range []*declBlock{hints, inline} {
		r.sig = binary.LittleEndian.AppendUint32(r.sig, 0xFFFFFFFF)
		if b != nil {
			r.sig = binary.LittleEndian.AppendUint32(r.sig, b.id)
		}
	}
	key := shareKey{parent, string(r.sig)}
	if s, ok := r.share[key]; ok {
		return s
	}
	r.cascade(hints, inline)
	var inherited map[string]string
	if parent != nil {
		inherited = parent.CustomProperties
	}
	vars := computeCustomProperties(inherited, r.custom)
	s := computeStyle(parent, &r.w, &r.ua, vars, r.rootFontSize, r.vw, r.vh, r.metrics)
	if parent == nil {
		r.rootFontSize = s.FontSize
	}
	r.share[key] = s
	return s
}

// cascade fills r.w and r.custom with the winning declarations, in the
// order of https://www.w3.org/TR/css-cascade-5/#cascade-sort: user-agent
// normal, presentational hints, author normal (layers in layer order,
// unlayered last), style attribute normal, then author important (layers
// in reverse order, unlayered first), style attribute important, user
// important, user-agent important.
func (r *resolver) cascade(hints, inline *declBlock) {
	r.w = [numProps]winner{}
	r.custom = r.custom[:0]
	r.segs = r.segs[:0]
	for i, e := range r.matched {
		if n := len(r.segs); n > 0 && r.segs[n-1].sameLayer(e) {
			r.segs[n-1].end = i + 1
			r.segs[n-1].revertLayer = r.segs[n-1].revertLayer || e.revertLayer
			continue
		}
		r.segs = append(r.segs, segment{start: i, end: i + 1, origin: Origin(e.key >> 62), layer: e.layer, revertLayer: e.revertLayer})
	}
	ua := 0
	for ua < len(r.segs) && r.segs[ua].origin == UserAgentOrigin {
		r.applySegment(r.segs[ua], false)
		ua++
	}
	r.ua = r.w
	for _, e := range r.matched {
		if Origin(e.key>>62) == UserAgentOrigin {
			r.applyImportantTo(&r.ua, e.decls)
		}
	}
	if hints != nil {
		r.applyDecls(hints.decls, false)
	}
	for _, sg := range r.segs[ua:] {
		r.applySegment(sg, false)
	}
	inlineRevert := inline != nil && hasRevertLayer(inline.decls)
	if inline != nil {
		if inlineRevert {
			r.below = r.w
		}
		r.applyDecls(inline.decls, false)
	}
	r.applyImportant(AuthorOrigin)
	if inline != nil {
		if inlineRevert {
			r.below = r.w
		}
		r.applyDecls(inline.decls, true)
	}
	r.applyImportant(UserOrigin)
	r.applyImportant(UserAgentOrigin)
}

// segment is a run of r.matched in one origin and cascade layer.
type segment struct {
	start, end  int
	origin      Origin
	layer       *layerNode
	revertLayer bool
}

func (sg segment) sameLayer(e *ruleEntry) bool {
	return sg.origin == Origin(e.key>>62) && sg.layer == e.layer
}

// applySegment applies the normal or important declarations of a segment.
// The cascaded values before it are what revert-layer rolls back to.
func (r *resolver) applySegment(sg segment, important bool) {
	if sg.revertLayer {
		r.below = r.w
	}
	for _, e := range r.matched[sg.start:sg.end] {
		r.applyDecls(e.decls, important)
	}
}

// applyImportant applies the important declarations of origin, the layers
// in reverse order (https://www.w3.org/TR/css-cascade-5/#cascade-layering:
// "for important rules ... declarations in earlier layers win").
func (r *resolver) applyImportant(origin Origin) {
	for i := len(r.segs) - 1; i >= 0; i-- {
		if r.segs[i].origin == origin {
			r.applySegment(r.segs[i], true)
		}
	}
}

// applyImportantTo applies the important declarations of decls to w
// (custom properties aside).
func (r *resolver) applyImportantTo(w *[numProps]winner, decls []*Declaration) {
	saved := r.w
	r.w = *w
	custom := len(r.custom)
	r.applyDecls(decls, true)
	*w = r.w
	r.w = saved
	r.custom = r.custom[:custom]
}

func (r *resolver) applyDecls(decls []*Declaration, important bool) {
	for _, d := range decls {
		if d.Important != important {
			continue
		}
		switch {
		case d.IsCustom():
			r.custom = append(r.custom, d)
		case d.pending != nil:
			for _, id := range d.longhandIDs() {
				r.w[id] = winner{d: d}
			}
		default:
			for i := range d.longhands {
				l := &d.longhands[i]
				if l.v.kind == vGlobal && l.v.i == gRevertLayer {
					// https://www.w3.org/TR/css-cascade-5/#revert-layer
					r.w[l.id] = r.below[l.id]
					continue
				}
				r.w[l.id] = winner{v: &l.v}
			}
		}
	}
}

// computeCustomProperties returns the element's custom properties: the
// inherited ones overridden by its own declarations (later ones win), with
// var() references substituted (https://www.w3.org/TR/css-variables-1/#cycles:
// cycles and references too deep make a property invalid).
func computeCustomProperties(inherited map[string]string, own []*Declaration) map[string]string {
	if len(own) == 0 {
		return inherited
	}
	raw := make(map[string]string, len(inherited)+len(own))
	for k, v := range inherited {
		raw[k] = v
	}
	for _, d := range own {
		switch strings.ToLower(d.Value) {
		case "initial":
			delete(raw, d.Property)
		case "inherit", "unset", "revert", "revert-layer":
			// TODO(spec): revert and revert-layer roll back to the
			// previous origin or layer, not to the inherited value.
			if v, ok := inherited[d.Property]; ok {
				raw[d.Property] = v
			} else {
				delete(raw, d.Property)
			}
		default:
			raw[d.Property] = d.Value
		}
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		out[k] = v
	}
	for _, d := range own {
		v, ok := raw[d.Property]
		if !ok || !strings.Contains(strings.ToLower(v), "var(") {
			continue
		}
		toks, ok := substituteVars(lexValue(v), raw, 0)
		if ok {
			out[d.Property] = tokensTextOf(toks)
		} else {
			delete(out, d.Property)
		}
	}
	return out
}

// documentBaseURL returns the base URL of style attributes: the first
// <base href> resolved against the document's URL
// (https://html.spec.whatwg.org/multipage/urls-and-fetching.html#document-base-url).
func documentBaseURL(doc *dom.Document) *url.URL {
	base, _ := url.Parse(doc.URL)
	var href string
	found := false
	doc.Root.Walk(func(n *dom.Node) bool {
		if found {
			return false
		}
		if n.IsHTML("base") {
			href, found = n.Attr("href")
		}
		return true
	})
	if !found {
		return base
	}
	if base == nil {
		u, _ := url.Parse(href)
		return u
	}
	if u, err := base.Parse(strings.TrimSpace(href)); err == nil {
		return u
	}
	return base
}
