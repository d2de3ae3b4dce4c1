package layout

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestWordBreakAndOverflowWrap(t *testing.T) {
	fonts := ahem(t)
	with := func(w float64, f func(st *cssom.ComputedStyle)) rules {
		return rules{"#d": set(width(lpx(w)), f)}
	}
	ow := func(v cssom.OverflowWrap) func(st *cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.OverflowWrap = v }
	}
	wb := func(v cssom.WordBreak) func(st *cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.WordBreak = v }
	}
	tests := []struct {
		name, src string
		rules     rules
		want      string
	}{
		{"normal overflows", `<div id=d>aaaaaaa bb</div>`, with(30, ow(cssom.OverflowWrapNormal)),
			`Text "aaaaaaa" at (8,8) size 70x10|Text "bb" at (8,18) size 20x10`},
		{"anywhere splits the word", `<div id=d>aaaaaaa bb</div>`, with(30, ow(cssom.OverflowWrapAnywhere)),
			`Text "aaa" at (8,8) size 30x10|Text "aaa" at (8,18) size 30x10|Text "a" at (8,28) size 10x10|Text "bb" at (8,38) size 20x10`},
		{"break-word splits the word", `<div id=d>aaaaa</div>`, with(20, ow(cssom.OverflowWrapBreakWord)),
			`Text "aa" at (8,8) size 20x10|Text "aa" at (8,18) size 20x10|Text "a" at (8,28) size 10x10`},
		{"break-word prefers a space", `<div id=d>bb aaaaa</div>`, with(40, ow(cssom.OverflowWrapBreakWord)),
			`Text "bb" at (8,8) size 20x10|Text "aaaa" at (8,18) size 40x10|Text "a" at (8,28) size 10x10`},
		{"at least one letter per line", `<div id=d>aa</div>`, with(5, ow(cssom.OverflowWrapAnywhere)),
			`Text "a" at (8,8) size 10x10|Text "a" at (8,18) size 10x10`},
		{"legacy word-break: break-word", `<div id=d>aaaa</div>`, with(20, wb(cssom.WordBreakBreakWord)),
			`Text "aa" at (8,8) size 20x10|Text "aa" at (8,18) size 20x10`},
		{"nowrap does not split", `<div id=d>aaaa</div>`, with(20, func(st *cssom.ComputedStyle) {
			st.OverflowWrap, st.WhiteSpace = cssom.OverflowWrapAnywhere, cssom.WhiteSpaceNowrap
		}), `Text "aaaa" at (8,8) size 40x10`},
		{"break-all fills lines", `<div id=d>aa bbbbb</div>`, with(40, wb(cssom.WordBreakBreakAll)),
			`Text "aa b" at (8,8) size 40x10|Text "bbbb" at (8,18) size 40x10`},
		{"keep-all keeps ideographs together", "<div id=d>\u4e00\u4e00\u4e00 \u4e00</div>", with(20, wb(cssom.WordBreakKeepAll)),
			"Text \"\u4e00\u4e00\u4e00\" at (8,8) size 30x10|Text \"\u4e00\" at (8,18) size 10x10"},
		{"soft hyphen shows a hyphen at the break", "<div id=d>aaa\u00adbbb\u00adc</div>", with(50, wb(cssom.WordBreakNormal)),
			`Text "aaa\u00ad" at (8,8) size 40x10|Text "bbb\u00adc" at (8,18) size 40x10`},
		{"soft hyphen hidden inside a line", "<div id=d>aa\u00adbb</div>", with(100, wb(cssom.WordBreakNormal)),
			`Text "aa\u00adbb" at (8,8) size 40x10`},
		{"hyphen must fit", "<div id=d>aaa\u00adb\u00adbbbbb</div>", with(45, wb(cssom.WordBreakNormal)),
			`Text "aaa\u00ad" at (8,8) size 40x10|Text "b\u00ad" at (8,18) size 20x10|Text "bbbbb" at (8,28) size 50x10`},
		{"hyphens: none ignores soft hyphens", "<div id=d>aaa\u00adbbb</div>", with(50, func(st *cssom.ComputedStyle) { st.Hyphens = cssom.HyphensNone }),
			`Text "aaa\u00adbbb" at (8,8) size 60x10`},
		{"ellipsis", `<div id=d>aaaaaaaaaa</div>`, with(50, func(st *cssom.ComputedStyle) {
			st.TextOverflowEllipsis, st.OverflowX, st.OverflowY = true, cssom.OverflowHidden, cssom.OverflowHidden
		}), "Text \"aaaaaaaaaa\" at (8,8) size 40x10|Text \"\u2026\" at (48,8) size 10x10"},
		{"no ellipsis without overflow", `<div id=d>aaaaaaaaaa</div>`, with(50, func(st *cssom.ComputedStyle) { st.TextOverflowEllipsis = true }),
			`Text "aaaaaaaaaa" at (8,8) size 100x10`},
		{"tab to the next stop", "<pre id=d>a\tb</pre>", with(200, wb(cssom.WordBreakNormal)),
			"Text \"a\\tb\" at (8,8) size 90x10"},
		{"tab-size 2", "<pre id=d>abc\tb</pre>", with(200, func(st *cssom.ComputedStyle) { st.TabSize = cssom.TabSize{Spaces: 2} }),
			"Text \"abc\\tb\" at (8,8) size 50x10"},
		{"tab-size length", "<pre id=d>\tb</pre>", with(200, func(st *cssom.ComputedStyle) {
			st.TabSize = cssom.TabSize{Length: true, Px: cssom.Int(25)}
		}), "Text \"\\tb\" at (8,8) size 35x10"},
		{"normal breaks between ideographs", "<div id=d>\u4e00\u4e00\u4e00</div>", with(20, wb(cssom.WordBreakNormal)),
			"Text \"\u4e00\u4e00\" at (8,8) size 20x10|Text \"\u4e00\" at (8,18) size 10x10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(tc.want, "|", "\n"), d)
			}
		})
	}
}

func TestTailorBreaks(t *testing.T) {
	tests := []struct {
		text string
		wb   cssom.WordBreak
		want []int
	}{
		{"ab cd", cssom.WordBreakNormal, []int{3}},
		{"ab cd", cssom.WordBreakBreakAll, []int{1, 3, 4}},
		{"a\u0301b", cssom.WordBreakBreakAll, []int{3}},
		{"\u4e00\u4e00", cssom.WordBreakKeepAll, nil},
		{"a-b", cssom.WordBreakKeepAll, []int{2}},
	}
	for _, tc := range tests {
		st := &cssom.ComputedStyle{WordBreak: tc.wb}
		items := []rawItem{{kind: pieceText, box: &Box{Kind: TextBox, Style: st}, start: 0, end: len(tc.text)}}
		got := tailorBreaks(LineBreaks(tc.text), tc.text, items)
		if len(got) != len(tc.want) {
			t.Errorf("%q %v: got %v, want %v", tc.text, tc.wb, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q %v: got %v, want %v", tc.text, tc.wb, got, tc.want)
				break
			}
		}
	}
}

// TestLineBreakStrictness checks line-break (CSS Text 3 §5.3): strict keeps
// small kana with the letter before them, normal and loose allow a break
// there, loose also before iteration marks, anywhere everywhere.
func TestLineBreakStrictness(t *testing.T) {
	text := "キャッシュ々abc"
	mk := func(lb cssom.LineBreak) []rawItem {
		st := *cssom.InheritFrom(nil)
		st.LineBreak = lb
		return []rawItem{{kind: pieceText, box: &Box{Style: &st}, start: 0, end: len(text)}}
	}
	base := []int{}
	for _, b := range LineBreakOpportunities(text) {
		base = append(base, b.Offset)
	}
	has := func(breaks []int, off int) bool {
		for _, b := range breaks {
			if b == off {
				return true
			}
		}
		return false
	}
	small := len("キ")    // before the small ャ
	iter := len("キャッシュ") // before 々
	inWord := len("キャッシュ々a")
	strict := tailorBreaks(base, text, mk(cssom.LineBreakStrict))
	normal := tailorBreaks(base, text, mk(cssom.LineBreakNormal))
	loose := tailorBreaks(base, text, mk(cssom.LineBreakLoose))
	anywhere := tailorBreaks(base, text, mk(cssom.LineBreakAnywhere))
	if has(strict, small) || !has(normal, small) || !has(loose, small) {
		t.Errorf("before small kana: strict %v normal %v loose %v", has(strict, small), has(normal, small), has(loose, small))
	}
	if has(normal, iter) || !has(loose, iter) {
		t.Errorf("before 々: normal %v loose %v", has(normal, iter), has(loose, iter))
	}
	if has(loose, inWord) || !has(anywhere, inWord) {
		t.Errorf("inside a Latin word: loose %v anywhere %v", has(loose, inWord), has(anywhere, inWord))
	}
}
