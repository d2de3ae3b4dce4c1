package browser

import (
	"crypto/sha256"
	"sync"

	"github.com/dop251/goja"
)

// programCache keeps compiled scripts by name and source, so that pages
// sharing a script (a library on every page of a site, or the same page
// rendered again) compile it once. A goja.Program is not tied to a runtime
// and may run in several at once. The zero value is ready to use.
type programCache struct {
	mu    sync.Mutex
	progs map[[sha256.Size]byte]compiled
	order [][sha256.Size]byte // insertion order, for eviction
	bytes int
}

type compiled struct {
	prog *goja.Program
	err  error // a syntax error is cached too
	size int
}

// maxCachedScriptBytes bounds the source bytes whose programs a Browser
// keeps; the oldest are dropped first.
const maxCachedScriptBytes = 64 << 20

// compile returns the program for src named name, compiling it on a miss.
func (c *programCache) compile(name, src string) (*goja.Program, error) {
	key := keyOf(name, src)
	c.mu.Lock()
	if e, ok := c.progs[key]; ok {
		c.mu.Unlock()
		return e.prog, e.err
	}
	c.mu.Unlock()
	prog, err := goja.Compile(name, src, false)
	if len(src) > maxCachedScriptBytes/4 {
		return prog, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.progs == nil {
		c.progs = map[[sha256.Size]byte]compiled{}
	}
	if _, ok := c.progs[key]; !ok {
		c.progs[key] = compiled{prog, err, len(src)}
		c.order = append(c.order, key)
		c.bytes += len(src)
		for c.bytes > maxCachedScriptBytes && len(c.order) > 0 {
			old := c.order[0]
			c.order = c.order[1:]
			c.bytes -= c.progs[old].size
			delete(c.progs, old)
		}
	}
	return prog, err
}

func keyOf(name, src string) [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write([]byte(src))
	var key [sha256.Size]byte
	h.Sum(key[:0])
	return key
}

// runSource compiles (through the browser's cache) and runs a classic
// script in the page's runtime.
func (js *jsRuntime) runSource(name, src string) (goja.Value, error) {
	prog, err := js.p.b.programs.compile(name, src)
	if err != nil {
		return nil, err
	}
	return js.vm.RunProgram(prog)
}
