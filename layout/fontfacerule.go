package layout

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"sync"

	"github.com/paneweb/pane/cssom"
)

// @font-face support: the descriptors that pick a web font out for font
// matching, and the FontSet entry point that adds one.
// https://www.w3.org/TR/css-fonts-4/#font-face-rule

// FontFaceDescriptors are the descriptors of an @font-face rule that pick
// the face out for font matching; they override what the font file says.
// https://www.w3.org/TR/css-fonts-4/#font-face-rule
type FontFaceDescriptors struct {
	// Family is the font-family descriptor (required).
	Family string
	// Weight is the font-weight descriptor, 1 to 1000; 0 is auto (the
	// weight the font file declares). WeightMax, when above Weight, makes
	// it a range (font-weight: 100 900): the face matches every weight in
	// it.
	Weight, WeightMax uint16
	// Style is the font-style descriptor when StyleSet; otherwise auto (the
	// style the font file declares).
	Style    cssom.FontStyle
	StyleSet bool
	// UnicodeRange is the unicode-range descriptor: the face is used only
	// for these characters. Nil means every character.
	UnicodeRange []UnicodeRange
	// Stretch and StretchMax are the font-stretch descriptor in percent,
	// 0 for auto (the width the font file declares); a range when
	// StretchMax is above Stretch.
	Stretch, StretchMax float32
}

// AddFontFace adds the first face in data (TTF, OTF, TTC, WOFF or WOFF2) as
// an @font-face rule would: under d.Family with d's weight (range), style
// and unicode-range, hiding faces of the same family name that AddFont or
// AddDir added. Faces of one family with equal weight and style but
// different unicode-ranges combine into one composite face, the last added
// checked first for each character. The font-display descriptor has no
// equivalent: Pane waits for every font before layout.
//
// Like AddFont it keeps data and drops the set's cached results. Parsed
// tables are shared process-wide between calls with identical data, so
// adding the same web font to many pages' sets parses it once. Use it on a
// set from Derive so that one page's web fonts do not leak into other
// pages.
//
// TODO(spec): font-feature-settings, font-variation-settings
// and the ascent-, descent- and line-gap-override descriptors; setting a
// variable font's axes from the weight range; the #index fragment choosing
// a face of a collection.
func (s *FontSet) AddFontFace(data []byte, d FontFaceDescriptors) error {
	family := strings.TrimSpace(d.Family)
	if family == "" {
		return errors.New("layout: add font face: empty font-family descriptor")
	}
	fd, proto, err := parseFirstFaceCached(data)
	if err != nil {
		return fmt.Errorf("layout: add font face %q: %w", family, err)
	}
	s.addFace(&Font{family: family, weight: proto.weight, weightMax: proto.weightMax, style: proto.style, d: fd}, d)
	return nil
}

// addFace registers f, a face an @font-face rule brings, after applying
// the rule's descriptors d (each one given overrides what the font file
// says), and drops the set's cached results.
func (s *FontSet) addFace(f *Font, d FontFaceDescriptors) {
	if d.Weight != 0 {
		f.weight = normWeight(d.Weight)
		f.weightMax = max(f.weight, min(d.WeightMax, 1000))
	}
	if d.StyleSet {
		f.style = d.Style
	}
	if d.Stretch > 0 {
		f.stretchLo, f.stretchHi = d.Stretch, max(d.Stretch, d.StretchMax)
	}
	if d.UnicodeRange != nil {
		f.unicodeRange = append(make([]UnicodeRange, 0, len(d.UnicodeRange)), d.UnicodeRange...)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.registerFace(f.family, f, true)
	s.chains.clear()
	s.shapes.clear()
}

// faceCache shares parsed web fonts between font sets: pages of one site
// load the same files. It keeps the last maxCachedFaces files, and at most
// maxCachedFaceBytes bytes of font data.
var faceCache struct {
	mu      sync.Mutex
	seed    maphash.Seed
	entries []faceCacheEntry
	bytes   int
}

type faceCacheEntry struct {
	hash  uint64
	data  []byte
	proto *Font // the face as the file describes it
}

const (
	maxCachedFaces     = 64
	maxCachedFaceBytes = 64 << 20
)

func init() { faceCache.seed = maphash.MakeSeed() }

// parseFirstFaceCached parses data's first face, or returns the parsed face
// of an earlier call with identical bytes.
func parseFirstFaceCached(data []byte) (*fontData, *Font, error) {
	h := maphash.Bytes(faceCache.seed, data)
	faceCache.mu.Lock()
	for _, e := range faceCache.entries {
		if e.hash == h && bytes.Equal(e.data, data) {
			faceCache.mu.Unlock()
			return e.proto.d, e.proto, nil
		}
	}
	faceCache.mu.Unlock()
	fonts, err := parseFonts(data)
	if err != nil {
		return nil, nil, err
	}
	f := fonts[0]
	if len(data) > maxCachedFaceBytes/4 {
		return f.d, f, nil
	}
	faceCache.mu.Lock()
	for len(faceCache.entries) > 0 && (len(faceCache.entries) >= maxCachedFaces || faceCache.bytes+len(data) > maxCachedFaceBytes) {
		faceCache.bytes -= len(faceCache.entries[0].data)
		faceCache.entries = faceCache.entries[1:]
	}
	faceCache.entries = append(faceCache.entries, faceCacheEntry{hash: h, data: data, proto: f})
	faceCache.bytes += len(data)
	faceCache.mu.Unlock()
	return f.d, f, nil
}

// SupportedFontFormat reports whether the set can load an @font-face source
// of the given format() hint (https://www.w3.org/TR/css-fonts-4/#src-desc):
// "truetype", "opentype", "woff", "woff2" and "collection" (and their
// "-variations" forms) are; an empty hint is tried.
func SupportedFontFormat(format string) bool {
	switch strings.TrimSuffix(asciiLower(strings.TrimSpace(format)), "-variations") {
	case "", "truetype", "opentype", "woff", "woff2", "collection":
		return true
	}
	return false
}

// FontFaceDescriptorsOf converts a parsed @font-face rule's descriptors.
// A descriptor whose value is invalid makes the whole rule invalid, as
// CSS Fonts 4 says for font-weight, font-style and unicode-range; the error
// says which.
func FontFaceDescriptorsOf(ff *cssom.FontFace) (FontFaceDescriptors, error) {
	d := FontFaceDescriptors{Family: ff.Family}
	var err error
	if ff.Weight != "" {
		if d.Weight, d.WeightMax, err = parseWeightDescriptor(ff.Weight); err != nil {
			return d, err
		}
	}
	if ff.Style != "" {
		if d.Style, d.StyleSet, err = parseStyleDescriptor(ff.Style); err != nil {
			return d, err
		}
	}
	if ff.UnicodeRange != "" {
		if d.UnicodeRange, err = ParseUnicodeRange(ff.UnicodeRange); err != nil {
			return d, err
		}
	}
	if ff.Stretch != "" {
		if d.Stretch, d.StretchMax, err = parseStretchDescriptor(ff.Stretch); err != nil {
			return d, err
		}
	}
	return d, nil
}

// stretchKeywords are the font-stretch keywords in percent.
var stretchKeywords = map[string]float32{
	"ultra-condensed": 50, "extra-condensed": 62.5, "condensed": 75, "semi-condensed": 87.5,
	"normal": 100, "semi-expanded": 112.5, "expanded": 125, "extra-expanded": 150, "ultra-expanded": 200,
}

// parseStretchDescriptor parses the font-stretch descriptor: auto |
// <font-stretch-absolute>{1,2}, keywords or percentages; a range in
// reverse order is swapped. auto gives 0, 0.
// https://www.w3.org/TR/css-fonts-4/#font-prop-desc
func parseStretchDescriptor(v string) (lo, hi float32, err error) {
	fields := strings.Fields(asciiLower(v))
	if len(fields) == 1 && fields[0] == "auto" {
		return 0, 0, nil
	}
	if len(fields) < 1 || len(fields) > 2 {
		return 0, 0, fmt.Errorf("layout: invalid font-stretch descriptor %q", v)
	}
	var ps [2]float32
	for i, f := range fields {
		if p, ok := stretchKeywords[f]; ok {
			ps[i] = p
			continue
		}
		n, perr := strconv.ParseFloat(strings.TrimSuffix(f, "%"), 32)
		if perr != nil || !strings.HasSuffix(f, "%") || n <= 0 {
			return 0, 0, fmt.Errorf("layout: invalid font-stretch descriptor %q", v)
		}
		ps[i] = float32(n)
	}
	if len(fields) == 1 {
		ps[1] = ps[0]
	}
	return min(ps[0], ps[1]), max(ps[0], ps[1]), nil
}

// parseWeightDescriptor parses the font-weight descriptor: auto | <weight>{1,2}
// where a weight is normal, bold or a number from 1 to 1000. A range given
// in reverse order is swapped. auto gives 0, 0.
// https://www.w3.org/TR/css-fonts-4/#font-prop-desc
func parseWeightDescriptor(v string) (lo, hi uint16, err error) {
	fields := strings.Fields(asciiLower(v))
	if len(fields) == 1 && fields[0] == "auto" {
		return 0, 0, nil
	}
	if len(fields) < 1 || len(fields) > 2 {
		return 0, 0, fmt.Errorf("layout: invalid font-weight descriptor %q", v)
	}
	var ws [2]uint16
	for i, f := range fields {
		switch f {
		case "normal":
			ws[i] = 400
		case "bold":
			ws[i] = 700
		default:
			n, err := strconv.ParseFloat(f, 64)
			if err != nil || n < 1 || n > 1000 {
				return 0, 0, fmt.Errorf("layout: invalid font-weight descriptor %q", v)
			}
			ws[i] = uint16(n + 0.5)
		}
	}
	if len(fields) == 1 {
		ws[1] = ws[0]
	}
	return min(ws[0], ws[1]), max(ws[0], ws[1]), nil
}

// parseStyleDescriptor parses the font-style descriptor: auto | normal |
// italic | oblique [ <angle>{1,2} ]?. auto gives set false.
//
// TODO(spec): oblique angles are accepted and ignored: the face is an
// oblique face of no particular angle.
func parseStyleDescriptor(v string) (st cssom.FontStyle, set bool, err error) {
	fields := strings.Fields(asciiLower(v))
	switch {
	case len(fields) == 1 && fields[0] == "auto":
		return cssom.FontStyleNormal, false, nil
	case len(fields) == 1 && fields[0] == "normal":
		return cssom.FontStyleNormal, true, nil
	case len(fields) == 1 && fields[0] == "italic":
		return cssom.FontStyleItalic, true, nil
	case len(fields) >= 1 && len(fields) <= 3 && fields[0] == "oblique":
		return cssom.FontStyleOblique, true, nil
	}
	return cssom.FontStyleNormal, false, fmt.Errorf("layout: invalid font-style descriptor %q", v)
}

// ParseUnicodeRange parses the unicode-range descriptor: a comma-separated
// list of <urange> (U+26, U+0-7F, U+4??). Ranges are clamped to U+10FFFF;
// a range whose start exceeds its end, or a malformed item, makes the whole
// descriptor invalid, as CSS Fonts 4 says.
// https://www.w3.org/TR/css-fonts-4/#unicode-range-desc
// https://www.w3.org/TR/css-syntax-3/#urange-syntax
func ParseUnicodeRange(v string) ([]UnicodeRange, error) {
	var out []UnicodeRange
	for item := range strings.SplitSeq(v, ",") {
		r, ok := parseURange(strings.TrimSpace(item))
		if !ok {
			return nil, fmt.Errorf("layout: invalid unicode-range %q", v)
		}
		out = append(out, r)
	}
	return out, nil
}

// parseURange parses one <urange>: "u+" then 1 to 6 hex digits, or hex
// digits ending in '?' wildcards (6 in all at most), or two hex numbers
// joined by '-'.
func parseURange(s string) (UnicodeRange, bool) {
	if len(s) < 3 || (s[0] != 'u' && s[0] != 'U') || s[1] != '+' {
		return UnicodeRange{}, false
	}
	s = s[2:]
	first, last, ok := s, "", true
	if i := strings.IndexByte(s, '-'); i >= 0 {
		first, last = s[:i], s[i+1:]
	}
	if last == "" && strings.HasSuffix(first, "?") {
		digits := strings.TrimRight(first, "?")
		if len(first) > 6 {
			return UnicodeRange{}, false
		}
		lo, ok1 := parseHex(digits + strings.Repeat("0", len(first)-len(digits)))
		hi, ok2 := parseHex(digits + strings.Repeat("F", len(first)-len(digits)))
		return clampRange(lo, hi), ok1 && ok2
	}
	lo, ok1 := parseHex(first)
	hi := lo
	if last != "" || strings.Contains(s, "-") {
		hi, ok = parseHex(last)
	}
	if !ok1 || !ok || lo > hi || lo > 0x10FFFF {
		return UnicodeRange{}, false
	}
	return clampRange(lo, hi), true
}

func parseHex(s string) (rune, bool) {
	if len(s) == 0 || len(s) > 6 {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 16, 32)
	return rune(n), err == nil
}

func clampRange(lo, hi rune) UnicodeRange {
	return UnicodeRange{First: min(lo, 0x10FFFF), Last: min(hi, 0x10FFFF)}
}
