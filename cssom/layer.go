package cssom

// Cascade layers (https://www.w3.org/TR/css-cascade-5/#layering): the
// @layer rules, the layer tree and its order, and the `all` shorthand.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// LayerRule is an @layer block (https://www.w3.org/TR/css-cascade-5/#layer-block):
// its rules belong to the layer Name, a dotted path relative to the
// enclosing layer ("" for an anonymous layer).
type LayerRule struct {
	Name  string
	Rules []Rule
}

// LayerStatementRule is an @layer statement ("@layer a, b.c;"): it only
// declares the layers Names, in order, fixing their place in the layer
// order (https://www.w3.org/TR/css-cascade-5/#layer-empty).
type LayerStatementRule struct {
	Names []string
}

func (*LayerRule) isRule()          {}
func (*LayerStatementRule) isRule() {}

// parseLayerName parses <layer-name>: <ident> [ '.' <ident> ]* with no
// white space inside (https://www.w3.org/TR/css-cascade-5/#typedef-layer-name).
// It returns the name with its parts, or ok false. The CSS-wide keywords
// are not valid layer names.
func parseLayerName(toks []tok) (string, bool) {
	for len(toks) > 0 && toks[0].t == css.WhitespaceToken {
		toks = toks[1:]
	}
	for len(toks) > 0 && toks[len(toks)-1].t == css.WhitespaceToken {
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 0 || toks[0].t != css.IdentToken {
		return "", false
	}
	if _, global := globalKeyword(toks[0].s); global || strings.EqualFold(toks[0].s, "default") {
		return "", false
	}
	var b strings.Builder
	b.WriteString(toks[0].s)
	// tdewolff lexes ".b" as a delimiter and an ident, or as a number
	// token for ".5": only delimiter + ident pairs are valid.
	for i := 1; i < len(toks); i += 2 {
		if i+1 >= len(toks) || toks[i].t != css.DelimToken || toks[i].s != "." || toks[i+1].t != css.IdentToken {
			return "", false
		}
		b.WriteByte('.')
		b.WriteString(toks[i+1].s)
	}
	return b.String(), true
}

// parseLayerNames parses the prelude of an @layer statement:
// <layer-name>#. ok is false when it is invalid (the rule is dropped).
func parseLayerNames(toks []tok) ([]string, bool) {
	var names []string
	for _, item := range splitCommas(toks) {
		n, ok := parseLayerName(item)
		if !ok {
			return nil, false
		}
		names = append(names, n)
	}
	return names, len(names) > 0
}

// layerNode is one cascade layer in the layer tree of a cascade. The root
// is the implicit outer layer of unlayered rules.
type layerNode struct {
	name     string // the last part of the name ("" when anonymous)
	children []*layerNode
	// rank orders the layers from the lowest precedence (0) for normal
	// declarations; set by rankLayers.
	rank uint32
}

// sublayer returns the child layer of l named by the dotted path name,
// creating the missing layers in order. An empty name creates a new
// anonymous layer, which no other rule can name again.
// https://www.w3.org/TR/css-cascade-5/#layer-ordering: "layers are ordered
// by the order in which they first appear".
func (l *layerNode) sublayer(name string) *layerNode {
	if name == "" {
		c := &layerNode{}
		l.children = append(l.children, c)
		return c
	}
	cur := l
	for _, part := range strings.Split(name, ".") {
		var found *layerNode
		for _, c := range cur.children {
			if c.name == part {
				found = c
				break
			}
		}
		if found == nil {
			found = &layerNode{name: part}
			cur.children = append(cur.children, found)
		}
		cur = found
	}
	return cur
}

// rankLayers numbers the layers of the tree rooted at l in the order of
// precedence of their normal declarations, from next: "the declarations
// within each layer's sublayers ... are placed before the layer's own
// unlayered declarations" (https://www.w3.org/TR/css-cascade-5/#cascade-layering),
// so the order is a post-order walk, and the root (unlayered) comes last.
// It returns the next free rank.
func (l *layerNode) rankLayers(next uint32) uint32 {
	for _, c := range l.children {
		next = c.rankLayers(next)
	}
	l.rank = next
	return next + 1
}

// hasRevertLayer reports whether one of decls sets a longhand to
// revert-layer (parsed, not waiting for var()).
func hasRevertLayer(decls []*Declaration) bool {
	for _, d := range decls {
		for i := range d.longhands {
			if v := &d.longhands[i].v; v.kind == vGlobal && v.i == gRevertLayer {
				return true
			}
		}
	}
	return false
}

// The `all` shorthand (https://www.w3.org/TR/css-cascade-5/#all-shorthand)
// takes only the CSS-wide keywords and sets every longhand except direction
// and unicode-bidi (and custom properties).
func init() {
	var ids []propID
	for id := propID(0); id < numProps; id++ {
		if id != pDirection && id != pUnicodeBidi {
			ids = append(ids, id)
		}
	}
	shorthands["all"] = ids
}
