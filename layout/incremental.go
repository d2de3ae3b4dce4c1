package layout

// Incremental relayout (DESIGN.md §5): a Tree keeps, from one layout pass
// to the next, the fragments of the block-level boxes of the document, each
// with the inputs it was laid out with; the next pass reuses a box's
// fragments instead of laying it out again when nothing it depends on
// changed:
//   - its element and every node below it are clean: no DOM mutation and
//     no new computed style (Tree.Invalidate and the dirty bits drop the
//     entries of a changed node and of all its ancestors);
//   - its containing block and the containing block of its absolutely
//     positioned descendants are the same;
//   - no float of its block formatting context can intrude: the box
//     establishes an independent formatting context, or its formatting
//     context holds no float when it starts and it adds none.
// A reused box's fragment is a fresh copy of the one its layout returned
// (its parent moves it); the fragments below it, in their parent-relative
// coordinates, are shared with the previous pass and never mutated:
// absolutize works on copies (detach, keptOutput). The page-coordinate
// fragments below a kept box are shared with the previous pass's output as
// well when the box did not move and the state absolutize passes down
// (the containing block of absolutely positioned boxes, the sticky scope)
// is the same for what is below it.
//
// TODO(spec): reuse boxes beside floats whose band is unchanged, inline
// formatting contexts (lines) of dirty blocks, anonymous block boxes, and
// flex and grid items; keep the box tree between passes and rebuild only
// TreeDirty subtrees (BuildBoxTree now runs whole each pass, about half of
// an incremental update's layout time on a large page); translate the
// kept output of a box that moved instead of copying it again.

import (
	"context"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// Tree is a document's layout kept between passes for incremental
// relayout. The zero value is not usable; make one with NewTree. A Tree is
// not safe for concurrent use.
type Tree struct {
	cache  map[*dom.Node]*cachedBox
	width  Fixed
	height Fixed
	fonts  *FontSet
	stats  Stats
	stored int // entries stored or reused in the last pass
}

// Stats says how much work the last Tree.Layout did.
type Stats struct {
	// Boxes is the number of boxes laid out.
	Boxes int
	// Reused is the number of box subtrees whose fragments were reused,
	// and ReusedBoxes the number of boxes in them.
	Reused, ReusedBoxes int
	// Moved is the number of kept subtrees whose fragments were copied
	// into page coordinates again (they moved, or were laid out anew);
	// the others' page fragments were shared with the previous pass.
	Moved int
}

// cachedBox is the layout of one block-level box: its inputs and its
// result.
type cachedBox struct {
	cb, absCB containingBlock
	// style, kind, marker, inline and kids identify the box the result
	// belongs to.
	style  *cssom.ComputedStyle
	kind   BoxKind
	marker string
	inline bool
	kids   int
	// frag is a copy of the fragment the layout returned, before the
	// parent moved it; top, bottom and through are the rest of the
	// blockResult.
	frag        Fragment
	top, bottom marginState
	through     bool
	abs         []*Fragment // absolutely positioned fragments below
	boxes       int         // boxes in the subtree
	// out is the box's children in page coordinates, as the last pass
	// that used e made them, when the box's border box was at outX, outY
	// with the absolutize state outCB and outSticky; outBottom is the
	// lowest edge below it. hasOut says they are set.
	out        []*Fragment
	outX, outY Fixed
	outCB      Rect
	outSticky  stickyScope
	outBottom  Fixed
	hasOut     bool
	// sticky caches holdsSticky: 0 unknown, 1 no, 2 yes.
	sticky uint8
}

// incPass is the state of one incremental pass, shared by the layouter
// and its Tree.
type incPass struct {
	t           *Tree
	reused      int
	reusedBoxes int
	// roots maps the fragment of each box laid out or reused through
	// the Tree to its entry; outRoots maps their copies for absolutize,
	// whose children are copied only when their kept output cannot
	// serve (relAbs holds the marks of the uncopied fragments).
	roots, outRoots map[*Fragment]*cachedBox
	relAbs          map[*Fragment]bool
	// pending holds the entries whose output absolutize is making.
	pending map[*Fragment]pendingOutput
	moved   int
}

// pendingOutput is the state absolutize had on entering a kept box.
type pendingOutput struct {
	e      *cachedBox
	cb     Rect
	sticky stickyScope
}

// NewTree returns an empty Tree: its first Layout lays out everything.
func NewTree() *Tree { return &Tree{cache: map[*dom.Node]*cachedBox{}} }

// Reset forgets every kept layout. A nil Tree has none.
func (t *Tree) Reset() {
	if t != nil {
		clear(t.cache)
	}
}

// Invalidate forgets the layouts that depend on node n: its own and its
// ancestors'. Call it for every node whose computed style changed (the
// dirty bits of the DOM are read by Layout itself).
func (t *Tree) Invalidate(n *dom.Node) {
	for ; n != nil; n = n.Parent {
		delete(t.cache, n)
	}
}

// Stats returns the counts of the last Layout.
func (t *Tree) Stats() Stats { return t.stats }

// Layout lays out doc as Layout does, reusing the fragments of the boxes
// whose inputs did not change since the previous call (see the comment at
// the top of this file). Before it, the caller must call Invalidate for
// every element whose computed style (or pseudo-element style, or list-item
// value) changed, or Reset; the DOM's dirty bits, which the caller clears
// afterwards, say which nodes changed. A new viewport size or font set
// resets the tree. opts.Image must give the same images as in the previous
// call for the elements that did not change.
func (t *Tree) Layout(ctx context.Context, doc *dom.Document, styles *cssom.Styles, opts Options) (*Fragment, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if opts.Width != t.width || opts.Height != t.height || opts.Fonts != t.fonts {
		t.Reset()
		t.width, t.height, t.fonts = opts.Width, opts.Height, opts.Fonts
	}
	if doc != nil && doc.Root != nil {
		t.invalidateDirty(doc.Root)
		if len(t.cache) > 2*t.stored+64 {
			t.prune(doc)
		}
	}
	t.stats, t.stored = Stats{}, 0
	opts.inc = &incPass{t: t, roots: map[*Fragment]*cachedBox{}}
	root := BuildBoxTree(doc, styles, opts.Image)
	f, err := LayoutBox(ctx, root, opts)
	if err != nil {
		t.Reset() // a pass that stopped half way leaves no sure entries
		return nil, err
	}
	t.stats.Reused, t.stats.ReusedBoxes, t.stats.Moved = opts.inc.reused, opts.inc.reusedBoxes, opts.inc.moved
	return f, nil
}

// invalidateDirty forgets the layouts of the nodes whose dirty bits say
// their subtree or geometry changed, and of their ancestors. A change of
// attributes (StyleDirty) counts: some feed layout directly (colspan,
// size, alt); a change of page state (StateDirty) or of the style
// attribute (InlineStyleDirty) alone reaches layout only through a new
// computed style.
func (t *Tree) invalidateDirty(n *dom.Node) {
	const changed = dom.StyleDirty | dom.TreeDirty | dom.LayoutDirty | dom.SubtreeDirty | dom.ChildListDirty
	if n.Dirty&changed != 0 {
		t.Invalidate(n)
	}
	if n.Dirty&dom.ChildDirty == 0 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Dirty != 0 {
			t.invalidateDirty(c)
		}
	}
}

// prune drops the entries of nodes no longer in doc.
func (t *Tree) prune(doc *dom.Document) {
	for n := range t.cache {
		root := n
		for root.Parent != nil {
			root = root.Parent
		}
		if root != doc.Root {
			delete(t.cache, n)
		}
	}
}

// layoutBlockLevelKept lays out in-flow block-level box b of a block
// formatting context as layoutBlockLevel does, through the Tree of an
// incremental pass: it reuses b's kept layout when its inputs match, and
// keeps the new one when they can be told.
func (l *layouter) layoutBlockLevelKept(b *Box, cb containingBlock, pos bfcPos) blockResult {
	inc := l.inc
	if inc == nil || b.Node == nil || b.Node.Type != dom.ElementNode || b.Anonymous || b.Pseudo != "" || b.outOfFlow() {
		return l.layoutBlockLevel(b, cb, false, pos)
	}
	if firstLineReaches(b) {
		// An ancestor's ::first-line or ::first-letter may style b's
		// first line: an input the entry does not record.
		return l.layoutBlockLevel(b, cb, false, pos)
	}
	independent := b.Kind == ReplacedBox || establishesBFC(b)
	floats := 0
	if pos.fc != nil {
		floats = len(pos.fc.floats)
	}
	if !independent && floats > 0 {
		return l.layoutBlockLevel(b, cb, false, pos)
	}
	var absCB containingBlock
	if n := len(l.absCB); n > 0 {
		absCB = l.absCB[n-1]
	}
	if e := inc.t.cache[b.Node]; e != nil && e.cb == cb && e.absCB == absCB && e.matches(b) {
		return l.reuse(e)
	}
	start, reusedStart, absStart := l.boxes, inc.reusedBoxes, len(l.abs)
	r := l.layoutBlockLevel(b, cb, false, pos)
	if l.err != nil || pos.fc != nil && len(pos.fc.floats) != floats {
		return r // cancelled, or floats escape into the context
	}
	e := &cachedBox{cb: cb, absCB: absCB, style: b.Style, kind: b.Kind, marker: b.Marker,
		inline: b.ChildrenInline, kids: len(b.Children), frag: *r.frag, top: r.top, bottom: r.bottom,
		through: r.through, boxes: l.boxes - start + inc.reusedBoxes - reusedStart}
	if len(l.abs) != absStart {
		e.abs = l.absBelow(r.frag, nil)
	}
	inc.t.cache[b.Node] = e
	inc.t.stored++
	inc.roots[r.frag] = e
	return r
}

// firstLineReaches reports whether a ::first-line box or a ::first-letter
// box lies on b's first line: along the first in-flow boxes down from b.
func firstLineReaches(b *Box) bool {
	x := b
	for depth := 0; x != nil && depth < 64; depth++ {
		if x.firstLineBox != nil || x.Pseudo == "first-letter" {
			return true
		}
		var next *Box
		for _, k := range x.Children {
			if k.Pseudo == "first-letter" {
				return true
			}
			if !k.outOfFlow() {
				next = k
				break
			}
		}
		x = next
	}
	return false
}

// matches reports whether the kept layout e belongs to a box like b.
func (e *cachedBox) matches(b *Box) bool {
	return e.style == b.Style && e.kind == b.Kind && e.marker == b.Marker && e.inline == b.ChildrenInline && e.kids == len(b.Children)
}

// reuse returns the kept layout e as the result of laying out its box.
func (l *layouter) reuse(e *cachedBox) blockResult {
	f := e.frag
	if len(e.abs) > 0 {
		if l.abs == nil {
			l.abs = make(map[*Fragment]bool)
		}
		for _, a := range e.abs {
			l.abs[a] = true
		}
	}
	l.inc.reused++
	l.inc.reusedBoxes += e.boxes
	l.inc.t.stored++
	l.inc.roots[&f] = e
	return blockResult{frag: &f, top: e.top, bottom: e.bottom, through: e.through}
}

// absBelow appends the fragments under f (f included) that absolutize
// places as absolutely positioned.
func (l *layouter) absBelow(f *Fragment, out []*Fragment) []*Fragment {
	if l.abs[f] {
		out = append(out, f)
	}
	for _, c := range f.Children {
		out = l.absBelow(c, out)
	}
	return out
}

// detach returns a copy of the fragment tree under vp for absolutize to
// move into page coordinates, so that the fragments the Tree keeps stay
// as layout made them; the marks of absolutely positioned fragments move
// to their copies. Below the boxes laid out through the Tree it copies
// nothing: keptOutput does, when their last output cannot serve. Without
// a Tree it returns vp itself.
func (l *layouter) detach(vp *Fragment) *Fragment {
	inc := l.inc
	if inc == nil {
		return vp
	}
	inc.t.stats.Boxes = l.boxes
	inc.relAbs = l.abs
	inc.outRoots = make(map[*Fragment]*cachedBox, len(inc.roots))
	l.abs = make(map[*Fragment]bool)
	return l.copyTree(vp, true)
}

// copyTree returns a copy of the fragments under f (all of them unless
// stopAtRoots: then not those below the boxes of inc.roots, which
// keptOutput copies if need be), moving their absolute positioning marks.
func (l *layouter) copyTree(f *Fragment, stopAtRoots bool) *Fragment {
	inc := l.inc
	g := new(Fragment)
	*g = *f
	if inc.relAbs[f] {
		l.abs[g] = true
	}
	if e := inc.roots[f]; e != nil && stopAtRoots {
		inc.outRoots[g] = e
		return g
	}
	if len(f.Children) > 0 {
		g.Children = make([]*Fragment, len(f.Children))
		for i, c := range f.Children {
			g.Children[i] = l.copyTree(c, stopAtRoots)
		}
	}
	return g
}

// keptOutput is absolutize's hook for f, in page coordinates, with the
// containing block cb of absolutely positioned descendants: when f is a
// box laid out through the Tree whose last output was made at the same
// place and state, it gives f those children and returns their lowest
// edge. Otherwise it gives f copies of its children for absolutize to
// move, and keepOutput records the result.
func (l *layouter) keptOutput(f *Fragment, cb Rect) (Fixed, bool) {
	if l.inc == nil {
		return 0, false
	}
	e := l.inc.outRoots[f]
	if e == nil {
		return 0, false
	}
	// The containing block of absolutely positioned boxes matters only
	// with such boxes below, the sticky scope only with sticky ones.
	if e.hasOut && e.outX == f.Rect.X && e.outY == f.Rect.Y && (len(e.abs) == 0 || e.outCB == cb) &&
		(e.outSticky == l.sticky || !e.holdsSticky()) {
		f.Children = e.out
		return e.outBottom, true
	}
	l.inc.moved++
	kids := make([]*Fragment, len(f.Children))
	for i, c := range f.Children {
		kids[i] = l.copyTree(c, true)
	}
	f.Children = kids
	if l.inc.pending == nil {
		l.inc.pending = map[*Fragment]pendingOutput{}
	}
	l.inc.pending[f] = pendingOutput{e, cb, l.sticky}
	return 0, false
}

// holdsSticky reports whether a sticky positioned fragment is below e's.
func (e *cachedBox) holdsSticky() bool {
	if e.sticky == 0 {
		e.sticky = 1
		if anySticky(e.frag.Children) {
			e.sticky = 2
		}
	}
	return e.sticky == 2
}

func anySticky(fs []*Fragment) bool {
	for _, f := range fs {
		if f.Kind != TextFragment && f.Style.Position == cssom.PositionSticky || anySticky(f.Children) {
			return true
		}
	}
	return false
}

// keepOutput records the output absolutize made for a box keptOutput
// could not serve: f's children and the lowest edge below f.
func (l *layouter) keepOutput(f *Fragment, bottom Fixed) {
	if l.inc == nil {
		return
	}
	p, ok := l.inc.pending[f]
	if !ok {
		return
	}
	delete(l.inc.pending, f)
	e := p.e
	e.out, e.outX, e.outY, e.outCB, e.outSticky, e.outBottom, e.hasOut = f.Children, f.Rect.X, f.Rect.Y, p.cb, p.sticky, bottom, true
}
