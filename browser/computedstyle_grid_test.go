package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
)

// gridTracksPage is a page of grid containers whose resolved track lists
// were measured in Chromium 156 (gridTracksChromium).
const gridTracksPage = `<!DOCTYPE html><style>
body{margin:0}
#a{display:grid;width:400px;grid-template-columns:repeat(auto-fill, 90px);gap:5px}
#b{display:grid;width:300px;grid-template-columns:[a] 100px [b] 1fr;grid-template-rows:40px;grid-auto-rows:25px}
#c{display:grid;width:500px;grid-template-columns:1fr 2fr 3fr;column-gap:20px}
#d{display:grid;width:200px;grid-template-columns:repeat(2, [x] 1fr [y]);grid-template-rows:auto}
#d2{display:grid;grid-template-columns:30px 40px;grid-template-rows:10px}
#e{display:grid;width:300px;grid-template-columns:50px}
#f{display:grid;width:300px;grid-template-columns:[s] repeat(auto-fit, [r] 60px [q]) [e];}
#g{display:grid;width:300px;grid-template-columns:[a] 50px [b];grid-auto-columns:20px}
#h{display:none;grid-template-columns:[a] 50px [b]}
#i{display:grid;width:300px;grid-template-areas:"x y";}
#k{display:grid;width:300px}
#l{display:grid;width:300px;grid-template-columns:[a] 50px [b];}
#m{display:grid;width:300px;grid-template:[t] 20px [u] / 1fr 1fr}
#j{display:inline-grid;grid-template-columns:auto [m] auto}
#fx{display:flex;width:300px}
#n{display:grid;grid-template-columns:minmax(20px, 1fr) 40px;flex:1}
#p{position:absolute;top:0;left:0;display:grid;grid-template-columns:repeat(3, 25px);grid-template-rows:repeat(auto-fill, 10px);height:35px}
#q{display:grid;width:300px;grid-template-columns:100px;justify-content:space-between;grid-auto-columns:50px}
#ct{display:contents;grid-template-columns:10px}
</style>
<div id=a><div></div></div>
<div id=b><div></div><div></div><div></div><div></div><div></div></div>
<div id=c><div></div></div>
<div id=d><div>xx</div><div id=d2><div></div></div></div>
<div id=e><div style="grid-column:3"></div><div style="grid-column:-3"></div></div>
<div id=f><div></div></div>
<div id=g><div style="grid-column:-3 / span 1"></div><div style="grid-column:4"></div></div>
<div id=h></div>
<div id=i><div style="grid-area:y"></div><div style="grid-row:2"></div></div>
<div id=k><div style="height:7px"></div><div>t</div></div>
<div id=l><div style="grid-column:-2 / -3"></div><div style="grid-column: 1 / 5"></div></div>
<div id=m><div></div><div></div><div></div></div>
<div id=j><span style="display:block;width:22px"></span><span style="display:block;width:15px;height:4px"></span></div>
<div id=fx><div id=n><div></div></div></div>
<div id=p><div></div></div>
<div id=q><div></div><div style="grid-column:3"></div></div>
<div id=ct><div></div></div>`

// gridTracksChromium are the values Chromium 156 gives on gridTracksPage:
// id, property, value. Auto-fill and auto-fit repetitions are expanded
// (collapsed tracks 0px), implicit tracks are listed on both sides of the
// explicit grid, fr tracks at their used size, gaps not counted; the
// grid-template shorthand keeps a computed list that is not none; an
// inline grid, a grid flex item, an absolutely positioned grid, and
// content distribution that leaves the track sizes alone; display:
// contents (no box) keeps the computed list.
var gridTracksChromium = [][3]string{
	{"a", "grid-template-columns", "90px 90px 90px 90px"},
	{"a", "grid-template-rows", "0px"},
	{"a", "grid-template", "0px / repeat(auto-fill, 90px)"},
	{"a", "grid", "0px / 90px 90px 90px 90px / none / row / auto / auto"},
	{"b", "grid-template-columns", "[a] 100px [b] 200px"},
	{"b", "grid-template-rows", "40px 25px 25px"},
	{"b", "grid-template", "40px / [a] 100px [b] 1fr"},
	{"b", "grid", "40px 25px 25px / [a] 100px [b] 200px / none / row / 25px / auto"},
	{"c", "grid-template-columns", "76.6562px 153.344px 230px"},
	{"c", "grid-template-rows", "0px"},
	{"c", "grid-template", "0px / 1fr 2fr 3fr"},
	{"d", "grid-template-columns", "[x] 100px [y x] 100px [y]"},
	{"d", "grid-template-rows", "18px"},
	{"d", "grid", "18px / [x] 100px [y x] 100px [y] / none / row / auto / auto"},
	{"d2", "grid-template-columns", "30px 40px"},
	{"d2", "grid-template-rows", "10px"},
	{"d2", "grid-template", "10px / 30px 40px"},
	{"e", "grid-template-columns", "83.3281px 50px 83.3281px 83.3438px"},
	{"e", "grid-template-rows", "0px 0px"},
	{"e", "grid-template", "0px 0px / 50px"},
	{"f", "grid-template-columns", "[s r] 60px [q r] 0px [q r] 0px [q r] 0px [q r] 0px [q e]"},
	{"f", "grid-template", "0px / [s] repeat(auto-fit, [r] 60px [q]) [e]"},
	{"g", "grid-template-columns", "20px [a] 50px [b] 20px 20px 20px"},
	{"g", "grid", "0px / 20px [a] 50px [b] 20px 20px 20px / none / row / auto / 20px"},
	{"h", "grid-template-columns", "[a] 50px [b]"},
	{"h", "grid-template-rows", "none"},
	{"h", "grid-template", "none / [a] 50px [b]"},
	{"i", "grid-template-columns", "150px 150px"},
	{"i", "grid-template-rows", "0px 0px"},
	{"i", "grid-template", ""},
	{"i", "grid", "0px 0px / 150px 150px / \"x y\" / row / auto / auto"},
	{"k", "grid-template-columns", "300px"},
	{"k", "grid-template-rows", "7px 18px"},
	{"k", "grid-template", "7px 18px / 300px"},
	{"l", "grid-template-columns", "62.5px [a] 50px [b] 62.5px 62.5px 62.5px"},
	{"m", "grid-template-columns", "150px 150px"},
	{"m", "grid-template-rows", "[t] 20px [u] 0px"},
	{"m", "grid-template", "[t] 20px [u] / 1fr 1fr"},
	{"m", "grid", "[t] 20px [u] 0px / 150px 150px / none / row / auto / auto"},
	{"j", "grid-template-columns", "22px [m] 15px"},
	{"j", "grid-template-rows", "4px"},
	{"n", "grid-template-columns", "260px 40px"},
	{"n", "grid-template-rows", "0px"},
	{"p", "grid-template-columns", "25px 25px 25px"},
	{"p", "grid-template-rows", "10px 10px 10px"},
	{"q", "grid-template-columns", "100px 50px 50px"},
	{"ct", "grid-template-columns", "10px"},
	{"ct", "grid-template-rows", "none"},
}

// TestComputedGridTracks compares the resolved track lists of grid
// containers (https://drafts.csswg.org/css-grid/#resolved-track-list)
// with Chromium 156's.
func TestComputedGridTracks(t *testing.T) {
	ctx := context.Background()
	p, err := offlineBrowser(t).OpenHTML(ctx, gridTracksPage, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := json.Marshal(gridTracksChromium)
	v, err := p.Eval(ctx, `JSON.stringify(`+string(rows)+`.map(function(r){
return getComputedStyle(document.getElementById(r[0])).getPropertyValue(r[1])}))`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	if err := json.Unmarshal([]byte(fmt.Sprint(v)), &got); err != nil {
		t.Fatal(err)
	}
	for i, w := range gridTracksChromium {
		if got[i] != w[2] {
			t.Errorf("#%s %s = %q, Chromium %q", w[0], w[1], got[i], w[2])
		}
	}
}
