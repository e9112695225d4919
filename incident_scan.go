package incident

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// This file holds the reader behind Incident.UnmarshalJSON: a hand-written scanner of the
// package's own JSON form into the wire struct incidentJSON, in one pass, with no reflection.
// It accepts and rejects what encoding/json would when decoding into incidentJSON (its fuzz
// test checks that the two agree): strict RFC 8259 syntax; member names matched exactly, or
// else case-insensitively as encoding/json folds them; unknown members skipped (but still
// checked); null leaves a string or a repeated member as it was and sets a list to nil; a
// value of the wrong type is an error; invalid UTF-8 and lone surrogates in strings become
// U+FFFD; a repeated list member reuses the elements of the earlier one, as encoding/json
// does. Strings without escapes are slices of one copy of the input, so an incident costs a
// few allocations whatever its size.

// maxScanDepth is the nesting limit of the scanner, that of encoding/json.
const maxScanDepth = 10000

// jsonError is a syntax error, or a value of the wrong type, in JSON input. It wraps
// ErrInvalid.
type jsonError struct {
	off int // the byte offset (0-based) where the error was found
	msg string
}

func (e *jsonError) Error() string {
	return "incident: invalid JSON at byte " + strconv.Itoa(e.off+1) + ": " + e.msg
}

func (e *jsonError) Unwrap() error { return ErrInvalid }

// wireScanner reads one JSON document.
type wireScanner struct {
	src   string
	pos   int
	err   *jsonError
	depth int
	buf   []byte // for unescaping
}

// fail records the first error at the current position.
func (s *wireScanner) fail(msg string) {
	if s.err == nil {
		s.err = &jsonError{off: s.pos, msg: msg}
	}
}

// unexpected records a syntax error at the current byte.
func (s *wireScanner) unexpected(want string) {
	if s.pos >= len(s.src) {
		s.fail("unexpected end of input, want " + want)
		return
	}
	r, _ := utf8.DecodeRuneInString(s.src[s.pos:])
	s.fail(strconv.QuoteRune(r) + ", want " + want)
}

func (s *wireScanner) space() {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// peek skips spaces and returns the next byte, 0 at the end.
func (s *wireScanner) peek() byte {
	s.space()
	if s.pos >= len(s.src) {
		return 0
	}
	return s.src[s.pos]
}

// literal consumes the literal lit (true, false, null).
func (s *wireScanner) literal(lit string) {
	if strings.HasPrefix(s.src[s.pos:], lit) {
		s.pos += len(lit)
		return
	}
	s.unexpected("a JSON value")
	s.pos = len(s.src)
}

// typeError records a value of the wrong type and skips it.
func (s *wireScanner) typeError(want string) {
	start := s.pos
	s.skip()
	if s.err == nil {
		s.err = &jsonError{off: start, msg: "a JSON " + s.kindAt(start) + " where " + want + " is wanted"}
	}
}

// kindAt names the kind of the value that starts at i.
func (s *wireScanner) kindAt(i int) string {
	switch s.src[i] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	}
	return "number"
}

// object reads an object, calling member with the name of each member; member must read
// the value. A null object calls nothing. Any other value is a type error.
func (s *wireScanner) object(want string, member func(name string)) {
	switch s.peek() {
	case 'n':
		s.literal("null")
		return
	case '{':
	case '[', '"', 't', 'f', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		s.typeError(want)
		return
	default:
		s.unexpected("a JSON value")
		return
	}
	if s.depth++; s.depth > maxScanDepth {
		s.fail("nested too deep")
		return
	}
	s.pos++
	if s.peek() == '}' {
		s.pos++
		s.depth--
		return
	}
	for s.err == nil {
		if s.peek() != '"' {
			s.unexpected("a member name")
			return
		}
		name, ok := s.str()
		if !ok {
			return
		}
		if s.peek() != ':' {
			s.unexpected("':'")
			return
		}
		s.pos++
		member(name)
		if s.err != nil {
			return
		}
		switch s.peek() {
		case ',':
			s.pos++
			continue
		case '}':
			s.pos++
			s.depth--
			return
		}
		s.unexpected("',' or '}'")
	}
}

// array reads an array, calling elem with the index of each element; elem must read it. It
// returns false when the value is null, true otherwise; any other value is a type error.
func (s *wireScanner) array(want string, elem func(i int)) bool {
	switch s.peek() {
	case 'n':
		s.literal("null")
		return false
	case '[':
	case '{', '"', 't', 'f', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		s.typeError(want)
		return true
	default:
		s.unexpected("a JSON value")
		return true
	}
	if s.depth++; s.depth > maxScanDepth {
		s.fail("nested too deep")
		return true
	}
	s.pos++
	if s.peek() == ']' {
		s.pos++
		s.depth--
		return true
	}
	for i := 0; s.err == nil; i++ {
		elem(i)
		if s.err != nil {
			return true
		}
		switch s.peek() {
		case ',':
			s.pos++
			continue
		case ']':
			s.pos++
			s.depth--
			return true
		}
		s.unexpected("',' or ']'")
	}
	return true
}

// stringInto reads a string into dst; null leaves dst as it is.
func (s *wireScanner) stringInto(dst *string) {
	switch s.peek() {
	case '"':
		if v, ok := s.str(); ok {
			*dst = v
		}
	case 'n':
		s.literal("null")
	case '{', '[', 't', 'f', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		s.typeError("a string")
	default:
		s.unexpected("a JSON value")
	}
}

// intInto reads an integer into *dst, allocating it; null sets it to nil.
func (s *wireScanner) intInto(dst **int) {
	switch c := s.peek(); {
	case c == 'n':
		s.literal("null")
		*dst = nil
	case c == '-' || c >= '0' && c <= '9':
		start := s.pos
		s.number()
		if s.err != nil {
			return
		}
		n, err := strconv.ParseInt(s.src[start:s.pos], 10, 0)
		if err != nil {
			s.err = &jsonError{off: start, msg: "the number " + s.src[start:s.pos] + " where an integer is wanted"}
			return
		}
		v := int(n)
		*dst = &v
	case c == '{' || c == '[' || c == '"' || c == 't' || c == 'f':
		s.typeError("an integer")
	default:
		s.unexpected("a JSON value")
	}
}

// reuse returns dst with length i+1, keeping the element at i when dst's capacity holds it
// (encoding/json decodes a repeated member into the elements of the earlier one).
func reuse[T any](dst []T, i int) []T {
	if i < cap(dst) {
		return dst[:i+1]
	}
	var zero T
	return append(dst[:i], zero)
}

// list reads a list into *dst, each element by one: null sets it to nil, [] to an empty
// list.
func list[T any](s *wireScanner, dst *[]T, want string, one func(*T)) {
	v := (*dst)[:0]
	if v == nil {
		v = []T{}
	}
	if !s.array(want, func(i int) {
		v = reuse(v, i)
		one(&v[i])
	}) {
		*dst = nil
		return
	}
	if s.err == nil {
		*dst = v
	}
}

// strings reads a list of strings into *dst.
func (s *wireScanner) strings(dst *[]string) {
	list(s, dst, "a list of strings", s.stringInto)
}

// str reads a string at '"' and returns its value.
func (s *wireScanner) str() (string, bool) {
	s.pos++ // '"'
	start := s.pos
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '"':
			v := s.src[start:s.pos]
			s.pos++
			return v, true
		case c == '\\':
			return s.escaped(start)
		case c < 0x20:
			s.fail("control character in a string")
			return "", false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s.src[s.pos:])
			if r == utf8.RuneError && size == 1 {
				return s.escaped(start)
			}
			s.pos += size
		default:
			s.pos++
		}
	}
	s.fail("unterminated string")
	return "", false
}

// escaped reads the rest of a string that needs unescaping (or invalid UTF-8 replaced),
// from its first byte at start.
func (s *wireScanner) escaped(start int) (string, bool) {
	b := append(s.buf[:0], s.src[start:s.pos]...)
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		switch {
		case c == '"':
			s.pos++
			s.buf = b
			return string(b), true
		case c < 0x20:
			s.fail("control character in a string")
			return "", false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s.src[s.pos:])
			b = utf8.AppendRune(b, r) // RuneError for a bad byte, as encoding/json
			s.pos += size
		case c != '\\':
			b = append(b, c)
			s.pos++
		default:
			if s.pos+1 >= len(s.src) {
				s.pos = len(s.src)
				s.fail("unterminated string")
				return "", false
			}
			e := s.src[s.pos+1]
			s.pos += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := s.hex4()
				if !ok {
					return "", false
				}
				if utf16.IsSurrogate(r) {
					r2, ok2 := s.peekHex4()
					if dec := utf16.DecodeRune(r, r2); ok2 && dec != unicode.ReplacementChar {
						s.pos += 6
						r = dec
					} else {
						r = unicode.ReplacementChar
					}
				}
				b = utf8.AppendRune(b, r)
			default:
				s.pos--
				s.unexpected("an escape")
				return "", false
			}
		}
	}
	s.fail("unterminated string")
	return "", false
}

// hex4 reads the four hexadecimal digits of a \u escape.
func (s *wireScanner) hex4() (rune, bool) {
	if s.pos+4 > len(s.src) {
		s.pos = len(s.src)
		s.fail("unterminated string")
		return 0, false
	}
	r, ok := parseHex4(s.src[s.pos : s.pos+4])
	if !ok {
		s.fail("invalid \\u escape")
		return 0, false
	}
	s.pos += 4
	return r, true
}

// peekHex4 returns the rune of a \u escape that follows, if any, without reading it.
func (s *wireScanner) peekHex4() (rune, bool) {
	if s.pos+6 > len(s.src) || s.src[s.pos] != '\\' || s.src[s.pos+1] != 'u' {
		return 0, false
	}
	return parseHex4(s.src[s.pos+2 : s.pos+6])
}

func parseHex4(h string) (rune, bool) {
	var r rune
	for i := 0; i < 4; i++ {
		c := h[i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// number reads a number (RFC 8259 grammar).
func (s *wireScanner) number() {
	if s.pos < len(s.src) && s.src[s.pos] == '-' {
		s.pos++
	}
	switch {
	case s.pos < len(s.src) && s.src[s.pos] == '0':
		s.pos++
	case s.pos < len(s.src) && s.src[s.pos] >= '1' && s.src[s.pos] <= '9':
		s.digits()
	default:
		s.unexpected("a digit")
		return
	}
	if s.pos < len(s.src) && s.src[s.pos] == '.' {
		s.pos++
		if !s.digits() {
			s.unexpected("a digit")
			return
		}
	}
	if s.pos < len(s.src) && (s.src[s.pos] == 'e' || s.src[s.pos] == 'E') {
		s.pos++
		if s.pos < len(s.src) && (s.src[s.pos] == '+' || s.src[s.pos] == '-') {
			s.pos++
		}
		if !s.digits() {
			s.unexpected("a digit")
		}
	}
}

func (s *wireScanner) digits() bool {
	start := s.pos
	for s.pos < len(s.src) && s.src[s.pos] >= '0' && s.src[s.pos] <= '9' {
		s.pos++
	}
	return s.pos > start
}

// skip reads any value.
func (s *wireScanner) skip() {
	switch c := s.peek(); {
	case c == '{':
		s.object("", func(string) { s.skip() })
	case c == '[':
		s.array("", func(int) { s.skip() })
	case c == '"':
		s.str()
	case c == 't':
		s.literal("true")
	case c == 'f':
		s.literal("false")
	case c == 'n':
		s.literal("null")
	case c == '-' || c >= '0' && c <= '9':
		s.number()
	default:
		s.unexpected("a JSON value")
	}
}

// memberName returns the wire name that name stands for among names: name itself when it
// is one of them, else the one it equals after the case folding of encoding/json (ASCII
// letters and the simple folds of Unicode, so "ID" and "ſource_ids" match), else "".
func memberName(name string, names []string) string {
	for _, n := range names {
		if n == name {
			return n
		}
	}
	var buf [32]byte
	f := appendFoldedName(buf[:0], name)
	for _, n := range names {
		if len(f) == len(n) && foldedEquals(f, n) {
			return n
		}
	}
	return ""
}

// appendFoldedName appends name in the case folding of encoding/json: ASCII letters upper
// case, other runes ToUpper(ToLower(r)).
func appendFoldedName(out []byte, name string) []byte {
	for i := 0; i < len(name); {
		c := name[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(name[i:])
		out = utf8.AppendRune(out, unicode.ToUpper(unicode.ToLower(r)))
		i += n
	}
	return out
}

// foldedEquals reports whether the folded name f equals the lower-case ASCII name n.
func foldedEquals(f []byte, n string) bool {
	for i := range len(n) {
		c := n[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if f[i] != c {
			return false
		}
	}
	return true
}

// The member names of the wire structs.
var (
	incidentNames    = []string{"id", "title", "categories", "date", "countries", "actor", "confidence", "attributions", "source_ids", "problems", "summary", "stage", "places", "targets", "sources", "raw"}
	attributionNames = []string{"actor", "actor_raw", "confidence", "source_ids", "via", "claimant", "claimant_kind", "basis", "act", "confidence_raw", "score", "date"}
	placeNames       = []string{"country", "role", "region", "city"}
	targetNames      = []string{"name", "sector", "country"}
	sourceNames      = []string{"id", "url", "publisher", "language", "published"}
	problemNames     = []string{"field", "raw", "error", "kind"}
	rawRecordNames   = []string{"id", "file", "line", "fields"}
	rawFieldNames    = []string{"key", "value"}
)

// scanIncident reads data, the JSON form of an incident, into w.
func scanIncident(data string, w *incidentJSON) error {
	s := wireScanner{src: data}
	s.incident(w)
	if s.space(); s.err == nil && s.pos < len(s.src) {
		s.unexpected("the end of the input after the JSON value")
	}
	if s.err != nil {
		return s.err
	}
	return nil
}

func (s *wireScanner) incident(w *incidentJSON) {
	s.object("an incident object", func(name string) {
		switch memberName(name, incidentNames) {
		case "id":
			s.stringInto(&w.ID)
		case "title":
			s.stringInto(&w.Title)
		case "categories":
			s.strings(&w.Categories)
		case "date":
			s.stringInto(&w.Date)
		case "countries":
			s.strings(&w.Countries)
		case "actor":
			s.stringInto(&w.Actor)
		case "confidence":
			s.stringInto(&w.Confidence)
		case "attributions":
			list(s, &w.Attributions, "a list of attributions", s.attribution)
		case "source_ids":
			s.strings(&w.SourceIDs)
		case "problems":
			list(s, &w.Problems, "a list of problems", s.problem)
		case "summary":
			s.stringInto(&w.Summary)
		case "stage":
			s.stringInto(&w.Stage)
		case "places":
			list(s, &w.Places, "a list of places", s.place)
		case "targets":
			list(s, &w.Targets, "a list of targets", s.target)
		case "sources":
			list(s, &w.Sources, "a list of sources", s.source)
		case "raw":
			list(s, &w.Raw, "a list of raw records", s.rawRecord)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) attribution(a *attributionJSON) {
	s.object("an attribution object", func(name string) {
		switch memberName(name, attributionNames) {
		case "actor":
			s.stringInto(&a.Actor)
		case "actor_raw":
			s.stringInto(&a.ActorRaw)
		case "confidence":
			s.stringInto(&a.Confidence)
		case "source_ids":
			s.strings(&a.SourceIDs)
		case "via":
			s.stringInto(&a.Via)
		case "claimant":
			s.stringInto(&a.Claimant)
		case "claimant_kind":
			s.stringInto(&a.ClaimantKind)
		case "basis":
			s.stringInto(&a.Basis)
		case "act":
			s.stringInto(&a.Act)
		case "confidence_raw":
			s.stringInto(&a.ConfidenceRaw)
		case "score":
			s.intInto(&a.Score)
		case "date":
			s.stringInto(&a.Date)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) place(p *placeJSON) {
	s.object("a place object", func(name string) {
		switch memberName(name, placeNames) {
		case "country":
			s.stringInto(&p.Country)
		case "role":
			s.stringInto(&p.Role)
		case "region":
			s.stringInto(&p.Region)
		case "city":
			s.stringInto(&p.City)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) target(t *targetJSON) {
	s.object("a target object", func(name string) {
		switch memberName(name, targetNames) {
		case "name":
			s.stringInto(&t.Name)
		case "sector":
			s.stringInto(&t.Sector)
		case "country":
			s.stringInto(&t.Country)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) source(o *sourceJSON) {
	s.object("a source object", func(name string) {
		switch memberName(name, sourceNames) {
		case "id":
			s.stringInto(&o.ID)
		case "url":
			s.stringInto(&o.URL)
		case "publisher":
			s.stringInto(&o.Publisher)
		case "language":
			s.stringInto(&o.Language)
		case "published":
			s.stringInto(&o.Published)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) problem(p *problemJSON) {
	s.object("a problem object", func(name string) {
		switch memberName(name, problemNames) {
		case "field":
			s.stringInto(&p.Field)
		case "raw":
			s.stringInto(&p.Raw)
		case "error":
			s.stringInto(&p.Error)
		case "kind":
			s.stringInto(&p.Kind)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) rawRecord(r *rawRecordJSON) {
	s.object("a raw record object", func(name string) {
		switch memberName(name, rawRecordNames) {
		case "id":
			s.stringInto(&r.ID)
		case "file":
			s.stringInto(&r.File)
		case "line":
			s.intInto(&r.Line)
		case "fields":
			list(s, &r.Fields, "a list of fields", s.rawField)
		default:
			s.skip()
		}
	})
}

func (s *wireScanner) rawField(f *RawField) {
	s.object("a field object", func(name string) {
		switch memberName(name, rawFieldNames) {
		case "key":
			s.stringInto(&f.Key)
		case "value":
			s.stringInto(&f.Value)
		default:
			s.skip()
		}
	})
}
