package dom

import (
	"strings"
	"testing"
)

func TestParseHTMLBuildsTree(t *testing.T) {
	d := ParseHTMLString(`<!doctype html><title> A  title </title><p id=x class="a b">Hi <b>there</b>`, "https://example.test/")
	if d.Quirks {
		t.Error("standards doctype parsed as quirks")
	}
	if got := d.Title(); got != "A title" {
		t.Errorf("Title() = %q", got)
	}
	p := d.GetElementByID("x")
	if p == nil || p.Tag != "p" || !p.HasClass("b") || p.HasClass("c") {
		t.Fatalf("GetElementByID(x) = %+v", p)
	}
	if got := p.TextContent(); got != "Hi there" {
		t.Errorf("TextContent = %q", got)
	}
	if d.Body() == nil || d.Head() == nil || d.DocumentElement().Tag != "html" {
		t.Error("missing html/head/body")
	}
	if got := p.OuterHTML(); got != `<p id="x" class="a b">Hi <b>there</b></p>` {
		t.Errorf("OuterHTML = %q", got)
	}
}

func TestQuirksMode(t *testing.T) {
	for _, c := range []struct {
		src    string
		quirks bool
	}{
		{`<p>no doctype`, true},
		{`<!DOCTYPE html><p>`, false},
		{`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>`, true},
		{`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><p>`, false},
	} {
		if got := ParseHTMLString(c.src, "").Quirks; got != c.quirks {
			t.Errorf("%q: quirks = %v, want %v", c.src, got, c.quirks)
		}
	}
}

func TestDeepNestingIsFlattenedNotRefused(t *testing.T) {
	const n = 100000
	src := strings.Repeat("<div>", n) + "deep" + strings.Repeat("</div>", n) + "<p id=after>after</p>"
	d, err := ParseHTML(strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	depth, max := 0, 0
	var walk func(*Node, int)
	walk = func(x *Node, dd int) {
		if dd > max {
			max = dd
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c, dd+1)
		}
	}
	walk(d.Root, depth)
	if max > 512 {
		t.Errorf("tree depth %d exceeds 512", max)
	}
	if !strings.Contains(d.Body().TextContent(), "deep") || d.GetElementByID("after") == nil {
		t.Error("content lost while flattening")
	}
	divs := 0
	d.Root.Walk(func(x *Node) bool {
		if x.IsHTML("div") {
			divs++
		}
		return true
	})
	if divs != n {
		t.Errorf("%d divs kept, want %d", divs, n)
	}
}

func TestParseXML(t *testing.T) {
	src := `<?xml version="1.0"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T&nbsp;x</title>
<style type="text/css"><![CDATA[ div > p { color: red } ]]></style></head>
<body><div id="d"><p class="c">One</p><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg></div></body></html>`
	d, err := Parse([]byte(src), "application/xhtml+xml", "file:///t.xht")
	if err != nil {
		t.Fatal(err)
	}
	if !d.IsXML() {
		t.Error("not marked XML")
	}
	div := d.GetElementByID("d")
	if div == nil || div.Namespace != HTMLNamespace {
		t.Fatalf("div = %+v", div)
	}
	if svg := div.LastChild; svg == nil || svg.Namespace != SVGNamespace || svg.Tag != "svg" {
		t.Errorf("svg child = %+v", svg)
	}
	if got := d.Title(); got != "T\u00a0x" {
		t.Errorf("title = %q", got)
	}
	var style *Node
	d.Root.Walk(func(n *Node) bool {
		if n.IsHTML("style") {
			style = n
		}
		return true
	})
	if style == nil || !strings.Contains(style.TextContent(), "div > p") {
		t.Error("CDATA style text lost")
	}
}

func TestMalformedXMLFallsBackToHTML(t *testing.T) {
	d, err := Parse([]byte(`<html xmlns="http://www.w3.org/1999/xhtml"><body><p>unclosed</body></html>`), "application/xhtml+xml", "")
	if err == nil {
		t.Error("no XML error reported")
	}
	if d == nil || !strings.Contains(d.Body().TextContent(), "unclosed") {
		t.Error("fallback document lost content")
	}
}

func TestMutationKeepsLinksAndSetsDirtyBits(t *testing.T) {
	d := ParseHTMLString(`<div id=a><span id=s1></span></div><div id=b></div>`, "")
	d.Root.ClearDirty()
	a, b, s1 := d.GetElementByID("a"), d.GetElementByID("b"), d.GetElementByID("s1")
	v := d.Version()
	if _, err := b.AppendChild(s1); err != nil {
		t.Fatal(err)
	}
	if a.FirstChild != nil || b.FirstChild != s1 || s1.Parent != b {
		t.Fatal("move did not relink")
	}
	if a.Dirty&TreeDirty == 0 || b.Dirty&TreeDirty == 0 || s1.Dirty&StyleDirty == 0 {
		t.Errorf("dirty bits a=%b b=%b s1=%b", a.Dirty, b.Dirty, s1.Dirty)
	}
	if d.Root.Dirty&ChildDirty == 0 || d.Version() == v {
		t.Error("dirtiness did not bubble to the root")
	}
	x := d.CreateElement("I")
	if x.Tag != "i" {
		t.Errorf("CreateElement tag %q", x.Tag)
	}
	if _, err := b.InsertBefore(x, s1); err != nil || b.FirstChild != x || x.NextSibling != s1 || s1.PrevSibling != x {
		t.Fatal("InsertBefore order wrong", err)
	}
	if _, err := x.AppendChild(b); err != ErrHierarchy {
		t.Errorf("making an ancestor a child: err = %v", err)
	}
	if _, err := a.RemoveChild(s1); err != ErrNotFound {
		t.Errorf("removing a non-child: err = %v", err)
	}
	if _, err := b.RemoveChild(x); err != nil || b.FirstChild != s1 || s1.PrevSibling != nil {
		t.Error("RemoveChild left links", err)
	}
	s1.SetAttr("ID", "renamed")
	if d.GetElementByID("renamed") != s1 || d.GetElementByID("s1") != nil {
		t.Error("id index not refreshed after SetAttr")
	}
	s1.SetTextContent("hello")
	if b.TextContent() != "hello" {
		t.Errorf("SetTextContent: %q", b.TextContent())
	}
	c := b.Clone(true)
	if c.Parent != nil || c.FirstChild == s1 || c.TextContent() != "hello" {
		t.Error("deep clone shares nodes")
	}
}

func TestSetInnerHTML(t *testing.T) {
	d := ParseHTMLString(`<ul id=l></ul>`, "")
	l := d.GetElementByID("l")
	if err := l.SetInnerHTML(`<li>a<li id=two>b`); err != nil {
		t.Fatal(err)
	}
	if got := l.InnerHTML(); got != `<li>a</li><li id="two">b</li>` {
		t.Errorf("InnerHTML = %q", got)
	}
	if d.GetElementByID("two") == nil {
		t.Error("new element not found by id")
	}
}

func TestWalkSkipsAndStops(t *testing.T) {
	d := ParseHTMLString(`<div id=a><p>x</p></div><div id=b><p>y</p></div>`, "")
	var tags []string
	d.Body().Walk(func(n *Node) bool {
		if n.Type == ElementNode {
			tags = append(tags, n.Tag+n.ID())
		}
		return n.ID() != "a"
	})
	if got := strings.Join(tags, ","); got != "body,diva,divb,p" {
		t.Errorf("walk order %s", got)
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add(`<p>hi<b>x</p></b>`)
	f.Add(`<table><tr><td><svg><foreignObject><p>`)
	f.Add(strings.Repeat("<div>", 600))
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ParseHTML(strings.NewReader(src), "")
		if err != nil {
			t.Fatal(err)
		}
		_ = d.Root.OuterHTML()
	})
}

func TestParseNonNegativeInteger(t *testing.T) {
	for _, tc := range []struct {
		in string
		n  int
		ok bool
	}{{"42", 42, true}, {"  +7px", 7, true}, {"0", 0, true}, {"-3", 0, false}, {"", 0, false}, {"x1", 0, false}, {"12345678901", 123456789, true}} {
		if n, ok := ParseNonNegativeInteger(tc.in); n != tc.n || ok != tc.ok {
			t.Errorf("%q = %d %v, want %d %v", tc.in, n, ok, tc.n, tc.ok)
		}
	}
}
