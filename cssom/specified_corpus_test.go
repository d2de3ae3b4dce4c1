package cssom

import (
	"os"
	"testing"
)

// TestCorpusBlockFixedPoint serializes the declaration block of every
// style rule of the corpus sheets as the CSSOM does, parses the text back
// and checks that it serializes the same: the CSSOM's cssText is a fixed
// point, whatever the page wrote.
func TestCorpusBlockFixedPoint(t *testing.T) {
	for _, p := range corpusFiles(t, "sites", ".css") {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bad := 0
		var walk func([]Rule)
		walk = func(rules []Rule) {
			for _, r := range rules {
				switch r := r.(type) {
				case *StyleRule:
					text := NewDeclarationBlock(r.Declarations).CSSText()
					if again := ParseDeclarationBlock(text).CSSText(); again != text && bad < 3 {
						bad++
						t.Errorf("%s: %s\n first %q\n again %q", p, r.Selectors.String(), text, again)
					}
					walk(r.Rules)
				case *MediaRule:
					walk(r.Rules)
				case *SupportsRule:
					walk(r.Rules)
				case *LayerRule:
					walk(r.Rules)
				}
			}
		}
		walk(ParseStyleSheet(string(src), "file:///"+p, AuthorOrigin).Rules)
	}
}
