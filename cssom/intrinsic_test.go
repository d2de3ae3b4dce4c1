package cssom

import "testing"

// TestSizingKeywords checks the computed values of the intrinsic sizing
// keywords and their serialization, as Chromium 156 gives them back from
// getComputedStyle for min-/max-width and flex-basis (an unrendered
// element's width gives its computed value too), and which prefixed
// aliases it accepts. fit-content() follows CSS Sizing 4 (Chromium 156
// rejects it).
func TestSizingKeywords(t *testing.T) {
	for _, tc := range []struct{ decls, prop, want string }{
		{"width: min-content", "width", "min-content"},
		{"width: -webkit-max-content", "width", "max-content"},
		{"width: 5px; width: -moz-fit-content", "width", "5px"},
		{"width: -webkit-fit-content", "width", "fit-content"},
		{"flex-basis: 5px; flex-basis: -webkit-min-content", "flex-basis", "5px"},
		{"max-width: 5px; max-width: -moz-max-content", "max-width", "5px"},
		{"width: fit-content", "width", "fit-content"},
		{"width: fit-content(200px)", "width", "fit-content(200px)"},
		{"width: fit-content(50%)", "width", "fit-content(50%)"},
		{"width: fit-content(2em)", "width", "fit-content(40px)"},
		{"width: fit-content(calc(50% - 3px))", "width", "fit-content(calc(50% - 3px))"},
		{"width: 10px; width: fit-content(-1px)", "width", "10px"},
		{"width: 10px; width: fit-content(1px) 2px", "width", "10px"},
		{"width: 10px; width: fit-content()", "width", "10px"},
		{"width: 10px; width: fit-content", "width", "fit-content"},
		{"width: stretch", "width", "auto"},
		{"min-width: max-content", "min-width", "max-content"},
		{"max-width: min-content", "max-width", "min-content"},
		{"max-width: -webkit-fill-available", "max-width", "none"},
		{"height: max-content", "height", "max-content"},
		{"min-height: fit-content", "min-height", "fit-content"},
		{"max-height: min-content", "max-height", "min-content"},
		{"flex-basis: content", "flex-basis", "content"},
		{"flex-basis: max-content", "flex-basis", "max-content"},
		{"flex: 1 1 content", "flex-basis", "content"},
		{"flex: 0 0 min-content", "flex-basis", "min-content"},
		{"width: 5px; width: content", "width", "5px"},
		{"max-width: inherit", "max-width", "none"},
	} {
		st := decl(t, tc.decls)
		if got, _ := st.ComputedValue(tc.prop); got != tc.want {
			t.Errorf("%s: %s = %q, want %q", tc.decls, tc.prop, got, tc.want)
		}
	}
}

// TestSizingKeywordInherit checks that an inherited sizing keyword
// stays a keyword.
func TestSizingKeywordInherit(t *testing.T) {
	st := styleOf(t, `<div id="p" style="width: max-content"><div id="x" style="width: inherit"></div></div>`, "", "#x")
	if st.Width.Kind != LengthMaxContent || !st.Width.IsIntrinsic() {
		t.Errorf("width: inherit of max-content = %+v", st.Width)
	}
}
