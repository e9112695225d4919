package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hybridwatch/incident"
)

// TestRun checks the promise of the program: every record of the embedded CSV comes out as
// one incident that reads back, with its raw record and its ID.
func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := run(&out, &errOut); err != nil {
		t.Fatalf("run: %v", err)
	}
	wantRows := strings.Count(strings.TrimSpace(string(records)), "\n") // minus the header
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var inc incident.Incident
		if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
			t.Fatalf("line %d does not read back: %v\n%s", n+1, err, sc.Bytes())
		}
		if len(inc.Raw) != 1 || inc.Raw[0].ID != inc.ID || len(inc.SourceIDs) != 1 {
			t.Errorf("incident %q: raw %+v, source IDs %q", inc.ID, inc.Raw, inc.SourceIDs)
		}
		if len(inc.Categories) == 0 && len(inc.Problems) == 0 {
			t.Errorf("incident %q has neither a category nor a problem", inc.ID)
		}
		n++
	}
	if n != wantRows {
		t.Errorf("%d incidents out, want %d (one per record)", n, wantRows)
	}
	if !strings.Contains(errOut.String(), "records in") {
		t.Errorf("no summary on stderr: %q", errOut.String())
	}
}
