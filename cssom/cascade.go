package cssom

// The cascade (https://drafts.csswg.org/css-cascade-6/#cascade-sort): rule
// indexing, selector matching, ordering by origin and importance, the
// style attribute, cascade layers, specificity, scope proximity and order
// of appearance (sortMatched here, the levels in revert.go), then
// inheritance and computation.

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/paneweb/pane/dom"
)

// ruleEntry is one selector of a style rule, filed in a ruleSet.
type ruleEntry struct {
	sel   *dom.Selector
	decls []*Declaration
	// key orders entries: origin, then specificity, then source order.
	key uint64
	// id identifies the entry in style-sharing signatures.
	id uint32
	// hints are the hashed keys the element's ancestors must have.
	hints []uint32
	// layer is the entry's cascade layer (the root for unlayered rules);
	// its rank orders entries between origin and specificity.
	layer *layerNode
	// revertLayer reports that decls use revert-layer.
	revertLayer bool
	// scope is the @scope condition of the entry's rule (nil for none).
	scope *scopeCond
}

// ruleSet indexes selectors by their rightmost compound's ID, class or
// type, as browsers' rule hashes do, so that an element only tests the
// rules that could match it.
type ruleSet struct {
	byID, byClass, byTag map[string][]*ruleEntry
	universal            []*ruleEntry
	quirks               bool
	order                uint32
	media                Media
	// before and after hold the ::before and ::after rules; firstLine,
	// firstLetter and marker the ::first-line, ::first-letter and ::marker
	// rules.
	before, after                  *ruleSet
	firstLine, firstLetter, marker *ruleSet
	placeholder                    *ruleSet
	// counterStyles are the @counter-style rules in cascade order (once
	// rankLayers sorted counterRules); counterSet their styles, once built
	// (counterStyleSet).
	counterStyles []*CounterStyleRule
	counterRules  []layeredCounterStyle
	counterSet    *CounterStyles
	// nextID numbers the entries in the order they are filed.
	nextID uint32
	// layers is the root of the layer tree (shared with before and after);
	// layer is the layer of the rules being filed.
	layers, layer *layerNode
	// scope is the @scope condition of the rules being filed; owner the
	// owner element of the sheet being filed.
	scope *scopeCond
	owner *dom.Node
}

func newRuleSet(quirks bool, media Media) *ruleSet {
	rs := newRuleBuckets(quirks, media)
	rs.layers = &layerNode{}
	rs.layer = rs.layers
	for _, p := range []**ruleSet{&rs.before, &rs.after, &rs.firstLine, &rs.firstLetter, &rs.marker, &rs.placeholder} {
		*p = newRuleBuckets(quirks, media)
		(*p).layers = rs.layers
	}
	return rs
}

func newRuleBuckets(quirks bool, media Media) *ruleSet {
	return &ruleSet{
		byID: map[string][]*ruleEntry{}, byClass: map[string][]*ruleEntry{}, byTag: map[string][]*ruleEntry{},
		quirks: quirks, media: media,
	}
}

// maxImportDepth bounds @import chains (and breaks import cycles).
const maxImportDepth = 16

// addSheet files the rules of a sheet, its imports first, in order.
func (rs *ruleSet) addSheet(s *StyleSheet, depth int) {
	if s == nil || depth > maxImportDepth {
		return
	}
	if s.Media != "" {
		if q, _ := ParseMediaQueryList(s.Media); !q.Match(rs.media) {
			return
		}
	}
	// AD-HOC: the @layer statements that start the sheet are taken to
	// precede its @imports (they may also stand between them).
	for _, r := range s.Rules {
		st, ok := r.(*LayerStatementRule)
		if !ok {
			break
		}
		for _, n := range st.Names {
			rs.layer.sublayer(n)
		}
	}
	for _, imp := range s.Imports {
		if imp.Sheet == nil {
			continue
		}
		if q, _ := ParseMediaQueryList(imp.Media); !q.Match(rs.media) {
			continue
		}
		outer := rs.layer
		if imp.Layered {
			// https://www.w3.org/TR/css-cascade-5/#at-import: the
			// imported rules go into the named (or a new anonymous) layer.
			rs.layer = outer.sublayer(imp.Layer)
		}
		rs.addSheet(imp.Sheet, depth+1)
		rs.layer = outer
	}
	outerOwner := rs.owner
	rs.owner = s.Owner
	rs.addRules(s.Rules, s.Origin)
	rs.owner = outerOwner
}

// layeredCounterStyle is an @counter-style rule with its origin and
// cascade layer.
type layeredCounterStyle struct {
	rule   *CounterStyleRule
	origin Origin
	layer  *layerNode
}

// rankLayers fixes the order of the cascade layers once every sheet is
// filed, and with it the order of the @counter-style rules: "If multiple
// @counter-style rules define the same name, the one in the higher-priority
// layer wins" (https://www.w3.org/TR/css-cascade-5/#layering, name-defining
// at-rules), then the later one; origins order them first.
func (rs *ruleSet) rankLayers() {
	rs.layers.rankLayers(0)
	slices.SortStableFunc(rs.counterRules, func(a, b layeredCounterStyle) int {
		if a.origin != b.origin {
			return cmp.Compare(a.origin, b.origin)
		}
		return cmp.Compare(a.layer.rank, b.layer.rank)
	})
	rs.counterStyles = rs.counterStyles[:0]
	for _, c := range rs.counterRules {
		rs.counterStyles = append(rs.counterStyles, c.rule)
	}
}

func (rs *ruleSet) addRules(rules []Rule, origin Origin) {
	for _, r := range rules {
		switch r := r.(type) {
		case *StyleRule:
			rs.order++
			for i, sel := range r.Selectors {
				var hints []uint32
				if i < len(r.hints) {
					hints = r.hints[i]
				} else {
					hints = selectorHints(sel) // a rule built by hand
				}
				rs.add(sel, hints, r.Declarations, origin)
			}
			rs.addRules(r.Rules, origin) // nested rules follow their parent
		case *MediaRule:
			if r.Query.Match(rs.media) {
				rs.addRules(r.Rules, origin)
			}
		case *SupportsRule:
			if r.Supported {
				rs.addRules(r.Rules, origin)
			}
		case *LayerStatementRule:
			for _, n := range r.Names {
				rs.layer.sublayer(n)
			}
		case *CounterStyleRule:
			rs.counterRules = append(rs.counterRules, layeredCounterStyle{r, origin, rs.layer})
		case *LayerRule:
			outer := rs.layer
			rs.layer = outer.sublayer(r.Name)
			rs.addRules(r.Rules, origin)
			rs.layer = outer
		case *ScopeRule:
			outer := rs.scope
			rs.scope = &scopeCond{rule: r, owner: rs.owner, outer: outer}
			rs.addRules(r.Rules, origin)
			rs.scope = outer
		}
	}
}

func (rs *ruleSet) add(sel *dom.Selector, hints []uint32, decls []*Declaration, origin Origin) {
	var to *ruleSet
	switch sel.PseudoElement() {
	case "":
		rs.file(sel, hints, decls, origin)
		return
	case "before":
		to = rs.before
	case "after":
		to = rs.after
	case "first-line":
		to = rs.firstLine
	case "first-letter":
		to = rs.firstLetter
	case "marker":
		to = rs.marker
	case "placeholder":
		to = rs.placeholder
	default:
		// TODO(spec): ::selection and ::file-selector-button styles.
		return
	}
	to.order, to.layer, to.scope = rs.order, rs.layer, rs.scope
	to.file(sel, hints, decls, origin)
}

// empty reports whether no rule is filed in rs.
func (rs *ruleSet) empty() bool {
	return len(rs.byID)+len(rs.byClass)+len(rs.byTag)+len(rs.universal) == 0
}

// file adds the selector to the bucket of its rightmost key.
func (rs *ruleSet) file(sel *dom.Selector, hints []uint32, decls []*Declaration, origin Origin) {
	sp := sel.Specificity()
	clamp := func(v int) uint64 { return uint64(min(v, 1023)) }
	rs.nextID++
	e := &ruleEntry{
		sel:         sel,
		decls:       decls,
		id:          rs.nextID,
		hints:       hints,
		layer:       rs.layer,
		revertLayer: hasRevertLayer(decls),
		scope:       rs.scope,
		key:         uint64(origin)<<62 | clamp(sp[0])<<52 | clamp(sp[1])<<42 | clamp(sp[2])<<32 | uint64(rs.order),
	}
	id, class, tag := sel.RightmostKeys()
	switch {
	case id != "":
		rs.byID[rs.fold(id)] = append(rs.byID[rs.fold(id)], e)
	case class != "":
		rs.byClass[rs.fold(class)] = append(rs.byClass[rs.fold(class)], e)
	case tag != "":
		rs.byTag[tag] = append(rs.byTag[tag], e)
	default:
		rs.universal = append(rs.universal, e)
	}
}

// fold lower-cases IDs and classes in quirks mode, where they match
// ASCII case-insensitively.
func (rs *ruleSet) fold(s string) string {
	if rs.quirks {
		return strings.ToLower(s)
	}
	return s
}

// scopedMatch is the scope proximity of a matched entry of an @scope rule.
type scopedMatch struct {
	e    *ruleEntry
	hops int
}

// collect appends the entries matching el to out, in cascade order
// (sortMatched). filter holds el's ancestors.
func (rs *ruleSet) collect(el *dom.Node, filter *ancestorFilter, mc *dom.MatchCache, out []*ruleEntry) []*ruleEntry {
	var scoped []scopedMatch
	test := func(es []*ruleEntry) {
	entries:
		for _, e := range es {
			for _, h := range e.hints {
				if !filter.mayContain(h) {
					continue entries
				}
			}
			if e.scope != nil {
				if hops, ok := e.scope.match(e.sel, el, mc); ok {
					out = append(out, e)
					scoped = append(scoped, scopedMatch{e, hops})
				}
			} else if e.sel.MatchCached(el, mc) {
				out = append(out, e)
			}
		}
	}
	if id, ok := el.Attr("id"); ok && id != "" {
		test(rs.byID[rs.fold(id)])
	}
	if cl, ok := el.Attr("class"); ok {
		for _, c := range strings.FieldsFunc(cl, isHTMLSpace) {
			test(rs.byClass[rs.fold(c)])
		}
	}
	tag := el.Tag
	if hasUpper(tag) {
		tag = strings.ToLower(tag)
	}
	test(rs.byTag[tag])
	test(rs.universal)
	sortMatched(out, scoped)
	// An element with a repeated class finds the same entries twice.
	return slices.Compact(out)
}

// sortMatched sorts matched entries in ascending cascade precedence
// (https://drafts.csswg.org/css-cascade-6/#cascade-sort): origin (the
// cascade then splits importance), cascade layer, specificity, scope
// proximity, order of appearance. scoped holds the proximity of the
// entries of @scope rules: "the declaration with the fewest generational
// hops between the scoping root and the scoped style rule subject wins",
// and declarations without a scoping root have infinite proximity.
func sortMatched(out []*ruleEntry, scoped []scopedMatch) {
	hops := func(e *ruleEntry) int {
		if e.scope != nil {
			for _, m := range scoped {
				if m.e == e {
					return m.hops
				}
			}
		}
		return math.MaxInt
	}
	const order = 1<<32 - 1 // the key's order-of-appearance bits
	slices.SortFunc(out, func(a, b *ruleEntry) int {
		if oa, ob := a.key>>62, b.key>>62; oa != ob {
			return int(oa) - int(ob)
		}
		if la, lb := a.layer.rank, b.layer.rank; la != lb {
			return int(la) - int(lb)
		}
		if len(scoped) > 0 && a.key&^order == b.key&^order {
			if ha, hb := hops(a), hops(b); ha != hb {
				return cmp.Compare(hb, ha) // more hops: less precedence
			}
		}
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		return int(a.id) - int(b.id)
	})
}

func isHTMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
