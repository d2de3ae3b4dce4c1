package browser

import (
	"fmt"
	"runtime/metrics"
	"sync"
	"time"
)

// heapPoll is how often a long task's heap watch samples the heap.
const heapPoll = 5 * time.Millisecond

// heapWatchDelay is how long a task runs before its heap is watched: most
// tasks end sooner and cost only a timer.
const heapWatchDelay = 20 * time.Millisecond

// watchHeap interrupts the running task, through interrupt, when the Go
// heap grows by more than limit bytes from the task's start; the returned
// function stops the watch.
//
// AD-HOC: goja cannot bound one runtime's memory, so a page growing a
// string towards gigabytes is stopped by watching the process heap. A
// single allocation is not interrupted midway, so the heap may overshoot
// the limit by about the size of the largest allocation.
func watchHeap(limit uint64, interrupt func(any)) func() {
	var (
		mu      sync.Mutex
		stopped bool
		timer   *time.Timer
	)
	base := heapBytes()
	var poll func()
	poll = func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped {
			return
		}
		if h := heapBytes(); h > base && h-base > limit {
			interrupt(fmt.Sprintf("task grew the heap by more than %d MiB", limit>>20))
			return
		}
		timer.Reset(heapPoll)
	}
	mu.Lock()
	timer = time.AfterFunc(heapWatchDelay, poll)
	mu.Unlock()
	return func() {
		mu.Lock()
		stopped = true
		timer.Stop()
		mu.Unlock()
	}
}

var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
var heapSampleMu sync.Mutex

// heapBytes returns the bytes of heap objects, live or not yet swept.
func heapBytes() uint64 {
	heapSampleMu.Lock()
	defer heapSampleMu.Unlock()
	metrics.Read(heapSample)
	if heapSample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return heapSample[0].Value.Uint64()
}
