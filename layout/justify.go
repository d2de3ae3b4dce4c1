package layout

// The inline alignment of a line box: text-align and text-align-last
// choose it, text-justify the way a justified line is stretched.
// https://www.w3.org/TR/css-text-3/#justification

import (
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// alignment returns the used text-align of a line: left, right, center or
// justify. last says it is the last line of the block or ends in a forced
// break, where text-align-last applies.
// https://www.w3.org/TR/css-text-3/#text-align-last-property
func (lb *lineBuilder) alignment(last bool) cssom.TextAlign {
	st := lb.b.Style
	a := st.TextAlign.Inline()
	switch {
	case last:
		a = st.TextAlignLastUsed()
	case a == cssom.TextAlignJustifyAll:
		a = cssom.TextAlignJustify
	}
	return physicalAlign(a, st.Direction == "rtl")
}

// physicalAlign maps start and end to left or right.
func physicalAlign(a cssom.TextAlign, rtl bool) cssom.TextAlign {
	switch {
	case a == cssom.TextAlignStart && rtl, a == cssom.TextAlignEnd && !rtl:
		return cssom.TextAlignRight
	case a == cssom.TextAlignStart, a == cssom.TextAlignEnd:
		return cssom.TextAlignLeft
	}
	return a
}

// alignLine sets the pen offset and the justification of line [i, j),
// whose content is w wide with spaces justifiable spaces, in the free
// space of the line; trim is the text piece whose trailing spaces are
// removed.
// https://www.w3.org/TR/css-text-3/#text-align-property
func (lb *lineBuilder) alignLine(i, j, trim int, free Fixed, spaces int, last bool) {
	lb.extra, lb.charExtra, lb.charsLeft = 0, 0, 0
	rtl := lb.b.Style.Direction == "rtl"
	// Hanging punctuation is not measured (justify_hang.go).
	hs, he := lb.lineHangs(i, j, trim, lb.avail-lb.indent-free, lb.indent)
	free += hs + he
	a := lb.alignment(last)
	if a == cssom.TextAlignJustify && !lb.justify(i, j, trim, free, spaces) {
		// "If an inline box has no justification opportunities" or the
		// content does not fit, the line is aligned to its start.
		a = physicalAlign(cssom.TextAlignStart, rtl)
	}
	if free < 0 {
		// "If (after justification, if any) the inline contents of a
		// line box are too long to fit within it, then the contents are
		// start-aligned: any content that doesn't fit overflows the line
		// box's end edge."
		a = physicalAlign(cssom.TextAlignStart, rtl)
	}
	switch a {
	case cssom.TextAlignRight:
		lb.x += free
	case cssom.TextAlignCenter:
		lb.x += free / 2
	}
	// The line's left edge is its start (end when right to left): what
	// hangs there goes outside it.
	if rtl {
		lb.x -= he
	} else {
		lb.x -= hs
	}
}

// justify stretches line [i, j) by free, over its justification
// opportunities as text-justify says, and reports whether it could: with
// no opportunity, no free space or text-justify: none it cannot.
// inter-word spreads the space over the word separators (lb.extra per
// space), inter-character over the gaps between typographic character
// units (lb.charExtra after each but the last, charJustify).
// https://www.w3.org/TR/css-text-3/#text-justify-property
//
// AD-HOC: auto is inter-word, or inter-character on a line without word
// separators that holds CJK text, as Chromium does for Latin and CJK
// paragraphs; the block container's text-justify applies to the whole
// line; a cluster is a glyph with an advance (ligatures count as one,
// combining marks as none).
// TODO(spec): per-script opportunities on lines mixing scripts, the
// priorities of §8.2, cursive scripts (no inter-character spacing).
func (lb *lineBuilder) justify(i, j, trim int, free Fixed, spaces int) bool {
	if free <= 0 {
		return false
	}
	method := lb.b.Style.TextJustify
	if method == cssom.TextJustifyNone {
		return false
	}
	if method == cssom.TextJustifyAuto {
		method = cssom.TextJustifyInterWord
		if spaces == 0 && lb.lineHasCJK(i, j) {
			method = cssom.TextJustifyInterCharacter
		}
	}
	if method == cssom.TextJustifyInterWord {
		if spaces == 0 {
			return false
		}
		lb.extra = free / Fixed(spaces)
		return true
	}
	n := lb.lineClusters(i, j, trim)
	if n < 2 {
		return false
	}
	lb.charExtra, lb.charsLeft = free/Fixed(n-1), n
	return true
}

// charJustify returns the inter-character justification to add after a
// glyph of original advance adv that appendRuns places: the gap after
// each cluster but the line's last.
func (lb *lineBuilder) charJustify(adv Fixed) Fixed {
	if lb.charsLeft <= 0 || adv == 0 {
		return 0
	}
	lb.charsLeft--
	if lb.charsLeft == 0 {
		return 0
	}
	return lb.charExtra
}

// lineClusters counts the clusters line [i, j) places, as placeLogical
// and placeVisual do: the text not removed at its start, the trailing
// spaces but trim's, the head of a split word and a hyphen.
func (lb *lineBuilder) lineClusters(i, j, trim int) int {
	n := 0
	start := true
	for k := i; k < j; k++ {
		p := &lb.pieces[k]
		switch p.kind {
		case pieceText:
			if atLineStart(p, &start) {
				continue
			}
			n += clusters(p.runs)
			if k != trim {
				n += clusters(p.spaceRuns)
			}
		case pieceAtomic:
			start = false
		}
	}
	if lb.head != nil {
		n += clusters(lb.head.runs)
	}
	if k := lb.hyphenAt(i, j); k >= 0 {
		runs, _ := lb.l.hyphenRuns(&lb.pieces[k])
		n += clusters(runs)
	}
	return n
}

// clusters counts the glyphs of runs that advance the pen.
func clusters(runs []ShapedRun) int {
	n := 0
	for _, r := range runs {
		for _, g := range r.Glyphs {
			if g.Advance != 0 {
				n++
			}
		}
	}
	return n
}

// lineHasCJK reports whether the words of line [i, j) hold Han, Hiragana
// or Katakana characters, or CJK punctuation.
func (lb *lineBuilder) lineHasCJK(i, j int) bool {
	for k := i; k < j; k++ {
		p := &lb.pieces[k]
		if p.kind != pieceText {
			continue
		}
		for s := p.word; s != ""; {
			r, n := utf8.DecodeRuneInString(s)
			s = s[n:]
			if r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF ||
				unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				return true
			}
		}
	}
	return false
}
