package layout

// The ::first-letter and ::first-line pseudo-elements
// (https://www.w3.org/TR/css-pseudo-4/#first-text-line,
// https://www.w3.org/TR/CSS22/selector.html#first-line-pseudo).
//
// ::first-letter is resolved when the box tree is built: the text box that
// holds the first typographic letter unit is split, the letter going into
// an inline box (a float when the pseudo-element floats) with the
// pseudo-element's style. ::first-line depends on line breaking, so the
// box tree only records which block container holds the element's first
// formatted line (Box.firstLineBox); the inline layout lays that line out
// with its content restyled (firstLineData) inside a fictional inline box
// that carries the pseudo-element's background and decorations.
//
// TODO(spec): the min- and max-content widths ignore the ::first-line
// font; ::first-line nested in an outer one (the inner wins here); the
// ::first-line box on bidi lines; a ::first-letter inheriting from an
// inline box takes its values by the inheritThrough heuristic; the
// incremental layout (incremental.go) does not key its cache on the
// ::first-line style of a child block.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// firstLineAndLetter applies el's ::first-letter and ::first-line to the
// boxes generated so far into c, the content of el's block container box.
func (b *builder) firstLineAndLetter(c *container, el *dom.Node) {
	if isFlexContainer(c.box) || isGridContainer(c.box) || c.box.table != nil {
		return // not block containers
	}
	if fl := b.styles.Pseudo(el, "first-letter"); fl != nil {
		state := letterNotFound
		if len(c.blocks) > 0 {
			c.blocks, state = b.firstLetterIn(c.blocks, el, fl, c.box.Style)
		}
		if state == letterNotFound {
			c.run, _ = b.firstLetterIn(c.run, el, fl, c.box.Style)
		}
	}
	if fl := b.styles.Pseudo(el, "first-line"); fl != nil {
		target := c.box
		if len(c.blocks) > 0 {
			target = firstLineContainer(c.blocks)
		}
		if target != nil && target.firstLineBox == nil {
			st := firstLineBoxStyle(fl, c.box.Style, target.Style)
			target.firstLineBox = &Box{Kind: InlineBox, Node: el, Style: st, Pseudo: "first-line"}
		}
	}
}

// firstLineContainer returns the block container whose first line is the
// first formatted line of the block-level boxes blocks: the first that
// holds inline content, else its first in-flow block child's, recursively
// (https://www.w3.org/TR/css-pseudo-4/#first-formatted-line). nil when
// there is none (a table, a flex container comes first). Anonymous blocks
// holding only floats or absolutely positioned boxes have no line.
func firstLineContainer(blocks []*Box) *Box {
	for depth := 0; depth < 64; depth++ {
		var x *Box
		for _, k := range blocks {
			if !k.outOfFlow() && !onlyOutOfFlow(k) {
				x = k
				break
			}
		}
		if x == nil || x.Kind != BlockBox || x.table != nil || isFlexContainer(x) || isGridContainer(x) {
			return nil
		}
		if x.ChildrenInline {
			return x
		}
		blocks = x.Children
	}
	return nil
}

// onlyOutOfFlow reports whether x is an anonymous block box whose children
// are all floated or absolutely positioned.
func onlyOutOfFlow(x *Box) bool {
	if !x.Anonymous || x.Kind != BlockBox || len(x.Children) == 0 {
		return false
	}
	for _, k := range x.Children {
		if !k.outOfFlow() {
			return false
		}
	}
	return true
}

// letterState says what the search for the first letter found.
type letterState uint8

const (
	letterNotFound letterState = iota // keep looking in what follows
	letterDone                        // the letter was split off
	letterStop                        // something else comes first: no first letter
)

// firstLetterIn looks for the first typographic letter unit in boxes, in
// tree order, and splits it off its text box. parent is the style of the
// box that holds boxes. It returns boxes with the split made.
func (b *builder) firstLetterIn(boxes []*Box, el *dom.Node, fl, parent *cssom.ComputedStyle) ([]*Box, letterState) {
	for i := 0; i < len(boxes); i++ {
		x := boxes[i]
		switch {
		case x.Pseudo == "first-letter":
			return boxes, letterDone // a nested block's own ::first-letter
		case x.outOfFlow():
			continue
		case x.Kind == TextBox:
			if x.Node == nil {
				continue // an inside list marker
			}
			lead, letter, rest, found := firstLetterUnit(x.Text)
			if !found {
				if strings.TrimSpace(x.Text) == "" {
					continue
				}
				return boxes, letterStop
			}
			var parts []*Box
			if lead != "" {
				l := *x
				l.Text = lead
				parts = append(parts, &l)
			}
			parts = append(parts, b.firstLetterBox(x, letter, el, fl, parent))
			if rest != "" {
				r := *x
				r.Text = rest
				parts = append(parts, &r)
			}
			return slices.Replace(slices.Clone(boxes), i, i+1, parts...), letterDone
		case x.Kind == InlineBox:
			kids, state := b.firstLetterIn(x.Children, el, fl, x.Style)
			x.Children = kids
			if state != letterNotFound {
				return boxes, state
			}
		case x.Kind == BlockBox && x.table == nil && !isFlexContainer(x) && !isGridContainer(x):
			kids, state := b.firstLetterIn(x.Children, el, fl, x.Style)
			x.Children = kids
			if state != letterNotFound {
				return boxes, state
			}
			if len(kids) > 0 {
				return boxes, letterStop // the first line is in x
			}
		default:
			// An atomic inline, a line break, a table: the first line
			// does not start with a letter.
			return boxes, letterStop
		}
	}
	return boxes, letterNotFound
}

// firstLetterBox returns the box of the ::first-letter pseudo-element
// holding letter, split off text box x: an inline box, or a floated block
// container when the pseudo-element floats
// (https://www.w3.org/TR/css-pseudo-4/#first-letter-styling).
func (b *builder) firstLetterBox(x *Box, letter string, el *dom.Node, fl, parent *cssom.ComputedStyle) *Box {
	st := inheritThrough(fl, b.styles.Of(el), parent)
	if st.Float == cssom.FloatNone && (st.Position == cssom.PositionAbsolute || st.Position == cssom.PositionFixed || st.Display != cssom.DisplayInline) {
		// Only float takes ::first-letter out of the line; position
		// and display do not apply to it.
		cs := *st
		cs.Position, cs.Display = cssom.PositionStatic, cssom.DisplayInline
		st = &cs
	}
	if st.Float != cssom.FloatNone {
		// A floated ::first-letter is blockified; position does not
		// apply to it.
		cs := *st
		cs.Display, cs.Position = cssom.DisplayBlock, cssom.PositionStatic
		st = &cs
	}
	if st.TextTransform != x.Style.TextTransform {
		letter = transformText(letter, st.TextTransform)
	}
	text := &Box{Kind: TextBox, Node: x.Node, Style: st, Text: letter}
	box := &Box{Kind: InlineBox, Node: el, Style: st, Pseudo: "first-letter", Children: []*Box{text}}
	if st.Float != cssom.FloatNone {
		box.Kind, box.ChildrenInline = BlockBox, true
	}
	return box
}

// firstLetterUnit splits s (collapsed text) before and after its first
// typographic letter unit: the first letter, number or symbol with the
// punctuation before and right after it, and the combining marks that
// follow each (https://www.w3.org/TR/css-pseudo-4/#first-letter-pattern).
// The white space before it is lead. found is false when s starts with
// something else, or has no letter.
func firstLetterUnit(s string) (lead, letter, rest string, found bool) {
	start := len(s) - len(strings.TrimLeft(s, " \t\n"))
	i := start
	// Preceding punctuation, with spaces between.
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsPunct(r) && !(r == ' ' && i > start) {
			break
		}
		i += n
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if i >= len(s) || !(unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsSymbol(r)) {
		return "", "", "", false
	}
	i = skipMarks(s, i+n)
	// Following punctuation (no space between it and the letter).
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsPunct(r) {
			break
		}
		i = skipMarks(s, i+n)
	}
	return s[:start], s[start:i], s[i:], true
}

// skipMarks returns the index after the combining marks at s[i:].
func skipMarks(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me) {
			break
		}
		i += n
	}
	return i
}

// inheritThrough returns ps, the style of a pseudo-element computed as a
// child of from, as if it inherited from to instead: each inherited
// property whose value ps took unchanged from from takes to's.
// AD-HOC: cssom computes ::first-letter and ::first-line as children of
// their element; the spec places them inside the innermost inline box
// (::first-letter) or around the line's boxes, whose values (a span's
// color) they inherit. A property set on ps to the same value as from's
// is taken as inherited.
func inheritThrough(ps, from, to *cssom.ComputedStyle) *cssom.ComputedStyle {
	if from == nil || to == nil || from == to {
		return ps
	}
	out := *ps
	changed := false
	set := func(same, differs bool, apply func()) {
		if same && differs {
			apply()
			changed = true
		}
	}
	set(ps.Color == from.Color, to.Color != from.Color, func() { out.Color = to.Color })
	set(ps.FontSize == from.FontSize, to.FontSize != from.FontSize, func() { out.FontSize = to.FontSize })
	set(ps.FontWeight == from.FontWeight, to.FontWeight != from.FontWeight, func() { out.FontWeight = to.FontWeight })
	set(ps.FontStyle == from.FontStyle, to.FontStyle != from.FontStyle, func() { out.FontStyle = to.FontStyle })
	set(slices.Equal(ps.FontFamily, from.FontFamily), !slices.Equal(to.FontFamily, from.FontFamily), func() { out.FontFamily = to.FontFamily })
	set(ps.LineHeight == from.LineHeight, to.LineHeight != from.LineHeight, func() { out.LineHeight = to.LineHeight })
	set(ps.LetterSpacing == from.LetterSpacing, to.LetterSpacing != from.LetterSpacing, func() { out.LetterSpacing = to.LetterSpacing })
	set(ps.WordSpacing == from.WordSpacing, to.WordSpacing != from.WordSpacing, func() { out.WordSpacing = to.WordSpacing })
	set(ps.TextTransform == from.TextTransform, to.TextTransform != from.TextTransform, func() { out.TextTransform = to.TextTransform })
	set(ps.Visibility == from.Visibility, to.Visibility != from.Visibility, func() { out.Visibility = to.Visibility })
	set(ps.WhiteSpace == from.WhiteSpace, to.WhiteSpace != from.WhiteSpace, func() { out.WhiteSpace = to.WhiteSpace })
	if !changed {
		return ps
	}
	return &out
}

// firstLineStyles returns the style of the ::first-line box that wraps the
// first line of target, a block container inside el (whose style is
// elStyle): fl as if it inherited from target, without the box
// properties that do not apply to ::first-line (margins, padding,
// borders, positioning).
// https://www.w3.org/TR/css-pseudo-4/#first-line-styling
func firstLineBoxStyle(fl, elStyle, target *cssom.ComputedStyle) *cssom.ComputedStyle {
	st := *inheritThrough(fl, elStyle, target)
	init := cssom.Initial()
	st.Margin, st.Padding, st.BorderWidth, st.BorderStyle = init.Margin, init.Padding, init.BorderWidth, init.BorderStyle
	st.Display, st.Position, st.Float = cssom.DisplayInline, cssom.PositionStatic, cssom.FloatNone
	st.Transform, st.Opacity = nil, 1
	return &st
}

// firstLineData returns b's inline content d restyled for its first line:
// the same pieces, index for index, with each inline box and text run
// taking the ::first-line's inherited properties where it inherits them
// from b, reshaped in the resulting font. Atomic inlines and floats keep
// their layout. It is computed once per layout pass.
func (l *layouter) firstLineData(b *Box, d *ifcData) *ifcData {
	if d.first != nil {
		return d.first
	}
	fb := b.firstLineBox
	styles := map[*cssom.ComputedStyle]*cssom.ComputedStyle{}
	restyleStyle := func(st *cssom.ComputedStyle) *cssom.ComputedStyle {
		if r, ok := styles[st]; ok {
			return r
		}
		r := inheritThrough(st, b.Style, fb.Style)
		styles[st] = r
		return r
	}
	fd := &ifcData{pieces: make([]piece, len(d.pieces)), bidi: d.bidi, orig: map[*Box]*Box{}, strut: restyleStyle(b.Style)}
	boxes := map[*Box]*Box{}
	restyle := func(x *Box) *Box {
		if y, ok := boxes[x]; ok {
			return y
		}
		y := x
		if st := restyleStyle(x.Style); st != x.Style {
			c := *x
			c.Style = st
			y = &c
		}
		boxes[x], fd.orig[y] = y, x
		return y
	}
	var sb strings.Builder
	for i, p := range d.pieces {
		switch p.kind {
		case pieceText:
			p = l.restyledText(p, restyle(p.box), &sb)
		case pieceOpen, pieceClose:
			p.box = restyle(p.box)
		}
		fd.pieces[i] = p
	}
	fd.text = sb.String()
	// The reshaped words lost the kerning across their spaces: apply it
	// again per restyled text box, as textPieces does.
	for i := 0; i < len(fd.pieces); {
		p := fd.pieces[i]
		j := i + 1
		if p.kind == pieceText && fd.orig[p.box] != nil && fd.orig[p.box] != p.box {
			for j < len(fd.pieces) && fd.pieces[j].box == p.box {
				j++
			}
			l.kernSpaces(fd.pieces[i:j], SpecOf(p.box.Style))
		}
		i = j
	}
	d.first = fd
	return fd
}

// restyledText returns text piece p of box x's original for the first
// line: its text appended to sb, reshaped when x has another style.
func (l *layouter) restyledText(p piece, x *Box, sb *strings.Builder) piece {
	if x == p.box && !p.tab {
		p.off = sb.Len()
		sb.WriteString(p.word + p.space)
		return p
	}
	spec := SpecOf(x.Style)
	if p.tab {
		np := l.tabPiece(x, sb.Len(), spec, p.breakAfter, nil)
		np.level = p.level
		sb.WriteString("\t")
		return np
	}
	word := p.word
	if x.Style.TextTransform != p.box.Style.TextTransform {
		word = transformText(word, x.Style.TextTransform)
	}
	np := l.textPiece(x, word+p.space, sb.Len(), spec, p.collapsible, p.breakAfter, p.level)
	sb.WriteString(word + p.space)
	return np
}

// layoutFirstLine lays out the first line, starting at piece i, with the
// ::first-line's restyled content fd inside its fictional inline box, then
// returns to the content's own styles for the lines after it: the boxes
// still open and a word split at the line's end continue in their own
// style.
func (lb *lineBuilder) layoutFirstLine(fd *ifcData, i int, indent Fixed) (int, bool) {
	pieces, text, strut, own := lb.pieces, lb.ifcText, lb.strut, lb.ownPieces
	lb.pieces, lb.ifcText, lb.ownPieces = fd.pieces, fd.text, false
	lb.strut = lb.inlineItem(fd.strut, nil, -1)
	if !lb.bidi {
		// TODO(spec): the ::first-line box on bidi lines (placeVisual).
		lb.lineBox = lb.b.firstLineBox
	}
	j, visible := lb.layoutLine(i, indent)
	split := lb.ownPieces && lb.headAt == j && j < len(pieces) && lb.pieces[j].word != fd.pieces[j].word
	var tail string
	if split {
		tail = lb.pieces[j].word + lb.pieces[j].space
	}
	lb.pieces, lb.ifcText, lb.strut, lb.ownPieces, lb.lineBox = pieces, text, strut, own, nil
	if split {
		// The rest of a word split by overflow-wrap, in its own style.
		// AD-HOC: its length is taken to be the same in both styles
		// (text-transform may change it).
		p := pieces[j]
		end := p.off + len(p.word) + len(p.space)
		off := min(max(end-len(tail), p.off), end)
		lb.pieces = slices.Clone(pieces)
		lb.pieces[j] = lb.l.textPiece(p.box, lb.ifcText[off:end], off, SpecOf(p.box.Style), p.collapsible, p.breakAfter, p.level)
		lb.ownPieces = true
	}
	for k, ob := range lb.open {
		if o, ok := fd.orig[ob]; ok {
			lb.open[k] = o
		}
	}
	return j, visible
}
