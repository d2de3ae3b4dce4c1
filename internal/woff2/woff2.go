// Package woff2 decodes WOFF 2.0 font files into the TrueType/OpenType
// (sfnt) files they compress, for layout's font loading.
//
// Input: the bytes of a .woff2 file. Output: an sfnt file (a TTF or OTF,
// or a TTC for a font collection) with its tables in tag order, the glyf
// and loca tables rebuilt from their transformed form and hmtx from its
// transformed form. The decoder follows https://www.w3.org/TR/WOFF2/; the
// Brotli stream is decoded by github.com/andybalholm/brotli.
//
// Bad input returns an error and never panics; the decoded size is bounded
// by the sizes the file declares, which are checked against the limits of
// the format before anything is allocated.
package woff2

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/andybalholm/brotli"
)

// MaxSize bounds the decoded font: larger files are refused. WOFF2 allows
// 4 GiB; browsers (the OpenType Sanitizer) refuse fonts above 30 MiB
// decoded. AD-HOC: 128 MiB here.
const MaxSize = 128 << 20

// Signature is the first four bytes of every WOFF2 file.
const Signature = "wOF2"

var (
	errTruncated = errors.New("woff2: truncated data")
	errTooLarge  = errors.New("woff2: decoded font too large")
)

// knownTags are the tags of the table directory's flag values 0 to 62.
// https://www.w3.org/TR/WOFF2/#table_dir_format
var knownTags = [63]string{
	"cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "cvt ", "fpgm",
	"glyf", "loca", "prep", "CFF ", "VORG", "EBDT", "EBLC", "gasp", "hdmx", "kern",
	"LTSH", "PCLT", "VDMX", "vhea", "vmtx", "BASE", "GDEF", "GPOS", "GSUB", "EBSC",
	"JSTF", "MATH", "CBDT", "CBLC", "COLR", "CPAL", "SVG ", "sbix", "acnt", "avar",
	"bdat", "bloc", "bsln", "cvar", "fdsc", "feat", "fmtx", "fvar", "gvar", "hsty",
	"just", "lcar", "mort", "morx", "opbd", "prop", "trak", "Zapf", "Silf", "Glat",
	"Gloc", "Feat", "Sill",
}

// header is the WOFF2 header.
// https://www.w3.org/TR/WOFF2/#woff20Header
type header struct {
	flavor              uint32
	length              uint32
	numTables           uint16
	totalSfntSize       uint32
	totalCompressedSize uint32
}

const headerSize = 48

// table is one entry of the table directory.
// https://www.w3.org/TR/WOFF2/#table_dir_format
type table struct {
	tag         string
	transformed bool   // the glyf/loca or hmtx transform is applied
	origLength  uint32 // length of the table in the sfnt
	// length is the table's length in the decompressed stream
	// (transformLength when transformed).
	length uint32
	offset uint32 // offset in the decompressed stream
	data   []byte // the sfnt table, once rebuilt
}

// collFont is one font of a collection: indices into the table directory.
type collFont struct {
	flavor uint32
	tables []int
}

// reader reads big-endian values with a sticky error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) need(n int) bool {
	if r.err != nil {
		return false
	}
	if n < 0 || len(r.b)-r.off < n {
		r.err = errTruncated
		return false
	}
	return true
}

func (r *reader) u8() uint8 {
	if !r.need(1) {
		return 0
	}
	r.off++
	return r.b[r.off-1]
}

func (r *reader) u16() uint16 {
	if !r.need(2) {
		return 0
	}
	r.off += 2
	return binary.BigEndian.Uint16(r.b[r.off-2:])
}

func (r *reader) u32() uint32 {
	if !r.need(4) {
		return 0
	}
	r.off += 4
	return binary.BigEndian.Uint32(r.b[r.off-4:])
}

func (r *reader) bytes(n int) []byte {
	if !r.need(n) {
		return nil
	}
	r.off += n
	return r.b[r.off-n : r.off]
}

// base128 reads a UIntBase128.
// https://www.w3.org/TR/WOFF2/#DataTypes
func (r *reader) base128() uint32 {
	var v uint32
	for i := range 5 {
		b := r.u8()
		if r.err != nil {
			return 0
		}
		// No leading zeros.
		if i == 0 && b == 0x80 {
			r.err = errors.New("woff2: UIntBase128 with a leading zero")
			return 0
		}
		// If any of the top seven bits are set then << 7 would overflow.
		if v&0xFE000000 != 0 {
			r.err = errors.New("woff2: UIntBase128 overflow")
			return 0
		}
		v = v<<7 | uint32(b&0x7F)
		if b&0x80 == 0 {
			return v
		}
	}
	r.err = errors.New("woff2: UIntBase128 longer than 5 bytes")
	return 0
}

// u255 reads a 255UInt16.
// https://www.w3.org/TR/WOFF2/#DataTypes
func (r *reader) u255() uint16 {
	const (
		oneMoreByteCode1 = 255
		oneMoreByteCode2 = 254
		wordCode         = 253
		lowestUCode      = 253
	)
	switch code := r.u8(); code {
	case wordCode:
		return r.u16()
	case oneMoreByteCode1:
		return uint16(r.u8()) + lowestUCode
	case oneMoreByteCode2:
		return uint16(r.u8()) + lowestUCode*2
	default:
		return uint16(code)
	}
}

// Decode decodes a WOFF2 file into an sfnt file.
func Decode(data []byte) ([]byte, error) {
	r := &reader{b: data}
	h, err := readHeader(r)
	if err != nil {
		return nil, err
	}
	tables, err := readTableDirectory(r, int(h.numTables))
	if err != nil {
		return nil, err
	}
	fonts := []collFont{{flavor: h.flavor, tables: seq(len(tables))}}
	if h.flavor == ttcfTag {
		if fonts, err = readCollectionDirectory(r, len(tables)); err != nil {
			return nil, err
		}
	}
	stream, err := decompress(r, h, tables)
	if err != nil {
		return nil, err
	}
	if err := reconstruct(stream, tables, fonts); err != nil {
		return nil, err
	}
	if h.flavor == ttcfTag {
		return writeCollection(tables, fonts)
	}
	return writeSFNT(h.flavor, tables, fonts[0].tables)
}

const ttcfTag = 0x74746366 // "ttcf"

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func readHeader(r *reader) (header, error) {
	var h header
	if len(r.b) < headerSize || string(r.b[:4]) != Signature {
		return h, errors.New("woff2: not a WOFF2 file")
	}
	r.off = 4
	h.flavor = r.u32()
	h.length = r.u32()
	h.numTables = r.u16()
	r.u16() // reserved
	h.totalSfntSize = r.u32()
	h.totalCompressedSize = r.u32()
	r.off = headerSize // versions, metadata and private data are not needed
	switch {
	case h.length != uint32(len(r.b)):
		return h, fmt.Errorf("woff2: header length %d, file is %d bytes", h.length, len(r.b))
	case h.numTables == 0:
		return h, errors.New("woff2: no tables")
	}
	return h, nil
}

func readTableDirectory(r *reader, n int) ([]table, error) {
	tables := make([]table, n)
	var offset uint64
	for i := range tables {
		t := &tables[i]
		flags := r.u8()
		if idx := flags & 0x3F; idx == 63 {
			t.tag = string(r.bytes(4))
		} else {
			t.tag = knownTags[idx]
		}
		version := flags >> 6
		t.origLength = r.base128()
		t.length = t.origLength
		switch t.tag {
		case "glyf", "loca":
			// Version 0 is the transform, 3 the null transform.
			t.transformed = version == 0
		default:
			// Version 0 is the null transform; hmtx defines version 1.
			t.transformed = version != 0
			if t.transformed && t.tag != "hmtx" {
				return nil, fmt.Errorf("woff2: table %q with unknown transform %d", t.tag, version)
			}
		}
		if t.transformed {
			t.length = r.base128()
		}
		if r.err != nil {
			return nil, r.err
		}
		if t.tag == "loca" && t.transformed && t.length != 0 {
			return nil, errors.New("woff2: transformed loca table with data")
		}
		t.offset = uint32(offset)
		offset += uint64(t.length)
		if offset > MaxSize || uint64(t.origLength) > MaxSize {
			return nil, errTooLarge
		}
	}
	return tables, nil
}

// readCollectionDirectory reads the CollectionHeader of a WOFF2 collection.
// https://www.w3.org/TR/WOFF2/#collection_dir_format
func readCollectionDirectory(r *reader, numTables int) ([]collFont, error) {
	r.u32() // version
	n := int(r.u255())
	if r.err != nil || n == 0 {
		return nil, errors.New("woff2: bad collection directory")
	}
	fonts := make([]collFont, 0, min(n, 256))
	for range n {
		nt := int(r.u255())
		f := collFont{flavor: r.u32()}
		for range nt {
			idx := int(r.u255())
			if r.err != nil {
				return nil, r.err
			}
			if idx >= numTables {
				return nil, fmt.Errorf("woff2: collection table index %d out of range", idx)
			}
			f.tables = append(f.tables, idx)
		}
		fonts = append(fonts, f)
	}
	return fonts, r.err
}

// decompress inflates the Brotli stream that follows the directories.
func decompress(r *reader, h header, tables []table) ([]byte, error) {
	comp := r.bytes(int(h.totalCompressedSize))
	if r.err != nil {
		return nil, fmt.Errorf("woff2: compressed data: %w", r.err)
	}
	last := tables[len(tables)-1]
	size := int64(last.offset) + int64(last.length)
	// Read through a limit rather than allocating the declared size up
	// front: a small corrupt file cannot claim much memory.
	out, err := io.ReadAll(io.LimitReader(brotli.NewReader(bytes.NewReader(comp)), size+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("woff2: brotli: %w", err)
	case int64(len(out)) != size:
		return nil, fmt.Errorf("woff2: brotli stream holds %d bytes, the tables %d", len(out), size)
	}
	return out, nil
}

// reconstruct fills every table's data from the decompressed stream,
// undoing the transforms.
func reconstruct(stream []byte, tables []table, fonts []collFont) error {
	for i := range tables {
		t := &tables[i]
		if !t.transformed {
			t.data = stream[t.offset : t.offset+t.length]
			if t.length != t.origLength {
				return fmt.Errorf("woff2: table %q length %d, original %d", t.tag, t.length, t.origLength)
			}
		}
	}
	// The glyf/loca and hmtx transforms need other tables of the same font;
	// in a collection a transformed table is shared, so rebuild it once.
	done := make(map[int]bool)
	xMinsOf := make(map[int][]int16) // by glyf table index
	for _, f := range fonts {
		idx := func(tag string) int {
			for _, i := range f.tables {
				if tables[i].tag == tag {
					return i
				}
			}
			return -1
		}
		glyf, loca, hmtx := idx("glyf"), idx("loca"), idx("hmtx")
		if (glyf < 0) != (loca < 0) || glyf >= 0 && tables[glyf].transformed != tables[loca].transformed {
			return errors.New("woff2: glyf and loca must both be present and transformed alike")
		}
		if glyf >= 0 && tables[glyf].transformed && !done[glyf] {
			g := &tables[glyf]
			var locaData []byte
			var err error
			g.data, locaData, xMinsOf[glyf], err = reconstructGlyf(stream[g.offset : g.offset+g.length])
			if err != nil {
				return err
			}
			tables[loca].data = locaData
			done[glyf] = true
		}
		if hmtx >= 0 && tables[hmtx].transformed && !done[hmtx] {
			if err := rebuildHmtx(stream, tables, hmtx, idx("hhea"), xMinsOf[glyf]); err != nil {
				return err
			}
			done[hmtx] = true
		}
	}
	for _, t := range tables {
		if t.data == nil && t.transformed {
			return fmt.Errorf("woff2: transformed table %q not rebuilt", t.tag)
		}
	}
	return nil
}

// rebuildHmtx rebuilds transformed table hmtx of a font whose hhea table
// is tables[hhea] (-1 when missing) and whose glyphs' xMins are known.
func rebuildHmtx(stream []byte, tables []table, hmtx, hhea int, xMins []int16) error {
	h := &tables[hmtx]
	if xMins == nil {
		return errors.New("woff2: transformed hmtx without a transformed glyf table")
	}
	if hhea < 0 || len(tables[hhea].data) < 36 {
		return errors.New("woff2: transformed hmtx without hhea")
	}
	numHMetrics := int(binary.BigEndian.Uint16(tables[hhea].data[34:]))
	var err error
	h.data, err = reconstructHmtx(stream[h.offset:h.offset+h.length], numHMetrics, xMins)
	return err
}

// reconstructHmtx undoes the hmtx transform.
// https://www.w3.org/TR/WOFF2/#hmtx_table_format
//
// AD-HOC: the spec asks that a font whose glyf xMin and lsb differ is not
// transformed; the decoder trusts the encoder and uses xMin.
func reconstructHmtx(data []byte, numHMetrics int, xMins []int16) ([]byte, error) {
	r := &reader{b: data}
	flags := r.u8()
	numGlyphs := len(xMins)
	if numHMetrics < 1 || numHMetrics > numGlyphs {
		return nil, fmt.Errorf("woff2: hmtx: %d hMetrics for %d glyphs", numHMetrics, numGlyphs)
	}
	adv := make([]uint16, numHMetrics)
	for i := range adv {
		adv[i] = r.u16()
	}
	lsb := make([]int16, numGlyphs)
	for i := range lsb {
		lsb[i] = xMins[i]
	}
	if flags&1 == 0 { // proportional lsbs present
		for i := range numHMetrics {
			lsb[i] = int16(r.u16())
		}
	}
	if flags&2 == 0 { // monospaced lsbs present
		for i := numHMetrics; i < numGlyphs; i++ {
			lsb[i] = int16(r.u16())
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("woff2: hmtx: %w", r.err)
	}
	out := make([]byte, 0, 4*numHMetrics+2*(numGlyphs-numHMetrics))
	for i := range numGlyphs {
		if i < numHMetrics {
			out = binary.BigEndian.AppendUint16(out, adv[i])
		}
		out = binary.BigEndian.AppendUint16(out, uint16(lsb[i]))
	}
	return out, nil
}

// checksum is the sfnt table checksum: the sum of the big-endian uint32s of
// the table padded with zeros.
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#calculating-checksums
func checksum(b []byte) uint32 {
	var sum uint32
	for len(b) >= 4 {
		sum += binary.BigEndian.Uint32(b)
		b = b[4:]
	}
	if len(b) > 0 {
		var last [4]byte
		copy(last[:], b)
		sum += binary.BigEndian.Uint32(last[:])
	}
	return sum
}

func pad4(n int) int { return (n + 3) &^ 3 }

// writeSFNT writes one font's offset table and tables, sorted by tag as
// the OpenType spec requires.
func writeSFNT(flavor uint32, tables []table, idx []int) ([]byte, error) {
	out, err := appendSFNT(nil, flavor, tables, idx, 0, nil)
	return out, err
}

// appendSFNT appends a font's offset table at base (its offset in the
// file); the table data goes at the end of the file unless placed already
// (placed maps a table index to its offset in a collection).
func appendSFNT(out []byte, flavor uint32, tables []table, idx []int, base int, placed map[int]int) ([]byte, error) {
	order := append([]int(nil), idx...)
	sort.SliceStable(order, func(a, b int) bool { return tables[order[a]].tag < tables[order[b]].tag })
	n := len(order)
	if n > 0xFFFF {
		return nil, errors.New("woff2: too many tables")
	}
	// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#table-directory
	entrySelector := 0
	for 1<<(entrySelector+1) <= n {
		entrySelector++
	}
	searchRange := (1 << entrySelector) * 16
	dir := make([]byte, 12+16*n)
	be := binary.BigEndian
	be.PutUint32(dir, flavor)
	be.PutUint16(dir[4:], uint16(n))
	be.PutUint16(dir[6:], uint16(searchRange))
	be.PutUint16(dir[8:], uint16(entrySelector))
	be.PutUint16(dir[10:], uint16(n*16-searchRange))
	if len(out) < base+len(dir) {
		out = append(out, make([]byte, base+len(dir)-len(out))...)
	}
	for i, ti := range order {
		t := tables[ti]
		off, ok := placed[ti]
		if !ok {
			off = len(out)
			if off+pad4(len(t.data)) > MaxSize {
				return nil, errTooLarge
			}
			out = append(out, t.data...)
			out = append(out, make([]byte, pad4(len(t.data))-len(t.data))...)
			if placed != nil {
				placed[ti] = off
			}
		}
		e := dir[12+16*i:]
		copy(e, t.tag)
		be.PutUint32(e[4:], checksum(t.data))
		be.PutUint32(e[8:], uint32(off))
		be.PutUint32(e[12:], uint32(len(t.data)))
	}
	copy(out[base:], dir)
	return out, nil
}

// writeCollection writes a TrueType collection: the TTC header, every
// font's offset table, then the tables, each shared table once.
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#ttc-header
func writeCollection(tables []table, fonts []collFont) ([]byte, error) {
	be := binary.BigEndian
	head := 12 + 4*len(fonts)
	size := head
	for _, f := range fonts {
		size += 12 + 16*len(f.tables)
	}
	if size > MaxSize {
		return nil, errTooLarge
	}
	out := make([]byte, size)
	copy(out, "ttcf")
	be.PutUint32(out[4:], 0x00010000) // version 1.0
	be.PutUint32(out[8:], uint32(len(fonts)))
	placed := make(map[int]int)
	base := head
	var err error
	for i, f := range fonts {
		be.PutUint32(out[12+4*i:], uint32(base))
		if out, err = appendSFNT(out, f.flavor, tables, f.tables, base, placed); err != nil {
			return nil, err
		}
		base += 12 + 16*len(f.tables)
	}
	return out, nil
}
