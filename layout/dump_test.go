package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

func TestDumpFormat(t *testing.T) {
	doc := dom.ParseHTMLString(`<div class="a b" id=main></div><img>`, "")
	div := doc.GetElementByID("main")
	img := div.NextSibling
	block := cssom.Initial()
	block.Display = cssom.DisplayBlock
	inlineBlock := cssom.Initial()
	inlineBlock.Display = cssom.DisplayInlineBlock
	root := &Fragment{Kind: ViewportFragment, Style: cssom.Initial(), Rect: Rect{W: cssom.Int(800), H: cssom.Int(600)}, Children: []*Fragment{
		{Kind: BoxFragment, Node: div, Style: block, Rect: Rect{X: cssom.Int(8), Y: cssom.Int(8), W: cssom.Int(784), H: cssom.Px(18.5)}, Children: []*Fragment{
			{Kind: BoxFragment, Style: block, Anonymous: true, Rect: Rect{W: cssom.Int(1), H: cssom.Int(2)}},
			{Kind: LineFragment, Style: block, Rect: Rect{X: cssom.Int(8), Y: cssom.Int(8), W: cssom.Int(784), H: cssom.Int(18)}, Children: []*Fragment{
				{Kind: TextFragment, Style: block, Text: &TextRun{Text: "Hello \"world\""}, Rect: Rect{W: cssom.Px(83.2)}},
				{Kind: InlineFragment, Node: div, Style: block},
				{Kind: BoxFragment, Node: div, Style: inlineBlock},
				{Kind: ImageFragment, Node: img, Style: inlineBlock, Rect: Rect{W: cssom.Int(100), H: cssom.Int(50)}},
				{Kind: TextFragment, Marker: true, Style: block, Text: &TextRun{Text: "• "}, Rect: Rect{X: cssom.Px(-1.5)}},
			}},
		}},
	}}
	want := `Viewport at (0,0) size 800x600
  Block <div.a.b#main> at (8,8) size 784x18.5
    Block (anonymous) at (0,0) size 1x2
    Line at (8,8) size 784x18
      Text "Hello \"world\"" at (0,0) size 83.2x0
      Inline <div.a.b#main> at (0,0) size 0x0
      InlineBlock <div.a.b#main> at (0,0) size 0x0
      Image <img> at (0,0) size 100x50
      Marker "• " at (-1.5,0) size 0x0
`
	if got := Dump(root); got != want {
		t.Errorf("Dump =\n%s\nwant\n%s", got, want)
	}
	if Dump(nil) != "" {
		t.Error("Dump(nil) is not empty")
	}
}
