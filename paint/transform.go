package paint

import (
	"fmt"
	"image"
	"math"

	"golang.org/x/image/draw"
	"golang.org/x/image/math/f64"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
)

// This file paints 2D transforms: a transformed element's stacking context
// is drawn into a layer in untransformed coordinates, then mapped onto the
// output by the transformation matrix.
//
// https://www.w3.org/TR/css-transforms-1/

// PushTransform starts a transformed group: the items up to the matching
// PopTransform are drawn untransformed into a layer, which is then mapped
// by the element's transformation matrix onto the output (under the clip in
// force at the PushTransform).
type PushTransform struct {
	// Box is the reference box that percentages in translations resolve
	// against: the transformed element's border box, or its content box
	// per transform-box.
	Box Rect
	// Origin is the transform origin in page coordinates.
	Origin [2]Fixed
	// Functions are the transform functions, in the order written.
	Functions []cssom.TransformFunction
}

// PopTransform ends the group started by the matching PushTransform.
type PopTransform struct{}

func (*PushTransform) isItem() {}
func (*PopTransform) isItem()  {}

func (it *PushTransform) appendTo(b []byte) []byte {
	b = append(b, "PushTransform "...)
	b = appendRect(b, it.Box)
	b = fmt.Appendf(b, " origin (%s,%s)", it.Origin[0], it.Origin[1])
	for _, f := range it.Functions {
		switch f.Kind {
		case cssom.TransformTranslate:
			b = fmt.Appendf(b, " translate(%s, %s)", lengthString(f.X), lengthString(f.Y))
		case cssom.TransformScale:
			b = fmt.Appendf(b, " scale(%g, %g)", f.A[0], f.A[1])
		case cssom.TransformRotate:
			b = fmt.Appendf(b, " rotate(%gdeg)", f.A[0])
		case cssom.TransformSkew:
			b = fmt.Appendf(b, " skew(%gdeg, %gdeg)", f.A[0], f.A[1])
		default:
			b = fmt.Appendf(b, " matrix(%g, %g, %g, %g, %g, %g)", f.A[0], f.A[1], f.A[2], f.A[3], f.A[4], f.A[5])
		}
	}
	return b
}

func (*PopTransform) appendTo(b []byte) []byte { return append(b, "PopTransform"...) }

func lengthString(l cssom.Length) string {
	switch l.Kind {
	case cssom.LengthPercent:
		return fmt.Sprintf("%g%%", l.Percent)
	case cssom.LengthCalc:
		return fmt.Sprintf("calc(%spx + %g%%)", l.Px, l.Percent)
	}
	return l.Px.String() + "px"
}

// transformed reports whether f is a transformed element (transforms apply
// to all boxes but non-replaced inline boxes).
//
// https://www.w3.org/TR/css-transforms-1/#transformable-element
func transformed(f *layout.Fragment) bool {
	return isElement(f) && len(f.Style.Transform) > 0 && f.Kind != layout.InlineFragment
}

// pushTransform emits f's PushTransform, under the clip that applies to f.
func (b *builder) pushTransform(f *layout.Fragment, own *clipNode) {
	b.setClip(own)
	s := f.Style
	ref := TransformReferenceBox(f) // transformbox.go
	origin := [2]Fixed{ref.X + s.TransformOrigin[0].Resolve(ref.W, 0), ref.Y + s.TransformOrigin[1].Resolve(ref.H, 0)}
	b.dl.Items = append(b.dl.Items, &PushTransform{Box: ref, Origin: origin, Functions: s.Transform})
}

// affine is a 2D affine map x' = a·x + c·y + e, y' = b·x + d·y + f (the
// CSS matrix(a, b, c, d, e, f)).
type affine [6]float64

var identity = affine{1, 0, 0, 1, 0, 0}

// mul returns m × n: n applied first, then m.
func (m affine) mul(n affine) affine {
	return affine{
		float64(m[0]*n[0]) + float64(m[2]*n[1]),
		float64(m[1]*n[0]) + float64(m[3]*n[1]),
		float64(m[0]*n[2]) + float64(m[2]*n[3]),
		float64(m[1]*n[2]) + float64(m[3]*n[3]),
		float64(m[0]*n[4]) + float64(m[2]*n[5]) + m[4],
		float64(m[1]*n[4]) + float64(m[3]*n[5]) + m[5],
	}
}

func (m affine) apply(x, y float64) (float64, float64) {
	return float64(m[0]*x) + float64(m[2]*y) + m[4], float64(m[1]*x) + float64(m[3]*y) + m[5]
}

// maxScaleFactor bounds a drawable matrix's linear coefficients.
const maxScaleFactor = 1 << 12

// sane reports whether m is finite and small enough to draw with: huge or
// NaN coefficients (skew(90deg), scale(1e9)) make the group invisible.
func (m affine) sane() bool {
	for i, v := range m {
		lim := float64(maxScaleFactor)
		if i >= 4 {
			lim = deviceLimit
		}
		if !(math.Abs(v) <= lim) { // also NaN
			return false
		}
	}
	return true
}

// invert returns m's inverse, or false when m is singular.
func (m affine) invert() (affine, bool) {
	det := float64(m[0]*m[3]) - float64(m[1]*m[2])
	if det == 0 || math.IsNaN(det) || math.IsInf(det, 0) {
		return affine{}, false
	}
	a, b, c, d := m[3]/det, -m[1]/det, -m[2]/det, m[0]/det
	return affine{a, b, c, d, -(float64(a*m[4]) + float64(c*m[5])), -(float64(b*m[4]) + float64(d*m[5]))}, true
}

// matrixOf returns an item's transformation matrix in page px: the
// functions multiplied left to right, about the origin.
//
// https://www.w3.org/TR/css-transforms-1/#transformation-matrix-computation
func matrixOf(it *PushTransform) affine {
	ox, oy := it.Origin[0].Float(), it.Origin[1].Float()
	m := affine{1, 0, 0, 1, ox, oy}.mul(affine(TransformMatrix(it.Functions, it.Box.W, it.Box.H)))
	return m.mul(affine{1, 0, 0, 1, -ox, -oy})
}

// TransformMatrix returns the matrix a transform list stands for, as
// matrix(a, b, c, d, e, f) writes it, for a reference box of w × h px
// (percentages in translations), without the transform origin: the
// resolved value of the transform property
// (https://drafts.csswg.org/css-transforms-2/#serialization-of-the-computed-value).
func TransformMatrix(fns []cssom.TransformFunction, w, h cssom.Fixed) [6]float64 {
	m := identity
	for _, f := range fns {
		var n affine
		switch f.Kind {
		case cssom.TransformTranslate:
			n = affine{1, 0, 0, 1, f.X.Resolve(w, 0).Float(), f.Y.Resolve(h, 0).Float()}
		case cssom.TransformScale:
			n = affine{float64(f.A[0]), 0, 0, float64(f.A[1]), 0, 0}
		case cssom.TransformRotate:
			s, c := math.Sincos(float64(f.A[0]) * math.Pi / 180)
			n = affine{c, s, -s, c, 0, 0}
		case cssom.TransformSkew:
			n = affine{1, math.Tan(float64(f.A[1]) * math.Pi / 180), math.Tan(float64(f.A[0]) * math.Pi / 180), 1, 0, 0}
		default:
			for i := range n {
				n[i] = float64(f.A[i])
			}
		}
		m = m.mul(n)
	}
	return m
}

// deviceMatrix returns an item's matrix in device px.
func (r *rasterizer) deviceMatrix(it *PushTransform) affine {
	tx := float64(r.origin.X) - r.ox.Float()*r.scale
	ty := float64(r.origin.Y) - r.oy.Float()*r.scale
	d := affine{r.scale, 0, 0, r.scale, tx, ty}
	inv := affine{1 / r.scale, 0, 0, 1 / r.scale, -tx / r.scale, -ty / r.scale}
	return d.mul(matrixOf(it)).mul(inv)
}

// mapBounds returns the device rectangle holding rc mapped by m.
func mapBounds(rc image.Rectangle, m affine) image.Rectangle {
	if rc.Empty() {
		return image.Rectangle{}
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range [4][2]int{{rc.Min.X, rc.Min.Y}, {rc.Max.X, rc.Min.Y}, {rc.Max.X, rc.Max.Y}, {rc.Min.X, rc.Max.Y}} {
		x, y := m.apply(float64(p[0]), float64(p[1]))
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	lim := func(v float64) int { return int(min(max(v, -deviceLimit), deviceLimit)) }
	return image.Rect(lim(math.Floor(x0))-1, lim(math.Floor(y0))-1, lim(math.Ceil(x1))+1, lim(math.Ceil(y1))+1)
}

// pushTransformLayer starts drawing a transformed group into a layer: the
// part of the group's content (bounds, untransformed) that the transform
// maps into the visible area.
func (r *rasterizer) pushTransformLayer(it *PushTransform, bounds image.Rectangle) {
	m := r.deviceMatrix(it)
	var need image.Rectangle
	if inv, ok := m.invert(); ok && m.sane() && inv.sane() {
		need = mapBounds(r.clip.Intersect(r.target.Bounds()), inv).Intersect(bounds)
	}
	if int64(need.Dx())*int64(need.Dy()) > maxScaledPixels {
		need = image.Rectangle{} // TODO(spec): huge transformed layers are not drawn.
	}
	r.layers = append(r.layers, savedLayer{target: r.target, alpha: 255, transform: &m, clip: savedClip{r.clip, r.clipMask}})
	r.target = image.NewRGBA(need)
	r.clip, r.clipMask = need, nil
}

// compositeTransformed maps a transformed group's layer by m onto the
// target, under the clip.
func (r *rasterizer) compositeTransformed(layer *image.RGBA, m affine) {
	if layer.Rect.Empty() || !m.sane() {
		return
	}
	dr := mapBounds(layer.Rect, m).Intersect(r.clip).Intersect(r.target.Bounds())
	if dr.Empty() {
		return
	}
	tmp := image.NewRGBA(dr)
	if m[0] == 1 && m[1] == 0 && m[2] == 0 && m[3] == 1 && m[4] == math.Trunc(m[4]) && m[5] == math.Trunc(m[5]) {
		// A whole-pixel translation: a plain copy.
		off := image.Pt(int(m[4]), int(m[5]))
		draw.Draw(tmp, dr, layer, dr.Min.Sub(off), draw.Src)
	} else {
		draw.BiLinear.Transform(tmp, f64.Aff3{m[0], m[2], m[4], m[1], m[3], m[5]}, layer, layer.Rect, draw.Src, nil)
	}
	if r.clipMask != nil {
		compositeMasked(r.target, tmp, r.clipMask)
		return
	}
	compositeLayer(r.target, tmp, 255)
}
