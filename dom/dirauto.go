package dom

import (
	"strings"
	"unicode"
)

// The directionality of elements, with the dir=auto detection from the
// first strong character.
// https://html.spec.whatwg.org/multipage/dom.html#the-directionality

// Directionality returns the directionality of el, "ltr" or "rtl"; a node
// that is not an element gets its parent element's.
//
// https://html.spec.whatwg.org/multipage/dom.html#the-directionality:
//  1. If element's dir attribute is in the ltr state, return 'ltr'.
//  2. If element's dir attribute is in the rtl state, return 'rtl'.
//  3. If element is an input element whose type attribute is in the Text,
//     Search, Telephone, URL, or Email state, and whose dir attribute is in
//     the auto state, return the auto directionality of its value (ltr when
//     it has no strong character).
//  4. If element is a textarea element whose dir attribute is in the auto
//     state, likewise with its value.
//  5. If element's dir attribute is in the auto state, or if element is a
//     bdi element and its dir attribute is not in the ltr or rtl state,
//     return the contained text auto directionality of element, 'ltr' when
//     it is null.
//  6. Otherwise, the parent element's directionality ('ltr' at the root).
//
// TODO(spec): shadow roots and slots; the input's value as set by script
// (the value attribute is read).
func Directionality(el *Node) string {
	for n := el; n != nil; n = n.Parent {
		if n.Type != ElementNode {
			continue
		}
		if d, ok := ownDirectionality(n); ok {
			return d
		}
	}
	return "ltr"
}

// AutoDirectionality returns the directionality of el and true when el's
// dir attribute is in the auto state or el is a bdi element without a
// valid dir (steps 3 to 5 of Directionality); otherwise "" and false. It is
// what the dir=auto presentational hint sets as direction.
func AutoDirectionality(el *Node) (string, bool) {
	if el == nil || el.Type != ElementNode || el.Namespace != HTMLNamespace {
		return "", false
	}
	switch dirState(el) {
	case "ltr", "rtl":
		return "", false
	case "auto":
	default:
		if el.Tag != "bdi" {
			return "", false
		}
	}
	d, _ := ownDirectionality(el)
	return d, true
}

// dirState returns the state of el's dir attribute: "ltr", "rtl", "auto",
// or "" (undefined: absent or an invalid value).
// https://html.spec.whatwg.org/multipage/dom.html#the-dir-attribute
func dirState(el *Node) string {
	v, ok := el.Attr("dir")
	if !ok {
		return ""
	}
	switch v = strings.ToLower(v); v {
	case "ltr", "rtl", "auto":
		return v
	}
	return ""
}

// ownDirectionality runs steps 1 to 5 of the directionality for an
// element; ok is false at step 6 (the parent's directionality applies).
func ownDirectionality(el *Node) (dir string, ok bool) {
	st := dirState(el)
	switch st {
	case "ltr", "rtl":
		return st, true
	}
	html := el.Namespace == HTMLNamespace
	if st == "auto" && html && el.Tag == "input" {
		switch strings.ToLower(el.AttrOr("type", "text")) {
		case "text", "search", "tel", "url", "email":
			return textDirectionality(el.AttrOr("value", ""), "ltr"), true
		}
	}
	if st == "auto" && html && el.Tag == "textarea" {
		return textDirectionality(el.TextContent(), "ltr"), true
	}
	if st == "auto" || html && el.Tag == "bdi" {
		if d := containedTextAutoDirectionality(el); d != "" {
			return d, true
		}
		return "ltr", true
	}
	return "", false
}

// containedTextAutoDirectionality returns the directionality of the first
// strong character of el's text, skipping bdi, script, style and textarea
// elements and elements whose dir attribute is not in the undefined state
// (ltr, rtl or auto), with what they contain; "" when there is no strong
// character.
// https://html.spec.whatwg.org/multipage/dom.html#contained-text-auto-directionality
func containedTextAutoDirectionality(el *Node) string {
	for n := el.FirstChild; n != nil; {
		skip := false
		switch n.Type {
		case TextNode:
			if d := textDirectionality(n.Data, ""); d != "" {
				return d
			}
		case ElementNode:
			skip = n.Namespace == HTMLNamespace && (n.Tag == "bdi" || n.Tag == "script" || n.Tag == "style" || n.Tag == "textarea") ||
				dirState(n) != ""
		}
		// Tree order, not descending into skipped subtrees.
		if !skip && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != el && n.NextSibling == nil {
			n = n.Parent
		}
		if n == el {
			break
		}
		n = n.NextSibling
	}
	return ""
}

// textDirectionality returns "ltr" or "rtl" for the first character of s of
// bidirectional character type L, or AL or R; def when there is none.
// https://html.spec.whatwg.org/multipage/dom.html#text-node-directionality
func textDirectionality(s, def string) string {
	for _, r := range s {
		switch strongDirection(r) {
		case 'L':
			return "ltr"
		case 'R':
			return "rtl"
		}
	}
	return def
}

// strongDirection returns 'L' for a character of bidi class L, 'R' for R or
// AL, and 0 for the rest.
//
// AD-HOC: dom may not import golang.org/x/text (deps_test.go), so the
// classes are approximated from the general categories: a letter, or a
// spacing mark, is strong; it is right-to-left in the right-to-left blocks
// (Hebrew to Arabic Extended-A, the Hebrew and Arabic presentation forms,
// and the supplementary right-to-left ranges); digits, combining marks and
// the Arabic number signs are weak; LRM is L and RLM and ALM are R.
func strongDirection(r rune) byte {
	switch r {
	case 0x200E: // LEFT-TO-RIGHT MARK
		return 'L'
	case 0x200F, 0x061C: // RIGHT-TO-LEFT MARK, ARABIC LETTER MARK
		return 'R'
	}
	if r < 0x80 {
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return 'L'
		}
		return 0
	}
	if rtlBlock(r) {
		if unicode.In(r, unicode.Nd, unicode.Mn, unicode.Me, unicode.Cf) || r >= 0x0600 && r <= 0x0605 ||
			r >= 0x0660 && r <= 0x066C || r == 0x06DD || r == 0x08E2 || unicode.IsSpace(r) {
			return 0
		}
		return 'R'
	}
	if unicode.IsLetter(r) || unicode.Is(unicode.Mc, r) {
		return 'L'
	}
	return 0
}

// rtlBlock reports whether r lies in a block of right-to-left scripts.
func rtlBlock(r rune) bool {
	return r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFDFF || r >= 0xFE70 && r <= 0xFEFE ||
		r >= 0x10800 && r <= 0x10FFF || r >= 0x1E800 && r <= 0x1EFFF
}
