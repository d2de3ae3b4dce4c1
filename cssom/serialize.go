package cssom

// Serialization (https://www.w3.org/TR/cssom-1/#serializing-css-values,
// simplified): the output parses back to an equal sheet.

import (
	"strconv"
	"strings"
)

// String serializes the sheet: its imports, then its rules.
// Parsing the result with the same href and origin gives an equal sheet.
func (s *StyleSheet) String() string {
	var b strings.Builder
	s.writeImports(&b)
	writeRules(&b, s.Rules, "")
	return b.String()
}

// writeImports serializes the sheet's @import rules.
func (s *StyleSheet) writeImports(b *strings.Builder) {
	for _, imp := range s.Imports {
		b.WriteString("@import url(")
		writeCSSString(b, imp.URL)
		b.WriteByte(')')
		switch {
		case imp.Layered && imp.Layer != "":
			b.WriteString(" layer(" + imp.Layer + ")")
		case imp.Layered:
			b.WriteString(" layer")
		}
		if imp.Media != "" {
			b.WriteByte(' ')
			b.WriteString(imp.Media)
		}
		b.WriteString(";\n")
	}
}

func writeRules(b *strings.Builder, rules []Rule, indent string) {
	writeRulesWith(b, rules, indent, writtenDeclarations)
}

// writtenDeclarations writes declarations as written, each ending in ";".
func writtenDeclarations(decls []*Declaration) string {
	var b strings.Builder
	for _, d := range decls {
		b.WriteByte(' ')
		b.WriteString(d.String())
		b.WriteByte(';')
	}
	return b.String()
}

// writeRulesWith writes rules, the declarations of style rules with
// declText.
func writeRulesWith(b *strings.Builder, rules []Rule, indent string, declText func([]*Declaration) string) {
	for _, r := range rules {
		b.WriteString(indent)
		switch r := r.(type) {
		case *StyleRule:
			if r.written != "" {
				b.WriteString(r.written) // a nested rule, relative to its parent
			} else {
				b.WriteString(r.Selectors.String())
			}
			// CSSOM "serialize a CSS rule": each declaration ends in ";".
			b.WriteString(" {")
			b.WriteString(declText(r.Declarations))
			if len(r.Rules) > 0 {
				b.WriteByte('\n')
				writeRulesWith(b, r.Rules, indent+"  ", declText)
				b.WriteString(indent + "}\n")
				continue
			}
			b.WriteString(" }\n")
		case *MediaRule:
			b.WriteString("@media ")
			b.WriteString(r.Query.Text)
			b.WriteString(" {\n")
			writeRulesWith(b, r.Rules, indent+"  ", declText)
			b.WriteString(indent + "}\n")
		case *SupportsRule:
			b.WriteString("@supports ")
			b.WriteString(r.Condition)
			b.WriteString(" {\n")
			writeRulesWith(b, r.Rules, indent+"  ", declText)
			b.WriteString(indent + "}\n")
		case *LayerRule:
			b.WriteString("@layer ")
			if r.Name != "" {
				b.WriteString(r.Name)
				b.WriteByte(' ')
			}
			b.WriteString("{\n")
			writeRulesWith(b, r.Rules, indent+"  ", declText)
			b.WriteString(indent + "}\n")
		case *NamespaceRule:
			b.WriteString("@namespace ")
			if r.Prefix != "" {
				b.WriteString(r.Prefix + " ")
			}
			b.WriteString("url(")
			writeCSSString(b, r.URI)
			b.WriteString(");\n")
		case *LayerStatementRule:
			b.WriteString("@layer ")
			b.WriteString(strings.Join(r.Names, ", "))
			b.WriteString(";\n")
		case *CounterStyleRule:
			r.write(b)
		case *ScopeRule:
			b.WriteString("@scope")
			if r.StartText != "" {
				b.WriteString(" (" + r.StartText + ")")
			}
			if r.EndText != "" {
				b.WriteString(" to (" + r.EndText + ")")
			}
			b.WriteString(" {\n")
			writeRulesWith(b, r.Rules, indent+"  ", declText)
			b.WriteString(indent + "}\n")
		case *FontFace:
			r.write(b)
		case *KeyframesRule:
			writeKeyframes(b, r, indent)
		case *PageRule:
			writePage(b, r)
		case *FontFeatureValuesRule:
			b.WriteString(r.CSSText() + "\n")
		case *FontPaletteValuesRule:
			b.WriteString(r.CSSText() + "\n")
		}
	}
}

// String serializes the declaration as "property: value" with
// " !important" when important, the value as written (writtenValue):
// parsing it back gives an equal declaration.
func (d *Declaration) String() string {
	s := d.Property + ": " + d.writtenValue()
	if d.Important {
		s += " !important"
	}
	return s
}

// writtenValue returns Value with ", " between comma-separated
// components.
func (d *Declaration) writtenValue() string {
	if strings.HasPrefix(d.Property, "--") || !strings.Contains(d.Value, ",") {
		return d.Value
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(d.Value); i++ {
		c := d.Value[i]
		b.WriteByte(c)
		switch {
		case quote != 0 && c == '\\' && i+1 < len(d.Value):
			i++
			b.WriteByte(d.Value[i])
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && c == ',' && i+1 < len(d.Value) && d.Value[i+1] != ' ':
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// SpecifiedValue returns the value as the CSSOM serializes a specified
// value (https://drafts.csswg.org/cssom/#serialize-a-css-value): a
// shorthand through its longhands (specifiedblock.go), a longhand in its
// canonical form (specified.go), a custom property as written.
func (d *Declaration) SpecifiedValue() string {
	if d.IsCustom() {
		return d.Value
	}
	b := NewDeclarationBlock([]*Declaration{d})
	if v := b.PropertyValue(d.Property); v != "" || b.Len() == 0 {
		return v
	}
	return specifiedText(d.Property, lexValue(d.Value))
}

func (ff *FontFace) write(b *strings.Builder) {
	b.WriteString("@font-face { font-family: ")
	writeCSSString(b, ff.Family)
	b.WriteString("; src: ")
	for i, src := range ff.Sources {
		if i > 0 {
			b.WriteString(", ")
		}
		if src.Local != "" {
			b.WriteString("local(")
			writeCSSString(b, src.Local)
			b.WriteByte(')')
			continue
		}
		b.WriteString("url(")
		writeCSSString(b, src.URL)
		b.WriteByte(')')
		if src.Format != "" {
			b.WriteString(" format(")
			writeCSSString(b, src.Format)
			b.WriteByte(')')
		}
	}
	for _, d := range [][2]string{{"font-weight", ff.Weight}, {"font-style", ff.Style}, {"font-stretch", ff.Stretch}, {"unicode-range", ff.UnicodeRange}} {
		if d[1] != "" {
			b.WriteString("; " + d[0] + ": " + d[1])
		}
	}
	b.WriteString(" }\n")
}

// formatColor serializes a color as #rrggbb, or rgba() when it is not
// opaque (https://www.w3.org/TR/css-color-4/#serializing-sRGB-values).
func formatColor(c Color) string {
	if c.A == 255 {
		const hex = "0123456789abcdef"
		return string([]byte{'#', hex[c.R>>4], hex[c.R&15], hex[c.G>>4], hex[c.G&15], hex[c.B>>4], hex[c.B&15]})
	}
	a := strconv.FormatFloat(float64(c.A)/255, 'f', 3, 64)
	a = strings.TrimRight(strings.TrimRight(a, "0"), ".")
	return "rgba(" + strconv.Itoa(int(c.R)) + ", " + strconv.Itoa(int(c.G)) + ", " + strconv.Itoa(int(c.B)) + ", " + a + ")"
}

// String serializes the color as formatColor does.
func (c Color) String() string { return formatColor(c) }

// writeCSSString serializes a string
// (https://drafts.csswg.org/cssom/#serialize-a-string): double quotes,
// NULL as U+FFFD, control characters as escapes, '"' and '\' escaped.
func writeCSSString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == 0:
			b.WriteRune('\uFFFD')
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\" + strconv.FormatInt(int64(r), 16) + " ")
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}
