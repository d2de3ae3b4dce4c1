package layout

import (
	"image"
	"image/color"
	"sync"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// The broken-image icon: the HTML rendering section lets a user agent show
// an icon for an image that will not become available
// (https://html.spec.whatwg.org/multipage/rendering.html#images-3), and
// pages' geometry assumes the 16×16 one browsers show: alone when the
// element has no alt attribute, before the alt text otherwise.

// brokenIconSize is the icon's size in CSS px.
const brokenIconSize = 16

var (
	brokenIconOnce sync.Once
	brokenIconImg  *image.RGBA
)

// brokenIcon returns the icon, drawn once: a sheet of paper with a folded
// corner, a torn edge and a small picture on it (our own drawing).
func brokenIcon() image.Image {
	brokenIconOnce.Do(func() {
		img := image.NewRGBA(image.Rect(0, 0, brokenIconSize, brokenIconSize))
		edge := color.RGBA{0x8c, 0x8c, 0x8c, 0xff}
		paper := color.RGBA{0xf4, 0xf4, 0xf4, 0xff}
		sky := color.RGBA{0x6f, 0xa8, 0xdc, 0xff}
		hill := color.RGBA{0x5c, 0xa0, 0x4c, 0xff}
		for y := 1; y < 15; y++ {
			for x := 2; x < 14; x++ {
				c := paper
				switch {
				case x == 2 || x == 13 || y == 1 || y == 14:
					c = edge
				case x+y == 10 && y < 5, x > 9 && y < 5 && x-9 > 5-y:
					continue // the folded corner
				case y >= 4 && y <= 7 && x >= 4 && x <= 11:
					c = sky
				case y >= 8 && y <= 11 && x >= 4 && x <= 11 && (x-4) >= (11-y):
					c = hill
				case y >= 8 && y <= 11 && x >= 4 && x <= 11:
					c = sky
				}
				img.SetRGBA(x, y, c)
			}
		}
		// The torn edge: a zigzag gap across the sheet.
		for x := 2; x < 14; x++ {
			y := 9 + (x % 2)
			img.SetRGBA(x, y, color.RGBA{})
		}
		brokenIconImg = img
	})
	return brokenIconImg
}

// brokenIconBox returns a replaced box showing the icon for el, with the
// style st made 16×16; pseudo names the box when it is a part of el's
// box rather than el's own.
func brokenIconBox(el *dom.Node, st *cssom.ComputedStyle, pseudo string) *Box {
	cs := *st
	cs.Width, cs.Height = cssom.LengthOf(cssom.Int(brokenIconSize)), cssom.LengthOf(cssom.Int(brokenIconSize))
	cs.MinWidth, cs.MinHeight = cssom.Length{Kind: cssom.LengthAuto}, cssom.Length{Kind: cssom.LengthAuto}
	if pseudo != "" {
		cs = *cssom.InheritFrom(st)
		cs.Display = cssom.DisplayBlock
		cs.Float = cssom.FloatLeft
		cs.Width, cs.Height = cssom.LengthOf(cssom.Int(brokenIconSize)), cssom.LengthOf(cssom.Int(brokenIconSize))
	}
	return &Box{Kind: ReplacedBox, Node: el, Style: &cs, Image: brokenIcon(), Pseudo: pseudo}
}

// brokenImageWithAlt generates the box of a broken image with alt text in
// a standards-mode document: an inline-block holding the icon, floated
// left, and the alt text, as Chromium lays it out.
func (b *builder) brokenImageWithAlt(c *container, el *dom.Node, st *cssom.ComputedStyle, alt string) {
	cs := *st
	cs.Width, cs.Height = cssom.Length{Kind: cssom.LengthAuto}, cssom.Length{Kind: cssom.LengthAuto}
	x := &Box{Kind: InlineBlockBox, Node: el, Style: &cs}
	if !st.Display.IsInlineLevel() {
		x.Kind = BlockBox
	}
	inner := &container{box: x, space: true}
	b.add(inner, brokenIconBox(el, &cs, "broken-image-icon"), true)
	b.text(inner, el, alt, &cs)
	inner.finish()
	b.add(c, x, st.Display.IsInlineLevel())
}
