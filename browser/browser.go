package browser

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"github.com/paneweb/pane/fetch"
	"github.com/paneweb/pane/layout"
)

// Viewport is the size of the page's window in CSS px.
type Viewport struct {
	Width, Height int
}

// Options configure a Browser. The zero value is ready to use: an 800×600
// viewport at scale 1, the network through package fetch's defaults, and the
// embedded fonts only.
type Options struct {
	// Viewport is the window size in CSS px; zero fields mean 800×600.
	Viewport Viewport
	// DeviceScaleFactor is the device pixel ratio used by screenshots and
	// media queries; 0 means 1.
	DeviceScaleFactor float64
	// Client loads documents and subresources; nil means a fetch.Client
	// with the defaults (http, https, data and file URLs through the default
	// transport), a cookie jar of the browser's own (fetch.CookieJar: public
	// suffix list, SameSite), an HSTS store and an HTTP memory cache, all shared
	// by its pages. Set
	// Client.Fetcher to a fetch.Mux with an FSFetcher to serve a site from an
	// fs.FS offline.
	Client *fetch.Client
	// Fonts is the font set for text; nil means the embedded defaults,
	// shared by every Browser that leaves it nil.
	Fonts *layout.FontSet
	// MaxConcurrentLoads bounds the subresource loads in flight per page; 0
	// means DefaultConcurrentLoads. (The transport separately bounds
	// connections per host.)
	MaxConcurrentLoads int
	// MaxRequests bounds the subresource requests of one page; 0 means
	// DefaultMaxRequests. Loads past it fail with a Diagnostic.
	MaxRequests int
	// MaxPageBytes bounds the bytes of all of one page's subresources
	// together (each is also capped by the Client); 0 means
	// DefaultMaxPageBytes. Resources past it are dropped with a Diagnostic.
	MaxPageBytes int64
	// PublicNetworkOnly refuses connections to loopback, private and
	// link-local addresses (checked after DNS, see fetch.PublicOnlyDialer),
	// for services that render untrusted URLs. It applies to the default
	// Client only: a caller's own Client keeps its transport.
	PublicNetworkOnly bool
	// DisableJavaScript turns scripting off: <noscript> content is then
	// parsed and shown and no script runs.
	DisableJavaScript bool
	// Scripts bound what page scripts may do (time per task, virtual time
	// and tasks while a page settles); the zero value means the defaults.
	Scripts ScriptOptions
}

// DefaultConcurrentLoads is how many subresource loads a page keeps in flight
// when Options.MaxConcurrentLoads is 0. Pages spread their resources over
// many hosts, and browsers allow six connections per host, so the page-wide
// bound is higher than six.
const DefaultConcurrentLoads = 16

// Per-page limits when Options leaves them 0.
const (
	DefaultMaxRequests        = 1000
	DefaultMaxPageBytes int64 = 256 << 20
)

// Browser opens pages. It is safe for concurrent use.
type Browser struct {
	opts   Options
	client *fetch.Client
	fonts  *layout.FontSet
	// programs caches compiled page scripts (script_cache.go).
	programs programCache
}

var defaultFonts = layout.NewFontSet()

// New returns a Browser with the given options.
func New(opts Options) *Browser {
	if opts.Viewport.Width <= 0 {
		opts.Viewport.Width = 800
	}
	if opts.Viewport.Height <= 0 {
		opts.Viewport.Height = 600
	}
	if opts.MaxRequests <= 0 {
		opts.MaxRequests = DefaultMaxRequests
	}
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = DefaultMaxPageBytes
	}
	if opts.MaxConcurrentLoads <= 0 {
		opts.MaxConcurrentLoads = DefaultConcurrentLoads
	}
	if opts.DeviceScaleFactor <= 0 {
		opts.DeviceScaleFactor = 1
	}
	b := &Browser{opts: opts, client: opts.Client, fonts: opts.Fonts}
	if b.client == nil {
		b.client = &fetch.Client{Jar: &fetch.CookieJar{}, HSTS: &fetch.HSTS{}, Cache: &fetch.Cache{}}
		if opts.PublicNetworkOnly {
			mux := fetch.NewMux()
			h := &fetch.HTTPFetcher{Transport: fetch.NewTransport(fetch.PublicOnlyDialer())}
			mux.Handle("http", h)
			mux.Handle("https", h)
			b.client.Fetcher = mux
		}
	}
	if b.fonts == nil {
		b.fonts = defaultFonts
	}
	return b
}

// Open navigates to rawURL: an http(s), file: or data: URL. It returns once
// the document and its subresources have loaded (or failed: a broken
// subresource is recorded in Page.Diagnostics, not returned as an error) and
// the page has been styled and laid out. An error means there is no document
// to show: the URL is malformed, the document could not be fetched, or ctx
// ended.
func (b *Browser) Open(ctx context.Context, rawURL string) (*Page, error) {
	u, err := fetch.ParseURL(nil, rawURL)
	if err != nil {
		return nil, fmt.Errorf("browser: open %q: %w", shortURL(rawURL), err)
	}
	p := b.newPage()
	err = p.guard(func() error { return p.navigate(ctx, u) })
	if err != nil {
		return nil, fmt.Errorf("browser: open %s: %w", shortURL(rawURL), err)
	}
	return p, nil
}

// OpenHTML renders src as if it had been loaded from baseURL (which resolves
// its relative URLs; "" means about:blank, so only absolute and data: URLs
// load). The document is parsed as HTML.
func (b *Browser) OpenHTML(ctx context.Context, src, baseURL string) (*Page, error) {
	if baseURL == "" {
		baseURL = "about:blank"
	}
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("browser: base URL %q: %w", baseURL, err)
	}
	p := b.newPage()
	err = p.guard(func() error {
		return p.load(ctx, u, []byte(src), "text/html")
	})
	if err != nil {
		return nil, fmt.Errorf("browser: open html: %w", err)
	}
	return p, nil
}

func (b *Browser) newPage() *Page {
	return &Page{b: b, viewport: b.opts.Viewport, scale: b.opts.DeviceScaleFactor, fonts: b.fonts}
}

// guard runs fn, turning a panic (a broken internal invariant in some stage)
// into an error, so that one bad page never takes down a process that
// renders many.
func (p *Page) guard(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v\n%s", r, debug.Stack())
		}
	}()
	return fn()
}

func shortURL(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}

// errNoDocument reports a navigation whose response had no body to show.
var errNoDocument = errors.New("no document")

// Timings are how long each phase of the last load or update took.
type Timings struct {
	Fetch, Parse, Subresources, Scripts, Style, Layout, Paint time.Duration
}

func (t Timings) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fetch %v parse %v subresources %v scripts %v style %v layout %v paint %v",
		t.Fetch.Round(time.Microsecond), t.Parse.Round(time.Microsecond), t.Subresources.Round(time.Microsecond),
		t.Scripts.Round(time.Microsecond),
		t.Style.Round(time.Microsecond), t.Layout.Round(time.Microsecond), t.Paint.Round(time.Microsecond))
	return b.String()
}
