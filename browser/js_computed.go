package browser

// getComputedStyle (https://drafts.csswg.org/cssom/#dom-window-getcomputedstyle):
// a read-only, live declaration of resolved values, each serialized on
// access (nothing is computed for the properties a script never reads).

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

// computedDecl is one getComputedStyle declaration: an element, or one of
// its pseudo-elements, whose resolved values are read on access.
type computedDecl struct {
	js *jsRuntime
	n  *dom.Node
	// pseudo is "" for the element, else the pseudo-element's name
	// ("before", "marker", ...).
	pseudo string
	// empty reports an unknown pseudo-element: every value is "" and the
	// declaration lists no property, as in Chromium.
	empty bool
	// kept caches the values of the kept properties (cssom.KeptValues)
	// for the styles keptFor.
	kept    map[string]string
	keptFor *cssom.Styles
}

// keptValue returns the value of a property cssom keeps without
// computing it: the cascaded one for an element, else the initial one.
func (d *computedDecl) keptValue(prop string) (string, bool) {
	if d.pseudo == "" {
		p := d.js.p
		if d.kept == nil || d.keptFor != p.styles {
			d.kept, d.keptFor = cssom.KeptValues(d.n, p.sheets, p.media()), p.styles
		}
		if v, ok := d.kept[prop]; ok && !(cssom.InitialIsCurrentColor(prop) && (v == "auto" || v == "currentcolor")) {
			return v, true
		}
	}
	// TODO(spec): the kept properties of pseudo-elements.
	if cssom.InitialIsCurrentColor(prop) {
		if cs := d.style(); cs != nil {
			return cs.ComputedValue("color")
		}
	}
	v, _ := cssom.InitialResolvedValue(prop)
	return v, true
}

// computedPseudos are the pseudo-elements getComputedStyle answers for:
// those cssom computes a style for.
var computedPseudos = map[string]bool{"before": true, "after": true, "marker": true,
	"first-line": true, "first-letter": true, "placeholder": true}

// parsePseudo reads getComputedStyle's second argument: "" for the
// element, the pseudo-element's name, and whether it is one Pane knows.
// ::before, ::after, ::first-line and ::first-letter may be written with
// one colon. A value that does not start with a colon is ignored.
func parsePseudo(arg goja.Value) (string, bool) {
	if arg == nil || goja.IsUndefined(arg) || goja.IsNull(arg) {
		return "", true
	}
	s := strings.ToLower(arg.String())
	if !strings.HasPrefix(s, ":") {
		return "", true
	}
	name, double := strings.CutPrefix(s, "::")
	if !double {
		name = s[1:]
		switch name {
		case "before", "after", "first-line", "first-letter":
		default:
			return "", false
		}
	}
	return name, computedPseudos[name]
}

// computedStyle implements getComputedStyle(elt, pseudoElt).
//
// https://drafts.csswg.org/cssom/#dom-window-getcomputedstyle
func (js *jsRuntime) computedStyle(call goja.FunctionCall) goja.Value {
	n := js.mustNode(call.Argument(0), "parameter 1")
	if n.Type != dom.ElementNode {
		panic(js.vm.NewTypeError("parameter 1 is not of type 'Element'"))
	}
	pseudo, ok := parsePseudo(call.Argument(1))
	d := &computedDecl{js: js, n: n, pseudo: pseudo, empty: !ok}
	methods := d.methods()
	p := js.vm.NewProxy(js.vm.CreateObject(js.protos["CSSStyleDeclaration"]), &goja.ProxyTrapConfig{
		Get: func(t *goja.Object, prop string, _ goja.Value) goja.Value { return d.get(t, methods, prop) },
		Has: func(t *goja.Object, prop string) bool { return d.has(t, methods, prop) },
		// The indexed property names are the declaration's own
		// properties (Object.keys, for...in).
		OwnKeys: func(*goja.Object) *goja.Object {
			n := d.length()
			keys := make([]any, n)
			for i := range n {
				keys[i] = strconv.Itoa(i)
			}
			return js.vm.NewArray(keys...)
		},
		GetOwnPropertyDescriptor: func(_ *goja.Object, prop string) goja.PropertyDescriptor {
			i, err := strconv.Atoi(prop)
			if err != nil || i < 0 || i >= d.length() {
				return goja.PropertyDescriptor{}
			}
			return goja.PropertyDescriptor{Value: js.vm.ToValue(d.item(i)), Writable: goja.FLAG_FALSE,
				Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_TRUE}
		},
		Set: func(*goja.Object, string, goja.Value, goja.Value) bool {
			js.throwDOMException("NoModificationAllowedError", "computed styles are read-only")
			return false
		},
	})
	return js.vm.ToValue(p)
}

// methods returns the declaration's CSSStyleDeclaration methods.
func (d *computedDecl) methods() map[string]func(goja.FunctionCall) goja.Value {
	vm := d.js.vm
	readOnly := func(goja.FunctionCall) goja.Value {
		d.js.throwDOMException("NoModificationAllowedError", "computed styles are read-only")
		return nil
	}
	return map[string]func(goja.FunctionCall) goja.Value{
		"getPropertyValue": func(c goja.FunctionCall) goja.Value {
			v, _ := d.value(propertyKey(c.Argument(0).String()))
			return vm.ToValue(v)
		},
		"getPropertyPriority": func(goja.FunctionCall) goja.Value { return vm.ToValue("") },
		"item": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(d.item(int(c.Argument(0).ToInteger())))
		},
		"setProperty":    readOnly,
		"removeProperty": readOnly,
	}
}

// get is the proxy's get trap: the methods, length, the indexed property
// names, then the properties by camel-cased or dashed name; undefined for
// names that are no property.
func (d *computedDecl) get(t *goja.Object, methods map[string]func(goja.FunctionCall) goja.Value, prop string) goja.Value {
	vm := d.js.vm
	if m, ok := methods[prop]; ok {
		return vm.ToValue(m)
	}
	switch prop {
	case "length":
		return vm.ToValue(d.length())
	case "cssText":
		return vm.ToValue("")
	case "parentRule":
		return goja.Null()
	}
	if i, err := strconv.Atoi(prop); err == nil && i >= 0 {
		if i < d.length() {
			return vm.ToValue(d.item(i))
		}
		return goja.Undefined()
	}
	if v := t.Get(prop); v != nil {
		return v
	}
	if v, ok := d.value(cssPropertyName(prop)); ok {
		return vm.ToValue(v)
	}
	return goja.Undefined()
}

// has is the proxy's has trap ("color" in style).
func (d *computedDecl) has(t *goja.Object, methods map[string]func(goja.FunctionCall) goja.Value, prop string) bool {
	if _, ok := methods[prop]; ok || prop == "length" || prop == "cssText" || prop == "parentRule" {
		return true
	}
	if i, err := strconv.Atoi(prop); err == nil {
		return i >= 0 && i < d.length()
	}
	if t.Get(prop) != nil {
		return true
	}
	_, ok := d.value(cssPropertyName(prop))
	return ok
}

// propertyKey normalizes a getPropertyValue argument: custom property
// names are case-sensitive, the others are not.
func propertyKey(s string) string {
	if strings.HasPrefix(s, "--") {
		return s
	}
	return strings.ToLower(s)
}

// style returns the computed style the declaration reads (after bringing
// styles and layout up to date), or nil when there is none: an element
// outside the document, or an unknown pseudo-element.
func (d *computedDecl) style() *cssom.ComputedStyle {
	if d.empty || !d.js.layoutNow() {
		return nil
	}
	styles := d.js.p.styles
	cs := styles.Of(d.n)
	if cs == nil || d.pseudo == "" {
		return cs
	}
	if ps := styles.Pseudo(d.n, d.pseudo); ps != nil {
		return ps
	}
	// The pseudo-element generates no box, or no rule matches it: its
	// style is the one it inherits.
	return cssom.InheritFrom(cs)
}

// customNames returns the custom properties of the style, sorted.
func customNames(cs *cssom.ComputedStyle) []string {
	names := make([]string, 0, len(cs.CustomProperties))
	for k := range cs.CustomProperties {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// length is the number of properties the declaration lists: Chromium's
// longhands, then the element's custom properties.
func (d *computedDecl) length() int {
	cs := d.style()
	if cs == nil {
		return 0
	}
	return len(cssom.ResolvedPropertyNames()) + len(cs.CustomProperties)
}

// item returns the name of the i-th property listed, or "".
func (d *computedDecl) item(i int) string {
	cs := d.style()
	if cs == nil || i < 0 {
		return ""
	}
	names := cssom.ResolvedPropertyNames()
	if i < len(names) {
		return names[i]
	}
	if custom := customNames(cs); i-len(names) < len(custom) {
		return custom[i-len(names)]
	}
	return ""
}

// value returns the resolved value of property prop (lower case, or a
// custom property name) and whether prop names a property.
func (d *computedDecl) value(prop string) (string, bool) {
	cs := d.style()
	if strings.HasPrefix(prop, "--") {
		if cs == nil {
			return "", true
		}
		return strings.TrimSpace(cs.CustomProperties[prop]), true
	}
	prop = cssom.PropertyAlias(prop)
	if prop == "-webkit-background-size" {
		// Chromium reads it as background-size, although its one-value
		// form parses differently (so it is no alias in cssom).
		prop = "background-size"
	}
	if cs == nil {
		_, known := cssom.InitialResolvedValue(prop)
		return "", known || isShorthandName(prop)
	}
	r := resolver{d: d, cs: cs}
	return r.get(prop)
}

// isShorthandName reports whether prop is a shorthand getComputedStyle
// answers for.
func isShorthandName(prop string) bool {
	_, ok := cssom.Initial().ShorthandValue(prop, func(string) string { return "" })
	return ok
}

// resolver resolves the values of one declaration during one read.
type resolver struct {
	d  *computedDecl
	cs *cssom.ComputedStyle
	// frag is the element's first box fragment, found on first use.
	frag      *layout.Fragment
	fragFound bool
}

// get returns the resolved value of prop
// (https://drafts.csswg.org/cssom/#resolved-values): a used value where
// the element has a box and prop is one whose resolved value is used,
// else the computed value; shorthands are built from their longhands.
func (r *resolver) get(prop string) (string, bool) {
	if phys := cssom.PhysicalProperty(prop, r.cs.Direction); phys != "" {
		prop = phys
	}
	if v, ok := r.used(prop); ok {
		return v, true
	}
	if v, ok := r.cs.ComputedValue(prop); ok {
		if prop == "content" && r.d.pseudo != "" {
			return r.content(), true
		}
		if prop == "counter-reset" && r.d.pseudo == "" && strings.HasPrefix(v, "list-item ") &&
			(r.d.n.IsHTML("ol") || r.d.n.IsHTML("ul") || r.d.n.IsHTML("menu")) {
			// AD-HOC: Chromium resets the list-item counter of lists
			// outside CSS, so getComputedStyle does not show the user
			// agent sheet's reset; neither do we.
			if f := strings.Fields(v); len(f) > 2 {
				return strings.Join(f[2:], " "), true
			}
			return "none", true
		}
		if (prop == "min-width" || prop == "min-height") && v == "auto" && !r.parentIsFlexOrGrid() {
			// Chromium resolves min-width: auto to 0px outside flex and
			// grid items.
			return "0px", true
		}
		return v, true
	}
	if prop == "grid-template" {
		return r.gridTemplate(), true
	}
	if v, ok := r.cs.ShorthandValue(prop, r.longhand); ok {
		return v, true
	}
	if cssom.IsKeptProperty(prop) {
		return r.d.keptValue(prop)
	}
	if prop == "-webkit-locale" {
		return r.locale(), true
	}
	return cssom.InitialResolvedValue(prop)
}

// locale is -webkit-locale: the language of the element
// (https://html.spec.whatwg.org/multipage/dom.html#language), quoted, or
// auto.
func (r *resolver) locale() string {
	for n := r.d.n; n != nil; n = n.ParentElement() {
		if lang, ok := n.Attr("lang"); ok {
			if lang == "" {
				return "auto"
			}
			return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(lang) + `"`
		}
	}
	return "auto"
}

// longhand is get for shorthand serialization.
func (r *resolver) longhand(prop string) string {
	v, _ := r.get(prop)
	return v
}

// content serializes a pseudo-element's content, attr() read from the
// element.
func (r *resolver) content() string {
	if r.cs.Content == nil && (r.d.pseudo == "before" || r.d.pseudo == "after") {
		return "none"
	}
	return r.cs.ContentValue(func(name string) string { return r.d.n.AttrOr(name, "") })
}

// parentIsFlexOrGrid reports whether the box's parent is a flex or grid
// container (for a pseudo-element, its element).
func (r *resolver) parentIsFlexOrGrid() bool {
	parent := r.d.n
	if r.d.pseudo == "" {
		parent = r.d.n.ParentElement()
	}
	if parent == nil {
		return false
	}
	ps := r.d.js.p.styles.Of(parent)
	if ps == nil {
		return false
	}
	switch ps.Display {
	case cssom.DisplayFlex, cssom.DisplayInlineFlex, cssom.DisplayGrid, cssom.DisplayInlineGrid:
		return true
	}
	return false
}

// box returns the element's first box fragment, or nil when it has no
// box (display: none or contents, a pseudo-element) or only inline
// fragments, to which width and the like do not apply.
func (r *resolver) box() *layout.Fragment {
	if !r.fragFound {
		r.fragFound = true
		if r.d.pseudo == "" {
			if frags := r.d.js.fragmentsOf(r.d.n); len(frags) > 0 && frags[0].Kind != layout.InlineFragment {
				r.frag = frags[0]
			}
		}
	}
	return r.frag
}

// used returns the used value of prop when prop's resolved value is its
// used value and the element has a box.
func (r *resolver) used(prop string) (string, bool) {
	f := r.box()
	if f == nil {
		return "", false
	}
	px := func(v cssom.Fixed) (string, bool) { return cssom.PxText(v), true }
	switch prop {
	case "width", "height":
		b := f.ContentBox()
		if r.cs.BoxSizing == cssom.BorderBox {
			b = f.Rect
		}
		if prop == "width" {
			return px(b.W)
		}
		return px(b.H)
	case "transform":
		// Transform starts with the individual transform properties,
		// which getComputedStyle reports on their own.
		fns := r.cs.Transform
		if k := len(r.cs.Translate) + len(r.cs.Rotate) + len(r.cs.Scale); k <= len(fns) {
			fns = fns[k:]
		}
		return transformText(fns, f.Rect.W, f.Rect.H), true
	case "transform-origin":
		o := r.cs.TransformOrigin
		return cssom.PxText(o[0].Resolve(f.Rect.W, 0)) + " " + cssom.PxText(o[1].Resolve(f.Rect.H, 0)), true
	case "perspective-origin":
		// TODO(spec): perspective-origin is not computed; its initial
		// value is the centre of the border box.
		return cssom.PxText(f.Rect.W/2) + " " + cssom.PxText(f.Rect.H/2), true
	case "top", "right", "bottom", "left":
		return r.inset(f, prop)
	}
	// Chromium gives the used value of margins and padding only when the
	// computed one is not a length already.
	if e, ok := boxEdges[prop]; ok {
		if e.padding {
			if r.cs.Padding[e.side].Kind == cssom.LengthPx {
				return "", false
			}
			return px(f.Padding[e.side])
		}
		if r.cs.Margin[e.side].Kind == cssom.LengthPx {
			return "", false
		}
		return px(f.Margin[e.side])
	}
	if prop == "grid-template-columns" || prop == "grid-template-rows" {
		return r.gridTracks(f, prop == "grid-template-rows")
	}
	return "", false
}

// gridTracks returns the resolved value of grid-template-columns (or,
// with row, -rows) of a grid container
// (https://drafts.csswg.org/css-grid/#resolved-track-list): "every track
// listed individually, whether implicitly or explicitly created, without
// using the repeat() notation", at its used size, with the computed
// list's line names at their lines (after the implicit tracks before the
// explicit grid, the automatic repetition expanded). Other boxes have
// their computed value.
// TODO(spec): subgrid and masonry axes.
func (r *resolver) gridTracks(f *layout.Fragment, row bool) (string, bool) {
	a, ok := layout.GridTracksOf(f, row)
	if !ok {
		return "", false
	}
	tl := r.cs.Grid.TemplateColumns
	if row {
		tl = r.cs.Grid.TemplateRows
	}
	var names [][]string
	if tl != nil {
		n := 0
		if tl.Repeat != nil && len(tl.Repeat.Sizes) > 0 {
			n = a.Repeated / len(tl.Repeat.Sizes)
		}
		explicit, _, _ := tl.Expand(n)
		names = append(make([][]string, a.Leading, a.Leading+len(explicit)), explicit...)
	}
	return cssom.GridTrackListText(names, a.Sizes), true
}

// gridTemplate returns the grid-template shorthand as Chromium 156 gives
// it: each of its track lists is the computed one, unless that is none,
// when it is the resolved one (the used track sizes).
// AD-HOC: measured, not specified; the grid shorthand uses the resolved
// lists.
func (r *resolver) gridTemplate() string {
	v, _ := r.cs.ShorthandValue("grid-template", func(prop string) string {
		if prop == "grid-template-columns" || prop == "grid-template-rows" {
			if v, ok := r.cs.ComputedValue(prop); ok && v != "none" {
				return v
			}
		}
		return r.longhand(prop)
	})
	return v
}

// boxEdges maps the margin and padding longhands to their side.
var boxEdges = map[string]struct {
	padding bool
	side    int
}{
	"margin-top": {false, cssom.Top}, "margin-right": {false, cssom.Right},
	"margin-bottom": {false, cssom.Bottom}, "margin-left": {false, cssom.Left},
	"padding-top": {true, cssom.Top}, "padding-right": {true, cssom.Right},
	"padding-bottom": {true, cssom.Bottom}, "padding-left": {true, cssom.Left},
}

// transformText serializes a transform list as getComputedStyle does: none,
// or the matrix for the element's border box, each number to six
// significant digits as Chromium writes them.
func transformText(fns []cssom.TransformFunction, w, h cssom.Fixed) string {
	if len(fns) == 0 {
		return "none"
	}
	m := paint.TransformMatrix(fns, w, h)
	parts := make([]string, 6)
	for i, v := range m {
		// Six significant digits, as Chromium writes numbers.
		t := strconv.FormatFloat(v, 'g', 6, 64)
		if strings.ContainsRune(t, 'e') {
			t = strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
		}
		if t == "-0" {
			t = "0"
		}
		parts[i] = t
	}
	return "matrix(" + strings.Join(parts, ", ") + ")"
}

// inset returns the resolved value of top, right, bottom or left
// (https://drafts.csswg.org/cssom/#resolved-values): the used value for a
// relatively or absolutely positioned box, else the computed value.
// TODO(spec): sticky positioning (its computed value here) and
// over-constrained insets.
func (r *resolver) inset(f *layout.Fragment, prop string) (string, bool) {
	i := insetSides[prop]
	cs := r.cs
	switch cs.Position {
	case cssom.PositionRelative:
		// Percentages refer to the containing block, the parent's
		// content box; an auto inset is minus the opposite one, or 0.
		var cb layout.Rect
		if p := r.d.n.ParentElement(); p != nil {
			if frags := r.d.js.fragmentsOf(p); len(frags) > 0 {
				cb = frags[0].ContentBox()
			}
		}
		basis := cb.H
		if i == cssom.Left || i == cssom.Right {
			basis = cb.W
		}
		if l := cs.Inset[i]; !l.IsAuto() {
			return cssom.PxText(l.Resolve(basis, 0)), true
		}
		if l := cs.Inset[(i+2)%4]; !l.IsAuto() {
			return cssom.PxText(-l.Resolve(basis, 0)), true
		}
		return "0px", true
	case cssom.PositionAbsolute, cssom.PositionFixed:
		// A length is its own resolved value, a percentage resolves
		// against the containing block, auto is where the box is.
		l := cs.Inset[i]
		if l.Kind == cssom.LengthPx {
			return "", false
		}
		cb := r.containingBlock(cs.Position == cssom.PositionFixed)
		if !l.IsAuto() {
			basis := cb.H
			if i == cssom.Left || i == cssom.Right {
				basis = cb.W
			}
			return cssom.PxText(l.Resolve(basis, 0)), true
		}
		var v cssom.Fixed
		switch i {
		case cssom.Top:
			v = f.Rect.Y - f.Margin[cssom.Top] - cb.Y
		case cssom.Left:
			v = f.Rect.X - f.Margin[cssom.Left] - cb.X
		case cssom.Bottom:
			v = cb.Y + cb.H - (f.Rect.Y + f.Rect.H + f.Margin[cssom.Bottom])
		case cssom.Right:
			v = cb.X + cb.W - (f.Rect.X + f.Rect.W + f.Margin[cssom.Right])
		}
		return cssom.PxText(v), true
	}
	return "", false
}

var insetSides = map[string]int{"top": cssom.Top, "right": cssom.Right, "bottom": cssom.Bottom, "left": cssom.Left}

// containingBlock returns the containing block of an absolutely (or,
// with fixed, a fixed) positioned box: the padding box of the nearest
// positioned ancestor with a box, else the initial containing block
// (https://www.w3.org/TR/CSS22/visudet.html#containing-block-details).
// TODO(spec): transformed ancestors and inline containing blocks.
func (r *resolver) containingBlock(fixed bool) layout.Rect {
	vp := r.d.js.p.viewport
	icb := layout.Rect{W: cssom.Int(vp.Width), H: cssom.Int(vp.Height)}
	if fixed {
		return icb
	}
	for a := r.d.n.ParentElement(); a != nil; a = a.ParentElement() {
		as := r.d.js.p.styles.Of(a)
		if as == nil || as.Position == cssom.PositionStatic {
			continue
		}
		if frags := r.d.js.fragmentsOf(a); len(frags) > 0 {
			return frags[0].PaddingBox()
		}
	}
	return icb
}
