package browser_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/paneweb/pane/browser"
)

// TestLiveCollections checks that NodeList and HTMLCollection objects are
// live (DOM §4.2.10) and behave as their interfaces say.
func TestLiveCollections(t *testing.T) {
	const page = `<!doctype html><body>
<ul id=l class="a b"><li class=x>one</li><li class="x y" id=two>two</li></ul>
<form id=f name=login><input name=user><input type=image name=img><fieldset><select name=s></select></fieldset></form>
<input form=f name=outside><textarea name=other></textarea>
<img name=pic><a href="#x">link</a><a name=anchor>anchor</a><area href=#y>
<script>var n = 1;</script>`
	for _, c := range []struct{ name, expr, want string }{
		{"tag live", `var c = document.getElementsByTagName("li"); var before = c.length; l.appendChild(document.createElement("li")); before + "," + c.length`, "2,3"},
		{"tag same object", `document.getElementsByTagName("li") === document.getElementsByTagName("li")`, "true"},
		{"tag upper", `document.getElementsByTagName("LI").length`, "2"},
		{"tag star", `l.getElementsByTagName("*").length`, "2"},
		{"class live", `var c = document.getElementsByClassName("x"); two.className = ""; c.length + ":" + c[0].textContent`, "1:one"},
		{"class several", `document.getElementsByClassName(" y  x ").length`, "1"},
		{"class empty", `document.getElementsByClassName("  ").length`, "0"},
		{"children live", `var c = l.children; l.removeChild(l.firstElementChild); c.length + c[0].id`, "1two"},
		{"children same", `l.children === l.children && l.childNodes === l.childNodes`, "true"},
		{"childNodes text", `var c = l.childNodes; l.appendChild(document.createTextNode("t")); c.length + ":" + c[c.length-1].nodeType`, "3:3"},
		{"item", `l.children.item(1).id + "," + l.children.item(5) + "," + l.childNodes.item(-1)`, "two,null,null"},
		{"out of range", `String(l.children[7]) + "," + (7 in l.children) + "," + (1 in l.children)`, "undefined,false,true"},
		{"namedItem", `l.children.namedItem("two").textContent + "," + l.children.namedItem("nope")`, "two,null"},
		{"named property", `l.children.two.textContent + "," + document.forms.login.id`, "two,f"},
		{"named hidden by prototype", `typeof l.children.item`, "function"},
		{"interfaces", `(l.children instanceof HTMLCollection) + "," + (l.childNodes instanceof NodeList) + "," + (document.querySelectorAll("li") instanceof NodeList) + "," + Array.isArray(l.childNodes)`, "true,true,true,false"},
		{"iteration", `var s = ""; for (var e of l.children) s += e.textContent; s`, "onetwo"},
		{"Array.from", `Array.from(document.getElementsByTagName("li")).map(function (e) { return e.textContent }).join("+")`, "one+two"},
		{"spread", `[...l.children].length`, "2"},
		{"forEach", `var s = ""; l.childNodes.forEach(function (n, i) { s += i + ":" + n.nodeName + ";" }); s`, "0:LI;1:LI;"},
		{"entries keys values", `[...l.childNodes.keys()].join() + "|" + [...l.childNodes.values()].length + "|" + [...l.childNodes.entries()][1][0]`, "0,1|2|1"},
		{"Object.keys", `Object.keys(l.children).join()`, "0,1"},
		{"index read-only", `l.children[0] = null; l.children[0].nodeName`, "LI"},
		{"slice call", `Array.prototype.slice.call(l.children).length`, "2"},
		{"static querySelectorAll", `var q = document.querySelectorAll("li"); l.appendChild(document.createElement("li")); q.length + "," + q.item(0).textContent`, "2,one"},
		{"getElementsByName", `var c = document.getElementsByName("user"); var d = document.createElement("div"); d.setAttribute("name", "user"); document.body.appendChild(d); c.length + (c instanceof NodeList ? "NL" : "")`, "2NL"},
		{"forms", `document.forms.length + ":" + document.forms[0].id + ":" + (document.forms instanceof HTMLCollection)`, "1:f:true"},
		{"form elements", `Array.from(f.elements).map(function (e) { return e.getAttribute("name") || e.nodeName }).join()`, "user,FIELDSET,s,outside"},
		{"form elements named", `f.elements.user.nodeName + "," + f.elements.namedItem("outside").getAttribute("form") + "," + f.length`, "INPUT,f,4"},
		{"form elements live", `var e = f.elements; f.appendChild(document.createElement("button")); e.length + (e instanceof HTMLFormControlsCollection ? "C" : "")`, "5C"},
		{"images links anchors scripts", `document.images.length + "," + document.links.length + "," + document.anchors.length + "," + document.scripts.length + "," + document.images.pic.nodeName`, "1,2,1,1,IMG"},
		{"expando", `var c = l.children; c.foo = 3; c.foo + "," + Object.keys(c).join()`, "3,0,1,foo"},
		{"illegal", `try { HTMLCollection.prototype.item.call({}, 0); "no" } catch (e) { e.name }`, "TypeError"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := openHTML(t, page)
			if got := evalString(t, p, "String((0, eval)("+strconv.Quote(c.expr)+"))"); got != c.want {
				t.Errorf("%s = %q, want %q", c.expr, got, c.want)
			}
		})
	}
}

// TestLiveCollectionLoopIsLinear reads length and [i] in a loop over a
// large collection: with the per-version cache it is linear, not
// quadratic.
func TestLiveCollectionLoopIsLinear(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!doctype html><body>")
	for i := 0; i < 20000; i++ {
		b.WriteString("<p>x</p>")
	}
	p := openHTML(t, b.String())
	start := time.Now()
	got, err := p.Eval(context.Background(), `var c = document.getElementsByTagName("p"), n = 0;
for (var i = 0; i < c.length; i++) { if (c[i].nodeName === "P") n++ } n`)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != "20000" {
		t.Fatalf("got %v, want 20000", got)
	}
	// A quadratic loop walks 20000² = 4e8 nodes: many seconds.
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("loop over 20000 elements took %v", d)
	}
}

// BenchmarkLiveCollectionLoop reads length and [i] of a live
// HTMLCollection of 5 000 elements in a loop: the list is gathered once
// per document version, so one op is linear in the collection's size.
func BenchmarkLiveCollectionLoop(b *testing.B) {
	var src strings.Builder
	src.WriteString("<!doctype html><body>")
	for i := 0; i < 5000; i++ {
		src.WriteString(`<p class="x">x</p>`)
	}
	page, err := browser.New(browser.Options{}).OpenHTML(context.Background(), src.String(), "https://site.test/")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := page.Eval(context.Background(), `var c = document.getElementsByClassName("x"), n = 0;
for (var i = 0; i < c.length; i++) n += c[i].nodeType; n`); err != nil {
			b.Fatal(err)
		}
	}
}
