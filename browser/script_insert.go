package browser

import (
	"errors"
	"time"

	"github.com/dop251/goja"

	"github.com/paneweb/pane/dom"
	"github.com/paneweb/pane/fetch"
)

// inserted runs the steps for nodes a script inserted into the document: a
// classic script element that becomes connected is prepared. An inline
// script runs at once, inside the running task; an external one is fetched
// and run as a task of its own (as an async script would be).
//
// https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model
// ("when the script element becomes connected").
func (js *jsRuntime) inserted(n *dom.Node) {
	if n == nil || !js.connected(n) {
		return
	}
	var scripts []*dom.Node
	n.Walk(func(c *dom.Node) bool {
		if c.IsHTML("script") && !js.started[c] && scriptKind(c) == "classic" {
			scripts = append(scripts, c)
		}
		return true
	})
	for _, s := range scripts {
		js.started[s] = true
		if !s.HasAttr("src") {
			js.runInline(s)
			continue
		}
		js.loop.tasks = append(js.loop.tasks, func() { js.runExternal(s) })
	}
}

// insert inserts c before ref in parent (at the end when ref is nil), throws
// the DOMException for a failure, and runs the insertion steps.
func (js *jsRuntime) insert(parent, c, ref *dom.Node) {
	moved := []*dom.Node{c}
	if c.Type == dom.DocumentFragmentNode {
		moved = children(c, false)
	}
	var oldParent, oldPrev, oldNext *dom.Node
	if c.Parent != nil && len(js.mo.list) > 0 {
		oldParent, oldPrev, oldNext = c.Parent, c.PrevSibling, c.NextSibling
	}
	_, err := parent.InsertBefore(c, ref)
	js.check(err)
	if oldParent != nil {
		// A node moved from elsewhere was removed there first.
		js.queueMutation(mutation{typ: "childList", target: oldParent, removed: []*dom.Node{c}, prev: oldPrev, next: oldNext})
	}
	js.queueInserted(parent, moved)
	for _, m := range moved {
		js.inserted(m)
	}
}

// queueInserted queues the "childList" record of an insertion.
//
// https://dom.spec.whatwg.org/#concept-node-insert (step 10)
func (js *jsRuntime) queueInserted(parent *dom.Node, moved []*dom.Node) {
	if len(js.mo.list) == 0 || len(moved) == 0 {
		return
	}
	js.queueMutation(mutation{typ: "childList", target: parent, added: moved,
		prev: moved[0].PrevSibling, next: moved[len(moved)-1].NextSibling})
}

// replace replaces old with c in parent and runs the insertion steps.
func (js *jsRuntime) replace(parent, c, old *dom.Node) {
	moved := []*dom.Node{c}
	if c.Type == dom.DocumentFragmentNode {
		moved = children(c, false)
	}
	prev, next := old.PrevSibling, old.NextSibling
	_, err := parent.ReplaceChild(c, old)
	js.check(err)
	if len(js.mo.list) > 0 && len(moved) > 0 {
		js.queueMutation(mutation{typ: "childList", target: parent, added: moved, removed: []*dom.Node{old}, prev: prev, next: next})
	} else if len(js.mo.list) > 0 {
		js.queueMutation(mutation{typ: "childList", target: parent, removed: []*dom.Node{old}, prev: prev, next: next})
	}
	for _, m := range moved {
		js.inserted(m)
	}
}

// markStarted sets the "already started" flag of the script elements under
// n, as the fragment parser does for innerHTML: they never run.
func (js *jsRuntime) markStarted(n *dom.Node) {
	n.Walk(func(c *dom.Node) bool {
		if c.IsHTML("script") {
			js.started[c] = true
		}
		return true
	})
}

// runInline runs an inserted inline script within the current task.
func (js *jsRuntime) runInline(s *dom.Node) {
	saved := js.currentScript
	js.currentScript = s
	defer func() { js.currentScript = saved }()
	if _, err := js.runSource(js.p.url.String(), s.TextContent()); err != nil {
		var intr *goja.InterruptedError
		if errors.As(err, &intr) {
			panic(intr)
		}
		js.reportError(js.p.url.String(), err)
	}
}

// runExternal fetches an inserted external script (unless the load already
// fetched it), runs it and fires load or error at the element.
func (js *jsRuntime) runExternal(s *dom.Node) {
	u := js.p.resolve(s.AttrOr("src", ""))
	if u == nil {
		js.runTask(func() { js.fireSimple(js.wrapObject(s), "error", false) })
		return
	}
	if js.p.scriptBodies[u.String()] == nil {
		start := time.Now()
		resp, err := js.p.b.client.Do(js.ctx, &fetch.Request{URL: u, Destination: fetch.DestinationScript, Initiator: js.p.url})
		if r := js.p.record(u.String(), "script", fetch.Result{Response: resp, Err: err, Elapsed: time.Since(start)}); r != nil {
			js.p.scriptBodies[u.String()] = r
		}
	}
	js.runScriptElement(s)
}

// runQueuedTasks runs the tasks in the task queue, oldest first, including
// those they queue, within the task limit.
func (js *jsRuntime) runQueuedTasks(budget int) {
	l := &js.loop
	for len(l.tasks) > 0 && js.ctx.Err() == nil && l.tasksRun < budget {
		t := l.tasks[0]
		l.tasks = l.tasks[1:]
		t()
	}
}
