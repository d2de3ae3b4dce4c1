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
}

// BackgroundLists holds the computed lists of the background longhands,
// each as specified (the first item first, which paints on top).
type BackgroundLists struct {
	Images    []LayerImage
	Repeat    [][2]Repeat
	Position  [][2]Length
	Size      []BackgroundSize
	Clip      []BackgroundBox
	Origin    []BackgroundBox
	Fixed     []bool
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
			Clip: s.BackgroundClip, Origin: s.BackgroundOrigin, Fixed: s.BackgroundFixed,
		}
	}
	return BackgroundLayer{
		Image:  nth(l.Images, i),
		Repeat: nth(l.Repeat, i), Position: nth(l.Position, i), Size: nth(l.Size, i),
		Clip: nth(l.Clip, i), Origin: nth(l.Origin, i), Fixed: nth(l.Fixed, i),
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

// layerImage parses one <bg-image> = none | <image>: url(), a gradient;
// AD-HOC: other <image> functions (image-set(), cross-fade(), ...) are
// kept as none. TODO(spec): image-set().
func layerImage(comps [][]tok, base *url.URL) (value, bool) {
	if len(comps) != 1 {
		return value{}, false
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
		one = parsePosition
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
	var images, repeats, positions, sizes, origins, clips, fixeds []value
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
		origin, clip, fixed, ok := layerBoxes(rest)
		if !ok {
			return nil, false
		}
		images, repeats, positions, sizes = append(images, image), append(repeats, r), append(positions, p), append(sizes, s)
		origins, clips, fixeds = append(origins, origin), append(clips, clip), append(fixeds, fixed)
	}
	return []longhand{{pBackgroundColor, color}, {pBackgroundImage, layered(images)},
		{pBackgroundRepeat, layered(repeats)}, {pBackgroundPosition, layered(positions)},
		{pBackgroundSize, layered(sizes)}, {pBackgroundOrigin, layered(origins)},
		{pBackgroundClip, layered(clips)}, {pBackgroundAttachment, layered(fixeds)}}, true
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
func layerBoxes(comps [][]tok) (origin, clip, fixed value, ok bool) {
	var boxes []BackgroundBox
	var fix int32
	text, nAttach := false, 0
	for _, c := range comps {
		kw := ident(c)
		if b, isBox := backgroundBoxes[kw]; isBox {
			boxes = append(boxes, b)
		}
		switch kw {
		case "fixed", "scroll", "local":
			nAttach++
			if kw == "fixed" {
				fix = 1
			}
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
		return origin, clip, fixed, false
	}
	if text {
		if len(boxes) == 2 {
			return origin, clip, fixed, false
		}
		cl = BackgroundText
	}
	return value{kind: vEnum, i: int32(o)}, value{kind: vEnum, i: int32(cl)}, value{kind: vEnum, i: fix}, nAttach <= 1
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
	case pBackgroundImage, pBackgroundRepeat, pBackgroundPosition, pBackgroundSize, pBackgroundClip,
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
		Images:   []LayerImage{{URL: s.BackgroundImage, Gradient: s.BackgroundGradient}},
		Repeat:   [][2]Repeat{s.BackgroundRepeat},
		Position: [][2]Length{s.BackgroundPosition},
		Size:     []BackgroundSize{s.BackgroundSize}, Clip: []BackgroundBox{s.BackgroundClip},
		Origin: []BackgroundBox{s.BackgroundOrigin}, Fixed: []bool{s.BackgroundFixed},
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
	for i := len(items) - 1; i >= 0; i-- {
		c.computeLayerItem(id, &items[i])
		if l != nil {
			l.take(id, s, i)
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
	if len(l.Images) == 1 && len(l.Repeat) == 1 && len(l.Position) == 1 && len(l.Size) == 1 && len(l.Clip) == 1 &&
		len(l.Origin) == 1 && len(l.Fixed) == 1 && len(l.BlendMode) == 1 && l.BlendMode[0] == BlendNormal {
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
		l.Position = make([][2]Length, n)
	case pBackgroundSize:
		l.Size = make([]BackgroundSize, n)
	case pBackgroundClip:
		l.Clip = make([]BackgroundBox, n)
	case pBackgroundOrigin:
		l.Origin = make([]BackgroundBox, n)
	case pBackgroundAttachment:
		l.Fixed = make([]bool, n)
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
		l.Position[i] = s.BackgroundPosition
	case pBackgroundSize:
		l.Size[i] = s.BackgroundSize
	case pBackgroundClip:
		l.Clip[i] = s.BackgroundClip
	case pBackgroundOrigin:
		l.Origin[i] = s.BackgroundOrigin
	case pBackgroundAttachment:
		l.Fixed[i] = s.BackgroundFixed
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
	case pBackgroundRepeat, pBackgroundPosition, pBackgroundSize:
		c.computeBackground(id, v)
	case pBackgroundClip:
		s.BackgroundClip = BackgroundBox(v.i)
	case pBackgroundOrigin:
		s.BackgroundOrigin = BackgroundBox(v.i)
	case pBackgroundAttachment:
		s.BackgroundFixed = v.i == 1
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
		dst.BackgroundPosition = src.BackgroundPosition
	case pBackgroundSize:
		dst.BackgroundSize = src.BackgroundSize
	case pBackgroundClip:
		dst.BackgroundClip = src.BackgroundClip
	case pBackgroundOrigin:
		dst.BackgroundOrigin = src.BackgroundOrigin
	case pBackgroundAttachment:
		dst.BackgroundFixed = src.BackgroundFixed
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
		l.Position = from.Position
	case pBackgroundSize:
		l.Size = from.Size
	case pBackgroundClip:
		l.Clip = from.Clip
	case pBackgroundOrigin:
		l.Origin = from.Origin
	case pBackgroundAttachment:
		l.Fixed = from.Fixed
	case pBackgroundBlendMode:
		l.BlendMode = from.BlendMode
	}
	dst.BackgroundLists = l.orNil()
}
