package fetch

import (
	"strings"
	"testing"
)

// "日本語" in Shift_JIS, "café" in windows-1252.
const (
	sjisNihongo = "\x93\xfa\x96\x7b\x8c\xea"
	cp1252Cafe  = "caf\xe9"
)

// https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding
func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, body, contentType string
		want, charset           string
	}{
		{"default windows-1252", "<p>" + cp1252Cafe, "text/html", "<p>café", "windows-1252"},
		{"ascii", "<p>hi", "", "<p>hi", "windows-1252"},
		{"transport charset", "<p>" + sjisNihongo, "text/html; charset=Shift_JIS", "<p>日本語", "shift_jis"},
		{"transport charset quoted", "<p>" + sjisNihongo, `text/html;charset="sjis"`, "<p>日本語", "shift_jis"},
		{"meta charset", `<meta charset="shift_jis"><p>` + sjisNihongo, "text/html", `<meta charset="shift_jis"><p>日本語`, "shift_jis"},
		{"meta http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>` + cp1252Cafe, "",
			`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café`, "windows-1252"},
		{"transport beats meta", `<meta charset="utf-8">` + cp1252Cafe, "text/html; charset=iso-8859-1", `<meta charset="utf-8">café`, "windows-1252"},
		{"utf-8 BOM beats transport", "\xef\xbb\xbfcafé", "text/html; charset=shift_jis", "café", "utf-8"},
		{"utf-16le BOM", "\xff\xfeh\x00i\x00", "", "hi", "utf-16le"},
		{"utf-16be BOM", "\xfe\xff\x00h\x00i", "text/html; charset=utf-8", "hi", "utf-16be"},
		{"meta utf-16 means utf-8", `<meta charset="utf-16">é`, "", `<meta charset="utf-16">é`, "utf-8"},
		{"meta x-user-defined", `<meta charset="x-user-defined">` + cp1252Cafe, "", `<meta charset="x-user-defined">café`, "windows-1252"},
		{"invalid utf-8 declared", "a\xffb", "text/html; charset=utf-8", "a\uFFFDb", "utf-8"},
		{"unknown transport label", cp1252Cafe, "text/html; charset=bogus", "café", "windows-1252"},
		{"utf-8 without label", "<p>é", "", "<p>é", "utf-8"},
		{"empty", "", "", "", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs := DecodeHTML([]byte(tt.body), tt.contentType)
			if string(got) != tt.want || cs != tt.charset {
				t.Errorf("DecodeHTML = %q, %q; want %q, %q", got, cs, tt.want, tt.charset)
			}
		})
	}
}

func TestDecodeHTMLNoCopy(t *testing.T) {
	body := []byte("<!doctype html><meta charset=utf-8><p>héllo")
	got, _ := DecodeHTML(body, "text/html")
	if &got[0] != &body[0] {
		t.Error("valid UTF-8 was copied")
	}
}

// https://drafts.csswg.org/css-syntax/#determine-the-fallback-encoding
func TestDecodeCSS(t *testing.T) {
	tests := []struct {
		name, body, contentType, fallback, want string
	}{
		{"utf-8 default", "p::before{content:'é'}", "text/css", "", "p::before{content:'é'}"},
		{"@charset", `@charset "windows-1252"; p{content:'` + cp1252Cafe + `'}`, "text/css", "", `@charset "windows-1252"; p{content:'café'}`},
		{"@charset sjis", `@charset "Shift_JIS";` + sjisNihongo, "", "", `@charset "Shift_JIS";日本語`},
		{"Content-Type beats @charset", `@charset "shift_jis";` + cp1252Cafe, "text/css;charset=windows-1252", "", `@charset "shift_jis";café`},
		{"BOM beats Content-Type", "\xef\xbb\xbf" + "é", "text/css;charset=windows-1252", "", "é"},
		{"@charset utf-16 means utf-8", `@charset "utf-16"; é`, "", "windows-1252", `@charset "utf-16"; é`},
		{"referring document", cp1252Cafe, "text/css", "windows-1252", "café"},
		{"@charset beats referrer", `@charset "shift_jis";` + sjisNihongo, "", "windows-1252", `@charset "shift_jis";日本語`},
		{"single quotes are not @charset", `@charset 'shift_jis';` + cp1252Cafe, "", "windows-1252", `@charset 'shift_jis';café`},
		{"no semicolon", `@charset "shift_jis"` + cp1252Cafe, "", "windows-1252", `@charset "shift_jis"café`},
		{"unknown label", `@charset "bogus";` + cp1252Cafe, "", "windows-1252", `@charset "bogus";café`},
		{"bad referrer label", "é", "", "bogus", "é"},
		{"invalid utf-8", "a\xffb", "", "", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DecodeCSS([]byte(tt.body), tt.contentType, tt.fallback); string(got) != tt.want {
				t.Errorf("DecodeCSS = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShortURL(t *testing.T) {
	u := mustParse(t, "data:,"+strings.Repeat("é", 300))
	s := shortURL(u)
	if len(s) > 210 || !strings.HasSuffix(s, "…") {
		t.Errorf("shortURL = %q", s)
	}
	if s := shortURL(mustParse(t, "http://u:secret@h/")); strings.Contains(s, "secret") {
		t.Errorf("password in %q", s)
	}
}
