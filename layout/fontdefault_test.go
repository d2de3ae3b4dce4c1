package layout

import (
	"testing"
)

// TestLiberationMetrics checks the default faces' line metrics against
// Chromium 1xx on Linux with the same Liberation fonts, measured from line
// boxes (div height with line-height: normal), content areas (a span's
// height: ascent + descent) and baselines (a zero-height inline-block's
// top): Chromium rounds ascent, descent and line gap to whole px each.
func TestLiberationMetrics(t *testing.T) {
	s := NewFontSet()
	tests := []struct {
		family string
		size   int
		// Chromium: baseline from the line top, span height, line height.
		base, span, line int
	}{
		{"serif", 10, 9, 11, 11},
		{"serif", 12, 11, 14, 15},
		{"serif", 13, 12, 15, 16},
		{"serif", 16, 14, 17, 18},
		{"Times New Roman", 20, 18, 22, 23},
		{"serif", 24, 21, 26, 27},
		{"serif", 40, 36, 45, 47},
		{"sans-serif", 12, 11, 14, 14},
		{"Arial", 14, 13, 16, 16},
		{"sans-serif", 16, 14, 17, 18},
		{"Helvetica", 24, 22, 27, 28},
		{"sans-serif", 32, 29, 36, 37},
		{"Liberation Mono", 10, 8, 11, 11},
		{"Courier New", 13, 11, 15, 15},
		{"monospace", 16, 13, 18, 18},
		{"Courier New", 24, 20, 27, 27},
		{"monospace", 40, 33, 45, 45},
	}
	for _, tc := range tests {
		m := s.Metrics(FontSpec{Families: []string{tc.family}, Size: px(tc.size)})
		base, span, line := m.Ascent, m.Ascent+m.Descent, m.Ascent+m.Descent+m.LineGap
		if base != px(tc.base) || span != px(tc.span) || line != px(tc.line) {
			t.Errorf("%s %dpx: baseline/content/line = %v/%v/%v, want %d/%d/%d (Chromium)",
				tc.family, tc.size, base, span, line, tc.base, tc.span, tc.line)
		}
	}
}

// TestLiberationWidths compares text widths with Chromium's (span widths of
// "Hxg abcdefghijklmnopqrstuvwxyz", measured as above).
func TestLiberationWidths(t *testing.T) {
	s := NewFontSet()
	const text = "Hxg abcdefghijklmnopqrstuvwxyz"
	tests := []struct {
		family string
		size   int
		width  float64
	}{
		{"serif", 16, 222.625},
		{"Times New Roman", 12, 166.96875},
		{"serif", 40, 556.5625},
		{"sans-serif", 16, 236.546875},
		{"Arial", 13, 192.203125},
		{"Helvetica", 32, 473.09375},
		{"Courier New", 16, 288.046875},
		{"Liberation Mono", 40, 720.125},
	}
	for _, tc := range tests {
		var w Fixed
		for _, r := range s.Shape(text, FontSpec{Families: []string{tc.family}, Size: px(tc.size)}) {
			w += r.Advance
		}
		// Chromium keeps advances as floats; positions here round to 1/64
		// px from the exact pen, so the run is off by under 1/64 px.
		if d := w.Float() - tc.width; d > 1.0/32 || d < -1.0/32 {
			t.Errorf("%s %dpx: width %.4f, want %.4f (Chromium)", tc.family, tc.size, w.Float(), tc.width)
		}
	}
}

// TestEmbeddedFacesParse parses every embedded face and checks the
// descriptors it is registered under against its own tables.
func TestEmbeddedFacesParse(t *testing.T) {
	for i, f := range embeddedFonts() {
		d := f.data()
		if d == nil || d.upem <= 0 || d.numGlyphs == 0 || !f.HasGlyph('a') {
			t.Fatalf("embedded face %d (%s %d): bad tables", i, f.family, f.weight)
		}
		parsed, err := parseFonts(embeddedList[i].data)
		if err != nil {
			t.Fatal(err)
		}
		p := parsed[0]
		if p.style != f.style || (p.family != f.family && p.altFamily != f.family && f.family != familyGo) {
			t.Errorf("embedded face %d: registered as %q %d %d, file says %q/%q %d %d",
				i, f.family, f.weight, f.style, p.family, p.altFamily, p.weight, p.style)
		}
	}
}

// TestLazyEmbeddedFaces: a new face set parses nothing; a face parses its
// tables once, on first use.
func TestLazyEmbeddedFaces(t *testing.T) {
	f := &Font{family: "Lazy", weight: 400, weightMax: 400, lazy: &lazyData{src: embeddedList[0].data}}
	if f.lazy.d != nil {
		t.Fatal("parsed before use")
	}
	d := f.data()
	if d == nil || f.data() != d || f.Metrics(px(16)).Ascent != px(14) {
		t.Errorf("lazy face: tables %p then %p", d, f.data())
	}
	if allocs := testing.AllocsPerRun(20, func() { NewFontSet() }); allocs > 200 {
		t.Errorf("NewFontSet allocates %v times, want a few (no parsing)", allocs)
	}
}

func BenchmarkNewFontSet(b *testing.B) {
	for b.Loop() {
		NewFontSet()
	}
}
