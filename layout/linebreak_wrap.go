package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// This file holds the CSS Text 3 tailoring of the UAX #14 soft wrap
// opportunities: word-break (break-all, keep-all) and overflow-wrap
// (anywhere, break-word).
// https://www.w3.org/TR/css-text-3/#line-break-details

// wordChar reports whether r takes part in a "word" for word-break:
// letters, numbers and combining marks (typographic letter units).
func wordChar(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// graphemeContinues reports whether r continues the grapheme cluster
// before it, so that no break may come before it.
// AD-HOC: an approximation of UAX #29 extended grapheme clusters: what
// continues a cluster for font matching (clusterContinues), spacing marks,
// and LF after CR.
func graphemeContinues(prev, r rune) bool {
	return clusterContinues(r, prev) || prev == '\r' && r == '\n' ||
		r >= 0x300 && unicode.Is(unicode.Mc, r)
}

// tailorBreaks applies word-break to the soft wrap opportunities breaks
// (byte offsets in text, increasing) of an inline formatting context
// whose text items are items, and hyphens: none (no break after a soft
// hyphen); the style of the text before an offset decides there. It
// returns breaks itself when no item needs tailoring.
// https://www.w3.org/TR/css-text-3/#word-break-property
// https://www.w3.org/TR/css-text-3/#valdef-hyphens-none
func tailorBreaks(breaks []int, text string, items []rawItem) []int {
	tailored := false
	cj := hasConditionalJapanese(text)
	for _, it := range items {
		st := it.box.Style
		if it.kind == pieceText && (st.WordBreak != cssom.WordBreakNormal && st.WordBreak != cssom.WordBreakBreakWord ||
			st.Hyphens == cssom.HyphensNone || st.LineBreak == cssom.LineBreakAnywhere ||
			cj && st.LineBreak != cssom.LineBreakStrict) {
			tailored = true
			break
		}
	}
	if !tailored {
		return breaks
	}
	out := make([]int, 0, len(breaks))
	bi := 0
	for _, it := range items {
		if it.kind != pieceText {
			continue
		}
		// Keep the breaks before this item untouched.
		for bi < len(breaks) && breaks[bi] <= it.start {
			out = append(out, breaks[bi])
			bi++
		}
		wb := it.box.Style.WordBreak
		lbk := it.box.Style.LineBreak
		noHyphens := it.box.Style.Hyphens == cssom.HyphensNone
		prev, _ := utf8.DecodeLastRuneInString(text[:it.start])
		for pos := it.start; pos < it.end; {
			r, n := utf8.DecodeRuneInString(text[pos:])
			isBreak := bi < len(breaks) && breaks[bi] == pos
			if isBreak {
				bi++
			}
			both := pos > it.start && wordChar(prev) && wordChar(r)
			switch {
			case noHyphens && isBreak && prev == '\u00ad':
				// hyphens: none: "words are not hyphenated, even if
				// characters inside the word explicitly define
				// hyphenation opportunities".
			case wb == cssom.WordBreakKeepAll && isBreak && both:
				// "Breaking is forbidden within words": implicit
				// opportunities between letters (ideographs, Hangul)
				// are suppressed.
			case isBreak:
				out = append(out, pos)
			case lbk == cssom.LineBreakAnywhere && pos > it.start && !graphemeContinues(prev, r):
				// "There is a soft wrap opportunity around every
				// typographic character unit ... disregarding any
				// prohibition against line breaks."
				out = append(out, pos)
			case lbk != cssom.LineBreakStrict && pos > it.start && cjkBefore(prev) && looseBreakBefore(r, lbk == cssom.LineBreakLoose):
				// line-break: normal and loose allow breaks before
				// small kana and the prolonged sound mark (UAX #14 class
				// CJ as ID); loose also before iteration marks and
				// CJK hyphens (CSS Text 3 §5.3).
				out = append(out, pos)
			case wb == cssom.WordBreakBreakAll && both && !graphemeContinues(prev, r):
				// "Breaking is allowed within words": between any two
				// typographic letter units.
				out = append(out, pos)
			}
			prev = r
			pos += n
		}
	}
	return append(out, breaks[bi:]...)
}

// overflowWraps reports whether the text of style st may be broken at an
// arbitrary point when a word does not fit (overflow-wrap: anywhere or
// break-word, or the legacy word-break: break-word), and white space
// allows wrapping at all.
// https://www.w3.org/TR/css-text-3/#overflow-wrap-property
func overflowWraps(st *cssom.ComputedStyle) bool {
	return wraps(st.WhiteSpace) && (st.OverflowWrap != cssom.OverflowWrapNormal || st.WordBreak == cssom.WordBreakBreakWord)
}

// splitOverflow splits text piece p, which starts a line (or follows
// content with no soft wrap opportunity) at pen x and overflows avail,
// at a grapheme cluster boundary: the head is the longest prefix of its
// word that fits, at least one cluster (the spec's "if there are no
// otherwise-acceptable break points"). It reports false when the word
// has a single cluster.
// https://www.w3.org/TR/css-text-3/#valdef-overflow-wrap-anywhere
func (l *layouter) splitOverflow(p *piece, room Fixed) (head, tail piece, ok bool) {
	word := p.word
	st := p.box.Style
	spec := SpecOf(st)
	cut := 0 // byte offset of the chosen boundary
	var w Fixed
	var prev rune
	for pos := 0; pos < len(word); {
		r, n := utf8.DecodeRuneInString(word[pos:])
		if pos > 0 && !graphemeContinues(prev, r) {
			if w > room {
				if cut == 0 {
					cut = pos
				}
				break
			}
			cut = pos
		}
		// AD-HOC: the fit is measured with the characters shaped one by
		// one; the pieces are shaped again whole.
		for _, run := range l.fonts.Shape(word[pos:pos+n], spec) {
			w += run.Advance + st.LetterSpacing*Fixed(len(run.Glyphs))
		}
		prev = r
		pos += n
	}
	if w <= room {
		// The whole word fits: the overflow is in its trailing spaces
		// or later content, nothing to split.
		return piece{}, piece{}, false
	}
	if cut == 0 {
		return piece{}, piece{}, false
	}
	head = l.textPiece(p.box, word[:cut], p.off, spec, p.collapsible, false, p.level)
	tail = l.textPiece(p.box, word[cut:]+p.space, p.off+cut, spec, p.collapsible, p.breakAfter, p.level)
	return head, tail, true
}

// splitAt splits text piece j of the line being broken so that its head
// fits in room (see splitOverflow); the head ends the line and piece j
// becomes the rest. It reports whether it split.
func (lb *lineBuilder) splitAt(j int, room Fixed) bool {
	head, tail, ok := lb.l.splitOverflow(&lb.pieces[j], room)
	if !ok {
		return false
	}
	if !lb.ownPieces {
		lb.pieces = append([]piece(nil), lb.pieces...)
		lb.ownPieces = true
	}
	lb.headAt, lb.headOrig = j, lb.pieces[j]
	lb.pieces[j] = tail
	lb.head = &head
	return true
}

// unsplit undoes the split of the line being broken again (in a band
// narrowed by floats).
func (lb *lineBuilder) unsplit() {
	if lb.head != nil {
		lb.pieces[lb.headAt] = lb.headOrig
		lb.head = nil
	}
}

// softHyphen is U+00AD SOFT HYPHEN, a break opportunity (UAX #14 class
// BA) that shows a hyphen only when a line ends there.
const softHyphen = "\u00ad"

// hyphenAt returns the index of the text piece that ends line [i, j)
// after a soft hyphen, or -1: with hyphens: manual (the initial value) "a
// visible hyphen is inserted" there.
// https://www.w3.org/TR/css-text-3/#valdef-hyphens-manual
// TODO(spec): hyphens: auto (dictionary hyphenation) acts as manual.
func (lb *lineBuilder) hyphenAt(i, j int) int {
	if j >= len(lb.pieces) || lb.head != nil {
		return -1
	}
	for k := j - 1; k >= i; k-- {
		switch p := &lb.pieces[k]; p.kind {
		case pieceClose:
			continue
		case pieceText:
			if p.breakAfter && p.space == "" && strings.HasSuffix(p.word, softHyphen) {
				return k
			}
		}
		break
	}
	return -1
}

// hyphenRuns returns the shaped hyphen shown at a soft hyphen break in the
// text of p, and its width.
// AD-HOC: the hyphen is U+002D HYPHEN-MINUS (Chromium shows U+2010 when the
// font has it).
func (l *layouter) hyphenRuns(p *piece) ([]ShapedRun, Fixed) {
	runs := l.fonts.Shape("-", SpecOf(p.box.Style))
	var w Fixed
	for _, r := range runs {
		w += r.Advance + p.box.Style.LetterSpacing*Fixed(len(r.Glyphs))
	}
	return runs, w
}

// placeHyphen places the hyphen of a soft hyphen break after text piece p,
// in the text fragment that shows p when the font allows.
func (lb *lineBuilder) placeHyphen(p *piece) {
	runs, _ := lb.l.hyphenRuns(p)
	end := p.off + len(p.word)
	if lb.te != end {
		lb.text = -1
	}
	lb.appendRuns(p, runs, end, p.box.Style.LetterSpacing, 0, 0)
	// The hyphen is not in the formatting context's text: the fragment
	// shows the text up to the soft hyphen.
	lb.te = end
	if lb.ts > end {
		lb.ts = end
	}
	if lb.text >= 0 {
		lb.items[lb.text].frag.Text.Text = lb.ifcText[lb.ts:lb.te]
	}
	lb.text = -1
}

// hyphenOverflows reports whether a line ending after text piece p at pen
// x would overflow with the hyphen a soft hyphen there shows.
func (lb *lineBuilder) hyphenOverflows(p *piece, x Fixed) bool {
	if p.kind != pieceText || p.space != "" || !strings.HasSuffix(p.word, softHyphen) {
		return false
	}
	_, w := lb.l.hyphenRuns(p)
	return x+w > lb.avail
}

// ellipsize applies text-overflow: ellipsis to the current line, whose
// content ends at pen x: when it overflows the line box, the glyphs that
// do not fit before an ellipsis are hidden and the ellipsis, or
// text-overflow's <string> (shaped in the block container's font),
// follows the last one shown.
// https://www.w3.org/TR/css-overflow-3/#text-overflow
//
// TODO(spec): right-to-left lines (the ellipsis at the left), atomic
// inlines past the ellipsis (they stay), and the
// fragment's Text still names the hidden characters.
func (lb *lineBuilder) ellipsize(x Fixed) {
	st := lb.b.Style
	clamp := lb.clampNow
	lb.clampNow = false
	if !clamp && (!st.TextOverflowEllipsis || st.OverflowX == cssom.OverflowVisible || st.Direction == "rtl" || x <= lb.avail) {
		return
	}
	marker := "\u2026"
	if s := st.TextOverflowString; s != "" && !clamp {
		marker = s // text-overflow: <string> (cssom/text3.go)
	}
	runs := lb.l.fonts.Shape(marker, SpecOf(st))
	var ew Fixed
	for _, r := range runs {
		ew += r.Advance
	}
	limit := lb.avail - ew
	end := Fixed(0)
	for k := range lb.items {
		f := lb.items[k].frag
		if lb.items[k].kind != pieceText || f.Text == nil {
			if f.Rect.X+f.Rect.W <= limit {
				end = max(end, f.Rect.X+f.Rect.W)
			}
			continue
		}
		n := 0
		for n < len(f.Text.Glyphs) && f.Rect.X+f.Text.Glyphs[n].X+f.Text.Glyphs[n].Advance <= limit {
			n++
		}
		f.Text.Glyphs = f.Text.Glyphs[:n:n]
		if n > 0 {
			g := f.Text.Glyphs[n-1]
			f.Rect.W = g.X + g.Advance
			end = max(end, f.Rect.X+f.Rect.W)
		} else {
			f.Rect.W = 0
		}
	}
	m := lb.l.metricsOf(st)
	for _, r := range runs {
		f := &Fragment{Kind: TextFragment, Style: st, Anonymous: true,
			Rect: Rect{X: end, W: r.Advance, H: m.Ascent + m.Descent}, Baseline: m.Ascent,
			Text: &TextRun{Font: r.Font, Size: st.FontSize, Glyphs: append([]Glyph(nil), r.Glyphs...), Text: r.Text,
				FakeBold: r.FakeBold, FakeItalic: r.FakeItalic}}
		lb.items = append(lb.items, placedItem{frag: f, parent: -1, kind: pieceText, st: st, m: m})
		end += r.Advance
	}
}

// tabPiece returns the piece of the preserved tab at byte pos of the
// formatting context's text: shaped as a space, with the width of a whole
// tab (what intrinsic sizes count).
func (l *layouter) tabPiece(b *Box, pos int, spec FontSpec, breakAfter bool, levels []uint8) piece {
	p := piece{kind: pieceText, box: b, word: "\t", off: pos, breakAfter: breakAfter, tab: true}
	if levels != nil {
		p.level = levels[pos]
	}
	p.runs = l.fonts.Shape(" ", spec)
	p.width = tabSize(&p)
	return p
}

// tabSize returns the distance between tab stops for tab piece p: tab-size
// spaces (with letter- and word-spacing) or its length.
// https://www.w3.org/TR/css-text-3/#tab-size-property
func tabSize(p *piece) Fixed {
	st := p.box.Style
	if st.TabSize.Length {
		return max(st.TabSize.Px, 0)
	}
	space := st.LetterSpacing + st.WordSpacing
	for _, r := range p.runs {
		space += r.Advance
	}
	return max(space.MulFloat(float64(st.TabSize.Spaces)), 0)
}

// tabAdvance returns the advance of tab piece p at pen x (from the
// content box's start edge): to the next tab stop, or the one after when
// that is closer than half a space ("less than 0.5ch").
// https://www.w3.org/TR/css-text-3/#white-space-phase-2
// AD-HOC: the pen includes the line's alignment offset, so tab stops of
// centred or right-aligned lines shift with it; half a space stands for
// 0.5ch.
func (lb *lineBuilder) tabAdvance(p *piece, x Fixed) Fixed {
	tw := tabSize(p)
	if tw <= 0 {
		return 0
	}
	next := (x/tw + 1) * tw
	if x < 0 {
		next = 0
	}
	adv := next - x
	var space Fixed
	for _, r := range p.runs {
		space += r.Advance
	}
	if adv < space/2 {
		adv += tw
	}
	return adv
}

// placeTab places tab piece p at the pen: its space glyph, widened to the
// next tab stop.
func (lb *lineBuilder) placeTab(p *piece) {
	adv := lb.tabAdvance(p, lb.x)
	var glyphs, run Fixed
	for _, r := range p.runs {
		glyphs += Fixed(len(r.Glyphs))
		run += r.Advance
	}
	if glyphs == 0 {
		lb.x += adv
		lb.text = -1
		return
	}
	// appendRuns adds ls+perSpace to each glyph: spread what the tab
	// needs beyond the glyphs' advance over them.
	lb.appendRuns(p, p.runs, p.off, 0, (adv-run)/glyphs, 0)
	if rem := adv - run - (adv-run)/glyphs*glyphs; rem != 0 {
		lb.x += rem
		if lb.text >= 0 {
			f := lb.items[lb.text].frag
			f.Rect.W = lb.x - f.Rect.X
		}
	}
}

// moreContent reports whether pieces from j on hold anything a line would
// show: text other than collapsible white space, or an atomic inline.
func (lb *lineBuilder) moreContent(j int) bool {
	for _, p := range lb.pieces[j:] {
		switch {
		case p.kind == pieceAtomic:
			return true
		case p.kind == pieceText && (p.word != "" || !p.collapsible):
			return true
		}
	}
	return false
}
