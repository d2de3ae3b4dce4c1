package layout

import (
	"sync"

	"github.com/go-text/typesetting/segmenter"
)

// LineBreak is a line break opportunity: a line may end before the byte at
// Offset. Mandatory breaks (after a newline, carriage return, line or
// paragraph separator, vertical tab or form feed: UAX #14 classes BK, CR, LF
// and NL) must be taken where white space is preserved (white-space: pre,
// pre-wrap, pre-line, break-spaces).
type LineBreak struct {
	Offset    int // in bytes, 0 < Offset < len(text)
	Mandatory bool
}

// lineSegmenter is the pooled state of one LineBreakOpportunities call.
type lineSegmenter struct {
	seg   segmenter.Segmenter
	runes []rune
	offs  []int
}

var lineSegmenters = sync.Pool{New: func() any { return new(lineSegmenter) }}

// LineBreakOpportunities returns the line break opportunities in text per
// UAX #14 (https://www.unicode.org/reports/tr14/), with their kind, in
// increasing order of Offset. The break at the end of the text (LB3) is not
// included. Invalid UTF-8 bytes count as U+FFFD, one byte each.
//
// The text is cut at safe points (see nextSafeBreak); chunks of plain ASCII
// go through a fast path, the rest through go-text's full UAX #14
// segmenter.
//
// This is the default UAX #14 behaviour, including breaks between
// ideographs; word-break and hyphens: none tailor it (tailorBreaks),
// overflow-wrap adds breaks when a word overflows (splitOverflow).
// line-break tailors them too (linebreak_strict.go): this default is
// line-break: strict for small kana.
func LineBreakOpportunities(text string) []LineBreak {
	if text == "" {
		return nil
	}
	out := make([]LineBreak, 0, len(text)/8+1)
	pending := -1 // start of a run of chunks for the full algorithm
	for start := 0; start < len(text); {
		end := nextSafeBreak(text, start)
		if simpleText(text[start:end]) {
			if pending >= 0 {
				out = segmenterBreaks(out, text, pending, start)
				out = append(out, LineBreak{Offset: start})
				pending = -1
			}
			out = simpleLineBreaks(out, text, start, end)
			if end < len(text) {
				out = append(out, LineBreak{Offset: end})
			}
		} else if pending < 0 {
			pending = start
		}
		start = end
	}
	if pending >= 0 {
		out = segmenterBreaks(out, text, pending, len(text))
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nextSafeBreak returns the first offset after start where text may be cut
// into independent pieces for line breaking, or len(text): an ASCII letter
// or digit after spaces that follow a letter, digit or one of . , : ; ' " !
// ?. UAX #14 always allows a break there (LB18 SP ÷; the rules that forbid
// one after spaces, LB14 OP SP* × and LB15a-LB17, need other classes
// before the spaces or after them), and the rules for later positions treat
// "SP" before the piece like its start ("sot"), so each piece can be
// segmented on its own.
func nextSafeBreak(text string, start int) int {
	lastClass := uint8(0) // class of the last non-space byte
	for i := start; i < len(text); i++ {
		c := text[i]
		if c == ' ' {
			continue
		}
		if i > start && text[i-1] == ' ' && simpleClass[c] == lbAL && lastClass != 0 {
			return i
		}
		lastClass = simpleClass[c]
	}
	return len(text)
}

// segmenterBreaks appends the breaks of text[start:end] found by go-text's
// UAX #14 segmenter, excluding its start and end.
func segmenterBreaks(out []LineBreak, text string, start, end int) []LineBreak {
	ls := lineSegmenters.Get().(*lineSegmenter)
	defer lineSegmenters.Put(ls)
	ls.runes, ls.offs = ls.runes[:0], ls.offs[:0]
	for i, r := range text[start:end] {
		ls.runes = append(ls.runes, r)
		ls.offs = append(ls.offs, start+i)
	}
	ls.offs = append(ls.offs, end)
	ls.seg.Init(ls.runes)
	it := ls.seg.LineIterator()
	for it.Next() {
		l := it.Line()
		brk := l.Offset + len(l.Text) // rune index the break comes before
		if brk >= len(ls.runes) {
			break
		}
		out = append(out, LineBreak{Offset: ls.offs[brk], Mandatory: l.IsMandatoryBreak})
	}
	return out
}

// Line breaking classes of the fast path's ASCII alphabet (UAX #14
// LineBreak.txt); 0 is every other byte.
const (
	lbSP = 1 + iota // space
	lbAL            // letters (AL) and digits (NU)
	lbIS            // . , : ;
	lbQU            // ' "
	lbEX            // ! ?
)

var simpleClass = func() (t [256]uint8) {
	t[' '] = lbSP
	for c := '0'; c <= '9'; c++ {
		t[c] = lbAL
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = lbAL, lbAL
	}
	for _, c := range ".,:;" {
		t[c] = lbIS
	}
	t['\''], t['"'] = lbQU, lbQU
	t['!'], t['?'] = lbEX, lbEX
	return t
}()

// simpleLineBreaks appends the breaks inside text[start:end], which holds
// only ASCII letters, digits, spaces and . , : ; ' " ! ? (most words of
// English text). In that alphabet the UAX #14 rules reduce to:
//
//	LB7   × SP                 no break before a space
//	LB13  × IS, × EX           none before . , : ; ! ? even after spaces
//	LB15c SP ÷ IS NU           except " .5": a break before a number
//	LB18  SP ÷                 otherwise a break after spaces
//	LB19  × QU, QU ×           none around ' and "
//	LB23, LB28, LB29           none inside runs of letters, digits and IS
//	LB31  EX ÷ (AL | NU)       a break after ! or ? before a letter or digit
//
// TestSimpleLineBreaksMatchSegmenter checks it against the full algorithm.
func simpleLineBreaks(out []LineBreak, text string, start, end int) []LineBreak {
	for i := start + 1; i < end; i++ {
		prev, cur := simpleClass[text[i-1]], simpleClass[text[i]]
		var brk bool
		switch prev {
		case lbSP:
			brk = cur == lbAL || cur == lbQU ||
				cur == lbIS && i+1 < end && '0' <= text[i+1] && text[i+1] <= '9'
		case lbEX:
			brk = cur == lbAL
		}
		if brk {
			out = append(out, LineBreak{Offset: i})
		}
	}
	return out
}

// simpleText reports whether s takes the fast path: only bytes of the
// alphabet of simpleClass.
func simpleText(s string) bool {
	for i := 0; i < len(s); i++ {
		if simpleClass[s[i]] == 0 {
			return false
		}
	}
	return true
}

// lineBreaks implements LineBreaks.
func lineBreaks(text string) []int {
	bs := LineBreakOpportunities(text)
	if bs == nil {
		return nil
	}
	out := make([]int, len(bs))
	for i, b := range bs {
		out[i] = b.Offset
	}
	return out
}
