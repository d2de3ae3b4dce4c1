package dom

// Matching of pseudo-classes (https://www.w3.org/TR/selectors-4/).

import "strings"

// anchor is the element a :has() argument is relative to: the leftmost
// compound of a relative selector must stand in relation lead to it.
type anchor struct {
	el   *Node
	lead Combinator
}

func (a *anchor) relates(d *Node) bool {
	switch a.lead {
	case Child:
		return d.Parent == a.el
	case Descendant:
		return d != a.el && a.el.Contains(d)
	case NextSibling:
		return d.PreviousElementSibling() == a.el
	}
	for s := d.PreviousElementSibling(); s != nil; s = s.PreviousElementSibling() {
		if s == a.el {
			return true
		}
	}
	return false
}

// matchHas implements :has() (https://www.w3.org/TR/selectors-4/#relational):
// some element related to el as a relative selector says matches it. The
// parser forbids nesting :has(), so this costs at most one subtree walk
// per argument.
func (sm *simple) matchHas(el *Node, mc *MatchCache) bool {
	for i, rel := range sm.list {
		a := &anchor{el: el, lead: sm.leads[i]}
		found := false
		visit := func(d *Node) bool {
			if !found && d.Type == ElementNode && d != el && rel.matchFrom(len(rel.compounds)-1, d, a, mc) == matched {
				found = true
			}
			return !found
		}
		if a.lead == Descendant || a.lead == Child {
			el.Walk(visit)
		} else {
			for sib := el.NextElementSibling(); sib != nil && !found; sib = sib.NextElementSibling() {
				sib.Walk(visit)
			}
		}
		if found {
			return true
		}
	}
	return false
}

// matchPseudo matches the pseudo-classes of
// https://www.w3.org/TR/selectors-4/#overview.
func (sm *simple) matchPseudo(el *Node, mc *MatchCache) bool {
	switch sm.name {
	case "not":
		return !sm.list.MatchCached(el, mc)
	case "is", "where":
		return sm.list.MatchCached(el, mc)
	case "has":
		return sm.matchHas(el, mc)
	case "root":
		return el.Parent != nil && el.Parent.Type == DocumentNode
	case "empty":
		for c := el.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == ElementNode || c.Type == TextNode && c.Data != "" {
				return false
			}
		}
		return true
	case "first-child":
		return el.PreviousElementSibling() == nil
	case "last-child":
		return el.NextElementSibling() == nil
	case "only-child":
		return el.PreviousElementSibling() == nil && el.NextElementSibling() == nil
	case "first-of-type":
		return sm.nthIndex(el, false, true, mc) == 1
	case "last-of-type":
		return sm.nthIndex(el, true, true, mc) == 1
	case "only-of-type":
		return sm.nthIndex(el, false, true, mc) == 1 && sm.nthIndex(el, true, true, mc) == 1
	case "nth-child":
		return sm.nthMatch(el, false, false, mc)
	case "nth-last-child":
		return sm.nthMatch(el, true, false, mc)
	case "nth-of-type":
		return sm.nthMatch(el, false, true, mc)
	case "nth-last-of-type":
		return sm.nthMatch(el, true, true, mc)
	case "link", "any-link":
		return isLink(el)
	case "checked":
		return isChecked(el)
	case "disabled":
		return isFormControl(el) && el.HasAttr("disabled")
	case "enabled":
		return isFormControl(el) && !el.HasAttr("disabled")
	case "required":
		return isInputLike(el) && el.HasAttr("required")
	case "optional":
		return isInputLike(el) && !el.HasAttr("required")
	case "placeholder-shown":
		return isInputLike(el) && el.HasAttr("placeholder") && el.AttrOr("value", "") == ""
	case "defined":
		return !strings.Contains(el.Tag, "-")
	case "lang":
		return matchLang(el, sm.args)
	case "dir":
		return elementDir(el) == sm.value
	case "scope":
		// https://drafts.csswg.org/selectors-4/#the-scope-pseudo: the
		// scoping root (the element of Element.querySelector, the root of
		// an @scope rule); without one, :scope is :root.
		if mc != nil && mc.scope != nil {
			return el == mc.scope
		}
		return el.Parent != nil && el.Parent.Type == DocumentNode
	case "hover":
		return stateWithin(el, StateHover)
	case "active":
		return stateWithin(el, StateActive)
	case "focus":
		return el.HasState(StateFocus)
	case "focus-within":
		return stateWithin(el, StateFocus)
	case "focus-visible":
		return el.HasState(StateFocusVisible)
	case "target":
		return el.HasState(StateTarget)
	}
	// :visited never matches (privacy).
	return false
}

// matchLang implements :lang() with implicit wildcard matching of
// https://www.w3.org/TR/selectors-4/#the-lang-pseudo: the element's
// language (its nearest lang or xml:lang attribute) equals a range or
// starts with it followed by "-".
// TODO(spec): languages from <meta http-equiv=content-language> and HTTP.
func matchLang(el *Node, ranges []string) bool {
	lang, found := "", false
	for n := el; n != nil && n.Type == ElementNode && !found; n = n.Parent {
		for _, a := range n.Attrs {
			if a.Name == "lang" && (a.Namespace == "" || a.Namespace == "http://www.w3.org/XML/1998/namespace") ||
				a.Name == "xml:lang" {
				lang, found = a.Value, true
			}
		}
	}
	if !found {
		return false
	}
	for _, r := range ranges {
		if r == "*" && lang != "" || strings.EqualFold(lang, r) ||
			len(lang) > len(r) && strings.EqualFold(lang[:len(r)], r) && lang[len(r)] == '-' {
			return true
		}
	}
	return false
}

// elementDir returns the directionality of el, "ltr" or "rtl", for :dir()
// (dirauto.go).
func elementDir(el *Node) string { return Directionality(el) }

// isLink reports whether el matches :link and :any-link: "all a elements
// that have an href attribute, and all area elements that have an href
// attribute" (https://html.spec.whatwg.org/multipage/semantics-other.html#selector-link;
// <link> elements no longer match).
func isLink(el *Node) bool {
	if el.Namespace != HTMLNamespace {
		return false
	}
	switch el.Tag {
	case "a", "area":
		return el.HasAttr("href")
	}
	return false
}
func isChecked(el *Node) bool {
	if el.Namespace != HTMLNamespace {
		return false
	}
	switch el.Tag {
	case "input":
		t := strings.ToLower(el.AttrOr("type", ""))
		return (t == "checkbox" || t == "radio") && el.HasAttr("checked")
	case "option":
		return el.HasAttr("selected")
	}
	return false
}
func isFormControl(el *Node) bool {
	if el.Namespace != HTMLNamespace {
		return false
	}
	switch el.Tag {
	case "button", "input", "select", "textarea", "optgroup", "option", "fieldset":
		return true
	}
	return false
}
func isInputLike(el *Node) bool {
	return el.Namespace == HTMLNamespace && (el.Tag == "input" || el.Tag == "select" || el.Tag == "textarea")
}

// nthIndex returns el's 1-based index among its siblings (counting from the
// end when fromEnd), counting only siblings of the same type when ofType, and
// only siblings matching sm.list when it is set.
func (sm *simple) nthIndex(el *Node, fromEnd, ofType bool, mc *MatchCache) int {
	if mc != nil && sm.list == nil {
		return mc.position(el, fromEnd, ofType)
	}
	n := 1
	step := (*Node).PreviousElementSibling
	if fromEnd {
		step = (*Node).NextElementSibling
	}
	for s := step(el); s != nil; s = step(s) {
		if ofType && (s.Tag != el.Tag || s.Namespace != el.Namespace) {
			continue
		}
		if sm.list != nil && !sm.list.MatchCached(s, mc) {
			continue
		}
		n++
	}
	return n
}

// nthMatch reports whether el's index is An+B for some n >= 0
// (https://www.w3.org/TR/css-syntax-3/#anb-microsyntax).
func (sm *simple) nthMatch(el *Node, fromEnd, ofType bool, mc *MatchCache) bool {
	if sm.list != nil && !sm.list.MatchCached(el, mc) {
		return false
	}
	idx := sm.nthIndex(el, fromEnd, ofType, mc)
	if sm.a == 0 {
		return idx == sm.b
	}
	d := idx - sm.b
	return d%sm.a == 0 && d/sm.a >= 0
}
