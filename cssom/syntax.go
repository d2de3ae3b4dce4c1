package cssom

// CSS Syntax 3 parsing (https://www.w3.org/TR/css-syntax-3/#parsing) over
// tdewolff's tokenizer: the rule and block structure of a style sheet,
// including the nested rules of CSS Nesting, which tdewolff's grammar
// parser does not know. sheet.go turns the result into our rule types.

import (
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"
)

// rawRule is an at-rule or a qualified rule before interpretation.
type rawRule struct {
	// name is the at-rule's name, lower case with its "@"; "" for a
	// qualified rule.
	name     string
	prelude  []css.Token
	block    []css.Token // the contents of the {}-block
	hasBlock bool
}

// rawItem is one item of a block's contents: a declaration (name and
// value tokens) or a nested rule.
type rawItem struct {
	decl  bool
	name  string
	value []css.Token
	rule  rawRule
}

// tokenize splits src into tokens; comments become white space (AD-HOC:
// as tdewolff's parser does, so that "a/**/b" stays two tokens).
func tokenize(src string) []css.Token {
	l := css.NewLexer(parse.NewInputString(src))
	var out []css.Token
	for {
		tt, data := l.Next()
		switch tt {
		case css.ErrorToken:
			return out
		case css.CommentToken:
			tt, data = css.WhitespaceToken, []byte(" ")
		}
		out = append(out, css.Token{TokenType: tt, Data: data})
	}
}

// tokenStream walks a token slice.
type tokenStream struct {
	toks []css.Token
	i    int
}

func (ts *tokenStream) done() bool { return ts.i >= len(ts.toks) }

func (ts *tokenStream) peek() css.TokenType {
	if ts.done() {
		return css.ErrorToken
	}
	return ts.toks[ts.i].TokenType
}

// consumeComponent consumes one component value: a token, or a whole
// simple block or function with its contents, where only the matching
// closing token ends a block (https://www.w3.org/TR/css-syntax-3/#consume-component-value).
// It reports false for a block left open at EOF.
func (ts *tokenStream) consumeComponent() bool {
	var stack []css.TokenType // the closing tokens awaited
	for !ts.done() {
		switch tt := ts.toks[ts.i].TokenType; tt {
		case css.LeftParenthesisToken, css.FunctionToken:
			stack = append(stack, css.RightParenthesisToken)
		case css.LeftBracketToken:
			stack = append(stack, css.RightBracketToken)
		case css.LeftBraceToken:
			stack = append(stack, css.RightBraceToken)
		case css.RightParenthesisToken, css.RightBracketToken, css.RightBraceToken:
			if len(stack) > 0 && stack[len(stack)-1] == tt {
				stack = stack[:len(stack)-1]
			}
		}
		ts.i++
		if len(stack) == 0 {
			return true
		}
	}
	return false
}

// consumeBlock consumes a {}-block whose "{" is the current token and
// returns its contents (an unclosed block ends at EOF).
func (ts *tokenStream) consumeBlock() []css.Token {
	start := ts.i
	end := len(ts.toks)
	if ts.consumeComponent() {
		end = ts.i - 1
	}
	return ts.toks[start+1 : end]
}

// consumeRuleList consumes a list of rules: the top level of a sheet
// (topLevel, where CDO and CDC are skipped) or the body of a conditional
// group rule without a style rule around it.
// https://www.w3.org/TR/css-syntax-3/#consume-stylesheets-contents
func consumeRuleList(toks []css.Token, topLevel bool) []rawRule {
	ts := &tokenStream{toks: toks}
	var rules []rawRule
	for !ts.done() {
		switch ts.peek() {
		case css.WhitespaceToken:
			ts.i++
		case css.CDOToken, css.CDCToken:
			if topLevel {
				ts.i++
				continue
			}
			if r, ok := ts.consumeQualifiedRule(false); ok {
				rules = append(rules, r)
			}
		case css.SemicolonToken:
			// A group rule's block is read as a block's contents, where ";"
			// is skipped (https://www.w3.org/TR/css-syntax-3/#consume-block-contents).
			if !topLevel {
				ts.i++
				continue
			}
			if r, ok := ts.consumeQualifiedRule(false); ok {
				rules = append(rules, r)
			}
		case css.AtKeywordToken:
			rules = append(rules, ts.consumeAtRule(false))
		default:
			if r, ok := ts.consumeQualifiedRule(false); ok {
				rules = append(rules, r)
			}
		}
	}
	return rules
}

// consumeAtRule consumes an at-rule whose at-keyword is the current token.
// https://www.w3.org/TR/css-syntax-3/#consume-at-rule
func (ts *tokenStream) consumeAtRule(nested bool) rawRule {
	r := rawRule{name: strings.ToLower(string(ts.toks[ts.i].Data))}
	ts.i++
	start := ts.i
	for !ts.done() {
		switch ts.peek() {
		case css.SemicolonToken:
			r.prelude = ts.toks[start:ts.i]
			ts.i++
			return r
		case css.RightBraceToken:
			if nested {
				r.prelude = ts.toks[start:ts.i]
				return r // the enclosing block ends here
			}
			ts.i++
		case css.LeftBraceToken:
			r.prelude = ts.toks[start:ts.i]
			r.block, r.hasBlock = ts.consumeBlock(), true
			return r
		default:
			ts.consumeComponent()
		}
	}
	r.prelude = ts.toks[start:]
	return r
}

// consumeQualifiedRule consumes a qualified rule; ok is false when it is
// dropped (EOF before its block, or ";" in a nested context).
// https://www.w3.org/TR/css-syntax-3/#consume-qualified-rule
func (ts *tokenStream) consumeQualifiedRule(nested bool) (rawRule, bool) {
	start := ts.i
	for !ts.done() {
		switch ts.peek() {
		case css.SemicolonToken:
			if nested {
				ts.i++
				return rawRule{}, false
			}
			ts.i++
		case css.RightBraceToken:
			if nested {
				return rawRule{}, false
			}
			ts.i++
		case css.LeftBraceToken:
			r := rawRule{prelude: ts.toks[start:ts.i]}
			r.block, r.hasBlock = ts.consumeBlock(), true
			return r, true
		default:
			ts.consumeComponent()
		}
	}
	return rawRule{}, false
}

// consumeBlockContents consumes the contents of a style rule's block (or
// a nested group rule's): declarations and nested rules, in order.
// https://www.w3.org/TR/css-syntax-3/#consume-block-contents
func consumeBlockContents(toks []css.Token) []rawItem {
	ts := &tokenStream{toks: toks}
	var items []rawItem
	for !ts.done() {
		switch ts.peek() {
		case css.WhitespaceToken, css.SemicolonToken:
			ts.i++
		case css.AtKeywordToken:
			items = append(items, rawItem{rule: ts.consumeAtRule(true)})
		case css.RightBraceToken:
			ts.i++ // a stray "}": a parse error, skipped
		default:
			mark := ts.i
			if it, ok := ts.consumeDeclaration(); ok {
				items = append(items, it)
				continue
			}
			ts.i = mark
			if r, ok := ts.consumeQualifiedRule(true); ok {
				items = append(items, rawItem{rule: r})
			}
		}
	}
	return items
}

// consumeDeclaration consumes a declaration up to ";" or the end of the
// block. ok is false when it is not one: then the caller consumes a nested
// rule from the same place, except that a declaration that is merely
// invalid is consumed and dropped (ok false with the stream past its ";").
// https://www.w3.org/TR/css-syntax-3/#consume-declaration
func (ts *tokenStream) consumeDeclaration() (rawItem, bool) {
	first := ts.toks[ts.i]
	if first.TokenType != css.IdentToken && first.TokenType != css.CustomPropertyNameToken {
		return rawItem{}, false
	}
	ts.i++
	for ts.peek() == css.WhitespaceToken {
		ts.i++
	}
	if ts.peek() != css.ColonToken {
		return rawItem{}, false
	}
	ts.i++
	start := ts.i
	custom := first.TokenType == css.CustomPropertyNameToken
	blocks, others := 0, 0
	for !ts.done() && ts.peek() != css.SemicolonToken {
		switch ts.peek() {
		case css.LeftBraceToken:
			blocks++
		case css.WhitespaceToken:
		default:
			others++
		}
		ts.consumeComponent()
		// "If decl's name is not a custom property name and its value
		// contains a top-level {}-block together with other values, return
		// nothing" (then it is read as a nested rule, "a:hover { ... }").
		// Deciding as soon as that is known keeps a block of many nested
		// rules linear.
		if !custom && blocks > 0 && (blocks > 1 || others > 0) {
			return rawItem{}, false
		}
	}
	value := ts.toks[start:ts.i]
	name := string(first.Data)
	if !custom {
		name = strings.ToLower(name)
	}
	return rawItem{decl: true, name: name, value: value}, true
}

// normalizeValue trims a declaration value and collapses its white space
// the way serialization wants it: one space between tokens, none next to
// "," "/" ":" "!" "=" (the form the rest of the package was written for).
func normalizeValue(toks []css.Token) []css.Token {
	return collapseSpace(toks, func(prev, next css.Token) bool { return tightChar(prev) || tightChar(next) })
}

func tightChar(t css.Token) bool {
	if len(t.Data) != 1 {
		return false
	}
	switch t.Data[0] {
	case ',', '/', ':', '!', '=':
		return t.TokenType != css.StringToken
	}
	return false
}

// normalizePrelude collapses the white space of an at-rule prelude: one
// space between tokens, none after "(" or before ")" and none next to ","
// or ":".
func normalizePrelude(toks []css.Token) []css.Token {
	return collapseSpace(toks, func(prev, next css.Token) bool {
		return prev.TokenType == css.LeftParenthesisToken || prev.TokenType == css.FunctionToken ||
			next.TokenType == css.RightParenthesisToken || prev.TokenType == css.ColonToken ||
			prev.TokenType == css.CommaToken || next.TokenType == css.ColonToken || next.TokenType == css.CommaToken
	})
}

// collapseSpace drops leading and trailing white space and turns each run of
// white space between tokens into one space, or none where tight says the
// tokens on either side join without one.
func collapseSpace(toks []css.Token, tight func(prev, next css.Token) bool) []css.Token {
	out := make([]css.Token, 0, len(toks))
	pendingWS := false
	for _, t := range toks {
		if t.TokenType == css.WhitespaceToken {
			pendingWS = len(out) > 0
			continue
		}
		if pendingWS && !tight(out[len(out)-1], t) {
			out = append(out, css.Token{TokenType: css.WhitespaceToken, Data: []byte(" ")})
		}
		pendingWS = false
		out = append(out, t)
	}
	return out
}

// rawText joins the text of tokens as written.
func rawText(toks []css.Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.Write(t.Data)
	}
	return b.String()
}
