package layout

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

func TestLineBreaks(t *testing.T) {
	tests := []struct {
		text string
		want []int
	}{
		{"", nil},
		{"hello", nil},
		{"hello world", []int{6}},
		{"a  b", []int{3}},                // after the spaces (LB7, LB18)
		{"well-known fact", []int{5, 11}}, // after a hyphen (LB21)
		{"-5 and 3-4", []int{3, 7}},       // not after a hyphen before a digit (LB25)
		{"e.g. foo", []int{5}},            //
		{"日本語", []int{3, 6}},              // between ideographs (LB31)
		{"日本。", []int{3}},                 // not before the ideographic full stop (LB13)
		{"abc 日本", []int{4, 7}},           //
		{"co\u00adop", []int{4}},          // after a soft hyphen
		{"a\u00a0b c", []int{5}},          // no break at a no-break space (LB12)
		{"x\u200by", []int{4}},            // after a zero-width space (LB8)
		{"(hello) [world]", []int{8}},     //
		{"http://ex.com/a", []int{7, 14}}, //
		{"\xffa b", []int{3}},             // invalid byte counts as one
		{"$100 ok", []int{5}},             //
		{"don't stop", []int{6}},          //
		{"a\nb", []int{2}},                // mandatory
		{"a\r\nb", []int{3}},              // CR LF is one break (LB5)
		{"end\n", nil},                    // the break at the end is not listed
	}
	for _, tc := range tests {
		if got := LineBreaks(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("LineBreaks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLineBreakMandatory(t *testing.T) {
	tests := []struct {
		text string
		want []LineBreak
	}{
		{"a b", []LineBreak{{2, false}}},
		{"a\nb c", []LineBreak{{2, true}, {4, false}}},
		{"a\u2028b", []LineBreak{{4, true}}},
		{"a\fb", []LineBreak{{2, true}}},
		{"a\rb", []LineBreak{{2, true}}},
		{"\n\n", []LineBreak{{1, true}}},
	}
	for _, tc := range tests {
		if got := LineBreakOpportunities(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("LineBreakOpportunities(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// FuzzLineBreaks checks LineBreakOpportunities (fast path and cutting
// included) against the full algorithm over the whole text.
func FuzzLineBreaks(f *testing.F) {
	f.Add("hello world")
	f.Add("日本語\n\xff")
	f.Add("( a \u00ab b 1 .5 c!d")
	f.Fuzz(func(t *testing.T, text string) {
		got := LineBreakOpportunities(text)
		prev := 0
		for _, b := range got {
			if b.Offset <= prev || b.Offset >= len(text) {
				t.Fatalf("LineBreakOpportunities(%q): offset %d after %d", text, b.Offset, prev)
			}
			prev = b.Offset
		}
		if utf8.ValidString(text) {
			if want := fullBreaks(text); !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("LineBreakOpportunities(%q) = %v, full algorithm %v", text, got, want)
			}
		}
	})
}

// fullBreaks runs the full UAX #14 algorithm over the whole text.
func fullBreaks(text string) []LineBreak {
	var seg segmenter.Segmenter
	seg.Init([]rune(text))
	var out []LineBreak
	it := seg.LineIterator()
	for it.Next() {
		l := it.Line()
		if end := l.OffsetInBytes + l.LengthInBytes; end < len(text) {
			out = append(out, LineBreak{Offset: end, Mandatory: l.IsMandatoryBreak})
		}
	}
	return out
}

// TestLineBreaksMatchSegmenter checks the fast path and the cutting at safe
// points against the full algorithm run over the whole text: random strings
// over the fast path's alphabet, over a wider one, and real text.
func TestLineBreaksMatchSegmenter(t *testing.T) {
	alphabets := []string{
		"aZ09 .,:;'\"!?",
		"aZ09 .,:;'\"!?-()[]{}/%$+",
		"a0 .'\"-(\u201c\u201d\u00ab\u00bb\u65e5\u3002\n\t\u00a0\u200b\u0301\u2014\U0001F600\u05d0",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := []string{"Hello, world! It's 3.14 ok?Yes", "a!b", "a?1", "\"x\" 'y'", " lead", "trail ", "1.5 ,2 :a ;b", "( a", "\u00ab a", "a \u00bb"}
	for _, abc := range alphabets {
		letters := []rune(abc)
		for range 6000 {
			b := make([]rune, 1+rng.IntN(16))
			for i := range b {
				b[i] = letters[rng.IntN(len(letters))]
			}
			inputs = append(inputs, string(b))
		}
	}
	words := pageWordsOrNil()
	for i := 0; i+40 <= len(words); i += 40 {
		inputs = append(inputs, strings.Join(words[i:i+40], " "))
	}
	for _, in := range inputs {
		if got, want := LineBreakOpportunities(in), fullBreaks(in); !reflect.DeepEqual(got, want) {
			t.Fatalf("LineBreakOpportunities(%q) = %v, full algorithm %v", in, got, want)
		}
	}
}
