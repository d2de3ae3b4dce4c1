package cssom

import (
	"math"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// parseAspectRatio parses aspect-ratio: auto || <ratio>, where <ratio> is
// <number [0,∞]> [ / <number [0,∞]> ]? (https://drafts.csswg.org/css-sizing-4/#aspect-ratio,
// https://drafts.csswg.org/css-values-4/#ratios). The value holds the
// ratio's number (0 for none or a degenerate ratio) in num, the auto
// keyword as i = 1, and the two numbers as written in list, for
// getComputedStyle: the computed value is "the specified keyword, or a
// pair of numbers".
//
// TODO(spec): calc() numbers ("calc(4) / calc(3)") are rejected.
func parseAspectRatio(toks []tok) (value, bool) {
	var nums []float64
	auto, slash, autoAt := false, false, -1
	for _, t := range toks {
		switch {
		case t.t == css.WhitespaceToken:
		case t.t == css.IdentToken && strings.EqualFold(t.s, "auto") && !auto:
			auto, autoAt = true, len(nums)
		case t.t == css.NumberToken && len(nums) < 2 && (len(nums) == 0 || slash):
			n, err := strconv.ParseFloat(t.s, 64)
			if err != nil || n < 0 || math.IsInf(n, 0) {
				return value{}, false
			}
			nums = append(nums, n)
		case t.t == css.DelimToken && t.s == "/" && len(nums) == 1 && !slash:
			slash = true
		default:
			return value{}, false
		}
	}
	if slash && len(nums) != 2 || len(nums) == 0 && !auto || autoAt == 1 && len(nums) == 2 && slash {
		return value{}, false // "16 / auto 9" and the like
	}
	v := value{kind: vNumber}
	if auto {
		v.i = 1
	}
	if len(nums) == 0 {
		return v, true
	}
	if len(nums) == 1 {
		nums = append(nums, 1) // "If the second <number> is omitted, it defaults to 1."
	}
	v.list = []string{strconv.FormatFloat(nums[0], 'g', -1, 64), strconv.FormatFloat(nums[1], 'g', -1, 64)}
	if nums[1] > 0 {
		v.num = nums[0] / nums[1]
	}
	if v.num <= 0 || math.IsInf(v.num, 0) {
		// "A <ratio> is degenerate if either of its values are zero":
		// it behaves as auto (layout reads AspectRatio 0 as none), and
		// keeps its numbers and keyword for getComputedStyle.
		v.num = 0
	}
	return v, true
}

// computeAspectRatio stores the computed aspect-ratio in s: the ratio's
// number for layout (AspectRatio, 0 for none or a degenerate ratio), the
// auto keyword, and the pair of numbers as written for serialization.
func computeAspectRatio(s *ComputedStyle, v *value) {
	s.AspectRatio, s.AspectRatioAuto = float32(v.num), v.i == 1
	s.AspectRatioWidth, s.AspectRatioHeight = 0, 0
	if len(v.list) == 2 {
		w, _ := strconv.ParseFloat(v.list[0], 64)
		h, _ := strconv.ParseFloat(v.list[1], 64)
		s.AspectRatioWidth, s.AspectRatioHeight = float32(w), float32(h)
	}
}

// aspectRatioText serializes the computed aspect-ratio as Chromium does:
// "auto", "16 / 9", "auto 2 / 1", and a degenerate "0 / 1" as written.
// TODO(spec): "0 / 0" comes back as auto (both numbers 0 read as none).
// https://drafts.csswg.org/cssom-1/#serializing-css-values
func aspectRatioText(s *ComputedStyle) string {
	if s.AspectRatioWidth == 0 && s.AspectRatioHeight == 0 && s.AspectRatio <= 0 {
		return "auto"
	}
	w, h := float64(s.AspectRatioWidth), float64(s.AspectRatioHeight)
	if w == 0 && h == 0 { // a style built without the written pair
		w, h = float64(s.AspectRatio), 1
	}
	r := numText(w) + " / " + numText(h)
	if s.AspectRatioAuto {
		return "auto " + r
	}
	return r
}
