package browser_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// TestTraceAndWaterfall loads a page with 20 subresources each delayed
// 50 ms: the trace is well-formed trace-event JSON with a track per
// resource, and the loads overlap (the page takes far less than 20×50 ms).
func TestTraceAndWaterfall(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" {
			w.Header().Set("Content-Type", "text/html")
			var b strings.Builder
			for i := 0; i < 20; i++ {
				fmt.Fprintf(&b, `<img src="/i%d.gif">`, i)
			}
			fmt.Fprint(w, b.String())
			return
		}
		time.Sleep(50 * time.Millisecond)
		w.Header().Set("Content-Type", "image/gif")
		w.Write(tinyGIF)
	}))
	defer srv.Close()
	start := time.Now()
	page, err := browser.New(browser.Options{}).Open(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 600*time.Millisecond {
		t.Errorf("20 × 50 ms resources took %v", d)
	}
	raw, err := page.Trace()
	if err != nil {
		t.Fatal(err)
	}
	var tr struct {
		TraceEvents []struct {
			Name string
			Ph   string
			Ts   int64
			Dur  int64
			Pid  int
			Tid  int
		}
	}
	if err := json.Unmarshal(raw, &tr); err != nil {
		t.Fatal(err)
	}
	tracks := map[int]bool{}
	phases := map[string]bool{}
	for _, e := range tr.TraceEvents {
		if e.Ph != "X" && e.Ph != "M" {
			t.Fatalf("event phase %q", e.Ph)
		}
		if e.Ph == "X" {
			tracks[e.Tid] = true
			phases[e.Name] = true
			if e.Dur < 0 || e.Ts < 0 {
				t.Errorf("event %+v has negative time", e)
			}
		}
	}
	if len(tracks) < 22 { // the page, the document and 20 images
		t.Errorf("%d tracks", len(tracks))
	}
	for _, want := range []string{"parse", "layout", "document", "image", "wait"} {
		if !phases[want] {
			t.Errorf("no %q event", want)
		}
	}
	wf := page.Waterfall()
	if n := strings.Count(wf, "\n"); n != 21 || !strings.Contains(wf, "/i19.gif") {
		t.Errorf("waterfall of %d lines:\n%s", n, wf)
	}
}
