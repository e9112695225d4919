package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/hybridwatch/incident"
)

// TestRun feeds two normalized incidents and checks the report.
func TestRun(t *testing.T) {
	n, err := incident.NewNormalizer(incident.Profile{})
	if err != nil {
		t.Fatal(err)
	}
	var in bytes.Buffer
	for _, rec := range []incident.RawRecord{
		{ID: "a", Fields: []incident.RawField{{Key: "Country", Value: "Atlantis"}, {Key: "Date", Value: "05/09/2024"}}},
		{ID: "b", Fields: []incident.RawField{{Key: "Country", Value: "Atlantis"}, {Key: "Perpetrator", Value: "pro-Russian hackers"}}},
		{ID: "c", Fields: []incident.RawField{{Key: "Country", Value: "PL"}}},
	} {
		inc := n.Normalize(rec)
		in.Write(inc.AppendJSON(nil))
		in.WriteByte('\n')
	}
	var out bytes.Buffer
	if err := run(&in, &out); err != nil {
		t.Fatal(err)
	}
	want := `3 incidents, 2 with problems
Country: 2
  unknown         2
  "Atlantis" x2
Date: 1
  ambiguous       1
  "05/09/2024" x1
Perpetrator: 1
  ambiguous       1
  "pro-Russian hackers" x1
`
	if got := out.String(); got != want {
		t.Errorf("report:\n%s\nwant:\n%s", got, strings.TrimSpace(want))
	}
}
