package cssom

import "testing"

func TestTextProps(t *testing.T) {
	tests := []struct {
		decls string
		check func(s *ComputedStyle) bool
	}{
		{"unicode-bidi: isolate-override", func(s *ComputedStyle) bool { return s.UnicodeBidi == UnicodeBidiIsolateOverride }},
		{"unicode-bidi: plaintext", func(s *ComputedStyle) bool { return s.UnicodeBidi == UnicodeBidiPlaintext }},
		{"unicode-bidi: bogus", func(s *ComputedStyle) bool { return s.UnicodeBidi == UnicodeBidiIsolate }}, // a div: the UA sheet's isolate
		{"text-decoration-style: wavy", func(s *ComputedStyle) bool { return s.TextDecorationStyle == DecorationWavy }},
		{"text-decoration: underline dotted red 3px", func(s *ComputedStyle) bool {
			return s.TextDecorationLine == DecorationUnderline && s.TextDecorationStyle == DecorationDotted &&
				s.TextDecorationThickness == Length{Kind: LengthPx, Px: Int(3)} && s.TextDecorationColor == (Color{255, 0, 0, 255})
		}},
		{"text-decoration: underline", func(s *ComputedStyle) bool {
			return s.TextDecorationStyle == DecorationSolid && s.TextDecorationThickness == Auto
		}},
		{"text-decoration-thickness: from-font", func(s *ComputedStyle) bool { return s.TextDecorationThickness == None }},
		{"text-decoration-thickness: 0.5em", func(s *ComputedStyle) bool {
			return s.TextDecorationThickness == Length{Kind: LengthPx, Px: Int(10)}
		}},
		{"text-decoration-thickness: -1px", func(s *ComputedStyle) bool { return s.TextDecorationThickness == Auto }},
		{"text-underline-offset: -2px", func(s *ComputedStyle) bool {
			return s.TextUnderlineOffset == Length{Kind: LengthPx, Px: Int(-2)}
		}},
		{"text-underline-position: under", func(s *ComputedStyle) bool { return s.TextUnderlinePosition == UnderlineUnder }},
		{"hyphens: none", func(s *ComputedStyle) bool { return s.Hyphens == HyphensNone }},
		{"-webkit-hyphens: auto", func(s *ComputedStyle) bool { return s.Hyphens == HyphensAuto }},
		{"text-overflow: ellipsis", func(s *ComputedStyle) bool { return s.TextOverflowEllipsis }},
		{"text-overflow: clip", func(s *ComputedStyle) bool { return !s.TextOverflowEllipsis }},
		{"tab-size: 4", func(s *ComputedStyle) bool { return s.TabSize == TabSize{Spaces: 4} }},
		{"tab-size: 1em", func(s *ComputedStyle) bool { return s.TabSize == TabSize{Length: true, Px: Int(20)} }},
		{"tab-size: -1", func(s *ComputedStyle) bool { return s.TabSize == TabSize{Spaces: 8} }},
		{"tab-size: 10%", func(s *ComputedStyle) bool { return s.TabSize == TabSize{Spaces: 8} }},
		{"font-kerning: none", func(s *ComputedStyle) bool { return s.FontKerning == KerningNone }},
		{"font-variant-caps: all-small-caps", func(s *ComputedStyle) bool { return s.FontVariantCaps == CapsAllSmallCaps }},
		{"font: small-caps 12px serif", func(s *ComputedStyle) bool { return s.FontVariantCaps == CapsSmallCaps }},
		{"font-variant: small-caps no-common-ligatures tabular-nums", func(s *ComputedStyle) bool {
			return s.FontVariantCaps == CapsSmallCaps && s.FontVariantLigatures == NoCommonLigatures && s.FontVariantNumeric == TabularNums
		}},
		{"font-variant-ligatures: none", func(s *ComputedStyle) bool { return s.FontVariantLigatures == LigaturesNone }},
		{"font-variant-ligatures: no-common-ligatures common-ligatures", func(s *ComputedStyle) bool { return s.FontVariantLigatures == 0 }},
		{"font-variant-numeric: oldstyle-nums slashed-zero", func(s *ComputedStyle) bool {
			return s.FontVariantNumeric == OldstyleNums|SlashedZero
		}},
		{"font-variant-numeric: oldstyle-nums lining-nums", func(s *ComputedStyle) bool { return s.FontVariantNumeric == 0 }},
		{`font-feature-settings: "smcp", "liga" off, "ss01" 3`, func(s *ComputedStyle) bool {
			return s.FontFeatureSettings == "smcp=1,liga=0,ss01=3"
		}},
		{`font-feature-settings: "toolong"`, func(s *ComputedStyle) bool { return s.FontFeatureSettings == "" }},
		{"font-synthesis: weight", func(s *ComputedStyle) bool {
			return s.FontSynthesis == NoSynthesizeStyle|NoSynthesizeSmallCaps
		}},
		{"font-synthesis: none", func(s *ComputedStyle) bool {
			return s.FontSynthesis == NoSynthesizeWeight|NoSynthesizeStyle|NoSynthesizeSmallCaps
		}},
	}
	for _, tc := range tests {
		if s := decl(t, tc.decls); !tc.check(s) {
			t.Errorf("%s: got bidi %v style %v thickness %+v offset %+v hyphens %v", tc.decls, s.UnicodeBidi,
				s.TextDecorationStyle, s.TextDecorationThickness, s.TextUnderlineOffset, s.Hyphens)
		}
	}
	// Inheritance: hyphens and the underline offset and position inherit,
	// the rest do not.
	c := styleOf(t, `<div id="p"><span id="c"></span></div>`,
		`#p { hyphens: none; text-underline-offset: 4px; text-underline-position: under; unicode-bidi: embed;
		text-decoration-style: double; text-overflow: ellipsis }`, "#c")
	if c.Hyphens != HyphensNone || c.TextUnderlineOffset.Px != Int(4) || c.TextUnderlinePosition != UnderlineUnder ||
		c.UnicodeBidi != UnicodeBidiNormal || c.TextDecorationStyle != DecorationSolid || c.TextOverflowEllipsis {
		t.Errorf("inheritance: %+v", c)
	}
}
