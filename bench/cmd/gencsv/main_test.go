package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func generate(t *testing.T, args ...string) []byte {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(args, &out, &errb); code != 0 {
		t.Fatalf("run(%q) = %d, stderr %s", args, code, errb.String())
	}
	return out.Bytes()
}

// TestCSV checks that the file is valid CSV with the header and n records of its width,
// that a seed always gives the same bytes and another seed other bytes, and that the mix
// holds the messy forms it promises.
func TestCSV(t *testing.T) {
	a := generate(t, "-n", "3000", "-seed", "7")
	if b := generate(t, "-n", "3000", "-seed", "7"); !bytes.Equal(a, b) {
		t.Error("same seed, different output")
	}
	if b := generate(t, "-n", "3000", "-seed", "8"); bytes.Equal(a, b) {
		t.Error("different seeds, same output")
	}
	r := csv.NewReader(bytes.NewReader(a))
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3001 {
		t.Fatalf("%d rows, want header + 3000", len(recs))
	}
	if !slices.Equal(recs[0], csvHeader) {
		t.Errorf("header = %q, want %q", recs[0], csvHeader)
	}
	col := func(name string) int { return slices.Index(csvHeader, name) }
	seen := map[string]bool{}
	shapes := map[string]*regexp.Regexp{
		"iso date":       regexp.MustCompile(`^\d{4}-\d\d-\d\d$`),
		"dotted date":    regexp.MustCompile(`^\d\d\.\d\d\.\d{4}$`),
		"slash date":     regexp.MustCompile(`^\d\d/\d\d/\d{4}$`),
		"lithuanian":     regexp.MustCompile(`^\d{4} m\. \p{L}+ \d+ d\.$`),
		"russian":        regexp.MustCompile(` г\.$`),
		"quarter":        regexp.MustCompile(`^Q[1-4] \d{4}$`),
		"relative":       regexp.MustCompile(`ago$|^yesterday$|^today$`),
		"range":          regexp.MustCompile(`–`),
		"approximate":    regexp.MustCompile(`^c\. \d{4}$`),
		"part of month":  regexp.MustCompile(`^(early|mid|late) `),
		"multi-country":  regexp.MustCompile(`/|, | and |; `),
		"hedged actor":   regexp.MustCompile(`\(suspected\)|^likely `),
		"numeric conf.":  regexp.MustCompile(`^\d+%?$`),
		"admiralty code": regexp.MustCompile(`^[A-F][1-6]$`),
	}
	cells := map[string]int{
		"iso date": col("Date"), "dotted date": col("Date"), "slash date": col("Date"), "lithuanian": col("Date"),
		"russian": col("Date"), "quarter": col("Date"), "relative": col("Date"), "range": col("Date"),
		"approximate": col("Date"), "part of month": col("Date"), "multi-country": col("Country"),
		"hedged actor": col("Perpetrator"), "numeric conf.": col("Confidence"), "admiralty code": col("Confidence"),
	}
	for i, rec := range recs[1:] {
		if len(rec) != len(csvHeader) {
			t.Fatalf("record %d has %d fields, want %d", i+1, len(rec), len(csvHeader))
		}
		for name, re := range shapes {
			if re.MatchString(rec[cells[name]]) {
				seen[name] = true
			}
		}
	}
	for name := range shapes {
		if !seen[name] {
			t.Errorf("no %s in 3000 records", name)
		}
	}
}

// TestIncidents checks the JSON Lines of -format incidents: n lines, each an object with
// the keys of spec/incidents.md in their order, unique ids, and events with several sources.
func TestIncidents(t *testing.T) {
	out := generate(t, "-n", "5000", "-format", "incidents", "-seed", "3")
	if b := generate(t, "-n", "5000", "-format", "incidents", "-seed", "3"); !bytes.Equal(out, b) {
		t.Error("same seed, different output")
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 5000 {
		t.Fatalf("%d lines, want 5000", len(lines))
	}
	keyOrder := regexp.MustCompile(`^\{"id":.*,"title":.*,"categories":.*,"date":.*,"countries":.*,"actor":.*,"confidence":.*,"attributions":.*,"source_ids":.*,"problems":\[.*\]\}$`)
	ids := map[string]bool{}
	events := map[string]int{}
	nulls := 0
	for i, l := range lines {
		if !keyOrder.MatchString(l) {
			t.Fatalf("line %d: keys missing or out of order: %s", i+1, l)
		}
		var inc incident
		if err := json.Unmarshal([]byte(l), &inc); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if ids[inc.ID] {
			t.Errorf("line %d: id %s repeats", i+1, inc.ID)
		}
		ids[inc.ID] = true
		events[inc.ID[2:]]++
		if inc.Actor == nil {
			nulls++
			if inc.Confidence != "none" || len(inc.Attributions) != 0 {
				t.Errorf("line %d: no actor but confidence %q, %d attributions", i+1, inc.Confidence, len(inc.Attributions))
			}
		}
		if len(inc.Countries) == 0 || len(inc.Categories) == 0 || inc.Date == "" || !slices.Equal(inc.SourceIDs, []string{inc.ID}) {
			t.Errorf("line %d: incomplete incident %s", i+1, l)
		}
	}
	multi := 0
	for _, n := range events {
		if n > 1 {
			multi++
		}
	}
	if multi == 0 || nulls == 0 || nulls == len(lines) {
		t.Errorf("%d events with several sources, %d of %d without actor: want some of each", multi, nulls, len(lines))
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-format", "xml"}, {"-sep", "|"}, {"-n", "-1"}, {"extra"}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}
