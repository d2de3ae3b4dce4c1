package cssom

import (
	"strconv"

	"github.com/tdewolff/parse/v2/css"
)

// The legacy line clamp (https://drafts.csswg.org/css-overflow-4/#webkit-line-clamp):
// a box with display: -webkit-box (or -webkit-inline-box),
// -webkit-box-orient: vertical and -webkit-line-clamp: N shows N lines,
// the last ending in an ellipsis when content follows, as every browser
// does. Otherwise -webkit-box lays out as a flexbox, in a column when
// -webkit-box-orient is vertical.
//
// TODO(spec): clamping across nested block boxes (the lines of the
// container's own inline content only are counted); Chromium leaves room
// for the ellipsis as if the last line's trailing space stayed; the
// standard line-clamp shorthand and max-lines;
// -webkit-box-pack/-align/-flex and the other legacy flexbox properties.

// parseLineClamp parses none | <integer [1,∞]>.
func parseLineClamp(c []tok) (value, bool) {
	if ident(c) == "none" {
		return value{kind: vInt, i: 0}, true
	}
	if len(c) == 1 && c[0].t == css.NumberToken {
		if n, err := strconv.ParseInt(c[0].s, 10, 32); err == nil && n >= 1 {
			return value{kind: vInt, i: int32(n)}, true
		}
	}
	return value{}, false
}

// legacyBox applies -webkit-box-orient and -webkit-line-clamp to a
// -webkit-box (computed as a flex container): a vertical one with a clamp
// is a block container that clamps its lines; without one, a column
// flexbox. AD-HOC: display: flex itself is taken for -webkit-box when the
// legacy properties are set, as the computed values cannot tell them
// apart.
func (s *ComputedStyle) legacyBox() {
	flex := s.Display == DisplayFlex || s.Display == DisplayInlineFlex
	switch {
	case !flex || !s.BoxOrientVertical:
		s.LineClamp = 0
	case s.LineClamp > 0:
		if s.Display == DisplayFlex {
			s.Display = DisplayFlowRoot
		} else {
			s.Display = DisplayInlineBlock
		}
	default:
		s.FlexDirection = FlexColumn
	}
}
