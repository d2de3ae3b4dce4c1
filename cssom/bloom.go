package cssom

import (
	"strings"

	"github.com/paneweb/pane/dom"
)

// ancestorFilter is a counting Bloom filter of the tags, IDs and classes
// of the current element's ancestors, as Gecko, Blink and Servo keep while
// styling: a selector whose ancestor compounds need a key the filter has
// never seen cannot match, so it is rejected without walking the tree.
// Keys are lower case, which keeps the filter conservative in quirks mode
// and for XML.
type ancestorFilter struct {
	counts [1 << 12]uint16
}

// hashKey is FNV-1a over the ASCII-lower-cased key.
func hashKey(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// hashPrefixed is hashKey(prefix + s) without building the string.
func hashPrefixed(prefix byte, s string) uint32 {
	h := (uint32(2166136261) ^ uint32(prefix)) * 16777619
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

func (f *ancestorFilter) add(h uint32, delta int) {
	for _, i := range [2]uint32{h & 0xFFF, (h >> 12) & 0xFFF} {
		f.counts[i] = uint16(int(f.counts[i]) + delta)
	}
}

// mayContain reports whether h may have been added.
func (f *ancestorFilter) mayContain(h uint32) bool {
	return f.counts[h&0xFFF] != 0 && f.counts[(h>>12)&0xFFF] != 0
}

// elementKeys appends the hashes of el's tag, ID and classes to out.
func elementKeys(el *dom.Node, out []uint32) []uint32 {
	out = append(out, hashKey(el.Tag))
	if id, ok := el.Attr("id"); ok && id != "" {
		out = append(out, hashPrefixed('#', id))
	}
	if cl, ok := el.Attr("class"); ok {
		for len(cl) > 0 {
			i := strings.IndexFunc(cl, isHTMLSpace)
			if i < 0 {
				i = len(cl)
			}
			if i > 0 {
				out = append(out, hashPrefixed('.', cl[:i]))
			}
			cl = cl[min(i+1, len(cl)):]
		}
	}
	return out
}

// selectorHints hashes the ancestor keys of a selector.
func selectorHints(sel *dom.Selector) []uint32 {
	keys := sel.AncestorHints()
	if len(keys) == 0 {
		return nil
	}
	out := make([]uint32, len(keys))
	for i, k := range keys {
		out[i] = hashKey(k)
	}
	return out
}
