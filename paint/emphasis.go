package paint

import "github.com/paneweb/pane/layout"

// emphasisMarks emits the emphasis marks of text fragment f, whose
// baseline is at page y baseline: after the text and before its
// line-through, in text-emphasis-color (currentColor resolved).
//
// https://www.w3.org/TR/css-text-decor-3/#painting-order
// https://www.w3.org/TR/css-text-decor-3/#emphasis-marks
func (b *builder) emphasisMarks(f *layout.Fragment, baseline Fixed, clip *clipNode) {
	run := f.Emphasis
	if run == nil || len(run.Glyphs) == 0 {
		return
	}
	c := f.Style.EmphasisColor()
	if c.A == 0 {
		return
	}
	b.emit(&Glyphs{
		Font: run.Font, Size: run.Size, Glyphs: run.Glyphs,
		X: f.Rect.X, Y: baseline, Color: c,
		FakeBold: run.FakeBold, FakeItalic: run.FakeItalic, Text: run.Text,
	}, clip)
}
