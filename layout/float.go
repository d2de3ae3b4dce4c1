package layout

import (
	"github.com/paneweb/pane/cssom"
)

// floatContext holds the floats placed so far in one block formatting
// context, as margin boxes in the coordinates of the formatting context
// root's content box.
// https://www.w3.org/TR/CSS22/visuren.html#floats
type floatContext struct {
	floats []floatBox
	// lowestTop is the top of the last placed float: a float's top may not
	// be higher than an earlier one's (§9.5.1 rule 5).
	lowestTop Fixed
}

// floatBox is the margin box of a placed float.
type floatBox struct {
	left       bool
	x, y, w, h Fixed
}

// bfcPos says where a box sits in its block formatting context: the float
// context (nil when there are no floats to consider), and the position in
// that context's coordinates of the containing block's content box left
// edge (x) and of the box's top border edge (y, an estimate made before
// margins collapse with descendants).
type bfcPos struct {
	fc   *floatContext
	x, y Fixed
}

// band returns the left and right edges of the space free of floats in
// the horizontal strip [y, y+h), within [minX, maxX].
func (fc *floatContext) band(y, h, minX, maxX Fixed) (Fixed, Fixed) {
	if fc == nil {
		return minX, maxX
	}
	if h <= 0 {
		h = 1
	}
	left, right := minX, maxX
	for i := range fc.floats {
		f := &fc.floats[i]
		if f.y >= y+h || f.y+f.h <= y || f.h <= 0 {
			continue
		}
		if f.left {
			left = cssom.Max(left, f.x+f.w)
		} else {
			right = cssom.Min(right, f.x)
		}
	}
	return left, right
}

// nextBottom returns the smallest bottom edge of a float that is below y.
func (fc *floatContext) nextBottom(y Fixed) (Fixed, bool) {
	best, ok := Fixed(0), false
	if fc == nil {
		return best, ok
	}
	for i := range fc.floats {
		if b := fc.floats[i].y + fc.floats[i].h; b > y && (!ok || b < best) {
			best, ok = b, true
		}
	}
	return best, ok
}

// clearY returns the lowest bottom margin edge of the floats that clear
// value c clears, or a very low value when there are none.
// https://www.w3.org/TR/CSS22/visuren.html#flow-control
func (fc *floatContext) clearY(c cssom.Clear) (Fixed, bool) {
	var y Fixed
	found := false
	if fc == nil || c == cssom.ClearNone {
		return 0, false
	}
	for i := range fc.floats {
		f := &fc.floats[i]
		if c == cssom.ClearBoth || (c == cssom.ClearLeft) == f.left {
			if !found || f.y+f.h > y {
				y, found = f.y+f.h, true
			}
		}
	}
	return y, found
}

// bottom returns the lowest float bottom edge, for the heights of block
// formatting context roots (CSS 2.1 §10.6.7).
func (fc *floatContext) bottom() (Fixed, bool) {
	return fc.clearY(cssom.ClearBoth)
}

// place places a float whose margin box is w × h as high as the rules of
// CSS 2.1 §9.5.1 allow, no higher than y, between minX and maxX (the
// containing block's content edges), and returns its margin box position.
//
//   - Rules 1–3, 7: a left float's left outer edge is at the containing
//     block's left edge or at the right of earlier left floats, and the
//     float fits between the left and right floats beside it.
//   - Rules 4–6: its top is not above the containing block's top, an
//     earlier float's top, or the line box of earlier content (y).
//   - Rule 8: as high as possible; rule 9: then as far left (right) as
//     possible.
func (fc *floatContext) place(left bool, w, h, y, minX, maxX Fixed, clear cssom.Clear) (Fixed, Fixed) {
	y = cssom.Max(y, fc.lowestTop)
	if cy, ok := fc.clearY(clear); ok {
		y = cssom.Max(y, cy)
	}
	for {
		l, r := fc.band(y, h, minX, maxX)
		if r-l >= w || (l == minX && r == maxX) {
			x := l
			if !left {
				x = r - w
			}
			fc.floats = append(fc.floats, floatBox{left: left, x: x, y: y, w: w, h: h})
			fc.lowestTop = y
			return x, y
		}
		next, ok := fc.nextBottom(y)
		if !ok {
			next = y + 1
		}
		y = next
	}
}

// layoutFloatBox lays out a floated or absolutely positioned box b for a
// containing block cbw wide: as a block formatting context root with a
// shrink-to-fit width (CSS 2.1 §10.3.5, §10.3.7), or as a replaced element.
// The fragment's position is set by the caller.
func (l *layouter) layoutFloatBox(b *Box, cbw Fixed) *Fragment {
	if b.Kind == ReplacedBox {
		return l.layoutBlockReplaced(b, cbw, -1, false)
	}
	return l.layoutBlockContainer(b, containingBlock{w: cbw}, true,
		func(avail Fixed) Fixed { return l.shrinkToFit(b, avail) }, bfcPos{}).frag
}

// layoutAbsBox lays out absolutely positioned box b: a block formatting
// context root whose containing block is the padding box of the nearest
// positioned block ancestor (the initial containing block for fixed
// boxes), shrink-to-fit unless both left and right are set.
// https://www.w3.org/TR/CSS22/visudet.html#abs-non-replaced-width
// TODO(spec): auto margins with left, width and right all set; the
// containing block formed by a positioned inline ancestor.
func (l *layouter) layoutAbsBox(b *Box) *Fragment {
	cb := containingBlock{w: l.viewportW, h: l.viewportH, hDefinite: true}
	if n := len(l.absCB); n > 0 && b.Style.Position == cssom.PositionAbsolute {
		cb = l.absCB[n-1]
	}
	cbw := cb.w
	var f *Fragment
	if b.Kind == ReplacedBox {
		f = l.layoutBlockReplaced(b, cbw, cbHeight(cb), false)
	} else {
		in := b.Style.Inset
		f = l.layoutBlockContainer(b, cb, true, func(avail Fixed) Fixed {
			avail -= in[cssom.Left].Resolve(cbw, 0) + in[cssom.Right].Resolve(cbw, 0)
			if !in[cssom.Left].IsAuto() && !in[cssom.Right].IsAuto() {
				return cssom.Max(avail, 0)
			}
			return l.shrinkToFit(b, cssom.Max(avail, 0))
		}, bfcPos{}).frag
	}
	if l.abs == nil {
		l.abs = make(map[*Fragment]bool)
	}
	l.abs[f] = true
	return f
}

// placeFloatFragment places float fragment f (style st) in fc no higher
// than y, between minX and minX+cbw, and sets its position relative to the
// containing block's content box, whose top is at originY.
func placeFloatFragment(f *Fragment, st *cssom.ComputedStyle, fc *floatContext, minX, cbw, originY, y Fixed) {
	mw := f.Rect.W + f.Margin[cssom.Left] + f.Margin[cssom.Right]
	mh := f.Rect.H + f.Margin[cssom.Top] + f.Margin[cssom.Bottom]
	x, fy := fc.place(st.Float != cssom.FloatRight, mw, cssom.Max(mh, 0), y, minX, minX+cbw, st.Clear)
	f.Rect.X = x - minX + f.Margin[cssom.Left]
	f.Rect.Y = fy - originY + f.Margin[cssom.Top]
}

// chainTop estimates the margins that collapse with box b's top margin:
// its own and those of its first in-flow descendants that adjoin it
// (§8.3.1), before layout, so that floats and clearance can be placed
// against the box's final position.
func chainTop(b *Box, cbw Fixed) marginState {
	var m marginState
	for depth := 0; b != nil && depth < 64; depth++ {
		if !b.blockLevel() {
			break
		}
		st := b.Style
		m = m.add(st.Margin[cssom.Top].Resolve(cbw, 0))
		if b.Kind != BlockBox || establishesBFC(b) || st.BorderWidth[cssom.Top] != 0 ||
			st.Padding[cssom.Top].Resolve(cbw, 0) != 0 || b.ChildrenInline || len(b.Children) == 0 {
			break
		}
		b = b.Children[0]
	}
	return m
}

// findBand sets the current line's left edge and width from the floats
// beside its first h px. "If a shortened line box is too small to contain any content,
// then the line box is shifted downward (and its width recomputed) until
// either some content fits or there are no more floats present."
// https://www.w3.org/TR/CSS22/visuren.html#floats
func (lb *lineBuilder) findBand(i int, indent, h Fixed) {
	for {
		top := lb.fl.y + lb.y
		left, right := lb.fl.fc.band(top, h, lb.fl.x, lb.fl.x+lb.width)
		lb.left, lb.avail = left-lb.fl.x, right-left
		if lb.avail >= lb.width || indent+lb.firstSegment(i) <= lb.avail {
			return
		}
		next, ok := lb.fl.fc.nextBottom(top)
		if !ok {
			return
		}
		lb.y = next - lb.fl.y
	}
}

// firstSegment returns the width of the content from piece i up to the
// first soft wrap opportunity.
func (lb *lineBuilder) firstSegment(i int) Fixed {
	var w Fixed
	for ; i < len(lb.pieces); i++ {
		p := &lb.pieces[i]
		if p.kind == pieceBreak {
			break
		}
		if p.kind == pieceFloat || p.kind == pieceAbs || p.kind == pieceText && w == 0 && p.word == "" && p.collapsible {
			continue
		}
		w += lb.advance(i)
		if p.breakAfter {
			break
		}
		w += p.spaceWidth
	}
	return w
}

// floatAt places the float of piece k on the current line if it fits
// beside the line's content so far (x wide), else defers it to the end of
// the line (CSS 2.1 §9.5.1 rule 6 and 8).
func (lb *lineBuilder) floatAt(k int, x Fixed, lineEmpty bool) {
	if lb.placed[k] {
		return
	}
	if lb.placed == nil {
		lb.placed = make(map[int]bool)
		lb.floats = make(map[int]*Fragment)
	}
	lb.placed[k] = true
	f := lb.l.layoutFloatBox(lb.pieces[k].box, lb.width)
	lb.floats[k] = f
	mw := f.Rect.W + f.Margin[cssom.Left] + f.Margin[cssom.Right]
	if !lineEmpty && x+mw > lb.avail {
		lb.deferred = append(lb.deferred, k)
		return
	}
	lb.placeFloat(k)
	lb.newFloat = true
	left, right := lb.fl.fc.band(lb.fl.y+lb.y, lb.strut.a+lb.strut.d, lb.fl.x, lb.fl.x+lb.width)
	lb.left, lb.avail = left-lb.fl.x, right-left
}

// placeFloat places the laid-out float of piece k no higher than the
// current line's top and adds its fragment.
func (lb *lineBuilder) placeFloat(k int) {
	f := lb.floats[k]
	placeFloatFragment(f, lb.pieces[k].box.Style, lb.fl.fc, lb.fl.x, lb.width, lb.fl.y, lb.fl.y+lb.y)
	lb.lines = append(lb.lines, f)
}

// placeDeferred places the floats that did not fit on the line just ended.
func (lb *lineBuilder) placeDeferred() {
	for _, k := range lb.deferred {
		lb.placeFloat(k)
	}
	lb.deferred = lb.deferred[:0]
}

// placeAbs lays out an absolutely positioned box at its static position
// (CSS 2.1 §10.3.7, §10.6.4) and adds its fragment; absolutize later moves
// it where its insets say. The box is block-level (blockified), so its
// static position is that of a block at this point: the line's start edge,
// and the line's top, or its bottom when content precedes it on the line
// (afterContent).
// AD-HOC: an element that was inline before blockification should keep
// the pen position, as browsers do; the computed style no longer tells.
func (lb *lineBuilder) placeAbs(k int, afterContent bool) {
	b := lb.pieces[k].box
	f := lb.l.layoutAbsBox(b)
	f.Rect.X = f.Margin[cssom.Left]
	f.Rect.Y = lb.y + f.Margin[cssom.Top]
	if afterContent {
		lb.absBelow = append(lb.absBelow, f)
	}
	lb.lines = append(lb.lines, f)
	// Its layout used the glyph arena: the current text fragment ends.
	lb.text = -1
}
