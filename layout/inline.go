package layout

import (
	"strings"

	"github.com/paneweb/pane/cssom"
)

// pieceKind says what a piece of inline content is.
type pieceKind uint8

const (
	pieceText   pieceKind = iota // a word and the spaces after it
	pieceOpen                    // the start of an inline box
	pieceClose                   // the end of an inline box
	pieceAtomic                  // an inline-block or inline replaced element
	pieceBreak                   // a forced line break (<br>, preserved newline)
	pieceFloat                   // a floated box
	pieceAbs                     // an absolutely positioned box
)

// piece is the smallest unit of inline content the line breaker handles:
// the text between two soft wrap opportunities within one text box, split
// into the word and its trailing spaces, or an inline box edge, an atomic
// inline, a forced break, or an out-of-flow box met in the content.
type piece struct {
	kind pieceKind
	box  *Box
	// word and space are a text piece's word and trailing spaces, with
	// their shaped runs and advances (letter- and word-spacing included).
	word, space       string
	off               int // the word's byte offset in ifcData.text
	runs, spaceRuns   []ShapedRun
	width, spaceWidth Fixed
	nSpaces           int
	// breakAfter says there is a soft wrap opportunity after the piece.
	breakAfter bool
	// collapsible says the trailing spaces are collapsible: removed at the
	// end of a line (CSS Text 3 §4.1.2).
	collapsible bool
	// level is the bidi embedding level of a text piece or atomic inline
	// (shape_bidi.go).
	level uint8
	// tab says the piece is a preserved tab: its word is "\t", shaped as
	// a space, and its advance reaches the next tab stop (tabAdvance).
	tab bool
}

// ifcData is the inline content of one block container, shaped once per
// layout pass.
type ifcData struct {
	pieces []piece
	// text is the formatting context's text; text pieces are substrings
	// of it, contiguous within a text box.
	text string
	// bidi says the pieces have bidi levels to reorder lines by.
	bidi bool
	// first is the content restyled for the ::first-line (firstline.go),
	// once computed; in it, orig maps each restyled box to its own box
	// and strut is the style of the first line's strut.
	first *ifcData
	orig  map[*Box]*Box
	strut *cssom.ComputedStyle
}

// ifc returns the prepared inline content of block container b.
func (l *layouter) ifc(b *Box) *ifcData {
	if d, ok := l.ifcs[b]; ok {
		return d
	}
	if l.ifcs == nil {
		l.ifcs = make(map[*Box]*ifcData)
	}
	d := l.prepareInline(b)
	l.ifcs[b] = d
	return d
}

// rawItem is an inline item with its byte range in the concatenated text of
// the inline formatting context.
type rawItem struct {
	kind       pieceKind
	box        *Box
	start, end int
}

// prepareInline flattens b's inline-level descendants into pieces. Soft
// wrap opportunities come from UAX #14 over the whole formatting context's
// text, so that they are found across element boundaries; atomic inlines
// stand in the text as U+FFFC.
// https://www.w3.org/TR/css-text-3/#line-breaking
func (l *layouter) prepareInline(b *Box) *ifcData {
	var sb strings.Builder
	var items []rawItem
	var walk func(children []*Box)
	walk = func(children []*Box) {
		for _, c := range children {
			switch c.Kind {
			case TextBox:
				start := sb.Len()
				sb.WriteString(c.Text)
				items = append(items, rawItem{pieceText, c, start, sb.Len()})
			case InlineBox:
				items = append(items, rawItem{kind: pieceOpen, box: c})
				walk(c.Children)
				items = append(items, rawItem{kind: pieceClose, box: c})
			case LineBreakBox:
				items = append(items, rawItem{kind: pieceBreak, box: c})
			default:
				if c.outOfFlow() {
					kind := pieceAbs
					if c.Style.Float != cssom.FloatNone {
						kind = pieceFloat
					}
					items = append(items, rawItem{kind: kind, box: c})
					continue
				}
				start := sb.Len()
				sb.WriteString("\uFFFC")
				items = append(items, rawItem{pieceAtomic, c, start, sb.Len()})
			}
		}
	}
	walk(b.Children)
	text := sb.String()
	breaks := tailorBreaks(LineBreaks(text), text, items)
	levels := resolveLevels(b, items, text)
	d := &ifcData{pieces: make([]piece, 0, len(items)+len(breaks)), text: text, bidi: levels != nil}
	bi := 0
	isBreak := func(pos int) bool {
		for bi < len(breaks) && breaks[bi] < pos {
			bi++
		}
		return bi < len(breaks) && breaks[bi] == pos
	}
	for _, it := range items {
		switch it.kind {
		case pieceText:
			d.pieces = l.textPieces(d.pieces, it, text, isBreak, levels)
		case pieceAtomic:
			p := piece{kind: pieceAtomic, box: it.box, breakAfter: isBreak(it.end)}
			if levels != nil {
				p.level = levels[it.start]
			}
			d.pieces = append(d.pieces, p)
		default:
			d.pieces = append(d.pieces, piece{kind: it.kind, box: it.box})
		}
	}
	return d
}

// textPieces appends the pieces of one text item: split at soft wrap
// opportunities and preserved newlines, each piece shaped separately.
func (l *layouter) textPieces(out []piece, it rawItem, text string, isBreak func(int) bool, levels []uint8) []piece {
	st := it.box.Style
	spec := SpecOf(st)
	wrap := wraps(st.WhiteSpace)
	coll := collapsible(st.WhiteSpace)
	start := it.start
	n0 := len(out)
	for pos := it.start; pos < it.end; pos++ {
		if text[pos] == '\t' {
			if pos > start {
				out = l.levelPieces(out, it.box, text, start, pos, spec, coll, wrap && isBreak(pos), levels)
			}
			out = append(out, l.tabPiece(it.box, pos, spec, wrap && isBreak(pos+1), levels))
			start = pos + 1
			continue
		}
		if text[pos] == '\n' {
			if pos > start {
				out = l.levelPieces(out, it.box, text, start, pos, spec, coll, false, levels)
			}
			out = append(out, piece{kind: pieceBreak, box: it.box})
			start = pos + 1
			continue
		}
		if pos > start && isBreak(pos) {
			out = l.levelPieces(out, it.box, text, start, pos, spec, coll, wrap, levels)
			start = pos
		}
	}
	if start < it.end {
		out = l.levelPieces(out, it.box, text, start, it.end, spec, coll, wrap && isBreak(it.end), levels)
	}
	l.kernSpaces(out[n0:], spec) // shape_kern.go
	return out
}

// textPiece shapes one piece of text: the word, then its trailing spaces.
// level is the piece's bidi embedding level: at an odd level, mirrored
// characters are shaped mirrored.
func (l *layouter) textPiece(b *Box, s string, off int, spec FontSpec, coll, breakAfter bool, level uint8) piece {
	word := strings.TrimRight(s, " ")
	p := piece{kind: pieceText, box: b, word: word, space: s[len(word):], off: off, breakAfter: breakAfter, collapsible: coll, level: level}
	ls, ws := b.Style.LetterSpacing, b.Style.WordSpacing
	// The piece is shaped in the direction of its level: at an odd level
	// right to left, in visual order and mirrored (shape_bidi.go).
	spec.Direction = ShapeLTR
	if level%2 == 1 {
		spec.Direction = ShapeRTL
	}
	if word != "" {
		p.runs = l.fonts.Shape(word, spec)
		for _, r := range p.runs {
			p.width += r.Advance + ls*Fixed(len(r.Glyphs))
			p.width += ws * Fixed(strings.Count(r.Text, "\u00a0"))
		}
	}
	if p.space != "" {
		p.spaceRuns = l.fonts.Shape(p.space, spec)
		p.nSpaces = len(p.space)
		p.spaceWidth = (ls + ws) * Fixed(p.nSpaces)
		for _, r := range p.spaceRuns {
			p.spaceWidth += r.Advance
		}
	}
	return p
}

// inlineEdge returns the start (or end) margin+border+padding of inline
// box b, resolved against the containing block width cbw: its left (right)
// side, or its right (left) side when b is right to left.
func inlineEdge(b *Box, cbw Fixed, end bool) Fixed {
	side := cssom.Left
	if end != (b.Style.Direction == "rtl") {
		side = cssom.Right
	}
	if end && b.NoEndEdge || !end && b.NoStartEdge {
		return 0
	}
	st := b.Style
	return st.Margin[side].Resolve(cbw, 0) + st.BorderWidth[side] + cssom.Max(0, st.Padding[side].Resolve(cbw, 0))
}

// lineBuilder lays out the lines of one inline formatting context.
// https://www.w3.org/TR/CSS22/visuren.html#inline-formatting
type lineBuilder struct {
	l *layouter
	b *Box // the block container
	// clampLeft counts the lines -webkit-line-clamp still allows (-1:
	// no clamp); clampNow marks the last one, which ends in an ellipsis.
	clampLeft int
	clampNow  bool
	pieces    []piece
	// ifcText is the text the pieces are cut from; ts and te are the byte
	// range of the current text fragment's text in it, gs the index of its
	// first glyph in the layouter's glyph arena.
	ifcText    string
	ts, te, gs int
	width      Fixed // the content width of the block container
	fl         flow  // where the content box sits in its formatting context
	// left and avail are the current line's left edge (from the content
	// box) and width, narrowed by floats.
	left, avail Fixed
	// floats holds floats laid out for this context, by piece index;
	// placed says which of them are placed; deferred lists those waiting
	// for the end of the current line.
	floats   map[int]*Fragment
	placed   map[int]bool
	deferred []int
	openSave []*Box // lb.open before the current line, to lay it out again
	newFloat bool   // a float was placed at the current line's top
	// absBelow are absolutely positioned boxes whose static position is
	// below the current line.
	absBelow []*Fragment
	atoms    map[int]atomicLayout
	open     []*Box // inline boxes open at the end of the previous line
	lines    []*Fragment
	y        Fixed
	strut    placedItem
	items    []placedItem // the current line's fragments, parents first
	stack    []int        // indices in items of the open inline boxes
	text     int          // index in items of the text fragment being extended, or -1
	// per line
	x, extra Fixed // pen position; extra advance per space (justify)
	indent   Fixed // the line's text-indent
	// bidi says the pieces have bidi levels: lines are reordered.
	bidi bool
	// head is the start of a word split by overflow-wrap that ends the
	// current line; pieces[headAt] holds the rest, headOrig the whole
	// piece until the line is final. ownPieces says pieces is a copy of
	// the formatting context's, which splitting may change.
	head      *piece
	headAt    int
	headOrig  piece
	ownPieces bool
	// lineBox is the ::first-line's fictional inline box while the first
	// line is laid out, else nil (firstline.go).
	lineBox *Box

	// charExtra is the inter-character justification after each of
	// the line's clusters but the last; charsLeft counts the clusters
	// still to place (justify.go).
	charExtra Fixed
	charsLeft int
	// firstLine says the line being laid out is the block's first
	// (hanging-punctuation: first; justify_hang.go).
	firstLine bool
}

// placedItem is one fragment of the current line with what vertical
// alignment needs (CSS 2.1 §10.8).
type placedItem struct {
	frag   *Fragment
	box    *Box
	parent int // index of the enclosing inline box, -1 for the root
	kind   pieceKind
	st     *cssom.ComputedStyle
	m      Metrics
	// a and d are the extent above and below the baseline of the box used
	// for alignment: the leading-adjusted inline box (A', D') for inline
	// boxes, the margin box for atomic inlines.
	a, d Fixed
	lh   Fixed // the used line-height
	// shift is the baseline's offset from the root inline box's baseline,
	// positive down.
	shift Fixed
	// anchor is the index of the nearest top- or bottom-aligned
	// ancestor-or-self (-1: the root inline box), rel the baseline's
	// offset from the anchor's; an anchor's subMin and subMax are its
	// aligned subtree's extent around its baseline.
	anchor         int
	rel            Fixed
	subMin, subMax Fixed
}

// layoutInlineContent lays out b's inline content in lines as wide as its
// content box cb and returns the line (and float) fragments relative to
// b's content box, the height the lines take, and whether there is no line
// box.
func (l *layouter) layoutInlineContent(b *Box, cb containingBlock, fl flow) ([]*Fragment, Fixed, bool) {
	width := cb.w
	d := l.ifc(b)
	lb := &lineBuilder{l: l, b: b, pieces: d.pieces, ifcText: d.text, width: width, fl: fl, text: -1, bidi: d.bidi, clampLeft: -1}
	if n := b.Style.LineClamp; n > 0 {
		lb.clampLeft = int(n)
	}
	lb.strut = lb.inlineItem(b.Style, nil, -1)
	for i := range d.pieces {
		if d.pieces[i].kind == pieceAtomic {
			if lb.atoms == nil {
				lb.atoms = make(map[int]atomicLayout)
			}
			lb.atoms[i] = l.layoutAtomic(d.pieces[i].box, cb)
			if l.err != nil {
				return nil, 0, true
			}
		}
	}
	first, empty, forced := true, true, false
	for i := 0; i < len(d.pieces); {
		indent := lineIndent(b.Style, width, first, forced) // textindent.go
		lb.firstLine = first
		var j int
		var visible bool
		if first && b.firstLineBox != nil {
			j, visible = lb.layoutFirstLine(l.firstLineData(b, d), i, indent)
		} else {
			j, visible = lb.layoutLine(i, indent)
		}
		if visible {
			empty = false
		}
		lb.placeDeferred()
		if k := j - 1; k >= 0 && lb.pieces[k].kind == pieceBreak && lb.pieces[k].box.Kind == LineBreakBox {
			// <br clear> (clear on a forced break): the next line starts
			// below the floats it clears (CSS 2.1 §9.5.2).
			if cy, ok := fl.fc.clearY(lb.pieces[k].box.Style.Clear); ok && cy-fl.y > lb.y {
				lb.y = cy - fl.y
			}
		}
		i, first = j, false
		forced = j > 0 && lb.pieces[j-1].kind == pieceBreak
		if l.err != nil || lb.clampLeft == 0 {
			// -webkit-line-clamp: the content after the last line
			// allowed is not laid out (lineclamp.go in cssom).
			break
		}
	}
	return lb.lines, lb.y, empty
}

// layoutLine lays out the line that starts at piece i and returns where
// the next one starts and whether this one has a line box. The space
// beside floats is first looked up for the height of the strut; when the
// line turns out taller and floats further down narrow it, it is laid out
// again in the narrower space.
func (lb *lineBuilder) layoutLine(i int, indent Fixed) (int, bool) {
	bandH := lb.strut.a + lb.strut.d
	y0 := lb.y
	lb.openSave = append(lb.openSave[:0], lb.open...)
	for attempt := 0; ; attempt++ {
		lb.findBand(i, indent, bandH)
		lb.newFloat = false
		j, forced := lb.breakLine(i, indent)
		if lb.newFloat {
			// Floats placed at this line's top narrow it: break it again
			// in the space they leave, lower down if nothing fits.
			lb.findBand(i, indent, bandH)
			j, forced = lb.breakLine(i, indent)
		}
		// Floats placed so far stay; the line's own fragments go when
		// it is laid out again.
		nLines := len(lb.lines)
		top, left, avail := lb.y, lb.left, lb.avail
		visible := lb.placeLine(i, j, indent, forced || j == len(lb.pieces))
		h := lb.y - top
		if !visible || attempt == 2 || h <= bandH {
			lb.head = nil // the split, if any, is final
			return j, visible
		}
		l, r := lb.fl.fc.band(lb.fl.y+top, h, lb.fl.x, lb.fl.x+lb.width)
		if l-lb.fl.x == left && r-l == avail {
			lb.head = nil // the split, if any, is final
			return j, visible
		}
		lb.y, lb.lines, bandH = y0, lb.lines[:nLines], h
		lb.open = append(lb.open[:0], lb.openSave...)
	}
}

// advance returns the width piece i takes on a line, not counting its
// trailing spaces.
func (lb *lineBuilder) advance(i int) Fixed {
	p := &lb.pieces[i]
	switch p.kind {
	case pieceText:
		return p.width
	case pieceOpen, pieceClose:
		return inlineEdge(p.box, lb.width, p.kind == pieceClose)
	case pieceAtomic:
		a := lb.atoms[i]
		return a.frag.Rect.W + a.frag.Margin[cssom.Left] + a.frag.Margin[cssom.Right]
	}
	return 0
}

// breakLine chooses the pieces [i, j) of the next line: greedily, as many
// as fit before a soft wrap opportunity; a line holds at least one piece,
// overflowing when nothing fits. forced says the line ends with a forced
// break.
// https://www.w3.org/TR/css-text-3/#line-breaking
// An overflowing word breaks between grapheme clusters where
// overflow-wrap allows (splitAt); a soft hyphen break counts only when
// its hyphen fits. TODO(spec): hyphens: auto, line-break: strict/loose/
// anywhere, the min-content contribution of overflow-wrap: anywhere
// (block.go's intrinsic widths ignore it).
func (lb *lineBuilder) breakLine(i int, indent Fixed) (j int, forced bool) {
	lb.unsplit()
	x := indent - lb.hangStart(i) // justify_hang.go
	lastBreak := -1
	start := true // at the line's start: collapsible spaces are removed
	for j = i; j < len(lb.pieces); {
		p := &lb.pieces[j]
		if p.kind == pieceBreak {
			return j + 1, true
		}
		if p.kind == pieceFloat {
			lb.floatAt(j, x, start)
			j++
			continue
		}
		if p.kind == pieceText && start && p.word == "" && p.collapsible {
			j++
			if p.breakAfter {
				lastBreak = j
			}
			continue
		}
		w := lb.advance(j)
		if p.tab {
			w = lb.tabAdvance(p, x)
		}
		if x+w-lb.hangEnd(j) > lb.avail && lastBreak > i {
			return lastBreak, false
		}
		if x+w > lb.avail && p.kind == pieceText && p.word != "" && overflowWraps(p.box.Style) && lb.splitAt(j, lb.avail-x) {
			return j, false
		}
		x += w + p.spaceWidth
		if p.kind == pieceText || p.kind == pieceAtomic {
			start = false
		}
		j++
		if p.breakAfter {
			for j < len(lb.pieces) && lb.pieces[j].kind == pieceClose {
				x += lb.advance(j)
				j++
			}
			if !lb.hyphenOverflows(p, x) {
				lastBreak = j
			}
		}
	}
	return j, false
}

// lineExtent measures line [i, j): the width of its content, the number of
// justification opportunities, the index of the text piece whose trailing
// spaces end the line (removed when collapsible), and whether the line
// holds anything that gives it height (CSS 2.1 §9.4.2: else it is treated
// as a zero-height line box).
func (lb *lineBuilder) lineExtent(i, j int) (w Fixed, spaces, trim int, visible bool) {
	trim = -1
	for k := j - 1; k >= i && lb.head == nil; k-- {
		if p := &lb.pieces[k]; p.kind == pieceText {
			if p.collapsible {
				trim = k
			}
			break
		} else if p.kind == pieceAtomic {
			break
		}
	}
	start := true
	for k := i; k < j; k++ {
		p := &lb.pieces[k]
		switch p.kind {
		case pieceText:
			if atLineStart(p, &start) {
				continue
			}
			if p.tab {
				w += lb.tabAdvance(p, lb.indent+w)
			} else {
				w += p.width
			}
			if p.word != "" || !p.collapsible {
				visible = true
			}
			if k != trim {
				w += p.spaceWidth
				spaces += p.nSpaces
			}
		case pieceBreak:
			visible = true
		case pieceAtomic:
			start, visible = false, true
			w += lb.advance(k)
		default:
			e := lb.advance(k)
			visible = visible || e != 0
			w += e
		}
	}
	if lb.head != nil {
		w += lb.head.width
		visible = true
	}
	if k := lb.hyphenAt(i, j); k >= 0 {
		_, hw := lb.l.hyphenRuns(&lb.pieces[k])
		w += hw
	}
	return w, spaces, trim, visible
}

// placeLine builds the line box for pieces [i, j) and appends it unless it
// is empty; it reports whether it did.
func (lb *lineBuilder) placeLine(i, j int, indent Fixed, last bool) bool {
	lb.indent = indent
	w, spaces, trim, visible := lb.lineExtent(i, j)
	lb.items = lb.items[:0]
	lb.stack = lb.stack[:0]
	lb.text = -1
	free := lb.avail - indent - w
	lb.x = indent
	if lb.b.Style.Direction == "rtl" {
		// The indent is at the start edge, the right.
		lb.x = 0
	}
	lb.alignLine(i, j, trim, free, spaces, last) // justify.go
	if lb.bidi {
		lb.placeVisual(i, j, trim)
	} else {
		lb.placeLogical(i, j, trim)
	}
	lb.clampNow = visible && lb.clampLeft == 1 && lb.moreContent(j)
	lb.ellipsize(lb.x)
	if visible {
		lb.finishLine()
		if lb.clampLeft > 0 {
			lb.clampLeft--
		}
	}
	for _, f := range lb.absBelow {
		f.Rect.Y = lb.y + f.Margin[cssom.Top]
	}
	lb.absBelow = lb.absBelow[:0]
	return visible
}

// placeLogical places the fragments of line [i, j) in logical order, left
// to right (the line has no bidi levels); trim is the text piece whose
// trailing spaces are removed.
func (lb *lineBuilder) placeLogical(i, j, trim int) {
	if lb.lineBox != nil {
		lb.openBox(lb.lineBox, true)
	}
	for _, ob := range lb.open {
		lb.openBox(ob, false)
	}
	start := true
	hyphen := lb.hyphenAt(i, j)
	for k := i; k < j; k++ {
		p := &lb.pieces[k]
		switch p.kind {
		case pieceText:
			if atLineStart(p, &start) {
				continue
			}
			lb.placeText(p, k != trim)
			if k == hyphen {
				lb.placeHyphen(p)
			}
		case pieceOpen:
			lb.openBox(p.box, true)
		case pieceClose:
			lb.closeBox(true)
		case pieceAtomic:
			start = false
			lb.placeAtomic(k)
		case pieceAbs:
			lb.placeAbs(k, !start)
		}
	}
	if lb.head != nil {
		lb.placeText(lb.head, false)
	}
	lb.open = lb.open[:0]
	for _, si := range lb.stack {
		if b := lb.items[si].box; b != lb.lineBox {
			lb.open = append(lb.open, b)
		}
	}
	for len(lb.stack) > 0 {
		lb.closeBox(false)
	}
}

// atLineStart reports whether text piece p is collapsible white space at the
// start of the line, which is removed (CSS Text 3 §4.1.2, phase II, step 1);
// start tracks whether any content came before, and p clears it otherwise.
func atLineStart(p *piece, start *bool) bool {
	if *start && p.word == "" && p.collapsible {
		return true
	}
	*start = false
	return false
}
