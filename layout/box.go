package layout

import (
	"image"
	"strconv"
	"strings"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// BoxKind says what kind of box a Box is (CSS 2.1 §9.2, CSS Display 3 §2).
type BoxKind uint8

const (
	// BlockBox is a block-level block container: block, list-item,
	// flow-root, flex and grid containers, and tables (Box.table holds
	// their structure) and their parts.
	BlockBox BoxKind = iota
	// InlineBox is a non-replaced inline box (<span>, <a>); its children are
	// inline-level.
	InlineBox
	// InlineBlockBox is an atomic inline-level block container
	// (inline-block, inline-flex, inline-grid, inline-table).
	InlineBlockBox
	// ReplacedBox is a replaced element (<img>, <canvas>, <video>, ...);
	// it is inline-level unless its display is block-level.
	ReplacedBox
	// TextBox is a run of text, after white space processing; it is always
	// inline-level and has no children.
	TextBox
	// LineBreakBox is a <br>: a forced line break.
	LineBreakBox
)

// Box is one node of the box tree (the render tree): what CSS generates for
// an element, a text run, or an anonymous box. Box construction is a pure
// function of the DOM and the computed styles (BuildBoxTree); layout is a
// function of the box tree (LayoutBox) to fragments, so that later the box
// tree can persist between layouts and be rebuilt only where dirty
// (DESIGN.md §5).
type Box struct {
	Kind BoxKind
	// Node is the element (or text node) the box comes from; nil for
	// anonymous boxes.
	Node *dom.Node
	// Style is the computed style of the box; anonymous boxes get a style
	// inherited from their parent's (cssom.InheritFrom). Never nil.
	Style *cssom.ComputedStyle
	// Children are the child boxes in tree order. A block container's
	// children are either all block-level or all inline-level
	// (ChildrenInline), per CSS 2.1 §9.2.1.1.
	Children []*Box
	// Anonymous is true for boxes generated without an element.
	Anonymous bool
	// ChildrenInline is true for a block container whose children are
	// inline-level: it establishes an inline formatting context.
	ChildrenInline bool
	// Text is a TextBox's text after white space collapsing (CSS Text 3
	// §4.1.1 phase I) and text-transform. Preserved newlines stay as '\n'.
	Text string
	// Image is a ReplacedBox's decoded image, nil when missing or broken.
	Image image.Image
	// Marker is the text of a list item's outside marker ("• ", "3. "), or
	// "" when it has none.
	Marker string
	// Pseudo is "before" or "after" for the box of a ::before or ::after
	// pseudo-element (Node is then its originating element), else "".
	Pseudo string
	// NoStartEdge and NoEndEdge are set on the parts of an inline box split
	// around a block-level box (CSS 2.1 §9.2.1.1): the start border, padding
	// and margin belong to the first part only, the end ones to the last.
	NoStartEdge, NoEndEdge bool

	// widget says the box is a form control whose intrinsic width is the
	// user agent's (HTML §15.5), not its content's.
	widget widgetKind
	// table is the grid of a table or inline-table box (table.go).
	table *tableInfo
	// markerStyle is the style of the outside marker (::marker), nil for
	// the list item's own; markerImage is the image of an outside
	// list-style-image marker (Marker is then "").
	markerStyle *cssom.ComputedStyle
	markerImage image.Image
	// firstLineBox is the fictional inline box of the ::first-line that
	// wraps the block container's first formatted line, or nil
	// (firstline.go).
	firstLineBox *Box
}

// widgetKind says which form control a box stands for.
type widgetKind uint8

const (
	notWidget      widgetKind = iota
	textWidget                // a text-like <input>
	dateWidget                // a date or time <input> shown as text
	selectWidget              // a drop-down <select>
	listboxWidget             // a <select> showing several rows
	textareaWidget            // a <textarea>
	buttonWidget              // a <button> or a button <input>
	checkboxWidget            // <input type=checkbox>
	radioWidget               // <input type=radio>
	rangeWidget               // <input type=range>
	colorWidget               // <input type=color>
	fileWidget                // <input type=file>
	progressWidget            // <progress>
	meterWidget               // <meter>
	fieldsetWidget            // a <fieldset> with a rendered legend
)

// blockLevel reports whether b takes part in a block formatting context.
func (b *Box) blockLevel() bool {
	switch b.Kind {
	case BlockBox:
		return true
	case ReplacedBox:
		return !b.Style.Display.IsInlineLevel()
	}
	return false
}

// outOfFlow reports whether b is floated or absolutely positioned.
func (b *Box) outOfFlow() bool {
	return b.Style.Float != cssom.FloatNone || b.Style.Position == cssom.PositionAbsolute || b.Style.Position == cssom.PositionFixed
}

// BuildBoxTree generates the box tree of doc (CSS 2.1 §9.2, CSS Display 3
// §2): the principal box of the root element, or nil when the document has
// no root element or it is display:none. An element without a computed style
// in styles is treated as display:none. image, when not nil, returns the
// decoded image of a replaced element.
func BuildBoxTree(doc *dom.Document, styles *cssom.Styles, img func(*dom.Node) image.Image) *Box {
	if doc == nil || doc.Root == nil || styles == nil {
		return nil
	}
	root := doc.DocumentElement()
	if root == nil {
		return nil
	}
	st := styles.Of(root)
	if st == nil || st.Display == cssom.DisplayNone {
		return nil
	}
	b := &builder{styles: styles, image: img}
	// https://www.w3.org/TR/css-display-3/#transformations: the root
	// element's display type is always blockified.
	box := &Box{Kind: BlockBox, Node: root, Style: st}
	if b.replaced(root) {
		box.Kind = ReplacedBox
		box.Image = b.imageOf(root)
		return box
	}
	b.blockContainer(box, root)
	return box
}

// builder holds what box generation needs while it walks the DOM.
type builder struct {
	styles *cssom.Styles
	image  func(*dom.Node) image.Image
	// quoteDepth is the nesting level of open-quote in generated content.
	quoteDepth int
}

// container gathers the children of one block container while its DOM
// subtree is walked: block-level boxes, and the current run of inline-level
// boxes that will become the container's inline content or an anonymous
// block box (CSS 2.1 §9.2.1.1).
type container struct {
	box    *Box
	blocks []*Box // block-level children so far
	run    []*Box // the current run of inline-level boxes
	stack  []*Box // inline boxes open at this point of the walk
	// space is true when the last inline content was a collapsible space
	// (or the start of a line), for white space collapsing across element
	// boundaries (CSS Text 3 §4.1.1).
	space bool
}

// blockContainer fills box's children from el's DOM children.
func (b *builder) blockContainer(box *Box, el *dom.Node) {
	if isFlexContainer(box) || isGridContainer(box) {
		// Grid items are generated as flex items are (CSS Grid 1 §6.1).
		b.flexContainer(box, el)
		return
	}
	c := &container{box: box, space: true}
	if box.Style.Display == cssom.DisplayListItem {
		b.listMarker(c, el)
	}
	b.childrenAndPseudos(c, el, box.Style)
	c.finish()
}

// childrenAndPseudos generates el's ::before box, its children's boxes and
// its ::after box into c, then applies el's ::first-letter and
// ::first-line when c is el's block container (firstline.go).
func (b *builder) childrenAndPseudos(c *container, el *dom.Node, st *cssom.ComputedStyle) {
	b.generated(c, el, "before")
	b.children(c, el, st)
	b.generated(c, el, "after")
	if c.box.Node == el && c.box.Kind != InlineBox {
		// el's own block container: ::first-letter and ::first-line.
		b.firstLineAndLetter(c, el)
	}
}

// generated adds the box of el's ::before or ::after pseudo-element, if it
// has one: its content property is neither normal nor none
// (https://www.w3.org/TR/css-pseudo-4/#generated-content,
// https://www.w3.org/TR/CSS22/generate.html#before-after-content).
// TODO(spec): url() images in content, counters.
func (b *builder) generated(c *container, el *dom.Node, which string) {
	st := b.styles.Pseudo(el, which)
	if st == nil || st.Display == cssom.DisplayNone || st.Display == cssom.DisplayContents || len(st.Content) == 0 {
		return
	}
	text := generatedText(el, st.Content, &b.quoteDepth)
	x := &Box{Node: el, Style: st, Pseudo: which}
	display := st.Display
	if st.Float != cssom.FloatNone || st.Position == cssom.PositionAbsolute || st.Position == cssom.PositionFixed {
		display = cssom.DisplayBlock
	}
	if display == cssom.DisplayInline {
		x.Kind = InlineBox
		c.addInline(x)
		c.stack = append(c.stack, x)
		b.text(c, el, text, st)
		c.stack = c.stack[:len(c.stack)-1]
		return
	}
	x.Kind = BlockBox
	if display.IsInlineLevel() {
		x.Kind = InlineBlockBox
	}
	inner := &container{box: x, space: true}
	b.text(inner, el, text, st)
	inner.finish()
	b.add(c, x, display.IsInlineLevel())
}

// generatedText is the text of a content value: strings, attribute values
// and quotes (CSS Generated Content 3 §1.1; the quotes are the initial
// value's curly double quotes at every depth).
// TODO(spec): the quotes property.
func generatedText(el *dom.Node, items []cssom.ContentItem, depth *int) string {
	var sb strings.Builder
	for _, it := range items {
		switch it.Kind {
		case cssom.ContentString:
			sb.WriteString(it.Value)
		case cssom.ContentAttr:
			sb.WriteString(el.AttrOr(it.Value, ""))
		case cssom.ContentOpenQuote:
			sb.WriteString("\u201c")
			*depth++
		case cssom.ContentCloseQuote:
			if *depth > 0 {
				*depth--
				sb.WriteString("\u201d")
			}
		case cssom.ContentNoOpenQuote:
			*depth++
		case cssom.ContentNoCloseQuote:
			if *depth > 0 {
				*depth--
			}
		}
	}
	return sb.String()
}

// addInline appends an inline-level box to the innermost open inline box or
// to the current run.
func (c *container) addInline(x *Box) {
	if n := len(c.stack); n > 0 {
		top := c.stack[n-1]
		top.Children = append(top.Children, x)
		return
	}
	c.run = append(c.run, x)
}

// addBlock appends a block-level box. If it sits inside inline boxes, they
// are split around it: the parts before it end their run, and copies of the
// open inline boxes continue after it (CSS 2.1 §9.2.1.1).
func (c *container) addBlock(x *Box) {
	c.flushRun()
	c.blocks = append(c.blocks, x)
	if len(c.stack) == 0 {
		return
	}
	var parent *Box
	for i, open := range c.stack {
		open.NoEndEdge = true
		cont := &Box{Kind: InlineBox, Node: open.Node, Style: open.Style, NoStartEdge: true}
		if parent == nil {
			c.run = append(c.run, cont)
		} else {
			parent.Children = append(parent.Children, cont)
		}
		c.stack[i] = cont
		parent = cont
	}
}

// flushRun wraps the current inline run in an anonymous block box, unless it
// holds nothing but collapsible white space.
func (c *container) flushRun() {
	if len(c.run) == 0 {
		return
	}
	if runIsRendered(c.run) {
		anon := &Box{Kind: BlockBox, Style: cssom.InheritFrom(c.box.Style), Anonymous: true, ChildrenInline: true, Children: c.run}
		c.blocks = append(c.blocks, anon)
	}
	c.run = nil
	c.space = true
}

// finish sets the container's children: the inline run alone when no
// block-level box appeared, else block-level boxes with the trailing run
// wrapped in an anonymous block.
func (c *container) finish() {
	if len(c.blocks) == 0 {
		c.box.ChildrenInline = true
		if runIsRendered(c.run) {
			c.box.Children = c.run
		}
		return
	}
	c.flushRun()
	c.box.Children = c.blocks
}

// runIsRendered reports whether a run of inline-level boxes holds anything
// but white space that collapses away.
func runIsRendered(run []*Box) bool {
	for _, x := range run {
		if x.Kind != TextBox || strings.Trim(x.Text, " ") != "" || !collapsible(x.Style.WhiteSpace) {
			return true
		}
	}
	return false
}

// children generates boxes for el's DOM children into c. parentStyle is the
// style text children inherit.
func (b *builder) children(c *container, el *dom.Node, parentStyle *cssom.ComputedStyle) {
	for n := el.FirstChild; n != nil; n = n.NextSibling {
		switch n.Type {
		case dom.TextNode:
			b.text(c, n, n.Data, parentStyle)
		case dom.ElementNode:
			b.element(c, n)
		}
	}
}

// text adds a text run for text node n (or alt text) to c.
func (b *builder) text(c *container, n *dom.Node, data string, st *cssom.ComputedStyle) {
	s, space := collapseWhiteSpace(data, st.WhiteSpace, c.space)
	if s == "" {
		return
	}
	c.space = space
	s = transformText(s, st.TextTransform)
	c.addInline(&Box{Kind: TextBox, Node: n, Style: st, Text: s})
}

// element generates the boxes of element el into c (CSS 2.1 §9.2, CSS
// Display 3 §2.1–2.6).
func (b *builder) element(c *container, el *dom.Node) {
	st := b.styles.Of(el)
	if st == nil || st.Display == cssom.DisplayNone {
		return
	}
	switch st.Display {
	case cssom.DisplayContents:
		// https://www.w3.org/TR/css-display-3/#valdef-display-contents
		// The element generates no box; its children take its place.
		if !b.replaced(el) {
			b.children(c, el, st)
		}
		return
	case cssom.DisplayTableColumn, cssom.DisplayTableColumnGroup:
		// TODO(spec): table columns style cells; they generate no box here.
		return
	}
	if el.IsHTML("br") {
		c.addInline(&Box{Kind: LineBreakBox, Node: el, Style: st})
		c.space = true
		return
	}
	if isFormControl(el, st) {
		b.formControl(c, el, st)
		return
	}
	var img image.Image
	if b.replaced(el) {
		if img = b.imageOf(el); img == nil && el.IsHTML("img") {
			b.brokenImage(c, el, st)
			return
		}
	}
	display := st.Display
	if st.Float != cssom.FloatNone || st.Position == cssom.PositionAbsolute || st.Position == cssom.PositionFixed {
		// https://www.w3.org/TR/CSS22/visuren.html#dis-pos-flo
		// Floats and absolutely positioned boxes are blockified.
		display = cssom.DisplayBlock
	}
	if b.replaced(el) {
		x := &Box{Kind: ReplacedBox, Node: el, Style: st, Image: img}
		b.add(c, x, display.IsInlineLevel())
		return
	}
	switch {
	case st.Display == cssom.DisplayTable || st.Display == cssom.DisplayInlineTable:
		inline := display.IsInlineLevel()
		b.add(c, b.tableBox(el, st, inline), inline)
		return
	case isTablePart(st.Display):
		b.strayTablePart(c, el)
		return
	}
	switch display {
	case cssom.DisplayInline:
		x := &Box{Kind: InlineBox, Node: el, Style: st}
		c.addInline(x)
		c.stack = append(c.stack, x)
		b.childrenAndPseudos(c, el, st)
		c.stack = c.stack[:len(c.stack)-1]
	case cssom.DisplayInlineBlock, cssom.DisplayInlineFlex, cssom.DisplayInlineGrid, cssom.DisplayInlineTable:
		// inline-flex and inline-grid boxes are flex and grid containers
		// (blockContainer, flex.go, grid.go).
		x := &Box{Kind: InlineBlockBox, Node: el, Style: st}
		b.blockContainer(x, el)
		b.add(c, x, true)
	default:
		// block, list-item, flow-root, flex and grid (blockContainer,
		// flex.go, grid.go).
		x := &Box{Kind: BlockBox, Node: el, Style: st}
		b.blockContainer(x, el)
		b.add(c, x, false)
	}
}

// add appends an atomic box as inline-level or block-level.
func (b *builder) add(c *container, x *Box, inline bool) {
	if x.outOfFlow() {
		// Floats and absolutely positioned boxes do not split inline
		// runs: they stay where they are in the inline content, which
		// places them (CSS 2.1 §9.5, §10.3.7 static position), and do
		// not affect white space collapsing.
		c.addInline(x)
		return
	}
	if inline {
		c.addInline(x)
		c.space = false
		return
	}
	c.addBlock(x)
}

// brokenImage handles an <img> with no decoded image, as the HTML
// standard's rendering section says
// (https://html.spec.whatwg.org/multipage/rendering.html#images-3): an image
// that will not become available, with alt text, in a standards-mode
// document is a non-replaced inline holding the alt text, whatever its
// dimensions; with dimensions and no alt text (or in quirks mode) it keeps a
// box of those dimensions, showing the alt text if any, clipped; otherwise it
// renders nothing. As browsers do, the alt text comes after a 16×16
// broken-image icon, and an image without an alt attribute shows the icon.
// TODO(spec): the icon and the 1px border browsers draw in the kept box.
func (b *builder) brokenImage(c *container, el *dom.Node, st *cssom.ComputedStyle) {
	alt, _ := el.Attr("alt")
	hasAlt := strings.TrimSpace(alt) != ""
	quirks := el.OwnerDocument() != nil && el.OwnerDocument().Quirks
	sized := !st.Width.IsAuto() || !st.Height.IsAuto()
	switch {
	case hasAlt && (!sized || !quirks):
		// AD-HOC: Chromium's rendering, an inline-block with the
		// broken-image icon before the text (brokenimage.go).
		b.brokenImageWithAlt(c, el, st, alt)
	case !sized && !el.HasAttr("alt"):
		// No alt attribute: the icon alone.
		b.add(c, brokenIconBox(el, st, ""), st.Display.IsInlineLevel())
	case sized && !hasAlt:
		b.add(c, &Box{Kind: ReplacedBox, Node: el, Style: st}, st.Display.IsInlineLevel())
	case sized:
		// Quirks mode with alt text: the kept box shows the text, clipped.
		cs := *st
		cs.OverflowX, cs.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden
		x := &Box{Kind: InlineBlockBox, Node: el, Style: &cs}
		if !st.Display.IsInlineLevel() {
			x.Kind = BlockBox
		}
		inner := &container{box: x, space: true}
		b.text(inner, el, alt, &cs)
		inner.finish()
		b.add(c, x, st.Display.IsInlineLevel())
	}
}

// replaced reports whether el is a replaced element
// (https://html.spec.whatwg.org/multipage/rendering.html#replaced-elements).
func (b *builder) replaced(el *dom.Node) bool {
	if el.Namespace == dom.SVGNamespace && el.Tag == "svg" {
		// TODO(spec): inline SVG is rendered as an empty replaced box.
		return true
	}
	if el.Namespace != dom.HTMLNamespace {
		return false
	}
	switch el.Tag {
	case "img", "canvas", "video", "iframe", "embed":
		return true
	}
	return false
}

// imageOf returns el's decoded image, or nil.
func (b *builder) imageOf(el *dom.Node) image.Image {
	if b.image == nil {
		return nil
	}
	return b.image(el)
}

// listMarker generates the marker of list item el into c, whose box is
// the item's principal box: an anonymous text run first in its content
// for list-style-position: inside, else the box's outside Marker
// (https://www.w3.org/TR/css-lists-3/#marker-pseudo). The marker takes
// its ::marker style when rules give it one; a ::marker content other
// than normal replaces the list-style-type text.
// TODO(spec): the ::marker properties beyond color and font (its box).
func (b *builder) listMarker(c *container, el *dom.Node) {
	box := c.box
	st, ms := box.Style, b.styles.Pseudo(el, "marker")
	if ms != nil && ms.Content != nil && len(ms.Content) == 0 {
		return // ::marker { content: none }
	}
	if st.ListStyleImage != "" && (ms == nil || len(ms.Content) == 0) {
		if img := b.imageOf(el); img != nil {
			b.imageMarker(c, img, st)
			return
		}
	}
	var m string
	if ms != nil && len(ms.Content) > 0 {
		m = generatedText(el, ms.Content, &b.quoteDepth)
	} else {
		m = markerTextWith(b.styles, el, st)
	}
	if ms == nil {
		ms = st
	}
	if m == "" {
		return
	}
	if st.ListStylePosition == cssom.ListInside {
		// https://www.w3.org/TR/css-lists-3/#valdef-list-style-position-inside
		// An inside marker is the first inline box of the item: an
		// anonymous text run here, in an inline box when ::marker
		// styles it (its line-height counts in the line).
		text := &Box{Kind: TextBox, Style: ms, Anonymous: true, Text: m}
		if ms == st {
			c.addInline(text)
			return
		}
		c.addInline(&Box{Kind: InlineBox, Node: el, Style: ms, Pseudo: "marker", Children: []*Box{text}})
		return
	}
	box.Marker = m
	if ms != st {
		box.markerStyle = ms
	}
}

// imageMarker generates the marker of a list item whose list-style-image
// is img (https://www.w3.org/TR/css-lists-3/#image-markers): an anonymous
// replaced box at its natural size. AD-HOC: as in Chromium, 7px separate
// the image from the content.
// TODO(spec): gradients in list-style-image.
func (b *builder) imageMarker(c *container, img image.Image, st *cssom.ComputedStyle) {
	if st.ListStylePosition == cssom.ListOutside {
		c.box.markerImage = img
		return
	}
	ms := cssom.InheritFrom(st)
	ms.Margin[cssom.Right] = cssom.LengthOf(cssom.Int(imageMarkerGap))
	c.addInline(&Box{Kind: ReplacedBox, Style: ms, Anonymous: true, Image: img})
}

// imageMarkerGap is the space between an image marker and the list item's
// content, in CSS px.
const imageMarkerGap = 7

// addImageMarker adds list item b's outside image marker to its fragment
// f: its bottom on the first line's baseline, imageMarkerGap px before
// the line's start.
func (l *layouter) addImageMarker(f *Fragment, b *Box) {
	r := b.markerImage.Bounds()
	w, h := cssom.Int(r.Dx()), cssom.Int(r.Dy())
	x, y := f.Border[cssom.Left]+f.Padding[cssom.Left], f.Border[cssom.Top]+f.Padding[cssom.Top]+l.metricsOf(b.Style).Ascent
	if lx, ly, ok := firstLine(f); ok {
		x, y = lx, ly
	}
	mf := &Fragment{Kind: ImageFragment, Style: cssom.InheritFrom(b.Style), Anonymous: true, Marker: true, Image: b.markerImage,
		Rect: Rect{X: x - cssom.Int(imageMarkerGap) - w, Y: y - h, W: w, H: h}}
	f.Children = append([]*Fragment{mf}, f.Children...)
}

// markerText returns the text of list item el's marker in the counter
// style of st's list-style-type, its ordinal counted from the DOM.
func markerText(el *dom.Node, st *cssom.ComputedStyle) string {
	return markerTextWith(nil, el, st)
}

// markerTextWith returns the text of list item el's marker
// (https://www.w3.org/TR/css-lists-3/#content-property): the value of its
// list-item counter from styles (cssom counts it, <ol reversed> too; nil:
// counted from the DOM) in the counter style of st's list-style-type,
// with the style's prefix and suffix.
func markerTextWith(styles *cssom.Styles, el *dom.Node, st *cssom.ComputedStyle) string {
	if st.ListStyleType == "none" || st.ListStyleType == "" {
		return ""
	}
	n, ok := 0, false
	if styles != nil {
		n, ok = styles.ListItemValue(el)
	}
	if !ok {
		n = listOrdinal(el)
	}
	return styles.CounterStyles().MarkerText(n, string(st.ListStyleType))
}

// listOrdinal returns the ordinal value of list item el
// (https://html.spec.whatwg.org/multipage/grouping-content.html#ordinal-value).
func listOrdinal(el *dom.Node) int {
	if v, ok := el.Attr("value"); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
			return n
		}
	}
	parent := el.Parent
	step, n := 1, 1
	count := 0
	if parent != nil {
		for c := parent.FirstChild; c != nil; c = c.NextSibling {
			if c.IsHTML("li") {
				count++
			}
		}
	}
	if parent.IsHTML("ol") {
		if parent.HasAttr("reversed") {
			step, n = -1, count
		}
		if v, ok := parent.Attr("start"); ok {
			if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
				n = s
			}
		}
	}
	if parent == nil {
		return n
	}
	for c := parent.FirstChild; c != nil && c != el; c = c.NextSibling {
		if c.IsHTML("li") {
			if v, ok := c.Attr("value"); ok {
				if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
					n = s
				}
			}
			n += step
		}
	}
	return n
}

// alphabetic formats n in the alphabetic counter system of CSS Counter
// Styles 3 §3.1.4 ("a".."z", "aa", ...); n < 1 falls back to decimal.
func alphabetic(n int, first byte) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	var buf []byte
	for n > 0 {
		n--
		buf = append([]byte{first + byte(n%26)}, buf...)
		n /= 26
	}
	return string(buf)
}
