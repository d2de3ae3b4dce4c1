package layout

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomediumitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
)

// Family names of the embedded faces.
const (
	familyGo     = "Go"
	familyGoMono = "Go Mono"
)

// maxFontSize caps the size used for arithmetic so that font units times
// size cannot overflow int64: 1<<30 Fixed is 16,777,216 px.
// AD-HOC: larger sizes render as this size.
const maxFontSize Fixed = 1 << 30

var (
	embeddedOnce sync.Once
	embedded     []*Font
)

// embeddedFonts returns the parsed Go fonts, shared (read-only) by every
// FontSet in the process. The families are registered explicitly (the name
// table calls the medium faces "Go Medium"), so that font-weight: 500 finds
// Go Medium in family Go.
func embeddedFonts() []*Font {
	embeddedOnce.Do(func() {
		list := []struct {
			data   []byte
			family string
			weight uint16
			style  cssom.FontStyle
		}{
			{goregular.TTF, familyGo, 400, cssom.FontStyleNormal},
			{goitalic.TTF, familyGo, 400, cssom.FontStyleItalic},
			{gomedium.TTF, familyGo, 500, cssom.FontStyleNormal},
			{gomediumitalic.TTF, familyGo, 500, cssom.FontStyleItalic},
			{gobold.TTF, familyGo, 700, cssom.FontStyleNormal},
			{gobolditalic.TTF, familyGo, 700, cssom.FontStyleItalic},
			{gomono.TTF, familyGoMono, 400, cssom.FontStyleNormal},
			{gomonoitalic.TTF, familyGoMono, 400, cssom.FontStyleItalic},
			{gomonobold.TTF, familyGoMono, 700, cssom.FontStyleNormal},
			{gomonobolditalic.TTF, familyGoMono, 700, cssom.FontStyleItalic},
		}
		for _, e := range list {
			fs, err := parseFonts(e.data)
			if err != nil || len(fs) != 1 {
				panic(fmt.Sprintf("layout: embedded font %s %d: %v", e.family, e.weight, err))
			}
			f := fs[0]
			f.family, f.weight, f.style = e.family, e.weight, e.style
			embedded = append(embedded, f)
		}
	})
	return embedded
}

// parseFonts parses every face in data (TTF, OTF, TTC, WOFF 1.0). A panic in
// the parser on malformed data is recovered into an error.
func parseFonts(data []byte) (fonts []*Font, err error) {
	defer func() {
		if r := recover(); r != nil {
			fonts, err = nil, fmt.Errorf("malformed font: %v", r)
		}
	}()
	if len(data) >= 4 && string(data[:4]) == "wOF2" {
		// TODO(spec): WOFF 2.0 (https://www.w3.org/TR/WOFF2/) needs a Brotli
		// decoder and the glyf/loca transform.
		return nil, fmt.Errorf("WOFF 2.0 is not supported")
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
// TODO(spec): variable fonts render their default instance: font-weight
// and font-style do not set the wght, slnt and ital axes, and named
// instances are not registered as faces.
func newFont(ld *ot.Loader) (*Font, error) {
	otf, err := font.NewFont(ld)
	if err != nil {
		return nil, err
	}
	if otf.Upem() == 0 {
		return nil, fmt.Errorf("unitsPerEm is 0")
	}
	f := &Font{ot: otf, upem: int32(otf.Upem())}
	os2 := f.describe(ld)
	var hhea *tables.Hhea
	if raw, err := ld.RawTable(ot.MustNewTag("hhea")); err == nil {
		if h, _, err := tables.ParseHhea(raw); err == nil {
			hhea = &h
		}
	}
	f.setVerticalMetrics(hhea, os2)
	// https://learn.microsoft.com/en-us/typography/opentype/spec/maxp
	if raw, err := ld.RawTable(ot.MustNewTag("maxp")); err == nil && len(raw) >= 6 {
		f.numGlyphs = int(raw[4])<<8 | int(raw[5])
	}
	face := font.NewFace(otf)
	f.xHeight = face.LineMetric(font.XHeight)
	f.capHeight = face.LineMetric(font.CapHeight)
	f.underlinePos = face.LineMetric(font.UnderlinePosition)
	f.underlineT = face.LineMetric(font.UnderlineThickness)
	f.faces.Put(face)
	return f, nil
}

// describe sets the family names, weight and style from the name and OS/2
// tables (go-text's description, refined), and returns the parsed OS/2
// table, nil when it is missing or malformed.
func (f *Font) describe(ld *ot.Loader) *tables.Os2 {
	desc := f.ot.Describe()
	f.family = desc.Family
	// https://learn.microsoft.com/en-us/typography/opentype/spec/name#name-ids
	// Name ID 1 (the legacy family, "Roboto Light") is matched as well as
	// the typographic family go-text prefers ("Roboto").
	if raw, err := ld.RawTable(ot.MustNewTag("name")); err == nil {
		if names, _, err := tables.ParseName(raw); err == nil {
			f.altFamily = names.Name(1)
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
	return &o
}

// setVerticalMetrics picks ascent, descent and line gap in font units the way
// Chromium on Linux gets them through Skia and FreeType
// (SkScalerContext_FreeType::generateFontMetrics): the OS/2 typo metrics when
// fsSelection bit 7 USE_TYPO_METRICS is set; otherwise hhea, and when hhea's
// ascender and descender are both 0, OS/2 typo, then OS/2 win (FreeType's
// sfnt_load_face).
func (f *Font) setVerticalMetrics(hhea *tables.Hhea, os2 *tables.Os2) {
	abs := func(v int32) int32 {
		if v < 0 {
			return -v
		}
		return v
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
func (f *Font) UnitsPerEm() int { return int(f.upem) }

// HasGlyph reports whether the face maps r to a glyph (its cmap covers r).
func (f *Font) HasGlyph(r rune) bool {
	_, ok := f.ot.NominalGlyph(r)
	return ok
}

// scale converts v font units to CSS px at size, rounded to the nearest 1/64
// px (ties away from zero).
func (f *Font) scale(v int64, size Fixed) Fixed {
	size = min(max(size, 0), maxFontSize)
	return roundDiv(v*int64(size), int64(f.upem))
}

// scaleFloat converts v font units to CSS px at size as a Fixed.
func (f *Font) scaleFloat(v float32, size Fixed) Fixed {
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
func (f *Font) getFace() *font.Face {
	if fc, ok := f.faces.Get().(*font.Face); ok {
		return fc
	}
	return font.NewFace(f.ot)
}

func (f *Font) putFace(fc *font.Face) { f.faces.Put(fc) }

// outline implements Font.Outline: go-text gives glyf (quadratic) and CFF
// (cubic) outlines in font units, y up; scale them to px, y down.
//
// TODO(spec): color glyphs (COLR/CPAL layers, sbix and CBDT bitmaps, SVG):
// color emoji fonts draw nothing, or their fallback outline when present.
func (f *Font) outline(id GlyphID, size Fixed) (segs []PathSegment) {
	if int(id) >= f.numGlyphs {
		return nil
	}
	fc := f.getFace()
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
