package layout

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// lines returns the Line and Text lines of a dump below <body>, trimmed
// and joined by "|", for compact expectations.
func lines(dump string, kinds ...string) string {
	var out []string
	for _, l := range strings.Split(dump, "\n") {
		l = strings.TrimSpace(l)
		for _, k := range kinds {
			if strings.HasPrefix(l, k) {
				out = append(out, l)
				break
			}
		}
	}
	return strings.Join(out, "|")
}

func TestInlineLayout(t *testing.T) {
	fonts := ahem(t)
	narrow := func(w float64) rules { return rules{"#d": width(lpx(w))} }
	align := func(a cssom.TextAlign) rules {
		return rules{"#d": set(width(lpx(75)), func(st *cssom.ComputedStyle) { st.TextAlign = a })}
	}
	tests := []struct {
		name, src string
		rules     rules
		kinds     []string
		want      string
	}{
		{"collapse across elements", "<div id=d>  a \n <b>  b</b>  </div>", nil, []string{"Text", "Inline"},
			`Text "a " at (8,8) size 20x10|Inline <b> at (28,8) size 10x10|Text "b" at (28,8) size 10x10`},
		{"break at narrow width", `<div id=d>aaa bbb ccc</div>`, narrow(75), []string{"Line", "Text"},
			`Line at (8,8) size 75x10|Text "aaa bbb" at (8,8) size 70x10|Line at (8,18) size 75x10|Text "ccc" at (8,18) size 30x10`},
		{"break inside span", `<div id=d>aaa <i>bbb ccc</i></div>`, narrow(75), []string{"Text", "Inline"},
			`Text "aaa " at (8,8) size 40x10|Inline <i> at (48,8) size 30x10|Text "bbb" at (48,8) size 30x10|Inline <i> at (8,18) size 30x10|Text "ccc" at (8,18) size 30x10`},
		{"no break inside a word across elements", `<div id=d>aa aa<i>bb</i></div>`, narrow(50), []string{"Line", "Text"},
			`Line at (8,8) size 50x10|Text "aa" at (8,8) size 20x10|Line at (8,18) size 50x10|Text "aa" at (8,18) size 20x10|Text "bb" at (28,18) size 20x10`},
		{"long word overflows", `<div id=d>aaaaaaaaaa b</div>`, narrow(30), []string{"Text"},
			`Text "aaaaaaaaaa" at (8,8) size 100x10|Text "b" at (8,18) size 10x10`},
		{"nowrap", `<div id=d>aaa bbb</div>`, rules{"#d": set(width(lpx(30)), func(st *cssom.ComputedStyle) { st.WhiteSpace = cssom.WhiteSpaceNowrap })}, []string{"Text"},
			`Text "aaa bbb" at (8,8) size 70x10`},
		{"pre keeps spaces and newlines", "<pre id=d>a  b\n  c</pre>", nil, []string{"Text"},
			`Text "a  b" at (8,8) size 40x10|Text "  c" at (8,18) size 30x10`},
		{"pre-line", "<div id=d>a  b\n  c</div>", rules{"#d": func(st *cssom.ComputedStyle) { st.WhiteSpace = cssom.WhiteSpacePreLine }}, []string{"Text"},
			`Text "a b" at (8,8) size 30x10|Text "c" at (8,18) size 10x10`},
		{"br", `<div id=d>a<br>b<br><br>c</div>`, nil, []string{"Line"},
			`Line at (8,8) size 784x10|Line at (8,18) size 784x10|Line at (8,28) size 784x10|Line at (8,38) size 784x10`},
		{"align left", `<div id=d>aaa bbb ccc</div>`, align(cssom.TextAlignLeft), []string{"Text"},
			`Text "aaa bbb" at (8,8) size 70x10|Text "ccc" at (8,18) size 30x10`},
		{"align center", `<div id=d>aaa bbb ccc</div>`, align(cssom.TextAlignCenter), []string{"Text"},
			`Text "aaa bbb" at (10.5,8) size 70x10|Text "ccc" at (30.5,18) size 30x10`},
		{"align right", `<div id=d>aaa bbb ccc</div>`, align(cssom.TextAlignRight), []string{"Text"},
			`Text "aaa bbb" at (13,8) size 70x10|Text "ccc" at (53,18) size 30x10`},
		{"align end", `<div id=d>aaa bbb ccc</div>`, align(cssom.TextAlignEnd), []string{"Text"},
			`Text "aaa bbb" at (13,8) size 70x10|Text "ccc" at (53,18) size 30x10`},
		{"justify", `<div id=d>aaa bbb ccc</div>`, align(cssom.TextAlignJustify), []string{"Text"},
			`Text "aaa bbb" at (8,8) size 75x10|Text "ccc" at (8,18) size 30x10`},
		{"text-indent", `<div id=d>aaa bbb</div>`, rules{"#d": set(width(lpx(75)), func(st *cssom.ComputedStyle) { st.TextIndent = lpx(20) })}, []string{"Text"},
			`Text "aaa" at (28,8) size 30x10|Text "bbb" at (8,18) size 30x10`},
		{"letter-spacing", `<div id=d>ab</div>`, rules{"#d": func(st *cssom.ComputedStyle) { st.LetterSpacing = cssom.Int(2) }}, []string{"Text"},
			`Text "ab" at (8,8) size 24x10`},
		{"word-spacing", `<div id=d>a b</div>`, rules{"#d": func(st *cssom.ComputedStyle) { st.WordSpacing = cssom.Int(5) }}, []string{"Text"},
			`Text "a b" at (8,8) size 35x10`},
		{"word-spacing on no-break spaces", "<div id=d>a\u00a0b c</div>", rules{"#d": func(st *cssom.ComputedStyle) { st.WordSpacing = cssom.Int(5) }}, []string{"Text"},
			`Text "a\u00a0b c" at (8,8) size 60x10`},
		{"uppercase", `<div id=d>ab c</div>`, rules{"#d": func(st *cssom.ComputedStyle) { st.TextTransform = cssom.TextTransformUppercase }}, []string{"Text"},
			`Text "AB C" at (8,8) size 40x10`},
		{"capitalize", `<div id=d>ab cd</div>`, rules{"#d": func(st *cssom.ComputedStyle) { st.TextTransform = cssom.TextTransformCapitalize }}, []string{"Text"},
			`Text "Ab Cd" at (8,8) size 50x10`},
		{"line-height", `<div id=d>a</div>`, rules{"#d": func(st *cssom.ComputedStyle) {
			st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(20)}
		}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x20|Text "a" at (8,13) size 10x10`},
		{"line-height number", `<div id=d>a</div>`, rules{"#d": func(st *cssom.ComputedStyle) {
			st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightNumber, Number: 3}
		}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x30|Text "a" at (8,18) size 10x10`},
		{"bigger inline box grows the line", `<div id=d>a<i>b</i></div>`, rules{"i": func(st *cssom.ComputedStyle) { st.FontSize = cssom.Int(20) }}, []string{"Line", "Text"},
			`Line at (8,8) size 784x20|Text "a" at (8,16) size 10x10|Text "b" at (18,8) size 20x20`},
		{"inline padding and border", `<div id=d>a<i>b</i>c</div>`, rules{"i": set(padding(5), border(1), marginLR(lpx(2), lpx(3)))}, []string{"Line", "Text", "Inline"},
			`Line at (8,8) size 784x10|Text "a" at (8,8) size 10x10|Inline <i> at (20,2) size 22x22|Text "b" at (26,8) size 10x10|Text "c" at (45,8) size 10x10`},
		{"vertical-align length", `<div id=d>a<i>b</i></div>`, rules{"i": func(st *cssom.ComputedStyle) {
			st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalLength, Length: lpx(5)}
		}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x15|Text "a" at (8,13) size 10x10|Text "b" at (18,8) size 10x10`},
		{"vertical-align sub", `<div id=d>a<i>b</i></div>`, rules{"i": func(st *cssom.ComputedStyle) { st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalSub} }}, []string{"Line", "Text"},
			`Line at (8,8) size 784x12|Text "a" at (8,8) size 10x10|Text "b" at (18,10) size 10x10`},
		{"vertical-align top", `<div id=d>a<i>b</i></div>`, rules{
			"#d": func(st *cssom.ComputedStyle) {
				st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(20)}
			},
			"i": func(st *cssom.ComputedStyle) {
				st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalTop}
				st.FontSize = cssom.Int(20)
			}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x20|Text "a" at (8,13) size 10x10|Text "b" at (18,8) size 20x20`},
		{"vertical-align bottom", `<div id=d>a<i>b</i></div>`, rules{
			"#d": func(st *cssom.ComputedStyle) {
				st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(30)}
			},
			"i": func(st *cssom.ComputedStyle) {
				st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalBottom}
				st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(10)}
			}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x30|Text "a" at (8,18) size 10x10|Text "b" at (18,28) size 10x10`},
		{"empty lines take no height", `<div id=d> <i></i> </div><div>x</div>`, nil, []string{"Line", "Text"},
			`Line at (8,8) size 784x10|Text "x" at (8,8) size 10x10`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, tc.kinds...); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(tc.want, "|", "\n"), d)
			}
		})
	}
}

func TestInlineBlock(t *testing.T) {
	fonts := ahem(t)
	ib := display(cssom.DisplayInlineBlock)
	runGeometry(t, []geometryCase{
		{"shrink to max-content", `<div id=d>x<span id=ib>abc de</span></div>`, rules{"#ib": ib},
			map[string]string{"ib": "18,8 60x10", "d": "8,8 784x10"}},
		{"shrink to available width", `<div id=d>x<span id=ib>abc de</span></div>`, rules{"#ib": ib, "#d": width(lpx(40))},
			map[string]string{"ib": "8,18 40x20", "d": "8,8 40x30"}},
		{"min-content floor", `<div id=d><span id=ib>abcdef g</span></div>`, rules{"#ib": ib, "#d": width(lpx(20))},
			map[string]string{"ib": "8,8 60x20"}},
		{"specified width", `<div id=d>x<span id=ib>abc</span></div>`, rules{"#ib": set(ib, width(lpx(100)), padding(2))},
			map[string]string{"ib": "18,8 104x14"}},
		{"baseline is the last line's", `<div id=d>x<span id=ib>a<br>b</span></div>`, rules{"#ib": ib},
			map[string]string{"ib": "18,8 10x20", "d": "8,8 784x20"}},
		{"overflow hidden baseline is the bottom margin edge", `<div id=d>x<span id=ib>a</span></div>`,
			rules{"#ib": set(ib, marginTB(lpx(0), lpx(4)), func(st *cssom.ComputedStyle) { st.OverflowX, st.OverflowY = cssom.OverflowHidden, cssom.OverflowHidden })},
			map[string]string{"ib": "18,8 10x10", "d": "8,8 784x16"}},
	}, fonts)
}

func TestInlineMore(t *testing.T) {
	fonts := ahem(t)
	tests := []struct {
		name, src string
		rules     rules
		kinds     []string
		want      string
	}{
		{"split inline box keeps edges on first and last fragments", `<div id=d>a <i>bb cc</i></div>`,
			rules{"#d": width(lpx(50)), "i": set(padding(2), border(1))}, []string{"Inline"},
			`Inline <i> at (28,5) size 23x16|Inline <i> at (8,15) size 23x16`},
		{"pre-wrap wraps and keeps spaces", `<div id=d>aa  bb  cc</div>`,
			rules{"#d": set(width(lpx(45)), func(st *cssom.ComputedStyle) { st.WhiteSpace = cssom.WhiteSpacePreWrap })}, []string{"Text"},
			`Text "aa  " at (8,8) size 40x10|Text "bb  " at (8,18) size 40x10|Text "cc" at (8,28) size 20x10`},
		{"justify spreads every space", `<div id=d>a b c dd</div>`,
			rules{"#d": set(width(lpx(70)), func(st *cssom.ComputedStyle) { st.TextAlign = cssom.TextAlignJustify })}, []string{"Text"},
			`Text "a b c" at (8,8) size 70x10|Text "dd" at (8,18) size 20x10`},
		{"text-top", `<div id=d>a<i>b</i></div>`, rules{"i": func(st *cssom.ComputedStyle) {
			st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalTextTop}
			st.FontSize = cssom.Int(20)
			st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(20)}
		}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x20|Text "a" at (8,8) size 10x10|Text "b" at (18,8) size 20x20`},
		{"text-bottom", `<div id=d>a<i>b</i></div>`, rules{"i": func(st *cssom.ComputedStyle) {
			st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalTextBottom}
			st.FontSize = cssom.Int(20)
			st.LineHeight = cssom.LineHeight{Kind: cssom.LineHeightLength, Px: cssom.Int(20)}
		}}, []string{"Line", "Text"},
			`Line at (8,8) size 784x20|Text "a" at (8,18) size 10x10|Text "b" at (18,8) size 20x20`},
		{"inline-block with border on the baseline", `<div id=d>a<span id=s>b</span></div>`,
			rules{"#s": set(display(cssom.DisplayInlineBlock), border(3))}, []string{"Line", "InlineBlock"},
			`Line at (8,8) size 784x16|InlineBlock <span#s> at (18,8) size 16x16|Line at (21,11) size 10x10`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, tc.kinds...); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(tc.want, "|", "\n"), d)
			}
		})
	}
}

func TestVerticalAlignMiddle(t *testing.T) {
	fonts := ahem(t)
	root := layoutWithImages(t, `<div id=d>a<img id=i src=ok></div>`, ahemRules(rules{"#i": func(st *cssom.ComputedStyle) {
		st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalMiddle}
	}}), fonts)
	m := fonts.Metrics(FontSpec{Families: []string{"Ahem"}, Weight: 400, Size: cssom.Int(10)})
	var line *Fragment
	for _, f := range byID(root, "d").Children {
		if f.Kind == LineFragment {
			line = f
		}
	}
	img := byID(root, "i")
	// The image's midpoint sits half the parent's x-height above the
	// baseline.
	mid := img.Rect.Y + img.Rect.H/2
	if want := line.Rect.Y + line.Baseline - m.XHeight/2; mid != want {
		t.Errorf("image midpoint at %v, want %v\n%s", mid, want, Dump(root))
	}
}

func TestVerticalAlignTopSubtree(t *testing.T) {
	fonts := ahem(t)
	// The top-aligned <i> holds a 50px image on its baseline: the whole
	// subtree (image top to <i>'s descent) hangs from the line's top and
	// makes the line 52px high.
	root := layoutWithImages(t, `<div id=d>a<i id=s><img id=i src=ok></i></div>`, ahemRules(rules{
		"#s": func(st *cssom.ComputedStyle) { st.VerticalAlign = cssom.VerticalAlign{Kind: cssom.VerticalTop} },
	}), fonts)
	if got, want := rect(byID(root, "i")), "18,8 100x50"; got != want {
		t.Errorf("img = %s, want %s\n%s", got, want, Dump(root))
	}
	if got, want := rect(byID(root, "d")), "8,8 784x52"; got != want {
		t.Errorf("div = %s, want %s\n%s", got, want, Dump(root))
	}
	if got, want := findLine(Dump(root), `Text "a"`), `Text "a" at (8,8) size 10x10`; got != want {
		t.Errorf("text = %s, want %s", got, want)
	}
}
