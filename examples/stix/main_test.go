package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestRun checks that the embedded sample exports to a bundle with one incident object per
// incident, and that exporting twice gives the same bytes.
func TestRun(t *testing.T) {
	var a, b bytes.Buffer
	if err := run(nil, &a); err != nil {
		t.Fatalf("run: %v", err)
	}
	if err := run(nil, &b); err != nil {
		t.Fatalf("run: %v", err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two exports differ")
	}
	var bundle struct {
		Type    string
		Objects []struct{ Type string }
	}
	if err := json.Unmarshal(a.Bytes(), &bundle); err != nil {
		t.Fatalf("the bundle is not JSON: %v", err)
	}
	n := 0
	for _, o := range bundle.Objects {
		if o.Type == "incident" {
			n++
		}
	}
	if bundle.Type != "bundle" || n != 2 {
		t.Errorf("bundle of type %q with %d incidents, want a bundle with 2", bundle.Type, n)
	}
	if err := run([]string{"no-such-file.jsonl"}, &a); err == nil {
		t.Errorf("run with a missing file succeeded")
	}
}
