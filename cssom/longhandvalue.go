package cssom

// The value of one longhand of a declaration, as the CSSOM's
// getPropertyValue gives it for element.style
// (https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-getpropertyvalue):
// style.marginTop after style.margin = "1px 2px" is "1px".

// LonghandValue returns the specified value of longhand prop that the
// declaration sets, serialized, and whether it sets prop. A declaration
// of prop itself gives its own value; a longhand of a shorthand whose
// value holds var() is "" (pending substitution).
func (d *Declaration) LonghandValue(prop string) (string, bool) {
	prop = blockPropertyName(prop)
	if blockPropertyName(d.Property) == prop {
		return d.SpecifiedValue(), true
	}
	for _, e := range expandDeclaration(d) {
		if e.name == prop {
			return e.text, true
		}
	}
	return "", false
}

// SetsLonghand reports whether the declaration sets longhand prop, itself
// or through a shorthand.
func (d *Declaration) SetsLonghand(prop string) bool {
	_, ok := d.LonghandValue(prop)
	return ok
}
