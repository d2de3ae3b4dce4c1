package cssom

import "github.com/tdewolff/parse/v2/css"

// The grammars of the kept masking properties (CSS Masking,
// https://drafts.fxtf.org/css-masking/) and of backdrop-filter (kept.go).

// maskGeometryBoxes are the boxes of <geometry-box> Chromium keeps in
// the mask properties (https://drafts.fxtf.org/css-masking/#typedef-geometry-box);
// AD-HOC: Chromium drops margin-box.
var maskGeometryBoxes = []string{"border-box", "padding-box", "content-box", "fill-box", "stroke-box", "view-box"}

// webkitMaskBoxes are the boxes of the -webkit-mask properties: AD-HOC,
// as Chromium, the CSS boxes and their legacy names, without no-clip.
var webkitMaskBoxes = []string{"border-box", "padding-box", "content-box", "border", "padding", "content"}

var (
	compositingOperators = []string{"add", "subtract", "intersect", "exclude"}
	maskingModes         = []string{"alpha", "luminance", "match-source"}
	// webkitCompositeOperators are the values of -webkit-mask-composite,
	// the compositing operators of Canvas 2D
	// (https://drafts.fxtf.org/compositing-1/#porterduffcompositingoperators).
	webkitCompositeOperators = []string{"clear", "copy", "source-over", "source-in", "source-out", "source-atop",
		"destination-over", "destination-in", "destination-out", "destination-atop", "xor", "plus-lighter"}
)

// addMaskGrammars adds the mask shorthand, its longhands and the
// -webkit- aliases Chromium keeps.
func addMaskGrammars(g map[string]keptGrammar) {
	layers := func(one func(comps [][]tok) bool) keptGrammar {
		return func(toks []tok, _ [][]tok) bool { return commaList(toks, one) }
	}
	single := func(one func(c []tok) bool) func(comps [][]tok) bool {
		return func(comps [][]tok) bool { return len(comps) == 1 && one(comps[0]) }
	}
	value := func(parse func([][]tok) (value, bool)) func(comps [][]tok) bool {
		return func(comps [][]tok) bool { _, ok := parse(comps); return ok }
	}
	for _, prefix := range []string{"", "-webkit-"} {
		// https://drafts.fxtf.org/css-masking/#the-mask
		g[prefix+"mask-image"] = layers(single(isMaskReference))
		g[prefix+"mask-size"] = layers(value(parseBgSize))
		g[prefix+"mask-repeat"] = layers(value(parseRepeat))
	}
	// AD-HOC: as Chromium, mask-position is a <position>, without the
	// three-value form that -webkit-mask-position and mask keep.
	g["mask-position"] = layers(func(comps [][]tok) bool { return parseOriginKept(nil, comps) })
	g["-webkit-mask-position"] = layers(value(parsePosition))
	g["mask"] = layers(func(comps [][]tok) bool { return isMaskLayer(comps, maskGeometryBoxes, true) })
	g["-webkit-mask"] = layers(func(comps [][]tok) bool { return isMaskLayer(comps, webkitMaskBoxes, false) })
	g["mask-origin"] = layers(single(oneOfKeywords(maskGeometryBoxes...)))
	g["-webkit-mask-origin"] = layers(single(oneOfKeywords(webkitMaskBoxes...)))
	g["mask-clip"] = layers(single(oneOfKeywords(append([]string{"no-clip"}, maskGeometryBoxes...)...)))
	g["-webkit-mask-clip"] = layers(single(oneOfKeywords(append([]string{"text"}, webkitMaskBoxes...)...)))
	g["mask-composite"] = layers(single(oneOfKeywords(compositingOperators...)))
	g["-webkit-mask-composite"] = layers(single(oneOfKeywords(webkitCompositeOperators...)))
	g["mask-mode"] = layers(single(oneOfKeywords(maskingModes...)))
}

// isMaskReference reports whether c is a <mask-reference> = none |
// <image> | <mask-source>.
func isMaskReference(c []tok) bool {
	return keywordIn(c, "none") || validImage(c)
}

// isMaskLayer validates one <mask-layer> = <mask-reference> ||
// <position> [ / <bg-size> ]? || <repeat-style> || <geometry-box> || [
// <geometry-box> | no-clip ] || <compositing-operator> || <masking-mode>
// (https://drafts.fxtf.org/css-masking/#typedef-mask-layer). The
// position, size and repeat style take runs of components; boxes are
// the <geometry-box> keywords, noClipOK allows no-clip.
func isMaskLayer(comps [][]tok, boxes []string, noClipOK bool) bool {
	var ref, pos, repeat, composite, mode bool
	nBoxes, noClip := 0, false
	for i := 0; i < len(comps); i++ {
		c := comps[i]
		switch {
		case !ref && isMaskReference(c):
			ref = true
		case !repeat && isRepeatStart(c):
			n := 1
			if !keywordIn(c, "repeat-x", "repeat-y") && i+1 < len(comps) && isRepeatStart(comps[i+1]) && !keywordIn(comps[i+1], "repeat-x", "repeat-y") {
				n = 2
			}
			repeat, i = true, i+n-1
		case !pos && isPositionComponent(c):
			n := maskPosition(comps[i:])
			if n == 0 {
				return false
			}
			pos, i = true, i+n-1
		case nBoxes < 2 && keywordIn(c, boxes...):
			nBoxes++
		case noClipOK && !noClip && nBoxes < 2 && keywordIn(c, "no-clip"):
			noClip, nBoxes = true, nBoxes+1
		case !composite && keywordIn(c, compositingOperators...):
			composite = true
		case !mode && keywordIn(c, maskingModes...):
			mode = true
		default:
			return false
		}
	}
	return true
}

// isRepeatStart reports whether c is a <repeat-style> keyword.
func isRepeatStart(c []tok) bool {
	return keywordIn(c, "repeat-x", "repeat-y", "repeat", "no-repeat", "space", "round")
}

// isPositionComponent reports whether c can be part of a <position>.
func isPositionComponent(c []tok) bool {
	return keywordIn(c, "left", "right", "top", "bottom", "center") || validLengthPercentage(c, true, false)
}

// maskPosition validates the <position> [ / <bg-size> ]? at the start
// of comps and returns how many components it takes (0 when invalid):
// the longest run of up to four position components that parses, then
// an optional "/" and one or two size components.
func maskPosition(comps [][]tok) int {
	run := 0
	for run < len(comps) && run < 4 && isPositionComponent(comps[run]) {
		run++
	}
	for ; run > 0; run-- {
		if _, ok := parsePosition(comps[:run]); ok {
			break
		}
	}
	if run == 0 || run == len(comps) || !isSlashComp(comps[run]) {
		return run
	}
	for n := min(2, len(comps)-run-1); n > 0; n-- {
		if _, ok := parseBgSize(comps[run+1 : run+1+n]); ok {
			return run + 1 + n
		}
	}
	return 0
}

func isSlashComp(c []tok) bool {
	return len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/"
}

// parseBackdropFilter validates backdrop-filter = none |
// <filter-value-list>, where <filter-value-list> = [ <filter-function>
// | <url> ]+ (https://drafts.fxtf.org/filter-effects-2/#BackdropFilterProperty).
func parseBackdropFilter(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "none") {
		return true
	}
	for _, c := range comps {
		if _, isURL := parseURLComponent(c); isURL {
			continue
		}
		if _, ok := parseFilter([][]tok{c}); !ok || ident(c) != "" {
			return false
		}
	}
	return true
}
