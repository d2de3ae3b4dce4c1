package layout

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-text/typesetting/font/opentype/tables"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
)

// ahemPath is the Ahem font of the shared web-platform-tests corpus; tests
// that need it skip when it is absent.
const ahemPath = "../../shared/corpus/wpt/fonts/Ahem.ttf"

// ahemSet returns a font set with Ahem added, or skips the test.
func ahemSet(t testing.TB) *FontSet {
	t.Helper()
	data, err := os.ReadFile(ahemPath)
	if err != nil {
		t.Skipf("Ahem not available: %v", err)
	}
	s := NewFontSet()
	if err := s.AddFont(data); err != nil {
		t.Fatalf("AddFont(Ahem): %v", err)
	}
	return s
}

func px(n int) Fixed { return cssom.Int(n) }

func TestAhemMetrics(t *testing.T) {
	s := ahemSet(t)
	tests := []struct {
		size                     Fixed
		ascent, descent, lineGap Fixed
	}{
		{px(10), px(8), px(2), 0},
		{px(100), px(80), px(20), 0},
		{px(16), px(13), px(3), 0}, // 12.8 and 3.2 round to whole px
		{px(1), px(1), 0, 0},       // 0.8 and 0.2
		{0, 0, 0, 0},
	}
	for _, tc := range tests {
		m := s.Metrics(FontSpec{Families: []string{"Ahem"}, Weight: 400, Size: tc.size})
		if m.Ascent != tc.ascent || m.Descent != tc.descent || m.LineGap != tc.lineGap {
			t.Errorf("Ahem %vpx: ascent/descent/gap = %v/%v/%v, want %v/%v/%v",
				tc.size, m.Ascent, m.Descent, m.LineGap, tc.ascent, tc.descent, tc.lineGap)
		}
	}
	m := s.Metrics(FontSpec{Families: []string{"ahem"}, Size: px(10)})
	if m.Ascent != px(8) {
		t.Errorf("family names must match case-insensitively: ascent %v", m.Ascent)
	}
}

func TestAhemAdvances(t *testing.T) {
	s := ahemSet(t)
	tests := []struct {
		text    string
		size    Fixed
		advance Fixed
	}{
		{"XX", px(10), px(20)},
		{"X", px(16), px(16)},
		{"p É x", px(20), px(100)},
		{"XXXX", px(10) + 32, px(42)}, // 10.5px
	}
	for _, tc := range tests {
		runs := s.Shape(tc.text, FontSpec{Families: []string{"Ahem"}, Weight: 400, Size: tc.size})
		if len(runs) != 1 {
			t.Fatalf("Shape(%q): %d runs, want 1", tc.text, len(runs))
		}
		r := runs[0]
		if r.Font.Family() != "Ahem" || r.Text != tc.text || r.Advance != tc.advance {
			t.Errorf("Shape(%q, %v): font %q text %q advance %v, want Ahem %q %v",
				tc.text, tc.size, r.Font.Family(), r.Text, r.Advance, tc.text, tc.advance)
		}
		var x Fixed
		for i, g := range r.Glyphs {
			if g.X != x || g.Y != 0 || g.Advance != tc.size {
				t.Errorf("Shape(%q) glyph %d = %+v, want X %v advance %v", tc.text, i, g, x, tc.size)
			}
			x += g.Advance
		}
	}
}

func TestAhemOutline(t *testing.T) {
	s := ahemSet(t)
	runs := s.Shape("X", FontSpec{Families: []string{"Ahem"}, Size: px(10)})
	f, id := runs[0].Font, runs[0].Glyphs[0].ID
	segs := f.Outline(id, px(10))
	if len(segs) == 0 || segs[0].Op != MoveTo {
		t.Fatalf("Outline(X) = %v, want a contour", segs)
	}
	minX, minY, maxX, maxY := float32(1e9), float32(1e9), float32(-1e9), float32(-1e9)
	for _, sg := range segs {
		n := map[PathOp]int{MoveTo: 1, LineTo: 1, QuadTo: 2, CubeTo: 3}[sg.Op]
		for _, p := range sg.Pts[:n] {
			minX, maxX = min(minX, p.X), max(maxX, p.X)
			minY, maxY = min(minY, p.Y), max(maxY, p.Y)
		}
	}
	// A 1em square standing on the descent: x 0..10, y -8 (up) .. 2 (down).
	if minX != 0 || maxX != 10 || minY != -8 || maxY != 2 {
		t.Errorf("Ahem X outline bounds = (%v,%v)-(%v,%v), want (0,-8)-(10,2)", minX, minY, maxX, maxY)
	}
	sp := s.Shape(" ", FontSpec{Families: []string{"Ahem"}, Size: px(10)})
	if got := f.Outline(sp[0].Glyphs[0].ID, px(10)); got != nil {
		t.Errorf("Outline(space) = %v, want nil", got)
	}
	if got := f.Outline(GlyphID(1<<31), px(10)); got != nil {
		t.Errorf("Outline(out of range) = %v, want nil", got)
	}
}

func TestGoOutline(t *testing.T) {
	s := NewFontSet()
	runs := s.Shape("o", FontSpec{Families: []string{"serif"}, Size: px(20)})
	segs := runs[0].Font.Outline(runs[0].Glyphs[0].ID, px(20))
	quads := 0
	for _, sg := range segs {
		if sg.Op == QuadTo {
			quads++
		}
		for _, p := range sg.Pts {
			if p.Y > 1 || p.Y < -16 || p.X < -1 || p.X > 20 {
				t.Fatalf("Go 'o' point %v outside the expected box", p)
			}
		}
	}
	if quads == 0 {
		t.Errorf("Go 'o' outline has no quadratic curves: %v", segs)
	}
}

func TestGoMetrics(t *testing.T) {
	s := NewFontSet()
	// Go: upem 2048, hhea ascender 1935, descender -432, line gap 0.
	m := s.Metrics(FontSpec{Families: []string{"Go"}, Size: px(16)})
	if m.Ascent != px(15) || m.Descent != px(3) || m.LineGap != 0 {
		t.Errorf("Go 16px: ascent/descent/gap = %v/%v/%v, want 15/3/0", m.Ascent, m.Descent, m.LineGap)
	}
	if m.XHeight <= 0 || m.XHeight >= m.CapHeight || m.CapHeight >= m.Ascent {
		t.Errorf("Go 16px: x-height %v cap-height %v ascent %v out of order", m.XHeight, m.CapHeight, m.Ascent)
	}
	if m.UnderlinePosition <= 0 || m.UnderlineThickness <= 0 {
		t.Errorf("Go 16px: underline position %v thickness %v, want positive", m.UnderlinePosition, m.UnderlineThickness)
	}
}

func TestAddFontBadData(t *testing.T) {
	s := NewFontSet()
	bad := [][]byte{
		nil,
		[]byte("hello"),
		[]byte("wOFF\x00\x01\x00\x00"),
		[]byte("wOF2 not really"),
		[]byte("ttcf\x00\x01\x00\x00\xff\xff\xff\xff"),
		goregular.TTF[:12],
		goregular.TTF[:300],
		goregular.TTF[:len(goregular.TTF)/2],
	}
	for i, data := range bad {
		if err := s.AddFont(data); err == nil {
			t.Errorf("AddFont(bad %d) = nil, want an error", i)
		}
	}
	if got := s.Primary(FontSpec{Families: []string{"serif"}}).Family(); got != "Liberation Serif" {
		t.Errorf("after bad fonts, serif is %q, want Liberation Serif", got)
	}
}

func FuzzAddFont(f *testing.F) {
	f.Add(goregular.TTF[:2000])
	f.Add(woffFromSFNT(f, goregular.TTF)[:3000])
	f.Fuzz(func(t *testing.T, data []byte) {
		s := NewFontSet()
		if s.AddFont(data) == nil {
			s.Shape("Ab", FontSpec{Size: px(12)})
		}
	})
}

// woffFromSFNT builds a WOFF 1.0 file from a TrueType/OpenType file, with
// zlib-compressed tables where compression helps.
// https://www.w3.org/TR/WOFF/#Overview
func woffFromSFNT(t testing.TB, sfnt []byte) []byte {
	t.Helper()
	be := binary.BigEndian
	numTables := int(be.Uint16(sfnt[4:]))
	type table struct {
		tag, checksum  uint32
		orig, data     []byte
		offset, length uint32
	}
	tables := make([]table, numTables)
	for i := range tables {
		rec := sfnt[12+16*i:]
		off, n := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		tables[i] = table{tag: be.Uint32(rec), checksum: be.Uint32(rec[4:]), orig: sfnt[off : off+n]}
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(tables[i].orig)
		w.Close()
		tables[i].data = tables[i].orig
		if z.Len() < len(tables[i].orig) {
			tables[i].data = z.Bytes()
		}
	}
	offset := 44 + 20*numTables
	sfntSize := 12 + 16*numTables
	for i := range tables {
		tables[i].offset = uint32(offset)
		offset += (len(tables[i].data) + 3) &^ 3
		sfntSize += (len(tables[i].orig) + 3) &^ 3
	}
	out := make([]byte, offset)
	copy(out, "wOFF")
	copy(out[4:], sfnt[:4]) // flavor
	be.PutUint32(out[8:], uint32(len(out)))
	be.PutUint16(out[12:], uint16(numTables))
	be.PutUint32(out[16:], uint32(sfntSize))
	be.PutUint16(out[20:], 1) // version 1.0
	for i, tb := range tables {
		e := out[44+20*i:]
		be.PutUint32(e, tb.tag)
		be.PutUint32(e[4:], tb.offset)
		be.PutUint32(e[8:], uint32(len(tb.data)))
		be.PutUint32(e[12:], uint32(len(tb.orig)))
		be.PutUint32(e[16:], tb.checksum)
		copy(out[tb.offset:], tb.data)
	}
	return out
}

func TestWOFF(t *testing.T) {
	ttf, err := parseFonts(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	woff := woffFromSFNT(t, goregular.TTF)
	if len(woff) >= len(goregular.TTF) {
		t.Fatalf("test WOFF is not compressed: %d >= %d bytes", len(woff), len(goregular.TTF))
	}
	wf, err := parseFonts(woff)
	if err != nil {
		t.Fatalf("parse WOFF: %v", err)
	}
	a, b := ttf[0], wf[0]
	if a.family != b.family || a.weight != b.weight || a.style != b.style || a.d.ascent != b.d.ascent || a.d.descent != b.d.descent {
		t.Errorf("WOFF face %q %d %d %d/%d differs from TTF %q %d %d %d/%d",
			b.family, b.weight, b.style, b.d.ascent, b.d.descent, a.family, a.weight, a.style, a.d.ascent, a.d.descent)
	}
	for _, r := range "Hag€" {
		ga, _ := a.data().ot.NominalGlyph(r)
		gb, _ := b.data().ot.NominalGlyph(r)
		oa, ob := a.Outline(GlyphID(ga), px(32)), b.Outline(GlyphID(gb), px(32))
		if ga != gb || len(oa) == 0 || len(oa) != len(ob) || oa[len(oa)-1] != ob[len(ob)-1] {
			t.Errorf("%q: WOFF glyph %d (%d segments) differs from TTF glyph %d (%d segments)", r, gb, len(ob), ga, len(oa))
		}
	}
	// Through the public API, from a directory.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "b.woff"), woff, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("not a font"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := NewFontSet()
	if err := s.AddDir(dir); err != nil {
		t.Fatalf("AddDir: %v", err)
	}
	if n := len(s.added); n != 1 {
		t.Errorf("AddDir added %d faces, want 1", n)
	}
	if err := s.AddDir(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("AddDir(missing) = nil, want an error")
	}
	// A broken file does not stop the others.
	if err := os.WriteFile(filepath.Join(dir, "a.TTF"), []byte("not a font"), 0o644); err != nil {
		t.Fatal(err)
	}
	s = NewFontSet()
	err = s.AddDir(dir)
	if err == nil || !strings.Contains(err.Error(), "a.TTF") || len(s.added) != 1 {
		t.Errorf("AddDir with a broken file: err %v, %d faces added; want an error naming a.TTF and 1 face", err, len(s.added))
	}
}

func TestAddDirCorpusFonts(t *testing.T) {
	dir := filepath.Dir(ahemPath)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus fonts not available: %v", err)
	}
	s := NewFontSet()
	if err := s.AddDir(dir); err != nil {
		t.Fatalf("AddDir(%s): %v", dir, err)
	}
	f := s.Primary(FontSpec{Families: []string{"AHEM", "serif"}})
	if f.Family() != "Ahem" || f.Weight() != 400 || f.Style() != cssom.FontStyleNormal {
		t.Errorf("primary = %q %d %d, want Ahem 400 normal", f.Family(), f.Weight(), f.Style())
	}
}

// modFile returns the contents of a file inside a module of the module
// cache (test fonts shipped in golang.org/x/image and go-text), or skips.
func modFile(t testing.TB, module, rel string) []byte {
	t.Helper()
	cache := os.Getenv("GOMODCACHE")
	if cache == "" {
		cache = filepath.Join(build.Default.GOPATH, "pkg", "mod")
	}
	data, err := os.ReadFile(filepath.Join(cache, module, rel))
	if err != nil {
		t.Skipf("test font not in the module cache: %v", err)
	}
	return data
}

// TestCFFOutline: an OpenType font with CFF (cubic) outlines.
func TestCFFOutline(t *testing.T) {
	data := modFile(t, "golang.org/x/image@v0.47.0", "font/testdata/CFFTest.otf")
	fonts, err := parseFonts(data)
	if err != nil {
		t.Fatalf("parse CFFTest.otf: %v", err)
	}
	f := fonts[0]
	cubes := 0
	for id := range GlyphID(f.data().numGlyphs) {
		for _, sg := range f.Outline(id, px(100)) {
			if sg.Op == CubeTo {
				cubes++
			}
			if sg.Op == QuadTo {
				t.Errorf("CFF glyph %d has a quadratic segment", id)
			}
		}
	}
	if cubes == 0 {
		t.Errorf("CFFTest.otf: no cubic segments in any glyph")
	}
}

// TestRightToLeftWord: an Arabic word is shaped right to left, its glyphs in
// visual order.
func TestRightToLeftWord(t *testing.T) {
	data := modFile(t, "github.com/go-text/typesetting@v0.3.5", "font/testdata/Amiri-Regular.ttf")
	s := NewFontSet()
	if err := s.AddFont(data); err != nil {
		t.Fatal(err)
	}
	spec := FontSpec{Families: []string{"Amiri"}, Size: px(20)}
	f := s.Primary(spec)
	if f.Family() != "Amiri" {
		t.Fatalf("primary = %q, want Amiri", f.Family())
	}
	// Dal and waw do not join to the left: both keep their nominal glyphs.
	dal, _ := f.data().ot.NominalGlyph('\u062F')
	waw, _ := f.data().ot.NominalGlyph('\u0648')
	runs := s.Shape("\u062F\u0648", spec)
	if len(runs) != 1 || len(runs[0].Glyphs) != 2 {
		t.Fatalf("Shape(dal waw) = %+v", runs)
	}
	if g := runs[0].Glyphs; g[0].ID != GlyphID(waw) || g[1].ID != GlyphID(dal) || g[0].X != 0 || g[1].X != g[0].Advance {
		t.Errorf("dal waw glyphs = %+v, want waw (%d) then dal (%d), left to right", g, waw, dal)
	}
	// Beh joins: the shaper picks contextual forms, not the nominal glyph.
	beh, _ := f.data().ot.NominalGlyph('\u0628')
	for _, g := range s.Shape("\u0628\u0628\u0628", spec)[0].Glyphs {
		if g.ID == GlyphID(beh) {
			t.Errorf("joined beh uses the isolated glyph %d", beh)
		}
	}
}

// ttcFrom builds a TrueType collection from single-font files, rewriting
// each table directory's offsets to be relative to the collection.
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#collections
func ttcFrom(fonts ...[]byte) []byte {
	be := binary.BigEndian
	head := 12 + 4*len(fonts)
	out := make([]byte, head)
	copy(out, "ttcf")
	be.PutUint32(out[4:], 0x00010000)
	be.PutUint32(out[8:], uint32(len(fonts)))
	for i, f := range fonts {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		dirAt := len(out)
		be.PutUint32(out[12+4*i:], uint32(dirAt))
		n := int(be.Uint16(f[4:]))
		out = append(out, f[:12+16*n]...)
		for t := range n {
			rec := 12 + 16*t
			off, length := be.Uint32(f[rec+8:]), be.Uint32(f[rec+12:])
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
			be.PutUint32(out[dirAt+rec+8:], uint32(len(out)))
			out = append(out, f[off:off+length]...)
		}
	}
	return out
}

func TestTTC(t *testing.T) {
	s := NewFontSet()
	ttc := ttcFrom(goregular.TTF, gomonobold.TTF)
	if err := s.AddFont(ttc); err != nil {
		t.Fatalf("AddFont(TTC): %v", err)
	}
	if len(s.added) != 2 || s.added[0].family != "Go" || s.added[1].family != "Go Mono" || s.added[1].weight != 600 { // Go Mono Bold says usWeightClass 600
		for _, f := range s.added {
			t.Errorf("TTC face %q %d", f.family, f.weight)
		}
	}
	// A truncated collection is an error.
	if err := s.AddFont(ttc[:len(ttc)-100]); err == nil {
		t.Errorf("AddFont(truncated TTC) = nil, want an error")
	}
}

func TestCheckFontData(t *testing.T) {
	be := binary.BigEndian
	clone := func(b []byte) []byte { return append([]byte(nil), b...) }
	hugeTable := clone(goregular.TTF)
	be.PutUint32(hugeTable[12+12:], 0xFFFFFF00) // first table's length
	woff := woffFromSFNT(t, goregular.TTF)
	hugeOrig := clone(woff)
	be.PutUint32(hugeOrig[44+12:], 0xFFFFFF00) // first table's origLength
	compBig := clone(woff)
	be.PutUint32(compBig[44+8:], be.Uint32(compBig[44+12:])+1) // compLength > origLength
	manyTables := clone(goregular.TTF)
	be.PutUint16(manyTables[4:], 0xFFFF)
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"ttf", goregular.TTF, true},
		{"woff", woff, true},
		{"ttc", ttcFrom(goregular.TTF), true},
		{"short", goregular.TTF[:11], false},
		{"unknown magic", []byte("GIF89a......."), false},
		{"huge table", hugeTable, false},
		{"many tables", manyTables, false},
		{"woff huge original", hugeOrig, false},
		{"woff compressed > original", compBig, false},
		{"ttc bad offset", append([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01"), 0xFF, 0xFF, 0xFF, 0xF0), false},
		{"ttc no fonts", []byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x00"), false},
	}
	for _, tc := range tests {
		if err := checkFontData(tc.data); (err == nil) != tc.ok {
			t.Errorf("%s: checkFontData = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

func TestVerticalMetricsSource(t *testing.T) {
	hhea := &tables.Hhea{Ascender: 900, Descender: -300, LineGap: 50}
	zeroHhea := &tables.Hhea{}
	typo := &tables.Os2{STypoAscender: 800, STypoDescender: -200, STypoLineGap: 100}
	useTypo := &tables.Os2{STypoAscender: 800, STypoDescender: -200, STypoLineGap: 100, FsSelection: 1 << 7}
	tests := []struct {
		name      string
		hhea      *tables.Hhea
		os2       *tables.Os2
		a, d, gap int32
	}{
		{"hhea", hhea, typo, 900, 300, 50},
		{"USE_TYPO_METRICS", hhea, useTypo, 800, 200, 100},
		{"hhea zero, typo", zeroHhea, typo, 800, 200, 100},
		{"no OS/2", hhea, nil, 900, 300, 50},
		{"nothing", nil, nil, 800, 200, 0},
		{"positive descender", &tables.Hhea{Ascender: 700, Descender: 250, LineGap: -5}, nil, 700, 250, 0},
	}
	for _, tc := range tests {
		f := &fontData{upem: 1000}
		f.setVerticalMetrics(tc.hhea, tc.os2)
		if f.ascent != tc.a || f.descent != tc.d || f.lineGap != tc.gap {
			t.Errorf("%s: ascent/descent/gap = %d/%d/%d, want %d/%d/%d", tc.name, f.ascent, f.descent, f.lineGap, tc.a, tc.d, tc.gap)
		}
	}
}
