package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestElementStyle runs styleRows (measured in Chromium 156) on fresh
// elements: element.style reads, writes and serialization. The rows of
// one setup run in order on one element, as they were measured.
func TestElementStyle(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<body></body>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	rows := append(append([]struct{ setup, expr, want string }{}, styleRows...), styleRows2...)
	for i := 0; i < len(rows); {
		j := i
		var exprs []string
		for ; j < len(rows) && rows[j].setup == rows[i].setup; j++ {
			exprs = append(exprs, "String("+rows[j].expr+")")
		}
		src := `(function () { const d = document.createElement("div"); const s = d.style; ` + rows[i].setup +
			`; return JSON.stringify([` + strings.Join(exprs, ", ") + `]) })()`
		v, err := p.Eval(ctx, src)
		var got []string
		if err == nil {
			err = json.Unmarshal([]byte(fmt.Sprint(v)), &got)
		}
		if err != nil || len(got) != j-i {
			t.Errorf("%s: %v %v", rows[i].setup, err, got)
			i = j
			continue
		}
		for k, g := range got {
			if r := rows[i+k]; g != r.want {
				t.Errorf("%s; %s = %q, Chromium %q", r.setup, r.expr, g, r.want)
			}
		}
		i = j
	}
}

// ruleSheet is the sheet ruleRows were measured on.
const ruleSheet = `p { margin: 1px 2px; color: red; }
div { border: 1px solid #F00; padding-top: 0; padding-right: 0; padding-bottom: 0; padding-left: 0 }
.a { background: url(a.png) no-repeat; font: bold 12px/1.5 Arial, sans-serif }
.b { margin: 0 auto !important; width: calc(100% - 2*10px) }
.c { --x: 1px; transition: opacity .3s; color: var(--c) }
.d { border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.5) }
@media (min-width: 1px) { .e { margin: 0; display: flex } }
.f { color: red; color: blue }
.g { }`

// TestRuleStyle checks CSSStyleRule.cssText and CSSStyleRule.style
// against ruleRows (measured in Chromium 156).
func TestRuleStyle(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<style>`+ruleSheet+`</style>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range ruleRows {
		v, err := p.Eval(ctx, `(function () { const r = document.styleSheets[0].cssRules; return String(`+r.expr+`) })()`)
		if err != nil {
			t.Errorf("%d %s: %v", i, r.expr, err)
			continue
		}
		if got := fmt.Sprint(v); got != r.want {
			t.Errorf("%s = %s, Chromium %s", r.expr, strconv.Quote(got), strconv.Quote(r.want))
		}
	}
}

// TestRuleStyleWrites writes through CSSStyleRule.style and reads the
// rule and the element's computed style back (measured in Chromium 156).
func TestRuleStyleWrites(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<style>#t { color: red; margin: 1px }</style><div id=t>x</div>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	const script = `(function () {
const r = document.styleSheets[0].cssRules[0]; const out = []; const el = document.getElementById('t');
r.style.color = 'green'; out.push(r.cssText, getComputedStyle(el).color);
r.style.setProperty('padding', '2px 3px'); out.push(r.style.cssText, getComputedStyle(el).paddingLeft);
r.style.removeProperty('margin'); out.push(r.cssText, getComputedStyle(el).marginTop);
r.style.cssText = 'background: blue'; out.push(r.cssText, getComputedStyle(el).backgroundColor, r.style.length);
r.style.marginTop = 'bogus'; out.push(r.cssText);
return JSON.stringify(out) })()`
	v, err := p.Eval(ctx, script)
	if err != nil {
		t.Fatal(err)
	}
	const want = `["#t { color: green; margin: 1px; }","rgb(0, 128, 0)","color: green; margin: 1px; padding: 2px 3px;","3px",` +
		`"#t { color: green; padding: 2px 3px; }","0px","#t { background: blue; }","rgb(0, 0, 255)",9,"#t { background: blue; }"]`
	if got := fmt.Sprint(v); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
