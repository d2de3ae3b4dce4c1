package cssom

// Counter styles (https://www.w3.org/TR/css-counter-styles-3/): the
// @counter-style rule, the predefined counter styles, and the algorithm
// that turns a counter value into its representation.

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tdewolff/parse/v2/css"
)

// CounterSystem is the system descriptor of a counter style
// (https://www.w3.org/TR/css-counter-styles-3/#counter-style-system).
type CounterSystem uint8

// The counter systems.
const (
	SystemSymbolic CounterSystem = iota // the initial value
	SystemCyclic
	SystemNumeric
	SystemAlphabetic
	SystemAdditive
	SystemFixed
	SystemExtends
)

var counterSystemNames = [...]string{"symbolic", "cyclic", "numeric", "alphabetic", "additive", "fixed", "extends"}

// AdditiveSymbol is one tuple of the additive-symbols descriptor.
type AdditiveSymbol struct {
	Weight int
	Symbol string
}

// CounterStyleRule is an @counter-style rule
// (https://www.w3.org/TR/css-counter-styles-3/#the-counter-style-rule).
// The zero value of each descriptor means it was not given.
type CounterStyleRule struct {
	Name   string
	System CounterSystem
	// FirstSymbol is the first symbol value of a fixed system; Extends is
	// the name of the style an extends system extends.
	FirstSymbol int
	Extends     string
	Symbols     []string
	Additive    []AdditiveSymbol
	// Negative, Prefix, Suffix and PadSymbol are set when their
	// descriptor is (HasNegative, HasPrefix, HasSuffix, Pad > 0).
	Negative                 [2]string
	Prefix, Suffix           string
	HasNegative              bool
	HasPrefix, HasSuffix     bool
	HasSystem, HasSymbols    bool
	HasAdditive, HasFallback bool
	Pad                      int
	PadSymbol                string
	Fallback                 string
	// Range holds the ranges of the range descriptor, lower then upper
	// bound, math.MinInt/MaxInt for infinite; nil for auto.
	Range [][2]int
	// text is the rule's block as written, for String.
	text string
}

func (*CounterStyleRule) isRule() {}

// write serializes the rule.
func (r *CounterStyleRule) write(b *strings.Builder) {
	b.WriteString("@counter-style " + r.Name + " {" + r.text + " }\n")
}

// reservedCounterStyleNames cannot be defined by @counter-style: "none"
// is not a <counter-style-name>, and the others are not overridable
// (https://www.w3.org/TR/css-counter-styles-3/#the-counter-style-rule).
var reservedCounterStyleNames = map[string]bool{
	"none": true, "decimal": true, "disc": true, "square": true, "circle": true,
	"disclosure-open": true, "disclosure-closed": true,
}

// parseCounterStyleRule parses the prelude and block of an @counter-style
// rule; it returns nil when the rule is invalid.
func parseCounterStyleRule(prelude string, block []css.Token) *CounterStyleRule {
	name := strings.TrimSpace(prelude)
	if name == "" || strings.ContainsAny(name, " \t\n") {
		return nil
	}
	if _, global := globalKeyword(name); global || reservedCounterStyleNames[strings.ToLower(name)] {
		return nil
	}
	r := &CounterStyleRule{Name: name}
	var text strings.Builder
	for _, it := range consumeBlockContents(block) {
		if !it.decl {
			continue
		}
		toks, _ := stripImportant(convertTokens(normalizeValue(it.value)))
		comps := components(toks)
		if len(comps) == 0 || !r.descriptor(strings.ToLower(it.name), comps) {
			continue
		}
		text.WriteString(" " + strings.ToLower(it.name) + ": " + strings.TrimSpace(tokensTextOf(toks)) + ";")
	}
	r.text = text.String()
	if !r.valid() {
		return nil
	}
	return r
}

// valid checks the symbols a system needs
// (https://www.w3.org/TR/css-counter-styles-3/#counter-style-symbols).
func (r *CounterStyleRule) valid() bool {
	switch r.System {
	case SystemCyclic, SystemFixed, SystemSymbolic:
		return len(r.Symbols) >= 1
	case SystemNumeric, SystemAlphabetic:
		return len(r.Symbols) >= 2
	case SystemAdditive:
		return len(r.Additive) >= 1
	}
	// extends: "it must not contain a symbols or additive-symbols
	// descriptor, or else the @counter-style rule is invalid".
	return !r.HasSymbols && !r.HasAdditive
}

// descriptor sets one descriptor from its value's components and reports
// whether the value was valid.
func (r *CounterStyleRule) descriptor(name string, comps [][]tok) bool {
	switch name {
	case "system":
		return r.parseSystem(comps)
	case "symbols":
		var syms []string
		for _, c := range comps {
			s, ok := counterSymbol(c)
			if !ok {
				return false
			}
			syms = append(syms, s)
		}
		r.Symbols, r.HasSymbols = syms, true
	case "additive-symbols":
		return r.parseAdditive(comps)
	case "negative":
		if len(comps) > 2 {
			return false
		}
		for i, c := range comps {
			s, ok := counterSymbol(c)
			if !ok {
				return false
			}
			r.Negative[i] = s
		}
		r.HasNegative = true
	case "prefix", "suffix":
		s, ok := counterSymbol(comps[0])
		if !ok || len(comps) != 1 {
			return false
		}
		if name == "prefix" {
			r.Prefix, r.HasPrefix = s, true
		} else {
			r.Suffix, r.HasSuffix = s, true
		}
	case "pad":
		return r.parsePad(comps)
	case "range":
		return r.parseRange(comps)
	case "fallback":
		n, ok := counterName(comps[0])
		if !ok || len(comps) != 1 {
			return false
		}
		r.Fallback, r.HasFallback = n, true
	default:
		return false // speak-as and unknown descriptors
	}
	return true
}

func (r *CounterStyleRule) parseSystem(comps [][]tok) bool {
	kw := ident(comps[0])
	sys := -1
	for i, n := range counterSystemNames {
		if n == kw {
			sys = i
		}
	}
	switch {
	case sys < 0:
		return false
	case CounterSystem(sys) == SystemFixed && len(comps) <= 2:
		r.FirstSymbol = 1
		if len(comps) == 2 {
			n, ok := counterInteger(comps[1])
			if !ok {
				return false
			}
			r.FirstSymbol = n
		}
	case CounterSystem(sys) == SystemExtends && len(comps) == 2:
		n, ok := counterName(comps[1])
		if !ok {
			return false
		}
		r.Extends = strings.ToLower(n)
	case len(comps) != 1 || CounterSystem(sys) == SystemExtends:
		return false
	}
	r.System, r.HasSystem = CounterSystem(sys), true
	return true
}

// parseAdditive parses [ <integer [0,∞]> && <symbol> ]#, weights in
// decreasing order.
func (r *CounterStyleRule) parseAdditive(comps [][]tok) bool {
	var out []AdditiveSymbol
	var item [][]tok
	flush := func() bool {
		if len(item) != 2 {
			return false
		}
		w, ok := counterInteger(item[0])
		s, ok2 := counterSymbol(item[1])
		if !ok || !ok2 {
			w, ok = counterInteger(item[1])
			s, ok2 = counterSymbol(item[0])
		}
		if !ok || !ok2 || w < 0 || len(out) > 0 && w >= out[len(out)-1].Weight {
			return false
		}
		out = append(out, AdditiveSymbol{w, s})
		item = item[:0]
		return true
	}
	for _, c := range comps {
		if len(c) == 1 && c[0].t == css.CommaToken {
			if !flush() {
				return false
			}
			continue
		}
		item = append(item, c)
	}
	if !flush() {
		return false
	}
	r.Additive, r.HasAdditive = out, true
	return true
}

// parsePad parses <integer [0,∞]> && <symbol>.
func (r *CounterStyleRule) parsePad(comps [][]tok) bool {
	if len(comps) != 2 {
		return false
	}
	n, ok := counterInteger(comps[0])
	s, ok2 := counterSymbol(comps[1])
	if !ok || !ok2 {
		n, ok = counterInteger(comps[1])
		s, ok2 = counterSymbol(comps[0])
	}
	if !ok || !ok2 || n < 0 {
		return false
	}
	r.Pad, r.PadSymbol = n, s
	return true
}

// parseRange parses [ [ <integer> | infinite ]{2} ]# | auto.
func (r *CounterStyleRule) parseRange(comps [][]tok) bool {
	if len(comps) == 1 && ident(comps[0]) == "auto" {
		r.Range = nil
		return true
	}
	var out [][2]int
	var bounds []int
	for _, c := range comps {
		if len(c) == 1 && c[0].t == css.CommaToken {
			if len(bounds) != 2 {
				return false
			}
			out, bounds = append(out, [2]int{bounds[0], bounds[1]}), bounds[:0]
			continue
		}
		if ident(c) == "infinite" {
			bounds = append(bounds, [2]int{minCounter, maxCounter}[len(bounds)%2])
			continue
		}
		n, ok := counterInteger(c)
		if !ok {
			return false
		}
		bounds = append(bounds, n)
	}
	if len(bounds) != 2 {
		return false
	}
	out = append(out, [2]int{bounds[0], bounds[1]})
	for _, rg := range out {
		if rg[0] > rg[1] {
			return false
		}
	}
	r.Range = out
	return true
}

// The bounds of an infinite range.
const (
	minCounter = -1 << 62
	maxCounter = 1 << 62
)

// counterStyleName returns the name a <counter-style-name> ident refers
// to: the predefined names and none match ASCII case-insensitively, the
// others (@counter-style names) as written.
func counterStyleName(ident string) string {
	if l := strings.ToLower(ident); l == "none" || predefinedCounterStyles().m[l] != nil {
		return l
	}
	return ident
}

// anonymousCounterStyle returns the style of a symbols() function,
// symbols( <symbols-type>? [ <string> | <image> ]+ ), or nil when it is
// invalid (https://www.w3.org/TR/css-counter-styles-3/#symbols-function):
// its system is the type (symbolic by default), its suffix a space, and
// its other descriptors initial. TODO(spec): <image> symbols.
func anonymousCounterStyle(comps [][]tok) *counterStyle {
	if len(comps) != 1 || !isFunc(comps[0], "symbols(") {
		return nil
	}
	args := components(funcArgs(comps[0]))
	s := &counterStyle{system: SystemSymbolic, first: 1, negative: [2]string{"-", ""}, suffix: " ", fallback: "decimal"}
	if len(args) > 0 {
		switch ident(args[0]) {
		case "cyclic", "numeric", "alphabetic", "symbolic", "fixed":
			for i, n := range counterSystemNames {
				if n == ident(args[0]) {
					s.system = CounterSystem(i)
				}
			}
			args = args[1:]
		}
	}
	for _, a := range args {
		if len(a) != 1 || a[0].t != css.StringToken {
			return nil
		}
		s.symbols = append(s.symbols, unquote(a[0].s))
	}
	r := CounterStyleRule{System: s.system, Symbols: s.symbols}
	if !r.valid() {
		return nil
	}
	return s
}

// counterSymbol parses a <symbol>: a <string> or <custom-ident>.
// TODO(spec): <image> symbols.
func counterSymbol(c []tok) (string, bool) {
	if len(c) != 1 {
		return "", false
	}
	switch c[0].t {
	case css.StringToken:
		return unquote(c[0].s), true
	case css.IdentToken:
		return c[0].s, true
	}
	return "", false
}

func counterInteger(c []tok) (int, bool) {
	if len(c) != 1 || c[0].t != css.NumberToken {
		return 0, false
	}
	n, err := strconv.Atoi(c[0].s)
	return n, err == nil
}

// counterStyle is a counter style with extends resolved.
type counterStyle struct {
	name           string
	system         CounterSystem
	first          int
	symbols        []string
	additive       []AdditiveSymbol
	negative       [2]string
	prefix, suffix string
	pad            int
	padSymbol      string
	fallback       string
	ranges         [][2]int // nil for auto
}

// CounterStyles is a set of counter styles by name: the predefined ones
// and those of @counter-style rules. The zero value (and nil) holds the
// predefined styles only.
type CounterStyles struct {
	m map[string]*counterStyle
	// predefined says this is the set of predefined styles itself.
	predefined bool
}

// lookup returns the style name, or nil.
func (cs *CounterStyles) lookup(name string) *counterStyle {
	if strings.HasPrefix(name, "symbols(") {
		return anonymousCounterStyle(components(lexValue(name)))
	}
	if cs != nil && cs.m != nil {
		// @counter-style names are case-sensitive.
		if s, ok := cs.m[name]; ok {
			return s
		}
	}
	if cs != nil && cs.predefined {
		return nil
	}
	// The predefined names are ASCII case-insensitive.
	p := predefinedCounterStyles()
	if s, ok := p.m[name]; ok {
		return s
	}
	return p.m[strings.ToLower(name)]
}

// newCounterStyles defines the styles of rules, later rules winning, over
// the predefined ones
// (https://www.w3.org/TR/css-counter-styles-3/#extends-system: an extends
// of an unknown style, or a cycle, extends decimal).
func newCounterStyles(rules []*CounterStyleRule, base *CounterStyles) *CounterStyles {
	byName := map[string]*CounterStyleRule{}
	var order []string
	for _, r := range rules {
		if _, ok := byName[r.Name]; !ok {
			order = append(order, r.Name)
		}
		byName[r.Name] = r
	}
	out := &CounterStyles{m: map[string]*counterStyle{}, predefined: base != nil && base.predefined}
	var define func(name string, depth int) *counterStyle
	define = func(name string, depth int) *counterStyle {
		if s, ok := out.m[name]; ok {
			return s
		}
		r, ok := byName[name]
		if !ok {
			return base.lookup(name)
		}
		var parent *counterStyle
		if r.System == SystemExtends {
			if depth < 32 {
				out.m[name] = nil // marks the cycle
				parent = define(r.Extends, depth+1)
			}
			if parent == nil {
				parent = base.lookup("decimal")
			}
		}
		s := r.resolve(parent)
		out.m[name] = s
		return s
	}
	for _, n := range order {
		define(n, 0)
	}
	return out
}

// resolve builds the style of r; parent is the extended style of an
// extends system.
func (r *CounterStyleRule) resolve(parent *counterStyle) *counterStyle {
	s := &counterStyle{name: r.Name, system: r.System, first: r.FirstSymbol, symbols: r.Symbols, additive: r.Additive,
		negative: [2]string{"-", ""}, suffix: ". ", fallback: "decimal"}
	if parent != nil {
		c := *parent
		s = &c
		s.name = r.Name
	}
	if r.HasNegative {
		s.negative = r.Negative
	}
	if r.HasPrefix {
		s.prefix = r.Prefix
	}
	if r.HasSuffix {
		s.suffix = r.Suffix
	}
	if r.Pad > 0 || r.PadSymbol != "" {
		s.pad, s.padSymbol = r.Pad, r.PadSymbol
	}
	if r.HasFallback {
		s.fallback = r.Fallback
	}
	if r.Range != nil {
		s.ranges = r.Range
	}
	return s
}

// counterStyleSet returns the counter styles of the rule set's
// @counter-style rules over the predefined ones, built once.
func (rs *ruleSet) counterStyleSet() *CounterStyles {
	if rs.counterSet == nil {
		rs.counterSet = newCounterStyles(rs.counterStyles, nil)
	}
	return rs.counterSet
}

// predefinedCSS holds the predefined counter styles of
// https://www.w3.org/TR/css-counter-styles-3/#predefined-counters, written
// as the spec defines them. TODO(spec): the complex predefined styles of
// §7 (CJK informal and formal, ethiopic-numeric) and the extensions of
// https://www.w3.org/TR/predefined-counter-styles/.
const predefinedCSS = `
@counter-style decimal { system: numeric; symbols: '0' '1' '2' '3' '4' '5' '6' '7' '8' '9'; }
@counter-style decimal-leading-zero { system: extends decimal; pad: 2 '0'; }
@counter-style arabic-indic { system: numeric; symbols: '٠' '١' '٢' '٣' '٤' '٥' '٦' '٧' '٨' '٩'; }
@counter-style armenian { system: additive; range: 1 9999; additive-symbols: 9000 'Ք', 8000 'Փ', 7000 'Ւ', 6000 'Ց', 5000 'Ր', 4000 'Տ', 3000 'Վ', 2000 'Ս', 1000 'Ռ', 900 'Ջ', 800 'Պ', 700 'Չ', 600 'Ո', 500 'Շ', 400 'Ն', 300 'Յ', 200 'Մ', 100 'Ճ', 90 'Ղ', 80 'Ձ', 70 'Հ', 60 'Կ', 50 'Ծ', 40 'Խ', 30 'Լ', 20 'Ի', 10 'Ժ', 9 'Թ', 8 'Ը', 7 'Է', 6 'Զ', 5 'Ե', 4 'Դ', 3 'Գ', 2 'Բ', 1 'Ա'; }
@counter-style upper-armenian { system: extends armenian; }
@counter-style lower-armenian { system: additive; range: 1 9999; additive-symbols: 9000 'ք', 8000 'փ', 7000 'ւ', 6000 'ց', 5000 'ր', 4000 'տ', 3000 'վ', 2000 'ս', 1000 'ռ', 900 'ջ', 800 'պ', 700 'չ', 600 'ո', 500 'շ', 400 'ն', 300 'յ', 200 'մ', 100 'ճ', 90 'ղ', 80 'ձ', 70 'հ', 60 'կ', 50 'ծ', 40 'խ', 30 'լ', 20 'ի', 10 'ժ', 9 'թ', 8 'ը', 7 'է', 6 'զ', 5 'ե', 4 'դ', 3 'գ', 2 'բ', 1 'ա'; }
@counter-style bengali { system: numeric; symbols: '০' '১' '২' '৩' '৪' '৫' '৬' '৭' '৮' '৯'; }
@counter-style cambodian { system: numeric; symbols: '០' '១' '២' '៣' '៤' '៥' '៦' '៧' '៨' '៩'; }
@counter-style khmer { system: extends cambodian; }
@counter-style cjk-decimal { system: numeric; range: 0 infinite; symbols: '〇' '一' '二' '三' '四' '五' '六' '七' '八' '九'; suffix: '、'; }
@counter-style devanagari { system: numeric; symbols: '०' '१' '२' '३' '४' '५' '६' '७' '८' '९'; }
@counter-style georgian { system: additive; range: 1 19999; additive-symbols: 10000 'ჵ', 9000 'ჰ', 8000 'ჯ', 7000 'ჴ', 6000 'ხ', 5000 'ჭ', 4000 'წ', 3000 'ძ', 2000 'ც', 1000 'ჩ', 900 'შ', 800 'ყ', 700 'ღ', 600 'ქ', 500 'ფ', 400 'ჳ', 300 'ტ', 200 'ს', 100 'რ', 90 'ჟ', 80 'პ', 70 'ო', 60 'ჲ', 50 'ნ', 40 'მ', 30 'ლ', 20 'კ', 10 'ი', 9 'თ', 8 'ჱ', 7 'ზ', 6 'ვ', 5 'ე', 4 'დ', 3 'გ', 2 'ბ', 1 'ა'; }
@counter-style gujarati { system: numeric; symbols: '૦' '૧' '૨' '૩' '૪' '૫' '૬' '૭' '૮' '૯'; }
@counter-style gurmukhi { system: numeric; symbols: '੦' '੧' '੨' '੩' '੪' '੫' '੬' '੭' '੮' '੯'; }
@counter-style hebrew { system: additive; range: 1 10999; additive-symbols: 10000 'י׳', 9000 'ט׳', 8000 'ח׳', 7000 'ז׳', 6000 'ו׳', 5000 'ה׳', 4000 'ד׳', 3000 'ג׳', 2000 'ב׳', 1000 'א׳', 400 'ת', 300 'ש', 200 'ר', 100 'ק', 90 'צ', 80 'פ', 70 'ע', 60 'ס', 50 'נ', 40 'מ', 30 'ל', 20 'כ', 19 'יט', 18 'יח', 17 'יז', 16 'טז', 15 'טו', 10 'י', 9 'ט', 8 'ח', 7 'ז', 6 'ו', 5 'ה', 4 'ד', 3 'ג', 2 'ב', 1 'א'; }
@counter-style kannada { system: numeric; symbols: '೦' '೧' '೨' '೩' '೪' '೫' '೬' '೭' '೮' '೯'; }
@counter-style lao { system: numeric; symbols: '໐' '໑' '໒' '໓' '໔' '໕' '໖' '໗' '໘' '໙'; }
@counter-style malayalam { system: numeric; symbols: '൦' '൧' '൨' '൩' '൪' '൫' '൬' '൭' '൮' '൯'; }
@counter-style mongolian { system: numeric; symbols: '᠐' '᠑' '᠒' '᠓' '᠔' '᠕' '᠖' '᠗' '᠘' '᠙'; }
@counter-style myanmar { system: numeric; symbols: '၀' '၁' '၂' '၃' '၄' '၅' '၆' '၇' '၈' '၉'; }
@counter-style oriya { system: numeric; symbols: '୦' '୧' '୨' '୩' '୪' '୫' '୬' '୭' '୮' '୯'; }
@counter-style persian { system: numeric; symbols: '۰' '۱' '۲' '۳' '۴' '۵' '۶' '۷' '۸' '۹'; }
@counter-style lower-roman { system: additive; range: 1 3999; additive-symbols: 1000 m, 900 cm, 500 d, 400 cd, 100 c, 90 xc, 50 l, 40 xl, 10 x, 9 ix, 5 v, 4 iv, 1 i; }
@counter-style upper-roman { system: additive; range: 1 3999; additive-symbols: 1000 M, 900 CM, 500 D, 400 CD, 100 C, 90 XC, 50 L, 40 XL, 10 X, 9 IX, 5 V, 4 IV, 1 I; }
@counter-style tamil { system: numeric; symbols: '௦' '௧' '௨' '௩' '௪' '௫' '௬' '௭' '௮' '௯'; }
@counter-style telugu { system: numeric; symbols: '౦' '౧' '౨' '౩' '౪' '౫' '౬' '౭' '౮' '౯'; }
@counter-style thai { system: numeric; symbols: '๐' '๑' '๒' '๓' '๔' '๕' '๖' '๗' '๘' '๙'; }
@counter-style tibetan { system: numeric; symbols: '༠' '༡' '༢' '༣' '༤' '༥' '༦' '༧' '༨' '༩'; }
@counter-style lower-alpha { system: alphabetic; symbols: a b c d e f g h i j k l m n o p q r s t u v w x y z; }
@counter-style lower-latin { system: extends lower-alpha; }
@counter-style upper-alpha { system: alphabetic; symbols: A B C D E F G H I J K L M N O P Q R S T U V W X Y Z; }
@counter-style upper-latin { system: extends upper-alpha; }
@counter-style lower-greek { system: alphabetic; symbols: 'α' 'β' 'γ' 'δ' 'ε' 'ζ' 'η' 'θ' 'ι' 'κ' 'λ' 'μ' 'ν' 'ξ' 'ο' 'π' 'ρ' 'σ' 'τ' 'υ' 'φ' 'χ' 'ψ' 'ω'; }
@counter-style hiragana { system: alphabetic; symbols: 'あ' 'い' 'う' 'え' 'お' 'か' 'き' 'く' 'け' 'こ' 'さ' 'し' 'す' 'せ' 'そ' 'た' 'ち' 'つ' 'て' 'と' 'な' 'に' 'ぬ' 'ね' 'の' 'は' 'ひ' 'ふ' 'へ' 'ほ' 'ま' 'み' 'む' 'め' 'も' 'や' 'ゆ' 'よ' 'ら' 'り' 'る' 'れ' 'ろ' 'わ' 'ゐ' 'ゑ' 'を' 'ん'; suffix: '、'; }
@counter-style hiragana-iroha { system: alphabetic; symbols: 'い' 'ろ' 'は' 'に' 'ほ' 'へ' 'と' 'ち' 'り' 'ぬ' 'る' 'を' 'わ' 'か' 'よ' 'た' 'れ' 'そ' 'つ' 'ね' 'な' 'ら' 'む' 'う' 'ゐ' 'の' 'お' 'く' 'や' 'ま' 'け' 'ふ' 'こ' 'え' 'て' 'あ' 'さ' 'き' 'ゆ' 'め' 'み' 'し' 'ゑ' 'ひ' 'も' 'せ' 'す'; suffix: '、'; }
@counter-style katakana { system: alphabetic; symbols: 'ア' 'イ' 'ウ' 'エ' 'オ' 'カ' 'キ' 'ク' 'ケ' 'コ' 'サ' 'シ' 'ス' 'セ' 'ソ' 'タ' 'チ' 'ツ' 'テ' 'ト' 'ナ' 'ニ' 'ヌ' 'ネ' 'ノ' 'ハ' 'ヒ' 'フ' 'ヘ' 'ホ' 'マ' 'ミ' 'ム' 'メ' 'モ' 'ヤ' 'ユ' 'ヨ' 'ラ' 'リ' 'ル' 'レ' 'ロ' 'ワ' 'ヰ' 'ヱ' 'ヲ' 'ン'; suffix: '、'; }
@counter-style katakana-iroha { system: alphabetic; symbols: 'イ' 'ロ' 'ハ' 'ニ' 'ホ' 'ヘ' 'ト' 'チ' 'リ' 'ヌ' 'ル' 'ヲ' 'ワ' 'カ' 'ヨ' 'タ' 'レ' 'ソ' 'ツ' 'ネ' 'ナ' 'ラ' 'ム' 'ウ' 'ヰ' 'ノ' 'オ' 'ク' 'ヤ' 'マ' 'ケ' 'フ' 'コ' 'エ' 'テ' 'ア' 'サ' 'キ' 'ユ' 'メ' 'ミ' 'シ' 'ヱ' 'ヒ' 'モ' 'セ' 'ス'; suffix: '、'; }
@counter-style cjk-earthly-branch { system: fixed; symbols: '子' '丑' '寅' '卯' '辰' '巳' '午' '未' '申' '酉' '戌' '亥'; suffix: '、'; }
@counter-style cjk-heavenly-stem { system: fixed; symbols: '甲' '乙' '丙' '丁' '戊' '己' '庚' '辛' '壬' '癸'; suffix: '、'; }
@counter-style disc { system: cyclic; symbols: '•'; suffix: ' '; }
@counter-style circle { system: cyclic; symbols: '◦'; suffix: ' '; }
@counter-style square { system: cyclic; symbols: '▪'; suffix: ' '; }
@counter-style disclosure-open { system: cyclic; symbols: '▾'; suffix: ' '; }
@counter-style disclosure-closed { system: cyclic; symbols: '▸'; suffix: ' '; }
`

// predefinedCounterStyles parses predefinedCSS once. The reserved names
// are allowed here: these rules define them.
func predefinedCounterStyles() *CounterStyles {
	predefinedOnce.Do(func() { predefinedStyles = parsePredefined() })
	return predefinedStyles
}

var (
	predefinedOnce   sync.Once
	predefinedStyles *CounterStyles
)

func parsePredefined() *CounterStyles {
	var rules []*CounterStyleRule
	for _, rr := range consumeRuleList(tokenize(predefinedCSS), true) {
		if !rr.hasBlock {
			continue
		}
		name := strings.TrimSpace(rawText(normalizePrelude(rr.prelude)))
		r := parseCounterStyleRule("x-predefined", rr.block)
		if r == nil {
			panic("cssom: bad predefined counter style " + name)
		}
		r.Name = name
		rules = append(rules, r)
	}
	return newCounterStyles(rules, &CounterStyles{predefined: true})
}

// representation returns the representation of value in style name,
// without prefix and suffix
// (https://www.w3.org/TR/css-counter-styles-3/#generate-a-counter); an
// unknown style acts as decimal.
func (cs *CounterStyles) representation(value int, name string) string {
	s := cs.lookup(name)
	for depth := 0; depth < 8 && s != nil; depth++ {
		if r, ok := s.generate(value); ok {
			return r
		}
		// 1. "If the counter value is outside the range of the counter
		// style, exit this algorithm and instead generate a counter
		// representation using the counter style's fallback style".
		s = cs.lookup(s.fallback)
	}
	return strconv.Itoa(value)
}

// Format returns the representation of value in the counter style name
// as counter() writes it: without the style's prefix and suffix. An
// unknown style acts as decimal; "none" gives "".
func (cs *CounterStyles) Format(value int, name string) string {
	if strings.EqualFold(name, "none") {
		return ""
	}
	return cs.representation(value, name)
}

// MarkerText returns the text of a list item's marker for value in the
// counter style name: prefix, representation, suffix
// (https://www.w3.org/TR/css-lists-3/#content-property). "none" gives "";
// a list-style-type <string> (a ListStyleType starting with '"') gives
// the string.
func (cs *CounterStyles) MarkerText(value int, name string) string {
	if strings.EqualFold(name, "none") || name == "" {
		return ""
	}
	if s, ok := strings.CutPrefix(name, `"`); ok {
		return s
	}
	s := cs.lookup(name)
	if s == nil {
		s = cs.lookup("decimal")
	}
	return s.prefix + cs.representation(value, name) + s.suffix
}

// generate runs steps 2 to 5 of generating a counter representation in
// style s; ok is false when value is outside the style's range or the
// algorithm fails.
func (s *counterStyle) generate(value int) (string, bool) {
	if !s.inRange(value) {
		return "", false
	}
	negative := value < 0 && s.usesNegative()
	v := value
	if negative {
		v = -v
	}
	rep, ok := s.initial(v)
	if !ok {
		return "", false
	}
	// 4. Pad: prepend the pad symbol so that the representation, with
	// its negative sign, has at least pad graphemes.
	if s.pad > 0 {
		n := utf8.RuneCountInString(rep)
		if negative {
			n += utf8.RuneCountInString(s.negative[0]) + utf8.RuneCountInString(s.negative[1])
		}
		if n < s.pad && s.pad-n < 1000 {
			rep = strings.Repeat(s.padSymbol, s.pad-n) + rep
		}
	}
	if negative {
		rep = s.negative[0] + rep + s.negative[1]
	}
	return rep, true
}

// usesNegative reports whether the system uses a negative sign.
func (s *counterStyle) usesNegative() bool {
	switch s.system {
	case SystemSymbolic, SystemAlphabetic, SystemNumeric, SystemAdditive:
		return true
	}
	return false
}

// inRange tests value against the range descriptor, or the system's auto
// range (https://www.w3.org/TR/css-counter-styles-3/#counter-style-range).
func (s *counterStyle) inRange(value int) bool {
	if s.ranges == nil {
		switch s.system {
		case SystemAlphabetic, SystemSymbolic:
			return value >= 1
		case SystemAdditive:
			return value >= 0
		}
		return true
	}
	for _, r := range s.ranges {
		if value >= r[0] && value <= r[1] {
			return true
		}
	}
	return false
}

// initial is the initial representation of value (>= 0 for the systems
// that use a negative sign) in the style's system
// (https://www.w3.org/TR/css-counter-styles-3/#counter-style-system).
func (s *counterStyle) initial(v int) (string, bool) {
	syms := s.symbols
	n := len(syms)
	switch s.system {
	case SystemCyclic:
		if n == 0 {
			return "", false
		}
		return syms[((v-1)%n+n)%n], true
	case SystemFixed:
		if v < s.first || v-s.first >= n {
			return "", false
		}
		return syms[v-s.first], true
	case SystemSymbolic:
		if v < 1 || n == 0 || (v-1)/n >= 64 {
			return "", false // AD-HOC: a bound on the repetitions
		}
		return strings.Repeat(syms[(v-1)%n], (v-1)/n+1), true
	case SystemAlphabetic:
		if v < 1 || n < 2 {
			return "", false
		}
		var out []string
		for v > 0 {
			v--
			out = append(out, syms[v%n])
			v /= n
		}
		return joinReversed(out), true
	case SystemNumeric:
		if n < 2 {
			return "", false
		}
		if v == 0 {
			return syms[0], true
		}
		var out []string
		for v > 0 {
			out = append(out, syms[v%n])
			v /= n
		}
		return joinReversed(out), true
	case SystemAdditive:
		return additive(v, s.additive)
	}
	return "", false
}

// additive writes v with the greedy additive algorithm
// (https://www.w3.org/TR/css-counter-styles-3/#additive-system).
func additive(v int, tuples []AdditiveSymbol) (string, bool) {
	if v == 0 {
		for _, t := range tuples {
			if t.Weight == 0 {
				return t.Symbol, true
			}
		}
		return "", false
	}
	var b strings.Builder
	for _, t := range tuples {
		if t.Weight == 0 || t.Weight > v {
			continue
		}
		reps := v / t.Weight
		if reps > 1000 {
			return "", false // AD-HOC: a bound on the output
		}
		b.WriteString(strings.Repeat(t.Symbol, reps))
		v -= reps * t.Weight
		if v == 0 {
			return b.String(), true
		}
	}
	return "", false
}

func joinReversed(parts []string) string {
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}
