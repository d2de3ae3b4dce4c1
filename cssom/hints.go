package cssom

// Presentational hints: the HTML attributes that map to CSS properties, as
// author-level declarations of zero specificity placed before every author
// rule (https://html.spec.whatwg.org/multipage/rendering.html#presentational-hints).

import (
	"strconv"
	"strings"

	"github.com/paneweb/pane/dom"
)

// presentationalHints returns the declarations the attributes of el imply,
// as CSS text ("" for none). TODO(spec): link/vlink/alink, background on tables, hspace/vspace, the rest of the
// dimension attributes.
func presentationalHints(el *dom.Node) string {
	if el.Namespace != dom.HTMLNamespace || len(el.Attrs) == 0 && el.Tag != "td" && el.Tag != "th" {
		return ""
	}
	var b strings.Builder
	tag := el.Tag
	switch tag {
	case "img", "video", "canvas", "iframe", "embed", "object", "table", "td", "th", "col", "colgroup", "hr", "input", "tr":
		dimensionHint(&b, el, "width", "width")
		if tag != "col" && tag != "colgroup" && tag != "hr" {
			dimensionHint(&b, el, "height", "height")
		}
	}
	switch tag {
	case "body", "table", "tr", "td", "th", "thead", "tbody", "tfoot":
		colorHint(&b, el, "bgcolor", "background-color")
		if v, ok := el.Attr("background"); ok && strings.TrimSpace(v) != "" {
			b.WriteString("background-image:url(")
			writeCSSString(&b, strings.TrimSpace(v))
			b.WriteString(");")
		}
	}
	switch tag {
	case "body":
		colorHint(&b, el, "text", "color")
	case "font":
		fontHints(&b, el)
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "caption", "thead", "tbody", "tfoot", "legend":
		if v, ok := el.Attr("align"); ok {
			alignHint(&b, strings.ToLower(strings.TrimSpace(v)), tag == "caption" || tag == "legend")
		}
	case "img", "table", "iframe", "embed", "object", "input":
		if v, ok := el.Attr("align"); ok {
			switch v = strings.ToLower(strings.TrimSpace(v)); {
			case v == "left" || v == "right":
				b.WriteString("float:" + v + ";")
			case v == "center" && tag == "table":
				b.WriteString("margin-left:auto;margin-right:auto;")
			}
		}
	}
	switch tag {
	case "td", "th", "tr", "thead", "tbody", "tfoot", "col", "colgroup":
		if v, ok := el.Attr("valign"); ok {
			switch v = strings.ToLower(strings.TrimSpace(v)); v {
			case "top", "middle", "bottom", "baseline":
				b.WriteString("vertical-align:" + v + ";")
			}
		}
		if (tag == "td" || tag == "th") && el.HasAttr("nowrap") {
			b.WriteString("white-space:nowrap;")
		}
	}
	tableSpacingHints(&b, el)
	borderHints(&b, el)
	listCounterHints(&b, el)
	return b.String()
}

// listCounterHints maps <ol start> and <li value> to the list-item counter
// (https://html.spec.whatwg.org/multipage/rendering.html#lists).
// TODO(spec): <ol reversed>, which counts down from the number of items.
func listCounterHints(b *strings.Builder, el *dom.Node) {
	attr, prop, delta := "", "", 0
	switch el.Tag {
	case "ol":
		attr, prop, delta = "start", "counter-reset", -1
	case "li":
		attr, prop = "value", "counter-set"
	default:
		return
	}
	v, ok := el.Attr(attr)
	if !ok {
		return
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil {
		return
	}
	b.WriteString(prop + ":list-item " + strconv.Itoa(n+delta) + ";")
}

// tableSpacingHints maps <table cellspacing> to the table's border-spacing
// and <table cellpadding> to the padding of its cells.
// https://html.spec.whatwg.org/multipage/rendering.html#tables-2
func tableSpacingHints(b *strings.Builder, el *dom.Node) {
	switch el.Tag {
	case "table":
		if v, ok := el.Attr("cellspacing"); ok {
			if n, _, ok := parseDimensionValue(v); ok {
				b.WriteString("border-spacing:" + strconv.FormatFloat(n, 'f', -1, 64) + "px;")
			}
		}
	case "td", "th":
		t := enclosingTable(el)
		if t == nil {
			return
		}
		if v, ok := t.Attr("cellpadding"); ok {
			if n, _, ok := parseDimensionValue(v); ok {
				b.WriteString("padding:" + strconv.FormatFloat(n, 'f', -1, 64) + "px;")
			}
		}
	}
}

// dimensionHint maps a dimension attribute
// (https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-dimension-values).
func dimensionHint(b *strings.Builder, el *dom.Node, attr, prop string) {
	v, ok := el.Attr(attr)
	if !ok {
		return
	}
	n, pct, ok := parseDimensionValue(v)
	if !ok {
		return
	}
	b.WriteString(prop)
	b.WriteByte(':')
	b.WriteString(strconv.FormatFloat(n, 'f', -1, 64))
	if pct {
		b.WriteString("%;")
	} else {
		b.WriteString("px;")
	}
}

// parseDimensionValue implements the rules for parsing dimension values:
// leading white space, digits, an optional fraction, then "%" or anything.
func parseDimensionValue(s string) (float64, bool, bool) {
	s = strings.TrimLeft(s, " \t\n\f\r")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, false, false
	}
	j := i
	if j < len(s) && s[j] == '.' {
		j++
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s[:j], "."), 64)
	if err != nil {
		return 0, false, false
	}
	return v, j < len(s) && s[j] == '%', true
}

func colorHint(b *strings.Builder, el *dom.Node, attr, prop string) {
	v, ok := el.Attr(attr)
	if !ok {
		return
	}
	c, ok := parseLegacyColor(v)
	if !ok {
		return
	}
	b.WriteString(prop)
	b.WriteByte(':')
	b.WriteString(formatColor(c))
	b.WriteByte(';')
}

// parseLegacyColor implements
// https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-a-legacy-colour-value.
func parseLegacyColor(s string) (Color, bool) {
	s = strings.Trim(s, " \t\n\f\r")
	if s == "" || strings.EqualFold(s, "transparent") {
		return Color{}, false
	}
	if c, ok := namedColors[strings.ToLower(s)]; ok {
		return c, true
	}
	if len(s) == 4 && s[0] == '#' {
		if c, ok := parseHex(s[1:]); ok {
			return c, true
		}
	}
	var buf []byte
	for _, r := range s {
		if r > 0xFFFF {
			buf = append(buf, '0', '0')
		} else if r < 0x80 {
			buf = append(buf, byte(r))
		} else {
			buf = append(buf, '0')
		}
	}
	if len(buf) > 128 {
		buf = buf[:128]
	}
	if len(buf) > 0 && buf[0] == '#' {
		buf = buf[1:]
	}
	for i, c := range buf {
		if !isHex(c) {
			buf[i] = '0'
		}
	}
	for len(buf) == 0 || len(buf)%3 != 0 {
		buf = append(buf, '0')
	}
	n := len(buf) / 3
	parts := [3][]byte{buf[:n], buf[n : 2*n], buf[2*n:]}
	if n > 8 {
		for i := range parts {
			parts[i] = parts[i][n-8:]
		}
		n = 8
	}
	for n > 2 && parts[0][0] == '0' && parts[1][0] == '0' && parts[2][0] == '0' {
		for i := range parts {
			parts[i] = parts[i][1:]
		}
		n--
	}
	var out [3]uint8
	for i, p := range parts {
		if len(p) > 2 {
			p = p[:2]
		}
		v, _ := strconv.ParseUint(string(p), 16, 8)
		out[i] = uint8(v)
	}
	return Color{out[0], out[1], out[2], 255}, true
}

// fontHints maps <font color size face>.
func fontHints(b *strings.Builder, el *dom.Node) {
	colorHint(b, el, "color", "color")
	if v, ok := el.Attr("face"); ok && strings.TrimSpace(v) != "" {
		b.WriteString("font-family:")
		for i, f := range strings.Split(v, ",") {
			if i > 0 {
				b.WriteByte(',')
			}
			writeCSSString(b, strings.TrimSpace(f))
		}
		b.WriteByte(';')
	}
	if v, ok := el.Attr("size"); ok {
		// https://html.spec.whatwg.org/multipage/rendering.html#phrasing-content-3
		v = strings.TrimSpace(v)
		rel := 0
		if strings.HasPrefix(v, "+") || strings.HasPrefix(v, "-") {
			rel = 1
			if v[0] == '-' {
				rel = -1
			}
			v = v[1:]
		}
		digits := 0
		for digits < len(v) && v[digits] >= '0' && v[digits] <= '9' {
			digits++
		}
		n, err := strconv.Atoi(v[:digits])
		if err != nil {
			return
		}
		if rel != 0 {
			n = 3 + rel*n
		}
		n = max(1, min(7, n))
		names := [...]string{"x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large"}
		b.WriteString("font-size:" + names[n-1] + ";")
	}
}

func alignHint(b *strings.Builder, v string, caption bool) {
	switch v {
	case "left", "right", "center", "justify":
		if v == "justify" && caption {
			return
		}
		b.WriteString("text-align:" + v + ";")
	case "middle", "absmiddle":
		b.WriteString("text-align:center;")
	}
}

// borderHints maps the border attribute of tables and images, and gives
// the cells of a table with a border their 1px inset borders.
func borderHints(b *strings.Builder, el *dom.Node) {
	switch el.Tag {
	case "table", "img", "object":
		v, ok := el.Attr("border")
		if !ok {
			return
		}
		n, _, ok := parseDimensionValue(v)
		if !ok {
			n = 1
			if el.Tag != "table" {
				return
			}
		}
		style := "solid"
		if el.Tag == "table" {
			style = "outset"
		}
		b.WriteString("border:" + strconv.FormatFloat(n, 'f', -1, 64) + "px " + style + ";")
	case "td", "th":
		t := enclosingTable(el)
		if t == nil {
			return
		}
		if v, ok := t.Attr("border"); ok {
			if n, _, ok := parseDimensionValue(v); !ok || n > 0 {
				b.WriteString("border:1px inset;")
			}
		}
	}
}

// writeCSSString writes s as a double-quoted CSS string.
func writeCSSString(b *strings.Builder, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			b.WriteString("\\" + strconv.FormatInt(int64(r), 16) + " ")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

// enclosingTable returns the nearest <table> ancestor of a cell, or nil.
func enclosingTable(el *dom.Node) *dom.Node {
	for t := el.Parent; t != nil && t.Type == dom.ElementNode; t = t.Parent {
		if t.IsHTML("table") {
			return t
		}
	}
	return nil
}
