package layout

// Form controls: the boxes of <input>, <button>, <select>, <textarea>,
// <fieldset>, <progress> and <meter>.
//
// https://html.spec.whatwg.org/multipage/rendering.html#form-controls
// "Form controls are ... expected to be rendered using the native look of
// the platform": the standard leaves their rendering (HTML §15.5) and
// their intrinsic sizes to the user agent. Pane draws them as Chromium's
// default look on Linux does, built from ordinary boxes whose styles are
// synthesized here (Chromium builds most of them from shadow trees the
// same way), so that layout and paint need nothing special: a check mark
// is a rotated L of two borders, a range a rounded track with a round
// thumb, a select's arrow a rotated chevron. The sizes quoted in comments
// were measured in Chromium 131 with chromium-render at 13.333px Arial
// (Liberation Sans), the controls' default font.
//
// AD-HOC: the 'appearance' property is not computed, so the native look
// (CSS UI 4 'appearance: auto') is used while the author keeps the user
// agent's border and a plain background colour. Chromium drops it for
// text fields, buttons and selects as soon as an author rule sets a border
// or a background, and so does Pane, painting the control's CSS boxes as
// they are; for check boxes and radio buttons Chromium needs appearance:
// none, which authors always pair with a border or background.

import (
	"math"
	"strings"
	"time"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// The colours of Chromium's default control theme (light scheme).
var (
	accentColor      = cssom.Color{R: 0x00, G: 0x75, B: 0xff, A: 0xff}
	controlBorder    = cssom.Color{R: 0x76, G: 0x76, B: 0x76, A: 0xff}
	disabledBorder   = cssom.Color{R: 0x76, G: 0x76, B: 0x76, A: 0x4d}
	disabledFill     = cssom.Color{R: 0xd1, G: 0xd1, B: 0xd1, A: 0xff}
	disabledMark     = cssom.Color{R: 0xed, G: 0xed, B: 0xed, A: 0xff}
	trackFace        = cssom.Color{R: 0xef, G: 0xef, B: 0xef, A: 0xff}
	trackBorder      = cssom.Color{R: 0xb2, G: 0xb2, B: 0xb2, A: 0xff}
	swatchBorder     = cssom.Color{R: 0x77, G: 0x77, B: 0x77, A: 0xff}
	placeholderColor = cssom.Color{R: 0x75, G: 0x75, B: 0x75, A: 0xff}
	optionSelected   = cssom.Color{R: 0xce, G: 0xce, B: 0xce, A: 0xff}
	white            = cssom.Color{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	meterGood        = cssom.Color{R: 0x10, G: 0x7c, B: 0x10, A: 0xff}
	meterSuboptimal  = cssom.Color{R: 0xff, G: 0xb9, B: 0x00, A: 0xff}
	meterBad         = cssom.Color{R: 0xd8, G: 0x3b, B: 0x01, A: 0xff}
)

// isFormControl reports whether el's boxes come from formControl: the
// controls, <button> unless it is a table, and <fieldset> when its display
// is one of the block container types.
func isFormControl(el *dom.Node, st *cssom.ComputedStyle) bool {
	if el.Namespace != dom.HTMLNamespace {
		return false
	}
	switch el.Tag {
	case "input", "select", "textarea", "progress", "meter":
		return true
	case "button":
		return !isTablePart(st.Display) && st.Display != cssom.DisplayTable && st.Display != cssom.DisplayInlineTable
	case "fieldset":
		switch st.Display {
		case cssom.DisplayBlock, cssom.DisplayInlineBlock, cssom.DisplayInline, cssom.DisplayFlowRoot, cssom.DisplayListItem:
			return true
		}
	}
	return false
}

// formControl generates the box of a form control (see isFormControl).
// Controls are atomic: an inline-level control is an inline-block
// (https://html.spec.whatwg.org/multipage/rendering.html#form-controls:
// "expected to be ... inline-block").
func (b *builder) formControl(c *container, el *dom.Node, st *cssom.ComputedStyle) {
	inline := st.Display.IsInlineLevel() && st.Float == cssom.FloatNone &&
		st.Position != cssom.PositionAbsolute && st.Position != cssom.PositionFixed
	x := &Box{Kind: InlineBlockBox, Node: el, Style: st}
	if !inline {
		x.Kind = BlockBox
	}
	switch el.Tag {
	case "input":
		b.input(x, el)
	case "select":
		b.selectBox(x, el)
	case "textarea":
		b.textarea(x, el)
	case "button":
		x.Style = nativeButton(st)
		switch st.Display {
		case cssom.DisplayFlex, cssom.DisplayInlineFlex, cssom.DisplayGrid, cssom.DisplayInlineGrid:
			// A flex or grid button lays out its content as such (no
			// centring of its own).
		default:
			x.widget = buttonWidget
		}
		b.blockContainer(x, el)
	case "fieldset":
		b.fieldset(x, el)
	case "progress", "meter":
		b.gauge(x, el)
	}
	b.add(c, x, inline)
}

// inputType returns the state of an <input>'s type attribute: its keyword
// in ASCII lower case, "text" for a missing or unknown value
// (https://html.spec.whatwg.org/multipage/input.html#attr-input-type).
func inputType(el *dom.Node) string {
	t := strings.ToLower(strings.TrimSpace(el.AttrOr("type", "")))
	switch t {
	case "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
		"datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image", "reset", "button":
		return t
	}
	return "text"
}

// input fills x, the box of an <input>, according to its type.
func (b *builder) input(x *Box, el *dom.Node) {
	st := x.Style
	switch t := inputType(el); t {
	case "checkbox", "radio":
		b.checkable(x, el, t == "radio")
	case "image":
		x.Kind, x.Image = ReplacedBox, b.imageOf(el)
	case "submit", "reset", "button":
		// https://html.spec.whatwg.org/multipage/input.html#the-value-attribute:
		// the value is the label, else the user agent's default label.
		label, ok := el.Attr("value")
		if !ok {
			label = map[string]string{"submit": "Submit", "reset": "Reset"}[t]
		}
		x.widget, x.Style = buttonWidget, nativeButton(st)
		setLabel(x, label, x.Style)
	case "range":
		b.rangeBox(x, el)
	case "color":
		x.widget, x.Style = colorWidget, nativeSwatch(st)
		swatch := part(x.Style)
		swatch.BackgroundColor = colorValue(el.AttrOr("value", ""))
		setBorder(swatch, 1, cssom.BorderSolid, swatchBorder)
		swatch.Margin = edgesPx(3, 1, 3, 1)
		swatch.Height = cssom.LengthOf(cssom.Int(15))
		x.Children = []*Box{{Kind: BlockBox, Style: swatch, Anonymous: true}}
	case "file":
		b.fileBox(x, el)
	default:
		b.textField(x, el, t)
	}
}

// setLabel makes text the single line of inline content of x. An empty
// label still makes a line (a zero-width space), as a button's does. The
// text is anonymous: it is no DOM text node, and geometry queries of the
// control see only the control's box.
func setLabel(x *Box, text string, st *cssom.ComputedStyle) {
	s, _ := collapseWhiteSpace(text, st.WhiteSpace, true)
	if s == "" {
		s = "\u200b"
	}
	x.ChildrenInline = true
	x.Children = []*Box{{Kind: TextBox, Style: st, Text: transformText(s, st.TextTransform)}}
}

// textField fills the box of a text-like <input> (text, search, tel, url,
// email, password, number, and the date and time types shown as text):
// an anonymous inner block, one line high, that clips its text, as the
// inner editor of Chromium's text fields does. The text is the value, the
// placeholder (greyed) when the value is empty, or for the date and time
// types the value in the field's format.
func (b *builder) textField(x *Box, el *dom.Node, t string) {
	x.widget, x.Style = textWidget, nativeField(x.Style, cssom.BorderInset, 2)
	// https://html.spec.whatwg.org/multipage/input.html#value-sanitization-algorithm:
	// the text-like types strip newlines from the value.
	value := strings.NewReplacer("\r", "", "\n", "").Replace(el.AttrOr("value", ""))
	inner := part(x.Style)
	inner.WhiteSpace = cssom.WhiteSpacePre
	inner.OverflowX, inner.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
	textStyle := inner
	switch t {
	case "password":
		value = strings.Repeat("•", len([]rune(value)))
	case "date", "month", "week", "time", "datetime-local":
		x.widget, value = dateWidget, dateText(t, value)
	}
	if value == "" {
		if p := strings.NewReplacer("\r", "", "\n", "").Replace(el.AttrOr("placeholder", "")); p != "" {
			// https://html.spec.whatwg.org/multipage/input.html#attr-input-placeholder
			// shown while the value is empty, styled by ::placeholder.
			textStyle, value = b.placeholderStyle(el, inner), p
		}
	}
	in := &Box{Kind: BlockBox, Node: el, Pseudo: "field-text", Style: inner}
	setLabel(in, value, textStyle)
	x.Children = []*Box{in}
}

// dateText is what a date or time field shows: its value in the
// field's format, or the format's placeholder when the value is not a
// valid one (https://html.spec.whatwg.org/multipage/input.html#date-state-(type=date)
// and the following states). AD-HOC: Chromium's en-US formats.
func dateText(t, v string) string {
	v = strings.TrimSpace(v)
	switch t {
	case "date":
		if d, err := time.Parse("2006-01-02", v); err == nil {
			return d.Format("01/02/2006")
		}
		return "mm/dd/yyyy"
	case "time":
		for _, layout := range []string{"15:04", "15:04:05"} {
			if d, err := time.Parse(layout, v); err == nil {
				return d.Format("03:04 PM")
			}
		}
		return "--:-- --"
	case "datetime-local":
		for _, layout := range []string{"2006-01-02T15:04", "2006-01-02T15:04:05", "2006-01-02 15:04"} {
			if d, err := time.Parse(layout, v); err == nil {
				return d.Format("01/02/2006, 03:04 PM")
			}
		}
		return "mm/dd/yyyy, --:-- --"
	case "month":
		if d, err := time.Parse("2006-01", v); err == nil {
			return d.Format("January 2006")
		}
		return "--------- ----"
	}
	if y, w, ok := strings.Cut(v, "-W"); ok && len(y) == 4 && len(w) == 2 {
		return "Week " + w + ", " + y
	}
	return "Week --, ----"
}

// checkable fills the box of a check box or radio button: 13×13 (the
// user agent style sheet), a rounded square or a circle, filled with the
// accent colour and a white check mark or dot when checked.
func (b *builder) checkable(x *Box, el *dom.Node, radio bool) {
	x.widget = checkboxWidget
	if radio {
		x.widget = radioWidget
	}
	st := x.Style
	if !plainBox(st) {
		// The author styles the control (appearance: none in practice):
		// an ordinary inline-block drawn as specified, with its ::before
		// and ::after boxes (Chromium generates them for check boxes and
		// radio buttons, not for the other inputs).
		// TODO(spec): Chromium keeps the native look, ignoring the
		// author's border and background, unless appearance is none;
		// the appearance property is not computed yet.
		x.widget = notWidget
		c := &container{box: x, space: true}
		b.generated(c, el, "before")
		b.generated(c, el, "after")
		c.finish()
		return
	}
	checked, disabled := el.HasAttr("checked"), isDisabled(el)
	cs := *st
	fill, border := white, controlBorder
	switch {
	case disabled && checked && !radio:
		fill, border = disabledFill, disabledFill
	case disabled:
		fill, border = cssom.Color{R: 0xf8, G: 0xf8, B: 0xf8, A: 0xff}, cssom.Color{R: 0xd5, G: 0xd5, B: 0xd5, A: 0xff}
	case checked && !radio:
		fill, border = accentColor, accentColor
	case checked:
		border = accentColor
	}
	cs.BackgroundColor = fill
	setBorder(&cs, 1, cssom.BorderSolid, border)
	cs.BorderRadius, cs.BorderRadiusY = radii(cssom.LengthOf(cssom.Int(2)))
	if radio {
		cs.BorderRadius, cs.BorderRadiusY = radii(cssom.Percent(50))
	}
	x.Style = &cs
	if checked {
		x.Children = []*Box{{Kind: BlockBox, Node: el, Pseudo: "checkmark", Style: checkMark(&cs, radio, disabled)}}
	}
}

// checkMark returns the style of a checked control's mark. Chromium's
// checked radio button is a blue ring, a white ring and a blue dot (sized
// by finishWidget); its check mark an L of a right and a bottom border,
// rotated 45°, its corner at (4.5, 9) of the 13 px box.
func checkMark(box *cssom.ComputedStyle, radio, disabled bool) *cssom.ComputedStyle {
	mark := part(box)
	if radio {
		mark.BackgroundColor = accentColor
		if disabled {
			mark.BackgroundColor = cssom.Color{R: 0xd5, G: 0xd5, B: 0xd5, A: 0xff}
		}
		mark.BorderRadius, mark.BorderRadiusY = radii(cssom.Percent(50))
		return mark
	}
	markColor := white
	if disabled {
		markColor = disabledMark
	}
	mark.Width, mark.Height = cssom.LengthOf(cssom.Px(2.5)), cssom.LengthOf(cssom.Px(6.5))
	mark.Margin = cssom.Edges[cssom.Length]{cssom.LengthOf(cssom.Px(-0.85)), cssom.ZeroPx, cssom.ZeroPx, cssom.LengthOf(cssom.Px(2.65))}
	for _, side := range []int{cssom.Right, cssom.Bottom} {
		mark.BorderWidth[side], mark.BorderStyle[side], mark.BorderColor[side] = cssom.Int(2), cssom.BorderSolid, markColor
	}
	mark.Transform = []cssom.TransformFunction{{Kind: cssom.TransformRotate, A: [6]float32{45}}}
	mark.TransformOrigin = [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}
	return mark
}

// rangeBox fills the box of a range control: a rounded track 8 px high,
// filled with the accent colour up to the thumb, a round 16 px thumb at
// the value's position. Its intrinsic size is 129×16.
func (b *builder) rangeBox(x *Box, el *dom.Node) {
	x.widget = rangeWidget
	// https://html.spec.whatwg.org/multipage/input.html#range-state-(type=range):
	// the default minimum is 0, the default maximum 100, the default value
	// the midpoint (the minimum when the maximum is below it).
	lo, hi := numberAttr(el, "min", 0), numberAttr(el, "max", 100)
	if hi < lo {
		hi = lo
	}
	v := numberAttr(el, "value", lo+(hi-lo)/2)
	frac := 0.0
	if hi > lo {
		frac = math.Min(math.Max((v-lo)/(hi-lo), 0), 1)
	}
	fill := accentColor
	if isDisabled(el) {
		fill = cssom.Color{R: 0xcb, G: 0xcb, B: 0xcb, A: 0xff}
	}
	track := part(x.Style)
	track.Height, track.BoxSizing = cssom.LengthOf(cssom.Int(8)), cssom.BorderBox
	track.Margin = edgesPx(4, 0, 0, 0)
	track.BackgroundColor = trackFace
	setBorder(track, 1, cssom.BorderSolid, trackBorder)
	track.BorderRadius, track.BorderRadiusY = radii(cssom.LengthOf(cssom.Int(4)))
	done := part(track)
	done.Width, done.Height = cssom.Percent(float32(frac*100)), cssom.LengthOf(cssom.Int(8))
	done.BoxSizing = cssom.BorderBox
	done.Margin = edgesPx(-1, 0, 0, -1)
	done.BackgroundColor = fill
	done.BorderRadius, done.BorderRadiusY = radii(cssom.LengthOf(cssom.Int(4)))
	// The thumb's left edge is at frac × (width - 16): a margin of frac
	// in a wrapper 16 px narrower than the track.
	rail := part(x.Style)
	rail.Margin = edgesPx(-12, 16, 0, 0)
	thumb := part(x.Style)
	thumb.Width, thumb.Height = cssom.LengthOf(cssom.Int(16)), cssom.LengthOf(cssom.Int(16))
	thumb.Margin[cssom.Left] = cssom.Percent(float32(frac * 100))
	thumb.BackgroundColor = fill
	thumb.BorderRadius, thumb.BorderRadiusY = radii(cssom.Percent(50))
	x.Children = []*Box{
		{Kind: BlockBox, Style: track, Anonymous: true, Children: []*Box{{Kind: BlockBox, Style: done, Anonymous: true}}},
		{Kind: BlockBox, Style: rail, Anonymous: true, Children: []*Box{{Kind: BlockBox, Style: thumb, Anonymous: true}}},
	}
}

// fileBox fills the box of a file upload control: a "Choose File" button
// 4 px before the "No file chosen" label
// (https://html.spec.whatwg.org/multipage/input.html#file-upload-state-(type=file)).
func (b *builder) fileBox(x *Box, el *dom.Node) {
	x.widget = fileWidget
	x.ChildrenInline = true
	inner := *x.Style
	inner.WhiteSpace = cssom.WhiteSpacePre
	// The button keeps the default look even when the input is restyled
	// (it is Chromium's ::file-selector-button).
	face := part(&inner)
	face.Padding = edgesPx(1, 6, 1, 6)
	setBorder(face, 2, cssom.BorderOutset, controlBorder)
	face.BackgroundColor = trackFace
	face.Color = cssom.Color{A: 0xff}
	if isDisabled(el) {
		face.Color.A, face.BackgroundColor.A = 0x4d, 0x4d
		setBorder(face, 2, cssom.BorderOutset, disabledBorder)
	}
	bs := nativeButton(face)
	bs.Margin = cssom.Edges[cssom.Length]{cssom.ZeroPx, cssom.LengthOf(cssom.Int(4)), cssom.ZeroPx, cssom.ZeroPx}
	bs.TextAlign = cssom.TextAlignCenter
	btn := &Box{Kind: InlineBlockBox, Style: bs, Anonymous: true, widget: buttonWidget}
	setLabel(btn, "Choose File", bs)
	label := &Box{Kind: TextBox, Style: &inner, Text: "No file chosen"}
	x.Style = &inner
	x.Children = []*Box{btn, label}
}

// selectBox fills the box of a <select>: a drop-down box showing the
// selected option and an arrow, or, with a display size above 1 (the
// size attribute, or 4 for multiple), a list box showing that many rows
// (https://html.spec.whatwg.org/multipage/form-elements.html#the-select-element).
func (b *builder) selectBox(x *Box, el *dom.Node) {
	if selectSize(el) > 1 {
		b.listBox(x, el)
		return
	}
	x.widget, x.Style = selectWidget, nativeField(x.Style, cssom.BorderSolid, 1)
	inner := part(x.Style)
	inner.WhiteSpace = cssom.WhiteSpacePre
	inner.OverflowX, inner.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
	in := &Box{Kind: BlockBox, Node: el, Pseudo: "field-text", Style: inner, ChildrenInline: true}
	label := selectedOption(el)
	s, _ := collapseWhiteSpace(label, cssom.WhiteSpaceNormal, true)
	if s == "" {
		s = "\u200b"
	}
	text := &Box{Kind: TextBox, Style: inner, Text: transformText(s, inner.TextTransform)}
	x.Children = []*Box{in}
	if hasBackgroundImage(x.Style) {
		// AD-HOC: an author background image stands for appearance:
		// none (the arrow is the image): no arrow, no inner padding.
		in.Children = []*Box{text}
		return
	}
	// Chromium's inner padding: 4 px before the text, 16 px after it for
	// the arrow, 1 px above and below.
	inner.Padding = edgesPx(1, 16, 1, 4)
	arrow := part(inner)
	arrow.Float = cssom.FloatRight
	arrow.Width, arrow.Height = cssom.LengthOf(cssom.Int(4)), cssom.LengthOf(cssom.Int(4))
	arrow.Margin = edgesPx(3, -11, 0, 0)
	for _, side := range []int{cssom.Right, cssom.Bottom} {
		arrow.BorderWidth[side], arrow.BorderStyle[side], arrow.BorderColor[side] = cssom.Int(2), cssom.BorderSolid, x.Style.Color
	}
	arrow.Transform = []cssom.TransformFunction{{Kind: cssom.TransformRotate, A: [6]float32{45}}}
	arrow.TransformOrigin = [2]cssom.Length{cssom.Percent(50), cssom.Percent(50)}
	in.Children = []*Box{{Kind: BlockBox, Node: el, Pseudo: "picker-icon", Style: arrow}, text}
}

// hasBackgroundImage reports whether st has a background image or
// gradient in any layer.
func hasBackgroundImage(st *cssom.ComputedStyle) bool {
	return st.BackgroundImage != "" || st.BackgroundGradient != nil || st.BackgroundLists != nil
}

// listBox fills the box of a list box <select>: one row per option
// (optgroup labels in bold), the selected ones highlighted, clipped to the
// display size's rows.
// TODO(spec): the rows of an optgroup's options are not indented, and no
// scroll bar is drawn in the 15 px gutter kept for it.
func (b *builder) listBox(x *Box, el *dom.Node) {
	x.widget, x.Style = listboxWidget, nativeField(x.Style, cssom.BorderSolid, 1)
	cs := part(x.Style)
	cs.OverflowX, cs.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
	rows := &Box{Kind: BlockBox, Node: el, Pseudo: "picker", Style: cs}
	el.Walk(func(n *dom.Node) bool {
		if n.IsHTML("optgroup") {
			row := optionRow(cs, n, n.AttrOr("label", ""), false)
			row.Style.FontWeight = 700
			rows.Children = append(rows.Children, row)
			return true
		}
		if n.IsHTML("option") {
			rows.Children = append(rows.Children, optionRow(cs, n, optionLabel(n), n.HasAttr("selected")))
			return false
		}
		return n == el
	})
	x.Children = []*Box{rows}
}

// optionRow is the box of one list box row: Chromium's option style,
// padding 0 2px 1px and a minimum height of 1.2em.
func optionRow(sel *cssom.ComputedStyle, n *dom.Node, label string, selected bool) *Box {
	st := part(sel)
	st.WhiteSpace = cssom.WhiteSpacePre
	st.Padding = edgesPx(0, 2, 1, 2)
	st.MinHeight = cssom.LengthOf(sel.FontSize.MulFloat(1.2))
	if selected {
		st.BackgroundColor = optionSelected
	}
	row := &Box{Kind: BlockBox, Node: n, Style: st}
	setLabel(row, label, st)
	return row
}

// selectSize returns a select's display size: the size attribute, else 4
// with multiple, else 1.
// https://html.spec.whatwg.org/multipage/form-elements.html#concept-select-size
func selectSize(el *dom.Node) int {
	if n, ok := dom.ParseNonNegativeInteger(el.AttrOr("size", "")); ok && n > 0 {
		return n
	}
	if el.HasAttr("multiple") {
		return 4
	}
	return 1
}

// textarea fills the box of a <textarea>: its raw value (the text content)
// or its placeholder, wrapped (white-space: pre-wrap from the user agent
// style sheet) and clipped.
func (b *builder) textarea(x *Box, el *dom.Node) {
	cs := *nativeField(x.Style, cssom.BorderSolid, 1)
	cs.OverflowX, cs.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
	x.widget, x.Style = textareaWidget, &cs
	text, st := el.TextContent(), x.Style
	if text == "" {
		if p := el.AttrOr("placeholder", ""); p != "" {
			text, st = p, b.placeholderStyle(el, &cs)
		}
	}
	x.ChildrenInline = true
	s, _ := collapseWhiteSpace(text, st.WhiteSpace, true)
	if s == "" {
		return
	}
	x.Children = []*Box{{Kind: TextBox, Style: st, Text: transformText(s, st.TextTransform)}}
}

// fieldset fills the box of a <fieldset>. With a rendered legend (its
// first <legend> child that is neither floated nor absolutely positioned)
// the legend's box comes first, and finishFieldset places it over the top
// border.
// https://html.spec.whatwg.org/multipage/rendering.html#the-fieldset-and-legend-elements
func (b *builder) fieldset(x *Box, el *dom.Node) {
	// "The fieldset element, when it generates a CSS box, is expected to
	// act as follows: The element is expected to establish a new block
	// formatting context."
	cs := *x.Style
	if cs.Display == cssom.DisplayBlock || cs.Display == cssom.DisplayListItem {
		cs.Display = cssom.DisplayFlowRoot
	}
	x.Style = &cs
	b.blockContainer(x, el)
	if x.ChildrenInline {
		return
	}
	for i, c := range x.Children {
		if c.Node != nil && c.Node.IsHTML("legend") && c.Node.Parent == el && c.Kind == BlockBox && !c.outOfFlow() && c.Pseudo == "" {
			// The rendered legend is shrink-to-fit, placed by its align
			// attribute: an inline-block alone on a line that adds no
			// height of its own (line-height 0).
			c.Kind = InlineBlockBox
			ws := part(x.Style)
			ws.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength}
			ws.TextAlign = legendAlign(c.Node, x.Style)
			wrap := &Box{Kind: BlockBox, Style: ws, Anonymous: true, ChildrenInline: true, Children: []*Box{c}}
			copy(x.Children[1:i+1], x.Children[:i])
			x.Children[0] = wrap
			x.widget = fieldsetWidget
			return
		}
	}
}

// legendAlign returns where a rendered legend sits on the top border:
// https://html.spec.whatwg.org/multipage/rendering.html#the-fieldset-and-legend-elements
// "legend[align=left i] { justify-self: left; } legend[align=center i] {
// justify-self: center; } legend[align=right i] { justify-self: right; }",
// else at the start.
func legendAlign(legend *dom.Node, fs *cssom.ComputedStyle) cssom.TextAlign {
	switch strings.ToLower(strings.TrimSpace(legend.AttrOr("align", ""))) {
	case "left":
		return cssom.TextAlignLeft
	case "center":
		return cssom.TextAlignCenter
	case "right":
		return cssom.TextAlignRight
	}
	if fs.Direction == "rtl" {
		return cssom.TextAlignRight
	}
	return cssom.TextAlignLeft
}

// gauge fills the box of a <progress> or <meter>: a rounded track with a
// bar as long as the value's fraction (none for an indeterminate
// progress bar).
// https://html.spec.whatwg.org/multipage/rendering.html#the-progress-element-2
// https://html.spec.whatwg.org/multipage/rendering.html#the-meter-element-2
func (b *builder) gauge(x *Box, el *dom.Node) {
	x.widget = progressWidget
	frac, color := progressFraction(el), accentColor
	if el.Tag == "meter" {
		x.widget = meterWidget
		frac, color = meterFraction(el)
	}
	track := part(x.Style)
	track.Height, track.BoxSizing = cssom.LengthOf(cssom.Int(8)), cssom.BorderBox
	track.BackgroundColor = trackFace
	setBorder(track, 1, cssom.BorderSolid, trackBorder)
	track.BorderRadius, track.BorderRadiusY = radii(cssom.LengthOf(cssom.Int(4)))
	track.OverflowX, track.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
	t := &Box{Kind: BlockBox, Node: el, Pseudo: "slider-track", Style: track}
	if frac >= 0 {
		bar := part(track)
		bar.Width, bar.Height = cssom.Percent(float32(frac*100)), cssom.LengthOf(cssom.Int(8))
		bar.BoxSizing = cssom.BorderBox
		bar.Margin = edgesPx(-1, 0, 0, -1)
		bar.BackgroundColor = color
		t.Children = []*Box{{Kind: BlockBox, Style: bar, Anonymous: true}}
	}
	x.Children = []*Box{t}
}

// placeholderStyle returns the style of a control's placeholder text: the
// text style st with the colour and font style of the element's
// ::placeholder style (the user agent's gives Chromium's #757575).
func (b *builder) placeholderStyle(el *dom.Node, st *cssom.ComputedStyle) *cssom.ComputedStyle {
	ps := *st
	ps.Color = placeholderColor
	if p := b.styles.Pseudo(el, "placeholder"); p != nil {
		ps.Color, ps.FontStyle, ps.FontWeight = p.Color, p.FontStyle, p.FontWeight
	}
	return &ps
}
