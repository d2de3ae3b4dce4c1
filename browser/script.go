package browser

import "context"

// SEAM STUB: the scripts engineer replaces this file (and adds script*.go).

// jsRuntime is the page's script engine.
type jsRuntime struct{}

// runScripts runs the document's scripts in the order the HTML standard
// says, then the event loop until the page settles. It is called once the
// document is parsed and its subresources are loaded, before the first
// style and layout.
func (p *Page) runScripts(ctx context.Context) error { return nil }
