package layout

import (
	"context"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// intrinsicPage holds the boxes of TestSizingKeywordsChromium: width,
// min-width and max-width keywords on blocks (content-box and border-box),
// centred by auto margins, in a narrow container, on inline-blocks,
// floats, absolutely positioned boxes, flex items (flex-basis content and
// the keywords) and a grid item; heights behave as auto.
const intrinsicPage = `<div class=c>
<div id=a style="width:min-content;padding:10px;border:2px solid">xx xxxx x</div>
<div id=b style="width:max-content;padding:10px;border:2px solid">xx xxxx x</div>
<div id=c style="width:fit-content;padding:10px;border:2px solid">xx xxxx x</div>
<div id=d style="width:max-content;padding:10px;border:2px solid;box-sizing:border-box">xx xxxx x</div>
<div id=d2 style="width:min-content;padding:10px;box-sizing:border-box">xx xxxx x</div>
<div id=e style="width:fit-content;margin:0 auto">xx xxxx</div>
<div id=f style="width:fit-content">xx xxxx x xxxxx xxxxxxx xxx xxxx xxxxx xxxx xxxx xxxxx xxx</div>
<div style="width:50px"><div id=g style="min-width:max-content">xx xxxx x</div></div>
<div id=h style="max-width:min-content">xx xxxx x</div>
<div id=h2 style="width:100px;max-width:fit-content">xx</div>
<div><span id=j style="display:inline-block;width:min-content">xx xxxx x</span></div>
<div><span id=j2 style="display:inline-block;width:max-content">xx xxxx x</span></div>
<div style="display:flex;width:300px"><div id=k style="flex-basis:content;flex-shrink:0;width:10px">xx xxxx x</div><div id=l style="flex:0 0 max-content">xx xx</div><div id=l2 style="width:min-content;flex:none">xx xxxx</div></div>
<div style="display:flex;width:300px"><div id=l3 style="flex:0 0 min-content">xx xx</div><div id=l4 style="flex:1 1 content;width:0">xx xx</div></div>
<div style="position:relative;height:50px"><div id=m style="position:absolute;left:0;right:0;width:min-content">xx xxxx x</div><div id=n style="position:absolute;left:100px;top:0;bottom:0;height:min-content">xx</div><div id=m2 style="position:absolute;left:200px;width:max-content">xx xxxx x</div></div>
<div id=o style="height:min-content;max-height:min-content;min-height:max-content">xx</div>
<div style="float:left"><div id=p style="width:min-content">xx xxxx x</div>yyyyyy</div>
<div style="float:left"><div id=p2 style="width:max-content">xx xxxx x</div>yy</div>
<div style="clear:both;width:max-content" id=q><div style="width:min-content">xxxxxxx xxx</div></div>
<div style="display:grid;grid-template-columns:200px"><div id=r style="width:max-content">xx xxxx</div></div>
</div>
<div class=c>
<table id=t1 style="width:min-content;border-spacing:0"><tr><td style="padding:0">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t2 style="width:max-content;border-spacing:0;padding:5px"><tr><td style="padding:0">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t3 style="width:max-content;table-layout:fixed;border-spacing:0"><tr><td style="padding:0">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t4 style="width:min-content;table-layout:fixed;border-spacing:0"><tr><td style="padding:0">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t5 style="width:200px;table-layout:fixed;border-spacing:0"><tr><td id=t5a style="padding:0;width:min-content">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t6 style="width:200px;border-spacing:0"><tr><td id=t6a style="padding:0;width:min-content">xx xxxx</td><td style="padding:0">x x</td></tr></table>
<table id=t7 style="width:fit-content;border-spacing:0"><tr><td style="padding:0">xx xxxx xx xxxx xx xxxx xx xxxx xx xxxx xx xxxx xx xxxx</td></tr></table>
</div>
<div class=c>
<table id=t8 style="width:fit-content;table-layout:fixed;border-spacing:0"><tr><td style="padding:0">xx xxxx</td><td style="padding:0;width:30px">x x</td></tr></table>
<table id=t9 style="width:min-content;table-layout:fixed;border-spacing:2px"><tr><td style="padding:0;width:20px">xx xxxx</td><td style="padding:0;width:30px">x x</td></tr></table>
</div>
<div id=ar style="width:100px;aspect-ratio:2;height:min-content"></div>
<div class=c>
<div id=bh1 style="height:100px;max-height:min-content">xx</div>
<div id=bh2 style="height:5px;min-height:max-content">xx<br>xx</div>
<div id=bh3 style="height:5px;min-height:fit-content;max-height:2px">xx</div>
<div style="display:flex;flex-direction:column;height:20px"><div id=fc1 style="min-height:min-content;flex:1 1 0"><div style="height:50px"></div></div></div>
<div style="display:flex;flex-direction:column;height:100px"><div id=fc2 style="max-height:min-content;flex:1 1 0"><div style="height:50px"></div></div></div>
</div>`

// TestSizingKeywordsChromium checks the border boxes of intrinsicPage
// (Ahem 10px) against getBoundingClientRect() measured in Chromium 156.
func TestSizingKeywordsChromium(t *testing.T) {
	fonts := ahem(t)
	if fonts == nil {
		t.Skip("no Ahem font in ../shared/corpus/wpt/fonts")
	}
	doc := dom.ParseHTMLString("<!DOCTYPE html><html><body>"+intrinsicPage+"</body></html>", "about:test")
	sheet := cssom.ParseStyleSheet("body { margin: 0; font: 10px/1 Ahem } .c { width: 300px }", "", cssom.AuthorOrigin)
	styles := cssom.Compute(doc, []*cssom.StyleSheet{cssom.UserAgentSheet(), sheet}, cssom.Media{Type: "screen", Width: cssom.Int(800), Height: cssom.Int(600)})
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ id, want string }{
		{"a", "0,0 64x54"},
		{"b", "0,54 114x34"},
		{"c", "0,88 114x34"},
		{"d", "0,122 114x34"},
		{"d2", "0,156 60x50"},
		{"e", "115,206 70x10"},
		{"f", "0,216 300x20"},
		{"g", "0,236 90x10"},
		{"h", "0,246 40x30"},
		{"h2", "0,276 20x10"},
		{"j", "0,286 40x30"},
		{"j2", "0,316 90x10"},
		{"k", "0,326 90x20"},
		{"l", "90,326 50x20"},
		{"l2", "140,326 40x20"},
		{"l3", "0,346 20x20"},
		{"l4", "20,346 280x20"},
		{"m", "0,366 40x30"},
		{"n", "100,366 20x10"},
		{"m2", "200,366 90x10"},
		{"o", "0,416 300x10"},
		{"p", "0,426 40x30"},
		{"p2", "60,426 90x10"},
		{"q", "0,466 70x20"},
		{"r", "0,486 70x10"},
		{"t1", "0,496 50x20"},
		{"t2", "0,516 110x20"},
		{"t3", "0,536 100x10"},
		{"t4", "0,546 0x20"},
		{"t5", "0,566 200x10"},
		{"t5a", "0,566 100x10"},
		{"t6", "0,576 200x10"},
		{"t6a", "0,576 140x10"},
		{"t7", "0,586 300x20"},
		{"t8", "0,606 100x10"},
		{"t9", "0,616 56x24"},
		{"ar", "0,640 100x50"},
		{"bh1", "0,690 300x10"},
		{"bh2", "0,700 300x20"},
		{"bh3", "0,720 300x10"},
		{"fc1", "0,730 300x50"},
		{"fc2", "0,750 300x50"},
	} {
		f := byID(root, tc.id)
		if f == nil {
			t.Errorf("#%s: no fragment", tc.id)
			continue
		}
		if got := rect(f); got != tc.want {
			t.Errorf("#%s: %s, want %s (Chromium 156)", tc.id, got, tc.want)
		}
	}
}

// TestKeywordSize checks the content-box sizes the keywords stand for
// (min-content 40, max-content 100, padding and border 20).
func TestKeywordSize(t *testing.T) {
	px := func(v int) *cssom.CalcExpr { return &cssom.CalcExpr{Px: float64(v)} }
	for _, tc := range []struct {
		name    string
		l       cssom.Length
		stretch int
		cbw     int
		bs      cssom.BoxSizing
		want    int
		ok      bool
	}{
		{"min-content", cssom.Length{Kind: cssom.LengthMinContent}, 300, 300, cssom.ContentBox, 40, true},
		{"max-content", cssom.Length{Kind: cssom.LengthMaxContent}, 10, 300, cssom.BorderBox, 100, true},
		{"fit-content wide", cssom.Length{Kind: cssom.LengthFitContent}, 300, 300, cssom.ContentBox, 100, true},
		{"fit-content between", cssom.Length{Kind: cssom.LengthFitContent}, 70, 300, cssom.ContentBox, 70, true},
		{"fit-content narrow", cssom.Length{Kind: cssom.LengthFitContent}, 10, 300, cssom.ContentBox, 40, true},
		{"fit-content(60px)", cssom.Length{Kind: cssom.LengthFitContent, Expr: px(60)}, 300, 300, cssom.ContentBox, 60, true},
		{"fit-content(60px) border-box", cssom.Length{Kind: cssom.LengthFitContent, Expr: px(60)}, 300, 300, cssom.BorderBox, 40, true},
		{"fit-content(200px)", cssom.Length{Kind: cssom.LengthFitContent, Expr: px(200)}, 10, 300, cssom.ContentBox, 100, true},
		{"fit-content(50%)", cssom.Length{Kind: cssom.LengthFitContent, Expr: &cssom.CalcExpr{Pct: 50}}, 0, 160, cssom.ContentBox, 80, true},
		{"fit-content(50%) indefinite", cssom.Length{Kind: cssom.LengthFitContent, Expr: &cssom.CalcExpr{Pct: 50}}, 0, -1, cssom.ContentBox, 100, true},
		{"auto", cssom.Auto, 300, 300, cssom.ContentBox, 0, false},
		{"px", cssom.LengthOf(cssom.Int(5)), 300, 300, cssom.ContentBox, 0, false},
	} {
		got, ok := keywordSize(tc.l, cssom.Int(40), cssom.Int(100), cssom.Int(tc.stretch), cssom.Int(tc.cbw), cssom.Int(20), tc.bs)
		if ok != tc.ok || got != cssom.Int(tc.want) {
			t.Errorf("%s: %v %v, want %v %v", tc.name, got, ok, cssom.Int(tc.want), tc.ok)
		}
	}
}
