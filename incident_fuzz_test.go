package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzIncidentJSON checks the JSON reader and writer together: no panic on any input; a
// rejected input fails with an error; an accepted one writes JSON that reads back, and
// writing it again gives the same bytes (reading is idempotent after one normalization).
func FuzzIncidentJSON(f *testing.F) {
	// Seeds: the golden inputs, the sample record, and a few malformed shapes.
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "incident-*.txtar"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		if in, ok := parseTxtar(data).section("input"); ok {
			f.Add(string(in))
		}
	}
	f.Add(sampleJSON)
	f.Add(`{"categories":[1]}`)                                  // wrong type
	f.Add(`{"places":[{"country":"lt"}]}`)                       // lower-case code
	f.Add(`{"attributions":[{"score":-1}]}`)                     // out of range
	f.Add(`{"problems":[{"kind":"ambiguous"}]}`)                 // kind without message
	f.Add(`{"raw":[{"fields":[{"key":"a","value":"\u0000"}]}]}`) // control character kept verbatim
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, s string) {
		var inc Incident
		if err := json.Unmarshal([]byte(s), &inc); err != nil {
			return
		}
		first, err := json.Marshal(inc)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%q): %v", s, err)
		}
		var back Incident
		if err := json.Unmarshal(first, &back); err != nil {
			t.Fatalf("Unmarshal(%s) of our own output: %v", first, err)
		}
		second, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("not idempotent:\n%s\n%s", first, second)
		}
		for _, p := range back.Problems {
			if p.Err != nil && !errors.Is(p.Err, ErrInvalid) && !errors.Is(p.Err, ErrUnknown) && !errors.Is(p.Err, ErrAmbiguous) {
				t.Fatalf("problem %+v read back wraps no sentinel", p)
			}
		}
	})
}

// FuzzAppendJSONString checks the hand-written string encoder against encoding/json.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range jsonStringCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendJSONString(nil, s)), referenceJSONString(t, s); got != want {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
