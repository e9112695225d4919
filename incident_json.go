package incident

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file holds the JSON forms of the record types. Writing is by hand, appending to a
// byte slice in the key order of spec/incidents.md, so the output is stable and a record costs
// no reflection (the CLI writes hundreds of thousands per second). Reading goes through wire
// structs with encoding/json (see incident_decode.go). Explicit zero
// values are never dropped: an absent string, country, date or actor is null, a list is []
// when empty, and the confidence of an incident without actor is "none".

// appendJSONString appends s as a JSON string. It escapes what JSON requires (the quote, the
// backslash, control characters) and, as encoding/json does, U+2028 and U+2029 (which break
// JavaScript) and invalid UTF-8 (each bad byte becomes U+FFFD). Unlike json.Marshal it leaves
// <, > and & as they are: URLs and raw values stay readable.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; ; {
		// Runs of plain ASCII are found eight bytes at a time and copied in bulk.
		i += jsonPlainPrefix(s[i:])
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// jsonPlainPrefix returns the number of leading bytes of s that a JSON string holds as they
// are (printable ASCII but '"' and '\\'): len(s), or the index of the first byte that needs
// escaping or decoding. It reads s sixteen, then eight bytes at a time; the last bytes are
// read as the (overlapping) final eight, and a string shorter than eight bytes padded with
// spaces.
func jsonPlainPrefix(s string) int {
	i := 0
	for ; i+16 <= len(s); i += 16 {
		m0 := jsonSpecial8(binary.LittleEndian.Uint64([]byte(s[i : i+8])))
		m1 := jsonSpecial8(binary.LittleEndian.Uint64([]byte(s[i+8 : i+16])))
		if m0|m1 != 0 {
			if m0 != 0 {
				return i + bits.TrailingZeros64(m0)/8
			}
			return i + 8 + bits.TrailingZeros64(m1)/8
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := jsonSpecial8(binary.LittleEndian.Uint64([]byte(s[i : i+8]))); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	if i == len(s) {
		return i
	}
	if len(s) >= 8 {
		// The bytes before i are plain, so the lowest flagged byte is at i or after.
		m := jsonSpecial8(binary.LittleEndian.Uint64([]byte(s[len(s)-8:])))
		if m == 0 {
			return len(s)
		}
		return len(s) - 8 + bits.TrailingZeros64(m)/8
	}
	w := [8]byte{' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '}
	copy(w[:], s)
	if m := jsonSpecial8(binary.LittleEndian.Uint64(w[:])); m != 0 {
		return bits.TrailingZeros64(m) / 8
	}
	return len(s)
}

// jsonSpecial8 looks at the eight bytes of w at once (SWAR, byte k of s as bits 8k to 8k+7)
// and returns a mask whose byte k has its high bit set when byte k may need escaping or
// decoding: a control character, '"', '\\' or a byte of a multi-byte UTF-8 sequence. The
// lowest set byte is exact (a subtraction borrows only from a byte already flagged), which is
// all the callers use; zero means eight plain ASCII bytes.
func jsonSpecial8(w uint64) uint64 {
	const (
		ones  = 0x0101010101010101
		highs = 0x8080808080808080
	)
	quote := w ^ ('"' * ones)
	backslash := w ^ ('\\' * ones)
	m := (w - 0x20*ones) | (quote - ones) | (backslash - ones)
	return (m&^w | w) & highs
}

// appendOptString appends s as a JSON string, or null when it is empty.
func appendOptString(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendJSONString(b, s)
}

// appendCanonical appends the canonical string s of a Country, Date or Actor (its String
// form, the text of MarshalText; for an Actor its ID) as a JSON string, or null when the value
// is not valid (the zero value).
func appendCanonical(b []byte, valid bool, s string) []byte {
	if !valid {
		return append(b, "null"...)
	}
	return appendJSONString(b, s)
}

// appendIDs appends record IDs as a JSON list, sorted and without duplicates, [] when empty.
// The caller's slice is not modified.
func appendIDs(b []byte, ids []string) []byte {
	if !isStrictlySorted(ids) {
		ids = slices.Clone(ids)
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, id)
	}
	return append(b, ']')
}

// isStrictlySorted reports whether ids is sorted and without duplicates.
func isStrictlySorted(ids []string) bool {
	for i := 1; i < len(ids); i++ {
		if ids[i-1] >= ids[i] {
			return false
		}
	}
	return true
}

// appendList appends the elements of s as a JSON list, each written by one.
func appendList[T any](b []byte, s []T, one func(*T, []byte) []byte) []byte {
	b = append(b, '[')
	for i := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = one(&s[i], b)
	}
	return append(b, ']')
}

// MarshalJSON writes the incident as one JSON object with the keys of spec/incidents.md in a
// fixed order: "id", "title", "categories", "date", "countries", "actor", "confidence",
// "attributions", "source_ids", "problems", then "summary", "stage", "places", "targets",
// "sources" and "raw". Every key is always present: absent strings, the zero Date and the
// zero Actor are null, empty lists are [], and the confidence without a primary attribution
// is "none". Categories are written normalized (NormalizeCategories), countries are those of
// the places (Countries), and source IDs sorted without duplicates; attributions are written
// in their order (see SortAttributions). Dates are EDTF strings, countries ISO 3166-1
// alpha-2 codes, actors canonical IDs.
func (inc Incident) MarshalJSON() ([]byte, error) { return inc.AppendJSON(nil), nil }

// AppendJSON appends the JSON form that MarshalJSON writes to b and returns the extended
// slice, so a writer of JSON Lines can reuse one buffer for every incident.
func (inc *Incident) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendOptString(b, inc.ID)
	b = append(b, `,"title":`...)
	b = appendOptString(b, inc.Title)
	b = append(b, `,"categories":[`...)
	for i, c := range NormalizeCategories(inc.Categories) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, c.String())
	}
	b = append(b, `],"date":`...)
	b = appendCanonical(b, inc.Date.IsValid(), inc.Date.String())
	b = append(b, `,"countries":[`...)
	var cbuf [8]Country
	for i, c := range appendCountries(cbuf[:0], inc.Places) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, c.String())
	}
	b = append(b, ']')
	b = append(b, `,"actor":`...)
	b = appendCanonical(b, inc.Actor.IsValid(), inc.Actor.ID())
	b = append(b, `,"confidence":`...)
	b = appendJSONString(b, inc.Confidence.String())
	b = append(b, `,"attributions":`...)
	b = appendList(b, inc.Attributions, (*Attribution).appendJSON)
	b = append(b, `,"source_ids":`...)
	b = appendIDs(b, inc.SourceIDs)
	b = append(b, `,"problems":`...)
	b = appendList(b, inc.Problems, (*Problem).appendJSON)
	b = append(b, `,"summary":`...)
	b = appendOptString(b, inc.Summary)
	b = append(b, `,"stage":`...)
	b = appendJSONString(b, inc.Stage.String())
	b = append(b, `,"places":`...)
	b = appendList(b, inc.Places, (*Place).appendJSON)
	b = append(b, `,"targets":`...)
	b = appendList(b, inc.Targets, (*Target).appendJSON)
	b = append(b, `,"sources":`...)
	b = appendList(b, inc.Sources, (*Source).appendJSON)
	b = append(b, `,"raw":`...)
	b = appendList(b, inc.Raw, (*RawRecord).appendJSON)
	return append(b, '}')
}

// appendCountries appends to dst the valid countries of places, sorted by code and without
// duplicates: the list of Incident.Countries, built in the caller's buffer so that writing an
// incident does not allocate it.
func appendCountries(dst []Country, places []Place) []Country {
	for _, p := range places {
		if p.Country.IsValid() {
			dst = append(dst, p.Country)
		}
	}
	slices.SortFunc(dst, func(a, b Country) int { return strings.Compare(a.String(), b.String()) })
	return slices.Compact(dst)
}

// MarshalJSON writes the JSON form described in the Place documentation.
func (p Place) MarshalJSON() ([]byte, error) { return p.appendJSON(nil), nil }

func (p *Place) appendJSON(b []byte) []byte {
	b = append(b, `{"country":`...)
	b = appendCanonical(b, p.Country.IsValid(), p.Country.String())
	b = append(b, `,"role":`...)
	b = appendOptString(b, p.Role.String())
	b = append(b, `,"region":`...)
	b = appendOptString(b, p.Region)
	b = append(b, `,"city":`...)
	b = appendOptString(b, p.City)
	return append(b, '}')
}

// MarshalJSON writes the JSON form described in the Target documentation.
func (t Target) MarshalJSON() ([]byte, error) { return t.appendJSON(nil), nil }

func (t *Target) appendJSON(b []byte) []byte {
	b = append(b, `{"name":`...)
	b = appendOptString(b, t.Name)
	b = append(b, `,"sector":`...)
	b = appendOptString(b, t.Sector)
	b = append(b, `,"country":`...)
	b = appendCanonical(b, t.Country.IsValid(), t.Country.String())
	return append(b, '}')
}

// MarshalJSON writes the JSON form described in the Source documentation.
func (s Source) MarshalJSON() ([]byte, error) { return s.appendJSON(nil), nil }

func (s *Source) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendOptString(b, s.ID)
	b = append(b, `,"url":`...)
	b = appendOptString(b, s.URL)
	b = append(b, `,"publisher":`...)
	b = appendOptString(b, s.Publisher)
	b = append(b, `,"language":`...)
	b = appendOptString(b, s.Language)
	b = append(b, `,"published":`...)
	b = appendCanonical(b, s.Published.IsValid(), s.Published.String())
	return append(b, '}')
}

// MarshalJSON writes the JSON form described in the Problem documentation; a nil Err is
// written as null error and null kind.
func (p Problem) MarshalJSON() ([]byte, error) { return p.appendJSON(nil), nil }

func (p *Problem) appendJSON(b []byte) []byte {
	b = append(b, `{"field":`...)
	b = appendOptString(b, p.Field)
	b = append(b, `,"raw":`...)
	b = appendJSONString(b, p.Raw)
	b = append(b, `,"error":`...)
	if p.Err == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, p.Err.Error())
	}
	b = append(b, `,"kind":`...)
	b = appendOptString(b, string(p.Kind()))
	return append(b, '}')
}

// MarshalJSON writes the JSON form described in the RawRecord documentation.
func (r RawRecord) MarshalJSON() ([]byte, error) { return r.appendJSON(nil), nil }

func (r *RawRecord) appendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendOptString(b, r.ID)
	b = append(b, `,"file":`...)
	b = appendOptString(b, r.File)
	b = append(b, `,"line":`...)
	if r.Line > 0 {
		b = strconv.AppendInt(b, int64(r.Line), 10)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"fields":[`...)
	for i, f := range r.Fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"key":`...)
		b = appendJSONString(b, f.Key)
		b = append(b, `,"value":`...)
		b = appendJSONString(b, f.Value)
		b = append(b, '}')
	}
	return append(b, "]}"...)
}
