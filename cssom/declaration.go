package cssom

// Declarations, custom properties and var() substitution
// (https://www.w3.org/TR/css-variables-1/).

import (
	"net/url"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// Declaration is one valid declaration of a style rule or style attribute.
// It is immutable after parsing.
type Declaration struct {
	// Property is the property name: lower case, or as written for a
	// custom property ("--main-color").
	Property string
	// Value is the value text, white space normalized, without !important.
	Value string
	// Important reports a "!important" declaration.
	Important bool

	// longhands is the parsed value, expanded. It is nil for custom
	// properties and for values that contain var(), which are parsed after
	// substitution, when computing (pending holds their tokens).
	longhands []longhand
	pending   []tok
	base      *url.URL
}

// IsCustom reports whether d declares a custom property (--*).
func (d *Declaration) IsCustom() bool { return strings.HasPrefix(d.Property, "--") }

// newDeclaration validates a declaration. It returns nil for unknown
// properties and invalid values (https://www.w3.org/TR/css-syntax-3/#consume-declaration
// and https://www.w3.org/TR/css-cascade-4/#parsing-behavior).
func newDeclaration(name string, vals []css.Token, base *url.URL) *Declaration {
	toks, important := stripImportant(convertTokens(vals))
	return makeDeclaration(name, toks, important, base)
}

func makeDeclaration(name string, toks []tok, important bool, base *url.URL) *Declaration {
	name = propertyAliasOf(name) // aliases.go
	_, long := longhandNames[name]
	_, short := shorthands[name]
	if !long && !short {
		// Properties we parse but do not apply (kept.go), or unknown.
		return keptDeclaration(name, toks, important)
	}
	d := &Declaration{Property: name, Value: tokensTextOf(toks), Important: important, base: base}
	if containsVar(toks) {
		d.pending = toks
		return d
	}
	l, ok := parseDeclarationValue(name, toks, base)
	if !ok {
		return nil
	}
	d.longhands = l
	return d
}

// newCustomDeclaration makes a custom property declaration from the raw
// value text.
func newCustomDeclaration(name string, vals []css.Token) *Declaration {
	var raw string
	if len(vals) > 0 {
		raw = string(vals[len(vals)-1].Data)
	}
	raw, important := stripImportantText(strings.TrimSpace(raw))
	return &Declaration{Property: name, Value: raw, Important: important}
}

// stripImportantText removes a trailing "!important" from raw text.
func stripImportantText(s string) (string, bool) {
	lower := strings.ToLower(s)
	if !strings.HasSuffix(lower, "important") {
		return s, false
	}
	rest := strings.TrimRight(s[:len(s)-len("important")], " \t\n\r\f")
	if !strings.HasSuffix(rest, "!") {
		return s, false
	}
	return strings.TrimSpace(rest[:len(rest)-1]), true
}

func containsVar(toks []tok) bool {
	for _, t := range toks {
		if t.t == css.FunctionToken && strings.EqualFold(t.s, "var(") {
			return true
		}
	}
	return false
}

// ParseDeclarationList parses a declaration list such as the value of a
// style attribute. Invalid declarations are dropped. base resolves
// url()s (nil leaves them as written).
func ParseDeclarationList(src string, base *url.URL) []*Declaration {
	p := css.NewParser(parse.NewInputString(src), true)
	var decls []*Declaration
	for {
		gt, _, data := p.Next()
		switch gt {
		case css.ErrorGrammar:
			if p.Err() != nil && !p.HasParseError() {
				return decls
			}
		case css.DeclarationGrammar:
			if d := newDeclaration(string(data), p.Values(), base); d != nil {
				decls = append(decls, d)
			}
		case css.CustomPropertyGrammar:
			decls = append(decls, newCustomDeclaration(string(data), p.Values()))
		}
	}
}

// lexValue tokenizes value text as a declaration value, dropping comments
// and collapsing white space.
func lexValue(s string) []tok {
	l := css.NewLexer(parse.NewInputString(s))
	var out []tok
	for {
		tt, data := l.Next()
		switch tt {
		case css.ErrorToken:
			return out
		case css.CommentToken:
			continue
		case css.WhitespaceToken:
			if len(out) > 0 && out[len(out)-1].t != css.WhitespaceToken {
				out = append(out, tok{css.WhitespaceToken, " "})
			}
			continue
		}
		out = append(out, tok{tt, string(data)})
	}
}

// maxVarDepth bounds var() nesting and chains of custom properties, which
// also breaks reference cycles (https://www.w3.org/TR/css-variables-1/#cycles).
const maxVarDepth = 16

// maxVarTokens bounds the work of one substitution (the tokens it reads
// and writes), against the exponential growth of "--a: var(--b) var(--b)"
// chains; beyond it the value is invalid at computed-value time (AD-HOC:
// browsers have similar limits).
const maxVarTokens = 10000

// substituteVars replaces var() functions in toks with the values of custom
// properties in vars (https://www.w3.org/TR/css-variables-1/#substitute-a-var).
// It fails when a referenced property is missing and has no fallback.
func substituteVars(toks []tok, vars map[string]string, depth int) ([]tok, bool) {
	budget := maxVarTokens
	return substituteBudget(toks, vars, depth, &budget)
}

func substituteBudget(toks []tok, vars map[string]string, depth int, budget *int) ([]tok, bool) {
	*budget -= len(toks)
	if depth > maxVarDepth || *budget < 0 {
		return nil, false
	}
	out := make([]tok, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.t != css.FunctionToken || !strings.EqualFold(t.s, "var(") {
			out = append(out, t)
			continue
		}
		end := matchingEnd(toks, i)
		args := toks[i+1 : end]
		if end > i+1 && toks[end-1].t == css.RightParenthesisToken {
			args = toks[i+1 : end-1]
		}
		i = end - 1
		c := cursor{toks: args}
		c.skipWS()
		name := c.next()
		if name.t != css.CustomPropertyNameToken && !(name.t == css.IdentToken && strings.HasPrefix(name.s, "--")) {
			return nil, false
		}
		var repl []tok
		if v, ok := vars[name.s]; ok {
			repl = lexValue(v)
		} else {
			c.skipWS()
			if c.next().t != css.CommaToken {
				return nil, false
			}
			repl = c.rest()
		}
		sub, ok := substituteBudget(repl, vars, depth+1, budget)
		if !ok || len(out)+len(sub) > maxVarTokens {
			return nil, false
		}
		out = append(out, sub...)
	}
	return out, true
}

// resolvePending parses a declaration that contains var() after
// substitution and returns the value for longhand id.
func (d *Declaration) resolvePending(id propID, vars map[string]string) (value, bool) {
	toks, ok := substituteVars(d.pending, vars, 0)
	if !ok {
		return value{}, false
	}
	ls, ok := parseDeclarationValue(d.Property, toks, d.base)
	if !ok {
		return value{}, false
	}
	for _, l := range ls {
		if l.id == id {
			return l.v, true
		}
	}
	return value{}, false
}

// longhandIDs returns the longhands a declaration sets, parsed or not.
func (d *Declaration) longhandIDs() []propID {
	if id, ok := longhandNames[d.Property]; ok {
		return []propID{id}
	}
	return shorthands[d.Property]
}
