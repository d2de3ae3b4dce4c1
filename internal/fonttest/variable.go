package fonttest

import (
	"errors"
	"math"
)

// Variable fonts: fvar and gvar tables that turn a TrueType-outline font
// into a variable one whose glyphs move along its axes, for tests of
// variation instances.
// https://learn.microsoft.com/en-us/typography/opentype/spec/fvar
// https://learn.microsoft.com/en-us/typography/opentype/spec/gvar

// Axis is one variation axis, in design units (a wght axis from 100 to
// 900, say).
type Axis struct {
	Tag               string // four characters
	Min, Default, Max float64
}

// GlyphDelta moves one glyph at the maximum of one axis (the peak of the
// tuple, normalized coordinate 1), or at its minimum when AtMin is set
// (coordinate -1): its advance width by Advance font units, and every
// outline point horizontally by X units. Between the axis default and the
// peak the deltas scale linearly; on the other side of the default they
// are 0.
type GlyphDelta struct {
	Glyph      uint16
	Axis       int // index in the axes
	AtMin      bool
	Advance, X int16
}

// Variable returns sfnt (with glyf outlines) with an fvar table of axes
// (no named instances) and a gvar table holding deltas.
func Variable(sfnt []byte, axes []Axis, deltas []GlyphDelta) ([]byte, error) {
	flavor, tables, err := Tables(sfnt)
	if err != nil {
		return nil, err
	}
	points, err := PointCounts(tables)
	if err != nil {
		return nil, err
	}
	var out []Table
	for _, t := range tables {
		if t.Tag != "fvar" && t.Tag != "gvar" && t.Tag != "HVAR" && t.Tag != "avar" {
			out = append(out, t)
		}
	}
	out = append(out, Table{"fvar", FVAR(axes)}, Table{"gvar", GVAR(len(axes), points, deltas)})
	return SFNT(flavor, out), nil
}

// FVAR returns an fvar table with axes and no named instances.
func FVAR(axes []Axis) []byte {
	const axisSize = 20
	b := make([]byte, 16+axisSize*len(axes))
	be.PutUint16(b[0:], 1)  // majorVersion
	be.PutUint16(b[4:], 16) // axesArrayOffset
	be.PutUint16(b[6:], 2)  // reserved
	be.PutUint16(b[8:], uint16(len(axes)))
	be.PutUint16(b[10:], axisSize)
	be.PutUint16(b[12:], 0) // instanceCount
	be.PutUint16(b[14:], uint16(4+4*len(axes)))
	for i, a := range axes {
		r := b[16+axisSize*i:]
		copy(r[:4], a.Tag)
		be.PutUint32(r[4:], uint32(fixed16(a.Min)))
		be.PutUint32(r[8:], uint32(fixed16(a.Default)))
		be.PutUint32(r[12:], uint32(fixed16(a.Max)))
		be.PutUint16(r[18:], uint16(256+i)) // axisNameID
	}
	return b
}

// fixed16 is v as a 16.16 fixed-point number.
func fixed16(v float64) int32 { return int32(math.Round(v * 65536)) }

// GVAR returns a gvar table for a font whose glyph i has points[i] outline
// points, with the deltas (at most one per glyph and axis).
func GVAR(axisCount int, points []int, deltas []GlyphDelta) []byte {
	n := len(points)
	head := 20 + 4*(n+1) // long offsets
	b := make([]byte, head)
	be.PutUint16(b[0:], 1) // majorVersion
	be.PutUint16(b[4:], uint16(axisCount))
	be.PutUint32(b[8:], uint32(head)) // sharedTuplesOffset (none)
	be.PutUint16(b[12:], uint16(n))
	be.PutUint16(b[14:], 1) // flags: long offsets
	be.PutUint32(b[16:], uint32(head))
	for g := 0; g < n; g++ {
		be.PutUint32(b[20+4*g:], uint32(len(b)-head))
		var mine []GlyphDelta
		for _, d := range deltas {
			if int(d.Glyph) == g {
				mine = append(mine, d)
			}
		}
		if len(mine) > 0 {
			b = append(b, glyphVariations(axisCount, points[g], mine)...)
		}
	}
	be.PutUint32(b[20+4*n:], uint32(len(b)-head))
	return b
}

// glyphVariations returns the GlyphVariationData of one glyph of
// numPoints outline points: one tuple per delta, with an embedded peak and
// private point numbers covering all points (the outline's and the four
// phantom points).
func glyphVariations(axisCount, numPoints int, ds []GlyphDelta) []byte {
	all := numPoints + 4
	var headers, data []byte
	for _, d := range ds {
		var ser []byte
		ser = append(ser, 0) // private point numbers: all points
		xs := make([]int16, all)
		for i := 0; i < numPoints; i++ {
			xs[i] = d.X
		}
		xs[numPoints+1] = d.Advance // the right phantom point: the advance
		ser = append(ser, packedDeltas(xs)...)
		ser = append(ser, packedDeltas(make([]int16, all))...)
		h := make([]byte, 4+2*axisCount)
		be.PutUint16(h[0:], uint16(len(ser)))
		be.PutUint16(h[2:], 0x8000|0x2000) // EMBEDDED_PEAK_TUPLE | PRIVATE_POINT_NUMBERS
		peak := uint16(0x4000)             // 1.0 in F2DOT14
		if d.AtMin {
			peak = 0xC000 // -1.0
		}
		be.PutUint16(h[4+2*d.Axis:], peak)
		headers = append(headers, h...)
		data = append(data, ser...)
	}
	out := make([]byte, 4, 4+len(headers)+len(data)+1)
	be.PutUint16(out[0:], uint16(len(ds)))
	be.PutUint16(out[2:], uint16(4+len(headers)))
	out = append(append(out, headers...), data...)
	if len(out)%2 == 1 {
		out = append(out, 0)
	}
	return out
}

// packedDeltas encodes deltas as runs of words (at most 64 per run).
func packedDeltas(ds []int16) []byte {
	var out []byte
	for len(ds) > 0 {
		n := min(len(ds), 64)
		out = append(out, byte(0x40|(n-1)))
		for _, d := range ds[:n] {
			out = append(out, byte(uint16(d)>>8), byte(d))
		}
		ds = ds[n:]
	}
	return out
}

// PointCounts returns the number of outline points of every glyph of a
// TrueType-outline font, from its maxp, head, loca and glyf tables; a
// composite glyph counts one point per component.
func PointCounts(tables []Table) ([]int, error) {
	get := func(tag string) []byte {
		for _, t := range tables {
			if t.Tag == tag {
				return t.Data
			}
		}
		return nil
	}
	maxp, head, loca, glyf := get("maxp"), get("head"), get("loca"), get("glyf")
	if len(maxp) < 6 || len(head) < 54 || loca == nil || glyf == nil {
		return nil, errors.New("fonttest: not a TrueType-outline font")
	}
	n := int(be.Uint16(maxp[4:]))
	long := be.Uint16(head[50:]) == 1
	offset := func(i int) int {
		if long {
			if 4*i+4 > len(loca) {
				return -1
			}
			return int(be.Uint32(loca[4*i:]))
		}
		if 2*i+2 > len(loca) {
			return -1
		}
		return 2 * int(be.Uint16(loca[2*i:]))
	}
	points := make([]int, n)
	for g := 0; g < n; g++ {
		start, end := offset(g), offset(g+1)
		if start < 0 || end < 0 || end > len(glyf) || start > end {
			return nil, errors.New("fonttest: bad loca table")
		}
		if end-start < 10 {
			continue // an empty glyph
		}
		contours := int(int16(be.Uint16(glyf[start:])))
		if contours < 0 {
			points[g] = compositeCount(glyf[start+10 : end])
			continue
		}
		if contours > 0 && start+10+2*contours <= end {
			points[g] = int(be.Uint16(glyf[start+10+2*(contours-1):])) + 1
		}
	}
	return points, nil
}

// compositeCount returns the number of components of a composite glyph
// (its "points" for gvar).
func compositeCount(b []byte) int {
	n := 0
	for len(b) >= 4 {
		flags := be.Uint16(b)
		n++
		size := 6 // flags, glyphIndex, two byte arguments
		if flags&0x0001 != 0 {
			size += 2 // ARG_1_AND_2_ARE_WORDS
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			size += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			size += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			size += 8
		}
		if flags&0x0020 == 0 || size > len(b) { // MORE_COMPONENTS
			break
		}
		b = b[size:]
	}
	return n
}
