package layout

// SEAM STUB: the text helper replaces the bodies in this file (and adds
// text.go etc.); the signatures are the contract the rest of layout and
// package paint code against.

import (
	"github.com/paneweb/pane/cssom"
)

// FontSet is the set of faces a browser can use: the embedded defaults plus
// faces the caller adds. It is safe for concurrent use by many pages.
type FontSet struct{}

// NewFontSet returns a font set holding only the embedded default faces.
func NewFontSet() *FontSet { return &FontSet{} }

// AddFont adds every face in data (TTF, OTF, TTC or WOFF) under its family
// name.
func (s *FontSet) AddFont(data []byte) error { return nil }

// AddDir adds every font file in dir.
func (s *FontSet) AddDir(dir string) error { return nil }

// FontSpec says which font a piece of text asks for.
type FontSpec struct {
	Families []string // as in ComputedStyle.FontFamily
	Weight   uint16
	Style    cssom.FontStyle
	Size     Fixed // px
}

// SpecOf returns the FontSpec of a computed style.
func SpecOf(cs *cssom.ComputedStyle) FontSpec {
	return FontSpec{Families: cs.FontFamily, Weight: cs.FontWeight, Style: cs.FontStyle, Size: cs.FontSize}
}

// Font is one face at no particular size.
type Font struct{}

// Metrics are a font's vertical metrics at a size, in CSS px. Ascent and
// Descent are both positive distances from the baseline.
type Metrics struct {
	Ascent, Descent, LineGap Fixed
	XHeight, CapHeight       Fixed
	UnderlinePosition        Fixed // below the baseline, positive down
	UnderlineThickness       Fixed
}

// Metrics returns the primary font's metrics for spec: the first family in
// the list that the set has, else the default for the generic family.
func (s *FontSet) Metrics(spec FontSpec) Metrics { return Metrics{} }

// ShapedRun is a piece of shaped text in one font.
type ShapedRun struct {
	Font   *Font
	Text   string  // the characters this run covers
	Glyphs []Glyph // X positions from the run's start
	// Advance is the run's total advance width.
	Advance Fixed
	// FakeBold and FakeItalic ask paint to synthesise the style.
	FakeBold, FakeItalic bool
}

// Shape shapes text (no line breaks inside; one direction) in the font spec,
// with per-character fallback through the family list and then the
// defaults. The result is cached; callers must not modify it.
func (s *FontSet) Shape(text string, spec FontSpec) []ShapedRun { return nil }

// PathOp is a glyph outline operation.
type PathOp uint8

const (
	MoveTo PathOp = iota
	LineTo
	QuadTo
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

// Outline returns glyph id's outline scaled to size px. Bitmap-only and
// empty glyphs return nil.
func (f *Font) Outline(id GlyphID, size Fixed) []PathSegment { return nil }

// Family returns the face's family name.
func (f *Font) Family() string { return "" }

// LineBreaks returns the byte offsets in text where a line may break (a
// break before the byte at that offset), per UAX #14, in increasing order.
// Offset len(text) is not included.
func LineBreaks(text string) []int { return nil }
