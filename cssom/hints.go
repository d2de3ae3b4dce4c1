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
// as CSS text ("" for none).
// TODO(spec): vlink and alink (no link is ever visited or active here),
// table frame, rules and bordercolor, and the centring of child blocks by
// <center> and align=center (text-align: -webkit-center in browsers).
func presentationalHints(el *dom.Node) string {
	if el.Namespace != dom.HTMLNamespace || len(el.Attrs) == 0 && el.Tag != "td" && el.Tag != "th" && el.Tag != "bdi" {
		return ""
	}
	var b strings.Builder
	// dir=auto and bdi: the direction of the first strong character
	// (https://html.spec.whatwg.org/multipage/rendering.html#bidi-rendering).
	if d, ok := dom.AutoDirectionality(el); ok {
		b.WriteString("direction:" + d + ";")
	}
	tag := el.Tag
	dimensionHints(&b, el)
	replacedHints(&b, el)
	switch tag {
	case "body", "table", "tr", "td", "th", "thead", "tbody", "tfoot", "marquee":
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
		bodyMarginHints(&b, el)
	case "a", "area":
		linkColorHint(&b, el)
	case "hr":
		hrHints(&b, el)
	case "br":
		clearHint(&b, el)
	case "pre":
		if el.HasAttr("wrap") {
			// "pre[wrap] { white-space: pre-wrap; }"
			b.WriteString("white-space:pre-wrap;")
		}
	case "ol", "ul", "li":
		listTypeHint(&b, el)
	case "font":
		fontHints(&b, el)
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "caption", "thead", "tbody", "tfoot":
		// The legend's align places it on the fieldset's border
		// (layout/forms.go), it does not align its text.
		if v, ok := el.Attr("align"); ok {
			alignHint(&b, strings.ToLower(strings.TrimSpace(v)), tag == "caption")
		}
	case "img", "table", "iframe", "embed", "object", "input":
		floatAlignHint(&b, el)
	}
	cellHints(&b, el)
	tableSpacingHints(&b, el)
	borderHints(&b, el)
	listCounterHints(&b, el)
	return b.String()
}

// floatAlignHint maps align=left/right on tables and embedded content to
// float, and align=center on tables to auto margins.
func floatAlignHint(b *strings.Builder, el *dom.Node) {
	if el.Tag == "input" && !isImageButton(el) {
		return
	}
	if v, ok := el.Attr("align"); ok {
		switch v = strings.ToLower(strings.TrimSpace(v)); {
		case v == "left" || v == "right":
			b.WriteString("float:" + v + ";")
		case v == "center" && el.Tag == "table":
			b.WriteString("margin-left:auto;margin-right:auto;")
		}
	}
}

// dimensionHints maps the width and height attributes of embedded
// content, tables and their parts, and hr.
// https://html.spec.whatwg.org/multipage/rendering.html#dimRendering
func dimensionHints(b *strings.Builder, el *dom.Node) {
	switch tag := el.Tag; tag {
	case "img", "video", "canvas", "iframe", "embed", "object", "table", "td", "th", "col", "colgroup", "hr", "input", "tr", "marquee":
		if tag == "input" && !isImageButton(el) {
			return
		}
		// https://html.spec.whatwg.org/multipage/rendering.html#tables-2:
		// table width and cell widths and heights ignore zero.
		nonZero := tag == "td" || tag == "th"
		dimensionHint(b, el, "width", "width", nonZero || tag == "table")
		if tag != "col" && tag != "colgroup" && tag != "hr" {
			dimensionHint(b, el, "height", "height", nonZero)
		}
	}
}

// cellHints maps valign on table parts and nowrap on cells.
// https://html.spec.whatwg.org/multipage/rendering.html#tables-2
func cellHints(b *strings.Builder, el *dom.Node) {
	switch tag := el.Tag; tag {
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
}

// listCounterHints maps <ol start>, <ol reversed> and <li value> to the
// list-item counter
// (https://html.spec.whatwg.org/multipage/rendering.html#lists): an ol
// resets it to start - 1, a reversed ol to reversed(list-item) start + 1
// or, without start, to a reversed counter that computes its initial
// value (counters.go); an li sets it to its value.
func listCounterHints(b *strings.Builder, el *dom.Node) {
	attr, prop, counter, delta := "", "", "list-item ", 0
	switch el.Tag {
	case "ol":
		attr, prop, delta = "start", "counter-reset", -1
		if el.HasAttr("reversed") {
			counter, delta = "reversed(list-item) ", 1
		}
	case "li":
		attr, prop = "value", "counter-set"
	default:
		return
	}
	v, ok := el.Attr(attr)
	n, err := strconv.Atoi(strings.TrimSpace(v))
	switch {
	case ok && err == nil:
		b.WriteString(prop + ":" + counter + strconv.Itoa(n+delta) + ";")
	case el.Tag == "ol" && el.HasAttr("reversed"):
		b.WriteString("counter-reset:reversed(list-item);")
	}
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
// (https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-dimension-values);
// nonZero ignores a zero value ("maps to the dimension property (ignoring
// zero)").
func dimensionHint(b *strings.Builder, el *dom.Node, attr, prop string, nonZero bool) {
	v, ok := el.Attr(attr)
	if !ok {
		return
	}
	n, pct, ok := parseDimensionValue(v)
	if !ok || nonZero && n == 0 {
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

// alignHint maps the align attribute of blocks, cells and captions to
// text-align (https://html.spec.whatwg.org/multipage/rendering.html#flow-content-3),
// and a caption's top and bottom to caption-side
// (https://html.spec.whatwg.org/multipage/rendering.html#tables-2).
func alignHint(b *strings.Builder, v string, caption bool) {
	switch v {
	case "top", "bottom":
		if caption {
			b.WriteString("caption-side:" + v + ";")
		}
	case "justify":
		if !caption {
			b.WriteString("text-align:justify;")
		}
	case "left", "right", "center", "middle", "absmiddle":
		// "... and to align descendants to the left/right/center": the
		// legacy -webkit- values, which also place block-level
		// descendants (layout's legacyAlign), as browsers do.
		if v == "middle" || v == "absmiddle" {
			v = "center"
		}
		if caption {
			b.WriteString("text-align:" + v + ";")
			return
		}
		b.WriteString("text-align:-webkit-" + v + ";")
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
		// The attribute maps to the border widths; the style is the
		// user agent's (table[border] outset, img[border] solid) and the
		// colour stays the user agent's gray for tables.
		b.WriteString("border-width:" + strconv.FormatFloat(n, 'f', -1, 64) + "px;border-style:" + style + ";")
	case "td", "th":
		t := enclosingTable(el)
		if t == nil {
			return
		}
		if v, ok := t.Attr("border"); ok {
			if n, _, ok := parseDimensionValue(v); !ok || n > 0 {
				b.WriteString("border-width:1px;border-style:inset;")
			}
		}
	}
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

// isImageButton reports whether el is an <input> in the Image Button state.
func isImageButton(el *dom.Node) bool {
	return el.Tag == "input" && strings.EqualFold(strings.TrimSpace(el.AttrOr("type", "")), "image")
}

// replacedHints maps the attributes of embedded content: hspace and vspace
// to margins, align to vertical-align, and iframe frameborder.
// https://html.spec.whatwg.org/multipage/rendering.html#attributes-for-embedded-content-and-images
func replacedHints(b *strings.Builder, el *dom.Node) {
	switch el.Tag {
	case "embed", "iframe", "img", "object", "video", "marquee":
	case "input":
		if !isImageButton(el) {
			return
		}
	default:
		return
	}
	// "The hspace attribute ... maps to the dimension properties
	// 'margin-left' and 'margin-right'", vspace to the top and bottom.
	dimensionHint(b, el, "hspace", "margin-left", false)
	dimensionHint(b, el, "hspace", "margin-right", false)
	dimensionHint(b, el, "vspace", "margin-top", false)
	dimensionHint(b, el, "vspace", "margin-bottom", false)
	if el.Tag == "iframe" {
		// "iframe[frameborder='0'], iframe[frameborder=no i] { border: none; }"
		if v, ok := el.Attr("frameborder"); ok && (v == "0" || strings.EqualFold(v, "no")) {
			b.WriteString("border:none;")
		}
	}
	v, ok := el.Attr("align")
	if !ok || el.Tag == "video" || el.Tag == "marquee" {
		return
	}
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "top":
		b.WriteString("vertical-align:top;")
	case "baseline":
		b.WriteString("vertical-align:baseline;")
	case "texttop":
		b.WriteString("vertical-align:text-top;")
	case "absmiddle", "abscenter":
		b.WriteString("vertical-align:middle;")
	case "bottom":
		b.WriteString("vertical-align:bottom;")
	case "middle", "center":
		// "aligns the vertical middle of the element with the parent
		// element's baseline". AD-HOC: as middle (the parent's x-height
		// middle), a few px off.
		b.WriteString("vertical-align:middle;")
	}
}

// bodyMarginHints maps the body's legacy margin attributes.
// https://html.spec.whatwg.org/multipage/rendering.html#the-page
func bodyMarginHints(b *strings.Builder, el *dom.Node) {
	sides := [4][3]string{
		{"margin-top", "marginheight", "topmargin"},
		{"margin-right", "marginwidth", "rightmargin"},
		{"margin-bottom", "marginheight", "bottommargin"},
		{"margin-left", "marginwidth", "leftmargin"},
	}
	for _, s := range sides {
		// The specific attribute wins over marginheight/marginwidth.
		for _, attr := range []string{s[2], s[1]} {
			if v, ok := el.Attr(attr); ok {
				if n, _, ok := parseDimensionValue(v); ok {
					b.WriteString(s[0] + ":" + strconv.FormatFloat(n, 'f', -1, 64) + "px;")
					break
				}
			}
		}
	}
}

// linkColorHint gives a link the colour of the body's link attribute:
// "When a body element has a link attribute, its value is expected to be
// parsed using the rules for parsing a legacy colour value, and if that
// does not return failure, the resulting colour is expected to be used as
// the 'color' property of any element in the Document matching the :link
// pseudo-class."
// https://html.spec.whatwg.org/multipage/rendering.html#phrasing-content-3
func linkColorHint(b *strings.Builder, el *dom.Node) {
	if !el.HasAttr("href") {
		return
	}
	doc := el.OwnerDocument()
	if doc == nil {
		return
	}
	body := doc.Body()
	if body == nil || !body.IsHTML("body") {
		return
	}
	if v, ok := body.Attr("link"); ok {
		if c, ok := parseLegacyColor(v); ok {
			b.WriteString("color:" + formatColor(c) + ";")
		}
	}
}

// hrHints maps the attributes of <hr>.
// https://html.spec.whatwg.org/multipage/rendering.html#the-hr-element-2
func hrHints(b *strings.Builder, el *dom.Node) {
	switch v, _ := el.Attr("align"); strings.ToLower(strings.TrimSpace(v)) {
	case "left":
		b.WriteString("margin-left:0;margin-right:auto;")
	case "right":
		b.WriteString("margin-left:auto;margin-right:0;")
	case "center":
		b.WriteString("margin-left:auto;margin-right:auto;")
	}
	_, hasColor := el.Attr("color")
	solid := hasColor || el.HasAttr("noshade")
	if solid {
		// "hr[color], hr[noshade] { border-style: solid; }"
		b.WriteString("border-style:solid;")
	}
	if hasColor {
		colorHint(b, el, "color", "color")
	}
	v, ok := el.Attr("size")
	if !ok {
		return
	}
	n, ok := dom.ParseNonNegativeInteger(v)
	switch {
	case !ok:
	case solid:
		// "the parsed value divided by two as a pixel length for ...
		// 'border-*-width'"
		b.WriteString("border-width:" + strconv.FormatFloat(float64(n)/2, 'f', -1, 64) + "px;")
	case n == 1:
		b.WriteString("border-bottom-width:0;")
	case n > 1:
		b.WriteString("height:" + strconv.Itoa(n-2) + "px;")
	}
}

// clearHint maps <br clear>: "br[clear=left i] { clear: left; }
// br[clear=right i] { clear: right; } br[clear=all i], br[clear=both i] {
// clear: both; }".
func clearHint(b *strings.Builder, el *dom.Node) {
	switch v, _ := el.Attr("clear"); strings.ToLower(strings.TrimSpace(v)) {
	case "left", "right", "both":
		b.WriteString("clear:" + strings.ToLower(strings.TrimSpace(v)) + ";")
	case "all":
		b.WriteString("clear:both;")
	}
}

// listTypeHint maps the type attribute of lists and list items
// (https://html.spec.whatwg.org/multipage/rendering.html#lists): the
// ordered types compare case-sensitively ("a" and "A" differ), the
// unordered ones case-insensitively.
func listTypeHint(b *strings.Builder, el *dom.Node) {
	v, ok := el.Attr("type")
	if !ok {
		return
	}
	ordered := map[string]string{"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman"}
	unordered := map[string]string{"none": "none", "disc": "disc", "circle": "circle", "square": "square"}
	t := ordered[v]
	if el.Tag != "ol" {
		if u := unordered[strings.ToLower(v)]; u != "" {
			t = u
		} else if el.Tag == "ul" {
			t = ""
		}
	}
	if t != "" {
		b.WriteString("list-style-type:" + t + ";")
	}
}
