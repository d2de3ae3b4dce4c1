package cssom

import (
	"testing"

	"github.com/paneweb/pane/dom"
)

func TestIndividualTransforms(t *testing.T) {
	doc := dom.ParseHTMLString(`<p id=a style="transform: translateX(5px); scale: 50% 2; rotate: z 90deg; translate: 10px 20px"></p>
<p id=b style="translate: none; rotate: 1 0 0 45deg"></p><p id=c style="scale: 2"></p>`, "")
	st := Compute(doc, nil, Media{Width: Int(800), Height: Int(600)})
	a := st.Of(doc.GetElementByID("a")).Transform
	if len(a) != 4 || a[0].Kind != TransformTranslate || a[0].X.Px != Int(10) || a[0].Y.Px != Int(20) ||
		a[1].Kind != TransformRotate || a[1].A[0] != 90 || a[2].Kind != TransformScale || a[2].A[0] != 0.5 || a[2].A[1] != 2 ||
		a[3].Kind != TransformTranslate || a[3].X.Px != Int(5) {
		t.Errorf("translate, rotate, scale, transform: %+v", a)
	}
	if b := st.Of(doc.GetElementByID("b")).Transform; len(b) != 0 {
		t.Errorf("rotate about the x axis is not a 2D rotation; got %+v", b)
	}
	if c := st.Of(doc.GetElementByID("c")).Transform; len(c) != 1 || c[0].A[0] != 2 || c[0].A[1] != 2 {
		t.Errorf("scale: 2 = %+v", c)
	}
}
