package layout

import (
	"unicode"
	"unicode/utf8"
)

// The strictness of line breaking in Japanese and Chinese text
// (https://www.w3.org/TR/css-text-3/#line-break-property): UAX #14 by
// default keeps small kana and the prolonged sound mark (class CJ) with
// what precedes them, which is line-break: strict; normal (and auto, as
// browsers treat it) and loose allow a break before them, and loose also
// before iteration marks and the hyphens CJK text uses.

// conditionalJapanese reports whether r is of UAX #14 class CJ: small
// hiragana and katakana, and the prolonged sound marks.
func conditionalJapanese(r rune) bool {
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ', 'ゕ', 'ゖ',
		'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', 'ヮ', 'ヵ', 'ヶ', 'ー', 'ｰ':
		return true
	}
	return r >= 0x31F0 && r <= 0x31FF || r >= 0xFF67 && r <= 0xFF6F
}

// hasConditionalJapanese reports whether text holds a CJ character.
func hasConditionalJapanese(text string) bool {
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if conditionalJapanese(r) {
			return true
		}
		i += n
	}
	return false
}

// cjkBefore reports whether r, before a candidate break, is Han, kana or
// a CJ character: the break is then one between CJK letters.
func cjkBefore(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		conditionalJapanese(r)
}

// looseBreakBefore reports whether line-break: normal (or, with loose,
// loose) allows a break before r after a CJK letter.
func looseBreakBefore(r rune, loose bool) bool {
	if conditionalJapanese(r) {
		return true
	}
	if !loose {
		return false
	}
	switch r {
	case '々', '〻', 'ゝ', 'ゞ', 'ヽ', 'ヾ', // iteration marks
		'‐', '–', '〜', '゠': // CJK hyphens
		return true
	}
	return false
}
