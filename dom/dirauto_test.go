package dom

import "testing"

func TestDirectionality(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // directionality of #t
		auto       string // AutoDirectionality of #t ("" when not auto)
	}{
		{"default", `<p id=t>abc</p>`, "ltr", ""},
		{"rtl attribute", `<p id=t dir=RTL>abc</p>`, "rtl", ""},
		{"inherited", `<div dir=rtl><p id=t>abc</p></div>`, "rtl", ""},
		{"invalid is undefined", `<div dir=rtl><p id=t dir=up>abc</p></div>`, "rtl", ""},
		{"auto hebrew", `<p id=t dir=auto>  123 שלום abc</p>`, "rtl", "rtl"},
		{"auto arabic after digits", `<p id=t dir=auto>١٢٣ مرحبا</p>`, "rtl", "rtl"},
		{"auto latin first", `<p id=t dir=auto>abc שלום</p>`, "ltr", "ltr"},
		{"auto no strong", `<div dir=rtl><p id=t dir=auto>123 !?</p></div>`, "ltr", "ltr"},
		{"auto nested element", `<p id=t dir=auto><b><i>שלום</i></b> abc</p>`, "rtl", "rtl"},
		{"auto skips script and style", `<p id=t dir=auto><script>abc</script><style>x{}</style>שלום</p>`, "rtl", "rtl"},
		{"auto skips bdi", `<p id=t dir=auto><bdi>abc</bdi>שלום</p>`, "rtl", "rtl"},
		{"auto skips dir children", `<p id=t dir=auto><span dir=ltr>abc</span><span dir=auto>def</span>שלום</p>`, "rtl", "rtl"},
		{"auto enters invalid dir", `<p id=t dir=auto><span dir=x>abc</span>שלום</p>`, "ltr", "ltr"},
		{"bdi is auto", `<div dir=rtl><bdi id=t>abc</bdi></div>`, "ltr", "ltr"},
		{"bdi with dir", `<bdi id=t dir=rtl>abc</bdi>`, "rtl", ""},
		{"input value", `<input id=t dir=auto value="שלום">`, "rtl", "rtl"},
		{"input checkbox", `<input id=t type=checkbox dir=auto value="שלום">`, "ltr", "ltr"},
		{"textarea", `<textarea id=t dir=auto>שלום</textarea>`, "rtl", "rtl"},
		{"child of auto", `<div dir=auto>שלום<p id=t>abc</p></div>`, "rtl", ""},
		{"rlm", `<p id=t dir=auto>&rlm;abc</p>`, "rtl", "rtl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ParseHTMLString("<!DOCTYPE html><body>"+tt.body, "http://x/")
			el, _ := d.QuerySelector("#t")
			if el == nil {
				t.Fatal("no #t")
			}
			if got := Directionality(el); got != tt.want {
				t.Errorf("Directionality = %q, want %q", got, tt.want)
			}
			got, ok := AutoDirectionality(el)
			if want := tt.auto; got != want || ok != (want != "") {
				t.Errorf("AutoDirectionality = %q, %v; want %q", got, ok, want)
			}
			for _, dir := range []string{"ltr", "rtl"} {
				m, err := el.Matches(":dir(" + dir + ")")
				if err != nil {
					t.Fatal(err)
				}
				if m != (dir == tt.want) {
					t.Errorf(":dir(%s) = %v", dir, m)
				}
			}
		})
	}
}
