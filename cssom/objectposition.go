package cssom

// parseObjectPosition parses object-position: <position>
// (https://drafts.csswg.org/css-images-3/#the-object-position). In CSS
// Values 4 <position> (https://drafts.csswg.org/css-values-4/#position)
// has one, two or four components: the three-component form survives
// only in <bg-position> (https://drafts.csswg.org/css-backgrounds-3/#typedef-bg-position),
// so "right 10px top" makes the declaration invalid, as in Chromium.
func parseObjectPosition(comps [][]tok) (value, bool) {
	if len(comps) == 3 {
		return value{}, false
	}
	return parsePosition(comps)
}
