package cssom

import (
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The generic monospace family's smaller default size, as browsers do it:
// with their default fixed-width font size of 13px against 16px, text in
// `font-family: monospace` (exactly that list, as the user agent sheet
// gives <pre>, <code>, <kbd> and <samp>) takes the keyword's size from the
// fixed-width table when its size came from a keyword (also inherited),
// and 13/16 of a size derived from one through em, % or larger/smaller;
// sizes from absolute lengths stay. Switching back from monospace undoes
// it.
//
// AD-HOC: no specification defines this; it is the behaviour of Chromium,
// Firefox and Safari, which pages' geometry assumes. The numbers were
// measured in Chromium 156 (getComputedStyle of each keyword).

// monospaceFontSizes are the absolute-size keyword sizes for a default
// fixed-width font size of 13px.
var monospaceFontSizes = [...]float64{9, 10, 12, 13, 16, 20, 26, 39}

// monospaceScale is the default fixed-width size over the default size.
const monospaceScale = 13.0 / 16.0

// isMonospace reports whether a family list is exactly the generic
// monospace family.
func isMonospace(families []string) bool {
	return len(families) == 1 && families[0] == "monospace"
}

// absoluteLength reports whether a font-size value is an absolute length,
// whose size a family change keeps.
func absoluteLength(v *value) bool {
	switch v.kind {
	case vLength:
		switch v.unit {
		case uEm, uRem, uEx, uCh, uCap, uIc, uLh, uRlh:
			return false
		}
		return true
	case vCalc:
		return true // AD-HOC: calc() is taken as absolute
	}
	return false
}

// monospaceSize adjusts the element's font size once its family is known,
// when the family changed to or from monospace or a keyword was set here.
func (c *computer) monospaceSize() {
	s := c.s
	mono := isMonospace(s.FontFamily)
	kw := int(s.FontSizeKeyword) - 1
	if mono == isMonospace(c.parent.FontFamily) && !(c.fontSizeSet && kw >= 0) {
		return
	}
	switch {
	case kw >= 0 && kw < len(monospaceFontSizes) && mono:
		s.FontSize = Px(monospaceFontSizes[kw])
	case kw >= 0 && kw < len(fontSizeKeywords):
		s.FontSize = Px(fontSizeKeywords[kw].px)
	case s.FontSizeAbsolute || mono == isMonospace(c.parent.FontFamily):
	case mono:
		s.FontSize = s.FontSize.MulFloat(monospaceScale)
	default:
		s.FontSize = s.FontSize.MulFloat(1 / monospaceScale)
	}
}

// fontStretchKeywords are the font-stretch keywords as percentages
// (https://www.w3.org/TR/css-fonts-4/#font-stretch-prop).
var fontStretchKeywords = map[string]float64{
	"ultra-condensed": 50, "extra-condensed": 62.5, "condensed": 75, "semi-condensed": 87.5,
	"normal": 100, "semi-expanded": 112.5, "expanded": 125, "extra-expanded": 150, "ultra-expanded": 200,
}

// parseFontStretch parses font-stretch: a keyword or a non-negative
// percentage.
func parseFontStretch(c []tok) (value, bool) {
	if p, ok := fontStretchKeywords[ident(c)]; ok {
		return value{kind: vNumber, num: p}, true
	}
	if len(c) == 1 && c[0].t == css.PercentageToken {
		if v, err := strconv.ParseFloat(strings.TrimSuffix(c[0].s, "%"), 64); err == nil && v >= 0 {
			return value{kind: vNumber, num: v}, true
		}
	}
	return value{}, false
}
