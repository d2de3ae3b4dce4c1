package cssom

// The content language of an element for font selection and shaping: the
// lang attribute maps to -webkit-locale, an inherited property holding a
// language tag, as in Blink (HTMLElement's presentation attribute
// lang sets -webkit-locale). Layout shapes text in that language, so
// that the OpenType language system (locl forms, say the Serbian б) is
// the content's.
// https://html.spec.whatwg.org/multipage/dom.html#attr-lang
// https://www.w3.org/TR/css-fonts-4/#font-language-override-prop ("the
// content language of the element")

import (
	"strings"

	"github.com/paneweb/pane/dom"
)

func init() {
	longhandNames["-webkit-locale"] = pWebkitLocale
}

// withLanguage returns s with the content language that el's lang
// attribute gives (https://html.spec.whatwg.org/multipage/dom.html#the-lang-and-xml:lang-attributes:
// lang="" says the language is unknown), or s itself when el has none or
// it changes nothing. The result is shared between the elements of equal
// style and language, so that lang attributes cost no cascade.
// AD-HOC: Blink maps lang to -webkit-locale as a presentational hint;
// here it is applied after the cascade, so it also wins over an author
// -webkit-locale declaration on the same element (not a standard
// property).
// TODO(spec): xml:lang on elements of other namespaces, and the
// Content-Language of the document (meta http-equiv, HTTP header).
func (r *resolver) withLanguage(el *dom.Node, s *ComputedStyle) *ComputedStyle {
	if el.Namespace != dom.HTMLNamespace && el.Namespace != dom.SVGNamespace {
		return s
	}
	v, ok := el.Attr("lang")
	if !ok {
		return s
	}
	v = strings.TrimSpace(v)
	if s.Locale == v {
		return s
	}
	key := languageKey{s, v}
	if c, ok := r.languages[key]; ok {
		return c
	}
	c := *s
	c.Locale = v
	if r.languages == nil {
		r.languages = map[languageKey]*ComputedStyle{}
	}
	r.languages[key] = &c
	return &c
}

// languageKey identifies a style with a content language (withLanguage).
type languageKey struct {
	s      *ComputedStyle
	locale string
}
