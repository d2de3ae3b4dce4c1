package layout

// This file builds the line box: placing text runs, inline boxes and atomic
// inlines on a line and aligning them vertically (CSS 2.1 §10.8, "Line
// height calculations"). inline.go breaks the content into lines.

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// inlineItem returns a placedItem for an inline box (or the root inline
// box, the strut) with style st: its half-leading-adjusted extents.
// https://www.w3.org/TR/CSS22/visudet.html#leading
func (lb *lineBuilder) inlineItem(st *cssom.ComputedStyle, f *Fragment, parent int) placedItem {
	m := lb.l.metricsOf(st)
	lh := usedLineHeight(st, m)
	// "Add the leading L to the glyph's A and D, half above and half
	// below: A' = A + L/2, D' = D + L/2, L = line-height - AD."
	lead := lh - (m.Ascent + m.Descent)
	// AD-HOC: Chromium floors the half-leading above the ascent
	// (NGLineHeightMetrics: (leading / 2).Floor()), so text sits on whole
	// pixels where the leading is odd.
	a := m.Ascent + Fixed((lead/2).Floor())<<6
	return placedItem{frag: f, parent: parent, kind: pieceOpen, st: st, m: m, a: a, d: lh - a, lh: lh}
}

// usedLineHeight returns the used line-height of style st with primary
// font metrics m; normal is the font's ascent + descent + line gap.
// https://www.w3.org/TR/CSS22/visudet.html#propdef-line-height
func usedLineHeight(st *cssom.ComputedStyle, m Metrics) Fixed {
	switch st.LineHeight.Kind {
	case cssom.LineHeightNumber:
		// AD-HOC: floored to 1/64 px as Chromium does (13.6px × 1.45 is
		// 19.703px there), so long pages do not drift.
		return cssom.Fixed(math.Floor(float64(st.FontSize) * float64(st.LineHeight.Number)))
	case cssom.LineHeightLength:
		return st.LineHeight.Px
	}
	return m.Ascent + m.Descent + m.LineGap
}

// parentIndex returns the index of the innermost open inline box, or -1.
func (lb *lineBuilder) parentIndex() int {
	if n := len(lb.stack); n > 0 {
		return lb.stack[n-1]
	}
	return -1
}

// attach adds item it to the current line under the innermost open box.
func (lb *lineBuilder) attach(it placedItem) int {
	if p := lb.parentIndex(); p >= 0 {
		pf := lb.items[p].frag
		pf.Children = append(pf.Children, it.frag)
	}
	lb.items = append(lb.items, it)
	return len(lb.items) - 1
}

// openBox starts a fragment of inline box b at the pen; edge says whether
// this fragment has b's start margin, border and padding.
func (lb *lineBuilder) openBox(b *Box, edge bool) {
	st := b.Style
	f := &Fragment{Kind: InlineFragment, Node: b.Node, Style: st, Anonymous: b.Anonymous, Pseudo: b.Pseudo}
	for _, side := range [...]int{cssom.Top, cssom.Right, cssom.Bottom, cssom.Left} {
		f.Border[side] = st.BorderWidth[side]
		f.Padding[side] = cssom.Max(0, st.Padding[side].Resolve(lb.width, 0))
		f.Margin[side] = st.Margin[side].Resolve(lb.width, 0)
	}
	// The left side is the start side, or the end side of a right-to-left
	// box.
	noLeft := b.NoStartEdge
	if st.Direction == "rtl" {
		noLeft = b.NoEndEdge
	}
	if !edge || noLeft {
		f.Border[cssom.Left], f.Padding[cssom.Left], f.Margin[cssom.Left] = 0, 0, 0
	}
	lb.x += f.Margin[cssom.Left]
	f.Rect.X = lb.x
	lb.x += f.Border[cssom.Left] + f.Padding[cssom.Left]
	it := lb.inlineItem(st, f, lb.parentIndex())
	it.box = b
	idx := lb.attach(it)
	lb.stack = append(lb.stack, idx)
	lb.text = -1
}

// closeBox ends the innermost open inline box fragment; edge says whether
// it gets the box's end margin, border and padding.
func (lb *lineBuilder) closeBox(edge bool) {
	n := len(lb.stack)
	if n == 0 {
		return
	}
	it := &lb.items[lb.stack[n-1]]
	lb.stack = lb.stack[:n-1]
	f := it.frag
	noRight := it.box.NoEndEdge
	if it.box.Style.Direction == "rtl" {
		noRight = it.box.NoStartEdge
	}
	if !edge || noRight {
		f.Border[cssom.Right], f.Padding[cssom.Right], f.Margin[cssom.Right] = 0, 0, 0
	}
	lb.x += f.Padding[cssom.Right] + f.Border[cssom.Right]
	f.Rect.W = cssom.Max(lb.x-f.Rect.X, 0)
	lb.x += f.Margin[cssom.Right]
	lb.text = -1
}

// placeText adds a text piece at the pen, extending the current text
// fragment when it continues the same text box in the same font.
func (lb *lineBuilder) placeText(p *piece, withSpace bool) {
	st := p.box.Style
	if p.tab {
		lb.placeTab(p)
		return
	}
	lb.appendRuns(p, p.runs, p.off, st.LetterSpacing, 0, st.WordSpacing)
	if withSpace {
		lb.appendRuns(p, p.spaceRuns, p.off+len(p.word), st.LetterSpacing, st.WordSpacing+lb.extra, 0)
	}
}

// appendRuns places shaped runs, whose text starts at byte off of the
// formatting context's text, at the pen. ls is added after every glyph,
// perSpace after every glyph of a run of spaces, nbsp after every U+00A0
// (word-spacing applies to it too, CSS Text 3 §8.1).
func (lb *lineBuilder) appendRuns(p *piece, runs []ShapedRun, off int, ls, perSpace, nbsp Fixed) {
	for _, r := range runs {
		var f *Fragment
		size := p.box.Style.FontSize
		if r.Size != 0 {
			size = r.Size
		}
		if lb.text >= 0 {
			if cur := lb.items[lb.text]; cur.box == p.box && cur.frag.Text.Font == r.Font && cur.frag.Text.Size == size && lb.te == off {
				f = cur.frag
			}
		}
		if f == nil {
			m := lb.l.metricsOf(p.box.Style)
			// An anonymous text box is an inside list marker.
			f = &Fragment{Kind: TextFragment, Node: p.box.Node, Style: p.box.Style, Anonymous: p.box.Node == nil, Marker: p.box.Anonymous,
				Rect: Rect{X: lb.x, H: m.Ascent + m.Descent}, Baseline: m.Ascent,
				Text: &TextRun{Font: r.Font, Size: size, FakeBold: r.FakeBold, FakeItalic: r.FakeItalic}}
			lb.text = lb.attach(placedItem{frag: f, box: p.box, parent: lb.parentIndex(), kind: pieceText, st: p.box.Style, m: m})
			lb.ts, lb.te, lb.gs = off, off, len(lb.l.glyphs)
		}
		tr := f.Text
		base := lb.x - f.Rect.X
		var dx Fixed
		arena := lb.l.reserveGlyphs(&lb.gs, len(r.Glyphs))
		// AD-HOC: the NBSP extra goes to the glyph at the NBSP's index,
		// right when glyphs map one to one to characters.
		nb := nbsp != 0 && strings.Contains(r.Text, "\u00a0") && utf8.RuneCountInString(r.Text) == len(r.Glyphs)
		rest := r.Text
		for _, g := range r.Glyphs {
			g.X += base + dx
			extra := ls + perSpace + lb.charJustify(g.Advance) // justify.go
			if nb {
				c, n := utf8.DecodeRuneInString(rest)
				rest = rest[n:]
				if c == '\u00a0' {
					extra += nbsp
				}
			}
			g.Advance += extra
			dx += extra
			arena = append(arena, g)
		}
		lb.l.glyphs = arena
		tr.Glyphs = arena[lb.gs:len(arena):len(arena)]
		lb.te = off + len(r.Text)
		off = lb.te
		tr.Text = lb.ifcText[lb.ts:lb.te]
		lb.x += r.Advance + dx
		f.Rect.W = lb.x - f.Rect.X
	}
}

// placeAtomic places atomic inline k at the pen.
func (lb *lineBuilder) placeAtomic(k int) {
	a := lb.atoms[k]
	f := a.frag
	lb.x += f.Margin[cssom.Left]
	f.Rect.X = lb.x
	lb.x += f.Rect.W + f.Margin[cssom.Right]
	// Percentages of vertical-align refer to the element's own
	// line-height.
	lh := usedLineHeight(f.Style, lb.l.metricsOf(f.Style))
	lb.attach(placedItem{frag: f, box: lb.pieces[k].box, parent: lb.parentIndex(), kind: pieceAtomic, st: f.Style, a: a.a, d: a.d, lh: lh})
	lb.text = -1
}

// finishLine aligns the current line's fragments vertically, sizes the line
// box to hold them, and appends it.
// https://www.w3.org/TR/CSS22/visudet.html#line-height
func (lb *lineBuilder) finishLine() {
	minTop, maxBottom := lb.alignItems()
	minTop, maxBottom = lb.placeEmphasisMarks(minTop, maxBottom)
	baseline := -minTop
	for k := range lb.items {
		it := &lb.items[k]
		f := it.frag
		by := baseline + it.shift
		switch it.kind {
		case pieceText:
			f.Rect.Y = by - it.m.Ascent
		case pieceAtomic:
			f.Rect.Y = by - it.a + f.Margin[cssom.Top]
		default:
			// The inline box's content area is the font's ascent and
			// descent; vertical padding and borders stick out of it
			// without affecting the line box (CSS 2.1 §10.6.1).
			top := f.Border[cssom.Top] + f.Padding[cssom.Top]
			f.Rect.Y = by - it.m.Ascent - top
			f.Rect.H = it.m.Ascent + it.m.Descent + top + f.Border[cssom.Bottom] + f.Padding[cssom.Bottom]
			f.Baseline = top + it.m.Ascent
		}
	}
	line := &Fragment{Kind: LineFragment, Style: lb.b.Style, Anonymous: true,
		Rect: Rect{X: lb.left, Y: lb.y, W: lb.avail, H: maxBottom - minTop}, Baseline: baseline}
	// Make positions relative to the parent fragment, children first.
	for k := len(lb.items) - 1; k >= 0; k-- {
		it := &lb.items[k]
		if it.parent >= 0 {
			pf := lb.items[it.parent].frag
			it.frag.Rect.X -= pf.Rect.X
			it.frag.Rect.Y -= pf.Rect.Y
		}
	}
	for k := range lb.items {
		if lb.items[k].parent < 0 {
			line.Children = append(line.Children, lb.items[k].frag)
		}
	}
	lb.lines = append(lb.lines, line)
	lb.y += line.Rect.H
}

// alignItems computes each item's baseline shift from vertical-align and
// returns the line box's top and bottom relative to the root baseline.
// Boxes aligned top or bottom are placed with their aligned subtree (the
// box and the descendants aligned relative to it) against the line box's
// edges, after the rest sets its height; a taller subtree grows the line.
// https://www.w3.org/TR/CSS22/visudet.html#propdef-vertical-align
func (lb *lineBuilder) alignItems() (minTop, maxBottom Fixed) {
	minTop, maxBottom = -lb.strut.a, lb.strut.d
	// 1. Each item's baseline relative to its anchor's: the nearest
	// top/bottom-aligned ancestor-or-self, or the root inline box.
	anchored := false
	for k := range lb.items {
		it := &lb.items[k]
		parent := &lb.strut
		it.anchor = -1
		if it.parent >= 0 {
			parent = &lb.items[it.parent]
			it.anchor = parent.anchor
		}
		switch {
		case it.kind == pieceText:
			it.rel = parent.rel
			continue
		case it.st.VerticalAlign.Kind == cssom.VerticalTop || it.st.VerticalAlign.Kind == cssom.VerticalBottom:
			it.anchor, it.rel, anchored = k, 0, true
			it.subMin, it.subMax = -it.a, it.d
			continue
		}
		it.rel = parent.rel + alignShift(it, parent)
		if it.anchor < 0 {
			minTop = cssom.Min(minTop, it.rel-it.a)
			maxBottom = cssom.Max(maxBottom, it.rel+it.d)
		} else {
			an := &lb.items[it.anchor]
			an.subMin = cssom.Min(an.subMin, it.rel-it.a)
			an.subMax = cssom.Max(an.subMax, it.rel+it.d)
		}
	}
	// 2. Aligned subtrees taller than the line grow it, downward for top
	// and upward for bottom alignment.
	if anchored {
		for k := range lb.items {
			it := &lb.items[k]
			if it.anchor != k {
				continue
			}
			if h := it.subMax - it.subMin; h > maxBottom-minTop {
				if it.st.VerticalAlign.Kind == cssom.VerticalTop {
					maxBottom = minTop + h
				} else {
					minTop = maxBottom - h
				}
			}
		}
	}
	// 3. Final shifts from the root baseline.
	for k := range lb.items {
		it := &lb.items[k]
		switch {
		case it.anchor < 0:
			it.shift = it.rel
		case it.anchor == k && it.st.VerticalAlign.Kind == cssom.VerticalTop:
			it.shift = minTop - it.subMin
		case it.anchor == k:
			it.shift = maxBottom - it.subMax
		default:
			it.shift = lb.items[it.anchor].shift + it.rel
		}
	}
	return minTop, maxBottom
}

// alignShift returns how far below its parent's baseline vertical-align
// puts item it's baseline.
func alignShift(it, parent *placedItem) Fixed {
	va := it.st.VerticalAlign
	switch va.Kind {
	case cssom.VerticalSub:
		// AD-HOC: the spec leaves the sub/super offsets to the UA; these
		// are the ones browsers use.
		return parent.st.FontSize / 5
	case cssom.VerticalSuper:
		return -parent.st.FontSize / 3
	case cssom.VerticalTextTop:
		return it.a - parent.m.Ascent
	case cssom.VerticalTextBottom:
		return parent.m.Descent - it.d
	case cssom.VerticalMiddle:
		return (it.a-it.d)/2 - parent.m.XHeight/2
	case cssom.VerticalLength:
		// Percentages refer to the line-height of the element itself.
		return -va.Length.Resolve(it.lh, 0)
	}
	return 0
}
