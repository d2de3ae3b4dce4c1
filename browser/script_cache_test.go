package browser

import (
	"strings"
	"testing"
)

func TestProgramCache(t *testing.T) {
	var c programCache
	p1, err := c.compile("a.js", "1 + 1")
	if err != nil {
		t.Fatal(err)
	}
	p2, _ := c.compile("a.js", "1 + 1")
	if p1 != p2 {
		t.Error("the same script compiled twice")
	}
	if p3, _ := c.compile("b.js", "1 + 1"); p3 == p1 {
		t.Error("a script under another name shares a program (stack traces would lie)")
	}
	if _, err := c.compile("bad.js", "1 +"); err == nil {
		t.Error("no syntax error")
	}
	if _, err := c.compile("bad.js", "1 +"); err == nil {
		t.Error("the cached syntax error was lost")
	}
	// Past the byte bound the oldest programs go.
	big := "//" + strings.Repeat("x", maxCachedScriptBytes/5)
	for i := 0; i < 6; i++ {
		if _, err := c.compile(strings.Repeat("n", i), big); err != nil {
			t.Fatal(err)
		}
	}
	if c.bytes > maxCachedScriptBytes {
		t.Errorf("cache holds %d bytes", c.bytes)
	}
	if _, ok := c.progs[keyOf("a.js", "1 + 1")]; ok {
		t.Error("the oldest program was not evicted")
	}
}
