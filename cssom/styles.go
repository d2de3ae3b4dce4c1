package cssom

import "github.com/paneweb/pane/dom"

// Styles maps each element of a document to its computed style: the output
// of the cascade.
type Styles struct {
	m      map[*dom.Node]*ComputedStyle
	pseudo map[pseudoKey]*ComputedStyle
}

type pseudoKey struct {
	n    *dom.Node
	name string
}

// NewStyles returns an empty map.
func NewStyles() *Styles { return &Styles{m: make(map[*dom.Node]*ComputedStyle)} }

// Of returns the computed style of element n, or nil when n has none (it is
// not an element, or is inside a display:none subtree and was not computed).
func (s *Styles) Of(n *dom.Node) *ComputedStyle { return s.m[n] }

// Set records cs as n's computed style.
func (s *Styles) Set(n *dom.Node, cs *ComputedStyle) { s.m[n] = cs }

// Len returns the number of elements with a style.
func (s *Styles) Len() int { return len(s.m) }

// Pseudo returns the style of element n's pseudo-element name ("before" or
// "after"), or nil when n has no such box (no rule gives it a content other
// than normal or none). A pseudo-element inherits from n.
func (s *Styles) Pseudo(n *dom.Node, name string) *ComputedStyle {
	return s.pseudo[pseudoKey{n, name}]
}

// SetPseudo records cs as the style of n's pseudo-element name.
func (s *Styles) SetPseudo(n *dom.Node, name string, cs *ComputedStyle) {
	if s.pseudo == nil {
		s.pseudo = make(map[pseudoKey]*ComputedStyle)
	}
	s.pseudo[pseudoKey{n, name}] = cs
}
