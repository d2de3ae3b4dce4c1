package paint

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

// TestBorderShades checks the two shades of inset, outset, groove and
// ridge borders against the pixels Chromium 156 paints for them.
func TestBorderShades(t *testing.T) {
	tests := []struct {
		c           cssom.Color
		dark, light cssom.Color
	}{
		{cssom.Color{R: 200, G: 100, B: 50, A: 255}, cssom.Color{R: 116, G: 58, B: 29, A: 255}, cssom.Color{R: 255, G: 127, B: 63, A: 255}},
		{cssom.Color{A: 255}, cssom.Color{R: 84, G: 84, B: 84, A: 255}, cssom.Color{R: 168, G: 168, B: 168, A: 255}},
		{cssom.Color{R: 128, G: 128, B: 128, A: 255}, cssom.Color{R: 44, G: 44, B: 44, A: 255}, cssom.Color{R: 212, G: 212, B: 212, A: 255}},
		{cssom.Color{R: 255, G: 255, B: 255, A: 255}, cssom.Color{R: 171, G: 171, B: 171, A: 255}, cssom.Color{R: 255, G: 255, B: 255, A: 255}},
	}
	for _, tt := range tests {
		if got := darken(tt.c); got != tt.dark {
			t.Errorf("darken(%v) = %v, Chromium %v", tt.c, got, tt.dark)
		}
		if got := lighten(tt.c); got != tt.light {
			t.Errorf("lighten(%v) = %v, Chromium %v", tt.c, got, tt.light)
		}
	}
}
