package layout

import (
	"math"
	"strconv"
	"strings"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// intrinsicSize returns the natural width and height of a replaced box in
// CSS px (one image pixel per CSS px), and whether it has them. An inline
// <svg> has the size its attributes give (svgNaturalSize). Without an
// image, <canvas>, <video>, <iframe> and <embed> have the default object
// size 300×150 (CSS Images 3 §4.1, HTML §15.4.1); a broken <img> has none
// (AD-HOC: its used size is then 0 on an auto axis, not 300×150).
func intrinsicSize(b *Box) (w, h Fixed, ok bool) {
	if isSVGRoot(b.Node) {
		// From the attributes, not from the rendered image, whose bounds
		// are whole pixels and which has a size even when the element
		// has none.
		return svgNaturalSize(b.Node).sizes()
	}
	if b.Image != nil {
		r := b.Image.Bounds()
		return cssom.Int(r.Dx()), cssom.Int(r.Dy()), r.Dx() > 0 && r.Dy() > 0
	}
	if b.Node.IsHTML("img") {
		return 0, 0, false
	}
	if b.Node.IsHTML("input") {
		// AD-HOC: check boxes and radio buttons, as browsers draw them.
		return cssom.Int(13), cssom.Int(13), true
	}
	return cssom.Int(300), cssom.Int(150), true
}

// svgSize is the natural size of an inline <svg> element: each dimension
// and the natural aspect ratio (ratioW:ratioH) when it has them.
type svgSize struct {
	w, h, ratioW, ratioH Fixed
	hasW, hasH, hasRatio bool
}

// isSVGRoot reports whether n is an <svg> element in the SVG namespace,
// which the box tree makes a replaced element.
func isSVGRoot(n *dom.Node) bool {
	return n != nil && n.Type == dom.ElementNode && n.Namespace == dom.SVGNamespace && n.Tag == "svg"
}

// svgNaturalSize reads the natural size of an outer <svg> element from
// its width, height and viewBox attributes.
//
// https://www.w3.org/TR/SVG2/coords.html#SizingSVGInCSS
// "the natural width and height are the width and height attributes when
// they are absolute lengths; the natural aspect ratio is the viewBox's
// when it has one, else the ratio of the natural width and height".
// TODO(spec): width and height as presentation attributes (CSS width and
// height of the element); here they give the natural size only, which
// CSS width and height override as they do for images.
func svgNaturalSize(el *dom.Node) svgSize {
	var z svgSize
	z.w, z.hasW = svgAbsoluteLength(el.AttrOr("width", ""))
	z.h, z.hasH = svgAbsoluteLength(el.AttrOr("height", ""))
	if vb := strings.FieldsFunc(el.AttrOr("viewBox", ""), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }); len(vb) == 4 {
		w, errW := strconv.ParseFloat(vb[2], 64)
		h, errH := strconv.ParseFloat(vb[3], 64)
		if errW == nil && errH == nil && w > 0 && h > 0 && w < 1e9 && h < 1e9 {
			z.ratioW, z.ratioH, z.hasRatio = cssom.Px(w), cssom.Px(h), cssom.Px(w) > 0 && cssom.Px(h) > 0
		}
	}
	if !z.hasRatio && z.hasW && z.hasH && z.w > 0 && z.h > 0 {
		z.ratioW, z.ratioH, z.hasRatio = z.w, z.h, true
	}
	return z
}

// sizes returns the natural width and height for intrinsicSize, a missing
// one from the other and the ratio.
//
// With a ratio and no size, the ratio itself (the viewBox's size), for
// callers that scale by it; replacedSize sizes such an element as
// browsers do. With no ratio, a missing dimension is the default object
// size's, and there is no ratio to keep.
func (z svgSize) sizes() (w, h Fixed, ratio bool) {
	switch {
	case z.hasW && z.hasH:
		return z.w, z.h, z.hasRatio
	case z.hasRatio && z.hasW:
		return z.w, scale(z.w, z.ratioH, z.ratioW), true
	case z.hasRatio && z.hasH:
		return scale(z.h, z.ratioW, z.ratioH), z.h, true
	case z.hasRatio:
		return z.ratioW, z.ratioH, true
	}
	w, h = cssom.Int(300), cssom.Int(150)
	if z.hasW {
		w = z.w
	}
	if z.hasH {
		h = z.h
	}
	return w, h, false
}

// svgAbsoluteLength parses an SVG width or height attribute that is an
// absolute length: a number, or a number with a px unit (other units and
// percentages are left to CSS: no natural size).
func svgAbsoluteLength(v string) (Fixed, bool) {
	v = strings.TrimSuffix(strings.TrimSpace(v), "px")
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || !(f >= 0 && f <= 1e7) { // NaN fails both
		return 0, false
	}
	return cssom.Px(f), true
}

// scale returns a*num/den, rounded toward zero; 0 when den is 0.
func scale(a, num, den Fixed) Fixed {
	if den == 0 {
		return 0
	}
	const lim = 1 << 31
	if a > lim || a < -lim || num > lim || num < -lim {
		// AD-HOC: beyond 2^25 px the product could overflow; scale in
		// floating point there.
		return cssom.Px(a.Float() * num.Float() / den.Float())
	}
	return a * num / den
}

// replacedSize returns the used content width and height of replaced box
// b, for a containing block of cbw × cbh px (cbh < 0: indefinite; cbw < 0
// while computing intrinsic sizes).
// https://www.w3.org/TR/CSS22/visudet.html#inline-replaced-width
// https://www.w3.org/TR/CSS22/visudet.html#inline-replaced-height
func replacedSize(b *Box, cbw, cbh Fixed) (Fixed, Fixed) {
	st := b.Style
	u := resolveEdges(st, cssom.Max(cbw, 0))
	iw, ih, hasRatio := intrinsicSize(b)
	if r := float64(st.AspectRatio); r > 0 && (!st.AspectRatioAuto || !hasRatio) {
		// aspect-ratio: a <ratio> replaces the natural one; with auto,
		// it serves only when there is none (CSS Sizing 4 §2.1).
		if iw <= 0 {
			iw = cssom.Int(300)
		}
		ih, hasRatio = iw.MulFloat(1/r), true
	}
	w, wSet := specifiedSize(st.Width, cbw, u.hEdges(), st.BoxSizing)
	h, hSet := specifiedSize(st.Height, cbh, u.vEdges(), st.BoxSizing)
	if !wSet && !hSet && isSVGRoot(b.Node) {
		// CSS 2.1 §10.3.2: with a ratio and no natural size, "it is
		// suggested that [...] the used value of 'width' is calculated
		// from the constraint equation used for block-level, non-replaced
		// elements in normal flow", as browsers do.
		// AD-HOC: and 0 while computing intrinsic sizes, what Blink
		// gives (auto means 100% for an outer <svg>, of an indefinite
		// size).
		if z := svgNaturalSize(b.Node); z.hasRatio && !z.hasW && !z.hasH {
			iw = cssom.Max(0, cbw-u.hEdges()-u.margin[cssom.Left]-u.margin[cssom.Right])
			ih = scale(iw, z.ratioH, z.ratioW)
		}
	}
	switch {
	case wSet && hSet:
		w, _ = clampWidth(st, w, cbw, u.hEdges())
		h = clampHeight(st, h, cbh, u.vEdges())
	case wSet:
		// "Otherwise, if 'height' has a computed value of 'auto', and the
		// element has an intrinsic ratio then the used value of 'height'
		// is: (used width) / (intrinsic ratio)".
		w, _ = clampWidth(st, w, cbw, u.hEdges())
		h = ih
		if hasRatio {
			h = scale(w, ih, iw)
		}
		h = clampHeight(st, h, cbh, u.vEdges())
	case hSet:
		// "if 'width' has a computed value of 'auto', 'height' has some
		// other computed value, and the element does have an intrinsic
		// ratio; then the used value of 'width' is: (used height) *
		// (intrinsic ratio)".
		h = clampHeight(st, h, cbh, u.vEdges())
		w = iw
		if hasRatio {
			w = scale(h, iw, ih)
		}
		w, _ = clampWidth(st, w, cbw, u.hEdges())
	case hasRatio:
		w, h = constrainReplaced(st, iw, ih, cbw, cbh, u.hEdges(), u.vEdges())
	default:
		w, _ = clampWidth(st, iw, cbw, u.hEdges())
		h = clampHeight(st, ih, cbh, u.vEdges())
	}
	return w, h
}

// constrainReplaced applies min/max width and height to a replaced element
// with both width and height auto and an intrinsic ratio, keeping the
// ratio where the table of CSS 2.1 §10.4 says so.
// https://www.w3.org/TR/CSS22/visudet.html#min-max-widths
func constrainReplaced(st *cssom.ComputedStyle, w, h, cbw, cbh, hEdges, vEdges Fixed) (Fixed, Fixed) {
	const inf = Fixed(math.MaxInt64 / 4)
	minW, _ := specifiedSize(st.MinWidth, cbw, hEdges, st.BoxSizing)
	minH, _ := specifiedSize(st.MinHeight, cbh, vEdges, st.BoxSizing)
	maxW, ok := specifiedSize(st.MaxWidth, cbw, hEdges, st.BoxSizing)
	if !ok {
		maxW = inf
	}
	maxH, ok := specifiedSize(st.MaxHeight, cbh, vEdges, st.BoxSizing)
	if !ok {
		maxH = inf
	}
	maxW, maxH = cssom.Max(maxW, minW), cssom.Max(maxH, minH)
	switch {
	case w > maxW && h > maxH:
		if int64(maxW)*int64(h) <= int64(maxH)*int64(w) { // maxW/w <= maxH/h
			return maxW, cssom.Max(minH, scale(maxW, h, w))
		}
		return cssom.Max(minW, scale(maxH, w, h)), maxH
	case w < minW && h < minH:
		if int64(minW)*int64(h) <= int64(minH)*int64(w) { // minW/w <= minH/h
			return cssom.Min(maxW, scale(minH, w, h)), minH
		}
		return minW, cssom.Min(maxH, scale(minW, h, w))
	case w < minW && h > maxH:
		return minW, maxH
	case w > maxW && h < minH:
		return maxW, minH
	case w > maxW:
		return maxW, cssom.Max(scale(maxW, h, w), minH)
	case w < minW:
		return minW, cssom.Min(scale(minW, h, w), maxH)
	case h > maxH:
		return cssom.Max(scale(maxH, w, h), minW), maxH
	case h < minH:
		return cssom.Min(scale(minH, w, h), maxW), minH
	}
	return w, h
}

// replacedFragment lays out replaced box b with content size from
// replacedSize; margins are resolved with auto as 0. Its Rect is at (0,0)
// relative to its margin box's top-left corner plus the margins.
func replacedFragment(b *Box, cbw, cbh Fixed) (*Fragment, usedBox) {
	u := resolveEdges(b.Style, cbw)
	u.w, u.h = replacedSize(b, cbw, cbh)
	f := &Fragment{Kind: ImageFragment, Node: b.Node, Style: b.Style, Image: b.Image,
		Margin: u.margin, Border: u.border, Padding: u.padding}
	f.Rect = Rect{X: u.margin[cssom.Left], Y: u.margin[cssom.Top], W: u.w + u.hEdges(), H: u.h + u.vEdges()}
	// The baseline of a replaced element is its bottom margin edge
	// (CSS 2.1 §10.8.1), from the border box top.
	f.Baseline = f.Rect.H + u.margin[cssom.Bottom]
	return f, u
}

// layoutBlockReplaced lays out a block-level replaced element: its width as
// for inline replaced elements, its margins as for blocks in normal flow.
// https://www.w3.org/TR/CSS22/visudet.html#block-replaced-width
func (l *layouter) layoutBlockReplaced(b *Box, cbw, cbh Fixed, rtl bool) *Fragment {
	l.tick()
	f, u := replacedFragment(b, cbw, cbh)
	st := b.Style
	if b.outOfFlow() {
		return f
	}
	rest := cbw - u.w - u.hEdges()
	autoL, autoR := st.Margin[cssom.Left].IsAuto(), st.Margin[cssom.Right].IsAuto()
	switch {
	case autoL && autoR && rest > 0:
		u.margin[cssom.Left] = rest / 2
	case autoL && !autoR && rest-u.margin[cssom.Right] > 0:
		u.margin[cssom.Left] = rest - u.margin[cssom.Right]
	case !autoL && !autoR && rtl:
		// Over-constrained in a right-to-left containing block:
		// margin-left is solved for.
		u.margin[cssom.Left] = rest - u.margin[cssom.Right]
	}
	// Otherwise margin-right follows.
	u.margin[cssom.Right] = rest - u.margin[cssom.Left]
	f.Margin = u.margin
	f.Rect.X = u.margin[cssom.Left]
	f.Rect.Y = 0
	return f
}

// atomicLayout is an atomic inline laid out for one inline formatting
// context: its fragment (Rect.X/Y are the margins) and its margin box
// extent above (a) and below (d) its baseline.
type atomicLayout struct {
	frag *Fragment
	a, d Fixed
}

// layoutAtomic lays out an inline-block (§10.3.9, §10.6.6) or inline
// replaced element (§10.3.2, §10.6.2) in containing block cb.
func (l *layouter) layoutAtomic(b *Box, cb containingBlock) atomicLayout {
	cbw := cb.w
	if b.Kind == ReplacedBox {
		f, u := replacedFragment(b, cbw, cbHeight(cb))
		l.tick()
		return atomicLayout{frag: f, a: f.Rect.H + u.margin[cssom.Top] + u.margin[cssom.Bottom]}
	}
	res := l.layoutBlockContainer(b, containingBlock{w: cbw}, true, func(avail Fixed) Fixed { return l.shrinkToFit(b, avail) }, bfcPos{})
	f := res.frag
	f.Rect.Y = f.Margin[cssom.Top]
	outerH := f.Rect.H + f.Margin[cssom.Top] + f.Margin[cssom.Bottom]
	// "The baseline of an 'inline-block' is the baseline of its last line
	// box in the normal flow, unless it has either no in-flow line boxes
	// or if its 'overflow' property has a computed value other than
	// 'visible', in which case the baseline is the bottom margin edge."
	// https://www.w3.org/TR/CSS22/visudet.html#propdef-vertical-align
	a := outerH
	if bl, ok := lastBaseline(f); isFlexContainer(b) || isGridContainer(b) || b.table != nil {
		a = f.Margin[cssom.Top] + f.Baseline // the flex or grid container's or table's first baseline
	} else if ok && b.Style.OverflowX == cssom.OverflowVisible && b.Style.OverflowY == cssom.OverflowVisible {
		a = f.Margin[cssom.Top] + bl
	}
	f.Baseline = a - f.Margin[cssom.Top]
	return atomicLayout{frag: f, a: a, d: outerH - a}
}

// lastBaseline returns the baseline of f's last in-flow line box, from f's
// border box top, with fragment coordinates still parent-relative.
func lastBaseline(f *Fragment) (Fixed, bool) {
	for i := len(f.Children) - 1; i >= 0; i-- {
		c := f.Children[i]
		switch {
		case c.Kind == LineFragment:
			return c.Rect.Y + c.Baseline, true
		case c.Kind == BoxFragment && !c.Style.Display.IsInlineLevel() && c.Style.Float == cssom.FloatNone:
			if bl, ok := lastBaseline(c); ok {
				return c.Rect.Y + bl, true
			}
		}
	}
	return 0, false
}
