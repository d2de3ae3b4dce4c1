package browser

import (
	"context"
	"fmt"
	"image"

	"github.com/paneweb/pane/cssom"
	"github.com/paneweb/pane/layout"
	"github.com/paneweb/pane/paint"
)

// MaxScreenshotPixels bounds a screenshot's area in device pixels, so that a
// full-page shot of an endless page cannot exhaust memory: 16384 × 16384,
// the texture limit browsers apply to captures. Taller shots are cut at the
// bottom.
const MaxScreenshotPixels = 16384 * 16384

// ScreenshotOptions say what part of the page to capture and how.
type ScreenshotOptions struct {
	// FullPage captures the whole page height instead of the viewport.
	FullPage bool
	// Scale overrides the browser's device scale factor when > 0.
	Scale float64
	// Transparent leaves the canvas transparent where the page paints no
	// background, instead of white.
	Transparent bool
	// Clip, when set, captures this rectangle of the page (CSS px, page
	// coordinates) instead of the viewport; FullPage is then ignored.
	Clip *layout.Rect
}

// Screenshot renders the page into a new image: the viewport, or with
// FullPage the viewport's width by the page's height. Its size in device
// pixels is the CSS size times the scale, rounded up.
func (p *Page) Screenshot(ctx context.Context, opts ScreenshotOptions) (*image.RGBA, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var img *image.RGBA
	err := p.guard(func() error {
		if err := p.update(ctx); err != nil {
			return err
		}
		scale := opts.Scale
		if scale <= 0 {
			scale = p.scale
		}
		var x, y cssom.Fixed
		w, h := cssom.Int(p.viewport.Width), cssom.Int(p.viewport.Height)
		switch {
		case opts.Clip != nil:
			x, y, w, h = opts.Clip.X, opts.Clip.Y, opts.Clip.W, opts.Clip.H
		case opts.FullPage && p.root.Rect.H > h:
			h = p.root.Rect.H
		}
		dw := w.MulFloat(scale).Ceil()
		dh := h.MulFloat(scale).Ceil()
		if dw <= 0 || dh <= 0 {
			return fmt.Errorf("screenshot: empty size %dx%d", dw, dh)
		}
		if int64(dw)*int64(dh) > MaxScreenshotPixels {
			dh = MaxScreenshotPixels / dw
		}
		img = image.NewRGBA(image.Rect(0, 0, dw, dh))
		if err := ctx.Err(); err != nil {
			return err
		}
		p.list.Raster(img, paint.RasterOptions{Scale: scale, X: x, Y: y, Transparent: opts.Transparent})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("browser: screenshot: %w", err)
	}
	return img, nil
}

// ScreenshotElement captures the border box of the first element matching
// selector (the union of its boxes when it is split across lines), as
// browsers' element screenshots do. It fails when nothing matches or the
// element has no box (display: none).
func (p *Page) ScreenshotElement(ctx context.Context, selector string, opts ScreenshotOptions) (*image.RGBA, error) {
	p.mu.Lock()
	var (
		r   layout.Rect
		err error
	)
	err = p.guard(func() error {
		if err := p.update(ctx); err != nil {
			return err
		}
		el, err := p.doc.QuerySelector(selector)
		if err != nil {
			return err
		}
		if el == nil {
			return fmt.Errorf("no element matches %q", selector)
		}
		frags := elementFragments(p.root, el)
		if len(frags) == 0 {
			return fmt.Errorf("%q has no box", selector)
		}
		r = frags[0].Rect
		for _, f := range frags[1:] {
			r = unionRect(r, f.Rect)
		}
		return nil
	})
	p.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("browser: screenshot element: %w", err)
	}
	opts.Clip = &r
	return p.Screenshot(ctx, opts)
}
