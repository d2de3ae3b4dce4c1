package paint

import (
	"image"
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

func TestBuildOrder(t *testing.T) {
	tests := []struct {
		name string
		root *layout.Fragment
		want string
	}{{
		name: "canvas and blocks in tree order",
		root: viewport(800, 600, styled(bg(white)),
			box(rect(0, 0, 800, 100), styled(bg(red)),
				box(rect(8, 8, 100, 50), styled(bg(blue))),
			),
			box(rect(0, 100, 800, 100), styled(bg(green))),
		),
		want: `
DisplayList 800x600 background #ffffff
FillRect (0,0 800x100) #ff0000
FillRect (8,8 100x50) #0000ff
FillRect (0,100 800x100) #008000`,
	}, {
		name: "positioned box over a later in-flow block",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 100, 100), styled(bg(red), posAuto(cssom.PositionRelative))),
			box(rect(0, 50, 100, 100), styled(bg(blue))),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,50 100x100) #0000ff
FillRect (0,0 100x100) #ff0000`,
	}, {
		name: "z-index order, then tree order",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 10, 10), styled(bg(red), pos(cssom.PositionAbsolute, 2))),
			box(rect(0, 0, 20, 20), styled(bg(blue), pos(cssom.PositionAbsolute, 1))),
			box(rect(0, 0, 30, 30), styled(bg(green), pos(cssom.PositionAbsolute, 1))),
			box(rect(0, 0, 40, 40), styled(bg(lime), pos(cssom.PositionAbsolute, 0))),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,0 40x40) #00ff00
FillRect (0,0 20x20) #0000ff
FillRect (0,0 30x30) #008000
FillRect (0,0 10x10) #ff0000`,
	}, {
		name: "negative z-index under in-flow blocks, over the context's background",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 100, 100), styled(bg(yellow), pos(cssom.PositionRelative, 0)),
				box(rect(0, 0, 50, 50), styled(bg(blue))),
				box(rect(0, 0, 80, 80), styled(bg(red), pos(cssom.PositionAbsolute, -1))),
			),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,0 100x100) #ffff00
FillRect (0,0 80x80) #ff0000
FillRect (0,0 50x50) #0000ff`,
	}, {
		name: "floats between block backgrounds and inline content",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 100, 100), styled(bg(yellow)),
				box(rect(0, 0, 50, 50), styled(bg(red), float(cssom.FloatLeft))),
				line(rect(0, 0, 100, 20),
					inline(rect(50, 0, 30, 20), styled(bg(lime))),
				),
				box(rect(0, 50, 100, 50), styled(bg(blue))),
			),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,0 100x100) #ffff00
FillRect (0,50 100x50) #0000ff
FillRect (0,0 50x50) #ff0000
FillRect (50,0 30x20) #00ff00`,
	}, {
		name: "inline-block painted atomically in the inline layer",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 200, 100), styled(),
				line(rect(0, 0, 200, 40),
					box(rect(0, 0, 40, 40), styled(bg(red), display(cssom.DisplayInlineBlock)),
						box(rect(5, 5, 10, 10), styled(bg(blue))),
					),
					inline(rect(40, 0, 30, 20), styled(bg(lime))),
				),
				box(rect(0, 40, 100, 50), styled(bg(yellow))),
			),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,40 100x50) #ffff00
FillRect (0,0 40x40) #ff0000
FillRect (5,5 10x10) #0000ff
FillRect (40,0 30x20) #00ff00`,
	}, {
		name: "opacity group and overflow clip",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			box(rect(0, 0, 100, 100), styled(bg(red), opacity(0.5), overflow(cssom.OverflowHidden)),
				box(rect(50, 50, 100, 100), styled(bg(blue))),
			),
		)),
		want: `
DisplayList 800x600 background #00000000
PushOpacity 128
  FillRect (0,0 100x100) #ff0000
  PushClip (0,0 100x100)
    FillRect (50,50 100x100) #0000ff
  PopClip
PopOpacity`,
	}, {
		name: "absolutely positioned child escapes a clip below its containing block",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			box(rect(0, 0, 100, 100), styled(overflow(cssom.OverflowHidden), posAuto(cssom.PositionRelative)),
				box(rect(0, 0, 50, 50), styled(overflow(cssom.OverflowHidden)),
					box(rect(40, 40, 100, 100), styled(bg(blue), posAuto(cssom.PositionAbsolute))),
					box(rect(10, 10, 100, 100), styled(bg(red))),
				),
			),
		)),
		want: `
DisplayList 800x600 background #00000000
PushClip (0,0 100x100)
  PushClip (0,0 50x50)
    FillRect (10,10 100x100) #ff0000
  PopClip
  FillRect (40,40 100x100) #0000ff
PopClip`,
	}, {
		name: "visibility hidden box with a visible child",
		root: viewport(800, 600, nil,
			box(rect(0, 0, 100, 100), styled(bg(red), hidden),
				box(rect(0, 0, 50, 50), styled(bg(blue))),
			),
		),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,0 50x50) #0000ff`,
	}, {
		name: "page size grows to the unclipped content",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			box(rect(0, 0, 100, 2000), styled()),
			box(rect(0, 0, 100, 100), styled(overflow(cssom.OverflowHidden)),
				box(rect(0, 0, 5000, 100), styled()),
			),
		)),
		want: `
DisplayList 800x2000 background #00000000`,
	}, {
		name: "z-index on flex items without position",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(display(cssom.DisplayFlex)),
			box(rect(0, 0, 10, 10), styled(bg(red), func(s *cssom.ComputedStyle) { s.ZIndex, s.ZIndexAuto = 1, false })),
			box(rect(0, 0, 20, 20), styled(bg(blue))),
		)),
		want: `
DisplayList 800x600 background #00000000
FillRect (0,0 20x20) #0000ff
FillRect (0,0 10x10) #ff0000`,
	}, {
		name: "fixed box escapes every clip",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			box(rect(0, 0, 50, 50), styled(overflow(cssom.OverflowHidden), posAuto(cssom.PositionRelative)),
				box(rect(10, 10, 100, 100), styled(bg(blue), posAuto(cssom.PositionFixed))),
			),
		)),
		want: `
DisplayList 800x600 background #00000000
FillRect (10,10 100x100) #0000ff`,
	}, {
		name: "relatively positioned inline after the line's other content",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			line(rect(0, 0, 800, 20),
				inline(rect(0, 0, 30, 20), styled(bg(red), posAuto(cssom.PositionRelative))),
				inline(rect(30, 0, 30, 20), styled(bg(blue))),
			),
		)),
		want: `
DisplayList 800x600 background #00000000
FillRect (30,0 30x20) #0000ff
FillRect (0,0 30x20) #ff0000`,
	}, {
		name: "overflow clip on one axis",
		root: viewport(800, 600, nil, box(rect(0, 0, 800, 600), styled(),
			box(rect(0, 0, 50, 50), styled(func(s *cssom.ComputedStyle) { s.OverflowX = cssom.OverflowClip }),
				box(rect(10, 10, 100, 100), styled(bg(blue))),
			),
		)),
		want: `
DisplayList 800x600 background #00000000
PushClip (0,-17179869184 50x34359738368)
  FillRect (10,10 100x100) #0000ff
PopClip`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.TrimSpace(Build(tt.root).String())
			want := strings.TrimSpace(tt.want)
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestBuildBorders(t *testing.T) {
	s := styled(func(s *cssom.ComputedStyle) {
		s.BorderStyle = cssom.Edges[cssom.BorderStyle]{cssom.BorderSolid, cssom.BorderDashed, cssom.BorderNone, cssom.BorderSolid}
		s.BorderColor = cssom.Edges[cssom.Color]{red, blue, green, cssom.Transparent}
	})
	f := box(rect(10, 10, 100, 50), s)
	f.Border = cssom.Edges[Fixed]{px(1), px(2), px(3), px(4)}
	got := strings.TrimSpace(Build(viewport(800, 600, nil, f)).String())
	want := "DisplayList 800x600 background #00000000\n" +
		"Border (10,10 100x50) 1 solid #ff0000 2 dashed #0000ff 0 none #00000000 0 none #00000000"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestBuildText(t *testing.T) {
	under := styled(func(s *cssom.ComputedStyle) {
		s.TextDecorationLine = cssom.DecorationUnderline | cssom.DecorationLineThrough
		s.TextDecorationColor = red
	})
	txt := styled(func(s *cssom.ComputedStyle) { s.Color = blue })
	hiddenText := styled(hidden)
	root := viewport(800, 600, nil,
		box(rect(0, 0, 200, 40), under,
			line(rect(0, 0, 200, 20),
				textFrag(rect(0, 0, 30, 16), txt, "abc"),
				textFrag(rect(30, 0, 20, 16), hiddenText, "de"),
			),
			line(rect(0, 20, 200, 20),
				// An inline-block does not get its ancestors' decorations.
				box(rect(0, 20, 50, 20), styled(display(cssom.DisplayInlineBlock)),
					line(rect(0, 20, 50, 20), textFrag(rect(0, 20, 10, 16), txt, "f")),
				),
			),
		),
	)
	got := strings.TrimSpace(Build(root).String())
	want := strings.TrimSpace(`
DisplayList 800x600 background #00000000
FillRect (0,13 30x1) #ff0000
Glyphs "" 16px at (0,12) #0000ff 3 glyphs "abc"
FillRect (0,7 30x1) #ff0000
Glyphs "" 16px at (0,32) #0000ff 1 glyphs "f"`)
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestBuildNilAndEmpty(t *testing.T) {
	if dl := Build(nil); len(dl.Items) != 0 {
		t.Errorf("Build(nil) has %d items", len(dl.Items))
	}
	// Nil children and degenerate boxes are skipped without panicking.
	root := viewport(10, 10, nil, nil, box(rect(0, 0, -5, 5), styled(bg(red))), box(rect(0, 0, 5, 0), styled(bg(red))))
	if dl := Build(root); len(dl.Items) != 0 {
		t.Errorf("degenerate boxes gave items:\n%s", dl)
	}
}

func TestDisplayListString(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	dl := &DisplayList{Width: px(800), Height: px(600) + 32, Background: cssom.Color{R: 1, G: 2, B: 3, A: 4}, Items: []Item{
		&PushOpacity{Alpha: 10},
		&PushClip{Rect: Rect{X: 16, Y: 0, W: px(10), H: px(5)}},
		&Glyphs{Size: px(12), Glyphs: make([]layout.Glyph, 2), X: px(1), Y: px(2), Color: black, FakeBold: true, FakeItalic: true, Text: "a\"b"},
		&DrawImage{Image: img, Dest: rect(0, 0, 6, 4), Rendering: RenderPixelated},
		&DrawImage{Dest: rect(0, 0, 6, 4)},
		&PopClip{},
		&PopOpacity{},
		&PopOpacity{}, // unbalanced: no negative indent
		&Border{Styles: cssom.Edges[cssom.BorderStyle]{99}},
	}}
	want := `DisplayList 800x600.5 background #01020304
PushOpacity 10
  PushClip (0.25,0 10x5)
    Glyphs "" 12px at (1,2) #000000 2 glyphs fake-bold fake-italic "a\"b"
    DrawImage (0,0 6x4) from 3x2 pixelated
    DrawImage (0,0 6x4) from nil
  PopClip
PopOpacity
PopOpacity
Border (0,0 0x0) 0 style99 #00000000 0 none #00000000 0 none #00000000 0 none #00000000
`
	if got := dl.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestDecorationMetrics(t *testing.T) {
	def := decorationMetricsOf(nil, px(16))
	if want := (decorationMetrics{underline: px(16) / 12, ascent: px(16) * 4 / 5, strike: px(16) * 3 / 10, thickness: px(1)}); def != want {
		t.Errorf("defaults = %+v, want %+v", def, want)
	}
	if got := decorationMetricsOf(nil, px(64)).thickness; got != px(4) {
		t.Errorf("64px default thickness = %v, want 4", got)
	}
	runs := layout.NewFontSet().Shape("x", layout.FontSpec{Families: []string{"serif"}, Weight: 400, Size: px(20)})
	if len(runs) == 0 || runs[0].Font == nil {
		t.Skip("no font")
	}
	m := runs[0].Font.Metrics(px(20))
	dm := decorationMetricsOf(runs[0].Font, px(20))
	if dm.ascent != m.Ascent || dm.underline <= 0 || dm.underline > px(5) || dm.thickness < px(1) || dm.strike <= 0 || dm.strike >= dm.ascent {
		t.Errorf("metrics %+v from font metrics %+v", dm, m)
	}
}

func TestBuildCanvasImage(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 5, 5))
	vs := cssom.Initial()
	vs.BackgroundImage = "http://x/bg.png"
	html := box(rect(0, 0, 800, 1000), styled())
	html.Border = cssom.Edges[Fixed]{px(3), 0, 0, px(4)}
	root := viewport(800, 600, vs, html)
	dl := BuildWith(root, BuildOptions{Image: func(string) image.Image { return img }})
	want := "DisplayList 800x1000 background #00000000\nTileImage (4,3 5x5) over (0,0 800x1000) from 5x5\n"
	if got := dl.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
