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
