package layout

import (
	"strconv"
	"strings"

	"github.com/paneweb/pane/cssom"
)

// font-size-adjust: the used font size keeps the aspect value the author
// gives (the x-height, say, as a fraction of the size) in the first
// available font.
// https://www.w3.org/TR/css-fonts-5/#font-size-adjust-prop
//
// The value travels in FontSpec.Features as "adjust:METRIC=VALUE" (METRIC
// a cssom.SizeAdjustMetric number, VALUE a number or "from-font"); see
// fontfeatures4.go.

// appendSizeAdjust appends the font-size-adjust entry of st.
func appendSizeAdjust(f []string, st *cssom.ComputedStyle) []string {
	a := st.FontSizeAdjust
	if a.Metric == cssom.SizeAdjustNone {
		return f
	}
	v := "from-font"
	if !a.FromFont {
		v = strconv.FormatFloat(float64(a.Value), 'g', -1, 32)
	}
	return append(f, "adjust:"+strconv.Itoa(int(a.Metric))+"="+v)
}

// adjusted returns spec at its used font size under font-size-adjust,
// without the adjust entry, and whether spec has one.
//
// "the used font size = specified font size × (font-size-adjust / aspect
// value of the first available font)": Chromium takes the primary font's
// metric (FontBuilder::UpdateAdjustedSize) and uses the size for every
// face of the text. from-font takes the font's own aspect value, so the
// size stays. A font without the metric (aspect 0) keeps the size.
// TODO(spec): ic-height uses the advance of U+6C34 as ic-width does
// (vertical metrics are not read).
func (s *FontSet) adjusted(spec FontSpec) (FontSpec, bool) {
	i := strings.Index(spec.Features, "adjust:")
	if i < 0 {
		return spec, false
	}
	entry := spec.Features[i:]
	if j := strings.IndexByte(entry, ','); j >= 0 {
		entry = entry[:j]
	}
	rest := strings.TrimPrefix(entry, "adjust:")
	spec.Features = strings.TrimSuffix(strings.Replace(spec.Features, entry+",", "", 1), entry)
	spec.Features = strings.TrimSuffix(spec.Features, ",")
	m, val, _ := strings.Cut(rest, "=")
	metric, _ := strconv.Atoi(m)
	if val == "from-font" {
		return spec, true
	}
	want, err := strconv.ParseFloat(val, 64)
	aspect := s.Primary(spec).aspect(cssom.SizeAdjustMetric(metric))
	if err != nil || aspect <= 0 || want < 0 {
		return spec, true
	}
	spec.Size = min(max(spec.Size, 0), maxFontSize).MulFloat(want / aspect)
	return spec, true
}

// aspect returns the aspect value of f for metric: the metric divided by
// the em size; 0 when the font lacks it.
func (f *Font) aspect(metric cssom.SizeAdjustMetric) float64 {
	d := f.data()
	em := float64(d.upem)
	switch metric {
	case cssom.SizeAdjustExHeight:
		return float64(d.xHeight) / em
	case cssom.SizeAdjustCapHeight:
		return float64(d.capHeight) / em
	case cssom.SizeAdjustChWidth:
		return f.advanceOf('0') / em
	case cssom.SizeAdjustIcWidth, cssom.SizeAdjustIcHeight:
		if a := f.advanceOf(0x6C34); a > 0 {
			return a / em
		}
		return 1 // "1em if it cannot be determined"
	}
	return 0
}

// advanceOf returns the advance of r's glyph in font units, 0 when f has
// no glyph for it.
func (f *Font) advanceOf(r rune) float64 {
	d := f.data()
	fc := d.getFace()
	defer d.putFace(fc)
	gid, ok := fc.NominalGlyph(r)
	if !ok {
		return 0
	}
	return float64(fc.HorizontalAdvance(gid))
}

// shapeAdjusted shapes text at the used size of a spec with
// font-size-adjust: its runs carry that size.
func (s *FontSet) shapeAdjusted(text string, adj FontSpec) []ShapedRun {
	runs := s.shape(text, adj)
	out := make([]ShapedRun, len(runs))
	for i, r := range runs {
		if r.Size == 0 {
			r.Size = adj.Size
		}
		out[i] = r
	}
	return out
}
