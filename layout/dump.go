package layout

import (
	"strconv"
	"strings"

	"github.com/paneweb/pane/dom"
)

// Dump returns the layout dump of the fragment tree under root: one line
// per fragment in tree order, indented by two spaces per level, giving its
// kind, its element, and its border box in page coordinates, e.g.
//
//	Viewport at (0,0) size 800x600
//	  Block <html> at (0,0) size 800x34
//	    Block <body> at (8,8) size 784x18
//	      Line at (8,8) size 784x18
//	        Text "Hello world" at (8,8) size 83.2x18
//
// The output depends only on the fragments, so it is stable across runs.
func Dump(root *Fragment) string {
	if root == nil {
		return ""
	}
	var sb strings.Builder
	type entry struct {
		f     *Fragment
		depth int
	}
	stack := []entry{{root, 0}}
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		dumpLine(&sb, e.f, e.depth)
		for i := len(e.f.Children) - 1; i >= 0; i-- {
			stack = append(stack, entry{e.f.Children[i], e.depth + 1})
		}
	}
	return sb.String()
}

// dumpLine writes one fragment's line.
func dumpLine(sb *strings.Builder, f *Fragment, depth int) {
	for i := 0; i < depth; i++ {
		sb.WriteString("  ")
	}
	switch f.Kind {
	case ViewportFragment:
		sb.WriteString("Viewport")
	case LineFragment:
		sb.WriteString("Line")
	case TextFragment:
		if f.Marker {
			sb.WriteString("Marker ")
		} else {
			sb.WriteString("Text ")
		}
		text := ""
		if f.Text != nil {
			text = f.Text.Text
		}
		sb.WriteString(strconv.Quote(text))
	case InlineFragment:
		sb.WriteString("Inline")
		writeElement(sb, f)
	case ImageFragment:
		sb.WriteString("Image")
		writeElement(sb, f)
	default:
		if f.Node != nil && f.Style.Display.IsInlineLevel() {
			sb.WriteString("InlineBlock")
		} else {
			sb.WriteString("Block")
		}
		writeElement(sb, f)
	}
	sb.WriteString(" at (")
	sb.WriteString(f.Rect.X.String())
	sb.WriteByte(',')
	sb.WriteString(f.Rect.Y.String())
	sb.WriteString(") size ")
	sb.WriteString(f.Rect.W.String())
	sb.WriteByte('x')
	sb.WriteString(f.Rect.H.String())
	sb.WriteByte('\n')
}

// writeElement writes " <tag.class#id>", " <tag.class#id::before>" or " (anonymous)".
func writeElement(sb *strings.Builder, f *Fragment) {
	n := f.Node
	if n == nil || f.Anonymous || n.Type != dom.ElementNode {
		sb.WriteString(" (anonymous)")
		return
	}
	sb.WriteString(" <")
	sb.WriteString(n.Tag)
	for _, c := range n.Classes() {
		sb.WriteByte('.')
		sb.WriteString(c)
	}
	if id := n.ID(); id != "" {
		sb.WriteByte('#')
		sb.WriteString(id)
	}
	if f.Pseudo != "" {
		sb.WriteString("::")
		sb.WriteString(f.Pseudo)
	}
	sb.WriteByte('>')
}
