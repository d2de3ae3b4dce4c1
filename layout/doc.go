// Package layout is the layout stage of Pane: it turns the DOM and its
// computed styles into a tree of positioned fragments.
//
// Input: a *dom.Document and its *cssom.Styles (an element without a style
// is display:none), the viewport size and a FontSet. Output: a *Fragment
// tree rooted at a ViewportFragment, in absolute page coordinates (CSS px,
// origin at the top-left of the initial containing block, y down), holding
// used values only. Paint reads nothing else.
//
// Layout runs in two steps, kept apart so that the box tree can later
// persist between layouts (DESIGN.md §5):
//
//   - BuildBoxTree generates the box tree (CSS 2.1 §9.2, CSS Display 3):
//     block and inline boxes, anonymous block boxes around inline runs that
//     sit beside blocks, inline boxes split around blocks, text runs after
//     white space collapsing (CSS Text 3 §4.1.1), atomic inlines, replaced
//     elements and list markers.
//   - LayoutBox lays the box tree out: block formatting contexts (CSS 2.1
//     §10.3.3, §10.6.3, margin collapsing §8.3.1), inline formatting
//     contexts (line boxes §9.4.2, §10.8, text-align, vertical-align),
//     floats and clearance (§9.5), shrink-to-fit widths for floats,
//     inline-blocks and absolutely positioned boxes (§10.3.5, §10.3.7,
//     §10.3.9), replaced element sizing (§10.3.2, §10.6.2), relative and
//     absolute positioning (§9.3, §10.3.7, §10.6.4), list markers (text
//     in a counter style, ::marker, list-style-image), ::first-line and
//     ::first-letter (firstline.go), and the canvas background (CSS
//     Backgrounds 3 §2.11.2).
//
// Flex containers are laid out by the flex layout algorithm of CSS Flexbox
// 1 §9 (flex.go, flexalgo.go, flexplace.go).
//
// Tables follow CSS 2.1 §17 and the HTML table model (table.go: anonymous
// table objects and the grid; table_layout.go: column widths;
// table_place.go, table_frag.go: rows, cells, captions; table_collapse.go:
// collapsing borders).
//
// Grid containers are laid out by the grid sizing algorithm of CSS Grid
// Layout 1 §11 (grid.go; grid_place.go: the explicit grid and item
// placement; grid_track.go: track sizing; grid_tracks.go: the used tracks
// kept on the container's fragment for getComputedStyle). Bidirectional text is laid out
// left to right (TODO(spec) comments mark what is missing).
//
// The text half of the package (FontSet, Shape, Metrics, LineBreaks) shapes
// the smallest pieces of text between soft wrap opportunities; it caches
// shaping results, layout does not. Lines are aligned and justified per
// CSS Text 3 (justify.go: text-align-last, text-justify;
// justify_hang.go: hanging-punctuation; textindent.go: each-line and
// hanging indents); emphasis marks are placed over the text
// (emphasis.go). The font features of CSS Fonts 4 reach the shaper
// through fontfeatures4.go (position, east-asian, alternates and
// @font-feature-values), fontfeatures_emoji.go (font-variant-emoji),
// fontfeatures_adjust.go (font-size-adjust), fontfeatures_palette.go
// (font-palette, @font-palette-values) and fontvariation.go (variable
// font axes). Sizes given as min-content, max-content or fit-content are
// resolved from the intrinsic widths (intrinsic.go).
//
// Units: every length is a Fixed (1/64 CSS px). During layout fragment
// positions are relative to the parent fragment's border box; Layout
// returns them in page coordinates.
//
// Dump renders a fragment tree as text, one line per fragment, for golden
// tests.
package layout
