package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The grammars of the kept scroll-driven animation properties
// (https://drafts.csswg.org/scroll-animations-1/) and of view
// transitions (https://drafts.csswg.org/css-view-transitions-2/)
// (kept.go). Pane renders one frame: timelines never advance.

var timelineAxes = []string{"block", "inline", "x", "y"}

// addTimelineGrammars adds the timeline and view transition properties.
func addTimelineGrammars(g map[string]keptGrammar) {
	list := func(one func(comps [][]tok) bool) keptGrammar {
		return func(toks []tok, _ [][]tok) bool { return commaList(toks, one) }
	}
	single := func(one func(c []tok) bool) func(comps [][]tok) bool {
		return func(comps [][]tok) bool { return len(comps) == 1 && one(comps[0]) }
	}
	nameOrNone := func(c []tok) bool { return keywordIn(c, "none") || isDashedIdent(c) }
	axis := oneOfKeywords(timelineAxes...)
	// https://drafts.csswg.org/scroll-animations-1/#animation-timeline
	g["animation-timeline"] = list(single(isSingleAnimationTimeline))
	// https://drafts.csswg.org/scroll-animations-1/#animation-range
	g["animation-range"] = list(func(comps [][]tok) bool { return isAnimationRange(comps, true) })
	g["animation-range-start"] = list(func(comps [][]tok) bool { return isAnimationRange(comps, false) })
	g["animation-range-end"] = g["animation-range-start"]
	for _, kind := range []string{"scroll-timeline", "view-timeline"} {
		g[kind+"-name"] = list(single(nameOrNone))
		g[kind+"-axis"] = list(single(axis))
	}
	// https://drafts.csswg.org/scroll-animations-1/#scroll-timeline-shorthand
	g["scroll-timeline"] = list(func(comps [][]tok) bool {
		return nameOrNone(comps[0]) && (len(comps) == 1 || len(comps) == 2 && axis(comps[1]))
	})
	// https://drafts.csswg.org/scroll-animations-1/#view-timeline-shorthand
	g["view-timeline"] = list(func(comps [][]tok) bool {
		return nameOrNone(comps[0]) && (len(comps) == 1 || isAxisAndInset(comps[1:]))
	})
	g["view-timeline-inset"] = list(isViewTimelineInset)
	// https://drafts.csswg.org/scroll-animations-1/#timeline-scope
	g["timeline-scope"] = func(toks []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none") || commaList(toks, single(isDashedIdent))
	}
	// https://drafts.csswg.org/css-view-transitions-2/#view-transition-name-prop;
	// AD-HOC: as Chromium, match-element and not auto.
	g["view-transition-name"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && (keywordIn(comps[0], "none", "match-element") || isCustomIdent(comps[0], "auto"))
	}
	// https://drafts.csswg.org/css-view-transitions-2/#view-transition-class-prop
	g["view-transition-class"] = func(_ []tok, comps [][]tok) bool {
		if len(comps) == 1 && keywordIn(comps[0], "none") {
			return true
		}
		return repeatedComps(comps, 1, len(comps), func(c []tok) bool { return isCustomIdent(c, "none") })
	}
}

// isDashedIdent reports whether c is a <dashed-ident>
// (https://drafts.csswg.org/css-values-4/#dashed-idents).
func isDashedIdent(c []tok) bool {
	return len(c) == 1 && (c[0].t == css.CustomPropertyNameToken || c[0].t == css.IdentToken) &&
		strings.HasPrefix(c[0].s, "--") && len(c[0].s) > 2
}

// isSingleAnimationTimeline reports whether c is auto | none |
// <dashed-ident> | <scroll()> | <view()>, where scroll() = scroll( [
// <scroller> || <axis> ]? ) and view() = view( [ <axis> ||
// <'view-timeline-inset'> ]? ).
func isSingleAnimationTimeline(c []tok) bool {
	if keywordIn(c, "auto", "none") || isDashedIdent(c) {
		return true
	}
	if len(c) < 2 || c[len(c)-1].t != css.RightParenthesisToken {
		return false
	}
	args := components(funcArgs(c))
	switch {
	case isFunc(c, "scroll("):
		return len(args) == 0 || anyOrder(args, oneOfKeywords("root", "nearest", "self"), oneOfKeywords(timelineAxes...))
	case isFunc(c, "view("):
		return len(args) == 0 || isAxisAndInset(args)
	}
	return false
}

// isAxisAndInset validates <axis> || <'view-timeline-inset'> (one inset).
func isAxisAndInset(comps [][]tok) bool {
	for i, c := range comps {
		if keywordIn(c, timelineAxes...) {
			rest := append(append([][]tok(nil), comps[:i]...), comps[i+1:]...)
			return len(rest) == 0 || (i == 0 || i == len(comps)-1) && isViewTimelineInset(rest)
		}
	}
	return isViewTimelineInset(comps)
}

// isViewTimelineInset validates one [ auto | <length-percentage> ]{1,2}.
func isViewTimelineInset(comps [][]tok) bool {
	return repeatedComps(comps, 1, 2, func(c []tok) bool { return keywordIn(c, "auto") || validLengthPercentage(c, true, false) })
}

var timelineRangeNames = []string{"cover", "contain", "entry", "exit", "entry-crossing", "exit-crossing", "scroll"}

// isAnimationRange validates one [ normal | <length-percentage> |
// <timeline-range-name> <length-percentage>? ], two of them (start and
// end) when both is set.
func isAnimationRange(comps [][]tok, both bool) bool {
	n := 0
	for i := 0; i < len(comps); i++ {
		c := comps[i]
		switch {
		case keywordIn(c, "normal"), validLengthPercentage(c, true, false):
		case keywordIn(c, timelineRangeNames...):
			if i+1 < len(comps) && validLengthPercentage(comps[i+1], true, false) {
				i++
			}
		default:
			return false
		}
		n++
	}
	return n == 1 || both && n == 2
}
