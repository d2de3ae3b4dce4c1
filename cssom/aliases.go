package cssom

// Legacy -webkit- names that browsers treat as aliases of standard
// properties Pane applies (https://compat.spec.whatwg.org/#css-simple-aliases
// and Chromium's alias list): a declaration of an alias is a declaration of
// its property, under the property's name, as in the CSSOM of browsers
// (-webkit-transform: x serializes as transform: x).
//
// AD-HOC: -webkit-background-size is no alias: its one-value form sets
// both sizes, unlike background-size. TODO(spec): give it that parser.
// The -webkit- names of the properties Pane keeps without applying them
// (transition, animation, mask, ...) are validated in the kept_*.go files.
var propertyAliases = map[string]string{
	"-webkit-align-content":              "align-content",
	"-webkit-align-items":                "align-items",
	"-webkit-align-self":                 "align-self",
	"-webkit-background-clip":            "background-clip",
	"-webkit-background-origin":          "background-origin",
	"-webkit-border-bottom-left-radius":  "border-bottom-left-radius",
	"-webkit-border-bottom-right-radius": "border-bottom-right-radius",
	"-webkit-border-radius":              "border-radius",
	"-webkit-border-top-left-radius":     "border-top-left-radius",
	"-webkit-border-top-right-radius":    "border-top-right-radius",
	"-webkit-box-shadow":                 "box-shadow",
	"-webkit-box-sizing":                 "box-sizing",
	"-webkit-clip-path":                  "clip-path",
	"-webkit-filter":                     "filter",
	"-webkit-flex":                       "flex",
	"-webkit-flex-basis":                 "flex-basis",
	"-webkit-flex-direction":             "flex-direction",
	"-webkit-flex-flow":                  "flex-flow",
	"-webkit-flex-grow":                  "flex-grow",
	"-webkit-flex-shrink":                "flex-shrink",
	"-webkit-flex-wrap":                  "flex-wrap",
	"-webkit-font-feature-settings":      "font-feature-settings",
	"-webkit-justify-content":            "justify-content",
	"-webkit-opacity":                    "opacity",
	"-webkit-order":                      "order",
	"-webkit-transform":                  "transform",
	"-webkit-transform-origin":           "transform-origin",
	// The logical ones of Chromium (-webkit-margin-start is
	// margin-inline-start, before/after are the block sides).
	"-webkit-margin-start":       "margin-inline-start",
	"-webkit-margin-end":         "margin-inline-end",
	"-webkit-margin-before":      "margin-block-start",
	"-webkit-margin-after":       "margin-block-end",
	"-webkit-padding-start":      "padding-inline-start",
	"-webkit-padding-end":        "padding-inline-end",
	"-webkit-padding-before":     "padding-block-start",
	"-webkit-padding-after":      "padding-block-end",
	"-webkit-border-start":       "border-inline-start",
	"-webkit-border-end":         "border-inline-end",
	"-webkit-border-before":      "border-block-start",
	"-webkit-border-after":       "border-block-end",
	"-webkit-border-start-color": "border-inline-start-color",
	"-webkit-border-start-style": "border-inline-start-style",
	"-webkit-border-start-width": "border-inline-start-width",
	"-webkit-border-end-color":   "border-inline-end-color",
	"-webkit-border-end-style":   "border-inline-end-style",
	"-webkit-border-end-width":   "border-inline-end-width",
	"-webkit-logical-width":      "inline-size",
	"-webkit-logical-height":     "block-size",
	"-webkit-min-logical-width":  "min-inline-size",
	"-webkit-max-logical-width":  "max-inline-size",
	"-webkit-min-logical-height": "min-block-size",
	"-webkit-max-logical-height": "max-block-size",
	// Legacy names of the CSSOM (https://drafts.csswg.org/css-align-3/#gap-legacy,
	// word-wrap) and the -webkit- names of kept properties.
	"grid-gap":                           "gap",
	"grid-row-gap":                       "row-gap",
	"grid-column-gap":                    "column-gap",
	"word-wrap":                          "overflow-wrap",
	"-webkit-user-select":                "user-select",
	"-webkit-text-size-adjust":           "text-size-adjust",
	"-webkit-mask-image":                 "mask-image",
	"-webkit-mask":                       "mask",
	"-webkit-transition":                 "transition",
	"-webkit-animation":                  "animation",
	"-webkit-perspective":                "perspective",
	"-webkit-backface-visibility":        "backface-visibility",
	"-webkit-print-color-adjust":         "print-color-adjust",
	"-webkit-mask-size":                  "mask-size",
	"-webkit-mask-repeat":                "mask-repeat",
	"-webkit-animation-name":             "animation-name",
	"-webkit-animation-duration":         "animation-duration",
	"-webkit-animation-timing-function":  "animation-timing-function",
	"-webkit-animation-delay":            "animation-delay",
	"-webkit-animation-iteration-count":  "animation-iteration-count",
	"-webkit-animation-direction":        "animation-direction",
	"-webkit-animation-fill-mode":        "animation-fill-mode",
	"-webkit-animation-play-state":       "animation-play-state",
	"-webkit-transition-property":        "transition-property",
	"-webkit-transition-duration":        "transition-duration",
	"-webkit-transition-timing-function": "transition-timing-function",
	"-webkit-transition-delay":           "transition-delay",
}

// PropertyAlias returns the property that name (lower case) is an alias
// of, or name: -webkit-transform is transform, word-wrap is overflow-wrap.
func PropertyAlias(name string) string { return propertyAliasOf(name) }

// propertyAliasOf returns the property that name (lower case) is an
// alias of, or name.
func propertyAliasOf(name string) string {
	if c, ok := propertyAliases[name]; ok {
		return c
	}
	return name
}
