package cssom

import (
	"strings"
	"sync"
)

// Flow-relative longhands (https://drafts.csswg.org/css-logical-1/) and
// the colours whose initial value is currentcolor, resolved through the
// physical longhands they map to. Pane lays out horizontal-tb only, so
// block-start is top and inline-start is left or right by direction.

// PhysicalProperty returns the physical longhand a flow-relative longhand
// maps to in horizontal-tb writing with the given direction ("ltr" or
// "rtl"), or "" when name is not a flow-relative longhand Pane maps.
// https://drafts.csswg.org/css-logical-1/#box
func PhysicalProperty(name, direction string) string {
	physicalOnce.Do(func() {
		for i, dir := range [2]string{"ltr", "rtl"} {
			physicalMaps[i] = map[string]string{}
			for _, n := range flowRelativeNames() {
				physicalMaps[i][n] = physicalProperty(n, dir)
			}
		}
	})
	if direction == "rtl" {
		return physicalMaps[1][name]
	}
	return physicalMaps[0][name]
}

var (
	physicalOnce sync.Once
	physicalMaps [2]map[string]string
)

// physicalProperty computes PhysicalProperty's answer.
func physicalProperty(name, direction string) string {
	switch name {
	case "inline-size":
		return "width"
	case "block-size":
		return "height"
	case "min-inline-size":
		return "min-width"
	case "min-block-size":
		return "min-height"
	case "max-inline-size":
		return "max-width"
	case "max-block-size":
		return "max-height"
	case "overflow-inline":
		return "overflow-x"
	case "overflow-block":
		return "overflow-y"
	}
	start, end := "left", "right"
	if direction == "rtl" {
		start, end = end, start
	}
	sides := strings.NewReplacer("block-start", "top", "block-end", "bottom", "inline-start", start, "inline-end", end)
	for _, p := range []string{"margin-", "padding-", "inset-", "border-"} {
		if rest, ok := strings.CutPrefix(name, p); ok && (strings.HasPrefix(rest, "block-") || strings.HasPrefix(rest, "inline-")) {
			phys := sides.Replace(rest)
			if phys == rest {
				return ""
			}
			if p == "inset-" {
				return phys
			}
			return p + phys
		}
	}
	// border-start-end-radius: the block side, then the inline side.
	corner := map[string]string{"start-start": "top-" + start, "start-end": "top-" + end,
		"end-start": "bottom-" + start, "end-end": "bottom-" + end}
	if rest, ok := strings.CutPrefix(name, "border-"); ok {
		if c, ok := strings.CutSuffix(rest, "-radius"); ok && corner[c] != "" {
			return "border-" + corner[c] + "-radius"
		}
	}
	return ""
}

// logicalNames are the flow-relative longhands getComputedStyle lists.
var logicalNames = []string{"inline-size", "block-size", "min-inline-size", "min-block-size",
	"max-inline-size", "max-block-size", "overflow-inline", "overflow-block",
	"border-start-start-radius", "border-start-end-radius", "border-end-start-radius", "border-end-end-radius"}

// addLogicalGetters registers the flow-relative longhands and the
// currentcolor-initial colours Pane does not compute (they are the
// element's colour).
func addLogicalGetters(g getterTable) {
	for _, name := range flowRelativeNames() {
		name := name
		g[name] = func(s *ComputedStyle) string {
			if get := g[PhysicalProperty(name, s.Direction)]; get != nil {
				return get(s)
			}
			return ""
		}
	}
	// TODO(spec): these properties are not computed; their initial value
	// currentcolor is the element's colour. The kept ones are cascaded
	// (KeptValues).
	for name := range currentColorInitial {
		if !IsKeptProperty(name) {
			g[name] = func(s *ComputedStyle) string { return rgbText(s.Color) }
		}
	}
}

// currentColorInitial are the colour properties Pane does not compute
// whose initial value resolves to the element's colour (caret-color's
// auto included).
var currentColorInitial = map[string]bool{"caret-color": true, "column-rule-color": true, "row-rule-color": true,
	"text-emphasis-color": true, "-webkit-text-fill-color": true, "-webkit-text-stroke-color": true}

// InitialIsCurrentColor reports whether the initial value of prop, a
// property Pane does not compute, resolves to the element's colour.
func InitialIsCurrentColor(prop string) bool { return currentColorInitial[prop] }

// flowRelativeNames returns the flow-relative longhands Pane maps.
func flowRelativeNames() []string {
	names := append([]string(nil), logicalNames...)
	for _, p := range []string{"margin-", "padding-", "inset-"} {
		for _, side := range []string{"block-start", "block-end", "inline-start", "inline-end"} {
			names = append(names, p+side)
		}
	}
	for _, side := range []string{"block-start", "block-end", "inline-start", "inline-end"} {
		for _, part := range []string{"-width", "-style", "-color"} {
			names = append(names, "border-"+side+part)
		}
	}
	return names
}
