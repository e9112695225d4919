package incident

import (
	"encoding/json"
	"slices"
	"testing"
)

// FuzzNormalize builds a record from a few fields and checks the promises of Normalize for
// any input: no panic; the record is kept verbatim; every problem names a field of the record
// with its raw value; no actor means confidence none; the output is valid JSON; and
// normalizing the same record again (now from the memos) gives the same incident, and so
// does Normalizer.AppendJSON.
func FuzzNormalize(f *testing.F) {
	// Seeds: realistic values of each role, then hostile ones.
	f.Add("20/03/2024", "UK", "GRU (suspected)", "High", "Arson")
	f.Add("Jul 2024", "Polska; LT/FI", "Russian intelligence (GRU?)", "med", "paczka zapalająca")
	f.Add("since 2022", "FI, EE", "Russia (SVR & GRU)", "B2", "DDoS, defacement")
	f.Add("vakar", "Lietuva", "likely Sandworm", "85%", "padegimas; sabotažas")
	f.Add("08/05/2024", "Atlantis", "GRU unit 99999", "0", "frobnication")
	f.Add("", "", "n/a", "", "")
	f.Add("31/02/2024", "Russia or Belarus", "pro-Russian hackers (?)", "sort of", "((;;))")
	f.Add("\xff", "(", ")", "?", "/")
	f.Fuzz(func(t *testing.T, date, country, actor, conf, cat string) {
		r := rawRec("F-1", "Date", date, "Country", country, "Suspected actor", actor, "Confidence", conf, "Type", cat)
		n, err := NewNormalizer(Profile{Order: OrderDayFirst})
		if err != nil {
			t.Fatal(err)
		}
		inc := n.Normalize(r)
		if len(inc.Raw) != 1 || !slices.Equal(inc.Raw[0].Fields, r.Fields) {
			t.Fatalf("Normalize(%v): the record is not kept verbatim: %v", r.Fields, inc.Raw)
		}
		for _, p := range inc.Problems {
			if p.Err == nil || !slices.Contains(r.Fields, RawField{p.Field, p.Raw}) {
				t.Errorf("Normalize(%v): problem %+v names no field of the record, or has no error", r.Fields, p)
			}
		}
		if !inc.Actor.IsValid() && inc.Confidence != LevelNone {
			t.Errorf("Normalize(%v): no actor but confidence %v", r.Fields, inc.Confidence)
		}
		first := inc.AppendJSON(nil)
		if !json.Valid(first) {
			t.Fatalf("Normalize(%v): invalid JSON %s", r.Fields, first)
		}
		again := n.Normalize(r)
		if second := again.AppendJSON(nil); string(second) != string(first) {
			t.Errorf("Normalize(%v) is not deterministic:\n%s\n%s", r.Fields, first, second)
		}
		if streamed, problems := n.AppendJSON(nil, r); string(streamed) != string(first) || len(problems) != len(inc.Problems) {
			t.Errorf("Normalizer.AppendJSON(%v) = %s with %d problems, want %s with %d", r.Fields, streamed, len(problems), first, len(inc.Problems))
		}
	})
}
