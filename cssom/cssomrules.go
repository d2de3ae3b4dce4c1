package cssom

// The Go side of the CSSOM's rule lists
// (https://drafts.csswg.org/cssom/#the-cssstylesheet-interface): cssRules
// in source order, insertRule and deleteRule with their errors, and the
// cssText of a rule. The JS bindings are in package browser.

import (
	"errors"
	"fmt"
	"strings"

	"github.com/paneweb/pane/dom"
)

// The exceptions the CSSOM's rule-list algorithms throw; the errors
// returned wrap one of them.
var (
	// ErrIndexSize is the IndexSizeError DOMException.
	ErrIndexSize = errors.New("IndexSizeError")
	// ErrSyntax is the SyntaxError DOMException.
	ErrSyntax = errors.New("SyntaxError")
	// ErrHierarchyRequest is the HierarchyRequestError DOMException.
	ErrHierarchyRequest = errors.New("HierarchyRequestError")
	// ErrInvalidState is the InvalidStateError DOMException.
	ErrInvalidState = errors.New("InvalidStateError")
)

// CSSRules returns the sheet's rules as its cssRules list shows them: the
// @import rules (*Import), then the other rules in source order.
func (s *StyleSheet) CSSRules() []Rule {
	out := make([]Rule, 0, len(s.Imports)+len(s.Rules))
	for _, imp := range s.Imports {
		out = append(out, imp)
	}
	return append(out, s.Rules...)
}

// InsertRule parses rule and inserts it at index of the sheet's cssRules,
// as "insert a CSS rule" says
// (https://drafts.csswg.org/cssom/#insert-a-css-rule); it returns index.
// An @import may only go among the imports, an @namespace after them
// into a list of nothing else, every other rule after both; the rule's
// selectors use the namespaces the sheet declares.
func (s *StyleSheet) InsertRule(rule string, index int) (int, error) {
	n := len(s.Imports) + len(s.Rules)
	if index < 0 || index > n {
		return 0, fmt.Errorf("insertRule: index %d of %d rules: %w", index, n, ErrIndexSize)
	}
	parsed, err := parseOneRule(rule, s.Href, s.Origin, s.namespaces())
	if err != nil {
		return 0, err
	}
	switch r := parsed.(type) {
	case *Import:
		if index > len(s.Imports) {
			return 0, fmt.Errorf("insertRule: @import after other rules: %w", ErrHierarchyRequest)
		}
		s.Imports = append(s.Imports[:index], append([]*Import{r}, s.Imports[index:]...)...)
	default:
		if index < len(s.Imports) {
			return 0, fmt.Errorf("insertRule: a rule before @import: %w", ErrHierarchyRequest)
		}
		i := index - len(s.Imports)
		if err := s.checkNamespaceInsert(parsed, i); err != nil {
			return 0, err
		}
		s.Rules = append(s.Rules[:i], append([]Rule{parsed}, s.Rules[i:]...)...)
		if ff, ok := parsed.(*FontFace); ok {
			s.FontFaces = append(s.FontFaces, ff)
		}
	}
	s.version++
	return index, nil
}

// DeleteRule removes the rule at index of the sheet's cssRules
// (https://drafts.csswg.org/cssom/#remove-a-css-rule).
func (s *StyleSheet) DeleteRule(index int) error {
	n := len(s.Imports) + len(s.Rules)
	if index < 0 || index >= n {
		return fmt.Errorf("deleteRule: index %d of %d rules: %w", index, n, ErrIndexSize)
	}
	if index < len(s.Imports) {
		s.Imports = append(s.Imports[:index], s.Imports[index+1:]...)
	} else {
		i := index - len(s.Imports)
		if _, ok := s.Rules[i].(*NamespaceRule); ok && !s.onlyNamespaces() {
			// https://drafts.csswg.org/cssom/#remove-a-css-rule step 4.
			return fmt.Errorf("deleteRule: @namespace with other rules: %w", ErrInvalidState)
		}
		if ff, ok := s.Rules[i].(*FontFace); ok {
			for j, f := range s.FontFaces {
				if f == ff {
					s.FontFaces = append(s.FontFaces[:j], s.FontFaces[j+1:]...)
					break
				}
			}
		}
		s.Rules = append(s.Rules[:i], s.Rules[i+1:]...)
	}
	s.version++
	return nil
}

// Version counts the changes made through InsertRule and DeleteRule, so
// that a cache of the cascade can tell a changed sheet.
func (s *StyleSheet) Version() uint64 { return s.version }

// parseOneRule parses text that must hold exactly one rule ("parse a
// rule", https://drafts.csswg.org/css-syntax-3/#parse-rule).
func parseOneRule(text, href string, origin Origin, ns *dom.Namespaces) (Rule, error) {
	one := parseStyleSheetNS(text, href, origin, ns)
	var all []Rule
	for _, imp := range one.Imports {
		all = append(all, imp)
	}
	all = append(all, one.Rules...)
	if len(all) != 1 {
		return nil, fmt.Errorf("insertRule: %q is not one valid rule: %w", text, ErrSyntax)
	}
	return all[0], nil
}

// RuleText returns a rule's cssText: its serialization, without the
// trailing newline.
func RuleText(r Rule) string {
	var b strings.Builder
	if imp, ok := r.(*Import); ok {
		(&StyleSheet{Imports: []*Import{imp}}).writeImports(&b)
	} else {
		writeRules(&b, []Rule{r}, "")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// checkNamespaceInsert applies the constraints of "insert a CSS rule" on
// @namespace (https://drafts.csswg.org/cssom/#insert-a-css-rule): step 5,
// "If new rule is an @namespace at-rule, and list contains anything other
// than @import at-rules, and @namespace at-rules, throw an
// InvalidStateError exception"; and, from CSS, no other rule may precede
// an @namespace (step 4, a HierarchyRequestError). i indexes s.Rules.
func (s *StyleSheet) checkNamespaceInsert(r Rule, i int) error {
	if _, ok := r.(*NamespaceRule); ok {
		if !s.onlyNamespaces() {
			return fmt.Errorf("insertRule: @namespace with other rules: %w", ErrInvalidState)
		}
		return nil
	}
	for _, later := range s.Rules[i:] {
		if _, ok := later.(*NamespaceRule); ok {
			return fmt.Errorf("insertRule: a rule before @namespace: %w", ErrHierarchyRequest)
		}
	}
	return nil
}

// onlyNamespaces reports whether the sheet's rules past its imports are
// all @namespace rules.
func (s *StyleSheet) onlyNamespaces() bool {
	for _, r := range s.Rules {
		if _, ok := r.(*NamespaceRule); !ok {
			return false
		}
	}
	return true
}

// namespaces returns the namespaces the sheet's @namespace rules declare
// (nil for none), for the selectors of inserted rules.
func (s *StyleSheet) namespaces() *dom.Namespaces {
	var ns *dom.Namespaces
	for _, r := range s.Rules {
		nr, ok := r.(*NamespaceRule)
		if !ok {
			continue
		}
		if ns == nil {
			ns = &dom.Namespaces{Prefixes: map[string]string{}}
		}
		if nr.Prefix == "" {
			ns.Default = nr.URI
		} else {
			ns.Prefixes[nr.Prefix] = nr.URI
		}
	}
	return ns
}
