package cssom

import "testing"

// TestFontAndViewportUnits checks the units of CSS Values 4 that cssom
// approximates or maps (font size 20px, root 16px, viewport 800x600).
func TestFontAndViewportUnits(t *testing.T) {
	tests := []struct {
		value string
		want  Fixed
	}{
		{"2cap", Px(28)},
		{"1ic", Int(20)},
		{"1lh", Int(24)},
		{"1rlh", Px(19.2)},
		{"1ex", Int(10)},
		{"1ch", Int(10)},
		{"10svh", Int(60)},
		{"10dvh", Int(60)},
		{"10lvw", Int(80)},
		{"10vi", Int(80)},
		{"10vb", Int(60)},
		{"10dvmin", Int(60)},
		{"10svmax", Int(80)},
	}
	for _, tt := range tests {
		s := styleOf(t, `<p>x</p>`, `p { font-size: 20px; width: `+tt.value+` }`, "p")
		if s.Width != LengthOf(tt.want) {
			t.Errorf("%s = %v, want %v", tt.value, s.Width, tt.want)
		}
	}
}
