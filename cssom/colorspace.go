package cssom

// The color functions of CSS Color 4 and 5 beyond rgb() and hsl(): hwb(),
// lab(), lch(), oklab(), oklch(), color() and color-mix(), with the
// conversions of https://www.w3.org/TR/css-color-4/#color-conversion-code.
//
// Colors outside the sRGB gamut are brought into it by the CSS
// gamut-mapping algorithm (https://www.w3.org/TR/css-color-4/#css-gamut-mapping).
// TODO(spec): calc() in relative colors; a98-rgb, prophoto-rgb and rec2020
// in color(); currentColor inside color-mix() and light-dark().

import (
	"math"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// colorF is a color as gamma-encoded sRGB channels, not clamped (a color
// from a wider gamut has channels outside [0, 1]), and alpha in [0, 1].
type colorF struct{ r, g, b, a float64 }

// toColor gamut-maps c to sRGB and rounds it to 8 bits.
func (c colorF) toColor() Color {
	c = gamutMap(c)
	return Color{clampByte(c.r * 255), clampByte(c.g * 255), clampByte(c.b * 255), clampByte(c.a * 255)}
}

// gamutEpsilon is how far outside [0, 1] a channel may be and still count
// as in gamut (rounding in the conversions).
const gamutEpsilon = 1e-6

func (c colorF) inGamut() bool {
	ok := func(v float64) bool { return v >= -gamutEpsilon && v <= 1+gamutEpsilon }
	return ok(c.r) && ok(c.g) && ok(c.b)
}

func (c colorF) clip() colorF {
	cl := func(v float64) float64 { return math.Max(0, math.Min(1, v)) }
	return colorF{cl(c.r), cl(c.g), cl(c.b), c.a}
}

func (c colorF) okLab() vec3 { return xyz65ToOKLab(c.xyz65()) }

// deltaEOK is the color difference ΔEOK: the Euclidean distance in OKLab.
// https://www.w3.org/TR/css-color-4/#color-difference-OK
func deltaEOK(a, b colorF) float64 {
	x, y := a.okLab(), b.okLab()
	return math.Sqrt((x[0]-y[0])*(x[0]-y[0]) + (x[1]-y[1])*(x[1]-y[1]) + (x[2]-y[2])*(x[2]-y[2]))
}

// gamutMap brings c into sRGB by reducing its OKLCh chroma, keeping its
// lightness and hue, with a binary search that stops when the clipped
// color is within a just-noticeable difference of the reduced one.
// https://www.w3.org/TR/css-color-4/#binsearch
func gamutMap(c colorF) colorF {
	// 1. "If destination has no gamut limits ... return origin" (not
	// sRGB); 5. an in-gamut color is returned as is.
	if c.inGamut() || math.IsNaN(c.r+c.g+c.b) {
		return c
	}
	// 2.-4. origin in OKLCh; lightness at the ends gives white or black.
	lch := toPolar(c.okLab())
	if lch[0] >= 1 {
		return colorF{1, 1, 1, c.a}
	}
	if lch[0] <= 0 {
		return colorF{0, 0, 0, c.a}
	}
	// 6.-10.
	const jnd, epsilon = 0.02, 0.0001
	fromLCh := func(v vec3) colorF { return fromXYZ65(okLabToXYZ65(polar(v[0], v[1], v[2])), c.a) }
	current := lch
	clipped := c.clip()
	if deltaEOK(clipped, c) < jnd {
		return clipped
	}
	// 11.-12. binary search on the chroma.
	lo, hi, minInGamut := 0.0, lch[1], true
	for i := 0; hi-lo > epsilon && i < 64; i++ {
		chroma := (lo + hi) / 2
		current[1] = chroma
		cur := fromLCh(current)
		if minInGamut && cur.inGamut() {
			lo = chroma
			continue
		}
		clipped = cur.clip()
		e := deltaEOK(clipped, cur)
		if e < jnd {
			if jnd-e < epsilon {
				return clipped
			}
			minInGamut = false
			lo = chroma
		} else {
			hi = chroma
		}
	}
	// 13.
	return clipped
}

func colorFOf(c Color) colorF {
	return colorF{float64(c.R) / 255, float64(c.G) / 255, float64(c.B) / 255, float64(c.A) / 255}
}

type vec3 [3]float64

type mat3 [3]vec3

func (m *mat3) mul(v vec3) vec3 {
	return vec3{
		m[0][0]*v[0] + m[0][1]*v[1] + m[0][2]*v[2],
		m[1][0]*v[0] + m[1][1]*v[1] + m[1][2]*v[2],
		m[2][0]*v[0] + m[2][1]*v[1] + m[2][2]*v[2],
	}
}

// The matrices of https://www.w3.org/TR/css-color-4/#color-conversion-code.
var (
	linSRGBToXYZ = mat3{
		{0.41239079926595934, 0.357584339383878, 0.1804807884018343},
		{0.21263900587151027, 0.715168678767756, 0.07219231536073371},
		{0.01933081871559182, 0.11919477979462598, 0.9505321522496607},
	}
	xyzToLinSRGB = mat3{
		{3.2409699419045226, -1.537383177570094, -0.4986107602930034},
		{-0.9692436362808796, 1.8759675015077202, 0.04155505740717559},
		{0.05563007969699366, -0.20397695888897652, 1.0569715142428786},
	}
	linP3ToXYZ = mat3{
		{0.4865709486482162, 0.26566769316909306, 0.1982172852343625},
		{0.2289745640697488, 0.6917385218365064, 0.079286914093745},
		{0, 0.04511338185890264, 1.043944368900976},
	}
	// Bradford chromatic adaptation between the D50 and D65 white points.
	d65ToD50 = mat3{
		{1.0479297925449969, 0.022946870601609652, -0.05019226628920524},
		{0.02962780877005599, 0.9904344267538799, -0.017073799063418826},
		{-0.009243040646204504, 0.015055191490298152, 0.7518742814281371},
	}
	d50ToD65 = mat3{
		{0.955473421488075, -0.02309845494876471, 0.06325924320057072},
		{-0.0283697093338637, 1.0099953980813041, 0.021041441191917323},
		{0.012314014864481998, -0.020507649298898964, 1.330365926242124},
	}
	xyzToLMS = mat3{
		{0.8190224379967030, 0.3619062600528904, -0.1288737815209879},
		{0.0329836539323885, 0.9292868615863434, 0.0361446663506424},
		{0.0481771893596242, 0.2642395317527308, 0.6335478284694309},
	}
	lmsToOKLab = mat3{
		{0.2104542683093140, 0.7936177747023054, -0.0040720430116193},
		{1.9779985324311684, -2.4285922420485799, 0.4505937096174110},
		{0.0259040424655478, 0.7827717124575296, -0.8086757548230774},
	}
	okLabToLMS = mat3{
		{1, 0.3963377773761749, 0.2158037573099136},
		{1, -0.1055613458156586, -0.0638541728258133},
		{1, -0.0894841775298119, -1.2914855480194092},
	}
	lmsToXYZ = mat3{
		{1.2268798758459243, -0.5578149944602171, 0.2813910456659647},
		{-0.0405757452148008, 1.1122868032803170, -0.0717110580655164},
		{-0.0763729366746601, -0.4214933324022432, 1.5869240198367816},
	}
	d50White = vec3{0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585}
)

// linearize is the sRGB (and display-p3) transfer function, extended to
// negative values.
func linearize(c float64) float64 {
	a := math.Abs(c)
	if a <= 0.04045 {
		return c / 12.92
	}
	return math.Copysign(math.Pow((a+0.055)/1.055, 2.4), c)
}

func gammaEncode(c float64) float64 {
	a := math.Abs(c)
	if a > 0.0031308 {
		return math.Copysign(1.055*math.Pow(a, 1/2.4)-0.055, c)
	}
	return 12.92 * c
}

func (c colorF) linear() vec3 { return vec3{linearize(c.r), linearize(c.g), linearize(c.b)} }

func fromLinear(v vec3, alpha float64) colorF {
	return colorF{gammaEncode(v[0]), gammaEncode(v[1]), gammaEncode(v[2]), alpha}
}

func fromXYZ65(xyz vec3, alpha float64) colorF { return fromLinear(xyzToLinSRGB.mul(xyz), alpha) }

func (c colorF) xyz65() vec3 { return linSRGBToXYZ.mul(c.linear()) }

const (
	labKappa   = 24389.0 / 27
	labEpsilon = 216.0 / 24389
)

// labToXYZ50 converts CIE Lab to XYZ (D50).
func labToXYZ50(lab vec3) vec3 {
	f1 := (lab[0] + 16) / 116
	f0 := lab[1]/500 + f1
	f2 := f1 - lab[2]/200
	inv := func(f float64) float64 {
		if f3 := f * f * f; f3 > labEpsilon {
			return f3
		}
		return (116*f - 16) / labKappa
	}
	y := lab[0] / labKappa
	if lab[0] > labKappa*labEpsilon {
		y = f1 * f1 * f1
	}
	return vec3{inv(f0) * d50White[0], y, inv(f2) * d50White[2]}
}

func xyz50ToLab(xyz vec3) vec3 {
	var f vec3
	for i := range f {
		v := xyz[i] / d50White[i]
		if v > labEpsilon {
			f[i] = math.Cbrt(v)
		} else {
			f[i] = (labKappa*v + 16) / 116
		}
	}
	return vec3{116*f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])}
}

func okLabToXYZ65(lab vec3) vec3 {
	lms := okLabToLMS.mul(lab)
	for i := range lms {
		lms[i] = lms[i] * lms[i] * lms[i]
	}
	return lmsToXYZ.mul(lms)
}

func xyz65ToOKLab(xyz vec3) vec3 {
	lms := xyzToLMS.mul(xyz)
	for i := range lms {
		lms[i] = math.Cbrt(lms[i])
	}
	return lmsToOKLab.mul(lms)
}

// polar converts lightness, chroma and hue (degrees) to rectangular form.
func polar(l, c, h float64) vec3 {
	r := h * math.Pi / 180
	return vec3{l, c * math.Cos(r), c * math.Sin(r)}
}

// toPolar converts rectangular lightness and axes to lightness, chroma and
// hue in [0, 360).
func toPolar(v vec3) vec3 {
	h := math.Atan2(v[2], v[1]) * 180 / math.Pi
	if h < 0 {
		h += 360
	}
	return vec3{v[0], math.Hypot(v[1], v[2]), h}
}

// modernArgs splits the arguments of a color function that has only the
// modern syntax: three channels and an optional "/ alpha".
func modernArgs(args []tok) (chans [][]tok, alpha float64, ok bool) {
	if len(splitCommas(args)) > 1 {
		return nil, 0, false
	}
	chans, a, ok := colorArgs(args)
	if !ok {
		return nil, 0, false
	}
	alpha = 1
	if a != nil {
		if alpha, ok = channel(a, 1); !ok {
			return nil, 0, false
		}
	}
	return chans, math.Max(0, math.Min(1, alpha)), true
}

// channels parses three channels; pct[i] is the value of 100% for channel
// i, or 0 when the channel is a <hue>.
func channels(chans [][]tok, pct vec3) (vec3, bool) {
	var v vec3
	for i, ch := range chans {
		var ok bool
		if pct[i] == 0 {
			v[i], ok = hue(ch)
		} else {
			v[i], ok = channel(ch, pct[i])
		}
		if !ok {
			return v, false
		}
	}
	return v, true
}

// parseColorFunction parses the color functions of this file; name is the
// lower-case function token ("lab(").
func parseColorFunction(name string, args []tok) (colorF, bool) {
	if name == "color-mix(" {
		return parseColorMix(args)
	}
	if name == "color(" {
		return parseColorSpaceFunc(args)
	}
	if name == "light-dark(" {
		// https://www.w3.org/TR/css-color-5/#light-dark: AD-HOC, the used
		// color scheme is always light (prefers-color-scheme: light).
		// TODO(spec): the color-scheme property; currentColor arguments.
		parts := splitCommas(args)
		if len(parts) != 2 {
			return colorF{}, false
		}
		light, cur1, ok1 := parseColorF(singleComponent(parts[0]))
		_, cur2, ok2 := parseColorF(singleComponent(parts[1]))
		return light, ok1 && ok2 && !cur1 && !cur2
	}
	chans, alpha, ok := modernArgs(args)
	if !ok {
		return colorF{}, false
	}
	switch name {
	case "hwb(":
		// https://www.w3.org/TR/css-color-4/#the-hwb-notation
		v, ok := channels(chans, vec3{0, 100, 100})
		return hwbToSRGB(v, alpha), ok
	case "lab(":
		// https://www.w3.org/TR/css-color-4/#specifying-lab-lch
		v, ok := channels(chans, vec3{100, 125, 125})
		v[0] = math.Max(0, math.Min(100, v[0]))
		return fromXYZ65(d50ToD65.mul(labToXYZ50(v)), alpha), ok
	case "lch(":
		v, ok := channels(chans, vec3{100, 150, 0})
		lab := polar(math.Max(0, math.Min(100, v[0])), math.Max(0, v[1]), v[2])
		return fromXYZ65(d50ToD65.mul(labToXYZ50(lab)), alpha), ok
	case "oklab(":
		// https://www.w3.org/TR/css-color-4/#specifying-oklab-oklch
		v, ok := channels(chans, vec3{1, 0.4, 0.4})
		v[0] = math.Max(0, math.Min(1, v[0]))
		return fromXYZ65(okLabToXYZ65(v), alpha), ok
	case "oklch(":
		v, ok := channels(chans, vec3{1, 0.4, 0})
		lab := polar(math.Max(0, math.Min(1, v[0])), math.Max(0, v[1]), v[2])
		return fromXYZ65(okLabToXYZ65(lab), alpha), ok
	}
	return colorF{}, false
}

// hwbToSRGB converts hue (degrees), whiteness and blackness (percent).
func hwbToSRGB(v vec3, alpha float64) colorF {
	w, b := math.Max(0, v[1])/100, math.Max(0, v[2])/100
	if w+b >= 1 {
		g := w / (w + b)
		return colorF{g, g, g, alpha}
	}
	rgb := hslToSRGB(vec3{v[0], 100, 50}, 1)
	f := func(c float64) float64 { return c*(1-w-b) + w }
	return colorF{f(rgb.r), f(rgb.g), f(rgb.b), alpha}
}

// hslToSRGB converts hue (degrees), saturation and lightness (percent).
// https://www.w3.org/TR/css-color-4/#hsl-to-rgb
func hslToSRGB(v vec3, alpha float64) colorF {
	h := math.Mod(v[0], 360)
	if h < 0 {
		h += 360
	}
	s, l := v[1]/100, v[2]/100
	f := func(n float64) float64 {
		k := math.Mod(n+h/30, 12)
		a := s * math.Min(l, 1-l)
		return l - a*math.Max(-1, math.Min(math.Min(k-3, 9-k), 1))
	}
	return colorF{f(0), f(8), f(4), alpha}
}

// srgbToHSL is the inverse of hslToSRGB.
// https://www.w3.org/TR/css-color-4/#rgb-to-hsl
func srgbToHSL(c colorF) vec3 {
	mx, mn := math.Max(c.r, math.Max(c.g, c.b)), math.Min(c.r, math.Min(c.g, c.b))
	l := (mx + mn) / 2
	d := mx - mn
	var h, s float64
	if d != 0 {
		if l != 0 && l != 1 {
			s = (mx - l) / math.Min(l, 1-l)
		}
		switch mx {
		case c.r:
			h = (c.g-c.b)/d + 0
			if c.g < c.b {
				h += 6
			}
		case c.g:
			h = (c.b-c.r)/d + 2
		default:
			h = (c.r-c.g)/d + 4
		}
		h *= 60
	}
	return vec3{h, s * 100, l * 100}
}

// parseColorSpaceFunc parses color(<space> c1 c2 c3 [/ alpha]).
// https://www.w3.org/TR/css-color-4/#color-function
func parseColorSpaceFunc(args []tok) (colorF, bool) {
	comps := components(args)
	if len(comps) < 4 || ident(comps[0]) == "" {
		return colorF{}, false
	}
	space := ident(comps[0])
	rest := args
	for len(rest) > 0 && (rest[0].t == css.WhitespaceToken || rest[0].t == css.IdentToken) {
		rest = rest[1:]
	}
	chans, alpha, ok := modernArgs(rest)
	if !ok {
		return colorF{}, false
	}
	v, ok := channels(chans, vec3{1, 1, 1})
	if !ok {
		return colorF{}, false
	}
	switch space {
	case "srgb":
		return colorF{v[0], v[1], v[2], alpha}, true
	case "srgb-linear":
		return fromLinear(v, alpha), true
	case "display-p3":
		lin := vec3{linearize(v[0]), linearize(v[1]), linearize(v[2])}
		return fromXYZ65(linP3ToXYZ.mul(lin), alpha), true
	case "xyz", "xyz-d65":
		return fromXYZ65(v, alpha), true
	case "xyz-d50":
		return fromXYZ65(d50ToD65.mul(v), alpha), true
	}
	return colorF{}, false
}

// mixSpace is a color space color-mix() interpolates in: to and from
// convert from and to sRGB; hue is the index of the hue channel, or -1.
type mixSpace struct {
	to   func(colorF) vec3
	from func(vec3, float64) colorF
	hue  int
}

// powerless reports an achromatic color in the space named name, whose
// hue does not matter: no chroma (or saturation), or for hwb whiteness and
// blackness adding up to 100%.
func powerless(name string, v vec3) bool {
	if name == "hwb" {
		return v[1]+v[2] >= 100-1e-6
	}
	return math.Abs(v[1]) < 1e-6
}

var mixSpaces = map[string]mixSpace{
	"srgb":        {func(c colorF) vec3 { return vec3{c.r, c.g, c.b} }, func(v vec3, a float64) colorF { return colorF{v[0], v[1], v[2], a} }, -1},
	"srgb-linear": {colorF.linear, fromLinear, -1},
	"xyz":         {colorF.xyz65, fromXYZ65, -1},
	"xyz-d65":     {colorF.xyz65, fromXYZ65, -1},
	"xyz-d50":     {func(c colorF) vec3 { return d65ToD50.mul(c.xyz65()) }, func(v vec3, a float64) colorF { return fromXYZ65(d50ToD65.mul(v), a) }, -1},
	"lab":         {func(c colorF) vec3 { return xyz50ToLab(d65ToD50.mul(c.xyz65())) }, func(v vec3, a float64) colorF { return fromXYZ65(d50ToD65.mul(labToXYZ50(v)), a) }, -1},
	"lch": {func(c colorF) vec3 { return toPolar(xyz50ToLab(d65ToD50.mul(c.xyz65()))) }, func(v vec3, a float64) colorF {
		return fromXYZ65(d50ToD65.mul(labToXYZ50(polar(v[0], v[1], v[2]))), a)
	}, 2},
	"oklab": {func(c colorF) vec3 { return xyz65ToOKLab(c.xyz65()) }, func(v vec3, a float64) colorF { return fromXYZ65(okLabToXYZ65(v), a) }, -1},
	"oklch": {func(c colorF) vec3 { return toPolar(xyz65ToOKLab(c.xyz65())) }, func(v vec3, a float64) colorF {
		return fromXYZ65(okLabToXYZ65(polar(v[0], v[1], v[2])), a)
	}, 2},
	"hsl": {srgbToHSL, hslToSRGB, 0},
	"hwb": {func(c colorF) vec3 {
		h := srgbToHSL(c)
		mx, mn := math.Max(c.r, math.Max(c.g, c.b)), math.Min(c.r, math.Min(c.g, c.b))
		return vec3{h[0], mn * 100, (1 - mx) * 100}
	}, hwbToSRGB, 0},
}

// parseColorMix parses color-mix(in <space> [<hue-method> hue]?, <color>
// <percentage>?, <color> <percentage>?).
// https://www.w3.org/TR/css-color-5/#color-mix
func parseColorMix(args []tok) (colorF, bool) {
	parts := splitCommas(args)
	if len(parts) != 3 {
		return colorF{}, false
	}
	head := components(parts[0])
	if len(head) < 2 || ident(head[0]) != "in" {
		return colorF{}, false
	}
	spaceName := ident(head[1])
	space, ok := mixSpaces[spaceName]
	if !ok {
		return colorF{}, false
	}
	method := "shorter"
	switch len(head) {
	case 2:
	case 4:
		method = ident(head[2])
		if space.hue < 0 || ident(head[3]) != "hue" {
			return colorF{}, false
		}
	default:
		return colorF{}, false
	}
	c1, p1, ok1 := mixColor(parts[1])
	c2, p2, ok2 := mixColor(parts[2])
	if !ok1 || !ok2 {
		return colorF{}, false
	}
	// https://www.w3.org/TR/css-color-5/#color-mix-percent-norm
	switch {
	case p1 < 0 && p2 < 0:
		p1, p2 = 0.5, 0.5
	case p2 < 0:
		p2 = 1 - p1
	case p1 < 0:
		p1 = 1 - p2
	}
	sum := p1 + p2
	if sum <= 0 {
		return colorF{}, false
	}
	mult := math.Min(sum, 1)
	p1, p2 = p1/sum, p2/sum
	return mixIn(spaceName, method, c1, c2, p2, mult)
}

// mixColor parses one "<color> <percentage>?" argument of color-mix(); p
// is the percentage as a fraction, or -1 when absent.
func mixColor(arg []tok) (c colorF, p float64, ok bool) {
	comps := components(arg)
	p = -1
	var colorComp []tok
	for _, comp := range comps {
		if len(comp) == 1 && comp[0].t == css.PercentageToken && p < 0 {
			v, ok := channel(comp, 1)
			if !ok || v < 0 || v > 1 {
				return c, 0, false
			}
			p = v
			continue
		}
		if colorComp != nil {
			return c, 0, false
		}
		colorComp = comp
	}
	if colorComp == nil {
		return c, 0, false
	}
	c, current, ok := parseColorF(colorComp)
	return c, p, ok && !current
}

// mixIn interpolates c1 and c2 at t in the space named name with premultiplied alpha
// (https://www.w3.org/TR/css-color-4/#interpolation), then scales the
// alpha by mult.
func mixIn(name, method string, c1, c2 colorF, t, mult float64) (colorF, bool) {
	space := mixSpaces[name]
	v1, v2 := space.to(c1), space.to(c2)
	if h := space.hue; h >= 0 {
		// An achromatic color's hue is powerless: it takes the other's
		// (https://www.w3.org/TR/css-color-4/#hue-interpolation).
		if powerless(name, v1) {
			v1[h] = v2[h]
		} else if powerless(name, v2) {
			v2[h] = v1[h]
		}
		var ok bool
		if v1[h], v2[h], ok = fixHues(v1[h], v2[h], method); !ok {
			return colorF{}, false
		}
	}
	a := c1.a*(1-t) + c2.a*t
	var out vec3
	for i := range out {
		if i == space.hue {
			out[i] = v1[i]*(1-t) + v2[i]*t
			continue
		}
		out[i] = v1[i]*c1.a*(1-t) + v2[i]*c2.a*t
		if a > 0 {
			out[i] /= a
		}
	}
	return space.from(out, a*mult), true
}

// fixHues adjusts two hues for a hue interpolation method.
// https://www.w3.org/TR/css-color-4/#hue-interpolation
func fixHues(h1, h2 float64, method string) (float64, float64, bool) {
	norm := func(h float64) float64 {
		h = math.Mod(h, 360)
		if h < 0 {
			h += 360
		}
		return h
	}
	h1, h2 = norm(h1), norm(h2)
	d := h2 - h1
	switch method {
	case "shorter":
		if d > 180 {
			h1 += 360
		} else if d < -180 {
			h2 += 360
		}
	case "longer":
		if 0 < d && d < 180 {
			h1 += 360
		} else if -180 < d && d <= 0 {
			h2 += 360
		}
	case "increasing":
		if d < 0 {
			h2 += 360
		}
	case "decreasing":
		if d > 0 {
			h1 += 360
		}
	default:
		return 0, 0, false
	}
	return h1, h2, true
}

// parseColorF parses a <color> without rounding it to 8 bits.
func parseColorF(c []tok) (colorF, bool, bool) {
	if len(c) > 0 && c[0].t == css.FunctionToken {
		if c[len(c)-1].t != css.RightParenthesisToken || tooDeep(c) {
			return colorF{}, false, false
		}
		name, args := strings.ToLower(c[0].s), funcArgs(c)
		if f, relative, ok := parseRelativeColor(name, args); relative {
			return f, false, ok
		}
		switch name {
		case "rgb(", "rgba(", "hsl(", "hsla(":
		default:
			f, ok := parseColorFunction(name, args)
			return f, false, ok
		}
	}
	col, current, ok := parseColor(c)
	return colorFOf(col), current, ok
}

// maxColorNesting bounds colors nested in color functions (color-mix(),
// relative colors), so that hostile values stay cheap.
const maxColorNesting = 16

// tooDeep reports functions nested deeper than maxColorNesting in c.
func tooDeep(c []tok) bool {
	level := 0
	for _, t := range c {
		switch t.t {
		case css.FunctionToken, css.LeftParenthesisToken:
			if level++; level > maxColorNesting {
				return true
			}
		case css.RightParenthesisToken:
			level--
		}
	}
	return false
}

// relativeChannels are the channel keywords of the relative color syntax
// per function, and how to read them from a color.
var relativeChannels = map[string]struct {
	names [3]string
	read  func(colorF) vec3
}{
	"rgb(":   {[3]string{"r", "g", "b"}, func(c colorF) vec3 { return vec3{c.r * 255, c.g * 255, c.b * 255} }},
	"rgba(":  {[3]string{"r", "g", "b"}, func(c colorF) vec3 { return vec3{c.r * 255, c.g * 255, c.b * 255} }},
	"hsl(":   {[3]string{"h", "s", "l"}, srgbToHSL},
	"hsla(":  {[3]string{"h", "s", "l"}, srgbToHSL},
	"hwb(":   {[3]string{"h", "w", "b"}, mixSpaces["hwb"].to},
	"lab(":   {[3]string{"l", "a", "b"}, mixSpaces["lab"].to},
	"lch(":   {[3]string{"l", "c", "h"}, mixSpaces["lch"].to},
	"oklab(": {[3]string{"l", "a", "b"}, mixSpaces["oklab"].to},
	"oklch(": {[3]string{"l", "c", "h"}, mixSpaces["oklch"].to},
}

// parseRelativeColor parses the relative color syntax
// "fn(from <color> c1 c2 c3 [/ alpha])" (https://www.w3.org/TR/css-color-5/#relative-colors):
// the channel keywords are replaced by the origin color's channels in the
// function's space, then the function is parsed as usual. ok is false when
// args do not start with "from".
func parseRelativeColor(name string, args []tok) (c colorF, relative, ok bool) {
	comps := components(args)
	if len(comps) == 0 || ident(comps[0]) != "from" {
		return colorF{}, false, false
	}
	ch, known := relativeChannels[name]
	if !known || len(comps) < 2 {
		return colorF{}, true, false
	}
	origin, current, ok := parseColorF(comps[1])
	if !ok || current {
		return colorF{}, true, false // TODO(spec): currentColor as the origin
	}
	v := ch.read(origin)
	out := []tok{{t: css.FunctionToken, s: name}}
	for i, comp := range comps[2:] {
		if i > 0 {
			out = append(out, tok{t: css.WhitespaceToken, s: " "})
		}
		kw := ident(comp)
		switch {
		case kw == "alpha":
			out = append(out, numberTok(origin.a))
			continue
		case kw != "":
			found := false
			for j, n := range ch.names {
				if kw == n {
					out = append(out, numberTok(v[j]))
					found = true
				}
			}
			if found {
				continue
			}
		}
		out = append(out, comp...)
	}
	out = append(out, tok{t: css.RightParenthesisToken, s: ")"})
	c, current, ok = parseColorF(out)
	return c, true, ok && !current
}

// numberTok is a number token for v.
func numberTok(v float64) tok {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	return tok{t: css.NumberToken, s: strconv.FormatFloat(v, 'f', -1, 64)}
}

// InterpolateColor returns the colour at t (0..1) between a and b,
// interpolated with premultiplied alpha in the colour space named space
// (a name of CSS Color 4's <color-space>; "" is sRGB) with the hue
// interpolation method hue for polar spaces, then gamut-mapped to sRGB.
// https://www.w3.org/TR/css-color-4/#interpolation
func InterpolateColor(space, hue string, a, b Color, t float64) Color {
	if space == "" {
		space = "srgb"
	}
	if _, ok := mixSpaces[space]; !ok {
		space = "srgb"
	}
	if hue == "" {
		hue = "shorter"
	}
	c, ok := mixIn(space, hue, colorFOf(a), colorFOf(b), t, 1)
	if !ok {
		return a
	}
	return c.toColor()
}
