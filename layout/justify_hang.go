package layout

// hanging-punctuation: punctuation at the edges of a line that is placed
// outside the line box, not counted when the line is filled and aligned.
// https://www.w3.org/TR/css-text-3/#hanging-punctuation-property
//
// TODO(spec): the block container's value applies to the whole line (the
// property applies to text); a character is "available" here when only
// edgeless inline box starts or ends separate it from the line's edge, not
// per the inline box that holds it; first applies to the first line of
// each inline formatting context, not only of the element; intrinsic
// sizes count the hanging characters; lines laid out right to left in
// bidi order hang by logical position.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// hangStart returns the advance of the opening punctuation that hangs at
// the start of the line beginning at piece i: with hanging-punctuation:
// first, "an available character at the start of the first formatted
// line of an element hangs"; 0 otherwise.
func (lb *lineBuilder) hangStart(i int) Fixed {
	if !lb.firstLine || lb.b.Style.HangingPunctuation&cssom.HangFirst == 0 {
		return 0
	}
	for k := i; k < len(lb.pieces); k++ {
		p := &lb.pieces[k]
		switch {
		case p.kind == pieceText && p.word == "" && p.collapsible:
			continue // removed at the line's start
		case p.kind == pieceOpen && lb.advance(k) == 0:
			continue
		case p.kind != pieceText || p.tab:
			return 0
		}
		r, _ := utf8.DecodeRuneInString(p.word)
		if !hangsFirst(r) {
			return 0
		}
		return lb.charAdvance(p, r)
	}
	return 0
}

// hangEnd returns the advance of the punctuation that ends text piece k
// and may hang when a line ends after it (force-end and allow-end: a stop
// or comma; last: closing punctuation that ends the block's content).
// When a line is filled, allow-end punctuation hangs as force-end does;
// lineHangs decides whether it hangs once the line is chosen.
func (lb *lineBuilder) hangEnd(k int) Fixed {
	h := lb.b.Style.HangingPunctuation
	if h == 0 || k < 0 || k >= len(lb.pieces) {
		return 0
	}
	p := &lb.pieces[k]
	if p.kind != pieceText || p.tab || p.word == "" || p.space != "" && !p.collapsible {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p.word)
	switch {
	case h&(cssom.HangForceEnd|cssom.HangAllowEnd) != 0 && isStopOrComma(r):
	case h&cssom.HangLast != 0 && hangsLast(r) && !lb.moreContent(k+1):
	default:
		return 0
	}
	return lb.charAdvance(p, r)
}

// lineHangs returns the hanging advances at the start and end of line
// [i, j) of content width w, whose trailing spaces after text piece trim
// are removed: what alignment leaves out of the line's measure. allow-end
// punctuation hangs only "if it does not otherwise fit in the line prior
// to justification".
func (lb *lineBuilder) lineHangs(i, j, trim int, w, indent Fixed) (start, end Fixed) {
	start = lb.hangStart(i)
	if lb.head != nil || lb.b.Style.HangingPunctuation == 0 {
		return start, 0
	}
	k := j - 1
	for k >= i && lb.pieces[k].kind == pieceClose && lb.advance(k) == 0 {
		k--
	}
	if k < i || lb.pieces[k].kind != pieceText || lb.pieces[k].space != "" && k != trim || lb.hyphenAt(i, j) == k {
		return start, 0
	}
	end = lb.hangEnd(k)
	st := lb.b.Style
	r, _ := utf8.DecodeLastRuneInString(lb.pieces[k].word)
	if end != 0 && st.HangingPunctuation&cssom.HangForceEnd == 0 && isStopOrComma(r) &&
		!(st.HangingPunctuation&cssom.HangLast != 0 && hangsLast(r)) && w-start <= lb.avail-indent {
		end = 0 // allow-end: it fits
	}
	return start, end
}

// charAdvance returns the advance of character r in text piece p's style,
// with letter-spacing.
func (lb *lineBuilder) charAdvance(p *piece, r rune) Fixed {
	st := p.box.Style
	adv := st.LetterSpacing
	for _, run := range lb.l.fonts.Shape(string(r), SpecOf(st)) {
		adv += run.Advance
	}
	return adv
}

// hangsFirst reports whether r may hang at a line's start: "Ps, Pf, Pi,
// U+0027 APOSTROPHE, U+0022 QUOTATION MARK".
func hangsFirst(r rune) bool {
	return r == '\'' || r == '"' || unicode.In(r, unicode.Ps, unicode.Pf, unicode.Pi)
}

// hangsLast reports whether r may hang at a line's end: "Pe, Pf, Pi,
// U+0027 APOSTROPHE, U+0022 QUOTATION MARK".
func hangsLast(r rune) bool {
	return r == '\'' || r == '"' || unicode.In(r, unicode.Pe, unicode.Pf, unicode.Pi)
}

// isStopOrComma reports whether r is one of the stops and commas that
// force-end and allow-end hang.
// https://www.w3.org/TR/css-text-3/#stops-and-commas
func isStopOrComma(r rune) bool {
	return strings.ContainsRune(",.\u060C\u06D4\u3001\u3002\uFF0C\uFF0E\uFE50\uFE51\uFE52\uFF61\uFF64", r)
}
