package fetch

import (
	"net/url"
	"testing"
	"unicode/utf8"
)

// FuzzParseMIMEType checks that parsing never panics and that a parsed MIME
// type survives a serialize-and-parse round trip unchanged.
func FuzzParseMIMEType(f *testing.F) {
	for _, s := range []string{"text/html", `text/html; charset="a\"b"`, "x/y;a=b;a=c;;=d", "a/b;c=\"", " */* ;q=0.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := parseMIMEType(s)
		if !ok {
			return
		}
		again, ok := parseMIMEType(m.String())
		if !ok || again.String() != m.String() {
			t.Errorf("%q ▶ %q ▶ %q (%v)", s, m.String(), again.String(), ok)
		}
	})
}

// FuzzDataURL checks that the data: URL processor never panics and that a
// successful result has a valid MIME type.
func FuzzDataURL(f *testing.F) {
	for _, s := range []string{"data:,x", "data:;base64,WA==", "data:text/html;charset=utf-8,%3Cp%3E", "data:a/b;base64 ,%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			return
		}
		mt, _, ok := processDataURL(u)
		if ok {
			if _, valid := parseMIMEType(mt.String()); !valid {
				t.Errorf("%q gave an invalid MIME type %q", s, mt.String())
			}
		}
	})
}

// FuzzDecode checks that DecodeHTML and DecodeCSS never panic and always
// return valid UTF-8.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=shift_jis>\x93\xfa"), "text/html")
	f.Add([]byte("\xff\xfeh\x00\xd8"), "")
	f.Add([]byte(`@charset "x-user-defined";`+"\xe9"), "text/css;charset=")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		if out, _ := DecodeHTML(body, contentType); !utf8.Valid(out) {
			t.Errorf("DecodeHTML(%q, %q) = invalid UTF-8 %q", body, contentType, out)
		}
		if out := DecodeCSS(body, contentType, "windows-1252"); !utf8.Valid(out) {
			t.Errorf("DecodeCSS(%q, %q) = invalid UTF-8 %q", body, contentType, out)
		}
	})
}
