package layout

import "github.com/paneweb/pane/cssom"

// legacyAlign places a block-level box inside a containing block whose
// text-align is a legacy value (-webkit-center, -webkit-left,
// -webkit-right: <center>, and align attributes on div, p, cells and
// sections). The HTML rendering section says such elements "align
// descendants" (https://html.spec.whatwg.org/multipage/rendering.html#align-descendants);
// as browsers do it, a block-level box whose horizontal margins are both
// non-auto has its margin box centred or pushed to that side when it is
// narrower than the containing block. (Auto margins keep their CSS 2.1
// meaning.) u holds the box's used width and edges, margins as
// blockWidth left them.
func legacyAlign(u *usedBox, st *cssom.ComputedStyle, cb containingBlock) {
	if st.Margin[cssom.Left].IsAuto() || st.Margin[cssom.Right].IsAuto() {
		return
	}
	ml, mr := st.Margin[cssom.Left].Resolve(cb.w, 0), st.Margin[cssom.Right].Resolve(cb.w, 0)
	rest := cb.w - u.w - u.hEdges()
	free := rest - ml - mr
	if free <= 0 {
		return
	}
	switch {
	case cb.align == cssom.TextAlignWebkitCenter:
		u.margin[cssom.Left] = ml + free/2
	case cb.align == cssom.TextAlignWebkitRight && !cb.rtl:
		u.margin[cssom.Left] = ml + free
	case cb.align == cssom.TextAlignWebkitLeft && cb.rtl:
		u.margin[cssom.Left] = ml
	default:
		return
	}
	u.margin[cssom.Right] = rest - u.margin[cssom.Left]
}

// legacyAlignReplaced applies legacyAlign to a laid-out block-level
// replaced element's fragment.
func legacyAlignReplaced(f *Fragment, st *cssom.ComputedStyle, cb containingBlock) {
	if cb.align < cssom.TextAlignWebkitCenter {
		return
	}
	u := usedBox{margin: f.Margin, w: f.Rect.W}
	before := u.margin[cssom.Left]
	legacyAlign(&u, st, cb)
	f.Margin = u.margin
	f.Rect.X += u.margin[cssom.Left] - before
}
