package cssom

import "testing"

// TestResolvedSerializers checks the serializers of resolved values
// against the forms Chromium 156 writes (measured with getComputedStyle).
func TestResolvedSerializers(t *testing.T) {
	for _, tc := range []struct{ name, got, want string }{
		{"px integer", PxText(Int(12)), "12px"},
		{"px 1.6 kept as 1.59375", PxText(Fixed(102)), "1.6px"},
		{"px 28.8", PxText(Fixed(1843)), "28.8px"},
		{"px negative", PxText(-Fixed(32)), "-0.5px"},
		{"px third", PxText(Fixed(853)), "13.3333px"},
		{"px 0.33", PxText(Fixed(21)), "0.333333px"},
		{"px 1/64", PxText(Fixed(1)), "0.02px"},
		{"alpha 128", rgbText(Color{A: 128}), "rgba(0, 0, 0, 0.5)"},
		{"alpha 136", rgbText(Color{G: 255, A: 136}), "rgba(0, 255, 0, 0.533)"},
		{"alpha 0", rgbText(Color{}), "rgba(0, 0, 0, 0)"},
		{"opaque", rgbText(Color{R: 1, G: 2, B: 3, A: 255}), "rgb(1, 2, 3)"},
		{"edges 1", edgesText([]string{"a", "a", "a", "a"}), "a"},
		{"edges 2", edgesText([]string{"a", "b", "a", "b"}), "a b"},
		{"edges 3", edgesText([]string{"a", "b", "c", "b"}), "a b c"},
		{"edges 4", edgesText([]string{"a", "b", "c", "d"}), "a b c d"},
		{"calc minus", lengthText(Length{Kind: LengthCalc, Percent: 100, Px: -Int(10)}), "calc(100% - 10px)"},
		{"calc plus", lengthText(Length{Kind: LengthCalc, Percent: 50, Px: Int(3)}), "calc(50% + 3px)"},
		{"number", numText(1.0 / 3), "0.333333"},
		{"big number", numText(1e7), "10000000"},
		{"features", featureSettingsText("liga=0,kern=1"), `"kern", "liga" 0`},
		{"features duplicate", featureSettingsText("liga=0,liga=2"), `"liga" 2`},
		{"string", stringText(`a"b\`), `"a\"b\\"`},
		{"repeat-x", repeatText([2]Repeat{RepeatRepeat, RepeatNoRepeat}), "repeat-x"},
		{"space round", repeatText([2]Repeat{RepeatSpace, RepeatRound}), "space round"},
		{"size auto", backgroundSizeText(BackgroundSize{Width: Auto, Height: Auto}), "auto"},
		{"size 10px", backgroundSizeText(BackgroundSize{Width: LengthOf(Int(10)), Height: Auto}), "10px auto"},
		{"grid line span name", gridLineText(GridLine{Span: true, Integer: 1, Name: "a"}), "span a"},
		{"grid line 2 a", gridLineText(GridLine{Integer: 2, Name: "a"}), "2 a"},
		{"track fit-content", trackSizeText(GridTrackSize{Max: GridBreadth{Kind: BreadthFitContent, Length: LengthOf(Int(40))}}), "fit-content(40px)"},
		{"track minmax", trackSizeText(GridTrackSize{Min: GridBreadth{Kind: BreadthLength, Length: LengthOf(Int(10))}}), "minmax(10px, auto)"},
		{"used tracks", GridTrackListText([][]string{{"a"}, nil, {"b", "c"}}, []Fixed{Int(10), Int(20)}), "[a] 10px 20px [b c]"},
		{"areas", areasText(&GridAreas{Rows: 1, Columns: 3, Areas: []GridArea{{Name: "a", RowStart: 1, RowEnd: 2, ColumnStart: 1, ColumnEnd: 3}}}), `"a a ."`},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

// TestPhysicalProperty checks the flow-relative mapping in horizontal-tb.
func TestPhysicalProperty(t *testing.T) {
	for _, tc := range []struct{ name, dir, want string }{
		{"margin-inline-start", "ltr", "margin-left"},
		{"margin-inline-start", "rtl", "margin-right"},
		{"padding-block-end", "ltr", "padding-bottom"},
		{"inset-inline-end", "ltr", "right"},
		{"border-inline-start-color", "rtl", "border-right-color"},
		{"border-start-end-radius", "ltr", "border-top-right-radius"},
		{"border-end-start-radius", "rtl", "border-bottom-right-radius"},
		{"inline-size", "rtl", "width"},
		{"max-block-size", "ltr", "max-height"},
		{"margin-top", "ltr", ""},
		{"border-block", "ltr", ""},
	} {
		if got := PhysicalProperty(tc.name, tc.dir); got != tc.want {
			t.Errorf("PhysicalProperty(%q, %q) = %q, want %q", tc.name, tc.dir, got, tc.want)
		}
	}
}

// TestShorthandValue checks shorthands built from longhand values.
func TestShorthandValue(t *testing.T) {
	vals := map[string]string{
		"margin-top": "1px", "margin-right": "2px", "margin-bottom": "1px", "margin-left": "2px",
		"border-top-width": "1px", "border-top-style": "solid", "border-top-color": "red",
		"border-right-width": "1px", "border-right-style": "solid", "border-right-color": "red",
		"border-bottom-width": "1px", "border-bottom-style": "solid", "border-bottom-color": "red",
		"border-left-width": "2px", "border-left-style": "solid", "border-left-color": "red",
		"grid-row-start": "a", "grid-row-end": "a", "grid-column-start": "auto", "grid-column-end": "auto",
		"border-top-left-radius": "1px 2px", "border-top-right-radius": "1px 2px",
		"border-bottom-right-radius": "1px 2px", "border-bottom-left-radius": "1px 2px",
		"overflow-x": "hidden", "overflow-y": "hidden",
	}
	get := func(p string) string { return vals[p] }
	s := Initial()
	for _, tc := range []struct{ name, want string }{
		{"margin", "1px 2px"}, {"border-top", "1px solid red"}, {"border", ""},
		{"grid-row", "a"}, {"grid-area", "a / auto"}, {"border-radius", "1px / 2px"},
		{"overflow", "hidden"}, {"background", "rgba(0, 0, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box"},
	} {
		got, ok := s.ShorthandValue(tc.name, get)
		if !ok || got != tc.want {
			t.Errorf("%s = %q (%v), want %q", tc.name, got, ok, tc.want)
		}
	}
	if _, ok := s.ShorthandValue("color", get); ok {
		t.Error("color is not a shorthand")
	}
}
