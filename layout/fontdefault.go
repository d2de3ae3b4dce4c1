package layout

import (
	"sync"

	"github.com/go-fonts/liberation/liberationmonobold"
	"github.com/go-fonts/liberation/liberationmonobolditalic"
	"github.com/go-fonts/liberation/liberationmonoitalic"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifbolditalic"
	"github.com/go-fonts/liberation/liberationserifitalic"
	"github.com/go-fonts/liberation/liberationserifregular"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomediumitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/gomonobold"
	"golang.org/x/image/font/gofont/gomonobolditalic"
	"golang.org/x/image/font/gofont/gomonoitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/paneweb/pane/cssom"
)

// The embedded default faces.
//
// Chromium on Linux renders the web's default families with the Liberation
// fonts, which fontconfig substitutes for Times New Roman, Arial/Helvetica
// and Courier New: they have the same advance widths and vertical metrics.
// Pane embeds them (github.com/go-fonts/liberation, SIL Open Font License
// 1.1) so that text wraps where it wraps in Chromium. The Go fonts stay
// registered under their own names and serve as fallback faces for the
// characters Liberation lacks.

// Family names of the embedded faces.
const (
	familySerif  = "Liberation Serif"
	familySans   = "Liberation Sans"
	familyMono   = "Liberation Mono"
	familyGo     = "Go"
	familyGoMono = "Go Mono"
)

// defaultFamily is the family of the UA's default font: the initial value of
// font-family is serif, as in browsers, and a family list with no available
// family falls back to it (CSS Fonts 4 §5.2 step 6).
const defaultFamily = familySerif

// genericFamilies maps the CSS generic family keywords to the embedded
// family that stands for them. Generic keywords are never family names
// (https://www.w3.org/TR/css-fonts-4/#generic-font-families), so they map
// before the set's own families are looked at.
//
// AD-HOC: Chromium on Linux asks fontconfig for cursive, fantasy, math,
// emoji and fangsong, which gives whatever the machine has; they map to the
// default serif face here.
var genericFamilies = map[string]string{
	"serif":         familySerif,
	"ui-serif":      familySerif,
	"cursive":       familySerif,
	"fantasy":       familySerif,
	"math":          familySerif,
	"emoji":         familySerif,
	"fangsong":      familySerif,
	"sans-serif":    familySans,
	"system-ui":     familySans,
	"ui-sans-serif": familySans,
	"ui-rounded":    familySans,
	"monospace":     familyMono,
	"ui-monospace":  familyMono,
}

// familyAliases maps family names (ASCII lower case) to the embedded family
// that is metric-compatible with them, as fontconfig's substitution rules
// do on Linux. An alias applies only when the set has no family of that
// name (an added Arial or an @font-face "Arial" wins).
var familyAliases = map[string]string{
	"times new roman": familySerif,
	"times":           familySerif,
	"tinos":           familySerif,
	"arial":           familySans,
	"helvetica":       familySans,
	"arimo":           familySans,
	"courier new":     familyMono,
	"courier":         familyMono,
	"cousine":         familyMono,
}

// embeddedFace describes one embedded face: the data and the descriptors it
// is registered under (the name tables of the Go medium faces say "Go
// Medium"; registering explicitly puts them in family Go at weight 500).
type embeddedFace struct {
	data   []byte
	family string
	weight uint16
	style  cssom.FontStyle
}

var embeddedList = []embeddedFace{
	{liberationserifregular.TTF, familySerif, 400, cssom.FontStyleNormal},
	{liberationserifitalic.TTF, familySerif, 400, cssom.FontStyleItalic},
	{liberationserifbold.TTF, familySerif, 700, cssom.FontStyleNormal},
	{liberationserifbolditalic.TTF, familySerif, 700, cssom.FontStyleItalic},
	{liberationsansregular.TTF, familySans, 400, cssom.FontStyleNormal},
	{liberationsansitalic.TTF, familySans, 400, cssom.FontStyleItalic},
	{liberationsansbold.TTF, familySans, 700, cssom.FontStyleNormal},
	{liberationsansbolditalic.TTF, familySans, 700, cssom.FontStyleItalic},
	{liberationmonoregular.TTF, familyMono, 400, cssom.FontStyleNormal},
	{liberationmonoitalic.TTF, familyMono, 400, cssom.FontStyleItalic},
	{liberationmonobold.TTF, familyMono, 700, cssom.FontStyleNormal},
	{liberationmonobolditalic.TTF, familyMono, 700, cssom.FontStyleItalic},
	{goregular.TTF, familyGo, 400, cssom.FontStyleNormal},
	{goitalic.TTF, familyGo, 400, cssom.FontStyleItalic},
	{gomedium.TTF, familyGo, 500, cssom.FontStyleNormal},
	{gomediumitalic.TTF, familyGo, 500, cssom.FontStyleItalic},
	{gobold.TTF, familyGo, 700, cssom.FontStyleNormal},
	{gobolditalic.TTF, familyGo, 700, cssom.FontStyleItalic},
	{gomono.TTF, familyGoMono, 400, cssom.FontStyleNormal},
	{gomonoitalic.TTF, familyGoMono, 400, cssom.FontStyleItalic},
	{gomonobold.TTF, familyGoMono, 700, cssom.FontStyleNormal},
	{gomonobolditalic.TTF, familyGoMono, 700, cssom.FontStyleItalic},
}

// embeddedFonts returns the embedded faces, shared (read-only) by every
// FontSet in the process. Making them parses nothing: each face parses its
// tables the first time it is used (Font.data), so a process that renders
// only Liberation Serif text never parses the other faces.
var embeddedFonts = sync.OnceValue(func() []*Font {
	out := make([]*Font, len(embeddedList))
	for i, e := range embeddedList {
		out[i] = &Font{family: e.family, weight: e.weight, weightMax: e.weight, style: e.style,
			lazy: &lazyData{src: e.data}}
	}
	return out
})

// fallbackFamilies are the embedded families every fallback list ends with,
// before the faces the caller added: the default face, then the Go fonts
// for characters Liberation lacks.
var fallbackFamilies = []string{defaultFamily, familyGo}
