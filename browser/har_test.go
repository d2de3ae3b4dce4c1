package browser_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/paneweb/pane/browser"
)

func TestHARListsEveryLoad(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<title>T</title><link rel=stylesheet href="/s.css?v=1"><img src=/gone.png>`)
		case "/s.css":
			w.Header().Set("Content-Type", "text/css")
			fmt.Fprint(w, `p{}`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	page, err := browser.New(browser.Options{}).Open(context.Background(), srv.URL+"/")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := page.HAR()
	if err != nil {
		t.Fatal(err)
	}
	var har struct {
		Log struct {
			Version string
			Pages   []struct{ Title string }
			Entries []struct {
				Request struct {
					URL         string
					QueryString []struct{ Name, Value string }
				}
				Response struct {
					Status  int
					Content struct{ MimeType string }
				}
				Timings struct{ Wait float64 }
			}
		}
	}
	if err := json.Unmarshal(raw, &har); err != nil {
		t.Fatal(err)
	}
	l := har.Log
	if l.Version != "1.2" || len(l.Pages) != 1 || l.Pages[0].Title != "T" || len(l.Entries) != 3 {
		t.Fatalf("HAR %s", raw)
	}
	doc, css, img := l.Entries[0], l.Entries[1], l.Entries[2]
	if doc.Request.URL != srv.URL+"/" || doc.Response.Content.MimeType != "text/html" {
		t.Errorf("document entry %+v", doc)
	}
	if css.Response.Status != 200 || len(css.Request.QueryString) != 1 || css.Request.QueryString[0].Name != "v" {
		t.Errorf("stylesheet entry %+v", css)
	}
	if img.Response.Status != 404 {
		t.Errorf("image entry %+v", img)
	}
	if doc.Timings.Wait <= 0 {
		t.Errorf("document wait %v", doc.Timings.Wait)
	}
}
