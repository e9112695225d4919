package incident

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"sync"
	"time"

	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// rec builds a raw record from key/value pairs.
func rawRec(id string, kv ...string) RawRecord {
	r := RawRecord{ID: id, File: "t.csv", Line: 2}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Fields = append(r.Fields, RawField{Key: kv[i], Value: kv[i+1]})
	}
	return r
}

// normalizeCase is one record and the canonical values it must give. problems lists the
// fields with a problem, with the kind: "Date:ambiguous".
type normalizeCase struct {
	name       string
	profile    Profile
	rec        RawRecord
	date       string
	countries  string
	actor      string
	confidence string
	categories string
	problems   string
	via        string
}

// normalizeCases is sorted by name; one table drives several tests.
var normalizeCases = []normalizeCase{
	{name: "actor alias ambiguity across branches gives the common ancestor", rec: rawRec("a1", "Actor", "Russia (SVR & GRU)", "Confidence", "high"), actor: "ru", confidence: "high"},
	{name: "actor apt28 with its service on one chain", rec: rawRec("a2", "Actor", "APT28 (GRU)", "Confidence", "High"), actor: "ru-gru-26165", confidence: "high", via: "APT28"},
	{name: "actor country name in another language", rec: rawRec("a3", "Täter", "Krievija", "Confidence", "high"), actor: "ru", confidence: "high"},
	{name: "actor digits in a name are no hedge", rec: rawRec("c5", "Perpetrator", "NoName057(16)"), actor: "hacktivist-noname05716", confidence: "moderate", via: "NoName057(16)"},
	{name: "actor hedge before a unit number", rec: rawRec("c4", "Perpetrator", "GRU, possibly Unit 74455"), actor: "ru-gru-74455", confidence: "low", via: "Sandworm Team"},
	{name: "actor hedge in another language, feminine", rec: rawRec("a4es", "Autor", "Rusia (sospechosa)"), actor: "ru", confidence: "low"},
	{name: "actor hedge in another language, inflected before the name", rec: rawRec("a4de", "Täter", "mutmaßliche GRU"), actor: "ru-gru", confidence: "low"},
	{name: "actor hedge in parentheses, no column", rec: rawRec("a4", "Suspected actor", "GRU (suspected)"), actor: "ru-gru", confidence: "low"},
	{name: "actor hedge loses to the column", rec: rawRec("a5", "Suspected actor", "GRU (suspected)", "Confidence", "High"), actor: "ru-gru", confidence: "high"},
	{name: "actor leading hedge likely", rec: rawRec("a6", "Perpetrator", "likely Sandworm"), actor: "ru-gru-74455", confidence: "moderate", via: "Sandworm Team"},
	{name: "actor leading hedge probably before a country", rec: rawRec("b8", "Perpetrator", "Probably Russia"), actor: "ru", confidence: "moderate"},
	{name: "actor list from a json array, one chain", rec: rawRec("c3", "actors", "GRU; APT28", "confidence", "0.7"), actor: "ru-gru-26165", confidence: "high", via: "APT28"},
	{name: "actor n/a", rec: rawRec("a8", "Perpetrator", "n/a"), confidence: "none"},
	{name: "actor none (accident)", rec: rawRec("a7", "Perpetrator", "none (accident)", "Confidence", "90"), actor: "", confidence: "none"},
	{name: "actor pro-Russian hackers is no state attribution", rec: rawRec("a9", "Perpetrator", "pro-Russian hackers", "Confidence", "moderate"), confidence: "none", problems: "Perpetrator:ambiguous"},
	{name: "actor question mark is low", rec: rawRec("b1", "Perpetrator", "Rosja?"), actor: "ru", confidence: "low"},
	{name: "actor russia with a hedge in parentheses", rec: rawRec("b2", "Perpetrator", "Russia (suspected)"), actor: "ru", confidence: "low"},
	{name: "actor suspected russian military intelligence", rec: rawRec("b3", "Perpetrator", "suspected Russian military intelligence"), actor: "ru-gru", confidence: "low"},
	{name: "actor trailing hedge in parentheses on a country", rec: rawRec("b9", "Perpetrator", "Russia (possibly)"), actor: "ru", confidence: "low"},
	{name: "actor two states without a common ancestor", rec: rawRec("c0", "Perpetrator", "Russia and Belarus", "Confidence", "high"), confidence: "none", problems: "Perpetrator:ambiguous"},
	{name: "actor unit outside the registry goes to its parent", rec: rawRec("b4", "Perpetrator", "GRU unit 99999", "Confidence", "high"), actor: "ru-gru", confidence: "high", problems: "Perpetrator:unknown"},
	{name: "actor unknown placeholder", rec: rawRec("b6", "Perpetrator", "unknown"), confidence: "none"},
	{name: "actor unknown text is a problem", rec: rawRec("b5", "Perpetrator", "Zorblax Collective"), confidence: "none", problems: "Perpetrator:unknown"},
	{name: "actor with no grade at all is moderate", rec: rawRec("b7", "Perpetrator", "Russia"), actor: "ru", confidence: "moderate"},
	{name: "categories in several languages, one unmapped", rec: rawRec("c1", "Type", "Brandstiftung; frobnication"), categories: "physical.arson", problems: "Type:unknown"},
	{name: "categories parent dropped next to a child", rec: rawRec("c2", "Tags", "sabotage; arson"), categories: "physical.arson"},
	{name: "confidence admiralty code", rec: rawRec("d1", "Actor", "Russia", "Confidence", "B2"), actor: "ru", confidence: "high"},
	{name: "confidence from the claimant statement beats the hedge", rec: rawRec("d7", "Actor", "GRU (suspected)", "Attributed by", "UK NCSC, high confidence"), actor: "ru-gru", confidence: "high"},
	{name: "confidence number without actor is none", rec: rawRec("d2", "Actor", "unknown", "Confidence", "85"), confidence: "none"},
	{name: "confidence percent", rec: rawRec("d3", "Actor", "GRU", "Confidence", "45%"), actor: "ru-gru", confidence: "moderate"},
	{name: "confidence plain label possible", rec: rawRec("d4", "Actor", "GRU", "Confidence", "possible"), actor: "ru-gru", confidence: "low"},
	{name: "confidence stix zero", rec: rawRec("d5", "Actor", "GRU", "Confidence", "0"), actor: "ru-gru", confidence: "none"},
	{name: "confidence unreadable column falls back to the hedge", rec: rawRec("d6", "Actor", "GRU?", "Confidence", "zzz"), actor: "ru-gru", confidence: "low", problems: "Confidence:invalid"},
	{name: "countries a sea next to a country keeps the country", rec: rawRec("e5", "Location", "Sweden, Baltic Sea"), countries: "SE", problems: "Location:not-applicable"},
	{name: "countries alternatives stay ambiguous", rec: rawRec("e6", "Country", "Russia or Belarus"), problems: "Country:ambiguous"},
	{name: "countries location and target, never the perpetrator", rec: rawRec("e1", "Country", "Finland", "Target country", "Estonia", "Actor country", "Russia"), countries: "EE,FI"},
	{name: "countries multi-country cell", rec: rawRec("e2", "Country", "Sweden and Latvia"), countries: "LV,SE"},
	{name: "countries nested json key", rec: rawRec("e3", "location.country", "Lietuva", "target.country", "Эстония"), countries: "EE,LT"},
	{name: "countries unknown is a problem", rec: rawRec("e4", "Country", "Atlantis", "Target country", "PL"), countries: "PL", problems: "Country:unknown"},
	{name: "date ambiguous without a profile", rec: rawRec("f1", "Date", "08/05/2024"), problems: "Date:ambiguous"},
	{name: "date day first profile", profile: Profile{Order: OrderDayFirst}, rec: rawRec("f2", "Date", "08/05/2024"), date: "2024-05-08"},
	{name: "date month first profile", profile: Profile{Order: OrderMonthFirst}, rec: rawRec("f3", "Date", "08/05/2024"), date: "2024-08-05"},
	{name: "date object start and end", rec: rawRec("f4", "when.start", "2025-11-15", "when.end", "2025-11-16"), date: "2025-11-15/2025-11-16"},
	{name: "date object with a start only has an unknown end", rec: rawRec("f8", "when.start", "2024-05-01", "when.end", ""), date: "2024-05-01/"},
	{name: "date relative against the profile reference", profile: Profile{Reference: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)}, rec: rawRec("f5", "Date", "last month"), date: "2024-10"},
	{name: "date relative against the record's publication date", profile: Profile{Reference: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)}, rec: rawRec("f6", "published_at", "2024-05-10T08:15:00+03:00", "when", "vakar"), date: "2024-05-09"},
	{name: "date relative without any reference is a problem", rec: rawRec("f7", "Date", "yesterday"), problems: "Date:invalid"},
}

func problemList(inc *Incident) string {
	var ps []string
	for _, p := range inc.Problems {
		ps = append(ps, p.Field+":"+string(p.Kind()))
	}
	return strings.Join(ps, ",")
}

func categoryList(inc *Incident) string {
	var cs []string
	for _, c := range NormalizeCategories(inc.Categories) {
		cs = append(cs, c.String())
	}
	return strings.Join(cs, ",")
}

func TestNormalize(t *testing.T) {
	if !slices.IsSortedFunc(normalizeCases, func(a, b normalizeCase) int { return strings.Compare(a.name, b.name) }) {
		t.Error("normalizeCases is not sorted by name")
	}
	for _, c := range normalizeCases {
		n, err := NewNormalizer(c.profile)
		if err != nil {
			t.Fatal(err)
		}
		inc := n.Normalize(c.rec)
		check := func(what, got, want string) {
			if got != want {
				t.Errorf("%s: Normalize(%v).%s = %q, want %q", c.name, c.rec.Fields, what, got, want)
			}
		}
		check("Date", inc.Date.String(), c.date)
		check("Countries", countryList(&inc), c.countries)
		check("Actor", inc.Actor.ID(), c.actor)
		wantConf := c.confidence
		if wantConf == "" {
			wantConf = "none"
		}
		check("Confidence", inc.Confidence.String(), wantConf)
		check("Categories", categoryList(&inc), c.categories)
		check("Problems", problemList(&inc), c.problems)
		if len(inc.Attributions) > 0 {
			check("Via", inc.Attributions[0].Via, c.via)
		}
	}
}

// TestNormalizeKeepsEverything checks the promises that hold for every record: the record is
// kept verbatim, the IDs are the record's, every problem names a field of the record and
// quotes its value, and the actor text is kept as written.
func TestNormalizeKeepsEverything(t *testing.T) {
	for _, c := range normalizeCases {
		n, _ := NewNormalizer(c.profile)
		inc := n.Normalize(c.rec)
		if len(inc.Raw) != 1 || !slices.Equal(inc.Raw[0].Fields, c.rec.Fields) {
			t.Errorf("%s: Raw = %v, want the record", c.name, inc.Raw)
		}
		if inc.ID != c.rec.ID || !slices.Equal(inc.SourceIDs, []string{c.rec.ID}) {
			t.Errorf("%s: ID %q, SourceIDs %v, want %q", c.name, inc.ID, inc.SourceIDs, c.rec.ID)
		}
		for _, p := range inc.Problems {
			if !slices.Contains(c.rec.Fields, RawField{p.Field, p.Raw}) {
				t.Errorf("%s: problem %+v names no field of the record", c.name, p)
			}
			if p.Err == nil {
				t.Errorf("%s: problem %+v without error", c.name, p)
			}
		}
		for _, a := range inc.Attributions {
			if !slices.ContainsFunc(c.rec.Fields, func(f RawField) bool { return f.Value == a.ActorRaw }) {
				t.Errorf("%s: actor_raw %q is not the field as written", c.name, a.ActorRaw)
			}
			if !a.Actor.IsValid() && a.Confidence != LevelNone {
				t.Errorf("%s: no actor but confidence %v", c.name, a.Confidence)
			}
		}
	}
}

// TestNormalizeConcurrent normalizes the sample files from several goroutines with one
// Normalizer and checks that every incident equals the one a sequential run gives.
func TestNormalizeConcurrent(t *testing.T) {
	var recs []RawRecord
	for _, name := range []string{"incidents.csv", "feed.jsonl"} {
		recs = append(recs, readRecords(t, filepath.Join("examples", "data", name))...)
	}
	seq, _ := NewNormalizer(Profile{Order: OrderDayFirst})
	want := make([]string, len(recs))
	for i, r := range recs {
		inc := seq.Normalize(r)
		want[i] = string(inc.AppendJSON(nil))
	}
	par, _ := NewNormalizer(Profile{Order: OrderDayFirst})
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 {
				for i := range recs {
					j := (i + g*7 + k) % len(recs)
					inc := par.Normalize(recs[j])
					if got := string(inc.AppendJSON(nil)); got != want[j] {
						t.Errorf("record %s: concurrent result differs:\n%s\nwant\n%s", recs[j].ID, got, want[j])
						return
					}
				}
			}
		})
	}
	wg.Wait()
}

func readRecords(t testing.TB, name string) []RawRecord {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rr := NewRecordReader(f, filepath.Base(name), ReaderOptions{})
	var out []RawRecord
	for {
		r, err := rr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
}

// TestNormalizeAllocs bounds the allocations of a record whose values the Normalizer has seen:
// the incident's own slices (places, categories, attributions, sources, IDs, raw) and no more.
func TestNormalizeAllocs(t *testing.T) {
	n, _ := NewNormalizer(Profile{Order: OrderDayFirst})
	r := rawRec("HW-1", "Date", "20/03/2024", "Country", "UK", "Type", "Arson", "Suspected actor", "GRU (suspected)",
		"Confidence", "High", "Attributed by", "CPS", "Source", "https://example.com/a", "Title", "Warehouse fire")
	n.Normalize(r)
	allocs := testing.AllocsPerRun(100, func() { n.Normalize(r) })
	if allocs > 8 {
		t.Errorf("Normalize of a seen record: %v allocations, want at most 8", allocs)
	}
}

func TestParseProfile(t *testing.T) {
	for _, c := range []struct {
		in    string
		order DateOrder
		err   bool
	}{
		{"", OrderUndecided, false},
		{"DayFirst", OrderDayFirst, false},
		{"dmy", OrderDayFirst, false},
		{"monthfirst", OrderMonthFirst, false},
		{"yearfirst", 0, true},
	} {
		p, err := ParseProfile(c.in)
		if (err != nil) != c.err || p.Order != c.order {
			t.Errorf("ParseProfile(%q) = %v, %v; want order %v, error %v", c.in, p.Order, err, c.order, c.err)
		}
		if err != nil && !errors.Is(err, ErrUnknown) {
			t.Errorf("ParseProfile(%q) error %v does not wrap ErrUnknown", c.in, err)
		}
	}
}

// TestNormalizerAppendJSON checks that Normalizer.AppendJSON writes the bytes and returns
// the problems of Normalize followed by Incident.AppendJSON, record after record, while it
// reuses the memory of each incident for the next.
func TestNormalizerAppendJSON(t *testing.T) {
	var recs []RawRecord
	for _, name := range []string{"incidents.csv", "feed.jsonl"} {
		recs = append(recs, readRecords(t, filepath.Join("examples", "data", name))...)
	}
	n, _ := NewNormalizer(Profile{Order: OrderDayFirst, Reference: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)})
	var got []byte
	withProblems := 0
	for _, rec := range recs {
		inc := n.Normalize(rec)
		want := inc.AppendJSON([]byte("prefix "))
		var problems []Problem
		got, problems = n.AppendJSON(append(got[:0], "prefix "...), rec)
		if string(got) != string(want) {
			t.Errorf("Normalizer.AppendJSON(%s) =\n%s\nwant\n%s", rec.ID, got, want)
		}
		if !cmp.Equal(problems, inc.Problems, cmp.Comparer(func(a, b error) bool { return a.Error() == b.Error() })) {
			t.Errorf("Normalizer.AppendJSON(%s) problems = %v, want %v", rec.ID, problems, inc.Problems)
		}
		if len(problems) > 0 {
			withProblems++
		}
	}
	if withProblems == 0 {
		t.Errorf("no record of the examples has a problem: the test does not check the problems")
	}
}

func BenchmarkNormalize(b *testing.B) {
	var recs []RawRecord
	for _, name := range []string{"incidents.csv", "feed.jsonl"} {
		recs = append(recs, readRecords(b, filepath.Join("examples", "data", name))...)
	}
	n, _ := NewNormalizer(Profile{Order: OrderDayFirst})
	b.Run("seen", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			n.Normalize(recs[i%len(recs)])
			i++
		}
	})
	b.Run("append", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		i := 0
		for b.Loop() {
			buf, _ = n.AppendJSON(buf[:0], recs[i%len(recs)])
			i++
		}
	})
	b.Run("json", func(b *testing.B) {
		b.ReportAllocs()
		var buf []byte
		i := 0
		for b.Loop() {
			inc := n.Normalize(recs[i%len(recs)])
			buf = inc.AppendJSON(buf[:0])
			i++
		}
	})
}

func init() {
	goldenKinds["normalize"] = goldenKind{run: goldenNormalize, idempotent: goldenNormalizeIdempotent}
}

// normalizeGoldenOpts are the options of a normalize golden case: the file name (its
// extension selects the format), the profile preset, the reference date and a mapping.
type normalizeGoldenOpts struct {
	File    string `json:"file"`
	Profile string `json:"profile"`
	Ref     string `json:"ref"`
	Map     string `json:"map"`
}

func (o normalizeGoldenOpts) normalizer(t *testing.T) *Normalizer {
	t.Helper()
	p, err := ParseProfile(o.Profile)
	if err != nil {
		t.Fatal(err)
	}
	if o.Ref != "" {
		if p.Reference, err = time.Parse(time.DateOnly, o.Ref); err != nil {
			t.Fatal(err)
		}
	}
	if o.Map != "" {
		if p.Mapping, err = ParseFieldMapping(o.Map); err != nil {
			t.Fatal(err)
		}
	}
	n, err := NewNormalizer(p)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// goldenNormalize normalizes every record of the input and returns the incidents without
// their raw records (the input section shows them), plus the rejects.
func goldenNormalize(t *testing.T, opts json.RawMessage, input []byte) []byte {
	var o normalizeGoldenOpts
	if err := json.Unmarshal(opts, &o); err != nil {
		t.Fatal(err)
	}
	n := o.normalizer(t)
	rr := NewRecordReader(bytes.NewReader(input), o.File, ReaderOptions{})
	out := struct {
		Incidents []map[string]any `json:"incidents"`
		Rejects   []string         `json:"rejects"`
	}{Incidents: []map[string]any{}, Rejects: []string{}}
	for {
		r, err := rr.Next()
		if err == io.EOF {
			break
		}
		var re *RecordError
		if errors.As(err, &re) {
			out.Rejects = append(out.Rejects, re.Error())
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		inc := n.Normalize(r)
		var m map[string]any
		if err := json.Unmarshal(inc.AppendJSON(nil), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "raw")
		out.Incidents = append(out.Incidents, m)
	}
	return goldenJSON(t, out)
}

// goldenNormalizeIdempotent feeds the canonical values of each wanted incident back as a
// record (date, countries, actor ID, confidence) and checks that they come out unchanged.
func goldenNormalizeIdempotent(t *testing.T, opts json.RawMessage, want []byte) {
	var w struct {
		Incidents []struct {
			ID         string   `json:"id"`
			Date       *string  `json:"date"`
			Countries  []string `json:"countries"`
			Actor      *string  `json:"actor"`
			Confidence string   `json:"confidence"`
		} `json:"incidents"`
	}
	if err := json.Unmarshal(want, &w); err != nil {
		t.Fatal(err)
	}
	n, _ := NewNormalizer(Profile{})
	for _, inc := range w.Incidents {
		r := RawRecord{ID: inc.ID}
		if inc.Date != nil {
			r.Fields = append(r.Fields, RawField{"date", *inc.Date})
		}
		if len(inc.Countries) > 0 {
			r.Fields = append(r.Fields, RawField{"country", strings.Join(inc.Countries, ", ")})
		}
		if inc.Actor != nil {
			r.Fields = append(r.Fields, RawField{"actor", *inc.Actor}, RawField{"confidence", inc.Confidence})
		}
		got := n.Normalize(r)
		d := ""
		if inc.Date != nil {
			d = *inc.Date
		}
		a := ""
		if inc.Actor != nil {
			a = *inc.Actor
		}
		if got.Date.String() != d || countryList(&got) != strings.Join(inc.Countries, ",") || got.Actor.ID() != a || got.Confidence.String() != inc.Confidence {
			t.Errorf("%s: normalizing the canonical values again gives date %q countries %q actor %q confidence %v, want %q %q %q %s",
				inc.ID, got.Date, countryList(&got), got.Actor.ID(), got.Confidence, d, strings.Join(inc.Countries, ","), a, inc.Confidence)
		}
	}
}

func TestZeroNormalizer(t *testing.T) {
	var n Normalizer
	inc := n.Normalize(rawRec("z", "Perpetrator", "GRU (suspected)", "Country", "LT"))
	if inc.Actor.ID() != "ru-gru" || countryList(&inc) != "LT" {
		t.Errorf("zero Normalizer: actor %q countries %q, want ru-gru LT", inc.Actor.ID(), countryList(&inc))
	}
}

func TestNormalizeID(t *testing.T) {
	var n Normalizer
	for _, c := range []struct {
		rec  RawRecord
		want string
	}{
		{RawRecord{ID: "given", Fields: []RawField{{"id", "field"}}}, "given"},
		{RawRecord{Fields: []RawField{{"Record ID", " field "}}}, "field"},
		{RawRecord{File: "feed.jsonl", Line: 7}, "feed.jsonl:7"},
		{RawRecord{}, ""},
	} {
		inc := n.Normalize(c.rec)
		if inc.ID != c.want {
			t.Errorf("Normalize(%+v).ID = %q, want %q", c.rec, inc.ID, c.want)
		}
		if c.want != "" && !slices.Equal(inc.SourceIDs, []string{c.want}) {
			t.Errorf("Normalize(%+v).SourceIDs = %q, want [%q]", c.rec, inc.SourceIDs, c.want)
		}
	}
}
