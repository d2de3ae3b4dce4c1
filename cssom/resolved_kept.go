package cssom

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/paneweb/pane/dom"
)

// The resolved values of kept properties (kept.go): Pane parses them but
// does not compute them, so getComputedStyle runs a small cascade of its
// own for them, on demand, and reports the winning declaration's value.
//
// TODO(spec): cascade layers (layered and unlayered rules are ordered by
// specificity and source order alone), @scope and @container rules (their
// declarations are not seen), and the computation of the values (they
// are reported as specified, with times in seconds).

// IsKeptProperty reports whether Pane keeps declarations of prop without
// computing them (KeptValues gives their values).
func IsKeptProperty(prop string) bool {
	return keptKeywords[prop] != nil || keptGrammars[prop] != nil || keptFree[prop]
}

// keptInherited are the kept properties that inherit.
var keptInherited = map[string]bool{
	"cursor": true, "pointer-events": true, "caret-color": true, "accent-color": true,
	"writing-mode": true, "text-orientation": true, "font-optical-sizing": true, "text-wrap": true,
	"text-wrap-mode": true, "text-wrap-style": true, "color-scheme": true, "forced-color-adjust": true,
	"print-color-adjust": true, "-webkit-print-color-adjust": true, "text-decoration-skip-ink": true,
	"text-rendering": true, "-webkit-font-smoothing": true, "-webkit-tap-highlight-color": true,
	"scrollbar-color": true, "font-size-adjust": true, "font-variation-settings": true,
	"white-space-collapse": true, "text-size-adjust": true, "-webkit-text-size-adjust": true,
}

// keptCandidate is one declaration of a kept property that applies to
// an element, with its place in the cascade order.
type keptCandidate struct {
	d     *Declaration
	rank  int // origin and importance: higher wins
	spec  dom.Specificity
	order int
}

// KeptValues returns the values of the kept properties declared for
// element el by sheets (author sheets in order; the user agent sheet
// comes first), its style attribute and, for the inherited ones, its
// ancestors: the cascaded value serialized, keyed by property name.
// media evaluates @media rules.
// https://drafts.csswg.org/css-cascade-5/#cascade-sort
func KeptValues(el *dom.Node, sheets []*StyleSheet, media Media) map[string]string {
	// chain[i] holds the winning declarations of el's i-th ancestor (el
	// itself first), computed as the walk needs them.
	var chain []map[string]*Declaration
	var nodes []*dom.Node
	for a := el; a != nil; a = a.ParentElement() {
		nodes = append(nodes, a)
	}
	idx := keptIndexFor(sheets, media)
	cascadeAt := func(i int) map[string]*Declaration {
		for len(chain) <= i {
			chain = append(chain, keptCascade(nodes[len(chain)], idx, len(chain) > 0))
		}
		return chain[i]
	}
	// valueAt resolves prop at nodes[i]: its own value, the parent's for
	// inherit (and for an inherited property without a declaration), ""
	// for the initial value.
	var valueAt func(i int, prop string) string
	valueAt = func(i int, prop string) string {
		if i >= len(nodes) {
			return ""
		}
		d := cascadeAt(i)[prop]
		if d == nil {
			if keptInherited[prop] {
				return valueAt(i+1, prop)
			}
			return ""
		}
		switch v := keptDeclValue(d); v {
		case "inherit":
			return valueAt(i+1, prop)
		case "unset":
			if keptInherited[prop] {
				return valueAt(i+1, prop)
			}
			return ""
		case "initial", "revert", "revert-layer":
			// AD-HOC: revert and revert-layer give the initial value.
			return ""
		default:
			return v
		}
	}
	out := map[string]string{}
	for i := range nodes {
		for p := range cascadeAt(i) {
			if _, done := out[p]; done || (i > 0 && !keptInherited[p]) {
				continue
			}
			if v := valueAt(0, p); v != "" {
				out[p] = v
			}
		}
	}
	return out
}

// keptEntry is a style rule that declares kept properties: its
// selectors and those declarations (transition and animation expanded).
type keptEntry struct {
	sel       dom.SelectorList
	decls     []*Declaration
	origin    int // 0 user agent, 1 author
	inherited bool
}

// keptIndex lists the rules of a set of sheets that declare kept
// properties, in cascade order, for the media they were evaluated for.
type keptIndex struct{ entries []keptEntry }

var (
	keptIndexMu    sync.Mutex
	keptIndexCache = map[string]*keptIndex{}
)

// keptIndexFor returns the index of sheets for media, from a small cache
// keyed by the sheets, their versions and the media.
func keptIndexFor(sheets []*StyleSheet, media Media) *keptIndex {
	var key strings.Builder
	fmt.Fprintf(&key, "%s %d %d|", media.Type, media.Width, media.Height)
	for _, s := range sheets {
		fmt.Fprintf(&key, "%p:%d:%d,", s, s.Version(), len(s.Imports))
		for _, im := range s.Imports {
			fmt.Fprintf(&key, "%p,", im.Sheet)
		}
	}
	k := key.String()
	keptIndexMu.Lock()
	defer keptIndexMu.Unlock()
	if idx, ok := keptIndexCache[k]; ok {
		return idx
	}
	idx := buildKeptIndex(sheets, media)
	if len(keptIndexCache) >= 16 {
		// AD-HOC: a bounded cache; which entry goes changes only speed.
		for old := range keptIndexCache {
			delete(keptIndexCache, old)
			break
		}
	}
	keptIndexCache[k] = idx
	return idx
}

// buildKeptIndex walks the user agent sheet and sheets in order.
func buildKeptIndex(sheets []*StyleSheet, media Media) *keptIndex {
	idx := &keptIndex{}
	var walk func(rules []Rule, origin int)
	walk = func(rules []Rule, origin int) {
		for _, r := range rules {
			switch r := r.(type) {
			case *StyleRule:
				if e := keptDecls(r.Declarations); len(e.decls) > 0 {
					e.sel, e.origin = r.Selectors, origin
					idx.entries = append(idx.entries, e)
				}
				walk(r.Rules, origin)
			case *MediaRule:
				if r.Query.Match(media) {
					walk(r.Rules, origin)
				}
			case *SupportsRule:
				if r.Supported {
					walk(r.Rules, origin)
				}
			case *LayerRule:
				walk(r.Rules, origin)
			}
		}
	}
	var walkSheet func(s *StyleSheet, origin, depth int)
	walkSheet = func(s *StyleSheet, origin, depth int) {
		if s == nil || depth > 16 || (s.Media != "" && !mediaMatches(s.Media, media)) {
			return
		}
		for _, im := range s.Imports {
			if im.Media == "" || mediaMatches(im.Media, media) {
				walkSheet(im.Sheet, origin, depth+1)
			}
		}
		walk(s.Rules, origin)
	}
	walkSheet(UserAgentSheet(), 0, 0)
	for _, s := range sheets {
		walkSheet(s, 1, 0)
	}
	return idx
}

// keptDecls returns the kept declarations among decls, transition and
// animation expanded into their longhands.
func keptDecls(decls []*Declaration) keptEntry {
	var e keptEntry
	for _, d := range decls {
		list := expandKeptList(d)
		if list == nil && IsKeptProperty(d.Property) {
			list = []*Declaration{d}
		}
		for _, k := range list {
			e.decls = append(e.decls, k)
			e.inherited = e.inherited || keptInherited[k.Property]
		}
	}
	return e
}

// keptCascade returns the winning declaration of each kept property
// declared for el itself (only the inherited ones with inheritedOnly).
func keptCascade(el *dom.Node, idx *keptIndex, inheritedOnly bool) map[string]*Declaration {
	var cands []keptCandidate
	add := func(decls []*Declaration, origin int, spec dom.Specificity) {
		for _, d := range decls {
			if inheritedOnly && !keptInherited[d.Property] {
				continue
			}
			// user agent, author, style attribute; then the important
			// ones: author, style attribute, user agent.
			rank := origin
			if d.Important {
				rank = [3]int{5, 3, 4}[origin]
			}
			cands = append(cands, keptCandidate{d, rank, spec, len(cands)})
		}
	}
	for i := range idx.entries {
		e := &idx.entries[i]
		if inheritedOnly && !e.inherited {
			continue
		}
		if spec, ok := matchSpecificity(e.sel, el); ok {
			add(e.decls, e.origin, spec)
		}
	}
	if st, ok := el.Attr("style"); ok && st != "" {
		add(keptDecls(ParseDeclarationList(st, nil)).decls, 2, dom.Specificity{})
	}
	// Origin and importance, then specificity (the style attribute's
	// declarations rank above every rule's), then order.
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.spec != b.spec {
			return a.spec.Less(b.spec)
		}
		return a.order < b.order
	})
	win := map[string]*Declaration{}
	for _, c := range cands {
		win[c.d.Property] = c.d
	}
	return win
}

// mediaMatches evaluates a media query list; an invalid one is not all.
func mediaMatches(text string, m Media) bool {
	q, ok := ParseMediaQueryList(text)
	return ok && q.Match(m)
}

// matchSpecificity returns the highest specificity of the selectors of
// list that match el (pseudo-element selectors never do).
func matchSpecificity(list dom.SelectorList, el *dom.Node) (dom.Specificity, bool) {
	var best dom.Specificity
	found := false
	for _, s := range list {
		if s.PseudoElement() != "" || !s.Match(el) {
			continue
		}
		if sp := s.Specificity(); !found || best.Less(sp) {
			best = sp
		}
		found = true
	}
	return best, found
}

// keptDeclValue serializes a kept declaration's value: lower-case
// keywords, ", " between list items, times in seconds as Chromium
// computes them.
func keptDeclValue(d *Declaration) string {
	if strings.HasSuffix(d.Property, "color") {
		// A colour computes to rgb(); currentcolor is left to the
		// initial value (the element's colour).
		if comps := components(lexValue(d.Value)); len(comps) == 1 {
			if col, current, ok := parseColor(comps[0]); ok && !current {
				return rgbText(col)
			}
		}
	}
	items := strings.Split(strings.TrimSpace(d.Value), ",")
	for j, item := range items {
		fields := strings.Fields(item)
		for i, f := range fields {
			lf := strings.ToLower(f)
			if ms, ok := strings.CutSuffix(lf, "ms"); ok {
				if n, err := strconv.ParseFloat(ms, 64); err == nil {
					fields[i] = numText(n/1000) + "s"
				}
			} else if sec, ok := strings.CutSuffix(lf, "s"); ok && sec != "" && strings.IndexAny(sec[:1], "0123456789.+-") == 0 {
				if n, err := strconv.ParseFloat(sec, 64); err == nil {
					fields[i] = numText(n) + "s"
				}
			} else if f != "" && (f[0] < '0' || f[0] > '9') && !strings.ContainsAny(f, "(\"'") {
				fields[i] = strings.ToLower(f)
			}
		}
		items[j] = strings.Join(fields, " ")
	}
	return strings.Join(items, ", ")
}
