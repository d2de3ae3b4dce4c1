package cssom

import "math"

// Fixed is a length in CSS px as a fixed-point number with 6 fractional bits
// (1/64 px), like fixed.Int26_6 but 64 bits wide so that sums over huge pages
// cannot overflow. Every layout length in Pane is a Fixed (DESIGN.md §4);
// floats appear only at the rasterizer's edge.
type Fixed int64

// FixedOne is 1 CSS px.
const FixedOne Fixed = 64

// Px returns the Fixed nearest to v CSS px (ties away from zero). NaN is 0.
func Px(v float64) Fixed {
	switch {
	case math.IsNaN(v):
		return 0
	case v >= 1<<50:
		return 1 << 56
	case v <= -(1 << 50):
		return -(1 << 56)
	}
	return Fixed(math.Round(v * 64))
}

// Int returns n CSS px.
func Int(n int) Fixed { return Fixed(n) << 6 }

// Float returns f in CSS px as a float64.
func (f Fixed) Float() float64 { return float64(f) / 64 }

// Round returns f rounded to the nearest whole px (ties away from zero).
func (f Fixed) Round() int {
	if f >= 0 {
		return int((f + 32) >> 6)
	}
	return -int((-f + 32) >> 6)
}

// Floor returns the largest whole px not greater than f.
func (f Fixed) Floor() int { return int(f >> 6) }

// Ceil returns the smallest whole px not less than f.
func (f Fixed) Ceil() int { return int((f + 63) >> 6) }

// Mul returns f*g.
func (f Fixed) Mul(g Fixed) Fixed { return Fixed((int64(f)*int64(g) + 32) >> 6) }

// MulFloat returns f scaled by x, rounded to the nearest 1/64 px.
func (f Fixed) MulFloat(x float64) Fixed { return Fixed(math.Round(float64(f) * x)) }

// Div returns f/g, or 0 when g is 0.
func (f Fixed) Div(g Fixed) Fixed {
	if g == 0 {
		return 0
	}
	return Fixed((int64(f) << 6) / int64(g))
}

// Min returns the smaller of a and b.
func Min(a, b Fixed) Fixed {
	if a < b {
		return a
	}
	return b
}

// Max returns the larger of a and b.
func Max(a, b Fixed) Fixed {
	if a > b {
		return a
	}
	return b
}

// String formats f in px with up to two decimals and no trailing zeros, as
// layout dumps show it: "12", "12.5", "0.02".
func (f Fixed) String() string {
	return formatFixed(f)
}

func formatFixed(f Fixed) string {
	neg := f < 0
	if neg {
		f = -f
	}
	whole := int64(f >> 6)
	frac := int64(f&63) * 100 / 64 // two decimals, truncated
	buf := make([]byte, 0, 24)
	if neg && (whole != 0 || frac != 0) {
		buf = append(buf, '-')
	}
	buf = appendInt(buf, whole)
	if frac != 0 {
		buf = append(buf, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			buf = append(buf, byte('0'+frac%10))
		}
	}
	return string(buf)
}

func appendInt(b []byte, v int64) []byte {
	if v == 0 {
		return append(b, '0')
	}
	var tmp [20]byte
	i := len(tmp)
	for v > 0 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, tmp[i:]...)
}
