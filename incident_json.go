package incident

import (
	"bytes"
	"encoding/json"
	"slices"
)

// This file holds the JSON forms of the record types. Each type is written through a wire
// struct whose field order is the key order of spec/incidents.md, so the output is stable.
// Explicit zero values are never dropped: an absent string, country, date or actor is null, a
// list is [] when empty, and the confidence of an incident without actor is "none".

var jsonNull = []byte("null")

// marshalJSON is json.Marshal without HTML escaping: URLs and raw values keep their &, < and >
// as written, which is what a reader of JSON Lines expects.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// optString is a string written as null when empty.
type optString string

func (s optString) MarshalJSON() ([]byte, error) {
	if s == "" {
		return jsonNull, nil
	}
	return marshalJSON(string(s))
}

func (s *optString) UnmarshalJSON(data []byte) error {
	if bytes.Equal(data, jsonNull) {
		*s = ""
		return nil
	}
	return json.Unmarshal(data, (*string)(s))
}

// optCountry is a Country written as its alpha-2 code, or null for the zero Country.
type optCountry Country

func (c optCountry) MarshalJSON() ([]byte, error) { return marshalOptText(Country(c)) }

func (c *optCountry) UnmarshalJSON(data []byte) error {
	return unmarshalOptText(data, (*Country)(c))
}

// optDate is a Date written as its EDTF string, or null for the zero Date.
type optDate Date

func (d optDate) MarshalJSON() ([]byte, error) { return marshalOptText(Date(d)) }

func (d *optDate) UnmarshalJSON(data []byte) error { return unmarshalOptText(data, (*Date)(d)) }

// optActor is an Actor written as its ID, or null for the zero Actor.
type optActor Actor

func (a optActor) MarshalJSON() ([]byte, error) { return marshalOptText(Actor(a)) }

func (a *optActor) UnmarshalJSON(data []byte) error { return unmarshalOptText(data, (*Actor)(a)) }

// validText is what Country, Date and Actor have in common.
type validText interface {
	IsValid() bool
	MarshalText() ([]byte, error)
}

func marshalOptText(v validText) ([]byte, error) {
	if !v.IsValid() {
		return jsonNull, nil
	}
	text, err := v.MarshalText()
	if err != nil {
		return nil, err
	}
	return marshalJSON(string(text))
}

// unmarshalOptText reads null (or "") as the zero value, else a string through UnmarshalText.
func unmarshalOptText(data []byte, v interface{ UnmarshalText([]byte) error }) error {
	var s optString
	if err := json.Unmarshal(data, &s); err != nil {
		return err
	}
	return v.UnmarshalText([]byte(s))
}

// jsonLevel is a Level written as "none", "low", "moderate" or "high".
type jsonLevel Level

// levels lists the levels whose String forms the JSON reader accepts.
var levels = [...]Level{LevelNone, LevelLow, LevelModerate, LevelHigh}

func (l jsonLevel) MarshalJSON() ([]byte, error) { return marshalJSON(Level(l).String()) }

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

// idList is a list of record IDs, written sorted and without duplicates, [] when empty.
type idList []string

func (ids idList) MarshalJSON() ([]byte, error) {
	if !isStrictlySorted(ids) { // sort and compact a copy: the caller's slice stays as it is
		ids = slices.Clone(ids)
		slices.Sort(ids)
		ids = slices.Compact(ids)
	}
	return marshalJSON([]string(orEmpty(ids)))
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

// categoryList is a list of categories, written normalized (NormalizeCategories) as codes.
type categoryList []Category

func (cs categoryList) MarshalJSON() ([]byte, error) {
	norm := NormalizeCategories(cs)
	codes := make([]string, len(norm))
	for i, c := range norm {
		codes[i] = c.String()
	}
	return marshalJSON(codes)
}

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

// orEmpty returns s, or an empty non-nil slice (which does not allocate) so that a nil list is
// written as [] rather than null.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
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
	SourceIDs    idList        `json:"source_ids"`
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
func (inc Incident) MarshalJSON() ([]byte, error) {
	countries := inc.Countries()
	w := incidentJSON{
		ID:           optString(inc.ID),
		Title:        optString(inc.Title),
		Categories:   categoryList(inc.Categories),
		Date:         optDate(inc.Date),
		Countries:    make([]optCountry, len(countries)),
		Actor:        optActor(inc.Actor),
		Confidence:   jsonLevel(inc.Confidence),
		Attributions: orEmpty(inc.Attributions),
		SourceIDs:    idList(inc.SourceIDs),
		Problems:     orEmpty(inc.Problems),
		Summary:      optString(inc.Summary),
		Stage:        inc.Stage,
		Places:       orEmpty(inc.Places),
		Targets:      orEmpty(inc.Targets),
		Sources:      orEmpty(inc.Sources),
		Raw:          orEmpty(inc.Raw),
	}
	for i, c := range countries {
		w.Countries[i] = optCountry(c)
	}
	return marshalJSON(w)
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
func (p Place) MarshalJSON() ([]byte, error) {
	return marshalJSON(placeJSON{optCountry(p.Country), optString(p.Role.String()), optString(p.Region), optString(p.City)})
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
func (t Target) MarshalJSON() ([]byte, error) {
	return marshalJSON(targetJSON{optString(t.Name), optString(t.Sector), optCountry(t.Country)})
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
func (s Source) MarshalJSON() ([]byte, error) {
	return marshalJSON(sourceJSON{optString(s.ID), optString(s.URL), optString(s.Publisher), optString(s.Language), optDate(s.Published)})
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
func (p Problem) MarshalJSON() ([]byte, error) {
	w := problemJSON{Field: optString(p.Field), Raw: p.Raw, Kind: optString(p.Kind())}
	if p.Err != nil {
		w.Error = optString(p.Err.Error())
	}
	return marshalJSON(w)
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
func (r RawRecord) MarshalJSON() ([]byte, error) {
	w := rawRecordJSON{ID: optString(r.ID), File: optString(r.File), Fields: orEmpty(r.Fields)}
	if r.Line > 0 {
		w.Line = &r.Line
	}
	return marshalJSON(w)
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
