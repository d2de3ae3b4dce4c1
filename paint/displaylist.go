package paint

import (
	"fmt"
	"image"
	"strconv"
	"strings"
	"sync"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// Fixed is a length in CSS px with 6 fractional bits (see cssom.Fixed).
type Fixed = cssom.Fixed

// Rect is a rectangle in CSS px in page coordinates: the initial containing
// block's top-left corner is (0, 0), y grows downwards.
type Rect = layout.Rect

// DisplayList is a page's paint output: a flat list of drawing items in CSS
// painting order (CSS 2.1 Appendix E), ready to be rasterized any number of
// times, at any scale and scroll offset, from any number of goroutines.
//
// A DisplayList must not be modified once Raster has been called on it.
type DisplayList struct {
	// Items are drawn in order, each over the previous ones.
	Items []Item
	// Width and Height are the page's size in CSS px: the viewport extended
	// to the scrollable overflow of the content.
	Width, Height Fixed
	// Background is the canvas background (CSS 2.1 §14.2), painted over the
	// whole output before the items.
	Background cssom.Color

	// mu guards scaled, the images scaled to a device size for this list
	// (shared by every Raster call on the list).
	mu     sync.Mutex
	scaled map[scaledKey]*image.RGBA
}

// Item is one display list entry. The set is closed: *FillRect, *Border,
// *Glyphs, *DrawImage, *TileImage, *PushClip, *PopClip, *PushOpacity and
// *PopOpacity; consumers use a type switch.
//
// Clips and opacity groups each nest properly among themselves, but the two
// stacks are independent: a PopClip pops the latest PushClip even when an
// opacity group was pushed after it. (An absolutely positioned box inside an
// opacity group may escape an overflow clip that encloses the group.)
type Item interface {
	isItem()
	// appendTo appends the item's one-line text form to b.
	appendTo(b []byte) []byte
}

// FillRect fills Rect with Color. Backgrounds and text decoration lines are
// FillRects.
type FillRect struct {
	Rect  Rect
	Color cssom.Color
}

// Border draws a box's border: the area between Rect (the border box) and
// Rect shrunk by Widths. Sides are indexed by cssom.Top, Right, Bottom, Left.
type Border struct {
	Rect   Rect
	Widths cssom.Edges[Fixed]
	Styles cssom.Edges[cssom.BorderStyle]
	Colors cssom.Edges[cssom.Color]
}

// Glyphs draws a run of glyphs of one font at one size.
type Glyphs struct {
	Font *layout.Font
	// Size is the font size in CSS px.
	Size Fixed
	// Glyphs are positioned relative to (X, Y): Glyph.X from X, Glyph.Y
	// from Y (positive is down).
	Glyphs []layout.Glyph
	// X and Y are the run's origin on the baseline, in page coordinates.
	X, Y  Fixed
	Color cssom.Color
	// FakeBold and FakeItalic synthesise a style the face lacks.
	FakeBold, FakeItalic bool
	// Text is the text the run shows, for dumps only.
	Text string
}

// ImageRendering is a scaling hint for DrawImage (CSS Images 3
// image-rendering).
type ImageRendering uint8

const (
	// RenderSmooth scales with a smooth filter (image-rendering: auto).
	RenderSmooth ImageRendering = iota
	// RenderPixelated scales with nearest neighbour (image-rendering:
	// pixelated).
	RenderPixelated
)

// DrawImage draws Image scaled to fill Dest.
type DrawImage struct {
	Image image.Image
	// Dest is the destination rectangle in page coordinates (the content
	// box of the replaced element).
	Dest      Rect
	Rendering ImageRendering
}

// TileImage repeats Image over Area: one copy fills Tile, and copies
// repeat from there in both directions, cut to Area. Background images are
// TileImages.
type TileImage struct {
	Image image.Image
	// Tile is one copy's destination rectangle in page coordinates; its
	// size is the image's used size.
	Tile Rect
	// Area is the painting area the tiles cover and are cut to.
	Area      Rect
	Rendering ImageRendering
}

// PushClip intersects the current clip with Rect until the matching
// PopClip.
type PushClip struct{ Rect Rect }

// PopClip restores the clip in force before the matching PushClip.
type PopClip struct{}

// PushOpacity starts a group: the items up to the matching PopOpacity are
// drawn into a transparent layer, which is then composited with Alpha
// (0 transparent .. 255 opaque; CSS Color 4 group opacity).
type PushOpacity struct{ Alpha uint8 }

// PopOpacity ends the group started by the matching PushOpacity.
type PopOpacity struct{}

func (*FillRect) isItem()    {}
func (*Border) isItem()      {}
func (*Glyphs) isItem()      {}
func (*DrawImage) isItem()   {}
func (*TileImage) isItem()   {}
func (*PushClip) isItem()    {}
func (*PopClip) isItem()     {}
func (*PushOpacity) isItem() {}
func (*PopOpacity) isItem()  {}

// String dumps the list as text, one item per line, indented by clip and
// opacity nesting. It is a test artifact: the format may change.
func (dl *DisplayList) String() string {
	b := make([]byte, 0, 64*len(dl.Items)+64)
	b = append(b, "DisplayList "...)
	b = append(b, dl.Width.String()...)
	b = append(b, 'x')
	b = append(b, dl.Height.String()...)
	b = append(b, " background "...)
	b = appendColor(b, dl.Background)
	b = append(b, '\n')
	depth := 0
	for _, it := range dl.Items {
		switch it.(type) {
		case *PopClip, *PopOpacity:
			depth = max(depth-1, 0)
		}
		for range depth {
			b = append(b, "  "...)
		}
		b = it.appendTo(b)
		b = append(b, '\n')
		switch it.(type) {
		case *PushClip, *PushOpacity:
			depth++
		}
	}
	return string(b)
}

func appendRect(b []byte, r Rect) []byte {
	b = append(b, '(')
	b = append(b, r.X.String()...)
	b = append(b, ',')
	b = append(b, r.Y.String()...)
	b = append(b, ' ')
	b = append(b, r.W.String()...)
	b = append(b, 'x')
	b = append(b, r.H.String()...)
	return append(b, ')')
}

// appendColor appends c as #rrggbb, or #rrggbbaa when not opaque.
func appendColor(b []byte, c cssom.Color) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '#')
	for _, v := range [4]uint8{c.R, c.G, c.B, c.A} {
		b = append(b, hex[v>>4], hex[v&15])
	}
	if c.A == 255 {
		b = b[:len(b)-2]
	}
	return b
}

var borderStyleNames = [...]string{"none", "hidden", "solid", "dotted", "dashed", "double", "groove", "ridge", "inset", "outset"}

func borderStyleName(s cssom.BorderStyle) string {
	if int(s) < len(borderStyleNames) {
		return borderStyleNames[s]
	}
	return "style" + strconv.Itoa(int(s))
}

func (it *FillRect) appendTo(b []byte) []byte {
	b = append(b, "FillRect "...)
	b = appendRect(b, it.Rect)
	b = append(b, ' ')
	return appendColor(b, it.Color)
}

func (it *Border) appendTo(b []byte) []byte {
	b = append(b, "Border "...)
	b = appendRect(b, it.Rect)
	for s := range 4 {
		b = append(b, ' ')
		b = append(b, it.Widths[s].String()...)
		b = append(b, ' ')
		b = append(b, borderStyleName(it.Styles[s])...)
		b = append(b, ' ')
		b = appendColor(b, it.Colors[s])
	}
	return b
}

func (it *Glyphs) appendTo(b []byte) []byte {
	b = append(b, "Glyphs "...)
	fam := ""
	if it.Font != nil {
		fam = it.Font.Family()
	}
	b = strconv.AppendQuote(b, fam)
	b = append(b, ' ')
	b = append(b, it.Size.String()...)
	b = append(b, "px at ("...)
	b = append(b, it.X.String()...)
	b = append(b, ',')
	b = append(b, it.Y.String()...)
	b = append(b, ") "...)
	b = appendColor(b, it.Color)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(len(it.Glyphs)), 10)
	b = append(b, " glyphs"...)
	if it.FakeBold {
		b = append(b, " fake-bold"...)
	}
	if it.FakeItalic {
		b = append(b, " fake-italic"...)
	}
	b = append(b, ' ')
	return strconv.AppendQuote(b, it.Text)
}

func (it *DrawImage) appendTo(b []byte) []byte {
	b = append(b, "DrawImage "...)
	b = appendRect(b, it.Dest)
	if it.Image != nil {
		sz := it.Image.Bounds().Size()
		b = fmt.Appendf(b, " from %dx%d", sz.X, sz.Y)
	} else {
		b = append(b, " from nil"...)
	}
	if it.Rendering == RenderPixelated {
		b = append(b, " pixelated"...)
	}
	return b
}

func (it *TileImage) appendTo(b []byte) []byte {
	b = append(b, "TileImage "...)
	b = appendRect(b, it.Tile)
	b = append(b, " over "...)
	b = appendRect(b, it.Area)
	if it.Image != nil {
		sz := it.Image.Bounds().Size()
		b = fmt.Appendf(b, " from %dx%d", sz.X, sz.Y)
	}
	if it.Rendering == RenderPixelated {
		b = append(b, " pixelated"...)
	}
	return b
}

func (it *PushClip) appendTo(b []byte) []byte {
	return appendRect(append(b, "PushClip "...), it.Rect)
}

func (*PopClip) appendTo(b []byte) []byte { return append(b, "PopClip"...) }

func (it *PushOpacity) appendTo(b []byte) []byte {
	return strconv.AppendInt(append(b, "PushOpacity "...), int64(it.Alpha), 10)
}

func (*PopOpacity) appendTo(b []byte) []byte { return append(b, "PopOpacity"...) }

// itemString returns one item's text form (for tests and errors).
func itemString(it Item) string {
	return strings.TrimSpace(string(it.appendTo(nil)))
}
