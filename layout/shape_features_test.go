package layout

import (
	"strings"
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestFeatureString(t *testing.T) {
	tests := []struct {
		set  func(st *cssom.ComputedStyle)
		want string
	}{
		{func(st *cssom.ComputedStyle) {}, ""},
		{func(st *cssom.ComputedStyle) { st.FontKerning = cssom.KerningNone }, "kern=0"},
		{func(st *cssom.ComputedStyle) { st.FontVariantLigatures = cssom.LigaturesNone }, "liga=0,clig=0,dlig=0,hlig=0,calt=0"},
		{func(st *cssom.ComputedStyle) {
			st.FontVariantLigatures = cssom.NoCommonLigatures | cssom.DiscretionaryLigatures
		}, "liga=0,clig=0,dlig=1"},
		{func(st *cssom.ComputedStyle) { st.FontVariantCaps = cssom.CapsAllSmallCaps }, "smcp=1,c2sc=1"},
		{func(st *cssom.ComputedStyle) {
			st.FontVariantNumeric = cssom.TabularNums | cssom.SlashedZero
			st.FontFeatureSettings = "zero=0"
		}, "tnum=1,zero=1,zero=0"},
	}
	for i, tc := range tests {
		st := cssom.Initial()
		tc.set(st)
		if got := featureString(st); got != tc.want {
			t.Errorf("%d: featureString = %q, want %q", i, got, tc.want)
		}
		if n := len(parseFeatures(tc.want)); tc.want != "" && n != strings.Count(tc.want, ",")+1 {
			t.Errorf("%d: parseFeatures(%q) gave %d features", i, tc.want, n)
		}
	}
	if got := withoutFeatures("smcp=1,liga=0,c2sc=1", "smcp", "c2sc"); got != "liga=0" {
		t.Errorf("withoutFeatures = %q", got)
	}
}

func TestSynthesizedSmallCaps(t *testing.T) {
	fonts := ahem(t)
	caps := func(c cssom.FontVariantCaps, syn cssom.FontSynthesis) rules {
		return rules{"#d": func(st *cssom.ComputedStyle) { st.FontVariantCaps, st.FontSynthesis = c, syn }}
	}
	tests := []struct {
		name  string
		rules rules
		want  string
	}{
		// Ahem has no smcp: "a" becomes a 7px capital, "B" stays 10px.
		{"small-caps", caps(cssom.CapsSmallCaps, 0), `Text "a" at (8,8) size 7x10|Text "B" at (15,8) size 10x10`},
		{"all-small-caps", caps(cssom.CapsAllSmallCaps, 0), `Text "aB" at (8,8) size 14x10`},
		{"font-synthesis: none", caps(cssom.CapsSmallCaps, cssom.NoSynthesizeSmallCaps), `Text "aB" at (8,8) size 20x10`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := layoutDump(t, `<div id=d>aB</div>`, ahemRules(tc.rules), fonts)
			if got := lines(d, "Text"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s\n%s", strings.ReplaceAll(got, "|", "\n"), strings.ReplaceAll(tc.want, "|", "\n"), d)
			}
		})
	}
}
