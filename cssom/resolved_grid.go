package cssom

import (
	"strconv"
	"strings"
)

// Resolved values of the grid and box alignment longhands
// (https://drafts.csswg.org/css-grid-1/#resolved-track-list,
// https://drafts.csswg.org/css-align-3/). The track lists here are the
// computed ones; package browser substitutes the used track sizes of a
// grid container with a box (GridTrackListText).

// addGridGetters registers the longhands of this file.
func addGridGetters(g getterTable) {
	g["grid-template-columns"] = func(s *ComputedStyle) string { return trackListText(s.Grid.TemplateColumns) }
	g["grid-template-rows"] = func(s *ComputedStyle) string { return trackListText(s.Grid.TemplateRows) }
	g["grid-template-areas"] = func(s *ComputedStyle) string { return areasText(s.Grid.TemplateAreas) }
	g["grid-auto-columns"] = func(s *ComputedStyle) string { return trackSizesText(s.Grid.AutoColumns) }
	g["grid-auto-rows"] = func(s *ComputedStyle) string { return trackSizesText(s.Grid.AutoRows) }
	g["grid-auto-flow"] = func(s *ComputedStyle) string {
		switch s.Grid.AutoFlow {
		case GridFlowColumn:
			return "column"
		case GridFlowDense:
			return "dense"
		case GridFlowColumn | GridFlowDense:
			return "column dense"
		}
		return "row"
	}
	g["grid-row-start"] = func(s *ComputedStyle) string { return gridLineText(s.Grid.RowStart) }
	g["grid-row-end"] = func(s *ComputedStyle) string { return gridLineText(s.Grid.RowEnd) }
	g["grid-column-start"] = func(s *ComputedStyle) string { return gridLineText(s.Grid.ColumnStart) }
	g["grid-column-end"] = func(s *ComputedStyle) string { return gridLineText(s.Grid.ColumnEnd) }
	names := map[Align]string{}
	for k, v := range alignKeywords {
		if cur, ok := names[v]; !ok || better(k, cur) {
			names[v] = k
		}
	}
	for name, f := range map[string]func(*ComputedStyle) Align{
		"justify-content": func(s *ComputedStyle) Align { return s.JustifyContent },
		"align-items":     func(s *ComputedStyle) Align { return s.AlignItems },
		"align-self":      func(s *ComputedStyle) Align { return s.AlignSelf },
		"align-content":   func(s *ComputedStyle) Align { return s.AlignContent },
		"justify-items":   func(s *ComputedStyle) Align { return s.JustifyItems },
		"justify-self":    func(s *ComputedStyle) Align { return s.JustifySelf },
	} {
		f := f
		g[name] = func(s *ComputedStyle) string { return names[f(s)] }
	}
}

// gridLineText serializes a <grid-line>: auto, [span] <integer> <ident>.
func gridLineText(l GridLine) string {
	if l.IsAuto() {
		return "auto"
	}
	var parts []string
	if l.Span {
		parts = append(parts, "span")
	}
	if l.Integer != 0 && !(l.Span && l.Integer == 1 && l.Name != "") {
		parts = append(parts, strconv.Itoa(int(l.Integer)))
	}
	if l.Name != "" {
		parts = append(parts, l.Name)
	}
	return strings.Join(parts, " ")
}

// breadthText serializes one track sizing function.
func breadthText(b GridBreadth) string {
	switch b.Kind {
	case BreadthLength:
		return lengthText(b.Length)
	case BreadthFlex:
		return numText(float64(b.Fr)) + "fr"
	case BreadthMinContent:
		return "min-content"
	case BreadthMaxContent:
		return "max-content"
	case BreadthFitContent:
		return "fit-content(" + lengthText(b.Length) + ")"
	}
	return "auto"
}

// trackSizeText serializes a <track-size>.
func trackSizeText(t GridTrackSize) string {
	switch {
	case t.Max.Kind == BreadthFitContent:
		return breadthText(t.Max)
	case t.Min == t.Max || (t.Min.Kind == BreadthAuto && t.Max.Kind == BreadthFlex):
		return breadthText(t.Max)
	}
	return "minmax(" + breadthText(t.Min) + ", " + breadthText(t.Max) + ")"
}

// trackSizesText serializes grid-auto-rows or grid-auto-columns.
func trackSizesText(list []GridTrackSize) string {
	if len(list) == 0 {
		return "auto"
	}
	parts := make([]string, len(list))
	for i, t := range list {
		parts[i] = trackSizeText(t)
	}
	return strings.Join(parts, " ")
}

// lineNamesText serializes a set of line names, "" for none.
func lineNamesText(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return "[" + strings.Join(names, " ") + "]"
}

// appendTracks appends names[0] sizes[0] names[1] ... names[len(sizes)]
// to parts, leaving out empty name sets.
func appendTracks(parts []string, names [][]string, sizes []string) []string {
	for i := range len(sizes) + 1 {
		if i < len(names) {
			if n := lineNamesText(names[i]); n != "" {
				parts = append(parts, n)
			}
		}
		if i < len(sizes) {
			parts = append(parts, sizes[i])
		}
	}
	return parts
}

// trackListText serializes a computed track list: none, or the tracks
// and line names with the repeat()s as written, as Chromium does
// (https://drafts.csswg.org/css-grid-2/#resolved-track-list: an element
// that is no grid container gives its computed value).
// TODO(spec): integer repeat()s beside an automatic repetition are
// written expanded.
func trackListText(t *GridTrackList) string {
	if t == nil {
		return "none"
	}
	sizes := make([]string, len(t.Sizes))
	for i, s := range t.Sizes {
		sizes[i] = trackSizeText(s)
	}
	if t.Repeat == nil {
		if s, ok := intRepeatText(t, sizes); ok {
			return s
		}
		return strings.Join(appendTracks(nil, t.Names, sizes), " ")
	}
	at := t.RepeatAt
	parts := appendTracks(nil, t.Names[:at], sizes[:at])
	if n := lineNamesText(t.Names[at]); n != "" {
		parts = append(parts, n)
	}
	rs := make([]string, len(t.Repeat.Sizes))
	for i, s := range t.Repeat.Sizes {
		rs[i] = trackSizeText(s)
	}
	kind := "auto-fill"
	if t.Repeat.Fit {
		kind = "auto-fit"
	}
	parts = append(parts, "repeat("+kind+", "+strings.Join(appendTracks(nil, t.Repeat.Names, rs), " ")+")")
	return strings.Join(appendTracks(parts, t.Names[at+1:], sizes[at:]), " ")
}

// GridTrackListText serializes the resolved value of a grid container's
// grid-template-rows or grid-template-columns
// (https://drafts.csswg.org/css-grid-1/#resolved-track-list): every
// track's used size in px, with the line names of the computed list
// (explicit tracks first) between them. names may be shorter than
// len(sizes)+1. Each size is written to six significant digits of its
// exact value, as Chromium writes its layout units ("76.6562px" for
// 76.65625px, where PxText would write the shortest form, "76.66px").
func GridTrackListText(names [][]string, sizes []Fixed) string {
	if len(sizes) == 0 {
		return "none"
	}
	s := make([]string, len(sizes))
	for i, f := range sizes {
		s[i] = numText(float64(f)/64) + "px"
	}
	return strings.Join(appendTracks(nil, names, s), " ")
}

// areasText serializes grid-template-areas: one string per row, "." for
// the cells no area covers.
func areasText(a *GridAreas) string {
	if a == nil || a.Rows <= 0 || a.Columns <= 0 || a.Rows*a.Columns > 1<<16 {
		return "none"
	}
	cells := make([]string, a.Rows*a.Columns)
	for i := range cells {
		cells[i] = "."
	}
	for _, ar := range a.Areas {
		for r := max(ar.RowStart, 1); r < ar.RowEnd && r <= a.Rows; r++ {
			for c := max(ar.ColumnStart, 1); c < ar.ColumnEnd && c <= a.Columns; c++ {
				cells[(r-1)*a.Columns+c-1] = ar.Name
			}
		}
	}
	rows := make([]string, a.Rows)
	for r := range rows {
		rows[r] = `"` + strings.Join(cells[r*a.Columns:(r+1)*a.Columns], " ") + `"`
	}
	return strings.Join(rows, " ")
}

// intRepeatText serializes a track list without an automatic repetition
// whose integer repeat()s are folded back: each line's own names, then a
// repeat() or a track. The expanded lines where a repeat() meets the list
// hold the repeat()'s inner names after (at its start) or before (at its
// end) the list's own (mergeNames appends), and lose them here. ok is
// false when the list has no repeat() or its record does not fit.
func intRepeatText(t *GridTrackList, sizes []string) (string, bool) {
	if len(t.Repeats) == 0 || len(t.Names) != len(t.Sizes)+1 {
		return "", false
	}
	var parts []string
	ri, trim := 0, 0
	for i := 0; ; {
		line := t.Names[i]
		if trim > len(line) {
			return "", false
		}
		line = line[trim:]
		var r *GridIntRepeat
		if ri < len(t.Repeats) && t.Repeats[ri].At == i {
			r = &t.Repeats[ri]
			end := i + r.Count*len(r.Sizes)
			if len(r.Sizes) == 0 || len(r.Names) != len(r.Sizes)+1 || len(r.Names[0]) > len(line) || end > len(t.Sizes) {
				return "", false
			}
			line = line[:len(line)-len(r.Names[0])]
		}
		if n := lineNamesText(line); n != "" {
			parts = append(parts, n)
		}
		if i >= len(t.Sizes) {
			break
		}
		if r == nil {
			parts = append(parts, sizes[i])
			i, trim = i+1, 0
			continue
		}
		inner := make([]string, len(r.Sizes))
		for k, s := range r.Sizes {
			inner[k] = trackSizeText(s)
		}
		parts = append(parts, "repeat("+strconv.Itoa(r.Count)+", "+strings.Join(appendTracks(nil, r.Names, inner), " ")+")")
		i, trim = i+r.Count*len(r.Sizes), len(r.Names[len(r.Sizes)])
		ri++
	}
	return strings.Join(parts, " "), ri == len(t.Repeats)
}
