package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hybridwatch/incident"
)

// TestRun checks the promise of the program: the six records make four incidents (the IKEA
// fire and the cable cut are reported by both sources), every record is in exactly one, and
// the log has one line per incident.
func TestRun(t *testing.T) {
	var out, logw bytes.Buffer
	if err := run(&out, &logw); err != nil {
		t.Fatalf("run: %v", err)
	}
	var groups []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var inc incident.Incident
		if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
			t.Fatalf("output line does not read back: %v", err)
		}
		for _, id := range inc.SourceIDs {
			if seen[id] {
				t.Errorf("record %s is in two incidents", id)
			}
			seen[id] = true
		}
		groups = append(groups, strings.Join(inc.SourceIDs, "+"))
	}
	want := []string{"A-001+B-101", "A-002+B-102", "A-003", "B-103"}
	if strings.Join(groups, " ") != strings.Join(want, " ") {
		t.Errorf("incidents = %q, want %q", groups, want)
	}
	if n := strings.Count(logw.String(), "\n"); n != len(want) {
		t.Errorf("log has %d lines, want %d", n, len(want))
	}
}
