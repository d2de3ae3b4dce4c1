package cssom

// CSS Grid Layout 1 (https://www.w3.org/TR/css-grid-1/): the computed
// types of the grid properties, their grammars, computation and
// shorthands, and justify-items, justify-self, place-items and place-self
// (https://www.w3.org/TR/css-align-3/); grid_template.go has
// grid-template-areas and the grid-template and grid shorthands. The
// hooks live in properties.go
// (the propIDs, value.grid, parseGrid in parseDeclarationValue),
// boxprops.go (computeGridProp, copyGridProp) and style.go
// (ComputedStyle.Grid, JustifyItems, JustifySelf).
//
// The grid longhands keep their components as their specified value and
// are parsed again when computed, with the element's font sizes at hand
// for em and friends: one grammar serves validation and computation.

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// GridBreadthKind says what a GridBreadth holds.
type GridBreadthKind uint8

// The track sizing functions
// (https://www.w3.org/TR/css-grid-1/#typedef-track-breadth).
const (
	BreadthAuto       GridBreadthKind = iota // auto
	BreadthLength                            // Length: px, % or calc()
	BreadthFlex                              // Fr: a <flex> value
	BreadthMinContent                        // min-content
	BreadthMaxContent                        // max-content
	// BreadthFitContent is fit-content(Length), a maximum only: max-content
	// clamped by Length.
	BreadthFitContent
)

// GridBreadth is one track sizing function.
type GridBreadth struct {
	Kind   GridBreadthKind
	Length Length  // BreadthLength, BreadthFitContent
	Fr     float32 // BreadthFlex
}

// GridTrackSize is a computed <track-size>: minmax(Min, Max). A lone
// <track-breadth> b is Min = Max = b (layout reads a flexible minimum as
// auto, https://www.w3.org/TR/css-grid-1/#algo-terms); fit-content(L) is
// Min auto, Max fit-content(L).
type GridTrackSize struct {
	Min, Max GridBreadth
}

// AutoTrack is the track size auto.
var AutoTrack = GridTrackSize{}

// GridTrackList is a computed grid-template-rows or grid-template-columns
// other than none: the explicit tracks with integer repeat()s expanded.
// Names[i] are the names of the line before Sizes[i]. Without an
// automatic repetition len(Names) == len(Sizes)+1. With one, it sits
// between Sizes[RepeatAt-1] and Sizes[RepeatAt], and Names has two
// entries there: Names[RepeatAt] before it and Names[RepeatAt+1] after it
// (len(Names) == len(Sizes)+2); Expand resolves it.
type GridTrackList struct {
	Names    [][]string
	Sizes    []GridTrackSize
	Repeat   *GridAutoRepeat
	RepeatAt int
	// Repeats are the integer repeat()s as written, in order, which
	// getComputedStyle writes back as repeat() (resolved_grid.go);
	// layout reads the expanded Names and Sizes.
	Repeats []GridIntRepeat
}

// GridIntRepeat is one integer repeat() of a track list: Count
// repetitions of Sizes, with Names its line names (len(Sizes)+1),
// expanded from Sizes[At] on in its GridTrackList.
type GridIntRepeat struct {
	At, Count int
	Names     [][]string
	Sizes     []GridTrackSize
}

// GridAutoRepeat is repeat(auto-fill, ...) or repeat(auto-fit, ...): its
// tracks and line names (len(Names) == len(Sizes)+1).
type GridAutoRepeat struct {
	Fit   bool // auto-fit; else auto-fill
	Names [][]string
	Sizes []GridTrackSize
}

// Expand returns the explicit tracks and the names of the explicit grid
// lines with the automatic repetition, if any, repeated n times, and the
// index of the first repeated track. The names of the lines where two
// lists meet are merged
// (https://www.w3.org/TR/css-grid-1/#repeat-notation).
func (t *GridTrackList) Expand(n int) (names [][]string, sizes []GridTrackSize, first int) {
	if t.Repeat == nil {
		return t.Names, t.Sizes, len(t.Sizes)
	}
	r := t.Repeat
	at := t.RepeatAt
	sizes = make([]GridTrackSize, 0, len(t.Sizes)+n*len(r.Sizes))
	names = make([][]string, 0, cap(sizes)+1)
	sizes = append(sizes, t.Sizes[:at]...)
	names = append(names, t.Names[:at]...)
	line := t.Names[at]
	for i := 0; i < n; i++ {
		names = append(names, mergeNames(line, r.Names[0]))
		names = append(names, r.Names[1:len(r.Sizes)]...)
		sizes = append(sizes, r.Sizes...)
		line = r.Names[len(r.Sizes)]
	}
	names = append(names, mergeNames(line, t.Names[at+1]))
	names = append(names, t.Names[at+2:]...)
	sizes = append(sizes, t.Sizes[at:]...)
	return names, sizes, at
}

// mergeNames returns the names of a and then b, in a new slice.
func mergeNames(a, b []string) []string {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	return append(append(make([]string, 0, len(a)+len(b)), a...), b...)
}

// GridArea is one named grid area of grid-template-areas, as 1-based grid
// line numbers (the end lines are past the area).
type GridArea struct {
	Name                                     string
	RowStart, RowEnd, ColumnStart, ColumnEnd int
}

// GridAreas is a computed grid-template-areas other than none: the size
// of the grid it defines and its named areas in the order of their first
// cell.
type GridAreas struct {
	Rows, Columns int
	Areas         []GridArea
}

// GridLine is a computed <grid-line>
// (https://www.w3.org/TR/css-grid-1/#typedef-grid-row-start-grid-line):
// auto (the zero value), Integer and/or Name, or a span of Integer lines
// (named Name when it is not "").
type GridLine struct {
	Span    bool
	Integer int32 // 0 when not given; at least 1 for a span
	Name    string
}

// IsAuto reports whether l is auto.
func (l GridLine) IsAuto() bool { return !l.Span && l.Integer == 0 && l.Name == "" }

// GridAutoFlow is the computed value of grid-auto-flow: a direction,
// optionally with GridFlowDense set.
type GridAutoFlow uint8

// The grid-auto-flow values.
const (
	GridFlowRow    GridAutoFlow = 0
	GridFlowColumn GridAutoFlow = 1
	GridFlowDense  GridAutoFlow = 2 // a flag
)

// GridStyle holds the grid container and grid item properties of one
// element. Its zero value holds their initial values.
type GridStyle struct {
	// TemplateColumns and TemplateRows are nil for none; TemplateAreas is
	// nil for none.
	TemplateColumns, TemplateRows *GridTrackList
	TemplateAreas                 *GridAreas
	// AutoColumns and AutoRows are the implicit track sizes, repeated in
	// order; nil for auto.
	AutoColumns, AutoRows []GridTrackSize
	AutoFlow              GridAutoFlow
	// The item's placement: grid-row-start, grid-row-end,
	// grid-column-start, grid-column-end.
	RowStart, RowEnd, ColumnStart, ColumnEnd GridLine
}

// maxGridRepeat bounds the tracks an integer repeat() expands into.
// AD-HOC: engines clamp huge grids; so do we, to keep bad input cheap.
const maxGridRepeat = 10000

func init() {
	addLonghandNames(map[string]propID{
		"grid-template-columns": pGridTemplateColumns, "grid-template-rows": pGridTemplateRows,
		"grid-template-areas": pGridTemplateAreas, "grid-auto-columns": pGridAutoColumns,
		"grid-auto-rows": pGridAutoRows, "grid-auto-flow": pGridAutoFlow,
		"grid-row-start": pGridRowStart, "grid-row-end": pGridRowEnd,
		"grid-column-start": pGridColumnStart, "grid-column-end": pGridColumnEnd,
		"justify-items": pJustifyItems, "justify-self": pJustifySelf,
	})
	template := []propID{pGridTemplateRows, pGridTemplateColumns, pGridTemplateAreas}
	shorthands["grid-template"] = template
	shorthands["grid"] = append(template[:3:3], pGridAutoRows, pGridAutoColumns, pGridAutoFlow)
	shorthands["grid-row"] = []propID{pGridRowStart, pGridRowEnd}
	shorthands["grid-column"] = []propID{pGridColumnStart, pGridColumnEnd}
	shorthands["grid-area"] = []propID{pGridRowStart, pGridColumnStart, pGridRowEnd, pGridColumnEnd}
	shorthands["place-items"] = []propID{pAlignItems, pJustifyItems}
	shorthands["place-self"] = []propID{pAlignSelf, pJustifySelf}
}

// gridValue wraps a grid longhand's components as its specified value.
func gridValue(comps [][]tok) value { return value{kind: vKeyword, grid: comps} }

// identComp returns a component of one identifier token.
func identComp(s string) []tok { return []tok{{css.IdentToken, s}} }

// parseGrid parses the grid longhands and shorthands and place-items and
// place-self; handled is false for other properties.
func parseGrid(name string, comps [][]tok) (l []longhand, ok, handled bool) {
	if id, isLong := longhandNames[name]; isLong && id >= pGridTemplateColumns && id <= pJustifySelf {
		v, ok := parseGridLonghand(id, comps)
		return []longhand{{id, v}}, ok, true
	}
	switch name {
	case "grid-row", "grid-column":
		ids := shorthands[name]
		l, ok = parseLinePair(ids[0], ids[1], comps)
	case "grid-area":
		l, ok = parseGridArea(comps)
	case "grid-template":
		l, ok = parseGridTemplate(comps)
	case "grid":
		l, ok = parseGridShorthand(comps)
	case "place-items", "place-self":
		ids := shorthands[name]
		if len(comps) < 1 || len(comps) > 2 {
			return nil, false, true
		}
		a, ok1 := parseGridLonghand(ids[0], comps[:1])
		if ids[0] == pAlignSelf || ids[0] == pAlignItems {
			a, ok1 = parseAlign(comps[:1])
		}
		j, ok2 := parseGridLonghand(ids[1], comps[len(comps)-1:])
		l, ok = []longhand{{ids[0], a}, {ids[1], j}}, ok1 && ok2
	default:
		return nil, false, false
	}
	return l, ok, true
}

// parseGridLonghand validates one grid longhand (or justify-items,
// justify-self).
func parseGridLonghand(id propID, comps [][]tok) (value, bool) {
	var ok bool
	switch id {
	case pGridTemplateColumns, pGridTemplateRows:
		_, ok = parseTemplateTracks(comps, nil)
	case pGridTemplateAreas:
		_, ok = parseAreas(comps)
	case pGridAutoColumns, pGridAutoRows:
		_, ok = parseAutoTracks(comps, nil)
	case pGridRowStart, pGridRowEnd, pGridColumnStart, pGridColumnEnd:
		_, ok = parseGridLine(comps)
	case pGridAutoFlow:
		f, fok := parseAutoFlow(comps)
		return value{kind: vEnum, i: int32(f)}, fok
	case pJustifyItems, pJustifySelf:
		return parseJustify(id, comps)
	}
	return gridValue(comps), ok
}

// parseJustify parses justify-items (legacy, with or without a
// direction, acts as normal) and justify-self.
func parseJustify(id propID, comps [][]tok) (value, bool) {
	if id == pJustifyItems && len(comps) > 0 && (ident(comps[0]) == "legacy" || ident(comps[len(comps)-1]) == "legacy") {
		// legacy | legacy && [ left | right | center ]
		// TODO(spec): legacy alignment of block children (<center>).
		ok := len(comps) == 1
		if len(comps) == 2 {
			other := ident(comps[0]) + ident(comps[1])
			other = strings.Replace(other, "legacy", "", 1)
			ok = other == "left" || other == "right" || other == "center"
		}
		return value{kind: vEnum, i: int32(AlignNormal)}, ok
	}
	v, ok := parseAlign(comps)
	switch Align(v.i) {
	case AlignSpaceBetween, AlignSpaceAround, AlignSpaceEvenly:
		return v, false
	case AlignAuto:
		return v, ok && id == pJustifySelf
	}
	return v, ok
}

// computeGridProp computes the longhands of this file; it reports whether
// id was one of them.
func (c *computer) computeGridProp(id propID, v *value) bool {
	g := &c.s.Grid
	switch id {
	case pGridTemplateColumns:
		g.TemplateColumns, _ = parseTemplateTracks(v.grid, &c.ctx)
	case pGridTemplateRows:
		g.TemplateRows, _ = parseTemplateTracks(v.grid, &c.ctx)
	case pGridTemplateAreas:
		g.TemplateAreas, _ = parseAreas(v.grid)
	case pGridAutoColumns:
		g.AutoColumns, _ = parseAutoTracks(v.grid, &c.ctx)
	case pGridAutoRows:
		g.AutoRows, _ = parseAutoTracks(v.grid, &c.ctx)
	case pGridAutoFlow:
		g.AutoFlow = GridAutoFlow(v.i)
	case pGridRowStart:
		g.RowStart, _ = parseGridLine(v.grid)
	case pGridRowEnd:
		g.RowEnd, _ = parseGridLine(v.grid)
	case pGridColumnStart:
		g.ColumnStart, _ = parseGridLine(v.grid)
	case pGridColumnEnd:
		g.ColumnEnd, _ = parseGridLine(v.grid)
	case pJustifyItems:
		c.s.JustifyItems = Align(v.i)
	case pJustifySelf:
		c.s.JustifySelf = Align(v.i)
	default:
		return false
	}
	return true
}

// copyGridProp copies the longhands of this file; it reports whether id
// was one of them.
func copyGridProp(id propID, dst, src *ComputedStyle) bool {
	d, s := &dst.Grid, &src.Grid
	switch id {
	case pGridTemplateColumns:
		d.TemplateColumns = s.TemplateColumns
	case pGridTemplateRows:
		d.TemplateRows = s.TemplateRows
	case pGridTemplateAreas:
		d.TemplateAreas = s.TemplateAreas
	case pGridAutoColumns:
		d.AutoColumns = s.AutoColumns
	case pGridAutoRows:
		d.AutoRows = s.AutoRows
	case pGridAutoFlow:
		d.AutoFlow = s.AutoFlow
	case pGridRowStart:
		d.RowStart = s.RowStart
	case pGridRowEnd:
		d.RowEnd = s.RowEnd
	case pGridColumnStart:
		d.ColumnStart = s.ColumnStart
	case pGridColumnEnd:
		d.ColumnEnd = s.ColumnEnd
	case pJustifyItems:
		dst.JustifyItems = src.JustifyItems
	case pJustifySelf:
		dst.JustifySelf = src.JustifySelf
	default:
		return false
	}
	return true
}

// gridLength computes a length of a track list; ctx nil only validates.
func gridLength(ctx *context, l lengthLike) Length {
	if ctx == nil {
		return ZeroPx
	}
	return ctx.length(l)
}

// parseBreadth parses a <track-breadth>
// (https://www.w3.org/TR/css-grid-1/#typedef-track-breadth):
// <length-percentage [0,∞]> | <flex [0,∞]> | min-content | max-content | auto.
func parseBreadth(c []tok, ctx *context) (GridBreadth, bool) {
	switch ident(c) {
	case "auto":
		return GridBreadth{Kind: BreadthAuto}, true
	case "min-content":
		return GridBreadth{Kind: BreadthMinContent}, true
	case "max-content":
		return GridBreadth{Kind: BreadthMaxContent}, true
	}
	if len(c) == 1 && c[0].t == css.DimensionToken {
		if n, u, ok := splitDimension(c[0].s); ok && strings.EqualFold(u, "fr") {
			return GridBreadth{Kind: BreadthFlex, Fr: float32(n)}, n >= 0
		}
	}
	l, ok := parseLengthPercentage(c, true)
	if !ok || l.negative() {
		return GridBreadth{}, false
	}
	return GridBreadth{Kind: BreadthLength, Length: gridLength(ctx, l)}, true
}

// parseTrackSize parses a <track-size>: <track-breadth> |
// minmax(<inflexible-breadth>, <track-breadth>) |
// fit-content(<length-percentage [0,∞]>).
func parseTrackSize(c []tok, ctx *context) (GridTrackSize, bool) {
	switch {
	case isFunc(c, "minmax("):
		args := splitCommas(funcArgs(c))
		if len(args) != 2 {
			return GridTrackSize{}, false
		}
		a, b := components(args[0]), components(args[1])
		if len(a) != 1 || len(b) != 1 {
			return GridTrackSize{}, false
		}
		lo, ok1 := parseBreadth(a[0], ctx)
		hi, ok2 := parseBreadth(b[0], ctx)
		return GridTrackSize{Min: lo, Max: hi}, ok1 && ok2 && lo.Kind != BreadthFlex
	case isFunc(c, "fit-content("):
		a := components(funcArgs(c))
		if len(a) != 1 {
			return GridTrackSize{}, false
		}
		l, ok := parseLengthPercentage(a[0], true)
		if !ok || l.negative() {
			return GridTrackSize{}, false
		}
		return GridTrackSize{Max: GridBreadth{Kind: BreadthFitContent, Length: gridLength(ctx, l)}}, true
	}
	b, ok := parseBreadth(c, ctx)
	return GridTrackSize{Min: b, Max: b}, ok
}

// fixedSize reports whether ts is a <fixed-size>: one of its breadths is a
// <length-percentage> and the other is not flexible at the minimum.
func fixedSize(ts GridTrackSize) bool {
	if ts.Max.Kind == BreadthFitContent || ts.Min.Kind == BreadthFlex && ts.Max.Kind == BreadthFlex {
		return false
	}
	return ts.Min.Kind == BreadthLength || ts.Max.Kind == BreadthLength && ts.Min.Kind != BreadthFlex
}

// parseLineNames parses a <line-names> component: [ <custom-ident>* ].
func parseLineNames(c []tok) ([]string, bool) {
	if len(c) < 2 || c[0].t != css.LeftBracketToken || c[len(c)-1].t != css.RightBracketToken {
		return nil, false
	}
	var names []string
	for _, n := range components(c[1 : len(c)-1]) {
		name, ok := customIdent(n)
		if !ok {
			return nil, false
		}
		names = append(names, name)
	}
	return names, true
}

// customIdent returns a <custom-ident> of the grid properties: not a
// CSS-wide keyword, default, span or auto (case-sensitive, unescaped).
func customIdent(c []tok) (string, bool) {
	if len(c) != 1 || c[0].t != css.IdentToken {
		return "", false
	}
	switch strings.ToLower(c[0].s) {
	case "span", "auto", "inherit", "initial", "unset", "revert", "revert-layer", "default":
		return "", false
	}
	return unescape(c[0].s), true
}

// trackListBuilder accumulates a track list while it is parsed.
type trackListBuilder struct {
	t       GridTrackList
	pending []string // names of the next line
	named   bool     // the last component was <line-names>
}

// names adds line names to the next line; two <line-names> in a row are
// invalid.
func (b *trackListBuilder) names(n []string) bool {
	if b.named {
		return false
	}
	b.pending, b.named = mergeNames(b.pending, n), true
	return true
}

// track adds a track after the pending line names.
func (b *trackListBuilder) track(ts GridTrackSize) {
	b.t.Names = append(b.t.Names, b.pending)
	b.t.Sizes = append(b.t.Sizes, ts)
	b.pending, b.named = nil, false
}

// parseTemplateTracks parses grid-template-rows or -columns: none |
// <track-list> | <auto-track-list>
// (https://www.w3.org/TR/css-grid-1/#track-sizing). It returns nil for
// none. ctx nil only validates.
func parseTemplateTracks(comps [][]tok, ctx *context) (*GridTrackList, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return nil, true
	}
	return parseTrackList(comps, ctx, true)
}

// parseTrackList parses a <track-list>, or an <auto-track-list> when
// allowAuto, with at least one track.
func parseTrackList(comps [][]tok, ctx *context, allowAuto bool) (*GridTrackList, bool) {
	var b trackListBuilder
	for _, c := range comps {
		if len(c) > 0 && c[0].t == css.LeftBracketToken {
			n, ok := parseLineNames(c)
			if !ok || !b.names(n) {
				return nil, false
			}
			continue
		}
		if isFunc(c, "repeat(") {
			if !b.repeat(c, ctx, allowAuto) {
				return nil, false
			}
			continue
		}
		ts, ok := parseTrackSize(c, ctx)
		if !ok {
			return nil, false
		}
		b.track(ts)
	}
	t := &b.t
	t.Names = append(t.Names, b.pending)
	if len(t.Sizes) == 0 && t.Repeat == nil {
		return nil, false
	}
	if t.Repeat != nil {
		// "<auto-repeat> ... all other tracks must be <fixed-size>."
		for _, ts := range append(t.Sizes[:len(t.Sizes):len(t.Sizes)], t.Repeat.Sizes...) {
			if !fixedSize(ts) {
				return nil, false
			}
		}
	}
	return t, true
}

// repeat adds a repeat() to the list: an integer repetition expanded in
// place, or the automatic repetition.
// https://www.w3.org/TR/css-grid-1/#repeat-syntax
func (b *trackListBuilder) repeat(c []tok, ctx *context, allowAuto bool) bool {
	args := splitCommas(funcArgs(c))
	if len(args) != 2 {
		return false
	}
	head := components(args[0])
	if len(head) != 1 {
		return false
	}
	body := components(args[1])
	for _, bc := range body {
		if isFunc(bc, "repeat(") {
			return false
		}
	}
	inner, ok := parseTrackList(body, ctx, false)
	if !ok {
		return false
	}
	switch kw := ident(head[0]); kw {
	case "auto-fill", "auto-fit":
		if !allowAuto || b.t.Repeat != nil {
			return false
		}
		b.t.Repeat = &GridAutoRepeat{Fit: kw == "auto-fit", Names: inner.Names, Sizes: inner.Sizes}
		b.t.RepeatAt = len(b.t.Sizes)
		b.t.Names = append(b.t.Names, b.pending)
		b.pending, b.named = nil, false
		return true
	}
	n, ok := integer(head[0])
	if !ok || n < 1 {
		return false
	}
	// The whole list stays within maxGridRepeat tracks.
	n = min(n, int32(max((maxGridRepeat-len(b.t.Sizes))/len(inner.Sizes), 1)))
	b.t.Repeats = append(b.t.Repeats, GridIntRepeat{At: len(b.t.Sizes), Count: int(n), Names: inner.Names, Sizes: inner.Sizes})
	// [a] repeat(2, [b] 1fr [c]) [d]: names meet on one line at either
	// end and between the repetitions.
	for i := int32(0); i < n; i++ {
		b.pending = mergeNames(b.pending, inner.Names[0])
		b.named = false
		for k, ts := range inner.Sizes {
			if k > 0 {
				b.pending = inner.Names[k]
			}
			b.track(ts)
		}
		b.pending = inner.Names[len(inner.Sizes)]
	}
	b.named = false
	return true
}

// parseAutoTracks parses grid-auto-columns or -rows: <track-size>+. It
// returns nil for auto.
func parseAutoTracks(comps [][]tok, ctx *context) ([]GridTrackSize, bool) {
	if len(comps) == 1 && ident(comps[0]) == "auto" {
		return nil, true
	}
	if len(comps) == 0 {
		return nil, false
	}
	out := make([]GridTrackSize, 0, len(comps))
	for _, c := range comps {
		ts, ok := parseTrackSize(c, ctx)
		if !ok {
			return nil, false
		}
		out = append(out, ts)
	}
	return out, true
}

// parseAutoFlow parses grid-auto-flow: [ row | column ] || dense.
func parseAutoFlow(comps [][]tok) (GridAutoFlow, bool) {
	if len(comps) < 1 || len(comps) > 2 {
		return 0, false
	}
	var f GridAutoFlow
	dir, dense := false, false
	for _, c := range comps {
		switch ident(c) {
		case "row":
			if dir {
				return 0, false
			}
			dir = true
		case "column":
			if dir {
				return 0, false
			}
			dir, f = true, f|GridFlowColumn
		case "dense":
			if dense {
				return 0, false
			}
			dense, f = true, f|GridFlowDense
		default:
			return 0, false
		}
	}
	return f, true
}

// parseGridLine parses a <grid-line>: auto | <custom-ident> |
// [ <integer> && <custom-ident>? ] | [ span && [ <integer> || <custom-ident> ] ].
// https://www.w3.org/TR/css-grid-1/#line-placement
func parseGridLine(comps [][]tok) (GridLine, bool) {
	if len(comps) == 1 && ident(comps[0]) == "auto" {
		return GridLine{}, true
	}
	if len(comps) == 0 || len(comps) > 3 {
		return GridLine{}, false
	}
	var l GridLine
	hasInt := false
	for _, c := range comps {
		if ident(c) == "span" {
			if l.Span {
				return GridLine{}, false
			}
			l.Span = true
			continue
		}
		if n, ok := integer(c); ok {
			if hasInt || n == 0 {
				return GridLine{}, false
			}
			l.Integer, hasInt = n, true
			continue
		}
		name, ok := customIdent(c)
		if !ok || l.Name != "" {
			return GridLine{}, false
		}
		l.Name = name
	}
	if l.Span {
		if l.Integer < 0 || !hasInt && l.Name == "" {
			return GridLine{}, false
		}
		if !hasInt {
			l.Integer = 1
		}
	}
	if !hasInt && l.Name == "" {
		return GridLine{}, false
	}
	return l, true
}

// splitSlash splits components at "/" delimiters.
func splitSlash(comps [][]tok) [][][]tok {
	out := [][][]tok{nil}
	for _, c := range comps {
		if len(c) == 1 && c[0].t == css.DelimToken && c[0].s == "/" {
			out = append(out, nil)
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], c)
	}
	return out
}

// omittedLine is the value of an omitted grid line in grid-row,
// grid-column and grid-area: "When the other value is a <custom-ident>,
// the omitted value is set to that <custom-ident>; otherwise, auto".
func omittedLine(other [][]tok) [][]tok {
	if len(other) == 1 {
		if _, ok := customIdent(other[0]); ok {
			return other
		}
	}
	return [][]tok{identComp("auto")}
}

// parseLinePair parses grid-row or grid-column: <grid-line> [ / <grid-line> ]?.
func parseLinePair(start, end propID, comps [][]tok) ([]longhand, bool) {
	parts := splitSlash(comps)
	if len(parts) > 2 {
		return nil, false
	}
	if len(parts) == 1 {
		parts = append(parts, omittedLine(parts[0]))
	}
	return lineLonghands([]propID{start, end}, parts)
}

// parseGridArea parses grid-area: <grid-line> [ / <grid-line> ]{0,3}, in
// the order row-start, column-start, row-end, column-end.
func parseGridArea(comps [][]tok) ([]longhand, bool) {
	parts := splitSlash(comps)
	if len(parts) > 4 {
		return nil, false
	}
	for i := len(parts); i < 4; i++ {
		// An omitted column-start or row-end copies row-start, an omitted
		// column-end column-start, when that is a <custom-ident>.
		src := max(i-2, 0)
		parts = append(parts, omittedLine(parts[src]))
	}
	return lineLonghands(shorthands["grid-area"], parts)
}

// lineLonghands validates the <grid-line> parts and pairs them with ids.
func lineLonghands(ids []propID, parts [][][]tok) ([]longhand, bool) {
	out := make([]longhand, len(ids))
	for i, id := range ids {
		if _, ok := parseGridLine(parts[i]); !ok {
			return nil, false
		}
		out[i] = longhand{id, gridValue(parts[i])}
	}
	return out, true
}
