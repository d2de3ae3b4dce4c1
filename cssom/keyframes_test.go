package cssom

import (
	"reflect"
	"testing"
)

func TestKeyframesRule(t *testing.T) {
	s := ParseStyleSheet(`
@keyframes fade { from { opacity: 0 } 50%, 75% { opacity: .5 !important; color: red } to { opacity: 1 } 120% { x: y } }
@-webkit-keyframes "spin it" { 0% { transform: rotate(0) } }
@keyframes none { from { opacity: 0 } }
@keyframes a b { from { opacity: 0 } }
@page :first { margin: 1in }
p { color: red }`, "", AuthorOrigin)
	if len(s.Rules) != 4 {
		t.Fatalf("%d rules, want 4 (two @keyframes, @page, p):\n%s", len(s.Rules), s)
	}
	kr, ok := s.Rules[0].(*KeyframesRule)
	if !ok || kr.Name != "fade" || len(kr.Keyframes) != 3 {
		t.Fatalf("first rule %#v", s.Rules[0])
	}
	if got := kr.Keyframes[1].Offsets; !reflect.DeepEqual(got, []float64{0.5, 0.75}) {
		t.Errorf("offsets %v", got)
	}
	if d := kr.Keyframes[1].Declarations; len(d) != 1 || d[0].Property != "color" {
		t.Errorf("an !important keyframe declaration is not ignored: %v", d)
	}
	if kr, ok := s.Rules[1].(*KeyframesRule); !ok || kr.Name != "spin it" {
		t.Errorf("second rule %#v", s.Rules[1])
	}
	if pr, ok := s.Rules[2].(*PageRule); !ok || pr.Selector != ":first" || len(pr.Declarations) != 1 {
		t.Errorf("third rule %#v", s.Rules[2])
	}
	out := s.String()
	if again := ParseStyleSheet(out, "", AuthorOrigin).String(); again != out {
		t.Errorf("round trip:\n%s\nthen\n%s", out, again)
	}
}

// TestKeptProperties checks that declarations of properties Pane keeps
// without applying survive parsing when valid, are dropped when not, and
// that @supports does not claim them.
func TestKeptProperties(t *testing.T) {
	s := ParseStyleSheet(`p { cursor: pointer; pointer-events: none; pointer-events: sideways; transition: opacity .2s;
user-select: none inherit; color: red }
@supports (backdrop-filter: blur(2px)) { p { color: blue } }
@supports (pointer-events: none) { p { color: green } }`, "", AuthorOrigin)
	r := s.Rules[0].(*StyleRule)
	var got []string
	for _, d := range r.Declarations {
		got = append(got, d.String())
	}
	want := []string{"cursor: pointer", "pointer-events: none", "transition: opacity .2s", "color: red"}
	if len(got) != len(want) {
		t.Fatalf("declarations %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("declaration %d = %q, want %q", i, got[i], want[i])
		}
	}
	for _, rule := range s.Rules[1:] {
		if sr, ok := rule.(*SupportsRule); !ok || sr.Supported {
			t.Errorf("@supports of a kept property holds: %#v", rule)
		}
	}
}
