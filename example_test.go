package incident_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/hybridwatch/incident"
)

// A spreadsheet's "Type" column holds the taxonomy's codes, in any case. A bare parent means
// "of this kind, not further specified".
func ExampleParseCategory() {
	for _, s := range []string{"physical.arson", "CYBER.Hack-And-Leak", "espionage"} {
		c, err := incident.ParseCategory(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20q -> %s (parent %q)\n", s, c, c.Parent())
	}
	// Output:
	// "physical.arson"     -> physical.arson (parent "physical")
	// "CYBER.Hack-And-Leak" -> cyber.hack-and-leak (parent "cyber")
	// "espionage"          -> espionage (parent "")
}

// Errors quote the input and name the function. errors.Is tells what kind of failure it is,
// errors.As gives the details.
func ExampleParseCategory_errors() {
	_, err := incident.ParseCategory("arson")
	fmt.Println(err)
	fmt.Println("unknown:", errors.Is(err, incident.ErrUnknown))
	fmt.Println("invalid:", errors.Is(err, incident.ErrInvalid))

	var pe *incident.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("func=%s input=%q\n", pe.Func, pe.Input)
	}

	// An empty cell is not "unknown category": it says nothing, and says so.
	_, err = incident.ParseCategory("  ")
	fmt.Println(errors.Is(err, incident.ErrUnspecified), errors.Is(err, incident.ErrUnknown))
	// Output:
	// incident.ParseCategory("arson"): unknown: category codes are parent.child: did you mean physical.arson?
	// unknown: true
	// invalid: false
	// func=ParseCategory input="arson"
	// true true
}

// Two sources tag the same fire differently: one says "physical", the other
// "physical.arson". Merged, the parent adds nothing and is dropped.
func ExampleNormalizeCategories() {
	merged := []incident.Category{
		incident.CategoryPhysical,
		incident.CategoryInfluenceProvocation,
		incident.CategoryPhysicalArson,
		incident.CategoryPhysical,
	}
	fmt.Println(incident.NormalizeCategories(merged))

	// The merge rule: a record tagged "physical" may describe the same incident as one tagged
	// "physical.arson", but not as one tagged "cyber.disruption".
	fmt.Println(incident.CategoryPhysical.Contains(incident.CategoryPhysicalArson))
	fmt.Println(incident.CategoryPhysical.Contains(incident.CategoryCyberDisruption))
	// Output:
	// [influence.provocation physical.arson]
	// true
	// false
}

// An incident written as JSON: keys in a fixed order, every key present, null where a value
// is absent and confidence "none" when no actor is known. A value that could not be
// normalized stays in the record as a problem, with its kind.
func ExampleIncident_MarshalJSON() {
	lt, _ := incident.ParseCountry("LT")
	_, err := incident.ParseCategory("sabotage")
	inc := incident.Incident{
		ID:         "lt-2024-05-09",
		Title:      "Fire at a Vilnius shopping centre",
		Categories: []incident.Category{incident.CategoryPhysical, incident.CategoryPhysicalArson},
		Stage:      incident.StageCompleted,
		Places:     []incident.Place{{Country: lt, Role: incident.RoleLocation, City: "Vilnius"}},
		SourceIDs:  []string{"lrt.csv:7"},
		Problems:   []incident.Problem{{Field: "Type", Raw: "sabotage", Err: err}},
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(inc); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//  "id": "lt-2024-05-09",
	//  "title": "Fire at a Vilnius shopping centre",
	//  "categories": [
	//   "physical.arson"
	//  ],
	//  "date": null,
	//  "countries": [
	//   "LT"
	//  ],
	//  "actor": null,
	//  "confidence": "none",
	//  "attributions": [],
	//  "source_ids": [
	//   "lrt.csv:7"
	//  ],
	//  "problems": [
	//   {
	//    "field": "Type",
	//    "raw": "sabotage",
	//    "error": "incident.ParseCategory(\"sabotage\"): unknown",
	//    "kind": "unknown"
	//   }
	//  ],
	//  "summary": null,
	//  "stage": "completed",
	//  "places": [
	//   {
	//    "country": "LT",
	//    "role": "location",
	//    "region": null,
	//    "city": "Vilnius"
	//   }
	//  ],
	//  "targets": [],
	//  "sources": [],
	//  "raw": []
	// }
}

// The merge step reads normalized incidents back. The problem keeps its kind: errors.Is
// still works on the error read back.
func ExampleIncident_UnmarshalJSON() {
	data := `{"id":"x","categories":["physical","physical.arson"],"countries":["EE","LV"],
	  "problems":[{"field":"Country","raw":"Congo","error":"two countries","kind":"ambiguous"}]}`
	var inc incident.Incident
	if err := json.Unmarshal([]byte(data), &inc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(inc.Categories, inc.Countries())
	fmt.Println(errors.Is(inc.Problems[0].Err, incident.ErrAmbiguous), inc.Problems[0].Kind())
	// Output:
	// [physical.arson] [EE LV]
	// true ambiguous
}
