package cssom

import (
	"math"
	"strings"
	"testing"
	"time"
)

// TestColorFunctions checks the CSS Color 4/5 functions against the values
// browsers compute (8-bit sRGB, clipped).
func TestColorFunctions(t *testing.T) {
	tests := []struct {
		value string
		want  Color
	}{
		{"hwb(0 0% 0%)", Color{255, 0, 0, 255}},
		{"hwb(120 20% 30%)", Color{51, 179, 51, 255}},
		{"hwb(0 60% 60% / 0.5)", Color{128, 128, 128, 128}},
		{"lab(50 0 0)", Color{119, 119, 119, 255}},
		{"lab(50% 0 0)", Color{119, 119, 119, 255}},
		{"lab(100 0 0)", Color{255, 255, 255, 255}},
		{"lab(54.29 80.82 69.89)", Color{255, 0, 0, 255}},
		{"lch(54.29 106.84 40.85)", Color{255, 0, 0, 255}},
		{"oklab(0.627955 0.224863 0.125846)", Color{255, 0, 0, 255}},
		{"oklab(1 0 0)", Color{255, 255, 255, 255}},
		{"oklch(0.627955 0.257683 29.2339)", Color{255, 0, 0, 255}},
		{"oklch(50% 0 0 / 25%)", Color{99, 99, 99, 64}},
		{"color(srgb 0.5 0 1)", Color{128, 0, 255, 255}},
		{"color(srgb 50% 0% 100% / 0.5)", Color{128, 0, 255, 128}},
		{"color(srgb-linear 0.5 0.5 0.5)", Color{188, 188, 188, 255}},
		{"color(display-p3 1 0 0)", Color{255, 11, 12, 255}}, // gamut-mapped: OKLCh lightness and hue kept
		{"color(display-p3 1 1 1)", Color{255, 255, 255, 255}},
		{"color(xyz-d65 0.9505 1 1.089)", Color{255, 255, 255, 255}},
		{"color-mix(in srgb, red, blue)", Color{128, 0, 128, 255}},
		{"color-mix(in srgb, red 25%, blue)", Color{64, 0, 191, 255}},
		{"color-mix(in srgb, red, blue 75%)", Color{64, 0, 191, 255}},
		{"color-mix(in srgb, red 30%, blue 30%)", Color{128, 0, 128, 153}},
		{"color-mix(in srgb, red 150%, blue 50%)", Color{0, 0, 255, 255}}, // invalid: > 100%
		{"color-mix(in srgb, transparent, blue)", Color{0, 0, 255, 128}},
		{"color-mix(in oklab, white, black)", Color{99, 99, 99, 255}},
		{"color-mix(in lab, white, black)", Color{119, 119, 119, 255}},
		{"color-mix(in srgb-linear, white, black)", Color{188, 188, 188, 255}},
		{"color-mix(in hsl, red, blue)", Color{255, 0, 255, 255}},
		{"color-mix(in hsl longer hue, red, blue)", Color{0, 255, 0, 255}},
		{"color-mix(in oklch, white, red)", Color{255, 161, 145, 255}}, // as Chromium renders it
		// The next values are Chromium's too.
		{"oklch(0.452 0.313 264.05)", Color{0, 0, 255, 255}}, // Chromium: 0 1 255 (outside sRGB: mapped, not clipped)
		{"color(display-p3 0.5 0.8 0.2)", Color{100, 206, 0, 255}},
		{"color-mix(in oklch, red, blue)", Color{183, 0, 190, 255}},
		{"color-mix(in lch, red, blue)", Color{205, 0, 126, 255}},
		{"lab(60 -40 30)", Color{74, 162, 88, 255}},
		{"color-mix(in srgb, lab(50 0 0), #000 0%)", Color{119, 119, 119, 255}},
		{"light-dark(#010203, black)", Color{1, 2, 3, 255}},
		{"light-dark(lab(50 0 0), white)", Color{119, 119, 119, 255}},
		{"rgb(from red r g b / 50%)", Color{255, 0, 0, 128}},
		{"rgb(from #123456 b g r)", Color{0x56, 0x34, 0x12, 255}},
		{"rgb(from red 0 g b / alpha)", Color{0, 0, 0, 255}},
		{"hsl(from red 120 s l)", Color{0, 255, 0, 255}},
		{"hwb(from white h w 100)", Color{128, 128, 128, 255}},
		{"oklch(from red l c 264.05)", Color{64, 124, 255, 255}}, // Chromium renders these five alike
		{"lab(from lab(50 10 20) l 0 0)", Color{119, 119, 119, 255}},
		// Invalid values leave the previous declaration (blue) in place.
		{"rgb(from red r g)", Color{0, 0, 255, 255}},
		{"rgb(from nope r g b)", Color{0, 0, 255, 255}},
		{"rgb(from currentColor r g b)", Color{0, 0, 255, 255}},
		{"light-dark(red)", Color{0, 0, 255, 255}},
		{"light-dark(red, 3px)", Color{0, 0, 255, 255}},
		{"lab(1, 2, 3)", Color{0, 0, 255, 255}},
		{"hwb(0, 0%, 0%)", Color{0, 0, 255, 255}},
		{"color(foo 1 2 3)", Color{0, 0, 255, 255}},
		{"color(srgb 1 2)", Color{0, 0, 255, 255}},
		{"color-mix(in foo, red, blue)", Color{0, 0, 255, 255}},
		{"color-mix(in srgb, red 0%, blue 0%)", Color{0, 0, 255, 255}},
		{"color-mix(in srgb longer hue, red, blue)", Color{0, 0, 255, 255}},
		{"color-mix(srgb, red, blue)", Color{0, 0, 255, 255}},
		{"color-mix(in srgb, red)", Color{0, 0, 255, 255}},
	}
	for _, tt := range tests {
		s := decl(t, "color: green; background-color: blue; background-color: "+tt.value)
		if s.BackgroundColor != tt.want {
			t.Errorf("%s = %v, want %v", tt.value, s.BackgroundColor, tt.want)
		}
	}
}

// TestColorNesting checks that deeply nested color functions are rejected
// quickly rather than parsed exponentially.
func TestColorNesting(t *testing.T) {
	deep := strings.Repeat("color-mix(in srgb, ", 40) + "nope" + strings.Repeat(", red)", 40)
	start := time.Now()
	s := decl(t, "background-color: blue; background-color: "+deep)
	if s.BackgroundColor != (Color{0, 0, 255, 255}) {
		t.Errorf("got %v", s.BackgroundColor)
	}
	ok := decl(t, "background-color: "+strings.Repeat("color-mix(in srgb, ", 5)+"red"+strings.Repeat(", red)", 5))
	if ok.BackgroundColor != (Color{255, 0, 0, 255}) {
		t.Errorf("nested mix: %v", ok.BackgroundColor)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}

// The CSS gamut-mapping algorithm keeps the OKLCh lightness and hue of an
// out-of-gamut color, and the result is within a just-noticeable
// difference of its clipped form.
func TestGamutMap(t *testing.T) {
	cases := []colorF{
		fromXYZ65(okLabToXYZ65(polar(0.7, 0.4, 140)), 1), // far outside: a vivid green
		fromXYZ65(okLabToXYZ65(polar(0.5, 0.3, 264)), 1),
		{1.2, -0.1, 0.3, 0.5},
		{0.2, 0.3, 0.4, 1}, // in gamut: unchanged
	}
	for _, c := range cases {
		m := gamutMap(c)
		if !m.inGamut() {
			t.Errorf("%v: mapped %v is out of gamut", c, m)
			continue
		}
		if c.inGamut() {
			if m != c {
				t.Errorf("%v: in-gamut color changed to %v", c, m)
			}
			continue
		}
		o, g := toPolar(c.okLab()), toPolar(m.okLab())
		if math.Abs(o[0]-g[0]) > 0.03 || math.Abs(o[2]-g[2]) > 5 || g[1] > o[1] || m.a != c.a {
			t.Errorf("%v: OKLCh %v mapped to %v", c, o, g)
		}
	}
	if got := gamutMap(colorF{2, 2, 2, 1}); got != (colorF{1, 1, 1, 1}) {
		t.Errorf("lightness above 1: %v, want white", got)
	}
}
