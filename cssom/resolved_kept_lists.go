package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// The kept list shorthands transition and animation, expanded into their
// longhands for getComputedStyle (resolved_kept.go): each item's
// components are sorted into the longhands by their type, missing ones
// take the longhand's initial value.
// https://drafts.csswg.org/css-transitions-1/#transition-shorthand-property
// https://drafts.csswg.org/css-animations-1/#animation

var transitionLonghands = []string{"transition-property", "transition-duration",
	"transition-timing-function", "transition-delay", "transition-behavior"}

var animationLonghands = []string{"animation-name", "animation-duration", "animation-timing-function",
	"animation-delay", "animation-iteration-count", "animation-direction", "animation-fill-mode",
	"animation-play-state"}

// keptListInitial are the initial values of the longhands, as Chromium
// writes them.
var keptListInitial = map[string]string{
	"transition-property": "all", "transition-duration": "0s", "transition-timing-function": "ease",
	"transition-delay": "0s", "transition-behavior": "normal",
	"animation-name": "none", "animation-duration": "0s", "animation-timing-function": "ease",
	"animation-delay": "0s", "animation-iteration-count": "1", "animation-direction": "normal",
	"animation-fill-mode": "none", "animation-play-state": "running",
}

var timingKeywords = map[string]bool{"ease": true, "linear": true, "ease-in": true, "ease-out": true,
	"ease-in-out": true, "step-start": true, "step-end": true}

// expandKeptList returns the longhand declarations of a transition or
// animation declaration, or nil for another property. A CSS-wide keyword
// applies to every longhand.
func expandKeptList(d *Declaration) []*Declaration {
	var names []string
	switch d.Property {
	case "transition":
		names = transitionLonghands
	case "animation":
		names = animationLonghands
	default:
		return nil
	}
	values := make([][]string, len(names))
	if _, global := globalKeyword(strings.TrimSpace(d.Value)); global {
		for i := range values {
			values[i] = []string{strings.TrimSpace(d.Value)}
		}
	} else {
		for _, item := range splitCommas(lexValue(d.Value)) {
			slots := make([]string, len(names))
			if d.Property == "transition" {
				transitionItem(components(item), slots)
			} else {
				animationItem(components(item), slots)
			}
			for i, v := range slots {
				if v == "" {
					v = keptListInitial[names[i]]
				}
				values[i] = append(values[i], v)
			}
		}
	}
	out := make([]*Declaration, len(names))
	for i, n := range names {
		out[i] = &Declaration{Property: n, Value: strings.Join(values[i], ", "), Important: d.Important}
	}
	return out
}

// transitionItem sorts one <single-transition> into property, duration,
// timing function, delay and behavior.
func transitionItem(comps [][]tok, slots []string) {
	times := 0
	for _, c := range comps {
		text := strings.TrimSpace(tokensTextOf(c))
		switch kw := ident(c); {
		case isTimeComponent(c):
			if times < 2 {
				slots[1+2*times] = text // duration, then delay
			}
			times++
		case timingKeywords[kw] || isFunc(c, "cubic-bezier(") || isFunc(c, "steps(") || isFunc(c, "linear("):
			slots[2] = text
		case kw == "allow-discrete" || kw == "normal":
			slots[4] = kw
		default:
			slots[0] = text
		}
	}
}

// animationItem sorts one <single-animation>: times (duration, then
// delay), timing functions, iteration counts, the keywords of direction,
// fill mode and play state, and the name.
func animationItem(comps [][]tok, slots []string) {
	times := 0
	for _, c := range comps {
		text := strings.TrimSpace(tokensTextOf(c))
		kw := ident(c)
		switch {
		case isTimeComponent(c):
			if times < 2 {
				slots[1+2*times] = text
			}
			times++
		case timingKeywords[kw] || isFunc(c, "cubic-bezier(") || isFunc(c, "steps(") || isFunc(c, "linear("):
			slots[2] = text
		case kw == "infinite" || (len(c) == 1 && c[0].t == css.NumberToken):
			slots[4] = text
		case kw == "normal" || kw == "reverse" || kw == "alternate" || kw == "alternate-reverse":
			if slots[5] == "" {
				slots[5] = kw
			} else {
				slots[0] = text
			}
		case kw == "forwards" || kw == "backwards" || kw == "both":
			slots[6] = kw
		case kw == "running" || kw == "paused":
			slots[7] = kw
		case kw == "none" && slots[6] == "":
			slots[6] = kw
		default:
			slots[0] = text
		}
	}
}

// isTimeComponent reports whether a component is a <time>.
func isTimeComponent(c []tok) bool {
	if len(c) != 1 || c[0].t != css.DimensionToken {
		return false
	}
	s := strings.ToLower(c[0].s)
	return strings.HasSuffix(s, "ms") || strings.HasSuffix(s, "s")
}
