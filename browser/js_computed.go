package browser

// getComputedStyle (https://drafts.csswg.org/cssom/#dom-window-getcomputedstyle):
// a read-only declaration of resolved values.

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

// computedStyle implements getComputedStyle for the properties Pane
// computes: a read-only declaration whose values are resolved values.
//
// https://drafts.csswg.org/cssom/#dom-window-getcomputedstyle
//
// The properties cssom.ComputedValue serializes; TODO(spec): the rest
// (their resolved values are "") and used values of margins, padding and
// insets.
func (js *jsRuntime) computedStyle(call goja.FunctionCall) goja.Value {
	vm := js.vm
	n := js.mustNode(call.Argument(0), "parameter 1")
	values := map[string]string{}
	if js.layoutNow() && n.Type == dom.ElementNode {
		if cs := js.p.styles.Of(n); cs != nil {
			resolvedValues(values, cs)
			if frags := js.fragmentsOf(n); len(frags) > 0 && frags[0].Kind != layout.InlineFragment {
				// Width and height resolve to used values (content box) for
				// rendered boxes.
				f := frags[0]
				cb := f.ContentBox()
				values["width"] = cb.W.String() + "px"
				values["height"] = cb.H.String() + "px"
				values["transform"] = transformText(cs.Transform, f.Rect.W, f.Rect.H)
				// Margins and padding resolve to used values too
				// (https://drafts.csswg.org/cssom/#resolved-values).
				for i, side := range [4]string{"top", "right", "bottom", "left"} {
					values["margin-"+side] = f.Margin[i].String() + "px"
					values["padding-"+side] = f.Padding[i].String() + "px"
				}
			}
		}
	}
	target := vm.CreateObject(js.protos["CSSStyleDeclaration"])
	get := func(prop string) goja.Value { return vm.ToValue(values[prop]) }
	p := vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, prop string, _ goja.Value) goja.Value {
			if prop == "getPropertyValue" {
				return vm.ToValue(func(c goja.FunctionCall) goja.Value { return get(strings.ToLower(c.Argument(0).String())) })
			}
			if v := t.Get(prop); v != nil {
				return v
			}
			return get(cssPropertyName(prop))
		},
		Set: func(*goja.Object, string, goja.Value, goja.Value) bool {
			js.throwDOMException("NoModificationAllowedError", "computed styles are read-only")
			return false
		},
	})
	return vm.ToValue(p)
}

// resolvedValues fills values with the resolved values of the computed
// style's properties that need no layout.
func resolvedValues(values map[string]string, cs *cssom.ComputedStyle) {
	for _, name := range cssom.ComputedProperties() {
		values[name], _ = cs.ComputedValue(name)
	}
}

// transformText serializes a transform list as getComputedStyle does: none,
// or the matrix for the element's border box, each number to six decimals
// as Chromium writes them.
func transformText(fns []cssom.TransformFunction, w, h cssom.Fixed) string {
	if len(fns) == 0 {
		return "none"
	}
	m := paint.TransformMatrix(fns, w, h)
	parts := make([]string, 6)
	for i, v := range m {
		v = math.Round(v*1e6) / 1e6
		if v == 0 {
			v = 0 // no "-0"
		}
		parts[i] = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return "matrix(" + strings.Join(parts, ", ") + ")"
}
