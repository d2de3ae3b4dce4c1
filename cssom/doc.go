// Package cssom is Pane's style stage: the third stage of the pipeline.
//
// Input: a *dom.Document and its style sheets (ParseStyleSheet parses them
// with github.com/tdewolff/parse/v2/css, recovering from errors as CSS
// Syntax 3 says; the loader in package browser fetches @imports). Output:
// Compute runs the cascade (the user agent sheet, presentational hints,
// author sheets with their imports and media queries, style attributes,
// !important) and returns a *Styles, the *ComputedStyle of every element.
//
// Selectors are parsed and matched by package dom (dom.ParseSelectorList),
// which the DOM's querySelector shares; cssom indexes style rules by their
// rightmost ID, class and type so that each element tests only candidate
// rules.
//
// Units: computed lengths are Fixed CSS px (1/64 px). Absolute units, em,
// rem, ex, ch and viewport units are resolved here; percentages, auto and
// calc() expressions with a percentage stay for layout to resolve against
// the containing block. Colors are 8-bit sRGB with currentColor resolved.
//
// Computed styles are immutable and shared between elements whose parent
// style and matched declarations are equal. ::before and ::after boxes get
// their own styles (Styles.Pseudo), inheriting from their element.
//
// Files: sheet.go (rules, at-rules), declaration.go (declarations, custom
// properties, var()), values.go and calc.go (tokens, lengths, math
// functions), color.go, properties.go, parse_values.go, shorthand.go,
// logical.go, boxprops.go, background.go (property grammars), media.go
// (media queries, @supports), cascade.go and resolver.go (rule index,
// cascade, sharing), bloom.go (ancestor filter), compute.go (computed
// values), ua.go (user agent sheet), hints.go (presentational hints),
// serialize.go (String).
package cssom
