package layout

import "github.com/paneweb/pane/cssom"

// boldThreshold is the weight from which a face counts as bold: a request at
// or above it served by a lighter face gets synthetic bold (Chromium's
// BoldThreshold, 600).
const boldThreshold = 600

// matchFace picks the face of one family for a weight and style and says
// which synthesis it needs; faces is not empty.
//
// https://www.w3.org/TR/css-fonts-4/#font-style-matching, step 4, with
// font-stretch always normal (TODO(spec): font-stretch is not a computed
// property yet):
//
//	a. font-stretch is tried first. If the matching set contains faces
//	   with width values matching the font-stretch desired value, faces
//	   with other width values are removed from the matching set. If there
//	   is no face that matches the desired value, [for a desired value of
//	   100% or less] narrower values are checked in descending order
//	   followed by wider values in ascending order.
//
//	b. font-style is tried next. [...] If the value of font-style is italic,
//	   italic faces are checked first, then oblique, then normal faces. If
//	   the value is oblique, oblique faces are checked first, then italic
//	   faces and then normal faces. If the value is normal, normal faces are
//	   checked first, then oblique faces, then italic faces.
//	c. font-weight is matched next [...].
//
// Faces with a weight range (@font-face font-weight: 100 900) match any
// weight inside it. TODO(spec): oblique angles (font-style: oblique 10deg)
// and slant ranges; the font-synthesis property (synthesis is always
// allowed here).
func matchFace(faces []*Font, weight uint16, style cssom.FontStyle) chainFace {
	// a. Narrow the faces to the width class nearest normal.
	faces = nearestWidth(faces)
	// b. Narrow the faces to the best style class present.
	var order [3]cssom.FontStyle
	switch style {
	case cssom.FontStyleItalic:
		order = [3]cssom.FontStyle{cssom.FontStyleItalic, cssom.FontStyleOblique, cssom.FontStyleNormal}
	case cssom.FontStyleOblique:
		order = [3]cssom.FontStyle{cssom.FontStyleOblique, cssom.FontStyleItalic, cssom.FontStyleNormal}
	default:
		order = [3]cssom.FontStyle{cssom.FontStyleNormal, cssom.FontStyleOblique, cssom.FontStyleItalic}
	}
	best := cssom.FontStyleNormal
	for _, st := range order {
		if hasStyle(faces, st) {
			best = st
			break
		}
	}
	// c. Among those, the nearest weight by the spec's ordering. Ties (two
	// faces with the same weight and style) go to the later registration,
	// as a later @font-face rule wins.
	var pick *Font
	var pickRank weightRank
	for _, f := range faces {
		if f.style != best {
			continue
		}
		r := rankWeight(weight, f.nearestWeight(weight))
		if pick == nil || !pickRank.less(r) {
			pick, pickRank = f, r
		}
	}
	if pick == nil { // faces with a style outside the three classes
		pick = faces[0]
	}
	return chainFace{
		font:       pick,
		fakeBold:   weight >= boldThreshold && max(pick.weight, pick.weightMax) < boldThreshold,
		fakeItalic: style != cssom.FontStyleNormal && pick.style == cssom.FontStyleNormal,
	}
}

// nearestWeight returns the weight of the face's range nearest to want: want
// itself when the range holds it, else the nearer end. A face with a weight
// range matches as if it had that weight (CSS Fonts 4 §5.2 step 4c: "If the
// desired weight is inside the range, the desired weight is used").
func (f *Font) nearestWeight(want uint16) uint16 {
	lo, hi := f.weight, max(f.weight, f.weightMax)
	return min(max(want, lo), hi)
}

func hasStyle(faces []*Font, st cssom.FontStyle) bool {
	for _, f := range faces {
		if f.style == st {
			return true
		}
	}
	return false
}

// weightRank orders candidate weights: a lower tier wins, then a lower
// distance within the tier.
type weightRank struct{ tier, dist int }

func (a weightRank) less(b weightRank) bool {
	return a.tier < b.tier || a.tier == b.tier && a.dist < b.dist
}

// rankWeight ranks a face of weight have for the desired weight want, per
// CSS Fonts 4 §5.2 step 4c:
//
//   - If the desired weight is inclusively between 400 and 500, weights
//     greater than or equal to the target weight are checked in ascending
//     order until 500 is hit and checked, followed by weights less than the
//     target weight in descending order, followed by weights greater than
//     500, until a match is found.
//   - If the desired weight is less than 400, weights less than or equal to
//     the desired weight are checked in descending order followed by weights
//     above the desired weight in ascending order until a match is found.
//   - If the desired weight is greater than 500, weights greater than or
//     equal to the desired weight are checked in ascending order followed by
//     weights below the desired weight in descending order until a match is
//     found.
func rankWeight(want, have uint16) weightRank {
	w, h := int(want), int(have)
	switch {
	case w >= 400 && w <= 500:
		switch {
		case h >= w && h <= 500:
			return weightRank{0, h - w}
		case h < w:
			return weightRank{1, w - h}
		default:
			return weightRank{2, h - 500}
		}
	case w < 400:
		if h <= w {
			return weightRank{0, w - h}
		}
		return weightRank{1, h - w}
	default:
		if h >= w {
			return weightRank{0, h - w}
		}
		return weightRank{1, w - h}
	}
}

// nearestWidth returns the faces of the width class font-stretch: normal
// matches (step a of matchFace): normal (5), else the nearest narrower,
// else the nearest wider. faces itself when all are of one width.
func nearestWidth(faces []*Font) []*Font {
	width := func(f *Font) int {
		if f.widthClass == 0 {
			return 5
		}
		return int(f.widthClass)
	}
	best := -1
	for _, f := range faces {
		w := width(f)
		if best < 0 || rankWidth(w) < rankWidth(best) {
			best = w
		}
	}
	all := true
	for _, f := range faces {
		all = all && width(f) == best
	}
	if all {
		return faces
	}
	out := make([]*Font, 0, len(faces))
	for _, f := range faces {
		if width(f) == best {
			out = append(out, f)
		}
	}
	return out
}

// rankWidth orders width classes for a normal request: 5, then 4 down to
// 1, then 6 up to 9.
func rankWidth(w int) int {
	if w <= 5 {
		return 5 - w
	}
	return w
}
