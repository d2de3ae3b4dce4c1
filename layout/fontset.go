package layout

import (
	"errors"
	"fmt"
	"hash/maphash"
	"math"
	"os"
	"path/filepath"
	"slices"
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
		case ".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2":
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
// never empty; primary() is the primary font.
type fontChain struct {
	families []string
	weight   uint16
	style    cssom.FontStyle
	stretch  float32
	faces    []chainFace
}

// primary returns the chain's first available font (see FontSet.Primary).
func (c *fontChain) primary() chainFace { return c.faces[c.primaryIndex()] }

// primaryIndex returns the index of the first face whose unicode-range
// holds U+0020.
func (c *fontChain) primaryIndex() int {
	for i, cf := range c.faces {
		if cf.font.inRange(' ') {
			return i
		}
	}
	return 0
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
	w, st := normWeight(spec.Weight), stretchOf(spec)
	h := s.chainHash(spec.Families, w, spec.Style) ^ uint64(math.Float32bits(st))<<17
	if c := s.chains.get(h, spec.Families, w, spec.Style); c != nil && c.stretch == st {
		return c
	}
	return s.resolveChain(h, spec.Families, w, spec.Style, st)
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
// Each family of the list that the set has contributes its best faces for
// the weight and style (steps 1-5): the matched face, and with it every
// face of the family with the same descriptors but another unicode-range
// (a segmented family, https://www.w3.org/TR/css-fonts-4/#composite-fonts),
// the last defined first. Generic keywords map to the embedded faces, and a
// name the set lacks may alias a metric-compatible embedded family
// (familyAliases); other missing families are skipped. The default face and
// the Go fonts come next, then the caller-added families in registration
// order (the "system font fallback" of step 7).
//
// The new list is cached under hash h while s.mu is held, so that AddFont
// (which clears the cache under the write lock) never races with a stale
// entry.
func (s *FontSet) resolveChain(h uint64, families []string, w uint16, st cssom.FontStyle, stretch float32) *fontChain {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c := &fontChain{families: append([]string(nil), families...), weight: w, style: st, stretch: stretch}
	seen := make(map[*fontFamily]bool)
	add := func(fam *fontFamily) {
		if fam == nil || seen[fam] || len(fam.faces) == 0 {
			return
		}
		seen[fam] = true
		c.faces = appendSegments(c.faces, fam.faces, matchFaceWidth(fam.faces, stretch, w, st), w)
	}
	for _, name := range families {
		add(s.lookupFamily(name))
	}
	for _, name := range fallbackFamilies {
		add(s.families[asciiLower(name)])
	}
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

// lookupFamily returns the family a font-family entry names: a generic
// keyword's embedded family, else the set's family of that name, else the
// embedded family it is an alias of; nil when there is none. The caller
// holds s.mu.
func (s *FontSet) lookupFamily(name string) *fontFamily {
	key := asciiLower(strings.TrimSpace(name))
	if g, ok := genericFamilies[key]; ok {
		return s.families[asciiLower(g)]
	}
	if fam := s.families[key]; fam != nil {
		return fam
	}
	if a, ok := familyAliases[key]; ok {
		return s.families[asciiLower(a)]
	}
	return nil
}

// appendSegments appends the matched face m of a family and then the other
// faces of the family with the same weight range and style but a different
// unicode-range, latest registration first: "If the unicode ranges overlap
// for a set of @font-face rules with the same descriptor values, the rules
// are ordered in the reverse order they were defined; the last rule defined
// is the first to be checked for a given character."
// https://www.w3.org/TR/css-fonts-4/#unicode-range-desc
//
// Variable faces enter the list as their instance at weight w.
func appendSegments(dst []chainFace, faces []*Font, m chainFace, w uint16) []chainFace {
	base := m.font
	m.font = base.instance(w)
	dst = append(dst, m)
	for i := len(faces) - 1; i >= 0; i-- {
		f := faces[i]
		if f == base || f.style != base.style || f.weight != base.weight || f.weightMax != base.weightMax {
			continue
		}
		dst = append(dst, chainFace{font: f.instance(w), fakeBold: m.fakeBold, fakeItalic: m.fakeItalic})
	}
	return dst
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
	if e == nil || e.weight != w || e.style != st || !slices.Equal(e.families, families) {
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

// errNoFaces is returned when data holds no face.
var errNoFaces = errors.New("no font face in data")
