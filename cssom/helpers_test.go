package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

var testMedia = Media{Type: "screen", Width: Int(800), Height: Int(600)}

// styleOf computes the styles of body with the author sheet css and
// returns the style of the first element matching sel.
func styleOf(t *testing.T, body, css, sel string) *ComputedStyle {
	t.Helper()
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+body+"</body></html>", "http://example.com/dir/page.html")
	st := Compute(d, []*StyleSheet{ParseStyleSheet(css, "http://example.com/css/site.css", AuthorOrigin)}, testMedia)
	n, err := d.QuerySelector(sel)
	if err != nil || n == nil {
		t.Fatalf("no element %q: %v", sel, err)
	}
	return st.Of(n)
}

// decl computes the style of a lone div with the declarations decls
// (inside a parent with font-size 20px) and returns it.
func decl(t *testing.T, decls string) *ComputedStyle {
	t.Helper()
	return styleOf(t, `<div id="p" style="font-size: 20px"><div id="x"></div></div>`, "#x { "+decls+" }", "#x")
}

// styleWithSheets computes body with the given sheets and returns the
// style of the first element matching sel.
func styleWithSheets(t testing.TB, body, sel string, sheets ...*StyleSheet) *ComputedStyle {
	t.Helper()
	d := dom.ParseHTMLString("<!DOCTYPE html><html><head></head><body>"+body+"</body></html>", "http://example.com/dir/page.html")
	st := Compute(d, sheets, testMedia)
	n, err := d.QuerySelector(sel)
	if err != nil || n == nil {
		t.Fatalf("no element %q: %v", sel, err)
	}
	return st.Of(n)
}
