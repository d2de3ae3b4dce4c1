// Package cssom is Pane's style stage: the third stage of the pipeline.
//
// Input: a *dom.Document and its style sheets (ParseStyleSheet parses them
// with our CSS Syntax 3 parser over the tokenizer of
// github.com/tdewolff/parse/v2/css, recovering from errors as the spec
// says and reading nested rules (CSS Nesting); the loader in package
// browser fetches @imports). Output: Compute runs the cascade of CSS
// Cascade 5 (the user agent sheet, presentational hints, author sheets
// with their imports, media queries and cascade layers, style attributes,
// !important) and returns a *Styles, the *ComputedStyle of every element.
// Counters and quotes are resolved during the same tree walk, into the
// content of ::before and ::after.
//
// Selectors are parsed and matched by package dom (dom.ParseSelectorList),
// which the DOM's querySelector shares; cssom indexes style rules by their
// rightmost ID, class and type so that each element tests only candidate
// rules.
//
// Units: computed lengths are Fixed CSS px (1/64 px). Absolute units, em,
// rem, ex, ch, cap, ic, lh, rlh (ex, ch, cap and lh approximated from the
// font size: cssom cannot read font metrics) and viewport units are
// resolved here; percentages, auto and
// calc() expressions with a percentage stay for layout to resolve against
// the containing block. Colors are 8-bit sRGB with currentColor resolved.
//
// Computed styles are immutable and shared between elements whose parent
// style and matched declarations are equal. ::before, ::after, ::marker,
// ::first-line and ::first-letter get their own styles (Styles.Pseudo),
// inheriting from their element (::first-letter from ::first-line); the
// list-item counter of each list item (Styles.ListItemValue) and the
// counter styles, predefined and from @counter-style rules
// (Styles.CounterStyles, counterstyle.go), are there for layout's markers.
//
// Files: syntax.go (CSS Syntax 3 rule and block structure), sheet.go
// (rules, at-rules, nesting), layer.go (cascade layers, all),
// counters.go (counters, reversed counters, quotes), emphasis.go
// (emphasis marks), transformbox.go (transform-box,
// overflow-clip-margin), counterstyle.go (@counter-style,
// the predefined counter styles), styles.go (Styles, pseudo-element
// styles), colorspace.go (lab, oklch, color(),
// color-mix()), declaration.go (declarations, custom
// properties, var()), values.go and calc.go (tokens, lengths, math
// functions), color.go, properties.go, parse_values.go, shorthand.go,
// logical.go, boxprops.go, background.go, grid.go, grid_template.go
// (property grammars), media.go
// (media queries, @supports), cascade.go and resolver.go (rule index,
// cascade, sharing), bloom.go (ancestor filter), compute.go (computed
// values), ua.go (user agent sheet), hints.go (presentational hints),
// serialize.go (String), revert.go (revert and revert-layer, cascade
// levels), aliases.go (-webkit- aliases), text3.go and text3transform.go
// (text-align-last, text-justify, text-indent keywords, hanging
// punctuation, full-width and full-size-kana), fontprops.go and font4*.go
// (font-variant-*, font-synthesis-*, font-variation-settings,
// font-size-adjust, font-palette, @font-feature-values,
// @font-palette-values), kept*.go (the grammars of the properties Pane
// keeps without applying them), resolved*.go (getComputedStyle's
// resolved values and shorthands), specified*.go and shorthandtext*.go
// (specified values, declaration blocks and their cssText, shorthands
// split and rebuilt, as element.style serializes them), intrinsic.go (the
// sizing keywords min-content, max-content, fit-content), logical.go,
// logical_cascade.go and logical_resolved.go (flow-relative properties
// mapped through the element's direction), aspectratio.go and
// objectposition.go (aspect-ratio kept as written, object-position).
package cssom
