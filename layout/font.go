package layout

// The text API of layout: font sets, font matching, shaping, metrics and
// glyph outlines. The implementation lives in fontset.go (the registry and
// loading), fontdefault.go (the embedded faces and the default family
// mapping), fontfacerule.go (@font-face descriptors), fontface.go (one
// face: metrics and outlines; WOFF2 through internal/woff2), fontmatch.go
// (CSS font matching), shape.go and shapecache.go (shaping with fallback)
// and linebreak.go (UAX #14 break opportunities).

import (
	"hash/maphash"
	"sync"

	"github.com/go-text/typesetting/font"

	"github.com/paneweb/pane/cssom"
)

// FontSet is the set of faces a browser can use: the embedded defaults (the
// Liberation fonts for the web's default families, the Go fonts under their
// own names and for fallback) plus faces the caller adds. It is safe for
// concurrent use by many pages; shaping results are cached inside it and
// shared. Make one with
// NewFontSet (the zero value has no faces and is not usable).
type FontSet struct {
	mu sync.RWMutex
	// families maps an ASCII-lowercased family name to its faces.
	families map[string]*fontFamily
	// added lists the faces added by the caller, in registration order; they
	// serve as the system fallback (CSS Fonts 4 §5.2 step 7) after the
	// family list and the defaults.
	added []*Font

	seed   maphash.Seed
	chains chainCache
	shapes shapeCache
	// shapers pools *shaper values (a HarfbuzzShaper and its per-font faces,
	// which are not safe for concurrent use).
	shapers sync.Pool
	// kerns memoizes the kerning between characters and spaces
	// (shape_kern.go).
	kerns kernMemo
	// featureValues are the @font-feature-values rules added with
	// AddFeatureValues, in order (fontfeatures4.go); guarded by mu.
	featureValues []*cssom.FontFeatureValuesRule
	// paletteValues are the @font-palette-values rules added with
	// AddPaletteValues (fontfeatures_palette.go); guarded by mu.
	paletteValues []*cssom.FontPaletteValuesRule
}

// NewFontSet returns a font set holding only the embedded default faces, each
// at weights 400 and 700, upright and italic: Liberation Serif for serif
// (the initial font-family), Times New Roman and Times; Liberation Sans for
// sans-serif, system-ui, Arial and Helvetica; Liberation Mono for
// monospace, Courier New and Courier; and the Go fonts under their own
// names ("Go" also at 500, "Go Mono"), which serve as fallback for
// characters Liberation lacks. The faces' tables are parsed once per
// process, on first use.
func NewFontSet() *FontSet {
	s := &FontSet{families: make(map[string]*fontFamily), seed: maphash.MakeSeed()}
	s.chains.init()
	s.shapes.init()
	for _, f := range embeddedFonts() {
		s.register(f.family, f)
	}
	return s
}

// AddFont adds every face in data (TTF, OTF, TTC, WOFF or WOFF2) under its family
// names from the font's name table (the typographic family and the legacy
// family, matched case-insensitively), with the weight and style from its
// OS/2 table. Malformed data returns an error and adds nothing. The set
// keeps data: the caller must not modify it afterwards. Adding faces drops
// the set's cached shaping results.
func (s *FontSet) AddFont(data []byte) error { return s.addFont(data) }

// AddDir adds every font file in dir (files ending in .ttf, .otf, .ttc, .otc,
// .woff or .woff2, case-insensitively), in file name order. Every file is tried;
// the error joins the failures, each wrapped with its file name.
func (s *FontSet) AddDir(dir string) error { return s.addDir(dir) }

// FontSpec says which font a piece of text asks for.
type FontSpec struct {
	// Families are family names and generic keywords in order of preference,
	// as in cssom.ComputedStyle.FontFamily. Names match case-insensitively.
	Families []string
	// Weight is the CSS font-weight, 1 to 1000; 0 means 400.
	Weight uint16
	// Style is the CSS font-style.
	Style cssom.FontStyle
	// Size is the font size in CSS px.
	Size Fixed
	// Features are the OpenType features to turn on or off, as
	// "tag=value,..." ("" for the defaults), followed by the "kind:..."
	// settings of fontfeatures4.go (variations, language, emoji
	// presentation, font-size-adjust); see featureString.
	Features string
	// Caps is font-variant-caps, for synthesized small capitals.
	Caps cssom.FontVariantCaps
	// Synthesis says which faces may not be synthesized.
	Synthesis cssom.FontSynthesis
	// Direction is the direction to shape in: the parity of the text's
	// bidi embedding level, when known.
	Direction ShapeDirection
	// Stretch is font-stretch in percent of the normal width; 0 means 100.
	Stretch float32
}

// ShapeDirection is the direction text is shaped in. Right-to-left shaping
// gives glyphs in visual order (last character first) and mirrors
// characters such as parentheses (UAX #9 rule L4).
type ShapeDirection uint8

// The shaping directions.
const (
	// ShapeAuto shapes a run of a right-to-left script (other than its
	// numbers) right to left and the rest left to right: for text whose
	// bidi level is not known.
	ShapeAuto ShapeDirection = iota
	// ShapeLTR shapes left to right (an even bidi level).
	ShapeLTR
	// ShapeRTL shapes right to left (an odd bidi level).
	ShapeRTL
)

// SpecOf returns the FontSpec of a computed style.
func SpecOf(cs *cssom.ComputedStyle) FontSpec {
	return FontSpec{Families: cs.FontFamily, Weight: cs.FontWeight, Style: cs.FontStyle, Size: cs.FontSize,
		Features: featureString(cs), Caps: cs.FontVariantCaps, Synthesis: cs.FontSynthesis, Stretch: cs.FontStretch}
}

// Font is one face at no particular size. Its methods are safe for concurrent
// use. Fonts are created by the FontSet and never change.
type Font struct {
	family string // family name as the font spells it
	// altFamily is the name table's legacy family (name ID 1), also matched.
	altFamily string
	// fullName and psName are the name table's full font name (ID 4) and
	// PostScript name (ID 6), which local() matches.
	fullName, psName string
	// weight and weightMax are the CSS weight range the face stands for,
	// 1..1000 (equal for a face of one weight; an @font-face rule may give a
	// range such as 100 900).
	weight, weightMax uint16
	style             cssom.FontStyle // normal, italic or oblique
	// widthClass is the OS/2 usWidthClass, 1 (ultra-condensed) to 9
	// (ultra-expanded); 0 stands for 5, normal.
	widthClass uint8
	// stretchLo and stretchHi are an @font-face font-stretch descriptor in
	// percent (a range when they differ); 0 when the face has none and
	// widthClass applies.
	stretchLo, stretchHi float32
	// unicodeRange is the @font-face unicode-range descriptor: the face is
	// used only for these characters. Nil means every character.
	unicodeRange []UnicodeRange
	// d holds the parsed tables; lazy, when set, parses them on first use
	// instead (the embedded faces). Use data().
	d    *fontData
	lazy *lazyData
	// wght is the value of the wght variation axis this face is an
	// instance at, 0 for the font's default instance; instances caches the
	// instances made from this face by weight (see instance).
	wght      float32
	instances sync.Map
	// instOT is an instance's own copy of the parsed tables' root (see
	// instance); nil for a default instance.
	instOT *font.Font
	// vars, when set, are the instance's variation settings on all its
	// axes (fontvariation.go); else wght alone applies.
	vars []font.Variation
	// palette, when set, is the colour palette of a palette instance
	// (font-palette, fontfeatures_palette.go); nil for palette 0.
	palette *paletteChoice
}

// UnicodeRange is an inclusive range of code points, as in the @font-face
// unicode-range descriptor (https://www.w3.org/TR/css-fonts-4/#unicode-range-desc).
type UnicodeRange struct{ First, Last rune }

// Metrics are a font's vertical metrics at a size, in CSS px. Ascent and
// Descent are both positive distances from the baseline.
type Metrics struct {
	// Ascent, Descent and LineGap are rounded to whole px, as Chromium does
	// for line layout (SimpleFontData); see Font.Metrics.
	Ascent, Descent, LineGap Fixed
	// XHeight and CapHeight are heights above the baseline.
	XHeight, CapHeight Fixed
	// UnderlinePosition is the distance from the baseline to the top of the
	// underline, positive down.
	UnderlinePosition  Fixed
	UnderlineThickness Fixed
}

// Metrics returns the primary font's metrics for spec: the first family in
// the list that the set has, else the default for the generic family.
func (s *FontSet) Metrics(spec FontSpec) Metrics {
	if adj, ok := s.adjusted(spec); ok {
		spec = adj // font-size-adjust: fontfeatures_adjust.go
	}
	return s.Primary(spec).Metrics(spec.Size)
}

// Primary returns the primary font for spec, never nil: the first available
// font of the family list, the first face "for which the character U+0020
// (space) is not excluded by a unicode-range".
// https://www.w3.org/TR/css-fonts-4/#first-available-font
func (s *FontSet) Primary(spec FontSpec) *Font {
	return s.chain(spec).primary().font
}

// ShapedRun is a piece of shaped text in one font.
type ShapedRun struct {
	// Font is the face the glyphs come from.
	Font *Font
	// Text is the part of the shaped text this run covers (a substring of
	// it, in logical order).
	Text string
	// Glyphs are in visual (left to right) order; X positions are from the
	// run's start, Y offsets from the baseline, positive down, in CSS px.
	Glyphs []Glyph
	// Advance is the run's total advance width in CSS px: the sum of the
	// glyph advances.
	Advance Fixed
	// FakeBold and FakeItalic ask paint to synthesise the style.
	FakeBold, FakeItalic bool
	// Size, when not 0, is the size the run is drawn at instead of the
	// spec's (synthesized small capitals).
	Size Fixed
}

// Shape shapes text (no line breaks inside; one direction) in the font spec,
// with per-character fallback through the family list, then the defaults,
// then the faces added to the set; a character no face has is the primary
// font's .notdef. Runs come in logical order, each in one face; a run of a
// right-to-left script is shaped right to left on its own (no bidi
// reordering yet). A stray tab or newline shapes as a space and other
// control characters as nothing. Empty text gives nil.
//
// Glyph positions are font units scaled to spec.Size and rounded to 1/64 px
// from the exact pen position (so rounding does not accumulate along a
// run), and results are identical on every machine. The result is cached
// in the set (keyed by text and spec); callers must not modify it.
func (s *FontSet) Shape(text string, spec FontSpec) []ShapedRun { return s.shape(text, spec) }

// PathOp is a glyph outline operation.
type PathOp uint8

const (
	// MoveTo starts a new contour at Pts[0].
	MoveTo PathOp = iota
	// LineTo draws a line to Pts[0].
	LineTo
	// QuadTo draws a quadratic Bézier curve with control point Pts[0] to
	// Pts[1].
	QuadTo
	// CubeTo draws a cubic Bézier curve with control points Pts[0] and
	// Pts[1] to Pts[2].
	CubeTo
)

// PathPoint is a point of a glyph outline in px from the glyph origin, y down.
// Outlines are the one place where layout hands out floats: they go straight
// to the rasterizer.
type PathPoint struct{ X, Y float32 }

// PathSegment is one outline operation with its points (1 for MoveTo and
// LineTo, 2 for QuadTo, 3 for CubeTo).
type PathSegment struct {
	Op  PathOp
	Pts [3]PathPoint
}

// Outline returns glyph id's outline scaled to size px: points in CSS px from
// the pen position on the baseline, y pointing down. Bitmap-only, unknown
// and empty glyphs return nil. Each call builds a fresh slice; caching per
// (glyph, size) is the painter's job.
func (f *Font) Outline(id GlyphID, size Fixed) []PathSegment { return f.outline(id, size) }

// Family returns the face's family name, as the font names it (or as the
// @font-face rule that added it does).
func (f *Font) Family() string { return f.family }

// LineBreaks returns the byte offsets in text where a line may break (a
// break before the byte at that offset), per UAX #14, in increasing order.
// Offset len(text) is not included.
func LineBreaks(text string) []int { return lineBreaks(text) }
