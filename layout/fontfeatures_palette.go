package layout

import (
	"strconv"
	"strings"

	ot "github.com/go-text/typesetting/font/opentype"

	"github.com/paneweb/pane/cssom"
)

// font-palette: the colour palette COLR glyphs are drawn with. A face in
// another palette than its first is an instance of the face (like a
// variation instance) whose ColorGlyph layers take their colours from that
// palette, with @font-palette-values overrides.
// https://www.w3.org/TR/css-fonts-4/#font-palette-prop
//
// The value travels in FontSpec.Features as "palette:VALUE" (see
// fontfeatures4.go).

// paletteChoice is the palette of a palette instance.
type paletteChoice struct {
	// index is the CPAL palette.
	index int
	// overrides replace palette entries (a later one wins).
	overrides []cssom.PaletteOverride
}

// paletteBitLight and paletteBitDark are the CPAL palette type flags
// USABLE_WITH_LIGHT_BACKGROUND and USABLE_WITH_DARK_BACKGROUND.
const (
	paletteBitLight = 1 << 0
	paletteBitDark  = 1 << 1
)

// readPaletteTypes returns the palette types of a CPAL version 1 table,
// nil for version 0 or a table without them.
// https://learn.microsoft.com/en-us/typography/opentype/spec/cpal#palette-table-header
func readPaletteTypes(ld *ot.Loader) []uint32 {
	raw, err := ld.RawTable(ot.MustNewTag("CPAL"))
	if err != nil || len(raw) < 12 || int(raw[0])<<8|int(raw[1]) == 0 {
		return nil
	}
	n := int(raw[4])<<8 | int(raw[5])
	at := 12 + 2*n
	if len(raw) < at+4 {
		return nil
	}
	off := int(uint32(raw[at])<<24 | uint32(raw[at+1])<<16 | uint32(raw[at+2])<<8 | uint32(raw[at+3]))
	if off == 0 || off+4*n > len(raw) || off < 0 {
		return nil
	}
	types := make([]uint32, n)
	for i := range types {
		b := raw[off+4*i:]
		types[i] = uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
	}
	return types
}

// paletteColor returns entry idx of f's palette, and false when the
// palette has no such entry.
func (f *Font) paletteColor(idx uint16) (cssom.Color, bool) {
	cpal := f.data().ot.CPAL
	p := 0
	if c := f.palette; c != nil {
		p = c.index
		if p >= len(cpal) {
			p = 0
		}
		for i := len(c.overrides) - 1; i >= 0; i-- {
			if o := c.overrides[i]; o.Index == int(idx) && int(idx) < len(cpal[p]) {
				return o.Color, true
			}
		}
	}
	if p >= len(cpal) || int(idx) >= len(cpal[p]) {
		return cssom.Color{}, false
	}
	c := cpal[p][idx]
	return cssom.Color{R: c.Red, G: c.Green, B: c.Blue, A: c.Alpha}, true
}

// paletteOfType returns the first palette of f usable on a light (or dark)
// background, 0 when none says so.
func (f *Font) paletteOfType(kind string) int {
	bit := uint32(paletteBitLight)
	if kind == "dark" {
		bit = paletteBitDark
	}
	for i, t := range f.data().paletteTypes {
		if t&bit != 0 {
			return i
		}
	}
	return 0
}

// choosePalette returns the palette font-palette (st.palette) selects in
// f, nil for the first palette: light and dark take the first palette of
// that type; a <palette-identifier> the last @font-palette-values rule of
// that name for f's family (none: the first palette), its base-palette
// and override-colors.
func (st *shapeSettings) choosePalette(f *Font) *paletteChoice {
	switch st.palette {
	case "", "normal":
		return nil
	case "light", "dark":
		return &paletteChoice{index: f.paletteOfType(st.palette)}
	}
	for i := len(st.paletteValues) - 1; i >= 0; i-- {
		r := st.paletteValues[i]
		if r.Name != st.palette || !r.MatchesFamily(f.family) && (f.altFamily == "" || !r.MatchesFamily(f.altFamily)) {
			continue
		}
		c := &paletteChoice{overrides: r.Overrides}
		switch r.BasePalette {
		case "light", "dark":
			c.index = f.paletteOfType(r.BasePalette)
		case "":
		default:
			c.index, _ = strconv.Atoi(r.BasePalette)
		}
		return c
	}
	return nil
}

// withPalette returns the instance of f in palette c: f itself for the
// first palette without overrides. Instances are cached in f.
func (f *Font) withPalette(c *paletteChoice) *Font {
	if c == nil || c.index == 0 && len(c.overrides) == 0 {
		return f
	}
	if c.index >= len(f.data().ot.CPAL) {
		c.index = 0
	}
	var b strings.Builder
	b.WriteString("palette:" + strconv.Itoa(c.index))
	for _, o := range c.overrides {
		b.WriteString("," + strconv.Itoa(o.Index) + "=" + o.Color.String())
	}
	key := b.String()
	if inst, ok := f.instances.Load(key); ok {
		return inst.(*Font)
	}
	inst := &Font{family: f.family, altFamily: f.altFamily, fullName: f.fullName, psName: f.psName,
		weight: f.weight, weightMax: f.weightMax, style: f.style, widthClass: f.widthClass,
		stretchLo: f.stretchLo, stretchHi: f.stretchHi, unicodeRange: f.unicodeRange,
		d: f.d, lazy: f.lazy, wght: f.wght, instOT: f.instOT, vars: f.vars, palette: c}
	actual, _ := f.instances.LoadOrStore(key, inst)
	return actual.(*Font)
}

// AddPaletteValues adds an @font-palette-values rule to the set: text
// whose font-palette names it uses its palette in the faces of its
// families. Like AddFontFace it drops the set's cached results; a set from
// Derive starts without rules.
func (s *FontSet) AddPaletteValues(r *cssom.FontPaletteValuesRule) {
	if r == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.paletteValues = append(s.paletteValues[:len(s.paletteValues):len(s.paletteValues)], r)
	s.shapes.clear()
}
