package paint

import (
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// decoLine is how one decorating box asks for one decoration line: its
// colour, style and thickness, and for underlines the offset and position.
// https://www.w3.org/TR/css-text-decor-4/#line-decoration
type decoLine struct {
	color cssom.Color
	style cssom.TextDecorationStyle
	// thickness is the used thickness in CSS px, or 0 for auto and
	// from-font (the font's underline thickness).
	thickness Fixed
	// offset is text-underline-offset in CSS px; offsetAuto says it is
	// auto. under says text-underline-position is under.
	offset     Fixed
	offsetAuto bool
	under      bool
}

// addFrom returns d with the decoration lines of decorating box style st
// added: each line takes the innermost box's colour, style, thickness and
// underline offset and position.
func (d decorations) addFrom(st *cssom.ComputedStyle) decorations {
	for i, l := range [3]cssom.TextDecorationLine{cssom.DecorationUnderline, cssom.DecorationOverline, cssom.DecorationLineThrough} {
		if st.TextDecorationLine&l == 0 {
			continue
		}
		d.lines |= l
		d.colors[i] = st.TextDecorationColor
		dl := decoLine{color: st.TextDecorationColor, style: st.TextDecorationStyle, offsetAuto: true,
			under: st.TextUnderlinePosition == cssom.UnderlineUnder}
		// Percentages of the thickness and offset are of 1em.
		if th := st.TextDecorationThickness; th.Kind != cssom.LengthAuto && th.Kind != cssom.LengthNone {
			dl.thickness = max(cssom.FixedOne, cssom.Int(th.Resolve(st.FontSize, 0).Round()))
		}
		if off := st.TextUnderlineOffset; off.Kind != cssom.LengthAuto {
			dl.offset, dl.offsetAuto = off.Resolve(st.FontSize, 0), false
		}
		d.line[i] = dl
	}
	return d
}

// textDecoration emits decoration line i (0 underline, 1 overline, 2
// line-through) of d over text fragment f, whose baseline is at baseline
// and whose font has the decoration metrics dm and metrics m.
//
// https://www.w3.org/TR/css-text-decor-4/#text-underline-offset-property:
// with a length offset the underline's top is that far below the
// alphabetic baseline; with text-underline-position: under, below the
// font's descent.
func (b *builder) textDecoration(f *layout.Fragment, clip *clipNode, d decorations, i int, baseline Fixed, dm decorationMetrics, descent Fixed) {
	dl := d.line[i]
	t := dm.thickness
	if dl.thickness > 0 {
		t = dl.thickness
	}
	var top Fixed
	switch i {
	case 0:
		off := dm.underline
		if !dl.offsetAuto {
			off = dl.offset
		}
		if dl.under {
			off = descent
			if !dl.offsetAuto {
				off += dl.offset
			}
		}
		top = baseline + off
	case 1:
		top = baseline - dm.ascent
	default:
		top = baseline - dm.strike - t/2
	}
	b.decoration(f, clip, dl.style, top, t, d.colors[i])
}

// decoration emits one decoration line of thickness t with its top edge at
// top, along text fragment f, in style style.
//
// AD-HOC: the pattern sizes follow what Chromium draws closely, not
// exactly: a double line is two lines of the thickness with a gap of the
// thickness; dots are round, one thickness wide every two; dashes are
// three thicknesses long with gaps of the same; a wavy line is a
// triangle wave of height t+2px and period four times that, one thickness
// below the line's top, drawn in 1px columns.
func (b *builder) decoration(f *layout.Fragment, clip *clipNode, style cssom.TextDecorationStyle, top, t Fixed, c cssom.Color) {
	if c.A == 0 || f.Rect.W <= 0 {
		return
	}
	x0, w := f.Rect.X, f.Rect.W
	y := cssom.Int(top.Round())
	switch style {
	case cssom.DecorationDouble:
		b.emit(&FillRect{Rect: Rect{X: x0, Y: y, W: w, H: t}, Color: c}, clip)
		b.emit(&FillRect{Rect: Rect{X: x0, Y: y + 2*t, W: w, H: t}, Color: c}, clip)
	case cssom.DecorationDotted, cssom.DecorationDashed:
		dash, period := t, 2*t
		var radii Radii
		if style == cssom.DecorationDashed {
			dash, period = 3*t, 6*t
		} else if t > cssom.FixedOne {
			for k := range radii {
				radii[k] = [2]Fixed{t / 2, t / 2}
			}
		}
		for x := Fixed(0); x < w; x += period {
			b.emit(&FillRect{Rect: Rect{X: x0 + x, Y: y, W: min(dash, w-x), H: t}, Color: c, Radii: radii}, clip)
		}
	case cssom.DecorationWavy:
		b.wavy(x0, y+t, w, t, c, clip)
	default:
		b.emit(&FillRect{Rect: Rect{X: x0, Y: y, W: w, H: t}, Color: c}, clip)
	}
}

// wavy emits a wavy line of thickness t whose crests are at top, from x0
// for w px: a triangle wave of height h = t+2px and period 4h, one column
// per CSS px.
func (b *builder) wavy(x0, top, w, t Fixed, c cssom.Color, clip *clipNode) {
	h := t + cssom.Int(2)
	period := 4 * h
	half := period / 2
	// waveY is the wave's centre line offset below top at x.
	waveY := func(x Fixed) Fixed {
		p := x % period
		if p > half {
			p = period - p
		}
		return h - cssom.Fixed(int64(p)*int64(h)/int64(half))
	}
	for x := Fixed(0); x < w; x += cssom.FixedOne {
		cw := min(cssom.FixedOne, w-x)
		ya, yb := waveY(x), waveY(x+cw)
		lo, hi := min(ya, yb), max(ya, yb)
		b.emit(&FillRect{Rect: Rect{X: x0 + x, Y: top + lo, W: cw, H: hi - lo + t}, Color: c}, clip)
	}
}
