package cssom

import "github.com/tdewolff/parse/v2/css"

// The grammars of the kept legacy -webkit- properties Chromium still
// keeps (kept.go): the 2009 flexbox (-webkit-box-*,
// https://www.w3.org/TR/2009/WD-css3-flexbox-20090723/), the
// per-axis mask positions and other compatibility properties
// (https://compat.spec.whatwg.org/), with the newer small features
// Pane does not render (caret, MathML, overlay, interactivity).

// legacyKeywords are the keyword-valued ones.
var legacyKeywords = map[string][]string{
	"-webkit-box-align":        {"stretch", "start", "end", "center", "baseline"},
	"-webkit-box-pack":         {"start", "end", "center", "justify"},
	"-webkit-box-direction":    {"normal", "reverse"},
	"-webkit-rtl-ordering":     {"logical", "visual"},
	"-webkit-line-break":       {"auto", "loose", "normal", "strict", "after-white-space"},
	"-webkit-writing-mode":     {"horizontal-tb", "vertical-rl", "vertical-lr"},
	"-webkit-text-orientation": {"vertical-right", "upright", "sideways", "sideways-right"},
	"-webkit-text-combine":     {"none", "horizontal"},
	// https://drafts.csswg.org/css-ui-4/#caret-shape
	"caret-shape": {"auto", "bar", "block", "underscore"},
	// https://drafts.csswg.org/css-ui-4/#caret-animation
	"caret-animation": {"auto", "manual"},
	// https://w3c.github.io/mathml-core/#the-math-style-property
	"math-style": {"normal", "compact"},
	"math-shift": {"normal", "compact"},
	// https://drafts.csswg.org/css-inline-3/#baseline-source
	"baseline-source": {"auto", "first", "last"},
	// https://drafts.csswg.org/css-box-4/#margin-trim; AD-HOC: Chromium
	// keeps only these.
	"margin-trim": {"none", "block", "inline"},
	// https://drafts.csswg.org/css-position-4/#overlay
	"overlay": {"none", "auto"},
	// https://drafts.csswg.org/css-ui-4/#inertness
	"interactivity": {"auto", "inert"},
	// https://drafts.csswg.org/css-scroll-snap-2/#scroll-initial-target
	"scroll-initial-target": {"none", "nearest"},
	// https://drafts.csswg.org/css-display-4/#reading-flow
	"reading-flow": {"normal", "flex-visual", "flex-flow", "grid-rows", "grid-columns", "grid-order", "source-order"},
	"app-region":   {"none", "drag", "no-drag"},
	// https://drafts.csswg.org/css-multicol-2/#cwr
	"column-wrap": {"auto", "nowrap", "wrap"},
	// https://drafts.csswg.org/css-overflow-5/#scroll-marker-group-property
	"scroll-marker-group": {"none", "before", "after"},
	"scroll-target-group": {"none", "auto"},
	// https://www.w3.org/TR/css-speech-1/#speaking-props-speak-as (the
	// legacy speak, as Chromium).
	"speak": {"none", "normal", "spell-out", "digits", "literal-punctuation", "no-punctuation"},
	// https://drafts.csswg.org/css-text-4/#text-spacing-trim-property;
	// AD-HOC: the values Chromium keeps.
	"text-spacing-trim": {"normal", "space-all", "space-first", "trim-start"},
	"text-autospace":    {"normal", "no-autospace"},
	// https://drafts.csswg.org/css-view-transitions-2/#view-transition-scope-prop
	"view-transition-scope": {"none", "all"},
	"frame-sizing":          {"auto", "content-width", "content-height", "content-block-size", "content-inline-size"},
}

// addLegacyGrammars adds the others.
func addLegacyGrammars(g map[string]keptGrammar) {
	one := func(f func(c []tok) bool) keptGrammar {
		return func(_ []tok, comps [][]tok) bool { return len(comps) == 1 && f(comps[0]) }
	}
	g["-webkit-box-flex"] = one(func(c []tok) bool { return isNumeric(c, typeNumber, false) })
	g["-webkit-box-ordinal-group"] = one(func(c []tok) bool { return isInteger(c, 1) })
	spacing := one(func(c []tok) bool { return validLength(c, true) })
	g["-webkit-border-horizontal-spacing"] = spacing
	g["-webkit-border-vertical-spacing"] = spacing
	g["-webkit-mask-position-x"] = axisPositionList("left", "right")
	g["-webkit-mask-position-y"] = axisPositionList("top", "bottom")
	// https://drafts.csswg.org/css-display-4/#reading-order
	g["reading-order"] = one(func(c []tok) bool { return isInteger(c, -1<<31) })
	// https://drafts.csswg.org/css-multicol-2/#ch
	g["column-height"] = one(func(c []tok) bool { return keywordIn(c, "auto") || validLength(c, true) })
	// https://open-ui.org/components/interest-invokers.explainer/
	delay := func(c []tok) bool { return keywordIn(c, "normal") || isNumeric(c, typeTime, true) }
	g["interest-delay-start"] = one(delay)
	g["interest-delay-end"] = one(delay)
	g["interest-delay"] = func(_ []tok, comps [][]tok) bool { return repeatedComps(comps, 1, 2, delay) }
	g["initial-letter"] = parseInitialLetter
	// https://drafts.csswg.org/css-color-hdr/#dynamic-range-limit-property
	g["dynamic-range-limit"] = one(isDynamicRangeLimit)
	// https://drafts.csswg.org/css-view-transitions-2/#view-transition-group-prop
	g["view-transition-group"] = one(func(c []tok) bool { return isCustomIdent(c) })
	g["trigger-scope"] = func(toks []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "none", "all") ||
			commaList(toks, func(comps [][]tok) bool { return len(comps) == 1 && isDashedIdent(comps[0]) })
	}
	// https://w3c.github.io/mathml-core/#the-math-depth-property
	g["math-depth"] = one(func(c []tok) bool {
		if isFunc(c, "add(") {
			args := components(funcArgs(c))
			return c[len(c)-1].t == css.RightParenthesisToken && len(args) == 1 && isInteger(args[0], -1<<31)
		}
		return keywordIn(c, "auto-add") || isInteger(c, -1<<31)
	})
}

// axisPositionList returns the grammar of a list of one-axis positions,
// [ center | [ start | end ]? <length-percentage>? ]#, with the axis's
// two edge keywords.
func axisPositionList(start, end string) keptGrammar {
	return func(toks []tok, _ [][]tok) bool {
		return commaList(toks, func(comps [][]tok) bool {
			switch {
			case len(comps) == 1:
				return keywordIn(comps[0], "center", start, end) || validLengthPercentage(comps[0], true, false)
			case len(comps) == 2:
				return keywordIn(comps[0], start, end) && validLengthPercentage(comps[1], true, false)
			}
			return false
		})
	}
}

// parseInitialLetter validates initial-letter = normal | <number [1,∞]>
// <integer [1,∞]> | <number [1,∞]> && [ drop | raise ]?
// (https://drafts.csswg.org/css-inline-3/#sizing-drop-initials).
func parseInitialLetter(_ []tok, comps [][]tok) bool {
	size := func(c []tok) bool {
		typ, v, literal := numericTypeOf(c)
		return typ == typeNumber && !(literal && v < 1)
	}
	switch len(comps) {
	case 1:
		return keywordIn(comps[0], "normal") || size(comps[0])
	case 2:
		return size(comps[0]) && (isInteger(comps[1], 1) || keywordIn(comps[1], "drop", "raise")) ||
			keywordIn(comps[0], "drop", "raise") && size(comps[1])
	}
	return false
}

// isDynamicRangeLimit reports whether c is standard | no-limit |
// constrained | dynamic-range-limit-mix( [ <'dynamic-range-limit'> &&
// <percentage [0,100]> ]#{2,} ).
func isDynamicRangeLimit(c []tok) bool {
	if keywordIn(c, "standard", "no-limit", "constrained") {
		return true
	}
	if !isFunc(c, "dynamic-range-limit-mix(") || c[len(c)-1].t != css.RightParenthesisToken {
		return false
	}
	parts := splitCommas(funcArgs(c))
	for _, p := range parts {
		comps := components(p)
		if len(comps) != 2 || !anyOrder(comps, isDynamicRangeLimit, func(c []tok) bool { return isNumeric(c, typePercent, true) }) {
			return false
		}
	}
	return len(parts) >= 2
}
