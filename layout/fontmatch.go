package layout

import "github.com/paneweb/pane/cssom"

// boldThreshold is the weight from which a face counts as bold: a request at
// or above it served by a lighter face gets synthetic bold (Chromium's
// BoldThreshold, 600).
const boldThreshold = 600

// matchFace picks the face of one family for a weight and style and says
// which synthesis it needs; faces is not empty.
//
// https://www.w3.org/TR/css-fonts-4/#font-style-matching, step 4, for
// font-stretch normal (matchFaceWidth takes another):
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
	return matchFaceWidth(faces, 100, weight, style)
}

// matchFaceWidth is matchFace for the font-stretch stretch, in percent.
func matchFaceWidth(faces []*Font, stretch float32, weight uint16, style cssom.FontStyle) chainFace {
	// a. Narrow the faces to the width nearest the desired one.
	faces = nearestWidth(faces, stretch)
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

// nearestWidth returns the faces whose width font-stretch stretch (in
// percent) matches (step a of matchFace): that width, else for 100% or
// less the nearest narrower then the nearest wider, for more than 100% the
// nearest wider then the nearest narrower. faces itself when all are of
// one width.
func nearestWidth(faces []*Font, stretch float32) []*Font {
	// width is the face's width for this request: the desired one inside
	// a descriptor range, else the range's nearer end, else its class.
	width := func(f *Font) float32 {
		if f.stretchLo > 0 {
			return min(max(stretch, f.stretchLo), f.stretchHi)
		}
		c := int(f.widthClass)
		if c == 0 {
			c = 5 // normal
		}
		return widthPercents[min(c, 9)]
	}
	var best float32 = -1
	for _, f := range faces {
		w := width(f)
		if best < 0 || rankWidth(w, stretch).less(rankWidth(best, stretch)) {
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

// widthPercents are the OS/2 width classes 1 to 9 as font-stretch
// percentages (CSS Fonts 4 §2.3).
var widthPercents = [10]float32{0, 50, 62.5, 75, 87.5, 100, 112.5, 125, 150, 200}

// rankWidth ranks a face of width have (in percent) for the desired stretch: an exact match
// first, then the side the spec checks first, nearest first, then the
// other side.
func rankWidth(have, stretch float32) weightRank {
	d := int(have*8 - stretch*8)
	switch {
	case d == 0:
		return weightRank{0, 0}
	case stretch <= 100 && d < 0, stretch > 100 && d > 0:
		return weightRank{1, max(d, -d)}
	}
	return weightRank{2, max(d, -d)}
}

// stretchOf returns a spec's font-stretch in percent.
func stretchOf(spec FontSpec) float32 {
	if spec.Stretch <= 0 {
		return 100
	}
	return spec.Stretch
}
