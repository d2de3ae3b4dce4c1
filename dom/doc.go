// Package dom is Pane's document tree: the second stage of the pipeline.
//
// Input: HTML bytes (parsed with golang.org/x/net/html, scripting enabled) or
// XHTML bytes (parsed as XML). Output: a *Document whose nodes are our own
// type, Node, so that they can carry what later stages and scripts need:
// dirty bits with a reason, a slot for script wrappers, and tree links that
// mutation keeps consistent.
//
// The package also implements the Selectors API (QuerySelector,
// QuerySelectorAll, Matches) with its own selector parser and matcher; cssom
// uses the same selectors for style rules. This is a deliberate placement:
// the DOM standard owns "match a selectors string", and dom may not import
// cssom.
//
// dom has no notion of units, styles or geometry.
package dom
