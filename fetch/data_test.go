package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func mustParse(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatalf("url.Parse(%q): %v", s, err)
	}
	return u
}

// Cases follow the steps of https://fetch.spec.whatwg.org/#data-url-processor
// and the forgiving-base64 rules of https://infra.spec.whatwg.org/.
func TestDataURLProcessor(t *testing.T) {
	tests := []struct {
		in       string
		ok       bool
		mimeType string // serialized
		body     string
	}{
		{"data:,", true, "text/plain;charset=US-ASCII", ""},
		{"data:,Hello%2C%20World!", true, "text/plain;charset=US-ASCII", "Hello, World!"},
		{"data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==", true, "text/plain", "Hello, World!"},
		{"data:text/html,%3Ch1%3EHello%2C%20World!%3C%2Fh1%3E", true, "text/html", "<h1>Hello, World!</h1>"},
		{"data:text/html,<script>alert('hi');</script>", true, "text/html", "<script>alert('hi');</script>"},
		{"data:TEXT/HTML;CHARSET=UTF-8,x", true, "text/html;charset=UTF-8", "x"},
		{"data:;charset=utf-8,x", true, "text/plain;charset=utf-8", "x"},
		{"data:;base64,WA", true, "text/plain;charset=US-ASCII", "X"},
		{"data:;base64,WA==", true, "text/plain;charset=US-ASCII", "X"},
		{"data:;base64 ,WA", true, "text/plain;charset=US-ASCII", "X"},   // trailing space before "," is stripped
		{"data:;  base64,WA", true, "text/plain;charset=US-ASCII", "X"},  // spaces after ";"
		{"data:;BASE64,WA", true, "text/plain;charset=US-ASCII", "X"},    // case-insensitive
		{"data:base64,WA", true, "text/plain;charset=US-ASCII", "WA"},    // no ";": not base64, "base64" is no MIME type
		{"data:text/plain;base64;x=y,WA", true, "text/plain;x=y", "WA"},  // base64 not last: a parameter-less name, ignored
		{"data:;base64,W%20A", true, "text/plain;charset=US-ASCII", "X"}, // whitespace inside base64 removed
		{"data:;base64,W%0CA", true, "text/plain;charset=US-ASCII", "X"},
		{"data:;base64,WA=", false, "", ""}, // length 3 with "=": not stripped, "=" invalid
		{"data:;base64,W", false, "", ""},   // remainder 1
		{"data:;base64,W===", false, "", ""},
		{"data:;base64,ab-c", false, "", ""}, // "-" is not base64
		{"data:;base64,YQ", true, "text/plain;charset=US-ASCII", "a"},
		{"data:;base64,YR", true, "text/plain;charset=US-ASCII", "a"}, // trailing bits discarded
		{"data:text/plain", false, "", ""},                            // no comma
		{"data:x/x;a=b;a=c,", true, "x/x;a=b", ""},                    // first parameter wins
		{"data:x/x;a=\"b;c\",", true, "x/x;a=\"b;c\"", ""},
		{"data:x/x;charset=\"a\\\"b\",", true, "x/x;charset=\"a\\\"b\"", ""},
		{"data:text/plain ;x=y,", true, "text/plain;x=y", ""},
		{"data:/plain,a", true, "text/plain;charset=US-ASCII", "a"}, // invalid type: default
		{"data:text/,a", true, "text/plain;charset=US-ASCII", "a"},
		{"data:text/html,a#frag", true, "text/html", "a"}, // fragment excluded
		{"data:,a?b", true, "text/plain;charset=US-ASCII", "a?b"},
		{"data:,%ZZ%4", true, "text/plain;charset=US-ASCII", "%ZZ%4"},
		{"data:,%e2%82%ac", true, "text/plain;charset=US-ASCII", "€"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			mt, body, ok := processDataURL(mustParse(t, tt.in))
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if got := mt.String(); got != tt.mimeType {
				t.Errorf("MIME type = %q, want %q", got, tt.mimeType)
			}
			if string(body) != tt.body {
				t.Errorf("body = %q, want %q", body, tt.body)
			}
		})
	}
}

func TestDataFetcher(t *testing.T) {
	ctx := context.Background()
	resp, err := DataFetcher{}.Fetch(ctx, &Request{URL: mustParse(t, "data:text/css;charset=UTF-8,p%7Bcolor:red%7D")})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Status != http.StatusOK || !resp.OK() || resp.Protocol != "data" {
		t.Errorf("status %d protocol %q", resp.Status, resp.Protocol)
	}
	if resp.MediaType != "text/css" || resp.Charset != "utf-8" || string(resp.Body) != "p{color:red}" {
		t.Errorf("got %q %q %q", resp.MediaType, resp.Charset, resp.Body)
	}
	if _, err := (DataFetcher{}).Fetch(ctx, &Request{URL: mustParse(t, "data:;base64,%%%")}); err == nil {
		t.Error("malformed base64: no error")
	}
	big := "data:," + strings.Repeat("a", 100)
	_, err = DataFetcher{}.Fetch(ctx, &Request{URL: mustParse(t, big), MaxBodyBytes: 10})
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("over limit: err = %v, want ErrTooLarge", err)
	}
	if _, err := (DataFetcher{}).Fetch(ctx, &Request{URL: mustParse(t, "http://x/")}); !errors.Is(err, ErrBadRequest) {
		t.Errorf("http URL: err = %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := (DataFetcher{}).Fetch(cctx, &Request{URL: mustParse(t, "data:,x")}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: err = %v", err)
	}
}

// https://mimesniff.spec.whatwg.org/#parse-a-mime-type
func TestParseMIMEType(t *testing.T) {
	tests := []struct {
		in, want string // want "" for failure
	}{
		{"text/html", "text/html"},
		{" Text/HTML ; Charset=\"UTF-8\" ", "text/html;charset=UTF-8"},
		{"text/html;charset=gbk;charset=utf-8", "text/html;charset=gbk"},
		{"text/html;;;charset=gbk", "text/html;charset=gbk"},
		{"text/html;charset=", "text/html"},
		{"text/html;charset", "text/html"},
		{"text/html;charset=\"\"", "text/html;charset=\"\""},
		{"text/html;charset=\"gbk", "text/html;charset=gbk"},
		{"text/html;charset=\"gbk\"x;a=b", "text/html;charset=gbk;a=b"},
		{"text/html;char set=gbk", "text/html"},
		{"text/html;a=b c", "text/html;a=\"b c\""},
		{"text", ""},
		{"/html", ""},
		{"text/", ""},
		{"te xt/html", ""},
		{"text/ht ml", ""},
		{"", ""},
		{"*/*", "*/*"},
	}
	for _, tt := range tests {
		m, ok := parseMIMEType(tt.in)
		got := ""
		if ok {
			got = m.String()
		}
		if got != tt.want {
			t.Errorf("parseMIMEType(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDestinationString(t *testing.T) {
	want := map[Destination]string{
		DestinationOther: "other", DestinationDocument: "document", DestinationStyle: "style",
		DestinationScript: "script", DestinationImage: "image", DestinationFont: "font", 42: "Destination(42)",
	}
	for d, s := range want {
		if d.String() != s {
			t.Errorf("%d.String() = %q, want %q", d, d.String(), s)
		}
	}
}
