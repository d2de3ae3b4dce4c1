package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paneweb/pane/cssom"
)

// collapsible reports whether white-space value ws makes spaces and tabs
// collapsible (CSS Text 3 §3, the table of white-space values).
func collapsible(ws cssom.WhiteSpace) bool {
	switch ws {
	case cssom.WhiteSpaceNormal, cssom.WhiteSpaceNowrap, cssom.WhiteSpacePreLine:
		return true
	}
	return false
}

// wraps reports whether white-space value ws allows soft wrapping.
func wraps(ws cssom.WhiteSpace) bool {
	return ws != cssom.WhiteSpaceNowrap && ws != cssom.WhiteSpacePre
}

// collapseWhiteSpace applies phase I of the white space processing rules to
// one text node's data s with white-space value ws.
// https://www.w3.org/TR/css-text-3/#white-space-phase-1
//
// space says whether the inline content before s (across element
// boundaries, within one inline formatting context) ended with a
// collapsible space or a line start; the result reports the same after s.
//
//  1. Collapsible spaces and tabs around a segment break are removed.
//  2. Collapsible segment breaks are transformed into a space (normal,
//     nowrap) or preserved as forced breaks (pre-line).
//  3. Tabs become spaces; a collapsible space following another
//     collapsible space, even across an element boundary, is removed.
//
// For pre, pre-wrap and break-spaces nothing collapses: CR LF and lone CR
// become LF; tabs stay, for the line layout to advance to tab stops
// (tab-size, CSS Text 3 §4.2).
//
// TODO(spec): segment break transformation rules for East Asian scripts
// (§4.1.3) remove the break between two wide characters.
func collapseWhiteSpace(s string, ws cssom.WhiteSpace, space bool) (string, bool) {
	if !collapsible(ws) {
		return preserveWhiteSpace(s), false
	}
	preLine := ws == cssom.WhiteSpacePreLine
	var sb strings.Builder
	sb.Grow(len(s))
	pendingSpace := false // a run of spaces/tabs not yet written
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\f':
			pendingSpace = true
		case '\r', '\n':
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			// Spaces around the segment break are removed.
			pendingSpace = false
			if preLine {
				sb.WriteByte('\n')
				space = true
				continue
			}
			// The break itself becomes a space, which collapses with
			// spaces after it.
			pendingSpace = true
			for i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\t' || s[i+1] == '\n' || s[i+1] == '\r' || s[i+1] == '\f') {
				i++
			}
		default:
			if pendingSpace && !space {
				sb.WriteByte(' ')
			}
			pendingSpace = false
			sb.WriteByte(c)
			space = false
		}
	}
	if pendingSpace && !space {
		sb.WriteByte(' ')
		space = true
	}
	return sb.String(), space
}

// preserveWhiteSpace normalises line ends in preserved text.
func preserveWhiteSpace(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				continue
			}
			sb.WriteByte('\n')
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// transformText applies text-transform
// (https://www.w3.org/TR/css-text-3/#text-transform-property).
// TODO(spec): language-specific mappings.
func transformText(s string, t cssom.TextTransform) string {
	if t.Case() != t { // full-width, full-size-kana: after the case (cssom/text3transform.go)
		return t.TransformWidthAndKana(transformText(s, t.Case()))
	}
	switch t {
	case cssom.TextTransformUppercase:
		// Unicode SpecialCasing: ß has no single upper-case letter and
		// becomes SS, which simple case mapping misses.
		return strings.ReplaceAll(strings.ToUpper(s), "ß", "SS")
	case cssom.TextTransformLowercase:
		return strings.ToLower(s)
	case cssom.TextTransformCapitalize:
		return capitalize(s)
	}
	return s
}

// capitalize puts the first typographic letter unit of each word in title
// case. A word starts after a character that is neither a letter, a digit
// nor an apostrophe (AD-HOC approximation of word boundaries). Word starts
// are found within s only, not across element boundaries.
func capitalize(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	inWord := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if letter && !inWord {
			r = unicode.ToTitle(r)
		}
		inWord = letter || (inWord && (r == '\'' || r == '’'))
		sb.WriteRune(r)
	}
	return sb.String()
}
