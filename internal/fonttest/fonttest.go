// Package fonttest builds font files for tests: it splits an sfnt (TTF or
// OTF) into its tables and puts tables back together, wraps an sfnt as
// WOFF 1.0 or WOFF2 (null transform), and writes small COLR version 0 and
// CPAL tables. It is for tests of the font loader and the painter; none
// of it runs in a browser.
package fonttest

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"sort"

	"github.com/andybalholm/brotli"
)

var be = binary.BigEndian

// Table is one sfnt table.
type Table struct {
	Tag  string // four characters
	Data []byte
}

// Tables returns the tables of an sfnt file, in directory order, and its
// flavour (0x00010000 for TrueType outlines, "OTTO" for CFF).
func Tables(sfnt []byte) (flavor uint32, tables []Table, err error) {
	if len(sfnt) < 12 {
		return 0, nil, errors.New("fonttest: short sfnt")
	}
	n := int(be.Uint16(sfnt[4:]))
	if len(sfnt) < 12+16*n {
		return 0, nil, errors.New("fonttest: short table directory")
	}
	for i := range n {
		e := sfnt[12+16*i:]
		off, l := uint64(be.Uint32(e[8:])), uint64(be.Uint32(e[12:]))
		if off+l > uint64(len(sfnt)) {
			return 0, nil, errors.New("fonttest: table outside the file")
		}
		tables = append(tables, Table{string(e[:4]), sfnt[off : off+l]})
	}
	return be.Uint32(sfnt), tables, nil
}

// SFNT assembles an sfnt file from tables (sorted by tag, as the format
// asks), with checksums, the head table's checksum adjustment and 4-byte
// padding.
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#organization-of-an-opentype-font
func SFNT(flavor uint32, tables []Table) []byte {
	tables = sortedTables(tables)
	n := len(tables)
	out := make([]byte, 12+16*n)
	be.PutUint32(out, flavor)
	be.PutUint16(out[4:], uint16(n))
	es, sel := 1, 0
	for es*2 <= n {
		es, sel = es*2, sel+1
	}
	be.PutUint16(out[6:], uint16(es*16))
	be.PutUint16(out[8:], uint16(sel))
	be.PutUint16(out[10:], uint16(n*16-es*16))
	headAt := -1
	for i, t := range tables {
		e := out[12+16*i:]
		copy(e, t.Tag)
		data := t.Data
		if t.Tag == "head" && len(data) >= 12 {
			data = bytes.Clone(data)
			be.PutUint32(data[8:], 0)
			headAt = len(out)
		}
		be.PutUint32(e[4:], Checksum(data))
		be.PutUint32(e[8:], uint32(len(out)))
		be.PutUint32(e[12:], uint32(len(data)))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if headAt >= 0 {
		be.PutUint32(out[headAt+8:], 0xB1B0AFBA-Checksum(out))
	}
	return out
}

// Checksum is the sfnt table checksum: the sum of big-endian uint32s, the
// last one padded with zeros.
func Checksum(b []byte) uint32 {
	var s uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		s += be.Uint32(w[:])
	}
	return s
}

func sortedTables(tables []Table) []Table {
	tables = append([]Table(nil), tables...)
	sort.Slice(tables, func(a, b int) bool { return tables[a].Tag < tables[b].Tag })
	return tables
}

// WOFF wraps an sfnt as WOFF 1.0, each table compressed with zlib when
// that makes it smaller.
// https://www.w3.org/TR/WOFF/#OverallStructure
func WOFF(sfnt []byte) ([]byte, error) {
	flavor, tables, err := Tables(sfnt)
	if err != nil {
		return nil, err
	}
	tables = sortedTables(tables)
	n := len(tables)
	const headerSize = 44
	out := make([]byte, headerSize+20*n)
	copy(out, "wOFF")
	be.PutUint32(out[4:], flavor)
	be.PutUint16(out[12:], uint16(n))
	total := 12 + 16*n
	for i, t := range tables {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(t.Data)
		w.Close()
		data := z.Bytes()
		if len(data) >= len(t.Data) {
			data = t.Data
		}
		e := out[headerSize+20*i:]
		copy(e, t.Tag)
		be.PutUint32(e[4:], uint32(len(out)))
		be.PutUint32(e[8:], uint32(len(data)))
		be.PutUint32(e[12:], uint32(len(t.Data)))
		be.PutUint32(e[16:], Checksum(t.Data))
		out = append(out, data...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		total += (len(t.Data) + 3) &^ 3
	}
	be.PutUint32(out[8:], uint32(len(out)))
	be.PutUint32(out[16:], uint32(total))
	return out, nil
}

// woff2KnownTags are the tags with a one-byte code in a WOFF2 table
// directory, in code order (https://www.w3.org/TR/WOFF2/#table_dir_format).
var woff2KnownTags = [...]string{
	"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm", "glyf", "loca", "prep",
	"CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern", "LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE",
	"GDEF", "GPOS", "GSUB", "EBSC", "JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt",
	"avar", "bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty", "just", "lcar",
	"mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat", "Gloc", "Feat", "Sill",
}

// WOFF2 wraps an sfnt as WOFF2 with every table under the null transform
// (glyf and loca as transformation version 3), compressed with Brotli.
// https://www.w3.org/TR/WOFF2/
func WOFF2(sfnt []byte) ([]byte, error) {
	flavor, tables, err := Tables(sfnt)
	if err != nil {
		return nil, err
	}
	tables = sortedTables(tables)
	// loca follows glyf in the directory, as decoders such as OTS ask.
	for i, t := range tables {
		if t.Tag != "loca" {
			continue
		}
		rest := append(tables[:i:i], tables[i+1:]...)
		for j, u := range rest {
			if u.Tag == "glyf" {
				tables = append(rest[:j+1:j+1], append([]Table{t}, rest[j+1:]...)...)
				break
			}
		}
		break
	}
	var dir, stream bytes.Buffer
	for _, t := range tables {
		version := byte(0)
		if t.Tag == "glyf" || t.Tag == "loca" {
			version = 3
		}
		code := byte(63)
		for i, k := range woff2KnownTags {
			if k == t.Tag {
				code = byte(i)
			}
		}
		dir.WriteByte(code | version<<6)
		if code == 63 {
			dir.WriteString(t.Tag)
		}
		dir.Write(base128(uint32(len(t.Data))))
		stream.Write(t.Data)
	}
	var comp bytes.Buffer
	w := brotli.NewWriterLevel(&comp, 5)
	w.Write(stream.Bytes())
	if err := w.Close(); err != nil {
		return nil, err
	}
	const headerSize = 48
	// The compressed stream ends on a 4-byte boundary (the reference
	// decoder refuses a file that stops short of it).
	total := (headerSize + dir.Len() + comp.Len() + 3) &^ 3
	h := make([]byte, headerSize, total)
	copy(h, "wOF2")
	be.PutUint32(h[4:], flavor)
	be.PutUint32(h[8:], uint32(total))
	be.PutUint16(h[12:], uint16(len(tables)))
	be.PutUint32(h[16:], uint32(len(SFNT(flavor, tables))))
	be.PutUint32(h[20:], uint32(comp.Len()))
	out := append(h, dir.Bytes()...)
	out = append(out, comp.Bytes()...)
	return append(out, make([]byte, total-len(out))...), nil
}

// base128 is WOFF2's UIntBase128 encoding.
func base128(v uint32) []byte {
	out := []byte{byte(v & 0x7F)}
	for v >>= 7; v != 0; v >>= 7 {
		out = append([]byte{byte(v&0x7F) | 0x80}, out...)
	}
	return out
}

// Layer is one layer of a COLR version 0 glyph.
type Layer struct {
	Glyph   uint16 // the glyph whose outline is filled
	Palette uint16 // CPAL entry, 0xFFFF for the text colour
}

// COLR returns a COLR version 0 table giving each base glyph (keys of
// glyphs) its layers.
// https://learn.microsoft.com/en-us/typography/opentype/spec/colr#colr-formats
func COLR(glyphs map[uint16][]Layer) []byte {
	bases := make([]int, 0, len(glyphs))
	for g := range glyphs {
		bases = append(bases, int(g))
	}
	sort.Ints(bases)
	const header = 14
	nLayers := 0
	for _, g := range bases {
		nLayers += len(glyphs[uint16(g)])
	}
	out := make([]byte, header, header+6*len(bases)+4*nLayers)
	be.PutUint16(out[2:], uint16(len(bases)))
	be.PutUint32(out[4:], header)
	be.PutUint32(out[8:], uint32(header+6*len(bases)))
	be.PutUint16(out[12:], uint16(nLayers))
	first := 0
	for _, g := range bases {
		out = be.AppendUint16(out, uint16(g))
		out = be.AppendUint16(out, uint16(first))
		out = be.AppendUint16(out, uint16(len(glyphs[uint16(g)])))
		first += len(glyphs[uint16(g)])
	}
	for _, g := range bases {
		for _, l := range glyphs[uint16(g)] {
			out = be.AppendUint16(out, l.Glyph)
			out = be.AppendUint16(out, l.Palette)
		}
	}
	return out
}

// CPAL returns a CPAL version 0 table with one palette of colours, each
// {R, G, B, A}.
// https://learn.microsoft.com/en-us/typography/opentype/spec/cpal
func CPAL(colors [][4]uint8) []byte {
	const header = 14
	out := make([]byte, header)
	be.PutUint16(out[2:], uint16(len(colors))) // numPaletteEntries
	be.PutUint16(out[4:], 1)                   // numPalettes
	be.PutUint16(out[6:], uint16(len(colors))) // numColorRecords
	be.PutUint32(out[8:], header)              // colorRecordsArrayOffset
	be.PutUint16(out[12:], 0)                  // colorRecordIndices[0]
	for _, c := range colors {
		out = append(out, c[2], c[1], c[0], c[3])
	}
	return out
}
