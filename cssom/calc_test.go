package cssom

import "testing"

// min(), max() and clamp() with percentages compute to an expression,
// resolved against the percentage basis at used-value time.
func TestMathFunctionPercentages(t *testing.T) {
	tests := []struct {
		decl  string
		basis int
		want  Fixed
	}{
		{"width: min(10%, 5px)", 100, Int(5)},
		{"width: min(10%, 5px)", 20, Int(2)},
		{"width: max(50%, 2em)", 100, Int(50)}, // 1em is 16px
		{"width: max(50%, 2em)", 40, Int(32)},
		{"width: clamp(10px, 50%, 100px)", 400, Int(100)},
		{"width: clamp(10px, 50%, 100px)", 100, Int(50)},
		{"width: clamp(10px, 50%, 100px)", 4, Int(10)},
		{"width: calc(min(10%, 5px) * 2 + 1px)", 30, Int(7)},
		{"width: calc(100% - max(10%, 30px))", 200, Int(170)},
		{"width: calc(100% - max(10%, 30px))", 500, Int(450)},
		{"width: min(10%, 5px) ", 0, 0},
	}
	for _, tt := range tests {
		w := styleOf(t, `<div id="x"></div>`, "#x { "+tt.decl+" }", "#x").Width
		if w.Kind != LengthExpr {
			t.Errorf("%s: kind %v, want an expression", tt.decl, w.Kind)
			continue
		}
		if got := w.Resolve(Int(tt.basis), -1); got != tt.want {
			t.Errorf("%s against %dpx = %v, want %v", tt.decl, tt.basis, got, tt.want)
		}
	}
	// Without percentages the comparison is computed at once.
	if w := decl(t, "width: min(10px, 2em)").Width; w != LengthOf(Int(10)) {
		t.Errorf("min of lengths = %+v", w)
	}
	// A property that takes no percentage still refuses them.
	if s := decl(t, "border-top-style: solid; border-top-width: min(10%, 2px)"); s.BorderWidth[Top] != Int(3) {
		t.Errorf("border width with a percentage: %v", s.BorderWidth[Top])
	}
}
