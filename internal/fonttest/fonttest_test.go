package fonttest

import (
	"bytes"
	"testing"

	"github.com/go-text/typesetting/font"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/internal/woff2"
)

func TestRoundTrip(t *testing.T) {
	flavor, tabs, err := Tables(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	sfnt := SFNT(flavor, tabs)
	if _, err := font.ParseTTF(bytes.NewReader(sfnt)); err != nil {
		t.Fatalf("rebuilt sfnt does not parse: %v", err)
	}
	if got := Checksum(sfnt); got != 0xB1B0AFBA {
		t.Errorf("whole-font checksum %#x, want 0xB1B0AFBA", got)
	}
	w2, err := WOFF2(sfnt)
	if err != nil {
		t.Fatal(err)
	}
	if len(w2)%4 != 0 {
		t.Errorf("WOFF2 length %d not a multiple of 4", len(w2))
	}
	dec, err := woff2.Decode(w2)
	if err != nil {
		t.Fatalf("WOFF2 does not decode: %v", err)
	}
	_, got, err := Tables(dec)
	if err != nil {
		t.Fatal(err)
	}
	want := sortedTables(tabs)
	if len(got) != len(want) {
		t.Fatalf("%d tables after WOFF2, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Tag != want[i].Tag || got[i].Tag != "head" && !bytes.Equal(got[i].Data, want[i].Data) {
			t.Errorf("table %d: %q (%d bytes), want %q (%d bytes)", i, got[i].Tag, len(got[i].Data), want[i].Tag, len(want[i].Data))
		}
	}
	w1, err := WOFF(sfnt)
	if err != nil {
		t.Fatal(err)
	}
	if string(w1[:4]) != "wOFF" || len(w1) >= len(sfnt) {
		t.Errorf("WOFF: signature %q, %d bytes for a %d-byte sfnt", w1[:4], len(w1), len(sfnt))
	}
	if _, _, err := Tables([]byte("short")); err == nil {
		t.Error("Tables accepted a short file")
	}
}
