package incident

import (
	"errors"
)

// Incident is the canonical record of one hybrid-threat incident (spec/incidents.md): what
// happened (categories, stage), when (an EDTF date), where (places), to whom (targets), who is
// said to be behind it (attributions, each its own claim, and the primary one), where the
// record came from (sources, the raw records, their IDs) and what could not be normalized
// (problems). The zero Incident is an empty record: no date, no place, no actor.
//
// Its JSON form (MarshalJSON) is the output format of the package: one object per incident,
// keys in a fixed order, every key always present.
type Incident struct {
	// ID is the stable ID of the incident: given by the source, or derived deterministically
	// from the keys of its source records.
	ID string
	// Title and Summary are free text, as the source gave them.
	Title   string
	Summary string
	// Categories are codes of the taxonomy. The JSON output holds them normalized (see
	// NormalizeCategories): sorted, without duplicates, parents dropped next to a child.
	Categories []Category
	// Stage is how far the act got; the zero value is StageUnknown.
	Stage Stage
	// Date is when the incident happened, at the precision the sources support (EDTF); the
	// zero Date means no date is known.
	Date Date
	// Places are the countries (with admin area and city, if known) where the incident
	// happened or that it targeted. The perpetrator's country is never a place: the actor ID
	// carries it.
	Places []Place
	// Targets are the people, organizations and objects attacked.
	Targets []Target
	// Actor and Confidence are the primary attribution, as PrimaryAttribution derives it
	// from Attributions (see SetPrimary): the zero Actor and LevelNone when there is none.
	Actor      Actor
	Confidence Level
	// Attributions are the claims about who is behind the incident, one per distinct
	// canonical actor after merging, plus the claims whose actor could not be resolved.
	Attributions []Attribution
	// Sources are the publications the incident was reported in.
	Sources []Source
	// SourceIDs are the IDs of the raw records merged into the incident. A record's ID is its
	// own ID field, else "<file name>:<line>".
	SourceIDs []string
	// Raw holds the original records verbatim, so that no value is ever lost.
	Raw []RawRecord
	// Problems lists the values that could not be normalized, each with its typed error.
	Problems []Problem
}

// Countries returns the countries of the incident's places, sorted by alpha-2 code, without
// duplicates, or nil when no place has a country. These are the "countries" of the JSON
// output.
func (inc *Incident) Countries() []Country { return appendCountries(nil, inc.Places) }

// SetPrimary sets Actor and Confidence to the primary attribution of inc.Attributions, as
// PrimaryAttribution chooses it with the given depth function, or to the zero Actor and
// LevelNone when no attribution names an actor.
func (inc *Incident) SetPrimary(depth func(Actor) int) {
	a, _ := PrimaryAttribution(inc.Attributions, depth)
	inc.Actor, inc.Confidence = a.Actor, a.Confidence
}

// Stage is how far the act of an incident got. The zero value, StageUnknown, means the
// sources do not say.
type Stage uint8

// The stages of an incident.
const (
	StageUnknown   Stage = iota // not said
	StageCompleted              // the act took place: the fire burned, the cable was cut
	StageAttempted              // the act was tried but failed: the device did not ignite
	StageFoiled                 // the act was stopped before it was tried: arrests, seized parcels
)

var stageNames = [...]string{"unknown", "completed", "attempted", "foiled"}

// String returns "unknown", "completed", "attempted" or "foiled".
func (s Stage) String() string { return enumName(stageNames[:], int(s)) }

// MarshalText implements encoding.TextMarshaler with the String form; StageUnknown is
// written "unknown", never left out.
func (s Stage) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the String forms; empty text
// is StageUnknown.
func (s *Stage) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = StageUnknown
		return nil
	}
	i, err := enumParse("Stage", stageNames[:], string(text))
	*s = Stage(i)
	return err
}

// PlaceRole says what a place is to an incident. The zero value, RoleUnspecified, means the
// source named the country without saying which.
type PlaceRole uint8

// The roles of a place.
const (
	RoleUnspecified PlaceRole = iota // a country named without a role
	RoleLocation                     // where the incident happened (the fire, the cut cable)
	RoleTarget                       // the country targeted, when it is not where it happened (a cyberattack from abroad, a plot abroad)
)

var placeRoleNames = [...]string{"", "location", "target"}

// String returns "location", "target", or "" for RoleUnspecified.
func (r PlaceRole) String() string { return enumName(placeRoleNames[:], int(r)) }

// MarshalText implements encoding.TextMarshaler with the String form.
func (r PlaceRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms, and empty
// text is RoleUnspecified.
func (r *PlaceRole) UnmarshalText(text []byte) error {
	i, err := enumParse("PlaceRole", placeRoleNames[:], string(text))
	*r = PlaceRole(i)
	return err
}

// Place is a country with its role in an incident and, if known, the first-level
// administrative area and the city. The zero Place is no place.
//
// JSON keys, in order: "country" (ISO 3166-1 alpha-2), "role", "region", "city"; absent
// values are null.
type Place struct {
	Country Country
	Role    PlaceRole
	Region  string // first-level administrative area as written: "Vilnius County", "Bavaria"
	City    string // as written: "Vilnius"
}

// Target is a person, organization or object that an incident was aimed at. The zero Target
// is no target.
//
// JSON keys, in order: "name", "sector", "country"; absent values are null.
type Target struct {
	Name    string  // as written: "IKEA Vilnius", "Balticconnector pipeline"
	Sector  string  // as written: "retail", "energy"
	Country Country // where the target is, if the source says
}

// Source is a publication an incident was reported in. The zero Source is no source.
//
// JSON keys, in order: "id", "url", "publisher", "language", "published" (EDTF); absent
// values are null.
type Source struct {
	ID        string // the source's own ID, if it has one
	URL       string
	Publisher string // "LRT", "Reuters"
	Language  string // BCP 47 tag of the text, as the source profile gives it: "lt", "en"
	Published Date   // the publication date, also the reference for relative dates
}

// Problem is a value that could not be normalized: the field it came from, the value as
// written, and the typed error the parser returned. The incident keeps the raw value in its
// raw record, so nothing is lost. The zero Problem is no problem.
//
// JSON keys, in order: "field", "raw", "error" (the error's message) and "kind", one of
// "invalid", "unknown", "ambiguous", "unspecified" or "not-applicable" (see Kind).
type Problem struct {
	Field string // the field name as the source wrote it: "Perpetrator", "location.country"
	Raw   string // the value as written
	Err   error  // the parser's error, wrapping ErrInvalid, ErrUnknown or ErrAmbiguous
}

// ProblemKind classifies the error of a Problem by the sentinel it wraps; its value is the
// "kind" of the JSON form. The zero value, "", is no problem.
type ProblemKind string

// The kinds of Problem, as Problem.Kind reports them.
const (
	ProblemInvalid       ProblemKind = "invalid"        // malformed or impossible (ErrInvalid)
	ProblemUnknown       ProblemKind = "unknown"        // names nothing known (ErrUnknown)
	ProblemAmbiguous     ProblemKind = "ambiguous"      // names more than one thing (ErrAmbiguous)
	ProblemUnspecified   ProblemKind = "unspecified"    // an explicit placeholder: "n/a", "unknown" (ErrUnspecified)
	ProblemNotApplicable ProblemKind = "not-applicable" // real, but outside the field's domain (ErrNotApplicable)
)

// problemKinds lists the kinds with their sentinels, refinements before the sentinel they
// refine, so the first match is the most precise.
var problemKinds = [...]problemKindInfo{
	{ProblemUnspecified, ErrUnspecified},
	{ProblemNotApplicable, ErrNotApplicable},
	{ProblemAmbiguous, ErrAmbiguous},
	{ProblemInvalid, ErrInvalid},
	{ProblemUnknown, ErrUnknown},
}

// Kind classifies the problem's error by the most precise sentinel it wraps: ProblemUnspecified
// for ErrUnspecified, ProblemNotApplicable for ErrNotApplicable, then ProblemAmbiguous,
// ProblemInvalid and ProblemUnknown. An error that wraps none of them (no parser of this
// package returns one) counts as ProblemInvalid. Kind returns "" when Err is nil.
func (p Problem) Kind() ProblemKind {
	if p.Err == nil {
		return ""
	}
	for _, k := range problemKinds {
		if errors.Is(p.Err, k.err) {
			return k.kind
		}
	}
	return ProblemInvalid
}

// problemKindInfo pairs a problem kind with its sentinel.
type problemKindInfo struct {
	kind ProblemKind
	err  error
}

// problemError is the error of a Problem read back from JSON: the original message, wrapping
// the sentinel its kind names, so errors.Is works as it did before marshaling.
type problemError struct {
	msg  string
	kind error
}

func (e *problemError) Error() string { return e.msg }
func (e *problemError) Unwrap() error { return e.kind }

// RawRecord is an original record, kept verbatim: its ID, where it was read, and its fields in
// the order of the source. Nested JSON keys are flattened with dots ("location.country");
// the values are the text as read (JSON numbers and booleans in their JSON spelling). The zero
// RawRecord is an empty record.
//
// JSON keys, in order: "id", "file", "line" (null when not known), "fields" (a list of
// {"key", "value"} objects, the shape jq's from_entries reads).
type RawRecord struct {
	ID     string // the record's own ID field, else "<file name>:<line>"
	File   string // the file name it was read from, if any
	Line   int    // the 1-based line (of a CSV row's first line); 0 when not known
	Fields []RawField
}

// RawField is one key/value pair of a RawRecord: the key as the source wrote it (a CSV header,
// or the dotted path of a JSON value such as "location.country") and the value as text.
type RawField struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}
