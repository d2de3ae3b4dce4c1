package browsertest_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/paneweb/pane/browser"
	"github.com/paneweb/pane/browser/browsertest"
)

const card = `<!DOCTYPE html>
<style>body { margin: 0 } .card { margin: 10px; padding: 8px; border: 2px solid navy; background: #eef }</style>
<div class="card">Hello</div>`

// In a test, CheckPage compares a page's screenshot and layout dump with
// testdata/card.png and testdata/card.txt; `go test -browsertest.update`
// writes them.
func TestCard(t *testing.T) {
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 200, Height: 80}})
	page, err := b.OpenHTML(context.Background(), card, "")
	if err != nil {
		t.Fatal(err)
	}
	browsertest.CheckPage(t, page, "testdata/card", browsertest.Options{})
}

// Compare counts the pixels of two renders that differ beyond a threshold;
// the layout dump is the text a golden test keeps.
func Example() {
	ctx := context.Background()
	b := browser.New(browser.Options{Viewport: browser.Viewport{Width: 200, Height: 80}})
	page, err := b.OpenHTML(ctx, card, "")
	if err != nil {
		panic(err)
	}
	first, _ := page.Screenshot(ctx, browser.ScreenshotOptions{})
	again, _ := page.Screenshot(ctx, browser.ScreenshotOptions{})
	n, _ := browsertest.Compare(first, again, 0)
	fmt.Println("pixels that differ:", n)

	// A change a person would notice is counted.
	body := page.Document().Body()
	body.FirstElementChild().SetAttr("style", "border-color: red")
	changed, _ := page.Screenshot(ctx, browser.ScreenshotOptions{})
	n, _ = browsertest.Compare(first, changed, 2)
	fmt.Println("after the border turns red:", n > 0)
	// Output:
	// pixels that differ: 0
	// after the border turns red: true
}
