package layout

import (
	"errors"
	"strings"
)

// local() font sources (https://www.w3.org/TR/css-fonts-4/#src-desc):
// "the full font name or the postscript name of a locally available
// font". Locally available here means the faces of the font set: the
// embedded defaults and the fonts the caller added (Options.Fonts, -fonts
// DIR, system fonts when opted in), so the result stays deterministic.

// errNoLocalFont reports a local() name no face of the set has.
var errNoLocalFont = errors.New("layout: no local font of that name")

// AddLocalFontFace adds, as an @font-face rule with descriptors d would,
// the face of the set whose full name or PostScript name is name (ASCII
// case-insensitively). It fails when there is none.
func (s *FontSet) AddLocalFontFace(name string, d FontFaceDescriptors) error {
	family := strings.TrimSpace(d.Family)
	if family == "" {
		return errors.New("layout: add local font face: empty font-family descriptor")
	}
	src := s.localFace(name)
	if src == nil {
		return errNoLocalFont
	}
	s.addFace(&Font{family: family, weight: src.weight, weightMax: src.weightMax, style: src.style,
		widthClass: src.widthClass, d: src.data(), wght: src.wght}, d)
	return nil
}

// localFace returns the face named name, or nil: the added faces by their
// name table's full and PostScript names, the embedded faces by the names
// their files carry ("Liberation Sans Bold Italic", "LiberationSans-Bold").
func (s *FontSet) localFace(name string) *Font {
	want := asciiLower(strings.TrimSpace(name))
	if want == "" {
		return nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	for _, f := range s.added {
		if asciiLower(f.fullName) == want || asciiLower(f.psName) == want {
			return f
		}
	}
	for _, f := range embeddedFonts() {
		full, ps := embeddedNames(f)
		if asciiLower(full) == want || asciiLower(ps) == want {
			return f
		}
	}
	return nil
}

// embeddedNames returns the full and PostScript names of an embedded face
// without parsing it, from its family, weight and style as the Liberation
// and Go font files name themselves.
func embeddedNames(f *Font) (full, ps string) {
	var suffix []string
	if f.weight >= 600 {
		suffix = append(suffix, "Bold")
	}
	if f.style != 0 {
		suffix = append(suffix, "Italic")
	}
	full, ps = f.family, strings.ReplaceAll(f.family, " ", "")
	if len(suffix) > 0 {
		full += " " + strings.Join(suffix, " ")
		ps += "-" + strings.Join(suffix, "")
	} else {
		ps += "-Regular"
	}
	return full, ps
}
