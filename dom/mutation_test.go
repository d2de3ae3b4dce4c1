package dom

import "testing"

func TestSelectorInvalidation(t *testing.T) {
	tests := []struct {
		sel  string
		want SelectorDeps
	}{
		{"p", 0},
		{".a#b[c]:hover", 0},
		{"div p", DependsOnAncestors},
		{"div > p", DependsOnAncestors},
		{"h1 + p", DependsOnSiblings},
		{"h1 ~ p", DependsOnSiblings},
		{"li:first-child", DependsOnPosition},
		{"li:nth-child(2n of .x)", DependsOnPosition | DependsOnSiblings},
		{"div:empty", DependsOnChildren},
		{"div:has(> p)", DependsOnDescendants},
		{":lang(en)", DependsOnAncestors},
		{"a:hover span", DependsOnAncestors | DependsOnOthersState},
		{":is(.a:focus-within) > p", DependsOnAncestors | DependsOnOthersState},
		{":not(.a .b)", DependsOnAncestors},
		{"p:focus", 0},
		{"[style] > p", DependsOnAncestors | ReadsStyleAttribute},
	}
	for _, tt := range tests {
		l, err := ParseSelectorList(tt.sel)
		if err != nil {
			t.Fatalf("%s: %v", tt.sel, err)
		}
		if got := l[0].Invalidation(); got != tt.want {
			t.Errorf("%s: Invalidation() = %b, want %b", tt.sel, got, tt.want)
		}
	}
}

func TestMutationDirtyBits(t *testing.T) {
	d := ParseHTMLString(`<div id=a><span id=s>x</span></div><div id=b><p id=p>t</p></div>`, "")
	get := func(id string) *Node { return d.GetElementByID(id) }
	tests := []struct {
		name   string
		mutate func()
		node   string
		want   DirtyBits
	}{
		{"attribute marks the element only", func() { get("s").SetAttr("class", "x") }, "a", ChildDirty},
		{"attribute", func() { get("s").SetAttr("class", "y") }, "s", StyleDirty},
		{"text marks the parent's tree", func() { get("p").FirstChild.SetData("u") }, "p", TreeDirty | ChildDirty},
		{"insert marks the child's subtree", func() { get("b").AppendChild(d.CreateElement("i")) }, "b", TreeDirty | ChildListDirty | ChildDirty},
		{"remove", func() { get("b").RemoveChild(get("p")) }, "b", TreeDirty | ChildListDirty},
		{"moved", func() { get("b").AppendChild(get("s")) }, "s", StyleDirty | SubtreeDirty},
		{"state", func() { get("s").SetState(StateFocus, true) }, "s", StateDirty},
		{"style attribute", func() { get("s").SetAttr("style", "color: red") }, "s", InlineStyleDirty},
	}
	for _, tt := range tests {
		d.Root.ClearDirty()
		tt.mutate()
		if got := get(tt.node).Dirty; got != tt.want {
			t.Errorf("%s: %s has %b, want %b", tt.name, tt.node, got, tt.want)
		}
	}
}

// TestMovingAHoveredElementMarksItsAncestors checks that the elements
// :hover stops (or starts) matching when a hovered element moves are
// marked state-dirty.
func TestMovingAHoveredElementMarksItsAncestors(t *testing.T) {
	d := ParseHTMLString(`<div id=a><span id=s>x</span></div><div id=b></div>`, "")
	s, a, b := d.GetElementByID("s"), d.GetElementByID("a"), d.GetElementByID("b")
	s.SetState(StateHover, true)
	defer s.SetState(StateHover, false)
	d.Root.ClearDirty()
	if _, err := b.AppendChild(s); err != nil {
		t.Fatal(err)
	}
	if a.Dirty&StateDirty == 0 || b.Dirty&StateDirty == 0 {
		t.Errorf("old parent %b, new parent %b: want both state-dirty", a.Dirty, b.Dirty)
	}
}
