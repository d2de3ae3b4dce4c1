package cssom

import (
	"reflect"
	"testing"
)

func px(n int) GridBreadth            { return GridBreadth{Kind: BreadthLength, Length: LengthOf(Int(n))} }
func fr(n float32) GridBreadth        { return GridBreadth{Kind: BreadthFlex, Fr: n} }
func one(b GridBreadth) GridTrackSize { return GridTrackSize{Min: b, Max: b} }

var (
	autoB = GridBreadth{Kind: BreadthAuto}
	minB  = GridBreadth{Kind: BreadthMinContent}
	maxB  = GridBreadth{Kind: BreadthMaxContent}
)

func TestGridTemplateTracks(t *testing.T) {
	tests := []struct {
		decl string
		want *GridTrackList // nil: none (or invalid, the initial value)
	}{
		{"grid-template-columns: 100px 1fr auto", &GridTrackList{Names: [][]string{nil, nil, nil, nil},
			Sizes: []GridTrackSize{one(px(100)), one(fr(1)), AutoTrack}}},
		{"grid-template-columns: [a b] 1em [c] min-content max-content", &GridTrackList{
			Names: [][]string{{"a", "b"}, {"c"}, nil, nil},
			Sizes: []GridTrackSize{one(px(20)), one(minB), one(maxB)}}},
		{"grid-template-columns: minmax(100px, 2fr) fit-content(50%)", &GridTrackList{Names: [][]string{nil, nil, nil},
			Sizes: []GridTrackSize{{Min: px(100), Max: fr(2)}, {Max: GridBreadth{Kind: BreadthFitContent, Length: Percent(50)}}}}},
		{"grid-template-rows: [x] repeat(2, [a] 10px [b]) [y]", &GridTrackList{
			Names:   [][]string{{"x", "a"}, {"b", "a"}, {"b", "y"}},
			Sizes:   []GridTrackSize{one(px(10)), one(px(10))},
			Repeats: []GridIntRepeat{{At: 0, Count: 2, Names: [][]string{{"a"}, {"b"}}, Sizes: []GridTrackSize{one(px(10))}}}}},
		{"grid-template-columns: repeat(auto-fill, minmax(100px, 1fr))", &GridTrackList{
			Names: [][]string{nil, nil}, RepeatAt: 0,
			Repeat: &GridAutoRepeat{Names: [][]string{nil, nil}, Sizes: []GridTrackSize{{Min: px(100), Max: fr(1)}}}}},
		{"grid-template-columns: 10px repeat(auto-fit, [a] 20px) [e] 30px", &GridTrackList{
			Names: [][]string{nil, nil, {"e"}, nil}, RepeatAt: 1, Sizes: []GridTrackSize{one(px(10)), one(px(30))},
			Repeat: &GridAutoRepeat{Fit: true, Names: [][]string{{"a"}, nil}, Sizes: []GridTrackSize{one(px(20))}}}},
		{"grid-template-columns: none", nil},
		// Invalid: a negative length, a flexible minimum, two name
		// groups in a row, an auto repetition beside an intrinsic track,
		// two auto repetitions, repeat(0, ...), nested repeat.
		{"grid-template-columns: -1px", nil},
		{"grid-template-columns: minmax(1fr, 1fr)", nil},
		{"grid-template-columns: [a] [b] 1fr", nil},
		{"grid-template-columns: repeat(auto-fill, 10px) auto", nil},
		{"grid-template-columns: repeat(auto-fill, 10px) repeat(auto-fit, 10px)", nil},
		{"grid-template-columns: repeat(0, 10px)", nil},
		{"grid-template-columns: repeat(2, repeat(2, 10px))", nil},
		{"grid-template-columns: [span] 1fr", nil},
	}
	for _, tc := range tests {
		s := decl(t, tc.decl)
		got := s.Grid.TemplateColumns
		if s.Grid.TemplateRows != nil {
			got = s.Grid.TemplateRows
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.decl, got, tc.want)
		}
	}
}

func TestGridTrackListExpand(t *testing.T) {
	s := decl(t, "grid-template-columns: [s] 10px [r] repeat(auto-fill, [a] 20px [b]) [e] 30px")
	names, sizes, first := s.Grid.TemplateColumns.Expand(2)
	wantNames := [][]string{{"s"}, {"r", "a"}, {"b", "a"}, {"b", "e"}, nil}
	if !reflect.DeepEqual(names, wantNames) || len(sizes) != 4 || first != 1 || sizes[1] != one(px(20)) {
		t.Errorf("Expand(2) = %v %v %d", names, sizes, first)
	}
	names, sizes, _ = s.Grid.TemplateColumns.Expand(0)
	if !reflect.DeepEqual(names, [][]string{{"s"}, {"r", "e"}, nil}) || len(sizes) != 2 {
		t.Errorf("Expand(0) = %v %v", names, sizes)
	}
}

func TestGridPlacementProps(t *testing.T) {
	tests := []struct {
		decl                 string
		rs, re, cs, ce       GridLine
		flow                 GridAutoFlow
		justItems, justSelf  Align
		alignItems, alignSlf Align
	}{
		{decl: "grid-row: 2 / -1", rs: GridLine{Integer: 2}, re: GridLine{Integer: -1}},
		{decl: "grid-column: span 2", cs: GridLine{Span: true, Integer: 2}},
		{decl: "grid-column: a", cs: GridLine{Name: "a"}, ce: GridLine{Name: "a"}},
		{decl: "grid-column: 2 a / span b", cs: GridLine{Integer: 2, Name: "a"}, ce: GridLine{Span: true, Integer: 1, Name: "b"}},
		{decl: "grid-area: main", rs: GridLine{Name: "main"}, cs: GridLine{Name: "main"}, re: GridLine{Name: "main"}, ce: GridLine{Name: "main"}},
		{decl: "grid-area: 1 / 2 / 3", rs: GridLine{Integer: 1}, cs: GridLine{Integer: 2}, re: GridLine{Integer: 3}},
		{decl: "grid-area: a / b", rs: GridLine{Name: "a"}, cs: GridLine{Name: "b"}, re: GridLine{Name: "a"}, ce: GridLine{Name: "b"}},
		{decl: "grid-row-start: 0"},
		{decl: "grid-row-start: span -2"},
		{decl: "grid-row-start: span"},
		{decl: "grid-row-start: auto 2"},
		{decl: "grid-auto-flow: column dense", flow: GridFlowColumn | GridFlowDense},
		{decl: "grid-auto-flow: dense", flow: GridFlowDense},
		{decl: "grid-auto-flow: row column"},
		{decl: "justify-items: center; justify-self: end", justItems: AlignCenter, justSelf: AlignEnd},
		{decl: "justify-items: legacy left", justSelf: AlignAuto},
		{decl: "justify-self: space-between", justSelf: AlignAuto},
		{decl: "place-items: center start", alignItems: AlignCenter, justItems: AlignStart, justSelf: AlignAuto},
		{decl: "place-self: end", alignSlf: AlignEnd, justSelf: AlignEnd},
	}
	for _, tc := range tests {
		s := decl(t, tc.decl)
		g := s.Grid
		if tc.alignSlf == AlignNormal {
			tc.alignSlf = AlignAuto
		}
		if tc.justSelf == AlignNormal && tc.decl != "justify-items: center; justify-self: end" {
			tc.justSelf = AlignAuto
		}
		if g.RowStart != tc.rs || g.RowEnd != tc.re || g.ColumnStart != tc.cs || g.ColumnEnd != tc.ce || g.AutoFlow != tc.flow ||
			s.JustifyItems != tc.justItems || s.JustifySelf != tc.justSelf || s.AlignItems != tc.alignItems || s.AlignSelf != tc.alignSlf {
			t.Errorf("%s: got %+v justify %v/%v align %v/%v", tc.decl, g, s.JustifyItems, s.JustifySelf, s.AlignItems, s.AlignSelf)
		}
	}
}

func TestGridTemplateAreas(t *testing.T) {
	s := decl(t, `grid-template-areas: "head head" "nav main" ". main"`)
	want := &GridAreas{Rows: 3, Columns: 2, Areas: []GridArea{
		{Name: "head", RowStart: 1, RowEnd: 2, ColumnStart: 1, ColumnEnd: 3},
		{Name: "nav", RowStart: 2, RowEnd: 3, ColumnStart: 1, ColumnEnd: 2},
		{Name: "main", RowStart: 2, RowEnd: 4, ColumnStart: 2, ColumnEnd: 3},
	}}
	if !reflect.DeepEqual(s.Grid.TemplateAreas, want) {
		t.Errorf("areas: got %+v", s.Grid.TemplateAreas)
	}
	for _, bad := range []string{`"a b" "a"`, `"a b a"`, `"a a" "a b"`, `"a # b"`, `""`} {
		if s := decl(t, "grid-template-areas: "+bad); s.Grid.TemplateAreas != nil {
			t.Errorf("%s: want invalid, got %+v", bad, s.Grid.TemplateAreas)
		}
	}
}

func TestGridShorthands(t *testing.T) {
	s := decl(t, `grid-template: [top] "a a" 40px [mid] [mid2] "b c" [end] / 1fr 2fr`)
	rows := s.Grid.TemplateRows
	if rows == nil || !reflect.DeepEqual(rows.Names, [][]string{{"top"}, {"mid", "mid2"}, {"end"}}) ||
		!reflect.DeepEqual(rows.Sizes, []GridTrackSize{one(px(40)), AutoTrack}) {
		t.Errorf("grid-template rows: %+v", rows)
	}
	if c := s.Grid.TemplateColumns; c == nil || len(c.Sizes) != 2 || c.Sizes[1] != one(fr(2)) {
		t.Errorf("grid-template columns: %+v", c)
	}
	if a := s.Grid.TemplateAreas; a == nil || a.Rows != 2 || len(a.Areas) != 3 {
		t.Errorf("grid-template areas: %+v", a)
	}
	s = decl(t, "grid-template: 10px 20px / 30px")
	if s.Grid.TemplateRows == nil || len(s.Grid.TemplateRows.Sizes) != 2 || s.Grid.TemplateAreas != nil {
		t.Errorf("grid-template rows/cols: %+v", s.Grid)
	}
	s = decl(t, "grid: auto-flow dense 50px / repeat(3, 1fr)")
	if s.Grid.AutoFlow != GridFlowDense || len(s.Grid.AutoRows) != 1 || s.Grid.AutoRows[0] != one(px(50)) ||
		s.Grid.TemplateColumns == nil || len(s.Grid.TemplateColumns.Sizes) != 3 || s.Grid.TemplateRows != nil {
		t.Errorf("grid auto-flow rows: %+v", s.Grid)
	}
	s = decl(t, "grid: 100px / auto-flow 1fr 2fr")
	if s.Grid.AutoFlow != GridFlowColumn || len(s.Grid.AutoColumns) != 2 || s.Grid.TemplateRows == nil {
		t.Errorf("grid auto-flow columns: %+v", s.Grid)
	}
	// grid resets what it does not mention; a later invalid grid keeps
	// the earlier declaration.
	s = decl(t, "grid-auto-flow: column; grid-auto-rows: 5px; grid: 1px / 2px; grid: bogus")
	if s.Grid.AutoFlow != GridFlowRow || s.Grid.AutoRows != nil || s.Grid.TemplateRows == nil {
		t.Errorf("grid reset: %+v", s.Grid)
	}
	// Global keywords and var() go through the shorthands too.
	s = styleOf(t, `<div id="p"><div id="x"></div></div>`,
		`#p { --c: 1 / 3; grid-column: 2 } #x { grid-column: var(--c); grid-row: inherit }`, "#x")
	if s.Grid.ColumnStart != (GridLine{Integer: 1}) || s.Grid.ColumnEnd != (GridLine{Integer: 3}) || !s.Grid.RowStart.IsAuto() {
		t.Errorf("var()/inherit: %+v", s.Grid)
	}
	s = decl(t, "grid-auto-columns: minmax(10px, auto) 20%")
	if len(s.Grid.AutoColumns) != 2 || s.Grid.AutoColumns[1] != one(GridBreadth{Kind: BreadthLength, Length: Percent(20)}) {
		t.Errorf("grid-auto-columns: %+v", s.Grid.AutoColumns)
	}
}

// A huge repeat() is clamped, not allocated.
func TestGridRepeatClamp(t *testing.T) {
	s := decl(t, "grid-template-columns: repeat(2000000000, 1px 2px) repeat(9000, 1px) repeat(9000, 1px)")
	c := s.Grid.TemplateColumns
	if c == nil {
		t.Fatal("clamp: the declaration was dropped")
	}
	if len(c.Sizes) > maxGridRepeat+2 {
		t.Errorf("clamp: %d tracks", len(c.Sizes))
	}
}
