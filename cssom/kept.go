package cssom

import (
	"strings"

	"github.com/tdewolff/parse/v2/css"
)

// Kept properties: valid declarations of properties Pane does not apply
// (interaction, animation, scrolling, properties of features not
// rendered) are kept in the sheet as browsers keep them, so that the
// CSSOM, element.style and @supports see them; they have no computed
// effect. Keyword-valued ones are validated against their keywords; the
// others accept any value but the CSS-wide keywords mixed with others.
//
// TODO(spec): the full grammars of the free-form ones (transition,
// animation, mask, grid-related shorthands not computed, ...).

// keptKeywords are the kept properties with keyword values.
var keptKeywords = map[string][]string{
	"pointer-events":             {"auto", "none", "visiblepainted", "visiblefill", "visiblestroke", "visible", "painted", "fill", "stroke", "all", "bounding-box"},
	"user-select":                {"auto", "text", "none", "contain", "all"},
	"-webkit-user-select":        {"auto", "text", "none", "contain", "all"},
	"resize":                     {"none", "both", "horizontal", "vertical", "block", "inline"},
	"scroll-behavior":            {"auto", "smooth"},
	"overscroll-behavior":        {"auto", "contain", "none"},
	"touch-action":               {"auto", "none", "manipulation", "pan-x", "pan-y", "pinch-zoom", "pan-left", "pan-right", "pan-up", "pan-down"},
	"appearance":                 {"none", "auto", "menulist-button", "textfield", "button", "checkbox", "radio", "searchfield", "textarea", "menulist", "listbox", "meter", "progress-bar", "push-button", "square-button", "slider-horizontal"},
	"-webkit-appearance":         {"none", "auto", "menulist-button", "textfield", "button", "checkbox", "radio", "searchfield", "textarea", "menulist", "listbox", "meter", "progress-bar", "push-button", "square-button", "slider-horizontal", "caret", "searchfield-cancel-button", "inner-spin-button"},
	"backface-visibility":        {"visible", "hidden"},
	"transform-style":            {"flat", "preserve-3d"},
	"content-visibility":         {"visible", "auto", "hidden"},
	"writing-mode":               {"horizontal-tb", "vertical-rl", "vertical-lr", "sideways-rl", "sideways-lr"},
	"text-orientation":           {"mixed", "upright", "sideways"},
	"box-decoration-break":       {"slice", "clone"},
	"font-optical-sizing":        {"auto", "none"},
	"text-wrap":                  {"wrap", "nowrap", "balance", "stable", "pretty"},
	"text-wrap-mode":             {"wrap", "nowrap"},
	"color-scheme":               {"normal", "light", "dark", "only"},
	"forced-color-adjust":        {"auto", "none", "preserve-parent-color"},
	"print-color-adjust":         {"economy", "exact"},
	"-webkit-print-color-adjust": {"economy", "exact"},
}

// keptFree are the kept properties whose values are not validated.
var keptFree = map[string]bool{
	"cursor": true, "transition": true, "transition-property": true, "transition-duration": true,
	"transition-timing-function": true, "transition-delay": true, "transition-behavior": true,
	"animation": true, "animation-name": true, "animation-duration": true, "animation-timing-function": true,
	"animation-delay": true, "animation-iteration-count": true, "animation-direction": true,
	"animation-fill-mode": true, "animation-play-state": true, "will-change": true, "contain": true,
	"mask": true, "mask-image": true, "-webkit-mask": true, "-webkit-mask-image": true, "backdrop-filter": true,
	"-webkit-backdrop-filter": true, "perspective": true, "perspective-origin": true, "caret-color": true,
	"accent-color": true, "scroll-margin": true, "scroll-padding": true, "scroll-snap-type": true,
	"scroll-snap-align": true, "columns": true, "column-count": true, "column-width": true, "column-rule": true,
	"column-span": true, "column-fill": true, "font-size-adjust": true, "font-variation-settings": true,
	"text-decoration-skip-ink": true, "text-emphasis": true, "text-emphasis-style": true, "text-emphasis-color": true,
	"text-align-last": true, "text-justify": true, "overflow-clip-margin": true, "white-space-collapse": true,
	"line-clamp": true, "scrollbar-width": true, "scrollbar-color": true, "scrollbar-gutter": true,
	"-webkit-tap-highlight-color": true, "-webkit-font-smoothing": true, "-moz-osx-font-smoothing": true,
	"text-rendering": true, "shape-outside": true, "offset": true, "zoom": true, "container": true,
	"container-type": true, "container-name": true, "inset-inline": true, "inset-block": true,
}

// keptDeclaration returns the declaration of a kept property, or nil when
// name is not one or the value is not valid for it.
func keptDeclaration(name string, toks []tok, important bool) *Declaration {
	words, free := keptKeywords[name], keptFree[name]
	if words == nil && !free {
		return nil
	}
	comps := components(toks)
	if len(comps) == 0 {
		return nil
	}
	for _, c := range comps {
		if len(comps) > 1 && len(c) == 1 && c[0].t == css.IdentToken {
			if _, global := globalKeyword(c[0].s); global {
				return nil // a CSS-wide keyword must stand alone
			}
		}
	}
	if words != nil && !containsVar(toks) {
		if len(comps) == 1 {
			if _, global := globalKeyword(ident(comps[0])); global {
				return &Declaration{Property: name, Value: tokensTextOf(toks), Important: important}
			}
		}
		for _, c := range comps {
			kw := ident(c)
			if kw == "" || !containsString(words, kw) {
				return nil
			}
		}
	}
	return &Declaration{Property: name, Value: tokensTextOf(toks), Important: important}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
