package layout

import (
	"strconv"
	"testing"
	"time"

	"github.com/paneweb/pane/cssom"
)

// Setters for the flex properties, for the table tests below.
func flexC(fs ...func(*cssom.ComputedStyle)) func(*cssom.ComputedStyle) {
	return set(append([]func(*cssom.ComputedStyle){display(cssom.DisplayFlex), width(lpx(400))}, fs...)...)
}
func grow(g float32) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.FlexGrow = g }
}
func shrink(s float32) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.FlexShrink = s }
}
func basis(l cssom.Length) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.FlexBasis = l }
}
func direction(d cssom.FlexDirection) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.FlexDirection = d }
}
func wrap(w cssom.FlexWrap) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.FlexWrap = w }
}
func justifyContent(a cssom.Align) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.JustifyContent = a }
}
func alignItems(a cssom.Align) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.AlignItems = a }
}
func alignContent(a cssom.Align) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.AlignContent = a }
}
func size(w, h float64) func(*cssom.ComputedStyle) {
	return set(width(lpx(w)), height(lpx(h)))
}
func minW(v float64) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.MinWidth = lpx(v) }
}
func maxW(v float64) func(*cssom.ComputedStyle) {
	return func(st *cssom.ComputedStyle) { st.MaxWidth = lpx(v) }
}

const (
	two   = `<div id=c><div id=a></div><div id=b></div></div>`
	three = `<div id=c><div id=a></div><div id=b></div><div id=d></div></div>`
)

func TestFlexResolveFlexibleLengths(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"grow by factors", two, rules{"#c": flexC(height(lpx(50))), "#a": grow(1), "#b": grow(3)},
			map[string]string{"a": "8,8 100x50", "b": "108,8 300x50"}},
		{"grow from bases", two, rules{"#c": flexC(), "#a": set(grow(1), basis(lpx(100))), "#b": set(grow(1), basis(lpx(0)))},
			map[string]string{"a": "8,8 250x0", "b": "258,8 150x0"}},
		{"grow factors below one", two, rules{"#c": flexC(), "#a": set(grow(0.25), size(0, 10)), "#b": set(grow(0.25), size(0, 10))},
			map[string]string{"a": "8,8 100x10", "b": "108,8 100x10"}},
		{"shrink equally", two, rules{"#c": flexC(), "#a": size(300, 10), "#b": size(300, 10)},
			map[string]string{"a": "8,8 200x10", "b": "208,8 200x10"}},
		{"shrink scaled by base size", two, rules{"#c": flexC(width(lpx(200))), "#a": size(100, 10), "#b": size(300, 10)},
			map[string]string{"a": "8,8 50x10", "b": "58,8 150x10"}},
		{"no shrink", two, rules{"#c": flexC(), "#a": set(size(300, 10), shrink(0)), "#b": size(300, 10)},
			map[string]string{"a": "8,8 300x10", "b": "308,8 100x10"}},
		{"percentage basis", two, rules{"#c": flexC(), "#a": basis(cssom.Percent(50)), "#b": basis(cssom.Percent(25))},
			map[string]string{"a": "8,8 200x0", "b": "208,8 100x0"}},
		{"basis beats width", two, rules{"#c": flexC(), "#a": set(basis(lpx(120)), width(lpx(10)))},
			map[string]string{"a": "8,8 120x0"}},
		{"max violation freezes", two, rules{"#c": flexC(), "#a": set(grow(1), maxW(50)), "#b": grow(1)},
			map[string]string{"a": "8,8 50x0", "b": "58,8 350x0"}},
		{"min violation freezes", two, rules{"#c": flexC(), "#a": set(size(300, 10), minW(250)), "#b": size(300, 10)},
			map[string]string{"a": "8,8 250x10", "b": "258,8 150x10"}},
		{"min-width auto keeps content", `<div id=c><div id=a><div id=k></div></div><div id=b></div></div>`,
			rules{"#c": flexC(width(lpx(200))), "#k": size(300, 10), "#b": size(100, 10)},
			map[string]string{"a": "8,8 300x10", "b": "308,8 0x10"}},
		{"min-width auto is zero for scroll containers", `<div id=c><div id=a><div id=k></div></div><div id=b></div></div>`,
			rules{"#c": flexC(width(lpx(200))), "#a": func(st *cssom.ComputedStyle) { st.OverflowX, st.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden },
				"#k": size(300, 10), "#b": size(100, 10)},
			map[string]string{"a": "8,8 150x10", "b": "158,8 50x10"}},
		{"border-box basis", two, rules{"#c": flexC(), "#a": set(basis(lpx(100)), padding(10), func(st *cssom.ComputedStyle) { st.BoxSizing = cssom.BorderBox })},
			map[string]string{"a": "8,8 100x20"}},
	}, nil)
}

func TestFlexAlignment(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"flex-end", two, rules{"#c": flexC(justifyContent(cssom.AlignFlexEnd)), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "208,8 100x10", "b": "308,8 100x10"}},
		{"center", two, rules{"#c": flexC(justifyContent(cssom.AlignCenter)), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "108,8 100x10", "b": "208,8 100x10"}},
		{"space-between", three, rules{"#c": flexC(justifyContent(cssom.AlignSpaceBetween)), "#a": size(100, 10), "#b": size(100, 10), "#d": size(100, 10)},
			map[string]string{"a": "8,8 100x10", "b": "158,8 100x10", "d": "308,8 100x10"}},
		{"space-around", two, rules{"#c": flexC(justifyContent(cssom.AlignSpaceAround)), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "58,8 100x10", "b": "258,8 100x10"}},
		{"space-evenly", three, rules{"#c": flexC(justifyContent(cssom.AlignSpaceEvenly)), "#a": size(50, 10), "#b": size(50, 10), "#d": size(50, 10)},
			map[string]string{"a": "70.5,8 50x10", "b": "183,8 50x10", "d": "295.5,8 50x10"}},
		{"space-between with one item is flex-start", `<div id=c><div id=a></div></div>`, rules{"#c": flexC(justifyContent(cssom.AlignSpaceBetween)), "#a": size(100, 10)},
			map[string]string{"a": "8,8 100x10"}},
		{"negative free space centers", `<div id=c><div id=a></div></div>`, rules{"#c": flexC(justifyContent(cssom.AlignCenter)), "#a": set(size(500, 10), shrink(0))},
			map[string]string{"a": "-42,8 500x10"}},
		{"align-items stretch", two, rules{"#c": flexC(height(lpx(100))), "#a": width(lpx(10)), "#b": size(10, 20)},
			map[string]string{"a": "8,8 10x100", "b": "18,8 10x20"}},
		{"align-items center", two, rules{"#c": flexC(height(lpx(100)), alignItems(cssom.AlignCenter)), "#a": size(10, 20)},
			map[string]string{"a": "8,48 10x20"}},
		{"align-items flex-end", two, rules{"#c": flexC(height(lpx(100)), alignItems(cssom.AlignFlexEnd)), "#a": size(10, 20)},
			map[string]string{"a": "8,88 10x20"}},
		{"align-self overrides", two, rules{"#c": flexC(height(lpx(100)), alignItems(cssom.AlignFlexEnd)), "#a": set(size(10, 20), func(st *cssom.ComputedStyle) { st.AlignSelf = cssom.AlignFlexStart })},
			map[string]string{"a": "8,8 10x20"}},
		{"line cross size from tallest item", two, rules{"#c": flexC(), "#a": width(lpx(10)), "#b": size(10, 40)},
			map[string]string{"c": "8,8 400x40", "a": "8,8 10x40"}},
		{"main auto margins", two, rules{"#c": flexC(), "#a": set(size(100, 10), marginLR(cssom.Auto, lpx(0))), "#b": size(100, 10)},
			map[string]string{"a": "208,8 100x10", "b": "308,8 100x10"}},
		{"auto margins beat justify-content", `<div id=c><div id=a></div></div>`, rules{"#c": flexC(justifyContent(cssom.AlignFlexEnd)), "#a": set(size(100, 10), marginLR(cssom.Auto, cssom.Auto))},
			map[string]string{"a": "158,8 100x10"}},
		{"cross auto margins center", `<div id=c><div id=a></div></div>`, rules{"#c": flexC(height(lpx(100))), "#a": set(size(100, 20), marginTB(cssom.Auto, cssom.Auto))},
			map[string]string{"a": "8,48 100x20"}},
		{"order", two, rules{"#c": flexC(), "#a": set(size(100, 10), func(st *cssom.ComputedStyle) { st.Order = 2 }), "#b": set(size(100, 10), func(st *cssom.ComputedStyle) { st.Order = 1 })},
			map[string]string{"a": "108,8 100x10", "b": "8,8 100x10"}},
		{"gap", two, rules{"#c": flexC(func(st *cssom.ComputedStyle) { st.ColumnGap = lpx(10) }), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "8,8 100x10", "b": "118,8 100x10"}},
		{"row-reverse", two, rules{"#c": flexC(direction(cssom.FlexRowReverse)), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "308,8 100x10", "b": "208,8 100x10"}},
		{"rtl row", two, rules{"#c": flexC(func(st *cssom.ComputedStyle) { st.Direction = "rtl" }), "#a": size(100, 10), "#b": size(100, 10)},
			map[string]string{"a": "308,8 100x10", "b": "208,8 100x10"}},
	}, nil)
}

func TestFlexColumnsAndLines(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"column grows", two, rules{"#c": flexC(direction(cssom.FlexColumn), height(lpx(300))), "#a": grow(1), "#b": height(lpx(50))},
			map[string]string{"a": "8,8 400x250", "b": "8,258 400x50"}},
		{"column auto height", two, rules{"#c": flexC(direction(cssom.FlexColumn)), "#a": height(lpx(30)), "#b": height(lpx(40))},
			map[string]string{"c": "8,8 400x70", "b": "8,38 400x40"}},
		{"column min-height grows items", two, rules{"#c": flexC(direction(cssom.FlexColumn), func(st *cssom.ComputedStyle) { st.MinHeight = lpx(100) }), "#a": set(height(lpx(30)), grow(1)), "#b": height(lpx(40))},
			map[string]string{"c": "8,8 400x100", "a": "8,8 400x60"}},
		{"column max-height caps a definite height", two, rules{"#c": flexC(direction(cssom.FlexColumn), height(lpx(100)), func(st *cssom.ComputedStyle) { st.MaxHeight = lpx(50) }), "#a": grow(1)},
			map[string]string{"c": "8,8 400x50", "a": "8,8 400x50"}},
		{"column-reverse", two, rules{"#c": flexC(direction(cssom.FlexColumnReverse), height(lpx(300))), "#a": height(lpx(50)), "#b": height(lpx(50))},
			map[string]string{"a": "8,258 400x50", "b": "8,208 400x50"}},
		{"column align-items center", two, rules{"#c": flexC(direction(cssom.FlexColumn), alignItems(cssom.AlignCenter)), "#a": size(100, 10)},
			map[string]string{"a": "158,8 100x10"}},
		{"column content height", `<div id=c><div id=a><div id=k></div></div></div>`, rules{"#c": flexC(direction(cssom.FlexColumn), height(lpx(100))), "#k": height(lpx(30)), "#a": shrink(1)},
			map[string]string{"a": "8,8 400x30"}},
		{"column min-height auto", `<div id=c><div id=a><div id=k></div></div><div id=b></div></div>`,
			rules{"#c": flexC(direction(cssom.FlexColumn), height(lpx(100))), "#k": height(lpx(80)), "#b": height(lpx(80))},
			map[string]string{"a": "8,8 400x80", "b": "8,88 400x20"}},
		{"wrap", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap)), "#a": size(150, 20), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"c": "8,8 400x40", "a": "8,8 150x20", "b": "158,8 150x20", "d": "8,28 150x20"}},
		{"wrap-reverse", three, rules{"#c": flexC(wrap(cssom.FlexWrapReverse)), "#a": size(150, 20), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"a": "8,28 150x20", "d": "8,8 150x20"}},
		{"wrap with row-gap", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap), func(st *cssom.ComputedStyle) { st.RowGap = lpx(5) }), "#a": size(150, 20), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"c": "8,8 400x45", "d": "8,33 150x20"}},
		{"align-content center", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap), height(lpx(100)), alignContent(cssom.AlignCenter)), "#a": size(150, 20), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"a": "8,38 150x20", "d": "8,58 150x20"}},
		{"align-content space-between", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap), height(lpx(100)), alignContent(cssom.AlignSpaceBetween)), "#a": size(150, 20), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"a": "8,8 150x20", "d": "8,88 150x20"}},
		{"align-content stretch", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap), height(lpx(100))), "#a": width(lpx(150)), "#b": size(150, 20), "#d": size(150, 20)},
			map[string]string{"a": "8,8 150x50", "d": "8,58 150x20"}},
		{"wrapped lines flex separately", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap)), "#a": set(size(150, 20), grow(1)), "#b": size(150, 20), "#d": set(size(150, 20), grow(1))},
			map[string]string{"a": "8,8 250x20", "d": "8,28 400x20"}},
	}, nil)
}

func TestFlexContainers(t *testing.T) {
	runGeometry(t, []geometryCase{
		{"nested", `<div id=c><div id=n><div id=a></div><div id=b></div></div></div>`,
			rules{"#c": flexC(), "#n": set(display(cssom.DisplayFlex), direction(cssom.FlexColumn), grow(1)), "#a": height(lpx(30)), "#b": height(lpx(30))},
			map[string]string{"n": "8,8 400x60", "b": "8,38 400x30"}},
		{"nested stretched column", `<div id=c><div id=n><div id=a></div></div><div id=t></div></div>`,
			rules{"#c": flexC(), "#n": set(display(cssom.DisplayFlex), direction(cssom.FlexColumn), width(lpx(100))), "#a": grow(1), "#t": size(10, 80)},
			map[string]string{"n": "8,8 100x80", "a": "8,8 100x80"}},
		{"shrink-to-fit row", two, rules{"#c": set(display(cssom.DisplayFlex), func(st *cssom.ComputedStyle) { st.Float = cssom.FloatLeft; st.ColumnGap = lpx(10) }), "#a": size(100, 10), "#b": size(50, 10)},
			map[string]string{"c": "8,8 160x10", "b": "118,8 50x10"}},
		{"shrink-to-fit column", two, rules{"#c": set(display(cssom.DisplayFlex), direction(cssom.FlexColumn), func(st *cssom.ComputedStyle) { st.Float = cssom.FloatLeft }), "#a": size(100, 10), "#b": size(50, 10)},
			map[string]string{"c": "8,8 100x20", "b": "8,18 50x10"}},
		{"absolute child static position", `<div id=c><div id=a></div><div id=b></div></div>`,
			rules{"#c": flexC(height(lpx(100)), justifyContent(cssom.AlignCenter), alignItems(cssom.AlignCenter)), "#a": size(100, 20),
				"#b": set(size(50, 10), func(st *cssom.ComputedStyle) { st.Position = cssom.PositionAbsolute })},
			map[string]string{"a": "158,48 100x20", "b": "183,53 50x10"}},
		{"floated child is an item", two, rules{"#c": flexC(), "#a": set(size(100, 10), func(st *cssom.ComputedStyle) { st.Float = cssom.FloatRight }), "#b": size(100, 10)},
			map[string]string{"a": "8,8 100x10", "b": "108,8 100x10"}},
		{"item margins and padding", two, rules{"#c": flexC(padding(5)), "#a": set(size(100, 10), marginLR(lpx(7), lpx(3)), padding(2))},
			map[string]string{"c": "8,8 410x24", "a": "20,13 104x14"}},
		{"empty container", `<div id=c></div>`, rules{"#c": flexC()},
			map[string]string{"c": "8,8 400x0"}},
	}, nil)
}

// TestFlexText checks anonymous flex items and baseline alignment with
// Ahem (10px per character, ascent 8px).
func TestFlexText(t *testing.T) {
	fonts := ahem(t)
	runGeometry(t, []geometryCase{
		{"text run is an item", `<div id=c>abc<div id=a>x</div>de</div>`, rules{"#c": flexC()},
			map[string]string{"a": "38,8 10x10"}},
		{"baseline", `<div id=c><div id=a>x</div><div id=b>y</div></div>`,
			rules{"#c": flexC(alignItems(cssom.AlignBaseline)), "#a": func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = lpx(20) }},
			map[string]string{"a": "8,8 10x30", "b": "18,28 10x10"}},
		{"baseline in wrap-reverse", `<div id=c><div id=a>x</div><div id=b>y</div></div>`,
			rules{"#c": flexC(alignItems(cssom.AlignBaseline), wrap(cssom.FlexWrapReverse)),
				"#a": func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = lpx(20) },
				"#b": func(st *cssom.ComputedStyle) { st.Padding[cssom.Bottom] = lpx(5) }},
			map[string]string{"c": "8,8 400x35", "a": "8,8 10x30", "b": "18,28 10x15"}},
		{"inline-flex baseline is its first item's", `<div id=p>ab<span id=c><div id=a>x</div><div id=b>y</div></span></div>`,
			rules{"#c": set(display(cssom.DisplayInlineFlex), func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = lpx(20) }), "#b": func(st *cssom.ComputedStyle) { st.Padding[cssom.Top] = lpx(5) }},
			map[string]string{"c": "28,8 20x35", "a": "28,28 10x15"}},
		{"min-content of wrapped text", `<div id=c><div id=a>aaa bbb</div><div id=b></div></div>`,
			rules{"#c": flexC(width(lpx(50))), "#b": set(size(40, 10), shrink(0))},
			map[string]string{"a": "8,8 30x20", "b": "38,8 40x10"}},
	}, fonts)
}

// TestFlexBadInput checks that extreme values neither panic nor hang.
func TestFlexBadInput(t *testing.T) {
	huge := lpx(1e12)
	runGeometry(t, []geometryCase{
		{"huge sizes", three, rules{"#c": flexC(wrap(cssom.FlexWrapWrap)), "#a": set(grow(1e30), basis(huge)), "#b": set(shrink(1e30), width(huge)), "#d": set(minW(-5), maxW(-5))}, nil},
		{"min above max", two, rules{"#c": flexC(), "#a": set(grow(1), minW(300), maxW(100))},
			map[string]string{"a": "8,8 300x0"}},
	}, nil)
}

// nestedFlex returns depth nested flex containers, each beside a sibling
// taller than its own content, so that every level is stretched and laid
// out again at its stretched height.
func nestedFlex(depth int) (string, rules) {
	src := `<div id=leaf></div>`
	r := rules{".f": set(display(cssom.DisplayFlex), grow(1))}
	for i := 0; i < depth; i++ {
		t := "t" + strconv.Itoa(i)
		src = `<div class=f>` + src + `<div class=` + t + `></div></div>`
		r["."+t] = size(1, float64(10+i))
	}
	return src, r
}

// TestFlexNestedIsNotExponential lays out deeply nested stretched flex
// containers: a measurement is reused when the final size matches, and a
// stretched container is laid out again once per level, so depth 40
// stays quick.
func TestFlexNestedIsNotExponential(t *testing.T) {
	src, r := nestedFlex(40)
	done := make(chan *Fragment)
	go func() { done <- layoutDoc(t, src, r, nil) }()
	select {
	case root := <-done:
		if got := rect(byID(root, "leaf")); got != "8,8 0x49" {
			t.Errorf("#leaf = %s", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nested flex layout takes exponential time")
	}
}

func BenchmarkFlexNested(b *testing.B) {
	src, r := nestedFlex(12)
	for i := 0; i < b.N; i++ {
		layoutDoc(b, src, r, nil)
	}
}

// TestFlexAllValues lays out every combination of direction, wrap,
// justify-content, align-items and align-content over items with margins,
// auto margins, min/max sizes and an absolutely positioned child, and
// checks that every item stays inside its container's cross extent when
// nothing overflows.
func TestFlexAllValues(t *testing.T) {
	aligns := []cssom.Align{cssom.AlignNormal, cssom.AlignStretch, cssom.AlignFlexStart, cssom.AlignFlexEnd, cssom.AlignStart,
		cssom.AlignEnd, cssom.AlignCenter, cssom.AlignBaseline, cssom.AlignSpaceBetween, cssom.AlignSpaceAround,
		cssom.AlignSpaceEvenly, cssom.AlignLeft, cssom.AlignRight}
	src := `<div id=c><div id=a></div><div id=b></div><div id=d></div><div id=e></div></div>`
	for dir := cssom.FlexRow; dir <= cssom.FlexColumnReverse; dir++ {
		for w := cssom.FlexNoWrap; w <= cssom.FlexWrapReverse; w++ {
			for _, a := range aligns {
				r := rules{
					"#c": flexC(size(300, 200), direction(dir), wrap(w), justifyContent(a), alignItems(a), alignContent(a)),
					"#a": set(size(100, 30), marginLR(cssom.Auto, lpx(5))),
					"#b": set(grow(1), minW(20), maxW(120), func(st *cssom.ComputedStyle) { st.MinHeight = lpx(20) }),
					"#d": set(size(90, 40), marginTB(cssom.Auto, lpx(0)), func(st *cssom.ComputedStyle) { st.Order = -1 }),
					"#e": set(size(10, 10), func(st *cssom.ComputedStyle) { st.Position = cssom.PositionAbsolute }),
				}
				root := layoutDoc(t, src, r, nil)
				c := byID(root, "c").Rect
				for _, id := range []string{"a", "b", "d"} {
					f := byID(root, id).Rect
					if f.W < 0 || f.H < 0 || f.X < c.X || f.Y < c.Y || f.X+f.W > c.X+c.W || f.Y+f.H > c.Y+c.H {
						t.Errorf("dir %d wrap %d align %d: #%s = %s outside #c = %s", dir, w, a, id, rect(byID(root, id)), rect(byID(root, "c")))
					}
				}
			}
		}
	}
}
