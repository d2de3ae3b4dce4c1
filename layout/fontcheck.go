package layout

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// checkFontData validates the table directories of a TTF/OTF, TTC or WOFF
// file before the parser sees it: every table must lie inside data, and a
// WOFF table's decompressed length must be plausible for its compressed
// length. The parser allocates a table's declared length up front, so a
// corrupt directory would otherwise ask for gigabytes.
//
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#table-directory
// https://learn.microsoft.com/en-us/typography/opentype/spec/otff#ttc-header
// https://www.w3.org/TR/WOFF/#TableDirectory
func checkFontData(data []byte) error {
	if len(data) < 12 {
		return errors.New("file too short")
	}
	switch string(data[:4]) {
	case "wOFF":
		return checkWOFF(data)
	case "ttcf":
		n := be32(data, 8)
		if n == 0 || n > 1<<16 || 12+4*uint64(n) > uint64(len(data)) {
			return fmt.Errorf("bad collection header (%d fonts)", n)
		}
		for i := range uint64(n) {
			if err := checkSFNT(data, uint64(be32(data, 12+4*i))); err != nil {
				return fmt.Errorf("collection font %d: %w", i, err)
			}
		}
		return nil
	case "\x00\x01\x00\x00", "OTTO", "true", "typ1":
		return checkSFNT(data, 0)
	}
	return fmt.Errorf("unknown font format %q", data[:4])
}

// checkSFNT checks the table directory at off.
func checkSFNT(data []byte, off uint64) error {
	if off+12 > uint64(len(data)) {
		return errors.New("table directory outside the file")
	}
	n := uint64(binary.BigEndian.Uint16(data[off+4:]))
	if off+12+16*n > uint64(len(data)) {
		return fmt.Errorf("table directory of %d tables outside the file", n)
	}
	for i := range n {
		rec := off + 12 + 16*i
		tOff, tLen := uint64(be32(data, rec+8)), uint64(be32(data, rec+12))
		if tOff+tLen > uint64(len(data)) {
			return fmt.Errorf("table %q outside the file", data[rec:rec+4])
		}
	}
	return nil
}

// maxZlibRatio bounds a zlib stream's expansion (deflate's limit is about
// 1032:1), with slack for tiny tables.
const maxZlibRatio = 1100

// checkWOFF checks a WOFF 1.0 table directory.
func checkWOFF(data []byte) error {
	if len(data) < 44 {
		return errors.New("WOFF header too short")
	}
	n := uint64(binary.BigEndian.Uint16(data[12:]))
	if 44+20*n > uint64(len(data)) {
		return fmt.Errorf("WOFF directory of %d tables outside the file", n)
	}
	for i := range n {
		e := 44 + 20*i
		off, comp, orig := uint64(be32(data, e+4)), uint64(be32(data, e+8)), uint64(be32(data, e+12))
		switch {
		case off+comp > uint64(len(data)):
			return fmt.Errorf("WOFF table %q outside the file", data[e:e+4])
		case comp > orig:
			return fmt.Errorf("WOFF table %q: compressed length %d > original %d", data[e:e+4], comp, orig)
		case orig > comp*maxZlibRatio+1024:
			return fmt.Errorf("WOFF table %q: implausible original length %d", data[e:e+4], orig)
		}
	}
	return nil
}

func be32(b []byte, off uint64) uint32 { return binary.BigEndian.Uint32(b[off:]) }
