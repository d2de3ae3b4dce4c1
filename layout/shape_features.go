package layout

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/shaping"
	"github.com/paneweb/pane/cssom"
)

// This file turns the font feature properties into OpenType features for
// HarfBuzz, and synthesizes small capitals for fonts without them.
// https://www.w3.org/TR/css-fonts-4/#font-rend-desc

// featureString returns the OpenType features style st asks for, in the
// canonical form of FontSpec.Features ("tag=value,..."), or "" for the
// defaults. The font-variant-* and font-kerning features come first and
// font-feature-settings last, which overrides them, as the feature
// precedence rules order them; the settings entries of fontfeatures4.go
// follow.
// https://www.w3.org/TR/css-fonts-4/#feature-precedence
func featureString(st *cssom.ComputedStyle) string {
	if st.FontKerning == cssom.KerningAuto && st.FontVariantLigatures == 0 && st.FontVariantCaps == cssom.CapsNormal &&
		st.FontVariantNumeric == 0 && st.FontFeatureSettings == "" {
		if !hasFont4Settings(st) {
			return ""
		}
		if onlyLocale(st) {
			return localeEntry(st.Locale) // the common case of a lang attribute
		}
	}
	var f []string
	switch st.FontKerning {
	case cssom.KerningNormal:
		f = append(f, "kern=1")
	case cssom.KerningNone:
		f = append(f, "kern=0")
	}
	lig := st.FontVariantLigatures
	switch {
	case lig&cssom.LigaturesNone != 0:
		f = append(f, "liga=0", "clig=0", "dlig=0", "hlig=0", "calt=0")
	default:
		if lig&cssom.NoCommonLigatures != 0 {
			f = append(f, "liga=0", "clig=0")
		}
		if lig&cssom.DiscretionaryLigatures != 0 {
			f = append(f, "dlig=1")
		}
		if lig&cssom.HistoricalLigatures != 0 {
			f = append(f, "hlig=1")
		}
		if lig&cssom.NoContextual != 0 {
			f = append(f, "calt=0")
		}
	}
	switch st.FontVariantCaps {
	case cssom.CapsSmallCaps:
		f = append(f, "smcp=1")
	case cssom.CapsAllSmallCaps:
		f = append(f, "smcp=1", "c2sc=1")
	case cssom.CapsPetiteCaps:
		f = append(f, "pcap=1")
	case cssom.CapsAllPetiteCaps:
		f = append(f, "pcap=1", "c2pc=1")
	case cssom.CapsUnicase:
		f = append(f, "unic=1")
	case cssom.CapsTitlingCaps:
		f = append(f, "titl=1")
	}
	for _, n := range [...]struct {
		flag cssom.FontVariantNumeric
		tag  string
	}{{cssom.LiningNums, "lnum"}, {cssom.OldstyleNums, "onum"}, {cssom.ProportionalNums, "pnum"},
		{cssom.TabularNums, "tnum"}, {cssom.DiagonalFractions, "frac"}, {cssom.StackedFractions, "afrc"},
		{cssom.Ordinal, "ordn"}, {cssom.SlashedZero, "zero"}} {
		if st.FontVariantNumeric&n.flag != 0 {
			f = append(f, n.tag+"=1")
		}
	}
	f = appendFont4Features(f, st)
	if st.FontFeatureSettings != "" {
		f = append(f, st.FontFeatureSettings)
	}
	f = appendFont4Settings(f, st)
	return strings.Join(f, ",")
}

// parseFeatures parses a canonical feature string into HarfBuzz features.
func parseFeatures(s string) []shaping.FontFeature {
	if s == "" {
		return nil
	}
	var out []shaping.FontFeature
	for rest := s; rest != ""; {
		var kv string
		kv, rest, _ = strings.Cut(rest, ",")
		tag, val, ok := strings.Cut(kv, "=")
		if !ok || len(tag) != 4 {
			continue
		}
		n, err := strconv.ParseUint(val, 10, 32)
		if err != nil {
			continue
		}
		out = append(out, shaping.FontFeature{Tag: opentype.NewTag(tag[0], tag[1], tag[2], tag[3]), Value: uint32(n)})
	}
	return out
}

// hasGSUBFeature reports whether f's GSUB table has a feature tag.
func (f *Font) hasGSUBFeature(tag string) bool {
	d := f.data()
	if d == nil || d.ot == nil || len(tag) != 4 {
		return false
	}
	_, ok := d.ot.GSUB.FindFeatureIndex(opentype.NewTag(tag[0], tag[1], tag[2], tag[3]))
	return ok
}

// smallCapsScale is the size of synthesized small capitals relative to the
// font size (AD-HOC: Chromium's 0.7).
const smallCapsScale = 0.7

// needsSmallCapsSynthesis reports whether spec asks for small capitals that
// its primary font cannot show: font-variant-caps small-caps or
// all-small-caps, no smcp feature, and font-synthesis allows it.
// https://www.w3.org/TR/css-fonts-4/#font-variant-caps-prop: "if a given
// font does not support [them], the user agent should simulate a small
// capitals font".
func (s *FontSet) needsSmallCapsSynthesis(spec FontSpec) bool {
	if spec.Caps != cssom.CapsSmallCaps && spec.Caps != cssom.CapsAllSmallCaps ||
		spec.Synthesis&cssom.NoSynthesizeSmallCaps != 0 {
		return false
	}
	p := s.Primary(spec)
	return p != nil && !p.hasGSUBFeature("smcp")
}

// shapeSmallCaps shapes text with synthesized small capitals: lower-case
// letters (and with all-small-caps, upper-case ones too) become capitals
// at smallCapsScale of the size; the rest keeps its size. Runs carry
// their size when it differs from spec's.
func (s *FontSet) shapeSmallCaps(text string, spec FontSpec) []ShapedRun {
	all := spec.Caps == cssom.CapsAllSmallCaps
	plain := spec
	plain.Caps = cssom.CapsNormal
	plain.Features = withoutFeatures(spec.Features, "smcp", "c2sc")
	small := plain
	small.Size = spec.Size.MulFloat(smallCapsScale)
	var out []ShapedRun
	isSmall := func(r rune) bool { return unicode.IsLower(r) || all && unicode.IsUpper(r) }
	for start := 0; start < len(text); {
		first, _ := utf8.DecodeRuneInString(text[start:])
		sm := isSmall(first)
		end := start
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if end > start && isSmall(r) != sm && !unicode.IsMark(r) {
				break
			}
			end += n
		}
		seg := text[start:end]
		if sm {
			// The runs show the capitals but stand for the source text
			// (their Text covers it once, in the first run), so that
			// offsets into the text stay right.
			for i, run := range s.shape(strings.ToUpper(seg), small) {
				run.Size = small.Size
				run.Text = ""
				if i == 0 {
					run.Text = seg
				}
				out = append(out, run)
			}
		} else {
			out = append(out, s.shape(seg, plain)...)
		}
		start = end
	}
	return out
}

// withoutFeatures returns the canonical feature string s without the given
// tags.
func withoutFeatures(s string, tags ...string) string {
	if s == "" {
		return ""
	}
	var keep []string
	for _, kv := range strings.Split(s, ",") {
		tag, _, _ := strings.Cut(kv, "=")
		drop := false
		for _, t := range tags {
			drop = drop || tag == t
		}
		if !drop {
			keep = append(keep, kv)
		}
	}
	return strings.Join(keep, ",")
}

// withoutSynthesis shapes text in spec with the synthesis font-synthesis
// forbids turned off: no fake bold (weight) or oblique (style).
// https://www.w3.org/TR/css-fonts-4/#font-synthesis
func (s *FontSet) withoutSynthesis(text string, spec FontSpec) []ShapedRun {
	off := spec.Synthesis
	spec.Synthesis &^= cssom.NoSynthesizeWeight | cssom.NoSynthesizeStyle
	runs := s.shape(text, spec)
	var out []ShapedRun
	for i, r := range runs {
		if r.FakeBold && off&cssom.NoSynthesizeWeight != 0 || r.FakeItalic && off&cssom.NoSynthesizeStyle != 0 {
			if out == nil {
				out = append([]ShapedRun(nil), runs...) // the cached runs stay as they are
			}
			out[i].FakeBold = r.FakeBold && off&cssom.NoSynthesizeWeight == 0
			out[i].FakeItalic = r.FakeItalic && off&cssom.NoSynthesizeStyle == 0
		}
	}
	if out == nil {
		return runs
	}
	return out
}
