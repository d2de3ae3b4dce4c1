package cssom

import "github.com/tdewolff/parse/v2/css"

// The grammars of the kept box, interaction, scrolling and multi-column
// properties (kept.go).

// cursorKeywords are the <cursor-predef> keywords of
// https://drafts.csswg.org/css-ui/#cursor; AD-HOC: with the -webkit-
// ones Chromium keeps.
var cursorKeywords = []string{"auto", "default", "none", "context-menu", "help", "pointer", "progress", "wait",
	"cell", "crosshair", "text", "vertical-text", "alias", "copy", "move", "no-drop", "not-allowed", "grab",
	"grabbing", "e-resize", "n-resize", "ne-resize", "nw-resize", "s-resize", "se-resize", "sw-resize",
	"w-resize", "ew-resize", "ns-resize", "nesw-resize", "nwse-resize", "col-resize", "row-resize",
	"all-scroll", "zoom-in", "zoom-out", "-webkit-grab", "-webkit-grabbing", "-webkit-zoom-in", "-webkit-zoom-out"}

// parseCursor validates cursor = [ [ <url> | <url-set> ] [ <x> <y> ]? ]#? <cursor-predef>
// (https://drafts.csswg.org/css-ui/#cursor): the images and their
// optional hotspots, then a keyword. AD-HOC: as Chromium, the images are
// url() and image-set() only, and the hotspot numbers may be negative or
// fractional.
func parseCursor(toks []tok, _ [][]tok) bool {
	parts := splitCommas(toks)
	for i, part := range parts {
		comps := components(part)
		if i == len(parts)-1 {
			return len(comps) == 1 && keywordIn(comps[0], cursorKeywords...)
		}
		if len(comps) != 1 && len(comps) != 3 {
			return false
		}
		if _, isURL := parseURLComponent(comps[0]); !isURL && !isFunc(comps[0], "image-set(") && !isFunc(comps[0], "-webkit-image-set(") {
			return false
		}
		if len(comps) == 3 && !(isNumeric(comps[1], typeNumber, false) && isNumeric(comps[2], typeNumber, false)) {
			return false
		}
	}
	return false
}

// parseWillChange validates will-change = auto | <animateable-feature>#,
// where <animateable-feature> = scroll-position | contents |
// <custom-ident> and the identifier is not will-change, none, all or
// auto (https://drafts.csswg.org/css-will-change/#will-change).
func parseWillChange(toks []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "auto") {
		return true
	}
	return commaList(toks, func(comps [][]tok) bool {
		return len(comps) == 1 && isCustomIdent(comps[0], "will-change", "none", "all", "auto")
	})
}

// parseContain validates contain = none | strict | content | [ [ size |
// inline-size ] || layout || style || paint ]
// (https://drafts.csswg.org/css-contain-3/#contain-property).
func parseContain(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none", "strict", "content") {
		return true
	}
	return anyOrder(comps, oneOfKeywords("size", "inline-size"), oneOfKeywords("layout"), oneOfKeywords("style"), oneOfKeywords("paint"))
}

// parsePerspective validates perspective = none | <length [0,∞]>
// (https://drafts.csswg.org/css-transforms-2/#perspective-property).
func parsePerspective(_ []tok, comps [][]tok) bool {
	return len(comps) == 1 && (keywordIn(comps[0], "none") || validLength(comps[0], true))
}

// parseWebkitPerspective validates -webkit-perspective: AD-HOC, as
// Chromium, perspective or a <number [0,∞]> of px.
func parseWebkitPerspective(toks []tok, comps [][]tok) bool {
	return parsePerspective(toks, comps) || len(comps) == 1 && isNumeric(comps[0], typeNumber, true)
}

// parseOriginKept validates perspective-origin (and mask-position) = <position>
// (https://drafts.csswg.org/css-values-4/#position): <bg-position>
// without its three-value form.
func parseOriginKept(_ []tok, comps [][]tok) bool {
	_, ok := parsePosition(comps)
	return ok && len(comps) != 3
}

// parseAutoOrColor validates auto | <color> (caret-color:
// https://drafts.csswg.org/css-ui/#caret-color; accent-color:
// https://drafts.csswg.org/css-ui/#widget-accent).
func parseAutoOrColor(_ []tok, comps [][]tok) bool {
	return len(comps) == 1 && (keywordIn(comps[0], "auto") || validColor(comps[0]))
}

// parseScrollbarColor validates scrollbar-color = auto | <color>{2}
// (https://drafts.csswg.org/css-scrollbars/#scrollbar-color).
func parseScrollbarColor(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 {
		return keywordIn(comps[0], "auto")
	}
	return len(comps) == 2 && validColor(comps[0]) && validColor(comps[1])
}

// parseScrollbarGutter validates scrollbar-gutter = auto | stable &&
// both-edges? (https://drafts.csswg.org/css-overflow-3/#scrollbar-gutter-property).
func parseScrollbarGutter(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 {
		return keywordIn(comps[0], "auto", "stable")
	}
	return len(comps) == 2 && anyOrder(comps, oneOfKeywords("stable"), oneOfKeywords("both-edges"))
}

// parseScrollSnapType validates scroll-snap-type = none | [ x | y |
// block | inline | both ] [ mandatory | proximity ]?
// (https://drafts.csswg.org/css-scroll-snap/#scroll-snap-type).
func parseScrollSnapType(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	return (len(comps) == 1 || len(comps) == 2) && keywordIn(comps[0], "x", "y", "block", "inline", "both") &&
		(len(comps) == 1 || keywordIn(comps[1], "mandatory", "proximity"))
}

// parseScrollSnapAlign validates scroll-snap-align = [ none | start |
// end | center ]{1,2} (https://drafts.csswg.org/css-scroll-snap/#scroll-snap-align).
func parseScrollSnapAlign(_ []tok, comps [][]tok) bool {
	return repeatedComps(comps, 1, 2, oneOfKeywords("none", "start", "end", "center"))
}

// repeatedComps validates between least and most components, each accepted
// by one (the {A,B} multiplier).
func repeatedComps(comps [][]tok, least, most int, one func(c []tok) bool) bool {
	if len(comps) < least || len(comps) > most {
		return false
	}
	for _, c := range comps {
		if !one(c) {
			return false
		}
	}
	return true
}

// addScrollGrammars adds scroll-margin (<length>{1,4}:
// https://drafts.csswg.org/css-scroll-snap/#scroll-margin) and
// scroll-padding ([ auto | <length-percentage [0,∞]> ]{1,4}:
// https://drafts.csswg.org/css-scroll-snap/#scroll-padding) with their
// physical and logical longhands and their block and inline shorthands.
func addScrollGrammars(g map[string]keptGrammar) {
	margin := func(c []tok) bool { return validLength(c, false) }
	padding := func(c []tok) bool { return keywordIn(c, "auto") || validLengthPercentage(c, true, true) }
	for prop, one := range map[string]func([]tok) bool{"scroll-margin": margin, "scroll-padding": padding} {
		g[prop] = func(_ []tok, comps [][]tok) bool { return repeatedComps(comps, 1, 4, one) }
		for _, axis := range []string{"-block", "-inline"} {
			g[prop+axis] = func(_ []tok, comps [][]tok) bool { return repeatedComps(comps, 1, 2, one) }
		}
		for _, side := range []string{"-top", "-right", "-bottom", "-left", "-block-start", "-block-end", "-inline-start", "-inline-end"} {
			g[prop+side] = func(_ []tok, comps [][]tok) bool { return repeatedComps(comps, 1, 1, one) }
		}
	}
}

// addColumnGrammars adds the multi-column properties
// (https://drafts.csswg.org/css-multicol/) and their -webkit- aliases,
// and the rules of gap decorations (https://drafts.csswg.org/css-gaps-1/),
// lists as Chromium keeps them.
//
// TODO(spec): column-rule-break, column-rule-inset and the other gap
// decoration properties but rule-overlap.
func addColumnGrammars(g map[string]keptGrammar) {
	for _, prefix := range []string{"", "-webkit-"} {
		g[prefix+"columns"] = parseColumns
		g[prefix+"column-width"] = func(_ []tok, comps [][]tok) bool {
			return len(comps) == 1 && isColumnWidth(comps[0])
		}
		g[prefix+"column-count"] = func(_ []tok, comps [][]tok) bool {
			return len(comps) == 1 && isColumnCount(comps[0])
		}
	}
	single := func(one func(c []tok) bool) func(comps [][]tok) bool {
		return func(comps [][]tok) bool { return len(comps) == 1 && one(comps[0]) }
	}
	style := oneOfKeywords(borderStyleKeywords...)
	rule := func(comps [][]tok) bool { return anyOrder(comps, validLineWidth, style, validColor) }
	for _, name := range []string{"column-rule", "-webkit-column-rule", "row-rule", "rule"} {
		g[name] = gapList(rule)
		g[name+"-width"] = gapList(single(validLineWidth))
		g[name+"-color"] = gapList(single(validColor))
		g[name+"-style"] = gapList(single(style))
	}
	g["rule-overlap"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && keywordIn(comps[0], "row-over-column", "column-over-row")
	}
}

// gapList returns the grammar of a gap decoration list of items,
// [ <item> | repeat( [ <integer [1,∞]> | auto ], <item># ) ]#, with at
// most one auto repeat (https://drafts.csswg.org/css-gaps-1/#typedef-line-color-list).
func gapList(item func(comps [][]tok) bool) keptGrammar {
	return func(toks []tok, _ [][]tok) bool {
		autos := 0
		return commaList(toks, func(comps [][]tok) bool {
			if len(comps) != 1 || !isFunc(comps[0], "repeat(") {
				return item(comps)
			}
			c := comps[0]
			parts := splitCommas(funcArgs(c))
			if len(parts) < 2 || c[len(c)-1].t != css.RightParenthesisToken {
				return false
			}
			n := components(parts[0])
			switch {
			case len(n) != 1:
				return false
			case keywordIn(n[0], "auto"):
				if autos++; autos > 1 {
					return false
				}
			case !isInteger(n[0], 1):
				return false
			}
			for _, p := range parts[1:] {
				if comps := components(p); len(comps) == 0 || !item(comps) {
					return false
				}
			}
			return true
		})
	}
}

// isColumnWidth reports whether c is auto | <length [0,∞]>
// (https://drafts.csswg.org/css-multicol/#cw).
func isColumnWidth(c []tok) bool { return keywordIn(c, "auto") || validLength(c, true) }

// isColumnCount reports whether c is auto | <integer [1,∞]>
// (https://drafts.csswg.org/css-multicol/#cc).
func isColumnCount(c []tok) bool { return keywordIn(c, "auto") || isInteger(c, 1) }

// validLineWidth reports whether c is a <line-width>.
func validLineWidth(c []tok) bool {
	_, ok := parseBorderWidth(c)
	return ok
}

// parseColumns validates columns = <'column-width'> || <'column-count'>
// (https://drafts.csswg.org/css-multicol/#columns): auto fills either.
func parseColumns(_ []tok, comps [][]tok) bool {
	if len(comps) > 2 {
		return false
	}
	width, count := false, false
	for _, c := range comps {
		switch {
		case keywordIn(c, "auto"):
		case !count && isInteger(c, 1):
			count = true
		case !width && validLength(c, true):
			width = true
		default:
			return false
		}
	}
	return true
}

// parseZoom validates zoom = normal | <number [0,∞]> | <percentage [0,∞]>
// (https://drafts.csswg.org/css-viewport/#zoom-property).
func parseZoom(_ []tok, comps [][]tok) bool {
	return len(comps) == 1 && (keywordIn(comps[0], "normal") ||
		isNumeric(comps[0], typeNumber, true) || isNumeric(comps[0], typePercent, true))
}

// parseShapeOutside validates shape-outside = none | [ <basic-shape> ||
// <shape-box> ] | <image> (https://drafts.csswg.org/css-shapes/#shape-outside-property).
//
// TODO(spec): the shape() function.
func parseShapeOutside(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && (keywordIn(comps[0], "none") || validImage(comps[0])) {
		return true
	}
	return anyOrder(comps, func(c []tok) bool {
		return isBasicShapeKept(c) || isFunc(c, "path(") && isPathFunction(c, true)
	}, oneOfKeywords("content-box", "padding-box", "border-box", "margin-box"))
}

// addContainIntrinsicGrammars adds contain-intrinsic-size = [ auto? [
// none | <length [0,∞]> ] ]{1,2} and its longhands, one of the same
// (https://drafts.csswg.org/css-sizing-4/#intrinsic-size-override).
func addContainIntrinsicGrammars(g map[string]keptGrammar) {
	sizes := func(most int) keptGrammar {
		return func(_ []tok, comps [][]tok) bool {
			n := 0
			for i := 0; i < len(comps); i++ {
				if keywordIn(comps[i], "auto") && i+1 < len(comps) {
					i++
				}
				if !keywordIn(comps[i], "none") && !validLength(comps[i], true) {
					return false
				}
				n++
			}
			return n <= most
		}
	}
	g["contain-intrinsic-size"] = sizes(2)
	for _, axis := range []string{"width", "height", "block-size", "inline-size"} {
		g["contain-intrinsic-"+axis] = sizes(1)
	}
}

// parseContainer validates container = <'container-name'> [ /
// <'container-type'> ]? (https://drafts.csswg.org/css-conditional-5/#container-shorthand).
func parseContainer(_ []tok, comps [][]tok) bool {
	for i, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			return parseContainerNameKept(nil, comps[:i]) && parseContainerTypeKept(nil, comps[i+1:])
		}
	}
	return parseContainerNameKept(nil, comps)
}

// parseContainerNameKept validates container-name = none |
// <custom-ident>+, the identifiers not none, and, not or or
// (https://drafts.csswg.org/css-conditional-5/#container-name).
func parseContainerNameKept(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	return repeatedComps(comps, 1, len(comps), func(c []tok) bool { return isCustomIdent(c, "none", "and", "not", "or") })
}

// parseContainerTypeKept validates container-type = normal | [ size |
// inline-size ] || scroll-state (https://drafts.csswg.org/css-conditional-5/#container-type).
func parseContainerTypeKept(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "normal") {
		return true
	}
	return anyOrder(comps, oneOfKeywords("size", "inline-size"), oneOfKeywords("scroll-state"))
}

// parseTouchAction validates touch-action = auto | none | [ [ pan-x |
// pan-left | pan-right ] || [ pan-y | pan-up | pan-down ] || pinch-zoom ]
// | manipulation (https://w3c.github.io/pointerevents/#the-touch-action-css-property).
func parseTouchAction(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "auto", "none", "manipulation") {
		return true
	}
	return anyOrder(comps, oneOfKeywords("pan-x", "pan-left", "pan-right"), oneOfKeywords("pan-y", "pan-up", "pan-down"), oneOfKeywords("pinch-zoom"))
}

// parseOverscrollBehavior validates overscroll-behavior = [ contain |
// none | auto ]{1,2} (https://drafts.csswg.org/css-overscroll/#overscroll-behavior-properties).
func parseOverscrollBehavior(_ []tok, comps [][]tok) bool {
	return repeatedComps(comps, 1, 2, oneOfKeywords("auto", "contain", "none"))
}

// parseColorScheme validates color-scheme = normal | [ light | dark |
// <custom-ident> ]+ && only? (https://drafts.csswg.org/css-color-adjust/#color-scheme-prop):
// only comes first or last, the identifiers are not normal or only.
func parseColorScheme(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "normal") {
		return true
	}
	switch {
	case keywordIn(comps[0], "only"):
		comps = comps[1:]
	case keywordIn(comps[len(comps)-1], "only"):
		comps = comps[:len(comps)-1]
	}
	return repeatedComps(comps, 1, len(comps), func(c []tok) bool { return isCustomIdent(c, "normal", "only") })
}

// parseTextWrap validates text-wrap = <'text-wrap-mode'> ||
// <'text-wrap-style'> (https://drafts.csswg.org/css-text-4/#text-wrap).
func parseTextWrap(_ []tok, comps [][]tok) bool {
	return anyOrder(comps, oneOfKeywords(keptKeywords["text-wrap-mode"]...), oneOfKeywords(keptKeywords["text-wrap-style"]...))
}
