package dom

import (
	"runtime"
	"testing"
	"weak"
)

func TestStatePseudoClasses(t *testing.T) {
	d := ParseHTMLString(`<div id=outer><p id=in><a id=link href=#>x</a></p></div><input id=field><section id=sec></section>`, "http://x/#sec")
	get := func(id string) *Node {
		n, err := d.QuerySelector("#" + id)
		if err != nil || n == nil {
			t.Fatalf("#%s: %v", id, err)
		}
		return n
	}
	link, field, sec := get("link"), get("field"), get("sec")
	d.Root.ClearDirty()
	link.SetState(StateHover|StateActive, true)
	field.SetState(StateFocus|StateFocusVisible, true)
	sec.SetState(StateTarget, true)
	if link.Dirty&StateDirty == 0 || get("outer").Dirty&StateDirty == 0 {
		t.Error("SetState did not mark the element and its ancestors state-dirty")
	}
	tests := []struct{ sel, want string }{
		{":hover", "html body div#outer p#in a#link"},
		{"div:hover > p:active", "p#in"},
		{":focus", "input#field"},
		{":focus-visible", "input#field"},
		{":focus-within", "html body input#field"},
		{":target", "section#sec"},
		{"a:not(:hover)", ""},
		{"p:focus", ""},
	}
	for _, tt := range tests {
		got, err := d.QuerySelectorAll(tt.sel)
		if err != nil {
			t.Fatalf("%s: %v", tt.sel, err)
		}
		if s := stateIDs(got); s != tt.want {
			t.Errorf("%s = %q, want %q", tt.sel, s, tt.want)
		}
	}
	link.SetState(StateHover, false)
	if ok, _ := link.Matches(":hover"); ok || !link.HasState(StateActive) || link.HasState(StateHover) {
		t.Errorf("after clearing hover: state %b", link.State())
	}
	if got, _ := d.QuerySelectorAll(":hover"); len(got) != 0 {
		t.Errorf(":hover still matches %d elements", len(got))
	}
	d.Root.SetState(StateHover, true) // not an element: ignored
	if d.Root.State() != 0 {
		t.Error("state set on the document node")
	}
}

func stateIDs(nodes []*Node) string {
	s := ""
	for i, n := range nodes {
		if i > 0 {
			s += " "
		}
		s += n.Tag
		if id := n.ID(); id != "" {
			s += "#" + id
		}
	}
	return s
}

// TestStateForgotten checks that a collected node leaves the state table.
func TestStateForgotten(t *testing.T) {
	d := ParseHTMLString(`<p id=a>x</p>`, "")
	p, _ := d.QuerySelector("p")
	p.SetState(StateHover, true)
	key := weak.Make(p)
	has := func() bool {
		stateTable.Lock()
		defer stateTable.Unlock()
		_, ok := stateTable.m[key]
		return ok
	}
	if !has() {
		t.Fatal("state not recorded")
	}
	p, d = nil, nil
	for i := 0; i < 20 && has(); i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if has() {
		t.Error("the state of a collected node stays in the table")
	}
	_, _ = p, d
}
