package browser

// The values below were measured in Chromium 156 (headless, --dump-dom,
// --window-size=800,600, which gives an 800x513 viewport) on these pages:
// computedProbe (computedstyle_test.go) read each listed property with
// getComputedStyle and wrote the rows as JSON. Edit a page only together
// with its values, measured again. The differences Pane knows of are in
// knownComputedDifferences (computedstyle_test.go).

// chromiumComputedPagesMore are measured pages, each with Chromium's
// values as [element id + pseudo-element, property, value].
var chromiumComputedPagesMore = []struct {
	name string
	html string
	want [][3]string
}{
	{"cases5", `<!DOCTYPE html><html><head><style>#a{height:10px}</style></head><body>
<div id=a data-p="accent-color align-content align-items align-self alignment-baseline anchor-name anchor-scope animation-composition animation-delay animation-direction animation-duration animation-fill-mode animation-iteration-count animation-name animation-play-state animation-range-end animation-range-start animation-timeline animation-timing-function animation-trigger app-region appearance aspect-ratio backdrop-filter backface-visibility background-attachment background-blend-mode background-clip background-color background-image background-origin background-position background-repeat background-size baseline-shift baseline-source block-size border-block-end-color border-block-end-style border-block-end-width border-block-start-color border-block-start-style border-block-start-width border-bottom-color border-bottom-left-radius border-bottom-right-radius border-bottom-style border-bottom-width border-collapse border-end-end-radius border-end-start-radius border-image-outset border-image-repeat border-image-slice border-image-source border-image-width border-inline-end-color border-inline-end-style border-inline-end-width border-inline-start-color border-inline-start-style border-inline-start-width border-left-color border-left-style border-left-width border-right-color border-right-style border-right-width border-shape border-start-end-radius border-start-start-radius border-top-color border-top-left-radius border-top-right-radius border-top-style border-top-width bottom box-decoration-break box-shadow box-sizing break-after break-before break-inside buffered-rendering caption-side caret-animation caret-color caret-shape clear clip clip-path clip-rule color color-interpolation color-interpolation-filters color-rendering color-scheme column-count column-fill column-gap column-height column-rule-break column-rule-color column-rule-inset-cap-end column-rule-inset-cap-start column-rule-inset-junction-end column-rule-inset-junction-start column-rule-style column-rule-visibility-items column-rule-width column-span column-width column-wrap contain contain-intrinsic-block-size contain-intrinsic-height contain-intrinsic-inline-size contain-intrinsic-size contain-intrinsic-width container-name container-type content content-visibility corner-bottom-left-shape corner-bottom-right-shape corner-end-end-shape corner-end-start-shape corner-start-end-shape corner-start-start-shape corner-top-left-shape corner-top-right-shape counter-increment counter-reset counter-set cursor cx cy d direction display dominant-baseline dynamic-range-limit empty-cells field-sizing fill fill-opacity fill-rule filter flex-basis flex-direction flex-grow flex-line-count flex-shrink flex-wrap float flood-color flood-opacity font-family font-feature-settings font-kerning font-language-override font-optical-sizing font-palette font-size font-size-adjust font-stretch font-style font-synthesis-small-caps font-synthesis-style font-synthesis-weight font-variant font-variant-alternates font-variant-caps font-variant-east-asian font-variant-emoji font-variant-ligatures font-variant-numeric font-variant-position font-variation-settings font-weight forced-color-adjust frame-sizing grid-auto-columns grid-auto-flow grid-auto-rows grid-column-end grid-column-start grid-row-end grid-row-start grid-template-areas grid-template-columns grid-template-rows height hyphenate-character hyphenate-limit-chars hyphens image-orientation image-rendering initial-letter inline-size inset-block-end inset-block-start inset-inline-end inset-inline-start interactivity interest-delay-end interest-delay-start interpolate-size isolation justify-content justify-items justify-self left letter-spacing lighting-color line-break line-height list-style-image list-style-position list-style-type margin-block-end margin-block-start margin-bottom margin-inline-end margin-inline-start margin-left margin-right margin-top margin-trim marker-end marker-mid marker-start mask-clip mask-composite mask-image mask-mode mask-origin mask-position mask-repeat mask-size mask-type math-depth math-shift math-style max-block-size max-height max-inline-size max-width min-block-size min-height min-inline-size min-width mix-blend-mode object-fit object-position object-view-box offset-anchor offset-distance offset-path offset-position offset-rotate opacity order orphans outline-color outline-offset outline-style outline-width overflow-anchor overflow-block overflow-clip-margin overflow-inline overflow-wrap overflow-x overflow-y overlay overscroll-behavior-block overscroll-behavior-inline overscroll-behavior-x overscroll-behavior-y padding-block-end padding-block-start padding-bottom padding-inline-end padding-inline-start padding-left padding-right padding-top paint-order perspective perspective-origin pointer-events position position-anchor position-area position-try-fallbacks position-try-order position-visibility print-color-adjust quotes r reading-flow reading-order resize right rotate row-gap row-rule-break row-rule-color row-rule-inset-cap-end row-rule-inset-cap-start row-rule-inset-junction-end row-rule-inset-junction-start row-rule-style row-rule-visibility-items row-rule-width ruby-align ruby-overhang ruby-position rule-overlap rx ry scale scroll-axis-lock scroll-behavior scroll-initial-target scroll-margin-block-end scroll-margin-block-start scroll-margin-bottom scroll-margin-inline-end scroll-margin-inline-start scroll-margin-left scroll-margin-right scroll-margin-top scroll-marker-group scroll-padding-block-end scroll-padding-block-start scroll-padding-bottom scroll-padding-inline-end scroll-padding-inline-start scroll-padding-left scroll-padding-right scroll-padding-top scroll-snap-align scroll-snap-stop scroll-snap-type scroll-target-group scroll-timeline-axis scroll-timeline-name scrollbar-color scrollbar-gutter scrollbar-width shape-image-threshold shape-margin shape-outside shape-rendering speak stop-color stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width tab-size table-layout text-align text-align-last text-anchor text-autospace text-box-edge text-box-trim text-combine-upright text-decoration text-decoration-color text-decoration-line text-decoration-skip-ink text-decoration-style text-decoration-thickness text-emphasis-color text-emphasis-position text-emphasis-style text-fit text-indent text-justify text-orientation text-overflow text-rendering text-shadow text-size-adjust text-spacing-trim text-transform text-underline-offset text-underline-position text-wrap-mode text-wrap-style timeline-scope timeline-trigger-activation-range-end timeline-trigger-activation-range-start timeline-trigger-active-range-end timeline-trigger-active-range-start timeline-trigger-name timeline-trigger-source top touch-action transform transform-box transform-origin transform-style transition-behavior transition-delay transition-duration transition-property transition-timing-function translate trigger-scope unicode-bidi user-select vector-effect vertical-align view-timeline-axis view-timeline-inset view-timeline-name view-transition-class view-transition-group view-transition-name view-transition-scope visibility white-space-collapse widows width will-change window-drag word-break word-spacing writing-mode x y z-index zoom -webkit-border-horizontal-spacing -webkit-border-image -webkit-border-vertical-spacing -webkit-box-align -webkit-box-decoration-break -webkit-box-direction -webkit-box-flex -webkit-box-ordinal-group -webkit-box-orient -webkit-box-pack -webkit-box-reflect -webkit-font-smoothing -webkit-line-break -webkit-line-clamp -webkit-locale -webkit-mask-box-image -webkit-mask-box-image-outset -webkit-mask-box-image-repeat -webkit-mask-box-image-slice -webkit-mask-box-image-source -webkit-mask-box-image-width -webkit-mask-position-x -webkit-mask-position-y -webkit-rtl-ordering -webkit-ruby-position -webkit-tap-highlight-color -webkit-text-combine -webkit-text-decorations-in-effect -webkit-text-fill-color -webkit-text-orientation -webkit-text-security -webkit-text-stroke-color -webkit-text-stroke-width -webkit-user-drag -webkit-user-modify -webkit-writing-mode"></div>
<p id=b data-p="accent-color align-content align-items align-self alignment-baseline anchor-name anchor-scope animation-composition animation-delay animation-direction animation-duration animation-fill-mode animation-iteration-count animation-name animation-play-state animation-range-end animation-range-start animation-timeline animation-timing-function animation-trigger app-region appearance aspect-ratio backdrop-filter backface-visibility background-attachment background-blend-mode background-clip background-color background-image background-origin background-position background-repeat background-size baseline-shift baseline-source block-size border-block-end-color border-block-end-style border-block-end-width border-block-start-color border-block-start-style border-block-start-width border-bottom-color border-bottom-left-radius border-bottom-right-radius border-bottom-style border-bottom-width border-collapse border-end-end-radius border-end-start-radius border-image-outset border-image-repeat border-image-slice border-image-source border-image-width border-inline-end-color border-inline-end-style border-inline-end-width border-inline-start-color border-inline-start-style border-inline-start-width border-left-color border-left-style border-left-width border-right-color border-right-style border-right-width border-shape border-start-end-radius border-start-start-radius border-top-color border-top-left-radius border-top-right-radius border-top-style border-top-width bottom box-decoration-break box-shadow box-sizing break-after break-before break-inside buffered-rendering caption-side caret-animation caret-color caret-shape clear clip clip-path clip-rule color color-interpolation color-interpolation-filters color-rendering color-scheme column-count column-fill column-gap column-height column-rule-break column-rule-color column-rule-inset-cap-end column-rule-inset-cap-start column-rule-inset-junction-end column-rule-inset-junction-start column-rule-style column-rule-visibility-items column-rule-width column-span column-width column-wrap contain contain-intrinsic-block-size contain-intrinsic-height contain-intrinsic-inline-size contain-intrinsic-size contain-intrinsic-width container-name container-type content content-visibility corner-bottom-left-shape corner-bottom-right-shape corner-end-end-shape corner-end-start-shape corner-start-end-shape corner-start-start-shape corner-top-left-shape corner-top-right-shape counter-increment counter-reset counter-set cursor cx cy d direction display dominant-baseline dynamic-range-limit empty-cells field-sizing fill fill-opacity fill-rule filter flex-basis flex-direction flex-grow flex-line-count flex-shrink flex-wrap float flood-color flood-opacity font-family font-feature-settings font-kerning font-language-override font-optical-sizing font-palette font-size font-size-adjust font-stretch font-style font-synthesis-small-caps font-synthesis-style font-synthesis-weight font-variant font-variant-alternates font-variant-caps font-variant-east-asian font-variant-emoji font-variant-ligatures font-variant-numeric font-variant-position font-variation-settings font-weight forced-color-adjust frame-sizing grid-auto-columns grid-auto-flow grid-auto-rows grid-column-end grid-column-start grid-row-end grid-row-start grid-template-areas grid-template-columns grid-template-rows height hyphenate-character hyphenate-limit-chars hyphens image-orientation image-rendering initial-letter inline-size inset-block-end inset-block-start inset-inline-end inset-inline-start interactivity interest-delay-end interest-delay-start interpolate-size isolation justify-content justify-items justify-self left letter-spacing lighting-color line-break line-height list-style-image list-style-position list-style-type margin-block-end margin-block-start margin-bottom margin-inline-end margin-inline-start margin-left margin-right margin-top margin-trim marker-end marker-mid marker-start mask-clip mask-composite mask-image mask-mode mask-origin mask-position mask-repeat mask-size mask-type math-depth math-shift math-style max-block-size max-height max-inline-size max-width min-block-size min-height min-inline-size min-width mix-blend-mode object-fit object-position object-view-box offset-anchor offset-distance offset-path offset-position offset-rotate opacity order orphans outline-color outline-offset outline-style outline-width overflow-anchor overflow-block overflow-clip-margin overflow-inline overflow-wrap overflow-x overflow-y overlay overscroll-behavior-block overscroll-behavior-inline overscroll-behavior-x overscroll-behavior-y padding-block-end padding-block-start padding-bottom padding-inline-end padding-inline-start padding-left padding-right padding-top paint-order perspective perspective-origin pointer-events position position-anchor position-area position-try-fallbacks position-try-order position-visibility print-color-adjust quotes r reading-flow reading-order resize right rotate row-gap row-rule-break row-rule-color row-rule-inset-cap-end row-rule-inset-cap-start row-rule-inset-junction-end row-rule-inset-junction-start row-rule-style row-rule-visibility-items row-rule-width ruby-align ruby-overhang ruby-position rule-overlap rx ry scale scroll-axis-lock scroll-behavior scroll-initial-target scroll-margin-block-end scroll-margin-block-start scroll-margin-bottom scroll-margin-inline-end scroll-margin-inline-start scroll-margin-left scroll-margin-right scroll-margin-top scroll-marker-group scroll-padding-block-end scroll-padding-block-start scroll-padding-bottom scroll-padding-inline-end scroll-padding-inline-start scroll-padding-left scroll-padding-right scroll-padding-top scroll-snap-align scroll-snap-stop scroll-snap-type scroll-target-group scroll-timeline-axis scroll-timeline-name scrollbar-color scrollbar-gutter scrollbar-width shape-image-threshold shape-margin shape-outside shape-rendering speak stop-color stop-opacity stroke stroke-dasharray stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width tab-size table-layout text-align text-align-last text-anchor text-autospace text-box-edge text-box-trim text-combine-upright text-decoration text-decoration-color text-decoration-line text-decoration-skip-ink text-decoration-style text-decoration-thickness text-emphasis-color text-emphasis-position text-emphasis-style text-fit text-indent text-justify text-orientation text-overflow text-rendering text-shadow text-size-adjust text-spacing-trim text-transform text-underline-offset text-underline-position text-wrap-mode text-wrap-style timeline-scope timeline-trigger-activation-range-end timeline-trigger-activation-range-start timeline-trigger-active-range-end timeline-trigger-active-range-start timeline-trigger-name timeline-trigger-source top touch-action transform transform-box transform-origin transform-style transition-behavior transition-delay transition-duration transition-property transition-timing-function translate trigger-scope unicode-bidi user-select vector-effect vertical-align view-timeline-axis view-timeline-inset view-timeline-name view-transition-class view-transition-group view-transition-name view-transition-scope visibility white-space-collapse widows width will-change window-drag word-break word-spacing writing-mode x y z-index zoom -webkit-border-horizontal-spacing -webkit-border-image -webkit-border-vertical-spacing -webkit-box-align -webkit-box-decoration-break -webkit-box-direction -webkit-box-flex -webkit-box-ordinal-group -webkit-box-orient -webkit-box-pack -webkit-box-reflect -webkit-font-smoothing -webkit-line-break -webkit-line-clamp -webkit-locale -webkit-mask-box-image -webkit-mask-box-image-outset -webkit-mask-box-image-repeat -webkit-mask-box-image-slice -webkit-mask-box-image-source -webkit-mask-box-image-width -webkit-mask-position-x -webkit-mask-position-y -webkit-rtl-ordering -webkit-ruby-position -webkit-tap-highlight-color -webkit-text-combine -webkit-text-decorations-in-effect -webkit-text-fill-color -webkit-text-orientation -webkit-text-security -webkit-text-stroke-color -webkit-text-stroke-width -webkit-user-drag -webkit-user-modify -webkit-writing-mode">text</p>
</body></html>`, [][3]string{
		{"a", "accent-color", "auto"}, {"a", "align-content", "normal"}, {"a", "align-items", "normal"},
		{"a", "align-self", "auto"}, {"a", "alignment-baseline", "auto"}, {"a", "anchor-name", "none"},
		{"a", "anchor-scope", "none"}, {"a", "animation-composition", "replace"}, {"a", "animation-delay", "0s"},
		{"a", "animation-direction", "normal"}, {"a", "animation-duration", "0s"},
		{"a", "animation-fill-mode", "none"}, {"a", "animation-iteration-count", "1"},
		{"a", "animation-name", "none"}, {"a", "animation-play-state", "running"},
		{"a", "animation-range-end", "normal"}, {"a", "animation-range-start", "normal"},
		{"a", "animation-timeline", "auto"}, {"a", "animation-timing-function", "ease"},
		{"a", "animation-trigger", "none"}, {"a", "app-region", "none"}, {"a", "appearance", "none"},
		{"a", "aspect-ratio", "auto"}, {"a", "backdrop-filter", "none"}, {"a", "backface-visibility", "visible"},
		{"a", "background-attachment", "scroll"}, {"a", "background-blend-mode", "normal"},
		{"a", "background-clip", "border-box"}, {"a", "background-color", "rgba(0, 0, 0, 0)"},
		{"a", "background-image", "none"}, {"a", "background-origin", "padding-box"},
		{"a", "background-position", "0% 0%"}, {"a", "background-repeat", "repeat"},
		{"a", "background-size", "auto"}, {"a", "baseline-shift", "0px"}, {"a", "baseline-source", "auto"},
		{"a", "block-size", "10px"}, {"a", "border-block-end-color", "rgb(0, 0, 0)"},
		{"a", "border-block-end-style", "none"}, {"a", "border-block-end-width", "0px"},
		{"a", "border-block-start-color", "rgb(0, 0, 0)"}, {"a", "border-block-start-style", "none"},
		{"a", "border-block-start-width", "0px"}, {"a", "border-bottom-color", "rgb(0, 0, 0)"},
		{"a", "border-bottom-left-radius", "0px"}, {"a", "border-bottom-right-radius", "0px"},
		{"a", "border-bottom-style", "none"}, {"a", "border-bottom-width", "0px"},
		{"a", "border-collapse", "separate"}, {"a", "border-end-end-radius", "0px"},
		{"a", "border-end-start-radius", "0px"}, {"a", "border-image-outset", "0"},
		{"a", "border-image-repeat", "stretch"}, {"a", "border-image-slice", "100%"},
		{"a", "border-image-source", "none"}, {"a", "border-image-width", "1"},
		{"a", "border-inline-end-color", "rgb(0, 0, 0)"}, {"a", "border-inline-end-style", "none"},
		{"a", "border-inline-end-width", "0px"}, {"a", "border-inline-start-color", "rgb(0, 0, 0)"},
		{"a", "border-inline-start-style", "none"}, {"a", "border-inline-start-width", "0px"},
		{"a", "border-left-color", "rgb(0, 0, 0)"}, {"a", "border-left-style", "none"},
		{"a", "border-left-width", "0px"}, {"a", "border-right-color", "rgb(0, 0, 0)"},
		{"a", "border-right-style", "none"}, {"a", "border-right-width", "0px"}, {"a", "border-shape", "none"},
		{"a", "border-start-end-radius", "0px"}, {"a", "border-start-start-radius", "0px"},
		{"a", "border-top-color", "rgb(0, 0, 0)"}, {"a", "border-top-left-radius", "0px"},
		{"a", "border-top-right-radius", "0px"}, {"a", "border-top-style", "none"},
		{"a", "border-top-width", "0px"}, {"a", "bottom", "auto"}, {"a", "box-decoration-break", "slice"},
		{"a", "box-shadow", "none"}, {"a", "box-sizing", "content-box"}, {"a", "break-after", "auto"},
		{"a", "break-before", "auto"}, {"a", "break-inside", "auto"}, {"a", "buffered-rendering", "auto"},
		{"a", "caption-side", "top"}, {"a", "caret-animation", "auto"}, {"a", "caret-color", "rgb(0, 0, 0)"},
		{"a", "caret-shape", "auto"}, {"a", "clear", "none"}, {"a", "clip", "auto"}, {"a", "clip-path", "none"},
		{"a", "clip-rule", "nonzero"}, {"a", "color", "rgb(0, 0, 0)"}, {"a", "color-interpolation", "srgb"},
		{"a", "color-interpolation-filters", "linearrgb"}, {"a", "color-rendering", "auto"},
		{"a", "color-scheme", "normal"}, {"a", "column-count", "auto"}, {"a", "column-fill", "balance"},
		{"a", "column-gap", "normal"}, {"a", "column-height", "auto"}, {"a", "column-rule-break", "normal"},
		{"a", "column-rule-color", "rgb(0, 0, 0)"}, {"a", "column-rule-inset-cap-end", "0px"},
		{"a", "column-rule-inset-cap-start", "0px"}, {"a", "column-rule-inset-junction-end", "0px"},
		{"a", "column-rule-inset-junction-start", "0px"}, {"a", "column-rule-style", "none"},
		{"a", "column-rule-visibility-items", "normal"}, {"a", "column-rule-width", "3px"},
		{"a", "column-span", "none"}, {"a", "column-width", "auto"}, {"a", "column-wrap", "auto"},
		{"a", "contain", "none"}, {"a", "contain-intrinsic-block-size", "none"},
		{"a", "contain-intrinsic-height", "none"}, {"a", "contain-intrinsic-inline-size", "none"},
		{"a", "contain-intrinsic-size", "none"}, {"a", "contain-intrinsic-width", "none"},
		{"a", "container-name", "none"}, {"a", "container-type", "normal"}, {"a", "content", "normal"},
		{"a", "content-visibility", "visible"}, {"a", "corner-bottom-left-shape", "superellipse(1)"},
		{"a", "corner-bottom-right-shape", "superellipse(1)"}, {"a", "corner-end-end-shape", "superellipse(1)"},
		{"a", "corner-end-start-shape", "superellipse(1)"}, {"a", "corner-start-end-shape", "superellipse(1)"},
		{"a", "corner-start-start-shape", "superellipse(1)"}, {"a", "corner-top-left-shape", "superellipse(1)"},
		{"a", "corner-top-right-shape", "superellipse(1)"}, {"a", "counter-increment", "none"},
		{"a", "counter-reset", "none"}, {"a", "counter-set", "none"}, {"a", "cursor", "auto"}, {"a", "cx", "0px"},
		{"a", "cy", "0px"}, {"a", "d", "none"}, {"a", "direction", "ltr"}, {"a", "display", "block"},
		{"a", "dominant-baseline", "auto"}, {"a", "dynamic-range-limit", "no-limit"}, {"a", "empty-cells", "show"},
		{"a", "field-sizing", "fixed"}, {"a", "fill", "rgb(0, 0, 0)"}, {"a", "fill-opacity", "1"},
		{"a", "fill-rule", "nonzero"}, {"a", "filter", "none"}, {"a", "flex-basis", "auto"},
		{"a", "flex-direction", "row"}, {"a", "flex-grow", "0"}, {"a", "flex-line-count", "1"},
		{"a", "flex-shrink", "1"}, {"a", "flex-wrap", "nowrap"}, {"a", "float", "none"},
		{"a", "flood-color", "rgb(0, 0, 0)"}, {"a", "flood-opacity", "1"},
		{"a", "font-family", "\"Times New Roman\""}, {"a", "font-feature-settings", "normal"},
		{"a", "font-kerning", "auto"}, {"a", "font-language-override", "normal"},
		{"a", "font-optical-sizing", "auto"}, {"a", "font-palette", "normal"}, {"a", "font-size", "16px"},
		{"a", "font-size-adjust", "none"}, {"a", "font-stretch", "100%"}, {"a", "font-style", "normal"},
		{"a", "font-synthesis-small-caps", "auto"}, {"a", "font-synthesis-style", "auto"},
		{"a", "font-synthesis-weight", "auto"}, {"a", "font-variant", "normal"},
		{"a", "font-variant-alternates", "normal"}, {"a", "font-variant-caps", "normal"},
		{"a", "font-variant-east-asian", "normal"}, {"a", "font-variant-emoji", "normal"},
		{"a", "font-variant-ligatures", "normal"}, {"a", "font-variant-numeric", "normal"},
		{"a", "font-variant-position", "normal"}, {"a", "font-variation-settings", "normal"},
		{"a", "font-weight", "400"}, {"a", "forced-color-adjust", "auto"}, {"a", "frame-sizing", "auto"},
		{"a", "grid-auto-columns", "auto"}, {"a", "grid-auto-flow", "row"}, {"a", "grid-auto-rows", "auto"},
		{"a", "grid-column-end", "auto"}, {"a", "grid-column-start", "auto"}, {"a", "grid-row-end", "auto"},
		{"a", "grid-row-start", "auto"}, {"a", "grid-template-areas", "none"},
		{"a", "grid-template-columns", "none"}, {"a", "grid-template-rows", "none"}, {"a", "height", "10px"},
		{"a", "hyphenate-character", "auto"}, {"a", "hyphenate-limit-chars", "auto"}, {"a", "hyphens", "manual"},
		{"a", "image-orientation", "from-image"}, {"a", "image-rendering", "auto"},
		{"a", "initial-letter", "normal"}, {"a", "inline-size", "784px"}, {"a", "inset-block-end", "auto"},
		{"a", "inset-block-start", "auto"}, {"a", "inset-inline-end", "auto"}, {"a", "inset-inline-start", "auto"},
		{"a", "interactivity", "auto"}, {"a", "interest-delay-end", "normal"},
		{"a", "interest-delay-start", "normal"}, {"a", "interpolate-size", "numeric-only"},
		{"a", "isolation", "auto"}, {"a", "justify-content", "normal"}, {"a", "justify-items", "normal"},
		{"a", "justify-self", "auto"}, {"a", "left", "auto"}, {"a", "letter-spacing", "normal"},
		{"a", "lighting-color", "rgb(255, 255, 255)"}, {"a", "line-break", "auto"}, {"a", "line-height", "normal"},
		{"a", "list-style-image", "none"}, {"a", "list-style-position", "outside"},
		{"a", "list-style-type", "disc"}, {"a", "margin-block-end", "0px"}, {"a", "margin-block-start", "0px"},
		{"a", "margin-bottom", "0px"}, {"a", "margin-inline-end", "0px"}, {"a", "margin-inline-start", "0px"},
		{"a", "margin-left", "0px"}, {"a", "margin-right", "0px"}, {"a", "margin-top", "0px"},
		{"a", "margin-trim", "none"}, {"a", "marker-end", "none"}, {"a", "marker-mid", "none"},
		{"a", "marker-start", "none"}, {"a", "mask-clip", "border-box"}, {"a", "mask-composite", "add"},
		{"a", "mask-image", "none"}, {"a", "mask-mode", "match-source"}, {"a", "mask-origin", "border-box"},
		{"a", "mask-position", "0% 0%"}, {"a", "mask-repeat", "repeat"}, {"a", "mask-size", "auto"},
		{"a", "mask-type", "luminance"}, {"a", "math-depth", "0"}, {"a", "math-shift", "normal"},
		{"a", "math-style", "normal"}, {"a", "max-block-size", "none"}, {"a", "max-height", "none"},
		{"a", "max-inline-size", "none"}, {"a", "max-width", "none"}, {"a", "min-block-size", "0px"},
		{"a", "min-height", "0px"}, {"a", "min-inline-size", "0px"}, {"a", "min-width", "0px"},
		{"a", "mix-blend-mode", "normal"}, {"a", "object-fit", "fill"}, {"a", "object-position", "50% 50%"},
		{"a", "object-view-box", "none"}, {"a", "offset-anchor", "auto"}, {"a", "offset-distance", "0px"},
		{"a", "offset-path", "none"}, {"a", "offset-position", "normal"}, {"a", "offset-rotate", "auto 0deg"},
		{"a", "opacity", "1"}, {"a", "order", "0"}, {"a", "orphans", "2"}, {"a", "outline-color", "rgb(0, 0, 0)"},
		{"a", "outline-offset", "0px"}, {"a", "outline-style", "none"}, {"a", "outline-width", "3px"},
		{"a", "overflow-anchor", "auto"}, {"a", "overflow-block", "visible"}, {"a", "overflow-clip-margin", "0px"},
		{"a", "overflow-inline", "visible"}, {"a", "overflow-wrap", "normal"}, {"a", "overflow-x", "visible"},
		{"a", "overflow-y", "visible"}, {"a", "overlay", "none"}, {"a", "overscroll-behavior-block", "auto"},
		{"a", "overscroll-behavior-inline", "auto"}, {"a", "overscroll-behavior-x", "auto"},
		{"a", "overscroll-behavior-y", "auto"}, {"a", "padding-block-end", "0px"},
		{"a", "padding-block-start", "0px"}, {"a", "padding-bottom", "0px"}, {"a", "padding-inline-end", "0px"},
		{"a", "padding-inline-start", "0px"}, {"a", "padding-left", "0px"}, {"a", "padding-right", "0px"},
		{"a", "padding-top", "0px"}, {"a", "paint-order", "normal"}, {"a", "perspective", "none"},
		{"a", "perspective-origin", "392px 5px"}, {"a", "pointer-events", "auto"}, {"a", "position", "static"},
		{"a", "position-anchor", "normal"}, {"a", "position-area", "none"}, {"a", "position-try-fallbacks", "none"},
		{"a", "position-try-order", "normal"}, {"a", "position-visibility", "anchors-visible"},
		{"a", "print-color-adjust", "economy"}, {"a", "quotes", "auto"}, {"a", "r", "0px"},
		{"a", "reading-flow", "normal"}, {"a", "reading-order", "0"}, {"a", "resize", "none"},
		{"a", "right", "auto"}, {"a", "rotate", "none"}, {"a", "row-gap", "normal"},
		{"a", "row-rule-break", "normal"}, {"a", "row-rule-color", "rgb(0, 0, 0)"},
		{"a", "row-rule-inset-cap-end", "0px"}, {"a", "row-rule-inset-cap-start", "0px"},
		{"a", "row-rule-inset-junction-end", "0px"}, {"a", "row-rule-inset-junction-start", "0px"},
		{"a", "row-rule-style", "none"}, {"a", "row-rule-visibility-items", "normal"},
		{"a", "row-rule-width", "3px"}, {"a", "ruby-align", "space-around"}, {"a", "ruby-overhang", "auto"},
		{"a", "ruby-position", "over"}, {"a", "rule-overlap", "row-over-column"}, {"a", "rx", "auto"},
		{"a", "ry", "auto"}, {"a", "scale", "none"}, {"a", "scroll-axis-lock", "auto"},
		{"a", "scroll-behavior", "auto"}, {"a", "scroll-initial-target", "none"},
		{"a", "scroll-margin-block-end", "0px"}, {"a", "scroll-margin-block-start", "0px"},
		{"a", "scroll-margin-bottom", "0px"}, {"a", "scroll-margin-inline-end", "0px"},
		{"a", "scroll-margin-inline-start", "0px"}, {"a", "scroll-margin-left", "0px"},
		{"a", "scroll-margin-right", "0px"}, {"a", "scroll-margin-top", "0px"},
		{"a", "scroll-marker-group", "none"}, {"a", "scroll-padding-block-end", "auto"},
		{"a", "scroll-padding-block-start", "auto"}, {"a", "scroll-padding-bottom", "auto"},
		{"a", "scroll-padding-inline-end", "auto"}, {"a", "scroll-padding-inline-start", "auto"},
		{"a", "scroll-padding-left", "auto"}, {"a", "scroll-padding-right", "auto"},
		{"a", "scroll-padding-top", "auto"}, {"a", "scroll-snap-align", "none"},
		{"a", "scroll-snap-stop", "normal"}, {"a", "scroll-snap-type", "none"},
		{"a", "scroll-target-group", "none"}, {"a", "scroll-timeline-axis", "block"},
		{"a", "scroll-timeline-name", "none"}, {"a", "scrollbar-color", "auto"}, {"a", "scrollbar-gutter", "auto"},
		{"a", "scrollbar-width", "auto"}, {"a", "shape-image-threshold", "0"}, {"a", "shape-margin", "0px"},
		{"a", "shape-outside", "none"}, {"a", "shape-rendering", "auto"}, {"a", "speak", "normal"},
		{"a", "stop-color", "rgb(0, 0, 0)"}, {"a", "stop-opacity", "1"}, {"a", "stroke", "none"},
		{"a", "stroke-dasharray", "none"}, {"a", "stroke-dashoffset", "0px"}, {"a", "stroke-linecap", "butt"},
		{"a", "stroke-linejoin", "miter"}, {"a", "stroke-miterlimit", "4"}, {"a", "stroke-opacity", "1"},
		{"a", "stroke-width", "1px"}, {"a", "tab-size", "8"}, {"a", "table-layout", "auto"},
		{"a", "text-align", "start"}, {"a", "text-align-last", "auto"}, {"a", "text-anchor", "start"},
		{"a", "text-autospace", "no-autospace"}, {"a", "text-box-edge", "auto"}, {"a", "text-box-trim", "none"},
		{"a", "text-combine-upright", "none"}, {"a", "text-decoration", "none"},
		{"a", "text-decoration-color", "rgb(0, 0, 0)"}, {"a", "text-decoration-line", "none"},
		{"a", "text-decoration-skip-ink", "auto"}, {"a", "text-decoration-style", "solid"},
		{"a", "text-decoration-thickness", "auto"}, {"a", "text-emphasis-color", "rgb(0, 0, 0)"},
		{"a", "text-emphasis-position", "over"}, {"a", "text-emphasis-style", "none"}, {"a", "text-fit", "none"},
		{"a", "text-indent", "0px"}, {"a", "text-justify", "auto"}, {"a", "text-orientation", "mixed"},
		{"a", "text-overflow", "clip"}, {"a", "text-rendering", "auto"}, {"a", "text-shadow", "none"},
		{"a", "text-size-adjust", "auto"}, {"a", "text-spacing-trim", "normal"}, {"a", "text-transform", "none"},
		{"a", "text-underline-offset", "auto"}, {"a", "text-underline-position", "auto"},
		{"a", "text-wrap-mode", "wrap"}, {"a", "text-wrap-style", "auto"}, {"a", "timeline-scope", "none"},
		{"a", "timeline-trigger-activation-range-end", "normal"},
		{"a", "timeline-trigger-activation-range-start", "normal"},
		{"a", "timeline-trigger-active-range-end", "auto"}, {"a", "timeline-trigger-active-range-start", "auto"},
		{"a", "timeline-trigger-name", "none"}, {"a", "timeline-trigger-source", "auto"}, {"a", "top", "auto"},
		{"a", "touch-action", "auto"}, {"a", "transform", "none"}, {"a", "transform-box", "view-box"},
		{"a", "transform-origin", "392px 5px"}, {"a", "transform-style", "flat"},
		{"a", "transition-behavior", "normal"}, {"a", "transition-delay", "0s"}, {"a", "transition-duration", "0s"},
		{"a", "transition-property", "all"}, {"a", "transition-timing-function", "ease"},
		{"a", "translate", "none"}, {"a", "trigger-scope", "none"}, {"a", "unicode-bidi", "isolate"},
		{"a", "user-select", "auto"}, {"a", "vector-effect", "none"}, {"a", "vertical-align", "baseline"},
		{"a", "view-timeline-axis", "block"}, {"a", "view-timeline-inset", "auto"},
		{"a", "view-timeline-name", "none"}, {"a", "view-transition-class", "none"},
		{"a", "view-transition-group", "normal"}, {"a", "view-transition-name", "none"},
		{"a", "view-transition-scope", "none"}, {"a", "visibility", "visible"},
		{"a", "white-space-collapse", "collapse"}, {"a", "widows", "2"}, {"a", "width", "784px"},
		{"a", "will-change", "auto"}, {"a", "window-drag", "none"}, {"a", "word-break", "normal"},
		{"a", "word-spacing", "0px"}, {"a", "writing-mode", "horizontal-tb"}, {"a", "x", "0px"}, {"a", "y", "0px"},
		{"a", "z-index", "auto"}, {"a", "zoom", "1"}, {"a", "-webkit-border-horizontal-spacing", "0px"},
		{"a", "-webkit-border-image", "none"}, {"a", "-webkit-border-vertical-spacing", "0px"},
		{"a", "-webkit-box-align", "stretch"}, {"a", "-webkit-box-decoration-break", "slice"},
		{"a", "-webkit-box-direction", "normal"}, {"a", "-webkit-box-flex", "0"},
		{"a", "-webkit-box-ordinal-group", "1"}, {"a", "-webkit-box-orient", "horizontal"},
		{"a", "-webkit-box-pack", "start"}, {"a", "-webkit-box-reflect", "none"},
		{"a", "-webkit-font-smoothing", "auto"}, {"a", "-webkit-line-break", "auto"},
		{"a", "-webkit-line-clamp", "none"}, {"a", "-webkit-locale", "auto"},
		{"a", "-webkit-mask-box-image", "none"}, {"a", "-webkit-mask-box-image-outset", "0"},
		{"a", "-webkit-mask-box-image-repeat", "stretch"}, {"a", "-webkit-mask-box-image-slice", "0 fill"},
		{"a", "-webkit-mask-box-image-source", "none"}, {"a", "-webkit-mask-box-image-width", "auto"},
		{"a", "-webkit-mask-position-x", "0%"}, {"a", "-webkit-mask-position-y", "0%"},
		{"a", "-webkit-rtl-ordering", "logical"}, {"a", "-webkit-ruby-position", "before"},
		{"a", "-webkit-tap-highlight-color", "rgba(0, 0, 0, 0.18)"}, {"a", "-webkit-text-combine", "none"},
		{"a", "-webkit-text-decorations-in-effect", "none"}, {"a", "-webkit-text-fill-color", "rgb(0, 0, 0)"},
		{"a", "-webkit-text-orientation", "vertical-right"}, {"a", "-webkit-text-security", "none"},
		{"a", "-webkit-text-stroke-color", "rgb(0, 0, 0)"}, {"a", "-webkit-text-stroke-width", "0px"},
		{"a", "-webkit-user-drag", "auto"}, {"a", "-webkit-user-modify", "read-only"},
		{"a", "-webkit-writing-mode", "horizontal-tb"}, {"b", "accent-color", "auto"},
		{"b", "align-content", "normal"}, {"b", "align-items", "normal"}, {"b", "align-self", "auto"},
		{"b", "alignment-baseline", "auto"}, {"b", "anchor-name", "none"}, {"b", "anchor-scope", "none"},
		{"b", "animation-composition", "replace"}, {"b", "animation-delay", "0s"},
		{"b", "animation-direction", "normal"}, {"b", "animation-duration", "0s"},
		{"b", "animation-fill-mode", "none"}, {"b", "animation-iteration-count", "1"},
		{"b", "animation-name", "none"}, {"b", "animation-play-state", "running"},
		{"b", "animation-range-end", "normal"}, {"b", "animation-range-start", "normal"},
		{"b", "animation-timeline", "auto"}, {"b", "animation-timing-function", "ease"},
		{"b", "animation-trigger", "none"}, {"b", "app-region", "none"}, {"b", "appearance", "none"},
		{"b", "aspect-ratio", "auto"}, {"b", "backdrop-filter", "none"}, {"b", "backface-visibility", "visible"},
		{"b", "background-attachment", "scroll"}, {"b", "background-blend-mode", "normal"},
		{"b", "background-clip", "border-box"}, {"b", "background-color", "rgba(0, 0, 0, 0)"},
		{"b", "background-image", "none"}, {"b", "background-origin", "padding-box"},
		{"b", "background-position", "0% 0%"}, {"b", "background-repeat", "repeat"},
		{"b", "background-size", "auto"}, {"b", "baseline-shift", "0px"}, {"b", "baseline-source", "auto"},
		{"b", "block-size", "18px"}, {"b", "border-block-end-color", "rgb(0, 0, 0)"},
		{"b", "border-block-end-style", "none"}, {"b", "border-block-end-width", "0px"},
		{"b", "border-block-start-color", "rgb(0, 0, 0)"}, {"b", "border-block-start-style", "none"},
		{"b", "border-block-start-width", "0px"}, {"b", "border-bottom-color", "rgb(0, 0, 0)"},
		{"b", "border-bottom-left-radius", "0px"}, {"b", "border-bottom-right-radius", "0px"},
		{"b", "border-bottom-style", "none"}, {"b", "border-bottom-width", "0px"},
		{"b", "border-collapse", "separate"}, {"b", "border-end-end-radius", "0px"},
		{"b", "border-end-start-radius", "0px"}, {"b", "border-image-outset", "0"},
		{"b", "border-image-repeat", "stretch"}, {"b", "border-image-slice", "100%"},
		{"b", "border-image-source", "none"}, {"b", "border-image-width", "1"},
		{"b", "border-inline-end-color", "rgb(0, 0, 0)"}, {"b", "border-inline-end-style", "none"},
		{"b", "border-inline-end-width", "0px"}, {"b", "border-inline-start-color", "rgb(0, 0, 0)"},
		{"b", "border-inline-start-style", "none"}, {"b", "border-inline-start-width", "0px"},
		{"b", "border-left-color", "rgb(0, 0, 0)"}, {"b", "border-left-style", "none"},
		{"b", "border-left-width", "0px"}, {"b", "border-right-color", "rgb(0, 0, 0)"},
		{"b", "border-right-style", "none"}, {"b", "border-right-width", "0px"}, {"b", "border-shape", "none"},
		{"b", "border-start-end-radius", "0px"}, {"b", "border-start-start-radius", "0px"},
		{"b", "border-top-color", "rgb(0, 0, 0)"}, {"b", "border-top-left-radius", "0px"},
		{"b", "border-top-right-radius", "0px"}, {"b", "border-top-style", "none"},
		{"b", "border-top-width", "0px"}, {"b", "bottom", "auto"}, {"b", "box-decoration-break", "slice"},
		{"b", "box-shadow", "none"}, {"b", "box-sizing", "content-box"}, {"b", "break-after", "auto"},
		{"b", "break-before", "auto"}, {"b", "break-inside", "auto"}, {"b", "buffered-rendering", "auto"},
		{"b", "caption-side", "top"}, {"b", "caret-animation", "auto"}, {"b", "caret-color", "rgb(0, 0, 0)"},
		{"b", "caret-shape", "auto"}, {"b", "clear", "none"}, {"b", "clip", "auto"}, {"b", "clip-path", "none"},
		{"b", "clip-rule", "nonzero"}, {"b", "color", "rgb(0, 0, 0)"}, {"b", "color-interpolation", "srgb"},
		{"b", "color-interpolation-filters", "linearrgb"}, {"b", "color-rendering", "auto"},
		{"b", "color-scheme", "normal"}, {"b", "column-count", "auto"}, {"b", "column-fill", "balance"},
		{"b", "column-gap", "normal"}, {"b", "column-height", "auto"}, {"b", "column-rule-break", "normal"},
		{"b", "column-rule-color", "rgb(0, 0, 0)"}, {"b", "column-rule-inset-cap-end", "0px"},
		{"b", "column-rule-inset-cap-start", "0px"}, {"b", "column-rule-inset-junction-end", "0px"},
		{"b", "column-rule-inset-junction-start", "0px"}, {"b", "column-rule-style", "none"},
		{"b", "column-rule-visibility-items", "normal"}, {"b", "column-rule-width", "3px"},
		{"b", "column-span", "none"}, {"b", "column-width", "auto"}, {"b", "column-wrap", "auto"},
		{"b", "contain", "none"}, {"b", "contain-intrinsic-block-size", "none"},
		{"b", "contain-intrinsic-height", "none"}, {"b", "contain-intrinsic-inline-size", "none"},
		{"b", "contain-intrinsic-size", "none"}, {"b", "contain-intrinsic-width", "none"},
		{"b", "container-name", "none"}, {"b", "container-type", "normal"}, {"b", "content", "normal"},
		{"b", "content-visibility", "visible"}, {"b", "corner-bottom-left-shape", "superellipse(1)"},
		{"b", "corner-bottom-right-shape", "superellipse(1)"}, {"b", "corner-end-end-shape", "superellipse(1)"},
		{"b", "corner-end-start-shape", "superellipse(1)"}, {"b", "corner-start-end-shape", "superellipse(1)"},
		{"b", "corner-start-start-shape", "superellipse(1)"}, {"b", "corner-top-left-shape", "superellipse(1)"},
		{"b", "corner-top-right-shape", "superellipse(1)"}, {"b", "counter-increment", "none"},
		{"b", "counter-reset", "none"}, {"b", "counter-set", "none"}, {"b", "cursor", "auto"}, {"b", "cx", "0px"},
		{"b", "cy", "0px"}, {"b", "d", "none"}, {"b", "direction", "ltr"}, {"b", "display", "block"},
		{"b", "dominant-baseline", "auto"}, {"b", "dynamic-range-limit", "no-limit"}, {"b", "empty-cells", "show"},
		{"b", "field-sizing", "fixed"}, {"b", "fill", "rgb(0, 0, 0)"}, {"b", "fill-opacity", "1"},
		{"b", "fill-rule", "nonzero"}, {"b", "filter", "none"}, {"b", "flex-basis", "auto"},
		{"b", "flex-direction", "row"}, {"b", "flex-grow", "0"}, {"b", "flex-line-count", "1"},
		{"b", "flex-shrink", "1"}, {"b", "flex-wrap", "nowrap"}, {"b", "float", "none"},
		{"b", "flood-color", "rgb(0, 0, 0)"}, {"b", "flood-opacity", "1"},
		{"b", "font-family", "\"Times New Roman\""}, {"b", "font-feature-settings", "normal"},
		{"b", "font-kerning", "auto"}, {"b", "font-language-override", "normal"},
		{"b", "font-optical-sizing", "auto"}, {"b", "font-palette", "normal"}, {"b", "font-size", "16px"},
		{"b", "font-size-adjust", "none"}, {"b", "font-stretch", "100%"}, {"b", "font-style", "normal"},
		{"b", "font-synthesis-small-caps", "auto"}, {"b", "font-synthesis-style", "auto"},
		{"b", "font-synthesis-weight", "auto"}, {"b", "font-variant", "normal"},
		{"b", "font-variant-alternates", "normal"}, {"b", "font-variant-caps", "normal"},
		{"b", "font-variant-east-asian", "normal"}, {"b", "font-variant-emoji", "normal"},
		{"b", "font-variant-ligatures", "normal"}, {"b", "font-variant-numeric", "normal"},
		{"b", "font-variant-position", "normal"}, {"b", "font-variation-settings", "normal"},
		{"b", "font-weight", "400"}, {"b", "forced-color-adjust", "auto"}, {"b", "frame-sizing", "auto"},
		{"b", "grid-auto-columns", "auto"}, {"b", "grid-auto-flow", "row"}, {"b", "grid-auto-rows", "auto"},
		{"b", "grid-column-end", "auto"}, {"b", "grid-column-start", "auto"}, {"b", "grid-row-end", "auto"},
		{"b", "grid-row-start", "auto"}, {"b", "grid-template-areas", "none"},
		{"b", "grid-template-columns", "none"}, {"b", "grid-template-rows", "none"}, {"b", "height", "18px"},
		{"b", "hyphenate-character", "auto"}, {"b", "hyphenate-limit-chars", "auto"}, {"b", "hyphens", "manual"},
		{"b", "image-orientation", "from-image"}, {"b", "image-rendering", "auto"},
		{"b", "initial-letter", "normal"}, {"b", "inline-size", "784px"}, {"b", "inset-block-end", "auto"},
		{"b", "inset-block-start", "auto"}, {"b", "inset-inline-end", "auto"}, {"b", "inset-inline-start", "auto"},
		{"b", "interactivity", "auto"}, {"b", "interest-delay-end", "normal"},
		{"b", "interest-delay-start", "normal"}, {"b", "interpolate-size", "numeric-only"},
		{"b", "isolation", "auto"}, {"b", "justify-content", "normal"}, {"b", "justify-items", "normal"},
		{"b", "justify-self", "auto"}, {"b", "left", "auto"}, {"b", "letter-spacing", "normal"},
		{"b", "lighting-color", "rgb(255, 255, 255)"}, {"b", "line-break", "auto"}, {"b", "line-height", "normal"},
		{"b", "list-style-image", "none"}, {"b", "list-style-position", "outside"},
		{"b", "list-style-type", "disc"}, {"b", "margin-block-end", "16px"}, {"b", "margin-block-start", "16px"},
		{"b", "margin-bottom", "16px"}, {"b", "margin-inline-end", "0px"}, {"b", "margin-inline-start", "0px"},
		{"b", "margin-left", "0px"}, {"b", "margin-right", "0px"}, {"b", "margin-top", "16px"},
		{"b", "margin-trim", "none"}, {"b", "marker-end", "none"}, {"b", "marker-mid", "none"},
		{"b", "marker-start", "none"}, {"b", "mask-clip", "border-box"}, {"b", "mask-composite", "add"},
		{"b", "mask-image", "none"}, {"b", "mask-mode", "match-source"}, {"b", "mask-origin", "border-box"},
		{"b", "mask-position", "0% 0%"}, {"b", "mask-repeat", "repeat"}, {"b", "mask-size", "auto"},
		{"b", "mask-type", "luminance"}, {"b", "math-depth", "0"}, {"b", "math-shift", "normal"},
		{"b", "math-style", "normal"}, {"b", "max-block-size", "none"}, {"b", "max-height", "none"},
		{"b", "max-inline-size", "none"}, {"b", "max-width", "none"}, {"b", "min-block-size", "0px"},
		{"b", "min-height", "0px"}, {"b", "min-inline-size", "0px"}, {"b", "min-width", "0px"},
		{"b", "mix-blend-mode", "normal"}, {"b", "object-fit", "fill"}, {"b", "object-position", "50% 50%"},
		{"b", "object-view-box", "none"}, {"b", "offset-anchor", "auto"}, {"b", "offset-distance", "0px"},
		{"b", "offset-path", "none"}, {"b", "offset-position", "normal"}, {"b", "offset-rotate", "auto 0deg"},
		{"b", "opacity", "1"}, {"b", "order", "0"}, {"b", "orphans", "2"}, {"b", "outline-color", "rgb(0, 0, 0)"},
		{"b", "outline-offset", "0px"}, {"b", "outline-style", "none"}, {"b", "outline-width", "3px"},
		{"b", "overflow-anchor", "auto"}, {"b", "overflow-block", "visible"}, {"b", "overflow-clip-margin", "0px"},
		{"b", "overflow-inline", "visible"}, {"b", "overflow-wrap", "normal"}, {"b", "overflow-x", "visible"},
		{"b", "overflow-y", "visible"}, {"b", "overlay", "none"}, {"b", "overscroll-behavior-block", "auto"},
		{"b", "overscroll-behavior-inline", "auto"}, {"b", "overscroll-behavior-x", "auto"},
		{"b", "overscroll-behavior-y", "auto"}, {"b", "padding-block-end", "0px"},
		{"b", "padding-block-start", "0px"}, {"b", "padding-bottom", "0px"}, {"b", "padding-inline-end", "0px"},
		{"b", "padding-inline-start", "0px"}, {"b", "padding-left", "0px"}, {"b", "padding-right", "0px"},
		{"b", "padding-top", "0px"}, {"b", "paint-order", "normal"}, {"b", "perspective", "none"},
		{"b", "perspective-origin", "392px 9px"}, {"b", "pointer-events", "auto"}, {"b", "position", "static"},
		{"b", "position-anchor", "normal"}, {"b", "position-area", "none"}, {"b", "position-try-fallbacks", "none"},
		{"b", "position-try-order", "normal"}, {"b", "position-visibility", "anchors-visible"},
		{"b", "print-color-adjust", "economy"}, {"b", "quotes", "auto"}, {"b", "r", "0px"},
		{"b", "reading-flow", "normal"}, {"b", "reading-order", "0"}, {"b", "resize", "none"},
		{"b", "right", "auto"}, {"b", "rotate", "none"}, {"b", "row-gap", "normal"},
		{"b", "row-rule-break", "normal"}, {"b", "row-rule-color", "rgb(0, 0, 0)"},
		{"b", "row-rule-inset-cap-end", "0px"}, {"b", "row-rule-inset-cap-start", "0px"},
		{"b", "row-rule-inset-junction-end", "0px"}, {"b", "row-rule-inset-junction-start", "0px"},
		{"b", "row-rule-style", "none"}, {"b", "row-rule-visibility-items", "normal"},
		{"b", "row-rule-width", "3px"}, {"b", "ruby-align", "space-around"}, {"b", "ruby-overhang", "auto"},
		{"b", "ruby-position", "over"}, {"b", "rule-overlap", "row-over-column"}, {"b", "rx", "auto"},
		{"b", "ry", "auto"}, {"b", "scale", "none"}, {"b", "scroll-axis-lock", "auto"},
		{"b", "scroll-behavior", "auto"}, {"b", "scroll-initial-target", "none"},
		{"b", "scroll-margin-block-end", "0px"}, {"b", "scroll-margin-block-start", "0px"},
		{"b", "scroll-margin-bottom", "0px"}, {"b", "scroll-margin-inline-end", "0px"},
		{"b", "scroll-margin-inline-start", "0px"}, {"b", "scroll-margin-left", "0px"},
		{"b", "scroll-margin-right", "0px"}, {"b", "scroll-margin-top", "0px"},
		{"b", "scroll-marker-group", "none"}, {"b", "scroll-padding-block-end", "auto"},
		{"b", "scroll-padding-block-start", "auto"}, {"b", "scroll-padding-bottom", "auto"},
		{"b", "scroll-padding-inline-end", "auto"}, {"b", "scroll-padding-inline-start", "auto"},
		{"b", "scroll-padding-left", "auto"}, {"b", "scroll-padding-right", "auto"},
		{"b", "scroll-padding-top", "auto"}, {"b", "scroll-snap-align", "none"},
		{"b", "scroll-snap-stop", "normal"}, {"b", "scroll-snap-type", "none"},
		{"b", "scroll-target-group", "none"}, {"b", "scroll-timeline-axis", "block"},
		{"b", "scroll-timeline-name", "none"}, {"b", "scrollbar-color", "auto"}, {"b", "scrollbar-gutter", "auto"},
		{"b", "scrollbar-width", "auto"}, {"b", "shape-image-threshold", "0"}, {"b", "shape-margin", "0px"},
		{"b", "shape-outside", "none"}, {"b", "shape-rendering", "auto"}, {"b", "speak", "normal"},
		{"b", "stop-color", "rgb(0, 0, 0)"}, {"b", "stop-opacity", "1"}, {"b", "stroke", "none"},
		{"b", "stroke-dasharray", "none"}, {"b", "stroke-dashoffset", "0px"}, {"b", "stroke-linecap", "butt"},
		{"b", "stroke-linejoin", "miter"}, {"b", "stroke-miterlimit", "4"}, {"b", "stroke-opacity", "1"},
		{"b", "stroke-width", "1px"}, {"b", "tab-size", "8"}, {"b", "table-layout", "auto"},
		{"b", "text-align", "start"}, {"b", "text-align-last", "auto"}, {"b", "text-anchor", "start"},
		{"b", "text-autospace", "no-autospace"}, {"b", "text-box-edge", "auto"}, {"b", "text-box-trim", "none"},
		{"b", "text-combine-upright", "none"}, {"b", "text-decoration", "none"},
		{"b", "text-decoration-color", "rgb(0, 0, 0)"}, {"b", "text-decoration-line", "none"},
		{"b", "text-decoration-skip-ink", "auto"}, {"b", "text-decoration-style", "solid"},
		{"b", "text-decoration-thickness", "auto"}, {"b", "text-emphasis-color", "rgb(0, 0, 0)"},
		{"b", "text-emphasis-position", "over"}, {"b", "text-emphasis-style", "none"}, {"b", "text-fit", "none"},
		{"b", "text-indent", "0px"}, {"b", "text-justify", "auto"}, {"b", "text-orientation", "mixed"},
		{"b", "text-overflow", "clip"}, {"b", "text-rendering", "auto"}, {"b", "text-shadow", "none"},
		{"b", "text-size-adjust", "auto"}, {"b", "text-spacing-trim", "normal"}, {"b", "text-transform", "none"},
		{"b", "text-underline-offset", "auto"}, {"b", "text-underline-position", "auto"},
		{"b", "text-wrap-mode", "wrap"}, {"b", "text-wrap-style", "auto"}, {"b", "timeline-scope", "none"},
		{"b", "timeline-trigger-activation-range-end", "normal"},
		{"b", "timeline-trigger-activation-range-start", "normal"},
		{"b", "timeline-trigger-active-range-end", "auto"}, {"b", "timeline-trigger-active-range-start", "auto"},
		{"b", "timeline-trigger-name", "none"}, {"b", "timeline-trigger-source", "auto"}, {"b", "top", "auto"},
		{"b", "touch-action", "auto"}, {"b", "transform", "none"}, {"b", "transform-box", "view-box"},
		{"b", "transform-origin", "392px 9px"}, {"b", "transform-style", "flat"},
		{"b", "transition-behavior", "normal"}, {"b", "transition-delay", "0s"}, {"b", "transition-duration", "0s"},
		{"b", "transition-property", "all"}, {"b", "transition-timing-function", "ease"},
		{"b", "translate", "none"}, {"b", "trigger-scope", "none"}, {"b", "unicode-bidi", "isolate"},
		{"b", "user-select", "auto"}, {"b", "vector-effect", "none"}, {"b", "vertical-align", "baseline"},
		{"b", "view-timeline-axis", "block"}, {"b", "view-timeline-inset", "auto"},
		{"b", "view-timeline-name", "none"}, {"b", "view-transition-class", "none"},
		{"b", "view-transition-group", "normal"}, {"b", "view-transition-name", "none"},
		{"b", "view-transition-scope", "none"}, {"b", "visibility", "visible"},
		{"b", "white-space-collapse", "collapse"}, {"b", "widows", "2"}, {"b", "width", "784px"},
		{"b", "will-change", "auto"}, {"b", "window-drag", "none"}, {"b", "word-break", "normal"},
		{"b", "word-spacing", "0px"}, {"b", "writing-mode", "horizontal-tb"}, {"b", "x", "0px"}, {"b", "y", "0px"},
		{"b", "z-index", "auto"}, {"b", "zoom", "1"}, {"b", "-webkit-border-horizontal-spacing", "0px"},
		{"b", "-webkit-border-image", "none"}, {"b", "-webkit-border-vertical-spacing", "0px"},
		{"b", "-webkit-box-align", "stretch"}, {"b", "-webkit-box-decoration-break", "slice"},
		{"b", "-webkit-box-direction", "normal"}, {"b", "-webkit-box-flex", "0"},
		{"b", "-webkit-box-ordinal-group", "1"}, {"b", "-webkit-box-orient", "horizontal"},
		{"b", "-webkit-box-pack", "start"}, {"b", "-webkit-box-reflect", "none"},
		{"b", "-webkit-font-smoothing", "auto"}, {"b", "-webkit-line-break", "auto"},
		{"b", "-webkit-line-clamp", "none"}, {"b", "-webkit-locale", "auto"},
		{"b", "-webkit-mask-box-image", "none"}, {"b", "-webkit-mask-box-image-outset", "0"},
		{"b", "-webkit-mask-box-image-repeat", "stretch"}, {"b", "-webkit-mask-box-image-slice", "0 fill"},
		{"b", "-webkit-mask-box-image-source", "none"}, {"b", "-webkit-mask-box-image-width", "auto"},
		{"b", "-webkit-mask-position-x", "0%"}, {"b", "-webkit-mask-position-y", "0%"},
		{"b", "-webkit-rtl-ordering", "logical"}, {"b", "-webkit-ruby-position", "before"},
		{"b", "-webkit-tap-highlight-color", "rgba(0, 0, 0, 0.18)"}, {"b", "-webkit-text-combine", "none"},
		{"b", "-webkit-text-decorations-in-effect", "none"}, {"b", "-webkit-text-fill-color", "rgb(0, 0, 0)"},
		{"b", "-webkit-text-orientation", "vertical-right"}, {"b", "-webkit-text-security", "none"},
		{"b", "-webkit-text-stroke-color", "rgb(0, 0, 0)"}, {"b", "-webkit-text-stroke-width", "0px"},
		{"b", "-webkit-user-drag", "auto"}, {"b", "-webkit-user-modify", "read-only"},
		{"b", "-webkit-writing-mode", "horizontal-tb"},
	}},
	{"cases7", `<!DOCTYPE html><html><head><style>
div{height:10px}
.k1{cursor:pointer}
#k2{cursor:move !important}#k2{cursor:text}
#k3{pointer-events:auto}
@media (max-width: 100px){#k4{cursor:wait}}
@media (min-width: 100px){#k5{cursor:help}}
#k6{transition-duration:300ms, 1.5s;transition-property:opacity, transform;animation-name:foo;animation-duration:2s}
#k7{resize:both;overflow:auto;touch-action:pan-x pan-y;appearance:none;user-select:text;will-change:opacity, transform}
#k8{cursor:inherit}
#fl1::first-letter{color:red;font-size:20px}
#fl1::first-line{color:blue}
#in1::placeholder{color:green}
#at::before{content:attr(data-x) " - " attr(missing)}
</style></head><body>
<div class=k1 id=k1 data-p="cursor"><span id=k1c data-p="cursor">x</span></div>
<div id=k2 data-p="cursor"></div>
<div id=k3 style="pointer-events:none" data-p="pointer-events"></div>
<div id=k4 data-p="cursor"></div>
<div id=k5 data-p="cursor"></div>
<div id=k6 data-p="transition-duration transition-property animation-name animation-duration"></div>
<div id=k7 data-p="resize touch-action appearance user-select will-change"></div>
<div class=k1><div id=k8 data-p="cursor"></div></div>
<a id=lnk href="#x" data-p="cursor color text-decoration-line">l</a>
<p id=fl1 data-pseudo="::first-letter" data-p="color font-size">Hello</p>
<p id=fl2 data-pseudo="::first-line" data-p="color">Hello</p>
<input id=in1 data-pseudo="::placeholder" data-p="color" placeholder=p>
<div id=at data-x="X" data-pseudo="::before" data-p="content"></div>
</body></html>`, [][3]string{
		{"k1", "cursor", "pointer"}, {"k1c", "cursor", "pointer"}, {"k2", "cursor", "move"},
		{"k3", "pointer-events", "none"}, {"k4", "cursor", "auto"}, {"k5", "cursor", "help"},
		{"k6", "transition-duration", "0.3s, 1.5s"}, {"k6", "transition-property", "opacity, transform"},
		{"k6", "animation-name", "foo"}, {"k6", "animation-duration", "2s"}, {"k7", "resize", "both"},
		{"k7", "touch-action", "pan-x pan-y"}, {"k7", "appearance", "none"}, {"k7", "user-select", "text"},
		{"k7", "will-change", "opacity, transform"}, {"k8", "cursor", "pointer"}, {"lnk", "cursor", "pointer"},
		{"lnk", "color", "rgb(0, 0, 238)"}, {"lnk", "text-decoration-line", "underline"},
		{"fl1::first-letter", "color", "rgb(255, 0, 0)"}, {"fl1::first-letter", "font-size", "20px"},
		{"fl2::first-line", "color", "rgb(0, 0, 0)"}, {"in1::placeholder", "color", "rgb(0, 128, 0)"},
		{"at::before", "content", "\"X - \""},
	}},
	{"cases8", `<!DOCTYPE html><html><head><style>
div{height:10px}
#t1{transition:opacity .3s ease-in-out 1s, transform 200ms}
#t2{transition:all 0.5s;transition-delay:100ms}
#t3{transition-duration:1s;transition:none}
#a1{animation:spin 2s linear infinite}
#a2{animation:fade 1s ease-out 0.5s 3 alternate both paused}
#c1{caret-color:red;accent-color:#00f;color:green}
#c2{caret-color:auto;color:rgb(1,2,3)}
#w1{writing-mode:horizontal-tb;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased}
</style></head><body>
<div id=t1 data-p="transition-property transition-duration transition-timing-function transition-delay transition-behavior"></div>
<div id=t2 data-p="transition-property transition-duration transition-delay"></div>
<div id=t3 data-p="transition-property transition-duration"></div>
<div id=a1 data-p="animation-name animation-duration animation-timing-function animation-iteration-count animation-direction animation-fill-mode animation-play-state animation-delay"></div>
<div id=a2 data-p="animation-name animation-duration animation-timing-function animation-iteration-count animation-direction animation-fill-mode animation-play-state animation-delay"></div>
<div id=c1 data-p="caret-color accent-color"></div>
<div id=c2 data-p="caret-color accent-color"></div>
<div id=w1 data-p="writing-mode text-rendering -webkit-font-smoothing"></div>
</body></html>`, [][3]string{
		{"t1", "transition-property", "opacity, transform"}, {"t1", "transition-duration", "0.3s, 0.2s"},
		{"t1", "transition-timing-function", "ease-in-out, ease"}, {"t1", "transition-delay", "1s, 0s"},
		{"t1", "transition-behavior", "normal, normal"}, {"t2", "transition-property", "all"},
		{"t2", "transition-duration", "0.5s"}, {"t2", "transition-delay", "0.1s"},
		{"t3", "transition-property", "none"}, {"t3", "transition-duration", "0s"},
		{"a1", "animation-name", "spin"}, {"a1", "animation-duration", "2s"},
		{"a1", "animation-timing-function", "linear"}, {"a1", "animation-iteration-count", "infinite"},
		{"a1", "animation-direction", "normal"}, {"a1", "animation-fill-mode", "none"},
		{"a1", "animation-play-state", "running"}, {"a1", "animation-delay", "0s"},
		{"a2", "animation-name", "fade"}, {"a2", "animation-duration", "1s"},
		{"a2", "animation-timing-function", "ease-out"}, {"a2", "animation-iteration-count", "3"},
		{"a2", "animation-direction", "alternate"}, {"a2", "animation-fill-mode", "both"},
		{"a2", "animation-play-state", "paused"}, {"a2", "animation-delay", "0.5s"},
		{"c1", "caret-color", "rgb(255, 0, 0)"}, {"c1", "accent-color", "rgb(0, 0, 255)"},
		{"c2", "caret-color", "rgb(1, 2, 3)"}, {"c2", "accent-color", "auto"},
		{"w1", "writing-mode", "horizontal-tb"}, {"w1", "text-rendering", "optimizelegibility"},
		{"w1", "-webkit-font-smoothing", "antialiased"},
	}},
	{"cases9", `<!DOCTYPE html><html><head><style>
#g{display:grid;grid-template-columns:repeat(auto-fill, minmax(100px, 1fr)) 20px;grid-template-rows:[top] 30px [mid] auto;height:60px;width:400px}
#s{display:none;grid-template-columns:repeat(auto-fit, [a] 50px [b]) [c] 10%}
#h{display:none;grid-template-areas:"a a ." "b c c";grid-area:c}
#bg{background:url(a.png) 0 0 / 10px 20px no-repeat, url(b.png) repeat-y;height:10px}
#bs{box-shadow:0 0 0 1px rgba(0,0,0,.1), inset 0 -1px 0 #ccc;height:10px}
#cs{color:#123456;border-bottom:2px solid;height:10px}
#ol{display:list-item;list-style-type:"→ ";height:10px}
#ff{font-family:system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;height:10px}
</style></head><body>
<div id=g data-p="grid-template-rows"></div>
<div id=s data-p="grid-template-columns"></div>
<div id=h data-p="grid-template-areas grid-row-start grid-column-end grid-area"></div>
<div id=bg data-p="background background-size background-position background-repeat"></div>
<div id=bs data-p="box-shadow"></div>
<div id=cs data-p="border-bottom-color border-bottom border-color"></div>
<div id=ol data-p="list-style-type list-style"></div>
<div id=ff data-p="font-family"></div>
<script>
var r=[];var cs=getComputedStyle(document.getElementById('cs'));
r.push(['cs','in-color',String('color' in cs)]);r.push(['cs','in-foo',String('fooBar' in cs)]);r.push(['cs','in-0',String('0' in cs)]);r.push(['cs','in-bg',String('backgroundColor' in cs)]);
r.push(['cs','float',cs.getPropertyValue('float')]);r.push(['cs','cssFloat',cs.cssFloat]);r.push(['cs','upper',cs.getPropertyValue('COLOR')]);r.push(['cs','webkit',cs.webkitTransform]);r.push(['cs','wordWrap',cs.wordWrap]);
window.EXTRA=r;
</script>
</body></html>`, [][3]string{
		{"g", "grid-template-rows", "[top] 30px [mid] 30px"},
		{"s", "grid-template-columns", "repeat(auto-fit, [a] 50px [b]) [c] 10%"},
		{"h", "grid-template-areas", "\"a a .\" \"b c c\""}, {"h", "grid-row-start", "c"},
		{"h", "grid-column-end", "c"}, {"h", "grid-area", "c"},
		{"bg", "background", "url(\"https://c.test/a.png\") no-repeat scroll 0px 0px / 10px 20px padding-box border-box, rgba(0, 0, 0, 0) url(\"https://c.test/b.png\") repeat-y scroll 0% 0% / auto padding-box border-box"},
		{"bg", "background-size", "10px 20px, auto"}, {"bg", "background-position", "0px 0px, 0% 0%"},
		{"bg", "background-repeat", "no-repeat, repeat-y"},
		{"bs", "box-shadow", "rgba(0, 0, 0, 0.1) 0px 0px 0px 1px, rgb(204, 204, 204) 0px -1px 0px 0px inset"},
		{"cs", "border-bottom-color", "rgb(18, 52, 86)"}, {"cs", "border-bottom", "2px solid rgb(18, 52, 86)"},
		{"cs", "border-color", "rgb(18, 52, 86)"}, {"ol", "list-style-type", "\"→ \""},
		{"ol", "list-style", "outside none \"→ \""},
		{"ff", "font-family", "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif"},
		{"cs", "in-color", "true"}, {"cs", "in-foo", "false"}, {"cs", "in-0", "true"}, {"cs", "in-bg", "true"},
		{"cs", "float", "none"}, {"cs", "cssFloat", "none"}, {"cs", "upper", "rgb(18, 52, 86)"},
		{"cs", "webkit", "none"}, {"cs", "wordWrap", "normal"},
	}},
	{"cases10", `<!DOCTYPE html><html><head><style>
#m1{display:none;width:min(100%, 500px);height:max(10px, 5%);min-width:clamp(10px, 50%, 200px);max-width:calc(100% - 20px);margin-left:calc(10% + 5px)}
</style></head><body>
<div id=m1 data-p="width height min-width max-width margin-left"></div>
</body></html>`, [][3]string{
		{"m1", "width", "min(100%, 500px)"}, {"m1", "height", "max(10px, 5%)"},
		{"m1", "min-width", "clamp(10px, 50%, 200px)"}, {"m1", "max-width", "calc(100% - 20px)"},
		{"m1", "margin-left", "calc(10% + 5px)"},
	}},
	{"cases11", `<!DOCTYPE html><html><head><style>#k{height:10px;--a:1}</style></head><body>
<div id=k></div>
<script>
var r=[];var cs=getComputedStyle(document.getElementById('k'));var ks=Object.keys(cs);
r.push(['k','keys-length',String(ks.length)]);r.push(['k','keys-0',ks[0]]);r.push(['k','keys-last',ks[ks.length-1]]);
var n=0,first='';for(var p in cs){if(n==0)first=p;n++}r.push(['k','forin-first',first]);
var d=Object.getOwnPropertyDescriptor(cs,'1');r.push(['k','desc',d?d.value+' '+d.enumerable:'none']);
r.push(['k','hasOwn-color',String(cs.hasOwnProperty('color'))]);
r.push(['k','json-0',JSON.stringify(cs).slice(0,20)]);
window.EXTRA=r;
</script>
</body></html>`, [][3]string{
		{"k", "keys-length", "1220"}, {"k", "keys-0", "0"}, {"k", "keys-last", "zoom"}, {"k", "forin-first", "0"},
		{"k", "desc", "align-content true"}, {"k", "hasOwn-color", "true"},
		{"k", "json-0", "{\"0\":\"accent-color\","},
	}},
	{"cases12", `<!DOCTYPE html><html><head><style>
div{height:10px}
#t1{transition:opacity .3s ease-in-out 1s, transform 200ms}
#t2{transition:all 0.5s}
#t3{transition:color 1s linear}
#a1{animation:spin 2s linear infinite}
#a2{animation:fade 1s ease-out 0.5s 3 alternate both paused}
</style></head><body>
<div id=t0 data-p="transition animation"></div>
<div id=t1 data-p="transition"></div>
<div id=t2 data-p="transition"></div>
<div id=t3 data-p="transition"></div>
<div id=a1 data-p="animation"></div>
<div id=a2 data-p="animation"></div>
</body></html>`, [][3]string{
		{"t0", "transition", "all"}, {"t0", "animation", "none"},
		{"t1", "transition", "opacity 0.3s ease-in-out 1s, transform 0.2s"}, {"t2", "transition", "0.5s"},
		{"t3", "transition", "color 1s linear"}, {"a1", "animation", "2s linear infinite spin"},
		{"a2", "animation", "1s ease-out 0.5s 3 alternate both paused fade"},
	}},
}
