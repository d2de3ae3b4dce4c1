package browser

// The values below were measured in Chromium 156 (headless, --dump-dom,
// --window-size=800,600, which gives an 800x513 viewport) on these pages:
// computedProbe (computedstyle_test.go) read each listed property with
// getComputedStyle and wrote the rows as JSON. Edit a page only together
// with its values, measured again. The differences Pane knows of are in
// knownComputedDifferences (computedstyle_test.go).

// chromiumComputedPages are measured pages, each with Chromium's
// values as [element id + pseudo-element, property, value].
var chromiumComputedPages = []struct {
	name string
	html string
	want [][3]string
}{
	{"cases1", `<!DOCTYPE html><html><head><style>
div{height:10px}
#bg1{background:url(a.png) no-repeat 10px 20% / 30px auto fixed, linear-gradient(red, blue) content-box;width:100px}
#bg2{background-image:linear-gradient(to right, red 10%, blue);background-color:#0f08}
#bg3{background-image:radial-gradient(circle, red, blue)}
#bg4{background-image:repeating-linear-gradient(45deg, red 0 10px, blue 10px 20px)}
#bg5{background-image:conic-gradient(from 90deg, red, blue)}
#bg6{background-image:linear-gradient(to top right, red, blue), url("b c.png");background-repeat:repeat-x, space round;background-position:right 10px bottom, center;background-size:cover, contain;background-blend-mode:multiply}
#bg7{background-image:radial-gradient(ellipse 20px 30px at 10px 20%, red 10%, blue 50%);background-clip:padding-box;background-origin:border-box;background-attachment:local}
#bg8{background-image:linear-gradient(180deg, red, 30%, blue);background-size:10px}
#sh1{box-shadow:1px 2px 3px red;text-shadow:1px 1px 2px black}
#sh2{box-shadow:inset 1px 1px blue, 2px 2px 0 4px rgba(0,0,0,.5);text-shadow:1px 1px;color:rgb(0,128,0)}
#f1{filter:blur(2px) brightness(50%) drop-shadow(1px 2px 3px red)}
#f2{filter:grayscale(1) hue-rotate(90deg) invert(.5) opacity(20%) saturate(2) sepia(1) contrast(150%)}
#cp1{clip-path:circle(50px at 10px 20px)}
#cp2{clip-path:inset(10px 20px)}
#cp3{clip-path:polygon(0 0, 100% 0, 50% 100%)}
#cp4{clip-path:ellipse(10px 20px at 50% 50%)}
#cp5{clip-path:circle()}
#br1{border-radius:10px}
#br2{border-radius:10px 20px / 5px}
#br3{border-radius:10% 5px 0 3px}
#bi1{border:5px solid;border-image:url(x.png) 30 round}
#bi2{border-image:linear-gradient(red,blue) 10% fill / 2 / 3px stretch space}
</style></head><body>
<div id=bg1 data-p="background-image background-position background-size background-repeat background-clip background-origin background-attachment background-blend-mode background-color background background-position-x background-position-y"></div>
<div id=bg2 data-p="background-image background-color background"></div>
<div id=bg3 data-p="background-image"></div>
<div id=bg4 data-p="background-image"></div>
<div id=bg5 data-p="background-image"></div>
<div id=bg6 data-p="background-image background-repeat background-position background-size background-blend-mode background"></div>
<div id=bg7 data-p="background-image background-clip background-origin background-attachment"></div>
<div id=bg8 data-p="background-image background-size"></div>
<div id=sh1 data-p="box-shadow text-shadow"></div>
<div id=sh2 data-p="box-shadow text-shadow"></div>
<div id=f1 data-p="filter"></div>
<div id=f2 data-p="filter"></div>
<div id=cp1 data-p="clip-path"></div>
<div id=cp2 data-p="clip-path"></div>
<div id=cp3 data-p="clip-path"></div>
<div id=cp4 data-p="clip-path"></div>
<div id=cp5 data-p="clip-path"></div>
<div id=br1 data-p="border-top-left-radius border-bottom-right-radius border-radius"></div>
<div id=br2 data-p="border-top-left-radius border-top-right-radius border-bottom-right-radius border-radius"></div>
<div id=br3 data-p="border-top-left-radius border-top-right-radius border-bottom-left-radius border-radius"></div>
<div id=bi1 data-p="border-image-source border-image-slice border-image-width border-image-outset border-image-repeat border-image"></div>
<div id=bi2 data-p="border-image-source border-image-slice border-image-width border-image-outset border-image-repeat border-image"></div>
</body></html>`, [][3]string{
		{"bg1", "background-image", "url(\"https://c.test/a.png\"), linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"bg1", "background-position", "10px 20%, 0% 0%"}, {"bg1", "background-size", "30px auto, auto"},
		{"bg1", "background-repeat", "no-repeat, repeat"}, {"bg1", "background-clip", "border-box, content-box"},
		{"bg1", "background-origin", "padding-box, content-box"}, {"bg1", "background-attachment", "fixed, scroll"},
		{"bg1", "background-blend-mode", "normal, normal"}, {"bg1", "background-color", "rgba(0, 0, 0, 0)"},
		{"bg1", "background", "url(\"https://c.test/a.png\") no-repeat fixed 10px 20% / 30px auto padding-box border-box, rgba(0, 0, 0, 0) linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255)) repeat scroll 0% 0% / auto content-box content-box"},
		{"bg1", "background-position-x", "10px, 0%"}, {"bg1", "background-position-y", "20%, 0%"},
		{"bg2", "background-image", "linear-gradient(to right, rgb(255, 0, 0) 10%, rgb(0, 0, 255))"},
		{"bg2", "background-color", "rgba(0, 255, 0, 0.533)"},
		{"bg2", "background", "rgba(0, 255, 0, 0.533) linear-gradient(to right, rgb(255, 0, 0) 10%, rgb(0, 0, 255)) repeat scroll 0% 0% / auto padding-box border-box"},
		{"bg3", "background-image", "radial-gradient(circle, rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"bg4", "background-image", "repeating-linear-gradient(45deg, rgb(255, 0, 0) 0px, rgb(255, 0, 0) 10px, rgb(0, 0, 255) 10px, rgb(0, 0, 255) 20px)"},
		{"bg5", "background-image", "conic-gradient(from 90deg, rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"bg6", "background-image", "linear-gradient(to right top, rgb(255, 0, 0), rgb(0, 0, 255)), url(\"https://c.test/b%20c.png\")"},
		{"bg6", "background-repeat", "repeat-x, space round"},
		{"bg6", "background-position", "calc(100% - 10px) 100%, 50% 50%"},
		{"bg6", "background-size", "cover, contain"}, {"bg6", "background-blend-mode", "multiply, multiply"},
		{"bg6", "background", "linear-gradient(to right top, rgb(255, 0, 0), rgb(0, 0, 255)) repeat-x scroll calc(100% - 10px) 100% / cover padding-box border-box, rgba(0, 0, 0, 0) url(\"https://c.test/b%20c.png\") space round scroll 50% 50% / contain padding-box border-box"},
		{"bg7", "background-image", "radial-gradient(20px 30px at 10px 20%, rgb(255, 0, 0) 10%, rgb(0, 0, 255) 50%)"},
		{"bg7", "background-clip", "padding-box"}, {"bg7", "background-origin", "border-box"},
		{"bg7", "background-attachment", "local"},
		{"bg8", "background-image", "linear-gradient(rgb(255, 0, 0), 30%, rgb(0, 0, 255))"},
		{"bg8", "background-size", "10px auto"}, {"sh1", "box-shadow", "rgb(255, 0, 0) 1px 2px 3px 0px"},
		{"sh1", "text-shadow", "rgb(0, 0, 0) 1px 1px 2px"},
		{"sh2", "box-shadow", "rgb(0, 0, 255) 1px 1px 0px 0px inset, rgba(0, 0, 0, 0.5) 2px 2px 0px 4px"},
		{"sh2", "text-shadow", "rgb(0, 128, 0) 1px 1px 0px"},
		{"f1", "filter", "blur(2px) brightness(0.5) drop-shadow(rgb(255, 0, 0) 1px 2px 3px)"},
		{"f2", "filter", "grayscale(1) hue-rotate(90deg) invert(0.5) opacity(0.2) saturate(2) sepia(1) contrast(1.5)"},
		{"cp1", "clip-path", "circle(50px at 10px 20px)"}, {"cp2", "clip-path", "inset(10px 20px)"},
		{"cp3", "clip-path", "polygon(0px 0px, 100% 0px, 50% 100%)"},
		{"cp4", "clip-path", "ellipse(10px 20px at 50% 50%)"}, {"cp5", "clip-path", "circle()"},
		{"br1", "border-top-left-radius", "10px"}, {"br1", "border-bottom-right-radius", "10px"},
		{"br1", "border-radius", "10px"}, {"br2", "border-top-left-radius", "10px 5px"},
		{"br2", "border-top-right-radius", "20px 5px"}, {"br2", "border-bottom-right-radius", "10px 5px"},
		{"br2", "border-radius", "10px 20px / 5px"}, {"br3", "border-top-left-radius", "10%"},
		{"br3", "border-top-right-radius", "5px"}, {"br3", "border-bottom-left-radius", "3px"},
		{"br3", "border-radius", "10% 5px 0px 3px"},
		{"bi1", "border-image-source", "url(\"https://c.test/x.png\")"}, {"bi1", "border-image-slice", "30"},
		{"bi1", "border-image-width", "1"}, {"bi1", "border-image-outset", "0"},
		{"bi1", "border-image-repeat", "round"},
		{"bi1", "border-image", "url(\"https://c.test/x.png\") 30 / 1 / 0 round"},
		{"bi2", "border-image-source", "linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"bi2", "border-image-slice", "10% fill"}, {"bi2", "border-image-width", "2"},
		{"bi2", "border-image-outset", "3px"}, {"bi2", "border-image-repeat", "stretch space"},
		{"bi2", "border-image", "linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255)) 10% fill / 2 / 3px stretch space"},
	}},
	{"cases2", `<!DOCTYPE html><html><head><style>
#g1{display:grid;width:400px;grid-template-columns:100px 1fr 2fr;grid-template-rows:repeat(2, 50px);gap:0;grid-template-areas:"a b c" "d e f";grid-auto-columns:minmax(10px, auto);grid-auto-rows:20px 1fr;grid-auto-flow:column dense}
#g1 > div{height:10px}
#gi{grid-row:1 / span 2;grid-column:b}
#gi2{grid-area:2 / 1 / 3 / 3}
#g2{display:none;grid-template-columns:100px 1fr minmax(20px, 2fr) repeat(auto-fill, 30px) fit-content(40px);grid-template-rows:[a] 10px [b c] auto}
#g3{display:grid;width:300px;grid-template-columns:[x] 50px [y] repeat(2, 1fr) [z]}
#g4{display:block;grid-template-columns:10px 20%;grid-auto-flow:row}
#c1::before{content:"x" counter(c) attr(title) open-quote;quotes:"«" "»"}
#c1{counter-reset:c 2 d;counter-increment:c;counter-set:d 5;quotes:"«" "»" "‹" "›"}
#c2::after{content:url(i.png) "y"}
#c3{quotes:none;content:none}
#fo1{font-family:Arial, "Times New Roman", monospace;font-variant-caps:small-caps;font-variant-ligatures:no-common-ligatures;font-variant-numeric:tabular-nums slashed-zero;font-feature-settings:"liga" 0, "kern";font-kerning:none;font-synthesis:none}
#fo2{font:italic small-caps 700 condensed 12px/2 Georgia, serif}
#fo3{font-variant-ligatures:none;font-synthesis:weight;font-feature-settings:"smcp" 2;font-stretch:expanded;font-weight:bolder;font-size:larger}
#td1{text-decoration:underline dotted red;text-decoration-thickness:2px;text-underline-offset:3px;text-underline-position:under}
#td2{text-decoration:overline line-through wavy;text-decoration-thickness:from-font}
#to1{transform-origin:10px 20%;width:100px;height:50px}
#to2{transform-origin:left bottom;display:none}
#to3{transform-origin:10px 20% 5px;width:100px}
#op1{object-position:right 10px top;object-fit:cover}
#lh1{line-height:normal}#lh2{line-height:1.5;font-size:10px}#lh3{line-height:20px}#lh4{line-height:150%;font-size:10px}
#va1{vertical-align:middle}#va2{vertical-align:10px}#va3{vertical-align:50%}#va4{vertical-align:text-top}
#k1{cursor:pointer;pointer-events:none;user-select:none;will-change:transform;transition:opacity 1s}
#ou1{outline:2px dashed red;outline-offset:3px}
#ou2{outline:auto;color:blue}
#cl1{position:absolute;clip:rect(1px, 2px, 3px, 4px)}
#cl2{position:absolute;clip:rect(1px, auto, 3px, auto)}
#ar1{aspect-ratio:16/9}#ar2{aspect-ratio:auto 2}#ar3{aspect-ratio:1.5}
#tr1{translate:10px 20%;rotate:45deg;scale:1.5 2}
#tr2{translate:10px;rotate:z 90deg;scale:2}
</style></head><body>
<div id=g1 data-p="grid-template-columns grid-template-rows grid-template-areas grid-auto-columns grid-auto-rows grid-auto-flow grid-template grid"><div id=gi data-p="grid-row-start grid-row-end grid-column-start grid-column-end grid-row grid-column grid-area"></div><div id=gi2 data-p="grid-row-start grid-row-end grid-column-start grid-column-end grid-area"></div><div></div></div>
<div id=g2 data-p="grid-template-columns grid-template-rows"></div>
<div id=g3 data-p="grid-template-columns"></div>
<div id=g4 data-p="grid-template-columns grid-auto-flow"></div>
<div id=c1 title=T data-pseudo="::before" data-p="content quotes"></div>
<div id=c1b data-p="counter-reset counter-increment counter-set quotes content" style="counter-reset:c 2 d;counter-increment:c;counter-set:d 5;quotes:'«' '»' '‹' '›'"></div>
<div id=c2 data-pseudo="::after" data-p="content"></div>
<div id=c3 data-p="quotes content"></div>
<div id=fo1 data-p="font-family font-variant-caps font-variant-ligatures font-variant-numeric font-feature-settings font-kerning font-synthesis font-variant font-synthesis-weight font-synthesis-style font-synthesis-small-caps"></div>
<div id=fo2 data-p="font-style font-variant-caps font-weight font-stretch font-size line-height font-family font font-variant"></div>
<div id=fo3 data-p="font-variant-ligatures font-synthesis font-feature-settings font-stretch font-weight font-size font"></div>
<div id=td1 data-p="text-decoration-line text-decoration-style text-decoration-color text-decoration-thickness text-underline-offset text-underline-position text-decoration"></div>
<div id=td2 data-p="text-decoration-line text-decoration-style text-decoration-thickness text-decoration"></div>
<div id=to1 data-p="transform-origin"></div>
<div id=to2 data-p="transform-origin width height"></div>
<div id=to3 data-p="transform-origin"></div>
<div id=op1 data-p="object-position object-fit"></div>
<div id=lh1 data-p="line-height"></div><div id=lh2 data-p="line-height"></div><div id=lh3 data-p="line-height"></div><div id=lh4 data-p="line-height"></div>
<div id=va1 data-p="vertical-align"></div><div id=va2 data-p="vertical-align"></div><div id=va3 data-p="vertical-align"></div><div id=va4 data-p="vertical-align"></div>
<div id=k1 data-p="cursor pointer-events user-select will-change transition-property transition-duration"></div>
<div id=ou1 data-p="outline-style outline-width outline-color outline-offset outline"></div>
<div id=ou2 data-p="outline-style outline-width outline-color outline"></div>
<div id=cl1 data-p="clip"></div><div id=cl2 data-p="clip"></div>
<div id=ar1 data-p="aspect-ratio"></div><div id=ar2 data-p="aspect-ratio"></div><div id=ar3 data-p="aspect-ratio"></div>
<div id=tr1 data-p="translate rotate scale transform"></div>
<div id=tr2 data-p="translate rotate scale"></div>
</body></html>`, [][3]string{
		{"g1", "grid-template-columns", "100px 100px 200px"}, {"g1", "grid-template-rows", "50px 50px"},
		{"g1", "grid-template-areas", "\"a b c\" \"d e f\""}, {"g1", "grid-auto-columns", "minmax(10px, auto)"},
		{"g1", "grid-auto-rows", "20px 1fr"}, {"g1", "grid-auto-flow", "column dense"}, {"g1", "grid-template", ""},
		{"g1", "grid", "50px 50px / 100px 100px 200px / \"a b c\" \"d e f\" / column dense / 20px 1fr / minmax(10px, auto)"},
		{"gi", "grid-row-start", "1"}, {"gi", "grid-row-end", "span 2"}, {"gi", "grid-column-start", "b"},
		{"gi", "grid-column-end", "b"}, {"gi", "grid-row", "1 / span 2"}, {"gi", "grid-column", "b"},
		{"gi", "grid-area", "1 / b / span 2"}, {"gi2", "grid-row-start", "2"}, {"gi2", "grid-row-end", "3"},
		{"gi2", "grid-column-start", "1"}, {"gi2", "grid-column-end", "3"}, {"gi2", "grid-area", "2 / 1 / 3 / 3"},
		{"g2", "grid-template-columns", "none"}, {"g2", "grid-template-rows", "[a] 10px [b c] auto"},
		{"g3", "grid-template-columns", "[x] 50px [y] 125px 125px [z]"},
		{"g4", "grid-template-columns", "10px 20%"}, {"g4", "grid-auto-flow", "row"},
		{"c1::before", "content", "\"x\" counter(c) \"T\" open-quote"}, {"c1::before", "quotes", "\"«\" \"»\""},
		{"c1b", "counter-reset", "c 2 d 0"}, {"c1b", "counter-increment", "c 1"}, {"c1b", "counter-set", "d 5"},
		{"c1b", "quotes", "\"«\" \"»\" \"‹\" \"›\""}, {"c1b", "content", "normal"},
		{"c2::after", "content", "url(\"https://c.test/i.png\") \"y\""}, {"c3", "quotes", "none"},
		{"c3", "content", "normal"}, {"fo1", "font-family", "Arial, \"Times New Roman\", monospace"},
		{"fo1", "font-variant-caps", "small-caps"}, {"fo1", "font-variant-ligatures", "no-common-ligatures"},
		{"fo1", "font-variant-numeric", "tabular-nums slashed-zero"},
		{"fo1", "font-feature-settings", "\"kern\", \"liga\" 0"}, {"fo1", "font-kerning", "none"},
		{"fo1", "font-synthesis", "none"},
		{"fo1", "font-variant", "no-common-ligatures small-caps tabular-nums slashed-zero"},
		{"fo1", "font-synthesis-weight", "none"}, {"fo1", "font-synthesis-style", "none"},
		{"fo1", "font-synthesis-small-caps", "none"}, {"fo2", "font-style", "italic"},
		{"fo2", "font-variant-caps", "small-caps"}, {"fo2", "font-weight", "700"}, {"fo2", "font-stretch", "75%"},
		{"fo2", "font-size", "12px"}, {"fo2", "line-height", "24px"}, {"fo2", "font-family", "Georgia, serif"},
		{"fo2", "font", "italic small-caps 700 condensed 12px / 24px Georgia, serif"},
		{"fo2", "font-variant", "small-caps"}, {"fo3", "font-variant-ligatures", "none"},
		{"fo3", "font-synthesis", "weight"}, {"fo3", "font-feature-settings", "\"smcp\" 2"},
		{"fo3", "font-stretch", "125%"}, {"fo3", "font-weight", "700"}, {"fo3", "font-size", "19.2px"},
		{"fo3", "font", ""}, {"td1", "text-decoration-line", "underline"},
		{"td1", "text-decoration-style", "dotted"}, {"td1", "text-decoration-color", "rgb(255, 0, 0)"},
		{"td1", "text-decoration-thickness", "2px"}, {"td1", "text-underline-offset", "3px"},
		{"td1", "text-underline-position", "under"},
		{"td1", "text-decoration", "underline 2px dotted rgb(255, 0, 0)"},
		{"td2", "text-decoration-line", "overline line-through"}, {"td2", "text-decoration-style", "wavy"},
		{"td2", "text-decoration-thickness", "from-font"},
		{"td2", "text-decoration", "overline line-through from-font wavy"},
		{"to1", "transform-origin", "10px 10px"}, {"to2", "transform-origin", "0% 100%"}, {"to2", "width", "auto"},
		{"to2", "height", "auto"}, {"to3", "transform-origin", "10px 0px 5px"},
		{"op1", "object-position", "50% 50%"}, {"op1", "object-fit", "cover"}, {"lh1", "line-height", "normal"},
		{"lh2", "line-height", "15px"}, {"lh3", "line-height", "20px"}, {"lh4", "line-height", "15px"},
		{"va1", "vertical-align", "middle"}, {"va2", "vertical-align", "10px"}, {"va3", "vertical-align", "50%"},
		{"va4", "vertical-align", "text-top"}, {"k1", "cursor", "pointer"}, {"k1", "pointer-events", "none"},
		{"k1", "user-select", "none"}, {"k1", "will-change", "transform"}, {"k1", "transition-property", "opacity"},
		{"k1", "transition-duration", "1s"}, {"ou1", "outline-style", "dashed"}, {"ou1", "outline-width", "2px"},
		{"ou1", "outline-color", "rgb(255, 0, 0)"}, {"ou1", "outline-offset", "3px"},
		{"ou1", "outline", "rgb(255, 0, 0) dashed 2px"}, {"ou2", "outline-style", "auto"},
		{"ou2", "outline-width", "3px"}, {"ou2", "outline-color", "rgb(0, 0, 255)"},
		{"ou2", "outline", "rgb(0, 0, 255) auto 3px"}, {"cl1", "clip", "rect(1px, 2px, 3px, 4px)"},
		{"cl2", "clip", "rect(1px, auto, 3px, auto)"}, {"ar1", "aspect-ratio", "16 / 9"},
		{"ar2", "aspect-ratio", "auto 2 / 1"}, {"ar3", "aspect-ratio", "1.5 / 1"}, {"tr1", "translate", "10px 20%"},
		{"tr1", "rotate", "45deg"}, {"tr1", "scale", "1.5 2"}, {"tr1", "transform", "none"},
		{"tr2", "translate", "10px"}, {"tr2", "rotate", "90deg"}, {"tr2", "scale", "2"},
	}},
	{"cases3", `<!DOCTYPE html><html><head><style>
body{margin:8px}
#s1{margin:1px 2px 3px 4px;padding:5px 6px;border:3px solid red;border-top:1px dashed blue;width:100px;height:20px;overflow:hidden auto;list-style:square inside;gap:3px 4px}
#s2{margin:5px;padding:0;border-width:1px 2px;border-style:solid dotted;border-color:red green blue;height:10px;overflow:hidden;list-style:none}
#s3{display:flex;flex:2 3 40px;flex-flow:column wrap;place-content:center space-between;place-items:start end;height:10px}
#s3 > div{place-self:center stretch;flex:1;height:5px}
#s4{position:absolute;inset:1px 2px 3px 4px;width:10px;height:10px}
#s5{position:relative;top:5px;left:10%;width:50px;height:10px}
#s6{position:absolute;top:10px;left:20px;width:30px;height:40px}
#s7{position:static;top:5px;height:10px}
#n1{display:none;width:50%;height:10em;margin:5%;padding:2px;min-width:auto}
#n2{display:none}
#al{justify-content:space-between;align-items:center;align-self:flex-end;justify-items:left;justify-self:right;align-content:space-around;height:10px}
#m1{tab-size:4;hyphens:auto;unicode-bidi:embed;text-overflow:ellipsis;image-rendering:pixelated;mix-blend-mode:multiply;border-collapse:collapse;border-spacing:2px 3px;caption-side:bottom;empty-cells:hide;table-layout:fixed;list-style-image:url(l.png);isolation:isolate;height:10px;white-space:pre-wrap;word-break:break-all;overflow-wrap:anywhere;line-break:strict;text-indent:5%;letter-spacing:2px;word-spacing:3px}
#m2{-webkit-line-clamp:2;display:-webkit-box;-webkit-box-orient:vertical;height:10px}
#cv{--x: 10px;--y:calc(1px + 2px);height:10px}
#cv2{--z:red;height:10px}
#p1::before{content:"a";color:red;display:block;width:10px}
#p1::after{content:"b";margin-left:3px}
#p1::first-line{color:blue}
li::marker{color:green}
#mm{min-width:auto;min-height:auto;height:10px}
#fx{display:flex;height:10px}
</style></head><body>
<div id=s1 data-p="margin padding border border-top border-right border-width border-style border-color overflow list-style gap width height"></div>
<div id=s2 data-p="margin padding border border-width border-style border-color overflow list-style border-bottom"></div>
<div id=s3 data-p="flex flex-flow place-content place-items justify-content align-items align-content justify-items"><div id=s3c data-p="place-self flex align-self justify-self min-width min-height"></div></div>
<div id=s4 data-p="inset top right bottom left"></div>
<div id=s5 data-p="top left bottom right inset"></div>
<div id=s6 data-p="top left bottom right"></div>
<div id=s7 data-p="top left bottom right"></div>
<div id=n1 data-p="width height margin-top margin-left padding-top min-width min-height max-width transform-origin perspective-origin margin padding"><span id=n1c data-p="width height"></span></div>
<div id=n2 data-p="display width inline-size block-size"></div>
<div id=al data-p="justify-content align-items align-self justify-items justify-self align-content place-content place-items place-self"></div>
<div id=m1 data-p="tab-size hyphens unicode-bidi text-overflow image-rendering mix-blend-mode border-collapse border-spacing -webkit-border-horizontal-spacing -webkit-border-vertical-spacing caption-side empty-cells table-layout list-style-image isolation white-space white-space-collapse text-wrap-mode word-break overflow-wrap line-break text-indent letter-spacing word-spacing"></div>
<div id=m2 data-p="-webkit-line-clamp display -webkit-box-orient"></div>
<div id=cv data-p="--x --y --nope"><div id=cv2 data-p="--x --z"></div></div>
<div id=p1 data-pseudo="::before" data-p="content color display width"></div>
<div id=p1a data-p="color"></div>
<ul><li id=li1 data-pseudo="::marker" data-p="color content unicode-bidi font-variant-numeric display"></li></ul>
<div id=mm data-p="min-width min-height"></div>
<div id=fx><div id=fxc data-p="min-width min-height"></div></div>
<span id=sp data-p="width height margin-left">x</span>
<script>
var r=[];var cs=getComputedStyle(document.getElementById('cv'));
r.push(['cv','length',String(cs.length)]);r.push(['cv','last',cs[cs.length-1]]);r.push(['cv','last2',cs.item(cs.length-2)]);r.push(['cv','first',cs[0]]);
var u=getComputedStyle(document.getElementById('p1a'),'::foo');r.push(['p1a','foo-length',String(u.length)]);r.push(['p1a','foo-color',u.color]);
var b=getComputedStyle(document.getElementById('p1a'),'::before');r.push(['p1a','before-content',b.content]);r.push(['p1a','before-length',String(b.length)]);
var a=getComputedStyle(document.getElementById('p1'),'::after');r.push(['p1','after-margin-left',a.marginLeft]);r.push(['p1','after-content',a.content]);
var fl=getComputedStyle(document.getElementById('p1'),'::first-line');r.push(['p1','first-line-color',fl.color]);
var fl2=getComputedStyle(document.getElementById('p1'),':before');r.push(['p1','colon-before-color',fl2.color]);
r.push(['p1','cssFloat',getComputedStyle(document.getElementById('p1')).cssFloat]);
r.push(['p1','cssText',getComputedStyle(document.getElementById('p1')).cssText]);
window.EXTRA=r;
</script>
</body></html>`, [][3]string{
		{"s1", "margin", "1px 2px 3px 4px"}, {"s1", "padding", "5px 6px"}, {"s1", "border", ""},
		{"s1", "border-top", "1px dashed rgb(0, 0, 255)"}, {"s1", "border-right", "3px solid rgb(255, 0, 0)"},
		{"s1", "border-width", "1px 3px 3px"}, {"s1", "border-style", "dashed solid solid"},
		{"s1", "border-color", "rgb(0, 0, 255) rgb(255, 0, 0) rgb(255, 0, 0)"}, {"s1", "overflow", "hidden auto"},
		{"s1", "list-style", "inside none square"}, {"s1", "gap", "3px 4px"}, {"s1", "width", "100px"},
		{"s1", "height", "20px"}, {"s2", "margin", "5px"}, {"s2", "padding", "0px"}, {"s2", "border", ""},
		{"s2", "border-width", "1px 2px"}, {"s2", "border-style", "solid dotted"},
		{"s2", "border-color", "rgb(255, 0, 0) rgb(0, 128, 0) rgb(0, 0, 255)"}, {"s2", "overflow", "hidden"},
		{"s2", "list-style", "outside none none"}, {"s2", "border-bottom", "1px solid rgb(0, 0, 255)"},
		{"s3", "flex", "2 3 40px"}, {"s3", "flex-flow", "column wrap"},
		{"s3", "place-content", "center space-between"}, {"s3", "place-items", "start end"},
		{"s3", "justify-content", "space-between"}, {"s3", "align-items", "start"},
		{"s3", "align-content", "center"}, {"s3", "justify-items", "end"}, {"s3c", "place-self", "center stretch"},
		{"s3c", "flex", "1 1 0%"}, {"s3c", "align-self", "center"}, {"s3c", "justify-self", "stretch"},
		{"s3c", "min-width", "auto"}, {"s3c", "min-height", "auto"}, {"s4", "inset", "1px 2px 3px 4px"},
		{"s4", "top", "1px"}, {"s4", "right", "2px"}, {"s4", "bottom", "3px"}, {"s4", "left", "4px"},
		{"s5", "top", "5px"}, {"s5", "left", "78.3906px"}, {"s5", "bottom", "-5px"}, {"s5", "right", "-78.4px"},
		{"s5", "inset", "5px -78.4px -5px 78.3906px"}, {"s6", "top", "10px"}, {"s6", "left", "20px"},
		{"s6", "bottom", "463px"}, {"s6", "right", "750px"}, {"s7", "top", "5px"}, {"s7", "left", "auto"},
		{"s7", "bottom", "auto"}, {"s7", "right", "auto"}, {"n1", "width", "50%"}, {"n1", "height", "160px"},
		{"n1", "margin-top", "5%"}, {"n1", "margin-left", "5%"}, {"n1", "padding-top", "2px"},
		{"n1", "min-width", "0px"}, {"n1", "min-height", "0px"}, {"n1", "max-width", "none"},
		{"n1", "transform-origin", "50% 50%"}, {"n1", "perspective-origin", "50% 50%"}, {"n1", "margin", "5%"},
		{"n1", "padding", "2px"}, {"n1c", "width", "auto"}, {"n1c", "height", "auto"}, {"n2", "display", "none"},
		{"n2", "width", "auto"}, {"n2", "inline-size", "auto"}, {"n2", "block-size", "auto"},
		{"al", "justify-content", "space-between"}, {"al", "align-items", "center"},
		{"al", "align-self", "flex-end"}, {"al", "justify-items", "left"}, {"al", "justify-self", "right"},
		{"al", "align-content", "space-around"}, {"al", "place-content", "space-around space-between"},
		{"al", "place-items", "center left"}, {"al", "place-self", "flex-end right"}, {"m1", "tab-size", "4"},
		{"m1", "hyphens", "auto"}, {"m1", "unicode-bidi", "embed"}, {"m1", "text-overflow", "ellipsis"},
		{"m1", "image-rendering", "pixelated"}, {"m1", "mix-blend-mode", "multiply"},
		{"m1", "border-collapse", "collapse"}, {"m1", "border-spacing", "2px 3px"},
		{"m1", "-webkit-border-horizontal-spacing", "2px"}, {"m1", "-webkit-border-vertical-spacing", "3px"},
		{"m1", "caption-side", "bottom"}, {"m1", "empty-cells", "hide"}, {"m1", "table-layout", "fixed"},
		{"m1", "list-style-image", "url(\"https://c.test/l.png\")"}, {"m1", "isolation", "isolate"},
		{"m1", "white-space", "pre-wrap"}, {"m1", "white-space-collapse", "preserve"},
		{"m1", "text-wrap-mode", "wrap"}, {"m1", "word-break", "break-all"}, {"m1", "overflow-wrap", "anywhere"},
		{"m1", "line-break", "strict"}, {"m1", "text-indent", "5%"}, {"m1", "letter-spacing", "2px"},
		{"m1", "word-spacing", "3px"}, {"m2", "-webkit-line-clamp", "2"}, {"m2", "display", "flow-root"},
		{"m2", "-webkit-box-orient", "vertical"}, {"cv", "--x", "10px"}, {"cv", "--y", "calc(1px + 2px)"},
		{"cv", "--nope", ""}, {"cv2", "--x", "10px"}, {"cv2", "--z", "red"}, {"p1::before", "content", "\"a\""},
		{"p1::before", "color", "rgb(255, 0, 0)"}, {"p1::before", "display", "block"},
		{"p1::before", "width", "10px"}, {"p1a", "color", "rgb(0, 0, 0)"},
		{"li1::marker", "color", "rgb(0, 128, 0)"}, {"li1::marker", "content", "normal"},
		{"li1::marker", "unicode-bidi", "isolate"}, {"li1::marker", "font-variant-numeric", "tabular-nums"},
		{"li1::marker", "display", "inline-block"}, {"mm", "min-width", "0px"}, {"mm", "min-height", "0px"},
		{"fxc", "min-width", "auto"}, {"fxc", "min-height", "auto"}, {"sp", "width", "auto"},
		{"sp", "height", "auto"}, {"sp", "margin-left", "0px"}, {"cv", "length", "481"}, {"cv", "last", "--y"},
		{"cv", "last2", "--x"}, {"cv", "first", "accent-color"}, {"p1a", "foo-length", "0"},
		{"p1a", "foo-color", ""}, {"p1a", "before-content", "none"}, {"p1a", "before-length", "479"},
		{"p1", "after-margin-left", "3px"}, {"p1", "after-content", "\"b\""},
		{"p1", "first-line-color", "rgb(0, 0, 255)"}, {"p1", "colon-before-color", "rgb(255, 0, 0)"},
		{"p1", "cssFloat", "none"}, {"p1", "cssText", ""},
	}},
	{"cases4", `<!DOCTYPE html><html><head><style>
div{height:10px}
#d2{grid-auto-flow:row dense;background-image:linear-gradient(90deg, red, blue);font-synthesis:style small-caps}
#d3{grid-auto-flow:dense;background-image:linear-gradient(to right, red, blue), linear-gradient(0deg, red, blue);border-image:url(x.png) 10 20 / 1 2 3 4 / 0 1px round}
#d4{background-image:linear-gradient(to left, red, blue), linear-gradient(in oklab, red, blue), radial-gradient(closest-side, red, blue), radial-gradient(circle 10px at left top, red, blue);font:12px serif}
#d5{background-image:repeating-radial-gradient(red 0, blue 10px), conic-gradient(at 10% 20%, red 0deg, blue 90deg);font:bold 12px/normal serif;font-kerning:none}
#d6{font:12px sans-serif;font-feature-settings:"liga" 0}
#d7{font:12px sans-serif;font-variant-numeric:tabular-nums}
#d8{text-align:-webkit-center;grid-template-columns:repeat(2, 10px [a]);flex-flow:row-reverse}
</style></head><body>
<div id=d1 data-p="border-image flex-flow gap place-content place-items place-self grid-row grid-column grid-area grid-template grid font font-variant list-style outline text-decoration border border-radius inset overflow background column-rule columns border-spacing font-synthesis white-space transition animation mask text-emphasis -webkit-text-stroke border-block border-inline margin-block padding-inline"></div>
<div id=d2 data-p="grid-auto-flow background-image font-synthesis font-synthesis-weight font-synthesis-style"></div>
<div id=d3 data-p="grid-auto-flow background-image border-image"></div>
<div id=d4 data-p="background-image font"></div>
<div id=d5 data-p="background-image font"></div>
<div id=d6 data-p="font"></div>
<div id=d7 data-p="font"></div>
<div id=d8 data-p="text-align grid-template-columns flex-flow"></div>
</body></html>`, [][3]string{
		{"d1", "border-image", "none"}, {"d1", "flex-flow", "row nowrap"}, {"d1", "gap", "normal"},
		{"d1", "place-content", "normal"}, {"d1", "place-items", "normal"}, {"d1", "place-self", "auto"},
		{"d1", "grid-row", "auto"}, {"d1", "grid-column", "auto"}, {"d1", "grid-area", "auto"},
		{"d1", "grid-template", "none"}, {"d1", "grid", "none / none / none / row / auto / auto"},
		{"d1", "font", "16px \"Times New Roman\""}, {"d1", "font-variant", "normal"},
		{"d1", "list-style", "outside none disc"}, {"d1", "outline", "rgb(0, 0, 0) none 3px"},
		{"d1", "text-decoration", "none"}, {"d1", "border", "0px none rgb(0, 0, 0)"},
		{"d1", "border-radius", "0px"}, {"d1", "inset", "auto"}, {"d1", "overflow", "visible"},
		{"d1", "background", "rgba(0, 0, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box"},
		{"d1", "column-rule", "3px rgb(0, 0, 0)"}, {"d1", "columns", "auto"}, {"d1", "border-spacing", "0px"},
		{"d1", "font-synthesis", "weight style small-caps"}, {"d1", "white-space", "normal"},
		{"d1", "transition", "all"}, {"d1", "animation", "none"}, {"d1", "mask", "none"},
		{"d1", "text-emphasis", "none rgb(0, 0, 0)"}, {"d1", "-webkit-text-stroke", "0px rgb(0, 0, 0)"},
		{"d1", "border-block", "0px none rgb(0, 0, 0)"}, {"d1", "border-inline", "0px none rgb(0, 0, 0)"},
		{"d1", "margin-block", "0px"}, {"d1", "padding-inline", "0px"}, {"d2", "grid-auto-flow", "dense"},
		{"d2", "background-image", "linear-gradient(90deg, rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"d2", "font-synthesis", "style small-caps"}, {"d2", "font-synthesis-weight", "none"},
		{"d2", "font-synthesis-style", "auto"}, {"d3", "grid-auto-flow", "dense"},
		{"d3", "background-image", "linear-gradient(to right, rgb(255, 0, 0), rgb(0, 0, 255)), linear-gradient(0deg, rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"d3", "border-image", "url(\"https://c.test/x.png\") 10 20 / 1 2 3 4 / 0 1px round"},
		{"d4", "background-image", "linear-gradient(to left, rgb(255, 0, 0), rgb(0, 0, 255)), linear-gradient(in oklab, rgb(255, 0, 0), rgb(0, 0, 255)), radial-gradient(closest-side, rgb(255, 0, 0), rgb(0, 0, 255)), radial-gradient(10px at 0% 0%, rgb(255, 0, 0), rgb(0, 0, 255))"},
		{"d4", "font", "12px serif"},
		{"d5", "background-image", "repeating-radial-gradient(rgb(255, 0, 0) 0px, rgb(0, 0, 255) 10px), conic-gradient(at 10% 20%, rgb(255, 0, 0) 0deg, rgb(0, 0, 255) 90deg)"},
		{"d5", "font", ""}, {"d6", "font", ""}, {"d7", "font", ""}, {"d8", "text-align", "-webkit-center"},
		{"d8", "grid-template-columns", "repeat(2, 10px [a])"}, {"d8", "flex-flow", "row-reverse nowrap"},
	}},
	{"cases6", `<!DOCTYPE html><html><head><style>
div{height:10px}
#r1{direction:rtl;margin:1px 2px 3px 4px;padding:5px 6px 7px 8px;border-left:2px solid red;border-top-left-radius:5px;width:100px}
#bb{box-sizing:border-box;width:50%;padding:10px;border:5px solid;height:40px}
#cb{width:200px;margin:0 auto}
#pc{width:300px;padding:0 5%}
#tc{color:transparent;background-color:hsl(120, 100%, 50%);border:1px solid currentColor;outline-color:rgba(255,0,0,.25)}
#tc2{color:rgb(10 20 30 / 40%);text-decoration:underline}
#ic{display:inline;width:50px;height:20px;margin:3px}
#dc{display:contents;width:10px}
#rel{position:relative;height:10px}
#rel2{position:relative;bottom:4px;right:10%;height:10px}
#fx{position:fixed;top:auto;left:10%;width:20px;height:20px}
#ab{position:relative;width:200px;height:100px}
#ab > div{position:absolute;right:10px;bottom:10%;width:30px;height:20px}
#f1{font:bold 1.5em/1.2 "Liberation Mono", monospace}
#f2{font-size:xx-large;font-weight:lighter;line-height:2em}
#ls{list-style:lower-roman url(m.png) inside}
#ov{overflow:clip}
#z{z-index:-3;position:relative;opacity:0.25;visibility:collapse}
#bgx{background:red url(x.png) center / 50% repeat-y}
#bgy{background:no-repeat 100% 0 / contain;background-color:#abc}
#tx{transform:rotate(30deg) translateX(10px);width:100px;height:50px}
#tx2{transform:scale(2);display:none}
#fl{display:flex;flex-direction:row-reverse;flex-wrap:wrap-reverse;justify-content:flex-end;align-items:baseline;gap:10px}
#fl > span{flex:0 0 auto;align-self:stretch;order:-1}
#ta{text-align:right;text-transform:capitalize;white-space:nowrap;text-indent:2em;letter-spacing:.1em;word-spacing:-2px}
#tb{border-collapse:collapse;display:table}
#mx{max-width:50%;min-height:5vh;max-height:none;width:calc(50% + 10px)}
</style></head><body>
<div id=r1 data-p="margin-inline-start margin-inline-end padding-inline-start padding-inline-end border-inline-start-width border-inline-start-color border-inline-end-width border-start-start-radius border-start-end-radius inline-size block-size direction text-align"></div>
<div id=bb data-p="width height padding-top border-top-width"></div>
<div id=cb data-p="margin-left margin-right width margin"></div>
<div id=pc data-p="padding-left padding-right padding width"></div>
<div id=tc data-p="color background-color border-top-color outline-color border-color"></div>
<div id=tc2 data-p="color text-decoration-color text-decoration"></div>
<div><span id=ic data-p="width height margin-left margin-top display">x</span></div>
<div id=dc data-p="width display"></div>
<div id=rel data-p="top left bottom right"></div>
<div id=rel2 data-p="top left bottom right"></div>
<div id=fx data-p="top left width"></div>
<div id=ab><div id=abc data-p="right bottom left top"></div></div>
<div id=f1 data-p="font font-size font-weight line-height font-family"></div>
<div id=f2 data-p="font-size font-weight line-height font"></div>
<ul><li id=ls data-p="list-style list-style-type list-style-image list-style-position"></li></ul>
<div id=ov data-p="overflow overflow-x"></div>
<div id=z data-p="z-index opacity visibility"></div>
<div id=bgx data-p="background background-position background-size background-repeat"></div>
<div id=bgy data-p="background background-position background-size"></div>
<div id=tx data-p="transform transform-origin"></div>
<div id=tx2 data-p="transform transform-origin"></div>
<div id=fl data-p="display flex-direction flex-wrap justify-content align-items gap flex-flow"><span id=flc data-p="flex align-self order display min-width">x</span></div>
<div id=ta data-p="text-align text-transform white-space text-indent letter-spacing word-spacing"></div>
<div id=tb data-p="border-collapse display"></div>
<div id=mx data-p="max-width min-height max-height width"></div>
<script>
var r=[];
var d=document.createElement('div');var dcs=getComputedStyle(d);r.push(['detached','display',dcs.display]);r.push(['detached','length',String(dcs.length)]);
var cs=getComputedStyle(document.getElementById('tc'));r.push(['tc','camel',cs.backgroundColor]);r.push(['tc','webkit',cs.webkitTextFillColor]);r.push(['tc','item0',cs.item(0)]);r.push(['tc','undef',String(cs.fooBar)]);
r.push(['tc','priority',cs.getPropertyPriority('color')]);
try{cs.color='red';r.push(['tc','set','no throw'])}catch(e){r.push(['tc','set',e.name])}
try{cs.setProperty('color','red');r.push(['tc','setProperty','no throw'])}catch(e){r.push(['tc','setProperty',e.name])}
var el=document.getElementById('z');var live=getComputedStyle(el);el.style.opacity='0.5';r.push(['z','live',live.opacity]);
window.EXTRA=r;
</script>
</body></html>`, [][3]string{
		{"r1", "margin-inline-start", "2px"}, {"r1", "margin-inline-end", "4px"},
		{"r1", "padding-inline-start", "6px"}, {"r1", "padding-inline-end", "8px"},
		{"r1", "border-inline-start-width", "0px"}, {"r1", "border-inline-start-color", "rgb(0, 0, 0)"},
		{"r1", "border-inline-end-width", "2px"}, {"r1", "border-start-start-radius", "0px"},
		{"r1", "border-start-end-radius", "5px"}, {"r1", "inline-size", "100px"}, {"r1", "block-size", "10px"},
		{"r1", "direction", "rtl"}, {"r1", "text-align", "start"}, {"bb", "width", "392px"},
		{"bb", "height", "40px"}, {"bb", "padding-top", "10px"}, {"bb", "border-top-width", "5px"},
		{"cb", "margin-left", "292px"}, {"cb", "margin-right", "292px"}, {"cb", "width", "200px"},
		{"cb", "margin", "0px 292px"}, {"pc", "padding-left", "39.1875px"}, {"pc", "padding-right", "39.1875px"},
		{"pc", "padding", "0px 39.1875px"}, {"pc", "width", "300px"}, {"tc", "color", "rgba(0, 0, 0, 0)"},
		{"tc", "background-color", "rgb(0, 255, 0)"}, {"tc", "border-top-color", "rgba(0, 0, 0, 0)"},
		{"tc", "outline-color", "rgba(255, 0, 0, 0.25)"}, {"tc", "border-color", "rgba(0, 0, 0, 0)"},
		{"tc2", "color", "rgba(10, 20, 30, 0.4)"}, {"tc2", "text-decoration-color", "rgba(10, 20, 30, 0.4)"},
		{"tc2", "text-decoration", "underline"}, {"ic", "width", "50px"}, {"ic", "height", "20px"},
		{"ic", "margin-left", "3px"}, {"ic", "margin-top", "3px"}, {"ic", "display", "inline"},
		{"dc", "width", "10px"}, {"dc", "display", "contents"}, {"rel", "top", "0px"}, {"rel", "left", "0px"},
		{"rel", "bottom", "0px"}, {"rel", "right", "0px"}, {"rel2", "top", "-4px"}, {"rel2", "left", "-78.4px"},
		{"rel2", "bottom", "4px"}, {"rel2", "right", "78.3906px"}, {"fx", "top", "145px"}, {"fx", "left", "80px"},
		{"fx", "width", "20px"}, {"abc", "right", "10px"}, {"abc", "bottom", "10px"}, {"abc", "left", "160px"},
		{"abc", "top", "70px"}, {"f1", "font", "700 24px / 28.8px \"Liberation Mono\", monospace"},
		{"f1", "font-size", "24px"}, {"f1", "font-weight", "700"}, {"f1", "line-height", "28.8px"},
		{"f1", "font-family", "\"Liberation Mono\", monospace"}, {"f2", "font-size", "32px"},
		{"f2", "font-weight", "100"}, {"f2", "line-height", "64px"},
		{"f2", "font", "100 32px / 64px \"Times New Roman\""},
		{"ls", "list-style", "inside url(\"https://c.test/m.png\") lower-roman"},
		{"ls", "list-style-type", "lower-roman"}, {"ls", "list-style-image", "url(\"https://c.test/m.png\")"},
		{"ls", "list-style-position", "inside"}, {"ov", "overflow", "clip"}, {"ov", "overflow-x", "clip"},
		{"z", "z-index", "-3"}, {"z", "opacity", "0.5"}, {"z", "visibility", "collapse"},
		{"bgx", "background", "rgb(255, 0, 0) url(\"https://c.test/x.png\") repeat-y scroll 50% 50% / 50% auto padding-box border-box"},
		{"bgx", "background-position", "50% 50%"}, {"bgx", "background-size", "50% auto"},
		{"bgx", "background-repeat", "repeat-y"},
		{"bgy", "background", "rgb(170, 187, 204) none no-repeat scroll 100% 0px / contain padding-box border-box"},
		{"bgy", "background-position", "100% 0px"}, {"bgy", "background-size", "contain"},
		{"tx", "transform", "matrix(0.866025, 0.5, -0.5, 0.866025, 8.66025, 5)"},
		{"tx", "transform-origin", "50px 25px"}, {"tx2", "transform", "none"},
		{"tx2", "transform-origin", "50% 50%"}, {"fl", "display", "flex"}, {"fl", "flex-direction", "row-reverse"},
		{"fl", "flex-wrap", "wrap-reverse"}, {"fl", "justify-content", "flex-end"},
		{"fl", "align-items", "baseline"}, {"fl", "gap", "10px"}, {"fl", "flex-flow", "row-reverse wrap-reverse"},
		{"flc", "flex", "0 0 auto"}, {"flc", "align-self", "stretch"}, {"flc", "order", "-1"},
		{"flc", "display", "block"}, {"flc", "min-width", "auto"}, {"ta", "text-align", "right"},
		{"ta", "text-transform", "capitalize"}, {"ta", "white-space", "nowrap"}, {"ta", "text-indent", "32px"},
		{"ta", "letter-spacing", "1.6px"}, {"ta", "word-spacing", "-2px"}, {"tb", "border-collapse", "collapse"},
		{"tb", "display", "table"}, {"mx", "max-width", "50%"}, {"mx", "min-height", "25.65px"},
		{"mx", "max-height", "none"}, {"mx", "width", "392px"}, {"detached", "display", ""},
		{"detached", "length", "0"}, {"tc", "camel", "rgb(0, 255, 0)"}, {"tc", "webkit", "rgba(0, 0, 0, 0)"},
		{"tc", "item0", "accent-color"}, {"tc", "undef", "undefined"}, {"tc", "priority", ""},
		{"tc", "set", "NoModificationAllowedError"}, {"tc", "setProperty", "NoModificationAllowedError"},
		{"z", "live", "0.5"},
	}},
}
