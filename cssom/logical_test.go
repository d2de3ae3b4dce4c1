package cssom

import (
	"path/filepath"
	"testing"

	"github.com/paneweb/pane/dom"
)

// logicalCSS and logicalBody are a page whose computed values were read
// from Chromium 156 (getComputedStyle) into logicalChromium.
const logicalCSS = `@layer a, b;
@layer b { #l1 { margin-inline-start: 4px } }
@layer a { #l1 { margin-right: 9px } }
@layer a { #l2 { margin-inline-start: 4px } }
@layer b { #l2 { margin-right: 9px } }
@layer a { #l3 { margin-inline-start: 4px } }
@layer b { #l3 { margin-right: revert-layer } }
.c8 { margin-right: 1px }
div#c8 { margin-inline-start: 2px }
#c1 { margin-inline-start: 10px }
#c2 { margin-left: 5px; margin-inline-start: 10px }
#c3 { margin-inline-start: 10px; margin-right: 5px }
#c4 { margin-right: 5px; margin-inline-end: 7px }
#c5 { margin-inline-start: 10px !important; margin-right: 5px }
#c6 { padding-inline-start: 3px }
#c9 { margin-inline: 1px 2px }
#c10 { border-inline-start: 2px solid rgb(1, 2, 3) }
#c11 { position: relative; inset-inline-start: 6px }
#c12 { border-start-start-radius: 5px; border-end-start-radius: 1px 2px }
#c13 { --m: 11px; margin-inline-start: var(--m) }
#c14 { -webkit-margin-start: 12px; -webkit-padding-end: 3px }
#c15 { margin-inline-start: 10px; direction: rtl }
#c16 { margin-inline-end: 3px; margin-left: 8px }
#c17 { border-inline-width: 1px 4px; border-inline-style: solid }
#c18 { padding-inline: 2px; padding-right: 7px }
#c19 { margin-right: 5px !important; margin-inline-start: 10px !important }
#c20 { margin-inline-start: 10px; }
#c20 { margin-right: inherit }
`
const logicalBody = `<div dir=rtl>
<div id=c1></div><div id=c2></div><div id=c3></div><div id=c4 dir=ltr></div><div id=c5></div>
<div><div id=c6></div></div><div id=c8 class=c8></div><div id=c9></div><div id=c10></div>
<div id=c11></div><div id=c12></div><div id=c13></div><div id=c14></div>
<div id=l1></div><div id=l2></div><div id=l3></div>
<div id=c16></div><div id=c17></div><div id=c18></div><div id=c19></div><div id=c20 style="margin-inline-start: 1px"></div>
</div>
<div id=c15></div>
<div id=c7 dir=rtl style="margin-inline-end: 4px"></div>
`

// logicalChromium lists the values that are not initial.
var logicalChromium = map[[2]string]string{
	{"c1", "margin-right"}:                "10px",
	{"c2", "margin-left"}:                 "5px",
	{"c2", "margin-right"}:                "10px",
	{"c3", "margin-right"}:                "5px",
	{"c4", "margin-right"}:                "7px",
	{"c5", "margin-right"}:                "10px",
	{"c6", "padding-right"}:               "3px",
	{"c8", "margin-right"}:                "2px",
	{"c9", "margin-left"}:                 "2px",
	{"c9", "margin-right"}:                "1px",
	{"c10", "border-right-width"}:         "2px",
	{"c10", "border-right-color"}:         "rgb(1, 2, 3)",
	{"c10", "border-right-style"}:         "solid",
	{"c11", "right"}:                      "6px",
	{"c12", "border-top-right-radius"}:    "5px",
	{"c12", "border-bottom-right-radius"}: "1px 2px",
	{"c13", "margin-right"}:               "11px",
	{"c14", "margin-right"}:               "12px",
	{"c14", "padding-left"}:               "3px",
	{"l1", "margin-right"}:                "4px",
	{"l2", "margin-right"}:                "9px",
	{"l3", "margin-right"}:                "4px",
	{"c16", "margin-left"}:                "8px",
	{"c17", "border-left-width"}:          "4px",
	{"c17", "border-right-width"}:         "1px",
	{"c17", "border-right-style"}:         "solid",
	{"c18", "padding-left"}:               "2px",
	{"c18", "padding-right"}:              "7px",
	{"c19", "margin-right"}:               "10px",
	{"c20", "margin-right"}:               "1px",
	{"c15", "margin-right"}:               "10px",
	{"c7", "margin-left"}:                 "4px",
}

// logicalProps are the properties logicalChromium was read for.
var logicalProps = []string{"margin-left", "margin-right", "padding-left", "padding-right", "border-left-width",
	"border-right-width", "border-right-color", "border-right-style", "right", "border-top-left-radius",
	"border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius"}

// TestLogicalChromium checks the computed values of logical and physical
// declarations cascading together, in ltr and rtl, against Chromium's.
func TestLogicalChromium(t *testing.T) {
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+logicalBody+"</body></html>", "http://example.com/")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(logicalCSS, "http://example.com/a.css", AuthorOrigin)}, testMedia)
	els, err := d.QuerySelectorAll("[id^=c], [id^=l]")
	if err != nil || len(els) != 23 {
		t.Fatalf("%d elements, %v", len(els), err)
	}
	for _, el := range els {
		id, _ := el.Attr("id")
		s := st.Of(el)
		for _, p := range logicalProps {
			want, ok := logicalChromium[[2]string{id, p}]
			if !ok {
				want = initialLogicalValue(p)
			}
			if got, _ := s.ComputedValue(p); got != want {
				t.Errorf("#%s %s = %q, want %q", id, p, got, want)
			}
		}
	}
}

// initialLogicalValue is the value Chromium reports for p of logicalProps
// when nothing sets it (no border: widths 0px).
func initialLogicalValue(p string) string {
	switch p {
	case "right":
		return "auto"
	case "border-right-color":
		return "rgb(0, 0, 0)"
	case "border-right-style":
		return "none"
	}
	return "0px"
}

// TestLogicalCascade runs logical and physical declarations through the
// cascade with the element's direction.
func TestLogicalCascade(t *testing.T) {
	px := func(n int) Length { return LengthOf(Int(n)) }
	tests := []struct {
		name, body, css string
		check           func(s *ComputedStyle) bool
	}{
		{"ltr start is left", `<p>x</p>`, `p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Left] == px(3) && s.Margin[Right] == px(0) }},
		{"rtl start is right", `<p dir=rtl>x</p>`, `p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(3) && s.Margin[Left] == px(0) }},
		{"direction after the logical declaration", `<p>x</p>`, `p { padding-inline-end: 3px; direction: rtl }`,
			func(s *ComputedStyle) bool { return s.Padding[Left] == px(3) && s.Padding[Right] == px(0) }},
		{"direction inherited", `<div style="direction: rtl"><p>x</p></div>`, `p { inset-inline-end: 3px }`,
			func(s *ComputedStyle) bool { return s.Inset[Left] == px(3) && s.Inset[Right] == Auto }},
		{"dir=ltr inside rtl", `<div dir=rtl><p dir=ltr>x</p></div>`, `p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Left] == px(3) }},
		{"physical after logical wins", `<p dir=rtl>x</p>`, `p { margin-inline-start: 3px } p { margin-right: 5px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(5) }},
		{"logical after physical wins", `<p dir=rtl>x</p>`, `p { margin-right: 5px } p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(3) }},
		{"the other side is kept", `<p dir=rtl>x</p>`, `p { margin-left: 5px } p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Left] == px(5) && s.Margin[Right] == px(3) }},
		{"importance", `<p dir=rtl>x</p>`, `p { margin-inline-start: 3px !important } p { margin-right: 5px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(3) }},
		{"specificity", `<p dir=rtl class=a>x</p>`, `p.a { margin-right: 5px } p { margin-inline-start: 3px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(5) }},
		{"style attribute", `<p dir=rtl style="padding-inline-start: 2px">x</p>`, `p { padding-right: 5px }`,
			func(s *ComputedStyle) bool { return s.Padding[Right] == px(2) }},
		{"shorthand two values", `<p dir=rtl>x</p>`, `p { padding-inline: 1px 2px }`,
			func(s *ComputedStyle) bool { return s.Padding[Right] == px(1) && s.Padding[Left] == px(2) }},
		{"border side", `<p dir=rtl>x</p>`, `p { border-inline-end: 2px solid }`,
			func(s *ComputedStyle) bool { return s.BorderWidth[Left] == Int(2) && s.BorderWidth[Right] == 0 }},
		{"border-block", `<p dir=rtl>x</p>`, `p { border-block: 2px solid }`,
			func(s *ComputedStyle) bool {
				return s.BorderWidth[Top] == Int(2) && s.BorderWidth[Bottom] == Int(2) && s.BorderWidth[Left] == 0
			}},
		{"block sides do not move", `<p dir=rtl>x</p>`, `p { margin-block-start: 4px; inline-size: 9px }`,
			func(s *ComputedStyle) bool { return s.Margin[Top] == px(4) && s.Width == px(9) }},
		{"var() in rtl", `<p dir=rtl>x</p>`, `p { --a: 4px; margin-inline: var(--a) 1px }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(4) && s.Margin[Left] == px(1) }},
		{"invalid var() in rtl is unset", `<p dir=rtl>x</p>`, `p { margin-right: 5px; margin-inline-start: var(--none) }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(0) }},
		{"alias", `<p dir=rtl>x</p>`, `p { -webkit-margin-end: 6px }`,
			func(s *ComputedStyle) bool { return s.Margin[Left] == px(6) }},
		{"radius", `<p dir=rtl>x</p>`, `p { border-start-end-radius: 6px }`,
			func(s *ComputedStyle) bool { return s.BorderRadius[0] == px(6) && s.BorderRadius[1] == px(0) }},
		// float and clear follow the containing block's direction.
		{"float inline-start in rtl", `<div dir=rtl><p>x</p></div>`, `p { float: inline-start }`,
			func(s *ComputedStyle) bool { return s.Float == FloatRight }},
		{"float inline-start of rtl in ltr", `<p dir=rtl>x</p>`, `p { float: inline-start }`,
			func(s *ComputedStyle) bool { return s.Float == FloatLeft }},
		{"float inline-end of ltr in rtl", `<div dir=rtl><p dir=ltr>x</p></div>`, `p { float: inline-end; margin-inline-start: 2px }`,
			func(s *ComputedStyle) bool { return s.Float == FloatLeft && s.Margin[Left] == px(2) }},
		{"clear inline-end", `<div dir=rtl><p>x</p></div>`, `p { clear: inline-end }`,
			func(s *ComputedStyle) bool { return s.Clear == ClearLeft }},
		{"clear both stays", `<div dir=rtl><p>x</p></div>`, `p { clear: both }`,
			func(s *ComputedStyle) bool { return s.Clear == ClearBoth }},
		{"float left stays", `<div dir=rtl><p dir=rtl>x</p></div>`, `p { float: left }`,
			func(s *ComputedStyle) bool { return s.Float == FloatLeft }},
		{"revert-layer to a logical layer", `<p dir=rtl>x</p>`,
			`@layer a { p { margin-inline-start: 4px } } @layer b { p { margin-right: 7px !important; margin-right: revert-layer !important } }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(4) }},
		{"revert to the user agent", `<p dir=rtl>x</p>`, `p { margin-inline-start: revert }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(0) && s.Margin[Top] == px(16) }},
		{"revert-layer from var()", `<p dir=rtl>x</p>`,
			`p { margin-right: 3px } @layer a { p { --k: revert-layer; margin-inline-start: var(--k) } }`,
			func(s *ComputedStyle) bool { return s.Margin[Right] == px(3) }},
	}
	for _, tt := range tests {
		if s := styleOf(t, tt.body, tt.css, "p"); !tt.check(s) {
			t.Errorf("%s: margin %+v padding %+v inset %+v border %+v", tt.name, s.Margin, s.Padding, s.Inset, s.BorderWidth)
		}
	}
}

// TestLogicalSharing checks that elements sharing a style agree on the
// direction their logical declarations are mapped with.
func TestLogicalSharing(t *testing.T) {
	body := `<div dir=rtl><p class=a>1</p><p class=a>2</p></div><div><p class=a>3</p></div><div dir=rtl><p class=a>4</p></div>`
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+body+"</body></html>", "http://example.com/")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(`.a { margin-inline-end: 5px }`, "", AuthorOrigin)}, testMedia)
	ps, _ := d.QuerySelectorAll("p")
	want := []int{Left, Left, Right, Left}
	for i, p := range ps {
		if m := st.Of(p).Margin[want[i]]; m != LengthOf(Int(5)) {
			t.Errorf("p %d: margin %+v", i+1, st.Of(p).Margin)
		}
	}
	if st.Of(ps[0]) != st.Of(ps[1]) {
		t.Errorf("siblings do not share their style")
	}
}

// TestLogicalBorderShorthands checks getComputedStyle's logical border
// shorthands against Chromium's values for the same declarations.
func TestLogicalBorderShorthands(t *testing.T) {
	s := styleOf(t, `<div dir=rtl style="border-inline-color: blue green">x</div>`,
		`div { border-inline: 2px solid red; border-block-width: 1px 5px }`, "div")
	get := func(p string) string { v, _ := s.ComputedValue(p); return v }
	for _, tt := range [][2]string{
		{"border-inline", ""},
		{"border-inline-start", "2px solid rgb(0, 0, 255)"},
		{"border-inline-end", "2px solid rgb(0, 128, 0)"},
		{"border-inline-width", "2px"},
		{"border-inline-color", "rgb(0, 0, 255) rgb(0, 128, 0)"},
		{"border-block-width", "0px"},
		{"border-block-start", "0px none rgb(0, 0, 0)"},
	} {
		if got, ok := s.ShorthandValue(tt[0], get); !ok || got != tt[1] {
			t.Errorf("%s = %q, %v; want %q", tt[0], got, ok, tt[1])
		}
	}
	if got := get("border-left-color"); got != "rgb(0, 128, 0)" {
		t.Errorf("border-left-color = %q", got)
	}
}

// BenchmarkComputeRTL computes a Pico docs page made right-to-left (its
// sheets use margin-inline-start and padding-inline-start), against
// BenchmarkCompute's ltr page: the cost of the rtl cascade.
func BenchmarkComputeRTL(b *testing.B) {
	d, sheets := sitePage(b, filepath.Join(corpusDir, "sites", "pico-docs/docs/index.html"))
	d.DocumentElement().SetAttr("dir", "rtl")
	for b.Loop() {
		Compute(d, sheets, Media{Width: Int(800), Height: Int(600)})
	}
}

// TestLogicalPseudoElements maps the logical declarations of ::before and
// ::marker through their own direction, inherited from the element.
func TestLogicalPseudoElements(t *testing.T) {
	body := `<ul dir=rtl><li>x</li></ul><p dir=rtl>y</p>`
	css := `p::before { content: "a"; margin-inline-end: 3px } li::marker { padding-inline-start: 2px }`
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+body+"</body></html>", "http://example.com/")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(css, "", AuthorOrigin)}, testMedia)
	p, _ := d.QuerySelector("p")
	if b := st.Pseudo(p, "before"); b == nil || b.Margin[Left] != LengthOf(Int(3)) || b.Margin[Right] != LengthOf(0) {
		t.Errorf("::before %+v", b)
	}
	li, _ := d.QuerySelector("li")
	if m := st.Pseudo(li, "marker"); m == nil || m.Padding[Right] != LengthOf(Int(2)) {
		t.Errorf("::marker %+v", m)
	}
}

// TestUASheetFollowsDirection checks the user agent sheet's inline-axis
// spacing in right-to-left lists, as Chromium 156 gives it: padding on the
// right of ul, a margin on the right of dd.
func TestUASheetFollowsDirection(t *testing.T) {
	ul := styleOf(t, `<ul id=x dir=rtl><li>a</ul>`, "", "#x")
	if ul.Padding[Right] != LengthOf(Int(40)) || ul.Padding[Left] != ZeroPx {
		t.Errorf("rtl ul padding = %v", ul.Padding)
	}
	dd := styleOf(t, `<dl dir=rtl><dd id=x>a</dl>`, "", "#x")
	if dd.Margin[Right] != LengthOf(Int(40)) || dd.Margin[Left] != ZeroPx {
		t.Errorf("rtl dd margin = %v", dd.Margin)
	}
}
