package cssom

// userAgentCSS is the user agent style sheet, written from the Rendering
// section of the HTML standard (https://html.spec.whatwg.org/multipage/rendering.html).
// AD-HOC: the block-axis logical properties of the standard (margin-block)
// are written as their physical equivalents for horizontal text; the
// inline-axis ones (padding-inline-start of lists) follow the direction;
// form control metrics approximate what desktop browsers draw.
// As in the standard, the sheet's default namespace is HTML's: its rules
// style HTML elements only, not the SVG and MathML elements inside HTML
// (an SVG <a> or <title> is no HTML one).
// AD-HOC: the unicode-bidi: isolate of 15.3.5's block elements is
// declared in those elements' display rules (marked "15.3.5" below), so
// that no rule more is matched for every div.
// TODO(spec): ruby, details/summary disclosure, dialog, the rest of the
// form controls.
const userAgentCSS = `
@namespace "http://www.w3.org/1999/xhtml";

/* 15.3.1 Hidden elements */
area, base, basefont, datalist, head, link, meta, noembed, noframes, param, rp,
script, style, template, title { display: none; }
[hidden]:not([hidden=until-found i]) { display: none; }
embed[hidden] { display: inline; height: 0; width: 0; }
input[type=hidden i] { display: none !important; }
noscript { display: none !important; }
dialog:not([open]) { display: none; }
audio:not([controls]) { display: none !important; }
slot { display: contents; }

/* 15.3.2 The page */
html, body { display: block; }
body { margin: 8px; }

/* 15.3.3 Flow content */
address, blockquote, center, div, figure, figcaption, footer, form, header, hr,
legend, listing, main, p, plaintext, pre, search, xmp, summary {
  display: block; unicode-bidi: isolate; /* 15.3.5 */
}
dialog, details { display: block; }
blockquote, figure, listing, p, plaintext, pre, xmp { margin-top: 1em; margin-bottom: 1em; }
blockquote, figure { margin-left: 40px; margin-right: 40px; }
address { font-style: italic; }
listing, plaintext, pre, xmp { font-family: monospace; white-space: pre; }
dialog { position: absolute; left: 0; right: 0; margin: auto; border: solid; padding: 1em;
  background-color: white; color: black; }
center { text-align: -webkit-center; }

/* 15.3.4 Phrasing content */
cite, dfn, em, i, var { font-style: italic; }
b, strong { font-weight: bolder; }
code, kbd, samp, tt { font-family: monospace; }
big { font-size: larger; }
small { font-size: smaller; }
sub { vertical-align: sub; }
sup { vertical-align: super; }
sub, sup { line-height: normal; font-size: smaller; }
:link { color: #0000EE; }
:visited { color: #551A8B; }
:link, :visited { text-decoration: underline; }
/* AD-HOC: not in the standard; Chromium's html.css gives links the
   pointer cursor */
a:any-link { cursor: pointer; }
mark { background-color: yellow; color: black; }
abbr[title], acronym[title] { text-decoration: dotted underline; }
ins, u { text-decoration: underline; }
del, s, strike { text-decoration: line-through; }
nobr { white-space: nowrap; }
listing, plaintext, pre, xmp, textarea { white-space: pre; }
textarea { white-space: pre-wrap; }

/* 15.3.5 Bidirectional text
   AD-HOC: [dir=ltr]/[dir=rtl] stand for :dir(); dir=auto and bdi take the
   parent's direction (TODO(spec): the first strong character). */
[dir=ltr i] { direction: ltr; }
[dir=rtl i] { direction: rtl; }
[dir], bdi, output { unicode-bidi: isolate; }
/* (the block elements' unicode-bidi: isolate is in their display rules) */
bdo, bdo[dir] { unicode-bidi: isolate-override; }

/* 15.3.6 Sections and headings */
article, aside, h1, h2, h3, h4, h5, h6, hgroup, nav, section {
  display: block; unicode-bidi: isolate; /* 15.3.5 */
}
h1 { margin-top: 0.67em; margin-bottom: 0.67em; font-size: 2.00em; font-weight: bold; }
h2 { margin-top: 0.83em; margin-bottom: 0.83em; font-size: 1.50em; font-weight: bold; }
h3 { margin-top: 1.00em; margin-bottom: 1.00em; font-size: 1.17em; font-weight: bold; }
h4 { margin-top: 1.33em; margin-bottom: 1.33em; font-size: 1.00em; font-weight: bold; }
h5 { margin-top: 1.67em; margin-bottom: 1.67em; font-size: 0.83em; font-weight: bold; }
h6 { margin-top: 2.33em; margin-bottom: 2.33em; font-size: 0.67em; font-weight: bold; }
:is(article, aside, nav, section) h1 { margin-top: 0.83em; margin-bottom: 0.83em; font-size: 1.50em; }
:is(article, aside, nav, section) :is(article, aside, nav, section) h1 {
  margin-top: 1.00em; margin-bottom: 1.00em; font-size: 1.17em; }

/* 15.3.7 Lists (the :is() subjects are spelled out so that the rules are
   indexed by type) */
dir, dd, dl, dt, menu, ol, ul { display: block; unicode-bidi: isolate; /* 15.3.5 */ }
li { display: list-item; unicode-bidi: isolate; /* 15.3.5 */ }
menu, ol, ul { counter-reset: list-item; }
/* 15.3.3 Phrasing content */
q::before { content: open-quote; }
q::after { content: close-quote; }
dir, dl, menu, ol, ul { margin-top: 1em; margin-bottom: 1em; }
:is(dir, dl, menu, ol, ul) dir,
:is(dir, dl, menu, ol, ul) dl,
:is(dir, dl, menu, ol, ul) menu,
:is(dir, dl, menu, ol, ul) ol,
:is(dir, dl, menu, ol, ul) ul { margin-top: 0; margin-bottom: 0; }
dd { margin-inline-start: 40px; }
dir, menu, ol, ul { padding-inline-start: 40px; }
ol { list-style-type: decimal; }
dir, menu, ul { list-style-type: disc; }
:is(dir, menu, ol, ul) dir,
:is(dir, menu, ol, ul) menu,
:is(dir, menu, ol, ul) ul { list-style-type: circle; }
:is(dir, menu, ol, ul) :is(dir, menu, ol, ul) dir,
:is(dir, menu, ol, ul) :is(dir, menu, ol, ul) menu,
:is(dir, menu, ol, ul) :is(dir, menu, ol, ul) ul { list-style-type: square; }
summary { display: list-item; list-style-type: disclosure-closed; list-style-position: inside; }
details[open] > summary { list-style-type: disclosure-open; }
/* https://drafts.csswg.org/css-lists-3/#ua-stylesheet */
::marker { unicode-bidi: isolate; font-variant-numeric: tabular-nums; white-space: pre;
  text-transform: none; }

/* 15.3.8 Tables */
/* (unicode-bidi: isolate: 15.3.5) */
table { display: table; unicode-bidi: isolate; }
caption { display: table-caption; unicode-bidi: isolate; }
colgroup, colgroup[hidden] { display: table-column-group; unicode-bidi: isolate; }
col, col[hidden] { display: table-column; unicode-bidi: isolate; }
thead, thead[hidden] { display: table-header-group; unicode-bidi: isolate; }
tbody, tbody[hidden] { display: table-row-group; unicode-bidi: isolate; }
tfoot, tfoot[hidden] { display: table-footer-group; unicode-bidi: isolate; }
tr, tr[hidden] { display: table-row; unicode-bidi: isolate; }
td, th { display: table-cell; unicode-bidi: isolate; }
table { box-sizing: border-box; border-spacing: 2px; border-collapse: separate; text-indent: initial; }
td, th { padding: 1px; }
th { font-weight: bold; }
caption { text-align: center; }
thead, tbody, tfoot, table > tr { vertical-align: middle; }
tr, td, th { vertical-align: inherit; }
table, td, th { border-color: gray; }
thead, tbody, tfoot, tr { border-color: inherit; }

/* 15.3.10 Form controls. AD-HOC: the values are Chromium's html.css
   defaults for the light scheme, measured in Chromium 131 where the
   standard leaves them to the user agent; layout/forms.go draws the
   controls' native look over these boxes. */
input, select, button, textarea, meter, progress, marquee { display: inline-block; }
input, select, textarea, button {
  letter-spacing: initial; word-spacing: initial; line-height: initial;
  text-transform: initial; text-indent: initial; text-shadow: none;
  font-size: 13.333333px; font-family: sans-serif; font-weight: normal; font-style: normal;
}
input, select, textarea { text-align: initial; }
::placeholder { color: #757575; }
input:is([type=reset i], [type=button i], [type=submit i]), button { text-align: center; }
input { border: 2px inset #767676; padding: 1px 2px; background-color: white; color: black; }
textarea { border: 1px solid #767676; padding: 2px; background-color: white; color: black;
  font-family: monospace; }
select { border: 1px solid #767676; background-color: white; color: black; }
button, input:is([type=reset i], [type=button i], [type=submit i]) {
  border: 2px outset #767676; padding: 1px 6px; background-color: #efefef; color: black; }
input:is([type=checkbox i], [type=radio i]) { margin: 3px 3px 3px 4px; padding: 0; border: none;
  width: 13px; height: 13px; box-sizing: border-box; background-color: initial; }
input[type=radio i] { margin: 3px 3px 0 5px; }
input[type=range i] { margin: 2px; padding: 0; border: none; background-color: initial; }
input[type=color i] { border: 1px solid #767676; padding: 1px 2px; background-color: #efefef; }
input[type=file i] { border: none; padding: 0; background-color: initial; }
input:is([type=date i], [type=time i], [type=datetime-local i], [type=month i], [type=week i]) {
  font-family: monospace; padding: 0 0 0 1px; }
input:disabled, textarea:disabled, select:disabled { color: #545454;
  border-color: rgba(118, 118, 118, 0.3); background-color: rgba(239, 239, 239, 0.3); }
input:is([type=reset i], [type=button i], [type=submit i]):disabled, button:disabled {
  color: rgba(16, 16, 16, 0.3); border-color: rgba(118, 118, 118, 0.3); background-color: #eeeeee; }
input:is([type=checkbox i], [type=radio i], [type=range i], [type=file i]):disabled { background-color: initial; }
textarea[wrap=off i] { white-space: pre; }
progress { width: 10em; height: 1em; vertical-align: -0.2em; }
meter { width: 5em; height: 1em; vertical-align: -0.2em; }
fieldset { display: block; margin-left: 2px; margin-right: 2px; border: groove 2px #efefef;
  padding: 0.35em 0.75em 0.625em; min-width: min-content; }
legend { padding-left: 2px; padding-right: 2px; }
optgroup { font-weight: bolder; }

/* 15.3.11 The hr element */
hr { color: gray; border-style: inset; border-width: 1px; margin: 0.5em auto; overflow: hidden; }

/* 15.3.12 Embedded content */
iframe { border: 2px inset; }
video { object-fit: contain; }
`
