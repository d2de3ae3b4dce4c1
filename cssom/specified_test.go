package cssom

import (
	"strconv"
	"testing"
)

func TestSpecifiedText(t *testing.T) {
	for _, r := range specifiedRows {
		var b DeclarationBlock
		b.SetProperty(r.prop, r.value, "")
		if got := b.PropertyValue(r.prop); got != r.want {
			t.Errorf("%s: %s = %q, want %q", r.prop, r.value, got, r.want)
		}
	}
}

func TestDeclarationBlock(t *testing.T) {
	for _, r := range blockRows {
		b := ParseDeclarationBlock(r.css)
		var got string
		switch r.read {
		case "cssText":
			got = b.CSSText()
		case "length":
			got = strconv.Itoa(b.Len())
		default:
			got = b.PropertyValue(r.read)
		}
		if got != r.want {
			t.Errorf("%s: %s = %q, want %q", r.css, r.read, got, r.want)
		}
	}
}

// TestShorthandOddValues sets odd values on every CSSOM shorthand: the
// block never panics, an invalid value leaves it empty, and a valid
// one reads back.
func TestShorthandOddValues(t *testing.T) {
	odd := []string{"/", "1px /", "a / / b", "none none none", "calc(", "var(", "url(", `"`, "1px 2px 3px 4px 5px",
		"inherit x", "0", "auto", "initial", "1 2 3 4", "red red", "url(a) url(b)", "1px / 2px / 3px", ", ,", "italic",
		"12px", "0 / 0 a", "oblique 10deg 12px a", "var(--x) !important", "none, none", "0s 0s 0s"}
	for name := range cssomShorthands {
		for _, v := range odd {
			var b DeclarationBlock
			valid := b.SetProperty(name, v, "")
			text := b.CSSText()
			if !valid && text != "" {
				t.Errorf("%s: %q invalid but cssText %q", name, v, text)
			}
			if valid && b.Len() > 0 && text == "" {
				t.Errorf("%s: %q set %d longhands but cssText is empty", name, v, b.Len())
			}
			_ = b.PropertyValue(name)
			b.RemoveProperty(name)
			if b.Len() != 0 {
				t.Errorf("%s: %q: removeProperty left %d declarations", name, v, b.Len())
			}
		}
	}
}

// FuzzDeclarationBlock parses a style attribute, serializes it and parses
// the serialization back: no panic, and the second serialization is the
// first (the CSSOM's cssText is a fixed point).
func FuzzDeclarationBlock(f *testing.F) {
	for _, r := range blockRows {
		f.Add(r.css)
	}
	f.Add(`--:"`)
	f.Add(`mArgin:vAr(`)
	f.Add(`mArgin:vAr(-A(,`)
	f.Add(`Border-top-left-rAdius:0 00`)
	f.Add(`font:00"`)
	f.Add("list-stYle:\"\x00")
	f.Add(`font:0 \1`)
	f.Fuzz(func(t *testing.T, src string) {
		text := ParseDeclarationBlock(src).CSSText()
		if again := ParseDeclarationBlock(text).CSSText(); again != text {
			t.Errorf("%q: cssText %q, then %q", src, text, again)
		}
	})
}

// BenchmarkStyleWrite is one element.style write: parse the attribute,
// set a property, serialize.
func BenchmarkStyleWrite(b *testing.B) {
	const attr = "display: block; position: absolute; left: 10px; top: 20px; width: 100px; height: 50px; margin: 0px auto; transform: translate(10px, 20px); background: rgb(255, 0, 0);"
	for b.Loop() {
		blk := ParseDeclarationBlock(attr)
		blk.SetProperty("left", "12px", "")
		_ = blk.CSSText()
	}
}
