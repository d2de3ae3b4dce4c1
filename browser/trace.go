package browser

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// traceEvent is one event of the Trace Event Format that chrome://tracing
// and Perfetto read
// (https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU).
type traceEvent struct {
	Name string         `json:"name"`
	Cat  string         `json:"cat,omitempty"`
	Ph   string         `json:"ph"`
	Ts   int64          `json:"ts"`            // µs since the page's start
	Dur  int64          `json:"dur,omitempty"` // µs, for "X" events
	Pid  int            `json:"pid"`
	Tid  int            `json:"tid"`
	Args map[string]any `json:"args,omitempty"`
}

// Trace returns the page's timeline as Chrome trace-event JSON: one track
// for the page's phases (fetch, parse, subresources, scripts, style,
// layout, paint) and one per resource with its network phases (queue, DNS,
// connect, TLS, send, wait, receive). Perfetto and chrome://tracing open it.
func (p *Page) Trace() ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := p.startTime()
	events := []traceEvent{
		{Name: "process_name", Ph: "M", Pid: 1, Args: map[string]any{"name": "Pane " + p.urlString()}},
		{Name: "thread_name", Ph: "M", Pid: 1, Tid: 0, Args: map[string]any{"name": "page"}},
	}
	at := int64(0)
	t := p.timings
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"fetch", t.Fetch}, {"parse", t.Parse}, {"subresources", t.Subresources}, {"scripts", t.Scripts},
		{"style", t.Style}, {"layout", t.Layout}, {"paint", t.Paint}} {
		if ph.d <= 0 {
			continue
		}
		events = append(events, traceEvent{Name: ph.name, Cat: "page", Ph: "X", Ts: at, Dur: ph.d.Microseconds(), Pid: 1})
		at += ph.d.Microseconds()
	}
	for i, r := range p.resStats {
		tid := i + 1
		events = append(events, traceEvent{Name: "thread_name", Ph: "M", Pid: 1, Tid: tid,
			Args: map[string]any{"name": r.Kind + " " + shortURL(r.URL)}})
		events = append(events, resourceEvents(r, start, tid)...)
	}
	return json.MarshalIndent(map[string]any{"traceEvents": events, "displayTimeUnit": "ms"}, "", " ")
}

// resourceEvents lays a resource's phases end to end from its start.
func resourceEvents(r Resource, pageStart time.Time, tid int) []traceEvent {
	tm := r.Timing
	begin := int64(0)
	if !tm.Start.IsZero() {
		begin = tm.Start.Sub(pageStart).Microseconds() - tm.Queue.Microseconds()
	}
	args := map[string]any{"url": r.URL, "status": r.Status, "bytes": r.Bytes, "protocol": r.Protocol}
	if r.Err != nil {
		args["error"] = r.Err.Error()
		return []traceEvent{{Name: r.Kind, Cat: "network", Ph: "X", Ts: max(begin, 0), Dur: max(r.Elapsed.Microseconds(), 1), Pid: 1, Tid: tid, Args: args}}
	}
	out := []traceEvent{{Name: r.Kind, Cat: "network", Ph: "X", Ts: begin, Dur: max((tm.Queue + tm.Total).Microseconds(), 1), Pid: 1, Tid: tid, Args: args}}
	at := begin
	for _, ph := range []struct {
		name string
		d    time.Duration
	}{{"queue", tm.Queue}, {"redirects", tm.Redirect}, {"dns", tm.DNS}, {"connect", tm.Connect}, {"tls", tm.TLS},
		{"send", tm.Send}, {"wait", tm.Wait}, {"receive", tm.Receive}} {
		if ph.d <= 0 {
			continue
		}
		out = append(out, traceEvent{Name: ph.name, Cat: "network", Ph: "X", Ts: at, Dur: ph.d.Microseconds(), Pid: 1, Tid: tid})
		at += ph.d.Microseconds()
	}
	return out
}

func (p *Page) startTime() time.Time {
	if len(p.resStats) > 0 && !p.resStats[0].Timing.Start.IsZero() {
		return p.resStats[0].Timing.Start
	}
	return time.Now()
}

func (p *Page) urlString() string {
	if p.url == nil {
		return ""
	}
	return p.url.String()
}

// Waterfall returns the page's network log as a text waterfall, one line per
// resource: when it started and how long it took (ms, from the document
// request), its status, size and URL, and a bar on a 50-column time scale.
func (p *Page) Waterfall() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := p.startTime()
	type row struct {
		from, to time.Duration
		r        Resource
	}
	var rows []row
	var end time.Duration
	for _, r := range p.resStats {
		from := time.Duration(0)
		if !r.Timing.Start.IsZero() {
			from = r.Timing.Start.Sub(start) - r.Timing.Queue
		}
		d := r.Timing.Queue + r.Timing.Total
		if r.Err != nil || d <= 0 {
			d = r.Elapsed
		}
		rows = append(rows, row{max(from, 0), max(from, 0) + d, r})
		end = max(end, max(from, 0)+d)
	}
	const width = 50
	var b strings.Builder
	for _, w := range rows {
		status := fmt.Sprint(w.r.Status)
		if w.r.Err != nil {
			status = "ERR"
		}
		bar := make([]byte, width)
		for i := range bar {
			bar[i] = ' '
		}
		if end > 0 {
			lo := int(int64(w.from) * width / int64(end))
			hi := int(int64(w.to) * width / int64(end))
			for i := lo; i <= hi && i < width; i++ {
				bar[i] = '='
			}
		}
		fmt.Fprintf(&b, "%7.1f %7.1f ms  %-3s %8d B  |%s|  %s %s\n", ms(w.from), ms(w.to-w.from), status, w.r.Bytes, bar, w.r.Kind, shortURL(w.r.URL))
	}
	return b.String()
}
