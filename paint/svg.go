package paint

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// SVGImage is a decoded SVG document: a vector image. Its Bounds are its
// natural size in CSS px (one image pixel per CSS px), which is what layout
// reads; the rasterizer does not scale those pixels but draws the vector
// paths again at the destination's device size (Rasterize), so an SVG stays
// sharp at any size and device pixel ratio.
//
// An SVGImage is safe for concurrent use. Drawing uses oksvg's subset of
// SVG (shapes, paths, gradients, transforms, <use>, simple <style>).
//
// TODO(spec): text, filters, masks, clipPath, patterns, markers and <image>
// inside SVG images (oksvg ignores them); nested <svg> viewports.
type SVGImage struct {
	// Width and Height are the natural size in CSS px (at least 1).
	Width, Height int

	mu   sync.Mutex
	icon *oksvg.SvgIcon
	vb   [4]float64 // the viewBox: x, y, w, h
	// stretch: no viewBox; the natural size is scaled on each axis.
	stretch bool
	atOnce  sync.Once
	at      *image.RGBA // rasterized at the natural size, for At
}

// maxSVGSide bounds the natural size of an SVG image on each axis, in px.
const maxSVGSide = 1 << 14

// looksLikeSVG reports whether data starts (after a byte-order mark,
// white space, an XML declaration, comments or a doctype) with an <svg
// element.
//
// AD-HOC: the MIME sniffing standard never sniffs SVG (it goes by
// Content-Type); DecodeImage sees only bytes, so it looks for the root.
func looksLikeSVG(data []byte) bool {
	if len(data) > 4096 {
		data = data[:4096]
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(data, []byte("<")) {
		return false
	}
	return bytes.Contains(data, []byte("<svg"))
}

// decodeSVG parses an SVG document into an SVGImage.
//
// The natural size follows https://www.w3.org/TR/SVG2/coords.html#SizingSVGInCSS:
// the root's width and height when they are absolute lengths; a missing
// one from the other and the viewBox's aspect ratio; and otherwise the
// viewBox's size. AD-HOC: with neither, the default object size 300×150 of
// CSS Images 3 §4.1 (an image.Image always has a size).
func decodeSVG(data []byte) (img *SVGImage, err error) {
	w, h, vb, hasVB, err := svgRoot(data)
	if err != nil {
		return nil, err
	}
	icon, err := oksvg.ReadIconStream(bytes.NewReader(withoutHidden(data)), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, fmt.Errorf("paint: decode svg: %w", err)
	}
	return &SVGImage{Width: w, Height: h, icon: icon, vb: vb, stretch: !hasVB}, nil
}

// hiddenSVG are the elements whose content is never rendered where it
// stands, only when referenced (https://www.w3.org/TR/SVG2/render.html#TermNeverRenderedElement);
// oksvg does not know them and would draw their children.
var hiddenSVG = map[string]bool{"symbol": true, "clipPath": true, "mask": true, "pattern": true, "marker": true, "title": true, "desc": true, "metadata": true, "script": true}

// withoutHidden returns the document with the never-rendered elements
// (and their content) removed, or data itself when it has none or does
// not re-encode.
//
// TODO(spec): <use> of a <symbol> (the reference is dropped with it).
func withoutHidden(data []byte) []byte {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	var out bytes.Buffer
	enc := xml.NewEncoder(&out)
	skip, dropped := 0, false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 || hiddenSVG[t.Name.Local] {
				skip++
				dropped = true
				continue
			}
			// Namespaced names would re-encode with generated prefixes
			// oksvg does not read: keep the local names only.
			t.Name.Space = ""
			attrs := t.Attr[:0:0]
			for _, a := range t.Attr {
				if a.Name.Space == "" || a.Name.Space == "xlink" || a.Name.Space == "http://www.w3.org/1999/xlink" {
					a.Name.Space = ""
					attrs = append(attrs, a)
				}
			}
			t.Attr = attrs
			tok = t
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			t.Name.Space = ""
			tok = t
		case xml.ProcInst, xml.Directive:
			continue
		default:
			if skip > 0 {
				continue
			}
		}
		if enc.EncodeToken(tok) != nil {
			return data
		}
	}
	if !dropped || enc.Flush() != nil {
		return data
	}
	return out.Bytes()
}

// svgRoot reads the root <svg> element's width, height and viewBox.
func svgRoot(data []byte) (w, h int, vb [4]float64, hasVB bool, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	var root *xml.StartElement
	for root == nil {
		tok, err := d.Token()
		if err != nil {
			return 0, 0, vb, false, fmt.Errorf("paint: decode svg: no <svg> root: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local != "svg" {
				return 0, 0, vb, false, fmt.Errorf("paint: decode svg: root is <%s>: %w", se.Name.Local, ErrImageFormat)
			}
			root = &se
		}
	}
	var fw, fh float64
	for _, a := range root.Attr {
		switch a.Name.Local {
		case "width":
			fw = svgLength(a.Value)
		case "height":
			fh = svgLength(a.Value)
		case "viewBox":
			f := strings.FieldsFunc(a.Value, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
			if len(f) == 4 {
				ok := true
				for i := range f {
					v, e := strconv.ParseFloat(f[i], 64)
					ok = ok && e == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
					vb[i] = v
				}
				hasVB = ok && vb[2] > 0 && vb[3] > 0
			}
		}
	}
	switch {
	case fw > 0 && fh > 0:
	case fw > 0 && hasVB:
		fh = fw * vb[3] / vb[2]
	case fh > 0 && hasVB:
		fw = fh * vb[2] / vb[3]
	case hasVB:
		fw, fh = vb[2], vb[3]
	default:
		if fw <= 0 {
			fw = 300
		}
		if fh <= 0 {
			fh = 150
		}
	}
	if !hasVB {
		vb = [4]float64{0, 0, fw, fh}
	}
	return svgSide(fw), svgSide(fh), vb, hasVB, nil
}

// svgSide rounds a natural length to whole px within [1, maxSVGSide].
func svgSide(v float64) int {
	n := int(math.Round(v))
	return max(1, min(n, maxSVGSide))
}

// svgLength returns an absolute length attribute in px, or 0 when it is
// missing, a percentage, relative or invalid.
// https://www.w3.org/TR/css-values-3/#absolute-lengths
func svgLength(s string) float64 {
	s = strings.TrimSpace(s)
	units := []struct {
		suffix string
		px     float64
	}{{"px", 1}, {"pt", 4.0 / 3}, {"pc", 16}, {"in", 96}, {"cm", 96 / 2.54}, {"mm", 96 / 25.4}, {"", 1}}
	for _, u := range units {
		num, ok := strings.CutSuffix(s, u.suffix)
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(num, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
			return 0
		}
		return v * u.px
	}
	return 0
}

// ColorModel implements image.Image.
func (s *SVGImage) ColorModel() color.Model { return color.RGBAModel }

// Bounds implements image.Image: the natural size, at the origin.
func (s *SVGImage) Bounds() image.Rectangle { return image.Rect(0, 0, s.Width, s.Height) }

// At implements image.Image, from a rasterization at the natural size made
// on first use.
func (s *SVGImage) At(x, y int) color.Color {
	s.atOnce.Do(func() { s.at = s.Rasterize(s.Width, s.Height) })
	return s.at.At(x, y)
}

// Rasterize draws the image into a new w×h RGBA image (premultiplied),
// mapping the viewBox onto it as preserveAspectRatio="xMidYMid meet" says.
// AD-HOC: without a viewBox, the natural size is stretched to w×h on each
// axis, as Chromium draws such images.
// https://www.w3.org/TR/SVG2/coords.html#PreserveAspectRatioAttribute
//
// TODO(spec): the root's preserveAspectRatio attribute (always xMidYMid meet).
func (s *SVGImage) Rasterize(w, h int) (out *image.RGBA) {
	w, h = max(w, 1), max(h, 1)
	if int64(w)*int64(h) > MaxImagePixels {
		w, h = 1, 1
	}
	out = image.NewRGBA(image.Rect(0, 0, w, h))
	if s.icon == nil {
		return out
	}
	kx, ky := float64(w)/s.vb[2], float64(h)/s.vb[3]
	if !s.stretch {
		kx = math.Min(kx, ky)
		ky = kx
	}
	tx := (float64(w)-s.vb[2]*kx)/2 - s.vb[0]*kx
	ty := (float64(h)-s.vb[3]*ky)/2 - s.vb[1]*ky
	s.mu.Lock()
	defer s.mu.Unlock()
	defer func() {
		// oksvg and rasterx are not ours: a panic on odd input leaves
		// a blank image, never a crashed page.
		if recover() != nil {
			out = image.NewRGBA(image.Rect(0, 0, w, h))
		}
	}()
	s.icon.Transform = rasterx.Identity.Translate(tx, ty).Scale(kx, ky)
	// AD-HOC: oksvg strokes with the user-space line width whatever the
	// transform; stroke widths and dashes scale with the image here
	// (https://www.w3.org/TR/SVG2/painting.html#StrokeWidth: user units).
	k := math.Sqrt(kx * ky)
	restore := scaleStrokes(s.icon, k)
	defer restore()
	scanner := rasterx.NewScannerGV(w, h, out, out.Bounds())
	s.icon.Draw(rasterx.NewDasher(w, h, scanner), 1)
	return out
}

// scaleStrokes multiplies the stroke widths and dash lengths of icon's
// paths by k and returns the function that restores them.
func scaleStrokes(icon *oksvg.SvgIcon, k float64) func() {
	type saved struct {
		width, offset float64
		dash          []float64
	}
	old := make([]saved, len(icon.SVGPaths))
	for i := range icon.SVGPaths {
		p := &icon.SVGPaths[i]
		old[i] = saved{p.LineWidth, p.DashOffset, p.Dash}
		p.LineWidth *= k
		p.DashOffset *= k
		if p.Dash != nil {
			d := make([]float64, len(p.Dash))
			for j, v := range p.Dash {
				d[j] = v * k
			}
			p.Dash = d
		}
	}
	return func() {
		for i := range icon.SVGPaths {
			p := &icon.SVGPaths[i]
			p.LineWidth, p.DashOffset, p.Dash = old[i].width, old[i].offset, old[i].dash
		}
	}
}
