package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// Kept properties: valid declarations of properties Pane does not apply
// (interaction, animation, scrolling, properties of features not
// rendered) are kept in the sheet as browsers keep them, so that the
// CSSOM, element.style and @supports see them; they have no computed
// effect. Each is validated by its grammar, as a browser validates it,
// so that an invalid declaration is dropped and does not win the cascade
// over an earlier valid one: single keywords (keptKeywords), grammars
// written from the specs (keptGrammars), in files by spec area:
// kept_anim.go (transitions, animations, easing functions), kept_box.go
// (UI, scrolling, multi-column, containment, shapes), kept_mask.go
// (masking, backdrop-filter), kept_fonts.go (text-size-adjust),
// kept_text.go, kept_timeline.go (scroll-driven animations, view
// transitions), kept_anchor.go (anchor positioning), kept_motion.go
// (offset, SVG path data), kept_svg.go (SVG presentation properties),
// kept_fragment.go (breaks), kept_legacy.go (-webkit- compatibility
// properties and small features not rendered); kept_math.go types
// numbers, dimensions and math functions. Where Chromium 156 and the
// spec disagree, the grammar follows Chromium and says so (AD-HOC). A
// value with var() or another arbitrary substitution function is valid
// until substitution (https://drafts.csswg.org/css-values-5/#arbitrary-substitution).
//
// TODO(spec): properties Chromium 156 keeps that Pane still drops (as
// CSS.supports lists them): -webkit-box-reflect, -webkit-mask-box-image
// and its longhands, the column-rule-break, -inset-* and
// -visibility-items gap decoration longhands (and their row- twins),
// border-shape, the corner-*-shape properties, animation-trigger, the
// timeline-trigger-* properties.

// keptKeywords are the kept properties whose value is one keyword.
var keptKeywords = map[string][]string{
	"pointer-events":              {"auto", "none", "visiblepainted", "visiblefill", "visiblestroke", "visible", "painted", "fill", "stroke", "all", "bounding-box"},
	"user-select":                 {"auto", "text", "none", "all"},
	"-webkit-user-select":         {"auto", "text", "none", "all"},
	"resize":                      {"none", "both", "horizontal", "vertical", "block", "inline"},
	"scroll-behavior":             {"auto", "smooth"},
	"overscroll-behavior-x":       {"auto", "contain", "none"},
	"overscroll-behavior-y":       {"auto", "contain", "none"},
	"overscroll-behavior-block":   {"auto", "contain", "none"},
	"overscroll-behavior-inline":  {"auto", "contain", "none"},
	"appearance":                  appearanceKeywords,
	"-webkit-appearance":          append([]string{"slider-vertical"}, appearanceKeywords...),
	"backface-visibility":         {"visible", "hidden"},
	"-webkit-backface-visibility": {"visible", "hidden"},
	"transform-style":             {"flat", "preserve-3d"},
	"-webkit-transform-style":     {"flat", "preserve-3d"},
	"content-visibility":          {"visible", "auto", "hidden"},
	// AD-HOC: Chromium keeps SVG 1.1's writing-mode values and
	// sideways-right.
	"writing-mode":                 {"horizontal-tb", "vertical-rl", "vertical-lr", "sideways-rl", "sideways-lr", "lr", "lr-tb", "rl", "rl-tb", "tb", "tb-rl"},
	"text-orientation":             {"mixed", "upright", "sideways", "sideways-right"},
	"box-decoration-break":         {"slice", "clone"},
	"-webkit-box-decoration-break": {"slice", "clone"},
	"text-wrap-mode":               {"wrap", "nowrap"},
	"text-wrap-style":              {"auto", "balance", "stable", "pretty"},
	"forced-color-adjust":          {"auto", "none", "preserve-parent-color"},
	"print-color-adjust":           {"economy", "exact"},
	"-webkit-print-color-adjust":   {"economy", "exact"},
	"overflow-anchor":              {"auto", "none"},
	"scroll-snap-stop":             {"normal", "always"},
	"column-span":                  {"none", "all"},
	"-webkit-column-span":          {"none", "all"},
	"column-fill":                  {"auto", "balance"},
	"text-decoration-skip-ink":     {"auto", "none", "all"},
	"white-space-collapse":         {"collapse", "preserve", "preserve-breaks", "break-spaces"},
	"scrollbar-width":              {"auto", "thin", "none"},
	"-webkit-font-smoothing":       {"auto", "none", "antialiased", "subpixel-antialiased"},
	"text-rendering":               {"auto", "optimizespeed", "optimizelegibility", "geometricprecision"},
	"mask-type":                    {"luminance", "alpha"},
	"-webkit-user-drag":            {"auto", "none", "element"},
	"field-sizing":                 {"fixed", "content"},
	"interpolate-size":             {"numeric-only", "allow-keywords"},
}

// appearanceKeywords are the values of appearance that Chromium keeps
// (https://drafts.csswg.org/css-ui/#appearance-switching; AD-HOC: the
// <compat-auto> values Chromium has dropped are dropped).
var appearanceKeywords = []string{"none", "auto", "base-select", "checkbox", "radio", "button", "listbox", "menulist",
	"menulist-button", "meter", "progress-bar", "searchfield", "textarea", "textfield"}

var borderStyleKeywords = []string{"none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"}

// keptGrammar validates the value of a kept property: its tokens and
// their component values (never empty).
type keptGrammar func(toks []tok, comps [][]tok) bool

// keptGrammars are the kept properties validated by their grammars, each
// written in the file named beside it.
var keptGrammars map[string]keptGrammar

func init() {
	keptGrammars = map[string]keptGrammar{
		"cursor":                     parseCursor,            // kept_box.go
		"will-change":                parseWillChange,        // kept_box.go
		"contain":                    parseContain,           // kept_box.go
		"perspective":                parsePerspective,       // kept_box.go
		"-webkit-perspective":        parseWebkitPerspective, // kept_box.go
		"perspective-origin":         parseOriginKept,        // kept_box.go
		"-webkit-perspective-origin": parseOriginKept,        // kept_box.go
		"caret-color":                parseAutoOrColor,       // kept_box.go
		"accent-color":               parseAutoOrColor,       // kept_box.go
		"scrollbar-color":            parseScrollbarColor,    // kept_box.go
		"scrollbar-gutter":           parseScrollbarGutter,   // kept_box.go
		"-webkit-tap-highlight-color": func(_ []tok, comps [][]tok) bool { // kept_box.go
			return len(comps) == 1 && validColor(comps[0])
		},
		"scroll-snap-type":  parseScrollSnapType,  // kept_box.go
		"scroll-snap-align": parseScrollSnapAlign, // kept_box.go
		"zoom":              parseZoom,            // kept_box.go
		"shape-outside":     parseShapeOutside,    // kept_box.go
		"shape-margin": func(_ []tok, comps [][]tok) bool { // kept_box.go
			return len(comps) == 1 && validLengthPercentage(comps[0], true, true)
		},
		"shape-image-threshold": func(_ []tok, comps [][]tok) bool { // kept_box.go
			return len(comps) == 1 && (isNumeric(comps[0], typeNumber, false) || isNumeric(comps[0], typePercent, false))
		},
		"container":           parseContainer,          // kept_box.go
		"container-name":      parseContainerNameKept,  // kept_box.go
		"container-type":      parseContainerTypeKept,  // kept_box.go
		"touch-action":        parseTouchAction,        // kept_box.go
		"overscroll-behavior": parseOverscrollBehavior, // kept_box.go
		"color-scheme":        parseColorScheme,        // kept_box.go
		"text-wrap":           parseTextWrap,           // kept_box.go
		"backdrop-filter":     parseBackdropFilter,     // kept_mask.go
	}
	addColumnGrammars(keptGrammars)                                // kept_box.go
	addScrollGrammars(keptGrammars)                                // kept_box.go
	addAnimationGrammars(keptGrammars)                             // kept_anim.go
	addMaskGrammars(keptGrammars)                                  // kept_mask.go
	addSVGGrammars(keptGrammars)                                   // kept_svg.go
	addFragmentationGrammars(keptGrammars)                         // kept_fragment.go
	keptGrammars["text-size-adjust"] = parseTextSizeAdjust         // kept_fonts.go
	keptGrammars["-webkit-text-size-adjust"] = parseTextSizeAdjust // kept_fonts.go
	addTextGrammars(keptGrammars)                                  // kept_text.go
	addTimelineGrammars(keptGrammars)                              // kept_timeline.go
	addAnchorGrammars(keptGrammars)                                // kept_anchor.go
	addMotionGrammars(keptGrammars)                                // kept_motion.go
	addContainIntrinsicGrammars(keptGrammars)                      // kept_box.go
	addLegacyGrammars(keptGrammars)                                // kept_legacy.go
	for _, words := range []map[string][]string{svgKeywords, fragmentationKeywords, textKeywords, legacyKeywords} {
		for name, w := range words {
			keptKeywords[name] = w
		}
	}
}

// keptFree are the kept properties whose values are not validated: none
// today, every kept property has its grammar.
var keptFree = map[string]bool{}

// keptDeclaration returns the declaration of a kept property, or nil when
// name is not one or the value is not valid for it.
func keptDeclaration(name string, toks []tok, important bool) *Declaration {
	words, grammar, free := keptKeywords[name], keptGrammars[name], keptFree[name]
	if words == nil && grammar == nil && !free {
		return nil
	}
	comps := components(toks)
	if len(comps) == 0 || !keptValueValid(words, grammar, toks, comps) {
		return nil
	}
	return &Declaration{Property: name, Value: tokensTextOf(toks), Important: important}
}

// keptValueValid validates a kept property's value: a CSS-wide keyword
// alone (https://drafts.csswg.org/css-cascade/#defaulting-keywords), a
// value with an arbitrary substitution function, or a value its grammar
// (or keyword list) accepts.
func keptValueValid(words []string, grammar keptGrammar, toks []tok, comps [][]tok) bool {
	if containsSubstitution(toks) {
		return true
	}
	for _, c := range comps {
		if len(c) == 1 && c[0].t == css.IdentToken {
			if _, global := globalKeyword(c[0].s); global {
				return len(comps) == 1 // a CSS-wide keyword must stand alone
			}
		}
	}
	switch {
	case words != nil:
		return len(comps) == 1 && keywordIn(comps[0], words...)
	case grammar != nil:
		return grammar(toks, comps)
	}
	return true // a free one
}

// containsSubstitution reports whether toks hold an arbitrary
// substitution function, var(), env(), attr() or if(), which make a value
// valid until they are substituted
// (https://drafts.csswg.org/css-values-5/#arbitrary-substitution).
//
// TODO(spec): Pane substitutes var() only, and computes none of the kept
// properties; env(), attr() and if() are kept as written.
func containsSubstitution(toks []tok) bool {
	for _, t := range toks {
		if t.t == css.FunctionToken {
			switch strings.ToLower(t.s) {
			case "var(", "env(", "attr(", "if(":
				return true
			}
		}
	}
	return false
}

// keywordIn reports whether c is one of the keywords words (ASCII
// case-insensitively).
func keywordIn(c []tok, words ...string) bool {
	if len(c) != 1 || c[0].t != css.IdentToken {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(c[0].s, w) {
			return true
		}
	}
	return false
}

// isCustomIdent reports whether c is a <custom-ident>: an identifier
// other than the CSS-wide keywords, default and the excluded keywords
// (https://drafts.csswg.org/css-values-4/#custom-idents).
func isCustomIdent(c []tok, excluded ...string) bool {
	if len(c) != 1 || c[0].t != css.IdentToken && c[0].t != css.CustomPropertyNameToken {
		return false
	}
	if _, global := globalKeyword(c[0].s); global || strings.EqualFold(c[0].s, "default") {
		return false
	}
	return !keywordIn(c, excluded...)
}

// validColor reports whether c is a <color>.
func validColor(c []tok) bool {
	_, _, ok := parseColor(c)
	return ok
}

// validLength reports whether c is a <length> (nonNeg: [0,∞]).
func validLength(c []tok, nonNeg bool) bool {
	l, ok := parseLengthPercentage(c, false)
	return ok && !(nonNeg && l.negative())
}

// validLengthPercentage reports whether c is a <length-percentage>
// (nonNeg: [0,∞]); percent false makes it a <length>.
func validLengthPercentage(c []tok, percent, nonNeg bool) bool {
	l, ok := parseLengthPercentage(c, percent)
	return ok && !(nonNeg && l.negative())
}

// validImage reports whether c is an <image>: a url(), a gradient or another
// image function.
func validImage(c []tok) bool {
	if ident(c) != "" {
		return false
	}
	_, ok := layerImage([][]tok{c}, nil)
	return ok
}

// commaList validates a comma-separated list, each item's components
// with one (the # multiplier).
func commaList(toks []tok, one func(comps [][]tok) bool) bool {
	for _, part := range splitCommas(toks) {
		comps := components(part)
		if len(comps) == 0 || !one(comps) {
			return false
		}
	}
	return true
}

// anyOrder validates the components of a || combination of
// single-component slots (https://drafts.csswg.org/css-values-4/#component-combinators):
// each component fills the first unfilled slot that accepts it, the way
// Chromium's parser tries the longhands of a shorthand in order; at
// least one slot must be filled.
func anyOrder(comps [][]tok, slots ...func(c []tok) bool) bool {
	var filled uint32
	for _, c := range comps {
		i := 0
		for ; i < len(slots); i++ {
			if filled&(1<<i) == 0 && slots[i](c) {
				filled |= 1 << i
				break
			}
		}
		if i == len(slots) {
			return false
		}
	}
	return len(comps) > 0
}

// oneOfKeywords returns a slot accepting one of words.
func oneOfKeywords(words ...string) func(c []tok) bool {
	return func(c []tok) bool { return keywordIn(c, words...) }
}
