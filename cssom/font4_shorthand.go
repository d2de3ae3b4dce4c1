package cssom

// The font-variant and font-synthesis shorthands, the longhands the font
// shorthand resets, and the computed values of the font feature longhands
// as getComputedStyle serializes them.

import (
	"strconv"
	"strings"
)

// parseFontVariant parses the font-variant shorthand: normal | none | [
// the values of font-variant-ligatures, -caps, -alternates, -numeric,
// -east-asian, -position and -emoji, each group at most once ]. none sets
// font-variant-ligatures to none and the others to normal.
// https://www.w3.org/TR/css-fonts-4/#font-variant-prop
func parseFontVariant(comps [][]tok) ([]longhand, bool) {
	vals := map[propID]value{
		pFontVariantLigatures: {kind: vInt}, pFontVariantCaps: {kind: vEnum}, pFontVariantAlternates: {kind: vInt},
		pFontVariantNumeric: {kind: vInt}, pFontVariantEastAsian: {kind: vInt},
		pFontVariantPosition: {kind: vEnum}, pFontVariantEmoji: {kind: vEnum},
	}
	out := func() []longhand {
		l := make([]longhand, len(fontVariantLonghands))
		for i, id := range fontVariantLonghands {
			l[i] = longhand{id, vals[id]}
		}
		return l
	}
	if len(comps) == 1 && (ident(comps[0]) == "normal" || ident(comps[0]) == "none") {
		if ident(comps[0]) == "none" {
			vals[pFontVariantLigatures] = value{kind: vInt, i: int32(LigaturesNone)}
		}
		return out(), true
	}
	groups := map[propID][][]tok{}
	for _, c := range comps {
		id, ok := fontVariantGroup(c)
		if !ok {
			return nil, false
		}
		groups[id] = append(groups[id], c)
	}
	for _, id := range fontVariantLonghands {
		cs := groups[id]
		if len(cs) == 0 {
			continue
		}
		var v value
		var ok bool
		switch id {
		case pFontVariantLigatures:
			v, ok = parseLigatures(cs)
		case pFontVariantNumeric:
			v, ok = parseNumeric(cs)
		case pFontVariantEastAsian, pFontVariantAlternates:
			v, ok = parseFont4Prop(id, nil, cs)
		default: // one keyword: caps, position, emoji
			if len(cs) != 1 {
				return nil, false
			}
			v, ok = parseSingle(id, cs[0], nil)
		}
		if !ok {
			return nil, false
		}
		vals[id] = v
	}
	return out(), len(comps) > 0
}

// fontVariantGroup returns the longhand of font-variant whose grammar has
// component c ("normal" and "none" belong to none of them in the
// shorthand).
func fontVariantGroup(c []tok) (propID, bool) {
	kw := ident(c)
	switch {
	case kw == "normal" || kw == "none":
		return 0, false
	case kw == "":
		if _, _, ok := alternateFunction(c); ok {
			return pFontVariantAlternates, true
		}
		return 0, false
	case kw == "historical-forms":
		return pFontVariantAlternates, true
	}
	if _, ok := ligatureKeywords[kw]; ok {
		return pFontVariantLigatures, true
	}
	if _, ok := numericKeywords[kw]; ok {
		return pFontVariantNumeric, true
	}
	for _, k := range eastAsianKeywords {
		if k.name == kw {
			return pFontVariantEastAsian, true
		}
	}
	for _, id := range []propID{pFontVariantCaps, pFontVariantPosition, pFontVariantEmoji} {
		if _, ok := enumKeywords[id][kw]; ok {
			return id, true
		}
	}
	return 0, false
}

// parseFontSynthesis parses the font-synthesis shorthand: none | [ weight
// || style || small-caps || position ]; a keyword present sets its
// longhand to auto, a missing one to none.
// https://www.w3.org/TR/css-fonts-4/#font-synthesis
// AD-HOC, as Chromium: there is no font-synthesis-position longhand (Pane
// never synthesizes font-variant-position); position is accepted and
// ignored.
func parseFontSynthesis(comps [][]tok) ([]longhand, bool) {
	ids := shorthands["font-synthesis"]
	none := [4]bool{true, true, true, true} // weight, style, small-caps, position
	if len(comps) == 0 {
		return nil, false
	}
	if len(comps) > 1 || ident(comps[0]) != "none" {
		for _, c := range comps {
			i := -1
			for j, kw := range [...]string{"weight", "style", "small-caps", "position"} {
				if ident(c) == kw {
					i = j
				}
			}
			if i < 0 || !none[i] {
				return nil, false
			}
			none[i] = false
		}
	}
	out := make([]longhand, len(ids)) // the first three
	for i, id := range ids {
		out[i] = longhand{id, value{kind: vEnum}}
		if none[i] {
			out[i].v.i = 1
		}
	}
	return out, true
}

// withFontResets appends to the longhands of a font shorthand those it
// resets to their initial values (fontResetLonghands) and does not set
// itself.
func withFontResets(l []longhand, ok bool) ([]longhand, bool) {
	if !ok {
		return nil, false
	}
	for _, id := range fontResetLonghands {
		set := false
		for _, x := range l {
			set = set || x.id == id
		}
		if !set {
			v := value{kind: vInt}
			if enumKeywords[id] != nil {
				v.kind = vEnum
			}
			l = append(l, longhand{id, v})
		}
	}
	return l, true
}

// font4Getters registers the computed values of the longhands of font4.go
// for getComputedStyle (resolved.go).
func font4Getters() {
	for name, id := range map[string]propID{"font-variant-position": pFontVariantPosition,
		"font-variant-emoji": pFontVariantEmoji, "font-optical-sizing": pFontOpticalSizing} {
		id := id
		registerResolved(name, func(s *ComputedStyle) string {
			v := int32(0)
			switch id {
			case pFontVariantPosition:
				v = int32(s.FontVariantPosition)
			case pFontVariantEmoji:
				v = int32(s.FontVariantEmoji)
			case pFontOpticalSizing:
				if s.FontOpticalSizingNone {
					v = 1
				}
			}
			return canonicalKeywords(enumTable(id))[v]
		})
	}
	registerResolved("font-variant-east-asian", func(s *ComputedStyle) string { return eastAsianText(s.FontVariantEastAsian) })
	registerResolved("font-variant-alternates", func(s *ComputedStyle) string { return orNormal(s.FontVariantAlternates) })
	registerResolved("font-variation-settings", func(s *ComputedStyle) string { return variationSettingsText(s.FontVariationSettings) })
	registerResolved("font-language-override", func(s *ComputedStyle) string {
		if s.FontLanguageOverride == "" {
			return "normal"
		}
		return strconv.Quote(s.FontLanguageOverride)
	})
}

func orNormal(s string) string {
	if s == "" {
		return "normal"
	}
	return s
}

// eastAsianText serializes font-variant-east-asian.
func eastAsianText(v FontVariantEastAsian) string {
	var out []string
	for _, k := range eastAsianKeywords {
		if k.v <= EastAsianVariant && v&EastAsianVariant == k.v || k.v > EastAsianVariant && v&k.v != 0 {
			out = append(out, k.name)
		}
	}
	return orNormal(strings.Join(out, " "))
}

// variationSettingsText serializes the canonical "tag=value,..." form of
// font-variation-settings: `"tag" value, ...`.
// TODO(spec): Chromium sorts the tags and drops duplicates, as for
// font-feature-settings.
func variationSettingsText(s string) string {
	if s == "" {
		return "normal"
	}
	var out []string
	for _, kv := range strings.Split(s, ",") {
		tag, val, _ := strings.Cut(kv, "=")
		out = append(out, strconv.Quote(tag)+" "+val)
	}
	return strings.Join(out, ", ")
}
