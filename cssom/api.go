package cssom

// This file declares the API that package browser and package layout use.
// The cssom implementation fills it in; the signatures are the seam.

import "github.com/paneweb/pane/dom"

// Origin is the cascade origin of a style sheet (CSS Cascade 4 §6.2).
type Origin uint8

const (
	UserAgentOrigin Origin = iota
	UserOrigin
	AuthorOrigin
)

// Media describes the device that media queries and viewport units are
// evaluated against.
type Media struct {
	// Type is the media type, "screen" unless printing.
	Type string
	// Width and Height are the viewport size in CSS px.
	Width, Height Fixed
	// DevicePixelRatio is the device scale factor (1 when zero).
	DevicePixelRatio float64
	// FontMetrics, when set, measures the first available font of a font
	// specification, for the font-relative units ex, ch and cap
	// (https://www.w3.org/TR/css-values-4/#font-relative-lengths). cssom
	// cannot read fonts itself (layout owns them); package browser passes
	// the page's font set here. Without it, or for a zero metric, ex and ch
	// are 0.5em and cap 0.7em.
	FontMetrics func(families []string, weight uint16, style FontStyle, size Fixed) FontMetrics
}

// FontMetrics are the font measurements font-relative units need, in px at
// the font size asked for.
type FontMetrics struct {
	// XHeight is the x-height (1ex).
	XHeight Fixed
	// ZeroAdvance is the advance of "0" (1ch).
	ZeroAdvance Fixed
	// CapHeight is the height of capital letters (1cap).
	CapHeight Fixed
}

// Import is an @import rule found while parsing a sheet. The loader (package
// browser) fetches URL and sets Sheet; the cascade then treats the imported
// sheet's rules as if they stood where the @import did.
type Import struct {
	// URL is the absolute URL to load.
	URL string
	// Media is the media query list text after the URL ("" for all).
	Media string
	// Layered reports an import into a cascade layer ("layer" or
	// "layer(Layer)"); Layer is the layer's name, "" for an anonymous one.
	Layered bool
	Layer   string
	// Sheet is the parsed imported sheet, or nil when not (yet) loaded.
	Sheet *StyleSheet
}

// StyleSheet is a parsed style sheet (ParseStyleSheet). Origin, Href and
// Imports are the contract with the loader in package browser.
type StyleSheet struct {
	Origin Origin
	// Href is the sheet's absolute URL (the document's for <style>), the
	// base for its relative URLs.
	Href string
	// Media is the media query list of the sheet's owner (<style media>,
	// <link media>): the sheet applies only when it matches. "" for all.
	Media string
	// Imports are the sheet's @import rules in order.
	Imports []*Import
	// Rules are the sheet's style and conditional group rules in order.
	Rules []Rule
	// FontFaces are the sheet's @font-face rules in order (including
	// those inside conditional group rules).
	FontFaces []*FontFace
	// FontFeatureValues and FontPaletteValues are the sheet's
	// @font-feature-values and @font-palette-values rules in order, for
	// text layout (layout.FontSet.AddFeatureValues, AddPaletteValues).
	FontFeatureValues []*FontFeatureValuesRule
	FontPaletteValues []*FontPaletteValuesRule
	// Owner is the <style> or <link> element the sheet comes from, if any:
	// a prelude-less @scope rule scopes to its parent element.
	Owner *dom.Node

	// version counts InsertRule and DeleteRule changes (Version).
	version uint64
}
