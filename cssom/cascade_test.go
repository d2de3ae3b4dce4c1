package cssom

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/dom"
)

func TestCascadeOrder(t *testing.T) {
	tests := []struct {
		name, body, css string
		want            Length
	}{
		{"source order", `<p>x</p>`, `p { width: 1px } p { width: 2px }`, LengthOf(Int(2))},
		{"specificity beats order", `<p class=a>x</p>`, `p.a { width: 1px } p { width: 2px }`, LengthOf(Int(1))},
		{"id beats classes", `<p id=i class="a b c">x</p>`, `#i { width: 1px } p.a.b.c { width: 2px }`, LengthOf(Int(1))},
		{"important beats specificity", `<p id=i>x</p>`, `p { width: 1px !important } #i { width: 2px }`, LengthOf(Int(1))},
		{"style attribute beats id", `<p id=i style="width: 3px">x</p>`, `#i { width: 2px }`, LengthOf(Int(3))},
		{"important beats style attribute", `<p style="width: 3px">x</p>`, `p { width: 2px !important }`, LengthOf(Int(2))},
		{"important style attribute wins", `<p style="width: 3px !important">x</p>`, `p { width: 2px !important }`, LengthOf(Int(3))},
		{"author beats UA", `<p>x</p>`, `p { margin-top: 5px }`, LengthOf(Int(5))},
		{"hint loses to author", `<img width=50>`, `img { width: 20px }`, LengthOf(Int(20))},
		{"hint beats UA", `<img width=50>`, ``, LengthOf(Int(50))},
		{"hint percent", `<table width="50%"></table>`, ``, Percent(50)},
		{":where is zero", `<p class=a>x</p>`, `p { width: 1px } :where(p.a) { width: 2px }`, LengthOf(Int(1))},
		{":is takes the max", `<p class=a>x</p>`, `:is(p, .a, #z) { width: 1px } p.a { width: 2px }`, LengthOf(Int(1))},
		{"later shorthand resets", `<p>x</p>`, `p { margin-top: 5px; margin: 1px }`, LengthOf(Int(1))},
		{"longhand after shorthand", `<p>x</p>`, `p { margin: 1px; margin-top: 5px }`, LengthOf(Int(5))},
		{"pseudo-element rules skipped", `<p>x</p>`, `p::before { margin-top: 9px } p { margin-top: 2px }`, LengthOf(Int(2))},
	}
	for _, tt := range tests {
		sel := "p"
		switch {
		case tt.body[1:4] == "img":
			sel = "img"
		case tt.body[1:6] == "table":
			sel = "table"
		}
		s := styleOf(t, tt.body, tt.css, sel)
		got := s.Width
		if tt.name == "author beats UA" || tt.name == "later shorthand resets" || tt.name == "longhand after shorthand" || tt.name == "pseudo-element rules skipped" {
			got = s.Margin[Top]
		}
		if got != tt.want {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestInheritance(t *testing.T) {
	css := `div { color: red; font-size: 20px; border-color: blue; line-height: 1.5; width: 10px; text-indent: 10% }
	span.i { width: inherit; color: inherit; border-top-color: inherit }
	span.u { color: unset; width: unset; line-height: initial }
	em { font-size: 2em; line-height: 150% }`
	body := `<div><span class=i>a</span><span class=u>b</span><em><b>c</b></em></div>`
	i := styleOf(t, body, css, "span.i")
	if i.Color != (Color{255, 0, 0, 255}) || i.Width != LengthOf(Int(10)) || i.BorderColor[Top] != (Color{0, 0, 255, 255}) {
		t.Errorf("inherit: color %v width %v border-top %v", i.Color, i.Width, i.BorderColor[Top])
	}
	if i.BorderColor[Right] != i.Color {
		t.Errorf("border-right-color %v should be currentColor %v", i.BorderColor[Right], i.Color)
	}
	u := styleOf(t, body, css, "span.u")
	if u.Color != (Color{255, 0, 0, 255}) || u.Width != Auto || u.LineHeight.Kind != LineHeightNormal {
		t.Errorf("unset/initial: color %v width %v lh %+v", u.Color, u.Width, u.LineHeight)
	}
	if u.TextIndent != Percent(10) || u.FontSize != Int(20) {
		t.Errorf("inherited text-indent %+v font-size %v", u.TextIndent, u.FontSize)
	}
	b := styleOf(t, body, css, "b")
	// em: 40px with line-height 60px (a percentage computes to a length,
	// which is inherited as is).
	if b.FontSize != Int(40) || b.LineHeight != (LineHeight{Kind: LineHeightLength, Px: Int(60)}) || b.FontWeight != 700 {
		t.Errorf("b: size %v lh %+v weight %v", b.FontSize, b.LineHeight, b.FontWeight)
	}
}

func TestUserAgentDefaults(t *testing.T) {
	body := `<h1>h</h1><p>p</p><ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li></ul><a href="/">l</a><a>n</a>
	<table border=1><tr><td>x</td></tr></table><pre>pre</pre><b>b</b><small>s</small><sub>s</sub><hr><div hidden>h</div>
	<input><button>b</button><font color="#ff0000" size="+2" face="Foo, Bar">f</font><center>c</center><script></script>`
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head><title>t</title></head><body>"+body+"</body></html>", "http://x/")
	st := Compute(d, nil, testMedia)
	get := func(sel string) *ComputedStyle {
		n, _ := d.QuerySelector(sel)
		if n == nil {
			t.Fatalf("no %s", sel)
		}
		return st.Of(n)
	}
	checks := []struct {
		sel string
		ok  func(*ComputedStyle) bool
	}{
		{"html", func(s *ComputedStyle) bool { return s.Display == DisplayBlock && s.FontSize == Int(16) }},
		{"head", func(s *ComputedStyle) bool { return s.Display == DisplayNone }},
		{"title", func(s *ComputedStyle) bool { return s.Display == DisplayNone }},
		{"script", func(s *ComputedStyle) bool { return s.Display == DisplayNone }},
		{"body", func(s *ComputedStyle) bool { return s.Margin[Left] == LengthOf(Int(8)) && s.Display == DisplayBlock }},
		{"h1", func(s *ComputedStyle) bool {
			return s.FontSize == Int(32) && s.FontWeight == 700 && s.Margin[Top] == LengthOf(Px(0.67*32))
		}},
		{"p", func(s *ComputedStyle) bool { return s.Margin[Top] == LengthOf(Int(16)) && s.Margin[Left] == ZeroPx }},
		{"ul", func(s *ComputedStyle) bool { return s.Padding[Left] == LengthOf(Int(40)) && s.ListStyleType == "disc" }},
		{"li", func(s *ComputedStyle) bool { return s.Display == DisplayListItem }},
		{"ol", func(s *ComputedStyle) bool { return s.ListStyleType == "decimal" && s.Margin[Top] == ZeroPx }},
		{"ol ul", func(s *ComputedStyle) bool { return s.ListStyleType == "square" }},
		{"a[href]", func(s *ComputedStyle) bool {
			return s.Color == (Color{0, 0, 0xEE, 255}) && s.TextDecorationLine == DecorationUnderline
		}},
		{"a:not([href])", func(s *ComputedStyle) bool { return s.Color == Black && s.TextDecorationLine == 0 }},
		{"table", func(s *ComputedStyle) bool {
			return s.Display == DisplayTable && s.BorderWidth[Top] == Int(1) && s.BorderStyle[Top] == BorderOutset
		}},
		{"td", func(s *ComputedStyle) bool {
			return s.Display == DisplayTableCell && s.BorderStyle[Top] == BorderInset && s.Padding[Top] == LengthOf(Int(1))
		}},
		{"tr", func(s *ComputedStyle) bool { return s.Display == DisplayTableRow }},
		{"pre", func(s *ComputedStyle) bool { return s.WhiteSpace == WhiteSpacePre && s.FontFamily[0] == "monospace" }},
		{"b", func(s *ComputedStyle) bool { return s.FontWeight == 700 }},
		{"small", func(s *ComputedStyle) bool { return s.FontSize == Px(16/1.2) }},
		{"sub", func(s *ComputedStyle) bool { return s.VerticalAlign.Kind == VerticalSub }},
		{"hr", func(s *ComputedStyle) bool {
			return s.BorderStyle[Top] == BorderInset && s.BorderWidth[Top] == Int(1) && s.Margin[Left] == Auto && s.Margin[Top] == LengthOf(Int(8))
		}},
		{"div[hidden]", func(s *ComputedStyle) bool { return s.Display == DisplayNone }},
		{"input", func(s *ComputedStyle) bool { return s.Display == DisplayInlineBlock }},
		{"button", func(s *ComputedStyle) bool { return s.Display == DisplayInlineBlock && s.TextAlign == TextAlignCenter }},
		{"font", func(s *ComputedStyle) bool {
			return s.Color == (Color{255, 0, 0, 255}) && s.FontSize == Int(24) && len(s.FontFamily) == 2 && s.FontFamily[1] == "Bar"
		}},
		{"center", func(s *ComputedStyle) bool { return s.TextAlign == TextAlignWebkitCenter && s.Display == DisplayBlock }},
	}
	for _, c := range checks {
		if s := get(c.sel); !c.ok(s) {
			t.Errorf("%s: unexpected style %+v", c.sel, *s)
		}
	}
}

func TestLegacyColors(t *testing.T) {
	tests := map[string]Color{
		"red": {255, 0, 0, 255}, "#0f0": {0, 255, 0, 255}, "#123456": {0x12, 0x34, 0x56, 255},
		"123456": {0x12, 0x34, 0x56, 255}, "chucknorris": {0xc0, 0, 0, 255}, "#1234": {0x12, 0x34, 0, 255},
		" #fff ": {255, 255, 255, 255},
	}
	for in, want := range tests {
		if got, ok := parseLegacyColor(in); !ok || got != want {
			t.Errorf("parseLegacyColor(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	if _, ok := parseLegacyColor("transparent"); ok {
		t.Error("transparent parsed")
	}
}

func TestCustomProperties(t *testing.T) {
	css := `:root { --main: #00f; --gap: 4px; --double: calc(var(--gap) * 2); --cycle-a: var(--cycle-b); --cycle-b: var(--cycle-a) }
	div { --local: 7px; color: var(--main); margin: var(--gap) var(--double); width: var(--missing, 3px) }
	p { color: red; color: var(--missing); width: var(--cycle-a, 9px); height: var(--local, 1px) }
	span { --main: green; background-color: var(--main); border: 1px solid VAR(--main) }`
	body := `<div><p>x</p><span>s</span></div>`
	div := styleOf(t, body, css, "div")
	if div.Color != (Color{0, 0, 255, 255}) || div.Margin[Top] != LengthOf(Int(4)) || div.Margin[Right] != LengthOf(Int(8)) || div.Width != LengthOf(Int(3)) {
		t.Errorf("div: color %v margin %v width %v", div.Color, div.Margin, div.Width)
	}
	p := styleOf(t, body, css, "p")
	// var(--missing) without fallback is invalid at computed-value time:
	// color unsets to the inherited blue. The cycle makes --cycle-a
	// invalid, so its fallback applies.
	if p.Color != (Color{0, 0, 255, 255}) || p.Width != LengthOf(Int(9)) || p.Height != LengthOf(Int(7)) {
		t.Errorf("p: color %v width %v height %v", p.Color, p.Width, p.Height)
	}
	sp := styleOf(t, body, css, "span")
	green := Color{0, 128, 0, 255}
	if sp.BackgroundColor != green || sp.BorderColor[Left] != green || sp.BorderWidth[Left] != Int(1) {
		t.Errorf("span: bg %v border %v %v", sp.BackgroundColor, sp.BorderColor[Left], sp.BorderWidth[Left])
	}
}

func TestStyleSharing(t *testing.T) {
	d := dom.ParseHTMLString(`<!DOCTYPE html><ul><li>a</li><li>b</li><li class=x>c</li></ul>`, "")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(".x { color: red }", "", AuthorOrigin)}, testMedia)
	lis, _ := d.QuerySelectorAll("li")
	if st.Of(lis[0]) != st.Of(lis[1]) {
		t.Error("equal siblings do not share a style")
	}
	if st.Of(lis[0]) == st.Of(lis[2]) {
		t.Error("different siblings share a style")
	}
}

func TestBlockification(t *testing.T) {
	css := `.f { float: left } .a { position: absolute; float: right } .flex { display: flex } span { display: inline }`
	body := `<span class=f>f</span><span class=a>a</span><div class=flex><span class=item>i</span></div>`
	if s := styleOf(t, body, css, ".f"); s.Display != DisplayBlock {
		t.Errorf("float: display %v", s.Display)
	}
	if s := styleOf(t, body, css, ".a"); s.Display != DisplayBlock || s.Float != FloatNone {
		t.Errorf("absolute: display %v float %v", s.Display, s.Float)
	}
	if s := styleOf(t, body, css, ".item"); s.Display != DisplayBlock {
		t.Errorf("flex item: display %v", s.Display)
	}
}

func TestQuirksModeClasses(t *testing.T) {
	d := dom.ParseHTMLString(`<p class="Foo" id="Bar">x</p>`, "")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(".foo { width: 1px } #bar { height: 2px }", "", AuthorOrigin)}, testMedia)
	p, _ := d.QuerySelector("p")
	if s := st.Of(p); s.Width != LengthOf(Int(1)) || s.Height != LengthOf(Int(2)) {
		t.Errorf("quirks: width %v height %v", s.Width, s.Height)
	}
}

func TestDisplayNoneSubtreeStyled(t *testing.T) {
	s := styleOf(t, `<div style="display:none"><p style="color: red">x</p></div>`, "", "p")
	if s == nil || s.Color != (Color{255, 0, 0, 255}) {
		t.Errorf("style inside display:none = %+v", s)
	}
}

func TestPseudoElements(t *testing.T) {
	d := dom.ParseHTMLString(`<!DOCTYPE html><div class="cf" title="T"><p>x</p></div><q>q</q><span class=none>n</span>`, "http://x/")
	css := `.cf::after { content: ""; display: table; clear: both }
	.cf:before { content: "[" attr(title) "] " url(i.png) counter(c); color: red }
	q::before { content: open-quote } q::after { content: close-quote }
	.none::before { content: none } .none::after { color: red }
	p::first-line { color: blue }`
	st := Compute(d, []*StyleSheet{ParseStyleSheet(css, "http://x/a.css", AuthorOrigin)}, testMedia)
	div, _ := d.QuerySelector("div")
	after := st.Pseudo(div, "after")
	if after == nil || after.Display != DisplayTable || after.Clear != ClearBoth || len(after.Content) != 1 || after.Content[0] != (ContentItem{Kind: ContentString}) {
		t.Errorf("::after = %+v", after)
	}
	before := st.Pseudo(div, "before")
	// counter(c) of a counter never created reads 0.
	want := []ContentItem{{Kind: ContentString, Value: "["}, {Kind: ContentAttr, Value: "title"}, {Kind: ContentString, Value: "] "}, {Kind: ContentURL, Value: "http://x/i.png"}, {Kind: ContentString, Value: "0"}}
	if before == nil || len(before.Content) != len(want) || before.Color != (Color{255, 0, 0, 255}) {
		t.Fatalf("::before = %+v", before)
	}
	for i := range want {
		if before.Content[i] != want[i] {
			t.Errorf("::before content[%d] = %+v, want %+v", i, before.Content[i], want[i])
		}
	}
	q, _ := d.QuerySelector("q")
	if b := st.Pseudo(q, "before"); b == nil || b.Content[0] != (ContentItem{Kind: ContentString, Value: "\u201c"}) {
		t.Errorf("q::before = %+v", b)
	}
	span, _ := d.QuerySelector("span")
	if st.Pseudo(span, "before") != nil || st.Pseudo(span, "after") != nil {
		t.Error("content none/normal generated a pseudo-element")
	}
	p, _ := d.QuerySelector("p")
	if st.Of(p).Color == (Color{0, 0, 255, 255}) || st.Of(div).Content != nil {
		t.Error("pseudo-element rules applied to the element")
	}
}

func TestSheetMedia(t *testing.T) {
	print := ParseStyleSheet("p { width: 3px }", "", AuthorOrigin)
	print.Media = "print"
	screen := ParseStyleSheet("p { height: 4px }", "", AuthorOrigin)
	screen.Media = "screen and (min-width: 100px)"
	s := styleWithSheets(t, "<p>x</p>", "p", print, screen)
	if s.Width != Auto || s.Height != LengthOf(Int(4)) {
		t.Errorf("width %v height %v", s.Width, s.Height)
	}
}

// TestComputeConcurrentDeterministic computes one document from many
// goroutines with shared sheets (run with -race) and checks that every
// run gives equal styles.
func TestComputeConcurrentDeterministic(t *testing.T) {
	src := `<!DOCTYPE html><div class="a b" id="x"><p style="--v: 3px; margin: var(--v)">t</p><ul><li>1</li><li class=b>2</li></ul></div>`
	sheet := ParseStyleSheet(`.a p { color: red } .b { width: 10% } #x li:nth-child(2) { height: 2em }
	@media (min-width: 500px) { li { padding: 1px } } p::after { content: "x" }`, "http://x/", AuthorOrigin)
	d := dom.ParseHTMLString(src, "http://x/")
	want := Compute(d, []*StyleSheet{sheet}, testMedia)
	els := d.Elements()
	done := make(chan *Styles)
	for range 8 {
		go func() { done <- Compute(d, []*StyleSheet{sheet}, testMedia) }()
	}
	for range 8 {
		got := <-done
		for _, el := range els {
			if !reflect.DeepEqual(got.Of(el), want.Of(el)) || !reflect.DeepEqual(got.Pseudo(el, "after"), want.Pseudo(el, "after")) {
				t.Fatalf("styles of <%s> differ between runs", el.Tag)
			}
		}
	}
}

func TestRevert(t *testing.T) {
	css := `p { margin-top: 3px; margin-top: revert; color: red; color: revert; width: 5px; width: revert }
	ul { padding-left: 1px } ul { padding-left: revert }`
	p := styleOf(t, "<ul><li><p>x</p></li></ul>", css, "p")
	if p.Margin[Top] != LengthOf(Int(16)) || p.Color != Black || p.Width != Auto {
		t.Errorf("revert: margin-top %v (want the UA's 1em), color %v, width %v", p.Margin[Top], p.Color, p.Width)
	}
	if ul := styleOf(t, "<ul><li><p>x</p></li></ul>", css, "ul"); ul.Padding[Left] != LengthOf(Int(40)) {
		t.Errorf("revert: ul padding-left %v, want 40px", ul.Padding[Left])
	}
}

// TestVarExplosion checks that exponentially growing var() chains are cut
// off instead of hanging.
func TestVarExplosion(t *testing.T) {
	var b strings.Builder
	b.WriteString(":root{--v0: x;")
	for i := 1; i < 20; i++ {
		fmt.Fprintf(&b, "--v%d:", i)
		for j := 0; j < 50; j++ {
			fmt.Fprintf(&b, " var(--v%d)", i-1)
		}
		b.WriteString(";")
	}
	b.WriteString("} p { width: var(--v19, 1px); height: var(--v1) }")
	start := time.Now()
	s := styleOf(t, "<p>x</p>", b.String(), "p")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
	// --v19 is too big, so it is invalid and the fallback applies.
	if s.Width != LengthOf(Int(1)) || s.Height != Auto {
		t.Errorf("width = %v, height = %v; want 1px and auto", s.Width, s.Height)
	}
}

func TestBaseURLForStyleAttributes(t *testing.T) {
	d := dom.ParseHTMLString(`<!DOCTYPE html><head><base href="/assets/"></head><p style="background-image: url(x.png)">x</p>`, "http://example.com/a/page.html")
	st := Compute(d, nil, testMedia)
	p, _ := d.QuerySelector("p")
	if got := st.Of(p).BackgroundImage; got != "http://example.com/assets/x.png" {
		t.Errorf("background-image = %q", got)
	}
}

// TestCounterStyleLayers checks that cascade layers order @counter-style
// rules of the same name (https://www.w3.org/TR/css-cascade-5/#layering):
// the higher-priority layer wins, unlayered above layered, whatever the
// order of appearance.
func TestCounterStyleLayers(t *testing.T) {
	tests := []struct{ name, css, want string }{
		{"later layer wins", `@layer a, b; @layer b { @counter-style x { system: cyclic; symbols: B; suffix: '' } } @layer a { @counter-style x { system: cyclic; symbols: A; suffix: '' } }`, "B"},
		{"unlayered wins", `@counter-style x { system: cyclic; symbols: U; suffix: '' } @layer a { @counter-style x { system: cyclic; symbols: A; suffix: '' } }`, "U"},
		{"same layer: later wins", `@layer a { @counter-style x { system: cyclic; symbols: A; suffix: '' } @counter-style x { system: cyclic; symbols: C; suffix: '' } }`, "C"},
	}
	for _, tt := range tests {
		d := dom.ParseHTMLString("<!DOCTYPE html><p>x</p>", "http://example.com/")
		st := Compute(d, []*StyleSheet{ParseStyleSheet(tt.css, "http://example.com/a.css", AuthorOrigin)}, testMedia)
		if got := st.CounterStyles().Format(1, "x"); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
