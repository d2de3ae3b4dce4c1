package cssom

import (
	"strings"
	"testing"
)

// keptCases are values of the kept properties with whether a browser
// keeps them; every row was checked with CSS.supports in Chromium 156.
var keptCases = []struct {
	prop, value string
	valid       bool
}{
	// cursor
	{"cursor", "pointer", true},
	{"cursor", "-webkit-grab", true},
	{"cursor", "url(a.png) 1 2, auto", true},
	{"cursor", "url(a.png) -1 2.5, url(b.png), pointer", true},
	{"cursor", "image-set(url(a.png) 1x) 2 3, auto", true},
	{"cursor", "url(a.png) calc(1) 2, auto", true},
	{"cursor", "inherit", true},
	{"cursor", "hand", false},
	{"cursor", "url(a.png)", false},
	{"cursor", "url(a.png) 1, auto", false},
	{"cursor", "url(a.png) 1 2 3, auto", false},
	{"cursor", "linear-gradient(red, blue), auto", false},
	{"cursor", "pointer auto", false},
	{"cursor", "auto, pointer", false},
	{"cursor", "url(a.png) 1px 2px, auto", false},
	{"cursor", "pointer inherit", false},
	// transition
	{"transition", "opacity 1s", true},
	{"transition", "1s 2s opacity", true},
	{"transition", "all 1s allow-discrete", true},
	{"transition", "opacity -1s", true},
	{"transition", "none", true},
	{"transition", "--foo 1s", true},
	{"transition", "opacity 1s cubic-bezier(0.1, 2, 0.5, -3), color 2s steps(3, jump-both)", true},
	{"transition", "none, opacity 1s", false},
	{"transition", "opacity 1s, none 2s", false},
	{"transition", "opacity 1s 2s 3s", false},
	{"transition", "opacity opacity", false},
	{"transition", "opacity 1s ease ease", false},
	{"transition", "opacity 1s,", false},
	{"transition-property", "all, opacity", true},
	{"transition-property", "--foo", true},
	{"transition-property", "none", true},
	{"transition-property", "none, opacity", false},
	{"transition-property", "default", false},
	{"transition-property", "inherit, opacity", false},
	{"transition-property", "foo bar", false},
	{"transition-property", "5", false},
	{"transition-duration", "calc(1s + 10ms)", true},
	{"transition-duration", "calc(-1s)", true},
	{"transition-duration", "1s, 250ms", true},
	{"transition-duration", "0", false},
	{"transition-duration", "-1s", false},
	{"transition-duration", "1px", false},
	{"transition-duration", "calc(1s + 1px)", false},
	{"transition-delay", "-1s", true},
	{"transition-delay", "1", false},
	{"transition-timing-function", "linear(0, 1)", true},
	{"transition-timing-function", "linear(0 20%, 1)", true},
	{"transition-timing-function", "linear(0 20% 50%, 1)", true},
	{"transition-timing-function", "steps(2, jump-none)", true},
	{"transition-timing-function", "steps(calc(2))", true},
	{"transition-timing-function", "step-start, ease", true},
	{"transition-timing-function", "linear(0)", false},
	{"transition-timing-function", "linear(20% 0 50%, 1)", false},
	{"transition-timing-function", "steps(0)", false},
	{"transition-timing-function", "steps(1, jump-none)", false},
	{"transition-timing-function", "steps(2.5)", false},
	{"transition-timing-function", "steps(2 end)", false},
	{"transition-timing-function", "cubic-bezier(1.1, 0, 1, 1)", false},
	{"transition-timing-function", "cubic-bezier(0.1, 2, 0.5)", false},
	{"transition-timing-function", "bounce", false},
	{"transition-behavior", "allow-discrete, normal", true},
	{"transition-behavior", "discrete", false},
	{"-webkit-transition", "opacity 1s", true},
	{"-webkit-transition-duration", "1s", true},
	{"-webkit-transition-behavior", "normal", false},
	{"-moz-transition", "opacity 1s", false},
	// animation
	{"animation", "none", true},
	{"animation", "none none", true},
	{"animation", "1s foo infinite alternate both paused", true},
	{"animation", "foo, bar 2s", true},
	{"animation", `"foo" 1s`, true},
	{"animation", "foo 1s linear 2s 3 reverse forwards running", true},
	{"animation", "infinite infinite", true},
	{"animation", "ease foo", true},
	{"animation", "auto foo", true},
	{"animation", "foo -1s", true},
	{"animation", "none none none", false},
	{"animation", "foo 1s 2s 3s", false},
	{"animation", "foo bar", false},
	{"animation", "1s scroll()", false},
	{"animation", "default", false},
	{"animation", "foo 1s auto", false},
	{"animation-name", `"foo"`, true},
	{"animation-name", "none, foo", true},
	{"animation-name", "default", false},
	{"animation-name", "foo bar", false},
	{"animation-name", "inherit, foo", false},
	{"animation-duration", "auto", true},
	{"animation-duration", "calc(1s)", true},
	{"animation-duration", "-1s", false},
	{"animation-iteration-count", "infinite, 2.5", true},
	{"animation-iteration-count", "calc(2)", true},
	{"animation-iteration-count", "-1", false},
	{"animation-direction", "alternate-reverse, normal", true},
	{"animation-direction", "forwards", false},
	{"animation-fill-mode", "both", true},
	{"animation-play-state", "paused, running", true},
	{"animation-play-state", "stopped", false},
	{"animation-composition", "add", true},
	{"-webkit-animation", "foo 1s", true},
	{"-webkit-animation-play-state", "paused", true},
	{"-moz-animation", "foo 1s", false},
	// will-change
	{"will-change", "auto", true},
	{"will-change", "transform, opacity", true},
	{"will-change", "contents, scroll-position", true},
	{"will-change", "--foo", true},
	{"will-change", "none", false},
	{"will-change", "all", false},
	{"will-change", "will-change", false},
	{"will-change", "auto, opacity", false},
	{"will-change", "default", false},
	{"will-change", "transform opacity", false},
	// contain
	{"contain", "size layout", true},
	{"contain", "strict", true},
	{"contain", "style paint layout inline-size", true},
	{"contain", "none", true},
	{"contain", "strict paint", false},
	{"contain", "inline-size size", false},
	{"contain", "layout layout", false},
	// mask
	{"mask", "none", true},
	{"mask", "url(a.svg)", true},
	{"mask", "url(a.svg) center / contain no-repeat", true},
	{"mask", "url(a.svg) luminance add content-box", true},
	{"mask", "url(a.svg) no-clip border-box", true},
	{"mask", "linear-gradient(red, blue), url(a.svg)", true},
	{"mask", "url(a.svg) fill-box view-box", true},
	{"mask", "url(a.svg) 10px 20px / 10px", true},
	{"mask", "url(a.svg) no-clip no-clip", false},
	{"mask", "red", false},
	{"mask", "url(a.svg) source-over", false},
	{"mask", "url(a.svg) url(b.svg)", false},
	{"mask", "url(a.svg) repeat-x space", false},
	{"-webkit-mask", "url(a.svg) center / contain no-repeat", true},
	{"-webkit-mask", "url(a.svg) add", true},
	{"mask-image", "none, url(a.svg)", true},
	{"mask-image", "image-set(url(a.png) 1x)", true},
	{"mask-image", "foo", false},
	{"-webkit-mask-image", "linear-gradient(red, blue)", true},
	{"mask-size", "contain", true},
	{"-webkit-mask-size", "10px auto", true},
	{"mask-size", "-10px", false},
	{"mask-position", "center", true},
	{"-webkit-mask-position", "left 10px top", true},
	{"mask-position", "left 10px top", false},
	{"mask", "url(a.svg) left 10px top", true},
	{"mask-repeat", "round space", true},
	{"mask-origin", "fill-box", true},
	{"mask-origin", "margin-box", false},
	{"mask-clip", "no-clip", true},
	{"mask-clip", "text", false},
	{"-webkit-mask-clip", "text", true},
	{"-webkit-mask-clip", "no-clip", false},
	{"mask-composite", "add", true},
	{"-webkit-mask-composite", "source-over, xor", true},
	{"-webkit-mask-composite", "add", false},
	{"mask-mode", "luminance", true},
	{"-webkit-mask-mode", "alpha", false},
	{"mask-type", "alpha", true},
	// backdrop-filter, perspective
	{"backdrop-filter", "blur(2px)", true},
	{"backdrop-filter", "none", true},
	{"backdrop-filter", "url(#f)", true},
	{"backdrop-filter", "blur(2px) url(#f)", true},
	{"backdrop-filter", "blur(-2px)", false},
	{"backdrop-filter", "blur(2px) none", false},
	{"-webkit-backdrop-filter", "blur(2px)", false},
	{"perspective", "none", true},
	{"perspective", "0", true},
	{"perspective", "100px", true},
	{"perspective", "-10px", false},
	{"perspective", "10%", false},
	{"perspective", "100", false},
	{"-webkit-perspective", "100px", true},
	{"perspective-origin", "left 10px top 5px", true},
	{"perspective-origin", "top left", true},
	{"perspective-origin", "left 10px top", false},
	{"perspective-origin", "10px 20px 30px", false},
	// colors
	{"caret-color", "auto", true},
	{"caret-color", "currentcolor", true},
	{"caret-color", "auto red", false},
	{"accent-color", "#abc", true},
	{"accent-color", "foo", false},
	{"-webkit-tap-highlight-color", "rgba(0,0,0,0)", true},
	{"-webkit-tap-highlight-color", "auto", false},
	{"scrollbar-color", "red blue", true},
	{"scrollbar-color", "red", false},
	// scrolling
	{"scroll-margin", "-10px 1px 2px 3px", true},
	{"scroll-margin", "10%", false},
	{"scroll-margin", "1px 2px 3px 4px 5px", false},
	{"scroll-margin", "auto", false},
	{"scroll-margin-block", "1px 2px", true},
	{"scroll-margin-inline-start", "1px", true},
	{"scroll-margin-top", "1px 2px", false},
	{"scroll-padding", "auto 10px", true},
	{"scroll-padding", "10%", true},
	{"scroll-padding", "-1px", false},
	{"scroll-padding-inline", "auto 1px", true},
	{"scroll-snap-type", "x mandatory", true},
	{"scroll-snap-type", "both", true},
	{"scroll-snap-type", "mandatory", false},
	{"scroll-snap-type", "none mandatory", false},
	{"scroll-snap-type", "mandatory x", false},
	{"scroll-snap-align", "none start", true},
	{"scroll-snap-align", "start end center", false},
	{"scroll-snap-stop", "always", true},
	{"scrollbar-gutter", "both-edges stable", true},
	{"scrollbar-gutter", "both-edges", false},
	{"scrollbar-width", "thin", true},
	{"overscroll-behavior", "contain none", true},
	{"overscroll-behavior", "auto auto auto", false},
	{"overflow-anchor", "none", true},
	{"overflow-anchor", "none auto", false},
	// multi-column
	{"columns", "auto auto", true},
	{"columns", "3 10em", true},
	{"columns", "10em auto", true},
	{"columns", "0", true},
	{"columns", "3 3", false},
	{"columns", "-3", false},
	{"columns", "auto auto auto", false},
	{"column-count", "3", true},
	{"column-count", "0", false},
	{"column-count", "2.5", false},
	{"column-width", "10px", true},
	{"column-width", "10%", false},
	{"column-rule", "1px solid red", true},
	{"column-rule", "thick double", true},
	{"column-rule", "1px 2px", false},
	{"column-span", "all", true},
	{"column-span", "2", false},
	{"column-fill", "balance-all", false},
	{"-webkit-column-rule", "1px solid", true},
	{"column-rule-color", "red, blue", true},
	{"column-rule-color", "repeat(auto, red), blue", true},
	{"column-rule-color", "repeat(2, red, blue)", true},
	{"column-rule-color", "repeat(auto, red), repeat(auto, blue)", false},
	{"column-rule-color", "repeat(0, red)", false},
	{"column-rule-color", "repeat(2, red blue)", false},
	{"column-rule-color", "repeat(2)", false},
	{"column-rule-color", "red blue", false},
	{"column-rule-width", "repeat(2, thin), 3px", true},
	{"column-rule-style", "repeat(auto, solid dashed)", false},
	{"column-rule", "1px solid red, repeat(auto, dotted), 2px", true},
	{"rule", "repeat(2, 1px solid red), 3px", true},
	{"row-rule-style", "repeat(auto, solid), dashed", true},
	{"rule-overlap", "row-over-column", true},
	{"-moz-column-count", "3", false},
	// fonts
	{"-webkit-font-smoothing", "antialiased", true},
	{"-webkit-font-smoothing", "foo", false},
	{"-moz-osx-font-smoothing", "grayscale", false},
	{"text-rendering", "optimizeLegibility", true},
	{"text-rendering", "optimizeQuality", false},
	// text
	{"white-space-collapse", "break-spaces", true},
	{"white-space-collapse", "discard", false},
	{"text-decoration-skip-ink", "all", true},
	{"text-decoration-skip-ink", "none auto", false},
	{"text-decoration-skip", "none", false},
	{"line-clamp", "3", false},
	{"text-wrap", "balance wrap", true},
	{"text-wrap", "wrap nowrap", false},
	{"text-wrap", "avoid-orphans", false},
	// shapes, zoom, containers
	{"shape-outside", "circle(50%) margin-box", true},
	{"shape-outside", "linear-gradient(red, blue)", true},
	{"shape-outside", "margin-box", true},
	{"shape-outside", "fill-box", false},
	{"shape-margin", "10px", true},
	{"zoom", "150%", true},
	{"zoom", "normal", true},
	{"zoom", "-1", false},
	{"zoom", "reset", false},
	{"container", "foo / inline-size scroll-state", true},
	{"container", "foo bar", true},
	{"container-type", "size inline-size", false},
	{"container-name", "and", false},
	{"container-name", "none foo", false},
	{"container-name", "default", false},
	// keywords and keyword combinations
	{"pointer-events", "auto none", false},
	{"pointer-events", "visiblePainted", true},
	{"user-select", "contain", false},
	{"touch-action", "pan-x pinch-zoom pan-up", true},
	{"touch-action", "pan-x pan-left", false},
	{"touch-action", "manipulation pan-x", false},
	{"appearance", "base-select", true},
	{"appearance", "push-button", false},
	{"-webkit-appearance", "slider-vertical", true},
	{"-webkit-appearance", "textfield auto", false},
	{"writing-mode", "tb-rl", true},
	{"color-scheme", "only light", true},
	{"color-scheme", "foo", true},
	{"color-scheme", "normal light", false},
	{"color-scheme", "only", false},
	{"color-scheme", "light only dark", false},
	// fragmentation
	{"break-inside", "avoid-column", true},
	{"break-inside", "page", false},
	{"break-before", "recto", true},
	{"break-before", "avoid-region", false},
	{"break-after", "region", false},
	{"page-break-before", "always", true},
	{"page-break-before", "column", false},
	{"page-break-inside", "always", false},
	{"-webkit-column-break-inside", "avoid", true},
	{"-webkit-column-break-after", "column", false},
	{"orphans", "2", true},
	{"widows", "calc(2)", true},
	{"orphans", "0", false},
	{"orphans", "2.5", false},
	{"text-size-adjust", "100%", true},
	{"-webkit-text-size-adjust", "none", true},
	{"text-size-adjust", "-10%", false},
	{"text-size-adjust", "1", false},
	// SVG painting
	{"fill", "url(#a) red", true},
	{"fill", "context-fill", true},
	{"fill", "currentcolor", true},
	{"fill", "red blue", false},
	{"stroke", "url(#a) none", true},
	{"stroke-width", "2", true},
	{"stroke-width", "10%", true},
	{"stroke-width", "-1", false},
	{"fill-opacity", "50%", true},
	{"stroke-opacity", "2", true},
	{"fill-rule", "evenodd", true},
	{"stroke-linejoin", "miter-clip", false},
	{"stroke-miterlimit", "0.5", true},
	{"stroke-dasharray", "1 2, 3", true},
	{"stroke-dasharray", "1px 10%", true},
	{"stroke-dasharray", "-1", false},
	{"paint-order", "stroke fill", true},
	{"paint-order", "fill fill", false},
	{"vector-effect", "non-scaling-stroke", true},
	// text paint, hyphenation, text-box
	{"-webkit-text-fill-color", "transparent", true},
	{"-webkit-text-fill-color", "auto", false},
	{"-webkit-text-stroke", "red 1px", true},
	{"-webkit-text-stroke", "1px red solid", false},
	{"-webkit-text-stroke-width", "10%", false},
	{"hyphenate-character", `"-"`, true},
	{"hyphenate-character", "foo", false},
	{"hyphenate-limit-chars", "auto 2 3", true},
	{"hyphenate-limit-chars", "0", false},
	{"hyphenate-limit-chars", "5 auto auto auto", false},
	{"text-combine-upright", "digits 2", false},
	{"text-box", "trim-both cap alphabetic", true},
	{"text-box", "text alphabetic", true},
	{"text-box", "cap", false},
	{"text-box-edge", "alphabetic cap", false},
	{"text-box-trim", "trim-start trim-end", false},
	{"image-orientation", "90deg", false},
	{"contain-intrinsic-size", "auto 100px auto 200px", true},
	{"contain-intrinsic-size", "auto", false},
	{"contain-intrinsic-size", "10%", false},
	{"contain-intrinsic-height", "100px auto", false},
	// scroll-driven animations, view transitions
	{"animation-timeline", "--foo, scroll(y root)", true},
	{"animation-timeline", "view(10px 20px block)", true},
	{"animation-timeline", "foo", false},
	{"animation-timeline", "scroll(root root)", false},
	{"animation-range", "entry 10% exit 90%, normal", true},
	{"animation-range-start", "10% entry", false},
	{"scroll-timeline", "--foo block, none", true},
	{"scroll-timeline", "block --foo", false},
	{"view-timeline", "--a x 10px auto", true},
	{"view-timeline-inset", "auto auto auto", false},
	{"timeline-scope", "all", false},
	{"view-transition-name", "match-element", true},
	{"view-transition-name", "auto", false},
	{"view-transition-class", "none foo", false},
	// anchor positioning
	{"anchor-name", "--a, --b", true},
	{"anchor-name", "a", false},
	{"position-anchor", "foo", false},
	{"position-area", "top span-left", true},
	{"position-area", "self-start center", true},
	{"position-area", "left left", false},
	{"position-area", "top block-start", false},
	{"position-try-fallbacks", "top left, flip-block", true},
	{"position-try-fallbacks", "--a --b", false},
	{"position-try-fallbacks", "flip-block --a flip-inline", false},
	{"position-try", "most-width flip-block", true},
	{"position-visibility", "always no-overflow", false},
	// motion path
	{"offset", "path(\"M 0 0\") 10% auto / left top", true},
	{"offset", "10px 20px ray(45deg)", true},
	{"offset", "border-box reverse", true},
	{"offset", "/ left top", false},
	{"offset", "ray(45deg) 10px 20px", false},
	{"offset-path", "ray(closest-side 45deg contain)", true},
	{"offset-path", "border-box circle(10px)", true},
	{"offset-path", "path(\"M0,0 10,10\")", true},
	{"offset-path", "path(\"M 0 0 A 10 10 0 1020 20\")", true},
	{"offset-path", "path(\"M 0 0 C 1 2 3 4 5\")", false},
	{"offset-path", "path(\"L 0 0\")", false},
	{"offset-path", "path(\"M 0 0 A 10 10 0 2 0 20 20\")", false},
	{"offset-path", "path(\"M 0 0 z 1 1\")", false},
	{"offset-path", "inset(10px) margin-box", false},
	{"offset-path", "ray(45deg 45deg)", false},
	{"offset-path", "path(\"m 1e2,0 1e210 10\")", false},
	{"offset-rotate", "auto reverse", false},
	{"offset-anchor", "left 10px top", false},
	{"shape-outside", "path(\"M 0 0 L 10 10 Z\")", true},
	// arbitrary substitution functions
	{"scroll-padding-top", "env(safe-area-inset-top, 10px) 5px", true},
	{"cursor", "attr(data-c type(<custom-ident>))", true},
	{"transition", "opacity attr(x)", true},
	{"cursor", "if(media(width > 1px): pointer; else: auto)", true},
	{"will-change", "var(--x) inherit", true},
	// SVG, legacy -webkit- and small features
	{"stop-opacity", "50%", true},
	{"dominant-baseline", "text-before-edge", true},
	{"dominant-baseline", "text-top", false},
	{"alignment-baseline", "before-edge", true},
	{"alignment-baseline", "center", false},
	{"baseline-shift", "-2px", true},
	{"baseline-shift", "top", false},
	{"marker-start", "url(#m)", true},
	{"marker-mid", "red", false},
	{"cx", "10", true},
	{"r", "-5px", false},
	{"rx", "auto", true},
	{"x", "auto", false},
	{"d", "path(\"M 0 0\")", true},
	{"d", "path(\"foo\")", false},
	{"shape-rendering", "crispEdges", true},
	{"-webkit-box-pack", "justify", true},
	{"-webkit-box-pack", "stretch", false},
	{"-webkit-box-flex", "-1", true},
	{"-webkit-box-ordinal-group", "0", false},
	{"-webkit-line-break", "anywhere", false},
	{"-webkit-mask-position-x", "10%, right", true},
	{"-webkit-mask-position-y", "left", false},
	{"-webkit-writing-mode", "tb-rl", false},
	{"-webkit-text-orientation", "mixed", false},
	{"-webkit-border-vertical-spacing", "-2px", false},
	{"math-depth", "add(-1)", true},
	{"math-depth", "add(2.5)", false},
	{"margin-trim", "block inline", false},
	{"caret-shape", "underscore", true},
	{"reading-flow", "auto", false},
	{"reading-order", "2.5", false},
	{"column-height", "10%", false},
	{"interest-delay", "1s 2s", true},
	{"interest-delay-start", "0", false},
	{"speak", "never", false},
	{"text-spacing-trim", "trim-both", false},
	{"initial-letter", "drop 3", true},
	{"initial-letter", "3 2 drop", false},
	{"initial-letter", "0.5", false},
	{"dynamic-range-limit", "dynamic-range-limit-mix(standard 50%, no-limit 50%)", true},
	{"dynamic-range-limit", "high", false},
	{"view-transition-scope", "auto", false},
	{"trigger-scope", "--a", true},
}

func TestKeptGrammars(t *testing.T) {
	invalid := 0
	for _, tc := range keptCases {
		d := makeDeclaration(tc.prop, lexValue(tc.value), false, nil)
		if got := d != nil; got != tc.valid {
			t.Errorf("%s: %s: valid %v, want %v", tc.prop, tc.value, got, tc.valid)
		}
		if !tc.valid {
			invalid++
		}
	}
	if invalid < 50 {
		t.Errorf("%d invalid cases, want at least 50", invalid)
	}
}

// TestKeptCascade checks that an invalid kept declaration is dropped
// and does not hide an earlier valid one in the sheet.
func TestKeptCascade(t *testing.T) {
	sheet := ParseStyleSheet(`a { cursor: pointer; cursor: url(x.png); transition: opacity 1s; transition: none, opacity 1s;
		will-change: transform; will-change: all; --x: 1s; animation-duration: var(--x) }`, "http://example.com/", AuthorOrigin)
	rule, ok := sheet.Rules[0].(*StyleRule)
	if !ok {
		t.Fatalf("rule %T", sheet.Rules[0])
	}
	var got []string
	for _, d := range rule.Declarations {
		got = append(got, d.Property+": "+d.Value)
	}
	want := []string{"cursor: pointer", "transition: opacity 1s", "will-change: transform", "--x: 1s", "animation-duration: var(--x)"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("declarations %q, want %q", got, want)
	}
}

// TestKeptGlobalKeywords checks the CSS-wide keywords: alone they are
// valid for every kept property, mixed with other values never.
func TestKeptGlobalKeywords(t *testing.T) {
	props := []string{"cursor", "mask", "pointer-events", "offset"}
	for _, p := range props {
		for _, v := range []string{"inherit", "initial", "unset", "revert", "revert-layer"} {
			if makeDeclaration(p, lexValue(v), false, nil) == nil {
				t.Errorf("%s: %s dropped", p, v)
			}
			if makeDeclaration(p, lexValue(v+" "+v), false, nil) != nil {
				t.Errorf("%s: %s %s kept", p, v, v)
			}
		}
	}
}

// TestKeptNoPanic feeds every kept grammar truncated and malformed
// values; none may panic.
func TestKeptNoPanic(t *testing.T) {
	values := []string{"", "(", ")", "calc(", "calc(1s +", "steps(", "linear(,)", "cubic-bezier(,,,)", "url(", "/",
		"a / / b", ",", ",,", "image-set(", "min()", "clamp(1s)", "round(up)", `"`, "10px /", "calc(((((1s)))))"}
	for name := range keptGrammars {
		for _, v := range values {
			makeDeclaration(name, lexValue(v), false, nil)
		}
	}
}

// FuzzKeptGrammars runs every kept grammar on arbitrary values: none may
// panic or hang.
func FuzzKeptGrammars(f *testing.F) {
	for _, tc := range keptCases {
		f.Add(tc.value)
	}
	names := make([]string, 0, len(keptGrammars))
	for name := range keptGrammars {
		names = append(names, name)
	}
	f.Fuzz(func(t *testing.T, value string) {
		toks := lexValue(value)
		for _, name := range names {
			makeDeclaration(name, toks, false, nil)
		}
	})
}

// TestNumericType checks the type checking of numbers, dimensions and
// math functions (kept_math.go).
func TestNumericType(t *testing.T) {
	cases := []struct {
		value string
		want  numericType
	}{
		{"1", typeNumber},
		{"1s", typeTime},
		{"250MS", typeTime},
		{"10%", typePercent},
		{"1em", typeLength},
		{"45deg", typeAngle},
		{"2dppx", typeResolution},
		{"1khz", typeFrequency},
		{"1foo", typeNone},
		{"calc(1s + 10ms)", typeTime},
		{"calc(2 * 1s)", typeTime},
		{"calc(1s * 2 / 4)", typeTime},
		{"calc(1px + 10%)", typeLengthPercent},
		{"calc((1 + 2) * 3)", typeNumber},
		{"calc(pi * 2)", typeNumber},
		{"min(1s, 2ms)", typeTime},
		{"clamp(none, 1s, 2s)", typeTime},
		{"round(up, 1px, 2px)", typeLength},
		{"sign(1px)", typeNumber},
		{"abs(-1s)", typeTime},
		{"calc(1s + 1px)", typeNone},
		{"calc(1s * 1s)", typeNone},
		{"calc(1s / 1px)", typeNone},
		{"calc(1s +)", typeNone},
		{"calc(1s", typeNone},
		{"clamp(1s, 2s)", typeNone},
		{"mod(1s)", typeNone},
		{"foo(1s)", typeNone},
	}
	for _, tc := range cases {
		comps := components(lexValue(tc.value))
		if len(comps) != 1 {
			t.Fatalf("%s: %d components", tc.value, len(comps))
		}
		if got, _, _ := numericTypeOf(comps[0]); got != tc.want {
			t.Errorf("%s: type %d, want %d", tc.value, got, tc.want)
		}
	}
}
