package layout

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// kernSpaces applies the kerning pairs a word and the space after it, and
// that space and the next word, make: the text pieces of one text box are
// shaped word by word (and the shaping cached per word), so the pairs
// across a space, which a face such as Liberation Serif has for "A" and
// "T", are lost otherwise. The adjustment goes to the space's advance.
//
// Chromium shapes a text item whole, with those pairs (its word-by-word
// shaping cache steps aside for faces that kern with the space); with them,
// widths of the default faces match it (examples/textwidth).
//
// AD-HOC: a pair's kerning is the advance of the pair shaped together (in
// the pieces' direction) less the advances of its characters shaped alone,
// in the face both are drawn in; only pieces of one text box, with no
// letter-spacing (which turns kerning off, CSS Text 3 §8.2) and kerning
// not turned off by font-kerning or font-feature-settings. TODO(spec):
// Chromium also shapes adjacent text boxes of equal font together, and
// kerns across them.
func (l *layouter) kernSpaces(ps []piece, spec FontSpec) {
	if strings.Contains(spec.Features, "kern=0") {
		return
	}
	for i := range ps {
		p := &ps[i]
		if p.kind != pieceText || p.tab || p.space == "" || p.box.Style.LetterSpacing != 0 || len(p.spaceRuns) != 1 {
			continue
		}
		space := p.spaceRuns[0]
		if len(space.Glyphs) == 0 || space.Size != 0 {
			continue
		}
		spec.Direction = ShapeLTR
		if p.level%2 == 1 {
			spec.Direction = ShapeRTL
		}
		var k Fixed
		if n := len(p.runs); n > 0 && p.runs[n-1].Font == space.Font && p.runs[n-1].Size == 0 {
			r, _ := utf8.DecodeLastRuneInString(p.word)
			k += l.fonts.spaceKerning(space.Font, r, false, spec)
		}
		if i+1 < len(ps) {
			q := &ps[i+1]
			if q.kind == pieceText && !q.tab && q.box == p.box && q.level == p.level && len(q.runs) > 0 && q.runs[0].Font == space.Font && q.runs[0].Size == 0 {
				r, _ := utf8.DecodeRuneInString(q.word)
				k += l.fonts.spaceKerning(space.Font, r, true, spec)
			}
		}
		if k == 0 {
			continue
		}
		// The runs come from the shaping cache: adjust a copy.
		run := space
		run.Glyphs = append([]Glyph(nil), run.Glyphs...)
		run.Glyphs[0].Advance += k
		for j := 1; j < len(run.Glyphs); j++ {
			run.Glyphs[j].X += k
		}
		run.Advance += k
		p.spaceRuns = []ShapedRun{run}
		p.spaceWidth += k
	}
}

// kernKey names one space kerning value: a face, size, features and
// direction, and the character before (or, with spaceFirst, after) a space.
type kernKey struct {
	font       *Font
	size       Fixed
	features   string
	dir        ShapeDirection
	r          rune
	spaceFirst bool
}

// kernMemo holds space kerning values; it is cleared when it reaches
// maxKerns entries.
type kernMemo struct {
	mu sync.Mutex
	m  map[kernKey]Fixed
}

const maxKerns = 1 << 14

// spaceKerning returns the kerning of r and a space (r first, or the space
// first when spaceFirst) in face f at spec's size, features and direction:
// the pair's advance shaped in f alone less the advances of r and the
// space. Memoized in the set.
func (s *FontSet) spaceKerning(f *Font, r rune, spaceFirst bool, spec FontSpec) Fixed {
	k := kernKey{font: f, size: min(max(spec.Size, 0), maxFontSize), features: spec.Features, dir: spec.Direction, r: r, spaceFirst: spaceFirst}
	s.kerns.mu.Lock()
	v, ok := s.kerns.m[k]
	s.kerns.mu.Unlock()
	if ok {
		return v
	}
	c := &fontChain{faces: []chainFace{{font: f}}}
	feats := s.settingsOf(spec)
	adv := func(text string) Fixed {
		var a Fixed
		for _, run := range s.shapeText(text, c, k.size, feats, spec.Direction) {
			a += run.Advance
		}
		return a
	}
	pair := string(r) + " "
	if spaceFirst {
		pair = " " + string(r)
	}
	v = adv(pair) - adv(string(r)) - adv(" ")
	s.kerns.mu.Lock()
	if s.kerns.m == nil || len(s.kerns.m) >= maxKerns {
		s.kerns.m = make(map[kernKey]Fixed)
	}
	s.kerns.m[k] = v
	s.kerns.mu.Unlock()
	return v
}
