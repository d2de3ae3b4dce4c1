// Command rulecheck compares the rules our CSS parser keeps with the rules
// Chromium keeps, for every style sheet of the styled sites in
// ../shared/corpus/sites (issue 3: "every rule of the stylesheets parses to
// what Chromium keeps: compare document.styleSheets rule counts").
//
// For each .css file it counts rules by kind, recursively through grouping
// and nested rules, in our cssom and in headless Chromium (the CSSOM's
// cssRules of a page that links the sheet), and prints a table.
//
//	go run ./examples/rulecheck [-chromium chromium] [DIR]
//
// It needs the Debian package chromium; it is a tool for people, not part of
// the test suite.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/paneweb/pane/cssom"
)

// listMissing is the -missing flag.
var listMissing bool

// kinds are the rule kinds the table reports, in CSSOM's interface names.
var kinds = []string{"CSSStyleRule", "CSSMediaRule", "CSSSupportsRule", "CSSImportRule",
	"CSSFontFaceRule", "CSSLayerBlockRule", "CSSLayerStatementRule", "CSSNamespaceRule",
	"CSSKeyframesRule", "CSSKeyframeRule", "CSSPageRule", "other"}

func main() {
	chromium := flag.String("chromium", "chromium", "the Chromium binary")
	flag.BoolVar(&listMissing, "missing", false, "also list the selectors of style rules Chromium keeps and we drop")
	flag.Parse()
	dir := "../shared/corpus/sites"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".css") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) == 0 {
		fmt.Fprintf(os.Stderr, "rulecheck: no .css files under %s\n", dir)
		os.Exit(2)
	}
	var oursTotal, theirsTotal map[string]int = map[string]int{}, map[string]int{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rulecheck:", err)
			os.Exit(1)
		}
		abs, _ := filepath.Abs(f)
		ours := countOurs(cssom.ParseStyleSheet(string(src), "file://"+abs, cssom.AuthorOrigin))
		theirs, err := countChromium(*chromium, abs)
		if err != nil {
			fmt.Fprintf(os.Stderr, "rulecheck: %s: %v\n", f, err)
			os.Exit(1)
		}
		report(f, ours, theirs)
		for k, v := range ours {
			oursTotal[k] += v
		}
		for k, v := range theirs {
			theirsTotal[k] += v
		}
	}
	report("all sheets", oursTotal, theirsTotal)
	if listMissing {
		var keys []string
		for k, n := range theirsTotal {
			if strings.HasPrefix(k, "sel\x00") && oursTotal["sel\x00"+normalize(k[4:])] < n {
				keys = append(keys, k[4:])
			}
		}
		sort.Strings(keys)
		fmt.Println("selectors Chromium keeps more often than we do:")
		for _, k := range keys {
			fmt.Println("  " + k)
		}
	}
}

// report prints one sheet's counts: kind, ours, Chromium's.
func report(name string, ours, theirs map[string]int) {
	fmt.Printf("%s\n", name)
	for _, k := range kinds {
		if ours[k] == 0 && theirs[k] == 0 {
			continue
		}
		mark := ""
		if ours[k] != theirs[k] {
			mark = "  differs"
		}
		fmt.Printf("  %-22s %6d %6d%s\n", k, ours[k], theirs[k], mark)
	}
}

// countOurs counts the rules of a parsed sheet by CSSOM kind.
func countOurs(s *cssom.StyleSheet) map[string]int {
	m := map[string]int{"CSSImportRule": len(s.Imports)}
	var walk func([]cssom.Rule)
	walk = func(rules []cssom.Rule) {
		for _, r := range rules {
			switch r := r.(type) {
			case *cssom.StyleRule:
				m["CSSStyleRule"]++
				m["sel\x00"+normalize(r.Selectors.String())]++
				walk(r.Rules)
			case *cssom.MediaRule:
				m["CSSMediaRule"]++
				walk(r.Rules)
			case *cssom.SupportsRule:
				m["CSSSupportsRule"]++
				walk(r.Rules)
			case *cssom.LayerRule:
				m["CSSLayerBlockRule"]++
				walk(r.Rules)
			case *cssom.LayerStatementRule:
				m["CSSLayerStatementRule"]++
			case *cssom.NamespaceRule:
				m["CSSNamespaceRule"]++
			case *cssom.KeyframesRule:
				m["CSSKeyframesRule"]++
				m["CSSKeyframeRule"] += len(r.Keyframes)
			case *cssom.PageRule:
				m["CSSPageRule"]++
			case *cssom.FontFace:
				m["CSSFontFaceRule"]++
			default:
				m["other"]++
			}
		}
	}
	walk(s.Rules)
	return m
}

// probe is the page Chromium loads: it links the sheet and writes the counts
// of its cssRules, by constructor name, as JSON into a <pre>.
const probe = `<!DOCTYPE html><link rel=stylesheet href="%s"><pre id=out></pre><script>
addEventListener('load', () => {
  const m = {};
  const walk = rules => { for (const r of rules) {
    m[r.constructor.name] = (m[r.constructor.name] || 0) + 1;
    if (r.selectorText !== undefined) { const k = 'sel\u0000' + r.selectorText; m[k] = (m[k] || 0) + 1; }
    if (r.cssRules) walk(r.cssRules);
  } };
  walk(document.styleSheets[0].cssRules);
  document.getElementById('out').textContent = 'RESULT' + JSON.stringify(m) + 'END';
});
</script>`

var resultRE = regexp.MustCompile(`RESULT(.*?)END`)

// countChromium loads the sheet in headless Chromium and returns its counts.
func countChromium(bin, sheet string) (map[string]int, error) {
	dir, err := os.MkdirTemp("", "rulecheck")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(filepath.Dir(sheet), ".rulecheck-probe.html")
	if err := os.WriteFile(page, fmt.Appendf(nil, probe, html.EscapeString(filepath.Base(sheet))), 0o644); err != nil {
		// A read-only corpus: fall back to a probe in the temporary dir.
		page = filepath.Join(dir, "probe.html")
		if err := os.WriteFile(page, fmt.Appendf(nil, probe, "file://"+sheet), 0o644); err != nil {
			return nil, err
		}
	} else {
		defer os.Remove(page)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--allow-file-access-from-files", "--user-data-dir="+dir, "--virtual-time-budget=5000",
		"--dump-dom", "file://"+page)
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("chromium: %w", err)
	}
	sub := resultRE.FindSubmatch(out.Bytes())
	if sub == nil {
		return nil, fmt.Errorf("chromium printed no result")
	}
	var raw map[string]int
	if err := json.Unmarshal([]byte(html.UnescapeString(string(sub[1]))), &raw); err != nil {
		return nil, err
	}
	m := map[string]int{}
	for k, v := range raw {
		if !contains(kinds, k) && !strings.HasPrefix(k, "sel\x00") {
			k = "other"
		}
		m[k] += v
	}
	return m, nil
}

// normalize makes selector texts from both sides comparable: it drops the
// white space around combinators and commas.
func normalize(sel string) string {
	var b strings.Builder
	for i, f := range strings.Fields(sel) {
		if i > 0 && !strings.ContainsAny(f[:1], ">+~,") && !strings.ContainsAny(b.String()[b.Len()-1:], ">+~,") {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
