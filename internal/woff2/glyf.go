package woff2

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The glyf and loca table transform.
// https://www.w3.org/TR/WOFF2/#glyf_table_format

// glyfStreams are the seven substreams of a transformed glyf table, and
// the optional overlap bitmap.
type glyfStreams struct {
	nContour, nPoints, flag, glyph, composite, bbox, instruction reader
	bboxBitmap                                                   []byte
	overlap                                                      []byte // nil when absent
}

// TrueType simple glyph flags.
// https://learn.microsoft.com/en-us/typography/opentype/spec/glyf#simple-glyph-description
const (
	onCurvePoint        = 0x01
	xShortVector        = 0x02
	yShortVector        = 0x04
	xIsSameOrPositive   = 0x10
	yIsSameOrPositive   = 0x20
	overlapSimple       = 0x40
	argsAreWords        = 0x0001
	weHaveAScale        = 0x0008
	moreComponents      = 0x0020
	weHaveAnXAndYScale  = 0x0040
	weHaveATwoByTwo     = 0x0080
	weHaveInstructions  = 0x0100
	maxPointsPerContour = 0xFFFF
)

// reconstructGlyf rebuilds the glyf and loca tables from a transformed glyf
// table, and returns each glyph's xMin (for the hmtx transform).
func reconstructGlyf(data []byte) (glyf, loca []byte, xMins []int16, err error) {
	r := &reader{b: data}
	r.u16() // reserved
	optionFlags := r.u16()
	numGlyphs := int(r.u16())
	indexFormat := r.u16()
	var sizes [7]uint32
	for i := range sizes {
		sizes[i] = r.u32()
	}
	if r.err != nil {
		return nil, nil, nil, fmt.Errorf("woff2: glyf header: %w", r.err)
	}
	var s glyfStreams
	for i, p := range []*reader{&s.nContour, &s.nPoints, &s.flag, &s.glyph, &s.composite, &s.bbox, &s.instruction} {
		*p = reader{b: r.bytes(int(sizes[i]))}
	}
	if r.err != nil {
		return nil, nil, nil, fmt.Errorf("woff2: glyf streams: %w", r.err)
	}
	bitmapLen := 4 * ((numGlyphs + 31) / 32)
	s.bboxBitmap = s.bbox.bytes(bitmapLen)
	if optionFlags&1 != 0 {
		s.overlap = r.bytes((numGlyphs + 7) / 8)
	}
	if s.bbox.err != nil || r.err != nil {
		return nil, nil, nil, errors.New("woff2: glyf bounding box or overlap bitmap truncated")
	}
	offsets := make([]uint32, numGlyphs+1)
	xMins = make([]int16, numGlyphs)
	for i := range numGlyphs {
		offsets[i] = uint32(len(glyf))
		var xMin int16
		glyf, xMin, err = s.glyph1(glyf, i)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("woff2: glyph %d: %w", i, err)
		}
		xMins[i] = xMin
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		if len(glyf) > MaxSize {
			return nil, nil, nil, errTooLarge
		}
	}
	offsets[numGlyphs] = uint32(len(glyf))
	loca, err = writeLoca(offsets, indexFormat)
	return glyf, loca, xMins, err
}

// writeLoca writes the loca table in the short (offset/2 as uint16) or long
// format.
func writeLoca(offsets []uint32, indexFormat uint16) ([]byte, error) {
	var out []byte
	for _, o := range offsets {
		if indexFormat == 0 {
			if o/2 > 0xFFFF {
				return nil, errors.New("woff2: glyf too large for the short loca format")
			}
			out = binary.BigEndian.AppendUint16(out, uint16(o/2))
		} else {
			out = binary.BigEndian.AppendUint32(out, o)
		}
	}
	return out, nil
}

// hasBBox reports whether glyph i's bounding box is stored explicitly.
func (s *glyfStreams) hasBBox(i int) bool {
	return s.bboxBitmap[i>>3]&(0x80>>(i&7)) != 0
}

// glyph1 appends glyph i to glyf and returns its xMin.
func (s *glyfStreams) glyph1(glyf []byte, i int) ([]byte, int16, error) {
	nContours := int16(s.nContour.u16())
	if s.nContour.err != nil {
		return nil, 0, errTruncated
	}
	switch {
	case nContours == 0:
		// An empty glyph: no bounding box may be given.
		if s.hasBBox(i) {
			return nil, 0, errors.New("empty glyph with a bounding box")
		}
		return glyf, 0, nil
	case nContours == -1:
		return s.compositeGlyph(glyf, i)
	case nContours < 0:
		return nil, 0, fmt.Errorf("bad contour count %d", nContours)
	}
	return s.simpleGlyph(glyf, i, int(nContours))
}

// compositeGlyph appends a composite glyph: its bounding box must be
// explicit; the components are copied from the composite stream.
func (s *glyfStreams) compositeGlyph(glyf []byte, i int) ([]byte, int16, error) {
	if !s.hasBBox(i) {
		return nil, 0, errors.New("composite glyph without a bounding box")
	}
	bbox := s.bbox.bytes(8)
	start := s.composite.off
	instructions := false
	for {
		flags := s.composite.u16()
		s.composite.u16() // glyphIndex
		n := 2
		if flags&argsAreWords != 0 {
			n = 4
		}
		switch {
		case flags&weHaveAScale != 0:
			n += 2
		case flags&weHaveAnXAndYScale != 0:
			n += 4
		case flags&weHaveATwoByTwo != 0:
			n += 8
		}
		s.composite.bytes(n)
		instructions = instructions || flags&weHaveInstructions != 0
		if s.composite.err != nil || flags&moreComponents == 0 {
			break
		}
	}
	if s.composite.err != nil || s.bbox.err != nil {
		return nil, 0, errTruncated
	}
	glyf = binary.BigEndian.AppendUint16(glyf, 0xFFFF) // numberOfContours -1
	glyf = append(glyf, bbox...)
	glyf = append(glyf, s.composite.b[start:s.composite.off]...)
	if instructions {
		n := s.glyph.u255()
		ins := s.instruction.bytes(int(n))
		if s.glyph.err != nil || s.instruction.err != nil {
			return nil, 0, errTruncated
		}
		glyf = binary.BigEndian.AppendUint16(glyf, n)
		glyf = append(glyf, ins...)
	}
	return glyf, int16(binary.BigEndian.Uint16(bbox)), nil
}

// point is a decoded glyph point in absolute font units.
type point struct {
	x, y    int32
	onCurve bool
}

// simpleGlyph appends a simple glyph with nContours contours.
func (s *glyfStreams) simpleGlyph(glyf []byte, i, nContours int) ([]byte, int16, error) {
	endPts := make([]uint16, nContours)
	total := 0
	for c := range endPts {
		n := int(s.nPoints.u255())
		total += n
		if s.nPoints.err != nil || total > maxPointsPerContour+1 || total == 0 {
			return nil, 0, errors.New("bad point counts")
		}
		endPts[c] = uint16(total - 1)
	}
	// Every point takes a flag byte: the flag stream bounds the count.
	if total > len(s.flag.b)-s.flag.off {
		return nil, 0, errTruncated
	}
	pts := make([]point, total)
	var x, y int32
	for p := range pts {
		flag := s.flag.u8()
		dx, dy, err := s.triplet(flag & 0x7F)
		if err != nil {
			return nil, 0, err
		}
		x, y = x+dx, y+dy
		pts[p] = point{x: x, y: y, onCurve: flag&0x80 == 0}
	}
	nIns := s.glyph.u255()
	ins := s.instruction.bytes(int(nIns))
	if s.glyph.err != nil || s.instruction.err != nil {
		return nil, 0, errTruncated
	}
	var bbox [4]int16
	if s.hasBBox(i) {
		b := s.bbox.bytes(8)
		if s.bbox.err != nil {
			return nil, 0, errTruncated
		}
		for k := range bbox {
			bbox[k] = int16(binary.BigEndian.Uint16(b[2*k:]))
		}
	} else {
		bbox = boundingBox(pts)
	}
	be := binary.BigEndian
	glyf = be.AppendUint16(glyf, uint16(nContours))
	for _, v := range bbox {
		glyf = be.AppendUint16(glyf, uint16(v))
	}
	for _, e := range endPts {
		glyf = be.AppendUint16(glyf, e)
	}
	glyf = be.AppendUint16(glyf, nIns)
	glyf = append(glyf, ins...)
	overlap := s.overlap != nil && s.overlap[i>>3]&(0x80>>(i&7)) != 0
	return appendPoints(glyf, pts, overlap), bbox[0], nil
}

// boundingBox computes xMin, yMin, xMax, yMax of the points.
func boundingBox(pts []point) [4]int16 {
	b := [4]int32{pts[0].x, pts[0].y, pts[0].x, pts[0].y}
	for _, p := range pts[1:] {
		b[0], b[1] = min(b[0], p.x), min(b[1], p.y)
		b[2], b[3] = max(b[2], p.x), max(b[3], p.y)
	}
	return [4]int16{int16(b[0]), int16(b[1]), int16(b[2]), int16(b[3])}
}

// appendPoints writes the flags and the x and y coordinate arrays of a
// simple glyph, one flag per point (no repeat compression), short vectors
// where the deltas fit a byte.
func appendPoints(glyf []byte, pts []point, overlap bool) []byte {
	flags := make([]byte, len(pts))
	var xs, ys []byte
	var px, py int32
	for i, p := range pts {
		var f byte
		if p.onCurve {
			f |= onCurvePoint
		}
		if i == 0 && overlap {
			f |= overlapSimple
		}
		f, xs = appendCoord(f, xs, p.x-px, xShortVector, xIsSameOrPositive)
		f, ys = appendCoord(f, ys, p.y-py, yShortVector, yIsSameOrPositive)
		flags[i] = f
		px, py = p.x, p.y
	}
	glyf = append(glyf, flags...)
	glyf = append(glyf, xs...)
	return append(glyf, ys...)
}

func appendCoord(f byte, out []byte, d int32, short, same byte) (byte, []byte) {
	switch {
	case d == 0:
		return f | same, out
	case d > -256 && d < 256:
		f |= short
		if d > 0 {
			f |= same
		} else {
			d = -d
		}
		return f, append(out, byte(d))
	}
	return f, binary.BigEndian.AppendUint16(out, uint16(int16(d)))
}

// triplet decodes one point's coordinate deltas from the glyph stream, as
// the flag (its low 7 bits) says.
// https://www.w3.org/TR/WOFF2/#triplet_decoding
func (s *glyfStreams) triplet(flag byte) (dx, dy int32, err error) {
	withSign := func(f byte, v int32) int32 {
		if f&1 != 0 {
			return v
		}
		return -v
	}
	var n int
	switch {
	case flag < 84:
		n = 1
	case flag < 120:
		n = 2
	case flag < 124:
		n = 3
	default:
		n = 4
	}
	in := s.glyph.bytes(n)
	if s.glyph.err != nil || s.flag.err != nil {
		return 0, 0, errTruncated
	}
	f := int32(flag)
	switch {
	case flag < 10:
		return 0, withSign(flag, (f&14)<<7+int32(in[0])), nil
	case flag < 20:
		return withSign(flag, ((f-10)&14)<<7+int32(in[0])), 0, nil
	case flag < 84:
		b0, b1 := f-20, int32(in[0])
		return withSign(flag, 1+(b0&0x30)+(b1>>4)), withSign(flag>>1, 1+(b0&0x0C)<<2+(b1&0x0F)), nil
	case flag < 120:
		b0 := f - 84
		return withSign(flag, 1+(b0/12)<<8+int32(in[0])), withSign(flag>>1, 1+((b0%12)>>2)<<8+int32(in[1])), nil
	case flag < 124:
		b1 := int32(in[1])
		return withSign(flag, int32(in[0])<<4+b1>>4), withSign(flag>>1, (b1&0x0F)<<8+int32(in[2])), nil
	}
	return withSign(flag, int32(in[0])<<8+int32(in[1])), withSign(flag>>1, int32(in[2])<<8+int32(in[3])), nil
}
