package incident_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/hybridwatch/incident"
)

// exampleIncident is a merged incident as Merge or the JSON Lines output give it.
func exampleIncident() incident.Incident {
	var inc incident.Incident
	err := json.Unmarshal([]byte(`{"id": "inc-ikea-vilnius", "title": "IKEA Vilnius arson",
		"categories": ["physical.arson"], "date": "2024-05-09", "stage": "completed",
		"places": [{"country": "LT", "role": "location", "city": "Vilnius"}],
		"targets": [{"name": "IKEA Vilnius", "sector": "retail"}],
		"source_ids": ["A-001", "B-001"],
		"sources": [{"url": "https://www.lrt.lt/en/news-in-english/19/2283001", "publisher": "LRT", "published": "2024-05-19"}]}`), &inc)
	if err != nil {
		panic(err)
	}
	return inc
}

// Exporting to STIX 2.1 for a threat-intelligence platform: the bundle holds the incident
// (with the Incident Core Extension and the EDTF date in this package's property
// extension), a location with a located-at relationship, the target as an identity with a
// targets relationship, and the definitions they rely on. Identifiers are derived from the
// data, so exporting again gives the same bundle.
func ExampleWriteSTIX() {
	var buf bytes.Buffer
	if err := incident.WriteSTIX(&buf, []incident.Incident{exampleIncident()}, incident.STIXOptions{}); err != nil {
		fmt.Println(err)
		return
	}
	var bundle struct {
		Type    string
		Objects []struct {
			Type, Name, Created string
			RelationshipType    string `json:"relationship_type"`
			EDTFDate            string `json:"edtf_date"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &bundle); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bundle.Type, len(bundle.Objects), "objects, created", bundle.Objects[0].Created)
	for _, o := range bundle.Objects {
		fmt.Println(strings.TrimSpace(strings.Join([]string{o.Type, o.Name, o.RelationshipType, o.EDTFDate}, " ")))
	}
	// Output:
	// bundle 7 objects, created 2024-05-19T00:00:00.000Z
	// identity hybridwatch/incident
	// extension-definition hybridwatch incident properties
	// incident IKEA Vilnius arson  2024-05-09
	// location Vilnius, Lithuania
	// relationship  located-at
	// identity IKEA Vilnius
	// relationship  targets
}

// Exporting to CSV for a spreadsheet: one row per incident, several values joined with
// "; ", the primary attribution in columns of its own (none here), and a companion table of
// sources keyed by incident ID.
func ExampleCSVWriter() {
	var sources bytes.Buffer
	w := incident.NewCSVWriter(os.Stdout, incident.CSVOptions{Sources: &sources})
	inc := exampleIncident()
	if err := w.Write(&inc); err != nil {
		fmt.Println(err)
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(sources.String())
	// Output:
	// id,title,date,categories,countries,stage,actor,confidence,actor_raw,via,claimant,claimant_kind,basis,score,targets,source_ids,urls,summary,problems
	// inc-ikea-vilnius,IKEA Vilnius arson,2024-05-09,physical.arson,LT,completed,,none,,,,,,,IKEA Vilnius,A-001; B-001,https://www.lrt.lt/en/news-in-english/19/2283001,,0
	// incident_id,source_id,url,publisher,language,published
	// inc-ikea-vilnius,,https://www.lrt.lt/en/news-in-english/19/2283001,LRT,,2024-05-19
}
