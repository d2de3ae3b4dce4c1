package layout

import (
	"hash/maphash"
	"math"
	"strings"
	"unicode"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"github.com/paneweb/pane/cssom"
	"golang.org/x/image/math/fixed"
)

// shaper is the per-goroutine shaping state, pooled in FontSet.shapers:
// HarfBuzz and go-text faces keep caches that are not safe for concurrent
// use, so each shaper owns its faces.
type shaper struct {
	hb    shaping.HarfbuzzShaper
	faces map[faceKey]*font.Face
	runes []rune
	offs  []int // byte offset of each rune in the text, then len(text)
	face  []int // index in the fallback list of each rune's face
	outs  []shapedItem
	// settings are the features, variations and language of the current
	// shapeText call (fontfeatures4.go).
	settings shapeSettings
	// dir is the shaping direction of the current shapeText call.
	dir ShapeDirection
}

// shapedItem is one shaped run before conversion to CSS px.
type shapedItem struct {
	cf         chainFace
	start, end int // rune range
	glyphs     []shaping.Glyph
	rtl        bool // shaped right to left: glyphs in visual order
}

func (s *FontSet) getShaper() *shaper {
	if sh, ok := s.shapers.Get().(*shaper); ok {
		return sh
	}
	return &shaper{faces: make(map[faceKey]*font.Face)}
}

// faceKey identifies a go-text face: a font's tables at one variation
// instance (instances have their own *font.Font, see Font.instance).
type faceKey = *font.Font

func (sh *shaper) faceOf(f *Font) *font.Face {
	k := f.data().ot
	if f.instOT != nil {
		k = f.instOT
	}
	fc := sh.faces[k]
	if fc == nil {
		fc = font.NewFace(k)
		if v := f.variations(); v != nil {
			fc.SetVariations(v)
		}
		sh.faces[k] = fc
	}
	return fc
}

// shape implements FontSet.Shape: a cache lookup, else shapeText.
func (s *FontSet) shape(text string, spec FontSpec) []ShapedRun {
	if text == "" {
		return nil
	}
	if adj, ok := s.adjusted(spec); ok {
		return s.shapeAdjusted(text, adj) // font-size-adjust: fontfeatures_adjust.go
	}
	if spec.Synthesis&(cssom.NoSynthesizeWeight|cssom.NoSynthesizeStyle) != 0 {
		return s.withoutSynthesis(text, spec)
	}
	if s.needsSmallCapsSynthesis(spec) {
		return s.shapeSmallCaps(text, spec)
	}
	size := min(max(spec.Size, 0), maxFontSize)
	w := normWeight(spec.Weight)
	h := s.chainHash(spec.Families, w, spec.Style) ^ uint64(math.Float32bits(stretchOf(spec)))<<17
	h = (h^maphash.String(s.seed, text))*0x9E3779B97F4A7C15 ^ uint64(size)
	if spec.Features != "" {
		h = (h ^ maphash.String(s.seed, spec.Features)) * 0x9E3779B97F4A7C15
	}
	h ^= uint64(spec.Direction) << 56
	if runs, ok := s.shapes.get(h, text, spec.Families, w, spec.Style, size, spec.Features, spec.Direction); ok {
		return runs
	}
	gen := s.shapes.gen.Load()
	c := s.chain(spec)
	feats := s.settingsOf(spec)
	if len(text) > maxCachedText {
		return s.shapeText(text, c, size, feats, spec.Direction)
	}
	// The cached runs' Text fields point into this copy, not into the
	// caller's (possibly large) string.
	text = strings.Clone(text)
	runs := s.shapeText(text, c, size, feats, spec.Direction)
	e := &shapeEntry{text: text, families: c.families, weight: w, style: spec.Style, size: size, features: spec.Features, dir: spec.Direction, runs: runs}
	e.cost = entryCost(text, runs)
	s.shapes.put(h, e, gen)
	return runs
}

// shapeText splits text into runs by face with per-character fallback, shapes
// each run with HarfBuzz and converts the result to CSS px at size.
//
// https://www.w3.org/TR/css-fonts-4/#font-matching-algorithm (steps 6-8):
// each character takes the first font of the fallback list that supports
// it; a character no font supports is drawn with the primary font's .notdef.
//
// Text is shaped in direction dir (ShapeAuto: a run of a right-to-left
// script right to left); the line reorders pieces by their bidi levels
// (shape_bidi.go). feats are the OpenType features to apply
// (shape_features.go); the language is font-language-override's or the
// content language's (fontfeatures4.go).
func (s *FontSet) shapeText(text string, c *fontChain, size Fixed, feats shapeSettings, dir ShapeDirection) []ShapedRun {
	sh := s.getShaper()
	sh.settings, sh.dir = feats, dir
	sh.decode(text)
	sh.itemize(c)
	ok := sh.shapeItems(c)
	runs := sh.convert(text, size)
	// Reset before the shaper goes back to the pool: once there, another
	// goroutine may take it.
	sh.settings, sh.dir = shapeSettings{}, ShapeAuto
	if ok {
		s.shapers.Put(sh)
	}
	return runs
}

// decode fills sh.runes and sh.offs; an invalid UTF-8 byte decodes to
// U+FFFD and covers one byte.
//
// AD-HOC, as Blink's shaper normalizes characters: a tab or line feed that
// reaches the shaper is shaped as a space (tab stops and forced breaks are
// layout's business), and the other C0 and C1 control characters as U+200B
// ZERO WIDTH SPACE, so that they take no room instead of showing .notdef.
func (sh *shaper) decode(text string) {
	sh.runes, sh.offs = sh.runes[:0], sh.offs[:0]
	for i, r := range text {
		switch {
		case r == '\t' || r == '\n':
			r = ' '
		case r < 0x20 || r >= 0x7F && r < 0xA0:
			r = 0x200B
		}
		sh.runes = append(sh.runes, r)
		sh.offs = append(sh.offs, i)
	}
	sh.offs = append(sh.offs, len(text))
}

// clusterContinues reports whether r extends the cluster of the character
// before it for font selection: combining marks, joiners, variation
// selectors, emoji modifiers and tag characters; after a ZERO WIDTH JOINER
// any character continues the cluster (emoji ZWJ sequences).
func clusterContinues(r, prev rune) bool {
	switch {
	case prev == 0x200D:
		return true
	case r == 0x200C || r == 0x200D, // ZWNJ, ZWJ
		r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF, // variation selectors
		r >= 0x1F3FB && r <= 0x1F3FF, // emoji modifiers
		r >= 0xE0020 && r <= 0xE007F: // tags
		return true
	case r < 0x300:
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Me)
}

// ignorable reports whether a font need not map r to support a cluster:
// joiners, variation selectors and tags are default ignorable code points
// the shaper consumes or hides.
func ignorable(r rune) bool {
	return r == 0x200C || r == 0x200D || r == 0x200B ||
		r >= 0xFE00 && r <= 0xFE0F || r >= 0xE0100 && r <= 0xE01EF || r >= 0xE0020 && r <= 0xE007F
}

// itemize picks a face for every rune (sh.face), cluster by cluster.
//
// https://www.w3.org/TR/css-fonts-4/#cluster-matching: a base character
// and the combining characters after it take the first font of the list
// that supports the whole cluster; failing that, the first font that
// supports the base character; failing that, the primary font (.notdef).
//
// TODO(spec): cluster matching step 2, a font with the canonically
// equivalent precomposed character (é for e + U+0301) also supports the
// cluster; that needs NFC composition data.
func (sh *shaper) itemize(c *fontChain) {
	sh.face = sh.face[:0]
	for start := 0; start < len(sh.runes); {
		end := start + 1
		for end < len(sh.runes) && clusterContinues(sh.runes[end], sh.runes[end-1]) {
			end++
		}
		idx := sh.settings.pickFace(c, sh.runes[start:end])
		for range end - start {
			sh.face = append(sh.face, idx)
		}
		start = end
	}
}

// pickFace returns the index in c.faces of the face for one cluster.
func pickFace(c *fontChain, cluster []rune) int {
	base := -1
	for i := range c.faces {
		f := c.faces[i].font
		if !f.supports(cluster[0]) && !ignorable(cluster[0]) {
			continue
		}
		if base < 0 {
			base = i
		}
		all := true
		for _, r := range cluster[1:] {
			if !ignorable(r) && !f.supports(r) {
				all = false
				break
			}
		}
		if all {
			return i
		}
	}
	if base < 0 {
		return c.primaryIndex()
	}
	return base
}

// shapeItems shapes each maximal range of runes with one face and one
// script. It returns false when the shaper panicked on a malformed font
// (the shaper must then be discarded).
func (sh *shaper) shapeItems(c *fontChain) (ok bool) {
	ok = true
	sh.outs = sh.outs[:0]
	n := len(sh.runes)
	for start := 0; start < n; {
		end := start + 1
		sc := language.LookupScript(sh.runes[start])
		for end < n && sh.face[end] == sh.face[start] {
			s2 := language.LookupScript(sh.runes[end])
			if isRealScript(sc) && isRealScript(s2) && s2 != sc {
				break
			}
			if !isRealScript(sc) {
				sc = s2
			}
			end++
		}
		if !isRealScript(sc) {
			sc = language.Latin // AD-HOC: digits and punctuation alone
		}
		cf := sh.settings.varied(c.faces[sh.face[start]])
		rtl := sh.rightToLeft(sc, start, end)
		glyphs, good := sh.shapeRange(cf.font, sc, start, end, rtl)
		if !good {
			ok = false
		}
		sh.outs = append(sh.outs, shapedItem{cf: cf, start: start, end: end, glyphs: glyphs, rtl: rtl})
		start = end
	}
	return ok
}

// rightToLeft reports whether sc is written right to left (Unicode Standard
// §6.1 and the scripts' bidi classes: Arabic, Hebrew, Syriac, Thaana, N'Ko
// and the rest).
func rightToLeft(sc language.Script) bool {
	switch sc {
	case language.Arabic, language.Hebrew, language.Syriac, language.Thaana, language.Nko,
		language.Samaritan, language.Mandaic, language.Adlam, language.Hanifi_Rohingya,
		language.Yezidi, language.Mende_Kikakui, language.Cypriot, language.Kharoshthi,
		language.Phoenician, language.Lydian, language.Avestan, language.Imperial_Aramaic,
		language.Inscriptional_Pahlavi, language.Inscriptional_Parthian, language.Psalter_Pahlavi,
		language.Old_South_Arabian, language.Old_North_Arabian, language.Old_Turkic,
		language.Nabataean, language.Palmyrene, language.Hatran, language.Manichaean,
		language.Meroitic_Cursive, language.Meroitic_Hieroglyphs, language.Sogdian,
		language.Old_Sogdian, language.Elymaic, language.Chorasmian:
		return true
	}
	return false
}

// onlyNumbers reports whether runes hold no letter: only digits (Arabic-Indic
// ones too), the Arabic number signs and separators, and neutrals.
func onlyNumbers(runes []rune) bool {
	for _, r := range runes {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isRealScript(sc language.Script) bool {
	return sc != language.Common && sc != language.Inherited && sc != language.Unknown
}

// rightToLeft reports whether runes [start, end) of script sc are shaped
// right to left: as the shaper's direction says, or with ShapeAuto, when
// sc is a right-to-left script and the runes are not only numbers (bidi
// classes AN and EN, as Arabic-Indic digits, which UAX #9 puts at an even
// level).
func (sh *shaper) rightToLeft(sc language.Script, start, end int) bool {
	switch sh.dir {
	case ShapeLTR:
		return false
	case ShapeRTL:
		return true
	}
	return rightToLeft(sc) && !onlyNumbers(sh.runes[start:end])
}

// shapeRange shapes runes [start, end) of script sc in f, in font units (HarfBuzz scaled
// to size = units per em, so that 26.6 results are font units times 64),
// right to left when rtl (HarfBuzz then returns the glyphs in visual
// order and mirrors characters).
// A panic inside the shaper on a malformed font is recovered: the run is
// then laid out glyph by glyph from the cmap and hmtx, without shaping.
func (sh *shaper) shapeRange(f *Font, sc language.Script, start, end int, rtl bool) (glyphs []shaping.Glyph, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			glyphs, ok = nominalGlyphs(f.data(), sh.runes[start:end]), false
		}
	}()
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	in := shaping.Input{
		Text:      sh.runes,
		RunStart:  start,
		RunEnd:    end,
		Direction: dir,
		Face:      sh.faceOf(f),
		Size:      fixed.I(int(f.data().upem)),
		Script:    sc,
		Language:  sh.settings.languageFor(f, sc),
		// FontFeatures: the slice is only read by the shaper.
		FontFeatures: sh.settings.featuresFor(f),
	}
	out := sh.hb.ShapeNoExtents(in)
	return out.Glyphs, true
}

// nominalGlyphs maps runes to glyphs one to one with their hmtx advances, in
// font units times 64: the fallback when shaping fails.
func nominalGlyphs(f *fontData, runes []rune) []shaping.Glyph {
	fc := font.NewFace(f.ot)
	gs := make([]shaping.Glyph, len(runes))
	for i, r := range runes {
		gid, _ := fc.NominalGlyph(r)
		gs[i].GlyphID = gid
		gs[i].XAdvance = fixed.Int26_6(fc.HorizontalAdvance(gid) * 64)
	}
	return gs
}

// newRun reports whether item i starts a run of its own.
func (sh *shaper) newRun(i int) bool {
	return i == 0 || sh.outs[i].cf != sh.outs[i-1].cf || sh.outs[i].rtl || sh.outs[i-1].rtl
}

// convert turns the shaped items into ShapedRuns in CSS px at size. The pen
// position is kept exact (font units times size) and each glyph's position
// is rounded to 1/64 px from it, so that rounding does not add up along a
// run (Chromium keeps glyph advances as floats); a glyph's Advance is the
// difference of the rounded positions, so a run's Advance is exactly the
// sum of its glyphs' and every machine gets the same numbers. Adjacent
// items in the same face (split only by script), both shaped left to
// right, merge into one run.
func (sh *shaper) convert(text string, size Fixed) []ShapedRun {
	total, nruns := 0, 0
	for i, it := range sh.outs {
		total += len(it.glyphs)
		if sh.newRun(i) {
			nruns++
		}
	}
	all := make([]Glyph, total)
	runs := make([]ShapedRun, 0, nruns)
	sz := int64(size)
	used := 0
	var pen Fixed
	var exact int64 // pen position in font units × 64 × size
	for i, it := range sh.outs {
		if sh.newRun(i) {
			runs = append(runs, ShapedRun{
				Font:       it.cf.font,
				Text:       text[sh.offs[it.start]:sh.offs[it.start]],
				Glyphs:     all[used:used], // appended in place below
				FakeBold:   it.cf.fakeBold,
				FakeItalic: it.cf.fakeItalic,
			})
			pen, exact = 0, 0
		}
		r := &runs[len(runs)-1]
		d := int64(it.cf.font.data().upem) * 64
		for _, g := range it.glyphs {
			exact += int64(g.XAdvance) * sz
			adv := roundDiv(exact, d) - pen
			r.Glyphs = append(r.Glyphs, Glyph{
				ID:      GlyphID(g.GlyphID),
				X:       pen + roundDiv(int64(g.XOffset)*sz, d),
				Y:       -roundDiv(int64(g.YOffset)*sz, d),
				Advance: adv,
			})
			pen += adv
		}
		used += len(it.glyphs)
		r.Advance = pen
		r.Text = text[sh.offs[it.start]-len(r.Text) : sh.offs[it.end]]
	}
	for i := range runs {
		runs[i].Glyphs = runs[i].Glyphs[:len(runs[i].Glyphs):len(runs[i].Glyphs)]
	}
	return runs
}
