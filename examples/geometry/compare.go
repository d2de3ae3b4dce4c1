package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// collectScript returns, as a JSON string, one entry per element of the
// document in tree order (the head and SVG content skipped): its path of
// tag names with sibling indices among same-named siblings (the matching
// key), a short selector for people, whether it has a box
// (getClientRects().length > 0), and its border box in page coordinates,
// rounded to 1/100 px. The same text runs in both engines.
//
// The border box is what getBoundingClientRect returns, computed from
// getClientRects as CSSOM View 1 defines it
// (https://drafts.csswg.org/cssom-view/#dom-element-getboundingclientrect:
// the union of the rectangles that have an area, else the first one), so
// that each element costs one geometry query.
const collectScript = `(function () {
  var out = [], sx = window.scrollX || 0, sy = window.scrollY || 0;
  function r2(v) { return Math.round(v * 100) / 100; }
  function bounds(list) {
    var x0 = 0, y0 = 0, x1 = 0, y1 = 0, any = false;
    for (var i = 0; i < list.length; i++) {
      var r = list[i];
      if (r.width === 0 && r.height === 0) continue;
      if (!any) { x0 = r.left; y0 = r.top; x1 = r.right; y1 = r.bottom; any = true; continue; }
      x0 = Math.min(x0, r.left); y0 = Math.min(y0, r.top);
      x1 = Math.max(x1, r.right); y1 = Math.max(y1, r.bottom);
    }
    if (!any && list.length > 0) { var f = list[0]; return [f.left, f.top, f.width, f.height]; }
    return [x0, y0, x1 - x0, y1 - y0];
  }
  function label(k) {
    var s = k.localName;
    if (k.id) s += '#' + k.id;
    if (typeof k.className === 'string' && k.className.trim() !== '') {
      s += '.' + k.className.trim().split(/\s+/).slice(0, 2).join('.');
    }
    return s;
  }
  function visit(k, path) {
    var list = k.getClientRects(), r = bounds(list);
    out.push([path, label(k), list.length > 0 ? 1 : 0, r2(r[0] + sx), r2(r[1] + sy), r2(r[2]), r2(r[3])]);
    if (k.localName === 'svg' || k.localName === 'math') return;
    var counts = {}, kids = k.children;
    for (var i = 0; i < kids.length; i++) {
      var t = kids[i].localName;
      if (t === 'head') continue;
      counts[t] = (counts[t] || 0) + 1;
      visit(kids[i], path + '/' + t + '[' + counts[t] + ']');
    }
  }
  visit(document.documentElement, 'html');
  return JSON.stringify(out);
})()`

// element is one entry of collectScript's output.
type element struct {
	Path       string
	Label      string
	HasBox     bool
	X, Y, W, H float64
}

// parseElements decodes collectScript's JSON.
func parseElements(s string) ([]element, error) {
	var rows [][]any
	if err := json.Unmarshal([]byte(s), &rows); err != nil {
		return nil, fmt.Errorf("decode geometry: %w", err)
	}
	out := make([]element, 0, len(rows))
	for _, r := range rows {
		if len(r) != 7 {
			return nil, fmt.Errorf("decode geometry: row of %d fields", len(r))
		}
		e := element{}
		e.Path, _ = r[0].(string)
		e.Label, _ = r[1].(string)
		has, _ := r[2].(float64)
		e.HasBox = has != 0
		e.X, _ = r[3].(float64)
		e.Y, _ = r[4].(float64)
		e.W, _ = r[5].(float64)
		e.H, _ = r[6].(float64)
		out = append(out, e)
	}
	return out, nil
}

// tolerance is the largest difference counted as a match, in CSS px.
const tolerance = 1.0

// mismatch is one element whose boxes differ.
type mismatch struct {
	Selector string
	Ours     element
	Chromium element
	Score    float64 // the largest of |dx|, |dy|, |dw|, |dh|
}

// report is the comparison of one page.
type report struct {
	Page string
	// Matched counts the elements present in both trees (same path) with a
	// box in at least one; OnlyOurs and OnlyChromium count the elements
	// whose path exists in one tree only.
	Matched, OnlyOurs, OnlyChromium int
	// BoxOnlyOne counts the matched elements that have a box in one engine
	// only (they count as mismatches on every axis).
	BoxOnlyOne int
	// WithinX..WithinAll count the matched elements within tolerance on
	// each axis, and on all four.
	WithinX, WithinY, WithinW, WithinH, WithinAll int
	// Worst are the matched elements with the largest differences, the
	// largest first; First are the first mismatches in document order
	// (where a drift starts); Sized are the first elements whose width or
	// height differs (what makes the boxes after them drift); BoxOnly are
	// the first elements with a box in one engine only.
	Worst, First, Sized, BoxOnly []mismatch
}

// compare matches two element lists by path and measures how many boxes
// agree. Elements with no box in either engine (display: none, inside
// hidden subtrees) are left out; elements whose path exists in one list
// only are counted in OnlyOurs or OnlyChromium but never matched.
func compare(page string, ours, chrome []element, worst int) report {
	rep := report{Page: page, OnlyChromium: len(chrome)}
	byPath := make(map[string]element, len(chrome))
	for _, e := range chrome {
		byPath[e.Path] = e
	}
	labels := make(map[string]string, len(ours))
	var bad []mismatch
	for _, o := range ours {
		labels[o.Path] = o.Label
		c, ok := byPath[o.Path]
		if !ok {
			rep.OnlyOurs++
			continue
		}
		rep.OnlyChromium--
		if !o.HasBox && !c.HasBox {
			continue
		}
		rep.Matched++
		if o.HasBox != c.HasBox {
			rep.BoxOnlyOne++
			if len(rep.BoxOnly) < worst {
				rep.BoxOnly = append(rep.BoxOnly, mismatch{Selector: selectorPath(o.Path, labels), Ours: o, Chromium: c})
			}
			continue
		}
		dx, dy, dw, dh := math.Abs(o.X-c.X), math.Abs(o.Y-c.Y), math.Abs(o.W-c.W), math.Abs(o.H-c.H)
		rep.WithinX += within(dx)
		rep.WithinY += within(dy)
		rep.WithinW += within(dw)
		rep.WithinH += within(dh)
		if score := max(dx, dy, dw, dh); score > tolerance {
			m := mismatch{Selector: selectorPath(o.Path, labels), Ours: o, Chromium: c, Score: score}
			bad = append(bad, m)
			if len(rep.First) < worst {
				rep.First = append(rep.First, m)
			}
			if len(rep.Sized) < worst && max(dw, dh) > tolerance {
				rep.Sized = append(rep.Sized, m)
			}
		} else {
			rep.WithinAll++
		}
	}
	// Worst first; among equals, the earlier element in document order
	// (the stable sort keeps tree order), which is usually the cause.
	sort.SliceStable(bad, func(i, j int) bool { return bad[i].Score > bad[j].Score })
	rep.Worst = bad[:min(worst, len(bad))]
	return rep
}

func within(d float64) int {
	if d <= tolerance {
		return 1
	}
	return 0
}

// selectorPath names the element at path by its ancestors' labels, keeping
// the last four steps and the nth-of-type index where it is not 1.
func selectorPath(path string, labels map[string]string) string {
	steps := strings.Split(path, "/")
	var parts []string
	for i := range steps {
		p := strings.Join(steps[:i+1], "/")
		l := labels[p]
		if l == "" {
			l = steps[i]
		}
		if _, idx, ok := strings.Cut(steps[i], "["); ok && idx != "1]" {
			l += ":nth-of-type(" + strings.TrimSuffix(idx, "]") + ")"
		}
		parts = append(parts, l)
	}
	if len(parts) > 4 {
		parts = append([]string{"…"}, parts[len(parts)-4:]...)
	}
	return strings.Join(parts, " > ")
}

// share formats n/d as a percentage.
func share(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}
