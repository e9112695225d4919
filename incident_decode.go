package incident

import (
	"encoding/json"
	"slices"
	"strconv"
)

// This file reads the JSON forms that incident_json.go writes. An incident is scanned by hand
// (incident_scan.go), the other types with encoding/json, once into wire structs of plain
// strings (a JSON null leaves a string empty, which
// is how this package writes "absent"); the values are then parsed with the UnmarshalText
// methods of their types. The wire structs list the keys in the order they are written.

// incidentJSON is the wire form of an Incident.
type incidentJSON struct {
	ID           string            `json:"id"`
	Title        string            `json:"title"`
	Categories   []string          `json:"categories"`
	Date         string            `json:"date"`
	Countries    []string          `json:"countries"`
	Actor        string            `json:"actor"`
	Confidence   string            `json:"confidence"`
	Attributions []attributionJSON `json:"attributions"`
	SourceIDs    []string          `json:"source_ids"`
	Problems     []problemJSON     `json:"problems"`
	Summary      string            `json:"summary"`
	Stage        string            `json:"stage"`
	Places       []placeJSON       `json:"places"`
	Targets      []targetJSON      `json:"targets"`
	Sources      []sourceJSON      `json:"sources"`
	Raw          []rawRecordJSON   `json:"raw"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes, which is how the merge step reads
// normalized incidents back. Missing keys and null leave zero values, and unknown keys are
// ignored, so output with more keys than these still reads. Values are parsed strictly with
// the UnmarshalText methods of their types (ParseCountry for countries, ParseDate for dates,
// LookupActor for actor IDs, ParseCategory for categories); the first that fails is returned,
// wrapping ErrInvalid, ErrUnknown or ErrAmbiguous. Invalid JSON, or a value of the wrong
// type (a number for the title), is an error that wraps ErrInvalid and gives the byte
// offset; the reader accepts exactly what encoding/json accepts for these keys (matched
// case-insensitively as encoding/json does). Categories are normalized. "countries" is
// derived from the places on output, so on input a listed country that no place carries is
// added as a Place with RoleUnspecified: reading never loses a country.
func (inc *Incident) UnmarshalJSON(data []byte) error {
	var w incidentJSON
	if err := scanIncident(string(data), &w); err != nil {
		return err
	}
	v, err := w.decode()
	if err != nil {
		return err
	}
	*inc = v
	return nil
}

func (w *incidentJSON) decode() (Incident, error) {
	v := Incident{ID: w.ID, Title: w.Title, Summary: w.Summary, SourceIDs: w.SourceIDs}
	var err error
	cats := make([]Category, 0, len(w.Categories))
	for _, s := range w.Categories {
		c, err := ParseCategory(s)
		if err != nil {
			return v, err
		}
		cats = append(cats, c)
	}
	v.Categories = NormalizeCategories(cats)
	if err = v.Date.UnmarshalText([]byte(w.Date)); err != nil {
		return v, err
	}
	if err = v.Actor.UnmarshalText([]byte(w.Actor)); err != nil {
		return v, err
	}
	if v.Confidence, err = levelFromJSON(w.Confidence); err != nil {
		return v, err
	}
	if err = v.Stage.UnmarshalText([]byte(w.Stage)); err != nil {
		return v, err
	}
	if v.Attributions, err = decodeList(w.Attributions, (*attributionJSON).decode); err != nil {
		return v, err
	}
	if v.Problems, err = decodeList(w.Problems, (*problemJSON).decode); err != nil {
		return v, err
	}
	if v.Places, err = decodeList(w.Places, (*placeJSON).decode); err != nil {
		return v, err
	}
	if v.Targets, err = decodeList(w.Targets, (*targetJSON).decode); err != nil {
		return v, err
	}
	if v.Sources, err = decodeList(w.Sources, (*sourceJSON).decode); err != nil {
		return v, err
	}
	if v.Raw, err = decodeList(w.Raw, (*rawRecordJSON).decode); err != nil {
		return v, err
	}
	for _, s := range w.Countries {
		var c Country
		if err := c.UnmarshalText([]byte(s)); err != nil {
			return v, err
		}
		if c.IsValid() && !slices.ContainsFunc(v.Places, func(p Place) bool { return p.Country == c }) {
			v.Places = append(v.Places, Place{Country: c})
		}
	}
	return v, nil
}

// decodeList decodes each wire value of ws; it returns nil for an empty list.
func decodeList[W, T any](ws []W, decode func(*W) (T, error)) ([]T, error) {
	if len(ws) == 0 {
		return nil, nil
	}
	out := make([]T, len(ws))
	for i := range ws {
		var err error
		if out[i], err = decode(&ws[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// unmarshalWire is the UnmarshalJSON of a type with a wire form: decode into the wire struct,
// then parse its values.
func unmarshalWire[W any, T any](data []byte, dst *T, decode func(*W) (T, error)) error {
	var w W
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	v, err := decode(&w)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// jsonLevels lists the levels whose String forms the JSON reader accepts.
var jsonLevels = [...]Level{LevelNone, LevelLow, LevelModerate, LevelHigh}

// levelFromJSON reads the String form of a Level; empty (null) is LevelNone.
func levelFromJSON(s string) (Level, error) {
	if s == "" {
		return LevelNone, nil
	}
	for _, l := range jsonLevels {
		if l.String() == s {
			return l, nil
		}
	}
	return LevelNone, newParseError("UnmarshalLevel", s, ErrUnknown, "want none, low, moderate or high")
}

// attributionJSON is the wire form of an Attribution.
type attributionJSON struct {
	Actor         string   `json:"actor"`
	ActorRaw      string   `json:"actor_raw"`
	Confidence    string   `json:"confidence"`
	SourceIDs     []string `json:"source_ids"`
	Via           string   `json:"via"`
	Claimant      string   `json:"claimant"`
	ClaimantKind  string   `json:"claimant_kind"`
	Basis         string   `json:"basis"`
	Act           string   `json:"act"`
	ConfidenceRaw string   `json:"confidence_raw"`
	Score         *int     `json:"score"`
	Date          string   `json:"date"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes. Missing keys and null leave the
// zero value; unknown keys are ignored; a value that does not parse (an unknown actor ID, a
// confidence other than none/low/moderate/high, a score outside 0-100) is an error.
func (a *Attribution) UnmarshalJSON(data []byte) error {
	return unmarshalWire(data, a, (*attributionJSON).decode)
}

func (w *attributionJSON) decode() (Attribution, error) {
	v := Attribution{ActorRaw: w.ActorRaw, Via: w.Via, Claimant: w.Claimant, ConfidenceRaw: w.ConfidenceRaw, SourceIDs: w.SourceIDs}
	var err error
	if err = v.Actor.UnmarshalText([]byte(w.Actor)); err != nil {
		return v, err
	}
	if v.Confidence, err = levelFromJSON(w.Confidence); err != nil {
		return v, err
	}
	if err = v.ClaimantKind.UnmarshalText([]byte(w.ClaimantKind)); err != nil {
		return v, err
	}
	if err = v.Basis.UnmarshalText([]byte(w.Basis)); err != nil {
		return v, err
	}
	if err = v.Act.UnmarshalText([]byte(w.Act)); err != nil {
		return v, err
	}
	if err = v.Date.UnmarshalText([]byte(w.Date)); err != nil {
		return v, err
	}
	if w.Score != nil {
		if *w.Score < 0 || *w.Score > 100 {
			return v, newParseError("UnmarshalAttribution", strconv.Itoa(*w.Score), ErrInvalid, "score outside 0-100")
		}
		v.Score, v.HasScore = *w.Score, true
	}
	return v, nil
}

// placeJSON is the wire form of a Place.
type placeJSON struct {
	Country string `json:"country"`
	Role    string `json:"role"`
	Region  string `json:"region"`
	City    string `json:"city"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (p *Place) UnmarshalJSON(data []byte) error { return unmarshalWire(data, p, (*placeJSON).decode) }

func (w *placeJSON) decode() (Place, error) {
	v := Place{Region: w.Region, City: w.City}
	if err := v.Country.UnmarshalText([]byte(w.Country)); err != nil {
		return v, err
	}
	err := v.Role.UnmarshalText([]byte(w.Role))
	return v, err
}

// targetJSON is the wire form of a Target.
type targetJSON struct {
	Name    string `json:"name"`
	Sector  string `json:"sector"`
	Country string `json:"country"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (t *Target) UnmarshalJSON(data []byte) error {
	return unmarshalWire(data, t, (*targetJSON).decode)
}

func (w *targetJSON) decode() (Target, error) {
	v := Target{Name: w.Name, Sector: w.Sector}
	err := v.Country.UnmarshalText([]byte(w.Country))
	return v, err
}

// sourceJSON is the wire form of a Source.
type sourceJSON struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Publisher string `json:"publisher"`
	Language  string `json:"language"`
	Published string `json:"published"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes.
func (s *Source) UnmarshalJSON(data []byte) error {
	return unmarshalWire(data, s, (*sourceJSON).decode)
}

func (w *sourceJSON) decode() (Source, error) {
	v := Source{ID: w.ID, URL: w.URL, Publisher: w.Publisher, Language: w.Language}
	err := v.Published.UnmarshalText([]byte(w.Published))
	return v, err
}

// problemJSON is the wire form of a Problem.
type problemJSON struct {
	Field string `json:"field"`
	Raw   string `json:"raw"`
	Error string `json:"error"`
	Kind  string `json:"kind"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes. The error read back keeps the
// message and wraps the sentinel that "kind" names, so errors.Is(p.Err, ErrAmbiguous) holds
// after a round trip; the concrete type (*ParseError, *AmbiguousError) is not restored. A kind
// other than the five of Problem.Kind is an error.
func (p *Problem) UnmarshalJSON(data []byte) error {
	return unmarshalWire(data, p, (*problemJSON).decode)
}

func (w *problemJSON) decode() (Problem, error) {
	v := Problem{Field: w.Field, Raw: w.Raw}
	if w.Kind == "" && w.Error == "" {
		return v, nil
	}
	for _, k := range problemKinds {
		if string(k.kind) == w.Kind {
			v.Err = &problemError{msg: w.Error, kind: k.err}
			return v, nil
		}
	}
	return v, newParseError("UnmarshalProblem", w.Kind, ErrUnknown, "not a problem kind")
}

// rawRecordJSON is the wire form of a RawRecord.
type rawRecordJSON struct {
	ID     string     `json:"id"`
	File   string     `json:"file"`
	Line   *int       `json:"line"`
	Fields []RawField `json:"fields"`
}

// UnmarshalJSON reads the JSON form that MarshalJSON writes. A line below 1 is an error.
func (r *RawRecord) UnmarshalJSON(data []byte) error {
	return unmarshalWire(data, r, (*rawRecordJSON).decode)
}

func (w *rawRecordJSON) decode() (RawRecord, error) {
	v := RawRecord{ID: w.ID, File: w.File, Fields: w.Fields}
	if w.Line != nil {
		if *w.Line < 1 {
			return v, newParseError("UnmarshalRawRecord", strconv.Itoa(*w.Line), ErrInvalid, "line must be 1 or more")
		}
		v.Line = *w.Line
	}
	return v, nil
}
