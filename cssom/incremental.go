package cssom

// Incremental restyle (DESIGN.md §5): recompute the styles of the elements a
// DOM mutation can reach, from the dirty bits dom leaves on the nodes, and
// share every other entry with the previous result.
//
// What a mutation reaches follows from the selectors of the style sheets
// (dom.Selector.Invalidation), summed over all rules once per rule set:
//   - an element whose attributes changed (dom.StyleDirty) is restyled;
//     with selectors that look at ancestors (or table attribute hints), so
//     is its subtree; with sibling combinators, so are its later siblings'
//     subtrees; a change of the style attribute alone
//     (dom.InlineStyleDirty) restyles the element only, unless a selector
//     reads the attribute;
//   - an element whose page state changed (dom.StateDirty, set on the
//     ancestors of a hovered element too) is restyled; its subtree and
//     later siblings only when a state pseudo-class stands left of a
//     combinator;
//   - an element whose children changed (dom.TreeDirty) is restyled when a
//     selector tests children (:empty), and all its children's subtrees
//     when children were inserted or removed (dom.ChildListDirty) and a
//     selector counts siblings (:nth-child(), +, ~);
//   - an inserted element (dom.SubtreeDirty) is restyled with its subtree;
//   - a restyled element whose style changed restyles its children
//     (inheritance), which stop where their style comes out equal.
// The list-item counter values are counted again over the whole document
// (cheap: no matching) when an element's counter properties, list-item-ness
// or display:none-ness changed, or children were inserted or removed.
// Where invalidation is hard the restyle is total: :has() anywhere,
// counters or quotes in the generated content of elements that changed (or
// of any element, for rules not keyed by type), a new root font size (rem),
// a new or removed <base>, other style sheets (or rules inserted into them)
// or media.
//
// TODO(spec): finer invalidation of attribute changes (by the classes and
// attributes the selectors name, as browsers' invalidation sets do: a
// class change on an element with descendants restyles its subtree when
// any rule has a descendant combinator); :has() invalidation; re-resolving
// counters and quotes in generated content from the first change on.

import (
	"net/url"
	"reflect"
	"slices"
	"strings"

	"github.com/paneweb/pane/dom"
)

// RestyleStats says how much work Restyle did.
type RestyleStats struct {
	// Restyled is the number of elements whose style was recomputed.
	Restyled int
	// Changed lists, in tree order, the elements whose computed style,
	// pseudo-element style or list-item value is not the previous one:
	// the elements whose boxes may differ. It is nil after a full
	// restyle.
	Changed []*dom.Node
	// Full reports that every style was recomputed (no previous styles,
	// or a change that invalidates everything).
	Full bool
}

// restyleState is what one Restyle keeps for the next: the rule set and
// its invalidation summary, and the inputs they were built from.
type restyleState struct {
	rs   *ruleSet
	deps dom.SelectorDeps
	// counted says some pseudo-element rule may put counters or quotes
	// into generated content; countedTags, that such rules all have a
	// type selector as their key, one of these.
	counted     bool
	countedTags map[string]bool
	// counters lists the elements of the document with one of
	// countedTags when the styles were made.
	counters []*dom.Node
	sheets   []*StyleSheet
	versions uint64 // sheetsVersion(sheets) when the rules were filed
	media    mediaKey
	// base is the document's base URL for style attributes, from
	// baseEl (nil when the document has no <base href>).
	base   *url.URL
	baseEl *dom.Node
}

// mediaKey is the comparable part of a Media.
type mediaKey struct {
	typ           string
	width, height Fixed
	dpr           float64
}

func keyOf(m Media) mediaKey { return mediaKey{m.Type, m.Width, m.Height, m.DevicePixelRatio} }

// pseudoNames are the pseudo-elements Styles records.
var pseudoNames = [...]string{"before", "after", "first-line", "first-letter", "marker"}

// Restyle returns the computed styles of doc's elements, as Compute(doc,
// sheets, media) would, recomputing only the elements the dirty bits of
// doc's nodes can reach (see the comment at the top of this file). prev
// must be the result of the previous Restyle of doc (nil for none), made
// before the mutations that set those bits; the caller clears the dirty
// bits afterwards. With a nil prev, styles from Compute, other sheets or
// other media, it computes every style. prev is not modified: the result
// shares its unchanged entries. Calls with the same prev must not run
// concurrently.
//
// Styles from Restyle may keep the entries of elements removed from the
// document; Of never returns them for elements in it.
func Restyle(doc *dom.Document, prev *Styles, sheets []*StyleSheet, media Media) (*Styles, RestyleStats) {
	st := prev.reusableState(sheets, media)
	if st == nil || doc.Root.Dirty != 0 && !st.incremental(doc) {
		return fullRestyle(doc, sheets, media, st)
	}
	if doc.Root.Dirty == 0 {
		return prev, RestyleStats{}
	}
	r := newResolverWith(st, media)
	w := &restyler{r: r, prev: prev, st: st, out: prev.overlay()}
	w.out.inc = st
	root := doc.DocumentElement()
	if root == nil {
		return fullRestyle(doc, sheets, media, st)
	}
	if rs := prev.Of(root); rs != nil {
		r.rootFontSize = rs.FontSize
	}
	if !w.children(doc.Root, nil, false, false) ||
		len(st.counters) > 0 && (w.countedHit || w.recount) {
		// Or generated content reads counters or quotes, and they may
		// run differently now.
		return fullRestyle(doc, sheets, media, st)
	}
	if w.recount {
		w.recountListItems(doc)
	}
	w.out.compact(doc)
	return w.out, w.stats
}

// incremental reports whether a restyle of doc can be incremental: no
// :has(), no counters or quotes in generated content except in that of
// the elements st knows (all still in doc), the same <base> element.
// Elements inserted since are restyled, and checked then.
func (st *restyleState) incremental(doc *dom.Document) bool {
	if st.deps&dom.DependsOnDescendants != 0 || st.counted {
		return false
	}
	if st.baseEl != nil && !connected(st.baseEl, doc) {
		return false
	}
	for _, n := range st.counters {
		if !connected(n, doc) {
			return false
		}
	}
	return true
}

// connected reports whether n is in doc.
func connected(n *dom.Node, doc *dom.Document) bool {
	for n.Parent != nil {
		n = n.Parent
	}
	return n == doc.Root
}

// fullRestyle computes every style, keeping the rule set of st when there
// is one.
func fullRestyle(doc *dom.Document, sheets []*StyleSheet, media Media, st *restyleState) (*Styles, RestyleStats) {
	var r *resolver
	if st != nil {
		r = newResolver(doc, nil, media)
		r.rs = st.rs
	} else {
		r = newResolver(doc, sheets, media)
		st = newRestyleState(r.rs, sheets, media)
	}
	styles := r.computeDocument(doc) // counters.go
	next := *st
	next.base, next.baseEl = r.base, firstBase(doc)
	next.counters = st.countedElements(doc)
	styles.inc = &next
	return styles, RestyleStats{Restyled: styles.Len(), Full: true}
}

// newResolverWith returns a resolver over the rule set and base URL of st.
func newResolverWith(st *restyleState, media Media) *resolver {
	r := newResolver(emptyDocument, nil, media)
	r.rs, r.base = st.rs, st.base
	return r
}

// emptyDocument stands for the document where newResolver's work on it
// (the base URL) is done already.
var emptyDocument = dom.NewDocument("text/html")

// firstBase returns the element documentBaseURL takes the base URL from:
// the first <base> with an href, or nil.
func firstBase(doc *dom.Document) *dom.Node {
	var base *dom.Node
	doc.Root.Walk(func(n *dom.Node) bool {
		if base == nil && n.IsHTML("base") && n.HasAttr("href") {
			base = n
		}
		return base == nil
	})
	return base
}

// reusableState returns s's restyle state when it was built for sheets
// and media, else nil.
func (s *Styles) reusableState(sheets []*StyleSheet, media Media) *restyleState {
	if s == nil || s.inc == nil {
		return nil
	}
	st := s.inc
	if st.media != keyOf(media) || len(st.sheets) != len(sheets) || st.versions != sheetsVersion(sheets, 0) {
		return nil
	}
	for i := range sheets {
		if st.sheets[i] != sheets[i] {
			return nil
		}
	}
	return st
}

// sheetsVersion sums the versions of sheets and their imports: it changes
// when CSSOM calls (InsertRule, DeleteRule) change a rule list in place.
func sheetsVersion(sheets []*StyleSheet, depth int) uint64 {
	var v uint64
	for _, s := range sheets {
		if s == nil || depth > maxImportDepth {
			continue
		}
		v += s.Version()
		for _, imp := range s.Imports {
			if imp.Sheet != nil {
				v += sheetsVersion([]*StyleSheet{imp.Sheet}, depth+1)
			}
		}
	}
	return v
}

// countedElements returns, in tree order, the elements of doc whose
// generated content may read counters or quotes (for the rules keyed by
// type, as the user agent's q::before): their values run through the
// document in order, so Restyle redoes everything when they may change.
// TODO(spec): re-resolve the generated content of these elements only.
func (st *restyleState) countedElements(doc *dom.Document) []*dom.Node {
	if len(st.countedTags) == 0 {
		return nil
	}
	var out []*dom.Node
	doc.Root.Walk(func(n *dom.Node) bool {
		if n.Type == dom.ElementNode && st.countedTags[strings.ToLower(n.Tag)] {
			out = append(out, n)
		}
		return true
	})
	return out
}

func newRestyleState(rs *ruleSet, sheets []*StyleSheet, media Media) *restyleState {
	st := &restyleState{rs: rs, sheets: append([]*StyleSheet(nil), sheets...), versions: sheetsVersion(sheets, 0), media: keyOf(media)}
	for _, set := range []*ruleSet{rs, rs.before, rs.after, rs.firstLine, rs.firstLetter, rs.marker} {
		set.summarize(st, set != rs)
	}
	return st
}

// summarize adds the invalidation summary of the rules of rs to st.
func (rs *ruleSet) summarize(st *restyleState, pseudo bool) {
	see := func(es []*ruleEntry) {
		for _, e := range es {
			st.deps |= e.sel.Invalidation()
			for _, d := range e.decls {
				if !pseudo || !readsCounters(d) {
					continue
				}
				if id, class, tag := e.sel.RightmostKeys(); id == "" && class == "" && tag != "" && !st.counted {
					if st.countedTags == nil {
						st.countedTags = map[string]bool{}
					}
					st.countedTags[tag] = true
				} else {
					st.counted = true
				}
			}
		}
	}
	// The buckets are maps: the summary is an OR, so their order does
	// not matter.
	for _, es := range rs.byID {
		see(es)
	}
	for _, es := range rs.byClass {
		see(es)
	}
	for _, es := range rs.byTag {
		see(es)
	}
	see(rs.universal)
}

// readsCounters reports whether a declaration of a pseudo-element rule may
// put counters or quotes into its generated content: a value naming them,
// a content inherited from the element (which may hold them unresolved) or
// built by var(). (Element rules matter only through that inheritance.)
func readsCounters(d *Declaration) bool {
	v := strings.ToLower(d.Value)
	if strings.Contains(v, "counter") || strings.Contains(v, "quote") {
		return true
	}
	if d.Property != "content" {
		return false
	}
	switch v {
	case "inherit", "unset", "revert", "revert-layer":
		return true
	}
	return strings.Contains(v, "var(")
}

// overlay returns an empty Styles over s's entries: writes go to the new
// maps, reads fall through to a flat base.
func (s *Styles) overlay() *Styles {
	out := &Styles{m: map[*dom.Node]*ComputedStyle{}, pseudo: map[pseudoKey]*ComputedStyle{}, base: s,
		listItem: s.listItem, counterStyles: s.counterStyles}
	if s.base != nil {
		out.base = s.base
		for k, v := range s.m {
			out.m[k] = v
		}
		for k, v := range s.pseudo {
			out.pseudo[k] = v
		}
	}
	return out
}

// compact folds an overlay that grew past a quarter of its base into a
// new flat map of the elements in doc (dropping removed elements).
func (s *Styles) compact(doc *dom.Document) {
	if s.base == nil || 4*(len(s.m)+len(s.pseudo)) < len(s.base.m) {
		return
	}
	m := make(map[*dom.Node]*ComputedStyle, len(s.base.m))
	var pseudo map[pseudoKey]*ComputedStyle
	doc.Root.Walk(func(n *dom.Node) bool {
		if n.Type != dom.ElementNode {
			return true
		}
		if cs := s.Of(n); cs != nil {
			m[n] = cs
		}
		for _, name := range pseudoNames {
			if ps := s.Pseudo(n, name); ps != nil {
				if pseudo == nil {
					pseudo = map[pseudoKey]*ComputedStyle{}
				}
				pseudo[pseudoKey{n, name}] = ps
			}
		}
		return true
	})
	s.m, s.pseudo, s.base = m, pseudo, nil
}

// restyler is the state of one Restyle walk.
type restyler struct {
	r     *resolver
	prev  *Styles
	st    *restyleState
	out   *Styles
	stats RestyleStats
	// recount says counters may run differently: the list-item values
	// must be counted again. countedHit says an element of one of
	// st.countedTags was restyled.
	recount, countedHit bool
}

// children restyles the element children of n, whose style is ps (nil for
// the document), as far as the dirty bits reach. force restyles every
// subtree; changed says ps is not n's previous style. It returns false when
// the change needs a full restyle.
func (w *restyler) children(n *dom.Node, ps *ComputedStyle, force, changed bool) bool {
	deps := w.st.deps
	// Inserted or removed children move their siblings.
	sibForce := force || n.Dirty&dom.ChildListDirty != 0 && deps&(dom.DependsOnPosition|dom.DependsOnSiblings) != 0
	if n.Dirty&dom.ChildListDirty != 0 {
		w.recount = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != dom.ElementNode {
			continue
		}
		if !w.element(c, ps, sibForce, changed) {
			return false
		}
		if w.attrsChanged(c) && deps&dom.DependsOnSiblings != 0 ||
			c.Dirty&dom.StateDirty != 0 && deps&dom.DependsOnOthersState != 0 {
			sibForce = true
		}
	}
	return true
}

// element restyles el (whose parent's style is ps) when it may have
// changed, then its children as far as needed.
func (w *restyler) element(el *dom.Node, ps *ComputedStyle, force, parentChanged bool) bool {
	r, deps := w.r, w.st.deps
	old := w.prev.Of(el)
	bits := el.Dirty
	self := force || parentChanged || old == nil || bits&(dom.StyleDirty|dom.SubtreeDirty|dom.StateDirty|dom.InlineStyleDirty) != 0 ||
		bits&dom.TreeDirty != 0 && deps&dom.DependsOnChildren != 0
	descend := self || bits&(dom.ChildDirty|dom.TreeDirty) != 0
	if !descend {
		return true
	}
	s, changed := old, false
	if self {
		if el.IsHTML("base") {
			return false
		}
		s, changed = w.restyleOne(el, ps, old)
		if ps == nil && changed && (old == nil || s.FontSize != old.FontSize) {
			return false // rem units change everywhere
		}
		if changed && countersDiffer(old, s) {
			w.recount = true
		}
	}
	// The subtree is forced when el's own inputs changed and selectors
	// (or table attribute hints) look at ancestors, when it was inserted,
	// and when it starts or stops being display:none (styles inside
	// display:none have no ::before or ::after).
	subForce := force || bits&dom.SubtreeDirty != 0 ||
		w.attrsChanged(el) && (deps&dom.DependsOnAncestors != 0 || el.IsHTML("table")) ||
		bits&dom.StateDirty != 0 && deps&dom.DependsOnOthersState != 0 ||
		changed && (old == nil || (s.Display == DisplayNone) != (old.Display == DisplayNone))
	if !subForce && !changed && bits&(dom.ChildDirty|dom.TreeDirty) == 0 {
		return true
	}
	hidden := s.Display == DisplayNone
	if hidden {
		r.hidden++
	}
	mark := len(r.keys)
	r.keys = elementKeys(el, r.keys)
	for _, h := range r.keys[mark:] {
		r.filter.add(h, 1)
	}
	ok := w.children(el, s, subForce, changed)
	for _, h := range r.keys[mark:] {
		r.filter.add(h, -1)
	}
	r.keys = r.keys[:mark]
	if hidden {
		r.hidden--
	}
	return ok
}

// attrsChanged reports whether el's attributes changed as selectors see
// them: a style attribute change counts only with [style] selectors.
func (w *restyler) attrsChanged(el *dom.Node) bool {
	return el.Dirty&dom.StyleDirty != 0 || el.Dirty&dom.InlineStyleDirty != 0 && w.st.deps&dom.ReadsStyleAttribute != 0
}

// restyleOne recomputes el's style and its ::before and ::after styles,
// records those that differ from the previous ones, and returns el's style
// (the previous pointer when equal) and whether it changed.
func (w *restyler) restyleOne(el *dom.Node, ps, old *ComputedStyle) (*ComputedStyle, bool) {
	w.stats.Restyled++
	if w.st.countedTags[strings.ToLower(el.Tag)] {
		w.countedHit = true
	}
	s := w.r.styleOf(el, ps)
	changed := !sameStyle(s, old)
	if !changed {
		s = old
	} else {
		w.out.m[el] = s
	}
	pseudoChanged := false
	// The pseudo-elements as computeTree makes them (counters do not
	// matter: a document where they reach generated content is restyled
	// whole).
	tmp := Styles{}
	if s.Display == DisplayNone {
		w.r.hidden++
		defer func() { w.r.hidden-- }()
	}
	w.r.counters.apply(el, s)
	w.r.lineAndMarkerStyles(el, s, &tmp)
	w.r.pseudoStyle(el, s, &tmp, 0)
	w.r.pseudoStyle(el, s, &tmp, 1)
	for _, name := range pseudoNames {
		got, was := tmp.Pseudo(el, name), w.prev.Pseudo(el, name)
		if !sameStyle(got, was) {
			w.out.pseudo[pseudoKey{el, name}] = got
			pseudoChanged = true
		}
	}
	if changed || pseudoChanged {
		w.stats.Changed = append(w.stats.Changed, el)
	}
	return s, changed
}

// recountListItems counts the list-item values of the whole document again
// from the new styles, as computeTree counts them (its counter changes:
// the element's, its ::before's, its children's, its ::after's), and adds
// the list items whose value changed to the changed elements.
// TODO(spec): count from the first change on only.
func (w *restyler) recountListItems(doc *dom.Document) {
	values := map[*dom.Node]int{}
	var cs counterState
	hidden := 0
	var walk func(n *dom.Node)
	walk = func(n *dom.Node) {
		s := w.out.Of(n)
		if s == nil {
			return
		}
		if s.Display == DisplayNone {
			hidden++
			defer func() { hidden-- }()
		}
		if hidden == 0 {
			cs.apply(n, s)
		}
		mark := len(cs.stack)
		if hidden == 0 && s.Display == DisplayListItem {
			if i := cs.innermost("list-item"); i >= 0 {
				values[n] = cs.stack[i].value
			}
		}
		if ps := w.out.Pseudo(n, "before"); ps != nil {
			cs.apply(n, ps)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == dom.ElementNode {
				walk(c)
			}
		}
		if ps := w.out.Pseudo(n, "after"); ps != nil {
			cs.apply(n, ps)
		}
		cs.stack = cs.stack[:mark]
	}
	for pass := 0; pass < 2; pass++ {
		for c := doc.Root.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == dom.ElementNode {
				walk(c)
			}
		}
		if !cs.nextPass() {
			break // no reversed counter computed its initial value (counters.go)
		}
		values = map[*dom.Node]int{}
	}
	var moved []*dom.Node
	for n, v := range values {
		if old, ok := w.prev.listItem[n]; !ok || old != v {
			moved = append(moved, n)
		}
	}
	if len(moved) == 0 && len(values) == len(w.prev.listItem) {
		return // the same values (removed items aside, none moved)
	}
	w.out.listItem = values
	w.stats.Changed = mergeTreeOrder(w.stats.Changed, moved)
}

// mergeTreeOrder adds the nodes of more to list (in tree order) and
// returns the result in tree order without duplicates.
func mergeTreeOrder(list, more []*dom.Node) []*dom.Node {
	if len(more) == 0 {
		return list
	}
	seen := make(map[*dom.Node]bool, len(list)+len(more))
	var out []*dom.Node
	for _, n := range append(list, more...) {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	slices.SortFunc(out, func(a, b *dom.Node) int { return treeOrder(a, b) })
	return out
}

// treeOrder compares the positions of two connected nodes in tree order.
func treeOrder(a, b *dom.Node) int {
	if a == b {
		return 0
	}
	pa, pb := pathOf(a), pathOf(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			for s := pa[i]; s != nil; s = s.NextSibling {
				if s == pb[i] {
					return -1
				}
			}
			return 1
		}
	}
	return len(pa) - len(pb)
}

// pathOf returns the nodes from the root down to n.
func pathOf(n *dom.Node) []*dom.Node {
	var p []*dom.Node
	for ; n != nil; n = n.Parent {
		p = append(p, n)
	}
	slices.Reverse(p)
	return p
}

// countersDiffer reports whether the counters of the document may run
// differently with style b than with a: other counter changes, or an
// element that starts or stops being a list item or display:none.
func countersDiffer(a, b *ComputedStyle) bool {
	if a == nil || b == nil {
		return b != nil && (b.Display == DisplayListItem || len(b.CounterReset)+len(b.CounterIncrement)+len(b.CounterSet) > 0)
	}
	return (a.Display == DisplayListItem) != (b.Display == DisplayListItem) ||
		(a.Display == DisplayNone) != (b.Display == DisplayNone) ||
		!reflect.DeepEqual(a.CounterReset, b.CounterReset) ||
		!reflect.DeepEqual(a.CounterIncrement, b.CounterIncrement) ||
		!reflect.DeepEqual(a.CounterSet, b.CounterSet)
}

// sameStyle reports whether two computed styles hold the same values.
func sameStyle(a, b *ComputedStyle) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	return reflect.DeepEqual(a, b)
}
