package layout

import (
	"testing"

	"github.com/paneweb/pane/cssom"
)

func TestCollapseWhiteSpace(t *testing.T) {
	tests := []struct {
		in        string
		ws        cssom.WhiteSpace
		space     bool // before
		want      string
		wantSpace bool // after
	}{
		{"  a  b  ", cssom.WhiteSpaceNormal, true, "a b ", true},
		{"  a  b  ", cssom.WhiteSpaceNormal, false, " a b ", true},
		{"a\n\tb", cssom.WhiteSpaceNormal, false, "a b", false},
		{"a \n b", cssom.WhiteSpaceNowrap, false, "a b", false},
		{"a\r\nb", cssom.WhiteSpaceNormal, false, "a b", false},
		{"   ", cssom.WhiteSpaceNormal, true, "", true},
		{"", cssom.WhiteSpaceNormal, false, "", false},
		{"a  \n  b", cssom.WhiteSpacePreLine, false, "a\nb", false},
		{" a ", cssom.WhiteSpacePreLine, true, "a ", true},
		{"a  b\n c", cssom.WhiteSpacePre, true, "a  b\n c", false},
		{"a\r\nb\rc", cssom.WhiteSpacePreWrap, false, "a\nb\nc", false},
		// Preserved tabs stay for the line layout (tab-size).
		{"a\tb", cssom.WhiteSpacePre, false, "a\tb", false},
		{"é\tb\r\nc\rd", cssom.WhiteSpacePre, false, "é\tb\nc\nd", false},
	}
	for _, tc := range tests {
		got, space := collapseWhiteSpace(tc.in, tc.ws, tc.space)
		if got != tc.want || space != tc.wantSpace {
			t.Errorf("collapseWhiteSpace(%q, %v, %v) = %q, %v; want %q, %v", tc.in, tc.ws, tc.space, got, space, tc.want, tc.wantSpace)
		}
	}
}

func TestTransformText(t *testing.T) {
	tests := []struct {
		in   string
		tt   cssom.TextTransform
		want string
	}{
		{"hello World", cssom.TextTransformUppercase, "HELLO WORLD"},
		{"Hello WORLD", cssom.TextTransformLowercase, "hello world"},
		{"hello wörld-wide don't", cssom.TextTransformCapitalize, "Hello Wörld-Wide Don't"},
		{"straße", cssom.TextTransformNone, "straße"},
		{"straße", cssom.TextTransformUppercase, "STRASSE"},
	}
	for _, tc := range tests {
		if got := transformText(tc.in, tc.tt); got != tc.want {
			t.Errorf("transformText(%q, %v) = %q, want %q", tc.in, tc.tt, got, tc.want)
		}
	}
}

func TestMarkerText(t *testing.T) {
	doc, _ := styleDoc(`<ol start=3 id=o><li>a<li id=b>b<li value=10>c<li id=d>d</ol><ol reversed><li id=r1><li id=r2></ol>`, nil)
	st := cssom.Initial()
	tests := []struct {
		id, typ, want string
	}{
		{"b", "decimal", "4. "},
		{"d", "decimal", "11. "},
		{"b", "lower-alpha", "d. "},
		{"d", "upper-roman", "XI. "},
		{"d", "lower-roman", "xi. "},
		{"b", "disc", "• "},
		{"b", "circle", "◦ "},
		{"b", "square", "▪ "},
		{"b", "none", ""},
		{"r1", "decimal", "2. "},
		{"r2", "decimal", "1. "},
	}
	for _, tc := range tests {
		st.ListStyleType = cssom.ListStyleType(tc.typ)
		if got := markerText(doc.GetElementByID(tc.id), st); got != tc.want {
			t.Errorf("marker of #%s as %s = %q, want %q", tc.id, tc.typ, got, tc.want)
		}
	}
	if got := alphabetic(28, 'a'); got != "ab" {
		t.Errorf("alphabetic(28) = %q, want ab", got)
	}
}
