package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"
)

// registryActor returns the actor with ID id, or false while the registry does not know it.
func registryActor(id string) (Actor, bool) {
	var a Actor
	err := a.UnmarshalText([]byte(id))
	return a, err == nil
}

// exportSample returns merged incidents that use every feature of the exports: places with
// roles, regions and cities, targets, sources, attributions with and without canonical
// actor, with a score, a claimant and a Via name (the attributions with canonical actors only
// once the registry knows them).
func exportSample() []Incident {
	a := rec("LT-PG-17", "LT", "2024-05-09", "physical.arson")
	a.Title = "Arson at IKEA Vilnius"
	a.Summary = "A fire at the IKEA store in Vilnius; prosecutors blame Russian military intelligence."
	a.Stage = StageCompleted
	a.Places[0].City = "Vilnius"
	a.Targets = []Target{{Name: "IKEA Vilnius", Sector: "Retail", Country: MustParseCountry("LT")}}
	a.Sources = []Source{{ID: "lrt-2024-0519", URL: "https://www.lrt.lt/en/news-in-english/19/2283001", Publisher: "LRT", Language: "en", Published: MustParseDate("2024-05-19")}}
	a.Attributions = []Attribution{{ActorRaw: "persons linked to Russian services", Claimant: "Lithuanian Prosecutor General's Office", ClaimantKind: ClaimantProsecutor, Basis: BasisLegal}}
	b := rec("B:4", "LT", "2024-05", "physical")
	b.Places = append(b.Places, Place{Country: MustParseCountry("PL"), Role: RoleTarget})
	b.Sources = []Source{{URL: "https://example.org/b4"}}
	if gru, ok := registryActor("ru-gru"); ok {
		a.Attributions = append(a.Attributions, Attribution{Actor: gru, ActorRaw: "GRU", Confidence: LevelHigh,
			Claimant: "Lithuanian Prosecutor General's Office", ClaimantKind: ClaimantProsecutor, Basis: BasisLegal})
		b.Attributions = []Attribution{{Actor: gru, ActorRaw: "Fancy Bear (70%)", Via: "APT28", Confidence: LevelHigh, Score: 70, HasScore: true}}
	}
	c := rec("C-9", "EE", "2023-22", "electronic.gnss-interference")
	c.Stage = StageFoiled
	return Merge([]Incident{a, b, c}, MergeOptions{}).Incidents
}

// stixBundle exports incidents and decodes the bundle.
func stixBundle(t *testing.T, incidents []Incident, opts STIXOptions) (raw []byte, bundle map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSTIX(&buf, incidents, opts); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &bundle); err != nil {
		t.Fatalf("WriteSTIX wrote invalid JSON: %v\n%s", err, buf.Bytes())
	}
	return buf.Bytes(), bundle
}

// TestSTIXSchemas validates the exported bundle against the OASIS STIX 2.1 JSON schemas
// (the bundle, and every object against the schema of its type) and the incident core
// extension against its schema, and checks that every reference points to an object of
// the bundle.
func TestSTIXSchemas(t *testing.T) {
	s := newSchemaSet("testdata/stix")
	_, bundle := stixBundle(t, exportSample(), STIXOptions{})
	// The envelope is checked without its objects: the "objects" schema of bundle.json lists
	// the types of STIX 2.0 and sends any other (incident, location, extension-definition)
	// to a oneOf of core.json and cyber-observable-core.json, which every SDO satisfies
	// both of, so no valid 2.1 bundle with an incident could pass it. Each object is checked
	// against the schema of its own type below.
	envelope := map[string]any{"type": bundle["type"], "id": bundle["id"]}
	for _, e := range s.validate(envelope, "schemas/common/bundle.json") {
		t.Errorf("bundle: %s", e)
	}
	if objs, ok := bundle["objects"].([]any); !ok || len(objs) == 0 {
		t.Fatalf("bundle objects = %v, want a non-empty list", bundle["objects"])
	}
	schemaOf := map[string]string{
		"incident": "schemas/sdos/incident.json", "location": "schemas/sdos/location.json",
		"identity": "schemas/sdos/identity.json", "threat-actor": "schemas/sdos/threat-actor.json",
		"intrusion-set": "schemas/sdos/intrusion-set.json", "relationship": "schemas/sros/relationship.json",
		"extension-definition": "schemas/common/extension-definition.json",
	}
	objects := bundle["objects"].([]any)
	ids := map[string]string{}
	types := map[string]int{}
	for _, o := range objects {
		obj := o.(map[string]any)
		typ, id := obj["type"].(string), obj["id"].(string)
		if _, dup := ids[id]; dup {
			t.Errorf("object %s appears twice", id)
		}
		ids[id] = typ
		types[typ]++
		schema, ok := schemaOf[typ]
		if !ok {
			t.Errorf("object %s of unexpected type %q", id, typ)
			continue
		}
		for _, e := range s.validate(obj, schema) {
			t.Errorf("%s: %s", id, e)
		}
		if typ == "incident" {
			ext := obj["extensions"].(map[string]any)[STIXIncidentCoreExtension]
			for _, e := range s.validate(ext, "incident-core-extension.json") {
				t.Errorf("%s incident core extension: %s", id, e)
			}
		}
	}
	for _, o := range objects {
		obj := o.(map[string]any)
		for _, k := range []string{"created_by_ref", "source_ref", "target_ref"} {
			if ref, ok := obj[k].(string); ok && ids[ref] == "" {
				t.Errorf("%s: %s %s is not in the bundle", obj["id"], k, ref)
			}
		}
		if exts, ok := obj["extensions"].(map[string]any); ok {
			for ext := range exts {
				if ext != STIXIncidentCoreExtension && ids[ext] != "extension-definition" {
					t.Errorf("%s: extension %s is not defined in the bundle", obj["id"], ext)
				}
			}
		}
	}
	// Locations: Vilnius LT, LT, PL, EE. Identities: the producer, the target IKEA Vilnius
	// and, for the claim about ru-gru, the prosecutor's office.
	want := map[string]int{"incident": 2, "location": 4, "identity": 2, "extension-definition": 1}
	if _, ok := registryActor("ru-gru"); ok {
		want["threat-actor"], want["intrusion-set"], want["identity"] = 1, 1, 3
	}
	for typ, n := range want {
		if types[typ] != n {
			t.Errorf("bundle has %d objects of type %s, want %d", types[typ], typ, n)
		}
	}
}

// TestSTIXDeterministic checks that exporting twice, or in another order, gives the same
// objects with the same ids, and that a given time is used for every timestamp.
func TestSTIXDeterministic(t *testing.T) {
	in := exportSample()
	raw1, b1 := stixBundle(t, in, STIXOptions{})
	raw2, _ := stixBundle(t, in, STIXOptions{})
	if !bytes.Equal(raw1, raw2) {
		t.Errorf("two exports differ:\n%s\n%s", raw1, raw2)
	}
	rev := slices.Clone(in)
	slices.Reverse(rev)
	_, b3 := stixBundle(t, rev, STIXOptions{})
	if b1["id"] != b3["id"] {
		t.Errorf("bundle id depends on the order of incidents: %v vs %v", b1["id"], b3["id"])
	}
	set := func(b map[string]any) []string {
		var out []string
		for _, o := range b["objects"].([]any) {
			j, _ := json.Marshal(o)
			out = append(out, string(j))
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(set(b1), set(b3)) {
		t.Errorf("exporting in reverse order gives other objects")
	}
	// The timestamp derived from the data: the latest publication date, 2024-05-19.
	for _, o := range b1["objects"].([]any) {
		if c := o.(map[string]any)["created"]; c != "2024-05-19T00:00:00.000Z" {
			t.Fatalf("created = %v, want the latest publication date 2024-05-19T00:00:00.000Z", c)
		}
	}
	_, b4 := stixBundle(t, in, STIXOptions{Time: time.Date(2026, 1, 2, 3, 4, 5, 6e6, time.UTC)})
	for _, o := range b4["objects"].([]any) {
		if m := o.(map[string]any)["modified"]; m != "2026-01-02T03:04:05.006Z" {
			t.Fatalf("modified = %v, want the given time", m)
		}
	}
}

// TestSTIXConfidence checks the confidence of attributed-to relationships: the source's own
// score when it gave one, else the level on the STIX scale (0, 15, 50, 85).
func TestSTIXConfidence(t *testing.T) {
	gru, ok := registryActor("ru-gru")
	if !ok {
		t.Skip("the registry does not know ru-gru yet")
	}
	tests := []struct {
		a    Attribution
		want float64
	}{
		{Attribution{Actor: gru, Confidence: LevelNone}, 0},
		{Attribution{Actor: gru, Confidence: LevelLow}, 15},
		{Attribution{Actor: gru, Confidence: LevelModerate}, 50},
		{Attribution{Actor: gru, Confidence: LevelHigh}, 85},
		{Attribution{Actor: gru, Confidence: LevelHigh, Score: 0, HasScore: true}, 0},
		{Attribution{Actor: gru, Confidence: LevelModerate, Score: 42, HasScore: true}, 42},
	}
	for _, tt := range tests {
		inc := rec("x", "LT", "2024", "physical")
		inc.Attributions = []Attribution{tt.a}
		_, b := stixBundle(t, []Incident{inc}, STIXOptions{})
		found := false
		for _, o := range b["objects"].([]any) {
			obj := o.(map[string]any)
			if obj["relationship_type"] == "attributed-to" {
				found = true
				if obj["confidence"] != tt.want {
					t.Errorf("%v (score %d, %v): confidence %v, want %v", tt.a.Confidence, tt.a.Score, tt.a.HasScore, obj["confidence"], tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%v: no attributed-to relationship", tt.a)
		}
	}
}

// TestSTIXIncidentName checks the name made for an incident without title.
func TestSTIXIncidentName(t *testing.T) {
	inc := rec("x", "PL,LT", "2024-05-12", "physical.arson")
	if got, want := stixIncidentName(&inc, []string{"physical.arson"}), "physical.arson in LT; PL, 2024-05-12"; got != want {
		t.Errorf("stixIncidentName = %q, want %q", got, want)
	}
}

func BenchmarkWriteSTIX(b *testing.B) {
	in := Merge(genIncidents(1000), MergeOptions{}).Incidents
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := WriteSTIX(&buf, in, STIXOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(in))*float64(b.N)/b.Elapsed().Seconds(), "incidents/s")
}

// stixGolden exports the incidents of a golden input (one JSON incident per line).
func stixGolden(t *testing.T, _ json.RawMessage, input []byte) []byte {
	in := readIncidentLines(t, input)
	var buf bytes.Buffer
	if err := WriteSTIX(&buf, in, STIXOptions{}); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	return goldenJSON(t, v)
}

func init() {
	goldenKinds["stix"] = goldenKind{run: stixGolden}
}

// TestSTIXReservedRef checks the reserved names and IDs against the patterns of the OASIS
// schema external-reference.json.
func TestSTIXReservedRef(t *testing.T) {
	for s, want := range map[string]bool{
		"cve": true, "capec": true, "CVE-2024-0001": true, "CVE-2024-12345": true, "CAPEC-66": true,
		"CVE-2024-01234": false, "CVE-2024-123": false, "CVE-24-1234": false, "CAPEC-": false, "CAPEC-6a": false,
		"CVE": false, "LRT": false, "": false, "cve ": false,
	} {
		if got := stixReservedRef(s); got != want {
			t.Errorf("stixReservedRef(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSTIXWriteError checks that a failing writer's error comes back.
func TestSTIXWriteError(t *testing.T) {
	if err := WriteSTIX(failWriter{}, exportSample(), STIXOptions{}); !errors.Is(err, errFail) {
		t.Errorf("WriteSTIX = %v, want the writer's error", err)
	}
}
