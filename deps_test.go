// Package pane_test holds repository-wide policy tests.
package pane_test

import (
	"go/parser"
	"go/token"
	"io/fs"

	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// depsRules is DESIGN.md §2 as data: for each package of the module (by its
// path below the module root; "examples/..." covers every program there),
// the imports its non-test files may use. "STD" is the standard library and
// a trailing "/..." allows a subtree. It is a statement of policy: change it
// only with DESIGN.md, never to make a build pass.
var depsRules = map[string][]string{
	"fetch": {"STD", "golang.org/x/net/...", "golang.org/x/text/...", "golang.org/x/sync/...",
		"github.com/andybalholm/brotli/...", "github.com/klauspost/compress/...", "github.com/nlnwa/whatwg-url/...",
		"github.com/bits-and-blooms/bitset/..."},
	"dom":   {"STD", "golang.org/x/net/html/..."},
	"cssom": {"STD", "dom", "github.com/tdewolff/parse/v2/..."},
	"layout": {"STD", "dom", "cssom", "internal/woff2", "golang.org/x/image/font/...", "golang.org/x/image/math/...",
		"github.com/go-text/typesetting/...", "github.com/go-fonts/liberation/..."},
	"paint": {"STD", "layout", "cssom", "golang.org/x/image/...", "github.com/fyne-io/oksvg", "github.com/srwiley/rasterx"},
	"browser": {"STD", "fetch", "dom", "cssom", "layout", "paint", "github.com/dop251/goja/...",
		"golang.org/x/net/...", "golang.org/x/sync/...", "golang.org/x/text/..."},
	"browser/browsertest": {"STD", "browser", "paint"},
	"examples/...":        {"STD", "browser", "browser/browsertest", "fetch", "dom", "cssom", "layout", "paint"},
	"internal/...":        {"STD", "github.com/andybalholm/brotli/..."},
}

const module = "github.com/paneweb/pane"

func TestDependencyRules(t *testing.T) {
	pkgs := map[string]map[string]bool{} // package dir ▶ imports of its non-test files
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		if pkgs[dir] == nil {
			pkgs[dir] = map[string]bool{}
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			pkgs[dir][p] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dirs := make([]string, 0, len(pkgs))
	for d := range pkgs {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, dir := range dirs {
		rules, ok := rulesFor(dir)
		if !ok {
			t.Errorf("package %s has no dependency rule: add it to depsRules and DESIGN.md §2", dir)
			continue
		}
		imps := make([]string, 0, len(pkgs[dir]))
		for p := range pkgs[dir] {
			imps = append(imps, p)
		}
		sort.Strings(imps)
		for _, p := range imps {
			if !allowed(p, rules) {
				t.Errorf("%s imports %s, which DESIGN.md §2 does not allow", dir, p)
			}
		}
	}
}

// rulesFor finds the rule of a package directory: an exact entry, or the
// nearest "dir/..." entry above it.
func rulesFor(dir string) ([]string, bool) {
	if r, ok := depsRules[dir]; ok {
		return r, true
	}
	for d := dir; d != "." && d != ""; d = filepath.ToSlash(filepath.Dir(d)) {
		if r, ok := depsRules[d+"/..."]; ok {
			return r, true
		}
	}
	return nil, false
}

func allowed(imp string, rules []string) bool {
	first, _, _ := strings.Cut(imp, "/")
	isStd := !strings.Contains(first, ".")
	internal := strings.TrimPrefix(imp, module+"/")
	isOwn := strings.HasPrefix(imp, module+"/")
	for _, r := range rules {
		switch {
		case r == "STD":
			if isStd {
				return true
			}
		case isOwn:
			if r == internal || (strings.HasPrefix(internal, "internal/") && r == "internal") {
				return true
			}
		case strings.HasSuffix(r, "/..."):
			base := strings.TrimSuffix(r, "/...")
			if imp == base || strings.HasPrefix(imp, base+"/") {
				return true
			}
		case r == imp:
			return true
		}
	}
	return false
}

// TestDependencyRulesCatchViolations checks the checker: a layout import of
// paint, or goja outside browser, must be refused.
func TestDependencyRulesCatchViolations(t *testing.T) {
	cases := []struct {
		pkg, imp string
		ok       bool
	}{
		{"layout", module + "/paint", false},
		{"layout", module + "/cssom", true},
		{"paint", module + "/dom", false},
		{"dom", module + "/cssom", false},
		{"cssom", "github.com/dop251/goja", false},
		{"browser", "github.com/dop251/goja", true},
		{"fetch", "net/http", true},
		{"examples/render", module + "/browser", true},
	}
	for _, c := range cases {
		rules, _ := rulesFor(c.pkg)
		if got := allowed(c.imp, rules); got != c.ok {
			t.Errorf("allowed(%s imports %s) = %v, want %v", c.pkg, c.imp, got, c.ok)
		}
	}
}
