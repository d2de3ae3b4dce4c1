package paint

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestTextDecorationStyles(t *testing.T) {
	tests := []struct {
		name string
		set  func(s *cssom.ComputedStyle)
		want string
	}{
		{"solid", func(s *cssom.ComputedStyle) {}, `FillRect (0,13 30x1) #ff0000`},
		{"double", func(s *cssom.ComputedStyle) { s.TextDecorationStyle = cssom.DecorationDouble },
			"FillRect (0,13 30x1) #ff0000\nFillRect (0,15 30x1) #ff0000"},
		{"dashed", func(s *cssom.ComputedStyle) { s.TextDecorationStyle = cssom.DecorationDashed },
			"FillRect (0,13 3x1) #ff0000\nFillRect (6,13 3x1) #ff0000\nFillRect (12,13 3x1) #ff0000\nFillRect (18,13 3x1) #ff0000\nFillRect (24,13 3x1) #ff0000"},
		{"thickness and offset", func(s *cssom.ComputedStyle) {
			s.TextDecorationThickness = cssom.Length{Kind: cssom.LengthPx, Px: cssom.Int(3)}
			s.TextUnderlineOffset = cssom.Length{Kind: cssom.LengthPx, Px: cssom.Int(4)}
		}, `FillRect (0,16 30x3) #ff0000`},
		{"percentage thickness", func(s *cssom.ComputedStyle) {
			s.TextDecorationThickness = cssom.Length{Kind: cssom.LengthPercent, Percent: 25}
		}, `FillRect (0,13 30x4) #ff0000`},
		{"under", func(s *cssom.ComputedStyle) { s.TextUnderlinePosition = cssom.UnderlineUnder },
			`FillRect (0,15 30x1) #ff0000`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			under := styled(func(s *cssom.ComputedStyle) {
				s.TextDecorationLine = cssom.DecorationUnderline
				s.TextDecorationColor = red
				tc.set(s)
			})
			root := viewport(800, 600, nil, box(rect(0, 0, 200, 20), under,
				line(rect(0, 0, 200, 20), textFrag(rect(0, 0, 30, 16), styled(func(s *cssom.ComputedStyle) { s.Color = blue }), "abc"))))
			var got []string
			for _, l := range strings.Split(Build(root).String(), "\n") {
				if strings.HasPrefix(l, "FillRect") {
					got = append(got, l)
				}
			}
			if g := strings.Join(got, "\n"); g != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", g, tc.want)
			}
		})
	}
}

func TestWavyDecoration(t *testing.T) {
	under := styled(func(s *cssom.ComputedStyle) {
		s.TextDecorationLine = cssom.DecorationUnderline
		s.TextDecorationColor = red
		s.TextDecorationStyle = cssom.DecorationWavy
	})
	root := viewport(800, 600, nil, box(rect(0, 0, 200, 20), under,
		line(rect(0, 0, 200, 20), textFrag(rect(0, 0, 12, 16), styled(func(s *cssom.ComputedStyle) { s.Color = blue }), "abc"))))
	n, top, bottom := 0, cssom.Int(100), cssom.Fixed(0)
	for _, it := range Build(root).Items {
		if fr, ok := it.(*FillRect); ok {
			n++
			top, bottom = min(top, fr.Rect.Y), max(bottom, fr.Rect.Y+fr.Rect.H)
		}
	}
	// One column per px; the wave spans t+2 plus the thickness, one
	// thickness below the underline's top.
	if n != 12 || top != cssom.Int(14) || bottom != cssom.Int(18) {
		t.Errorf("wavy: %d rects from %v to %v", n, top, bottom)
	}
}
