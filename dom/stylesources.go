package dom

// StyleSourcesVersion counts the mutations that may change the document's
// style sheets: a <style> or <link> element inserted, removed or given
// other attributes, or the text inside a <style> changed (the HTML
// standard's "update a style block" and link processing triggers). Equal
// values mean the style elements are as they were, so a browser can skip
// looking for them.
func (d *Document) StyleSourcesVersion() uint64 { return d.styleSources }

// isStyleSource reports whether n is an HTML <style> or <link> element.
func isStyleSource(n *Node) bool {
	return n.Type == ElementNode && n.Namespace == HTMLNamespace && (n.Tag == "style" || n.Tag == "link")
}

// noteStyleSources counts the insertion or removal of c under parent when
// it touches a style source: text in a <style>, or a subtree holding a
// <style> or <link>.
func noteStyleSources(parent, c *Node) {
	d := parent.doc
	if d == nil {
		return
	}
	if isStyleSource(parent) {
		d.styleSources++
		return
	}
	if c.Type != ElementNode && c.Type != DocumentFragmentNode {
		return
	}
	c.Walk(func(x *Node) bool {
		if isStyleSource(x) {
			d.styleSources++
			return false
		}
		return true
	})
}
