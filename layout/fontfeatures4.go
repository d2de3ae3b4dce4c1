package layout

import (
	"encoding/hex"
	"strconv"
	"strings"
	"sync"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"github.com/paneweb/pane/cssom"
)

// The CSS Fonts 4 properties that reach the shaper beside OpenType
// features: font-variant-position, -east-asian and -alternates (features),
// font-variant-emoji (the choice between text and emoji presentation,
// fontfeatures_emoji.go), font-variation-settings and font-optical-sizing
// (the variation instance, fontvariation.go) and font-language-override
// (the OpenType language system).
// https://www.w3.org/TR/css-fonts-4/#font-rend-desc
//
// They travel in FontSpec.Features, so that the shaping cache keys on them:
// after the "tag=value" features come settings spelled "kind:...", which
// parseFeatures skips (their key is not a 4-character tag):
//
//	alt:TEXT    the functional values of font-variant-alternates (its
//	            computed text, commas as ";"), resolved per face against
//	            the set's @font-feature-values; the entry stands where
//	            their features go, before font-feature-settings
//	var:TAG=N   a font-variation-settings axis value
//	opsz:none   font-optical-sizing: none
//	lang:TAG    font-language-override (an OpenType language system tag)
//	locale:L    the content language (cssom.ComputedStyle.Locale, a BCP 47
//	            tag), when font-language-override is normal
//	emoji:N     font-variant-emoji (cssom.FontVariantEmoji)
//	adjust:M=V  font-size-adjust (fontfeatures_adjust.go)
//	palette:P   font-palette (fontfeatures_palette.go)
//
// AD-HOC: one string rather than more FontSpec fields, so that the cache
// key (shapecache.go) stays one string.

// hasFont4Settings reports whether st sets one of the properties of this
// file to other than its initial value.
func hasFont4Settings(st *cssom.ComputedStyle) bool {
	return st.FontVariantPosition != cssom.PositionNormal || st.FontVariantEastAsian != 0 ||
		st.FontVariantAlternates != "" || st.FontVariantEmoji != cssom.EmojiNormal ||
		st.FontVariationSettings != "" || st.FontOpticalSizingNone || st.FontLanguageOverride != "" ||
		st.Locale != "" || st.FontSizeAdjust.Metric != cssom.SizeAdjustNone || st.FontPalette != ""
}

// eastAsianFeatures are the features of the font-variant-east-asian
// keywords.
// https://www.w3.org/TR/css-fonts-4/#font-variant-east-asian-prop
var eastAsianFeatures = [...]string{
	cssom.EastAsianJIS78: "jp78", cssom.EastAsianJIS83: "jp83", cssom.EastAsianJIS90: "jp90",
	cssom.EastAsianJIS04: "jp04", cssom.EastAsianSimplified: "smpl", cssom.EastAsianTraditional: "trad",
}

// appendFont4Features appends the OpenType features of
// font-variant-position, -east-asian and -alternates, in the order of the
// feature precedence rules (after the other font-variant-* features,
// before font-feature-settings).
//
// font-variant-position: "sub" enables subs and "super" sups. AD-HOC, as
// Chromium: a font without the feature shows the text unchanged (no
// synthesized subscripts or superscripts; the spec's synthesis is a
// SHOULD).
// The functional values of font-variant-alternates (stylistic(),
// styleset(), ...) become an "alt:" entry, resolved per face when shaping
// (shapeSettings.featuresFor).
func appendFont4Features(f []string, st *cssom.ComputedStyle) []string {
	switch st.FontVariantPosition {
	case cssom.PositionSub:
		f = append(f, "subs=1")
	case cssom.PositionSuper:
		f = append(f, "sups=1")
	}
	if ea := st.FontVariantEastAsian; ea != 0 {
		if v := ea & cssom.EastAsianVariant; v != 0 && int(v) < len(eastAsianFeatures) {
			f = append(f, eastAsianFeatures[v]+"=1")
		}
		if ea&cssom.EastAsianFullWidth != 0 {
			f = append(f, "fwid=1")
		}
		if ea&cssom.EastAsianProportionalWidth != 0 {
			f = append(f, "pwid=1")
		}
		if ea&cssom.EastAsianRuby != 0 {
			f = append(f, "ruby=1")
		}
	}
	if alt := st.FontVariantAlternates; alt != "" {
		if strings.Contains(alt, "historical-forms") {
			f = append(f, "hist=1")
		}
		if strings.Contains(alt, "(") {
			f = append(f, "alt:"+strings.ReplaceAll(alt, ",", ";"))
		}
	}
	return f
}

// appendFont4Settings appends the settings entries (see the top of this
// file) of st.
func appendFont4Settings(f []string, st *cssom.ComputedStyle) []string {
	if st.FontVariationSettings != "" {
		for _, kv := range strings.Split(st.FontVariationSettings, ",") {
			f = append(f, "var:"+kv)
		}
	}
	if st.FontOpticalSizingNone {
		f = append(f, "opsz:none")
	}
	if st.FontLanguageOverride != "" {
		f = append(f, "lang:"+st.FontLanguageOverride)
	} else if e := localeEntry(st.Locale); e != "" {
		f = append(f, e)
	}
	if st.FontVariantEmoji != cssom.EmojiNormal {
		f = append(f, "emoji:"+strconv.Itoa(int(st.FontVariantEmoji)))
	}
	if st.FontPalette != "" && !strings.ContainsAny(st.FontPalette, ",:") {
		f = append(f, "palette:"+st.FontPalette)
	}
	return appendSizeAdjust(f, st)
}

// shapeSettings is a FontSpec.Features string parsed for the shaper.
type shapeSettings struct {
	// features are the OpenType features.
	features []shaping.FontFeature
	// variations are the font-variation-settings axis values in order; a
	// later value for an axis wins.
	variations []font.Variation
	// noOpsz is font-optical-sizing: none.
	noOpsz bool
	// lang is the language the text is shaped in ("" for the default of
	// its script).
	lang language.Language
	// emoji is font-variant-emoji.
	emoji cssom.FontVariantEmoji
	// alternates are the functional values of font-variant-alternates
	// ("" for none); their features go at index altAt of features.
	// featureValues are the rules that resolve them (FontSet.settingsOf).
	alternates    string
	altAt         int
	featureValues []*cssom.FontFeatureValuesRule
	// palette is font-palette ("" for normal); paletteValues are the
	// rules a <palette-identifier> refers to (FontSet.settingsOf).
	palette       string
	paletteValues []*cssom.FontPaletteValuesRule
	// stretch (percent, 0 for 100), style and size (CSS px) are the
	// spec's, for the variation instance (settingsOf, fontvariation.go).
	stretch float32
	style   cssom.FontStyle
	size    Fixed
}

// parseShapeSettings parses a FontSpec.Features string.
func parseShapeSettings(s string) shapeSettings {
	st := shapeSettings{features: parseFeatures(s)}
	if !strings.Contains(s, ":") {
		return st
	}
	for i := 0; i < len(s); {
		kv, _, _ := strings.Cut(s[i:], ",")
		at := i
		i += len(kv) + 1
		kind, rest, ok := strings.Cut(kv, ":")
		if !ok {
			continue
		}
		switch kind {
		case "alt":
			st.alternates = strings.ReplaceAll(rest, ";", ",")
			st.altAt = len(parseFeatures(s[:at]))
		case "var":
			tag, val, _ := strings.Cut(rest, "=")
			n, err := strconv.ParseFloat(val, 32)
			if len(tag) == 4 && err == nil {
				st.variations = append(st.variations, font.Variation{
					Tag: opentype.NewTag(tag[0], tag[1], tag[2], tag[3]), Value: float32(n)})
			}
		case "opsz":
			st.noOpsz = rest == "none"
		case "lang":
			st.lang = languageSystem(rest)
		case "locale":
			st.lang = language.NewLanguage(rest)
		case "palette":
			st.palette = rest
		case "emoji":
			n, _ := strconv.Atoi(rest)
			st.emoji = cssom.FontVariantEmoji(n)
		}
	}
	return st
}

// languageSystem returns the language that makes HarfBuzz use the OpenType
// language system tag of font-language-override, "padded with spaces to
// four characters" (CSS Fonts 4 §6.14): HarfBuzz takes an explicit tag as
// the private-use subtag "x-hbot-" followed by its four bytes in hex,
// which keeps its case.
// https://www.w3.org/TR/css-fonts-4/#font-language-override-prop
// AD-HOC: a string longer than four characters or with characters outside
// printable ASCII is ignored (normal).
func languageSystem(tag string) language.Language {
	if tag == "" || len(tag) > 4 {
		return ""
	}
	b := []byte("    ")
	for i := 0; i < len(tag); i++ {
		if tag[i] < 0x20 || tag[i] > 0x7E {
			return ""
		}
		b[i] = tag[i]
	}
	return language.Language("x-hbot-" + hex.EncodeToString(b))
}

// isLanguageTag reports whether s looks like a BCP 47 language tag: ASCII
// letters, digits and hyphens (or underscores), and not private use
// alone, which would name a HarfBuzz language system ("x-hbot...").
// https://www.rfc-editor.org/rfc/rfc5646#section-2.1
func isLanguageTag(s string) bool {
	if len(s) > 64 || strings.HasPrefix(strings.ToLower(s), "x-") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '_') {
			return false
		}
	}
	return s != ""
}

// AddFeatureValues adds an @font-feature-values rule to the set: the
// functional values of font-variant-alternates in text shaped in a face of
// one of its families take their feature indexes from it (a later rule
// wins for a name both define). Like AddFontFace it drops the set's cached
// results; a set from Derive starts without rules.
func (s *FontSet) AddFeatureValues(r *cssom.FontFeatureValuesRule) {
	if r == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.featureValues = append(s.featureValues[:len(s.featureValues):len(s.featureValues)], r)
	s.chains.clear()
	s.shapes.clear()
}

// featuresFor returns the OpenType features to shape with in face f: the
// features, with those the functional values of font-variant-alternates
// select for f's family inserted at their place.
// https://www.w3.org/TR/css-fonts-4/#font-feature-values: "the feature
// value is looked up ... for the family of the font used".
func (st *shapeSettings) featuresFor(f *Font) []shaping.FontFeature {
	if st.alternates == "" || len(st.featureValues) == 0 || f == nil {
		return st.features
	}
	tags := cssom.AlternateFeatures(st.alternates, f.family, st.featureValues)
	if len(tags) == 0 && f.altFamily != "" {
		tags = cssom.AlternateFeatures(st.alternates, f.altFamily, st.featureValues)
	}
	if len(tags) == 0 {
		return st.features
	}
	alt := parseFeatures(strings.Join(tags, ","))
	at := min(st.altAt, len(st.features))
	out := make([]shaping.FontFeature, 0, len(st.features)+len(alt))
	out = append(append(append(out, st.features[:at]...), alt...), st.features[at:]...)
	return out
}

// onlyLocale reports whether the content language is the only setting of
// this file st has (the other font features being checked by the caller).
func onlyLocale(st *cssom.ComputedStyle) bool {
	return st.Locale != "" && st.FontVariantPosition == cssom.PositionNormal && st.FontVariantEastAsian == 0 &&
		st.FontVariantAlternates == "" && st.FontVariantEmoji == cssom.EmojiNormal && st.FontVariationSettings == "" &&
		!st.FontOpticalSizingNone && st.FontLanguageOverride == "" &&
		st.FontSizeAdjust.Metric == cssom.SizeAdjustNone && st.FontPalette == ""
}

// localeEntries interns the "locale:" entries, so that text in a page
// with a lang attribute does not allocate one per FontSpec.
var localeEntries struct {
	mu sync.Mutex
	m  map[string]string
}

// localeEntry returns the "locale:" entry of a content language, "" when
// it is not a language tag.
func localeEntry(locale string) string {
	if !isLanguageTag(locale) {
		return ""
	}
	localeEntries.mu.Lock()
	defer localeEntries.mu.Unlock()
	e, ok := localeEntries.m[locale]
	if !ok {
		if localeEntries.m == nil || len(localeEntries.m) >= 256 {
			localeEntries.m = make(map[string]string)
		}
		e = "locale:" + locale
		localeEntries.m[locale] = e
	}
	return e
}

// languageFor returns the language to shape text of script sc in face f:
// the settings' language, or none where it can change nothing, when f has
// no language systems under sc's script tag (fontData.langSysScripts).
// OpenType script tags are mostly the lower-cased ISO 15924 code; a face
// with language systems under another tag (DFLT, the Indic dev2 forms,
// ...) keeps the language for every script.
func (st *shapeSettings) languageFor(f *Font, sc language.Script) language.Language {
	if st.lang == "" {
		return ""
	}
	iso := uint32(sc) | 0x20000000 // "Latn" -> "latn"
	for _, t := range f.data().langSysScripts {
		if uint32(t) == iso || !isLowerASCIITag(uint32(t)) {
			return st.lang
		}
	}
	return ""
}

// isLowerASCIITag reports whether tag is four lower-case ASCII letters.
func isLowerASCIITag(tag uint32) bool {
	for i := 0; i < 4; i++ {
		if c := byte(tag >> (8 * i)); c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
