package woff2

import (
	"bytes"
	"encoding/binary"
	"os"
	"sort"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// webfonts is a directory of the shared corpus with TTF and WOFF2 files of
// the same fonts (Font Awesome 5, SIL OFL).
const webfonts = "../../../shared/corpus/sites/startbootstrap-sb-admin-2/vendor/fontawesome-free/webfonts/"

// sfntTables returns the tables of an sfnt file by tag.
func sfntTables(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	n := int(binary.BigEndian.Uint16(b[4:]))
	m := make(map[string][]byte, n)
	for i := range n {
		e := b[12+16*i:]
		off, l := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
		if uint64(off)+uint64(l) > uint64(len(b)) {
			t.Fatalf("table %q outside the file", e[:4])
		}
		m[string(e[:4])] = b[off : off+l]
	}
	return m
}

func loadFont(t *testing.T, b []byte) *font.Font {
	t.Helper()
	lds, err := ot.NewLoaders(bytes.NewReader(b))
	if err != nil || len(lds) != 1 {
		t.Fatalf("load: %v (%d faces)", err, len(lds))
	}
	f, err := font.NewFont(lds[0])
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return f
}

// TestDecodeCorpus decodes real WOFF2 files (transformed glyf and loca) and
// checks every glyph's outline, advance and every untransformed table against
// the TTF they were made from.
func TestDecodeCorpus(t *testing.T) {
	for _, name := range []string{"fa-regular-400", "fa-solid-900", "fa-brands-400"} {
		t.Run(name, func(t *testing.T) {
			w, err := os.ReadFile(webfonts + name + ".woff2")
			if err != nil {
				t.Skipf("corpus not available: %v", err)
			}
			ttf, err := os.ReadFile(webfonts + name + ".ttf")
			if err != nil {
				t.Skipf("corpus not available: %v", err)
			}
			got, err := Decode(w)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			want, have := sfntTables(t, ttf), sfntTables(t, got)
			for tag, data := range want {
				switch tag {
				case "glyf", "loca", "DSIG", "head":
					continue // re-encoded, or dropped by encoders
				}
				if !bytes.Equal(have[tag], data) {
					t.Errorf("table %q differs (%d bytes, want %d)", tag, len(have[tag]), len(data))
				}
			}
			a, b := loadFont(t, ttf), loadFont(t, got)
			fa, fb := font.NewFace(a), font.NewFace(b)
			n := int(binary.BigEndian.Uint16(want["maxp"][4:]))
			if m := int(binary.BigEndian.Uint16(have["maxp"][4:])); m != n {
				t.Fatalf("%d glyphs, want %d", m, n)
			}
			for g := range n {
				oa, oka := fa.GlyphDataOutline(font.GID(g))
				ob, okb := fb.GlyphDataOutline(font.GID(g))
				if oka != okb || len(oa.Segments) != len(ob.Segments) {
					t.Fatalf("glyph %d: %d segments, want %d", g, len(ob.Segments), len(oa.Segments))
				}
				for k := range oa.Segments {
					if oa.Segments[k] != ob.Segments[k] {
						t.Fatalf("glyph %d segment %d: %v, want %v", g, k, ob.Segments[k], oa.Segments[k])
					}
				}
				if fa.HorizontalAdvance(font.GID(g)) != fb.HorizontalAdvance(font.GID(g)) {
					t.Fatalf("glyph %d: advance differs", g)
				}
			}
		})
	}
}

// encodeNull builds a WOFF2 file from an sfnt with every table under the
// null transform (glyf and loca as version 3).
func encodeNull(t testing.TB, sfnt []byte) []byte {
	t.Helper()
	be := binary.BigEndian
	n := int(be.Uint16(sfnt[4:]))
	type tab struct {
		tag  string
		data []byte
	}
	var tabs []tab
	for i := range n {
		e := sfnt[12+16*i:]
		off, l := be.Uint32(e[8:]), be.Uint32(e[12:])
		tabs = append(tabs, tab{string(e[:4]), sfnt[off : off+l]})
	}
	sort.Slice(tabs, func(a, b int) bool { return tabs[a].tag < tabs[b].tag })
	var dir, stream bytes.Buffer
	for _, tb := range tabs {
		idx := -1
		for k, kt := range knownTags {
			if kt == tb.tag {
				idx = k
			}
		}
		version := byte(0)
		if tb.tag == "glyf" || tb.tag == "loca" {
			version = 3
		}
		if idx < 0 {
			dir.WriteByte(63 | version<<6)
			dir.WriteString(tb.tag)
		} else {
			dir.WriteByte(byte(idx) | version<<6)
		}
		dir.Write(base128(uint32(len(tb.data))))
		stream.Write(tb.data)
	}
	var comp bytes.Buffer
	bw := brotli.NewWriterLevel(&comp, 5)
	bw.Write(stream.Bytes())
	bw.Close()
	h := make([]byte, headerSize)
	copy(h, Signature)
	copy(h[4:], sfnt[:4])
	total := headerSize + dir.Len() + comp.Len()
	be.PutUint32(h[8:], uint32(total))
	be.PutUint16(h[12:], uint16(n))
	be.PutUint32(h[16:], uint32(len(sfnt)))
	be.PutUint32(h[20:], uint32(comp.Len()))
	out := append(h, dir.Bytes()...)
	return append(out, comp.Bytes()...)
}

func base128(v uint32) []byte {
	var out []byte
	for {
		out = append([]byte{byte(v & 0x7F)}, out...)
		v >>= 7
		if v == 0 {
			break
		}
	}
	for i := range len(out) - 1 {
		out[i] |= 0x80
	}
	return out
}

func TestDecodeNullTransform(t *testing.T) {
	w := encodeNull(t, goregular.TTF)
	got, err := Decode(w)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	want, have := sfntTables(t, goregular.TTF), sfntTables(t, got)
	if len(want) != len(have) {
		t.Errorf("%d tables, want %d", len(have), len(want))
	}
	for tag, data := range want {
		if !bytes.Equal(have[tag], data) {
			t.Errorf("table %q differs", tag)
		}
	}
	// Tables are in tag order with correct checksums.
	n := int(binary.BigEndian.Uint16(got[4:]))
	for i := range n {
		e := got[12+16*i:]
		if i > 0 && string(e[:4]) <= string(got[12+16*(i-1):][:4]) {
			t.Errorf("table %q out of order", e[:4])
		}
		if binary.BigEndian.Uint32(e[4:]) != checksum(have[string(e[:4])]) {
			t.Errorf("table %q: bad checksum", e[:4])
		}
	}
	loadFont(t, got)
}

func TestDataTypes(t *testing.T) {
	tests := []struct {
		in   []byte
		u255 uint16
	}{
		{[]byte{0}, 0},
		{[]byte{252}, 252},
		{[]byte{255, 0}, 253},
		{[]byte{255, 252}, 505},
		{[]byte{254, 0}, 506},
		{[]byte{254, 255}, 761},
		{[]byte{253, 0x12, 0x34}, 0x1234},
	}
	for _, tc := range tests {
		r := &reader{b: tc.in}
		if got := r.u255(); got != tc.u255 || r.err != nil || r.off != len(tc.in) {
			t.Errorf("255UInt16 % x = %d (err %v), want %d", tc.in, got, r.err, tc.u255)
		}
	}
	b128 := []struct {
		in  []byte
		v   uint32
		bad bool
	}{
		{[]byte{0x3F}, 63, false},
		{[]byte{0x81, 0x00}, 128, false},
		{[]byte{0x8F, 0xFF, 0xFF, 0xFF, 0x7F}, 0xFFFFFFFF, false},
		{[]byte{0x80, 0x01}, 0, true},                   // leading zero
		{[]byte{0x90, 0x80, 0x80, 0x80, 0x00}, 0, true}, // overflow
		{[]byte{0x81, 0x81, 0x81, 0x81, 0x81, 0x01}, 0, true},
		{[]byte{0x81}, 0, true}, // truncated
	}
	for _, tc := range b128 {
		r := &reader{b: tc.in}
		got := r.base128()
		if (r.err != nil) != tc.bad || !tc.bad && got != tc.v {
			t.Errorf("UIntBase128 % x = %d (err %v), want %d (bad %v)", tc.in, got, r.err, tc.v, tc.bad)
		}
	}
	for _, v := range []uint32{0, 1, 127, 128, 300, 1 << 20, 0xFFFFFFFF} {
		r := &reader{b: base128(v)}
		if got := r.base128(); got != v || r.err != nil {
			t.Errorf("base128 round trip %d = %d (%v)", v, got, r.err)
		}
	}
}

// TestTriplets checks the triplet decoding table of the spec
// (https://www.w3.org/TR/WOFF2/#triplet_decoding) on one flag per row.
func TestTriplets(t *testing.T) {
	tests := []struct {
		flag   byte
		in     []byte
		dx, dy int32
	}{
		{0, []byte{5}, 0, -5},
		{1, []byte{5}, 0, 5},
		{3, []byte{5}, 0, 256 + 5},
		{9, []byte{255}, 0, 1024 + 255},
		{10, []byte{7}, -7, 0},
		{11, []byte{7}, 7, 0},
		{13, []byte{7}, 256 + 7, 0},
		{20, []byte{0x00}, -1, -1},
		{23, []byte{0x21}, 1 + 2, 1 + 1},      // both positive
		{20 + 0x3C + 3, []byte{0xFF}, 64, 64}, // b0 = 0x3F
		{84, []byte{1, 2}, -2, -3},
		{84 + 12*2 + 4 + 3, []byte{1, 2}, 1 + 512 + 1, 1 + 256 + 2},
		{120, []byte{0x12, 0x34, 0x56}, -0x123, -0x456},
		{123, []byte{0x12, 0x34, 0x56}, 0x123, 0x456},
		{124, []byte{0x12, 0x34, 0x56, 0x78}, -0x1234, -0x5678},
		{127, []byte{0x12, 0x34, 0x56, 0x78}, 0x1234, 0x5678},
	}
	for _, tc := range tests {
		s := &glyfStreams{glyph: reader{b: tc.in}}
		dx, dy, err := s.triplet(tc.flag)
		if err != nil || dx != tc.dx || dy != tc.dy || s.glyph.off != len(tc.in) {
			t.Errorf("triplet %d % x = %d,%d (err %v, %d bytes), want %d,%d", tc.flag, tc.in, dx, dy, err, s.glyph.off, tc.dx, tc.dy)
		}
	}
}

// TestBadInput: truncated and corrupted files return errors, never panic.
func TestBadInput(t *testing.T) {
	good := encodeNull(t, goregular.TTF)
	if w, err := os.ReadFile(webfonts + "fa-regular-400.woff2"); err == nil {
		good = w
	}
	for _, n := range []int{0, 4, 47, 48, 60, 100, len(good) / 2, len(good) - 1} {
		if _, err := Decode(good[:n]); err == nil {
			t.Errorf("Decode(first %d bytes) = nil error", n)
		}
	}
	// Flip bytes through the header, directory and stream.
	for i := 4; i < len(good); i += 1 + i/8 {
		b := bytes.Clone(good)
		b[i] ^= 0xA5
		Decode(b) // must not panic
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encodeNull(f, goregular.TTF))
	f.Add(encodeCollection(f, goregular.TTF, gomono.TTF))
	if w, err := os.ReadFile(webfonts + "fa-regular-400.woff2"); err == nil {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		Decode(b)
	})
}

// encodeCollection builds a WOFF2 collection of sfnt files with the null
// transform, each font with its own tables.
// https://www.w3.org/TR/WOFF2/#collection_dir_format
func encodeCollection(t testing.TB, fonts ...[]byte) []byte {
	t.Helper()
	be := binary.BigEndian
	var dir, coll, stream bytes.Buffer
	coll.Write([]byte{0, 1, 0, 0}) // version 1.0
	coll.WriteByte(byte(len(fonts)))
	idx := 0
	for _, sfnt := range fonts {
		n := int(be.Uint16(sfnt[4:]))
		coll.WriteByte(byte(n))
		coll.Write(sfnt[:4])
		for i := range n {
			e := sfnt[12+16*i:]
			off, l := be.Uint32(e[8:]), be.Uint32(e[12:])
			tag := string(e[:4])
			version := byte(0)
			if tag == "glyf" || tag == "loca" {
				version = 3
			}
			dir.WriteByte(63 | version<<6)
			dir.WriteString(tag)
			dir.Write(base128(l))
			stream.Write(sfnt[off : off+l])
			coll.WriteByte(byte(idx)) // 255UInt16 below 253
			idx++
		}
	}
	var comp bytes.Buffer
	bw := brotli.NewWriterLevel(&comp, 5)
	bw.Write(stream.Bytes())
	bw.Close()
	h := make([]byte, headerSize)
	copy(h, Signature)
	copy(h[4:], "ttcf")
	be.PutUint32(h[8:], uint32(headerSize+dir.Len()+coll.Len()+comp.Len()))
	be.PutUint16(h[12:], uint16(idx))
	be.PutUint32(h[20:], uint32(comp.Len()))
	out := append(append(append(h, dir.Bytes()...), coll.Bytes()...), comp.Bytes()...)
	return out
}

func TestDecodeCollection(t *testing.T) {
	w := encodeCollection(t, goregular.TTF, gomono.TTF)
	got, err := Decode(w)
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	lds, err := ot.NewLoaders(bytes.NewReader(got))
	if err != nil || len(lds) != 2 {
		t.Fatalf("TTC: %v, %d faces", err, len(lds))
	}
	for i, src := range [][]byte{goregular.TTF, gomono.TTF} {
		want := sfntTables(t, src)
		off := binary.BigEndian.Uint32(got[12+4*i:])
		n := int(binary.BigEndian.Uint16(got[off+4:]))
		if n != len(want) {
			t.Fatalf("font %d: %d tables, want %d", i, n, len(want))
		}
		for k := range n {
			e := got[int(off)+12+16*k:]
			to, tl := binary.BigEndian.Uint32(e[8:]), binary.BigEndian.Uint32(e[12:])
			if !bytes.Equal(got[to:to+tl], want[string(e[:4])]) {
				t.Errorf("font %d table %q differs", i, e[:4])
			}
		}
		if _, err := font.NewFont(lds[i]); err != nil {
			t.Errorf("font %d: %v", i, err)
		}
	}
}
