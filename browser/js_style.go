package browser

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// installStyle defines the DOMTokenList members; CSSStyleDeclaration
// objects are proxies built per access (styleDeclaration).
// It is long because it is a table: one statement per member.
func (js *jsRuntime) installStyle() {
	vm := js.vm
	tl := js.protos["DOMTokenList"]
	tokens := func(call goja.FunctionCall) (*dom.Node, string) {
		if o, ok := call.This.(*goja.Object); ok {
			if r, ok := js.tokenLists[o]; ok {
				return r.node, r.attr
			}
		}
		panic(vm.NewTypeError("Illegal invocation"))
	}
	edit := func(name string, fn func(list []string, args []string, call goja.FunctionCall) ([]string, goja.Value)) {
		js.method(tl, name, func(call goja.FunctionCall) goja.Value {
			n, attr := tokens(call)
			args := make([]string, len(call.Arguments))
			for i, a := range call.Arguments {
				args[i] = a.String()
				if name != "contains" && (args[i] == "" || strings.ContainsAny(args[i], " \t\n\f\r")) {
					if args[i] == "" {
						js.throwDOMException("SyntaxError", "the token must not be empty")
					}
					js.throwDOMException("InvalidCharacterError", "the token must not contain white space")
				}
			}
			list := strings.Fields(n.AttrOr(attr, ""))
			out, ret := fn(list, args, call)
			if out != nil {
				// https://dom.spec.whatwg.org/#concept-dtl-update
				js.setAttr(n, attr, strings.Join(dedupe(out), " "))
			}
			return ret
		})
	}
	edit("contains", func(list, args []string, _ goja.FunctionCall) ([]string, goja.Value) {
		return nil, vm.ToValue(len(args) > 0 && indexOf(list, args[0]) >= 0)
	})
	edit("add", func(list, args []string, _ goja.FunctionCall) ([]string, goja.Value) {
		return append(list, args...), goja.Undefined()
	})
	edit("remove", func(list, args []string, _ goja.FunctionCall) ([]string, goja.Value) {
		out := list[:0:0]
		for _, t := range list {
			if indexOf(args, t) < 0 {
				out = append(out, t)
			}
		}
		return out, goja.Undefined()
	})
	edit("toggle", func(list, args []string, call goja.FunctionCall) ([]string, goja.Value) {
		if len(args) == 0 {
			return nil, vm.ToValue(false)
		}
		tok, force := args[0], call.Argument(1)
		has := indexOf(list, tok) >= 0
		on := !has
		if !goja.IsUndefined(force) {
			on = force.ToBoolean()
		}
		switch {
		case on && !has:
			list = append(list, tok)
		case !on && has:
			list = append(list[:indexOf(list, tok):indexOf(list, tok)], list[indexOf(list, tok)+1:]...)
		default:
			return nil, vm.ToValue(on)
		}
		return list, vm.ToValue(on)
	})
	edit("replace", func(list, args []string, _ goja.FunctionCall) ([]string, goja.Value) {
		if len(args) < 2 || indexOf(list, args[0]) < 0 {
			return nil, vm.ToValue(false)
		}
		list[indexOf(list, args[0])] = args[1]
		return list, vm.ToValue(true)
	})
	edit("item", func(list, _ []string, call goja.FunctionCall) ([]string, goja.Value) {
		i := call.Argument(0).ToInteger()
		if i < 0 || i >= int64(len(list)) {
			return nil, goja.Null()
		}
		return nil, vm.ToValue(list[i])
	})
	js.accessor(tl, "length", func(call goja.FunctionCall) goja.Value {
		n, attr := tokens(call)
		return vm.ToValue(len(dedupe(strings.Fields(n.AttrOr(attr, "")))))
	}, nil)
	js.accessor(tl, "value", func(call goja.FunctionCall) goja.Value {
		n, attr := tokens(call)
		return vm.ToValue(n.AttrOr(attr, ""))
	}, nil)
}

func indexOf(list []string, s string) int {
	for i, t := range list {
		if t == s {
			return i
		}
	}
	return -1
}

func dedupe(list []string) []string {
	out := list[:0:0]
	for _, t := range list {
		if indexOf(out, t) < 0 {
			out = append(out, t)
		}
	}
	return out
}

// tokenList returns a DOMTokenList over the attribute attr of n.
//
// https://dom.spec.whatwg.org/#interface-domtokenlist
func (js *jsRuntime) tokenList(n *dom.Node, attr string) goja.Value {
	key := tokenListKey{n, attr}
	if o, ok := js.tokenListOf[key]; ok {
		// [SameObject]: el.classList === el.classList.
		return o
	}
	o := js.vm.CreateObject(js.protos["DOMTokenList"])
	js.tokenLists[o] = key
	js.tokenListOf[key] = o
	return o
}

// tokenListKey names the attribute a DOMTokenList edits.
type tokenListKey struct {
	node *dom.Node
	attr string
}

// dataset returns a DOMStringMap over n's data-* attributes.
//
// https://html.spec.whatwg.org/multipage/dom.html#domstringmap
func (js *jsRuntime) dataset(n *dom.Node) goja.Value {
	target := js.vm.NewObject()
	p := js.vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(_ *goja.Object, prop string, _ goja.Value) goja.Value {
			if v, ok := n.Attr(dataAttrName(prop)); ok {
				return js.vm.ToValue(v)
			}
			return goja.Undefined()
		},
		Set: func(_ *goja.Object, prop string, v goja.Value, _ goja.Value) bool {
			js.setAttr(n, dataAttrName(prop), v.String())
			return true
		},
		Has: func(_ *goja.Object, prop string) bool { return n.HasAttr(dataAttrName(prop)) },
		DeleteProperty: func(_ *goja.Object, prop string) bool {
			js.removeAttr(n, dataAttrName(prop))
			return true
		},
	})
	return js.vm.ToValue(p)
}

// dataAttrName maps a dataset name to its attribute: "fooBar" ▶
// "data-foo-bar".
func dataAttrName(prop string) string {
	return "data-" + camelToKebab(prop)
}

// camelToKebab converts a camel-cased IDL name to a dashed one
// (https://drafts.csswg.org/cssom/#idl-attribute-to-css-property).
func camelToKebab(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteByte('-')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cssPropertyName maps a CSSStyleDeclaration property key to a CSS property
// name: "backgroundColor" ▶ "background-color", "cssFloat" ▶ "float",
// "webkitTransform" ▶ "-webkit-transform"; dashed names pass through.
func cssPropertyName(key string) string {
	switch {
	case key == "cssFloat":
		return "float"
	case strings.Contains(key, "-"):
		return strings.ToLower(key)
	case strings.HasPrefix(key, "webkit") && len(key) > 6 && key[6] >= 'A' && key[6] <= 'Z':
		return "-" + camelToKebab(key)
	}
	return camelToKebab(key)
}

// styleBlock reads n's style attribute as a CSS declaration block.
func (js *jsRuntime) styleBlock(n *dom.Node) *cssom.DeclarationBlock {
	return cssom.ParseDeclarationBlock(n.AttrOr("style", ""))
}

// writeBlock sets n's style attribute to the serialization of b
// (https://drafts.csswg.org/cssom/#update-style-attribute-for).
func (js *jsRuntime) writeBlock(n *dom.Node, b *cssom.DeclarationBlock) {
	js.setAttr(n, "style", b.CSSText())
}

// styleDeclaration returns the element's inline style as a
// CSSStyleDeclaration over its style attribute: each access parses the
// attribute into a declaration block, each change writes the block's
// serialization back.
//
// https://drafts.csswg.org/cssom/#dom-elementcssinlinestyle-style
func (js *jsRuntime) styleDeclaration(n *dom.Node) goja.Value {
	return js.declarationProxy(func() *cssom.DeclarationBlock { return js.styleBlock(n) },
		func(b *cssom.DeclarationBlock) { js.writeBlock(n, b) })
}

// declarationProxy returns a CSSStyleDeclaration: a proxy mapping the
// members, indexes and camel-cased and dashed property names to the
// block read returns; write stores a changed block (nil: read-only).
//
// https://drafts.csswg.org/cssom/#the-cssstyledeclaration-interface
func (js *jsRuntime) declarationProxy(read func() *cssom.DeclarationBlock, write func(*cssom.DeclarationBlock)) goja.Value {
	vm := js.vm
	// change applies a mutation and writes the block when its
	// serialization changed.
	change := func(mutate func(*cssom.DeclarationBlock)) {
		b := read()
		before := b.CSSText()
		mutate(b)
		if write != nil && b.CSSText() != before {
			write(b)
		}
	}
	methods := map[string]func(goja.FunctionCall) goja.Value{
		"getPropertyValue": func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(read().PropertyValue(call.Argument(0).String()))
		},
		"getPropertyPriority": func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(read().PropertyPriority(call.Argument(0).String()))
		},
		// https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-setproperty
		"setProperty": func(call goja.FunctionCall) goja.Value {
			change(func(b *cssom.DeclarationBlock) {
				b.SetProperty(call.Argument(0).String(), stringOrNull(call.Argument(1)), stringOrNull(call.Argument(2)))
			})
			return goja.Undefined()
		},
		// https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-removeproperty
		"removeProperty": func(call goja.FunctionCall) goja.Value {
			var v string
			change(func(b *cssom.DeclarationBlock) { v = b.RemoveProperty(call.Argument(0).String()) })
			return vm.ToValue(v)
		},
		"item": func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(read().Item(int(call.Argument(0).ToInteger())))
		},
	}
	target := vm.CreateObject(js.protos["CSSStyleDeclaration"])
	p := vm.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, prop string, _ goja.Value) goja.Value {
			if m, ok := methods[prop]; ok {
				return vm.ToValue(m)
			}
			switch prop {
			case "cssText":
				return vm.ToValue(read().CSSText())
			case "length":
				return vm.ToValue(read().Len())
			}
			if v := t.Get(prop); v != nil {
				return v
			}
			if i, err := strconv.Atoi(prop); err == nil {
				return vm.ToValue(read().Item(i))
			}
			return vm.ToValue(read().PropertyValue(cssPropertyName(prop)))
		},
		Set: func(_ *goja.Object, prop string, v goja.Value, _ goja.Value) bool {
			if write == nil {
				return true
			}
			if prop == "cssText" {
				// https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-csstext:
				// parse the text into the block, then store it.
				write(cssom.ParseDeclarationBlock(stringOrNull(v)))
				return true
			}
			change(func(b *cssom.DeclarationBlock) { b.SetProperty(cssPropertyName(prop), stringOrNull(v), "") })
			return true
		},
	})
	return vm.ToValue(p)
}
