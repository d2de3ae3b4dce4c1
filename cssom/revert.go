package cssom

// Rolling back the cascade: revert (https://www.w3.org/TR/css-cascade-5/#default)
// and revert-layer (https://www.w3.org/TR/css-cascade-5/#revert-layer).
//
// The cascade (resolver.go) applies the matched declarations level by
// level, in ascending precedence: each level is one origin, importance
// and cascade layer (the presentational hints and the style attribute
// are layers of their own, below and above the author's layers).
//
// revert-layer in layer L rolls back to the cascade of the layers before
// L, normal and important declarations alike, "as if no current-layer
// rules were specified for this property on this element"
// (https://github.com/w3c/csswg-drafts/issues/5793), nor later-layer ones,
// whose normal declarations L's overrode. So an !important revert-layer does not fall to the
// important declarations of the later layers (which !important's reversed
// order puts below it), but to the earlier layers' values; and one in the
// style attribute keeps every author rule, important ones included
// (https://github.com/w3c/csswg-drafts/issues/6743). Chromium agrees.
//
// A revert-layer written in a normal declaration is resolved by the
// cascade, from a copy of the cascaded values taken before its level
// (only when a level holds one): the important declarations of earlier
// layers, missing from the copy, win over it anyway. What the cascade
// cannot see is resolved here, on demand, when computing: revert-layer in
// important declarations or from var() substitution, and every revert
// (to the previous origin). Nothing here runs for a page that uses
// neither keyword.
//
// TODO(spec): the animation origin (revert and revert-layer in
// @keyframes) and user style sheets, which Pane has neither of; a custom
// property whose var() substitution yields a CSS-wide keyword
// (https://drafts.csswg.org/css-variables-2/#substitute-a-var) keeps it
// as text.

import (
	"slices"
	"strings"
)

// level is one step of the cascade order: the entries
// r.matched[start:end] of one origin and layer, or a block (hints or the
// style attribute), with the declarations of one importance.
type level struct {
	start, end int
	block      *declBlock
	origin     Origin
	important  bool
	// lpos orders the levels' cascade layers: the index of the layer's
	// normal level, which is ordered by origin, then layer.
	lpos int
	// revertLayer reports that a declaration of the level may be a
	// written revert-layer (the cascade then keeps the values below).
	revertLayer bool
}

// buildLevels lists the cascade levels of r.matched, hints and inline in
// the order of https://www.w3.org/TR/css-cascade-5/#cascade-sort: normal
// user-agent, user, presentational hints (treated as a layer below every
// author layer, https://www.w3.org/TR/css-cascade-5/#preshint), author
// (layers in order, unlayered last), the style attribute; then important
// author (layers in reverse order, unlayered first), the style attribute,
// user, user-agent.
func (r *resolver) buildLevels(hints, inline *declBlock) {
	r.lv = r.lv[:0]
	// The segments (runs of one origin and layer; r.matched is sorted by
	// origin, then layer) are first listed as normal levels.
	for i, e := range r.matched {
		o := Origin(e.key >> 62)
		if n := len(r.lv); n > 0 && r.lv[n-1].origin == o && r.matched[r.lv[n-1].start].layer == e.layer {
			r.lv[n-1].end = i + 1
			r.lv[n-1].revertLayer = r.lv[n-1].revertLayer || e.revertLayer
			continue
		}
		r.lv = append(r.lv, level{start: i, end: i + 1, origin: o, revertLayer: e.revertLayer})
	}
	if hints != nil {
		// The hints go before the author segments.
		author := len(r.lv)
		for i := range r.lv {
			if r.lv[i].origin == AuthorOrigin {
				author = i
				break
			}
		}
		r.lv = slices.Insert(r.lv, author, level{block: hints, origin: AuthorOrigin})
	}
	if inline != nil {
		r.lv = append(r.lv, level{block: inline, origin: AuthorOrigin, revertLayer: inline.revertLayer})
	}
	normal := len(r.lv)
	for i := range r.lv {
		r.lv[i].lpos = i
	}
	for _, o := range [...]Origin{AuthorOrigin, UserOrigin, UserAgentOrigin} {
		for i := normal - 1; i >= 0; i-- {
			if lv := r.lv[i]; lv.origin == o && lv.block == nil {
				lv.important = true
				r.lv = append(r.lv, lv)
			}
		}
		if o == AuthorOrigin && inline != nil {
			lv := r.lv[normal-1]
			lv.important = true
			r.lv = append(r.lv, lv)
		}
	}
}

// levelDecls calls f with each declaration block of level lv.
func (r *resolver) levelDecls(lv level, f func([]*Declaration) bool) {
	if lv.block != nil {
		f(lv.block.decls)
		return
	}
	for _, e := range r.matched[lv.start:lv.end] {
		if !f(e.decls) {
			return
		}
	}
}

// levelIndex maps the declarations and parsed values of an element's
// cascade levels to their level (an index of r.lv), for rollback. It is
// built on the first rollback of a cascade: not at all for elements
// without revert or revert-layer.
type levelIndex struct {
	built  bool
	decls  map[*Declaration]int
	values map[*value]int
}

// levelOf returns the index in r.lv of the level the winner w comes from
// (-1 when it is not found).
func (r *resolver) levelOf(w winner) int {
	ix := &r.lvIndex
	if !ix.built {
		if ix.decls == nil {
			ix.decls, ix.values = map[*Declaration]int{}, map[*value]int{}
		}
		clear(ix.decls)
		clear(ix.values)
		for k, lv := range r.lv {
			r.levelDecls(lv, func(decls []*Declaration) bool {
				for _, d := range decls {
					if d.Important != lv.important {
						continue
					}
					ix.decls[d] = k
					for i := range d.longhands {
						ix.values[&d.longhands[i].v] = k
					}
				}
				return true
			})
		}
		ix.built = true
	}
	k, ok := ix.values[w.v]
	if w.d != nil {
		k, ok = ix.decls[w.d]
	} else if d := r.mirrorValues[w.v]; !ok && d != nil {
		k, ok = ix.decls[d] // substituted in rtl (logical_cascade.go)
	}
	if !ok {
		return -1
	}
	return k
}

// rollback returns the cascaded value of property id that the revert or
// revert-layer (g) of winner w rolls back to; the empty winner means
// unset.
//
// revert depends on the origin of w's declaration: in the user-agent
// origin it is unset; in the user origin it rolls back to the user-agent
// origin's cascaded value, in the author origin to the user's (and then
// the user agent's). Presentational hints are part of the author origin
// here.
//
// revert-layer rolls back to the previous cascade layer: the cascade of
// the layers before w's (see the top of the file); with none left in the
// origin, the previous origin's (the hints included, as a layer of their
// own).
func (r *resolver) rollback(id propID, w winner, g int32) winner {
	k := r.levelOf(w)
	if k < 0 {
		return winner{}
	}
	if g == gRevertLayer {
		lpos := r.lv[k].lpos
		return r.cascadedBelow(id, func(j int) bool { return r.lv[j].lpos < lpos })
	}
	o := r.lv[k].origin
	if o == UserAgentOrigin {
		return winner{}
	}
	return r.cascadedBelow(id, func(j int) bool { return r.lv[j].origin < o })
}

// cascadedBelow runs the cascade for property id alone over the levels
// that keep holds. A written revert-layer in a normal level rolls back to
// the value before its level, as in the full cascade; one in an
// important level is left for rollback.
func (r *resolver) cascadedBelow(id propID, keep func(int) bool) winner {
	var w winner
	for j := range r.lv {
		if !keep(j) {
			continue
		}
		lv, before := r.lv[j], w
		r.levelDecls(lv, func(decls []*Declaration) bool {
			for _, d := range decls {
				if d.Important != lv.important || d.IsCustom() {
					continue
				}
				// In rtl, inline-relative declarations set the other
				// side (logical_cascade.go).
				flip := r.mirroring && r.flips(d)
				if d.pending != nil {
					for _, lid := range d.longhandIDs() {
						switch {
						case flip && mirrored[lid] == id:
							w = r.mirroredPending(d, id)
						case !flip && lid == id:
							w = winner{d: d}
						}
					}
					continue
				}
				for i := range d.longhands {
					l := &d.longhands[i]
					lid, v := l.id, &l.v
					if flip {
						lid, v = mirrorLonghand(l)
					}
					if lid == id {
						w = winner{v: v}
						if v.kind == vGlobal && v.i == gRevertLayer && !lv.important {
							w = before
						}
					}
				}
			}
			return true
		})
	}
	return w
}

// customDecl is a custom property declaration with the origin and the
// layer position (level.lpos) of the cascade level it was applied in.
type customDecl struct {
	d      *Declaration
	lpos   int
	origin Origin
}

// customCascaded returns the cascaded value of the custom property
// declared by own[i] (own in cascade order), its CSS-wide keywords
// resolved: ok is false when the property has no value (initial: the
// guaranteed-invalid value), inherited when it takes its parent's
// (inherit, unset, and a revert or revert-layer with nothing to roll back
// to: custom properties inherit).
func customCascaded(own []customDecl, i int) (v string, ok, inherited bool) {
	d := own[i].d
	kw := strings.ToLower(d.Value)
	switch kw {
	case "initial":
		return "", false, false
	case "inherit", "unset":
		return "", false, true
	case "revert", "revert-layer":
		for j := i - 1; j >= 0; j-- {
			if own[j].d.Property != d.Property {
				continue
			}
			if kw == "revert-layer" && own[j].lpos >= own[i].lpos || kw == "revert" && own[j].origin >= own[i].origin {
				continue
			}
			return customCascaded(own, j)
		}
		return "", false, true
	}
	return d.Value, true, false
}
