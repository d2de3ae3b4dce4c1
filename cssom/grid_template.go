package cssom

// The explicit grid's properties that take strings and the shorthands
// that set them: grid-template-areas, grid-template and grid
// (https://www.w3.org/TR/css-grid-1/#explicit-grid-shorthand). The other
// grid properties are in grid.go.

import "github.com/tdewolff/parse/v2/css"

// parseAreas parses grid-template-areas: none | <string>+, each string a
// row of cells (https://www.w3.org/TR/css-grid-1/#grid-template-areas-property).
// The declaration is invalid when the rows differ in length or a named
// area is not a filled-in rectangle. It returns nil for none.
func parseAreas(comps [][]tok) (*GridAreas, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return nil, true
	}
	if len(comps) == 0 {
		return nil, false
	}
	var cells [][]string
	for _, c := range comps {
		if len(c) != 1 || c[0].t != css.StringToken {
			return nil, false
		}
		row, ok := areaRow(unquote(c[0].s))
		if !ok || len(row) == 0 || len(cells) > 0 && len(row) != len(cells[0]) {
			return nil, false
		}
		cells = append(cells, row)
	}
	a := &GridAreas{Rows: len(cells), Columns: len(cells[0])}
	count := map[string]int{}
	for _, row := range cells {
		for _, name := range row {
			count[name]++
		}
	}
	seen := map[string]bool{}
	for r, row := range cells {
		for k, name := range row {
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			area, ok := areaRect(cells, name, r, k, count[name])
			if !ok {
				return nil, false
			}
			a.Areas = append(a.Areas, area)
		}
	}
	return a, true
}

// areaRow tokenizes one string of grid-template-areas into its cells:
// names, "" for a null cell token (a run of "."); a trash token makes it
// invalid.
func areaRow(s string) ([]string, bool) {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f':
			i++
		case c == '.':
			for i < len(s) && s[i] == '.' {
				i++
			}
			out = append(out, "")
		case nameCodePoint(c):
			j := i
			for j < len(s) && nameCodePoint(s[j]) {
				j++
			}
			out = append(out, s[i:j])
			i = j
		default:
			return nil, false
		}
	}
	return out, true
}

// nameCodePoint reports whether byte c starts or continues a name code
// point (https://www.w3.org/TR/css-syntax-3/#name-code-point); non-ASCII
// bytes all count.
func nameCodePoint(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80
}

// areaRect returns the area named name whose top-left cell is (r, k), and
// whether its cells form a filled rectangle holding every cell so named
// (n of them).
func areaRect(cells [][]string, name string, r, k, n int) (GridArea, bool) {
	w := 0
	for k+w < len(cells[r]) && cells[r][k+w] == name {
		w++
	}
	h := 0
	for r+h < len(cells) && cells[r+h][k] == name {
		h++
	}
	if w*h != n {
		return GridArea{}, false
	}
	for y := r; y < r+h; y++ {
		for x := k; x < k+w; x++ {
			if cells[y][x] != name {
				return GridArea{}, false
			}
		}
	}
	return GridArea{Name: name, RowStart: r + 1, RowEnd: r + h + 1, ColumnStart: k + 1, ColumnEnd: k + w + 1}, true
}

// namesComp builds a <line-names> component.
func namesComp(names []string) []tok {
	c := []tok{{css.LeftBracketToken, "["}}
	for _, n := range names {
		c = append(c, tok{css.IdentToken, n}, tok{css.WhitespaceToken, " "})
	}
	return append(c, tok{css.RightBracketToken, "]"})
}

// parseGridTemplate parses the grid-template shorthand: none |
// [ <'grid-template-rows'> / <'grid-template-columns'> ] |
// [ <line-names>? <string> <track-size>? <line-names>? ]+ [ / <explicit-track-list> ]?
// https://www.w3.org/TR/css-grid-1/#explicit-grid-shorthand
func parseGridTemplate(comps [][]tok) ([]longhand, bool) {
	out := func(rows, cols, areas [][]tok) []longhand {
		return []longhand{{pGridTemplateRows, gridValue(rows)}, {pGridTemplateColumns, gridValue(cols)},
			{pGridTemplateAreas, gridValue(areas)}}
	}
	none := [][]tok{identComp("none")}
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return out(none, none, none), true
	}
	parts := splitSlash(comps)
	if len(parts) > 2 {
		return nil, false
	}
	hasString := false
	for _, c := range parts[0] {
		hasString = hasString || len(c) == 1 && c[0].t == css.StringToken
	}
	if !hasString {
		if len(parts) != 2 {
			return nil, false
		}
		_, ok1 := parseTemplateTracks(parts[0], nil)
		_, ok2 := parseTemplateTracks(parts[1], nil)
		return out(parts[0], parts[1], none), ok1 && ok2
	}
	rows, areas, ok := splitAreaRows(parts[0])
	if !ok {
		return nil, false
	}
	if _, ok := parseAreas(areas); !ok {
		return nil, false
	}
	cols := none
	if len(parts) == 2 {
		if _, ok := parseTrackList(parts[1], nil, false); !ok {
			return nil, false
		}
		cols = parts[1]
	}
	return out(rows, cols, areas), true
}

// splitAreaRows splits the rows of grid-template's areas form into a
// track list (a missing <track-size> is auto; names on either side of a
// row boundary belong to one line) and the area strings.
func splitAreaRows(comps [][]tok) (rows, areas [][]tok, ok bool) {
	names := func(i int) ([]string, int, bool) {
		if i < len(comps) && len(comps[i]) > 0 && comps[i][0].t == css.LeftBracketToken {
			n, ok := parseLineNames(comps[i])
			return n, i + 1, ok
		}
		return nil, i, true
	}
	var after []string
	for i := 0; i < len(comps); {
		before, j, ok := names(i)
		if !ok || j >= len(comps) || len(comps[j]) != 1 || comps[j][0].t != css.StringToken {
			return nil, nil, false
		}
		areas = append(areas, comps[j])
		if line := mergeNames(after, before); len(line) > 0 {
			rows = append(rows, namesComp(line))
		}
		size := identComp("auto")
		j++
		if j < len(comps) && comps[j][0].t != css.LeftBracketToken && comps[j][0].t != css.StringToken {
			if _, ok := parseTrackSize(comps[j], nil); !ok {
				return nil, nil, false
			}
			size = comps[j]
			j++
		}
		rows = append(rows, size)
		if after, i, ok = names(j); !ok {
			return nil, nil, false
		}
	}
	if len(after) > 0 {
		rows = append(rows, namesComp(after))
	}
	return rows, areas, true
}

// parseGridShorthand parses the grid shorthand: <'grid-template'> |
// <'grid-template-rows'> / [ auto-flow && dense? ] <'grid-auto-columns'>? |
// [ auto-flow && dense? ] <'grid-auto-rows'>? / <'grid-template-columns'>.
// https://www.w3.org/TR/css-grid-1/#grid-shorthand
func parseGridShorthand(comps [][]tok) ([]longhand, bool) {
	auto := [][]tok{identComp("auto")}
	none := [][]tok{identComp("none")}
	flow := func(f GridAutoFlow) longhand { return longhand{pGridAutoFlow, value{kind: vEnum, i: int32(f)}} }
	if l, ok := parseGridTemplate(comps); ok {
		return append(l, longhand{pGridAutoRows, gridValue(auto)}, longhand{pGridAutoColumns, gridValue(auto)}, flow(GridFlowRow)), true
	}
	parts := splitSlash(comps)
	if len(parts) != 2 {
		return nil, false
	}
	if dense, rest, ok := autoFlowPart(parts[1]); ok {
		// Rows explicit, columns auto-placed.
		if len(rest) == 0 {
			rest = auto
		}
		_, ok1 := parseTemplateTracks(parts[0], nil)
		_, ok2 := parseAutoTracks(rest, nil)
		return []longhand{{pGridTemplateRows, gridValue(parts[0])}, {pGridTemplateColumns, gridValue(none)},
			{pGridTemplateAreas, gridValue(none)}, {pGridAutoRows, gridValue(auto)}, {pGridAutoColumns, gridValue(rest)},
			flow(GridFlowColumn | dense)}, ok1 && ok2
	}
	dense, rest, ok := autoFlowPart(parts[0])
	if !ok {
		return nil, false
	}
	if len(rest) == 0 {
		rest = auto
	}
	_, ok1 := parseAutoTracks(rest, nil)
	_, ok2 := parseTemplateTracks(parts[1], nil)
	return []longhand{{pGridTemplateRows, gridValue(none)}, {pGridTemplateColumns, gridValue(parts[1])},
		{pGridTemplateAreas, gridValue(none)}, {pGridAutoRows, gridValue(rest)}, {pGridAutoColumns, gridValue(auto)},
		flow(GridFlowRow | dense)}, ok1 && ok2
}

// autoFlowPart reads [ auto-flow && dense? ] at the start of comps and
// returns the dense flag and the components after it.
func autoFlowPart(comps [][]tok) (GridAutoFlow, [][]tok, bool) {
	var dense GridAutoFlow
	seen := false
	i := 0
	for ; i < len(comps) && i < 2; i++ {
		switch ident(comps[i]) {
		case "auto-flow":
			if seen {
				return 0, nil, false
			}
			seen = true
			continue
		case "dense":
			if dense != 0 {
				return 0, nil, false
			}
			dense = GridFlowDense
			continue
		}
		break
	}
	return dense, comps[i:], seen
}
