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
  body { margin: 0; background: #f4f6fb; color: #1d2433; font-family: Arial, sans-serif; font-size: 15px; line-height: 1.45; }
  header { background: linear-gradient(135deg, #2d3a8c, #6a3fb5); color: white; padding: 16px 32px; }
  header h1 { margin: 0; font-size: 30px; letter-spacing: 1px; }
  header p { margin: 2px 0 0; color: #dcd6ff; }
  main { padding: 4px 32px 16px; }
  h2 { font-size: 18px; color: #2d3a8c; border-bottom: 2px solid #d6dcf5; padding-bottom: 2px; margin: 14px 0 8px; }
  .figure { float: right; margin: 0 0 8px 16px; text-align: center; font-size: 12px; color: #5b6478; }
  .figure img { border-radius: 10px; box-shadow: 0 4px 12px rgba(20, 30, 80, .35); display: block; margin-bottom: 6px; }
  .row { display: flex; gap: 12px; }
  .box { flex: 1; height: 48px; border-radius: 8px; color: white; font-weight: bold;
         display: flex; align-items: center; justify-content: center; box-shadow: 0 2px 6px rgba(0,0,0,.25); }
  .red { background: #e5484d; } .green { background: #30a46c; } .gold { background: #ffb224; color: #3b2300; }
  .blue { background: linear-gradient(#47a3ff, #0b62d6); outline: 3px solid #0b3d91; outline-offset: 2px; }
  table { border-collapse: collapse; margin-top: 4px; font-size: 13px; }
  th, td { border: 1px solid #c5cbe3; padding: 2px 10px; text-align: left; }
  th { background: #e3e8fb; }
  code { font-family: "Courier New", monospace; background: #e8ebf7; padding: 0 4px; border-radius: 3px; }
  em { color: #d9541e; }
  #script { color: #5b6478; font-size: 13px; margin: 8px 0 0; }
</style>
</head>
<body>
<header>
  <h1>Pane</h1>
  <p>A headless browser engine in pure Go: URL → DOM → CSSOM → layout → pixels.</p>
</header>
<main>
  <div class="figure"><img src="{{IMAGE}}" width="180" height="120" alt="a generated picture">An image decoded, scaled and rounded</div>
  <h2>Text that wraps</h2>
  <p>This paragraph is laid out by Pane's inline formatting context: words are shaped with
  <code>go-text/typesetting</code> in metric-compatible fonts, broken into lines at Unicode's line
  break opportunities, and wrapped around the floated figure. <strong>Bold</strong>, <em>italic</em>,
  <u>underlined</u> and <a href="#">linked</a> text share one line box.</p>
  <h2>Flexbox, gradients, shadows</h2>
  <div class="row"><div class="box red">red</div><div class="box green">green</div><div class="box blue">blue</div><div class="box gold">gold</div></div>
  <h2>Tables</h2>
  <table>
    <tr><th>Stage</th><th>Package</th><th>Output</th></tr>
    <tr><td>fetch</td><td>fetch</td><td>bytes, in parallel</td></tr>
    <tr><td>parse and style</td><td>dom, cssom</td><td>a DOM and computed styles</td></tr>
    <tr><td>layout and paint</td><td>layout, paint</td><td>fragments, then pixels</td></tr>
  </table>
  <p id="script">Scripts did not run.</p>
  <script>
    var items = document.querySelectorAll("td").length;
    setTimeout(function () {
      document.getElementById("script").textContent =
        "This line was written by a script 250 ms later on the virtual clock; the table has " + items + " cells.";
    }, 250);
  </script>
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
