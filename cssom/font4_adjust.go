package cssom

// font-size-adjust (CSS Fonts 5): keeps the apparent size of text (its
// x-height, say) when a fallback font replaces the first choice. Layout
// computes the used font size from the first available font's metrics.
// https://www.w3.org/TR/css-fonts-5/#font-size-adjust-prop

import (
	"strconv"

	"github.com/tdewolff/parse/v2/css"
)

// SizeAdjustMetric is the font metric font-size-adjust compares.
type SizeAdjustMetric uint8

// The font-size-adjust metrics; SizeAdjustNone is font-size-adjust: none.
const (
	SizeAdjustNone SizeAdjustMetric = iota
	SizeAdjustExHeight
	SizeAdjustCapHeight
	SizeAdjustChWidth
	SizeAdjustIcWidth
	SizeAdjustIcHeight
)

// sizeAdjustMetrics are the metric keywords, in the order of the
// constants.
var sizeAdjustMetrics = []string{"", "ex-height", "cap-height", "ch-width", "ic-width", "ic-height"}

// FontSizeAdjust is the computed value of font-size-adjust: none (Metric
// SizeAdjustNone), or a metric and either a number or from-font.
type FontSizeAdjust struct {
	Metric   SizeAdjustMetric
	FromFont bool
	Value    float32
}

// String serializes the value as getComputedStyle does (ex-height, the
// default metric, is left out).
func (a FontSizeAdjust) String() string {
	if a.Metric == SizeAdjustNone {
		return "none"
	}
	v := "from-font"
	if !a.FromFont {
		v = strconv.FormatFloat(float64(a.Value), 'g', -1, 32)
	}
	if a.Metric == SizeAdjustExHeight {
		return v
	}
	return sizeAdjustMetrics[a.Metric] + " " + v
}

func init() {
	longhandNames["font-size-adjust"] = pFontSizeAdjust
	registerResolved("font-size-adjust", func(s *ComputedStyle) string { return s.FontSizeAdjust.String() })
}

// parseFontSizeAdjustValue parses none | [ ex-height | cap-height |
// ch-width | ic-width | ic-height ]? [ from-font | <number [0,∞]> ] into
// i (the metric, 0 for none), num (the number) and str ("from-font").
func parseFontSizeAdjustValue(comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vInt}, true
	}
	metric := SizeAdjustExHeight
	if len(comps) == 2 {
		metric = SizeAdjustNone
		for i, m := range sizeAdjustMetrics {
			if m != "" && ident(comps[0]) == m {
				metric = SizeAdjustMetric(i)
			}
		}
		if metric == SizeAdjustNone {
			return value{}, false
		}
		comps = comps[1:]
	}
	if len(comps) != 1 {
		return value{}, false
	}
	if ident(comps[0]) == "from-font" {
		return value{kind: vInt, i: int32(metric), str: "from-font"}, true
	}
	if len(comps[0]) != 1 || comps[0][0].t != css.NumberToken {
		return value{}, false
	}
	n, ok := number(comps[0][0])
	if !ok || n < 0 {
		return value{}, false
	}
	return value{kind: vInt, i: int32(metric), num: n}, true
}

// computeFontSizeAdjust computes font-size-adjust.
// TODO(spec): from-font computes to the first available font's aspect
// value; cssom has no fonts, so it stays from-font and layout takes the
// font's own aspect (which leaves the size unchanged for that font).
func computeFontSizeAdjust(v *value) FontSizeAdjust {
	return FontSizeAdjust{Metric: SizeAdjustMetric(v.i), FromFont: v.str == "from-font", Value: float32(v.num)}
}
