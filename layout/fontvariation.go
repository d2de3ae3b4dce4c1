package layout

import (
	"strconv"
	"strings"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"

	"github.com/paneweb/pane/cssom"
)

// Variable fonts: the instance of a face that a piece of text uses, from
// its weight, width, style and size and from font-variation-settings.
// https://www.w3.org/TR/css-fonts-4/#font-feature-variation-resolution

var (
	tagWght = ot.MustNewTag("wght")
	tagWdth = ot.MustNewTag("wdth")
	tagItal = ot.MustNewTag("ital")
	tagSlnt = ot.MustNewTag("slnt")
	tagOpsz = ot.MustNewTag("opsz")
)

// defaultObliqueAngle is the angle of font-style: oblique without one, in
// degrees (https://www.w3.org/TR/css-fonts-4/#font-style-prop).
const defaultObliqueAngle = 14

// settingsOf returns the shaping settings of spec: its Features string
// parsed, with the width, style and size that select variation instances,
// and the set's @font-feature-values rules when the features name some.
func (s *FontSet) settingsOf(spec FontSpec) shapeSettings {
	st := parseShapeSettings(spec.Features)
	st.stretch, st.style, st.size = spec.Stretch, spec.Style, spec.Size
	if st.alternates != "" || strings.HasPrefix(st.palette, "--") {
		s.mu.RLock()
		st.featureValues, st.paletteValues = s.featureValues, s.paletteValues
		s.mu.RUnlock()
	}
	return st
}

// varied returns cf with its face replaced by the variation instance the
// settings ask for, in the palette font-palette asks for
// (fontfeatures_palette.go); cf itself for a face without variation axes
// or colour glyphs.
//
// The axes are set as CSS Fonts 4 §7.2 "Font Feature and Variation
// Resolution" orders them, a later step overriding an earlier one:
//
//  1. the font's default instance, and the weight that font matching
//     chose (Font.instance: wght);
//  2. font-weight, font-stretch and font-style: wdth is the used
//     font-stretch percentage, ital is 1 for italic, slnt is minus the
//     oblique angle for oblique (§2.3, §2.4);
//  3. font-optical-sizing: auto sets opsz to the used font-size in CSS px;
//  4. font-variation-settings.
//
// Values are clamped to the axis range. A style set through ital or slnt
// is not synthesized as well.
// TODO(spec): the font-variation-settings descriptor of @font-face; the
// angle of "oblique <angle>" (cssom keeps no angle: 14deg); named
// instances as faces in matching; MVAR and HVAR-less metrics variations.
func (st *shapeSettings) varied(cf chainFace) chainFace {
	cf = st.variedAxes(cf)
	if f := cf.font; st.palette != "" && f != nil && f.lazy == nil && f.HasColorGlyphs() {
		cf.font = f.withPalette(st.choosePalette(f))
	}
	return cf
}

// variedAxes is varied without the palette.
func (st *shapeSettings) variedAxes(cf chainFace) chainFace {
	f := cf.font
	if f == nil || f.lazy != nil {
		return cf // the embedded faces are not variable
	}
	d := f.data()
	if len(d.axes) == 0 {
		return cf
	}
	vars := make([]font.Variation, 0, len(d.axes))
	for _, a := range d.axes {
		v, set := st.axisValue(f, a.Tag)
		for _, sv := range st.variations {
			if sv.Tag == a.Tag {
				v, set = sv.Value, true
			}
		}
		if !set {
			continue
		}
		if (a.Tag == tagItal || a.Tag == tagSlnt) && v != 0 {
			cf.fakeItalic = false
		}
		vars = append(vars, font.Variation{Tag: a.Tag, Value: min(max(v, a.Minimum), a.Maximum)})
	}
	cf.font = f.withVariations(vars)
	return cf
}

// axisValue returns the value steps 1 to 3 of varied give axis tag of f,
// and whether they set it.
func (st *shapeSettings) axisValue(f *Font, tag ot.Tag) (float32, bool) {
	switch tag {
	case tagWght:
		return f.wght, f.wght != 0
	case tagWdth:
		return st.stretch, st.stretch != 0 && st.stretch != 100
	case tagItal:
		return 1, st.style == cssom.FontStyleItalic
	case tagSlnt:
		return -defaultObliqueAngle, st.style == cssom.FontStyleOblique
	case tagOpsz:
		return float32(st.size) / 64, !st.noOpsz && st.size > 0
	}
	return 0, false
}

// withVariations returns the instance of f at vars (on f's tables): f
// itself when it already is that instance, or when vars is empty and f is
// the default instance. Instances are cached in f.
func (f *Font) withVariations(vars []font.Variation) *Font {
	cur := f.variations()
	if sameVariations(cur, vars) {
		return f
	}
	var b strings.Builder
	b.WriteString("vars:")
	for _, v := range vars {
		b.WriteString(v.Tag.String())
		b.WriteByte('=')
		b.WriteString(strconv.FormatFloat(float64(v.Value), 'g', -1, 32))
		b.WriteByte(',')
	}
	key := b.String()
	if inst, ok := f.instances.Load(key); ok {
		return inst.(*Font)
	}
	d := f.data()
	// HarfBuzz caches its font by *font.Font: each instance gets its own
	// shallow copy of the (read-only) parsed tables, as in Font.instance.
	otf := *d.ot
	if vars == nil {
		vars = []font.Variation{} // non-nil: the default instance, explicitly
	}
	inst := &Font{family: f.family, altFamily: f.altFamily, fullName: f.fullName, psName: f.psName,
		weight: f.weight, weightMax: f.weightMax, style: f.style, widthClass: f.widthClass,
		stretchLo: f.stretchLo, stretchHi: f.stretchHi, unicodeRange: f.unicodeRange,
		d: d, wght: f.wght, instOT: &otf, vars: vars}
	actual, _ := f.instances.LoadOrStore(key, inst)
	return actual.(*Font)
}

// sameVariations reports whether two variation lists are equal.
func sameVariations(a, b []font.Variation) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
