package layout

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// glyphXs returns the page x of the glyphs of src's text fragments, the
// fragments separated by "|".
func glyphXs(t *testing.T, src string, r rules) string {
	t.Helper()
	root := layoutDoc(t, src, ahemRules(r), ahem(t))
	var out []string
	var walk func(f *Fragment)
	walk = func(f *Fragment) {
		if f.Kind == TextFragment && f.Text != nil {
			var xs []string
			for _, g := range f.Text.Glyphs {
				xs = append(xs, (f.Rect.X + g.X).String())
			}
			out = append(out, strings.Join(xs, " "))
		}
		for _, c := range f.Children {
			walk(c)
		}
	}
	walk(root)
	return strings.Join(out, "|")
}

func TestTextAlignLastAndJustify(t *testing.T) {
	fonts := ahem(t)
	box := func(w float64, f func(st *cssom.ComputedStyle)) rules {
		return rules{"#d": set(width(lpx(w)), f)}
	}
	tests := []struct {
		name, src string
		rules     rules
		want      string
	}{
		{"last center", `<div id=d>aa bb</div>`, box(100, func(st *cssom.ComputedStyle) {
			st.TextAlignLast = cssom.TextAlignLastCenter
		}), `Text "aa bb" at (33,8) size 50x10`},
		{"last end", `<div id=d>aa bb</div>`, box(100, func(st *cssom.ComputedStyle) {
			st.TextAlignLast = cssom.TextAlignLastEnd
		}), `Text "aa bb" at (58,8) size 50x10`},
		{"last end rtl is left", `<div id=d>aa bb</div>`, box(100, func(st *cssom.ComputedStyle) {
			st.TextAlignLast, st.Direction = cssom.TextAlignLastEnd, "rtl"
		}), `Text "aa bb" at (8,8) size 50x10`},
		{"last justify", `<div id=d>aa bb</div>`, box(100, func(st *cssom.ComputedStyle) {
			st.TextAlignLast = cssom.TextAlignLastJustify
		}), `Text "aa bb" at (8,8) size 100x10`},
		{"last applies before a forced break", `<div id=d>aa bb<br>cc dd ee ff</div>`, box(80, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextAlignLast = cssom.TextAlignJustify, cssom.TextAlignLastRight
		}), `Text "aa bb" at (38,8) size 50x10|Text "cc dd ee" at (8,18) size 80x10|Text "ff" at (68,28) size 20x10`},
		{"justify-all", `<div id=d>aa bb cc dd</div>`, box(80, func(st *cssom.ComputedStyle) {
			st.TextAlign = cssom.TextAlignJustifyAll
		}), `Text "aa bb cc" at (8,8) size 80x10|Text "dd" at (8,18) size 20x10`},
		{"justify-all with words", `<div id=d>aa bb cc dd ee</div>`, box(80, func(st *cssom.ComputedStyle) {
			st.TextAlign = cssom.TextAlignJustifyAll
		}), `Text "aa bb cc" at (8,8) size 80x10|Text "dd ee" at (8,18) size 80x10`},
		{"justify-all, explicit last", `<div id=d>aa bb</div>`, box(80, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextAlignLast = cssom.TextAlignJustifyAll, cssom.TextAlignLastRight
		}), `Text "aa bb" at (38,8) size 50x10`},
		{"text-justify none", `<div id=d>aaa bbb ccc</div>`, box(75, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextJustify = cssom.TextAlignJustify, cssom.TextJustifyNone
		}), `Text "aaa bbb" at (8,8) size 70x10|Text "ccc" at (8,18) size 30x10`},
		{"text-justify none rtl is start", `<div id=d>aaa bbb ccc</div>`, box(75, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextJustify, st.Direction = cssom.TextAlignJustify, cssom.TextJustifyNone, "rtl"
		}), `Text "aaa bbb" at (13,8) size 70x10|Text "ccc" at (53,18) size 30x10`},
		{"one word is start aligned", `<div id=d>aaa</div>`, box(75, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextAlignLast = cssom.TextAlignJustify, cssom.TextAlignLastJustify
		}), `Text "aaa" at (8,8) size 30x10`},
		{"overflow is start aligned", `<div id=d>aaaaa</div>`, box(30, func(st *cssom.ComputedStyle) {
			st.TextAlign = cssom.TextAlignRight
		}), `Text "aaaaa" at (8,8) size 50x10`},
		{"overflow in rtl is start aligned", `<div id=d>aaaaa</div>`, box(30, func(st *cssom.ComputedStyle) {
			st.TextAlign, st.Direction = cssom.TextAlignLeft, "rtl"
		}), `Text "aaaaa" at (-12,8) size 50x10`},
		{"inter-character", `<div id=d>aa bb</div>`, box(90, func(st *cssom.ComputedStyle) {
			st.TextAlignLast, st.TextJustify = cssom.TextAlignLastJustify, cssom.TextJustifyInterCharacter
		}), `Text "aa bb" at (8,8) size 90x10`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got  %s\nwant %s\n%s", got, tc.want, d)
			}
		})
	}
}

func TestInterCharacterGlyphs(t *testing.T) {
	justify := func(j cssom.TextJustify) rules {
		return rules{"#d": set(width(lpx(90)), func(st *cssom.ComputedStyle) {
			st.TextAlign, st.TextAlignLast, st.TextJustify = cssom.TextAlignJustify, cssom.TextAlignLastJustify, j
		})}
	}
	tests := []struct {
		name, src string
		rules     rules
		want      string
	}{
		// 5 clusters, 40px free: 10px after each but the last.
		{"inter-character", `<div id=d>aa bb</div>`, justify(cssom.TextJustifyInterCharacter), "8 28 48 68 88"},
		// distribute is parsed as inter-character; here the only
		// space takes the 40px.
		{"inter-word", `<div id=d>aa bb</div>`, justify(cssom.TextJustifyInterWord), "8 18 28 78 88"},
		{"auto is inter-word for Latin", `<div id=d>aa bb</div>`, justify(cssom.TextJustifyAuto), "8 18 28 78 88"},
		// No word separator and CJK text: inter-character.
		{"auto is inter-character for CJK", "<div id=d>\u65e5\u672c\u8a9e</div>", justify(cssom.TextJustifyAuto), "8 48 88"},
		// Across elements, the gaps are inside the element of the
		// cluster before them.
		{"across elements", `<div id=d>a<span>b</span>c</div>`, justify(cssom.TextJustifyInterCharacter), "8|48|88"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := glyphXs(t, tc.src, tc.rules); got != tc.want {
				t.Errorf("glyphs at %s, want %s", got, tc.want)
			}
		})
	}
}

func TestTextIndentKeywords(t *testing.T) {
	fonts := ahem(t)
	indent := func(hanging, eachLine bool) rules {
		return rules{"#d": set(width(lpx(70)), func(st *cssom.ComputedStyle) {
			st.TextIndent, st.TextIndentHanging, st.TextIndentEachLine = lpx(20), hanging, eachLine
		})}
	}
	src := `<div id=d>aa bb cc<br>dd ee</div>`
	tests := []struct {
		hanging, eachLine bool
		want              string
	}{
		{false, false, `Text "aa bb" at (28,8) size 50x10|Text "cc" at (8,18) size 20x10|Text "dd ee" at (8,28) size 50x10`},
		{false, true, `Text "aa bb" at (28,8) size 50x10|Text "cc" at (8,18) size 20x10|Text "dd ee" at (28,28) size 50x10`},
		{true, false, `Text "aa bb" at (8,8) size 50x10|Text "cc" at (28,18) size 20x10|Text "dd ee" at (28,28) size 50x10`},
		{true, true, `Text "aa bb" at (8,8) size 50x10|Text "cc" at (28,18) size 20x10|Text "dd ee" at (8,28) size 50x10`},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("hanging=%v each-line=%v", tc.hanging, tc.eachLine), func(t *testing.T) {
			d := layoutDump(t, src, ahemRules(indent(tc.hanging, tc.eachLine)), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestTextTransformWidth(t *testing.T) {
	fonts := ahem(t)
	r := rules{"#d": func(st *cssom.ComputedStyle) {
		st.TextTransform = cssom.TextTransformUppercase | cssom.TextTransformFullWidth
	}}
	d := layoutDump(t, `<div id=d>ab c</div>`, ahemRules(r), fonts)
	if got, want := lines(d, "Text"), "Text \"\uff21\uff22\\u3000\uff23\""; !strings.HasPrefix(got, want) {
		t.Errorf("got %s, want %s...", got, want)
	}
}

func TestHangingPunctuation(t *testing.T) {
	fonts := ahem(t)
	hang := func(w float64, h cssom.HangingPunctuation, a cssom.TextAlign) rules {
		return rules{"#d": set(width(lpx(w)), func(st *cssom.ComputedStyle) {
			st.HangingPunctuation, st.TextAlign = h, a
		})}
	}
	tests := []struct {
		name, src string
		rules     rules
		want      string
	}{
		{"first", `<div id=d>"aa bb</div>`, hang(100, cssom.HangFirst, cssom.TextAlignLeft),
			`Text "\"aa bb" at (-2,8) size 60x10`},
		{"first fits one more word", `<div id=d>"aa bb cc</div>`, hang(80, cssom.HangFirst, cssom.TextAlignLeft),
			`Text "\"aa bb cc" at (-2,8) size 90x10`},
		{"first on the first line only", `<div id=d>"aa<br>"bb</div>`, hang(100, cssom.HangFirst, cssom.TextAlignLeft),
			`Text "\"aa" at (-2,8) size 30x10|Text "\"bb" at (8,18) size 30x10`},
		{"none", `<div id=d>aa bb, cc</div>`, hang(50, 0, cssom.TextAlignLeft),
			`Text "aa" at (8,8) size 20x10|Text "bb," at (8,18) size 30x10|Text "cc" at (8,28) size 20x10`},
		{"force-end fills", `<div id=d>aa bb, cc</div>`, hang(50, cssom.HangForceEnd, cssom.TextAlignLeft),
			`Text "aa bb," at (8,8) size 60x10|Text "cc" at (8,18) size 20x10`},
		{"force-end hangs when it fits", `<div id=d>aa bb,</div>`, hang(60, cssom.HangForceEnd, cssom.TextAlignRight),
			`Text "aa bb," at (18,8) size 60x10`},
		{"allow-end does not hang when it fits", `<div id=d>aa bb,</div>`, hang(60, cssom.HangAllowEnd, cssom.TextAlignRight),
			`Text "aa bb," at (8,8) size 60x10`},
		{"allow-end hangs when it does not fit", `<div id=d>aa bb, cc</div>`, hang(50, cssom.HangAllowEnd, cssom.TextAlignRight),
			`Text "aa bb," at (8,8) size 60x10|Text "cc" at (38,18) size 20x10`},
		{"last", `<div id=d>aa bb)</div>`, hang(100, cssom.HangLast, cssom.TextAlignRight),
			`Text "aa bb)" at (58,8) size 60x10`},
		{"last on the last line only", `<div id=d>aa) bb</div>`, hang(40, cssom.HangLast, cssom.TextAlignRight),
			`Text "aa)" at (18,8) size 30x10|Text "bb" at (28,18) size 20x10`},
		{"force-end justified", `<div id=d>aa bb, cc</div>`, hang(70, cssom.HangForceEnd, cssom.TextAlignJustify),
			`Text "aa bb," at (8,8) size 80x10|Text "cc" at (8,18) size 20x10`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, tc.src, ahemRules(tc.rules), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestTextOverflowString(t *testing.T) {
	fonts := ahem(t)
	overflow := func(s string) rules {
		return rules{"#d": set(width(lpx(50)), func(st *cssom.ComputedStyle) {
			st.OverflowX, st.WhiteSpace = cssom.OverflowHidden, cssom.WhiteSpaceNowrap
			st.TextOverflowEllipsis, st.TextOverflowString = true, s
		})}
	}
	tests := []struct{ marker, want string }{
		{"--", `Text "aaa bbb" at (8,8) size 30x10|Text "--" at (38,8) size 20x10`},
		{"", "Text \"aaa bbb\" at (8,8) size 40x10|Text \"\u2026\" at (48,8) size 10x10"},
	}
	for _, tc := range tests {
		d := layoutDump(t, `<div id=d>aaa bbb</div>`, ahemRules(overflow(tc.marker)), fonts)
		if got := lines(d, "Text"); got != tc.want {
			t.Errorf("marker %q: got  %s\nwant %s", tc.marker, got, tc.want)
		}
	}
}
