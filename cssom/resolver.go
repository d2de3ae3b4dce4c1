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
	return r.computeDocument(doc) // counters.go
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
	languages    map[languageKey]*ComputedStyle // withLanguage
	matched      []*ruleEntry
	sig          []byte
	w            [numProps]winner
	below        [numProps]winner // the values before the current level, for revert-layer
	lv           []level          // the cascade levels of the element (revert.go)
	level        int              // the index in lv of the level being applied
	lvIndex      levelIndex       // what rollback looks up in lv (revert.go)
	custom       []customDecl
	nextBlock    uint32
	filter       ancestorFilter
	mc           dom.MatchCache
	keys         []uint32 // the hashes added to filter, per open ancestor
	counters     counterState
	hidden       int // the display:none elements open in the walk
	// mirroring maps the inline-relative declarations (mirror) or the
	// logical floats (mirrorFloat) for rtl in the cascade; vars,
	// mirrorParsed and mirrorValues serve it (logical_cascade.go).
	mirroring    bool
	mirror       bool
	mirrorFloat  bool
	vars         map[string]string
	mirrorParsed map[*Declaration][]longhand
	mirrorValues map[*value]*Declaration
}

// declBlock is a parsed style attribute or set of presentational hints,
// cached by its text.
type declBlock struct {
	id    uint32
	decls []*Declaration
	// revertLayer reports that a declaration sets revert-layer.
	revertLayer bool
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
	b.revertLayer = hasRevertLayer(b.decls)
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
	return r.withLanguage(el, r.resolve(r.rs, el, parent, hints, inline, 0)) // font4_lang.go
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
	s := computeStyle(parent, &r.w, r, vars, r.rootFontSize, r.vw, r.vh, r.metrics)
	if s.Direction == "rtl" || parent != nil && parent.Direction == "rtl" {
		s = r.resolveRTL(s, parent, hints, inline, vars) // logical_cascade.go
	}
	if parent == nil {
		r.rootFontSize = s.FontSize
	}
	r.share[key] = s
	return s
}

// cascade fills r.w and r.custom with the winning declarations, applying
// the cascade levels in ascending precedence (buildLevels, revert.go).
// Before a level that may hold a written revert-layer it keeps the values
// cascaded so far in r.below, which such a declaration rolls back to
// (https://www.w3.org/TR/css-cascade-5/#revert-layer).
func (r *resolver) cascade(hints, inline *declBlock) {
	r.w = [numProps]winner{}
	r.custom = r.custom[:0]
	r.buildLevels(hints, inline)
	r.lvIndex.built = false
	for i, lv := range r.lv {
		r.level = i
		if lv.revertLayer && !lv.important {
			r.below = r.w
		}
		if lv.block != nil {
			r.applyDecls(lv.block.decls, lv.important)
			continue
		}
		for _, e := range r.matched[lv.start:lv.end] {
			r.applyDecls(e.decls, lv.important)
		}
	}
}

func (r *resolver) applyDecls(decls []*Declaration, important bool) {
	for _, d := range decls {
		if d.Important != important {
			continue
		}
		switch {
		case d.IsCustom():
			lv := &r.lv[r.level]
			r.custom = append(r.custom, customDecl{d: d, lpos: lv.lpos, origin: lv.origin})
		case d.pending != nil:
			flip := r.mirroring && r.flips(d)
			for _, id := range d.longhandIDs() {
				if flip {
					r.w[mirrored[id]] = r.mirroredPending(d, mirrored[id])
					continue
				}
				r.w[id] = winner{d: d}
			}
		default:
			flip := r.mirroring && r.flips(d)
			for i := range d.longhands {
				l := &d.longhands[i]
				id, v := l.id, &l.v
				if flip {
					id, v = mirrorLonghand(l) // logical.go
				}
				if v.kind == vGlobal && v.i == gRevertLayer && !important {
					// https://www.w3.org/TR/css-cascade-5/#revert-layer
					// (an important one is resolved when computing,
					// revert.go).
					r.w[id] = r.below[id]
					continue
				}
				r.w[id] = winner{v: v}
			}
		}
	}
}

// computeCustomProperties returns the element's custom properties: the
// inherited ones overridden by its own declarations (later ones win), with
// var() references substituted (https://www.w3.org/TR/css-variables-1/#cycles:
// cycles and references too deep make a property invalid).
func computeCustomProperties(inherited map[string]string, own []customDecl) map[string]string {
	if len(own) == 0 {
		return inherited
	}
	raw := make(map[string]string, len(inherited)+len(own))
	for k, v := range inherited {
		raw[k] = v
	}
	for i, cd := range own {
		v, ok, inherit := customCascaded(own, i)
		switch {
		case ok:
			raw[cd.d.Property] = v
		case inherit:
			if v, ok := inherited[cd.d.Property]; ok {
				raw[cd.d.Property] = v
			} else {
				delete(raw, cd.d.Property)
			}
		default:
			delete(raw, cd.d.Property)
		}
	}
	out := make(map[string]string, len(raw))
	for k, v := range raw {
		out[k] = v
	}
	for _, cd := range own {
		v, ok := raw[cd.d.Property]
		if !ok || !strings.Contains(strings.ToLower(v), "var(") {
			continue
		}
		toks, ok := substituteVars(lexValue(v), raw, 0)
		if ok {
			out[cd.d.Property] = tokensTextOf(toks)
		} else {
			delete(out, cd.d.Property)
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
