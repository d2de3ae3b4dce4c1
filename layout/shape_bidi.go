package layout

import (
	"unicode/utf8"

	"github.com/go-text/typesetting/bidi"
	"github.com/paneweb/pane/cssom"
)

// This file resolves the bidi embedding levels of an inline formatting
// context's text (UAX #9 through go-text's bidi package), with the
// controls CSS's unicode-bidi and direction stand for.
// https://www.w3.org/TR/css-writing-modes-3/#text-direction

// Bidi control characters
// (https://www.unicode.org/reports/tr9/#Explicit_Directional_Embeddings).
const (
	lre = '\u202A'
	rle = '\u202B'
	pdf = '\u202C'
	lro = '\u202D'
	rlo = '\u202E'
	lri = '\u2066'
	rli = '\u2067'
	fsi = '\u2068'
	pdi = '\u2069'
)

// bidiControls returns the controls unicode-bidi and direction of an inline
// box stand for at its start and end.
// https://www.w3.org/TR/css-writing-modes-3/#unicode-bidi: "the
// following table shows the equivalent Unicode bidi formatting codes".
func bidiControls(st *cssom.ComputedStyle) (open, close []rune) {
	rtl := st.Direction == "rtl"
	pick := func(l, r rune) rune {
		if rtl {
			return r
		}
		return l
	}
	switch st.UnicodeBidi {
	case cssom.UnicodeBidiEmbed:
		return []rune{pick(lre, rle)}, []rune{pdf}
	case cssom.UnicodeBidiIsolate:
		return []rune{pick(lri, rli)}, []rune{pdi}
	case cssom.UnicodeBidiBidiOverride:
		return []rune{pick(lro, rlo)}, []rune{pdf}
	case cssom.UnicodeBidiIsolateOverride:
		return []rune{pick(lri, rli), pick(lro, rlo)}, []rune{pdf, pdi}
	case cssom.UnicodeBidiPlaintext:
		return []rune{fsi}, []rune{pdi}
	}
	return nil, nil
}

// strongRTL reports whether r may start right-to-left text: Hebrew,
// Arabic, Syriac, Thaana, NKo and the other right-to-left blocks,
// their presentation forms, and the RTL marks and controls. It is the
// fast path's test: text without any goes without bidi resolution.
func strongRTL(r rune) bool {
	switch {
	case r < 0x590:
		return false
	case r <= 0x8FF, 0xFB1D <= r && r <= 0xFDFF, 0xFE70 <= r && r <= 0xFEFF,
		0x10800 <= r && r <= 0x10FFF, 0x1E800 <= r && r <= 0x1EFFF:
		return true
	}
	return r == '\u200F' || r == rle || r == rlo || r == rli || r == '\u061C'
}

// needsBidi reports whether the formatting context of block b with
// inline items items over text needs bidi resolution: it is right to
// left, or holds right-to-left characters or inline boxes.
func needsBidi(b *Box, items []rawItem, text string) bool {
	if b.Style.Direction == "rtl" || b.Style.UnicodeBidi == cssom.UnicodeBidiPlaintext {
		return true
	}
	for _, it := range items {
		// A right-to-left inline box has its start edge on the right:
		// its fragments are placed by placeVisual.
		if it.kind == pieceOpen && it.box.Style.Direction == "rtl" {
			return true
		}
	}
	for i := 0; i < len(text); i++ {
		if text[i] >= 0xD6 { // the lead byte of U+0590 and above
			for _, r := range text[i:] {
				if strongRTL(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// resolveLevels returns the bidi embedding level of every byte of text,
// the formatting context of block b with inline items items, or nil
// when it needs no bidi resolution (needsBidi). Inline boxes add their
// controls (bidiControls); the content of an isolating box (isolate,
// isolate-override, plaintext) is resolved as a paragraph of its own at
// its embedding level, and stands in its parent's paragraph as an
// isolate initiator and PDI, as rules X5a-X6a and BD13 have it. A
// preserved newline counts as a space, as a forced break does not end
// the bidi paragraph in CSS.
//
// AD-HOC: the paragraph is the whole formatting context; within one
// paragraph, levels of the same parity next to each other merge (go-text
// reports runs by direction), which changes the order only with nested
// embeddings (embed, bidi-override), not with isolates.
func resolveLevels(b *Box, items []rawItem, text string) []uint8 {
	if !needsBidi(b, items, text) {
		return nil
	}
	r := bidiResolver{items: items, text: text, levels: make([]uint8, len(text)), match: make([]int, len(items))}
	var stack []int
	for i, it := range items {
		r.match[i] = -1
		switch it.kind {
		case pieceOpen:
			stack = append(stack, i)
		case pieceClose:
			if n := len(stack); n > 0 {
				r.match[stack[n-1]] = i
				stack = stack[:n-1]
			}
		}
	}
	dir, base := bidi.LeftToRight, uint8(0)
	if b.Style.Direction == "rtl" {
		dir, base = bidi.RightToLeft, 1
	}
	if b.Style.UnicodeBidi == cssom.UnicodeBidiPlaintext {
		dir = bidi.Neutral
	}
	r.paragraph(0, len(items), dir, base, nil, 0)
	return r.levels
}

// bidiResolver holds the state of one resolveLevels call: match[i] is
// the index of the close item of open item i (or -1).
type bidiResolver struct {
	items  []rawItem
	text   string
	levels []uint8
	match  []int
	para   bidi.Paragraph
}

// paragraph resolves items [from, to) as one bidi paragraph of direction
// dir at embedding level base, starting with the control prefix (an
// override of an isolate-override box), and then its isolates. depth
// bounds the recursion (UAX #9's max_depth is 125).
func (r *bidiResolver) paragraph(from, to int, dir bidi.Direction, base uint8, prefix []rune, depth int) {
	runes := append([]rune(nil), prefix...)
	offs := make([]int, len(prefix), len(prefix)+to-from) // byte offset per rune, -1 for controls
	for i := range offs {
		offs[i] = -1
	}
	push := func(rs ...rune) {
		for _, c := range rs {
			runes, offs = append(runes, c), append(offs, -1)
		}
	}
	type isolate struct {
		from, to int
		st       *cssom.ComputedStyle
	}
	var nested []isolate
	for i := from; i < to; i++ {
		it := r.items[i]
		switch it.kind {
		case pieceOpen:
			st := it.box.Style
			open, _ := bidiControls(st)
			if isolating(st.UnicodeBidi) && r.match[i] > i && r.match[i] < to && depth < 60 {
				push(open[0], pdi)
				nested = append(nested, isolate{i + 1, r.match[i], st})
				i = r.match[i]
				continue
			}
			push(open...)
		case pieceClose:
			_, cl := bidiControls(it.box.Style)
			push(cl...)
		case pieceText, pieceAtomic:
			for j, c := range r.text[it.start:it.end] {
				if c == '\n' || c == '\r' {
					c = ' '
				}
				runes, offs = append(runes, c), append(offs, it.start+j)
			}
		}
	}
	r.assign(runes, offs, dir, base)
	for _, iso := range nested {
		rtl := iso.st.Direction == "rtl"
		// The isolate's embedding level: the least level above base
		// with the parity of its direction.
		lv := base + 1
		if (lv%2 == 1) != rtl {
			lv++
		}
		d := bidi.LeftToRight
		if rtl {
			d = bidi.RightToLeft
		}
		var pre []rune
		switch iso.st.UnicodeBidi {
		case cssom.UnicodeBidiPlaintext:
			d = bidi.Neutral
		case cssom.UnicodeBidiIsolateOverride:
			pre = []rune{lro}
			if rtl {
				pre[0] = rlo
			}
		}
		r.paragraph(iso.from, iso.to, d, lv, pre, depth+1)
	}
}

// isolating reports whether unicode-bidi value ub isolates the box's
// content.
func isolating(ub cssom.UnicodeBidi) bool {
	return ub == cssom.UnicodeBidiIsolate || ub == cssom.UnicodeBidiIsolateOverride || ub == cssom.UnicodeBidiPlaintext
}

// assign runs the bidi algorithm over runes, whose bytes in the text are
// at offs (-1 for controls), as a paragraph of direction dir at level
// base, and stores the levels.
func (r *bidiResolver) assign(runes []rune, offs []int, dir bidi.Direction, base uint8) {
	if len(runes) == 0 {
		return
	}
	runs := r.para.Segment(runes, dir)
	// go-text's levels start at 0 (left to right) or 1 (right to left).
	// TODO(spec): a nested plaintext (FSI) paragraph takes the parity
	// of its box's direction, not of its first strong character.
	shift := int(base - base%2)
	for k := 0; k < runs.NumRuns(); k++ {
		run := runs.Run(k)
		lv := uint8(min(max(int(run.Level)+shift, 0), 125))
		for i := run.Start; i < run.End && i < len(offs); i++ {
			o := offs[i]
			if o < 0 {
				continue
			}
			_, n := utf8.DecodeRuneInString(r.text[o:])
			for j := o; j < o+n && j < len(r.levels); j++ {
				r.levels[j] = lv
			}
		}
	}
}

// visualOrder returns the order in which items with embedding levels
// levels are displayed, from left to right: rule L2, "from the highest
// level to the lowest odd level on each line, reverse any contiguous
// sequence of characters that are at that level or higher".
// https://www.unicode.org/reports/tr9/#L2
func visualOrder(levels []uint8) []int {
	order := make([]int, len(levels))
	var hi, lowOdd uint8 = 0, 255
	for i, l := range levels {
		order[i] = i
		hi = max(hi, l)
		if l%2 == 1 {
			lowOdd = min(lowOdd, l)
		}
	}
	for lv := hi; lv >= lowOdd && lv > 0; lv-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lv {
				i++
				continue
			}
			j := i
			for j < len(order) && levels[order[j]] >= lv {
				j++
			}
			for a, z := i, j-1; a < z; a, z = a+1, z-1 {
				order[a], order[z] = order[z], order[a]
			}
			i = j
		}
	}
	return order
}

// levelPieces appends the text pieces of text[start:end], which ends at a
// soft wrap opportunity when breakAfter: one piece, or with bidi levels,
// one per run of a level.
func (l *layouter) levelPieces(out []piece, b *Box, text string, start, end int, spec FontSpec, coll, breakAfter bool, levels []uint8) []piece {
	if levels == nil {
		return append(out, l.textPiece(b, text[start:end], start, spec, coll, breakAfter, 0))
	}
	for s := start; s < end; {
		lv := levels[s]
		e := s + 1
		for e < end && levels[e] == lv {
			e++
		}
		// textPiece shapes the piece in the direction of its level: at
		// an odd level right to left, glyphs in visual order and mirrored
		// (rule L4), overridden left-to-right text too, as Chromium does.
		out = append(out, l.textPiece(b, text[s:e], s, spec, coll, breakAfter && e == end, lv))
		s = e
	}
	return out
}

// lineLeaf is one content item of a line being reordered: a text piece,
// an atomic inline, an absolutely positioned box, the split head (k is
// -1) or an empty inline box (k is its close piece), with its bidi level
// and the inline boxes around it, outermost first.
type lineLeaf struct {
	k     int
	level uint8
	chain []*Box
}

// placeVisual places the fragments of line [i, j) in visual order: the
// line's content in its bidi levels' order (rule L2), each inline box
// cut into one fragment per visually contiguous stretch of its content.
// A box's left margin, border and padding go on its leftmost fragment
// when that side is where it starts (left to right) or ends (right to
// left) on this line, and the right ones likewise.
// https://www.w3.org/TR/css-writing-modes-3/#bidi-box-model
func (lb *lineBuilder) placeVisual(i, j, trim int) {
	leaves, starts, ends, open := lb.lineLeaves(i, j)
	levels := make([]uint8, len(leaves))
	for n, lf := range leaves {
		levels[n] = lf.level
	}
	order := visualOrder(levels)
	last := map[*Box]int{} // visual index of each box's last leaf
	for vi, li := range order {
		for _, bx := range leaves[li].chain {
			last[bx] = vi
		}
	}
	seen := map[*Box]bool{}
	var cur []*Box
	closeTo := func(n, vi int) {
		for len(cur) > n {
			bx := cur[len(cur)-1]
			cur = cur[:len(cur)-1]
			rtl := bx.Style.Direction == "rtl"
			lb.closeBox(last[bx] < vi && (!rtl && ends[bx] || rtl && starts[bx]))
		}
	}
	hyphen := lb.hyphenAt(i, j)
	for vi, li := range order {
		lf := &leaves[li]
		common := 0
		for common < len(cur) && common < len(lf.chain) && cur[common] == lf.chain[common] {
			common++
		}
		closeTo(common, vi)
		for _, bx := range lf.chain[common:] {
			rtl := bx.Style.Direction == "rtl"
			lb.openBox(bx, !seen[bx] && (!rtl && starts[bx] || rtl && ends[bx]))
			seen[bx] = true
			cur = append(cur, bx)
		}
		lb.placeLeaf(lf, trim, hyphen)
	}
	closeTo(0, len(order))
	lb.open = append(lb.open[:0], open...)
}

// lineLeaves walks line [i, j) in logical order and returns its leaves,
// which inline boxes start and end on it, and the boxes still open at its
// end.
func (lb *lineBuilder) lineLeaves(i, j int) (leaves []lineLeaf, starts, ends map[*Box]bool, open []*Box) {
	starts, ends = map[*Box]bool{}, map[*Box]bool{}
	stack := append([]*Box(nil), lb.open...)
	para := uint8(0)
	if lb.b.Style.Direction == "rtl" {
		para = 1
	}
	level := para
	empty := false // the innermost open box has no leaf yet
	add := func(k int, lv uint8) {
		leaves = append(leaves, lineLeaf{k: k, level: lv, chain: append([]*Box(nil), stack...)})
		level, empty = lv, false
	}
	start := true
	for k := i; k < j; k++ {
		p := &lb.pieces[k]
		switch p.kind {
		case pieceText:
			if atLineStart(p, &start) {
				continue
			}
			add(k, p.level)
		case pieceAtomic:
			start = false
			add(k, p.level)
		case pieceAbs:
			add(k, level)
		case pieceOpen:
			stack = append(stack, p.box)
			starts[p.box], empty = true, true
		case pieceClose:
			if len(stack) == 0 {
				continue
			}
			if empty {
				add(k, level)
			}
			ends[stack[len(stack)-1]] = true
			stack = stack[:len(stack)-1]
		}
	}
	if lb.head != nil {
		add(-1, lb.head.level)
	}
	return leaves, starts, ends, stack
}

// placeLeaf places one leaf of a reordered line at the pen.
func (lb *lineBuilder) placeLeaf(lf *lineLeaf, trim, hyphen int) {
	if lf.k < 0 {
		lb.placeTextVisual(lb.head, false)
		return
	}
	p := &lb.pieces[lf.k]
	switch p.kind {
	case pieceText:
		lb.placeTextVisual(p, lf.k != trim)
		if lf.k == hyphen {
			lb.placeHyphen(p)
		}
	case pieceAtomic:
		lb.placeAtomic(lf.k)
	case pieceAbs:
		lb.placeAbs(lf.k, true)
	}
}

// placeTextVisual places text piece p; at an odd level its spaces come
// first and its runs (each in visual order from the shaper) right to
// left.
func (lb *lineBuilder) placeTextVisual(p *piece, withSpace bool) {
	if p.level%2 == 0 {
		lb.placeText(p, withSpace)
		return
	}
	st := p.box.Style
	if withSpace {
		lb.appendRunsReversed(p, p.spaceRuns, p.off+len(p.word), st.LetterSpacing, st.WordSpacing+lb.extra, 0)
	}
	lb.appendRunsReversed(p, p.runs, p.off, st.LetterSpacing, 0, st.WordSpacing)
}

// appendRunsReversed places runs, whose text starts at byte off, last
// first.
func (lb *lineBuilder) appendRunsReversed(p *piece, runs []ShapedRun, off int, ls, perSpace, nbsp Fixed) {
	offs := make([]int, len(runs))
	for n := range runs {
		offs[n] = off
		off += len(runs[n].Text)
	}
	for n := len(runs) - 1; n >= 0; n-- {
		lb.text = -1
		lb.appendRuns(p, runs[n:n+1], offs[n], ls, perSpace, nbsp)
	}
}
