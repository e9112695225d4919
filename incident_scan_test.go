package incident

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanCases are JSON inputs on which the hand-written scanner must agree with encoding/json:
// both accept them with the same wire values, or both reject them.
var scanCases = []string{
	// Valid documents, as normalize writes them and as people edit them.
	`{"id":"HW-1","title":null,"categories":["physical.arson"],"date":"2024-05-09","countries":["LT"],"actor":"ru-gru","confidence":"low","attributions":[{"actor":"ru-gru","actor_raw":"GRU?","confidence":"low","source_ids":["lt-1"],"via":null,"claimant":null,"claimant_kind":null,"basis":null,"act":null,"confidence_raw":"?","score":null,"date":null}],"source_ids":["lt-1"],"problems":[],"summary":null,"stage":"unknown","places":[{"country":"LT","role":"location","region":null,"city":null}],"targets":[],"sources":[{"id":null,"url":null,"publisher":null,"language":"lt","published":"2024-05-10"}],"raw":[{"id":"lt-1","file":"in/feed.jsonl","line":1,"fields":[{"key":"when","value":"vakar"}]}]}`,
	` { "ID" : "x" , "Title":"\u00e9t\u00E9 \"quoted\" \ud83d\ude00 \ud800 lone" , "extra": {"a":[1,-2.5e+3,true,false,null,{}]} } `,
	`{"ſource_ids":["a","b"],"categories":[],"countries":null}`,
	`{"categories":["physical","x"],"categories":[null]}`,
	`{"attributions":[{"score":85,"source_ids":["a"]}],"attributions":[{"actor":"ru"}]}`,
	`{"raw":[{"line":-0,"fields":[{"key":"k","value":"v\n\t\/"}]}]}`,
	`null`,
	`{}`,
	"{\"title\":\"bad \xff utf-8\"}",
	// Invalid documents.
	``,
	`[]`,
	`"x"`,
	`{"title":5}`,
	`{"categories":"physical"}`,
	`{"attributions":[{"score":1.5}]}`,
	`{"attributions":[{"score":1e2}]}`,
	`{"attributions":[{"score":"85"}]}`,
	`{"raw":[{"line":99999999999999999999}]}`,
	`{"id":"x"} {}`,
	`{"id":"x",}`,
	`{"id":01}`,
	`{"id":"\x01"}`,
	`{"id":"\q"}`,
	`{"id":"\u12"}`,
	`{"id" "x"}`,
	`{"id":nul}`,
	`{"a":[1,]}`,
	`{"a":-}`,
	`{"a":1.}`,
	`{"a":tru}`,
}

// refScan decodes data into the wire struct with encoding/json, the reference.
func refScan(data string) (incidentJSON, error) {
	var w incidentJSON
	err := json.Unmarshal([]byte(data), &w)
	return w, err
}

func TestScanIncidentAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range scanCases {
		checkScanAgrees(t, in)
	}
}

func checkScanAgrees(t *testing.T, in string) {
	t.Helper()
	want, wantErr := refScan(in)
	var got incidentJSON
	gotErr := scanIncident(in, &got)
	if (gotErr == nil) != (wantErr == nil) {
		t.Fatalf("scanIncident(%q) error = %v, want error %v (encoding/json)", in, gotErr, wantErr)
	}
	if gotErr != nil {
		if !errors.Is(gotErr, ErrInvalid) {
			t.Errorf("scanIncident(%q) error %v does not wrap ErrInvalid", in, gotErr)
		}
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scanIncident(%q) differs from encoding/json (-json +scan):\n%s", in, diff)
	}
}

// TestScanIncidentGolden reads every incident of the golden files and the command's test
// data both ways.
func TestScanIncidentGolden(t *testing.T) {
	files, _ := filepath.Glob("cmd/incident/testdata/*.txtar")
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, `{"id":`) {
				checkScanAgrees(t, line)
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no incidents found in cmd/incident/testdata")
	}
}

func TestUnmarshalJSONAllocs(t *testing.T) {
	line := []byte(scanCases[0])
	var inc Incident
	if err := inc.UnmarshalJSON(line); err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(100, func() {
		var inc Incident
		inc.UnmarshalJSON(line)
	})
	// The line's copy, the wire lists and the decoded lists: about one per list.
	if allocs > 20 {
		t.Errorf("Incident.UnmarshalJSON: %v allocations, want at most 20", allocs)
	}
}

func BenchmarkUnmarshalIncident(b *testing.B) {
	line := []byte(scanCases[0])
	b.ReportAllocs()
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		var inc Incident
		if err := inc.UnmarshalJSON(line); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalIncidentEncodingJSON(b *testing.B) {
	line := []byte(scanCases[0])
	b.ReportAllocs()
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		w, err := refScan(string(line))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := w.decode(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzScanIncident checks that the scanner accepts and rejects what encoding/json does, with
// the same values, and never panics.
func FuzzScanIncident(f *testing.F) {
	for _, in := range scanCases {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkScanAgrees(t, in)
	})
}
