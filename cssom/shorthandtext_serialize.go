package cssom

// Serializing a shorthand from its longhands' texts, the step of
// https://drafts.csswg.org/cssom/#serialize-a-css-value that "represents
// the longhands in the shortest form the shorthand allows", one function
// per shorthand grammar. Each returns "" when the longhands cannot be
// written as the shorthand.

import "strings"

// serializeBoxSides writes top, right, bottom, left in the shortest form:
// left omitted when it equals right, bottom when it equals top, right
// when it equals top.
func serializeBoxSides(_ string, vals []lhText) string {
	t, r, b, l := vals[0].text, vals[1].text, vals[2].text, vals[3].text
	switch {
	case l != r:
		return t + " " + r + " " + b + " " + l
	case b != t:
		return t + " " + r + " " + b
	case r != t:
		return t + " " + r
	}
	return t
}

// serializePair writes a two-value shorthand, one value when both are
// equal.
func serializePair(_ string, vals []lhText) string {
	if vals[0].text == vals[1].text {
		return vals[0].text
	}
	return vals[0].text + " " + vals[1].text
}

// borderLineInitial are the initial texts of <line-width>, <line-style>
// and <color> in a border line.
var borderLineInitial = [3]string{"medium", "none", "currentcolor"}

// serializeBorderLine writes width, style and color, leaving out initial
// values. AD-HOC: when all are initial, Chromium gives "" for border and
// the physical sides, "none" for the logical sides and "medium" for
// column-rule.
func serializeBorderLine(name string, vals []lhText) string {
	var parts []string
	for i, v := range vals {
		if v.text != borderLineInitial[i] && !v.implicit {
			parts = append(parts, v.text)
		}
	}
	switch {
	case len(parts) > 0:
		return strings.Join(parts, " ")
	case strings.HasPrefix(name, "border-inline") || strings.HasPrefix(name, "border-block"):
		return "none"
	case name == "column-rule":
		return "medium"
	}
	return ""
}

// serializeBorder writes border when the four sides are the same and
// border-image is initial.
func serializeBorder(_ string, vals []lhText) string {
	for part := 0; part < 3; part++ {
		for side := 1; side < 4; side++ {
			if vals[part*4+side] != vals[part*4] {
				return ""
			}
		}
	}
	for i, want := range []string{"none", "100%", "1", "0", "stretch"} {
		if v := vals[12+i]; v.text != want && !v.implicit {
			return ""
		}
	}
	return serializeBorderLine("", []lhText{vals[0], vals[4], vals[8]})
}

// serializeOmitting writes the longhands in order, leaving out those the
// shorthand's value left out (implicitly initial).
func serializeOmitting(_ string, vals []lhText) string {
	var parts []string
	for _, v := range vals {
		if !v.implicit {
			parts = append(parts, v.text)
		}
	}
	return strings.Join(parts, " ")
}

// serializeTextDecoration writes the line, thickness, style and colour
// that are not initial; "none" when none is.
func serializeTextDecoration(_ string, vals []lhText) string {
	var parts []string
	for i, init := range []string{"none", "auto", "solid", "currentcolor"} {
		if !vals[i].implicit && vals[i].text != init {
			parts = append(parts, vals[i].text)
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

// serializeJoined writes every longhand, in order.
func serializeJoined(_ string, vals []lhText) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = v.text
	}
	return strings.Join(parts, " ")
}

// serializeFlexFlow writes flex-flow, leaving out the initial values.
func serializeFlexFlow(_ string, vals []lhText) string {
	var parts []string
	if vals[0].text != "row" {
		parts = append(parts, vals[0].text)
	}
	if vals[1].text != "nowrap" {
		parts = append(parts, vals[1].text)
	}
	if len(parts) == 0 {
		return "row"
	}
	return strings.Join(parts, " ")
}

// serializeGridLines writes grid-area, grid-row or grid-column, leaving
// out from the end each line that its source line implies
// (https://drafts.csswg.org/css-grid-2/#propdef-grid-area).
func serializeGridLines(_ string, vals []lhText) string {
	n := len(vals)
	from := map[int]int{1: 0, 2: 0, 3: 1}
	if n == 2 {
		from = map[int]int{1: 0}
	}
	implied := func(i int) bool {
		src := vals[from[i]].text
		if isPlainIdent(src) && src != "auto" {
			return vals[i].text == src
		}
		return vals[i].text == "auto"
	}
	for n > 1 && implied(n-1) {
		n--
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = vals[i].text
	}
	return strings.Join(parts, " / ")
}

// serializeBorderRadius writes the horizontal radii, then "/" and the
// vertical ones when they differ.
func serializeBorderRadius(_ string, vals []lhText) string {
	var h, v [4]lhText
	for i, x := range vals {
		parts := splitSpaces(x.text)
		if len(parts) == 0 || len(parts) > 2 {
			return ""
		}
		h[i].text, v[i].text = parts[0], parts[len(parts)-1]
	}
	hs, vs := serializeBoxSides("", h[:]), serializeBoxSides("", v[:])
	if hs == vs {
		return hs
	}
	return hs + " / " + vs
}

// splitSpaces splits serialized value text at the spaces outside
// parentheses and strings.
func splitSpaces(s string) []string {
	var out []string
	for _, p := range splitOutside(s, ' ') {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitLayers splits serialized value text at the commas outside
// parentheses and strings.
func splitLayers(s string) []string {
	out := splitOutside(s, ',')
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out
}

// splitOutside splits s at the bytes sep outside parentheses and quoted
// strings.
func splitOutside(s string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == sep && depth == 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
