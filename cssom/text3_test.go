package cssom

import "testing"

func TestText3Props(t *testing.T) {
	px := func(n int) Length { return Length{Kind: LengthPx, Px: Int(n)} }
	tests := []struct {
		decls string
		check func(s *ComputedStyle) bool
	}{
		{"text-align-last: center", func(s *ComputedStyle) bool { return s.TextAlignLast == TextAlignLastCenter }},
		{"text-align-last: justify", func(s *ComputedStyle) bool { return s.TextAlignLast == TextAlignLastJustify }},
		{"text-align-last: bogus", func(s *ComputedStyle) bool { return s.TextAlignLast == TextAlignLastAuto }},
		{"text-align-last: end; direction: rtl", func(s *ComputedStyle) bool { return s.TextAlignLast == TextAlignLastEnd }},
		{"text-align: justify-all", func(s *ComputedStyle) bool { return s.TextAlign == TextAlignJustifyAll }},
		{"text-justify: none", func(s *ComputedStyle) bool { return s.TextJustify == TextJustifyNone }},
		{"text-justify: inter-word", func(s *ComputedStyle) bool { return s.TextJustify == TextJustifyInterWord }},
		{"text-justify: distribute", func(s *ComputedStyle) bool { return s.TextJustify == TextJustifyInterCharacter }},
		{"text-justify: inter-ideograph", func(s *ComputedStyle) bool { return s.TextJustify == TextJustifyAuto }},
		{"text-indent: 10px", func(s *ComputedStyle) bool {
			return s.TextIndent == px(10) && !s.TextIndentHanging && !s.TextIndentEachLine
		}},
		{"text-indent: hanging 2em each-line", func(s *ComputedStyle) bool {
			return s.TextIndent == px(40) && s.TextIndentHanging && s.TextIndentEachLine
		}},
		{"text-indent: each-line 5%", func(s *ComputedStyle) bool {
			return s.TextIndent == Percent(5) && s.TextIndentEachLine && !s.TextIndentHanging
		}},
		{"text-indent: 1px hanging hanging", func(s *ComputedStyle) bool { return s.TextIndent == Length{} && !s.TextIndentHanging }},
		{"text-indent: hanging", func(s *ComputedStyle) bool { return !s.TextIndentHanging }},
		{"text-indent: 1px 2px", func(s *ComputedStyle) bool { return s.TextIndent == Length{} }},
		{"letter-spacing: 50%", func(s *ComputedStyle) bool { return s.LetterSpacing == Int(10) }},
		{"letter-spacing: calc(50% + 2px)", func(s *ComputedStyle) bool { return s.LetterSpacing == Int(12) }},
		{"word-spacing: calc(50% + 2px)", func(s *ComputedStyle) bool { return s.WordSpacing == Int(12) }},
		{"word-spacing: 100%", func(s *ComputedStyle) bool { return s.WordSpacing == Int(20) }},
		{"text-transform: full-width", func(s *ComputedStyle) bool { return s.TextTransform == TextTransformFullWidth }},
		{"text-transform: full-size-kana uppercase", func(s *ComputedStyle) bool {
			return s.TextTransform == TextTransformUppercase|TextTransformFullSizeKana
		}},
		{"text-transform: capitalize full-width full-size-kana", func(s *ComputedStyle) bool {
			return s.TextTransform == TextTransformCapitalize|TextTransformFullWidth|TextTransformFullSizeKana
		}},
		{"text-transform: uppercase lowercase", func(s *ComputedStyle) bool { return s.TextTransform == TextTransformNone }},
		{"text-transform: full-width full-width", func(s *ComputedStyle) bool { return s.TextTransform == TextTransformNone }},
		{"text-transform: none full-width", func(s *ComputedStyle) bool { return s.TextTransform == TextTransformNone }},
		{"text-transform: math-auto", func(s *ComputedStyle) bool { return s.TextTransform == TextTransformMathAuto }},
		{`text-overflow: "--"`, func(s *ComputedStyle) bool { return s.TextOverflowEllipsis && s.TextOverflowString == "--" }},
		{`text-overflow: ellipsis "x"`, func(s *ComputedStyle) bool { return s.TextOverflowEllipsis && s.TextOverflowString == "x" }},
		{`text-overflow: "x" clip`, func(s *ComputedStyle) bool { return !s.TextOverflowEllipsis }},
		{`text-overflow: clip ellipsis`, func(s *ComputedStyle) bool { return s.TextOverflowEllipsis && s.TextOverflowString == "" }},
		{`text-overflow: clip clip clip`, func(s *ComputedStyle) bool { return !s.TextOverflowEllipsis }},
		{`text-overflow: 3px`, func(s *ComputedStyle) bool { return !s.TextOverflowEllipsis }},
		{"hanging-punctuation: first allow-end last", func(s *ComputedStyle) bool {
			return s.HangingPunctuation == HangFirst|HangAllowEnd|HangLast
		}},
		{"hanging-punctuation: force-end", func(s *ComputedStyle) bool { return s.HangingPunctuation == HangForceEnd }},
		{"hanging-punctuation: force-end allow-end", func(s *ComputedStyle) bool { return s.HangingPunctuation == 0 }},
		{"hanging-punctuation: first first", func(s *ComputedStyle) bool { return s.HangingPunctuation == 0 }},
		{"hanging-punctuation: none first", func(s *ComputedStyle) bool { return s.HangingPunctuation == 0 }},
	}
	for _, tc := range tests {
		if s := decl(t, tc.decls); !tc.check(s) {
			t.Errorf("%s: got last %v justify %v indent %+v %v %v spacing %v %v transform %v overflow %v %q",
				tc.decls, s.TextAlignLast, s.TextJustify, s.TextIndent, s.TextIndentHanging, s.TextIndentEachLine,
				s.LetterSpacing, s.WordSpacing, s.TextTransform, s.TextOverflowEllipsis, s.TextOverflowString)
		}
	}
}

func TestText3Inheritance(t *testing.T) {
	c := styleOf(t, `<div id="p"><span id="c"></span></div>`,
		`#p { text-align-last: right; text-justify: inter-character; text-indent: 3px each-line hanging;
		text-transform: uppercase full-width; text-overflow: "x" }`, "#c")
	if c.TextAlignLast != TextAlignLastRight || c.TextJustify != TextJustifyInterCharacter || !c.TextIndentEachLine ||
		!c.TextIndentHanging || c.TextTransform != TextTransformUppercase|TextTransformFullWidth || c.TextOverflowEllipsis ||
		c.TextOverflowString != "" {
		t.Errorf("inheritance: %+v", c)
	}
	// Explicit inherit copies text-indent's keywords.
	c = styleOf(t, `<div id="p"><div id="c"></div></div>`, `#p { text-indent: 1px hanging } #c { text-indent: inherit }`, "#c")
	if !c.TextIndentHanging {
		t.Errorf("text-indent: inherit lost hanging")
	}
	// Chromium's -webkit-match-parent is match-parent.
	c = styleOf(t, `<div id="p" dir="rtl"><div id="c" dir="ltr"></div></div>`, `#c { text-align: -webkit-match-parent }`, "#c")
	if c.TextAlign != TextAlignRight {
		t.Errorf("-webkit-match-parent: got %v", c.TextAlign)
	}
}

func TestMatchParent(t *testing.T) {
	tests := []struct {
		parent        string
		align         TextAlign
		last          TextAlignLast
		alignC, lastC string
	}{
		{"text-align: start; text-align-last: end", TextAlignLeft, TextAlignLastRight, "left", "right"},
		{"text-align: end; text-align-last: start; direction: rtl", TextAlignLeft, TextAlignLastRight, "left", "right"},
		{"text-align: center; text-align-last: justify", TextAlignCenter, TextAlignLastJustify, "center", "justify"},
		{"text-align: justify-all", TextAlignJustifyAll, TextAlignLastAuto, "justify-all", "auto"},
	}
	for _, tc := range tests {
		c := styleOf(t, `<div id="p"><div id="c"></div></div>`,
			"#p { "+tc.parent+" } #c { direction: ltr; text-align: match-parent; text-align-last: match-parent }", "#c")
		a, _ := c.ComputedValue("text-align")
		l, _ := c.ComputedValue("text-align-last")
		if c.TextAlign != tc.align || c.TextAlignLast != tc.last || a != tc.alignC || l != tc.lastC {
			t.Errorf("%s: got %v %v (%q %q)", tc.parent, c.TextAlign, c.TextAlignLast, a, l)
		}
	}
}

func TestText3ComputedValues(t *testing.T) {
	tests := []struct{ decls, prop, want string }{
		{"text-justify: distribute", "text-justify", "inter-character"},
		{"text-justify: auto", "text-justify", "auto"},
		{"text-align-last: left", "text-align-last", "left"},
		{"text-indent: 2px hanging each-line", "text-indent", "2px each-line hanging"},
		{"text-indent: 5%", "text-indent", "5%"},
		{"text-transform: full-size-kana lowercase", "text-transform", "lowercase full-size-kana"},
		{"text-transform: full-width", "text-transform", "full-width"},
		{"letter-spacing: 10%", "letter-spacing", "2px"},
		{"hanging-punctuation: last first", "hanging-punctuation", "first last"},
		{"hanging-punctuation: none", "hanging-punctuation", "none"},
	}
	for _, tc := range tests {
		got, ok := decl(t, tc.decls).ComputedValue(tc.prop)
		if !ok || got != tc.want {
			t.Errorf("%s: %s = %q, want %q", tc.decls, tc.prop, got, tc.want)
		}
	}
}

func TestTextTransformWidthAndKana(t *testing.T) {
	tests := []struct {
		t        TextTransform
		in, want string
	}{
		{TextTransformFullWidth, "Ab 1!~", "Ａｂ\u3000１！～"},
		{TextTransformFullWidth, "ｱｶﾞﾊﾟﾝ｡", "アカ\u3099ハ\u309Aン。"},
		{TextTransformFullWidth, "¢£¥₩ﾡ￨", "￠￡￥￦ㄱ│"},
		{TextTransformFullWidth, "日本", "日本"},
		{TextTransformFullSizeKana, "ぁゕっゎァヵヶㇰㇿｧｯ𛄲", "あかつわアカケクロｱﾂこ"},
		{TextTransformFullSizeKana, "abc", "abc"},
		{TextTransformFullWidth | TextTransformFullSizeKana, "ｧa", "アａ"},
		{TextTransformUppercase, "ぁ", "ぁ"},
	}
	for _, tc := range tests {
		if got := tc.t.TransformWidthAndKana(tc.in); got != tc.want {
			t.Errorf("%v %q: got %q, want %q", tc.t, tc.in, got, tc.want)
		}
	}
	// Every half-width katakana has a full-width form.
	for r := rune(0xFF61); r <= 0xFF9F; r++ {
		if w := fullWidth(r); w < 0x3000 || w > 0x30FF {
			t.Errorf("fullWidth(%U) = %U", r, w)
		}
	}
}
