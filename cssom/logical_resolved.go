package cssom

// getComputedStyle's values of the logical border shorthands
// (https://www.w3.org/TR/css-logical-1/#border-shorthands), built from
// their flow-relative longhands (resolved_logical.go) as Chromium writes
// them.

func init() {
	for _, axis := range []string{"block", "inline"} {
		for _, part := range []string{"-width", "-style", "-color"} {
			name := "border-" + axis
			pairShorthands[name+part] = [2]string{name + "-start" + part, name + "-end" + part}
		}
		for _, side := range []string{"-start", "-end"} {
			name := "border-" + axis + side
			listShorthands[name] = []string{name + "-width", name + "-style", name + "-color"}
		}
	}
}
