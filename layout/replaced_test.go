package layout

import (
	"context"
	"image"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// layoutWithImages lays src out with every <img> whose src is "ok" showing
// a 100x50 image.
func layoutWithImages(t *testing.T, src string, r rules, fonts *FontSet) *Fragment {
	t.Helper()
	doc, styles := styleDoc(src, r)
	img := image.NewRGBA(image.Rect(0, 0, 100, 50))
	root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(800), Height: cssom.Int(600), Fonts: fonts,
		Image: func(el *dom.Node) image.Image {
			if el.AttrOr("src", "") == "ok" {
				return img
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func TestReplacedSizing(t *testing.T) {
	maxW := func(v float64) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.MaxWidth = lpx(v) }
	}
	minH := func(v float64) func(*cssom.ComputedStyle) {
		return func(st *cssom.ComputedStyle) { st.MinHeight = lpx(v) }
	}
	blockImg := display(cssom.DisplayBlock)
	tests := []struct {
		name string
		rule func(*cssom.ComputedStyle)
		src  string
		want string
	}{
		{"intrinsic", nil, `<img id=i src=ok>`, "8,8 100x50"},
		{"aspect-ratio replaces the natural ratio", set(width(lpx(80)), func(st *cssom.ComputedStyle) { st.AspectRatio = 1 }), `<img id=i src=ok>`, "8,8 80x80"},
		{"aspect-ratio auto keeps the natural ratio", set(width(lpx(80)), func(st *cssom.ComputedStyle) { st.AspectRatio, st.AspectRatioAuto = 1, true }), `<img id=i src=ok>`, "8,8 80x40"},
		{"width keeps ratio", width(lpx(200)), `<img id=i src=ok>`, "8,8 200x100"},
		{"height keeps ratio", height(lpx(25)), `<img id=i src=ok>`, "8,8 50x25"},
		{"both set", set(blockImg, width(lpx(10)), height(lpx(10))), `<img id=i src=ok>`, "8,8 10x10"},
		{"percentage width", width(cssom.Percent(50)), `<img id=i src=ok>`, "8,8 392x196"},
		{"max-width keeps ratio", maxW(50), `<img id=i src=ok>`, "8,8 50x25"},
		{"min-height keeps ratio", minH(100), `<img id=i src=ok>`, "8,8 200x100"},
		{"max-width with width", set(width(lpx(300)), maxW(200)), `<img id=i src=ok>`, "8,8 200x100"},
		{"padding and border", set(padding(5), border(1)), `<img id=i src=ok>`, "8,8 112x62"},
		{"broken with size keeps its box", set(width(lpx(30)), height(lpx(20))), `<img id=i src=broken>`, "8,8 30x20"},
		{"broken without size or alt shows the icon", nil, `<img id=i src=broken>`, "8,8 16x16"},
		{"broken with empty alt shows nothing", nil, `<img id=i src=broken alt="">`, "<missing>"},
		{"block centred", set(blockImg, marginLR(cssom.Auto, cssom.Auto)), `<img id=i src=ok>`, "350,8 100x50"},
		{"canvas default size", nil, `<canvas id=i></canvas>`, "8,8 300x150"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rules{}
			if tc.rule != nil {
				r["#i"] = tc.rule
			}
			root := layoutWithImages(t, tc.src, r, nil)
			if got := rect(byID(root, "i")); got != tc.want {
				t.Errorf("img = %s, want %s\n%s", got, tc.want, Dump(root))
			}
		})
	}
}

func TestReplacedInLine(t *testing.T) {
	fonts := ahem(t)
	pct := layoutWithImages(t, `<div id=d><img id=i src=ok></div>`, rules{"#d": height(lpx(60)), "#i": height(cssom.Percent(50))}, nil)
	if got, want := rect(byID(pct, "i")), "8,8 60x30"; got != want {
		t.Errorf("percentage height of a definite block: img = %s, want %s\n%s", got, want, Dump(pct))
	}
	root := layoutWithImages(t, `<div id=d>a<img id=i src=ok>b</div>`, ahemRules(nil), fonts)
	// The image sits on the baseline: its bottom margin edge at the
	// baseline, 50px above it; the line is 50 + 2 (descent) high.
	if got, want := rect(byID(root, "i")), "18,8 100x50"; got != want {
		t.Errorf("img = %s, want %s\n%s", got, want, Dump(root))
	}
	if got, want := rect(byID(root, "d")), "8,8 784x52"; got != want {
		t.Errorf("div = %s, want %s", got, want)
	}
	if got, want := findLine(Dump(root), `Text "b"`), `Text "b" at (118,50) size 10x10`; got != want {
		t.Errorf("text = %s, want %s", got, want)
	}
	if got := byID(root, "i"); got.Kind != ImageFragment || got.Image == nil {
		t.Errorf("img fragment kind %v image %v", got.Kind, got.Image)
	}
}

func TestBrokenImageAlt(t *testing.T) {
	fonts := ahem(t)
	d := Dump(layoutWithImages(t, `<div>a<img alt="no pic" src=broken></div>`, ahemRules(nil), fonts))
	// After the 16px broken-image icon, as Chromium lays it out.
	if got, want := findLine(d, `Text "no pic"`), `Text "no pic" at (34,8) size 60x10`; got != want {
		t.Errorf("alt text = %q, want %q\n%s", got, want, d)
	}
}

// TestBrokenImageRendering follows the HTML rendering section for images
// that will not load: alt text inline in standards mode whatever the size
// (in an inline-block after the icon, as Chromium does); a kept box without
// alt text; in quirks mode a kept box showing the text; the icon alone
// without an alt attribute; nothing for alt="".
func TestBrokenImageRendering(t *testing.T) {
	cases := []struct {
		src, want string
	}{
		{`<!doctype html><p><img src=x.png width=20 height=20 alt="A long alternative text">`, `InlineBlock <img>`},
		{`<!doctype html><p><img src=x.png width=120 height=30>`, `Image <img> at (8,16) size 120x30`},
		{`<p><img src=x.png width=120 height=30 alt="A long alternative text">`, `InlineBlock <img> at (8,16) size 120x30`},
		{`<!doctype html><p><img src=x.png>`, `Image <img> at (8,16) size 16x16`},
		{`<!doctype html><p><img src=x.png alt="">`, `Block <p> at (8,16) size 384x0`},
	}
	for _, c := range cases {
		doc := dom.ParseHTMLString(c.src, "")
		styles := cssom.Compute(doc, nil, cssom.Media{Type: "screen", Width: cssom.Int(400), Height: cssom.Int(300)})
		root, err := Layout(context.Background(), doc, styles, Options{Width: cssom.Int(400), Height: cssom.Int(300)})
		if err != nil {
			t.Fatal(err)
		}
		dump := Dump(root)
		if !strings.Contains(dump, c.want) {
			t.Errorf("%s: dump lacks %q:\n%s", c.src, c.want, dump)
		}
		if strings.HasPrefix(c.want, "Block") && strings.Contains(dump, "<img>") {
			t.Errorf("%s: an image with no alt and no size generated a box:\n%s", c.src, dump)
		}
	}
}
