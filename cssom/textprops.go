package cssom

// Text decoration details, bidi, hyphenation, text-overflow and tab-size:
// their grammars, computation and inheritance (the hooks are in
// boxprops.go, parse_values.go and shorthand.go; the font feature
// longhands are in fontprops.go).

import (
	"github.com/tdewolff/parse/v2/css"
)

// UnicodeBidi is the computed value of unicode-bidi.
// https://www.w3.org/TR/css-writing-modes-3/#unicode-bidi
type UnicodeBidi uint8

// The unicode-bidi values.
const (
	UnicodeBidiNormal UnicodeBidi = iota
	UnicodeBidiEmbed
	UnicodeBidiIsolate
	UnicodeBidiBidiOverride
	UnicodeBidiIsolateOverride
	UnicodeBidiPlaintext
)

// TextDecorationStyle is the computed value of text-decoration-style.
// https://www.w3.org/TR/css-text-decor-3/#text-decoration-style-property
type TextDecorationStyle uint8

// The text-decoration-style values.
const (
	DecorationSolid TextDecorationStyle = iota
	DecorationDouble
	DecorationDotted
	DecorationDashed
	DecorationWavy
)

// Hyphens is the computed value of hyphens.
// https://www.w3.org/TR/css-text-3/#hyphens-property
type Hyphens uint8

// The hyphens values; manual is the initial value.
const (
	HyphensManual Hyphens = iota
	HyphensNone
	HyphensAuto
)

// UnderlinePosition is the computed value of text-underline-position.
// https://www.w3.org/TR/css-text-decor-4/#underline-position-property
type UnderlinePosition uint8

// The text-underline-position values (left and right, for vertical
// writing modes, are accepted and act as auto).
const (
	UnderlineAuto UnderlinePosition = iota
	UnderlineFromFont
	UnderlineUnder
)

func init() {
	addLonghandNames(map[string]propID{
		"unicode-bidi": pUnicodeBidi, "text-decoration-style": pTextDecorationStyle,
		"text-decoration-thickness": pTextDecorationThickness, "text-underline-offset": pTextUnderlineOffset,
		"text-underline-position": pTextUnderlinePosition, "hyphens": pHyphens,
		"-webkit-hyphens": pHyphens, "text-overflow": pTextOverflow,
		"tab-size": pTabSize, "-moz-tab-size": pTabSize,
	})
	enumKeywords[pUnicodeBidi] = map[string]int32{"normal": int32(UnicodeBidiNormal), "embed": int32(UnicodeBidiEmbed),
		"isolate": int32(UnicodeBidiIsolate), "bidi-override": int32(UnicodeBidiBidiOverride),
		"isolate-override": int32(UnicodeBidiIsolateOverride), "plaintext": int32(UnicodeBidiPlaintext)}
	enumKeywords[pTextDecorationStyle] = map[string]int32{"solid": int32(DecorationSolid), "double": int32(DecorationDouble),
		"dotted": int32(DecorationDotted), "dashed": int32(DecorationDashed), "wavy": int32(DecorationWavy)}
	enumKeywords[pHyphens] = map[string]int32{"manual": int32(HyphensManual), "none": int32(HyphensNone), "auto": int32(HyphensAuto)}
	enumKeywords[pTextUnderlinePosition] = map[string]int32{"auto": int32(UnderlineAuto), "from-font": int32(UnderlineFromFont),
		"under": int32(UnderlineUnder), "left": int32(UnderlineAuto), "right": int32(UnderlineAuto)}
	// The one-keyword values; parseTextOverflow (text3.go) parses all.
	enumKeywords[pTextOverflow] = map[string]int32{"clip": 0, "ellipsis": 1}
}

// parseTextProp parses the length-valued longhands of this file; handled
// is false for the others.
func parseTextProp(id propID, comps [][]tok) (v value, ok, handled bool) {
	if len(comps) != 1 {
		return value{}, false, id == pTextDecorationThickness || id == pTextUnderlineOffset || id == pTabSize
	}
	kw := ident(comps[0])
	switch id {
	case pTextDecorationThickness:
		// from-font rides as none.
		if kw == "from-font" {
			return value{kind: vKeyword, i: kwNone}, true, true
		}
		v, ok = lengthOrKeyword(comps[0], kw, true, false, "auto", kwAuto)
	case pTextUnderlineOffset:
		v, ok = lengthOrKeyword(comps[0], kw, true, true, "auto", kwAuto)
	case pTabSize:
		// <number [0,∞]> | <length [0,∞]>
		if n, nok := nonNegNumber(comps[0]); nok && comps[0][0].t == css.NumberToken {
			return value{kind: vNumber, num: n}, true, true
		}
		v, ok = lengthOrKeyword(comps[0], "", false, false, "", 0)
	default:
		return value{}, false, false
	}
	return v, ok, true
}

// computeTextProp computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeTextProp(id propID, v *value) bool {
	s := c.s
	switch id {
	case pUnicodeBidi:
		s.UnicodeBidi = UnicodeBidi(v.i)
	case pTextDecorationStyle:
		s.TextDecorationStyle = TextDecorationStyle(v.i)
	case pTextDecorationThickness:
		s.TextDecorationThickness = c.lengthOrAuto(v)
	case pTextUnderlineOffset:
		s.TextUnderlineOffset = c.lengthOrAuto(v)
	case pTextUnderlinePosition:
		s.TextUnderlinePosition = UnderlinePosition(v.i)
	case pHyphens:
		s.Hyphens = Hyphens(v.i)
	case pTextOverflow:
		c.computeTextOverflow(v) // text3.go
	case pTabSize:
		if v.kind == vNumber {
			s.TabSize = TabSize{Spaces: float32(v.num)}
		} else {
			s.TabSize = TabSize{Length: true, Px: c.ctx.fixed(v.lengthLike(), 0)}
		}
	default:
		return c.computeText3Prop(id, v) || c.computeFontProp(id, v)
	}
	return true
}

// copyTextProp copies the longhands of this file; it reports whether id
// was one of them.
func copyTextProp(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pUnicodeBidi:
		dst.UnicodeBidi = src.UnicodeBidi
	case pTextDecorationStyle:
		dst.TextDecorationStyle = src.TextDecorationStyle
	case pTextDecorationThickness:
		dst.TextDecorationThickness = src.TextDecorationThickness
	case pTextUnderlineOffset:
		dst.TextUnderlineOffset = src.TextUnderlineOffset
	case pTextUnderlinePosition:
		dst.TextUnderlinePosition = src.TextUnderlinePosition
	case pHyphens:
		dst.Hyphens = src.Hyphens
	case pTextOverflow:
		dst.TextOverflowEllipsis, dst.TextOverflowString = src.TextOverflowEllipsis, src.TextOverflowString
	case pTabSize:
		dst.TabSize = src.TabSize
	default:
		return copyText3Prop(id, dst, src) || copyFontProp(id, dst, src)
	}
	return true
}

// inheritTextProps copies the inherited longhands of this file from parent
// (InheritFrom).
func inheritTextProps(s, parent *ComputedStyle) {
	s.TextUnderlineOffset = parent.TextUnderlineOffset
	s.TextUnderlinePosition = parent.TextUnderlinePosition
	s.Hyphens = parent.Hyphens
	s.TabSize = parent.TabSize
	inheritText3Props(s, parent)
	inheritFontProps(s, parent)
}

// TabSize is the computed value of tab-size: a number of spaces, or a
// length in px when Length is set.
// https://www.w3.org/TR/css-text-3/#tab-size-property
type TabSize struct {
	Length bool
	Px     Fixed
	Spaces float32
}
