package cssom

import (
	"strings"
	"testing"
)

// TestFont4Props checks the computed values of the CSS Fonts 4 longhands
// and shorthands, serialized as getComputedStyle gives them.
func TestFont4Props(t *testing.T) {
	tests := []struct {
		decls string
		want  string // "property=value; ..." for the properties named
	}{
		{"", "font-variant-position=normal; font-variant-east-asian=normal; font-variant-alternates=normal; " +
			"font-variant-emoji=normal; font-variation-settings=normal; font-optical-sizing=auto; " +
			"font-language-override=normal; font-synthesis-weight=auto"},
		{"font-variant-position: super", "font-variant-position=super"},
		{"font-variant-position: sub super", "font-variant-position=normal"},
		{"font-variant-east-asian: ruby jis04 full-width", "font-variant-east-asian=jis04 full-width ruby"},
		{"font-variant-east-asian: simplified traditional", "font-variant-east-asian=normal"},
		{"font-variant-east-asian: full-width proportional-width", "font-variant-east-asian=normal"},
		{"font-variant-east-asian: ruby ruby", "font-variant-east-asian=normal"},
		{"font-variant-alternates: historical-forms", "font-variant-alternates=historical-forms"},
		{"font-variant-alternates: swash(flowing) historical-forms styleset(a, b) stylistic(x)",
			"font-variant-alternates=stylistic(x) historical-forms styleset(a, b) swash(flowing)"},
		{"font-variant-alternates: swash(a, b)", "font-variant-alternates=normal"},
		{"font-variant-alternates: stylistic(inherit)", "font-variant-alternates=normal"},
		{"font-variant-alternates: stylistic(1)", "font-variant-alternates=normal"},
		{"font-variant-alternates: historical-forms historical-forms", "font-variant-alternates=normal"},
		{"font-variant-emoji: emoji", "font-variant-emoji=emoji"},
		{"font-variant-emoji: unicode", "font-variant-emoji=unicode"},
		{"font-variant-emoji: color", "font-variant-emoji=normal"},
		{`font-variation-settings: "wght" 650, "wdth" 75.5`, `font-variation-settings="wght" 650, "wdth" 75.5`},
		{`font-variation-settings: "wght"`, "font-variation-settings=normal"},
		{`font-variation-settings: "wghtx" 1`, "font-variation-settings=normal"},
		{`font-variation-settings: "wght" 1px`, "font-variation-settings=normal"},
		{"font-optical-sizing: none", "font-optical-sizing=none"},
		{`font-language-override: "SRB"`, `font-language-override="SRB"`},
		{`font-language-override: SRB`, "font-language-override=normal"},
		{"font-synthesis-style: none", "font-synthesis-style=none; font-synthesis-weight=auto"},
		{"font-synthesis: small-caps", "font-synthesis-weight=none; font-synthesis-style=none; font-synthesis-small-caps=auto"},
		{"font-synthesis: weight position", "font-synthesis-weight=auto; font-synthesis-style=none"},
		{"font-synthesis: weight weight", "font-synthesis-weight=auto; font-synthesis-style=auto"},
		// The font-variant shorthand sets every font-variant-* longhand.
		{"font-variant: super jis78 historical-forms small-caps emoji tabular-nums no-contextual",
			"font-variant-position=super; font-variant-east-asian=jis78; font-variant-alternates=historical-forms; " +
				"font-variant-caps=small-caps; font-variant-emoji=emoji; font-variant-numeric=tabular-nums; " +
				"font-variant-ligatures=no-contextual"},
		{"font-variant-position: super; font-variant: none",
			"font-variant-position=normal; font-variant-ligatures=none"},
		{"font-variant: sub super", "font-variant-position=normal"},
		{"font-variant: none small-caps", "font-variant-caps=normal"},
		// The font shorthand resets the longhands it cannot set.
		{`font-variant-east-asian: ruby; font-kerning: none; font-variation-settings: "wght" 3; font: 12px serif`,
			"font-variant-east-asian=normal; font-kerning=auto; font-variation-settings=normal"},
		{"font-variant-ligatures: none; font: small-caps 12px serif", "font-variant-ligatures=normal; font-variant-caps=small-caps"},
		{`font-feature-settings: "liga" 0, "ss01"`, `font-feature-settings="liga" 0, "ss01"`},
		{"font-variant-numeric: oldstyle-nums slashed-zero", "font-variant-numeric=oldstyle-nums slashed-zero"},
		{"font-size-adjust: 0.5", "font-size-adjust=0.5"},
		{"font-size-adjust: cap-height 0.7", "font-size-adjust=cap-height 0.7"},
		{"font-size-adjust: ic-width from-font", "font-size-adjust=ic-width from-font"},
		{"font-size-adjust: ex-height from-font", "font-size-adjust=from-font"},
		{"font-size-adjust: -1", "font-size-adjust=none"},
		{"font-palette: dark", "font-palette=dark"},
		{"font-palette: --Brand", "font-palette=--Brand"},
		{"font-palette: brand", "font-palette=normal"},
		{"font-palette: --", "font-palette=normal"},
		{"font-palette: light; font: 12px serif", "font-palette=normal"},
		{"font-size-adjust: 0.5 ex-height", "font-size-adjust=none"},
		{"font-size-adjust: 0.5; font: 10px serif", "font-size-adjust=none"},
	}
	for _, tc := range tests {
		s := decl(t, tc.decls)
		var got []string
		for _, pv := range strings.Split(tc.want, "; ") {
			prop, _, _ := strings.Cut(pv, "=")
			v, ok := s.ComputedValue(prop)
			if !ok {
				t.Fatalf("no computed value for %s", prop)
			}
			got = append(got, prop+"="+v)
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.decls, g, tc.want)
		}
	}
}

// TestFont4Inheritance checks that the new longhands inherit, and that
// font: inherit inherits them too.
func TestFont4Inheritance(t *testing.T) {
	css := `#p { font-variant-position: sub; font-variant-east-asian: ruby; font-variant-alternates: historical-forms;
		font-variant-emoji: text; font-variation-settings: "wdth" 80; font-optical-sizing: none;
		font-language-override: "TRK"; font-synthesis: none }
		#q { font: 10px serif } #r { font: inherit }`
	c := styleOf(t, `<div id="p"><span id="c"></span><i id="q"><b id="r"></b></i></div>`, css, "#c")
	if c.FontVariantPosition != PositionSub || c.FontVariantEastAsian != EastAsianRuby ||
		c.FontVariantAlternates != "historical-forms" || c.FontVariantEmoji != EmojiText ||
		c.FontVariationSettings != "wdth=80" || !c.FontOpticalSizingNone || c.FontLanguageOverride != "TRK" ||
		c.FontSynthesis != NoSynthesizeWeight|NoSynthesizeStyle|NoSynthesizeSmallCaps {
		t.Errorf("inherited: %+v", c)
	}
	q := styleOf(t, `<div id="p"><i id="q"></i></div>`, css, "#q")
	if q.FontVariantPosition != PositionNormal || q.FontVariantEastAsian != 0 || q.FontVariationSettings != "" ||
		q.FontOpticalSizingNone || q.FontLanguageOverride != "" || q.FontSynthesis == 0 {
		t.Errorf("font shorthand resets: %+v", q)
	}
	r := styleOf(t, `<div id="p"><i id="q"><b id="r"></b></i></div>`, css+` #q { font-variant-east-asian: jis90 }`, "#r")
	if r.FontVariantEastAsian != EastAsianJIS90 {
		t.Errorf("font: inherit: east-asian %v", r.FontVariantEastAsian)
	}
}

// TestFont4Longhands checks which longhands the shorthands expand to, as
// element.style sees them.
func TestFont4Longhands(t *testing.T) {
	tests := []struct {
		decl, prop string
		sets       bool
	}{
		{"font-variant: normal", "font-variant-emoji", true},
		{"font-variant: normal", "font-variant-east-asian", true},
		{"font-synthesis: none", "font-synthesis-small-caps", true},
		{"font: 12px serif", "font-variation-settings", true},
		{"font: 12px serif", "font-language-override", true},
		{"font: 12px serif", "font-synthesis-weight", false},
	}
	for _, tc := range tests {
		ds := ParseDeclarationList(tc.decl, nil)
		if len(ds) != 1 {
			t.Fatalf("%s: %d declarations", tc.decl, len(ds))
		}
		if got := ds[0].SetsLonghand(tc.prop); got != tc.sets {
			t.Errorf("%s sets %s = %v, want %v", tc.decl, tc.prop, got, tc.sets)
		}
	}
	for _, bad := range []string{"font-variant: normal none", "font-synthesis: bold", "font-variant-emoji: text emoji",
		`font-language-override: "a" "b"`, "font-variant-position: super !important x"} {
		if ds := ParseDeclarationList(bad, nil); len(ds) != 0 {
			t.Errorf("%s: parsed as %v", bad, ds[0].SpecifiedValue())
		}
	}
}

// TestLocale checks -webkit-locale, the content language that the lang
// attribute sets (withLanguage), and its inheritance.
func TestLocale(t *testing.T) {
	c := styleOf(t, `<div id="p"><span id="c"></span><i id="a"></i></div>`,
		`#p { -webkit-locale: "sr-Latn" } #a { -webkit-locale: auto }`, "#c")
	if c.Locale != "sr-Latn" {
		t.Errorf("inherited locale %q", c.Locale)
	}
	if a := styleOf(t, `<div id="p"><i id="a"></i></div>`, `#p { -webkit-locale: "sr" } #a { -webkit-locale: auto }`, "#a"); a.Locale != "" {
		t.Errorf("auto: locale %q", a.Locale)
	}
	tests := []struct{ html, want string }{
		{`<p id=x lang="ja"></p>`, "ja"},
		{`<div lang=sr><p id=x lang=""></p></div>`, ""},
		{`<p id=x lang=" zh-Hant "></p>`, "zh-Hant"},
		{`<div lang=sr><p id=x title=y></p></div>`, "sr"},
		{`<div lang=sr><svg><text id=x lang=ja /></svg></div>`, "ja"},
		{`<div lang=sr><math><mi id=x lang=ja /></math></div>`, "sr"},
		{`<p id=x title=y></p>`, ""},
	}
	for _, tc := range tests {
		if s := styleOf(t, tc.html, "", "#x"); s.Locale != tc.want {
			t.Errorf("%s: locale %q, want %q", tc.html, s.Locale, tc.want)
		}
	}
}

// TestFontFeatureValuesRule checks the parsing of @font-feature-values,
// its serialization and the features its names select.
func TestFontFeatureValuesRule(t *testing.T) {
	parse := func(src string) *FontFeatureValuesRule {
		rs := consumeRuleList(tokenize(src), true)
		if len(rs) != 1 {
			t.Fatalf("%s: %d rules", src, len(rs))
		}
		return parseFontFeatureValuesRule(rs[0].prelude, rs[0].block)
	}
	r := parse(`@font-feature-values Font One, "Font Two" {
		font-display: swap;
		@styleset { nice: 3 5; bad: -1; worse: 1.5; }
		@stylistic { fancy: 2; two: 1 2; }
		@character-variant { cv: 4; cv2: 7 2; cv3: 1 2 3 }
		@swash { flow: 1 } @bogus { x: 1 } @annotation { circled: 4 }
		@stylistic { fancy: 3 }
	}`)
	if r == nil {
		t.Fatal("rule dropped")
	}
	want := `@font-feature-values "Font One", "Font Two" { @styleset { nice: 3 5; } @stylistic { fancy: 2; fancy: 3; }` +
		` @character-variant { cv: 4; cv2: 7 2; } @swash { flow: 1; } @annotation { circled: 4; } }`
	if got := r.CSSText(); got != want {
		t.Errorf("cssText\n got %s\nwant %s", got, want)
	}
	if idx, ok := r.Lookup("stylistic", "fancy"); !ok || len(idx) != 1 || idx[0] != 3 {
		t.Errorf("Lookup(stylistic, fancy) = %v, %v", idx, ok)
	}
	for _, bad := range []string{"@font-feature-values serif { }", "@font-feature-values { }", "@font-feature-values 12px { }"} {
		if r := parse(bad); r != nil {
			t.Errorf("%s: parsed as %s", bad, r.CSSText())
		}
	}
	tests := []struct{ alternates, family, want string }{
		{"stylistic(fancy)", "font two", "salt=3"},
		{"stylistic(fancy)", "Font Three", ""},
		{"styleset(nice, nope) character-variant(cv2)", "Font One", "ss03=1,ss05=1,cv07=2"},
		{"character-variant(cv) swash(flow) annotation(circled)", "Font One", "cv04=1,swsh=1,cswh=1,nalt=4"},
		{"historical-forms", "Font One", ""},
	}
	for _, tc := range tests {
		if got := strings.Join(AlternateFeatures(tc.alternates, tc.family, []*FontFeatureValuesRule{r}), ","); got != tc.want {
			t.Errorf("%s for %s: %q, want %q", tc.alternates, tc.family, got, tc.want)
		}
	}
}

// TestFontPaletteValuesRule checks the parsing of @font-palette-values.
func TestFontPaletteValuesRule(t *testing.T) {
	parse := func(src string) *FontPaletteValuesRule {
		rs := consumeRuleList(tokenize(src), true)
		if len(rs) != 1 {
			t.Fatalf("%s: %d rules", src, len(rs))
		}
		return parseFontPaletteValuesRule(rs[0].prelude, rs[0].block)
	}
	r := parse(`@font-palette-values --Mine { font-family: "Bungee Spice", Other; base-palette: 2;
		override-colors: 0 red, 3 rgb(0 0 255 / 50%); bogus: 1 }`)
	if r == nil || r.Name != "--Mine" || len(r.Families) != 2 || r.Families[0] != "Bungee Spice" || r.BasePalette != "2" ||
		len(r.Overrides) != 2 || r.Overrides[1].Index != 3 || r.Overrides[1].Color != (Color{B: 255, A: 128}) {
		t.Errorf("rule %+v", r)
	}
	if !r.MatchesFamily("bungee spice") || r.MatchesFamily("Bungee") {
		t.Error("MatchesFamily")
	}
	r = parse(`@font-palette-values --x { base-palette: dark; override-colors: 0 currentcolor; base-palette: -1 }`)
	if r == nil || r.BasePalette != "dark" || r.Overrides != nil {
		t.Errorf("invalid descriptors kept: %+v", r)
	}
	for _, bad := range []string{"@font-palette-values x { }", "@font-palette-values --a --b { }", "@font-palette-values { }"} {
		if r := parse(bad); r != nil {
			t.Errorf("%s: parsed as %+v", bad, r)
		}
	}
}
