package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

func TestPlaceholderStyle(t *testing.T) {
	doc := dom.ParseHTMLString(`<input id=a placeholder=x><input id=b><textarea id=c placeholder=y></textarea>`, "")
	sheet := ParseStyleSheet(`textarea::placeholder { color: rgb(1, 2, 3) }`, "", AuthorOrigin)
	st := Compute(doc, []*StyleSheet{UserAgentSheet(), sheet}, Media{Width: Int(800), Height: Int(600)})
	if ps := st.Pseudo(doc.GetElementByID("a"), "placeholder"); ps == nil || ps.Color != (Color{R: 0x75, G: 0x75, B: 0x75, A: 255}) {
		t.Errorf("input::placeholder from the UA sheet: %+v", ps)
	}
	if ps := st.Pseudo(doc.GetElementByID("b"), "placeholder"); ps != nil {
		t.Errorf("an input without a placeholder has a ::placeholder style")
	}
	if ps := st.Pseudo(doc.GetElementByID("c"), "placeholder"); ps == nil || ps.Color != (Color{R: 1, G: 2, B: 3, A: 255}) {
		t.Errorf("textarea::placeholder: %+v", ps)
	}
}
