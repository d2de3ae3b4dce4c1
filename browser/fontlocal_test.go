package browser

import (
	"context"
	"fmt"
	"testing"
)

// TestLocalFontSource checks @font-face src: local() (CSS Fonts 4 §4.3):
// a face of the font set found by full or PostScript name serves the
// rule's family; a name the set lacks falls through to the next source.
func TestLocalFontSource(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<style>
@font-face { font-family: ByFull; src: local("No Such Font"), local("Liberation Mono") }
@font-face { font-family: ByPS; src: local("LiberationMono-Bold") }
@font-face { font-family: Missing; src: local("No Such Font") }
span { font-size: 20px }
#a { font-family: ByFull, serif } #b { font-family: ByPS, serif } #c { font-family: Missing, serif }
#m { font-family: "Liberation Mono" } #s { font-family: serif }
</style><span id=a>iiii</span> <span id=b>iiii</span> <span id=c>iiii</span> <span id=m>iiii</span> <span id=s>iiii</span>`, "https://f.test/")
	if err != nil {
		t.Fatal(err)
	}
	w := func(id string) string {
		v, err := p.Eval(ctx, `document.getElementById('`+id+`').getBoundingClientRect().width`)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(v)
	}
	mono, serif := w("m"), w("s")
	if mono == serif {
		t.Fatalf("monospace and serif widths are equal (%s): the test cannot tell them apart", mono)
	}
	if got := w("a"); got != mono {
		t.Errorf("local(\"Liberation Mono\") width %s, want the monospace %s", got, mono)
	}
	if got := w("b"); got != mono {
		t.Errorf("local(\"LiberationMono-Bold\") width %s, want the monospace %s", got, mono)
	}
	if got := w("c"); got != serif {
		t.Errorf("a missing local() font width %s, want the fallback serif %s", got, serif)
	}
}
