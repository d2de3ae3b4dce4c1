package cssom

// Colors: https://www.w3.org/TR/css-color-4/

import (
	"math"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// namedColorList holds the named colors of
// https://www.w3.org/TR/css-color-4/#named-colors as "name rrggbb" pairs.
const namedColorList = `aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff
beige f5f5dc bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 brown a52a2a
burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral ff7f50 cornflowerblue 6495ed
cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b darkcyan 008b8b darkgoldenrod b8860b
darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f
darkorange ff8c00 darkorchid 9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b
darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493
deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0
forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520
gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew f0fff0 hotpink ff69b4 indianred cd5c5c
indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa lavenderblush fff0f5 lawngreen 7cfc00
lemonchiffon fffacd lightblue add8e6 lightcoral f08080 lightcyan e0ffff lightgoldenrodyellow fafad2
lightgray d3d3d3 lightgreen 90ee90 lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa
lightskyblue 87cefa lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0
lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine 66cdaa
mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 mediumslateblue 7b68ee
mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred c71585 midnightblue 191970 mintcream f5fffa
mistyrose ffe4e1 moccasin ffe4b5 navajowhite ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23
orange ffa500 orangered ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee
palevioletred db7093 papayawhip ffefd5 peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6
purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513
salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna a0522d silver c0c0c0 skyblue 87ceeb
slateblue 6a5acd slategray 708090 slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c
teal 008080 thistle d8bfd8 tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff
whitesmoke f5f5f5 yellow ffff00 yellowgreen 9acd32
canvas ffffff canvastext 000000 linktext 0000ee visitedtext 551a8b activetext ff0000 buttonface efefef
buttontext 000000 buttonborder 767676 field ffffff fieldtext 000000 highlight 3390ff highlighttext ffffff
graytext 808080 mark ffff00 marktext 000000 selecteditem 3390ff selecteditemtext ffffff accentcolor 0075ff
accentcolortext ffffff`

// namedColors maps lower-case color names (and the light-scheme values of
// the system colors of https://www.w3.org/TR/css-color-4/#css-system-colors)
// to colors.
var namedColors = func() map[string]Color {
	f := strings.Fields(namedColorList)
	m := make(map[string]Color, len(f)/2+1)
	for i := 0; i+1 < len(f); i += 2 {
		c, _ := parseHex(f[i+1])
		m[f[i]] = c
	}
	m["transparent"] = Transparent
	return m
}()

// parseHex parses 3, 4, 6 or 8 hex digits (without "#").
// https://www.w3.org/TR/css-color-4/#hex-notation
func parseHex(s string) (Color, bool) {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return Color{}, false
		}
	}
	h := func(i int) uint8 { return uint8(hexDigit(s[i])) }
	switch len(s) {
	case 3, 4:
		c := Color{h(0) * 17, h(1) * 17, h(2) * 17, 255}
		if len(s) == 4 {
			c.A = h(3) * 17
		}
		return c, true
	case 6, 8:
		c := Color{h(0)<<4 | h(1), h(2)<<4 | h(3), h(4)<<4 | h(5), 255}
		if len(s) == 8 {
			c.A = h(6)<<4 | h(7)
		}
		return c, true
	}
	return Color{}, false
}

func hexDigit(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// parseColor parses one component as a <color>. current reports
// currentColor, whose value is resolved when computing.
func parseColor(c []tok) (col Color, current, ok bool) {
	if len(c) == 0 {
		return
	}
	t := c[0]
	switch {
	case len(c) == 1 && t.t == css.HashToken:
		col, ok = parseHex(t.s[1:])
		return col, false, ok
	case len(c) == 1 && t.t == css.IdentToken:
		name := strings.ToLower(t.s)
		if name == "currentcolor" {
			return Color{}, true, true
		}
		col, ok = namedColors[name]
		return col, false, ok
	case t.t == css.FunctionToken:
		if tooDeep(c) {
			return
		}
		if f, relative, ok := parseRelativeColor(strings.ToLower(t.s), funcArgs(c)); relative {
			return f.toColor(), false, ok && c[len(c)-1].t == css.RightParenthesisToken
		}
		switch strings.ToLower(t.s) {
		case "rgb(", "rgba(":
			col, ok = parseRGB(funcArgs(c))
		case "hsl(", "hsla(":
			col, ok = parseHSL(funcArgs(c))
		default:
			// hwb(), lab(), lch(), oklab(), oklch(), color(), color-mix()
			// (colorspace.go).
			var f colorF
			f, ok = parseColorFunction(strings.ToLower(t.s), funcArgs(c))
			col = f.toColor()
		}
		return col, false, ok && c[len(c)-1].t == css.RightParenthesisToken
	}
	return
}

// colorArgs splits color function arguments: the channels, the alpha
// ("" when absent) and whether the legacy comma syntax was used.
func colorArgs(args []tok) (chans [][]tok, alpha []tok, ok bool) {
	if parts := splitCommas(args); len(parts) > 1 {
		if len(parts) != 3 && len(parts) != 4 {
			return nil, nil, false
		}
		for _, p := range parts {
			comps := components(p)
			if len(comps) != 1 {
				return nil, nil, false
			}
			chans = append(chans, comps[0])
		}
		if len(chans) == 4 {
			return chans[:3], chans[3], true
		}
		return chans, nil, true
	}
	comps := components(args)
	for i, comp := range comps {
		if len(comp) == 1 && comp[0].t == css.DelimToken && comp[0].s == "/" {
			if i != 3 || len(comps) != 5 {
				return nil, nil, false
			}
			return comps[:3], comps[4], true
		}
	}
	if len(comps) != 3 {
		return nil, nil, false
	}
	return comps, nil, true
}

// channel parses a number or a percentage (of scale) or "none".
func channel(c []tok, scale float64) (float64, bool) {
	if len(c) != 1 {
		return 0, false
	}
	switch c[0].t {
	case css.NumberToken:
		return number(c[0])
	case css.PercentageToken:
		v, _, ok := splitDimension(strings.TrimSuffix(c[0].s, "%"))
		return v * scale / 100, ok
	case css.IdentToken:
		return 0, strings.EqualFold(c[0].s, "none")
	}
	return 0, false
}

func clampByte(v float64) uint8 {
	v = math.Round(v)
	switch {
	case v < 0 || math.IsNaN(v):
		return 0
	case v > 255:
		return 255
	}
	return uint8(v)
}

func alphaByte(alpha []tok) (uint8, bool) {
	if alpha == nil {
		return 255, true
	}
	a, ok := channel(alpha, 1)
	return clampByte(a * 255), ok
}

// parseRGB parses the arguments of rgb() and rgba().
// https://www.w3.org/TR/css-color-4/#rgb-functions
func parseRGB(args []tok) (Color, bool) {
	chans, alpha, ok := colorArgs(args)
	if !ok {
		return Color{}, false
	}
	var v [3]float64
	for i, ch := range chans {
		if v[i], ok = channel(ch, 255); !ok {
			return Color{}, false
		}
	}
	a, ok := alphaByte(alpha)
	return Color{clampByte(v[0]), clampByte(v[1]), clampByte(v[2]), a}, ok
}

// parseHSL parses the arguments of hsl() and hsla().
// https://www.w3.org/TR/css-color-4/#the-hsl-notation
func parseHSL(args []tok) (Color, bool) {
	chans, alpha, ok := colorArgs(args)
	if !ok {
		return Color{}, false
	}
	h, ok := hue(chans[0])
	if !ok {
		return Color{}, false
	}
	s, ok1 := channel(chans[1], 100)
	l, ok2 := channel(chans[2], 100)
	a, ok3 := alphaByte(alpha)
	if !ok1 || !ok2 || !ok3 {
		return Color{}, false
	}
	s, l = math.Max(0, math.Min(100, s))/100, math.Max(0, math.Min(100, l))/100
	h = math.Mod(h, 360)
	if h < 0 {
		h += 360
	}
	f := func(n float64) uint8 {
		k := math.Mod(n+h/30, 12)
		a := s * math.Min(l, 1-l)
		return clampByte(255 * (l - a*math.Max(-1, math.Min(math.Min(k-3, 9-k), 1))))
	}
	return Color{f(0), f(8), f(4), a}, true
}

// hue parses a <hue>: a number of degrees or an angle.
func hue(c []tok) (float64, bool) {
	if len(c) != 1 {
		return 0, false
	}
	switch c[0].t {
	case css.NumberToken:
		return number(c[0])
	case css.IdentToken:
		return 0, strings.EqualFold(c[0].s, "none")
	case css.DimensionToken:
		v, u, ok := splitDimension(c[0].s)
		switch strings.ToLower(u) {
		case "deg":
			return v, ok
		case "rad":
			return v * 180 / math.Pi, ok
		case "grad":
			return v * 0.9, ok
		case "turn":
			return v * 360, ok
		}
	}
	return 0, false
}
