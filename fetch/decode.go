package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
)

// decodeContentEncoding undoes the response's Content-Encoding (gzip,
// x-gzip, deflate, br, zstd; several codings are undone last first) when the
// transport did not, bounding the decoded body by limit bytes. It removes the
// Content-Encoding and Content-Length headers once done, as Go's transport
// does when it decompresses.
//
// https://httpwg.org/specs/rfc9110.html#field.content-encoding
//
// Unknown codings (compress) leave the body encoded, with its header.
func decodeContentEncoding(resp *Response, limit int64) error {
	ce := resp.Header.Get("Content-Encoding")
	if ce == "" || resp.Protocol == "data" || resp.Protocol == "file" || resp.Protocol == "fs" {
		return nil
	}
	codings := strings.Split(ce, ",")
	body := resp.Body
	for i := len(codings) - 1; i >= 0; i-- {
		coding := strings.ToLower(strings.TrimSpace(codings[i]))
		var err error
		switch coding {
		case "identity", "":
			continue
		case "gzip", "x-gzip":
			body, err = gunzip(body, limit)
		case "deflate":
			body, err = inflate(body, limit)
		case "br":
			// https://www.rfc-editor.org/rfc/rfc7932
			body, err = readLimited(brotli.NewReader(bytes.NewReader(body)), limit, -1)
		case "zstd":
			body, err = unzstd(body, limit)
		default:
			return nil // TODO(spec): compress (LZW) is left encoded.
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return tooLarge(resp.URL, limit)
			}
			return fmt.Errorf("fetch %s: Content-Encoding %s: %w", shortURL(resp.URL), coding, err)
		}
	}
	resp.Body = body
	resp.Header.Del("Content-Encoding")
	resp.Header.Del("Content-Length")
	if resp.MediaType == "" || resp.Header.Get("Content-Type") == "" {
		setMediaType(resp)
	}
	return nil
}

// unzstd decodes Zstandard (RFC 8878), with the decoder's window memory
// bounded as well as its output.
func unzstd(b []byte, limit int64) ([]byte, error) {
	zr, err := zstd.NewReader(bytes.NewReader(b), zstd.WithDecoderMaxMemory(uint64(limit)), zstd.WithDecoderConcurrency(1))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out, err := readLimited(zr, limit, -1)
	if errors.Is(err, zstd.ErrWindowSizeExceeded) || errors.Is(err, zstd.ErrDecoderSizeExceeded) {
		// A window larger than the body limit can only hold a larger body.
		err = ErrTooLarge
	}
	return out, err
}

func gunzip(b []byte, limit int64) ([]byte, error) {
	if len(b) == 0 {
		return b, nil // AD-HOC: an empty gzip body (HEAD, 204) is empty.
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return readLimited(zr, limit, -1)
}

// inflate decodes HTTP "deflate", which is the zlib format (RFC 1950); some
// servers send raw DEFLATE (RFC 1951) instead, which browsers accept too.
func inflate(b []byte, limit int64) ([]byte, error) {
	if len(b) == 0 {
		return b, nil
	}
	if zr, err := zlib.NewReader(bytes.NewReader(b)); err == nil {
		out, err := readLimited(zr, limit, -1)
		zr.Close()
		if err == nil || errors.Is(err, ErrTooLarge) {
			return out, err
		}
	}
	fr := flate.NewReader(bytes.NewReader(b))
	defer fr.Close()
	return readLimited(fr, limit, -1)
}

// DecodeHTML converts an HTML document's bytes to UTF-8 with the HTML
// standard's encoding sniffing, and returns the canonical name of the
// encoding used ("utf-8", "windows-1252", "shift_jis", ...). contentType is
// the Content-Type header value ("" if none). A leading byte order mark is
// removed. When body is already valid UTF-8 in a UTF-8 encoding it is
// returned without copying.
//
// https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding
func DecodeHTML(body []byte, contentType string) (utf8Body []byte, charsetName string) {
	enc, name := sniffHTMLEncoding(body, contentType)
	return decodeWith(enc, name, body), name
}

// sniffHTMLEncoding runs the encoding sniffing algorithm's steps: BOM, the
// transport layer's charset, the <meta> prescan, then a default.
//
// TODO(spec): the user's override, the parent browsing context's encoding,
// the locale-dependent default (windows-1252 always here) and "change the encoding" when the parser meets a <meta charset> after
// the first 1024 bytes (the dom parser's part) are not done.
func sniffHTMLEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	// The BOM sniff, then the encoding from the transport layer.
	if enc, name := bomEncoding(body); enc != nil {
		return enc, name
	}
	if _, cs := contentType2(contentType); cs != "" {
		if enc, name := charset.Lookup(cs); enc != nil {
			return enc, name
		}
	}
	// The prescan of the first 1024 bytes, then (AD-HOC, as x/net does
	// and browsers' autodetection often does) UTF-8 when the first 1024 bytes
	// are valid UTF-8 with non-ASCII bytes, else windows-1252.
	enc, name, _ := charset.DetermineEncoding(prescanInput(body), "")
	// The prescan turns a declared "x-user-defined" into windows-1252:
	// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
	if name == "x-user-defined" {
		return charset.Lookup("windows-1252")
	}
	return enc, name
}

// prescanInput returns the first 1024 bytes of body for
// charset.DetermineEncoding, with an incomplete trailing UTF-8 sequence
// removed and a space appended: DetermineEncoding's own trimming also drops a
// complete multi-byte character at the end, so that a short UTF-8 document
// ending in "é" would be taken for windows-1252.
func prescanInput(body []byte) []byte {
	const n = 1024
	b := body[:min(len(body), n-1)]
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				b = b[:i]
			}
			break
		}
	}
	out := make([]byte, len(b), len(b)+1)
	copy(out, b)
	return append(out, ' ')
}

// contentType2 is contentType for a header value that may be empty.
func contentType2(v string) (string, string) {
	if v == "" {
		return "", ""
	}
	return contentType(v)
}

// bomEncoding returns the encoding named by a byte order mark at the start of
// b, or nil.
//
// https://encoding.spec.whatwg.org/#bom-sniff
func bomEncoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return charset.Lookup("utf-8")
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return charset.Lookup("utf-16be")
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return charset.Lookup("utf-16le")
	}
	return nil, ""
}

// decodeWith decodes b with enc after removing a byte order mark, with a fast
// path for valid UTF-8.
//
// https://encoding.spec.whatwg.org/#decode
func decodeWith(enc encoding.Encoding, name string, b []byte) []byte {
	if bomEnc, bomName := bomEncoding(b); bomEnc != nil {
		enc, name = bomEnc, bomName
		if name == "utf-8" {
			b = b[3:]
		} else {
			b = b[2:]
		}
	}
	if name == "utf-8" && utf8.Valid(b) {
		return b
	}
	if enc == nil || enc == encoding.Nop {
		enc, _ = charset.Lookup("utf-8") // replaces invalid bytes with U+FFFD
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		// Decoders replace malformed input rather than fail; this is a
		// transform failure such as running out of memory.
		return bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	return out
}

// DecodeCSS converts a style sheet's bytes to UTF-8. contentType is the
// Content-Type header value ("" if none); fallback is the referring
// document's encoding label ("" if none). A byte order mark wins over all of
// them and is removed.
//
// https://drafts.csswg.org/css-syntax/#input-byte-stream
func DecodeCSS(body []byte, contentType, fallback string) []byte {
	enc, name := cssFallbackEncoding(body, contentType, fallback)
	return decodeWith(enc, name, body)
}

// cssFallbackEncoding determines the fallback encoding of a style sheet.
//
// https://drafts.csswg.org/css-syntax/#determine-the-fallback-encoding
func cssFallbackEncoding(body []byte, contentType, fallback string) (encoding.Encoding, string) {
	// 1. If HTTP or equivalent protocol provides an encoding label (e.g. via
	// the charset parameter of the Content-Type header) for the stylesheet,
	// get an encoding from encoding label. If that does not return failure,
	// return it.
	if _, cs := contentType2(contentType); cs != "" {
		if enc, name := charset.Lookup(cs); enc != nil {
			return enc, name
		}
	}
	// 2. Otherwise, check stylesheet's byte stream. If the first 1024 bytes
	// of the stream begin with the hex sequence 40 63 68 61 72 73 65 74 20 22
	// XX* 22 3B (`@charset "…";`), where each XX byte is a value other than
	// 0x22, get an encoding from the label made of the XX bytes. If the
	// return value was utf-16be or utf-16le, return utf-8; if it was
	// anything else except failure, return it.
	if label, ok := atCharsetLabel(body); ok {
		if enc, name := charset.Lookup(label); enc != nil {
			if name == "utf-16be" || name == "utf-16le" {
				return charset.Lookup("utf-8")
			}
			return enc, name
		}
	}
	// 3. Otherwise, if an environment encoding is provided by the referring
	// document, return it.
	if fallback != "" {
		if enc, name := charset.Lookup(fallback); enc != nil {
			return enc, name
		}
	}
	// 4. Otherwise, return utf-8.
	return charset.Lookup("utf-8")
}

// atCharsetLabel returns the label of a leading `@charset "label";` rule
// within the first 1024 bytes.
func atCharsetLabel(b []byte) (string, bool) {
	const prefix = `@charset "`
	if len(b) > 1024 {
		b = b[:1024]
	}
	if !bytes.HasPrefix(b, []byte(prefix)) {
		return "", false
	}
	rest := b[len(prefix):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || end+1 >= len(rest) || rest[end+1] != ';' {
		return "", false
	}
	return string(rest[:end]), true
}
