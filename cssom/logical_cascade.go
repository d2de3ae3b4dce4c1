package cssom

// The cascade of logical and physical properties together
// (https://drafts.csswg.org/css-logical-1/#box): "logical and physical
// properties that share a computed value cascade together", so that
// origin, importance, layers, specificity and order of appearance decide
// between margin-left and margin-inline-start on one element. The mapping
// uses the element's own direction and writing mode
// (https://www.w3.org/TR/css-writing-modes-4/#logical-to-physical).
//
// Declarations are parsed for ltr (logical.go); an element's first
// cascade maps them so. Its computed direction is known from that
// cascade: direction is not logical, so mapping cannot change it (as
// browsers compute their "high priority" properties first). When it is
// rtl and a matched declaration is inline-relative, or when its
// containing block is rtl and it has a logical float or clear, resolveRTL
// runs the cascade again with those declarations mapped to the other
// inline side and computes the style from it. ltr elements in ltr
// parents pay two string comparisons.
//
// Style sharing needs nothing more: the share key (the parent's style and
// the matched declarations) determines both directions.
//
// TODO(spec): vertical writing modes (writing-mode is kept, not
// computed), where block-start is right or left and the inline sides are
// top and bottom.

// resolveRTL returns the style of an element whose first cascade computed
// s, in rtl or with an rtl parent: s itself when no declaration depends
// on the direction, else the style of a cascade with those declarations
// mapped for rtl. vars are the element's custom properties, which the
// mapping does not change.
func (r *resolver) resolveRTL(s, parent *ComputedStyle, hints, inline *declBlock, vars map[string]string) *ComputedStyle {
	// The containing block's direction: AD-HOC the parent's (the initial
	// containing block's is the root's).
	cb := s.Direction
	if parent != nil {
		cb = parent.Direction
	}
	r.mirror, r.mirrorFloat = s.Direction == "rtl", cb == "rtl"
	if r.anyFlips() {
		r.mirroring, r.vars = true, vars
		clear(r.mirrorValues)
		clear(r.mirrorParsed)
		r.cascade(hints, inline)
		s = computeStyle(parent, &r.w, r, vars, r.rootFontSize, r.vw, r.vh, r.metrics)
	}
	r.mirroring, r.mirror, r.mirrorFloat, r.vars = false, false, false, nil
	return s
}

// flips reports whether the cascade maps d to the other inline side: an
// inline-relative declaration in an rtl element, a logical float or
// clear in an rtl containing block
// (https://www.w3.org/TR/css-logical-1/#float-clear).
func (r *resolver) flips(d *Declaration) bool {
	if logicalFloat(d) {
		return r.mirrorFloat
	}
	return r.mirror && inlineRelative[d.Property]
}

// anyFlips reports whether a declaration of the element's cascade levels
// (r.lv, built by cascade) flips.
func (r *resolver) anyFlips() bool {
	found := false
	for _, lv := range r.lv {
		if lv.important {
			continue // the normal levels hold every declaration
		}
		r.levelDecls(lv, func(decls []*Declaration) bool {
			for _, d := range decls {
				if r.flips(d) {
					found = true
					return false
				}
			}
			return true
		})
		if found {
			return true
		}
	}
	return false
}

// mirroredPending returns the cascaded value of physical longhand id set
// by d, an inline-relative declaration with var(), in rtl. The element's
// custom properties are known by then (r.vars), so d is substituted and
// parsed here, once per element, rather than when computing; a value
// that does not parse is invalid at computed-value time: unset
// (https://www.w3.org/TR/css-variables-1/#invalid-at-computed-value-time).
func (r *resolver) mirroredPending(d *Declaration, id propID) winner {
	if r.mirrorParsed == nil {
		r.mirrorParsed = map[*Declaration][]longhand{}
		r.mirrorValues = map[*value]*Declaration{}
	}
	ls, ok := r.mirrorParsed[d]
	if !ok {
		if toks, ok := substituteVars(d.pending, r.vars, 0); ok {
			ls, _ = parseDeclarationValue(d.Property, toks, d.base)
		}
		r.mirrorParsed[d] = ls
	}
	for i := range ls {
		if lid, v := mirrorLonghand(&ls[i]); lid == id {
			// Rollback finds the declaration's level through it.
			r.mirrorValues[v] = d
			return winner{v: v}
		}
	}
	return winner{v: &unsetValue}
}

// unsetValue is the value of a declaration invalid at computed-value time.
var unsetValue = value{kind: vGlobal, i: gUnset}
