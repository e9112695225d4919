package incident_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/hybridwatch/incident"
)

// Two sources, normalized separately, report the same fire: a spreadsheet dates it to the
// day and calls it arson, a news feed only knows the month and calls it sabotage of the
// physical kind. The same country, overlapping dates and compatible categories make them
// one incident, dated by the more precise claim, with both records and both sources kept.
// A cable cut reported by one source only stays alone.
func ExampleMerge_twoSources() {
	lines := []string{
		`{"id": "sheet:4", "source_ids": ["sheet:4"], "title": "IKEA Vilnius arson", "categories": ["physical.arson"], "date": "2024-05-09", "countries": ["LT"], "sources": [{"publisher": "LRT"}]}`,
		`{"id": "feed:17", "source_ids": ["feed:17"], "title": "Fire at IKEA in Vilnius", "categories": ["physical"], "date": "2024-05", "countries": ["LT"], "sources": [{"publisher": "Feed"}]}`,
		`{"id": "feed:18", "source_ids": ["feed:18"], "title": "Cable damaged", "categories": ["physical.infrastructure-damage"], "date": "2024-11-18", "countries": ["LT", "SE"]}`,
	}
	var records []incident.Incident
	for _, l := range lines {
		var inc incident.Incident
		if err := json.Unmarshal([]byte(l), &inc); err != nil {
			fmt.Println(err)
			return
		}
		records = append(records, inc)
	}
	res := incident.Merge(records, incident.MergeOptions{})
	for _, inc := range res.Incidents {
		fmt.Printf("%s %q %v %v %v sources=%d\n", inc.Date, inc.Title, categoryCodes(inc.Categories), inc.Countries(), inc.SourceIDs, len(inc.Sources))
	}
	// Output:
	// 2024-05-09 "Fire at IKEA in Vilnius" [physical.arson] [LT] [feed:17 sheet:4] sources=2
	// 2024-11-18 "Cable damaged" [physical.infrastructure-damage] [LT SE] [feed:18] sources=0
}

// Two reports of a cable cut a day apart share no day, but touch: they are one incident,
// dated by the interval that covers both, and the disagreement is kept as a problem so an
// analyst can review it. The merge log says which pair joined the group and on what
// evidence, one JSON object per output incident.
func ExampleMergeLog() {
	a := incident.Incident{
		SourceIDs:  []string{"A-2"},
		Date:       incident.MustParseDate("2025-11-15"),
		Places:     []incident.Place{{Country: incident.MustParseCountry("FI")}},
		Categories: []incident.Category{incident.CategoryPhysicalInfrastructureDamage},
	}
	b := a
	b.SourceIDs = []string{"B-9"}
	b.Date = incident.MustParseDate("2025-11-16")
	res := incident.Merge([]incident.Incident{a, b}, incident.MergeOptions{})
	inc := res.Incidents[0]
	fmt.Println(inc.Date, inc.Problems[0].Kind())
	res.Log.WriteTo(os.Stdout)
	// Output:
	// 2025-11-15/2025-11-16 ambiguous
	// {"id":"inc-69592b7b7a37","source_ids":["A-2","B-9"],"inputs":["A-2","B-9"],"links":[{"a":"A-2","b":"B-9","country":"FI","dates":["2025-11-15","2025-11-16"],"gap_days":1,"categories":["physical.infrastructure-damage","physical.infrastructure-damage"]}]}
}

// MergedID derives an incident's ID from its records alone, whatever their order.
func ExampleMergedID() {
	fmt.Println(incident.MergedID([]string{"b.csv:4", "a.jsonl:19"}) == incident.MergedID([]string{"a.jsonl:19", "b.csv:4"}))
	fmt.Println(strings.HasPrefix(incident.MergedID([]string{"A-001"}), "inc-"))
	// Output:
	// true
	// true
}

// categoryCodes returns the codes of cs (fmt would print a []Category, a byte slice, as text).
func categoryCodes(cs []incident.Category) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return out
}

// A merge of millions of incidents need not hold them: keep each line of the input and its
// MergeInput (what the rules read), and let MergeLazy load the whole incidents of a group
// only when it merges them. Here the lines are in memory; the incident command keeps their
// offsets in the files instead and reads them again.
func ExampleMergeLazy() {
	lines := []string{
		`{"source_ids": ["A-1"], "categories": ["physical.arson"], "date": "2024-05-09", "countries": ["LT"], "attributions": [{"actor": "ru-gru", "actor_raw": "GRU?", "confidence": "low"}]}`,
		`{"source_ids": ["B-7"], "categories": ["cyber.disruption"], "date": "2024-05-09", "countries": ["LT"]}`,
		`{"source_ids": ["B-3"], "categories": ["physical"], "date": "2024-05", "countries": ["LT"], "attributions": [{"actor": "ru-gru-26165", "actor_raw": "APT28", "confidence": "high"}]}`,
	}
	decode := func(i int) (incident.Incident, error) {
		var inc incident.Incident
		err := inc.UnmarshalJSON([]byte(lines[i]))
		return inc, err
	}
	inputs := make([]incident.MergeInput, len(lines))
	for i := range lines {
		inc, err := decode(i)
		if err != nil {
			fmt.Println(err)
			return
		}
		inputs[i] = incident.MergeInputOf(&inc) // the incident itself is let go
	}
	err := incident.MergeLazy(inputs, decode, incident.MergeOptions{}, func(inc *incident.Incident, e *incident.MergeEntry) error {
		fmt.Println(inc.SourceIDs, inc.Date, inc.Actor.ID(), inc.Confidence, len(e.Links), "link(s)")
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// [A-1 B-3] 2024-05-09 ru-gru-26165 high 1 link(s)
	// [B-7] 2024-05-09  none 0 link(s)
}
