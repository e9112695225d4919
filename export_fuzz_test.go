package incident

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// FuzzExport feeds arbitrary text into the free-text fields of an incident and checks both
// exports: the CSV reads back with the same title, summary and source ID cells; the STIX
// bundle is valid JSON whose objects all pass the OASIS schemas of their type and have
// distinct ids, and exporting twice gives the same bytes.
func FuzzExport(f *testing.F) {
	// Seeds: plain text; CSV specials (comma, quote, newline); JSON specials and U+2028;
	// leading formula characters; invalid UTF-8; empty fields.
	f.Add("IKEA Vilnius arson", "A fire.", "Vilnius", "IKEA", "retail", "Prosecutor", "https://lrt.lt/x", "A-001")
	f.Add(`a, "quoted"`, "line\nbreak", "", "", "", "", "", "")
	f.Add("=HYPERLINK(\"x\")", "\u2028\\\"", "Łódź", "Żabka; Orlen", "Oil & Gas", "Agencja Bezpieczeństwa Wewnętrznego", "", "b.csv:4")
	f.Add("\xff\xfe", "", "\x00", "", "", "", "", "")
	f.Fuzz(func(t *testing.T, title, summary, city, target, sector, claimant, url, id string) {
		inc := rec(id, "PL", "2024-05", "physical.arson")
		inc.ID, inc.Title, inc.Summary = id, title, summary
		inc.Places[0].City = city
		inc.Targets = []Target{{Name: target, Sector: sector}}
		inc.Sources = []Source{{URL: url, Publisher: claimant}}
		inc.Attributions = []Attribution{{ActorRaw: title, Claimant: claimant}}
		in := []Incident{inc}

		rows, _, _, _ := csvTables(t, in, false)
		clean := func(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
		if !strings.Contains(title+summary+id, "\r") {
			if got := rows[1]; got[0] != id || got[1] != title || got[len(got)-2] != summary {
				t.Errorf("CSV row = %q, want id %q, title %q, summary %q", got, id, clean(title), clean(summary))
			}
		}

		var a, b bytes.Buffer
		if err := WriteSTIX(&a, in, STIXOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := WriteSTIX(&b, in, STIXOptions{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Fatalf("two exports differ")
		}
		var bundle map[string]any
		if err := json.Unmarshal(a.Bytes(), &bundle); err != nil {
			t.Fatalf("bundle is not JSON: %v", err)
		}
		s := fuzzSchemas()
		seen := map[string]bool{}
		for _, o := range bundle["objects"].([]any) {
			obj := o.(map[string]any)
			typ, oid := obj["type"].(string), obj["id"].(string)
			if seen[oid] {
				t.Errorf("id %s twice", oid)
			}
			seen[oid] = true
			schema := "schemas/sdos/" + typ + ".json"
			switch typ {
			case "relationship":
				schema = "schemas/sros/relationship.json"
			case "extension-definition":
				schema = "schemas/common/extension-definition.json"
			}
			for _, e := range s.validate(obj, schema) {
				t.Errorf("%s: %s", oid, e)
			}
			if name, ok := obj["name"].(string); ok && utf8.ValidString(title) && typ == "incident" && title != "" && name != title {
				t.Errorf("incident name = %q, want the title %q", name, title)
			}
		}
	})
}

// fuzzSchemas is the schema set shared by the runs of FuzzExport.
var fuzzSchemas = sync.OnceValue(func() *schemaSet { return newSchemaSet("testdata/stix") })
