package layout

import (
	"slices"
	"sync"
	"sync/atomic"

	"github.com/paneweb/pane/cssom"
)

// The shaping cache: results of FontSet.Shape keyed by (text, spec). Callers
// shape word by word, and the same words recur in a page and across pages,
// so a hit must be cheap: one hash of the text and family names, one shard
// lock, one map lookup, no allocation.
//
// The cache is bounded: each of shapeShards shards keeps two generations of
// at most shardCap entries and about shardBytes bytes; when the current one
// fills, it becomes the old one and the previous old generation is dropped.
// A hit in the old generation moves the entry back to the current one (an
// approximate LRU). Texts longer than maxCachedText bytes are not cached.
// In all the cache holds at most 2*shapeShards*shardBytes = 32 MiB.

const (
	shapeShards   = 32
	shardCap      = 2048      // entries per generation per shard
	shardBytes    = 256 << 10 // approximate bytes per generation per shard
	maxCachedText = 256
)

// shapeEntry is one cached result with the full key, checked on every hit
// (the map key is only a hash).
type shapeEntry struct {
	text     string
	families []string
	weight   uint16
	style    cssom.FontStyle
	size     Fixed
	features string
	dir      ShapeDirection
	runs     []ShapedRun
	cost     int // approximate bytes held
}

// entryCost estimates the memory an entry holds.
func entryCost(text string, runs []ShapedRun) int {
	n := 160 + len(text) // entry, map slot, text
	for _, r := range runs {
		n += 80 + 32*len(r.Glyphs)
	}
	return n
}

func (e *shapeEntry) matches(text string, families []string, w uint16, st cssom.FontStyle, size Fixed, features string, dir ShapeDirection) bool {
	return e.size == size && e.weight == w && e.style == st && e.dir == dir && e.text == text && e.features == features && slices.Equal(e.families, families)
}

type shapeShard struct {
	mu       sync.Mutex
	cur, old map[uint64]*shapeEntry
	curBytes int // sum of the cost of the entries in cur
}

type shapeCache struct {
	// gen counts clears; a result computed before a clear is not stored.
	gen    atomic.Uint64
	shards [shapeShards]shapeShard
	// hits and misses count lookups (ShapeCacheStats).
	hits, misses atomic.Uint64
}

// ShapeCacheStats returns how many FontSet.Shape calls the set's shaping
// cache answered (hits) and how many shaped the text (misses: cache
// misses and texts too long to cache), since the set was made. For
// benchmarks and diagnostics.
func (s *FontSet) ShapeCacheStats() (hits, misses uint64) {
	return s.shapes.hits.Load(), s.shapes.misses.Load()
}

func (c *shapeCache) init() {
	for i := range c.shards {
		c.shards[i].cur = make(map[uint64]*shapeEntry)
		c.shards[i].old = make(map[uint64]*shapeEntry)
	}
}

func (c *shapeCache) shard(h uint64) *shapeShard { return &c.shards[h>>59] }

// get returns the cached runs for the key, or ok false.
func (c *shapeCache) get(h uint64, text string, families []string, w uint16, st cssom.FontStyle, size Fixed, features string, dir ShapeDirection) (runs []ShapedRun, ok bool) {
	sh := c.shard(h)
	sh.mu.Lock()
	e := sh.cur[h]
	if e == nil {
		if e = sh.old[h]; e != nil && e.matches(text, families, w, st, size, features, dir) {
			sh.insert(h, e)
		}
	}
	sh.mu.Unlock()
	if e == nil || !e.matches(text, families, w, st, size, features, dir) {
		c.misses.Add(1)
		return nil, false
	}
	c.hits.Add(1)
	return e.runs, true
}

// put stores e under h unless the cache was cleared since generation gen.
func (c *shapeCache) put(h uint64, e *shapeEntry, gen uint64) {
	sh := c.shard(h)
	sh.mu.Lock()
	if c.gen.Load() == gen {
		sh.insert(h, e)
	}
	sh.mu.Unlock()
}

// insert adds e to the current generation, rotating when it is full; the
// caller holds sh.mu.
func (sh *shapeShard) insert(h uint64, e *shapeEntry) {
	if len(sh.cur) >= shardCap || sh.curBytes+e.cost > shardBytes {
		sh.old, sh.cur = sh.cur, sh.old
		clear(sh.cur)
		sh.curBytes = 0
	}
	if old := sh.cur[h]; old != nil {
		sh.curBytes -= old.cost
	}
	sh.cur[h] = e
	sh.curBytes += e.cost
}

// clear drops every entry.
func (c *shapeCache) clear() {
	c.gen.Add(1)
	for i := range c.shards {
		sh := &c.shards[i]
		sh.mu.Lock()
		clear(sh.cur)
		clear(sh.old)
		sh.curBytes = 0
		sh.mu.Unlock()
	}
}
