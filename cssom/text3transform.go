package cssom

// text-transform's full-width and full-size-kana values: the grammar that
// combines them with a case transform, and the mappings layout applies.
// https://www.w3.org/TR/css-text-3/#text-transform-property

import "strings"

// The text-transform flags that combine with one of the case values
// (TextTransformNone .. TextTransformCapitalize, the value's low two bits).
const (
	// TextTransformFullWidth puts characters in their full-width form.
	TextTransformFullWidth TextTransform = 4 << iota
	// TextTransformFullSizeKana maps small kana to full-size kana.
	TextTransformFullSizeKana
	// TextTransformMathAuto is math-auto (MathML Core).
	// TODO(spec): italic single-character <mi>; Pane has no MathML, so it
	// transforms nothing.
	TextTransformMathAuto
)

// Case returns the case transform of t: none, uppercase, lowercase or
// capitalize, without the other flags.
func (t TextTransform) Case() TextTransform { return t & 3 }

// textTransformKeywords maps every canonical text-transform value (the
// keywords in the grammar's order) to its code, so that resolved and
// specified values serialize.
var textTransformKeywords = func() map[string]int32 {
	m := map[string]int32{"none": 0, "math-auto": int32(TextTransformMathAuto)}
	for c, name := range []string{"", "uppercase", "lowercase", "capitalize"} {
		for _, f := range []TextTransform{0, TextTransformFullWidth, TextTransformFullSizeKana, TextTransformFullWidth | TextTransformFullSizeKana} {
			words := []string{name}
			if f&TextTransformFullWidth != 0 {
				words = append(words, "full-width")
			}
			if f&TextTransformFullSizeKana != 0 {
				words = append(words, "full-size-kana")
			}
			if k := strings.TrimSpace(strings.Join(words, " ")); k != "" {
				m[k] = int32(TextTransform(c) | f)
			}
		}
	}
	return m
}()

// parseTextTransform parses text-transform: none | [ capitalize |
// uppercase | lowercase ] || full-width || full-size-kana | math-auto.
func parseTextTransform(comps [][]tok) (value, bool) {
	if len(comps) == 1 {
		switch ident(comps[0]) {
		case "none":
			return value{kind: vEnum}, true
		case "math-auto":
			return value{kind: vEnum, i: int32(TextTransformMathAuto)}, true
		}
	}
	// The case keywords share the low two bits (Case).
	t, ok := flagCombination(comps, transformKeywords, TextTransform(3))
	return value{kind: vEnum, i: int32(t)}, ok
}

var transformKeywords = map[string]TextTransform{
	"uppercase": TextTransformUppercase, "lowercase": TextTransformLowercase,
	"capitalize": TextTransformCapitalize, "full-width": TextTransformFullWidth,
	"full-size-kana": TextTransformFullSizeKana,
}

// TransformWidthAndKana applies t's full-width and full-size-kana flags to
// s (its case transform is applied before, by layout).
func (t TextTransform) TransformWidthAndKana(s string) string {
	if t&(TextTransformFullWidth|TextTransformFullSizeKana) == 0 {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if t&TextTransformFullWidth != 0 {
			r = fullWidth(r)
		}
		if t&TextTransformFullSizeKana != 0 {
			r = fullSizeKana(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// fullWidth returns the full-width form of r: "the character's
// <wide> decomposition mapping if any, else r; a character with a
// <narrow> mapping maps to that mapping" (the half-width forms), so that
// all characters are full-width.
// https://www.w3.org/TR/css-text-3/#valdef-text-transform-full-width
// AD-HOC: half-width voiced sound marks map to the combining ones
// (U+3099, U+309A), not composed with the kana before them.
func fullWidth(r rune) rune {
	switch {
	case r == ' ':
		return '\u3000'
	case r >= 0x21 && r <= 0x7E:
		return r + 0xFEE0
	case r >= 0xFF61 && r <= 0xFF9F:
		return halfwidthKatakana[r-0xFF61]
	case r == 0xFFA0:
		return 0x3164
	case r >= 0xFFA1 && r <= 0xFFBE:
		return r - 0xFFA1 + 0x3131
	case r >= 0xFFC2 && r <= 0xFFC7:
		return r - 0xFFC2 + 0x314F
	case r >= 0xFFCA && r <= 0xFFCF:
		return r - 0xFFCA + 0x3155
	case r >= 0xFFD2 && r <= 0xFFD7:
		return r - 0xFFD2 + 0x315B
	case r >= 0xFFDA && r <= 0xFFDC:
		return r - 0xFFDA + 0x3161
	case r >= 0xFFE8 && r <= 0xFFEE:
		return []rune{0x2502, 0x2190, 0x2191, 0x2192, 0x2193, 0x25A0, 0x25CB}[r-0xFFE8]
	}
	if w, ok := wideSigns[r]; ok {
		return w
	}
	return r
}

// wideSigns are the characters outside ASCII with a full-width form.
var wideSigns = map[rune]rune{
	0x00A2: 0xFFE0, 0x00A3: 0xFFE1, 0x00AC: 0xFFE2, 0x00AF: 0xFFE3,
	0x00A6: 0xFFE4, 0x00A5: 0xFFE5, 0x20A9: 0xFFE6, 0x2985: 0xFF5F, 0x2986: 0xFF60,
}

// halfwidthKatakana maps U+FF61..U+FF9F to their full-width forms.
var halfwidthKatakana = func() [0xFF9F - 0xFF61 + 1]rune {
	var t [0xFF9F - 0xFF61 + 1]rune
	set := func(from rune, to ...rune) {
		for i, r := range to {
			t[from-0xFF61+rune(i)] = r
		}
	}
	// Punctuation, wo, the small kana, the prolonged sound mark.
	set(0xFF61, 0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2,
		0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7, 0x30C3, 0x30FC)
	// a i u e o; ka .. chi; tsu te to (two apart: the voiced kana between).
	for i := rune(0); i < 5; i++ {
		set(0xFF71+i, 0x30A2+2*i)
	}
	for i := rune(0); i < 12; i++ {
		set(0xFF76+i, 0x30AB+2*i)
	}
	for i := rune(0); i < 3; i++ {
		set(0xFF82+i, 0x30C4+2*i)
	}
	for i := rune(0); i < 5; i++ {
		set(0xFF85+i, 0x30CA+i)   // na .. no
		set(0xFF8A+i, 0x30CF+3*i) // ha .. ho (voiced and semi-voiced between)
		set(0xFF8F+i, 0x30DE+i)   // ma .. mo
		set(0xFF97+i, 0x30E9+i)   // ra .. ro
	}
	set(0xFF94, 0x30E4, 0x30E6, 0x30E8) // ya yu yo
	set(0xFF9C, 0x30EF, 0x30F3, 0x3099, 0x309A)
	return t
}()

// fullSizeKana maps a small kana to its full-size kana (CSS Text 3
// Appendix G, "Small Kana Mappings"); other characters are unchanged.
// https://www.w3.org/TR/css-text-3/#small-kana
func fullSizeKana(r rune) rune {
	if k, ok := smallKana[r]; ok {
		return k
	}
	return r
}

var smallKana = map[rune]rune{
	// Hiragana.
	0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A,
	0x3095: 0x304B, 0x3096: 0x3051, 0x3063: 0x3064, 0x3083: 0x3084, 0x3085: 0x3086,
	0x3087: 0x3088, 0x308E: 0x308F, 0x1B132: 0x3053, 0x1B150: 0x3090, 0x1B151: 0x3091,
	0x1B152: 0x3092,
	// Katakana.
	0x30A1: 0x30A2, 0x30A3: 0x30A4, 0x30A5: 0x30A6, 0x30A7: 0x30A8, 0x30A9: 0x30AA,
	0x30F5: 0x30AB, 0x30F6: 0x30B1, 0x30C3: 0x30C4, 0x30E3: 0x30E4, 0x30E5: 0x30E6,
	0x30E7: 0x30E8, 0x30EE: 0x30EF, 0x1B155: 0x30B3, 0x1B164: 0x30F0, 0x1B165: 0x30F1,
	0x1B166: 0x30F2, 0x1B167: 0x30F3,
	// Katakana Phonetic Extensions.
	0x31F0: 0x30AF, 0x31F1: 0x30B7, 0x31F2: 0x30B9, 0x31F3: 0x30C8, 0x31F4: 0x30CC,
	0x31F5: 0x30CF, 0x31F6: 0x30D2, 0x31F7: 0x30D5, 0x31F8: 0x30D8, 0x31F9: 0x30DB,
	0x31FA: 0x30E0, 0x31FB: 0x30E9, 0x31FC: 0x30EA, 0x31FD: 0x30EB, 0x31FE: 0x30EC,
	0x31FF: 0x30ED,
	// Half-width katakana.
	0xFF67: 0xFF71, 0xFF68: 0xFF72, 0xFF69: 0xFF73, 0xFF6A: 0xFF74, 0xFF6B: 0xFF75,
	0xFF6C: 0xFF94, 0xFF6D: 0xFF95, 0xFF6E: 0xFF96, 0xFF6F: 0xFF82,
}
