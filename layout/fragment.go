package layout

import (
	"image"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// Fixed is the layout length type: CSS px with 6 fractional bits.
type Fixed = cssom.Fixed

// Rect is a rectangle in CSS px, in the coordinate space of the initial
// containing block (the page's top-left corner is 0,0).
type Rect struct{ X, Y, W, H Fixed }

// FragmentKind says what a fragment stands for.
type FragmentKind uint8

const (
	// BoxFragment is a block-level or atomic inline-level box (block,
	// list-item, inline-block, flow-root, table placeholder).
	BoxFragment FragmentKind = iota
	// InlineFragment is the part of an inline box (<span>, <a>) on one line.
	InlineFragment
	// LineFragment is a line box; its children are inline-level fragments.
	LineFragment
	// TextFragment is a run of shaped text on one line in one font.
	TextFragment
	// ImageFragment is a replaced element (<img>) whose content is Image.
	ImageFragment
	// ViewportFragment is the root: the initial containing block.
	ViewportFragment
)

// Fragment is the output of layout for one box on one line (or the whole box
// for block-level boxes): used values in absolute coordinates. Fragments are
// fresh values, never mutated after Layout returns, so they may be read from
// any goroutine.
//
// Paint reads fragments only; the DOM node is here for geometry queries and
// dumps, and paint never looks at it.
type Fragment struct {
	Kind FragmentKind
	// Node is the element (or text node) this fragment came from; nil for
	// anonymous boxes and line boxes.
	Node *dom.Node
	// Style is the computed style of the box (for anonymous boxes, the
	// inherited style), never nil.
	Style *cssom.ComputedStyle
	// Rect is the border box, in page coordinates.
	Rect Rect
	// Border and Padding are the used widths, top, right, bottom, left.
	Border, Padding cssom.Edges[Fixed]
	// Margin is the used margin (after collapsing is applied to positions,
	// this is still the box's own used margin).
	Margin cssom.Edges[Fixed]
	// Children are the fragments inside this one, in paint-relevant tree order.
	Children []*Fragment

	// Text is set on TextFragments.
	Text *TextRun
	// Emphasis is a TextFragment's run of emphasis marks, nil for none
	// (emphasis.go): glyphs placed like Text's, X from Rect.X and Y from
	// the baseline, in the marks' font and size.
	Emphasis *TextRun
	// Image is set on ImageFragments: the decoded image to draw into the
	// content box. nil means a broken image (paint draws nothing, or alt text
	// comes as a child TextFragment).
	Image image.Image
	// Baseline is the distance from Rect.Y to the box's first baseline, for
	// line boxes, text and inline-level boxes.
	Baseline Fixed
	// Anonymous is true for boxes CSS generates without an element
	// (anonymous block boxes, anonymous inline boxes, markers).
	Anonymous bool
	// Marker is true for a list-item marker fragment.
	Marker bool
	// Pseudo is "before" or "after" when the fragment belongs to a ::before
	// or ::after pseudo-element; Node is then the originating element.
	Pseudo string
	// GridTracks are a grid container's used tracks, the columns then the
	// rows (grid_tracks.go); nil for other boxes.
	GridTracks []GridTrack
}

// ContentBox returns the content box: Rect less border and padding.
func (f *Fragment) ContentBox() Rect {
	l := f.Border[cssom.Left] + f.Padding[cssom.Left]
	t := f.Border[cssom.Top] + f.Padding[cssom.Top]
	r := f.Border[cssom.Right] + f.Padding[cssom.Right]
	b := f.Border[cssom.Bottom] + f.Padding[cssom.Bottom]
	return Rect{f.Rect.X + l, f.Rect.Y + t, f.Rect.W - l - r, f.Rect.H - t - b}
}

// PaddingBox returns the padding box: Rect less border.
func (f *Fragment) PaddingBox() Rect {
	l, t := f.Border[cssom.Left], f.Border[cssom.Top]
	return Rect{f.Rect.X + l, f.Rect.Y + t, f.Rect.W - l - f.Border[cssom.Right], f.Rect.H - t - f.Border[cssom.Bottom]}
}

// TextRun is a run of glyphs shaped in one font at one size, laid out on one
// line, left to right in visual order.
type TextRun struct {
	// Font is the face the glyphs come from.
	Font *Font
	// Size is the font size in CSS px.
	Size Fixed
	// Glyphs are positioned relative to the fragment's origin: X from
	// Rect.X, Y from the baseline (Rect.Y + Baseline).
	Glyphs []Glyph
	// Text is the text the run shows (after white-space processing and
	// text-transform), for dumps and tests.
	Text string
	// Synthetic bold/oblique to apply when painting (the face lacks them).
	FakeBold, FakeItalic bool
}

// Glyph is one positioned glyph.
type Glyph struct {
	ID GlyphID
	// X is the pen position of the glyph origin from the run's start; Y is an
	// offset from the baseline (positive is down). Both in CSS px.
	X, Y Fixed
	// Advance is the horizontal advance in CSS px.
	Advance Fixed
}

// GlyphID is a glyph index in a font.
type GlyphID uint32
