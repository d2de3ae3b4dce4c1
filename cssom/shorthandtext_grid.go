package cssom

// The grid-template and grid shorthands as the CSSOM splits and
// serializes them (see shorthandtext.go): the value is validated and cut
// by grid_template.go's parsers, each longhand's components written as
// its specified value; the serialization follows Chromium where
// https://drafts.csswg.org/cssom/#serialize-a-css-value leaves the choice
// ("the shortest form the shorthand allows").

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// gridTemplateLonghands are grid-template's longhands in Chromium's order.
var gridTemplateLonghands = []string{"grid-template-rows", "grid-template-columns", "grid-template-areas"}

func init() {
	cssomShorthands["grid-template"] = &shorthandForm{longhands: gridTemplateLonghands,
		split: splitGridTemplate, serialize: serializeGridTemplate}
	cssomShorthands["grid"] = &shorthandForm{longhands: append(gridTemplateLonghands[:3:3],
		"grid-auto-flow", "grid-auto-columns", "grid-auto-rows"), split: splitGrid, serialize: serializeGrid}
}

// splitGridTemplate splits grid-template
// (https://drafts.csswg.org/css-grid/#grid-template-shorthand): none, rows
// / columns, or the areas form whose strings give grid-template-areas and
// whose sizes and line names give grid-template-rows.
func splitGridTemplate(_ string, comps [][]tok) ([]lhText, bool) {
	l, ok := parseGridTemplate(comps)
	if !ok {
		return nil, false
	}
	return gridLonghandTexts(l, 3), true
}

// gridLonghandTexts writes the grid longhands of l in the order of grid's
// longhands, the first n of them.
func gridLonghandTexts(l []longhand, n int) []lhText {
	out := make([]lhText, 6)
	for _, lh := range l {
		switch lh.id {
		case pGridTemplateRows:
			out[0] = lhText{text: compsText("grid-template-rows", lh.v.grid)}
		case pGridTemplateColumns:
			out[1] = lhText{text: compsText("grid-template-columns", lh.v.grid)}
		case pGridTemplateAreas:
			out[2] = lhText{text: areaStringsText(lh.v.grid)}
		case pGridAutoFlow:
			out[3] = lhText{text: autoFlowText(GridAutoFlow(lh.v.i))}
		case pGridAutoColumns:
			out[4] = lhText{text: compsText("grid-auto-columns", lh.v.grid)}
		case pGridAutoRows:
			out[5] = lhText{text: compsText("grid-auto-rows", lh.v.grid)}
		}
	}
	return out[:n]
}

// areaStringsText writes grid-template-areas' strings with their cells one
// space apart and each run of "." as one ".", as Chromium does.
func areaStringsText(comps [][]tok) string {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return "none"
	}
	parts := make([]string, 0, len(comps))
	for _, c := range comps {
		cells, ok := areaRow(unquote(c[0].s))
		if !ok {
			return compsText("grid-template-areas", comps)
		}
		for i, cell := range cells {
			if cell == "" {
				cells[i] = "."
			}
		}
		var b strings.Builder
		writeCSSString(&b, strings.Join(cells, " "))
		parts = append(parts, b.String())
	}
	return strings.Join(parts, " ")
}

// splitGrid splits grid (https://drafts.csswg.org/css-grid/#grid-shorthand):
// a grid-template value with the auto longhands initial, or one axis
// auto-placed: "auto-flow dense? <auto-rows>? / <columns>" or
// "<rows> / auto-flow dense? <auto-columns>?".
func splitGrid(_ string, comps [][]tok) ([]lhText, bool) {
	l, ok := parseGridShorthand(comps)
	if !ok {
		return nil, false
	}
	return gridLonghandTexts(l, 6), true
}

// autoFlowText writes a grid-auto-flow value in its shortest form: row
// is left out beside dense.
func autoFlowText(f GridAutoFlow) string {
	switch {
	case f&GridFlowColumn != 0 && f&GridFlowDense != 0:
		return "column dense"
	case f&GridFlowColumn != 0:
		return "column"
	case f&GridFlowDense != 0:
		return "dense"
	}
	return "row"
}

// serializeGridTemplate writes grid-template from rows, columns and
// areas: "none", "rows / columns", or with areas each row's line names,
// string and size (auto left out), then "/ columns"; "" when the rows
// are not one plain size per string (a repeat(), or counts that differ)
// or the columns hold a repeat() (as Chromium, which writes no
// <explicit-track-list> with one).
func serializeGridTemplate(_ string, vals []lhText) string {
	rows, cols, areas := vals[0].text, vals[1].text, vals[2].text
	if areas == "none" {
		if rows == "none" && cols == "none" {
			return "none"
		}
		return rows + " / " + cols
	}
	if strings.Contains(cols, "repeat(") {
		return ""
	}
	strs := components(lexValue(areas))
	var parts []string
	next := 0 // the next area string to write
	for _, c := range components(lexValue(rows)) {
		switch {
		case c[0].t == css.LeftBracketToken:
			parts = append(parts, compText("grid-template-rows", c))
		case next >= len(strs) || c[0].t == css.FunctionToken && isFunc(c, "repeat(") || ident(c) == "none":
			return ""
		default:
			parts = append(parts, compText("grid-template-areas", strs[next]))
			if ident(c) != "auto" {
				parts = append(parts, compText("grid-template-rows", c))
			}
			next++
		}
	}
	if next != len(strs) {
		return ""
	}
	if cols != "none" {
		parts = append(parts, "/", cols)
	}
	return strings.Join(parts, " ")
}

// serializeGrid writes grid, as Chromium does: the grid-template form
// when the auto-placement longhands are initial; else one axis
// auto-placed, "auto-flow dense? <auto-rows>? / <columns>" for a row
// flow and "<rows> / auto-flow dense? <auto-columns>?" for a column flow.
// AD-HOC: "" when the form would leave out a longhand that is not
// initial (the template of the auto-placed axis, the auto size of the
// other), so that cssText parses back to the same block; Chromium writes
// the form and loses it ("none / auto-flow" for columns 1fr).
func serializeGrid(_ string, vals []lhText) string {
	rows, cols, areas := vals[0].text, vals[1].text, vals[2].text
	flow, autoCols, autoRows := vals[3].text, vals[4].text, vals[5].text
	if flow == "row" && autoRows == "auto" && autoCols == "auto" {
		// AD-HOC: Chromium writes the areas form only when the grid
		// shorthand itself set the auto longhands; Pane keeps no such
		// mark and writes it whenever they are initial.
		return serializeGridTemplate("", vals[:3])
	}
	if areas != "none" {
		return ""
	}
	autoFlow := "auto-flow"
	if strings.Contains(flow, "dense") {
		autoFlow += " dense"
	}
	if strings.Contains(flow, "column") {
		if cols != "none" || autoRows != "auto" {
			return ""
		}
		s := rows + " / " + autoFlow
		if autoCols != "auto" {
			s += " " + autoCols
		}
		return s
	}
	if rows != "none" || autoCols != "auto" {
		return ""
	}
	s := autoFlow
	if autoRows != "auto" {
		s += " " + autoRows
	}
	return s + " / " + cols
}
