package cssom

// The font-synthesis shorthand as the CSSOM splits and serializes it (see
// shorthandtext.go): none | [ weight || style || small-caps || position ].
// https://www.w3.org/TR/css-fonts-4/#font-synthesis

import "strings"

// synthesisWords are the keywords of font-synthesis, in the order of its
// longhands.
var synthesisWords = []string{"weight", "style", "small-caps"}

func init() {
	cssomShorthands["font-synthesis"] = &shorthandForm{
		longhands: []string{"font-synthesis-weight", "font-synthesis-style", "font-synthesis-small-caps"},
		split:     splitFontSynthesis, serialize: serializeFontSynthesis}
}

// splitFontSynthesis gives each longhand auto when its keyword is in the
// value, none otherwise (position has no longhand: AD-HOC, as Chromium).
func splitFontSynthesis(_ string, comps [][]tok) ([]lhText, bool) {
	if _, ok := parseFontSynthesis(comps); !ok {
		return nil, false
	}
	out := make([]lhText, len(synthesisWords))
	for i, w := range synthesisWords {
		out[i].text = "none"
		for _, c := range comps {
			if ident(c) == w {
				out[i].text = "auto"
			}
		}
	}
	return out, true
}

// serializeFontSynthesis writes the keywords of the longhands that are
// auto, or none.
func serializeFontSynthesis(_ string, vals []lhText) string {
	var parts []string
	for i, v := range vals {
		switch v.text {
		case "auto":
			parts = append(parts, synthesisWords[i])
		case "none":
		default:
			return ""
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}
