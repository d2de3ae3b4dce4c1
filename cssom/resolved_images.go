package cssom

import (
	"strings"
)

// Resolved values of the image and effect longhands: the background
// layers, gradients, shadows, filters, clip paths, border radii and the
// border image, in the forms Chromium's getComputedStyle writes
// (https://drafts.csswg.org/cssom/#resolved-values,
// https://drafts.csswg.org/css-backgrounds-3/#layering: every list has
// as many items as background-image).

// addImageGetters registers the longhands of this file.
func addImageGetters(g getterTable) {
	layers := func(f func(BackgroundLayer) string) func(*ComputedStyle) string {
		return func(s *ComputedStyle) string {
			n := s.NumBackgroundLayers()
			parts := make([]string, n)
			for i := range n {
				parts[i] = f(s.BackgroundLayer(i))
			}
			return strings.Join(parts, ", ")
		}
	}
	blend := canonicalKeywords(enumKeywords[pBackgroundBlendMode])
	g["background-image"] = layers(func(l BackgroundLayer) string { return imageText(l.Image) })
	g["background-position"] = layers(func(l BackgroundLayer) string { return positionText(l.Position) })
	g["background-position-x"] = layers(func(l BackgroundLayer) string { return lengthText(l.Position[0]) })
	g["background-position-y"] = layers(func(l BackgroundLayer) string { return lengthText(l.Position[1]) })
	g["background-size"] = layers(func(l BackgroundLayer) string { return backgroundSizeText(l.Size) })
	g["background-repeat"] = layers(func(l BackgroundLayer) string { return repeatText(l.Repeat) })
	g["background-clip"] = layers(func(l BackgroundLayer) string { return boxText(l.Clip) })
	g["background-origin"] = layers(func(l BackgroundLayer) string { return boxText(l.Origin) })
	g["background-attachment"] = layers(func(l BackgroundLayer) string {
		switch {
		case l.Fixed:
			return "fixed"
		case l.Local:
			return "local"
		}
		return "scroll"
	})
	g["background-blend-mode"] = layers(func(l BackgroundLayer) string { return blend[int32(l.BlendMode)] })
	g["box-shadow"] = func(s *ComputedStyle) string { return shadowsText(s.BoxShadow, true) }
	g["text-shadow"] = func(s *ComputedStyle) string { return shadowsText(s.TextShadow, false) }
	g["filter"] = func(s *ComputedStyle) string { return filterText(s.Filter) }
	g["clip-path"] = func(s *ComputedStyle) string { return shapeText(s.ClipPath) }
	for i, n := range radiusNames {
		i := i
		g["border-"+n+"-radius"] = func(s *ComputedStyle) string {
			return radiusText(s.BorderRadius[i], s.BorderRadiusY[i])
		}
	}
	addBorderImageGetters(g)
}

// imageText serializes one <image> or none.
func imageText(im LayerImage) string {
	switch {
	case im.Gradient != nil:
		return gradientText(im.Gradient)
	case im.URL != "":
		return urlText(im.URL)
	}
	return "none"
}

// urlText serializes an absolute URL as url("...").
func urlText(u string) string {
	return `url("` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `).Replace(u) + `")`
}

// backgroundSizeText serializes one background-size item: auto when both
// sizes are auto, else both.
func backgroundSizeText(b BackgroundSize) string {
	switch b.Kind {
	case SizeCover:
		return "cover"
	case SizeContain:
		return "contain"
	}
	if b.Width.Kind == LengthAuto && b.Height.Kind == LengthAuto {
		return "auto"
	}
	return lengthText(b.Width) + " " + lengthText(b.Height)
}

var repeatNames = [...]string{RepeatRepeat: "repeat", RepeatNoRepeat: "no-repeat", RepeatSpace: "space", RepeatRound: "round"}

// repeatText serializes one <repeat-style>, in its one-keyword form when
// there is one.
func repeatText(r [2]Repeat) string {
	switch {
	case r[0] == r[1]:
		return pick(repeatNames[:], int(r[0]))
	case r[0] == RepeatRepeat && r[1] == RepeatNoRepeat:
		return "repeat-x"
	case r[0] == RepeatNoRepeat && r[1] == RepeatRepeat:
		return "repeat-y"
	}
	return pick(repeatNames[:], int(r[0])) + " " + pick(repeatNames[:], int(r[1]))
}

// boxText serializes a background-clip or background-origin box.
func boxText(b BackgroundBox) string {
	switch b {
	case BackgroundPaddingBox:
		return "padding-box"
	case BackgroundContentBox:
		return "content-box"
	case BackgroundText:
		return "text"
	}
	return "border-box"
}

// shadowsText serializes a box-shadow or text-shadow list, each shadow
// as Chromium writes it: the colour first, then the offsets, the blur
// and (box-shadow) the spread, then inset.
func shadowsText(list []Shadow, box bool) string {
	if len(list) == 0 {
		return "none"
	}
	parts := make([]string, len(list))
	for i, sh := range list {
		parts[i] = shadowText(sh, box)
	}
	return strings.Join(parts, ", ")
}

func shadowText(sh Shadow, box bool) string {
	t := rgbText(sh.Color) + " " + pxText(sh.X) + " " + pxText(sh.Y) + " " + pxText(sh.Blur)
	if box {
		t += " " + pxText(sh.Spread)
		if sh.Inset {
			t += " inset"
		}
	}
	return t
}

var filterFuncNames = [...]string{FilterBlur: "blur", FilterBrightness: "brightness", FilterContrast: "contrast",
	FilterGrayscale: "grayscale", FilterHueRotate: "hue-rotate", FilterInvert: "invert", FilterOpacity: "opacity",
	FilterSaturate: "saturate", FilterSepia: "sepia", FilterDropShadow: "drop-shadow"}

// filterText serializes a filter list: amounts as numbers, hue-rotate in
// degrees, drop-shadow as a text shadow.
func filterText(list []FilterFunction) string {
	if len(list) == 0 {
		return "none"
	}
	parts := make([]string, len(list))
	for i, f := range list {
		var arg string
		switch f.Kind {
		case FilterBlur:
			arg = pxText(f.Length)
		case FilterHueRotate:
			arg = numText(float64(f.Amount)) + "deg"
		case FilterDropShadow:
			arg = shadowText(f.Shadow, false)
		default:
			arg = numText(float64(f.Amount))
		}
		if int(f.Kind) < len(filterFuncNames) {
			parts[i] = filterFuncNames[f.Kind] + "(" + arg + ")"
		}
	}
	return strings.Join(parts, " ")
}

// shapeText serializes a clip-path basic shape
// (https://drafts.csswg.org/css-shapes-1/#basic-shape-serialization).
// AD-HOC: a centre of 50% 50% is left out, as when it was not given
// (Pane does not remember whether it was).
func shapeText(b *BasicShape) string {
	if b == nil {
		return "none"
	}
	var args string
	switch b.Kind {
	case ShapeInset:
		args = edgeLengths(b.Inset)
	case ShapeCircle, ShapeEllipse:
		n := 1
		if b.Kind == ShapeEllipse {
			n = 2
		}
		var radii []string
		for i := range n {
			switch b.RadiusKind[i] {
			case RadiusLength:
				radii = append(radii, lengthText(b.Radius[i]))
			case RadiusFarthestSide:
				radii = append(radii, "farthest-side")
			default:
				radii = append(radii, "closest-side")
			}
		}
		if allEqual(radii, "closest-side") {
			radii = nil
		}
		if !isCenter(b.Center) {
			radii = append(radii, "at "+positionText(b.Center))
		}
		args = strings.Join(radii, " ")
	case ShapePolygon:
		pts := make([]string, 0, len(b.Points)+1)
		if b.EvenOdd {
			pts = append(pts, "evenodd")
		}
		for _, p := range b.Points {
			pts = append(pts, positionText(p))
		}
		args = strings.Join(pts, ", ")
	}
	return pick([]string{ShapeInset: "inset", ShapeCircle: "circle", ShapeEllipse: "ellipse", ShapePolygon: "polygon"}, int(b.Kind)) + "(" + args + ")"
}

func allEqual(list []string, v string) bool {
	for _, x := range list {
		if x != v {
			return false
		}
	}
	return true
}

func isCenter(p [2]Length) bool {
	return p[0].Kind == LengthPercent && p[0].Percent == 50 && p[1].Kind == LengthPercent && p[1].Percent == 50
}

// edgesText serializes four sides (top, right, bottom, left) in the
// shortest of the one- to four-value forms.
func edgesText(v []string) string {
	switch {
	case v[1] != v[3]:
		return strings.Join(v, " ")
	case v[0] != v[2]:
		return v[0] + " " + v[1] + " " + v[2]
	case v[0] != v[1]:
		return v[0] + " " + v[1]
	}
	return v[0]
}

// edgeLengths serializes four lengths with edgesText.
func edgeLengths(e Edges[Length]) string {
	v := make([]string, 4)
	for i, l := range e {
		v[i] = lengthText(l)
	}
	return edgesText(v)
}

// radiusText serializes one corner: its two radii, or one when they are
// equal.
func radiusText(x, y Length) string {
	a, b := lengthText(x), lengthText(y)
	if a == b {
		return a
	}
	return a + " " + b
}

// gradientText serializes a gradient as Chromium does: colours as rgb(),
// the default direction, shape, size and position left out.
// https://drafts.csswg.org/css-images-3/#gradients
func gradientText(gr *Gradient) string {
	var b strings.Builder
	if gr.Repeating {
		b.WriteString("repeating-")
	}
	b.WriteString(pick([]string{LinearGradient: "linear", RadialGradient: "radial", ConicGradient: "conic"}, int(gr.Kind)))
	b.WriteString("-gradient(")
	var lead []string
	switch gr.Kind {
	case LinearGradient:
		if d := linearDirection(gr); d != "" {
			lead = append(lead, d)
		}
	case RadialGradient:
		lead = radialShape(gr)
	case ConicGradient:
		if gr.Angle != 0 {
			lead = append(lead, "from "+numText(float64(gr.Angle))+"deg")
		}
		if !isCenter(gr.Position) {
			lead = append(lead, "at "+positionText(gr.Position))
		}
	}
	if gr.Space != "" {
		in := "in " + gr.Space
		if gr.HueMethod != "" && gr.HueMethod != "shorter" {
			in += " " + gr.HueMethod + " hue"
		}
		lead = append(lead, in)
	}
	if len(lead) > 0 {
		b.WriteString(strings.Join(lead, " "))
		b.WriteString(", ")
	}
	for i, st := range gr.Stops {
		if i > 0 {
			b.WriteString(", ")
		}
		if st.Hint {
			b.WriteString(stopPositionText(st))
			continue
		}
		b.WriteString(rgbText(st.Color))
		if st.Position.Kind != LengthAuto {
			b.WriteString(" " + stopPositionText(st))
		}
	}
	b.WriteString(")")
	return b.String()
}

// linearDirection serializes a linear gradient's direction, "" for the
// default (to bottom). AD-HOC: Pane keeps "to right" as 90deg, so the
// side angles come back as the side keywords.
func linearDirection(gr *Gradient) string {
	if gr.ToX != 0 && gr.ToY != 0 {
		x, y := "left", "top"
		if gr.ToX > 0 {
			x = "right"
		}
		if gr.ToY > 0 {
			y = "bottom"
		}
		return "to " + x + " " + y
	}
	switch gr.Angle {
	case 180:
		return ""
	case 0:
		return "to top"
	case 90:
		return "to right"
	case 270:
		return "to left"
	}
	return numText(float64(gr.Angle)) + "deg"
}

var extentNames = [...]string{FarthestCorner: "farthest-corner", ClosestSide: "closest-side",
	ClosestCorner: "closest-corner", FarthestSide: "farthest-side"}

// radialShape serializes a radial gradient's ending shape, size and
// position: circle or the radii, the extent unless farthest-corner, the
// position unless the centre.
func radialShape(gr *Gradient) []string {
	var out []string
	switch {
	case gr.Extent == ExtentExplicit && gr.Circle:
		out = append(out, lengthText(gr.Size[0]))
	case gr.Extent == ExtentExplicit:
		out = append(out, lengthText(gr.Size[0])+" "+lengthText(gr.Size[1]))
	case gr.Circle && gr.Extent == FarthestCorner:
		out = append(out, "circle")
	case gr.Circle:
		out = append(out, "circle "+pick(extentNames[:], int(gr.Extent)))
	case gr.Extent != FarthestCorner && int(gr.Extent) < len(extentNames):
		out = append(out, extentNames[gr.Extent])
	}
	if !isCenter(gr.Position) {
		out = append(out, "at "+positionText(gr.Position))
	}
	return out
}

// addBorderImageGetters registers the border-image longhands
// (https://drafts.csswg.org/css-backgrounds-3/#border-images).
func addBorderImageGetters(g getterTable) {
	bi := func(s *ComputedStyle) *BorderImage {
		if s.BorderImage == nil {
			return &initialBorderImage
		}
		return s.BorderImage
	}
	g["border-image-source"] = func(s *ComputedStyle) string { return imageText(bi(s).Source) }
	g["border-image-slice"] = func(s *ComputedStyle) string {
		b := bi(s)
		t := borderImageLengths(b.Slice)
		if b.Fill {
			t += " fill"
		}
		return t
	}
	g["border-image-width"] = func(s *ComputedStyle) string { return borderImageLengths(bi(s).Width) }
	g["border-image-outset"] = func(s *ComputedStyle) string { return borderImageLengths(bi(s).Outset) }
	g["border-image-repeat"] = func(s *ComputedStyle) string {
		r := bi(s).Repeat
		names := [...]string{BorderImageStretch: "stretch", BorderImageRepeatTile: "repeat", BorderImageRound: "round", BorderImageSpace: "space"}
		if r[0] == r[1] {
			return pick(names[:], int(r[0]))
		}
		return pick(names[:], int(r[0])) + " " + pick(names[:], int(r[1]))
	}
}

// borderImageLengths serializes four border-image sides in the shortest
// form.
func borderImageLengths(sides [4]BorderImageLength) string {
	v := make([]string, 4)
	for i, l := range sides {
		if l.IsNumber {
			v[i] = numText(float64(l.Number))
		} else {
			v[i] = lengthText(l.Length)
		}
	}
	return edgesText(v)
}

// stopPositionText serializes a colour stop's or hint's position: a
// conic gradient's angle in deg (kept as a percentage of a turn), as
// Chromium writes it, else the <length-percentage>.
func stopPositionText(st ColorStop) string {
	if st.Angle && st.Position.Kind == LengthPercent {
		return numText(float64(st.Position.Percent)*3.6) + "deg"
	}
	return lengthText(st.Position)
}
