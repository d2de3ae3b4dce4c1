package layout

// Emphasis marks (CSS Text Decoration 3 §3,
// https://www.w3.org/TR/css-text-decor-3/#emphasis-marks): the marks of a
// text fragment are a run of glyphs (Fragment.Emphasis) centred over (or
// under) each typographic character unit, in the text's font at half its
// size; the line box grows to hold them, as it does for ruby annotations
// ("The effect of emphasis marks on the line height is the same as for
// ruby text", which is what Chromium does).
//
// TODO(spec): vertical writing modes (left and right, sesame as the
// default shape), marks over ruby, the skipping of marks where ruby
// annotations are, and right-to-left runs whose glyphs do not map one to
// one to characters.

import (
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// placeEmphasisMarks gives every text fragment of the line whose style
// has emphasis marks its Emphasis run, and returns the line's extent
// around the root baseline (minTop, maxBottom, from alignItems) grown to
// hold the marks.
func (lb *lineBuilder) placeEmphasisMarks(minTop, maxBottom Fixed) (Fixed, Fixed) {
	for k := range lb.items {
		it := &lb.items[k]
		if it.kind != pieceText || it.frag.Text == nil || it.st.TextEmphasis.Mark() == "" {
			continue
		}
		run, top, bottom := lb.l.emphasisRun(it.frag)
		if run == nil {
			continue
		}
		it.frag.Emphasis = run
		minTop = min(minTop, it.shift+top)
		maxBottom = max(maxBottom, it.shift+bottom)
	}
	return minTop, maxBottom
}

// emphasisRun returns the emphasis marks of text fragment f and the top
// and bottom of the box they take, from f's baseline (positive down); nil
// when no character of f takes a mark.
//
// https://www.w3.org/TR/css-text-decor-3/#text-emphasis-style-property:
// "The marks should be drawn using the same font as the text, at 50% its
// font size", centred over each character, "as if each grapheme cluster
// was assigned the mark as its ruby annotation text". As Chromium lays out
// ruby annotations, the marks' box is as tall as their font size and sits
// on the text's em box (its OS/2 typo ascent and descent scaled to the
// font size), the marks' baseline at their own em box ascent in it.
func (l *layouter) emphasisRun(f *Fragment) (run *TextRun, top, bottom Fixed) {
	st := f.Style
	spec := SpecOf(st)
	textAscent, textDescent := emBox(l.fonts.Primary(spec), st.FontSize)
	spec.Size = st.FontSize / 2
	markRuns := l.fonts.Shape(st.TextEmphasis.Mark(), spec)
	if len(markRuns) == 0 || len(markRuns[0].Glyphs) == 0 {
		return nil, 0, 0
	}
	// TODO(spec): a mark whose characters need several fonts draws the
	// first font's glyphs only.
	mark := markRuns[0]
	markAscent, _ := emBox(l.fonts.Primary(spec), spec.Size)
	// AD-HOC: the marks' baseline is snapped to a whole px away from the
	// text, where Chromium draws them.
	top, bottom = -(textAscent + spec.Size), -textAscent
	y := cssom.Int((top + markAscent).Floor())
	if st.TextEmphasis.Under {
		top, bottom = textDescent, textDescent+spec.Size
		y = cssom.Int((top + markAscent).Ceil())
	}
	var glyphs []Glyph
	for _, u := range l.characterUnits(f) {
		if !takesEmphasis(u.r) {
			continue
		}
		x := (u.start+u.end)/2 - mark.Advance/2
		for _, g := range mark.Glyphs {
			glyphs = append(glyphs, Glyph{ID: g.ID, X: x + g.X, Y: y + g.Y, Advance: g.Advance})
		}
	}
	if len(glyphs) == 0 {
		return nil, 0, 0
	}
	size := spec.Size
	if mark.Size != 0 {
		size = mark.Size
	}
	return &TextRun{Font: mark.Font, Size: size, Glyphs: glyphs, Text: st.TextEmphasis.Mark(),
		FakeBold: mark.FakeBold, FakeItalic: mark.FakeItalic}, top, bottom
}

// emBox returns the ascent and descent of font f's em box at size: its
// OS/2 typo ascender and descender scaled to sum to size, as Chromium's
// NormalizedTypoAscentAndDescent has them; the font's ascent and descent
// the same way when it has no typo metrics.
func emBox(f *Font, size Fixed) (ascent, descent Fixed) {
	if f == nil {
		return size * 4 / 5, size / 5
	}
	d := f.data()
	a, b := int64(d.typoAscent), int64(d.typoDescent)
	if a+b <= 0 {
		a, b = int64(d.ascent), int64(d.descent)
	}
	if a+b <= 0 {
		return size * 4 / 5, size / 5
	}
	ascent = Fixed((int64(size)*a*2 + (a + b)) / (2 * (a + b))) // rounded
	return ascent, size - ascent
}

// characterUnit is one typographic character unit of a text fragment: its
// first character and its horizontal extent from the fragment's left.
type characterUnit struct {
	r          rune
	start, end Fixed
}

// characterUnits splits text fragment f into typographic character units
// (https://www.w3.org/TR/css-text-3/#typographic-character-unit) with
// their extents. AD-HOC: a unit is a character with the combining marks
// (M*) and joiners that follow it, not a full extended grapheme cluster.
// Glyphs map one to one to characters where their counts agree (the
// common case); elsewhere (ligatures, decompositions) each unit's width
// is its own shaped advance, scaled to the fragment's.
func (l *layouter) characterUnits(f *Fragment) []characterUnit {
	text, glyphs := f.Text.Text, f.Text.Glyphs
	if len(glyphs) == 0 {
		return nil
	}
	var units []characterUnit
	oneToOne := utf8.RuneCountInString(text) == len(glyphs)
	i := 0
	for pos := 0; pos < len(text); {
		r, n := utf8.DecodeRuneInString(text[pos:])
		end := pos + n
		count := 1
		for end < len(text) {
			c, cn := utf8.DecodeRuneInString(text[end:])
			if !unicode.Is(unicode.M, c) && c != '\u200d' {
				break
			}
			end += cn
			count++
		}
		u := characterUnit{r: r}
		if oneToOne {
			u.start = glyphs[i].X
			for _, g := range glyphs[i : i+count] {
				u.end = max(u.end, g.X+g.Advance)
			}
			i += count
		}
		units = append(units, u)
		if !oneToOne {
			units[len(units)-1].end = l.unitAdvance(f, text[pos:end])
		}
		pos = end
	}
	if !oneToOne {
		scaleUnits(units, glyphs)
	}
	return units
}

// unitAdvance returns the advance of one unit's text shaped alone in f's
// font.
func (l *layouter) unitAdvance(f *Fragment, s string) Fixed {
	spec := SpecOf(f.Style)
	var w Fixed
	for _, r := range l.fonts.Shape(s, spec) {
		w += r.Advance
	}
	return w
}

// scaleUnits turns the advances in units' end fields into extents laid
// end to end over the glyphs' width.
func scaleUnits(units []characterUnit, glyphs []Glyph) {
	first, last := glyphs[0], glyphs[len(glyphs)-1]
	left, width := first.X, last.X+last.Advance-first.X
	var total int64
	for _, u := range units {
		total += int64(u.end)
	}
	var acc int64
	for i := range units {
		adv := int64(units[i].end)
		units[i].start = left + scaleFixed(acc, width, total)
		acc += adv
		units[i].end = left + scaleFixed(acc, width, total)
	}
}

// scaleFixed returns w × num / den (w when den is 0).
func scaleFixed(num int64, w Fixed, den int64) Fixed {
	if den <= 0 {
		return w
	}
	return Fixed(num * int64(w) / den)
}

// takesEmphasis reports whether a character unit starting with r gets an
// emphasis mark: "Marks must not be drawn for: Word separators or Other
// space separators (Unicode general category Zs); Punctuation (P*), except
// those listed; Symbols and letters [...]" are drawn; control and format
// characters (Cc, Cf) and line and paragraph separators (Zl, Zp) draw
// none either.
// https://www.w3.org/TR/css-text-decor-3/#text-emphasis-style-property
func takesEmphasis(r rune) bool {
	switch {
	case unicode.Is(unicode.Z, r), unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
		return false
	case unicode.Is(unicode.P, r):
		return emphasizedPunctuation(r)
	}
	return true
}

// emphasizedPunctuation reports whether punctuation r is one of the
// exceptions that take marks (and their compatibility equivalents, the
// small and fullwidth forms).
func emphasizedPunctuation(r rune) bool {
	switch r {
	case '#', '%', '&', '@', '§', '¶', '\u0609', '\u060a', '\u066a', '‰', '‱', '\u204a', '\u204b', '\u2053', '\u303d',
		'\ufe5f', '\ufe60', '\ufe6a', '\ufe6b', '\uff03', '\uff05', '\uff06', '\uff20':
		return true
	}
	return false
}
