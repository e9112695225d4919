// Command incident-json reads the small CSV of incidents embedded beside it, normalizes each
// row with the package's parsers, and writes one canonical incident per line as JSON Lines.
// Values a parser cannot normalize stay in the raw record and are listed as problems; a
// summary goes to standard error.
package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hybridwatch/incident"
)

//go:embed records.csv
var records []byte

func main() {
	if err := run(os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "incident-json:", err)
		os.Exit(1)
	}
}

func run(stdout, stderr io.Writer) error {
	r := csv.NewReader(bytes.NewReader(records))
	header, err := r.Read()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	n, problems := 0, 0
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		line, _ := r.FieldPos(0)
		inc := normalize("records.csv", line, header, row)
		if err := enc.Encode(inc); err != nil {
			return err
		}
		n++
		problems += len(inc.Problems)
	}
	fmt.Fprintf(stderr, "%d records in, %d incidents out, %d problems\n", n, n, problems)
	return nil
}

// normalize turns one CSV row into an incident. Every value is kept in the raw record; a
// value that does not parse becomes a problem instead of being guessed.
func normalize(file string, line int, header, row []string) incident.Incident {
	raw := incident.RawRecord{File: file, Line: line}
	get := map[string]string{}
	for i, key := range header {
		raw.Fields = append(raw.Fields, incident.RawField{Key: key, Value: row[i]})
		get[key] = row[i]
	}
	raw.ID = get["ID"]
	if raw.ID == "" {
		raw.ID = fmt.Sprintf("%s:%d", file, line)
	}
	inc := incident.Incident{
		ID:        raw.ID,
		Title:     get["Title"],
		SourceIDs: []string{raw.ID},
		Raw:       []incident.RawRecord{raw},
		Sources:   []incident.Source{{URL: get["URL"]}},
	}
	problem := func(field string, err error) {
		inc.Problems = append(inc.Problems, incident.Problem{Field: field, Raw: get[field], Err: err})
	}

	if d, err := incident.ParseDate(get["Date"]); err != nil {
		problem("Date", err)
	} else {
		inc.Date = d
	}
	for _, s := range strings.Split(get["Country"], ";") {
		if c, err := incident.ParseCountry(strings.TrimSpace(s)); err != nil {
			problem("Country", err)
		} else {
			inc.Places = append(inc.Places, incident.Place{Country: c, Role: incident.RoleLocation})
		}
	}
	for _, s := range strings.Split(get["Type"], ";") {
		if c, err := incident.ParseCategory(s); err != nil {
			problem("Type", err)
		} else {
			inc.Categories = append(inc.Categories, c)
		}
	}
	if err := inc.Stage.UnmarshalText([]byte(get["Stage"])); err != nil {
		problem("Stage", err)
	}

	a := incident.Attribution{ActorRaw: get["Perpetrator"], ConfidenceRaw: get["Confidence"], SourceIDs: []string{raw.ID}}
	if actor, err := incident.LookupActor(a.ActorRaw); err != nil {
		problem("Perpetrator", err)
	} else {
		a.Actor = actor
	}
	if a.ConfidenceRaw != "" {
		if c, err := incident.ParseConfidence(a.ConfidenceRaw); err != nil {
			problem("Confidence", err)
		} else if l, ok := c.Level(); ok {
			a.Confidence = l
		}
	}
	if !a.Actor.IsValid() {
		a.Confidence = incident.LevelNone // no actor means confidence none (spec/incidents.md)
	}
	inc.Attributions = []incident.Attribution{a}
	inc.SetPrimary(nil)
	return inc
}
