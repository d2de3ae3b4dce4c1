package dom

// Page state for the user-action and location pseudo-classes
// (https://www.w3.org/TR/selectors-4/#useraction-pseudos,
// https://www.w3.org/TR/selectors-4/#the-target-pseudo): :hover, :active,
// :focus, :focus-visible, :focus-within and :target match elements whose
// state a Go API or a script set with Node.SetState.
//
// AD-HOC: the states live in a side table keyed by weak pointers to the
// nodes rather than in a Node field, so that a node that is collected
// takes its state with it. Few nodes have a state at a time (the hovered,
// active, focused and target elements), so the table stays small.

import (
	"runtime"
	"sync"
	"sync/atomic"
	"weak"
)

// State is a set of page-state flags of an element.
type State uint8

const (
	// StateHover: the pointer is over the element. :hover matches it and
	// its ancestors.
	StateHover State = 1 << iota
	// StateActive: the element is being activated (a mouse button is down
	// on it). :active matches it and its ancestors.
	StateActive
	// StateFocus: the element has the focus. :focus matches it,
	// :focus-within it and its ancestors.
	StateFocus
	// StateFocusVisible: the focus should be visibly indicated (set it
	// together with StateFocus). :focus-visible matches it.
	StateFocusVisible
	// StateTarget: the element is the document's target element (the
	// URL's fragment names it). :target matches it.
	StateTarget
)

// stateTable holds the states of the nodes that have one.
var stateTable struct {
	sync.Mutex
	m map[weak.Pointer[Node]]State
	n atomic.Int32 // len(m), read without the lock
}

// SetState turns the states s of element n on or off and marks n's style
// (and, for the states its ancestors see, theirs) dirty. Callers keep the
// states exclusive where a document has one such element (focus, target):
// setting StateFocus on n does not take it from another element.
func (n *Node) SetState(s State, on bool) {
	if n == nil || n.Type != ElementNode {
		return
	}
	key := weak.Make(n)
	stateTable.Lock()
	if stateTable.m == nil {
		stateTable.m = make(map[weak.Pointer[Node]]State)
	}
	old, had := stateTable.m[key]
	cur := old &^ s
	if on {
		cur = old | s
	}
	switch {
	case cur == 0 && had:
		delete(stateTable.m, key)
	case cur != 0 && !had:
		stateTable.m[key] = cur
		runtime.AddCleanup(n, forgetState, key)
	case cur != 0:
		stateTable.m[key] = cur
	}
	stateTable.n.Store(int32(len(stateTable.m)))
	stateTable.Unlock()
	if cur == old {
		return
	}
	n.MarkDirty(StateDirty)
	if (cur^old)&(StateHover|StateActive|StateFocus) != 0 {
		for p := n.Parent; p != nil && p.Type == ElementNode; p = p.Parent {
			p.MarkDirty(StateDirty)
		}
	}
}

// statesMoved marks parent and its ancestors state-dirty when the subtree
// of c, which was just linked to or unlinked from parent, holds an element
// with a state their :hover, :active or :focus-within see.
func statesMoved(parent, c *Node) {
	if stateTable.n.Load() == 0 || parent == nil {
		return
	}
	inside := false
	stateTable.Lock()
	for k, v := range stateTable.m {
		if v&(StateHover|StateActive|StateFocus) == 0 {
			continue
		}
		if n := k.Value(); n != nil && c.Contains(n) {
			inside = true
			break
		}
	}
	stateTable.Unlock()
	if !inside {
		return
	}
	for p := parent; p != nil && p.Type == ElementNode; p = p.Parent {
		p.MarkDirty(StateDirty)
	}
}

func forgetState(key weak.Pointer[Node]) {
	stateTable.Lock()
	delete(stateTable.m, key)
	stateTable.n.Store(int32(len(stateTable.m)))
	stateTable.Unlock()
}

// State returns the states set on n itself.
func (n *Node) State() State {
	if n == nil || stateTable.n.Load() == 0 {
		return 0
	}
	stateTable.Lock()
	defer stateTable.Unlock()
	return stateTable.m[weak.Make(n)]
}

// HasState reports whether n has all of the states s.
func (n *Node) HasState(s State) bool { return n.State()&s == s }

// stateWithin reports whether el or one of its descendants has state s
// (:hover, :active and :focus-within match the ancestors of the element
// with the state).
func stateWithin(el *Node, s State) bool {
	if stateTable.n.Load() == 0 {
		return false
	}
	stateTable.Lock()
	defer stateTable.Unlock()
	for k, v := range stateTable.m {
		if v&s == 0 {
			continue
		}
		for n := k.Value(); n != nil; n = n.Parent {
			if n == el {
				return true
			}
		}
	}
	return false
}
