// Package paint is the last stage of the pipeline: it turns layout's
// fragment tree into a display list and the display list into pixels.
//
// Input: a *layout.Fragment tree (normally rooted at the ViewportFragment),
// read only: paint never mutates fragments and never looks at the DOM.
//
// Output: Build (or BuildWith, which also takes the decoded background
// images) returns a *DisplayList, a flat list of items (FillRect, Border,
// BoxShadow, Gradient, Glyphs, DrawImage, TileImage, PushClip/PopClip,
// PushOpacity/PopOpacity, PushTransform/PopTransform) in the painting order of CSS 2.1 Appendix E: per
// stacking context, the backgrounds and borders of block-level boxes, then
// floats, then inline content, then positioned descendants by z-index, then
// outlines. Within one box: outer shadows, background colour, background
// layers from the bottom one up (url() images and gradients, each with its
// own size, position, repeat, origin, clip and blend mode; background.go),
// inset shadows, border, or the border image in its place (nine parts
// sliced, scaled and tiled; borderimage.go). Rounded corners (Radii) ride on
// FillRect, Border, BoxShadow and PushClip; a rounded PushClip clips
// through an anti-aliased coverage mask. Dashes and dots follow the centre
// line of rounded borders (radius_dash.go); background-attachment: local
// layers are placed in the scrollable overflow area (attachment.go);
// emphasis marks are drawn after the text (emphasis.go); transform-box
// and overflow-clip-margin choose the reference and clip boxes
// (transformbox.go, clipmargin.go). A transformed element's stacking
// context is drawn into a layer in untransformed coordinates and mapped
// onto the output by its 2D matrix (bilinear). An element with opacity,
// filter, clip-path or mix-blend-mode paints as a group (PushOpacity):
// its layer goes through the filter functions, is cut to the clip-path
// shape, then composited with its opacity and blend mode (separable, or
// hue, saturation, color and luminosity in integer math). DisplayList.Raster
// draws the list into an *image.RGBA at any device pixel ratio and offset.
// DecodeImage and EncodePNG/EncodePNGWith are the image codecs the browser
// uses for <img> resources and screenshots; an SVG document decodes to an
// *SVGImage, a vector image the rasterizer draws again at each destination
// size (through fyne-io/oksvg and srwiley/rasterx).
//
// Units and coordinates: display items are in CSS px as cssom.Fixed (1/64
// px), in page coordinates (the initial containing block's top-left corner
// is the origin, y down). Floats appear only inside the rasterizer, which
// maps page point (x, y) to device pixel ((x − X)·Scale, (y − Y)·Scale).
// Box edges snap to whole device pixels; glyph outlines, rounded corners
// and shadow edges are anti-aliased. Gradients are not dithered.
//
// Determinism: the same list and options give the same bytes on every
// platform (integer compositing, no map-order dependence). The glyph mask
// cache is shared by all pages in the process and safe for concurrent use;
// scaled images are cached per DisplayList.
package paint
