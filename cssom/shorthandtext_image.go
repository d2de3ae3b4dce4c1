package cssom

// The border-image shorthand as the CSSOM splits and serializes it
// (https://drafts.csswg.org/css-backgrounds-3/#border-image): <source> ||
// <slice> [ / <width> | / <width>? / <outset> ]? || <repeat>; and columns.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// borderImageInitial are the initial texts of borderImageLonghands.
var borderImageInitial = []string{"none", "100%", "1", "0", "stretch"}

func init() {
	cssomShorthands["border-image"] = &shorthandForm{longhands: borderImageLonghands,
		split: splitBorderImage, serialize: serializeBorderImage}
	cssomShorthands["columns"] = &shorthandForm{longhands: []string{"column-width", "column-count", "column-height", "column-wrap"},
		split: splitColumns, serialize: serializeColumns}
}

func isSliceComp(c []tok) bool {
	return c[0].t == css.NumberToken || c[0].t == css.PercentageToken || ident(c) == "fill"
}

func isSlash(c []tok) bool { return len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" }

// splitBorderImage splits border-image; the values left out are set to
// their initial values explicitly.
func splitBorderImage(_ string, comps [][]tok) ([]lhText, bool) {
	v := append([]string(nil), borderImageInitial...)
	var seen [5]bool
	for i := 0; i < len(comps); {
		c := comps[i]
		switch {
		case !seen[0] && isImageComp(c):
			v[0], seen[0] = compText("border-image-source", c), true
			i++
		case !seen[4] && isKeywordIn(c, "stretch", "repeat", "round", "space"):
			j := i + 1
			if j < len(comps) && isKeywordIn(comps[j], "stretch", "repeat", "round", "space") {
				j++
			}
			v[4], seen[4] = compsText("border-image-repeat", comps[i:j]), true
			i = j
		case !seen[1] && isSliceComp(c):
			j := i
			for j < len(comps) && isSliceComp(comps[j]) {
				j++
			}
			v[1], seen[1] = compsText("border-image-slice", comps[i:j]), true
			var ok bool
			if i, ok = borderImageWidths(comps, j, v); !ok {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	return texts(v...), len(comps) > 0
}

// borderImageWidths reads "/ <width>? [/ <outset>]?" after the slice at
// comps[i], into v[2] and v[3]; it returns the index after them.
func borderImageWidths(comps [][]tok, i int, v []string) (int, bool) {
	for part := 2; part <= 3 && i < len(comps) && isSlash(comps[i]); part++ {
		j := i + 1
		for j < len(comps) && !isSlash(comps[j]) && j-i <= 4 && !isImageComp(comps[j]) &&
			!isKeywordIn(comps[j], "stretch", "repeat", "round", "space") {
			j++
		}
		if j > i+1 {
			v[part] = compsText("border-image-"+[]string{"", "", "width", "outset"}[part], comps[i+1:j])
		} else if part == 3 || j >= len(comps) || !isSlash(comps[j]) {
			return 0, false
		}
		i = j
	}
	return i, true
}

// serializeBorderImage writes border-image in full, as Chromium does,
// or "none" when every value is initial.
func serializeBorderImage(_ string, vals []lhText) string {
	initial := true
	for i, v := range vals {
		initial = initial && v.text == borderImageInitial[i]
	}
	if initial {
		return "none"
	}
	var parts []string
	if vals[0].text != "none" {
		parts = append(parts, vals[0].text)
	}
	parts = append(parts, vals[1].text, "/", vals[2].text, "/", vals[3].text, vals[4].text)
	return strings.Join(parts, " ")
}

// splitColumns splits columns: <column-width> || <column-count>, auto
// for those left out (https://drafts.csswg.org/css-multicol-1/#columns).
func splitColumns(_ string, comps [][]tok) ([]lhText, bool) {
	v := texts("auto", "auto", "auto", "auto")
	var seen [2]bool
	if len(comps) == 0 || len(comps) > 2 {
		return nil, false
	}
	for _, c := range comps {
		switch {
		case ident(c) == "auto":
		case c[0].t == css.NumberToken && !seen[1]:
			v[1].text, seen[1] = compText("column-count", c), true
		case c[0].t != css.IdentToken && !seen[0]:
			v[0].text, seen[0] = compText("column-width", c), true
		default:
			return nil, false
		}
	}
	return v, true
}

// serializeColumns writes the width and count that are not auto.
func serializeColumns(_ string, vals []lhText) string {
	if vals[2].text != "auto" || vals[3].text != "auto" {
		return ""
	}
	var parts []string
	for _, v := range vals[:2] {
		if v.text != "auto" {
			parts = append(parts, v.text)
		}
	}
	if len(parts) == 0 {
		return "auto"
	}
	return strings.Join(parts, " ")
}
