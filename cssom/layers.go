package cssom

// Background layers (https://www.w3.org/TR/css-backgrounds-3/#layering):
// "the number of comma-separated items defined by background-image
// determines the number of background layers"; the other background
// longhands are lists too, "repeated as necessary" when shorter and
// truncated when longer. The first item of each list is also kept in the
// first-layer fields of ComputedStyle (BackgroundImage, BackgroundRepeat,
// ...); the full lists live in ComputedStyle.BackgroundLists once one of
// them has several items. background-blend-mode
// (https://www.w3.org/TR/compositing-1/#background-blend-mode) is one more
// such list.

import (
	"net/url"
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// LayerImage is one computed item of background-image: a url() image
// (URL, absolute), a gradient, or none (both empty).
type LayerImage struct {
	URL      string
	Gradient *Gradient
	// Resolution is the image's resolution in image pixels per CSS px,
	// from the candidate image-set() chose (its natural size is its pixel
	// size divided by it); 0 means 1x.
	Resolution float32
}

// BackgroundLists holds the computed lists of the background longhands,
// each as specified (the first item first, which paints on top).
type BackgroundLists struct {
	Images []LayerImage
	Repeat [][2]Repeat
	// PositionX and PositionY are the lists of background-position-x and
	// background-position-y, which repeat independently.
	PositionX []Length
	PositionY []Length
	Size      []BackgroundSize
	Clip      []BackgroundBox
	Origin    []BackgroundBox
	// Fixed and Local are background-attachment: fixed and local (both
	// false for scroll), one list.
	Fixed     []bool
	Local     []bool
	BlendMode []BlendMode
}

// BackgroundLayer is one used background layer: the items of the
// background longhands' lists at one index.
type BackgroundLayer struct {
	Image        LayerImage
	Repeat       [2]Repeat
	Position     [2]Length
	Size         BackgroundSize
	Clip, Origin BackgroundBox
	// Fixed reports background-attachment: fixed.
	Fixed bool
	// Local reports background-attachment: local.
	Local bool
	// BlendMode is the layer's background-blend-mode.
	BlendMode BlendMode
}

// NumBackgroundLayers returns the number of background layers: the
// number of items of background-image (at least one).
func (s *ComputedStyle) NumBackgroundLayers() int {
	if s.BackgroundLists == nil || len(s.BackgroundLists.Images) == 0 {
		return 1
	}
	return len(s.BackgroundLists.Images)
}

// BackgroundLayer returns background layer i (0 is the top layer, painted
// last): "the excess values at the end are not used" and shorter lists
// are "repeated as necessary".
// https://www.w3.org/TR/css-backgrounds-3/#layering
func (s *ComputedStyle) BackgroundLayer(i int) BackgroundLayer {
	l := s.BackgroundLists
	if l == nil {
		return BackgroundLayer{
			Image:  LayerImage{URL: s.BackgroundImage, Gradient: s.BackgroundGradient},
			Repeat: s.BackgroundRepeat, Position: s.BackgroundPosition, Size: s.BackgroundSize,
			Clip: s.BackgroundClip, Origin: s.BackgroundOrigin, Fixed: s.BackgroundFixed, Local: s.BackgroundLocal,
		}
	}
	return BackgroundLayer{
		Image:  nth(l.Images, i),
		Repeat: nth(l.Repeat, i), Position: [2]Length{nth(l.PositionX, i), nth(l.PositionY, i)}, Size: nth(l.Size, i),
		Clip: nth(l.Clip, i), Origin: nth(l.Origin, i), Fixed: nth(l.Fixed, i), Local: nth(l.Local, i),
		BlendMode: nth(l.BlendMode, i),
	}
}

// BackgroundImageURLs appends the URLs of the url() images of every
// background layer to out, in layer order.
func (s *ComputedStyle) BackgroundImageURLs(out []string) []string {
	if s.BackgroundLists == nil {
		if s.BackgroundImage != "" {
			out = append(out, s.BackgroundImage)
		}
		return out
	}
	for _, im := range s.BackgroundLists.Images {
		if im.URL != "" {
			out = append(out, im.URL)
		}
	}
	return out
}

// HasBackgroundImage reports whether any background layer has an image
// or a gradient.
func (s *ComputedStyle) HasBackgroundImage() bool {
	for i := range s.NumBackgroundLayers() {
		if im := s.BackgroundLayer(i).Image; im.URL != "" || im.Gradient != nil {
			return true
		}
	}
	return false
}

// nth returns list[i], repeating the list when i is past its end; the
// zero value for an empty list.
func nth[T any](list []T, i int) T {
	var zero T
	if len(list) == 0 {
		return zero
	}
	return list[i%len(list)]
}

func init() {
	longhandNames["background-blend-mode"] = pBackgroundBlendMode
	// background-position is a shorthand of the two axes (CSS Backgrounds
	// 4, https://drafts.csswg.org/css-backgrounds-4/#background-position-longhands);
	// pBackgroundPosition is background-position-x.
	delete(longhandNames, "background-position")
	longhandNames["background-position-x"] = pBackgroundPosition
	longhandNames["background-position-y"] = pBackgroundPositionY
	shorthands["background-position"] = []propID{pBackgroundPosition, pBackgroundPositionY}
	shorthands["background"] = append(shorthands["background"], pBackgroundPositionY)
}

// parseLayerList parses a comma-separated list of per-layer values with
// one: the value is the first item, and all the items ride in
// v.effect.layers when there are several.
func parseLayerList(toks []tok, one func([][]tok) (value, bool)) (value, bool) {
	parts := splitCommas(toks)
	vals := make([]value, len(parts))
	for i, p := range parts {
		v, ok := one(components(p))
		if !ok {
			return value{}, false
		}
		vals[i] = v
	}
	if len(vals) == 0 {
		return value{}, false
	}
	return layered(vals), true
}

// layerImage parses one <bg-image> = none | <image>: url(), a gradient,
// image-set(); AD-HOC: other <image> functions
// (cross-fade(), ...) are kept as none.
func layerImage(comps [][]tok, base *url.URL) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	if v, ok, isSet := parseImageSet(comps[0], base); isSet {
		return v, ok
	}
	if v, ok := parseImageOrNone(comps, base); ok {
		return v, true
	}
	if g, ok := parseGradient(comps[0]); ok {
		return value{kind: vKeyword, i: kwNone, effect: &effectValue{gradient: g}}, true
	}
	if otherImageFunction(comps[0]) {
		return value{kind: vKeyword, i: kwNone}, true
	}
	return value{}, false
}

// otherImageFunction reports whether c is one of the <image> functions
// kept as none.
func otherImageFunction(c []tok) bool {
	if len(c) == 0 || c[0].t != css.FunctionToken {
		return false
	}
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(c[0].s), "-webkit-")) {
	case "image-set(", "cross-fade(", "image(", "element(", "paint(", "canvas(":
		return true
	}
	return false
}

// layerBox parses one <visual-box> (background-origin) or <bg-clip>
// (background-clip, where text is allowed).
func layerBox(comps [][]tok, clip bool) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
	}
	if clip && ident(comps[0]) == "text" {
		return value{kind: vEnum, i: int32(BackgroundText)}, true
	}
	b, ok := backgroundBoxes[ident(comps[0])]
	return value{kind: vEnum, i: int32(b)}, ok
}

// layerKeyword parses one keyword of id's keyword table.
func layerKeyword(id propID) func([][]tok) (value, bool) {
	return func(comps [][]tok) (value, bool) {
		if len(comps) != 1 {
			return value{}, false
		}
		e, ok := enumKeywords[id][ident(comps[0])]
		return value{kind: vEnum, i: e}, ok
	}
}

// parseBackgroundList parses the list-valued background longhands;
// handled is false for other names.
func parseBackgroundList(name string, toks []tok, base *url.URL) (l []longhand, ok, handled bool) {
	var one func([][]tok) (value, bool)
	id := longhandNames[name]
	switch name {
	case "background-image":
		one = func(c [][]tok) (value, bool) { return layerImage(c, base) }
	case "background-repeat":
		one = parseRepeat
	case "background-position":
		return parsePositionLonghands(toks)
	case "background-position-x":
		one = func(c [][]tok) (value, bool) { return parsePositionAxis(c, 'x') }
	case "background-position-y":
		one = func(c [][]tok) (value, bool) { return parsePositionAxis(c, 'y') }
	case "background-size":
		one = parseBgSize
	case "background-clip", "-webkit-background-clip":
		one = func(c [][]tok) (value, bool) { return layerBox(c, true) }
	case "background-origin":
		one = func(c [][]tok) (value, bool) { return layerBox(c, false) }
	case "background-attachment", "background-blend-mode":
		one = layerKeyword(id)
	default:
		return nil, false, false
	}
	v, ok := parseLayerList(toks, one)
	if !ok {
		return nil, false, true
	}
	return []longhand{{id, v}}, true, true
}

// parseBackgroundShorthand parses the background shorthand
// (https://www.w3.org/TR/css-backgrounds-3/#background): <bg-layer># ,
// <final-bg-layer>, where <bg-layer> = <bg-image> || <bg-position> [ /
// <bg-size> ]? || <repeat-style> || <attachment> || <visual-box> ||
// <visual-box> and only the final layer has a <background-color>.
func parseBackgroundShorthand(toks []tok, base *url.URL) ([]longhand, bool) {
	color := value{kind: vColor, color: Transparent}
	parts := splitCommas(toks)
	var images, repeats, xs, ys, sizes, origins, clips, attachments []value
	for i, part := range parts {
		comps := components(part)
		if len(comps) == 0 {
			return nil, false
		}
		image := value{kind: vKeyword, i: kwNone}
		var rest [][]tok
		seenImage, seenColor := false, false
		for _, c := range comps {
			if !seenImage {
				if v, ok := layerImage([][]tok{c}, base); ok {
					image, seenImage = v, true
					continue
				}
			}
			if col, cur, ok := parseColor(c); ok && !seenColor {
				if i != len(parts)-1 {
					return nil, false // only the final layer has a color
				}
				color, seenColor = value{kind: vColor, color: col}, true
				if cur {
					color = value{kind: vCurrentColor}
				}
				continue
			}
			if !backgroundComponent(c) {
				return nil, false
			}
			rest = append(rest, c)
		}
		r, p, s, ok := backgroundLayer(rest)
		if !ok {
			return nil, false
		}
		origin, clip, attachment, ok := layerBoxes(rest)
		if !ok {
			return nil, false
		}
		x, y := splitPosition(p)
		images, repeats, sizes = append(images, image), append(repeats, r), append(sizes, s)
		xs, ys = append(xs, x), append(ys, y)
		origins, clips, attachments = append(origins, origin), append(clips, clip), append(attachments, attachment)
	}
	return []longhand{{pBackgroundColor, color}, {pBackgroundImage, layered(images)},
		{pBackgroundRepeat, layered(repeats)}, {pBackgroundPosition, layered(xs)}, {pBackgroundPositionY, layered(ys)},
		{pBackgroundSize, layered(sizes)}, {pBackgroundOrigin, layered(origins)},
		{pBackgroundClip, layered(clips)}, {pBackgroundAttachment, layered(attachments)}}, true
}

// layered returns the first of vals with all of them in v.effect.layers
// when there are several.
func layered(vals []value) value {
	v := vals[0]
	if len(vals) > 1 {
		ev := &effectValue{}
		if v.effect != nil {
			*ev = *v.effect
		}
		ev.layers = vals
		v.effect = ev
	}
	return v
}

// layerBoxes returns one shorthand layer's background-origin,
// background-clip and background-attachment: one <visual-box> sets both
// boxes, two set the origin then the clip, text sets the clip.
func layerBoxes(comps [][]tok) (origin, clip, attachment value, ok bool) {
	var boxes []BackgroundBox
	var attach int32
	text, nAttach := false, 0
	for _, c := range comps {
		kw := ident(c)
		if b, isBox := backgroundBoxes[kw]; isBox {
			boxes = append(boxes, b)
		}
		switch kw {
		case "fixed", "scroll", "local":
			nAttach++
			attach = enumKeywords[pBackgroundAttachment][kw]
		case "text":
			text = true
		}
	}
	o, cl := BackgroundPaddingBox, BackgroundBorderBox
	switch len(boxes) {
	case 0:
	case 1:
		o, cl = boxes[0], boxes[0]
	case 2:
		o, cl = boxes[0], boxes[1]
	default:
		return origin, clip, attachment, false
	}
	if text {
		if len(boxes) == 2 {
			return origin, clip, attachment, false
		}
		cl = BackgroundText
	}
	return value{kind: vEnum, i: int32(o)}, value{kind: vEnum, i: int32(cl)}, value{kind: vEnum, i: attach}, nAttach <= 1
}

// layerValues returns the items of a list-valued longhand's value.
func layerValues(v *value) []value {
	if v.effect != nil && len(v.effect.layers) > 0 {
		return v.effect.layers
	}
	return []value{*v}
}

// isBackgroundListProp reports whether id is one of the list-valued
// background longhands.
func isBackgroundListProp(id propID) bool {
	switch id {
	case pBackgroundImage, pBackgroundRepeat, pBackgroundPosition, pBackgroundPositionY, pBackgroundSize, pBackgroundClip,
		pBackgroundOrigin, pBackgroundAttachment, pBackgroundBlendMode:
		return true
	}
	return false
}

// listsFrom returns a fresh copy of s's lists, or one-item lists made
// from its first-layer fields when it has none.
func listsFrom(s *ComputedStyle) *BackgroundLists {
	if l := s.BackgroundLists; l != nil {
		cp := *l
		return &cp
	}
	return &BackgroundLists{
		Images:    []LayerImage{{URL: s.BackgroundImage, Gradient: s.BackgroundGradient}},
		Repeat:    [][2]Repeat{s.BackgroundRepeat},
		PositionX: []Length{s.BackgroundPosition[0]}, PositionY: []Length{s.BackgroundPosition[1]},
		Size: []BackgroundSize{s.BackgroundSize}, Clip: []BackgroundBox{s.BackgroundClip},
		Origin: []BackgroundBox{s.BackgroundOrigin}, Fixed: []bool{s.BackgroundFixed}, Local: []bool{s.BackgroundLocal},
		BlendMode: []BlendMode{BlendNormal},
	}
}

// computeBackgroundList computes a list-valued background longhand: each
// item into the first-layer field (the last item first, so that the
// field ends with the first), and the whole list when the style keeps
// lists.
func (c *computer) computeBackgroundList(id propID, v *value) {
	items := layerValues(v)
	s := c.s
	if id == pBackgroundBlendMode {
		if s.BackgroundLists == nil && len(items) == 1 && v.i == int32(BlendNormal) {
			return
		}
		l := listsFrom(s)
		l.BlendMode = make([]BlendMode, len(items))
		for i, it := range items {
			l.BlendMode[i] = BlendMode(it.i)
		}
		s.BackgroundLists = l.orNil()
		return
	}
	var l *BackgroundLists
	if s.BackgroundLists != nil || len(items) > 1 {
		l = listsFrom(s)
		l.setLen(id, len(items))
	}
	if l == nil && id == pBackgroundImage && items[0].num != 0 {
		l = listsFrom(s) // an image-set() resolution lives in the list
		l.setLen(id, 1)
	}
	for i := len(items) - 1; i >= 0; i-- {
		c.computeLayerItem(id, &items[i])
		if l != nil {
			l.take(id, s, i)
			if id == pBackgroundImage {
				l.Images[i].Resolution = float32(items[i].num)
			}
		}
	}
	if l != nil {
		s.BackgroundLists = l.orNil()
	}
}

// orNil returns nil when every list has one item and the blend mode is
// normal (the first-layer fields then say everything), else l: one
// representation for each computed value.
func (l *BackgroundLists) orNil() *BackgroundLists {
	if len(l.Images) == 1 && l.Images[0].Resolution == 0 && len(l.Repeat) == 1 && len(l.PositionX) == 1 &&
		len(l.PositionY) == 1 && len(l.Size) == 1 && len(l.Clip) == 1 && len(l.Origin) == 1 && len(l.Fixed) == 1 &&
		len(l.BlendMode) == 1 && l.BlendMode[0] == BlendNormal {
		return nil
	}
	return l
}

// setLen gives id's list n fresh items.
func (l *BackgroundLists) setLen(id propID, n int) {
	switch id {
	case pBackgroundImage:
		l.Images = make([]LayerImage, n)
	case pBackgroundRepeat:
		l.Repeat = make([][2]Repeat, n)
	case pBackgroundPosition:
		l.PositionX = make([]Length, n)
	case pBackgroundPositionY:
		l.PositionY = make([]Length, n)
	case pBackgroundSize:
		l.Size = make([]BackgroundSize, n)
	case pBackgroundClip:
		l.Clip = make([]BackgroundBox, n)
	case pBackgroundOrigin:
		l.Origin = make([]BackgroundBox, n)
	case pBackgroundAttachment:
		l.Fixed, l.Local = make([]bool, n), make([]bool, n)
	}
}

// take copies id's first-layer field of s into item i of its list.
func (l *BackgroundLists) take(id propID, s *ComputedStyle, i int) {
	switch id {
	case pBackgroundImage:
		l.Images[i] = LayerImage{URL: s.BackgroundImage, Gradient: s.BackgroundGradient}
	case pBackgroundRepeat:
		l.Repeat[i] = s.BackgroundRepeat
	case pBackgroundPosition:
		l.PositionX[i] = s.BackgroundPosition[0]
	case pBackgroundPositionY:
		l.PositionY[i] = s.BackgroundPosition[1]
	case pBackgroundSize:
		l.Size[i] = s.BackgroundSize
	case pBackgroundClip:
		l.Clip[i] = s.BackgroundClip
	case pBackgroundOrigin:
		l.Origin[i] = s.BackgroundOrigin
	case pBackgroundAttachment:
		l.Fixed[i], l.Local[i] = s.BackgroundFixed, s.BackgroundLocal
	}
}

// computeLayerItem computes one item of a list-valued background longhand
// into the first-layer field.
func (c *computer) computeLayerItem(id propID, v *value) {
	s := c.s
	switch id {
	case pBackgroundImage:
		s.BackgroundImage = v.str
		s.BackgroundGradient = nil
		if v.effect != nil && v.effect.gradient != nil {
			s.BackgroundGradient = c.computeGradient(v.effect.gradient, s.Color)
		}
	case pBackgroundRepeat, pBackgroundSize:
		c.computeBackground(id, v)
	case pBackgroundPosition:
		s.BackgroundPosition[0] = c.calcLength(v.calc)
	case pBackgroundPositionY:
		s.BackgroundPosition[1] = c.calcLength(v.calc)
	case pBackgroundClip:
		s.BackgroundClip = BackgroundBox(v.i)
	case pBackgroundOrigin:
		s.BackgroundOrigin = BackgroundBox(v.i)
	case pBackgroundAttachment:
		s.BackgroundFixed, s.BackgroundLocal = v.i == attachFixed, v.i == attachLocal
	}
}

// copyBackgroundList copies a list-valued background longhand from src
// to dst (inherit and initial).
func copyBackgroundList(id propID, dst, src *ComputedStyle) {
	switch id {
	case pBackgroundImage:
		dst.BackgroundImage, dst.BackgroundGradient = src.BackgroundImage, src.BackgroundGradient
	case pBackgroundRepeat:
		dst.BackgroundRepeat = src.BackgroundRepeat
	case pBackgroundPosition:
		dst.BackgroundPosition[0] = src.BackgroundPosition[0]
	case pBackgroundPositionY:
		dst.BackgroundPosition[1] = src.BackgroundPosition[1]
	case pBackgroundSize:
		dst.BackgroundSize = src.BackgroundSize
	case pBackgroundClip:
		dst.BackgroundClip = src.BackgroundClip
	case pBackgroundOrigin:
		dst.BackgroundOrigin = src.BackgroundOrigin
	case pBackgroundAttachment:
		dst.BackgroundFixed, dst.BackgroundLocal = src.BackgroundFixed, src.BackgroundLocal
	}
	if dst.BackgroundLists == nil && src.BackgroundLists == nil {
		return
	}
	from := listsFrom(src)
	l := listsFrom(dst)
	switch id {
	case pBackgroundImage:
		l.Images = from.Images
	case pBackgroundRepeat:
		l.Repeat = from.Repeat
	case pBackgroundPosition:
		l.PositionX = from.PositionX
	case pBackgroundPositionY:
		l.PositionY = from.PositionY
	case pBackgroundSize:
		l.Size = from.Size
	case pBackgroundClip:
		l.Clip = from.Clip
	case pBackgroundOrigin:
		l.Origin = from.Origin
	case pBackgroundAttachment:
		l.Fixed, l.Local = from.Fixed, from.Local
	case pBackgroundBlendMode:
		l.BlendMode = from.BlendMode
	}
	dst.BackgroundLists = l.orNil()
}

// imageSetTypes are the image MIME types type() accepts in image-set():
// the formats paint decodes.
var imageSetTypes = map[string]bool{
	"image/png": true, "image/jpeg": true, "image/jpg": true, "image/gif": true, "image/webp": true,
	"image/svg+xml": true, "image/bmp": true, "image/x-icon": true, "image/vnd.microsoft.icon": true,
}

// imageSetOption is one parsed option of image-set().
type imageSetOption struct {
	image      value   // a url (vURL) or a gradient (effect.gradient)
	resolution float64 // image pixels per CSS px
	supported  bool    // no type(), or a type we decode
}

// parseImageSet parses image-set() and -webkit-image-set() as an <image>:
// isSet reports whether c is one of them at all. The value is the option
// chosen, a url() (with its resolution in v.num when not 1x) or a
// gradient; none when no option has a supported type().
//
// https://drafts.csswg.org/css-images-4/#image-set-notation
// "image-set() = image-set( <image-set-option># )
// <image-set-option> = [ <image> | <string> ] [ <resolution> || type(<string>) ]?"
// "UAs must then select from the remaining <image>s using UA-specific
// criteria (such as display resolution)": as Chromium, the option of the
// smallest resolution at least the device's, else the largest.
// TODO(spec): the device pixel ratio is taken as 1 (the choice is made at
// parse time, where the media is unknown).
func parseImageSet(c []tok, base *url.URL) (v value, ok, isSet bool) {
	if !isFunc(c, "image-set(") && !isFunc(c, "-webkit-image-set(") {
		return value{}, false, false
	}
	var opts []imageSetOption
	for _, part := range splitCommas(funcArgs(c)) {
		o, ok := parseImageSetOption(components(part), base)
		if !ok {
			return value{}, false, true
		}
		opts = append(opts, o)
	}
	if len(opts) == 0 {
		return value{}, false, true
	}
	const dpr = 1.0
	var best *imageSetOption
	for i := range opts {
		o := &opts[i]
		if !o.supported {
			continue
		}
		switch {
		case best == nil:
			best = o
		case best.resolution < dpr && o.resolution > best.resolution:
			best = o // larger is better until the device's resolution is reached
		case o.resolution >= dpr && o.resolution < best.resolution:
			best = o // then the smallest that is still enough
		}
	}
	if best == nil {
		return value{kind: vKeyword, i: kwNone}, true, true
	}
	v = best.image
	if best.resolution != 1 && v.kind == vURL {
		v.num = best.resolution
	}
	return v, true, true
}

// parseImageSetOption parses one <image-set-option>.
func parseImageSetOption(comps [][]tok, base *url.URL) (imageSetOption, bool) {
	o := imageSetOption{resolution: 1, supported: true}
	if len(comps) == 0 || len(comps) > 3 {
		return o, false
	}
	switch first := comps[0]; {
	case len(first) == 1 && first[0].t == css.StringToken:
		o.image = value{kind: vURL, str: resolveURL(base, unquote(first[0].s))}
	default:
		if u, ok := parseURLComponent(first); ok {
			o.image = value{kind: vURL, str: resolveURL(base, u)}
		} else if g, ok := parseGradient(first); ok {
			o.image = value{kind: vKeyword, i: kwNone, effect: &effectValue{gradient: g}}
		} else {
			return o, false
		}
	}
	seenRes, seenType := false, false
	for _, c := range comps[1:] {
		if isFunc(c, "type(") && !seenType {
			args := funcArgs(c)
			if len(args) != 1 || args[0].t != css.StringToken {
				return o, false
			}
			o.supported, seenType = imageSetTypes[strings.ToLower(unquote(args[0].s))], true
			continue
		}
		if r, ok := imageResolution(c); ok && !seenRes {
			o.resolution, seenRes = r, true
			continue
		}
		return o, false
	}
	return o, true
}

// imageResolution parses a non-negative <resolution> (x, dppx, dpi, dpcm)
// in dppx.
// https://www.w3.org/TR/css-values-4/#resolution
func imageResolution(c []tok) (float64, bool) {
	if len(c) != 1 || c[0].t != css.DimensionToken {
		return 0, false
	}
	n, u, ok := splitDimension(c[0].s)
	if !ok || n < 0 {
		return 0, false
	}
	switch strings.ToLower(u) {
	case "x", "dppx":
		return n, true
	case "dpi":
		return n / 96, true
	case "dpcm":
		return n * 2.54 / 96, true
	}
	return 0, false
}

// imageSetURL returns the URL image-set() chooses in c, for the
// properties that take one image URL (list-style-image, content); ok is
// false when c is not an image-set() of url() options.
// TODO(spec): the chosen image's resolution (its natural size) there.
func imageSetURL(c []tok, base *url.URL) (string, bool) {
	v, ok, isSet := parseImageSet(c, base)
	if !isSet || !ok || v.kind != vURL {
		return "", false
	}
	return v.str, true
}

// computeLayerProp computes the background longhands past the effects
// range of propIDs (background-position-y); it reports whether id was one
// of them. computeFont4Prop chains here.
func (c *computer) computeLayerProp(id propID, v *value) bool {
	switch id {
	case pBackgroundPositionY:
		c.computeBackgroundList(id, v)
	default:
		return c.computeEmphasisProp(id, v) // emphasis.go
	}
	return true
}

// copyLayerProp copies the longhands of computeLayerProp (inherit and
// initial); it reports whether id was one of them.
func copyLayerProp(id propID, dst, src *ComputedStyle) bool {
	switch id {
	case pBackgroundPositionY:
		copyBackgroundList(id, dst, src)
	default:
		return copyEmphasisProp(id, dst, src) // emphasis.go
	}
	return true
}
