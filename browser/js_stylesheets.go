package browser

// document.styleSheets and the CSSOM rule interfaces
// (https://drafts.csswg.org/cssom/#css-object-model): StyleSheetList,
// CSSStyleSheet with cssRules, insertRule and deleteRule, and the CSSRule
// subclasses with cssText, selectorText and nested cssRules. The rule
// lists are the cssom sheets the page cascades, so an insertRule restyles
// the page at the next update.
//
// The interfaces install themselves on first use (document.styleSheets or
// one of their globals), as the observers do.
//
// TODO(spec): writable CSSStyleRule.selectorText
// (read-only here); MediaList mutation; disabled sheets; constructable
// style sheets (new CSSStyleSheet, adoptedStyleSheets).

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
)

// cssomGlobals are the interfaces js_stylesheets.go defines.
var cssomGlobals = []string{"StyleSheetList", "StyleSheet", "CSSStyleSheet", "CSSRuleList", "CSSRule",
	"CSSStyleRule", "CSSGroupingRule", "CSSConditionRule", "CSSMediaRule", "CSSSupportsRule", "CSSImportRule",
	"CSSFontFaceRule", "CSSKeyframesRule", "CSSKeyframeRule", "CSSPageRule", "CSSLayerBlockRule",
	"CSSLayerStatementRule", "CSSNamespaceRule", "CSSScopeRule", "CSSFontFeatureValuesRule",
	"CSSFontPaletteValuesRule", "MediaList"}

// cssomParents gives each interface its parent interface.
var cssomParents = map[string]string{
	"CSSStyleSheet": "StyleSheet", "CSSStyleRule": "CSSRule", "CSSGroupingRule": "CSSRule",
	"CSSConditionRule": "CSSGroupingRule", "CSSMediaRule": "CSSConditionRule", "CSSSupportsRule": "CSSConditionRule",
	"CSSImportRule": "CSSRule", "CSSFontFaceRule": "CSSRule", "CSSKeyframesRule": "CSSRule",
	"CSSKeyframeRule": "CSSRule", "CSSPageRule": "CSSGroupingRule", "CSSLayerBlockRule": "CSSGroupingRule",
	"CSSLayerStatementRule": "CSSRule", "CSSNamespaceRule": "CSSRule", "CSSScopeRule": "CSSGroupingRule",
	"CSSFontFeatureValuesRule": "CSSRule", "CSSFontPaletteValuesRule": "CSSRule",
}

// cssomState holds the wrappers: one object per sheet and per rule.
type cssomState struct {
	sheets map[*cssom.StyleSheet]*goja.Object
	rules  map[cssom.Rule]*goja.Object
	// sheetOf and ruleOf map wrappers back; parent is a rule's parent rule.
	sheetOf map[*goja.Object]*cssom.StyleSheet
	ruleOf  map[*goja.Object]cssom.Rule
	owner   map[cssom.Rule]*cssom.StyleSheet
	parent  map[cssom.Rule]cssom.Rule
}

// installStyleSheets defines document.styleSheets and, lazily, the CSSOM
// interfaces.
func (js *jsRuntime) installStyleSheets() {
	install := js.lazyGlobals(cssomGlobals, func() {
		js.cssom = &cssomState{
			sheets: map[*cssom.StyleSheet]*goja.Object{}, rules: map[cssom.Rule]*goja.Object{},
			sheetOf: map[*goja.Object]*cssom.StyleSheet{}, ruleOf: map[*goja.Object]cssom.Rule{},
			owner: map[cssom.Rule]*cssom.StyleSheet{}, parent: map[cssom.Rule]cssom.Rule{},
		}
		for _, name := range cssomGlobals {
			js.defineInterface(name, cssomParents[name])
		}
		js.installCSSStyleSheet()
		js.installCSSRules()
	})
	js.nodeGetter(js.protos["Document"], "styleSheets", func(*dom.Node) goja.Value {
		install()
		var list []any
		for _, s := range js.p.sheets {
			list = append(list, js.wrapSheet(s))
		}
		return js.arrayLike("StyleSheetList", list)
	})
}

// arrayLike returns an object of the interface with indexed members,
// length and item().
func (js *jsRuntime) arrayLike(iface string, items []any) goja.Value {
	o := js.vm.CreateObject(js.protos[iface])
	for i, it := range items {
		_ = o.DefineDataProperty(strconv.Itoa(i), js.vm.ToValue(it), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	_ = o.DefineDataProperty("length", js.vm.ToValue(len(items)), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = o.Set("item", func(call goja.FunctionCall) goja.Value {
		i := call.Argument(0).ToInteger()
		if i < 0 || int(i) >= len(items) {
			return goja.Null()
		}
		return js.vm.ToValue(items[i])
	})
	if values := js.vm.Get("Array").ToObject(js.vm).Get("prototype").ToObject(js.vm).Get("values"); values != nil {
		_ = o.SetSymbol(goja.SymIterator, values)
	}
	return o
}

// wrapSheet returns the CSSStyleSheet object of a sheet.
func (js *jsRuntime) wrapSheet(s *cssom.StyleSheet) *goja.Object {
	if o := js.cssom.sheets[s]; o != nil {
		return o
	}
	o := js.vm.CreateObject(js.protos["CSSStyleSheet"])
	js.cssom.sheets[s], js.cssom.sheetOf[o] = o, s
	return o
}

// thisSheet returns the sheet a CSSStyleSheet member was called on.
func (js *jsRuntime) thisSheet(call goja.FunctionCall) *cssom.StyleSheet {
	return wrapped(js, call, js.cssom.sheetOf)
}

// wrapped returns the Go value behind the object a member was called on,
// or throws a TypeError when it is not one of objects'.
func wrapped[T comparable](js *jsRuntime, call goja.FunctionCall, objects map[*goja.Object]T) T {
	var zero T
	if o, ok := call.This.(*goja.Object); ok {
		if v, ok := objects[o]; ok && v != zero {
			return v
		}
	}
	panic(js.vm.NewTypeError("Illegal invocation"))
}

// installCSSStyleSheet defines the members of CSSStyleSheet.
//
// https://drafts.csswg.org/cssom/#the-cssstylesheet-interface
func (js *jsRuntime) installCSSStyleSheet() {
	vm := js.vm
	p := js.protos["CSSStyleSheet"]
	get := func(name string, fn func(*cssom.StyleSheet) goja.Value) {
		js.accessor(p, name, func(call goja.FunctionCall) goja.Value { return fn(js.thisSheet(call)) }, nil)
	}
	get("type", func(*cssom.StyleSheet) goja.Value { return vm.ToValue("text/css") })
	get("href", func(s *cssom.StyleSheet) goja.Value {
		if s.Owner != nil && s.Owner.IsHTML("style") {
			return goja.Null()
		}
		return vm.ToValue(s.Href)
	})
	get("ownerNode", func(s *cssom.StyleSheet) goja.Value { return js.wrap(s.Owner) })
	get("ownerRule", func(*cssom.StyleSheet) goja.Value { return goja.Null() })
	get("parentStyleSheet", func(*cssom.StyleSheet) goja.Value { return goja.Null() })
	get("title", func(s *cssom.StyleSheet) goja.Value {
		if s.Owner != nil {
			if t, ok := s.Owner.Attr("title"); ok {
				return vm.ToValue(t)
			}
		}
		return goja.Null()
	})
	get("disabled", func(*cssom.StyleSheet) goja.Value { return vm.ToValue(false) })
	get("media", func(s *cssom.StyleSheet) goja.Value { return js.mediaList(s.Media) })
	rules := func(s *cssom.StyleSheet) goja.Value { return js.ruleList(s, nil, s.CSSRules()) }
	get("cssRules", rules)
	get("rules", rules)
	insert := func(call goja.FunctionCall) goja.Value {
		s := js.thisSheet(call)
		i, err := s.InsertRule(call.Argument(0).String(), int(call.Argument(1).ToInteger()))
		js.cssomCheck(err)
		js.sheetsChanged()
		return vm.ToValue(i)
	}
	js.method(p, "insertRule", insert)
	js.method(p, "deleteRule", func(call goja.FunctionCall) goja.Value {
		js.cssomCheck(js.thisSheet(call).DeleteRule(int(call.Argument(0).ToInteger())))
		js.sheetsChanged()
		return goja.Undefined()
	})
	// addRule and removeRule are the legacy forms
	// (https://drafts.csswg.org/cssom/#legacy-css-style-sheet-members).
	js.method(p, "addRule", func(call goja.FunctionCall) goja.Value {
		s := js.thisSheet(call)
		sel, block := "undefined", "undefined"
		if a := call.Argument(0); !goja.IsUndefined(a) {
			sel = a.String()
		}
		if a := call.Argument(1); !goja.IsUndefined(a) {
			block = a.String()
		}
		index := len(s.CSSRules())
		if a := call.Argument(2); !goja.IsUndefined(a) {
			index = int(a.ToInteger())
		}
		_, err := s.InsertRule(sel+" { "+block+" } ", index)
		js.cssomCheck(err)
		js.sheetsChanged()
		return vm.ToValue(-1)
	})
	js.method(p, "removeRule", func(call goja.FunctionCall) goja.Value {
		js.cssomCheck(js.thisSheet(call).DeleteRule(int(call.Argument(0).ToInteger())))
		js.sheetsChanged()
		return goja.Undefined()
	})
}

// sheetsChanged makes the next update restyle the page after a rule list
// changed: the sheets' versions tell the cascade, and the document's
// version the page.
func (js *jsRuntime) sheetsChanged() {
	if root := js.p.doc.Root; root != nil {
		root.MarkDirty(dom.StyleDirty)
	}
}

// cssomCheck throws the DOMException a cssom rule-list error names.
func (js *jsRuntime) cssomCheck(err error) {
	switch {
	case err == nil:
	case errors.Is(err, cssom.ErrIndexSize):
		js.throwDOMException("IndexSizeError", err.Error())
	case errors.Is(err, cssom.ErrHierarchyRequest):
		js.throwDOMException("HierarchyRequestError", err.Error())
	case errors.Is(err, cssom.ErrInvalidState):
		js.throwDOMException("InvalidStateError", err.Error())
	default:
		js.throwDOMException("SyntaxError", err.Error())
	}
}

// mediaList returns a MediaList for a media query list text.
func (js *jsRuntime) mediaList(text string) goja.Value {
	var items []any
	if q, ok := cssom.ParseMediaQueryList(text); ok && q.Text != "" {
		for _, part := range strings.Split(q.Text, ",") {
			items = append(items, strings.TrimSpace(part))
		}
	}
	o := js.arrayLike("MediaList", items).ToObject(js.vm)
	_ = o.Set("mediaText", strings.TrimSpace(text))
	return o
}

// ruleList returns a CSSRuleList of rules whose parent is parent (nil at
// the top of sheet s).
func (js *jsRuntime) ruleList(s *cssom.StyleSheet, parent cssom.Rule, rules []cssom.Rule) goja.Value {
	items := make([]any, len(rules))
	for i, r := range rules {
		js.cssom.owner[r], js.cssom.parent[r] = s, parent
		items[i] = js.wrapRule(r)
	}
	return js.arrayLike("CSSRuleList", items)
}

// ruleInterface returns the interface name and the CSSRule type constant of
// a rule.
func ruleInterface(r cssom.Rule) (string, int) {
	switch r.(type) {
	case *cssom.StyleRule:
		return "CSSStyleRule", 1
	case *cssom.Import:
		return "CSSImportRule", 3
	case *cssom.MediaRule:
		return "CSSMediaRule", 4
	case *cssom.FontFace:
		return "CSSFontFaceRule", 5
	case *cssom.PageRule:
		return "CSSPageRule", 6
	case *cssom.KeyframesRule:
		return "CSSKeyframesRule", 7
	case *cssom.NamespaceRule:
		return "CSSNamespaceRule", 10
	case *cssom.SupportsRule:
		return "CSSSupportsRule", 12
	case *cssom.LayerRule:
		return "CSSLayerBlockRule", 0
	case *cssom.LayerStatementRule:
		return "CSSLayerStatementRule", 0
	case *cssom.ScopeRule:
		return "CSSScopeRule", 0
	case *cssom.FontFeatureValuesRule:
		return "CSSFontFeatureValuesRule", 14
	case *cssom.FontPaletteValuesRule:
		return "CSSFontPaletteValuesRule", 0
	}
	return "CSSRule", 0
}

// wrapRule returns the object of a rule.
func (js *jsRuntime) wrapRule(r cssom.Rule) *goja.Object {
	if o := js.cssom.rules[r]; o != nil {
		return o
	}
	iface, _ := ruleInterface(r)
	o := js.vm.CreateObject(js.protos[iface])
	js.cssom.rules[r], js.cssom.ruleOf[o] = o, r
	return o
}

// thisRule returns the rule a CSSRule member was called on.
func (js *jsRuntime) thisRule(call goja.FunctionCall) cssom.Rule {
	return wrapped(js, call, js.cssom.ruleOf)
}

// installCSSRules defines the members of CSSRule and its subclasses.
//
// https://drafts.csswg.org/cssom/#the-cssrule-interface
func (js *jsRuntime) installCSSRules() {
	vm := js.vm
	on := func(iface, name string, fn func(cssom.Rule) goja.Value) {
		js.accessor(js.protos[iface], name, func(call goja.FunctionCall) goja.Value { return fn(js.thisRule(call)) }, nil)
	}
	base := js.ctors["CSSRule"]
	for name, v := range map[string]int{"STYLE_RULE": 1, "CHARSET_RULE": 2, "IMPORT_RULE": 3, "MEDIA_RULE": 4,
		"FONT_FACE_RULE": 5, "PAGE_RULE": 6, "KEYFRAMES_RULE": 7, "KEYFRAME_RULE": 8, "NAMESPACE_RULE": 10,
		"SUPPORTS_RULE": 12} {
		_ = base.DefineDataProperty(name, vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = js.protos["CSSRule"].DefineDataProperty(name, vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	on("CSSRule", "cssText", func(r cssom.Rule) goja.Value { return vm.ToValue(cssom.RuleCSSText(r)) })
	on("CSSRule", "type", func(r cssom.Rule) goja.Value { _, t := ruleInterface(r); return vm.ToValue(t) })
	on("CSSRule", "parentStyleSheet", func(r cssom.Rule) goja.Value {
		if s := js.cssom.owner[r]; s != nil {
			return js.wrapSheet(s)
		}
		return goja.Null()
	})
	on("CSSRule", "parentRule", func(r cssom.Rule) goja.Value {
		if p := js.cssom.parent[r]; p != nil {
			return js.wrapRule(p)
		}
		return goja.Null()
	})
	children := func(r cssom.Rule) goja.Value {
		var rules []cssom.Rule
		switch r := r.(type) {
		case *cssom.StyleRule:
			rules = r.Rules
		case *cssom.MediaRule:
			rules = r.Rules
		case *cssom.SupportsRule:
			rules = r.Rules
		case *cssom.LayerRule:
			rules = r.Rules
		case *cssom.ScopeRule:
			rules = r.Rules
		}
		return js.ruleList(js.cssom.owner[r], r, rules)
	}
	on("CSSGroupingRule", "cssRules", children)
	on("CSSStyleRule", "cssRules", children)
	on("CSSStyleRule", "selectorText", func(r cssom.Rule) goja.Value {
		return vm.ToValue(r.(*cssom.StyleRule).Selectors.String())
	})
	on("CSSStyleRule", "style", js.ruleStyle)
	on("CSSFontFaceRule", "style", js.ruleStyle)
	on("CSSPageRule", "style", js.ruleStyle)
	on("CSSPageRule", "selectorText", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.PageRule).Selector) })
	on("CSSMediaRule", "media", func(r cssom.Rule) goja.Value { return js.mediaList(r.(*cssom.MediaRule).Query.Text) })
	on("CSSConditionRule", "conditionText", func(r cssom.Rule) goja.Value {
		switch r := r.(type) {
		case *cssom.MediaRule:
			return vm.ToValue(r.Query.Text)
		case *cssom.SupportsRule:
			return vm.ToValue(r.Condition)
		}
		return vm.ToValue("")
	})
	on("CSSImportRule", "href", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.Import).URL) })
	on("CSSImportRule", "media", func(r cssom.Rule) goja.Value { return js.mediaList(r.(*cssom.Import).Media) })
	on("CSSImportRule", "styleSheet", func(r cssom.Rule) goja.Value {
		if s := r.(*cssom.Import).Sheet; s != nil {
			return js.wrapSheet(s)
		}
		return goja.Null()
	})
	on("CSSKeyframesRule", "name", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.KeyframesRule).Name) })
	on("CSSLayerBlockRule", "name", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.LayerRule).Name) })
	on("CSSLayerStatementRule", "nameList", func(r cssom.Rule) goja.Value {
		return vm.ToValue(r.(*cssom.LayerStatementRule).Names)
	})
	on("CSSNamespaceRule", "prefix", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.NamespaceRule).Prefix) })
	on("CSSNamespaceRule", "namespaceURI", func(r cssom.Rule) goja.Value { return vm.ToValue(r.(*cssom.NamespaceRule).URI) })
	on("CSSScopeRule", "start", func(r cssom.Rule) goja.Value { return nullOr(vm, r.(*cssom.ScopeRule).StartText) })
	on("CSSScopeRule", "end", func(r cssom.Rule) goja.Value { return nullOr(vm, r.(*cssom.ScopeRule).EndText) })
}

func nullOr(vm *goja.Runtime, s string) goja.Value {
	if s == "" {
		return goja.Null()
	}
	return vm.ToValue(s)
}

// ruleStyle returns the CSSStyleDeclaration of a rule's declarations,
// read from the CSSOM declaration block (shorthands serialized from their
// longhands). A style rule's is writable: a change replaces the rule's
// declarations and restyles the page.
//
// https://drafts.csswg.org/cssom/#dom-cssstylerule-style
//
// TODO(spec): writes to CSSPageRule.style.
func (js *jsRuntime) ruleStyle(r cssom.Rule) goja.Value {
	var decls func() []*cssom.Declaration
	var write func(*cssom.DeclarationBlock)
	switch r := r.(type) {
	case *cssom.StyleRule:
		decls = func() []*cssom.Declaration { return r.Declarations }
		if s := js.cssom.owner[r]; s != nil {
			write = func(b *cssom.DeclarationBlock) {
				s.SetStyleRuleText(r, b.CSSText())
				js.sheetsChanged()
			}
		}
	case *cssom.PageRule:
		decls = func() []*cssom.Declaration { return r.Declarations }
	default:
		decls = func() []*cssom.Declaration { return nil }
	}
	return js.declarationProxy(func() *cssom.DeclarationBlock { return cssom.NewDeclarationBlock(decls()) }, write)
}
