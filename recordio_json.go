package incident

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// This file holds the JSON reader of the JSON Lines format: a strict RFC 8259 parser that
// flattens one object into fields in a single pass, without building a tree. Nested objects
// give dotted keys ("location.country"); arrays put their elements under the array's key and
// join the values that share a key with "; "; numbers and booleans keep their JSON text;
// null and empty containers give an empty value. Values without escapes are slices of one
// string copy of the line, so a record costs a few allocations whatever its size.

// jsonFlattener parses one line. Its buffers are reused from line to line.
type jsonFlattener struct {
	src    string     // the line
	pos    int        // the next byte to read
	path   []byte     // the key path of the current value
	fields []RawField // the output
	err    string     // the first error, as a reject reason
	keys   map[string]string
}

// flatten parses line as one JSON object and returns its fields, or a reject reason.
func (p *jsonFlattener) flatten(line string) ([]RawField, string) {
	p.src, p.pos, p.err = line, 0, ""
	p.path = p.path[:0]
	p.fields = make([]RawField, 0, 16)
	p.space()
	if p.pos < len(p.src) && p.src[p.pos] == '[' {
		return nil, "not a JSON object but an array: JSON Lines wants one object per line"
	}
	if p.pos >= len(p.src) || p.src[p.pos] != '{' {
		return nil, "not a JSON object"
	}
	p.object(1)
	if p.err == "" {
		p.space()
		if p.pos < len(p.src) {
			p.fail("more than one JSON value on the line")
		}
	}
	if p.err != "" {
		return nil, p.err
	}
	return p.fields, ""
}

// fail records the first error.
func (p *jsonFlattener) fail(reason string) {
	if p.err == "" {
		p.err = reason
	}
}

// unexpected records a syntax error at the current byte.
func (p *jsonFlattener) unexpected(want string) {
	if p.pos >= len(p.src) {
		p.fail("incomplete JSON value")
		return
	}
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	p.fail("invalid JSON at byte " + strconv.Itoa(p.pos+1) + ": " + strconv.QuoteRune(r) + ", want " + want)
}

func (p *jsonFlattener) space() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// key returns the current path as a string, interned so that the keys of a feed, which
// repeat from line to line, are allocated once.
func (p *jsonFlattener) key() string {
	if k, ok := p.keys[string(p.path)]; ok {
		return k
	}
	k := string(p.path)
	if p.keys == nil {
		p.keys = make(map[string]string)
	}
	if len(p.keys) < 4096 {
		p.keys[k] = k
	}
	return k
}

func (p *jsonFlattener) emit(v string) {
	p.fields = append(p.fields, RawField{Key: p.key(), Value: v})
}

// object parses an object at '{'; its members go under the current path.
func (p *jsonFlattener) object(depth int) {
	if depth > maxJSONDepth {
		p.fail("nested deeper than " + strconv.Itoa(maxJSONDepth) + " levels")
		return
	}
	p.pos++ // '{'
	base := len(p.path)
	n := len(p.fields)
	p.space()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
	} else {
		for p.err == "" {
			p.space()
			if p.pos >= len(p.src) || p.src[p.pos] != '"' {
				p.unexpected("a member name")
				return
			}
			name, ok := p.str()
			if !ok {
				return
			}
			p.path = p.path[:base]
			if base > 0 {
				p.path = append(p.path, '.')
			}
			p.path = append(p.path, name...)
			p.space()
			if p.pos >= len(p.src) || p.src[p.pos] != ':' {
				p.unexpected("':'")
				return
			}
			p.pos++
			p.value(depth)
			p.space()
			if p.pos < len(p.src) && p.src[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.src) && p.src[p.pos] == '}' {
				p.pos++
				break
			}
			p.unexpected("',' or '}'")
			return
		}
	}
	p.path = p.path[:base]
	if len(p.fields) == n && base > 0 && p.err == "" {
		p.emit("") // an empty nested object is kept as an empty field
	}
}

// array parses an array at '['; its elements go under the current path, and the values that
// share a key are joined.
func (p *jsonFlattener) array(depth int) {
	if depth > maxJSONDepth {
		p.fail("nested deeper than " + strconv.Itoa(maxJSONDepth) + " levels")
		return
	}
	p.pos++ // '['
	n := len(p.fields)
	base := len(p.path)
	p.space()
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
	} else {
		for p.err == "" {
			p.path = p.path[:base]
			p.value(depth)
			p.space()
			if p.pos < len(p.src) && p.src[p.pos] == ',' {
				p.pos++
				continue
			}
			if p.pos < len(p.src) && p.src[p.pos] == ']' {
				p.pos++
				break
			}
			p.unexpected("',' or ']'")
			return
		}
	}
	p.path = p.path[:base]
	if len(p.fields) == n {
		p.emit("")
		return
	}
	p.fields = joinSameKeys(p.fields, n)
}

// value parses any value under the current path.
func (p *jsonFlattener) value(depth int) {
	p.space()
	if p.pos >= len(p.src) {
		p.unexpected("a value")
		return
	}
	switch c := p.src[p.pos]; {
	case c == '{':
		p.object(depth + 1)
	case c == '[':
		p.array(depth + 1)
	case c == '"':
		if s, ok := p.str(); ok {
			p.emit(s)
		}
	case c == '-' || ('0' <= c && c <= '9'):
		p.number()
	case c == 't':
		p.literal("true")
	case c == 'f':
		p.literal("false")
	case c == 'n':
		if p.literal("null") {
			p.fields[len(p.fields)-1].Value = ""
		}
	default:
		p.unexpected("a value")
	}
}

// literal parses true, false or null, emitting its text.
func (p *jsonFlattener) literal(word string) bool {
	if !strings.HasPrefix(p.src[p.pos:], word) {
		p.unexpected(word)
		return false
	}
	p.pos += len(word)
	p.emit(word)
	return true
}

// number parses a number (RFC 8259 grammar) and emits its text.
func (p *jsonFlattener) number() {
	start := p.pos
	s := p.src
	i := p.pos
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		p.pos = i
		p.unexpected("a digit")
		return
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || !isDigit(s[i]) {
			p.pos = i
			p.unexpected("a digit")
			return
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || !isDigit(s[i]) {
			p.pos = i
			p.unexpected("a digit")
			return
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	p.pos = i
	p.emit(s[start:i])
}

// str parses a string at '"' and returns its value: a slice of the line when it has no
// escapes and is valid UTF-8, else a decoded copy (invalid UTF-8 replaced by U+FFFD, as
// encoding/json does).
func (p *jsonFlattener) str() (string, bool) {
	s := p.src
	i := p.pos + 1
	start := i
	simple := true
	for {
		if i >= len(s) {
			p.pos = i
			p.fail("incomplete JSON value")
			return "", false
		}
		c := s[i]
		if c == '"' {
			break
		}
		if c < 0x20 {
			p.pos = i
			p.fail("invalid JSON at byte " + strconv.Itoa(i+1) + ": control character in a string")
			return "", false
		}
		if c == '\\' {
			simple = false
			i += 2
			continue
		}
		if c >= utf8.RuneSelf {
			simple = false
		}
		i++
	}
	raw := s[start:i]
	p.pos = i + 1
	if simple || (!strings.ContainsRune(raw, '\\') && utf8.ValidString(raw)) {
		return raw, true
	}
	var b strings.Builder
	b.Grow(len(raw))
	for j := 0; j < len(raw); {
		c := raw[j]
		if c != '\\' {
			r, size := utf8.DecodeRuneInString(raw[j:])
			b.WriteRune(r) // RuneError for an invalid byte
			j += size
			continue
		}
		if j+1 >= len(raw) {
			p.fail("invalid JSON: bad escape in a string")
			return "", false
		}
		esc := raw[j+1]
		j += 2
		switch esc {
		case '"', '\\', '/':
			b.WriteByte(esc)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, ok := hex4(raw, j)
			if !ok {
				p.fail("invalid JSON: bad \\u escape in a string")
				return "", false
			}
			j += 4
			if utf16.IsSurrogate(r) {
				if r2, ok := hex4(raw, j+2); ok && strings.HasPrefix(raw[j:], `\u`) {
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						j += 6
					} else {
						r = utf8.RuneError
					}
				} else {
					r = utf8.RuneError
				}
			}
			b.WriteRune(r)
		default:
			p.fail("invalid JSON: bad escape \\" + string(rune(esc)) + " in a string")
			return "", false
		}
	}
	return b.String(), true
}

// hex4 reads four hexadecimal digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
