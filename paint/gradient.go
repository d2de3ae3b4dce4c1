package paint

import (
	"image"
	"math"

	"github.com/paneweb/pane/cssom"
)

// This file turns a computed gradient into a Gradient display item (the
// used geometry and stop positions) and rasterizes it.
//
// https://www.w3.org/TR/css-images-3/#gradients

// emitClipped emits it under clip and, when radii is not zero, inside the
// rounded rectangle rc.
func (b *builder) emitClipped(it Item, clip *clipNode, rc Rect, radii Radii) {
	if radii.IsZero() {
		b.emit(it, clip)
		return
	}
	b.emit(&PushClip{Rect: rc, Radii: radii}, clip)
	b.dl.Items = append(b.dl.Items, it, &PopClip{})
}

// usedGradient returns the geometry and stops of g painted in a w×h box,
// relative to the box's top-left corner, or nil for a degenerate gradient.
func usedGradient(g *cssom.Gradient, w, h Fixed) *Gradient {
	it := &Gradient{Repeating: g.Repeating}
	var length Fixed
	if g.Kind == cssom.ConicGradient {
		// https://www.w3.org/TR/css-images-4/#conic-gradients: offsets
		// are degrees clockwise from the "from" angle.
		it.Conic, it.From = true, g.Angle
		it.Start = [2]Fixed{g.Position[0].Resolve(w, 0), g.Position[1].Resolve(h, 0)}
		it.Stops = interpolatedStops(usedStops(g.Stops, cssom.Int(360)), g.Space, g.HueMethod)
		return it
	}
	if g.Kind == cssom.RadialGradient {
		it.Radial = true
		cx, cy := g.Position[0].Resolve(w, 0), g.Position[1].Resolve(h, 0)
		it.Start = [2]Fixed{cx, cy}
		it.RX, it.RY = radialSize(g, w, h, cx, cy)
		if it.RX <= 0 || it.RY <= 0 {
			// TODO(spec): degenerate ending shapes (§3.2.3).
			return nil
		}
		length = it.RX
	} else {
		// https://www.w3.org/TR/css-images-3/#linear-gradient-syntax: the
		// gradient line passes through the centre; its length makes the
		// 0% and 100% lines pass through the corners.
		wf, hf := w.Float(), h.Float()
		var dx, dy float64
		if g.ToX != 0 && g.ToY != 0 {
			// "to <corner>": perpendicular to the diagonal joining the two
			// neighbouring corners.
			dx, dy = float64(g.ToX)*hf, float64(g.ToY)*wf
			n := math.Hypot(dx, dy)
			if n == 0 {
				dx, dy, n = 0, 1, 1
			}
			dx, dy = dx/n, dy/n
		} else {
			a := float64(g.Angle) * math.Pi / 180
			dx, dy = math.Sin(a), -math.Cos(a)
		}
		l := math.Abs(wf*dx) + math.Abs(hf*dy)
		cx, cy := wf/2, hf/2
		it.Start = [2]Fixed{cssom.Px(cx - dx*l/2), cssom.Px(cy - dy*l/2)}
		it.End = [2]Fixed{cssom.Px(cx + dx*l/2), cssom.Px(cy + dy*l/2)}
		length = cssom.Px(l)
	}
	it.Stops = interpolatedStops(usedStops(g.Stops, length), g.Space, g.HueMethod)
	return it
}

// radialSize returns a radial gradient's ending shape radii.
//
// https://www.w3.org/TR/css-images-3/#radial-gradient-syntax
func radialSize(g *cssom.Gradient, w, h, cx, cy Fixed) (Fixed, Fixed) {
	if g.Extent == cssom.ExtentExplicit {
		rx := g.Size[0].Resolve(w, 0)
		ry := g.Size[1].Resolve(h, 0)
		if g.Circle {
			ry = rx
		}
		return rx, ry
	}
	l, r, t, bo := abs(cx), abs(w-cx), abs(cy), abs(h-cy)
	closest := g.Extent == cssom.ClosestSide || g.Extent == cssom.ClosestCorner
	sx, sy := max(l, r), max(t, bo)
	if closest {
		sx, sy = min(l, r), min(t, bo)
	}
	corner := g.Extent == cssom.ClosestCorner || g.Extent == cssom.FarthestCorner
	if g.Circle {
		if corner {
			d := cssom.Px(math.Hypot(sx.Float(), sy.Float()))
			return d, d
		}
		s := max(sx, sy)
		if closest {
			s = min(sx, sy)
		}
		return s, s
	}
	if corner {
		// The ellipse keeps the side extent's aspect ratio and passes
		// through the corner: both radii grow by √2.
		return sx.MulFloat(math.Sqrt2), sy.MulFloat(math.Sqrt2)
	}
	return sx, sy
}

func abs(f Fixed) Fixed {
	if f < 0 {
		return -f
	}
	return f
}

// usedStops resolves stop positions along a gradient ray of the given
// length and applies the colour stop fixup:
//
// https://www.w3.org/TR/css-images-3/#color-stop-fixup
// "1. If the first color stop does not have a position, set its position
// to 0%. If the last color stop does not have a position, set its position
// to 100%. 2. If a color stop or transition hint has a position that is
// less than the specified position of any color stop or transition hint
// before it in the list, set its position to be equal to the largest
// specified position of any color stop or transition hint before it. 3. If
// any color stop still does not have a position, then, for each run of
// adjacent color stops without positions, set their positions so that they
// are evenly spaced between the preceding and following color stops with
// positions."
// interpolationSteps is how many pieces each stop interval is cut into
// for a gradient that interpolates in another colour space than sRGB.
const interpolationSteps = 16

// interpolatedStops returns the stops of a gradient that interpolates in
// the colour space named space: between each two colour stops, stops at
// 1/interpolationSteps intervals whose colours are interpolated in that
// space (the rasterizer interpolates linearly in premultiplied sRGB
// between them). "" (premultiplied sRGB) returns stops as they are.
// https://www.w3.org/TR/css-images-4/#coloring-gradient-line
// TODO(spec): intervals with a transition hint keep sRGB interpolation.
func interpolatedStops(stops []GradientStop, space, hue string) []GradientStop {
	if space == "" || len(stops) < 2 {
		return stops
	}
	out := make([]GradientStop, 0, len(stops)*interpolationSteps)
	for i, s := range stops {
		if i > 0 && !s.Hint && !stops[i-1].Hint && s.Offset > stops[i-1].Offset {
			a := stops[i-1]
			for k := 1; k < interpolationSteps; k++ {
				t := float64(k) / interpolationSteps
				out = append(out, GradientStop{Offset: a.Offset + (s.Offset-a.Offset)*Fixed(k)/interpolationSteps,
					Color: cssom.InterpolateColor(space, hue, a.Color, s.Color, t)})
			}
		}
		out = append(out, s)
	}
	return out
}

func usedStops(stops []cssom.ColorStop, length Fixed) []GradientStop {
	n := len(stops)
	out := make([]GradientStop, n)
	known := make([]bool, n)
	for i, s := range stops {
		out[i] = GradientStop{Color: s.Color, Hint: s.Hint}
		if !s.Position.IsAuto() {
			out[i].Offset, known[i] = s.Position.Resolve(length, 0), true
		}
	}
	if !known[0] {
		out[0].Offset, known[0] = 0, true
	}
	if !known[n-1] {
		out[n-1].Offset, known[n-1] = length, true
	}
	hi := out[0].Offset
	for i := range out {
		if known[i] {
			out[i].Offset = max(out[i].Offset, hi)
			hi = out[i].Offset
		}
	}
	for i := 0; i < n; {
		if known[i] {
			i++
			continue
		}
		j := i
		for !known[j] {
			j++
		}
		a, b := out[i-1].Offset, out[j].Offset
		for k := i; k < j; k++ {
			out[k].Offset = a + (b-a)*Fixed(k-i+1)/Fixed(j-i+1)
		}
		i = j
	}
	return out
}

// gradientLUTMax bounds the colour table's length.
const gradientLUTMax = 1 << 14

// gradientLUT is a gradient's colours sampled along its ray in device px:
// entry i is the premultiplied colour at offset lo + i/step.
type gradientLUT struct {
	c      []pcolor
	lo     float64
	step   float64 // entries per device px
	period float64 // repeating: the stops' span in device px, else 0
	// before and after are the colours before the first stop and after
	// the last one (the first and last stops' colours, even where a
	// stop at the same offset follows or precedes them).
	before, after pcolor
	hi            float64
}

func newGradientLUT(stops []GradientStop, scale float64, repeating bool) gradientLUT {
	first, last := stops[0].Offset.Float()*scale, stops[len(stops)-1].Offset.Float()*scale
	span := last - first
	n := int(math.Ceil(span)) + 2
	n = min(max(n, 2), gradientLUTMax)
	lut := gradientLUT{c: make([]pcolor, n), lo: first, hi: last, step: 1,
		before: premul(stops[0].Color), after: premul(stops[len(stops)-1].Color)}
	if span > 0 {
		lut.step = float64(n-1) / span
	}
	if repeating {
		lut.period = span
	}
	for i := range lut.c {
		lut.c[i] = colorAt(stops, (first+float64(i)/lut.step)/scale)
	}
	return lut
}

// at returns the colour at offset t (device px along the ray).
func (l *gradientLUT) at(t float64) pcolor {
	if l.period > 0 {
		t = l.lo + math.Mod(t-l.lo, l.period)
		if t < l.lo {
			t += l.period
		}
	}
	if l.period <= 0 {
		// "Before the first color stop, the line is the color of the
		// first color stop"; after the last, the last's.
		switch {
		case t < l.lo:
			return l.before
		case t > l.hi:
			return l.after
		}
	}
	f := float64((t-l.lo)*l.step) + 0.5
	if !(f >= 1) { // also NaN
		return l.c[0]
	}
	return l.c[min(int(min(f, gradientLUTMax)), len(l.c)-1)]
}

// colorAt returns the colour of the gradient at offset t (CSS px),
// interpolated in premultiplied sRGB between the stops around it, bent by
// a transition hint between them.
//
// https://www.w3.org/TR/css-images-3/#coloring-gradient-line
func colorAt(stops []GradientStop, t float64) pcolor {
	prev := -1
	for i := range stops {
		if stops[i].Hint {
			continue
		}
		if stops[i].Offset.Float() > t {
			if prev < 0 {
				return premul(stops[i].Color)
			}
			return mixStops(stops, prev, i, t)
		}
		prev = i
	}
	return premul(stops[prev].Color)
}

// mixStops interpolates between stops a and b (indices) at offset t, with
// the hint between them if any.
func mixStops(stops []GradientStop, a, b int, t float64) pcolor {
	x0, x1 := stops[a].Offset.Float(), stops[b].Offset.Float()
	p := 0.0
	if x1 > x0 {
		p = (t - x0) / (x1 - x0)
	}
	if b-a == 2 && stops[a+1].Hint && x1 > x0 {
		h := (stops[a+1].Offset.Float() - x0) / (x1 - x0)
		switch {
		case h <= 0:
			p = 1
		case h >= 1:
			p = 0
		default:
			p = math.Pow(p, math.Log(0.5)/math.Log(h))
		}
	}
	ca, cb := premulF(stops[a].Color), premulF(stops[b].Color)
	var out [4]float64
	for k := range out {
		out[k] = ca[k] + float64(cb[k]-ca[k])*p
	}
	return pcolor{uint32(math.Round(out[0])), uint32(math.Round(out[1])), uint32(math.Round(out[2])), uint32(math.Round(out[3]))}
}

// premulF returns a colour premultiplied, as floats 0..255.
func premulF(c cssom.Color) [4]float64 {
	a := float64(c.A) / 255
	return [4]float64{float64(c.R) * a, float64(c.G) * a, float64(c.B) * a, float64(c.A)}
}

// gradient draws a Gradient item.
func (r *rasterizer) gradient(it *Gradient) {
	if len(it.Stops) < 2 {
		return
	}
	vis := r.snapRect(it.Area).Intersect(r.clip).Intersect(r.target.Bounds())
	tile := r.snapRect(it.Tile)
	tw, th := tile.Dx(), tile.Dy()
	if vis.Empty() || tw <= 0 || th <= 0 {
		return
	}
	if it.Conic {
		// Four LUT entries per degree and device px of scale: a degree
		// spans several pixels far from the centre.
		r.conicGradient(it, vis, tile, newGradientLUT(it.Stops, 4*r.scale, it.Repeating), 4*r.scale)
		return
	}
	lut := newGradientLUT(it.Stops, r.scale, it.Repeating)
	sx, sy := it.Start[0].Float()*r.scale, it.Start[1].Float()*r.scale
	var dx, dy, rx, ry float64
	if it.Radial {
		rx, ry = it.RX.Float()*r.scale, it.RY.Float()*r.scale
	} else {
		dx, dy = (it.End[0]-it.Start[0]).Float()*r.scale, (it.End[1]-it.Start[1]).Float()*r.scale
		if l := math.Hypot(dx, dy); l > 0 {
			dx, dy = dx/l, dy/l
		}
	}
	dst := r.target
	for y := vis.Min.Y; y < vis.Max.Y; y++ {
		ly := float64(floorMod(y-tile.Min.Y, th)) + 0.5 - sy
		row := dst.Pix[dst.PixOffset(vis.Min.X, y):]
		for x := vis.Min.X; x < vis.Max.X; x++ {
			lx := float64(floorMod(x-tile.Min.X, tw)) + 0.5 - sx
			var t float64
			if it.Radial {
				u, v := float64(lx/rx), float64(ly/ry)
				t = math.Sqrt(float64(u*u)+float64(v*v)) * rx
			} else {
				t = float64(lx*dx) + float64(ly*dy)
			}
			c := lut.at(t)
			j := 4 * (x - vis.Min.X)
			if c.a == 255 {
				row[j], row[j+1], row[j+2], row[j+3] = uint8(c.r), uint8(c.g), uint8(c.b), 255
				continue
			}
			ia := 255 - c.a
			row[j] = uint8(min(c.r+div255(uint32(row[j])*ia), 255))
			row[j+1] = uint8(min(c.g+div255(uint32(row[j+1])*ia), 255))
			row[j+2] = uint8(min(c.b+div255(uint32(row[j+2])*ia), 255))
			row[j+3] = uint8(min(c.a+div255(uint32(row[j+3])*ia), 255))
		}
	}
}

// conicGradient draws a conic Gradient: the colour at a point depends on
// its angle around the centre, clockwise from the "from" angle (0 is up).
// lut is sampled at k entries per degree.
func (r *rasterizer) conicGradient(it *Gradient, vis, tile image.Rectangle, lut gradientLUT, k float64) {
	sx, sy := it.Start[0].Float()*r.scale, it.Start[1].Float()*r.scale
	tw, th := tile.Dx(), tile.Dy()
	from := float64(it.From)
	dst := r.target
	for y := vis.Min.Y; y < vis.Max.Y; y++ {
		ly := float64(floorMod(y-tile.Min.Y, th)) + 0.5 - sy
		row := dst.Pix[dst.PixOffset(vis.Min.X, y):]
		for x := vis.Min.X; x < vis.Max.X; x++ {
			lx := float64(floorMod(x-tile.Min.X, tw)) + 0.5 - sx
			a := math.Atan2(lx, -ly)*180/math.Pi - from
			a = math.Mod(a, 360)
			if a < 0 {
				a += 360
			}
			c := lut.at(a * k)
			j := 4 * (x - vis.Min.X)
			ia := 255 - c.a
			row[j] = uint8(min(c.r+div255(uint32(row[j])*ia), 255))
			row[j+1] = uint8(min(c.g+div255(uint32(row[j+1])*ia), 255))
			row[j+2] = uint8(min(c.b+div255(uint32(row[j+2])*ia), 255))
			row[j+3] = uint8(min(c.a+div255(uint32(row[j+3])*ia), 255))
		}
	}
}

// floorMod returns a mod b in 0..b−1, for b > 0.
func floorMod(a, b int) int {
	m := a % b
	if m < 0 {
		m += b
	}
	return m
}
