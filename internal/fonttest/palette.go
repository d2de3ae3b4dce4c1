package fonttest

// CPALv1 returns a CPAL version 1 table with several palettes of the same
// number of colours, each {R, G, B, A}, and their palette types (bit 0:
// usable with a light background, bit 1: with a dark one; nil for none).
// https://learn.microsoft.com/en-us/typography/opentype/spec/cpal
func CPALv1(palettes [][][4]uint8, types []uint32) []byte {
	n := len(palettes)
	entries := 0
	if n > 0 {
		entries = len(palettes[0])
	}
	header := 12 + 2*n + 12
	out := make([]byte, header)
	be.PutUint16(out[0:], 1) // version
	be.PutUint16(out[2:], uint16(entries))
	be.PutUint16(out[4:], uint16(n))
	be.PutUint16(out[6:], uint16(n*entries))
	be.PutUint32(out[8:], uint32(header)) // colorRecordsArrayOffset
	for i := range n {
		be.PutUint16(out[12+2*i:], uint16(i*entries))
	}
	for _, p := range palettes {
		for _, c := range p {
			out = append(out, c[2], c[1], c[0], c[3])
		}
	}
	if types != nil {
		be.PutUint32(out[12+2*n:], uint32(len(out))) // paletteTypesArrayOffset
		for _, t := range types {
			out = be.AppendUint32(out, t)
		}
	}
	return out
}
