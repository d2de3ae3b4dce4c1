package layout

import (
	"context"
	"os"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestZZSanity(t *testing.T) {
	for _, p := range loadCorpus(t) {
		opts := Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: NewFontSet()}
		root, _ := Layout(context.Background(), p.doc, p.styles, opts)
		var neg, wide, total, lines, texts int
		var walk func(f *Fragment)
		walk = func(f *Fragment) {
			total++
			if f.Rect.W < 0 || f.Rect.H < 0 {
				neg++
			}
			if f.Rect.X+f.Rect.W > cssom.Int(820) && f.Kind == TextFragment {
				wide++
			}
			if f.Kind == LineFragment {
				lines++
			}
			if f.Kind == TextFragment {
				texts++
			}
			for _, c := range f.Children {
				walk(c)
			}
		}
		walk(root)
		t.Logf("%-28s frags %6d lines %5d texts %6d neg %4d overflowing text %4d height %v", p.name, total, lines, texts, neg, wide, root.Rect.H)
	}
}

func TestZZDump(t *testing.T) {
	for _, p := range loadCorpus(t) {
		if p.name != os.Getenv("PAGE") {
			continue
		}
		opts := Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: NewFontSet()}
		root, _ := Layout(context.Background(), p.doc, p.styles, opts)
		os.WriteFile("/tmp/lay/dump.txt", []byte(Dump(root)), 0o644)
	}
}
