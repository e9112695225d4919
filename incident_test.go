package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mustCountry returns the country of an alpha-2 code, which the skeleton parser already reads.
func mustCountry(t testing.TB, code string) Country {
	t.Helper()
	c, err := ParseCountry(code)
	if err != nil {
		t.Fatalf("ParseCountry(%q): %v", code, err)
	}
	return c
}

// sampleIncident is a record as the normalizer would produce it from one CSV row.
func sampleIncident(t testing.TB) Incident {
	_, catErr := ParseCategory("Sabotage")
	return Incident{
		ID:         "lt-2024-001",
		Title:      "IKEA store fire in Vilnius",
		Summary:    "Arson at an IKEA store; two suspects arrested, one in Poland.",
		Categories: []Category{CategoryPhysical, CategoryPhysicalArson, CategoryPhysicalArson},
		Stage:      StageCompleted,
		Places: []Place{
			{Country: mustCountry(t, "LT"), Role: RoleLocation, Region: "Vilnius County", City: "Vilnius"},
			{Country: mustCountry(t, "PL"), Role: RoleTarget},
			{Country: mustCountry(t, "LT"), Role: RoleTarget},
		},
		Targets: []Target{{Name: "IKEA Vilnius", Sector: "retail", Country: mustCountry(t, "LT")}},
		Attributions: []Attribution{{
			ActorRaw:      "Russian military intelligence (suspected)",
			Claimant:      "Lithuanian prosecutor general",
			ClaimantKind:  ClaimantProsecutor,
			Basis:         BasisLegal,
			Act:           ActAttributed,
			Confidence:    LevelNone,
			ConfidenceRaw: "0",
			Score:         0,
			HasScore:      true,
			SourceIDs:     []string{"lrt.csv:7", "A-001"},
		}},
		Sources:   []Source{{ID: "lrt-1", URL: "https://www.lrt.lt/en/news?id=1&lang=en", Publisher: "LRT", Language: "en"}},
		SourceIDs: []string{"lrt.csv:7", "A-001", "A-001"},
		Raw: []RawRecord{{ID: "lrt.csv:7", File: "lrt.csv", Line: 7, Fields: []RawField{
			{"Date", "May 2024"}, {"Type", "Sabotage"}, {"Country", "Lithuania <LT>"},
		}}},
		Problems: []Problem{{Field: "Type", Raw: "Sabotage", Err: catErr}},
	}
}

const sampleJSON = `{"id":"lt-2024-001","title":"IKEA store fire in Vilnius","categories":["physical.arson"],"date":null,` +
	`"countries":["LT","PL"],"actor":null,"confidence":"none",` +
	`"attributions":[{"actor":null,"actor_raw":"Russian military intelligence (suspected)","confidence":"none",` +
	`"source_ids":["A-001","lrt.csv:7"],"via":null,"claimant":"Lithuanian prosecutor general","claimant_kind":"prosecutor",` +
	`"basis":"legal","act":"attributed","confidence_raw":"0","score":0,"date":null}],` +
	`"source_ids":["A-001","lrt.csv:7"],` +
	`"problems":[{"field":"Type","raw":"Sabotage","error":"incident.ParseCategory(\"Sabotage\"): unknown","kind":"unknown"}],` +
	`"summary":"Arson at an IKEA store; two suspects arrested, one in Poland.","stage":"completed",` +
	`"places":[{"country":"LT","role":"location","region":"Vilnius County","city":"Vilnius"},` +
	`{"country":"PL","role":"target","region":null,"city":null},{"country":"LT","role":"target","region":null,"city":null}],` +
	`"targets":[{"name":"IKEA Vilnius","sector":"retail","country":"LT"}],` +
	`"sources":[{"id":"lrt-1","url":"https://www.lrt.lt/en/news?id=1&lang=en","publisher":"LRT","language":"en","published":null}],` +
	`"raw":[{"id":"lrt.csv:7","file":"lrt.csv","line":7,"fields":[{"key":"Date","value":"May 2024"},` +
	`{"key":"Type","value":"Sabotage"},{"key":"Country","value":"Lithuania <LT>"}]}]}`

func TestIncidentMarshalJSON(t *testing.T) {
	inc := sampleIncident(t)
	got, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	// json.Marshal escapes < and > of the outer call; the method itself does not.
	direct, err := inc.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(direct) != sampleJSON {
		t.Errorf("MarshalJSON() =\n%s\nwant\n%s", direct, sampleJSON)
	}
	var a, b any
	if err := json.Unmarshal(got, &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(direct, &b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("json.Marshal and MarshalJSON disagree (-json.Marshal +MarshalJSON):\n%s", diff)
	}
	if !slices.Equal(inc.SourceIDs, []string{"lrt.csv:7", "A-001", "A-001"}) {
		t.Errorf("MarshalJSON modified SourceIDs: %q", inc.SourceIDs)
	}
}

// TestIncidentKeyOrder checks the key order of spec/incidents.md on the zero Incident, and
// that no key is dropped for a zero value.
func TestIncidentKeyOrder(t *testing.T) {
	data, err := json.Marshal(Incident{})
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"id":null,"title":null,"categories":[],"date":null,"countries":[],"actor":null,` +
		`"confidence":"none","attributions":[],"source_ids":[],"problems":[],"summary":null,` +
		`"stage":"unknown","places":[],"targets":[],"sources":[],"raw":[]}`
	if string(data) != want {
		t.Errorf("json.Marshal(Incident{}) =\n%s\nwant\n%s", data, want)
	}
	for _, tc := range []struct {
		v    any
		want string
	}{
		{Attribution{}, `{"actor":null,"actor_raw":null,"confidence":"none","source_ids":[],"via":null,"claimant":null,"claimant_kind":null,"basis":null,"act":null,"confidence_raw":null,"score":null,"date":null}`},
		{Place{}, `{"country":null,"role":null,"region":null,"city":null}`},
		{Target{}, `{"name":null,"sector":null,"country":null}`},
		{Source{}, `{"id":null,"url":null,"publisher":null,"language":null,"published":null}`},
		{Problem{}, `{"field":null,"raw":"","error":null,"kind":null}`},
		{RawRecord{}, `{"id":null,"file":null,"line":null,"fields":[]}`},
	} {
		got, err := json.Marshal(tc.v)
		if err != nil || string(got) != tc.want {
			t.Errorf("json.Marshal(%T{}) = %s, %v, want %s", tc.v, got, err, tc.want)
		}
	}
}

func TestIncidentRoundTrip(t *testing.T) {
	inc := sampleIncident(t)
	data, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	var back Incident
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal(%s): %v", data, err)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("round trip changed the JSON:\n%s\n%s", data, again)
	}
	if !slices.Equal(back.Categories, []Category{CategoryPhysicalArson}) {
		t.Errorf("Categories = %v, want the normalized [physical.arson]", back.Categories)
	}
	if got := back.Problems[0]; !errors.Is(got.Err, ErrUnknown) || got.Kind() != ProblemUnknown || got.Err.Error() != inc.Problems[0].Err.Error() {
		t.Errorf("problem read back as %+v (kind %q), want the unknown error of ParseCategory", got, got.Kind())
	}
	if a := back.Attributions[0]; !a.HasScore || a.Score != 0 || a.ClaimantKind != ClaimantProsecutor || a.Act != ActAttributed {
		t.Errorf("attribution read back as %+v", a)
	}
	if r := back.Raw[0]; r.Line != 7 || len(r.Fields) != 3 || r.Fields[2].Value != "Lithuania <LT>" {
		t.Errorf("raw record read back as %+v", r)
	}
}

// TestIncidentUnmarshalJSON covers reading: countries without places, nulls, unknown keys,
// and the values that must be rejected.
func TestIncidentUnmarshalJSON(t *testing.T) {
	for _, tc := range []struct {
		in        string
		err       error  // nil when the input must read
		countries string // the countries after reading, joined by spaces
		places    int
	}{
		{`{}`, nil, "", 0},
		{`{"id":null,"title":null,"categories":null,"date":null,"countries":null,"actor":null,"confidence":null,"stage":null,"places":null}`, nil, "", 0},
		{`{"countries":["LT","EE"],"places":[{"country":"LT","role":"location"}]}`, nil, "EE LT", 2},
		{`{"countries":["LT"],"places":[{"country":"LT","role":"target"}]}`, nil, "LT", 1},
		{`{"future_key":{"nested":[1,2]},"id":"x"}`, nil, "", 0},
		{`{"categories":["physical","Physical.Arson"]}`, nil, "", 0},
		{`{"categories":["sabotage"]}`, ErrUnknown, "", 0},
		{`{"countries":["ZZ"]}`, ErrUnknown, "", 0},
		{`{"confidence":"very high"}`, ErrUnknown, "", 0},
		{`{"stage":"planned"}`, ErrUnknown, "", 0},
		{`{"places":[{"country":"LT","role":"origin"}]}`, ErrUnknown, "", 0},
		{`{"attributions":[{"score":101}]}`, ErrInvalid, "", 0},
		{`{"attributions":[{"basis":"rumour"}]}`, ErrUnknown, "", 0},
		{`{"problems":[{"field":"x","raw":"y","error":"bad","kind":"weird"}]}`, ErrUnknown, "", 0},
		{`{"raw":[{"line":0}]}`, ErrInvalid, "", 0},
	} {
		var inc Incident
		err := json.Unmarshal([]byte(tc.in), &inc)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Unmarshal(%s) = %v, want %v", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Unmarshal(%s) = %v", tc.in, err)
			continue
		}
		var codes []string
		for _, c := range inc.Countries() {
			codes = append(codes, c.String())
		}
		if got := strings.Join(codes, " "); got != tc.countries || len(inc.Places) != tc.places {
			t.Errorf("Unmarshal(%s): countries %q, %d places, want %q, %d", tc.in, got, len(inc.Places), tc.countries, tc.places)
		}
	}
	var bad Incident
	if err := json.Unmarshal([]byte(`[1]`), &bad); err == nil {
		t.Errorf("Unmarshal([1]) = nil, want an error")
	}
}

// problemCases is the table of Problem.Kind: each error with its kind.
var problemCases = []struct {
	err  error
	kind ProblemKind
}{
	{nil, ""},
	{errors.New("disk on fire"), ProblemInvalid},
	{fmt.Errorf("field Date: %w", ErrUnspecified), ProblemUnspecified},
	{newAmbiguousError("ParseCountry", "Congo", []Candidate{{"CG", "Congo"}, {"CD", "Congo, The Democratic Republic of the"}}), ProblemAmbiguous},
	{newParseError("ParseCountry", "31 February", ErrInvalid, ""), ProblemInvalid},
	{newParseError("ParseCountry", "Atlantis", ErrUnknown, ""), ProblemUnknown},
	{newParseError("ParseCountry", "NATO", ErrNotApplicable, ""), ProblemNotApplicable},
	{newParseError("ParseCountry", "n/a", ErrUnspecified, ""), ProblemUnspecified},
}

func TestProblemKind(t *testing.T) {
	for _, tc := range problemCases {
		p := Problem{Field: "Country", Raw: "x", Err: tc.err}
		if got := p.Kind(); got != tc.kind {
			t.Errorf("Problem{Err: %v}.Kind() = %q, want %q", tc.err, got, tc.kind)
		}
		data, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back Problem
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if back.Kind() != tc.kind || (tc.err == nil) != (back.Err == nil) || (tc.err != nil && back.Err.Error() != tc.err.Error()) {
			t.Errorf("Problem %s read back as %+v, kind %q", data, back, back.Kind())
		}
	}
}

func TestStageAndRoleText(t *testing.T) {
	for s := StageUnknown; s <= StageFoiled; s++ {
		text, _ := s.MarshalText()
		var back Stage
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("Stage %q read back as %v, %v", text, back, err)
		}
	}
	var s Stage = StageFoiled
	if err := s.UnmarshalText(nil); err != nil || s != StageUnknown {
		t.Errorf("Stage.UnmarshalText(empty) = %v, %v, want unknown", s, err)
	}
	for r := RoleUnspecified; r <= RoleTarget; r++ {
		text, _ := r.MarshalText()
		var back PlaceRole
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("PlaceRole %q read back as %v, %v", text, back, err)
		}
	}
}

func TestCountriesNoDuplicates(t *testing.T) {
	inc := Incident{Places: []Place{
		{Country: mustCountry(t, "PL")}, {City: "somewhere"}, {Country: mustCountry(t, "EE")}, {Country: mustCountry(t, "PL")},
	}}
	got := fmt.Sprint(inc.Countries())
	if got != "[EE PL]" {
		t.Errorf("Countries() = %s, want [EE PL]", got)
	}
	if c := (&Incident{}).Countries(); c != nil {
		t.Errorf("Countries() of the zero Incident = %v, want nil", c)
	}
}

func BenchmarkIncidentMarshalJSON(b *testing.B) {
	inc := sampleIncident(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := inc.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIncidentAppendJSON is how a JSON Lines writer works: one buffer for all records.
func BenchmarkIncidentAppendJSON(b *testing.B) {
	inc := sampleIncident(b)
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = inc.AppendJSON(buf[:0])
	}
}

// jsonStringCases are strings whose JSON encoding is tricky.
var jsonStringCases = []string{
	"",
	"plain",
	`quote " and backslash \`,
	"tab\tnewline\ncarriage\rbell\x07backspace\bformfeed\fnul\x00del\x7f",
	"html <b>&amp;</b> stays",
	"line\u2028para\u2029sep",
	"bad \xff\xfe bytes \xe2\x82",
	"Литва, Łódź, 北京, emoji \U0001F525",
}

// TestAppendJSONString checks the hand-written string encoder against encoding/json, with
// HTML escaping off as in the package's output.
func TestAppendJSONString(t *testing.T) {
	for _, s := range jsonStringCases {
		if got, want := string(appendJSONString(nil, s)), referenceJSONString(t, s); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	}
}

// referenceJSONString is encoding/json's encoding of s without HTML escaping.
func referenceJSONString(t testing.TB, s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func BenchmarkIncidentUnmarshalJSON(b *testing.B) {
	data := []byte(sampleJSON)
	b.ReportAllocs()
	for b.Loop() {
		var inc Incident
		if err := inc.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

func init() {
	goldenKinds["incident"] = goldenKind{
		// Input: one incident as JSON. Output: the incident read and written again.
		run: func(t *testing.T, _ json.RawMessage, input []byte) []byte {
			var inc Incident
			if err := json.Unmarshal(input, &inc); err != nil {
				t.Fatalf("input: %v", err)
			}
			return goldenJSON(t, inc)
		},
		idempotent: func(t *testing.T, _ json.RawMessage, want []byte) {
			var inc Incident
			if err := json.Unmarshal(want, &inc); err != nil {
				t.Fatalf("want: %v", err)
			}
			var wantV, gotV any
			if err := json.Unmarshal(want, &wantV); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(goldenJSON(t, inc), &gotV); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantV, gotV); diff != "" {
				t.Errorf("reading and writing the wanted output changes it (-want +got):\n%s", diff)
			}
		},
	}
}
