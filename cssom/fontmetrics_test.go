package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

// TestFontRelativeUnitsUseMetrics: with Media.FontMetrics, ex, ch and cap
// measure the element's first available font at its own size; ex in
// font-size measures the parent's font.
func TestFontRelativeUnitsUseMetrics(t *testing.T) {
	var asked []string
	media := Media{Type: "screen", Width: Int(800), Height: Int(600),
		FontMetrics: func(fam []string, weight uint16, style FontStyle, size Fixed) FontMetrics {
			asked = append(asked, fam[0]+"@"+size.String())
			// A font whose x-height is half its size, "0" 0.6em, caps 0.75em.
			return FontMetrics{XHeight: size / 2, ZeroAdvance: size.MulFloat(0.6), CapHeight: size.MulFloat(0.75)}
		}}
	doc := dom.ParseHTMLString(`<div id=p style="font: 20px Parent"><div id=c style="font-family: Child; font-size: 3ex; width: 2ex; height: 10ch; min-width: 1cap"></div></div>`, "")
	st := Compute(doc, nil, media).Of(doc.GetElementByID("c"))
	if st.FontSize != Int(30) {
		t.Errorf("font-size: 3ex = %v, want 30 (the parent's x-height is 10)", st.FontSize)
	}
	for _, c := range []struct {
		name string
		got  Length
		want Fixed
	}{{"width: 2ex", st.Width, Int(30)}, {"height: 10ch", st.Height, Int(180)}, {"min-width: 1cap", st.MinWidth, Px(22.5)}} {
		if c.got.Kind != LengthPx || c.got.Px != c.want {
			t.Errorf("%s = %+v, want %v px", c.name, c.got, c.want)
		}
	}
	found := false
	for _, a := range asked {
		if a == "Child@30" {
			found = true
		}
	}
	if !found {
		t.Errorf("the child's own font was never measured: %v", asked)
	}
	// Without a measurer the spec's fallbacks apply.
	st = Compute(doc, nil, Media{Type: "screen", Width: Int(800), Height: Int(600)}).Of(doc.GetElementByID("c"))
	if st.Width.Px != st.FontSize {
		t.Errorf("fallback 2ex = %v, want 1em = %v", st.Width.Px, st.FontSize)
	}
}
