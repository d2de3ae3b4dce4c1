package cssom

import "testing"

func TestMediaQueries(t *testing.T) {
	m := Media{Type: "screen", Width: Int(800), Height: Int(600)}
	tests := []struct {
		q    string
		want bool
	}{
		{"", true},
		{"all", true},
		{"screen", true},
		{"SCREEN", true},
		{"print", false},
		{"tv", false},
		{"not print", true},
		{"not screen", false},
		{"only screen", true},
		{"screen, print", true},
		{"print, tv", false},
		{"screen and (min-width: 800px)", true},
		{"screen and (min-width: 801px)", false},
		{"(max-width: 799.5px)", false},
		{"(max-width: 50em)", true},
		{"(width: 800px)", true},
		{"(min-height: 600px) and (max-height: 600px)", true},
		{"(orientation: landscape)", true},
		{"(orientation: portrait)", false},
		{"(min-aspect-ratio: 4/3)", true},
		{"(min-aspect-ratio: 16/9)", false},
		{"(prefers-color-scheme: dark)", false},
		{"(prefers-color-scheme: light)", true},
		{"(prefers-reduced-motion: reduce)", false},
		{"(prefers-reduced-motion: no-preference)", true},
		{"(hover: hover) and (pointer: fine)", true},
		{"(hover: none)", false},
		{"(any-pointer: coarse)", false},
		{"(hover)", true},
		{"(grid)", false},
		{"(color)", true},
		{"(min-resolution: 2dppx)", false},
		{"(-webkit-min-device-pixel-ratio: 1)", true},
		{"(width >= 600px)", true},
		{"(width < 600px)", false},
		{"(400px < width <= 800px)", true},
		{"(400px < width < 800px)", false},
		{"(600px > width)", false},
		{"not (width < 600px)", true},
		{"(width < 600px) or (orientation: landscape)", true},
		{"((width > 1px) and (height > 1px))", true},
		{"(unknown-feature: 1)", false},
		{"not (unknown-feature)", true},
		{"screen and (width < 600px), print", false},
		{"screen and", false},
		{"screen and (min-width: 1px) or (max-width: 2px)", false},
		{"and (min-width: 1px)", false},
		{"garbage !!, screen", true},
		{"(min-width: calc(100px + 10px))", true},
	}
	for _, tt := range tests {
		q, ok := ParseMediaQueryList(tt.q)
		if !ok {
			t.Errorf("%q did not parse", tt.q)
			continue
		}
		if got := q.Match(m); got != tt.want {
			t.Errorf("%q matches = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestMediaInCascade(t *testing.T) {
	css := `p { width: 1px } @media (min-width: 600px) { p { width: 2px } } @media print { p { width: 3px } }`
	if s := styleOf(t, "<p>x</p>", css, "p"); s.Width != LengthOf(Int(2)) {
		t.Errorf("width = %v, want 2px", s.Width)
	}
}

func TestSupports(t *testing.T) {
	tests := []struct {
		cond string
		want bool
	}{
		{"(display: grid)", true},
		{"(display: bogus)", false},
		{"(bogus-property: 1)", false},
		{"not (display: bogus)", true},
		{"(display: flex) and (color: red)", true},
		{"(display: flex) and (color: nope)", false},
		{"(display: nope) or (color: red)", true},
		{"((display: flex))", true},
		{"(--custom: anything)", true},
		{"selector(a > b:is(.c))", true},
		{"selector(a:bogus)", false},
		{"(width: calc(1px + 2%))", true},
		{"(color: red !important)", true},
		{"font-format(woff2)", false},
	}
	for _, tt := range tests {
		s := ParseStyleSheet("@supports "+tt.cond+" { p { color: red } }", "", AuthorOrigin)
		if len(s.Rules) != 1 {
			t.Errorf("%q: rule dropped", tt.cond)
			continue
		}
		if got := s.Rules[0].(*SupportsRule).Supported; got != tt.want {
			t.Errorf("@supports %s = %v, want %v", tt.cond, got, tt.want)
		}
	}
}
