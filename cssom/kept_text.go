package cssom

import "github.com/tdewolff/parse/v2/css"

// The grammars of the kept text properties (kept.go): the -webkit- text
// paint properties, hyphenation, text-box and image-orientation.

// textKeywords are the keyword-valued kept text properties.
var textKeywords = map[string][]string{
	// https://drafts.csswg.org/css-writing-modes-4/#text-combine-upright;
	// AD-HOC: Chromium drops digits.
	"text-combine-upright": {"none", "all"},
	// https://drafts.csswg.org/css-inline-3/#text-box-trim
	"text-box-trim": {"none", "trim-start", "trim-end", "trim-both"},
	// https://drafts.csswg.org/css-images-3/#image-orientation; AD-HOC:
	// Chromium drops the angles and flip.
	"image-orientation":     {"from-image", "none"},
	"-webkit-text-security": {"none", "disc", "circle", "square"},
	"-webkit-user-modify":   {"read-only", "read-write", "read-write-plaintext-only"},
}

// addTextGrammars adds the kept text properties with grammars.
func addTextGrammars(g map[string]keptGrammar) {
	color := func(_ []tok, comps [][]tok) bool { return len(comps) == 1 && validColor(comps[0]) }
	// https://compat.spec.whatwg.org/#the-webkit-text-fill-color
	g["-webkit-text-fill-color"] = color
	g["-webkit-text-stroke-color"] = color
	g["-webkit-text-stroke-width"] = func(_ []tok, comps [][]tok) bool { return len(comps) == 1 && validLineWidth(comps[0]) }
	g["-webkit-text-stroke"] = func(_ []tok, comps [][]tok) bool { return anyOrder(comps, validLineWidth, validColor) }
	// https://drafts.csswg.org/css-text-4/#hyphenate-character
	g["hyphenate-character"] = func(_ []tok, comps [][]tok) bool {
		return len(comps) == 1 && (keywordIn(comps[0], "auto") || comps[0][0].t == css.StringToken && len(comps[0]) == 1)
	}
	// https://drafts.csswg.org/css-text-4/#hyphenate-char-limits
	g["hyphenate-limit-chars"] = func(_ []tok, comps [][]tok) bool {
		return repeatedComps(comps, 1, 3, func(c []tok) bool { return keywordIn(c, "auto") || isInteger(c, 1) })
	}
	g["text-box-edge"] = func(_ []tok, comps [][]tok) bool { return isTextEdge(comps) }
	g["text-box"] = parseTextBox
}

// isTextEdge validates text-box-edge = auto | <text-edge>, where
// <text-edge> = [ text | cap | ex | ideographic | ideographic-ink ] [
// text | alphabetic | ideographic | ideographic-ink ]?
// (https://drafts.csswg.org/css-inline-3/#text-box-edge). AD-HOC: as
// Chromium, without the ideographic edges, and ex or cap alone are
// invalid.
func isTextEdge(comps [][]tok) bool {
	switch len(comps) {
	case 1:
		return keywordIn(comps[0], "auto", "text")
	case 2:
		return keywordIn(comps[0], "text", "cap", "ex") && keywordIn(comps[1], "text", "alphabetic")
	}
	return false
}

// parseTextBox validates text-box = normal | <'text-box-trim'> ||
// <'text-box-edge'> (https://drafts.csswg.org/css-inline-3/#text-box-shorthand).
func parseTextBox(_ []tok, comps [][]tok) bool {
	if len(comps) == 1 && keywordIn(comps[0], "normal") {
		return true
	}
	for i, c := range comps {
		if keywordIn(c, textKeywords["text-box-trim"]...) {
			rest := append(append([][]tok(nil), comps[:i]...), comps[i+1:]...)
			return len(rest) == 0 || isTextEdge(rest) && (i == 0 || i == len(comps)-1)
		}
	}
	return isTextEdge(comps)
}
