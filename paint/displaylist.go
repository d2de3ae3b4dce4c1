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
// *BoxShadow, *Gradient, *Glyphs, *PushTransform, *PopTransform, *DrawImage, *TileImage, *PushClip, *PopClip, *PushOpacity and
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
	// Radii round the rectangle's corners (zero: square).
	Radii Radii
}

// Border draws a box's border: the area between Rect (the border box) and
// Rect shrunk by Widths. Sides are indexed by cssom.Top, Right, Bottom, Left.
type Border struct {
	Rect   Rect
	Widths cssom.Edges[Fixed]
	Styles cssom.Edges[cssom.BorderStyle]
	Colors cssom.Edges[cssom.Color]
	// Radii round the border's outer edge; the inner edge's radii are
	// these minus the widths.
	Radii Radii
}

// BoxShadow draws one box-shadow. An outer shadow is the rounded rectangle
// Box (the border box) offset by X, Y and grown by Spread, blurred, and cut
// to outside Box; an inset shadow (Box is then the padding box) is the
// shadow of Box's complement offset and grown the same way, cut to inside
// Box.
//
// https://www.w3.org/TR/css-backgrounds-3/#box-shadow
type BoxShadow struct {
	Box   Rect
	Radii Radii
	Inset bool
	// X, Y, Blur and Spread are the shadow's offsets, blur radius (a
	// Gaussian blur with standard deviation Blur/2) and spread distance,
	// in CSS px.
	X, Y, Blur, Spread Fixed
	Color              cssom.Color
}

// GradientStop is one used colour stop of a Gradient: its position along
// the gradient ray in CSS px from the ray's start, in non-decreasing order.
type GradientStop struct {
	Offset Fixed
	Color  cssom.Color
	// Hint marks a transition hint: Offset is where the colours of the
	// stops on either side mix half and half; Color is unused.
	Hint bool
}

// Gradient paints a linear or radial gradient image over Area (cut to it),
// one copy per Tile from Tile's position, repeated in both directions when
// Tile is smaller than Area. The geometry is relative to the tile's
// top-left corner, in CSS px.
//
// https://www.w3.org/TR/css-images-3/#gradients
type Gradient struct {
	Tile, Area Rect
	Radial     bool
	Repeating  bool
	// Linear: the gradient line runs from Start to End.
	Start, End [2]Fixed
	// Radial: the ending shape is the ellipse centred at Start with radii
	// RX, RY; offsets are measured along the horizontal radius.
	RX, RY Fixed
	// Conic: the centre is Start; offsets are in degrees (as CSS px
	// units) clockwise from From degrees, 0 pointing up.
	Conic bool
	From  float32
	Stops []GradientStop
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
	// Blur blurs the run (a text shadow) with a Gaussian of standard
	// deviation Blur/2, in CSS px.
	Blur Fixed
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
	Area Rect
	// Gap is the space between copies on each axis (background-repeat:
	// space), in CSS px; zero for abutting copies.
	Gap       [2]Fixed
	Rendering ImageRendering
}

// PushClip intersects the current clip with Rect until the matching
// PopClip.
type PushClip struct {
	Rect Rect
	// Radii round the clip's corners (overflow clips of boxes with a
	// border-radius clip to the rounded padding box).
	Radii Radii
}

// PopClip restores the clip in force before the matching PushClip.
type PopClip struct{}

// PushOpacity starts a group: the items up to the matching PopOpacity are
// drawn into a transparent layer, which is then composited with Alpha
// (0 transparent .. 255 opaque; CSS Color 4 group opacity). Before that,
// the layer goes through Filters (in order) and is cut to ClipPath; it is
// composited with the Blend mode. Elements with opacity, filter,
// clip-path or mix-blend-mode paint as such a group.
type PushOpacity struct {
	Alpha   uint8
	Filters []cssom.FilterFunction
	// ClipPath, when not nil, cuts the group (after its filters).
	ClipPath *ClipPath
	Blend    cssom.BlendMode
	// TextMask, when not empty, keeps only the group's pixels under these
	// glyph runs (their colours are ignored): background-clip: text.
	TextMask []*Glyphs
}

// PopOpacity ends the group started by the matching PushOpacity.
type PopOpacity struct{}

func (*FillRect) isItem()    {}
func (*BoxShadow) isItem()   {}
func (*Gradient) isItem()    {}
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
		case *PopClip, *PopOpacity, *PopTransform:
			depth = max(depth-1, 0)
		}
		for range depth {
			b = append(b, "  "...)
		}
		b = it.appendTo(b)
		b = append(b, '\n')
		switch it.(type) {
		case *PushClip, *PushOpacity, *PushTransform:
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
	b = appendColor(b, it.Color)
	return appendRadii(b, it.Radii)
}

// appendRadii appends " radii h/v h/v h/v h/v" when r is not zero.
func appendRadii(b []byte, r Radii) []byte {
	if r.IsZero() {
		return b
	}
	b = append(b, " radii"...)
	for _, c := range r {
		b = append(b, ' ')
		b = append(b, c[0].String()...)
		b = append(b, '/')
		b = append(b, c[1].String()...)
	}
	return b
}

func (it *BoxShadow) appendTo(b []byte) []byte {
	b = append(b, "BoxShadow "...)
	if it.Inset {
		b = append(b, "inset "...)
	}
	b = appendRect(b, it.Box)
	for _, v := range [4]Fixed{it.X, it.Y, it.Blur, it.Spread} {
		b = append(b, ' ')
		b = append(b, v.String()...)
	}
	b = append(b, ' ')
	b = appendColor(b, it.Color)
	return appendRadii(b, it.Radii)
}

func (it *Gradient) appendTo(b []byte) []byte {
	b = append(b, "Gradient "...)
	if it.Repeating {
		b = append(b, "repeating "...)
	}
	if it.Conic {
		b = fmt.Appendf(b, "conic at (%s,%s) from %gdeg", it.Start[0], it.Start[1], it.From)
	} else if it.Radial {
		b = fmt.Appendf(b, "radial at (%s,%s) %sx%s", it.Start[0], it.Start[1], it.RX, it.RY)
	} else {
		b = fmt.Appendf(b, "linear (%s,%s)-(%s,%s)", it.Start[0], it.Start[1], it.End[0], it.End[1])
	}
	b = append(b, " tile "...)
	b = appendRect(b, it.Tile)
	b = append(b, " over "...)
	b = appendRect(b, it.Area)
	for _, st := range it.Stops {
		b = append(b, ' ')
		if st.Hint {
			b = append(b, "hint "...)
		} else {
			b = appendColor(b, st.Color)
			b = append(b, ' ')
		}
		b = append(b, st.Offset.String()...)
	}
	return b
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
	return appendRadii(b, it.Radii)
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
	if it.Blur > 0 {
		b = append(b, " blur "...)
		b = append(b, it.Blur.String()...)
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
	if it.Gap != [2]Fixed{} {
		b = fmt.Appendf(b, " gap %s,%s", it.Gap[0], it.Gap[1])
	}
	if it.Rendering == RenderPixelated {
		b = append(b, " pixelated"...)
	}
	return b
}

func (it *PushClip) appendTo(b []byte) []byte {
	return appendRadii(appendRect(append(b, "PushClip "...), it.Rect), it.Radii)
}

func (*PopClip) appendTo(b []byte) []byte { return append(b, "PopClip"...) }

func (it *PushOpacity) appendTo(b []byte) []byte {
	b = strconv.AppendInt(append(b, "PushOpacity "...), int64(it.Alpha), 10)
	for _, f := range it.Filters {
		b = fmt.Appendf(b, " filter%d(%g %s)", f.Kind, f.Amount, f.Length+f.Shadow.Blur)
	}
	if it.ClipPath != nil {
		b = fmt.Appendf(b, " clip-path(ellipse=%t %d points)", it.ClipPath.Ellipse, len(it.ClipPath.Points))
	}
	if it.Blend != cssom.BlendNormal {
		b = fmt.Appendf(b, " blend%d", it.Blend)
	}
	if len(it.TextMask) > 0 {
		b = fmt.Appendf(b, " text-mask(%d runs)", len(it.TextMask))
	}
	return b
}

func (*PopOpacity) appendTo(b []byte) []byte { return append(b, "PopOpacity"...) }

// itemString returns one item's text form (for tests and errors).
func itemString(it Item) string {
	return strings.TrimSpace(string(it.appendTo(nil)))
}
