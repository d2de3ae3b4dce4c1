package paint

import (
	"math"
	"testing"

	"github.com/paneweb/pane/cssom"
)

// Dashes and gaps fit a whole number of times round the line, the gap as
// near the ideal one as that allows.
func TestDashPattern(t *testing.T) {
	cases := []struct {
		style       cssom.BorderStyle
		w, total    float32
		dash, gap   float32
		ok          bool
		description string
	}{
		{cssom.BorderDashed, 12, 384, 24, 384.0/11 - 24, true, "11 dashes: gap 10.9, nearer 12 than 14.4"},
		{cssom.BorderDashed, 2, 100, 6, 4, true, "thin: 3w dashes, 2w gaps, 10 fit exactly"},
		{cssom.BorderDashed, 10, 40, 0, 0, false, "no room for two dashes"},
		{cssom.BorderDashed, 10, 25, 0, 0, false, "shorter than two dashes"},
		{cssom.BorderDotted, 2, 41, 2, 2, true, "thin dots: square dashes of w, gaps of w"},
	}
	for _, c := range cases {
		dash, gap, ok := dashPattern(c.style, c.w, c.total)
		if ok != c.ok || math.Abs(float64(dash-c.dash)) > 1e-3 || math.Abs(float64(gap-c.gap)) > 1e-3 {
			t.Errorf("%s: dash %v gap %v ok %v, want %v %v %v", c.description, dash, gap, ok, c.dash, c.gap, c.ok)
		}
	}
	// Round dots: 403.4 / 20 = 20.17 apart (20 dots), nearer 2w than 21.
	if got := dotSpacing(10, 403.4); math.Abs(float64(got-20.17)) > 1e-3 {
		t.Errorf("dot spacing %v, want 20.17", got)
	}
}

// The centre line of a border runs clockwise from the end of the top-left
// curve, its length the perimeter of the inset rounded rectangle.
func TestRoundedCentreLine(t *testing.T) {
	o := fRect{0, 0, 120, 80}
	var rd devRadii
	for i := range rd {
		rd[i] = [2]float32{20, 20}
	}
	l := roundedCentreLine(o, rd, [4]int{10, 10, 10, 10})
	if p := l.pts[0]; p != [2]float32{20, 5} {
		t.Errorf("starts at %v, want (20,5)", p)
	}
	if p := l.pts[1]; p != [2]float32{100, 5} {
		t.Errorf("then %v, want (100,5)", p)
	}
	// Straight parts 2·80 + 2·40, four quarter circles of radius 15.
	want := 240 + 2*math.Pi*15
	if got := float64(l.length()); math.Abs(got-want) > 0.5 {
		t.Errorf("length %v, want %v", got, want)
	}
	if p, _ := l.pointAt(l.length()); math.Abs(float64(p[0]-20)) > 1e-3 || math.Abs(float64(p[1]-5)) > 1e-3 {
		t.Errorf("closes at %v", p)
	}
}

// A dashed rounded border leaves gaps on its corner curves, not only on
// its straight sides, and the pattern is symmetric enough to show on
// every corner.
func TestRoundedDashedCorners(t *testing.T) {
	red := cssom.Color{R: 255, A: 255}
	st := styled(func(s *cssom.ComputedStyle) {
		for i := range 4 {
			s.BorderStyle[i], s.BorderColor[i], s.BorderWidth[i] = cssom.BorderDashed, red, px(10)
			s.BorderRadius[i], s.BorderRadiusY[i] = cssom.LengthOf(px(60)), cssom.LengthOf(px(60))
		}
	})
	f := box(rect(0, 0, 120, 120), st)
	f.Border = cssom.Edges[Fixed]{px(10), px(10), px(10), px(10)}
	img := render(viewport(120, 120, nil, f), 120, 120)
	// Sample the centre circle (radius 55 around (60,60)): a circle of
	// dashes has both painted and unpainted points on every quadrant.
	for q := range 4 {
		on, off := 0, 0
		for k := range 90 {
			a := (float64(q)*90 + float64(k)) * math.Pi / 180
			x, y := 60+55*math.Cos(a), 60+55*math.Sin(a)
			if c := img.RGBAAt(int(x), int(y)); c.R > 128 && c.G < 128 {
				on++
			} else {
				off++
			}
		}
		if on < 10 || off < 10 {
			t.Errorf("quadrant %d: %d painted, %d not: want dashes", q, on, off)
		}
	}
}
