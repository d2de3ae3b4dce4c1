package dom

import (
	"strconv"
	"strings"
)

// ParseNonNegativeInteger parses an attribute value as HTML's rules for
// parsing non-negative integers say: leading ASCII white space and a "+"
// are skipped, the digits that follow are read, anything after them is
// ignored. It reports false when there are no digits. Values past nine
// digits are cut to their first nine.
// https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#rules-for-parsing-non-negative-integers
func ParseNonNegativeInteger(s string) (int, bool) {
	s = strings.TrimPrefix(strings.TrimLeft(s, " \t\n\f\r"), "+")
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(s[:min(i, 9)])
	return n, err == nil
}
