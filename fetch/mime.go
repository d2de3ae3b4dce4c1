package fetch

import (
	"net/http"
	"path"
	"strings"
)

// mimeType is a parsed MIME type record.
//
// https://mimesniff.spec.whatwg.org/#mime-type-representation
type mimeType struct {
	typ, subtype string
	params       []mimeParam // in insertion order, names unique and lower case
}

// mimeParam is one parameter of a MIME type.
type mimeParam struct{ name, value string }

// essence returns "type/subtype".
//
// https://mimesniff.spec.whatwg.org/#mime-type-essence
func (m *mimeType) essence() string { return m.typ + "/" + m.subtype }

// param returns the value of the named (lower-case) parameter.
func (m *mimeType) param(name string) (string, bool) {
	for _, p := range m.params {
		if p.name == name {
			return p.value, true
		}
	}
	return "", false
}

// String serializes the MIME type.
//
// https://mimesniff.spec.whatwg.org/#serialize-a-mime-type
func (m *mimeType) String() string {
	var b strings.Builder
	b.WriteString(m.essence())
	for _, p := range m.params {
		b.WriteByte(';')
		b.WriteString(p.name)
		b.WriteByte('=')
		if p.value == "" || !allTokens(p.value) {
			b.WriteByte('"')
			for i := 0; i < len(p.value); i++ {
				if c := p.value[i]; c == '"' || c == '\\' {
					b.WriteByte('\\')
				}
				b.WriteByte(p.value[i])
			}
			b.WriteByte('"')
		} else {
			b.WriteString(p.value)
		}
	}
	return b.String()
}

// isHTTPWhitespace reports U+000A LF, U+000D CR, U+0009 TAB or U+0020 SPACE.
//
// https://fetch.spec.whatwg.org/#http-whitespace
func isHTTPWhitespace(c byte) bool { return c == '\n' || c == '\r' || c == '\t' || c == ' ' }

// isTokenByte reports an HTTP token code point.
//
// https://mimesniff.spec.whatwg.org/#http-token-code-point
func isTokenByte(c byte) bool {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// allTokens reports whether s is non-empty and made of HTTP token code points.
func allTokens(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isTokenByte(s[i]) {
			return false
		}
	}
	return true
}

// allQuotedStringTokens reports whether s is made only of HTTP quoted-string
// token code points (U+0009, U+0020-U+007E, U+0080-U+00FF). s is the
// isomorphic encoding of the value, so bytes stand for code points.
//
// https://mimesniff.spec.whatwg.org/#http-quoted-string-token-code-point
func allQuotedStringTokens(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\t' && (c < 0x20 || c == 0x7f) {
			return false
		}
	}
	return true
}

func trimHTTPWhitespace(s string) string {
	i, j := 0, len(s)
	for i < j && isHTTPWhitespace(s[i]) {
		i++
	}
	for j > i && isHTTPWhitespace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// parseMIMEType parses s; ok is false on failure. s is taken as an
// isomorphic string (one byte per code point), as header values are.
//
// https://mimesniff.spec.whatwg.org/#parse-a-mime-type
func parseMIMEType(s string) (m mimeType, ok bool) {
	// 1. Remove any leading and trailing HTTP whitespace from input.
	s = trimHTTPWhitespace(s)
	// 3-4. Let type be the result of collecting a sequence of code points
	// that are not U+002F (/). If type is empty or does not solely contain
	// HTTP token code points, then return failure.
	slash := strings.IndexByte(s, '/')
	// 5. If position is past the end of input, then return failure.
	if slash < 0 || !allTokens(s[:slash]) {
		return m, false
	}
	rest := s[slash+1:]
	// 7-9. Let subtype be the code points up to ";", with trailing HTTP
	// whitespace removed; it must be non-empty HTTP token code points.
	semi := strings.IndexByte(rest, ';')
	if semi < 0 {
		semi = len(rest)
	}
	sub := strings.TrimRight(rest[:semi], "\n\r\t ")
	if !allTokens(sub) {
		return m, false
	}
	// 10. Let mimeType be a new MIME type record whose type is type, in ASCII
	// lowercase, and subtype is subtype, in ASCII lowercase.
	m.typ, m.subtype = strings.ToLower(s[:slash]), strings.ToLower(sub)
	m.params = parseMIMEParams(rest[semi:], nil)
	return m, true
}

// parseMIMEParams runs step 11 of "parse a MIME type" on rest, which is empty
// or starts with ";", appending to params.
//
// https://mimesniff.spec.whatwg.org/#parse-a-mime-type
func parseMIMEParams(rest string, params []mimeParam) []mimeParam {
	pos := 0
	// 11. While position is not past the end of input:
	for pos < len(rest) {
		// 11.1. Advance position by 1. (This skips past U+003B (;).)
		pos++
		// 11.2. Collect a sequence of code points that are HTTP whitespace.
		for pos < len(rest) && isHTTPWhitespace(rest[pos]) {
			pos++
		}
		// 11.3. Let parameterName be the code points not ";" or "=".
		start := pos
		for pos < len(rest) && rest[pos] != ';' && rest[pos] != '=' {
			pos++
		}
		// 11.4. Set parameterName to parameterName, in ASCII lowercase.
		name := strings.ToLower(rest[start:pos])
		// 11.5. If position is not past the end of input: if the code point
		// is ";", continue; otherwise advance position by 1 (past "=").
		if pos < len(rest) {
			if rest[pos] == ';' {
				continue
			}
			pos++
		}
		// 11.6. If position is past the end of input, then break.
		if pos >= len(rest) {
			break
		}
		var value string
		if rest[pos] == '"' {
			// 11.8. Collect an HTTP quoted string with extract-value, then
			// collect code points that are not ";" (discarded).
			value, pos = collectQuotedString(rest, pos)
			for pos < len(rest) && rest[pos] != ';' {
				pos++
			}
		} else {
			// 11.9. Collect code points that are not ";", remove trailing
			// HTTP whitespace; if empty, continue.
			start = pos
			for pos < len(rest) && rest[pos] != ';' {
				pos++
			}
			value = strings.TrimRight(rest[start:pos], "\n\r\t ")
			if value == "" {
				continue
			}
		}
		// 11.10. If parameterName is non-empty, solely HTTP token code points,
		// parameterValue solely HTTP quoted-string token code points, and
		// the parameters do not already contain parameterName, set it.
		if allTokens(name) && allQuotedStringTokens(value) && !hasParam(params, name) {
			params = append(params, mimeParam{name, value})
		}
	}
	return params
}

func hasParam(params []mimeParam, name string) bool {
	for _, p := range params {
		if p.name == name {
			return true
		}
	}
	return false
}

// collectQuotedString collects an HTTP quoted string starting at the '"' at
// s[pos], with extract-value set, and returns the value and the new position.
//
// https://fetch.spec.whatwg.org/#collect-an-http-quoted-string
func collectQuotedString(s string, pos int) (string, int) {
	var b strings.Builder
	pos++ // the opening quote
	for pos < len(s) {
		c := s[pos]
		pos++
		switch c {
		case '\\':
			if pos >= len(s) {
				b.WriteByte('\\')
				return b.String(), pos
			}
			b.WriteByte(s[pos])
			pos++
		case '"':
			return b.String(), pos
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), pos
}

// contentType splits a Content-Type header value into its essence and lower
// case charset. It returns "" for an absent or invalid value.
func contentType(v string) (mediaType, charset string) {
	m, ok := parseMIMEType(v)
	if !ok {
		return "", ""
	}
	cs, _ := m.param("charset")
	return m.essence(), strings.ToLower(cs)
}

// setMediaType fills r.MediaType and r.Charset from Content-Type, sniffing
// the body when Content-Type is absent or invalid.
//
// TODO(spec): the full MIME Sniffing standard (rules per destination, the
// X-Content-Type-Options: nosniff check); http.DetectContentType implements
// most of its "identify an unknown MIME type" table.
func setMediaType(r *Response) {
	r.MediaType, r.Charset = contentType(r.Header.Get("Content-Type"))
	if r.MediaType == "" && len(r.Body) > 0 {
		r.MediaType, _ = contentType(http.DetectContentType(r.Body))
	}
}

// extensionTypes maps file name extensions to media types for file: and fs
// origins. The table is ours so that results do not depend on the system's
// mime.types.
var extensionTypes = map[string]string{
	".html":  "text/html",
	".htm":   "text/html",
	".xht":   "application/xhtml+xml",
	".xhtml": "application/xhtml+xml",
	".xml":   "application/xml",
	".svg":   "image/svg+xml",
	".css":   "text/css",
	".js":    "text/javascript",
	".mjs":   "text/javascript",
	".json":  "application/json",
	".txt":   "text/plain",
	".png":   "image/png",
	".jpg":   "image/jpeg",
	".jpeg":  "image/jpeg",
	".gif":   "image/gif",
	".webp":  "image/webp",
	".bmp":   "image/bmp",
	".ico":   "image/x-icon",
	".avif":  "image/avif",
	".woff":  "font/woff",
	".woff2": "font/woff2",
	".ttf":   "font/ttf",
	".otf":   "font/otf",
}

// mediaTypeForFile returns the media type for a file name, from its
// extension, or by sniffing body with http.DetectContentType. No charset is
// guessed: file systems carry none, so DecodeHTML's prescan decides.
func mediaTypeForFile(name string, body []byte) string {
	if t, ok := extensionTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	mt, _ := contentType(http.DetectContentType(body))
	return mt
}
