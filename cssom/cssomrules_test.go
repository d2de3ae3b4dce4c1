package cssom

import (
	"errors"
	"testing"
)

func TestInsertDeleteRule(t *testing.T) {
	s := ParseStyleSheet(`@import url(a.css); p { color: red } @font-face { font-family: X; src: url(x.woff) }`, "http://h/s.css", AuthorOrigin)
	rules := s.CSSRules()
	if len(rules) != 3 {
		t.Fatalf("cssRules has %d rules, want 3", len(rules))
	}
	if got := RuleText(rules[0]); got != `@import url("http://h/a.css");` {
		t.Errorf("import cssText %q", got)
	}
	if got := RuleText(rules[1]); got != `p { color: red; }` {
		t.Errorf("style rule cssText %q", got)
	}
	if _, err := s.InsertRule(`div { margin: 0; }`, 1); err != nil {
		t.Fatal(err)
	}
	if got := RuleText(s.CSSRules()[1]); got != `div { margin: 0; }` {
		t.Errorf("inserted rule at 1 is %q", got)
	}
	v := s.Version()
	for _, tt := range []struct {
		rule  string
		index int
		want  error
	}{
		{`div {}`, 9, ErrIndexSize},
		{`div {} p {}`, 1, ErrSyntax},
		{`div {`, 1, nil}, // an unclosed block is closed at EOF
		{`}{`, 1, ErrSyntax},
		{`@import url(b.css);`, 2, ErrHierarchyRequest},
		{`q {}`, 0, ErrHierarchyRequest},
	} {
		_, err := s.InsertRule(tt.rule, tt.index)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("InsertRule(%q, %d) = %v, want %v", tt.rule, tt.index, err, tt.want)
		}
	}
	if s.Version() == v {
		t.Error("Version did not change")
	}
	n := len(s.CSSRules())
	if err := s.DeleteRule(n - 1); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteRule(n); !errors.Is(err, ErrIndexSize) {
		t.Errorf("DeleteRule past the end: %v", err)
	}
	if err := s.DeleteRule(0); err != nil || len(s.Imports) != 0 {
		t.Errorf("DeleteRule(0) left %d imports, %v", len(s.Imports), err)
	}
}
