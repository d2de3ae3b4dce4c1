package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
)

// runSummary describes runs as "family:text" items for comparisons.
func runSummary(runs []ShapedRun) string {
	var parts []string
	for _, r := range runs {
		parts = append(parts, r.Font.Family()+":"+r.Text)
	}
	return strings.Join(parts, " | ")
}

func TestShapeFallback(t *testing.T) {
	s := ahemSet(t)
	tests := []struct {
		families []string
		text     string
		want     string
	}{
		// Ahem lacks Cyrillic and CJK: ж falls back to the default face
		// (Liberation Serif); 日 no face has, so it is the primary font's
		// .notdef.
		{[]string{"Ahem"}, "Xж日", "Ahem:X | Liberation Serif:ж | Ahem:日"},
		{[]string{"Ahem"}, "ab", "Ahem:ab"},
		{[]string{"Courier New", "Ahem", "serif"}, "aβc", "Liberation Mono:aβc"},
		{[]string{"Ahem", "Arial"}, "aβc", "Ahem:a | Liberation Sans:β | Ahem:c"},
		{[]string{"serif", "Ahem"}, "aβc", "Liberation Serif:aβc"},
		{[]string{"monospace"}, "a日b", "Liberation Mono:a日b"},
		// Liberation lacks ∪: the Go fonts stand in.
		{[]string{"sans-serif"}, "a∪b", "Liberation Sans:a | Go:∪ | Liberation Sans:b"},
		// A combining mark stays with its base character's face; a face
		// with the whole cluster wins over one with the base alone.
		{[]string{"Ahem"}, "жe\u0301", "Liberation Serif:жe\u0301"},
		{[]string{"Ahem"}, "e\u0301", "Liberation Serif:e\u0301"},
	}
	for _, tc := range tests {
		got := runSummary(s.Shape(tc.text, FontSpec{Families: tc.families, Weight: 400, Size: px(10)}))
		if got != tc.want {
			t.Errorf("Shape(%q, %q) = %s, want %s", tc.text, tc.families, got, tc.want)
		}
	}
	runs := s.Shape("Xж日", FontSpec{Families: []string{"Ahem"}, Size: px(10)})
	if id := runs[2].Glyphs[0].ID; id != 0 {
		t.Errorf("日 in Ahem: glyph %d, want .notdef (0)", id)
	}
	if runs[1].Advance <= 0 || runs[1].Advance == px(10) {
		t.Errorf("ж in Liberation Serif: advance %v, want its own width", runs[1].Advance)
	}
}

// TestSystemFallback: a character neither the family list nor the defaults
// have comes from a caller-added face.
func TestSystemFallback(t *testing.T) {
	s := ahemSet(t)
	ahem := s.Primary(FontSpec{Families: []string{"Ahem"}})
	var c rune
	for _, r := range "∆∏∑√∞∫≈≠≤≥⋲◊‰⁄ƒˉ" {
		if ahem.HasGlyph(r) && !embeddedFonts()[0].HasGlyph(r) && !s.Primary(FontSpec{Families: []string{"Go"}}).HasGlyph(r) {
			c = r
			break
		}
	}
	if c == 0 {
		t.Fatal("no character that Ahem has and Liberation and Go lack in the candidate list")
	}
	got := runSummary(s.Shape("a"+string(c), FontSpec{Families: []string{"serif"}, Size: px(10)}))
	if want := "Liberation Serif:a | Ahem:" + string(c); got != want {
		t.Errorf("system fallback: %s, want %s", got, want)
	}
}

func TestShapeGo(t *testing.T) {
	s := NewFontSet()
	spec := FontSpec{Families: []string{"serif"}, Weight: 400, Size: px(16)}
	runs := s.Shape("Hello, world", spec)
	if len(runs) != 1 || runs[0].Text != "Hello, world" || len(runs[0].Glyphs) != 12 {
		t.Fatalf("Shape(Hello, world) = %+v", runs)
	}
	var sum Fixed
	for i, g := range runs[0].Glyphs {
		if g.X != sum {
			t.Errorf("glyph %d at X %v, want %v", i, g.X, sum)
		}
		sum += g.Advance
	}
	if sum != runs[0].Advance {
		t.Errorf("advance %v, want the glyph sum %v", runs[0].Advance, sum)
	}
	// Go is proportional and Go Mono is not.
	w := s.Shape("iiii", spec)[0].Advance
	m := s.Shape("MMMM", spec)[0].Advance
	if w >= m {
		t.Errorf("Go: iiii (%v) should be narrower than MMMM (%v)", w, m)
	}
	mono := spec
	mono.Families = []string{"monospace"}
	if a, b := s.Shape("iiii", mono)[0].Advance, s.Shape("MMMM", mono)[0].Advance; a != b {
		t.Errorf("Go Mono: iiii %v != MMMM %v", a, b)
	}
	// Advances scale with the size (up to per-glyph rounding).
	big := spec
	big.Size = px(32)
	if a, b := s.Shape("Hello", spec)[0].Advance, s.Shape("Hello", big)[0].Advance; b-2*a > 5 || 2*a-b > 5 {
		t.Errorf("Hello at 32px = %v, want about twice %v", b, a)
	}
}

func TestShapeEdgeCases(t *testing.T) {
	s := NewFontSet()
	spec := FontSpec{Families: []string{"serif"}, Size: px(12)}
	if runs := s.Shape("", spec); runs != nil {
		t.Errorf("Shape(\"\") = %v, want nil", runs)
	}
	for _, text := range []string{"\xff\xfe", "a\x00b", "\t", "\u200d", strings.Repeat("\u0301", 50), "\U0010FFFF", "a\u00adb"} {
		runs := s.Shape(text, spec)
		var covered string
		for _, r := range runs {
			covered += r.Text
		}
		if covered != text {
			t.Errorf("Shape(%q): runs cover %q", text, covered)
		}
	}
	// Controls take no room; a stray tab or newline is a space.
	adv := func(text string) Fixed {
		var a Fixed
		for _, r := range s.Shape(text, spec) {
			a += r.Advance
		}
		return a
	}
	if a, b := adv("a\tb"), adv("a b"); a != b {
		t.Errorf("a<tab>b advance %v, want a b's %v", a, b)
	}
	if a, b := adv("a\nb"), adv("a b"); a != b {
		t.Errorf("a<LF>b advance %v, want a b's %v", a, b)
	}
	if a, b := adv("a\x01\x7f\u0085b"), adv("ab"); a != b {
		t.Errorf("a<controls>b advance %v, want ab's %v", a, b)
	}
	for _, r := range s.Shape("a\x01\u200bb", spec) {
		for _, g := range r.Glyphs {
			if g.ID == 0 {
				t.Errorf("controls shape to .notdef: %+v", r.Glyphs)
			}
		}
	}
	for _, size := range []Fixed{0, -px(5), 1 << 62} {
		sp := spec
		sp.Size = size
		for _, r := range s.Shape("abc", sp) {
			if r.Advance < 0 {
				t.Errorf("size %d: negative advance %v", size, r.Advance)
			}
		}
	}
	if got := s.Shape("abc", FontSpec{Size: 0})[0].Advance; got != 0 {
		t.Errorf("0px advance = %v, want 0", got)
	}
}

func TestShapeCache(t *testing.T) {
	s := NewFontSet()
	spec := FontSpec{Families: []string{"serif"}, Size: px(12)}
	a := s.Shape("cached", spec)
	b := s.Shape("cached", FontSpec{Families: []string{"serif"}, Size: px(12)})
	if &a[0] != &b[0] {
		t.Errorf("second Shape did not hit the cache")
	}
	// A different spec must not hit the same entry.
	c := s.Shape("cached", FontSpec{Families: []string{"monospace"}, Size: px(12)})
	if c[0].Font.Family() != "Liberation Mono" {
		t.Errorf("monospace after serif: %s", runSummary(c))
	}
	d := s.Shape("cached", FontSpec{Families: []string{"serif"}, Size: px(13)})
	if d[0].Advance == a[0].Advance {
		t.Errorf("13px hit the 12px entry")
	}
	allocs := testing.AllocsPerRun(100, func() { s.Shape("cached", spec) })
	if allocs != 0 {
		t.Errorf("cache hit allocates %v times, want 0", allocs)
	}
	s.Metrics(spec)
	if allocs := testing.AllocsPerRun(100, func() { s.Metrics(spec) }); allocs != 0 {
		t.Errorf("Metrics allocates %v times, want 0", allocs)
	}
	// The cache stays bounded, and recent entries survive a rotation.
	gen := s.shapes.gen.Load()
	var last uint64
	for i := range shapeShards * shardCap * 3 {
		last = uint64(i) * 0x9E3779B97F4A7C15
		s.shapes.put(last, &shapeEntry{text: "x"}, gen)
	}
	if _, ok := s.shapes.get(last, "x", nil, 0, 0, 0, "", ShapeAuto); !ok {
		t.Errorf("the newest entry was evicted")
	}
	n := 0
	for i := range s.shapes.shards {
		n += len(s.shapes.shards[i].cur) + len(s.shapes.shards[i].old)
	}
	if n > 2*shapeShards*shardCap {
		t.Errorf("cache holds %d entries, want at most %d", n, 2*shapeShards*shardCap)
	}
	// Big entries are bounded by bytes.
	for i := range 10000 {
		s.shapes.put(uint64(i)*0x9E3779B97F4A7C15, &shapeEntry{text: "y", cost: 10000}, gen)
	}
	for i := range s.shapes.shards {
		sh := &s.shapes.shards[i]
		bytes := 0
		for _, e := range sh.cur {
			bytes += e.cost
		}
		if bytes != sh.curBytes || bytes > shardBytes || len(sh.old)*10000 > shardBytes+10000 {
			t.Fatalf("shard %d: %d bytes (counted %d) in cur, %d entries in old; bound %d", i, bytes, sh.curBytes, len(sh.old), shardBytes)
		}
	}
	// Long texts are shaped but not cached.
	long := strings.Repeat("x", maxCachedText+1)
	l1, l2 := s.Shape(long, spec), s.Shape(long, spec)
	if &l1[0] == &l2[0] || !reflect.DeepEqual(l1, l2) || len(l1[0].Glyphs) != len(long) {
		t.Errorf("long text: cached %v, equal %v", &l1[0] == &l2[0], reflect.DeepEqual(l1, l2))
	}
}

// TestAddFontInvalidatesCache: results cached before AddFont must not
// survive it.
func TestAddFontInvalidatesCache(t *testing.T) {
	data, err := os.ReadFile(ahemPath)
	if err != nil {
		t.Skipf("Ahem not available: %v", err)
	}
	s := NewFontSet()
	spec := FontSpec{Families: []string{"Ahem", "serif"}, Size: px(10)}
	if got := runSummary(s.Shape("X", spec)); got != "Liberation Serif:X" {
		t.Fatalf("before AddFont: %s", got)
	}
	if err := s.AddFont(data); err != nil {
		t.Fatal(err)
	}
	if got := runSummary(s.Shape("X", spec)); got != "Ahem:X" {
		t.Errorf("after AddFont: %s, want Ahem:X", got)
	}
}

func TestShapeDeterministic(t *testing.T) {
	spec := FontSpec{Families: []string{"Nope", "serif"}, Weight: 700, Size: px(15) + 17}
	text := "Déjà vu — Ωμέγα, Привет! fi ffl 0123"
	a := NewFontSet().Shape(text, spec)
	b := NewFontSet().Shape(text, spec)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("two font sets shape differently:\n%+v\n%+v", a, b)
	}
}

// TestShapeConcurrent shapes the same words from many goroutines (run with
// -race) and checks every result against a sequential reference.
func TestShapeConcurrent(t *testing.T) {
	words := strings.Fields("The quick brown fox jumps over the lazy dog. Съешь же ещё этих мягких французских булок; Ξεσκεπάζω την ψυχοφθόρα βδελυγμία 日本語")
	specs := []FontSpec{
		{Families: []string{"serif"}, Weight: 400, Size: px(16)},
		{Families: []string{"monospace"}, Weight: 700, Size: px(13)},
		{Families: []string{"Arial", "sans-serif"}, Weight: 400, Style: italic, Size: px(20)},
	}
	ref := NewFontSet()
	want := map[string][]ShapedRun{}
	for _, sp := range specs {
		for _, w := range words {
			want[fmt.Sprint(sp, w)] = ref.Shape(w, sp)
		}
	}
	s := NewFontSet()
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	// Meanwhile pages derive sets from s and add web fonts to them.
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 5 {
			d := s.Derive()
			d.AddFontFace(goregular.TTF, FontFaceDescriptors{Family: "serif"})
			d.Shape("word", specs[0])
		}
	}()
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				sp := specs[(g+i)%len(specs)]
				w := words[(g*7+i)%len(words)]
				got := s.Shape(w, sp)
				if !reflect.DeepEqual(got, want[fmt.Sprint(sp, w)]) {
					select {
					case errs <- fmt.Sprintf("goroutine %d: Shape(%q) differs", g, w):
					default:
					}
					return
				}
				s.Metrics(sp)
				if i%50 == 0 {
					got[0].Font.Outline(got[0].Glyphs[0].ID, sp.Size)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

var (
	tagRE    = regexp.MustCompile(`(?s)<script.*?</script>|<style.*?</style>|<[^>]*>`)
	entityRE = regexp.MustCompile(`&[a-zA-Z#0-9]+;`)
)

// pageWords returns the words of the corpus pages' text, or skips.
func pageWords(b testing.TB) []string {
	words := pageWordsOrNil()
	if len(words) == 0 {
		b.Skip("corpus pages not available")
	}
	return words
}

// pageWordsOrNil returns the words of the first corpus pages' text (tags,
// scripts, styles and entities dropped), or nil without the corpus.
func pageWordsOrNil() []string {
	files, _ := filepath.Glob("../../shared/corpus/pages/*.html")
	var words []string
	for _, f := range files[:min(len(files), 8)] {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		text := entityRE.ReplaceAllString(tagRE.ReplaceAllString(string(data), " "), " ")
		words = append(words, strings.Fields(text)...)
	}
	return words
}

// BenchmarkShape shapes the words of real pages as layout does, word by
// word: "hit" with a warm cache (the common case), "miss" with the cache
// cleared before every pass.
func BenchmarkShape(b *testing.B) {
	words := pageWords(b)
	spec := FontSpec{Families: []string{"Helvetica", "Arial", "sans-serif"}, Weight: 400, Size: px(16)}
	b.Run("hit", func(b *testing.B) {
		s := NewFontSet()
		for _, w := range words {
			s.Shape(w, spec)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			s.Shape(words[i%len(words)], spec)
		}
	})
	b.Run("miss", func(b *testing.B) {
		s := NewFontSet()
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if i%len(words) == 0 {
				s.shapes.clear()
			}
			s.Shape(words[i%len(words)], spec)
		}
	})
	b.Logf("%d words", len(words))
}

func BenchmarkLineBreaks(b *testing.B) {
	words := pageWords(b)
	text := strings.Join(words, " ")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		LineBreakOpportunities(text)
	}
}

// TestShapeCorpusWords shapes every word of the corpus pages in three
// specs: the runs must cover each word exactly, advances must be the sums
// of the glyph advances, and a second font set must give the same result.
func TestShapeCorpusWords(t *testing.T) {
	words := pageWords(t)
	specs := []FontSpec{
		{Families: []string{"Helvetica", "Arial", "sans-serif"}, Weight: 400, Size: px(16)},
		{Families: []string{"Georgia", "serif"}, Weight: 700, Style: italic, Size: px(13) + 21},
		{Families: []string{"Menlo", "monospace"}, Weight: 400, Size: px(12)},
	}
	a, b := NewFontSet(), NewFontSet()
	notdef := 0
	for _, sp := range specs {
		for _, w := range words {
			runs := a.Shape(w, sp)
			var text string
			for _, r := range runs {
				text += r.Text
				var sum Fixed
				for _, g := range r.Glyphs {
					sum += g.Advance
					if g.ID == 0 {
						notdef++
					}
				}
				if sum != r.Advance || r.Advance < 0 {
					t.Fatalf("Shape(%q): run %q advance %v, glyph sum %v", w, r.Text, r.Advance, sum)
				}
			}
			if text != w {
				t.Fatalf("Shape(%q): runs cover %q", w, text)
			}
			if !reflect.DeepEqual(runs, b.Shape(w, sp)) {
				t.Fatalf("Shape(%q) differs between two font sets", w)
			}
		}
	}
	t.Logf("%d words, %d .notdef glyphs", len(words), notdef)
}

// TestClusterMatching: a base and its combining marks take the first font
// that supports the whole cluster (CSS Fonts 4 §5.2 cluster matching).
func TestClusterMatching(t *testing.T) {
	s := ahemSet(t)
	if err := s.AddFont(modFile(t, "github.com/go-text/typesetting@v0.3.5", "font/testdata/Amiri-Regular.ttf")); err != nil {
		t.Fatal(err)
	}
	amiri := s.Primary(FontSpec{Families: []string{"Amiri"}})
	ahem := s.Primary(FontSpec{Families: []string{"Ahem"}})
	if !amiri.HasGlyph('e') || !amiri.HasGlyph('\u0301') || ahem.HasGlyph('\u0301') {
		t.Skip("fonts lack the coverage this test needs")
	}
	tests := []struct {
		families []string
		text     string
		want     string
	}{
		{[]string{"Ahem", "Amiri"}, "xe\u0301x", "Ahem:x | Amiri:e\u0301 | Ahem:x"},
		{[]string{"Ahem", "Amiri"}, "e\u0301\u0302", "Amiri:e\u0301\u0302"},
		// No font has the whole cluster: the base's font.
		{[]string{"Ahem"}, "e\u20dd", "Ahem:e\u20dd"},
		// A variation selector need not be in the font.
		{[]string{"Ahem", "Amiri"}, "x\ufe0f", "Ahem:x\ufe0f"},
	}
	for _, tc := range tests {
		if got := runSummary(s.Shape(tc.text, FontSpec{Families: tc.families, Size: px(10)})); got != tc.want {
			t.Errorf("Shape(%q, %q) = %s, want %s", tc.text, tc.families, got, tc.want)
		}
	}
}
