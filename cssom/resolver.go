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
// ancestor filter up to date. Recursion is bounded by the DOM depth, which
// the parser caps (dom.MaxDepth).
func (r *resolver) computeTree(n *dom.Node, parent *ComputedStyle, styles *Styles) {
	if n.Type != dom.ElementNode {
		return
	}
	s := r.styleOf(n, parent)
	styles.Set(n, s)
	r.pseudoStyles(n, s, styles)
	if n.FirstChild == nil {
		return
	}
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

// resolver holds what computing the styles of one document reuses.
type resolver struct {
	rs           *ruleSet
	base         *url.URL
	vw, vh       float64
	rootFontSize Fixed
	blocks       map[string]*declBlock
	share        map[shareKey]*ComputedStyle
	matched      []*ruleEntry
	sig          []byte
	w            [numProps]winner
	ua           [numProps]winner // the user-agent origin's values alone
	custom       []*Declaration
	nextBlock    uint32
	filter       ancestorFilter
	mc           dom.MatchCache
	keys         []uint32 // the hashes added to filter, per open ancestor
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
		rs:     newRuleSet(doc.Quirks, media),
		vw:     media.Width.Float(),
		vh:     media.Height.Float(),
		blocks: map[string]*declBlock{},
		share:  map[shareKey]*ComputedStyle{},
	}
	r.base = documentBaseURL(doc)
	r.rs.addSheet(UserAgentSheet(), 0)
	for _, s := range sheets {
		r.rs.addSheet(s, 0)
	}
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

// pseudoStyles computes the ::before and ::after styles of el, whose style
// is s, and records those that generate a box.
func (r *resolver) pseudoStyles(el *dom.Node, s *ComputedStyle, styles *Styles) {
	for i, rs := range [2]*ruleSet{r.rs.before, r.rs.after} {
		if len(rs.byID)+len(rs.byClass)+len(rs.byTag)+len(rs.universal) == 0 {
			continue
		}
		ps := r.resolve(rs, el, s, nil, nil, byte(i+1))
		if ps == nil || ps.Content == nil || ps.Display == DisplayNone {
			continue
		}
		styles.SetPseudo(el, [2]string{"before", "after"}[i], ps)
	}
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
	s := computeStyle(parent, &r.w, &r.ua, vars, r.rootFontSize, r.vw, r.vh)
	if parent == nil {
		r.rootFontSize = s.FontSize
	}
	r.share[key] = s
	return s
}

// cascade fills r.w and r.custom with the winning declarations, in the
// order of https://www.w3.org/TR/css-cascade-4/#cascade-origin: user-agent
// normal, presentational hints, author normal, style attribute normal,
// then author important, style attribute important, user-agent important.
func (r *resolver) cascade(hints, inline *declBlock) {
	r.w = [numProps]winner{}
	r.custom = r.custom[:0]
	ua := 0
	for ua < len(r.matched) && Origin(r.matched[ua].key>>62) == UserAgentOrigin {
		ua++
	}
	for _, e := range r.matched[:ua] {
		r.applyDecls(e.decls, false)
	}
	r.ua = r.w
	for _, e := range r.matched[:ua] {
		r.applyImportantTo(&r.ua, e.decls)
	}
	if hints != nil {
		r.applyDecls(hints.decls, false)
	}
	for _, e := range r.matched[ua:] {
		r.applyDecls(e.decls, false)
	}
	if inline != nil {
		r.applyDecls(inline.decls, false)
	}
	for _, e := range r.matched[ua:] {
		r.applyDecls(e.decls, true)
	}
	if inline != nil {
		r.applyDecls(inline.decls, true)
	}
	for _, e := range r.matched[:ua] {
		r.applyDecls(e.decls, true)
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
				r.w[d.longhands[i].id] = winner{v: &d.longhands[i].v}
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
