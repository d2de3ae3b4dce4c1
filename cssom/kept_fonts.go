package cssom

// The grammar of the kept text-size-adjust (kept.go), from CSS Mobile
// Text Size Adjustment (https://drafts.csswg.org/css-size-adjust/).

// parseTextSizeAdjust validates text-size-adjust = auto | none |
// <percentage [0,∞]> (https://drafts.csswg.org/css-size-adjust/#adjustment-control).
func parseTextSizeAdjust(_ []tok, comps [][]tok) bool {
	return len(comps) == 1 && (keywordIn(comps[0], "auto", "none") || isNumeric(comps[0], typePercent, true))
}
