package fonttest

import (
	"bytes"
	"testing"

	"github.com/go-text/typesetting/font"
	"golang.org/x/image/font/gofont/goregular"
)

// TestVariable checks that the fvar, gvar and CPAL version 1 tables parse
// and that the glyph of "a" moves along the axis as asked.
func TestVariable(t *testing.T) {
	_, tabs, err := Tables(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	points, err := PointCounts(tabs)
	if err != nil {
		t.Fatal(err)
	}
	base, err := font.ParseTTF(bytes.NewReader(goregular.TTF))
	if err != nil {
		t.Fatal(err)
	}
	gid, _ := base.NominalGlyph('a')
	if points[gid] < 10 {
		t.Fatalf("glyph a has %d points", points[gid])
	}
	data, err := Variable(goregular.TTF, []Axis{{Tag: "wght", Min: 100, Default: 400, Max: 900}},
		[]GlyphDelta{{Glyph: uint16(gid), Advance: 200}})
	if err != nil {
		t.Fatal(err)
	}
	face, err := font.ParseTTF(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("variable font does not parse: %v", err)
	}
	plain := face.HorizontalAdvance(gid)
	face.SetVariations([]font.Variation{{Tag: font.Tag(0x77676874), Value: 900}}) // wght
	if got := face.HorizontalAdvance(gid); got != plain+200 {
		t.Errorf("advance at wght 900: %v, want %v", got, plain+200)
	}
	face.SetVariations([]font.Variation{{Tag: font.Tag(0x77676874), Value: 650}})
	if got := face.HorizontalAdvance(gid); got != plain+100 {
		t.Errorf("advance at wght 650: %v, want %v", got, plain+100)
	}
	if _, err := PointCounts([]Table{{"maxp", make([]byte, 6)}}); err == nil {
		t.Error("PointCounts without glyf: no error")
	}
	cpal := CPALv1([][][4]uint8{{{1, 2, 3, 4}}, {{5, 6, 7, 8}}}, []uint32{1, 2})
	if len(cpal) != 12+4+12+8+8 {
		t.Errorf("CPAL v1 of %d bytes", len(cpal))
	}
}
