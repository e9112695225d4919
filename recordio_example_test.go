package incident_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/hybridwatch/incident"
)

// A spreadsheet export with a byte order mark, ';' separators, a cell over two lines and a
// row that lost a cell: the reader returns two records and one reject, so nothing is lost.
func ExampleNewRecordReader() {
	const export = "\ufeffNr;Datum;Land;Täter\n" +
		"HW-1;09.05.2024;LT;\"GRU\n(suspected)\"\n" +
		"HW-2;20.11.2024;LT/PL\n" +
		"HW-3;12.05.2024;PL;Russia\n"
	rr := incident.NewRecordReader(strings.NewReader(export), "export.csv", incident.ReaderOptions{})
	for {
		rec, err := rr.Next()
		var reject *incident.RecordError
		switch {
		case errors.As(err, &reject):
			fmt.Printf("reject %v\n", reject)
			continue
		case err == io.EOF:
			return
		case err != nil:
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%s (line %d): %q\n", rec.ID, rec.Line, rec.Fields[3].Value)
	}
	// Output:
	// HW-1 (line 2): "GRU\n(suspected)"
	// reject export.csv:4: row has 3 fields, header has 4
	// HW-3 (line 5): "Russia"
}

// A JSON Lines feed: nested objects become dotted keys, arrays are joined with "; ", and a
// record without an ID field is known by its file and line.
func ExampleNewRecordReader_jsonLines() {
	const feed = `{"when":{"start":"2024-11-17","end":"2024-11-18"},"location":{"country":"Sverige"},"tags":["cable","sabotage"],"certainty":70}` + "\n"
	rr := incident.NewRecordReader(strings.NewReader(feed), "feed.jsonl", incident.ReaderOptions{})
	rec, err := rr.Next()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.ID)
	for _, f := range rec.Fields {
		fmt.Printf("%s = %s\n", f.Key, f.Value)
	}
	// Output:
	// feed.jsonl:1
	// when.start = 2024-11-17
	// when.end = 2024-11-18
	// location.country = Sverige
	// tags = cable; sabotage
	// certainty = 70
}

// Header words in several languages, and nested keys, find their roles. The longest phrase
// wins: "Target country" is not the incident's country, nor "Date reported" its date.
func ExampleGuessFieldRole() {
	for _, key := range []string{
		"Datum", "Date reported", "Šalis", "Target country", "Täter", "Attributed by",
		"attribution.certainty", "location.city", "Actor country", "Number of victims",
	} {
		fmt.Printf("%-22s %v\n", key, incident.GuessFieldRole(key))
	}
	// Output:
	// Datum                  date
	// Date reported          published
	// Šalis                  country
	// Target country         target.country
	// Täter                  actor
	// Attributed by          claimant
	// attribution.certainty  confidence
	// location.city          city
	// Actor country          none
	// Number of victims      none
}

// An explicit mapping wins over the guess: here the source's "Date" column is the day the
// row was entered, and the incident date is in "Occurred".
func ExampleFieldMapping_Role() {
	m, err := incident.ParseFieldMapping("date=Occurred")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, key := range []string{"Date", "Occurred", "Country"} {
		fmt.Printf("%s: %v\n", key, m.Role(key))
	}
	// Output:
	// Date: none
	// Occurred: date
	// Country: country
}
