package cssom

// The CSS declaration block of the CSSOM
// (https://drafts.csswg.org/cssom/#css-declaration-blocks): what
// element.style and CSSStyleRule.style read and write. A block is a list
// of longhand declarations, shorthands expanded (shorthandtext.go), each
// with its specified value text (specified.go); shorthands come back when
// a value or the block is serialized.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// DeclarationBlock is a CSS declaration block: an ordered list of
// longhand (and custom property) declarations. The zero value is an empty
// block. It is not safe for concurrent use.
type DeclarationBlock struct {
	decls []blockDecl
}

// blockDecl is one declaration of a block.
type blockDecl struct {
	name      string
	text      string
	important bool
	// implicit marks a longhand a shorthand left out: "initial".
	implicit bool
	// pendingFrom and pendingText are the shorthand and the value of a
	// longhand set by a shorthand whose value holds var() (or a system
	// font): a pending-substitution value, serialized as ""
	// (https://drafts.csswg.org/css-variables-1/#variables-in-shorthands).
	pendingFrom, pendingText string
}

// NewDeclarationBlock makes the block of parsed declarations (a style
// attribute's or a style rule's), as parsing a declaration list does
// (https://drafts.csswg.org/cssom/#parse-a-css-declaration-block): a
// later declaration of a longhand replaces an earlier one, unless only
// the earlier is important. AD-HOC: the important declarations follow the
// others, as Chromium orders them.
func NewDeclarationBlock(decls []*Declaration) *DeclarationBlock {
	b := &DeclarationBlock{}
	for _, important := range []bool{false, true} {
		for _, d := range decls {
			if d.Important != important {
				continue
			}
			for _, e := range expandDeclaration(d) {
				b.remove(e.name)
				b.decls = append(b.decls, e)
			}
		}
	}
	return b
}

// ParseDeclarationBlock parses the text of a style attribute (or cssText)
// into a block.
func ParseDeclarationBlock(src string) *DeclarationBlock {
	return NewDeclarationBlock(ParseDeclarationList(src, nil))
}

// blockPropertyName lower-cases a property name (custom properties are
// case-sensitive) and resolves legacy aliases.
func blockPropertyName(name string) string {
	if strings.HasPrefix(name, "--") {
		return name
	}
	name = strings.ToLower(name)
	return propertyAliasOf(name) // aliases.go
}

// expandDeclaration turns a declaration into the block's longhand
// declarations.
func expandDeclaration(d *Declaration) []blockDecl {
	name := blockPropertyName(d.Property)
	if d.IsCustom() {
		return []blockDecl{{name: name, text: closeOpenText(d.Value), important: d.Important}}
	}
	toks := lexValue(d.Value)
	f := shorthandFormOf(name)
	if f == nil {
		return []blockDecl{{name: name, text: specifiedText(name, toks), important: d.Important}}
	}
	out := make([]blockDecl, len(f.longhands))
	comps := components(toks)
	if len(comps) == 1 && comps[0][0].t == css.IdentToken {
		if _, global := globalKeyword(comps[0][0].s); global {
			for i, l := range f.longhands {
				out[i] = blockDecl{name: l, text: strings.ToLower(comps[0][0].s), important: d.Important}
			}
			return out
		}
	}
	var vals []lhText
	ok := !containsVar(toks)
	if ok {
		vals, ok = f.split(name, comps)
		if !ok {
			// TODO(spec): a value Pane accepts that the CSSOM split does
			// not handle stays one declaration of the shorthand.
			return []blockDecl{{name: name, text: specifiedText(name, toks), important: d.Important}}
		}
	}
	if vals == nil {
		pending := specifiedText(name, toks)
		for i, l := range f.longhands {
			out[i] = blockDecl{name: l, important: d.Important, pendingFrom: name, pendingText: pending}
		}
		return out
	}
	for i, l := range f.longhands {
		out[i] = blockDecl{name: l, text: vals[i].text, implicit: vals[i].implicit, important: d.Important}
	}
	return out
}

// closeOpenText closes the strings and blocks a custom property's value
// leaves open at its end, as serializing its tokens does
// (https://drafts.csswg.org/css-syntax-3/#serialization), so that the
// declaration ends where it should when parsed back.
func closeOpenText(s string) string {
	var stack []byte
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			i++
		case quote != 0:
			if c == quote || c == '\n' {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(' || c == '[' || c == '{':
			stack = append(stack, map[byte]byte{'(': ')', '[': ']', '{': '}'}[c])
		case (c == ')' || c == ']' || c == '}') && len(stack) > 0 && stack[len(stack)-1] == c:
			stack = stack[:len(stack)-1]
		}
	}
	if strings.HasSuffix(s, "\\") && !strings.HasSuffix(s, "\\\\") {
		s = s[:len(s)-1] + "\uFFFD"
	}
	if quote != 0 {
		s += string(quote)
	}
	for i := len(stack) - 1; i >= 0; i-- {
		s += string(stack[i])
	}
	return s
}

// find returns the index of the declaration of name, or -1.
func (b *DeclarationBlock) find(name string) int {
	for i := range b.decls {
		if b.decls[i].name == name {
			return i
		}
	}
	return -1
}

// remove removes the declaration of name and reports whether there was one.
func (b *DeclarationBlock) remove(name string) bool {
	if i := b.find(name); i >= 0 {
		b.decls = append(b.decls[:i:i], b.decls[i+1:]...)
		return true
	}
	return false
}

// Len returns the number of declarations (longhands) in the block.
func (b *DeclarationBlock) Len() int { return len(b.decls) }

// Item returns the property name of the i-th declaration, or "".
func (b *DeclarationBlock) Item(i int) string {
	if i < 0 || i >= len(b.decls) {
		return ""
	}
	return b.decls[i].name
}

// PropertyValue implements getPropertyValue
// (https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-getpropertyvalue).
func (b *DeclarationBlock) PropertyValue(name string) string {
	name = blockPropertyName(name)
	if i := b.find(name); i >= 0 {
		return b.decls[i].text
	}
	f := shorthandFormOf(name)
	if f == nil {
		return ""
	}
	// 1. If property is a shorthand property: let list be the
	// declarations of its longhands; if one is missing, return "".
	list := make([]*blockDecl, len(f.longhands))
	for i, l := range f.longhands {
		j := b.find(l)
		if j < 0 {
			return ""
		}
		list[i] = &b.decls[j]
	}
	return shorthandValue(name, f, list)
}

// shorthandValue serializes shorthand name from its longhands'
// declarations: "" when their importance differs, when some but not all
// are one CSS-wide keyword, or when some are pending.
func shorthandValue(name string, f *shorthandForm, list []*blockDecl) string {
	first := list[0]
	global, globals := "", 0
	for _, d := range list {
		if d.important != first.important {
			return ""
		}
		if d.pendingFrom != "" || first.pendingFrom != "" {
			// Pending longhands serialize as their shorthand's value
			// when all are pending on it.
			if d.pendingFrom != name || d.pendingText != first.pendingText {
				return ""
			}
			continue
		}
		if strings.Contains(d.text, "var(") {
			// A longhand with var() cannot be split out of a shorthand.
			return ""
		}
		if _, ok := globalKeyword(d.text); ok && !d.implicit {
			if global != "" && global != d.text {
				return ""
			}
			global = d.text
			globals++
		}
	}
	implicit := 0
	for _, d := range list {
		if d.implicit {
			implicit++
		}
	}
	switch {
	case first.pendingFrom != "":
		return first.pendingText
	case globals == len(list):
		return global
	case implicit == len(list):
		return "initial"
	case globals > 0:
		return ""
	}
	vals := make([]lhText, len(list))
	for i, d := range list {
		vals[i] = lhText{d.text, d.implicit}
	}
	return f.serialize(name, vals)
}

// PropertyPriority implements getPropertyPriority: "important" when the
// property (all of a shorthand's longhands) is important.
func (b *DeclarationBlock) PropertyPriority(name string) string {
	name = blockPropertyName(name)
	if i := b.find(name); i >= 0 {
		if b.decls[i].important {
			return "important"
		}
		return ""
	}
	f := shorthandFormOf(name)
	if f == nil {
		return ""
	}
	for _, l := range f.longhands {
		if i := b.find(l); i < 0 || !b.decls[i].important {
			return ""
		}
	}
	return "important"
}

// SetProperty implements setProperty
// (https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-setproperty):
// an empty value removes the property; an invalid value or priority is
// ignored; a shorthand sets each of its longhands, in place when the
// block has it, else at the end. It reports whether the value was valid.
func (b *DeclarationBlock) SetProperty(name, value, priority string) bool {
	name = blockPropertyName(name)
	if strings.TrimSpace(value) == "" {
		b.RemoveProperty(name)
		return true
	}
	important := strings.EqualFold(priority, "important")
	if priority != "" && !important {
		return false
	}
	d := parseOneDeclaration(name, value, important)
	if d == nil {
		return false
	}
	for _, e := range expandDeclaration(d) {
		i := b.find(e.name)
		switch {
		case i >= 0 && b.decls[i].pendingFrom != "" && e.pendingFrom == "":
			// AD-HOC: a longhand replacing one of a pending shorthand
			// moves to the end, so that cssText can write the shorthand
			// first and the longhand after it (Chromium writes
			// "margin-right: ;" for the longhands left pending, which
			// parses back to nothing).
			b.remove(e.name)
			b.decls = append(b.decls, e)
		case i >= 0:
			b.decls[i] = e
		default:
			b.decls = append(b.decls, e)
		}
	}
	return true
}

// parseOneDeclaration parses value as the value of property name, nil
// when it is invalid (https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-setproperty
// step 5: "parse a CSS value"; a ";", "{" or "!important" makes it invalid).
func parseOneDeclaration(name, value string, important bool) *Declaration {
	for _, t := range lexValue(value) {
		if t.t == css.SemicolonToken || t.t == css.LeftBraceToken || t.t == css.RightBraceToken {
			return nil
		}
	}
	if _, imp := stripImportant(lexValue(value)); imp {
		return nil
	}
	src := name + ":" + value
	if important {
		src += " !important"
	}
	decls := ParseDeclarationList(src, nil)
	if len(decls) != 1 || blockPropertyName(decls[0].Property) != name {
		return nil
	}
	return decls[0]
}

// RemoveProperty implements removeProperty: it removes the property (a
// shorthand's longhands) and returns its value. AD-HOC: "" for a
// shorthand, as Chromium returns.
func (b *DeclarationBlock) RemoveProperty(name string) string {
	name = blockPropertyName(name)
	if i := b.find(name); i >= 0 {
		v := b.decls[i].text
		b.remove(name)
		return v
	}
	if f := shorthandFormOf(name); f != nil {
		for _, l := range f.longhands {
			b.remove(l)
		}
	}
	return ""
}
