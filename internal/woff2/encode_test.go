package woff2

import (
	"bytes"
	"encoding/binary"
	"sort"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-text/typesetting/font"
	"golang.org/x/image/font/gofont/goregular"
)

// A WOFF2 encoder with the glyf/loca and hmtx transforms, for tests: it
// makes transformed files from fonts with composite glyphs, instructions
// and every triplet form, which the corpus files alone do not cover.
// https://www.w3.org/TR/WOFF2/#glyf_table_format

type glyfEncoder struct {
	nContour, nPoints, flag, glyph, composite, bbox, instruction bytes.Buffer
	bboxBitmap                                                   []byte
	xMins                                                        []int16
}

func (e *glyfEncoder) u255(b *bytes.Buffer, v int) {
	switch {
	case v < 253:
		b.WriteByte(byte(v))
	case v < 506:
		b.WriteByte(255)
		b.WriteByte(byte(v - 253))
	case v < 762:
		b.WriteByte(254)
		b.WriteByte(byte(v - 506))
	default:
		b.WriteByte(253)
		binary.Write(b, binary.BigEndian, uint16(v))
	}
}

// triplet writes a point delta, as the reference encoder does.
func (e *glyfEncoder) triplet(onCurve bool, x, y int) {
	abs := func(v int) int { return max(v, -v) }
	ax, ay := abs(x), abs(y)
	on := 0
	if !onCurve {
		on = 128
	}
	xs, ys := 0, 0
	if x >= 0 {
		xs = 1
	}
	if y >= 0 {
		ys = 1
	}
	xy := xs + 2*ys
	g := &e.glyph
	switch {
	case x == 0 && ay < 1280:
		e.flag.WriteByte(byte(on + (ay&0xF00)>>7 + ys))
		g.WriteByte(byte(ay))
	case y == 0 && ax < 1280:
		e.flag.WriteByte(byte(on + 10 + (ax&0xF00)>>7 + xs))
		g.WriteByte(byte(ax))
	case ax < 65 && ay < 65:
		e.flag.WriteByte(byte(on + 20 + (ax-1)&0x30 + ((ay-1)&0x30)>>2 + xy))
		g.WriteByte(byte((ax-1)&0xF<<4 | (ay-1)&0xF))
	case ax < 769 && ay < 769:
		e.flag.WriteByte(byte(on + 84 + 12*(((ax-1)&0x300)>>8) + ((ay-1)&0x300)>>6 + xy))
		g.WriteByte(byte(ax - 1))
		g.WriteByte(byte(ay - 1))
	case ax < 4096 && ay < 4096:
		e.flag.WriteByte(byte(on + 120 + xy))
		g.Write([]byte{byte(ax >> 4), byte(ax&0xF<<4 | ay>>8), byte(ay)})
	default:
		e.flag.WriteByte(byte(on + 124 + xy))
		g.Write([]byte{byte(ax >> 8), byte(ax), byte(ay >> 8), byte(ay)})
	}
}

// simple parses a TrueType simple glyph and writes it to the streams.
func (e *glyfEncoder) simple(t *testing.T, i int, g []byte) {
	be := binary.BigEndian
	n := int(int16(be.Uint16(g)))
	var bbox [4]int16
	for k := range bbox {
		bbox[k] = int16(be.Uint16(g[2+2*k:]))
	}
	e.xMins[i] = bbox[0]
	p := 10
	total := 0
	for c := range n {
		end := int(be.Uint16(g[p+2*c:])) + 1
		e.u255(&e.nPoints, end-total)
		total = end
	}
	p += 2 * n
	nIns := int(be.Uint16(g[p:]))
	ins := g[p+2 : p+2+nIns]
	p += 2 + nIns
	flags := make([]byte, 0, total)
	for len(flags) < total {
		f := g[p]
		p++
		flags = append(flags, f)
		if f&0x08 != 0 {
			for range g[p] {
				flags = append(flags, f)
			}
			p++
		}
	}
	coords := func(short, same byte) []int {
		vs := make([]int, total)
		v := 0
		for k, f := range flags {
			switch {
			case f&short != 0:
				d := int(g[p])
				p++
				if f&same == 0 {
					d = -d
				}
				v += d
			case f&same == 0:
				v += int(int16(be.Uint16(g[p:])))
				p += 2
			}
			vs[k] = v
		}
		return vs
	}
	xs := coords(0x02, 0x10)
	ys := coords(0x04, 0x20)
	px, py := 0, 0
	pts := make([]point, total)
	for k := range total {
		e.triplet(flags[k]&1 != 0, xs[k]-px, ys[k]-py)
		px, py = xs[k], ys[k]
		pts[k] = point{x: int32(xs[k]), y: int32(ys[k])}
	}
	e.u255(&e.glyph, nIns)
	e.instruction.Write(ins)
	if boundingBox(pts) != bbox {
		e.bboxBitmap[i>>3] |= 0x80 >> (i & 7)
		binary.Write(&e.bbox, be, bbox)
	}
}

// compositeGlyph writes a composite glyph to the streams.
func (e *glyfEncoder) compositeGlyph(i int, g []byte) {
	be := binary.BigEndian
	e.xMins[i] = int16(be.Uint16(g[2:]))
	e.bboxBitmap[i>>3] |= 0x80 >> (i & 7)
	e.bbox.Write(g[2:10])
	p := 10
	ins := false
	for {
		flags := be.Uint16(g[p:])
		n := 4 + 2
		if flags&argsAreWords != 0 {
			n += 2
		}
		switch {
		case flags&weHaveAScale != 0:
			n += 2
		case flags&weHaveAnXAndYScale != 0:
			n += 4
		case flags&weHaveATwoByTwo != 0:
			n += 8
		}
		e.composite.Write(g[p : p+n])
		p += n
		ins = ins || flags&weHaveInstructions != 0
		if flags&moreComponents == 0 {
			break
		}
	}
	if ins {
		nIns := int(be.Uint16(g[p:]))
		e.u255(&e.glyph, nIns)
		e.instruction.Write(g[p+2 : p+2+nIns])
	}
}

// transformGlyf returns the transformed glyf table and each glyph's xMin.
func transformGlyf(t *testing.T, tabs map[string][]byte) ([]byte, []int16) {
	be := binary.BigEndian
	numGlyphs := int(be.Uint16(tabs["maxp"][4:]))
	longLoca := be.Uint16(tabs["head"][50:]) == 1
	off := func(i int) int {
		if longLoca {
			return int(be.Uint32(tabs["loca"][4*i:]))
		}
		return 2 * int(be.Uint16(tabs["loca"][2*i:]))
	}
	e := &glyfEncoder{bboxBitmap: make([]byte, 4*((numGlyphs+31)/32)), xMins: make([]int16, numGlyphs)}
	for i := range numGlyphs {
		g := tabs["glyf"][off(i):off(i+1)]
		switch {
		case len(g) == 0:
			binary.Write(&e.nContour, be, int16(0))
		case int16(be.Uint16(g)) < 0:
			binary.Write(&e.nContour, be, int16(-1))
			e.compositeGlyph(i, g)
		default:
			e.nContour.Write(g[:2])
			e.simple(t, i, g)
		}
	}
	var out bytes.Buffer
	indexFormat := uint16(0)
	if longLoca {
		indexFormat = 1
	}
	binary.Write(&out, be, []uint16{0, 0, uint16(numGlyphs), indexFormat})
	e.bbox = *bytes.NewBuffer(append(e.bboxBitmap, e.bbox.Bytes()...))
	streams := []*bytes.Buffer{&e.nContour, &e.nPoints, &e.flag, &e.glyph, &e.composite, &e.bbox, &e.instruction}
	for _, s := range streams {
		binary.Write(&out, be, uint32(s.Len()))
	}
	for _, s := range streams {
		out.Write(s.Bytes())
	}
	return out.Bytes(), e.xMins
}

// transformHmtx returns the transformed hmtx table, or nil when some left
// side bearing is not its glyph's xMin.
func transformHmtx(tabs map[string][]byte, xMins []int16) []byte {
	be := binary.BigEndian
	nh := int(be.Uint16(tabs["hhea"][34:]))
	h := tabs["hmtx"]
	out := []byte{3} // both lsb arrays omitted
	for i := range xMins {
		var lsb int16
		if i < nh {
			out = append(out, h[4*i:4*i+2]...)
			lsb = int16(be.Uint16(h[4*i+2:]))
		} else {
			lsb = int16(be.Uint16(h[4*nh+2*(i-nh):]))
		}
		if lsb != xMins[i] {
			return nil
		}
	}
	return out
}

// encodeTransformed builds a WOFF2 file with the glyf/loca transform, and
// the hmtx transform when the font allows it; it reports whether hmtx was
// transformed.
func encodeTransformed(t *testing.T, sfnt []byte) ([]byte, bool) {
	tabs := sfntTables(t, sfnt)
	glyf, xMins := transformGlyf(t, tabs)
	hmtx := transformHmtx(tabs, xMins)
	tags := make([]string, 0, len(tabs))
	for tag := range tabs {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	var dir, stream bytes.Buffer
	for _, tag := range tags {
		idx := 63
		for k, kt := range knownTags {
			if kt == tag {
				idx = k
			}
		}
		data, version, transformed := tabs[tag], 0, false
		switch {
		case tag == "glyf":
			data, transformed = glyf, true
		case tag == "loca":
			data, transformed = nil, true
		case tag == "hmtx" && hmtx != nil:
			data, version, transformed = hmtx, 1, true
		}
		dir.WriteByte(byte(idx | version<<6))
		if idx == 63 {
			dir.WriteString(tag)
		}
		dir.Write(base128(uint32(len(tabs[tag]))))
		if transformed {
			dir.Write(base128(uint32(len(data))))
		}
		stream.Write(data)
	}
	var comp bytes.Buffer
	bw := brotli.NewWriterLevel(&comp, 5)
	bw.Write(stream.Bytes())
	bw.Close()
	be := binary.BigEndian
	h := make([]byte, headerSize)
	copy(h, Signature)
	copy(h[4:], sfnt[:4])
	be.PutUint32(h[8:], uint32(headerSize+dir.Len()+comp.Len()))
	be.PutUint16(h[12:], uint16(len(tags)))
	be.PutUint32(h[20:], uint32(comp.Len()))
	out := append(append(h, dir.Bytes()...), comp.Bytes()...)
	return out, hmtx != nil
}

// TestDecodeTransformed round-trips fonts through the glyf/loca (and hmtx)
// transforms: every glyph outline, advance and side bearing must survive.
func TestDecodeTransformed(t *testing.T) {
	fonts := map[string][]byte{
		"Go Regular":              goregular.TTF,
		"Liberation Sans Bold":    liberationsansbold.TTF,
		"Liberation Serif Italic": liberationserifitalic.TTF,
	}
	names := []string{"Go Regular", "Liberation Sans Bold", "Liberation Serif Italic"}
	var compositeBytes uint32
	for _, name := range names {
		ttf := fonts[name]
		w, hmtxDone := encodeTransformed(t, ttf)
		got, err := Decode(w)
		if err != nil {
			t.Fatalf("%s: Decode: %v", name, err)
		}
		want, have := sfntTables(t, ttf), sfntTables(t, got)
		for tag, data := range want {
			if tag != "glyf" && tag != "loca" && !bytes.Equal(have[tag], data) {
				t.Errorf("%s: table %q differs (hmtx transformed: %v)", name, tag, hmtxDone)
			}
		}
		a, b := loadFont(t, ttf), loadFont(t, got)
		fa, fb := font.NewFace(a), font.NewFace(b)
		n := int(binary.BigEndian.Uint16(want["maxp"][4:]))
		for g := range n {
			oa, _ := fa.GlyphDataOutline(font.GID(g))
			ob, _ := fb.GlyphDataOutline(font.GID(g))
			if len(oa.Segments) != len(ob.Segments) {
				t.Fatalf("%s glyph %d: %d segments, want %d", name, g, len(ob.Segments), len(oa.Segments))
			}
			for k := range oa.Segments {
				if oa.Segments[k] != ob.Segments[k] {
					t.Fatalf("%s glyph %d segment %d: %v, want %v", name, g, k, ob.Segments[k], oa.Segments[k])
				}
			}
		}
		tg, _ := transformGlyf(t, want)
		compositeBytes += binary.BigEndian.Uint32(tg[24:])
		t.Logf("%s: %d glyphs, %d bytes as WOFF2, hmtx transformed %v", name, n, len(w), hmtxDone)
	}
	// The round trips must have covered composite glyphs (Liberation has
	// accented letters built from components).
	if compositeBytes == 0 {
		t.Errorf("no composite glyphs encoded")
	}
}
