package incident

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"
)

// This file holds the JSON forms of the record types. Writing is by hand, appending to a
// byte slice in the key order of spec/incidents.md, so the output is stable and a record costs
// no reflection (the CLI writes hundreds of thousands per second). Reading goes through wire
// structs with encoding/json, whose field order documents the same key order. Explicit zero
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
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
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

// optString is a string read as "" from null.
type optString string

func (s *optString) UnmarshalJSON(data []byte) error {
	if bytes.Equal(data, []byte("null")) {
		*s = ""
		return nil
	}
	return json.Unmarshal(data, (*string)(s))
}

// optCountry is a Country read from its alpha-2 code or null.
type optCountry Country

func (c *optCountry) UnmarshalJSON(data []byte) error {
	return unmarshalOptText(data, (*Country)(c))
}

// optDate is a Date read from its EDTF string or null.
type optDate Date

func (d *optDate) UnmarshalJSON(data []byte) error { return unmarshalOptText(data, (*Date)(d)) }

// optActor is an Actor read from its ID or null.
type optActor Actor

func (a *optActor) UnmarshalJSON(data []byte) error { return unmarshalOptText(data, (*Actor)(a)) }

// unmarshalOptText reads null (or "") as the zero value, else a string through UnmarshalText.
func unmarshalOptText(data []byte, v interface{ UnmarshalText([]byte) error }) error {
	var s optString
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// jsonLevel is a Level read from "none", "low", "moderate" or "high".
type jsonLevel Level

// levels lists the levels whose String forms the JSON reader accepts.
var levels = [...]Level{LevelNone, LevelLow, LevelModerate, LevelHigh}

// UnmarshalJSON accepts the String forms of the levels, and null as LevelNone.
func (l *jsonLevel) UnmarshalJSON(data []byte) error {
	var s optString
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	if s == "" {
		*l = jsonLevel(LevelNone)
		return nil
	}
	for _, v := range levels {
		if v.String() == string(s) {
			*l = jsonLevel(v)
			return nil
		}
	}
	return newParseError("UnmarshalLevel", string(s), ErrUnknown, "want none, low, moderate or high")
}

// categoryList is a list of categories read from codes.
type categoryList []Category

// UnmarshalJSON reads a list of codes (see ParseCategory) and normalizes it.
func (cs *categoryList) UnmarshalJSON(data []byte) error {
	var codes []string
	if err := json.Unmarshal(data, &codes); err != nil {
		return err
	}
	out := make([]Category, 0, len(codes))
	for _, s := range codes {
		c, err := ParseCategory(s)
		if err != nil {
			return err
		}
		out = append(out, c)
	}
	*cs = NormalizeCategories(out)
	return nil
}

// incidentJSON is the wire form of an Incident; its field order is the key order.
type incidentJSON struct {
	ID           optString     `json:"id"`
	Title        optString     `json:"title"`
	Categories   categoryList  `json:"categories"`
	Date         optDate       `json:"date"`
	Countries    []optCountry  `json:"countries"`
	Actor        optActor      `json:"actor"`
	Confidence   jsonLevel     `json:"confidence"`
	Attributions []Attribution `json:"attributions"`
	SourceIDs    []string      `json:"source_ids"`
	Problems     []Problem     `json:"problems"`
	Summary      optString     `json:"summary"`
	Stage        Stage         `json:"stage"`
	Places       []Place       `json:"places"`
	Targets      []Target      `json:"targets"`
	Sources      []Source      `json:"sources"`
	Raw          []RawRecord   `json:"raw"`
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
	for i, c := range inc.Countries() {
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

// UnmarshalJSON reads the JSON form that MarshalJSON writes, which is how the merge step reads
// normalized incidents back. Missing keys leave zero values and unknown keys are ignored, so
// output with more keys than these still reads. Values are parsed strictly with the
// UnmarshalText methods of their types; the first that fails is returned (wrapping ErrInvalid,
// ErrUnknown or ErrAmbiguous). Categories are normalized. "countries" is derived from the
// places on output, so on input a listed country that no place carries is added as a Place
// with RoleUnspecified: reading never loses a country.
func (inc *Incident) UnmarshalJSON(data []byte) error {
	var w incidentJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := Incident{
		ID:           string(w.ID),
		Title:        string(w.Title),
		Summary:      string(w.Summary),
		Categories:   []Category(w.Categories),
		Stage:        w.Stage,
		Date:         Date(w.Date),
		Places:       w.Places,
		Targets:      w.Targets,
		Actor:        Actor(w.Actor),
		Confidence:   Level(w.Confidence),
		Attributions: w.Attributions,
		Sources:      w.Sources,
		SourceIDs:    []string(w.SourceIDs),
		Raw:          w.Raw,
		Problems:     w.Problems,
	}
	for _, c := range w.Countries {
		if !Country(c).IsValid() {
			continue
		}
		carried := slices.ContainsFunc(v.Places, func(p Place) bool { return p.Country == Country(c) })
		if !carried {
			v.Places = append(v.Places, Place{Country: Country(c)})
		}
	}
	*inc = v
	return nil
}

// placeJSON is the wire form of a Place.
type placeJSON struct {
	Country optCountry `json:"country"`
	Role    optString  `json:"role"`
	Region  optString  `json:"region"`
	City    optString  `json:"city"`
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

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (p *Place) UnmarshalJSON(data []byte) error {
	var w placeJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := Place{Country: Country(w.Country), Region: string(w.Region), City: string(w.City)}
	if err := v.Role.UnmarshalText([]byte(w.Role)); err != nil {
		return err
	}
	*p = v
	return nil
}

// targetJSON is the wire form of a Target.
type targetJSON struct {
	Name    optString  `json:"name"`
	Sector  optString  `json:"sector"`
	Country optCountry `json:"country"`
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

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (t *Target) UnmarshalJSON(data []byte) error {
	var w targetJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*t = Target{Name: string(w.Name), Sector: string(w.Sector), Country: Country(w.Country)}
	return nil
}

// sourceJSON is the wire form of a Source.
type sourceJSON struct {
	ID        optString `json:"id"`
	URL       optString `json:"url"`
	Publisher optString `json:"publisher"`
	Language  optString `json:"language"`
	Published optDate   `json:"published"`
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

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (s *Source) UnmarshalJSON(data []byte) error {
	var w sourceJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*s = Source{ID: string(w.ID), URL: string(w.URL), Publisher: string(w.Publisher), Language: string(w.Language), Published: Date(w.Published)}
	return nil
}

// problemJSON is the wire form of a Problem.
type problemJSON struct {
	Field optString `json:"field"`
	Raw   string    `json:"raw"`
	Error optString `json:"error"`
	Kind  optString `json:"kind"`
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
	b = appendOptString(b, p.Kind())
	return append(b, '}')
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes. The error read back keeps the
// message and wraps the sentinel that "kind" names, so errors.Is(p.Err, ErrAmbiguous) holds
// after a round trip; the concrete type (*ParseError, *AmbiguousError) is not restored. A kind
// other than the five of Problem.Kind is an error.
func (p *Problem) UnmarshalJSON(data []byte) error {
	var w problemJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := Problem{Field: string(w.Field), Raw: w.Raw}
	if w.Kind != "" || w.Error != "" {
		i := slices.IndexFunc(problemKinds[:], func(k problemKindInfo) bool { return k.kind == string(w.Kind) })
		if i < 0 {
			return newParseError("Problem.UnmarshalJSON", string(w.Kind), ErrUnknown, "not a problem kind")
		}
		v.Err = &problemError{msg: string(w.Error), kind: problemKinds[i].err}
	}
	*p = v
	return nil
}

// rawRecordJSON is the wire form of a RawRecord.
type rawRecordJSON struct {
	ID     optString  `json:"id"`
	File   optString  `json:"file"`
	Line   *int       `json:"line"`
	Fields []RawField `json:"fields"`
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

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (r *RawRecord) UnmarshalJSON(data []byte) error {
	var w rawRecordJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v := RawRecord{ID: string(w.ID), File: string(w.File), Fields: w.Fields}
	if w.Line != nil {
		if *w.Line < 1 {
			return newParseError("RawRecord.UnmarshalJSON", string(data), ErrInvalid, "line must be 1 or more")
		}
		v.Line = *w.Line
	}
	*r = v
	return nil
}
