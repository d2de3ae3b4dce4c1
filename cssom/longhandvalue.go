package cssom

import "strconv"

// The value of one longhand of a shorthand declaration, as the CSSOM's
// getPropertyValue gives it for element.style
// (https://drafts.csswg.org/cssom/#dom-cssstyledeclaration-getpropertyvalue):
// style.marginTop after style.margin = "1px 2px" is "1px".

// LonghandValue returns the specified value of longhand prop that the
// declaration sets, serialized, and whether it sets prop and the value
// could be serialized. A declaration of prop itself gives its own value.
// TODO(spec): calc() expressions, gradients, shadows, transforms and the
// other structured values inside shorthands.
func (d *Declaration) LonghandValue(prop string) (string, bool) {
	if d.Property == prop {
		return d.SpecifiedValue(), true
	}
	id, ok := longhandNames[prop]
	if !ok || d.pending != nil {
		return "", false
	}
	for i := range d.longhands {
		if l := &d.longhands[i]; l.id == id {
			return valueText(id, &l.v)
		}
	}
	return "", false
}

// SetsLonghand reports whether the declaration sets longhand prop, itself
// or through a shorthand.
func (d *Declaration) SetsLonghand(prop string) bool {
	if d.Property == prop {
		return true
	}
	id, ok := longhandNames[prop]
	if !ok {
		return false
	}
	for _, x := range d.longhandIDs() {
		if x == id {
			return true
		}
	}
	return false
}

// valueText serializes a specified value of longhand id.
func valueText(id propID, v *value) (string, bool) {
	switch v.kind {
	case vGlobal:
		return [...]string{"inherit", "initial", "unset", "revert", "revert-layer"}[v.i], true
	case vEnum:
		if t := enumTable(id); t != nil {
			if name, ok := canonicalKeywords(t)[v.i]; ok {
				return name, true
			}
		}
		if id == pDisplay && int(v.i) < len(displayNames) {
			return displayNames[v.i], true
		}
	case vKeyword:
		switch v.i {
		case kwAuto:
			return "auto", true
		case kwNone:
			if v.effect == nil {
				return "none", true
			}
		case kwNormal:
			return "normal", true
		}
		if v.i >= kwFontSizeBase && int(v.i-kwFontSizeBase) < len(fontSizeKeywords) {
			return fontSizeKeywords[v.i-kwFontSizeBase].name, true
		}
	case vInt:
		return strconv.Itoa(int(v.i)), true
	case vNumber:
		return strconv.FormatFloat(v.num, 'g', -1, 64), true
	case vLength:
		return strconv.FormatFloat(v.num, 'g', -1, 64) + unitName(v.unit), true
	case vPercent:
		return strconv.FormatFloat(v.num, 'g', -1, 64) + "%", true
	case vColor:
		return rgbText(v.color), true
	case vCurrentColor:
		return "currentcolor", true
	case vURL:
		return `url("` + v.str + `")`, true
	case vFamilies:
		return familyText(v.list), true
	}
	return "", false
}

// unitTexts maps units back to their canonical names.
var unitTexts = func() map[unit]string {
	out := map[unit]string{}
	for _, n := range []string{"px", "em", "rem", "ex", "ch", "pt", "pc", "in", "cm", "mm", "q",
		"vw", "vh", "vmin", "vmax", "cap", "ic", "lh", "rlh"} {
		out[unitNames[n]] = n
	}
	return out
}()

func unitName(u unit) string { return unitTexts[u] }
