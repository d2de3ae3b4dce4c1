package main

import (
	"bytes"
	"encoding/base64"
	"image"
	"image/color"
	"image/png"
	"strings"
)

// demoHTML is the built-in page rendered when no input is given: a tour of
// what the engine draws today. {{IMAGE}} is replaced by a data: URL of an
// image drawn in Go, so the demo needs no file or network.
const demoHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pane demo</title>
<style>
  body { margin: 0; background: #f4f6fb; color: #1d2433; font-family: sans-serif; font-size: 15px; line-height: 1.45; }
  header { background: #2d3a8c; color: white; padding: 18px 32px; }
  header h1 { margin: 0; font-size: 30px; letter-spacing: 1px; }
  header p { margin: 4px 0 0; color: #c9d2ff; }
  main { padding: 8px 32px 24px; }
  h2 { font-size: 19px; color: #2d3a8c; border-bottom: 2px solid #d6dcf5; padding-bottom: 3px; margin: 18px 0 8px; }
  .card { background: white; border: 1px solid #d6dcf5; border-left: 6px solid #ef6c3a; padding: 10px 14px; margin: 10px 0; }
  .row .box { display: inline-block; width: 118px; height: 54px; margin-right: 10px; color: white; text-align: center; line-height: 54px; font-weight: bold; }
  .red { background: #e5484d; } .green { background: #30a46c; } .blue { background: #0091ff; border: 4px solid #0b3d91; line-height: 46px !important; width: 110px !important; }
  .gold { background: #ffb224; color: #3b2300 !important; }
  ul { margin: 6px 0; padding-left: 24px; } li { margin: 2px 0; }
  code { font-family: monospace; background: #e8ebf7; padding: 0 4px; }
  .figure { float: right; margin: 0 0 8px 16px; text-align: center; font-size: 12px; color: #5b6478; }
  .figure img { border: 1px solid #9aa3c0; display: block; }
  em { color: #ef6c3a; }
</style>
</head>
<body>
<header>
  <h1>Pane</h1>
  <p>A headless browser engine in pure Go: URL → DOM → CSSOM → layout → pixels.</p>
</header>
<main>
  <div class="figure"><img src="{{IMAGE}}" width="180" height="120" alt="a generated picture"><br>An image decoded and scaled</div>
  <h2>Text that wraps</h2>
  <p>This paragraph is laid out by Pane's inline formatting context: words are shaped with
  <code>go-text/typesetting</code>, broken into lines at the opportunities of Unicode's line breaking
  algorithm, and aligned. <strong>Bold</strong>, <em>italic</em>, <u>underlined</u> and
  <a href="#">linked</a> text mix freely within one line box.</p>
  <div class="card">A card with a white background, a thin border and a thick orange left border,
  its margins collapsing with the paragraphs around it.</div>
  <h2>Boxes</h2>
  <div class="row"><div class="box red">red</div><div class="box green">green</div><div class="box blue">blue</div><div class="box gold">gold</div></div>
  <h2>Lists</h2>
  <ul>
    <li>Fetched in parallel: stylesheets, images and scripts</li>
    <li>Styled by a real cascade with selectors, specificity and inheritance</li>
    <li>Laid out in fixed-point units, so every machine draws the same pixels</li>
  </ul>
  <p style="text-align: center; color: #5b6478; font-size: 13px">Rendered by <code>go run ./examples/render</code></p>
</main>
</body>
</html>
`

// demoPage returns the demo page's HTML with its image inlined.
func demoPage() string {
	var buf bytes.Buffer
	// png.Encode cannot fail writing to a bytes.Buffer.
	_ = png.Encode(&buf, demoImage(180, 120))
	return strings.Replace(demoHTML, "{{IMAGE}}", "data:image/png;base64,"+base64.StdEncoding.EncodeToString(buf.Bytes()), 1)
}

// demoImage draws a small landscape: a sky gradient, a sun and hills.
func demoImage(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := color.NRGBA{uint8(90 + 120*y/h), uint8(150 + 60*y/h), 235, 255}
			if dx, dy := x-130, y-38; dx*dx+dy*dy < 18*18 {
				c = color.NRGBA{255, 196, 40, 255}
			}
			if y > 76+tri(x, 70, 14) {
				c = color.NRGBA{48, 140, 76, 255}
			}
			if y > 96+tri(x+20, 40, 8) {
				c = color.NRGBA{30, 104, 58, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

// tri is a triangle wave of the given period and amplitude, in integers so
// the demo image is the same on every machine.
func tri(x, period, amp int) int {
	p := x % period
	if p > period/2 {
		p = period - p
	}
	return amp*4*p/period - amp
}
