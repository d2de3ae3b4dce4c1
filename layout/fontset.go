package layout

import (
	"errors"
	"fmt"
	"hash/maphash"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/paneweb/pane/cssom"
)

// fontFamily is one family of the set: its faces in registration order.
type fontFamily struct {
	name  string
	faces []*Font
	// web is set once an @font-face face joined the family: from then on
	// it holds only @font-face faces.
	web bool
}

// genericFamilies maps the CSS generic family keywords to the embedded
// family that stands for them.
// https://www.w3.org/TR/css-fonts-4/#generic-font-families
//
// TODO(spec): metric-compatible faces for the web's default families (Arial,
// Helvetica, Times New Roman, Courier New, Georgia, Verdana) and for serif
// and sans-serif; today every proportional generic is Go.
var genericFamilies = map[string]string{
	"serif":         familyGo,
	"sans-serif":    familyGo,
	"system-ui":     familyGo,
	"cursive":       familyGo,
	"fantasy":       familyGo,
	"math":          familyGo,
	"emoji":         familyGo,
	"fangsong":      familyGo,
	"ui-serif":      familyGo,
	"ui-sans-serif": familyGo,
	"ui-rounded":    familyGo,
	"monospace":     familyGoMono,
	"ui-monospace":  familyGoMono,
}

// asciiLower returns s with ASCII upper-case letters lowered: CSS family
// names match ASCII case-insensitively
// (https://www.w3.org/TR/css-fonts-4/#family-name-syntax). It allocates only
// when s has an upper-case letter.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// register adds f to family name; the caller holds s.mu for writing (or owns
// s exclusively).
func (s *FontSet) register(name string, f *Font) { s.registerFace(name, f, false) }

// registerFace adds f to family name; web says f comes from an @font-face
// rule. The caller holds s.mu for writing (or owns s exclusively).
func (s *FontSet) registerFace(name string, f *Font, web bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return
	}
	key := asciiLower(name)
	old := s.families[key]
	// Families are never changed once published (Derive shares them): a
	// new face makes a new family value.
	fam := &fontFamily{name: name, web: web}
	switch {
	case old == nil:
	case web && !old.web:
		// https://www.w3.org/TR/css-fonts-4/#font-face-rule: a family
		// defined by @font-face rules hides installed fonts of that name.
		fam.name = old.name
	case !web && old.web:
		return
	default:
		fam.name = old.name
		fam.faces = old.faces[:len(old.faces):len(old.faces)]
	}
	fam.faces = append(fam.faces, f)
	s.families[key] = fam
}

// FontFaceDescriptors are the descriptors of an @font-face rule that pick
// the face out for font matching; they override what the font file says.
// https://www.w3.org/TR/css-fonts-4/#font-face-rule
type FontFaceDescriptors struct {
	// Family is the font-family descriptor (required).
	Family string
	// Weight is the font-weight descriptor, 1 to 1000; 0 is auto (the
	// weight the font file declares).
	Weight uint16
	// Style is the font-style descriptor when StyleSet; otherwise auto (the
	// style the font file declares).
	Style    cssom.FontStyle
	StyleSet bool
}

// AddFontFace adds the first face in data (TTF, OTF, TTC or WOFF 1.0) as an
// @font-face rule would: under d.Family with d's weight and style, hiding
// faces of the same family name that AddFont or AddDir added. Like AddFont
// it keeps data and drops the set's cached results. Use it on a set from
// Derive so that one page's web fonts do not leak into other pages.
//
// TODO(spec): unicode-range, font-stretch, font-display and the ascent-,
// descent- and line-gap-override descriptors; weight ranges for variable
// fonts; the #index fragment choosing a face of a collection.
func (s *FontSet) AddFontFace(data []byte, d FontFaceDescriptors) error {
	if strings.TrimSpace(d.Family) == "" {
		return errors.New("layout: add font face: empty font-family descriptor")
	}
	fonts, err := parseFonts(data)
	if err != nil {
		return fmt.Errorf("layout: add font face %q: %w", d.Family, err)
	}
	f := fonts[0]
	f.family, f.altFamily = strings.TrimSpace(d.Family), ""
	if d.Weight != 0 {
		f.weight = normWeight(d.Weight)
	}
	if d.StyleSet {
		f.style = d.Style
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.registerFace(f.family, f, true)
	s.chains.clear()
	s.shapes.clear()
	return nil
}

// Derive returns a new font set with the faces of s and empty caches: faces
// added to either set afterwards do not show in the other. The parsed faces
// are shared, so deriving is cheap (a copy of the family table).
func (s *FontSet) Derive() *FontSet {
	d := &FontSet{families: make(map[string]*fontFamily), seed: maphash.MakeSeed()}
	d.chains.init()
	d.shapes.init()
	s.mu.RLock()
	defer s.mu.RUnlock()
	for k, fam := range s.families {
		d.families[k] = fam // copied on write by registerFace
	}
	d.added = s.added[:len(s.added):len(s.added)]
	return d
}

// addFont implements FontSet.AddFont.
func (s *FontSet) addFont(data []byte) error {
	fonts, err := parseFonts(data)
	if err != nil {
		return fmt.Errorf("layout: add font: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range fonts {
		s.register(f.family, f)
		if f.altFamily != "" && !strings.EqualFold(f.altFamily, f.family) {
			s.register(f.altFamily, f)
		}
		s.added = append(s.added, f)
	}
	// New faces change font matching: drop every cached result.
	s.chains.clear()
	s.shapes.clear()
	return nil
}

// addDir implements FontSet.AddDir.
func (s *FontSet) addDir(dir string) error {
	entries, err := os.ReadDir(dir) // sorted by file name
	if err != nil {
		return fmt.Errorf("layout: add font dir: %w", err)
	}
	var errs []error
	for _, e := range entries {
		switch strings.ToLower(filepath.Ext(e.Name())) {
		case ".ttf", ".otf", ".ttc", ".otc", ".woff":
		default:
			continue
		}
		if e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err == nil {
			err = s.addFont(data)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
		}
	}
	return errors.Join(errs...)
}

// chainFace is one entry of a font fallback list: a face and the synthesis
// it needs to stand for the requested weight and style.
type chainFace struct {
	font                 *Font
	fakeBold, fakeItalic bool
}

// fontChain is the resolved fallback list for a family list, weight and
// style: the matched face of each available family in order, then the
// default, then the caller-added families (the system fallback). faces is
// never empty; faces[0] is the primary font.
type fontChain struct {
	families []string
	weight   uint16
	style    cssom.FontStyle
	faces    []chainFace
}

// normWeight returns w as a CSS weight: 0 means normal (400); values above
// 1000 clamp.
func normWeight(w uint16) uint16 {
	switch {
	case w == 0:
		return 400
	case w > 1000:
		return 1000
	}
	return w
}

// chain returns the cached fallback list for spec.
func (s *FontSet) chain(spec FontSpec) *fontChain {
	w := normWeight(spec.Weight)
	h := s.chainHash(spec.Families, w, spec.Style)
	if c := s.chains.get(h, spec.Families, w, spec.Style); c != nil {
		return c
	}
	return s.resolveChain(h, spec.Families, w, spec.Style)
}

func (s *FontSet) chainHash(families []string, w uint16, st cssom.FontStyle) uint64 {
	h := uint64(w)<<8 | uint64(st)
	for _, f := range families {
		h = h*0x9E3779B97F4A7C15 ^ maphash.String(s.seed, f)
	}
	return h
}

// resolveChain builds the font fallback list.
// https://www.w3.org/TR/css-fonts-4/#font-style-matching
//
// Each family of the list that the set has contributes its best face for
// the weight and style (steps 1-5); families the set lacks are skipped; the
// generic default Go comes next, then the caller-added families in
// registration order (the "system font fallback" of step 7).
//
// The new list is cached under hash h while s.mu is held, so that AddFont
// (which clears the cache under the write lock) never races with a stale
// entry.
func (s *FontSet) resolveChain(h uint64, families []string, w uint16, st cssom.FontStyle) *fontChain {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := &fontChain{families: append([]string(nil), families...), weight: w, style: st}
	seen := make(map[*fontFamily]bool)
	add := func(fam *fontFamily) {
		if fam == nil || seen[fam] || len(fam.faces) == 0 {
			return
		}
		seen[fam] = true
		c.faces = append(c.faces, matchFace(fam.faces, w, st))
	}
	for _, name := range families {
		key := asciiLower(strings.TrimSpace(name))
		if g, ok := genericFamilies[key]; ok {
			key = asciiLower(g)
		}
		add(s.families[key])
	}
	add(s.families[asciiLower(familyGo)])
	for _, f := range s.added {
		add(s.families[asciiLower(f.family)])
	}
	if len(c.faces) == 0 {
		// Unreachable while the embedded faces are registered; keep the
		// invariant anyway.
		c.faces = append(c.faces, chainFace{font: embeddedFonts()[0]})
	}
	s.chains.put(h, c)
	return c
}

// chainCache is a bounded cache of fallback lists keyed by a hash of the
// family list, weight and style; entries are verified on lookup.
type chainCache struct {
	mu sync.RWMutex
	m  map[uint64]*fontChain
}

const maxChains = 4096

func (c *chainCache) init() { c.m = make(map[uint64]*fontChain) }

func (c *chainCache) get(h uint64, families []string, w uint16, st cssom.FontStyle) *fontChain {
	c.mu.RLock()
	e := c.m[h]
	c.mu.RUnlock()
	if e == nil || e.weight != w || e.style != st || !equalStrings(e.families, families) {
		return nil
	}
	return e
}

func (c *chainCache) put(h uint64, e *fontChain) {
	c.mu.Lock()
	if len(c.m) >= maxChains {
		clear(c.m)
	}
	c.m[h] = e
	c.mu.Unlock()
}

func (c *chainCache) clear() {
	c.mu.Lock()
	clear(c.m)
	c.mu.Unlock()
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// errNoFaces is returned when data holds no face.
var errNoFaces = errors.New("no font face in data")
