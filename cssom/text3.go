package cssom

// The CSS Text 3 properties that layout's line builder applies beyond
// text-align and text-indent's length: text-align-last, text-justify,
// text-align's justify-all and match-parent, text-indent's hanging and
// each-line keywords, hanging-punctuation, the full-width and
// full-size-kana values of text-transform (text3transform.go), and
// text-overflow's <string> and two-value forms. Their grammars,
// computation and inheritance; textprops.go chains to the hooks here,
// compute.go computes the percentages of letter-spacing.
// https://www.w3.org/TR/css-text-3/

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// TextAlignLast is the computed value of text-align-last: how the last
// line of a block, and a line ending in a forced break, is aligned.
// https://www.w3.org/TR/css-text-3/#text-align-last-property
type TextAlignLast uint8

// The text-align-last values; auto, the initial value, is the zero value.
// match-parent computes to left or right (or to the parent's value).
const (
	TextAlignLastAuto TextAlignLast = iota
	TextAlignLastStart
	TextAlignLastEnd
	TextAlignLastLeft
	TextAlignLastRight
	TextAlignLastCenter
	TextAlignLastJustify
)

// TextJustify is the computed value of text-justify: the justification
// method of text-align: justify.
// https://www.w3.org/TR/css-text-3/#text-justify-property
type TextJustify uint8

// The text-justify values; auto is the zero value. distribute is a parse
// time alias of inter-character.
const (
	TextJustifyAuto TextJustify = iota
	TextJustifyNone
	TextJustifyInterWord
	TextJustifyInterCharacter
)

// HangingPunctuation is the computed value of hanging-punctuation: the
// set of the flags below; 0 is none.
// https://www.w3.org/TR/css-text-3/#hanging-punctuation-property
type HangingPunctuation uint8

// The hanging-punctuation keywords.
const (
	HangFirst HangingPunctuation = 1 << iota
	HangLast
	HangForceEnd
	HangAllowEnd
)

// matchParent is the specified value of match-parent in text-align and
// text-align-last; it never is a computed value.
const matchParent = 255

// The flags of text-indent's keywords, in the specified value's i.
const (
	indentHanging  = 1
	indentEachLine = 2
)

func init() {
	longhandNames["text-align-last"] = pTextAlignLast
	longhandNames["text-justify"] = pTextJustify
	longhandNames["hanging-punctuation"] = pHangingPunctuation
	enumKeywords[pTextAlignLast] = map[string]int32{"auto": int32(TextAlignLastAuto),
		"start": int32(TextAlignLastStart), "end": int32(TextAlignLastEnd), "left": int32(TextAlignLastLeft),
		"right": int32(TextAlignLastRight), "center": int32(TextAlignLastCenter),
		"justify": int32(TextAlignLastJustify), "match-parent": matchParent}
	enumKeywords[pTextJustify] = map[string]int32{"auto": int32(TextJustifyAuto), "none": int32(TextJustifyNone),
		"inter-word": int32(TextJustifyInterWord), "inter-character": int32(TextJustifyInterCharacter),
		"distribute": int32(TextJustifyInterCharacter)}
}

// addText3Getters adds the serializers of the computed values of this
// file's properties, and of text-indent with its keywords, to g.
func addText3Getters(g getterTable) {
	g["text-align-last"] = func(s *ComputedStyle) string {
		return [...]string{"auto", "start", "end", "left", "right", "center", "justify", ""}[min(s.TextAlignLast, 7)]
	}
	g["text-justify"] = func(s *ComputedStyle) string {
		return [...]string{"auto", "none", "inter-word", "inter-character"}[s.TextJustify&3]
	}
	g["hanging-punctuation"] = func(s *ComputedStyle) string {
		var words []string
		for i, w := range [...]string{"first", "last", "force-end", "allow-end"} {
			if s.HangingPunctuation&(1<<i) != 0 {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			return "none"
		}
		return strings.Join(words, " ")
	}
	g["text-indent"] = func(s *ComputedStyle) string {
		t := lengthText(s.TextIndent)
		if s.TextIndentEachLine {
			t += " each-line"
		}
		if s.TextIndentHanging {
			t += " hanging"
		}
		return t
	}
}

// parseText3 parses the longhands of this file whose grammar is more than
// one keyword; handled is false for the others.
func parseText3(id propID, comps [][]tok) (v value, ok, handled bool) {
	switch id {
	case pTextIndent:
		v, ok = parseTextIndent(comps)
	case pTextTransform:
		v, ok = parseTextTransform(comps)
	case pTextOverflow:
		v, ok = parseTextOverflow(comps)
	case pHangingPunctuation:
		v, ok = parseHangingPunctuation(comps)
	default:
		return value{}, false, false
	}
	return v, ok, true
}

// parseTextIndent parses text-indent: <length-percentage> && hanging? &&
// each-line?; the keywords ride in the value's i (indentHanging,
// indentEachLine).
// https://www.w3.org/TR/css-text-3/#text-indent-property
func parseTextIndent(comps [][]tok) (value, bool) {
	var v value
	have := false
	flags := int32(0)
	for _, c := range comps {
		switch kw := ident(c); {
		case kw == "hanging" && flags&indentHanging == 0:
			flags |= indentHanging
		case kw == "each-line" && flags&indentEachLine == 0:
			flags |= indentEachLine
		case !have && kw == "":
			l, ok := lengthOrKeyword(c, "", true, true, "", 0)
			if !ok {
				return value{}, false
			}
			v, have = l, true
		default:
			return value{}, false
		}
	}
	v.i = flags
	return v, have
}

// parseTextOverflow parses text-overflow: [ clip | ellipsis | <string> ]{1,2}.
// One value applies to the line's end edge, two to its left and right
// edges; each side rides in the value's list as "clip", "ellipsis" or
// `"` followed by the string. i is 1 when the only value is ellipsis (the
// keyword table's code, for serialization).
// https://www.w3.org/TR/css-overflow-4/#text-overflow
// TODO(spec): fade and fade(), CSS Overflow 4.
func parseTextOverflow(comps [][]tok) (value, bool) {
	if len(comps) == 0 || len(comps) > 2 {
		return value{}, false
	}
	v := value{kind: vEnum}
	for _, c := range comps {
		switch kw := ident(c); {
		case kw == "clip", kw == "ellipsis":
			v.list = append(v.list, kw)
		case len(c) == 1 && c[0].t == css.StringToken:
			v.list = append(v.list, `"`+unquote(c[0].s))
		default:
			return value{}, false
		}
	}
	if len(v.list) == 1 && v.list[0] == "ellipsis" {
		v.i = 1
	}
	if len(v.list) > 1 || strings.HasPrefix(v.list[0], `"`) {
		// Not one keyword: no keyword code serializes it.
		v.kind, v.i = vKeyword, -1
	}
	return v, true
}

// parseHangingPunctuation parses hanging-punctuation: none | [ first ||
// [ force-end | allow-end ] || last ].
func parseHangingPunctuation(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vInt}, true
	}
	h, ok := flagCombination(comps, hangingKeywords, HangForceEnd|HangAllowEnd)
	return value{kind: vInt, i: int32(h)}, ok
}

var hangingKeywords = map[string]HangingPunctuation{
	"first": HangFirst, "last": HangLast, "force-end": HangForceEnd, "allow-end": HangAllowEnd,
}

// computeText3Prop computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeText3Prop(id propID, v *value) bool {
	s := c.s
	switch id {
	case pTextAlignLast:
		s.TextAlignLast = TextAlignLast(v.i)
		if v.i == matchParent {
			s.TextAlignLast = matchParentLast(c.parent)
		}
	case pTextJustify:
		s.TextJustify = TextJustify(v.i)
	case pHangingPunctuation:
		s.HangingPunctuation = HangingPunctuation(v.i)
	default:
		return false
	}
	return true
}

// copyText3Prop copies the longhands of this file; it reports whether id
// was one of them.
func copyText3Prop(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pTextAlignLast:
		dst.TextAlignLast = src.TextAlignLast
	case pTextJustify:
		dst.TextJustify = src.TextJustify
	case pHangingPunctuation:
		dst.HangingPunctuation = src.HangingPunctuation
	default:
		return false
	}
	return true
}

// inheritText3Props copies the inherited values of this file from parent
// (InheritFrom): all of them inherit.
func inheritText3Props(s, parent *ComputedStyle) {
	s.TextAlignLast = parent.TextAlignLast
	s.TextJustify = parent.TextJustify
	s.HangingPunctuation = parent.HangingPunctuation
	s.TextIndentHanging = parent.TextIndentHanging
	s.TextIndentEachLine = parent.TextIndentEachLine
}

// textAlign computes text-align: match-parent "behaves the same as
// inherit (computes to its parent's computed value) except that an
// inherited start or end keyword is interpreted against its parent's
// direction value and results in a computed value of either left or
// right."
// https://www.w3.org/TR/css-text-3/#valdef-text-align-match-parent
func (c *computer) textAlign(v *value) TextAlign {
	if v.i != matchParent {
		return TextAlign(v.i)
	}
	p := c.parent
	switch a := p.TextAlign; {
	case a == TextAlignStart && p.Direction == "rtl", a == TextAlignEnd && p.Direction != "rtl":
		return TextAlignRight
	case a == TextAlignStart, a == TextAlignEnd:
		return TextAlignLeft
	default:
		return a
	}
}

// matchParentLast computes text-align-last: match-parent against parent,
// as textAlign does text-align.
func matchParentLast(p *ComputedStyle) TextAlignLast {
	switch a := p.TextAlignLast; {
	case a == TextAlignLastStart && p.Direction == "rtl", a == TextAlignLastEnd && p.Direction != "rtl":
		return TextAlignLastRight
	case a == TextAlignLastStart, a == TextAlignLastEnd:
		return TextAlignLastLeft
	default:
		return a
	}
}

// computeTextIndent computes text-indent: the length and its keywords.
func (c *computer) computeTextIndent(v *value) {
	c.s.TextIndent = c.ctx.length(v.lengthLike())
	c.s.TextIndentHanging = v.i&indentHanging != 0
	c.s.TextIndentEachLine = v.i&indentEachLine != 0
}

// computeTextOverflow computes text-overflow. TextOverflowEllipsis and
// TextOverflowString describe the end edge of a left-to-right line: the
// only value, or the second (right) one.
// TODO(spec): the start edge, and the end edge of right-to-left lines
// (the first value), which layout does not clip yet.
func (c *computer) computeTextOverflow(v *value) {
	s := c.s
	s.TextOverflowEllipsis, s.TextOverflowString = v.i == 1, ""
	if len(v.list) == 0 {
		return
	}
	switch end := v.list[len(v.list)-1]; {
	case end == "ellipsis":
		s.TextOverflowEllipsis = true
	case end == `"`:
		// AD-HOC: the empty string is a zero-width space, so that the
		// glyphs that do not fit are hidden and nothing shows.
		s.TextOverflowEllipsis, s.TextOverflowString = true, "\u200b"
	case strings.HasPrefix(end, `"`):
		s.TextOverflowEllipsis, s.TextOverflowString = true, end[1:]
	default:
		s.TextOverflowEllipsis = false
	}
}

// TextAlignLastUsed returns the alignment of the last line of a block and
// of a line that ends in a forced break, as a text-align value: the
// explicit text-align-last, else, for auto, text-align with justify as
// start and justify-all as justify.
// https://www.w3.org/TR/css-text-3/#text-align-last-property
//
// AD-HOC: text-align is a longhand, as in Chromium, not the shorthand of
// text-align-all and text-align-last: justify-all does not set
// text-align-last, it makes an auto one justify, so that an explicit
// text-align-last wins whatever the declaration order.
func (s *ComputedStyle) TextAlignLastUsed() TextAlign {
	switch s.TextAlignLast {
	case TextAlignLastStart:
		return TextAlignStart
	case TextAlignLastEnd:
		return TextAlignEnd
	case TextAlignLastLeft:
		return TextAlignLeft
	case TextAlignLastRight:
		return TextAlignRight
	case TextAlignLastCenter:
		return TextAlignCenter
	case TextAlignLastJustify:
		return TextAlignJustify
	}
	switch a := s.TextAlign.Inline(); a {
	case TextAlignJustify:
		return TextAlignStart
	case TextAlignJustifyAll:
		return TextAlignJustify
	default:
		return a
	}
}
