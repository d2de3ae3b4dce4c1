package cssom

// flagCombination parses a || combination of keywords into a set of flags
// (https://drafts.csswg.org/css-values-4/#component-combinators): each
// component is one of the keywords of flags, no keyword may repeat, and
// of each group (a mask of the flags of mutually exclusive keywords, or of
// an enumerated value kept in those bits) at most one may appear. It
// fails on an unknown keyword or no component.
func flagCombination[F ~uint8 | ~uint16 | ~uint32](comps [][]tok, flags map[string]F, groups ...F) (F, bool) {
	var v F
	for _, c := range comps {
		f, ok := flags[ident(c)]
		if !ok || f&v != 0 {
			return 0, false
		}
		for _, g := range groups {
			if f&g != 0 && v&g != 0 {
				return 0, false
			}
		}
		v |= f
	}
	return v, len(comps) > 0
}
