package cssom

import (
	"strings"

	"github.com/paneweb/pane/dom"
)

// Styles maps each element of a document to its computed style: the output
// of the cascade.
type Styles struct {
	m      map[*dom.Node]*ComputedStyle
	pseudo map[pseudoKey]*ComputedStyle
	// listItem holds the value of the list-item counter of each list item.
	listItem map[*dom.Node]int
	// counterStyles are the document's counter styles.
	counterStyles *CounterStyles
	// base, when set, holds the entries m and pseudo do not: Restyle's
	// result shares its unchanged entries with the previous one
	// (incremental.go). A nil value in m or pseudo hides base's entry.
	base *Styles
	// inc is what Restyle reuses from one call to the next.
	inc *restyleState
}

// CounterStyles returns the counter styles of the document the styles
// were computed for: the predefined ones and its @counter-style rules.
// It is never nil.
func (s *Styles) CounterStyles() *CounterStyles {
	if s == nil || s.counterStyles == nil {
		return predefinedCounterStyles()
	}
	return s.counterStyles
}

type pseudoKey struct {
	n    *dom.Node
	name string
}

// NewStyles returns an empty map.
func NewStyles() *Styles { return &Styles{m: make(map[*dom.Node]*ComputedStyle)} }

// Of returns the computed style of element n, or nil when n has none (it is
// not an element, or is inside a display:none subtree and was not computed).
func (s *Styles) Of(n *dom.Node) *ComputedStyle {
	if cs, ok := s.m[n]; ok || s.base == nil {
		return cs
	}
	return s.base.m[n]
}

// Set records cs as n's computed style.
func (s *Styles) Set(n *dom.Node, cs *ComputedStyle) { s.m[n] = cs }

// Len returns the number of elements with a style.
func (s *Styles) Len() int {
	if s.base == nil {
		return len(s.m)
	}
	n := len(s.base.m)
	for k := range s.m {
		if _, ok := s.base.m[k]; !ok {
			n++
		}
	}
	return n
}

// Pseudo returns the style of element n's pseudo-element name: "before"
// or "after" (nil when n has no such box: no rule gives it a content other
// than normal or none), "first-line", "first-letter" or "marker" (nil when
// no rule matches it: the pseudo-element then looks like its element). A
// pseudo-element inherits from n, except ::first-letter, which inherits
// from n's ::first-line when it has one. Whether the pseudo-element exists
// (n is a block container, a list item) is for layout to say. The Content
// of a ::marker style with content: none is empty but not nil.
func (s *Styles) Pseudo(n *dom.Node, name string) *ComputedStyle {
	if cs, ok := s.pseudo[pseudoKey{n, name}]; ok || s.base == nil {
		return cs
	}
	return s.base.pseudo[pseudoKey{n, name}]
}

// SetPseudo records cs as the style of n's pseudo-element name.
func (s *Styles) SetPseudo(n *dom.Node, name string, cs *ComputedStyle) {
	if s.pseudo == nil {
		s.pseudo = make(map[pseudoKey]*ComputedStyle)
	}
	s.pseudo[pseudoKey{n, name}] = cs
}

// ListItemValue returns the value of list item n's list-item counter
// (https://www.w3.org/TR/css-lists-3/#list-item-counter), its marker's
// ordinal, and whether n is a list item that generates a box.
func (s *Styles) ListItemValue(n *dom.Node) (int, bool) {
	v, ok := s.listItem[n]
	return v, ok
}

// lineAndMarkerStyles computes the ::first-line, ::first-letter and
// ::marker styles of el, whose style is s, and records the value of its
// list-item counter when it is a list item
// (https://www.w3.org/TR/css-pseudo-4/#first-line-inheritance,
// https://www.w3.org/TR/css-lists-3/#marker-pseudo). The counters of
// ::marker content are resolved here, after el's own counter changes.
func (r *resolver) lineAndMarkerStyles(el *dom.Node, s *ComputedStyle, styles *Styles) {
	if styles.counterStyles == nil {
		styles.counterStyles = r.rs.counterStyleSet()
	}
	r.counters.styles = styles.counterStyles
	if r.hidden > 0 {
		return
	}
	r.placeholderStyle(el, s, styles)
	var fl *ComputedStyle
	if !r.rs.firstLine.empty() {
		if fl = r.resolve(r.rs.firstLine, el, s, nil, nil, 3); fl != nil {
			styles.SetPseudo(el, "first-line", fl)
		}
	}
	if !r.rs.firstLetter.empty() {
		// "the ::first-letter pseudo-element inherits from the
		// ::first-line pseudo-element" when both apply.
		parent := s
		if fl != nil {
			parent = fl
		}
		if ps := r.resolve(r.rs.firstLetter, el, parent, nil, nil, 4); ps != nil {
			styles.SetPseudo(el, "first-letter", ps)
		}
	}
	if s.Display != DisplayListItem {
		return
	}
	if i := r.counters.innermost("list-item"); i >= 0 {
		if styles.listItem == nil {
			styles.listItem = make(map[*dom.Node]int)
		}
		styles.listItem[el] = r.counters.stack[i].value
	}
	if r.rs.marker.empty() {
		return
	}
	if ps := r.resolve(r.rs.marker, el, s, nil, nil, 5); ps != nil {
		if ps.Content == nil && r.matchedContentNone() {
			// ::marker { content: none }: no marker box. An empty,
			// non-nil Content tells it from normal.
			c := *ps
			c.Content = []ContentItem{}
			ps = &c
		}
		styles.SetPseudo(el, "marker", r.counters.resolveContent(ps))
	}
}

// matchedContentNone reports whether the content declaration that wins
// among the rules just matched (r.matched, in cascade order) is none.
// AD-HOC: !important is not weighed; computed values do not tell none
// from normal.
func (r *resolver) matchedContentNone() bool {
	for i := len(r.matched) - 1; i >= 0; i-- {
		decls := r.matched[i].decls
		for j := len(decls) - 1; j >= 0; j-- {
			if strings.EqualFold(decls[j].Property, "content") {
				return strings.EqualFold(strings.TrimSpace(decls[j].Value), "none")
			}
		}
	}
	return false
}

// placeholderStyle computes the ::placeholder style of an <input> or
// <textarea> with a placeholder attribute
// (https://drafts.csswg.org/css-pseudo-4/#placeholder-pseudo): its text
// is styled by it while the control shows the placeholder.
func (r *resolver) placeholderStyle(el *dom.Node, s *ComputedStyle, styles *Styles) {
	if r.rs.placeholder.empty() || !(el.IsHTML("input") || el.IsHTML("textarea")) || !el.HasAttr("placeholder") {
		return
	}
	if ps := r.resolve(r.rs.placeholder, el, s, nil, nil, 6); ps != nil {
		styles.SetPseudo(el, "placeholder", ps)
	}
}
