package cssom

// The individual transform properties translate, rotate and scale
// (https://www.w3.org/TR/css-transforms-2/#individual-transforms): each
// is a transform function of its own, and the transformation matrix is
// translate, then rotate, then scale, then transform (§6, "the current
// transformation matrix").
//
// TODO(spec): their 3D forms (a z translation, rotation about an axis, a
// z scale) are flattened like the 3D transform functions.

import (
	"strings"
)

func init() {
	longhandNames["translate"] = pTranslate
	longhandNames["rotate"] = pRotate
	longhandNames["scale"] = pScale
}

// parseIndividualTransform parses translate (none | <length-percentage>
// [ <length-percentage> <length>? ]?), rotate (none | <angle> | z <angle>
// | <number>{3} <angle>, the last two about the z axis only) and scale
// (none | [ <number> | <percentage> ]{1,3}) as the equivalent transform
// function.
func parseIndividualTransform(name string, comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	var args []string
	for _, c := range comps {
		args = append(args, tokensTextOf(c))
	}
	fn := name
	switch name {
	case "translate":
		if len(args) > 3 {
			return value{}, false
		}
		if len(args) == 3 {
			fn = "translate3d"
		}
	case "rotate":
		switch {
		case len(args) == 1:
		case len(args) == 2 && strings.EqualFold(args[0], "z"):
			args = args[1:]
		case len(args) == 4 && args[0] == "0" && args[1] == "0":
			args = args[3:] // rotation about the z axis
		default:
			return value{}, false
		}
	case "scale":
		if len(args) > 3 {
			return value{}, false
		}
		if len(args) == 3 {
			fn = "scale3d"
		}
		for i, a := range args {
			// A percentage is the number it is a hundredth of.
			if strings.HasSuffix(a, "%") {
				args[i] = strings.TrimSuffix(a, "%") + "e-2"
			}
		}
	}
	toks := convertTokens(tokenize(fn + "(" + strings.Join(args, ",") + ")"))
	return parseTransform([][]tok{toks})
}

// individualTransform returns the field of an individual transform
// property.
func individualTransform(s *ComputedStyle, id propID) *[]TransformFunction {
	switch id {
	case pTranslate:
		return &s.Translate
	case pRotate:
		return &s.Rotate
	}
	return &s.Scale
}

// transformList computes a parsed transform value.
func (c *computer) transformList(v *value) []TransformFunction {
	if v.effect == nil {
		return nil
	}
	out := make([]TransformFunction, len(v.effect.transform))
	for i, f := range v.effect.transform {
		tf := TransformFunction{Kind: f.kind, X: c.ctx.length(f.x), Y: c.ctx.length(f.y)}
		for k, a := range f.a {
			tf.A[k] = float32(a)
		}
		out[i] = tf
	}
	return out
}

// composeTransforms prefixes the element's transform list with its
// individual transforms, once every property is computed.
func (s *ComputedStyle) composeTransforms() {
	if len(s.Translate)+len(s.Rotate)+len(s.Scale) == 0 {
		return
	}
	all := make([]TransformFunction, 0, len(s.Translate)+len(s.Rotate)+len(s.Scale)+len(s.Transform))
	all = append(append(append(append(all, s.Translate...), s.Rotate...), s.Scale...), s.Transform...)
	s.Transform = all
}
