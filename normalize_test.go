package incident

import (
	"bufio"

	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectedRecord is one line of examples/data/expected.tsv.
type expectedRecord struct {
	countries, date, actor, confidence, note string
}

func readExpected(t *testing.T) map[string]expectedRecord {
	t.Helper()
	f, err := os.Open(filepath.Join("examples", "data", "expected.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string]expectedRecord{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || strings.HasPrefix(line, "id\t") {
			continue
		}
		c := strings.Split(line, "\t")
		for len(c) < 6 {
			c = append(c, "")
		}
		want[c[0]] = expectedRecord{c[1], c[2], c[3], c[4], c[5]}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return want
}

// normalizeFile normalizes every record of a file with n.
func normalizeFile(t testing.TB, n *Normalizer, name string) []Incident {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rr := NewRecordReader(f, filepath.Base(name), ReaderOptions{})
	var out []Incident
	for {
		rec, err := rr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, n.Normalize(rec))
	}
}

func countryList(inc *Incident) string {
	var cs []string
	for _, c := range inc.Countries() {
		cs = append(cs, c.String())
	}
	return strings.Join(cs, ",")
}

// TestNormalizeAccuracy scores the sample files against the answer key: every record must
// come out, and at least 95 % of them must have the right actor, countries and date.
func TestNormalizeAccuracy(t *testing.T) {
	want := readExpected(t)
	n, err := NewNormalizer(Profile{Order: OrderDayFirst})
	if err != nil {
		t.Fatal(err)
	}
	var got []Incident
	for _, name := range []string{"incidents.csv", "feed.jsonl"} {
		got = append(got, normalizeFile(t, n, filepath.Join("examples", "data", name))...)
	}
	if len(got) != len(want) {
		t.Errorf("%d incidents out, want %d (one per record of the answer key)", len(got), len(want))
	}
	right, confRight := 0, 0
	for i := range got {
		inc := &got[i]
		w, ok := want[inc.ID]
		if !ok {
			t.Errorf("incident %q is not in the answer key", inc.ID)
			continue
		}
		gc, gd, ga := countryList(inc), inc.Date.String(), inc.Actor.ID()
		if gc == w.countries && gd == w.date && ga == w.actor {
			right++
		} else {
			t.Logf("%s: countries %q date %q actor %q, want %q %q %q (%s); problems %v", inc.ID, gc, gd, ga, w.countries, w.date, w.actor, w.note, inc.Problems)
		}
		if inc.Confidence.String() == w.confidence {
			confRight++
		} else {
			t.Logf("%s: confidence %v, want %s (%s)", inc.ID, inc.Confidence, w.confidence, w.note)
		}
	}
	pct := 100 * float64(right) / float64(len(want))
	t.Logf("actor, countries and date right on %d of %d records (%.1f %%); confidence right on %d", right, len(want), pct, confRight)
	if pct < 95 {
		t.Errorf("accuracy %.1f %%, want >= 95 %%", pct)
	}
}
