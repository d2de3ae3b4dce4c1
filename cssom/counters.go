package cssom

// CSS counters and quotes (https://www.w3.org/TR/css-lists-3/#auto-numbering,
// https://www.w3.org/TR/css-content-3/#quotes): counter-reset,
// counter-increment, counter-set, the list-item counter, counter() and
// counters() in content, and the quotes property.
//
// AD-HOC: counters depend on tree order, which the cascade already walks,
// so the cascade resolves counter(), counters() and the quotes of
// ::before/::after content into ContentString items (resolveContent);
// layout needs no counter state: it reads the list-item counter of each
// list item (Styles.ListItemValue) and formats markers with
// Styles.CounterStyles (counterstyle.go).
//
// Reversed counters (counter-reset: reversed(name), <ol reversed>) without
// an initial value take one computed from the counter changes in their
// scope, which a top-down walk has not reached when it instantiates them:
// the walk tracks those changes, and when it met such a counter, Compute
// walks the document a second time with the initial values known
// (counterState.nextPass).

import (
	"strconv"
	"strings"

	"github.com/paneweb/pane/dom"
	"github.com/tdewolff/parse/v2/css"
)

func init() {
	addLonghandNames(map[string]propID{
		"counter-reset": pCounterReset, "counter-increment": pCounterIncrement,
		"counter-set": pCounterSet, "quotes": pQuotes,
	})
}

// parseCounterChanges parses the value of counter-reset, counter-increment
// or counter-set (id): none | [ <counter-name> <integer>? ]+, where
// counter-reset also takes reversed(<counter-name>)
// (https://www.w3.org/TR/css-lists-3/#counter-reset). The default integer
// is 1 for counter-increment, else 0; a reversed counter without one
// computes its initial value. The specified value lists, per counter, its
// name, its integer ("" for none) and "r" for reversed or "".
func parseCounterChanges(id propID, comps [][]tok) (value, bool) {
	if len(comps) == 1 && ident(comps[0]) == "none" {
		return value{kind: vKeyword, i: kwNone}, true
	}
	var list []string
	for i := 0; i < len(comps); i++ {
		reversed := id == pCounterReset && isFunc(comps[i], "reversed(")
		c := comps[i]
		if reversed {
			c = singleComponent(funcArgs(c))
		}
		name, ok := counterName(c)
		if !ok {
			return value{}, false
		}
		n := ""
		switch {
		case i+1 < len(comps) && len(comps[i+1]) == 1 && comps[i+1][0].t == css.NumberToken:
			v, err := strconv.Atoi(comps[i+1][0].s)
			if err != nil {
				return value{}, false // not an <integer>
			}
			n = strconv.Itoa(v)
			i++
		case id == pCounterIncrement:
			n = "1"
		case !reversed:
			n = "0"
		}
		flag := ""
		if reversed {
			flag = "r"
		}
		list = append(list, name, n, flag)
	}
	return value{kind: vKeyword, i: kwAuto, list: list}, len(list) > 0
}

// counterName parses a <counter-name>: a <custom-ident> other than none
// and the CSS-wide keywords.
func counterName(c []tok) (string, bool) {
	if len(c) != 1 || c[0].t != css.IdentToken {
		return "", false
	}
	if _, global := globalKeyword(c[0].s); global || strings.EqualFold(c[0].s, "none") || strings.EqualFold(c[0].s, "default") {
		return "", false
	}
	return c[0].s, true
}

// parseQuotes parses auto | none | [ <string> <string> ]+.
func parseQuotes(comps [][]tok) (value, bool) {
	switch kw := ident(comps[0]); {
	case len(comps) == 1 && kw == "auto":
		return value{kind: vKeyword, i: kwAuto}, true
	case len(comps) == 1 && kw == "none":
		return value{kind: vKeyword, i: kwNone}, true
	}
	if len(comps)%2 != 0 {
		return value{}, false
	}
	list := make([]string, 0, len(comps))
	for _, c := range comps {
		if len(c) != 1 || c[0].t != css.StringToken {
			return value{}, false
		}
		list = append(list, unquote(c[0].s))
	}
	return value{kind: vKeyword, i: kwNormal, list: list}, true
}

// parseCounterFunction parses counter(<name>, <counter-style>?) and
// counters(<name>, <string>, <counter-style>?).
func parseCounterFunction(c []tok) (ContentItem, bool) {
	args := splitCommas(funcArgs(c))
	plural := isFunc(c, "counters(")
	min, max := 1, 2
	if plural {
		min, max = 2, 3
	}
	if len(args) < min || len(args) > max {
		return ContentItem{}, false
	}
	item := ContentItem{Kind: ContentCounter, Style: "decimal"}
	name, ok := counterName(singleComponent(args[0]))
	if !ok {
		return ContentItem{}, false
	}
	item.Value = name
	rest := args[1:]
	if plural {
		item.Kind = ContentCounters
		sep := singleComponent(args[1])
		if len(sep) != 1 || sep[0].t != css.StringToken {
			return ContentItem{}, false
		}
		item.Separator = unquote(sep[0].s)
		rest = args[2:]
	}
	if len(rest) == 1 {
		c := singleComponent(rest[0])
		switch {
		case anonymousCounterStyle([][]tok{c}) != nil:
			item.Style = tokensTextOf(c)
		case ident(c) != "":
			item.Style = counterStyleName(c[0].s)
		default:
			return ContentItem{}, false
		}
	}
	return item, true
}

// singleComponent returns the one component of toks, or nil.
func singleComponent(toks []tok) []tok {
	if comps := components(toks); len(comps) == 1 {
		return comps[0]
	}
	return nil
}

// text serializes a computed counter change: the name (in reversed()
// for a reversed counter) and the value, which a reversed counter that
// computes its initial value has none of.
func (c CounterChange) text() string {
	switch {
	case c.Reversed && c.NoValue:
		return "reversed(" + c.Name + ")"
	case c.Reversed:
		return "reversed(" + c.Name + ") " + strconv.Itoa(c.Value)
	}
	return c.Name + " " + strconv.Itoa(c.Value)
}

func computeCounterProp(id propID, s *ComputedStyle, v *value) {
	if id == pQuotes {
		switch v.i {
		case kwAuto:
			s.Quotes = nil
		case kwNone:
			s.Quotes = []string{}
		default:
			s.Quotes = v.list
		}
		return
	}
	var changes []CounterChange
	for i := 0; i+2 < len(v.list); i += 3 {
		n, err := strconv.Atoi(v.list[i+1])
		changes = append(changes, CounterChange{Name: v.list[i], Value: n, Reversed: v.list[i+2] == "r", NoValue: err != nil})
	}
	switch id {
	case pCounterReset:
		s.CounterReset = changes
	case pCounterIncrement:
		s.CounterIncrement = changes
	case pCounterSet:
		s.CounterSet = changes
	}
}

func copyCounterProp(id propID, dst, src *ComputedStyle) {
	switch id {
	case pCounterReset:
		dst.CounterReset = src.CounterReset
	case pCounterIncrement:
		dst.CounterIncrement = src.CounterIncrement
	case pCounterSet:
		dst.CounterSet = src.CounterSet
	case pQuotes:
		dst.Quotes = src.Quotes
	}
}

// counter is one counter instance: its name, value and the element that
// instantiated it; reversed counters count list items down.
type counter struct {
	name     string
	value    int
	owner    *dom.Node
	reversed bool
	// track gathers the initial value of a reversed counter instantiated
	// without one, on the first pass.
	track *reversedStart
}

// counterKey names a reversed counter across passes: its owner and name.
type counterKey struct {
	owner *dom.Node
	name  string
}

// reversedStart is the state of the algorithm that computes a reversed
// counter's initial value
// (https://www.w3.org/TR/css-lists-3/#instantiating-counters).
type reversedStart struct {
	num, lastNonZeroIncrementNegated int
	// lastEl and lastNeg are the element that last incremented the
	// counter and its negated increment, undone when it also sets it.
	lastEl  *dom.Node
	lastNeg int
	done    bool
}

// counterState is the counters in scope during the cascade's tree walk,
// innermost last, and the quote depth.
// https://www.w3.org/TR/css-lists-3/#creating-a-counter
type counterState struct {
	stack      []counter
	quoteDepth int
	// styles formats counter values.
	styles *CounterStyles
	// starts holds the initial values of the reversed counters computed by
	// a previous pass; tracking the ones this pass computes.
	starts   map[counterKey]int
	tracking map[counterKey]*reversedStart
}

// computeDocument computes the styles of every element of doc: one walk
// of the tree, or two when the first met reversed counters that compute
// their initial value, the second with those values known.
func (r *resolver) computeDocument(doc *dom.Document) *Styles {
	styles := NewStyles()
	for pass := 0; pass < 2; pass++ {
		for c := doc.Root.FirstChild; c != nil; c = c.NextSibling {
			r.computeTree(c, nil, styles)
		}
		if !r.counters.nextPass() {
			break
		}
		styles = NewStyles()
	}
	return styles
}

// nextPass prepares a second walk of the document when this one
// instantiated reversed counters whose initial value it had to compute,
// and reports whether it did.
func (cs *counterState) nextPass() bool {
	if len(cs.tracking) == 0 {
		return false
	}
	if cs.starts == nil {
		cs.starts = map[counterKey]int{}
	}
	for k, t := range cs.tracking {
		// 4. Add lastNonZeroIncrementNegated to num. 5. Return num.
		cs.starts[k] = t.num + t.lastNonZeroIncrementNegated
	}
	cs.tracking, cs.stack, cs.quoteDepth = nil, cs.stack[:0], 0
	return true
}

// innermost returns the index of the innermost counter named name, or -1.
func (cs *counterState) innermost(name string) int {
	for i := len(cs.stack) - 1; i >= 0; i-- {
		if cs.stack[i].name == name {
			return i
		}
	}
	return -1
}

// instantiate creates counter name on el with value n. A counter of the
// same name created by a preceding sibling is replaced
// (https://www.w3.org/TR/css-lists-3/#instantiate-counter).
func (cs *counterState) instantiate(el *dom.Node, name string, n int) {
	cs.push(counter{name: name, value: n, owner: el})
}

func (cs *counterState) push(c counter) {
	if i := cs.innermost(c.name); i >= 0 && cs.stack[i].owner != nil && cs.stack[i].owner.Parent == c.owner.Parent && cs.stack[i].owner != c.owner {
		cs.stack[i] = c
		return
	}
	cs.stack = append(cs.stack, c)
}

// reset instantiates the counter of counter-reset entry ch on el: a
// reversed counter without an initial value takes the one a previous
// pass computed, or starts tracking it.
func (cs *counterState) reset(el *dom.Node, ch CounterChange) {
	c := counter{name: ch.Name, value: ch.Value, owner: el, reversed: ch.Reversed}
	if ch.Reversed && ch.NoValue {
		k := counterKey{el, ch.Name}
		if n, ok := cs.starts[k]; ok {
			c.value = n
		} else {
			// 1. Let num be 0. 2. Let lastNonZeroIncrementNegated be 0.
			c.track = &reversedStart{}
			if cs.tracking == nil {
				cs.tracking = map[counterKey]*reversedStart{}
			}
			cs.tracking[k] = c.track
		}
	}
	cs.push(c)
}

// apply runs the counter changes of style s on el, in the order resets,
// increments, sets (https://www.w3.org/TR/css-lists-3/#auto-numbering),
// with the implicit increment of list-item for list items.
func (cs *counterState) apply(el *dom.Node, s *ComputedStyle) {
	for _, c := range s.CounterReset {
		cs.reset(el, c)
	}
	listItem := s.Display == DisplayListItem
	for _, c := range s.CounterIncrement {
		if c.Name == "list-item" {
			listItem = false
		}
		cs.add(el, c.Name, c.Value, false)
	}
	if listItem {
		// https://www.w3.org/TR/css-lists-3/#list-item-counter: by 1, or
		// by -1 when the counter is reversed.
		n := 1
		if i := cs.innermost("list-item"); i >= 0 && cs.stack[i].reversed {
			n = -1
		}
		cs.add(el, "list-item", n, false)
	}
	for _, c := range s.CounterSet {
		cs.add(el, c.Name, c.Value, true)
	}
}

// add increments (or sets) the innermost counter name, instantiating it
// on el at 0 when there is none.
func (cs *counterState) add(el *dom.Node, name string, n int, set bool) {
	i := cs.innermost(name)
	if i < 0 {
		cs.instantiate(el, name, 0)
		i = cs.innermost(name)
	}
	c := &cs.stack[i]
	if t := c.track; t != nil && !t.done {
		t.step(el, n, set)
	}
	if set {
		c.value = n
	} else {
		c.value += n
	}
}

// step runs step 3 of the initial value algorithm for element el's
// increment (or set) n: "For each element or pseudo-element el that
// increments or sets the same counter in the same scope: 1. Let
// incrementNegated be el's counter-increment integer value for this
// counter, multiplied by -1. 2. If incrementNegated is not zero, then set
// lastNonZeroIncrementNegated to incrementNegated. 3. If el sets this
// counter with counter-set, then add that integer value to num and break
// this loop. 4. Add incrementNegated to num."
// AD-HOC: an element and its ::before or ::after count as one element.
func (t *reversedStart) step(el *dom.Node, n int, set bool) {
	if set {
		if t.lastEl == el {
			t.num -= t.lastNeg // el's increment is not added (step 3 breaks before step 4)
		}
		t.num += n
		t.done = true
		return
	}
	neg := -n
	if neg != 0 {
		t.lastNonZeroIncrementNegated = neg
	}
	t.num += neg
	t.lastEl, t.lastNeg = el, neg
}

// resolveContent returns s with the counters and quotes of its content
// resolved to strings: s itself when there are none, else a copy (styles
// are shared, their resolved content is not).
func (cs *counterState) resolveContent(s *ComputedStyle) *ComputedStyle {
	need := false
	for _, it := range s.Content {
		if it.Kind >= ContentOpenQuote {
			need = true
			break
		}
	}
	if !need {
		return s
	}
	out := *s
	out.Content = make([]ContentItem, 0, len(s.Content))
	for _, it := range s.Content {
		switch it.Kind {
		case ContentCounter, ContentCounters:
			it = ContentItem{Kind: ContentString, Value: cs.counterText(it)}
		case ContentOpenQuote, ContentCloseQuote, ContentNoOpenQuote, ContentNoCloseQuote:
			it = ContentItem{Kind: ContentString, Value: cs.quote(it.Kind, s.Quotes)}
		}
		out.Content = append(out.Content, it)
	}
	return &out
}

// counterText is the text of counter() (the innermost counter) or
// counters() (all counters of the name, outermost first, joined).
// A counter that does not exist reads as 0.
func (cs *counterState) counterText(it ContentItem) string {
	if it.Kind == ContentCounter {
		n := 0
		if i := cs.innermost(it.Value); i >= 0 {
			n = cs.stack[i].value
		}
		return cs.styles.Format(n, it.Style)
	}
	var parts []string
	for _, c := range cs.stack {
		if c.name == it.Value {
			parts = append(parts, cs.styles.Format(c.value, it.Style))
		}
	}
	if len(parts) == 0 {
		parts = append(parts, cs.styles.Format(0, it.Style))
	}
	return strings.Join(parts, it.Separator)
}

// autoQuotes are the quotes of quotes: auto for English: curly double
// quotes outside, curly single quotes inside.
var autoQuotes = []string{"\u201c", "\u201d", "\u2018", "\u2019"}

// quote returns the string of a quote item at the current depth and
// updates the depth (https://www.w3.org/TR/css-content-3/#quote-values).
func (cs *counterState) quote(kind ContentKind, quotes []string) string {
	if quotes == nil {
		quotes = autoQuotes
	}
	pick := func(close int) string {
		if len(quotes) < 2 {
			return ""
		}
		d := min(cs.quoteDepth, len(quotes)/2-1)
		return quotes[2*d+close]
	}
	switch kind {
	case ContentOpenQuote:
		q := pick(0)
		cs.quoteDepth++
		return q
	case ContentNoOpenQuote:
		cs.quoteDepth++
	case ContentCloseQuote, ContentNoCloseQuote:
		if cs.quoteDepth == 0 {
			return "" // a close-quote at depth 0 produces nothing
		}
		cs.quoteDepth--
		if kind == ContentCloseQuote {
			return pick(1)
		}
	}
	return ""
}
