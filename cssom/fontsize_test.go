package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestMonospaceFontSize checks the generic monospace size rule against
// Chromium 156's getComputedStyle values for the same markup.
func TestMonospaceFontSize(t *testing.T) {
	doc := dom.ParseHTMLString(`
<span id=xs style="font-family: monospace; font-size: xx-small"></span>
<span id=l style="font-family: monospace; font-size: large"></span>
<span id=xl style="font-family: monospace; font-size: x-large"></span>
<p style="font-size: 20px"><code id=c20></code></p>
<pre id=pre></pre>
<div id=larger style="font-family: monospace; font-size: larger"></div>
<div id=mono2 style="font-family: monospace, monospace"></div>
<div style="font-family: monospace"><span id=serif style="font-family: serif"></span></div>
<div style="font-size: 2em"><code id=c2em></code></div>`, "")
	st := Compute(doc, []*StyleSheet{UserAgentSheet()}, Media{Width: Int(800), Height: Int(600)})
	for id, want := range map[string]float64{
		"xs": 9, "l": 16, "xl": 20, "c20": 20, "pre": 13, "larger": 15.6, "mono2": 16, "serif": 16, "c2em": 26,
	} {
		got := st.Of(doc.GetElementByID(id)).FontSize.Float()
		if got < want-0.02 || got > want+0.02 {
			t.Errorf("#%s font-size %.3fpx, Chromium %.1fpx", id, got, want)
		}
	}
}

func TestFontStretchAndLineBreak(t *testing.T) {
	doc := dom.ParseHTMLString(`<div id=a style="font-stretch: condensed; line-break: anywhere"><p id=b></p></div>
<p id=c style="font: expanded 12px serif"></p><p id=d style="font-stretch: 62.5%; font-stretch: -3%; line-break: strict"></p>`, "")
	st := Compute(doc, nil, Media{Width: Int(800), Height: Int(600)})
	get := func(id string) *ComputedStyle { return st.Of(doc.GetElementByID(id)) }
	for _, tc := range []struct {
		id      string
		stretch float32
		lb      LineBreak
	}{
		{"a", 75, LineBreakAnywhere},
		{"b", 75, LineBreakAnywhere}, // both inherit
		{"c", 125, LineBreakAuto},
		{"d", 62.5, LineBreakStrict}, // a negative percentage is invalid
	} {
		if s := get(tc.id); s.FontStretch != tc.stretch || s.LineBreak != tc.lb {
			t.Errorf("#%s font-stretch %v line-break %v, want %v %v", tc.id, s.FontStretch, s.LineBreak, tc.stretch, tc.lb)
		}
	}
}

func TestSystemFontKeywords(t *testing.T) {
	doc := dom.ParseHTMLString(`<p style="font: bold 30px serif"><span id=a style="font: menu"></span></p>`, "")
	st := Compute(doc, nil, Media{Width: Int(800), Height: Int(600)})
	s := st.Of(doc.GetElementByID("a"))
	if s.FontSize != Int(16) || s.FontWeight != 400 || len(s.FontFamily) != 1 || s.FontFamily[0] != "system-ui" {
		t.Errorf("font: menu = %v %v %v", s.FontSize, s.FontWeight, s.FontFamily)
	}
}

func TestAspectRatioParsing(t *testing.T) {
	for _, tc := range []struct {
		v    string
		r    float32
		auto bool
		ok   bool
	}{
		{"16 / 9", 16.0 / 9, false, true},
		{"2", 2, false, true},
		{"auto", 0, true, true},
		{"auto 3/2", 1.5, true, true},
		{"3/2 auto", 1.5, true, true},
		{"0 / 1", 0, false, true}, // degenerate: ratio 0, as auto (aspectratio.go)
		{"-1", 0, false, false},
		{"1 /", 0, false, false},
		{"auto auto", 0, false, false},
	} {
		s := ParseStyleSheet("p{aspect-ratio:"+tc.v+"}", "", AuthorOrigin)
		decls := s.Rules[0].(*StyleRule).Declarations
		if (len(decls) == 1) != tc.ok {
			t.Errorf("%q valid = %v", tc.v, len(decls) == 1)
			continue
		}
		if !tc.ok {
			continue
		}
		doc := dom.ParseHTMLString(`<p id=p></p>`, "")
		st := Compute(doc, []*StyleSheet{s}, Media{Width: Int(800), Height: Int(600)}).Of(doc.GetElementByID("p"))
		if st.AspectRatio != tc.r || st.AspectRatioAuto != tc.auto {
			t.Errorf("%q = %v %v, want %v %v", tc.v, st.AspectRatio, st.AspectRatioAuto, tc.r, tc.auto)
		}
	}
}
