package browser

import (
	"container/heap"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// eventLoop is the page's event loop on a virtual clock: timers fire in the
// order they become due without real waiting.
//
// https://html.spec.whatwg.org/multipage/webappapis.html#event-loops
type eventLoop struct {
	start    time.Time     // wall time when the runtime was created (Date's origin)
	now      time.Duration // virtual time since start
	timers   timerHeap     // pending, a min-heap by (due, seq)
	tasks    []func()      // the task queue (inserted external scripts)
	nextID   int
	seq      uint64
	tasksRun int
	nesting  int // the timer nesting level of the running timer task
}

// jsTimer is one entry of the map of active timers, or an animation frame
// callback.
type jsTimer struct {
	id       int
	due      time.Duration
	seq      uint64 // insertion order, breaking ties between equal due times
	fn       goja.Value
	args     []goja.Value
	interval time.Duration // > 0 for setInterval
	repeat   bool
	nesting  int
	frame    bool // requestAnimationFrame callback
}

// frameInterval is the virtual time between animation frames.
const frameInterval = 16 * time.Millisecond

// setTimer implements the timer initialization steps.
//
// https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timer-initialisation-steps
func (js *jsRuntime) setTimer(call goja.FunctionCall, repeat bool) goja.Value {
	l := &js.loop
	fn := call.Argument(0)
	if _, ok := goja.AssertFunction(fn); !ok {
		// AD-HOC: string handlers are compiled as scripts (the spec's
		// behaviour), via a function wrapping the source.
		src := fn.String()
		fn = js.vm.ToValue(func(goja.FunctionCall) goja.Value {
			if _, err := js.vm.RunScript("timer", src); err != nil {
				panic(err)
			}
			return goja.Undefined()
		})
	}
	// 4. Let timeout be the second method argument, or 0; if negative, 0.
	timeout := time.Duration(0)
	if a := call.Argument(1); !goja.IsUndefined(a) {
		ms := a.ToFloat()
		if ms > 0 && ms < 1e12 {
			timeout = time.Duration(ms * float64(time.Millisecond))
		}
	}
	// 5. If the surrounding agent's event loop's currently running task is a
	// task that was created by this algorithm, then let nesting level be the
	// task's timer nesting level. Otherwise, let nesting level be 0.
	nesting := l.nesting
	// 10. If nesting level is greater than 5, and timeout is less than 4,
	// then set timeout to 4.
	if nesting > 5 && timeout < 4*time.Millisecond {
		timeout = 4 * time.Millisecond
	}
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = append(args, call.Arguments[2:]...)
	}
	l.nextID++
	l.seq++
	if len(l.timers) >= js.opts.MaxTimers {
		js.timerLimitReached()
		return js.vm.ToValue(l.nextID)
	}
	t := &jsTimer{id: l.nextID, due: l.now + timeout, seq: l.seq, fn: fn, args: args, repeat: repeat, nesting: nesting + 1}
	if repeat {
		t.interval = timeout
	}
	heap.Push(&l.timers, t)
	return js.vm.ToValue(t.id)
}

// requestAnimationFrame queues callback for the next frame, a multiple of
// 16 ms of virtual time.
//
// https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#dom-animationframeprovider-requestanimationframe
func (js *jsRuntime) requestAnimationFrame(call goja.FunctionCall) goja.Value {
	fn := call.Argument(0)
	if _, ok := goja.AssertFunction(fn); !ok {
		panic(js.vm.NewTypeError("requestAnimationFrame: argument is not a function"))
	}
	l := &js.loop
	l.nextID++
	l.seq++
	due := (l.now/frameInterval + 1) * frameInterval
	if len(l.timers) >= js.opts.MaxTimers {
		js.timerLimitReached()
		return js.vm.ToValue(l.nextID)
	}
	heap.Push(&l.timers, &jsTimer{id: l.nextID, due: due, seq: l.seq, fn: fn, frame: true})
	return js.vm.ToValue(l.nextID)
}

// clearTimer removes the timer with the given id (clearTimeout,
// clearInterval and cancelAnimationFrame share the id space here).
func (js *jsRuntime) clearTimer(call goja.FunctionCall) goja.Value {
	id := int(call.Argument(0).ToInteger())
	for i, t := range js.loop.timers {
		if t.id == id {
			heap.Remove(&js.loop.timers, i)
			break
		}
	}
	return goja.Undefined()
}

// nextTimer returns the index of the earliest due timer (the heap's
// root), or -1.
func (l *eventLoop) nextTimer() int {
	if len(l.timers) == 0 {
		return -1
	}
	return 0
}

// timerHeap orders timers by due time, then by insertion (container/heap).
type timerHeap []*jsTimer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	return h[i].due < h[j].due || h[i].due == h[j].due && h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *timerHeap) Push(x any)   { *h = append(*h, x.(*jsTimer)) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return t
}

// settle runs timers in due order until none is due within d of virtual
// time from now, the task limit or the settle time limit is reached, or the
// context ends; the clock then stands at now+d (or at the last timer run,
// when stopped early).
func (js *jsRuntime) settle(d time.Duration) {
	l := &js.loop
	limit := l.now + d
	budget := l.tasksRun + js.opts.MaxTasks
	deadline := time.Now().Add(js.opts.SettleTimeout)
	for js.ctx.Err() == nil {
		js.runQueuedTasks(budget)
		js.runNetwork(budget)
		if len(l.tasks) > 0 && l.tasksRun < budget {
			continue // network completions queued tasks
		}
		i := l.nextTimer()
		// The rendering update of a frame runs after the timers and
		// animation frame callbacks due at that frame (js_observers.go).
		if at, ok := js.nextRenderingUpdate(); ok && at <= limit && (i < 0 || at < l.timers[i].due) &&
			l.tasksRun < budget && time.Now().Before(deadline) {
			l.now = max(l.now, at)
			js.updateTheRendering()
			continue
		}
		if i < 0 || l.timers[i].due > limit {
			l.now = limit
			return
		}
		if l.tasksRun >= budget {
			js.budgetSpent(fmt.Sprintf("task limit reached (%d tasks); %d timers pending", js.opts.MaxTasks, len(l.timers)))
			return
		}
		if time.Now().After(deadline) {
			js.budgetSpent(fmt.Sprintf("settle time limit reached (%v of wall time); %d timers pending", js.opts.SettleTimeout, len(l.timers)))
			return
		}
		t := l.timers[i]
		if t.due > l.now {
			l.now = t.due
		}
		if t.repeat {
			t.nesting++
			l.seq++
			t.seq = l.seq
			t.due = l.now + max(t.interval, time.Millisecond)
			if t.nesting > 5 && t.due-l.now < 4*time.Millisecond {
				t.due = l.now + 4*time.Millisecond
			}
			heap.Fix(&l.timers, i)
		} else {
			heap.Remove(&l.timers, i)
		}
		js.runTimer(t)
	}
}

// timerLimitReached reports, once, that new timers are being dropped.
func (js *jsRuntime) timerLimitReached() {
	if !js.reported["timer limit reached"] {
		js.budgetSpent(fmt.Sprintf("timer limit reached (%d pending timers); new timers are dropped", js.opts.MaxTimers))
	}
}

// budgetSpent reports that the event loop stopped on a budget: in the
// console log and as a Diagnostic of kind "script", once per runtime and
// reason (the text up to its first parenthesis).
func (js *jsRuntime) budgetSpent(why string) {
	if js.reported == nil {
		js.reported = map[string]bool{}
	}
	key, _, _ := strings.Cut(why, " (")
	if js.reported[key] {
		return
	}
	js.reported[key] = true
	text := "event loop stopped: " + why
	js.console = append(js.console, ConsoleMessage{Level: "warn", Text: text})
	js.p.diags = append(js.p.diags, Diagnostic{URL: js.p.url.String(), Kind: "script", Err: errors.New(text)})
}

// runTimer runs a timer's callback as a task, with the timer nesting level
// set for timers it creates.
func (js *jsRuntime) runTimer(t *jsTimer) {
	js.runTask(func() {
		fn, ok := goja.AssertFunction(t.fn)
		if !ok {
			return
		}
		saved := js.loop.nesting
		js.loop.nesting = t.nesting
		defer func() { js.loop.nesting = saved }()
		if t.frame {
			ms := float64(js.loop.now) / float64(time.Millisecond)
			js.callFunction(fn, js.window, js.vm.ToValue(ms))
			return
		}
		js.callFunction(fn, js.window, t.args...)
	})
}
