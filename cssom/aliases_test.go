package cssom

import "testing"

// TestPropertyAliases checks that every alias names a property Pane
// applies or keeps, and that a declaration of an alias is one of its
// property.
func TestPropertyAliases(t *testing.T) {
	for alias, prop := range propertyAliases {
		_, long := longhandNames[prop]
		_, short := shorthands[prop]
		_, kept := keptGrammars[prop]
		_, kw := keptKeywords[prop]
		if !long && !short && !kept && !kw {
			t.Errorf("%s: %s is not a property Pane parses", alias, prop)
		}
	}
	tests := []struct{ decl, prop string }{
		{"-webkit-transform: rotate(10deg)", "transform"},
		{"-WEBKIT-BOX-SHADOW: 1px 1px red", "box-shadow"},
		{"-webkit-border-radius: 4px", "border-radius"},
		{"-webkit-margin-start: 3px", "margin-inline-start"},
	}
	for _, tt := range tests {
		ds := ParseDeclarationList(tt.decl, nil)
		if len(ds) != 1 || ds[0].Property != tt.prop || ds[0].longhands == nil {
			t.Errorf("%s: got %v", tt.decl, ds)
		}
	}
	s := decl(t, "-webkit-box-sizing: border-box; -webkit-flex: 2")
	if s.BoxSizing != BorderBox || s.FlexGrow != 2 {
		t.Errorf("aliases not applied: box-sizing %v, flex-grow %v", s.BoxSizing, s.FlexGrow)
	}
	if ds := ParseDeclarationList("-webkit-transform: bogus(1)", nil); len(ds) != 0 {
		t.Errorf("an invalid value of an alias is kept: %v", ds)
	}
}
