package browser

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paneweb/pane/fetch"
)

// TestDynamicStyleElements checks that <style> and <link rel=stylesheet>
// elements that scripts insert, rewrite or remove after load restyle the
// page, as the HTML standard's style block and link processing say.
func TestDynamicStyleElements(t *testing.T) {
	site := fstest.MapFS{
		"late.css": {Data: []byte(`#b { width: 77px }`)},
	}
	mux := fetch.NewMux()
	if err := mux.HandleOrigin("https://x.test/", fetch.NewFSFetcher(site, "https://x.test/")); err != nil {
		t.Fatal(err)
	}
	b := New(Options{Client: &fetch.Client{Fetcher: mux}})
	ctx := context.Background()
	p, err := b.OpenHTML(ctx, `<style id=s>#a { width: 10px }</style>
<div id=a style="height:1px"></div><div id=b style="height:1px"></div><div id=c style="height:1px"></div>
<script>
var s = document.createElement('style'); s.textContent = '#c { width: 123px }'; document.head.appendChild(s);
document.getElementById('s').textContent = '#a { width: 55px }';
var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = 'late.css'; document.head.appendChild(l);
</script>`, "https://x.test/")
	if err != nil {
		t.Fatal(err)
	}
	width := func(id string) string {
		v, err := p.Eval(ctx, `document.getElementById('`+id+`').getBoundingClientRect().width`)
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(fmt.Sprint(v))
	}
	for id, want := range map[string]string{"a": "55", "b": "77", "c": "123"} {
		if got := width(id); got != want {
			t.Errorf("#%s width %s, want %s", id, got, want)
		}
	}
	if _, err := p.Eval(ctx, `s.remove()`); err != nil {
		t.Fatal(err)
	}
	if got := width("c"); got == "123" {
		t.Errorf("#c keeps the width of a removed <style>")
	}
}
