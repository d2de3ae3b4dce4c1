package cssom

// The grammars of the kept fragmentation properties (kept.go): CSS
// Fragmentation (https://drafts.csswg.org/css-break/) and its legacy
// aliases. Pane lays out one continuous medium and never breaks.

// fragmentationKeywords are the keyword-valued break properties.
// AD-HOC: as Chromium, without the region values.
var fragmentationKeywords = map[string][]string{
	// https://drafts.csswg.org/css-break/#break-between
	"break-before": breakBetween,
	"break-after":  breakBetween,
	// https://drafts.csswg.org/css-break/#break-within
	"break-inside": {"auto", "avoid", "avoid-page", "avoid-column"},
	// https://drafts.csswg.org/css-break/#page-break-properties
	"page-break-before":           {"auto", "always", "avoid", "left", "right"},
	"page-break-after":            {"auto", "always", "avoid", "left", "right"},
	"page-break-inside":           {"auto", "avoid"},
	"-webkit-column-break-before": {"auto", "always", "avoid"},
	"-webkit-column-break-after":  {"auto", "always", "avoid"},
	"-webkit-column-break-inside": {"auto", "avoid"},
}

// AD-HOC: Chromium drops always and all.
var breakBetween = []string{"auto", "avoid", "avoid-page", "page", "left", "right", "recto", "verso", "avoid-column", "column"}

// addFragmentationGrammars adds orphans and widows: <integer [1,∞]>
// (https://drafts.csswg.org/css-break/#widows-orphans).
func addFragmentationGrammars(g map[string]keptGrammar) {
	lines := func(_ []tok, comps [][]tok) bool { return len(comps) == 1 && isInteger(comps[0], 1) }
	g["orphans"] = lines
	g["widows"] = lines
}
