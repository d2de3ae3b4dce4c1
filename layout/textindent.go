package layout

import "github.com/paneweb/pane/cssom"

// lineIndent returns the text-indent of a line of a block container with
// style st and content width width: first says it is the block's first
// line, forced that the line before it ended in a forced break.
// https://www.w3.org/TR/css-text-3/#text-indent-property
//
// "each-line: Indentation affects the first line of the block container
// as well as each line after a forced line break, but does not affect
// lines after a soft wrap break. hanging: Inverts which lines are
// affected."
//
// TODO(spec): the intrinsic widths (block.go's inlineIntrinsicWidths)
// count the indent of the first line only, whatever the keywords.
func lineIndent(st *cssom.ComputedStyle, width Fixed, first, forced bool) Fixed {
	indented := first || st.TextIndentEachLine && forced
	if st.TextIndentHanging {
		indented = !indented
	}
	if !indented {
		return 0
	}
	return st.TextIndent.Resolve(width, 0)
}
