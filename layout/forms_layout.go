package layout

// The layout side of form controls (forms.go builds their boxes): the
// values controls show, the styles of their native look, their intrinsic
// sizes, and the finishing of their fragments after layout.

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"

	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// progressFraction returns the position of a progress bar, or -1 when it
// is indeterminate.
// https://html.spec.whatwg.org/multipage/form-elements.html#the-progress-element
func progressFraction(el *dom.Node) float64 {
	v, ok := parseFloat(el.AttrOr("value", ""))
	if !ok {
		return -1
	}
	hi := numberAttr(el, "max", 1)
	if hi <= 0 {
		hi = 1
	}
	return math.Min(math.Max(v, 0), hi) / hi
}

// meterFraction returns the fraction of a meter's gauge and its colour for
// the region its value is in.
// https://html.spec.whatwg.org/multipage/form-elements.html#the-meter-element
func meterFraction(el *dom.Node) (float64, cssom.Color) {
	lo := numberAttr(el, "min", 0)
	hi := math.Max(numberAttr(el, "max", 1), lo)
	v := math.Min(math.Max(numberAttr(el, "value", 0), lo), hi)
	low := math.Min(math.Max(numberAttr(el, "low", lo), lo), hi)
	high := math.Min(math.Max(numberAttr(el, "high", hi), low), hi)
	opt := math.Min(math.Max(numberAttr(el, "optimum", lo+(hi-lo)/2), lo), hi)
	frac := 0.0
	if hi > lo {
		frac = (v - lo) / (hi - lo)
	}
	// "If the optimum point is equal to the low boundary or the high
	// boundary, or anywhere in between them, then the region between the
	// low and high boundaries of the gauge must be treated as the optimum
	// region, and the low and high parts, if any, must be treated as
	// suboptimal. Otherwise, if the optimum point is less than the low
	// boundary, then the region between the minimum value and the low
	// boundary must be treated as the optimum region, the region from the
	// low boundary up to the high boundary must be treated as a suboptimal
	// region, and the remaining region must be treated as an even less
	// good region. Finally, if the optimum point is higher than the high
	// boundary, then the situation is reversed."
	switch {
	case opt >= low && opt <= high:
		if v >= low && v <= high {
			return frac, meterGood
		}
		return frac, meterSuboptimal
	case opt < low:
		if v <= low {
			return frac, meterGood
		} else if v <= high {
			return frac, meterSuboptimal
		}
	default:
		if v >= high {
			return frac, meterGood
		} else if v >= low {
			return frac, meterSuboptimal
		}
	}
	return frac, meterBad
}

// selectedOption returns the label of the option a drop-down <select>
// shows: the last selected one, else the first that is not disabled
// (https://html.spec.whatwg.org/multipage/form-elements.html#selectedness-setting-algorithm).
func selectedOption(sel *dom.Node) string {
	var first, selected *dom.Node
	sel.Walk(func(n *dom.Node) bool {
		if n.IsHTML("option") {
			disabled := n.HasAttr("disabled") || n.Parent != nil && n.Parent.IsHTML("optgroup") && n.Parent.HasAttr("disabled")
			if first == nil && !disabled {
				first = n
			}
			if n.HasAttr("selected") {
				selected = n
			}
			return false
		}
		return true
	})
	if selected == nil {
		selected = first
	}
	if selected == nil {
		return ""
	}
	return optionLabel(selected)
}

// optionLabel returns an option's label: its label attribute, else its
// text with white space stripped and collapsed
// (https://html.spec.whatwg.org/multipage/form-elements.html#concept-option-label).
func optionLabel(o *dom.Node) string {
	if l, ok := o.Attr("label"); ok && l != "" {
		return l
	}
	return strings.Join(strings.Fields(o.TextContent()), " ")
}

// isDisabled reports whether a form control is disabled: its own disabled
// attribute, or a disabled fieldset ancestor outside that fieldset's first
// legend (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#concept-fe-disabled).
func isDisabled(el *dom.Node) bool {
	if el.HasAttr("disabled") {
		return true
	}
	child := el
	for p := el.Parent; p != nil && p.Type == dom.ElementNode; child, p = p, p.Parent {
		if p.IsHTML("fieldset") && p.HasAttr("disabled") {
			for c := p.FirstChild; c != nil; c = c.NextSibling {
				if c.IsHTML("legend") {
					return c != child
				}
			}
			return true
		}
	}
	return false
}

// part returns a fresh style for an anonymous box inside a control:
// inherited from parent, everything else initial.
func part(parent *cssom.ComputedStyle) *cssom.ComputedStyle {
	st := cssom.InheritFrom(parent)
	st.Display = cssom.DisplayBlock
	return st
}

// nativeField returns a text field's, select's or text area's style with
// the native look: while the author keeps the user agent's border (bs,
// bw px on every side) and a plain background, it is drawn as a 1 px
// rounded border (Chromium draws its 2 px inset border so), the other
// pixel becoming padding so that the geometry stays the user agent's.
func nativeField(st *cssom.ComputedStyle, bs cssom.BorderStyle, bw int) *cssom.ComputedStyle {
	if !plainBorder(st, bs, bw) || hasBackgroundImage(st) {
		return st
	}
	cs := *st
	if bw == 2 {
		for i := range 4 {
			if cs.Padding[i].Kind != cssom.LengthPx {
				return st
			}
			cs.Padding[i].Px += cssom.Int(1)
			cs.BorderWidth[i], cs.BorderStyle[i] = cssom.Int(1), cssom.BorderSolid
		}
	}
	if cs.BorderRadius == (cssom.Edges[cssom.Length]{cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx, cssom.ZeroPx}) {
		cs.BorderRadius, cs.BorderRadiusY = radii(cssom.LengthOf(cssom.Int(2)))
	}
	return &cs
}

// nativeButton is nativeField for buttons (a 2 px outset border).
func nativeButton(st *cssom.ComputedStyle) *cssom.ComputedStyle {
	return nativeField(st, cssom.BorderOutset, 2)
}

// nativeSwatch is nativeField for colour wells (a 1 px solid border).
func nativeSwatch(st *cssom.ComputedStyle) *cssom.ComputedStyle {
	return nativeField(st, cssom.BorderSolid, 1)
}

// plainBorder reports whether st's border is bw px of style bs on every
// side.
func plainBorder(st *cssom.ComputedStyle, bs cssom.BorderStyle, bw int) bool {
	for i := range 4 {
		if st.BorderStyle[i] != bs || st.BorderWidth[i] != cssom.Int(bw) {
			return false
		}
	}
	return true
}

// plainBox reports whether a check box or radio button keeps the user
// agent's look: no border, no background.
func plainBox(st *cssom.ComputedStyle) bool {
	return plainBorder(st, cssom.BorderNone, 0) && st.BackgroundColor.A == 0 && !hasBackgroundImage(st)
}

// setBorder gives st a border of w px, style s and colour c on every side.
func setBorder(st *cssom.ComputedStyle, w int, s cssom.BorderStyle, c cssom.Color) {
	for i := range 4 {
		st.BorderWidth[i], st.BorderStyle[i], st.BorderColor[i] = cssom.Int(w), s, c
	}
}

// radii returns four equal corner radii, horizontal and vertical.
func radii(r cssom.Length) (cssom.Edges[cssom.Length], cssom.Edges[cssom.Length]) {
	e := cssom.Edges[cssom.Length]{r, r, r, r}
	return e, e
}

// edgesPx returns top, right, bottom and left lengths in px.
func edgesPx(t, r, b, l float64) cssom.Edges[cssom.Length] {
	return cssom.Edges[cssom.Length]{cssom.LengthOf(cssom.Px(t)), cssom.LengthOf(cssom.Px(r)), cssom.LengthOf(cssom.Px(b)), cssom.LengthOf(cssom.Px(l))}
}

// numberAttr parses attribute name of el as a floating-point number
// (https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-floating-point-number-values),
// or returns def.
func numberAttr(el *dom.Node, name string, def float64) float64 {
	if v, ok := parseFloat(el.AttrOr(name, "")); ok {
		return v
	}
	return def
}

// parseFloat parses a valid floating-point number; not NaN or infinite.
func parseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "xXpP_") {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// colorValue parses a colour well's value, a valid lowercase simple
// colour "#rrggbb"; anything else is black
// (https://html.spec.whatwg.org/multipage/input.html#color-state-(type=color)).
func colorValue(s string) cssom.Color {
	s = strings.TrimSpace(s)
	if len(s) != 7 || s[0] != '#' {
		return cssom.Color{A: 0xff}
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return cssom.Color{A: 0xff}
	}
	return cssom.Color{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// widgetWidth returns the intrinsic content width of a form control whose
// width the user agent decides from its attributes and font rather than
// from its content, and whether b is such a control.
func (l *layouter) widgetWidth(b *Box) (Fixed, bool) {
	st := b.Style
	switch b.widget {
	case textWidget:
		n, ok := dom.ParseNonNegativeInteger(b.Node.AttrOr("size", ""))
		if !ok || n == 0 {
			n = 20
		}
		return l.textFieldWidth(st, min(n, 1<<14)), true
	case textareaWidget:
		n, ok := dom.ParseNonNegativeInteger(b.Node.AttrOr("cols", ""))
		if !ok || n == 0 {
			n = 20
		}
		return l.textareaWidth(st, min(n, 1<<14)), true
	case dateWidget:
		// AD-HOC: the text plus Chromium's field paddings and picker
		// icon, fitted to its sizes at 10, 13.333 and 20px: a date field
		// is 98, 125.33 and 180 px wide, a time field 84.5, 104 and 143.
		fs := st.FontSize.Float()
		var extra float64
		switch inputType(b.Node) {
		case "time":
			extra = fs + 21.7
		case "month", "week":
			extra = 2.14*fs + 9.8
		case "datetime-local":
			extra = 2.14*fs + 17.3
		default:
			extra = 2.14*fs + 11.8
		}
		return l.textWidth(fieldText(b), st) + cssom.Px(extra), true
	case selectWidget:
		// Chromium's drop-down box: the widest option, 4 px before it and
		// 16 px after it for the arrow, rounded up to a whole pixel
		// (48 px for "One" with its 1 px borders, 104 for "Longer option").
		return cssom.Int((l.widestOption(b.Node, st) + cssom.Int(20)).Ceil()), true
	case listboxWidget:
		// The widest row and its 2 px paddings (53 px for "Gamma" with
		// the borders, with chromium-render's hidden scroll bars).
		// TODO(spec): the 15 px gutter of a visible scroll bar.
		return l.widestOption(b.Node, st) + cssom.Int(4), true
	case fileWidget:
		// Chromium: 34 times the width of "0", rounded up (253 px).
		return cssom.Int(l.textWidth(strings.Repeat("0", 34), st).Ceil()), true
	case rangeWidget:
		return cssom.Int(129), true
	case colorWidget:
		return cssom.Int(44), true
	case checkboxWidget, radioWidget:
		// 13×13 whatever the border: the theme draws its own.
		u := resolveEdges(st, 0)
		return cssom.Max(cssom.Int(13)-u.hEdges(), 0), true
	}
	return 0, false
}

// blockWidthStyle returns the style block layout sizes box b with (CSS
// 2.1 §10.3.3): b's own, except for a block-level form control other than
// a fieldset whose width is auto, which gets its shrink-to-fit width (its
// intrinsic width for the controls widgetWidth sizes) and keeps its auto
// margins, as a block-level replaced element does (§10.3.4). Chromium
// sizes display:block controls so: a block-level text field is 177 px
// wide, centred by margin: 0 auto. shrink is the caller's shrink-to-fit
// function, nil for boxes in normal flow.
func (l *layouter) blockWidthStyle(b *Box, u *usedBox, cbw Fixed, shrink func(Fixed) Fixed) *cssom.ComputedStyle {
	st := b.Style
	if b.widget == notWidget || b.widget == fieldsetWidget || shrink != nil || b.Kind != BlockBox || !st.Width.IsAuto() {
		return st
	}
	avail := cbw - u.margin[cssom.Left] - u.margin[cssom.Right] - u.hEdges()
	cs := *st
	cs.Width, cs.BoxSizing = cssom.LengthOf(l.shrinkToFit(b, cssom.Max(avail, 0))), cssom.ContentBox
	return &cs
}

// textFieldWidth returns the content width of a text field of n
// characters, as Chromium sizes it
// (LayoutTextControlSingleLine::PreferredContentLogicalWidth): n times
// the primary font's average character width rounded to a pixel, plus the
// difference between its maximum and average character widths. Measured:
// 169 px for 20 characters of 13.333px Liberation Sans, 89 for 10, 17 for
// 1. Without those metrics (a web font), n times the width of "0".
func (l *layouter) textFieldWidth(st *cssom.ComputedStyle, n int) Fixed {
	size := st.FontSize.Float()
	if avg, mx, ok := charWidths(l.fonts.Primary(SpecOf(st))); ok {
		a := math.Round(avg * size)
		return cssom.Px(math.Ceil(a*float64(n)*64)/64 + math.Round(mx*size) - a)
	}
	return cssom.Int(l.textWidth(strings.Repeat("0", min(n, 1000)), st).Ceil())
}

// textareaWidth returns the content width of a text area: cols (default
// 20) times the rounded average character width, plus a 16 px scroll bar
// gutter (AD-HOC: Chromium measured at 13.333px monospace gives 176 px for
// 20 columns, 96 for 10, 24 for 1).
func (l *layouter) textareaWidth(st *cssom.ComputedStyle, cols int) Fixed {
	avg := l.textWidth("0", st).Float()
	if a, _, ok := charWidths(l.fonts.Primary(SpecOf(st))); ok {
		avg = math.Round(a * st.FontSize.Float())
	}
	return cssom.Int(int(math.Ceil(avg*float64(cols))) + 16)
}

// charWidthCache holds the average and maximum character widths of the
// embedded faces, keyed by their data.
var charWidthCache sync.Map

// charWidths returns a font's average character width (OS/2
// xAvgCharWidth) and maximum character width (head xMax - xMin), in em,
// when the font is one of the embedded faces.
// TODO(spec): the same for fonts loaded from @font-face, whose tables are
// not kept.
func charWidths(f *Font) (avg, mx float64, ok bool) {
	if f == nil || f.lazy == nil || len(f.lazy.src) == 0 {
		return 0, 0, false
	}
	key := &f.lazy.src[0]
	if v, ok := charWidthCache.Load(key); ok {
		w := v.([2]float64)
		return w[0], w[1], w[0] > 0
	}
	var w [2]float64
	if lds, err := ot.NewLoaders(bytes.NewReader(f.lazy.src)); err == nil && len(lds) > 0 {
		os2Raw, err1 := lds[0].RawTable(ot.MustNewTag("OS/2"))
		headRaw, err2 := lds[0].RawTable(ot.MustNewTag("head"))
		if err1 == nil && err2 == nil {
			os2, _, err1 := tables.ParseOs2(os2Raw)
			head, _, err2 := tables.ParseHead(headRaw)
			if err1 == nil && err2 == nil && head.UnitsPerEm > 0 {
				upem := float64(head.UnitsPerEm)
				w = [2]float64{float64(os2.XAvgCharWidth) / upem, float64(int(head.XMax)-int(head.XMin)) / upem}
			}
		}
	}
	if c, ok := chromiumCharWidths[[2]string{f.family, strconv.Itoa(int(f.weight))}]; ok && f.style == cssom.FontStyleNormal {
		w = c
	}
	charWidthCache.Store(key, w)
	return w[0], w[1], w[0] > 0
}

// chromiumCharWidths are the average and maximum character widths (in em)
// of the faces Chromium on Linux substitutes for the web's default
// families (fonts-liberation 1.07: xAvgCharWidth and head xMax - xMin over
// 2048 units). AD-HOC: the embedded Liberation 2.1 faces have the same
// advances but a wider bounding box (xMax - xMin 3780 for the sans), which
// would make every text field 8 px wider than Chromium's.
var chromiumCharWidths = map[[2]string][2]float64{
	{"Liberation Sans", "400"}:  {1208.0 / 2048, 2567.0 / 2048},
	{"Liberation Sans", "700"}:  {1255.0 / 2048, 2552.0 / 2048},
	{"Liberation Serif", "400"}: {1163.0 / 2048, 2424.0 / 2048},
	{"Liberation Serif", "700"}: {1217.0 / 2048, 2595.0 / 2048},
	{"Liberation Mono", "400"}:  {1229.0 / 2048, 1297.0 / 2048},
	{"Liberation Mono", "700"}:  {1229.0 / 2048, 1314.0 / 2048},
}

// textWidth returns the advance width of text in st's font.
func (l *layouter) textWidth(text string, st *cssom.ComputedStyle) Fixed {
	var w Fixed
	for _, r := range l.fonts.Shape(text, SpecOf(st)) {
		w += r.Advance
	}
	return w
}

// widestOption returns the width of the widest option label (and optgroup
// label) of a select.
func (l *layouter) widestOption(sel *dom.Node, st *cssom.ComputedStyle) Fixed {
	var w Fixed
	bold := *st
	bold.FontWeight = 700
	sel.Walk(func(n *dom.Node) bool {
		switch {
		case n.IsHTML("option"):
			w = cssom.Max(w, l.textWidth(optionLabel(n), st))
			return false
		case n.IsHTML("optgroup"):
			w = cssom.Max(w, l.textWidth(n.AttrOr("label", ""), &bold))
		}
		return true
	})
	return w
}

// fieldText returns the text a text field's inner box shows.
func fieldText(b *Box) string {
	if len(b.Children) == 1 && len(b.Children[0].Children) == 1 {
		return b.Children[0].Children[0].Text
	}
	return ""
}

// finishWidget completes the fragment of a form control after its
// content is laid out: the heights the user agent gives controls whose
// height is auto (text area rows, list box rows, range and colour
// wells), the vertical centring of a control's content in its content box
// (Chromium centres the text of fields and buttons), and the fieldset's
// legend.
func (l *layouter) finishWidget(b *Box, res *blockResult) {
	f, st := res.frag, b.Style
	if b.widget == fieldsetWidget {
		l.finishFieldset(b, f)
		return
	}
	vEdges := f.Border[cssom.Top] + f.Border[cssom.Bottom] + f.Padding[cssom.Top] + f.Padding[cssom.Bottom]
	if h, ok := l.widgetHeight(b, vEdges); ok && st.Height.IsAuto() {
		f.Rect.H = clampHeight(st, h, -1, vEdges) + vEdges
	}
	ch := f.Rect.H - vEdges
	switch b.widget {
	case textareaWidget:
	case listboxWidget:
		if len(f.Children) == 1 {
			// The rows box clips to the content box.
			f.Children[0].Rect.H = ch
		}
		// AD-HOC: Chromium's list box baseline is 4 px above its bottom
		// border edge, whatever its size and font.
		setBaseline(f, f.Rect.H-cssom.Int(4))
	case radioWidget:
		if len(f.Children) == 1 {
			// The dot: the content box less 2 px all round.
			cb := f.ContentBox()
			cb.X, cb.Y = cb.X-f.Rect.X, cb.Y-f.Rect.Y
			f.Children[0].Rect = Rect{X: cb.X + cssom.Int(2), Y: cb.Y + cssom.Int(2), W: cb.W - cssom.Int(4), H: cb.H - cssom.Int(4)}
		}
		setBaseline(f, f.Rect.H)
	case checkboxWidget:
		setBaseline(f, f.Rect.H)
	case colorWidget:
		if len(f.Children) == 1 {
			// The swatch fills the content box less its margins.
			f.Children[0].Rect.H = cssom.Max(ch-cssom.Int(6), 0)
		}
		setBaseline(f, f.Rect.H-cssom.Int(6))
	default:
		centerContent(f, ch)
		if _, ok := lastBaseline(f); b.widget == rangeWidget || !ok && b.widget == buttonWidget {
			// An empty button's baseline is its content box's bottom
			// in Chromium, not its margin box's.
			setBaseline(f, f.Rect.H-f.Border[cssom.Bottom]-f.Padding[cssom.Bottom])
		}
	}
}

// widgetHeight returns the content height the user agent gives a control
// whose height is auto and does not come from its content, and whether it
// gives one; vEdges is the control's vertical borders and paddings.
func (l *layouter) widgetHeight(b *Box, vEdges Fixed) (Fixed, bool) {
	st := b.Style
	switch b.widget {
	case textareaWidget:
		rows, ok := dom.ParseNonNegativeInteger(b.Node.AttrOr("rows", ""))
		if !ok || rows == 0 {
			rows = 2
		}
		return usedLineHeight(st, l.metricsOf(st)) * Fixed(min(rows, 1<<16)), true
	case listboxWidget:
		// Rows of max(line height, 1.2em) and 1 px of padding: 17 px at
		// 13.333px (70 px for four rows with the borders).
		lh := cssom.Max(usedLineHeight(st, l.metricsOf(st)), st.FontSize.MulFloat(1.2)) + cssom.Int(1)
		return lh * Fixed(min(selectSize(b.Node), 1<<16)), true
	case dateWidget:
		// AD-HOC: fitted to Chromium's heights at 10, 13.333 and 20px
		// (18, 21.33 and 30 px for a date field; 20.5, 24 and 31 for a
		// time field, whose AM/PM field is taller).
		if inputType(b.Node) == "time" {
			return st.FontSize.MulFloat(1.05) + cssom.Int(6), true
		}
		return st.FontSize.MulFloat(1.3), true
	case rangeWidget:
		return cssom.Int(16), true
	case colorWidget:
		return cssom.Int(23), true
	case checkboxWidget, radioWidget:
		// 13×13 whatever the border: the theme draws its own.
		return cssom.Max(cssom.Int(13)-vEdges, 0), true
	}
	return 0, false
}

// setBaseline gives control fragment f its last baseline y px below its
// border box top, where Chromium puts it (the bottom border edge for check
// boxes, radio buttons and ranges, whatever their margins; 6 px above it
// for colour wells), as an empty line box: the last line box is what
// inline layout aligns an inline-block by.
func setBaseline(f *Fragment, y Fixed) {
	f.Children = append(f.Children, &Fragment{Kind: LineFragment, Style: f.Style, Anonymous: true, Rect: Rect{Y: y}})
}

// centerContent moves f's children so that their margin boxes are
// centred vertically in f's content box of height ch.
func centerContent(f *Fragment, ch Fixed) {
	if len(f.Children) == 0 {
		return
	}
	top, bottom := Fixed(math.MaxInt32), Fixed(math.MinInt32)
	for _, k := range f.Children {
		top = cssom.Min(top, k.Rect.Y-k.Margin[cssom.Top])
		bottom = cssom.Max(bottom, k.Rect.Y+k.Rect.H+k.Margin[cssom.Bottom])
	}
	want := f.Border[cssom.Top] + f.Padding[cssom.Top] + (ch-(bottom-top))/2
	dy := want - top
	if dy == 0 {
		return
	}
	for _, k := range f.Children {
		k.Rect.Y += dy
	}
	if f.Baseline != 0 {
		f.Baseline += dy
	}
}

// finishFieldset places a fieldset's rendered legend over its top border
// and interrupts the border behind it.
// https://html.spec.whatwg.org/multipage/rendering.html#the-fieldset-and-legend-elements
// The legend's margin box starts at the top of the fieldset's border box
// and the content follows it ("the used value of ... the block-start
// border ... is the larger of the legend's block size and the border"),
// the border is drawn through the legend's middle, and "the border is
// expected to not be painted behind" the legend's border box. The border
// and background are drawn by anonymous fragments: the fieldset's own
// style loses them.
// TODO(spec): rounded top corners; a legend taller than a fixed height.
func (l *layouter) finishFieldset(b *Box, f *Fragment) {
	if len(f.Children) == 0 || len(f.Children[0].Children) == 0 {
		return
	}
	wrap, line := f.Children[0], f.Children[0].Children[0]
	var legend *Fragment
	for _, k := range line.Children {
		if k.Kind == BoxFragment && k.Node == b.Children[0].Children[0].Node {
			legend = k
		}
	}
	if legend == nil {
		return
	}
	bt, lh := f.Border[cssom.Top], wrap.Rect.H
	dy := cssom.Max(lh, bt) - bt - lh
	wrap.Rect.Y = cssom.Max((bt-lh)/2, 0)
	for _, k := range f.Children[1:] {
		k.Rect.Y += dy
	}
	if b.Style.Height.IsAuto() {
		f.Rect.H += dy
	}
	line0 := cssom.Max((lh-bt)/2, 0)
	x0 := wrap.Rect.X + line.Rect.X + legend.Rect.X
	x1 := x0 + legend.Rect.W
	orig := f.Style
	own := *orig
	own.BorderStyle = cssom.Edges[cssom.BorderStyle]{}
	own.BackgroundColor, own.BackgroundImage, own.BackgroundGradient, own.BoxShadow = cssom.Color{}, "", nil, nil
	own.BackgroundLists, own.BorderImage = nil, nil
	f.Style = &own
	frame := borderPart(orig)
	frame.BorderStyle[cssom.Top], frame.BorderWidth[cssom.Top] = cssom.BorderNone, 0
	pieces := []*Fragment{{Kind: BoxFragment, Style: frame, Anonymous: true,
		Rect:   Rect{Y: line0, W: f.Rect.W, H: f.Rect.H - line0},
		Border: cssom.Edges[Fixed]{0, f.Border[cssom.Right], f.Border[cssom.Bottom], f.Border[cssom.Left]}}}
	top := borderPart(orig)
	for _, side := range []int{cssom.Right, cssom.Bottom, cssom.Left} {
		top.BorderStyle[side], top.BorderWidth[side] = cssom.BorderNone, 0
	}
	top.BackgroundColor, top.BackgroundImage, top.BackgroundGradient, top.BoxShadow = cssom.Color{}, "", nil, nil
	top.BackgroundLists = nil
	top.BorderRadius, top.BorderRadiusY = radii(cssom.ZeroPx)
	for _, r := range [][2]Fixed{{0, x0}, {x1, f.Rect.W}} {
		if r[1] > r[0] {
			pieces = append(pieces, &Fragment{Kind: BoxFragment, Style: top, Anonymous: true,
				Rect: Rect{X: r[0], Y: line0, W: r[1] - r[0], H: bt}, Border: cssom.Edges[Fixed]{bt, 0, 0, 0}})
		}
	}
	f.Children = append(pieces, f.Children...)
}

// borderPart returns a style for an anonymous fragment that draws st's
// border, background and box shadow, and nothing else of st.
func borderPart(st *cssom.ComputedStyle) *cssom.ComputedStyle {
	p := part(st)
	p.BorderWidth, p.BorderStyle, p.BorderColor = st.BorderWidth, st.BorderStyle, st.BorderColor
	p.BorderRadius, p.BorderRadiusY = st.BorderRadius, st.BorderRadiusY
	p.BackgroundColor, p.BackgroundImage, p.BackgroundGradient = st.BackgroundColor, st.BackgroundImage, st.BackgroundGradient
	p.BackgroundRepeat, p.BackgroundPosition, p.BackgroundSize = st.BackgroundRepeat, st.BackgroundPosition, st.BackgroundSize
	p.BackgroundClip, p.BackgroundOrigin, p.BoxShadow = st.BackgroundClip, st.BackgroundOrigin, st.BoxShadow
	p.BackgroundLists, p.BackgroundFixed, p.BackgroundLocal = st.BackgroundLists, st.BackgroundFixed, st.BackgroundLocal
	return p
}
