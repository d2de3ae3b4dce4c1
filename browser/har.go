package browser

import (
	"encoding/json"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): the page's
// network log in the format browsers' developer tools export.

type harLog struct {
	Log harBody `json:"log"`
}

type harBody struct {
	Version string     `json:"version"`
	Creator harCreator `json:"creator"`
	Pages   []harPage  `json:"pages"`
	Entries []harEntry `json:"entries"`
}

type harCreator struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type harPage struct {
	StartedDateTime string         `json:"startedDateTime"`
	ID              string         `json:"id"`
	Title           string         `json:"title"`
	PageTimings     harPageTimings `json:"pageTimings"`
}

type harPageTimings struct {
	OnContentLoad float64 `json:"onContentLoad"`
	OnLoad        float64 `json:"onLoad"`
}

type harEntry struct {
	PageRef         string      `json:"pageref"`
	StartedDateTime string      `json:"startedDateTime"`
	Time            float64     `json:"time"`
	Request         harRequest  `json:"request"`
	Response        harResponse `json:"response"`
	Cache           struct{}    `json:"cache"`
	Timings         harTimings  `json:"timings"`
	ServerIPAddress string      `json:"serverIPAddress,omitempty"`
	Comment         string      `json:"comment,omitempty"`
}

type harNV struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type harRequest struct {
	Method      string  `json:"method"`
	URL         string  `json:"url"`
	HTTPVersion string  `json:"httpVersion"`
	Cookies     []harNV `json:"cookies"`
	Headers     []harNV `json:"headers"`
	QueryString []harNV `json:"queryString"`
	HeadersSize int     `json:"headersSize"`
	BodySize    int     `json:"bodySize"`
}

type harResponse struct {
	Status      int        `json:"status"`
	StatusText  string     `json:"statusText"`
	HTTPVersion string     `json:"httpVersion"`
	Cookies     []harNV    `json:"cookies"`
	Headers     []harNV    `json:"headers"`
	Content     harContent `json:"content"`
	RedirectURL string     `json:"redirectURL"`
	HeadersSize int        `json:"headersSize"`
	BodySize    int        `json:"bodySize"`
}

type harContent struct {
	Size     int    `json:"size"`
	MimeType string `json:"mimeType"`
}

type harTimings struct {
	Blocked float64 `json:"blocked"`
	DNS     float64 `json:"dns"`
	Connect float64 `json:"connect"`
	Send    float64 `json:"send"`
	Wait    float64 `json:"wait"`
	Receive float64 `json:"receive"`
	SSL     float64 `json:"ssl"`
}

// HAR returns the page's network log as HAR 1.2 JSON: one entry per
// resource load, the document first, with per-phase timings. Failed loads
// appear with status 0 and the error as the entry's comment, as browsers'
// exports show blocked requests.
func (p *Page) HAR() ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := time.Now()
	if len(p.resStats) > 0 && !p.resStats[0].Timing.Start.IsZero() {
		start = p.resStats[0].Timing.Start
	}
	page := harPage{
		StartedDateTime: start.UTC().Format(time.RFC3339Nano),
		ID:              "page_1",
		Title:           p.doc.Title(),
		PageTimings:     harPageTimings{OnContentLoad: -1, OnLoad: ms(p.timings.Fetch + p.timings.Parse + p.timings.Subresources)},
	}
	log := harLog{Log: harBody{
		Version: "1.2",
		Creator: harCreator{Name: "Pane", Version: "0.1"},
		Pages:   []harPage{page},
		Entries: make([]harEntry, 0, len(p.resStats)),
	}}
	for _, r := range p.resStats {
		log.Log.Entries = append(log.Log.Entries, harEntryOf(r, start))
	}
	return json.MarshalIndent(log, "", "  ")
}

func harEntryOf(r Resource, pageStart time.Time) harEntry {
	t := r.Timing
	started := t.Start
	if started.IsZero() {
		started = pageStart
	}
	version := harHTTPVersion(r.Protocol)
	e := harEntry{
		PageRef:         "page_1",
		StartedDateTime: started.UTC().Format(time.RFC3339Nano),
		Time:            ms(t.Total),
		Request: harRequest{
			Method: r.Method, URL: r.URL, HTTPVersion: version,
			Cookies: []harNV{}, Headers: harHeaders(r.RequestHeader), QueryString: harQuery(r.URL),
			HeadersSize: -1, BodySize: 0,
		},
		Response: harResponse{
			Status: r.Status, StatusText: http.StatusText(r.Status), HTTPVersion: version,
			Cookies: []harNV{}, Headers: harHeaders(r.ResponseHeader),
			Content:     harContent{Size: r.Bytes, MimeType: r.MediaType},
			RedirectURL: r.ResponseHeader.Get("Location"), HeadersSize: -1, BodySize: r.Bytes,
		},
		Timings: harTimings{
			Blocked: ms(t.Queue), DNS: optMS(t.DNS), Connect: optMS(t.Connect + t.TLS),
			Send: ms(t.Send), Wait: ms(t.Wait), Receive: ms(t.Receive), SSL: optMS(t.TLS),
		},
		ServerIPAddress: hostOnly(r.RemoteAddr),
	}
	if r.Err != nil {
		e.Comment = r.Err.Error()
		e.Time = ms(r.Elapsed)
	}
	return e
}

// ms converts a duration to HAR's milliseconds.
func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// optMS is ms for phases that may not apply: HAR wants -1 for those.
func optMS(d time.Duration) float64 {
	if d == 0 {
		return -1
	}
	return ms(d)
}

func harHTTPVersion(proto string) string {
	switch proto {
	case "HTTP/1.1", "HTTP/1.0":
		return proto
	case "HTTP/2.0":
		return "h2"
	}
	return proto
}

func harHeaders(h http.Header) []harNV { return harPairs(h) }

func harQuery(raw string) []harNV {
	u, err := url.Parse(raw)
	if err != nil || u.RawQuery == "" || !strings.HasPrefix(u.Scheme, "http") {
		return []harNV{}
	}
	return harPairs(u.Query())
}

// harPairs lists a multi-map (headers, query parameters) as name/value
// pairs sorted by name, so the log does not depend on map order.
func harPairs(m map[string][]string) []harNV {
	out := []harNV{}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		for _, v := range m[k] {
			out = append(out, harNV{Name: k, Value: v})
		}
	}
	return out
}

func hostOnly(addr string) string {
	if i := strings.LastIndex(addr, ":"); i > 0 {
		return strings.Trim(addr[:i], "[]")
	}
	return addr
}
