package cssom

import "github.com/tdewolff/parse/v2/css"

// The grammars of the kept anchor positioning properties
// (https://drafts.csswg.org/css-anchor-position-1/) (kept.go).
//
// TODO(spec): anchor() and anchor-size() in the inset and sizing
// properties (the declarations are dropped).

// addAnchorGrammars adds the anchor positioning properties.
func addAnchorGrammars(g map[string]keptGrammar) {
	dashedList := func(toks []tok) bool {
		return commaList(toks, func(comps [][]tok) bool { return len(comps) == 1 && isDashedIdent(comps[0]) })
	}
	// https://drafts.csswg.org/css-anchor-position-1/#name
	g["anchor-name"] = func(toks []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none") || dashedList(toks)
	}
	// https://drafts.csswg.org/css-anchor-position-1/#anchor-scope
	g["anchor-scope"] = func(toks []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none", "all") || dashedList(toks)
	}
	// https://drafts.csswg.org/css-anchor-position-1/#position-anchor;
	// AD-HOC: Chromium keeps none and normal.
	g["position-anchor"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && (keywordIn(comps[0], "auto", "none", "normal") || isDashedIdent(comps[0]))
	}
	g["position-area"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none") || isPositionArea(comps)
	}
	g["position-try-fallbacks"] = parsePositionTryFallbacks
	g["position-try-order"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], positionTryOrders...)
	}
	// https://drafts.csswg.org/css-anchor-position-1/#position-try-prop
	g["position-try"] = func(toks []tok, comps [][]tok) bool {
		if len(comps) > 1 && keywordIn(comps[0], positionTryOrders...) {
			i := 0
			for toks[i].t == css.WhitespaceToken || toks[i].t == css.CommentToken {
				i++
			}
			return parsePositionTryFallbacks(toks[i+1:], comps[1:])
		}
		return parsePositionTryFallbacks(toks, comps)
	}
	// https://drafts.csswg.org/css-anchor-position-1/#position-visibility
	g["position-visibility"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "always", "anchors-valid", "anchors-visible", "no-overflow")
	}
}

var positionTryOrders = []string{"normal", "most-width", "most-height", "most-block-size", "most-inline-size"}

// The axes of <position-area> (https://drafts.csswg.org/css-anchor-position-1/#typedef-position-area):
// pairs of keyword sets, one keyword from each in either order, or one
// keyword of either; and the sets of the {1,2} forms.
var (
	positionAreaPairs = [][2][]string{
		{{"left", "center", "right", "span-left", "span-right", "x-start", "x-end", "span-x-start", "span-x-end",
			"self-x-start", "self-x-end", "span-self-x-start", "span-self-x-end", "span-all"},
			{"top", "center", "bottom", "span-top", "span-bottom", "y-start", "y-end", "span-y-start", "span-y-end",
				"self-y-start", "self-y-end", "span-self-y-start", "span-self-y-end", "span-all"}},
		{{"block-start", "center", "block-end", "span-block-start", "span-block-end", "span-all"},
			{"inline-start", "center", "inline-end", "span-inline-start", "span-inline-end", "span-all"}},
		{{"self-block-start", "center", "self-block-end", "span-self-block-start", "span-self-block-end", "span-all"},
			{"self-inline-start", "center", "self-inline-end", "span-self-inline-start", "span-self-inline-end", "span-all"}},
	}
	positionAreaRepeats = [][]string{
		{"start", "center", "end", "span-start", "span-end", "span-all"},
		{"self-start", "center", "self-end", "span-self-start", "span-self-end", "span-all"},
	}
)

// isPositionArea validates a <position-area>.
func isPositionArea(comps [][]tok) bool {
	if len(comps) < 1 || len(comps) > 2 {
		return false
	}
	for _, set := range positionAreaRepeats {
		if repeatedComps(comps, 1, 2, oneOfKeywords(set...)) {
			return true
		}
	}
	for _, p := range positionAreaPairs {
		if len(comps) == 1 && (keywordIn(comps[0], p[0]...) || keywordIn(comps[0], p[1]...)) {
			return true
		}
		if len(comps) == 2 && (keywordIn(comps[0], p[0]...) && keywordIn(comps[1], p[1]...) ||
			keywordIn(comps[0], p[1]...) && keywordIn(comps[1], p[0]...)) {
			return true
		}
	}
	return false
}

// parsePositionTryFallbacks validates position-try-fallbacks = none | [
// [ <dashed-ident> || <try-tactic> ] | <'position-area'> ]#, where
// <try-tactic> = flip-block || flip-inline || flip-start (and, as
// Chromium, flip-x || flip-y)
// (https://drafts.csswg.org/css-anchor-position-1/#position-try-fallbacks).
func parsePositionTryFallbacks(toks []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	return commaList(toks, func(comps [][]tok) bool {
		if isPositionArea(comps) {
			return true
		}
		// The name first or last, the tactics together.
		switch {
		case isDashedIdent(comps[0]):
			comps = comps[1:]
		case isDashedIdent(comps[len(comps)-1]):
			comps = comps[:len(comps)-1]
		}
		return len(comps) == 0 || anyOrder(comps, oneOfKeywords("flip-block"), oneOfKeywords("flip-inline"),
			oneOfKeywords("flip-start"), oneOfKeywords("flip-x"), oneOfKeywords("flip-y"))
	})
}
