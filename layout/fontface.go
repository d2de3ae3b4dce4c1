package layout

import (
	"bytes"
	"fmt"
	"slices"
	"sync"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/internal/woff2"
)

// maxFontSize caps the size used for arithmetic so that font units times
// size cannot overflow int64: 1<<30 Fixed is 16,777,216 px.
// AD-HOC: larger sizes render as this size.
const maxFontSize Fixed = 1 << 30

// fontData is a face's parsed tables and metrics. It is read-only once made
// and shared by every Font made from the same file (an @font-face rule
// reuses the tables under its own descriptors).
type fontData struct {
	ot   *font.Font // parsed tables; read-only, safe for concurrent use
	upem int32      // units per em, > 0
	// numGlyphs is maxp.numGlyphs: glyph IDs are below it.
	numGlyphs int
	// Vertical metrics in font units (Ascent and Descent positive).
	ascent, descent, lineGap int32
	// typoAscent and typoDescent are OS/2's sTypoAscender and
	// -sTypoDescender, 0 without an OS/2 table (emphasis.go).
	typoAscent, typoDescent  int32
	xHeight, capHeight       float32
	underlinePos, underlineT float32 // post table; position negative below
	// wghtMin and wghtMax are the range of the fvar table's wght axis; both
	// 0 when the font is not variable in weight.
	wghtMin, wghtMax float32
	// axes are the fvar table's variation axes (fontvariation.go).
	axes []tables.VariationAxisRecord
	// faces pools *font.Face values (not safe for concurrent use) for
	// outlines.
	faces sync.Pool
	// colr and bitmaps say whether the face has colour glyphs: COLR
	// layers, or PNG bitmaps in CBDT or sbix (fontcolor.go).
	colr, bitmaps bool
	// langSysScripts are the script tags under which GSUB or GPOS have
	// language systems of their own (languageSystemScripts): text of
	// other scripts is shaped without its language, so that the shaper's
	// plans stay shared between languages.
	langSysScripts []ot.Tag
	// paletteTypes are the CPAL version 1 palette types, one per palette
	// (fontfeatures_palette.go); nil for version 0.
	paletteTypes []uint32
}

// lazyData parses a face's tables on first use: the embedded faces cost
// nothing until a page uses them.
type lazyData struct {
	once sync.Once
	src  []byte
	d    *fontData
}

// data returns the face's tables, parsing them on first use.
func (f *Font) data() *fontData {
	if l := f.lazy; l != nil {
		l.once.Do(func() {
			fs, err := parseFonts(l.src)
			if err != nil || len(fs) != 1 {
				panic(fmt.Sprintf("layout: embedded font %s %d: %v", f.family, f.weight, err))
			}
			l.d = fs[0].d
		})
		return l.d
	}
	return f.d
}

// parseFonts parses every face in data (TTF, OTF, TTC, WOFF, WOFF2). A panic in
// the parser on malformed data is recovered into an error.
func parseFonts(data []byte) (fonts []*Font, err error) {
	defer func() {
		if r := recover(); r != nil {
			fonts, err = nil, fmt.Errorf("malformed font: %v", r)
		}
	}()
	if len(data) >= 4 && string(data[:4]) == woff2.Signature {
		// https://www.w3.org/TR/WOFF2/: decoded to the sfnt it compresses.
		sfnt, err := woff2.Decode(data)
		if err != nil {
			return nil, err
		}
		data = sfnt
	}
	if err := checkFontData(data); err != nil {
		return nil, err
	}
	lds, err := ot.NewLoaders(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if len(lds) == 0 {
		return nil, errNoFaces
	}
	for i, ld := range lds {
		f, err := newFont(ld)
		if err != nil {
			return nil, fmt.Errorf("face %d: %w", i, err)
		}
		fonts = append(fonts, f)
	}
	return fonts, nil
}

// newFont reads one face's tables: the glyph data through go-text, and the
// family, weight, style and vertical metrics from name, OS/2, hhea and post.
//
// A variable font with a wght axis stands for the axis's weight range and
// is drawn at the matched weight (Font.instance); the other axes follow
// font-stretch, font-style, font-optical-sizing and
// font-variation-settings when shaping (fontvariation.go). TODO(spec):
// MVAR metrics variations, and named instances as faces.
func newFont(ld *ot.Loader) (*Font, error) {
	otf, err := font.NewFont(ld)
	if err != nil {
		return nil, err
	}
	if otf.Upem() == 0 {
		return nil, fmt.Errorf("unitsPerEm is 0")
	}
	d := &fontData{ot: otf, upem: int32(otf.Upem())}
	f := &Font{d: d}
	os2 := f.describe(ld)
	f.weightMax = f.weight
	var hhea *tables.Hhea
	if raw, err := ld.RawTable(ot.MustNewTag("hhea")); err == nil {
		if h, _, err := tables.ParseHhea(raw); err == nil {
			hhea = &h
		}
	}
	d.setVerticalMetrics(hhea, os2)
	d.readWeightAxis(ld)
	if d.wghtMax != 0 {
		// A variable font stands for every weight of its axis.
		f.weight, f.weightMax = uint16(d.wghtMin), uint16(d.wghtMax)
	}
	// https://learn.microsoft.com/en-us/typography/opentype/spec/maxp
	if raw, err := ld.RawTable(ot.MustNewTag("maxp")); err == nil && len(raw) >= 6 {
		d.numGlyphs = int(raw[4])<<8 | int(raw[5])
	}
	face := font.NewFace(otf)
	d.xHeight = face.LineMetric(font.XHeight)
	d.capHeight = face.LineMetric(font.CapHeight)
	d.underlinePos = face.LineMetric(font.UnderlinePosition)
	d.underlineT = face.LineMetric(font.UnderlineThickness)
	d.faces.Put(face)
	d.readColorTables(ld)
	d.langSysScripts = languageSystemScripts(&otf.GSUB.Layout, nil)
	d.langSysScripts = languageSystemScripts(&otf.GPOS.Layout, d.langSysScripts)
	return f, nil
}

// languageSystemScripts appends to tags the script tags of l that have
// language systems beside their default one: only text of those scripts
// can change with the language it is shaped in
// (https://learn.microsoft.com/en-us/typography/opentype/spec/chapter2#script-table-and-language-system-record).
func languageSystemScripts(l *font.Layout, tags []ot.Tag) []ot.Tag {
	for _, sc := range l.Scripts {
		if len(sc.LangSysRecords) > 0 && !slices.Contains(tags, sc.Tag) {
			tags = append(tags, sc.Tag)
		}
	}
	return tags
}

// readWeightAxis records the range of the font's wght variation axis.
// https://learn.microsoft.com/en-us/typography/opentype/spec/fvar
func (d *fontData) readWeightAxis(ld *ot.Loader) {
	raw, err := ld.RawTable(ot.MustNewTag("fvar"))
	if err != nil {
		return
	}
	fv, _, err := tables.ParseFvar(raw)
	if err != nil {
		return
	}
	d.axes = fv.FvarRecords.Axis
	for _, a := range fv.FvarRecords.Axis {
		// Weights outside 1..1000 are clamped; a NaN fails the test.
		lo, hi := min(max(a.Minimum, 1), 1000), min(max(a.Maximum, 1), 1000)
		if a.Tag == ot.MustNewTag("wght") && lo < hi {
			d.wghtMin, d.wghtMax = lo, hi
			return
		}
	}
}

// instance returns the face set to weight w on its wght axis: a Font that
// shares f's tables and descriptors and shapes and draws with the
// variation. Faces without a wght axis return themselves.
// https://www.w3.org/TR/css-fonts-4/#font-weight-prop: for a variable font
// the used weight, clamped to the face's weight range, sets the axis.
func (f *Font) instance(w uint16) *Font {
	if f.lazy != nil {
		return f // the embedded faces are not variable; do not parse them here
	}
	d := f.data()
	if d.wghtMax == 0 {
		return f
	}
	v := min(max(float32(f.nearestWeight(w)), d.wghtMin), d.wghtMax)
	if v == f.wght {
		return f
	}
	if inst, ok := f.instances.Load(v); ok {
		return inst.(*Font)
	}
	// HarfBuzz caches its font by *font.Font, whatever the face's
	// coordinates: each instance gets its own shallow copy of the
	// (read-only) parsed tables.
	otf := *d.ot
	inst := &Font{family: f.family, altFamily: f.altFamily, weight: f.weight, weightMax: f.weightMax,
		style: f.style, unicodeRange: f.unicodeRange, d: d, wght: v, instOT: &otf}
	actual, _ := f.instances.LoadOrStore(v, inst)
	return actual.(*Font)
}

// variations returns the variation settings of the instance, nil for the
// default instance.
func (f *Font) variations() []font.Variation {
	if f.vars != nil {
		return f.vars
	}
	if f.wght == 0 {
		return nil
	}
	return []font.Variation{{Tag: ot.MustNewTag("wght"), Value: f.wght}}
}

// describe sets the family names, weight and style from the name and OS/2
// tables (go-text's description, refined), and returns the parsed OS/2
// table, nil when it is missing or malformed.
func (f *Font) describe(ld *ot.Loader) *tables.Os2 {
	desc := f.d.ot.Describe()
	f.family = desc.Family
	// https://learn.microsoft.com/en-us/typography/opentype/spec/name#name-ids
	// Name ID 1 (the legacy family, "Roboto Light") is matched as well as
	// the typographic family go-text prefers ("Roboto").
	if raw, err := ld.RawTable(ot.MustNewTag("name")); err == nil {
		if names, _, err := tables.ParseName(raw); err == nil {
			f.altFamily = names.Name(1)
			f.fullName, f.psName = names.Name(4), names.Name(6)
		}
	}
	if f.family == "" {
		f.family = f.altFamily
	}
	f.weight, f.style = 400, cssom.FontStyleNormal
	if desc.Aspect.Style == font.StyleItalic {
		f.style = cssom.FontStyleItalic
	}
	if w := desc.Aspect.Weight; w >= 1 && w <= 1000 {
		f.weight = uint16(w)
	}
	raw, err := ld.RawTable(ot.MustNewTag("OS/2"))
	if err != nil {
		return nil
	}
	o, _, err := tables.ParseOs2(raw)
	if err != nil {
		return nil
	}
	// https://learn.microsoft.com/en-us/typography/opentype/spec/os2#fsselection
	// bit 0 ITALIC, bit 9 OBLIQUE.
	if o.FsSelection&(1<<9) != 0 {
		f.style = cssom.FontStyleOblique
	} else if o.FsSelection&1 != 0 {
		f.style = cssom.FontStyleItalic
	}
	// https://learn.microsoft.com/en-us/typography/opentype/spec/os2#uswidthclass
	if o.USWidthClass >= 1 && o.USWidthClass <= 9 && o.USWidthClass != 5 {
		f.widthClass = uint8(o.USWidthClass)
	}
	return &o
}

// setVerticalMetrics picks ascent, descent and line gap in font units the way
// Chromium on Linux gets them through Skia and FreeType
// (SkScalerContext_FreeType::generateFontMetrics): the OS/2 typo metrics when
// fsSelection bit 7 USE_TYPO_METRICS is set; otherwise hhea, and when hhea's
// ascender and descender are both 0, OS/2 typo, then OS/2 win (FreeType's
// sfnt_load_face).
func (f *fontData) setVerticalMetrics(hhea *tables.Hhea, os2 *tables.Os2) {
	abs := func(v int32) int32 {
		if v < 0 {
			return -v
		}
		return v
	}
	if os2 != nil {
		f.typoAscent, f.typoDescent = abs(int32(os2.STypoAscender)), abs(int32(os2.STypoDescender))
	}
	switch {
	case os2 != nil && os2.FsSelection&(1<<7) != 0 && (os2.STypoAscender != 0 || os2.STypoDescender != 0):
		f.ascent, f.descent, f.lineGap = int32(os2.STypoAscender), -int32(os2.STypoDescender), int32(os2.STypoLineGap)
	case hhea != nil && (hhea.Ascender != 0 || hhea.Descender != 0):
		f.ascent, f.descent, f.lineGap = int32(hhea.Ascender), -int32(hhea.Descender), int32(hhea.LineGap)
	case os2 != nil && (os2.STypoAscender != 0 || os2.STypoDescender != 0):
		f.ascent, f.descent, f.lineGap = int32(os2.STypoAscender), -int32(os2.STypoDescender), int32(os2.STypoLineGap)
	default:
		// AD-HOC: no usable metrics (the win metrics are not exposed by the
		// parser): 0.8em above and 0.2em below the baseline.
		f.ascent, f.descent = f.upem*8/10, f.upem*2/10
	}
	// Descenders are sometimes stored positive; both are distances.
	f.ascent, f.descent, f.lineGap = abs(f.ascent), abs(f.descent), max(f.lineGap, 0)
}

// Weight returns the face's weight, 1 to 1000 (400 is normal, 700 bold).
func (f *Font) Weight() uint16 { return f.weight }

// Style returns the face's style: normal, italic or oblique.
func (f *Font) Style() cssom.FontStyle { return f.style }

// UnitsPerEm returns the face's design units per em.
func (f *Font) UnitsPerEm() int { return int(f.data().upem) }

// HasGlyph reports whether the face maps r to a glyph (its cmap covers r).
func (f *Font) HasGlyph(r rune) bool {
	_, ok := f.data().ot.NominalGlyph(r)
	return ok
}

// supports reports whether the face is used for r: r is in its
// unicode-range and its cmap maps r.
func (f *Font) supports(r rune) bool {
	return f.inRange(r) && f.HasGlyph(r)
}

// inRange reports whether r is in the face's unicode-range.
func (f *Font) inRange(r rune) bool {
	if f.unicodeRange == nil {
		return true
	}
	for _, u := range f.unicodeRange {
		if u.First <= r && r <= u.Last {
			return true
		}
	}
	return false
}

// scale converts v font units to CSS px at size, rounded to the nearest 1/64
// px (ties away from zero).
func (f *fontData) scale(v int64, size Fixed) Fixed {
	size = min(max(size, 0), maxFontSize)
	return roundDiv(v*int64(size), int64(f.upem))
}

// scaleFloat converts v font units to CSS px at size as a Fixed.
func (f *fontData) scaleFloat(v float32, size Fixed) Fixed {
	size = min(max(size, 0), maxFontSize)
	return cssom.Px(float64(v) * size.Float() / float64(f.upem))
}

// roundDiv returns n/d rounded to the nearest integer, ties away from zero;
// d > 0.
func roundDiv(n, d int64) Fixed {
	if n >= 0 {
		return Fixed((n + d/2) / d)
	}
	return -Fixed((-n + d/2) / d)
}

// Metrics returns the face's metrics at size CSS px.
//
// Ascent, Descent and LineGap are rounded to whole px, as Chromium does for
// line layout (FontMetrics::AscentDescentWithHacks rounds the Skia ascent and
// descent, SimpleFontData rounds the line gap), so that line boxes land on
// whole pixels. AD-HOC: Chromium's Linux adjustment that moves one px from
// ascent to descent under subpixel positioning is not applied.
func (f *Font) Metrics(size Fixed) Metrics {
	return f.data().metrics(size)
}

func (f *fontData) metrics(size Fixed) Metrics {
	whole := func(v Fixed) Fixed { return Fixed(v.Round()) << 6 }
	return Metrics{
		Ascent:             whole(f.scale(int64(f.ascent), size)),
		Descent:            whole(f.scale(int64(f.descent), size)),
		LineGap:            whole(f.scale(int64(f.lineGap), size)),
		XHeight:            f.scaleFloat(f.xHeight, size),
		CapHeight:          f.scaleFloat(f.capHeight, size),
		UnderlinePosition:  -f.scaleFloat(f.underlinePos, size),
		UnderlineThickness: f.scaleFloat(f.underlineT, size),
	}
}

// getFace returns a go-text face for this font from the pool; put it back
// with putFace.
func (f *fontData) getFace() *font.Face {
	if fc, ok := f.faces.Get().(*font.Face); ok {
		return fc
	}
	return font.NewFace(f.ot)
}

func (f *fontData) putFace(fc *font.Face) { f.faces.Put(fc) }

// outline implements Font.Outline: go-text gives glyf (quadratic) and CFF
// (cubic) outlines in font units, y up; scale them to px, y down.
//
// Colour glyphs are drawn from Font.ColorGlyph (fontcolor.go).
func (f *Font) outline(id GlyphID, size Fixed) []PathSegment {
	return f.data().outline(id, size, f.variations())
}

func (f *fontData) outline(id GlyphID, size Fixed, vars []font.Variation) (segs []PathSegment) {
	if int(id) >= f.numGlyphs {
		return nil
	}
	fc := f.getFace()
	if vars != nil {
		fc.SetVariations(vars)
		defer fc.SetCoords(nil)
	}
	defer func() {
		if r := recover(); r != nil {
			// A malformed glyph program: draw nothing for this glyph (the
			// face is dropped rather than reused).
			segs = nil
			return
		}
		f.putFace(fc)
	}()
	o, ok := fc.GlyphDataOutline(font.GID(id))
	if !ok || len(o.Segments) == 0 {
		return nil
	}
	size = min(max(size, 0), maxFontSize)
	s := float32(size.Float() / float64(f.upem))
	segs = make([]PathSegment, len(o.Segments))
	for i, sg := range o.Segments {
		segs[i].Op = PathOp(sg.Op) // go-text's SegmentOp order is ours
		for j := range sg.ArgsSlice() {
			segs[i].Pts[j] = PathPoint{X: sg.Args[j].X * s, Y: -sg.Args[j].Y * s}
		}
	}
	return segs
}
