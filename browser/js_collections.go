package browser

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
)

// Live collections: NodeList and HTMLCollection objects whose members
// reflect the tree as it is when they are read.
//
// https://dom.spec.whatwg.org/#old-style-collections
//
// A collection is a goja dynamic object over a liveList: index access,
// "length" (on the prototype), item() and, for HTMLCollection, namedItem()
// and named properties. The list of nodes is cached and recomputed only when
// the document's version (dom.Document.Version, bumped by every mutation)
// has changed since, so a loop reading length and [i] is linear. Lists are
// cached per (root, kind, key) too: document.getElementsByTagName("p")
// returns the same object each time, as browsers do, and childNodes and
// children are [SameObject].

// listKind says which nodes a collection holds.
type listKind uint8

const (
	listStatic       listKind = iota // a snapshot (querySelectorAll, mutation records)
	listChildNodes                   // Node.childNodes
	listChildren                     // ParentNode.children
	listTagName                      // getElementsByTagName(key)
	listClassName                    // getElementsByClassName(key)
	listName                         // document.getElementsByName(key)
	listForms                        // document.forms
	listImages                       // document.images
	listLinks                        // document.links
	listScripts                      // document.scripts
	listAnchors                      // document.anchors
	listEmbeds                       // document.embeds and document.plugins
	listFormElements                 // HTMLFormElement.elements
)

// listKey identifies a cached live collection.
type listKey struct {
	root *dom.Node
	kind listKind
	key  string
}

// maxCachedLists bounds the cache of live collections; past it the cache
// starts afresh (collections already handed out stay live).
const maxCachedLists = 4096

// liveList is the state behind one NodeList or HTMLCollection object. It
// implements goja.DynamicObject.
type liveList struct {
	js      *jsRuntime
	root    *dom.Node
	kind    listKind
	key     string
	classes []string // listClassName: the class names to match
	html    bool     // an HTMLCollection (named properties), else a NodeList
	nodes   []*dom.Node
	version uint64 // the document version nodes belongs to
	valid   bool
	obj     *goja.Object
	expando map[string]goja.Value // properties scripts set on the object
}

// liveCollection returns the cached collection for (root, kind, key),
// creating it on first use.
func (js *jsRuntime) liveCollection(root *dom.Node, kind listKind, key string) goja.Value {
	k := listKey{root, kind, key}
	if l := js.lists[k]; l != nil {
		return l.obj
	}
	if js.lists == nil || len(js.lists) >= maxCachedLists {
		js.lists = map[listKey]*liveList{}
	}
	l := &liveList{js: js, root: root, kind: kind, key: key}
	switch kind {
	case listChildNodes, listName:
	case listClassName:
		l.classes = strings.Fields(key)
		l.html = true
	default:
		l.html = true
	}
	js.lists[k] = l
	js.newCollectionObject(l)
	return l.obj
}

// nodeList returns a static NodeList of nodes (querySelectorAll, mutation
// records): a snapshot, as the standard says for those.
func (js *jsRuntime) nodeList(nodes []*dom.Node) goja.Value {
	l := &liveList{js: js, kind: listStatic, nodes: nodes, valid: true}
	js.newCollectionObject(l)
	return l.obj
}

func (js *jsRuntime) newCollectionObject(l *liveList) {
	l.obj = js.vm.NewDynamicObject(l)
	proto := "NodeList"
	switch {
	case l.kind == listFormElements:
		proto = "HTMLFormControlsCollection"
	case l.html:
		proto = "HTMLCollection"
	}
	_ = l.obj.SetPrototype(js.protos[proto])
}

// items returns the collection's nodes, recomputed when the document
// changed since they were gathered.
func (l *liveList) items() []*dom.Node {
	if l.kind == listStatic {
		return l.nodes
	}
	doc := l.root.OwnerDocument()
	if doc != nil && l.valid && doc.Version() == l.version {
		return l.nodes
	}
	l.nodes = l.collect(l.nodes[:0])
	if doc != nil {
		l.version, l.valid = doc.Version(), true
	}
	return l.nodes
}

// collect appends the collection's nodes in tree order to out.
func (l *liveList) collect(out []*dom.Node) []*dom.Node {
	switch l.kind {
	case listChildNodes, listChildren:
		for c := l.root.FirstChild; c != nil; c = c.NextSibling {
			if l.kind == listChildNodes || c.Type == dom.ElementNode {
				out = append(out, c)
			}
		}
		return out
	case listFormElements:
		return l.formElements(out)
	}
	match := l.matcher()
	l.root.Walk(func(n *dom.Node) bool {
		if n != l.root && n.Type == dom.ElementNode && match(n) {
			out = append(out, n)
		}
		return true
	})
	return out
}

// matcher returns the filter of a collection of descendant elements.
func (l *liveList) matcher() func(*dom.Node) bool {
	switch l.kind {
	case listTagName:
		return tagNameMatcher(l.key)
	case listClassName:
		return func(n *dom.Node) bool {
			if len(l.classes) == 0 {
				return false
			}
			for _, c := range l.classes {
				if !n.HasClass(c) {
					return false
				}
			}
			return true
		}
	case listName:
		// https://html.spec.whatwg.org/multipage/dom.html#dom-document-getelementsbyname
		return func(n *dom.Node) bool { return n.Namespace == dom.HTMLNamespace && n.AttrOr("name", "\x00") == l.key }
	case listForms:
		return func(n *dom.Node) bool { return n.IsHTML("form") }
	case listImages:
		return func(n *dom.Node) bool { return n.IsHTML("img") }
	case listLinks:
		return func(n *dom.Node) bool { return (n.IsHTML("a") || n.IsHTML("area")) && n.HasAttr("href") }
	case listScripts:
		return func(n *dom.Node) bool { return n.IsHTML("script") }
	case listAnchors:
		return func(n *dom.Node) bool { return n.IsHTML("a") && n.HasAttr("name") }
	case listEmbeds:
		return func(n *dom.Node) bool { return n.IsHTML("embed") }
	}
	return func(*dom.Node) bool { return false }
}

// tagNameMatcher implements the test of "list of elements with qualified
// name qualifiedName".
//
// https://dom.spec.whatwg.org/#concept-getelementsbytagname
func tagNameMatcher(name string) func(*dom.Node) bool {
	// 1. If qualifiedName is "*", return a collection of all descendant
	// elements.
	if name == "*" {
		return func(*dom.Node) bool { return true }
	}
	// 2. Otherwise, if root's node document is an HTML document: descendant
	// elements whose qualified name is qualifiedName in the HTML namespace
	// after ASCII lowercasing it, or whose qualified name is qualifiedName
	// in any other namespace.
	lower := strings.ToLower(name)
	return func(n *dom.Node) bool {
		if n.Namespace == dom.HTMLNamespace {
			return n.Tag == lower
		}
		return n.Tag == name
	}
}

// elementsByTagName returns the elements getElementsByTagName(name) would
// hold now, in tree order.
func elementsByTagName(root *dom.Node, name string) []*dom.Node {
	l := liveList{root: root, kind: listTagName, key: name}
	return l.collect(nil)
}

// listedElements are the form-associated elements listed in form.elements
// (https://html.spec.whatwg.org/multipage/forms.html#category-listed).
var listedElements = map[string]bool{"button": true, "fieldset": true, "input": true,
	"object": true, "output": true, "select": true, "textarea": true}

// formElements collects the form's listed elements whose form owner is the
// form, except input type=image.
//
// https://html.spec.whatwg.org/multipage/forms.html#dom-form-elements
func (l *liveList) formElements(out []*dom.Node) []*dom.Node {
	top := l.root
	for top.Parent != nil {
		top = top.Parent
	}
	top.Walk(func(n *dom.Node) bool {
		if n.Type != dom.ElementNode || n.Namespace != dom.HTMLNamespace || !listedElements[n.Tag] {
			return true
		}
		if n.Tag == "input" && strings.EqualFold(n.AttrOr("type", ""), "image") {
			return true
		}
		if formOwner(n, top) == l.root {
			out = append(out, n)
		}
		return true
	})
	return out
}

// formOwner returns the element's form owner: the form its form attribute
// names, else its nearest form ancestor.
//
// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#reset-the-form-owner
func formOwner(n, top *dom.Node) *dom.Node {
	if id, ok := n.Attr("form"); ok {
		f := findElement(top, func(e *dom.Node) bool { return e.ID() == id })
		if f != nil && f.IsHTML("form") {
			return f
		}
		return nil
	}
	for a := n.Parent; a != nil; a = a.Parent {
		if a.IsHTML("form") {
			return a
		}
	}
	return nil
}

// arrayIndex parses a canonical array index ("0", "17"; not "01" or "-1").
func arrayIndex(key string) (int, bool) {
	if key == "" || len(key) > 9 || (key[0] == '0' && len(key) > 1) {
		return 0, false
	}
	i := 0
	for j := 0; j < len(key); j++ {
		c := key[j]
		if c < '0' || c > '9' {
			return 0, false
		}
		i = i*10 + int(c-'0')
	}
	return i, true
}

// namedItem implements HTMLCollection.namedItem.
//
// https://dom.spec.whatwg.org/#dom-htmlcollection-nameditem-key
func (l *liveList) namedItem(key string) *dom.Node {
	// 1. If key is the empty string, return null.
	if key == "" {
		return nil
	}
	// 2. Return the first element in the collection for which at least one
	// of the following is true: it has an ID which is key; it is in the
	// HTML namespace and has a name attribute whose value is key.
	for _, n := range l.items() {
		if n.Type != dom.ElementNode {
			continue
		}
		if n.ID() == key || n.Namespace == dom.HTMLNamespace && n.AttrOr("name", "") == key {
			return n
		}
	}
	return nil
}

// named returns the named property key of an HTMLCollection: the named
// property visibility algorithm hides names the prototype chain has.
//
// https://webidl.spec.whatwg.org/#legacy-platform-object-getownproperty
func (l *liveList) named(key string) *dom.Node {
	if !l.html {
		return nil
	}
	if l.js.listMembers[key] {
		return nil
	}
	return l.namedItem(key)
}

// Get implements goja.DynamicObject: indices, named properties, expandos.
func (l *liveList) Get(key string) goja.Value {
	if i, ok := arrayIndex(key); ok {
		if nodes := l.items(); i < len(nodes) {
			return l.js.wrapObject(nodes[i])
		}
		return nil
	}
	if v, ok := l.expando[key]; ok {
		return v
	}
	if n := l.named(key); n != nil {
		return l.js.wrapObject(n)
	}
	return nil
}

// Set implements goja.DynamicObject: indexed properties are read-only;
// other names are stored as expandos.
func (l *liveList) Set(key string, v goja.Value) bool {
	if _, ok := arrayIndex(key); ok {
		return false
	}
	if l.expando == nil {
		l.expando = map[string]goja.Value{}
	}
	l.expando[key] = v
	return true
}

// Has implements goja.DynamicObject.
func (l *liveList) Has(key string) bool {
	if i, ok := arrayIndex(key); ok {
		return i < len(l.items())
	}
	if _, ok := l.expando[key]; ok {
		return true
	}
	return l.named(key) != nil
}

// Delete implements goja.DynamicObject.
func (l *liveList) Delete(key string) bool {
	if i, ok := arrayIndex(key); ok {
		return i >= len(l.items())
	}
	delete(l.expando, key)
	return true
}

// Keys implements goja.DynamicObject: the indices, then expandos. Named
// properties are not enumerable ([LegacyUnenumerableNamedProperties]).
func (l *liveList) Keys() []string {
	n := len(l.items())
	keys := make([]string, 0, n+len(l.expando))
	for i := 0; i < n; i++ {
		keys = append(keys, strconv.Itoa(i))
	}
	for k := range l.expando {
		keys = append(keys, k)
	}
	// Expando order is not insertion order; sort them for determinism.
	sort.Strings(keys[n:])
	return keys
}

// thisList returns the collection a method was called on, or throws.
func (js *jsRuntime) thisList(call goja.FunctionCall) *liveList {
	// Only a collection's own prototype is checked before Export: Export
	// of an ordinary object would call its getters.
	if o, ok := call.This.(*goja.Object); ok {
		if p := o.Prototype(); p == js.protos["NodeList"] || p == js.protos["HTMLCollection"] || p == js.protos["HTMLFormControlsCollection"] {
			if l, ok := o.Export().(*liveList); ok {
				return l
			}
		}
	}
	panic(js.vm.NewTypeError("Illegal invocation"))
}

// installCollections defines NodeList, HTMLCollection and
// HTMLFormControlsCollection, and the members that return collections on
// Document and HTMLFormElement.
//
// https://dom.spec.whatwg.org/#interface-nodelist
// https://dom.spec.whatwg.org/#interface-htmlcollection
func (js *jsRuntime) installCollections() {
	vm := js.vm
	arrayProto := vm.Get("Array").ToObject(vm).Get("prototype").ToObject(vm)
	values := arrayProto.Get("values")
	item := func(call goja.FunctionCall) goja.Value {
		nodes := js.thisList(call).items()
		i := call.Argument(0).ToInteger()
		if i < 0 || i >= int64(len(nodes)) {
			return goja.Null()
		}
		return js.wrapObject(nodes[i])
	}
	length := func(call goja.FunctionCall) goja.Value { return vm.ToValue(len(js.thisList(call).items())) }
	for _, name := range []string{"NodeList", "HTMLCollection"} {
		p := js.protos[name]
		js.method(p, "item", item)
		js.accessor(p, "length", length, nil)
		// WebIDL: an iterable declaration on an interface with indexed
		// properties uses %Array.prototype.values% for @@iterator.
		_ = p.DefineDataPropertySymbol(goja.SymIterator, values, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	nl := js.protos["NodeList"]
	for _, m := range []string{"forEach", "entries", "keys", "values"} {
		_ = nl.DefineDataProperty(m, arrayProto.Get(m), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	js.method(js.protos["HTMLCollection"], "namedItem", func(call goja.FunctionCall) goja.Value {
		return js.wrap(js.thisList(call).namedItem(call.Argument(0).String()))
	})

	// AD-HOC: the named property visibility algorithm looks at the
	// prototype chain as it was when the runtime started.
	js.listMembers = map[string]bool{}
	for p := js.protos["HTMLFormControlsCollection"]; p != nil; p = p.Prototype() {
		for _, k := range p.GetOwnPropertyNames() {
			js.listMembers[k] = true
		}
	}

	doc := js.protos["Document"]
	for _, c := range []struct {
		name string
		kind listKind
	}{{"forms", listForms}, {"images", listImages}, {"links", listLinks}, {"scripts", listScripts},
		{"anchors", listAnchors}, {"embeds", listEmbeds}, {"plugins", listEmbeds}} {
		kind := c.kind
		js.nodeGetter(doc, c.name, func(n *dom.Node) goja.Value { return js.liveCollection(n, kind, "") })
	}
	js.nodeMethod(doc, "getElementsByName", func(n *dom.Node, call goja.FunctionCall) goja.Value {
		return js.liveCollection(n, listName, call.Argument(0).String())
	})

}

// installFormMembers defines the collection members of HTMLFormElement
// (js_interfaces.go calls it when the lazy interface is created).
//
// https://html.spec.whatwg.org/multipage/forms.html#htmlformelement
//
// TODO(spec): RadioNodeList for HTMLFormControlsCollection.namedItem with
// several matches; select.options, table.rows, tBodies and cells; form
// named properties (form.username).
func (js *jsRuntime) installFormMembers(form *goja.Object) {
	js.nodeGetter(form, "elements", func(n *dom.Node) goja.Value { return js.liveCollection(n, listFormElements, "") })
	js.nodeGetter(form, "length", func(n *dom.Node) goja.Value {
		l := js.liveCollection(n, listFormElements, "").(*goja.Object).Export().(*liveList)
		return js.vm.ToValue(len(l.items()))
	})
}
