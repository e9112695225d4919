package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun normalizes the sample export and checks a few lines of the answer key.
func TestRun(t *testing.T) {
	var out bytes.Buffer
	if err := run(filepath.Join("..", "data", "incidents.csv"), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"HW-001  2024-03-20             GB           ru-wagner      high      0 problems",
		"HW-016  2023-01/2023-04        DE           ru-gru-26165   high      0 problems",
		"44 records: 44 incidents, 0 rejected",
	} {
		if !strings.Contains(got, want+"\n") {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
