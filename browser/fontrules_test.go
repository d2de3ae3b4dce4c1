package browser

import (
	"context"
	"fmt"
	"testing"
)

// TestFontRulesInCSSOM checks that @font-feature-values and
// @font-palette-values rules are kept in cssRules with Chromium's
// interfaces and type numbers (measured in Chromium 156), and that
// inserting an @namespace rule into a sheet with style rules throws
// InvalidStateError (https://drafts.csswg.org/cssom/#insert-a-css-rule).
func TestFontRulesInCSSOM(t *testing.T) {
	ctx := context.Background()
	p, err := New(Options{}).OpenHTML(ctx, `<!DOCTYPE html><style>
@font-feature-values Foo Bar { @styleset { nice: 12; } }
@font-palette-values --warm { font-family: Foo; base-palette: 1; override-colors: 0 #00f; }
p { color: red }
</style><p>x</p>`, "https://c.test/")
	if err != nil {
		t.Fatal(err)
	}
	for expr, want := range map[string]string{
		`document.styleSheets[0].cssRules.length`:                                                                      "3",
		`document.styleSheets[0].cssRules[0].constructor.name`:                                                         "CSSFontFeatureValuesRule",
		`document.styleSheets[0].cssRules[0].type`:                                                                     "14",
		`document.styleSheets[0].cssRules[0].cssText`:                                                                  `@font-feature-values "Foo Bar" { @styleset { nice: 12; } }`,
		`document.styleSheets[0].cssRules[1].constructor.name`:                                                         "CSSFontPaletteValuesRule",
		`document.styleSheets[0].cssRules[1].cssText`:                                                                  "@font-palette-values --warm { font-family: Foo; base-palette: 1; override-colors: 0 rgb(0, 0, 255); }",
		`document.styleSheets[0].cssRules[1] instanceof CSSRule`:                                                       "true",
		`try { document.styleSheets[0].insertRule('@namespace x url(http://x)', 0); 'no error' } catch (e) { e.name }`: "InvalidStateError",
	} {
		v, err := p.Eval(ctx, expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if got := fmt.Sprint(v); got != want {
			t.Errorf("%s = %q, want %q", expr, got, want)
		}
	}
}
