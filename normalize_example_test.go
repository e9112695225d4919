package incident_test

import (
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/hybridwatch/incident"
)

// A newsroom's spreadsheet export: day-first dates, hedged actor text, several countries in
// one cell and a category in German. One Normalizer serves the whole file.
func ExampleNormalizer() {
	csv := "Nr;Datum;Land;Target country;Typ;Suspected actor;Confidence\n" +
		"HW-011;25/12/2024;Finland;Estonia;Kabelschaden;Russia (suspected);\n" +
		"HW-016;early 2023;DE;;hack;APT28 (GRU);High\n" +
		"HW-012;26/01/2025;Sweden and Latvia;;cable damage;none (accident);\n"
	n, err := incident.NewNormalizer(incident.Profile{Order: incident.OrderDayFirst})
	if err != nil {
		log.Fatal(err)
	}
	rr := incident.NewRecordReader(strings.NewReader(csv), "export.csv", incident.ReaderOptions{})
	for {
		rec, err := rr.Next()
		if err != nil {
			break // io.EOF here; a real program also handles *RecordError rejects
		}
		inc := n.Normalize(rec)
		fmt.Printf("%s %s %v actor=%q %s %v\n", inc.ID, inc.Date, inc.Countries(), inc.Actor, inc.Confidence, inc.Categories)
	}
	// Output:
	// HW-011 2024-12-25 [EE FI] actor="ru" low [physical.infrastructure-damage]
	// HW-016 2023-01/2023-04 [DE] actor="ru-gru-26165" high [cyber]
	// HW-012 2025-01-26 [LV SE] actor="" none [physical.infrastructure-damage]
}

// A feed record whose date is relative: it is read against the record's own publication
// date, and values that cannot be normalized stay raw as problems.
func ExampleNormalizer_Normalize_problems() {
	n, _ := incident.NewNormalizer(incident.Profile{Reference: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	inc := n.Normalize(incident.RawRecord{ID: "feed-7", Fields: []incident.RawField{
		{Key: "published_at", Value: "2024-05-10"},
		{Key: "when", Value: "yesterday"},
		{Key: "location.country", Value: "Atlantis"},
		{Key: "attribution.actor", Value: "GRU unit 99999"},
	}})
	fmt.Println(inc.Date, inc.Actor)
	for _, p := range inc.Problems {
		fmt.Printf("%s %q: %s\n", p.Field, p.Raw, p.Kind())
	}
	// Output:
	// 2024-05-09 ru-gru
	// location.country "Atlantis": unknown
	// attribution.actor "GRU unit 99999": unknown
}
