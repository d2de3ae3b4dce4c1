package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The grammars of the transition and animation properties, kept and not
// applied (kept.go): CSS Transitions (https://drafts.csswg.org/css-transitions/),
// CSS Animations (https://drafts.csswg.org/css-animations/) and their
// <easing-function> (https://drafts.csswg.org/css-easing/).

// addAnimationGrammars adds the transition and animation properties and
// the -webkit- aliases Chromium keeps.
func addAnimationGrammars(g map[string]keptGrammar) {
	list := func(one func(c []tok) bool) keptGrammar {
		return func(toks []tok, _ [][]tok) bool {
			return commaList(toks, func(comps [][]tok) bool { return len(comps) == 1 && one(comps[0]) })
		}
	}
	anim := map[string]keptGrammar{
		// https://drafts.csswg.org/css-transitions/#propdef-transition
		"transition":                 parseTransition,
		"transition-property":        parseTransitionProperty,
		"transition-duration":        list(func(c []tok) bool { return isNumeric(c, typeTime, true) }),
		"transition-delay":           list(func(c []tok) bool { return isNumeric(c, typeTime, false) }),
		"transition-timing-function": list(isEasingFunction),
		// https://drafts.csswg.org/css-animations/#propdef-animation
		"animation":                 parseAnimation,
		"animation-name":            list(isKeyframesNameOrNone),
		"animation-duration":        list(isAnimationDuration),
		"animation-delay":           list(func(c []tok) bool { return isNumeric(c, typeTime, false) }),
		"animation-timing-function": list(isEasingFunction),
		"animation-iteration-count": list(isIterationCount),
		"animation-direction":       list(oneOfKeywords(animationDirections...)),
		"animation-fill-mode":       list(oneOfKeywords(animationFillModes...)),
		"animation-play-state":      list(oneOfKeywords("running", "paused")),
	}
	for name, f := range anim {
		g[name] = f
		g["-webkit-"+name] = f
	}
	// Not aliased in Chromium.
	g["transition-behavior"] = list(oneOfKeywords("normal", "allow-discrete"))
	// https://drafts.csswg.org/css-animations-2/#animation-composition
	g["animation-composition"] = list(oneOfKeywords("replace", "add", "accumulate"))
}

var (
	animationDirections = []string{"normal", "reverse", "alternate", "alternate-reverse"}
	animationFillModes  = []string{"none", "forwards", "backwards", "both"}
)

// parseTransition validates transition = <single-transition>#, where
// <single-transition> = [ none | <single-transition-property> ] ||
// <time> || <easing-function> || <time> || <transition-behavior-value>
// (https://drafts.csswg.org/css-transitions-2/#transition-shorthand-property).
// "If there is more than one <single-transition> in the shorthand, and
// any of the transitions has none as the <single-transition-property>,
// then the declaration is invalid."
func parseTransition(toks []tok, _ [][]tok) bool {
	parts := splitCommas(toks)
	for _, part := range parts {
		none := false
		ok := anyOrder(components(part),
			func(c []tok) bool { return isNumeric(c, typeTime, true) },
			isEasingFunction,
			func(c []tok) bool { return isNumeric(c, typeTime, false) },
			oneOfKeywords("normal", "allow-discrete"),
			func(c []tok) bool {
				none = keywordIn(c, "none")
				return none || isSingleTransitionProperty(c)
			})
		if !ok || none && len(parts) > 1 {
			return false
		}
	}
	return true
}

// parseTransitionProperty validates none | <single-transition-property>#.
func parseTransitionProperty(toks []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	return commaList(toks, func(comps [][]tok) bool { return len(comps) == 1 && isSingleTransitionProperty(comps[0]) })
}

// isSingleTransitionProperty reports whether c is all | <custom-ident>
// (none excluded).
func isSingleTransitionProperty(c []tok) bool {
	return isCustomIdent(c, "none")
}

// parseAnimation validates animation = <single-animation>#, where
// <single-animation> = <'animation-duration'> || <easing-function> ||
// <'animation-delay'> || <single-animation-iteration-count> ||
// <single-animation-direction> || <single-animation-fill-mode> ||
// <single-animation-play-state> || [ none | <keyframes-name> ]
// (https://drafts.csswg.org/css-animations-2/#animation-shorthand). A
// keyword fills the first slot that takes it, so "none none" is a fill
// mode and a name. AD-HOC: as in Chromium, the shorthand does not take
// an <single-animation-timeline>.
func parseAnimation(toks []tok, _ [][]tok) bool {
	return commaList(toks, func(comps [][]tok) bool {
		return anyOrder(comps,
			isAnimationDuration,
			isEasingFunction,
			func(c []tok) bool { return isNumeric(c, typeTime, false) },
			isIterationCount,
			oneOfKeywords(animationDirections...),
			oneOfKeywords(animationFillModes...),
			oneOfKeywords("running", "paused"),
			isKeyframesNameOrNone)
	})
}

// isAnimationDuration reports whether c is auto | <time [0s,∞]>
// (https://drafts.csswg.org/css-animations-2/#animation-duration).
func isAnimationDuration(c []tok) bool {
	return keywordIn(c, "auto") || isNumeric(c, typeTime, true)
}

// isIterationCount reports whether c is infinite | <number [0,∞]>.
func isIterationCount(c []tok) bool {
	return keywordIn(c, "infinite") || isNumeric(c, typeNumber, true)
}

// isKeyframesNameOrNone reports whether c is none | <keyframes-name>,
// where <keyframes-name> = <custom-ident> | <string>
// (https://drafts.csswg.org/css-animations/#typedef-keyframes-name).
func isKeyframesNameOrNone(c []tok) bool {
	return len(c) == 1 && c[0].t == css.StringToken || isCustomIdent(c)
}

// isEasingFunction reports whether c is an <easing-function> =
// linear | <linear-easing-function> | ease | ease-in | ease-out |
// ease-in-out | <cubic-bezier-easing-function> | step-start | step-end |
// <step-easing-function> (https://drafts.csswg.org/css-easing-2/#typedef-easing-function).
func isEasingFunction(c []tok) bool {
	if keywordIn(c, "linear", "ease", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end") {
		return true
	}
	if len(c) < 2 || c[0].t != css.FunctionToken || c[len(c)-1].t != css.RightParenthesisToken {
		return false
	}
	args := splitCommas(funcArgs(c))
	switch strings.ToLower(c[0].s) {
	case "cubic-bezier(":
		return isCubicBezier(args)
	case "steps(":
		return isSteps(args)
	case "linear(":
		return isLinearStops(args)
	}
	return false
}

// isCubicBezier validates cubic-bezier( [ <number [0,1]>, <number> ]#{2} ):
// the x coordinates are in [0, 1].
func isCubicBezier(args [][]tok) bool {
	if len(args) != 4 {
		return false
	}
	for i, a := range args {
		comps := components(a)
		if len(comps) != 1 {
			return false
		}
		typ, v, literal := numericTypeOf(comps[0])
		if typ != typeNumber || i%2 == 0 && literal && (v < 0 || v > 1) {
			return false
		}
	}
	return true
}

// isSteps validates steps( <integer>, <step-position>? ): the integer is
// positive, and greater than 1 with jump-none.
func isSteps(args [][]tok) bool {
	if len(args) < 1 || len(args) > 2 {
		return false
	}
	n := components(args[0])
	if len(n) != 1 || !isInteger(n[0], 1) {
		return false
	}
	if len(args) == 1 {
		return true
	}
	pos := components(args[1])
	if len(pos) != 1 || !keywordIn(pos[0], "jump-start", "jump-end", "jump-none", "jump-both", "start", "end") {
		return false
	}
	if keywordIn(pos[0], "jump-none") {
		if v, ok := integer(n[0]); ok && v < 2 {
			return false
		}
	}
	return true
}

// isLinearStops validates linear( [ <number> && <percentage>{0,2} ]# )
// (https://drafts.csswg.org/css-easing-2/#linear-easing-function-parsing):
// AD-HOC: as Chromium, at least two stops.
func isLinearStops(args [][]tok) bool {
	if len(args) < 2 {
		return false
	}
	for _, a := range args {
		comps := components(a)
		if len(comps) < 1 || len(comps) > 3 {
			return false
		}
		// The number first or last, the percentages together.
		num := 0
		if !isNumeric(comps[0], typeNumber, false) {
			num = len(comps) - 1
		}
		for i, c := range comps {
			want := typePercent
			if i == num {
				want = typeNumber
			}
			if !isNumeric(c, want, false) {
				return false
			}
		}
	}
	return true
}
