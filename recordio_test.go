package incident

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// readAll reads every record of src and returns the records and the rejects, and the final
// error if it is not io.EOF.
func readAll(src, name string, opts ReaderOptions) ([]RawRecord, []*RecordError, error) {
	rr := NewRecordReader(strings.NewReader(src), name, opts)
	var recs []RawRecord
	var rejects []*RecordError
	for {
		rec, err := rr.Next()
		var re *RecordError
		switch {
		case err == nil:
			recs = append(recs, rec)
		case errors.As(err, &re):
			rejects = append(rejects, re)
		case err == io.EOF:
			return recs, rejects, nil
		default:
			return recs, rejects, err
		}
	}
}

// summary renders records and rejects compactly: "2 A-1 [k=v|k=v]" and "!5 reason".
func summary(recs []RawRecord, rejects []*RecordError) string {
	var parts []string
	for _, r := range recs {
		var fs []string
		for _, f := range r.Fields {
			fs = append(fs, f.Key+"="+f.Value)
		}
		parts = append(parts, fmt.Sprintf("%d %s [%s]", r.Line, r.ID, strings.Join(fs, "|")))
	}
	for _, r := range rejects {
		parts = append(parts, fmt.Sprintf("!%d %s", r.Line, r.Reason))
	}
	return strings.Join(parts, "\n")
}

// readerTests is the table of small sources and what the readers make of them, sorted by name.
var readerTests = []struct {
	name, file, src, want string
}{
	{"csv-bom-semicolon", "a.csv", "\ufeffID;Datum;Land\r\nA-1;09.05.2024;LT\r\nA-2;1.6.2024;PL/LT\r\n",
		"2 A-1 [ID=A-1|Datum=09.05.2024|Land=LT]\n3 A-2 [ID=A-2|Datum=1.6.2024|Land=PL/LT]"},
	{"csv-bare-quote", "a.csv", "a,b\n12\" pipe,x\n", "2 a.csv:2 [a=12\" pipe|b=x]"},
	{"csv-blank-lines", "a.csv", "date,country\n\n2024-05-09,LT\n   \n2024-05-10,PL\n",
		"3 a.csv:3 [date=2024-05-09|country=LT]\n5 a.csv:5 [date=2024-05-10|country=PL]"},
	{"csv-comma-in-quotes-semicolon-header", "a.csv", "\"Country, or countries\";Actor\n\"LT, PL\";GRU\n",
		"2 a.csv:2 [Country, or countries=LT, PL|Actor=GRU]"},
	{"csv-duplicate-and-blank-headers", "a.csv", "Source,Source,,Source\n1,2,3,4\n",
		"2 a.csv:2 [Source=1|Source#2=2|column 3=3|Source#3=4]"},
	{"csv-embedded-newline", "x/y/b.csv", "id,summary\n7,\"line one\r\nline \"\"two\"\"\"\n8,next\n",
		"2 7 [id=7|summary=line one\nline \"two\"]\n4 8 [id=8|summary=next]"},
	{"csv-empty", "a.csv", "", ""},
	{"csv-extraneous-quote", "a.csv", "a,b\n\"x\"y,2\n3,4\n",
		"3 a.csv:3 [a=3|b=4]\n!2 unexpected text after the closing quote of field 1"},
	{"csv-header-only", "a.csv", "a,b\n", ""},
	{"csv-id-blank-falls-back", "a.csv", "No.,x\n,1\n5,2\n",
		"2 a.csv:2 [No.=|x=1]\n3 5 [No.=5|x=2]"},
	{"csv-no-final-newline", "a.csv", "a,b\n1,2", "2 a.csv:2 [a=1|b=2]"},
	{"csv-ragged", "a.csv", "a,b,c\n1,2\n1,2,3,4\n1,2,3\n",
		"4 a.csv:4 [a=1|b=2|c=3]\n!2 row has 2 fields, header has 3\n!3 row has 4 fields, header has 3"},
	{"csv-excel-sep-hint", "a.csv", "sep=|\r\na|b,c\r\n1|2,3\r\n",
		"3 a.csv:3 [a=1|b,c=2,3]"},
	{"csv-excel-sep-hint-lf", "a.csv", "sep=;\na;b\n1;2\n", "3 a.csv:3 [a=1|b=2]"},
	{"csv-tab", "a.tsv", "id\tcountry\tactor\nT1\tLT, PL\tGRU; FSB\n",
		"2 T1 [id=T1|country=LT, PL|actor=GRU; FSB]"},
	{"csv-trailing-empty-field", "a.csv", "a,b\n1,\n", "2 a.csv:2 [a=1|b=]"},
	{"csv-unclosed-quote", "a.csv", "a,b\n1,\"open\n2,3\n",
		"!2 quoted field 2 is not closed"},
	{"jsonl-arrays", "f.jsonl", `{"id":"F1","countries":["LT","PL"],"sources":[{"url":"u1","lang":"lt"},{"url":"u2"}],"empty":[]}`,
		"1 F1 [id=F1|countries=LT; PL|sources.url=u1; u2|sources.lang=lt|empty=]"},
	{"jsonl-bad-lines", "f.jsonl", "{\"a\":1}\n[1,2]\n{\"a\":\n\"just a string\"\n{\"a\":1}{\"b\":2}\n{\"a\":tru}\n",
		"1 f.jsonl:1 [a=1]\n!2 not a JSON object but an array: JSON Lines wants one object per line\n!3 incomplete JSON value\n!4 not a JSON object\n!5 more than one JSON value on the line\n!6 invalid JSON at byte 6: 't', want true"},
	{"jsonl-date-object", "f.jsonl", `{"date":{"start":"2024-05-09","end":"2024-05-11"},"location":{"country":"Lietuva","city":"Vilnius"}}`,
		"1 f.jsonl:1 [date.start=2024-05-09|date.end=2024-05-11|location.country=Lietuva|location.city=Vilnius]"},
	{"jsonl-detected-by-content", "feed", "  {\"ID\": 12, \"ok\": true, \"n\": null, \"x\": 1.50}\n",
		"1 12 [ID=12|ok=true|n=|x=1.50]"},
	{"jsonl-duplicate-keys", "f.jsonl", `{"a":1,"a":2,"b":{}}`, "1 f.jsonl:1 [a=1|a#2=2|b=]"},
	{"jsonl-escapes", "f.jsonl", `{"t":"Podpalenie \"Marywilska\" \u0142\ud83d\ude00"}`,
		"1 f.jsonl:1 [t=Podpalenie \"Marywilska\" ł😀]"},
}

func TestRecordReader(t *testing.T) {
	for _, tt := range readerTests {
		t.Run(tt.name, func(t *testing.T) {
			recs, rejects, err := readAll(tt.src, tt.file, ReaderOptions{})
			if err != nil {
				t.Fatalf("read %q: %v", tt.src, err)
			}
			if got := summary(recs, rejects); got != tt.want {
				t.Errorf("read %q =\n%s\nwant\n%s", tt.src, got, tt.want)
			}
			for _, r := range rejects {
				if !errors.Is(r, ErrInvalid) || r.Raw == "" || r.File != tt.file {
					t.Errorf("reject %v: Raw %q, File %q; want ErrInvalid, raw text, file %q", r, r.Raw, r.File, tt.file)
				}
			}
		})
	}
}

func TestRecordReaderDetect(t *testing.T) {
	rr := NewRecordReader(strings.NewReader("a;b\n1;2\n"), "-", ReaderOptions{})
	rec, err := rr.Next()
	if err != nil {
		t.Fatal(err)
	}
	if rr.Format() != FormatCSV || rr.Delimiter() != ';' || rec.ID != "stdin:2" || len(rr.Header()) != 2 {
		t.Errorf("format %v, delimiter %q, ID %q, header %q", rr.Format(), rr.Delimiter(), rec.ID, rr.Header())
	}
	// An explicit format and ID field win over detection and guessing.
	recs, _, err := readAll("{\"ref\":1}\n", "x.csv", ReaderOptions{Format: FormatJSONL, IDField: "REF"})
	if err != nil || len(recs) != 1 || recs[0].ID != "1" {
		t.Errorf("explicit JSONL with IDField: %v, %v", recs, err)
	}
	for name, want := range map[string]Format{"a.CSV": FormatCSV, "b.ndjson": FormatJSONL, "c.json": FormatJSONL, "d": FormatCSV} {
		if got := DetectFormat(name, []byte("x,y")); got != want {
			t.Errorf("DetectFormat(%q) = %v, want %v", name, got, want)
		}
	}
	if got := DetectFormat("e", []byte("\ufeff \n{}")); got != FormatJSONL {
		t.Errorf("DetectFormat(BOM {) = %v, want jsonl", got)
	}
	for in, want := range map[string]Format{"": FormatAuto, "CSV": FormatCSV, "tsv": FormatCSV, "ndjson": FormatJSONL} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	if _, err := ParseFormat("xml"); !errors.Is(err, ErrUnknown) {
		t.Errorf("ParseFormat(xml) error = %v, want ErrUnknown", err)
	}
}

// failingReader returns its data, then an error.
type failingReader struct {
	data []byte
	err  error
}

func (r *failingReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestRecordReaderIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	rr := NewRecordReader(&failingReader{data: []byte("a,b\n1,2\n"), err: boom}, "a.csv", ReaderOptions{})
	var n int
	var err error
	for {
		if _, err = rr.Next(); err != nil {
			break
		}
		n++
	}
	if n != 1 || err != boom {
		t.Errorf("read %d records, error %v; want 1, %v", n, err, boom)
	}
	if _, err2 := rr.Next(); err2 != boom {
		t.Errorf("Next after an I/O error = %v, want it again", err2)
	}
}

func TestRecordReaderLongRecord(t *testing.T) {
	big := strings.Repeat("x", MaxRecordLen+10)
	src := "a,b\n1," + big + "\n2,\"" + big + "\"\n3,ok\n"
	recs, rejects, err := readAll(src, "a.csv", ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Line != 4 || len(rejects) != 2 {
		t.Fatalf("got %d records, %d rejects; want the last record and two rejects", len(recs), len(rejects))
	}
	for _, r := range rejects {
		if !strings.Contains(r.Reason, "longer than") || len(r.Raw) > MaxRecordLen+2 {
			t.Errorf("reject line %d: %q, raw %d bytes", r.Line, r.Reason, len(r.Raw))
		}
	}
	jsrc := "{\"a\":\"" + big + "\"}\n{\"a\":1}\n"
	recs, rejects, err = readAll(jsrc, "a.jsonl", ReaderOptions{})
	if err != nil || len(recs) != 1 || len(rejects) != 1 || recs[0].Line != 2 {
		t.Errorf("JSONL long line: %d records, %d rejects, %v", len(recs), len(rejects), err)
	}
}

// TestRecordsInOut checks the accounting on a mix of good and bad rows: every non-blank
// record comes back as a record or a reject, and nothing else.
func TestRecordsInOut(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,date,country\n")
	want := 0
	for i := range 1000 {
		switch i % 7 {
		case 3:
			fmt.Fprintf(&b, "%d,short\n", i) // ragged
		case 5:
			fmt.Fprintf(&b, "%d,\"multi\nline\",LT\n", i)
		default:
			fmt.Fprintf(&b, "%d,2024-05-09,LT\n", i)
		}
		want++
	}
	recs, rejects, err := readAll(b.String(), "a.csv", ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(recs) + len(rejects); got != want {
		t.Errorf("records %d + rejects %d = %d, want %d", len(recs), len(rejects), got, want)
	}
	for _, r := range recs {
		if id, _ := strconv.Atoi(r.ID); id%7 == 3 {
			t.Errorf("ragged row %s came out as a record", r.ID)
		}
	}
}

func init() {
	goldenKinds["records"] = goldenKind{run: goldenRecords}
}

// goldenRecords reads the input as the file named in the options ({"file": "x.csv"}) and
// returns the records and rejects as JSON.
func goldenRecords(t *testing.T, opts json.RawMessage, input []byte) []byte {
	var o struct {
		File string `json:"file"`
	}
	if err := json.Unmarshal(opts, &o); err != nil {
		t.Fatal(err)
	}
	recs, rejects, err := readAll(string(input), o.File, ReaderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		ID     string
		Line   int
		Fields [][2]string
		Roles  []string
	}
	out := struct {
		Records []rec
		Rejects []*RecordError
	}{Records: []rec{}, Rejects: rejects}
	for _, r := range recs {
		o := rec{ID: r.ID, Line: r.Line}
		for _, f := range r.Fields {
			o.Fields = append(o.Fields, [2]string{f.Key, f.Value})
			o.Roles = append(o.Roles, f.Key+" -> "+GuessFieldRole(f.Key).String())
		}
		out.Records = append(out.Records, o)
	}
	return goldenJSON(t, out)
}

// benchCSV returns n small CSV records.
func benchCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("id,date,country,actor,confidence,type\n")
	for i := range n {
		fmt.Fprintf(&b, "R-%d,09.05.2024,LT,GRU (suspected),high,arson\n", i)
	}
	return b.Bytes()
}

func BenchmarkReadCSV(b *testing.B) {
	const n = 10000
	data := benchCSV(n)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rr := NewRecordReader(bytes.NewReader(data), "bench.csv", ReaderOptions{})
		for {
			if _, err := rr.Next(); err != nil {
				break
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkReadJSONL(b *testing.B) {
	const n = 2000
	var buf bytes.Buffer
	for i := range n {
		fmt.Fprintf(&buf, `{"id":"J-%d","date":{"start":"2024-05-09"},"location":{"country":"LT"},"actor":"APT28","tags":["cyber","ddos"]}`+"\n", i)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		rr := NewRecordReader(bytes.NewReader(data), "bench.jsonl", ReaderOptions{})
		for {
			if _, err := rr.Next(); err != nil {
				break
			}
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// TestExampleData checks the sample files of examples/data against their answer key: every
// record reads without a reject, and the key has exactly one well-formed row per record.
func TestExampleData(t *testing.T) {
	var ids []string
	for _, name := range []string{"examples/data/incidents.csv", "examples/data/feed.jsonl"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		recs, rejects, err := readAll(string(data), name, ReaderOptions{})
		if err != nil || len(rejects) > 0 {
			t.Fatalf("%s: %v, rejects %v", name, err, rejects)
		}
		for _, r := range recs {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) < 60 {
		t.Errorf("%d sample records, want at least 60", len(ids))
	}
	key, err := os.ReadFile("examples/data/expected.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var keyIDs []string
	for _, line := range strings.Split(strings.TrimSpace(string(key)), "\n") {
		if strings.HasPrefix(line, "#") || strings.HasPrefix(line, "id\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 5 {
			t.Errorf("expected.tsv: %q has %d columns, want 5 or 6", line, len(cols))
			continue
		}
		keyIDs = append(keyIDs, cols[0])
		codes := strings.Split(cols[1], ",")
		if !slices.IsSorted(codes) {
			t.Errorf("expected.tsv %s: countries %q not sorted", cols[0], cols[1])
		}
		for _, c := range codes {
			if len(c) != 2 || strings.ToUpper(c) != c {
				t.Errorf("expected.tsv %s: country %q is not an alpha-2 code", cols[0], c)
			}
		}
		if !slices.Contains([]string{"none", "low", "moderate", "high"}, cols[4]) {
			t.Errorf("expected.tsv %s: confidence %q", cols[0], cols[4])
		}
		if (cols[3] == "") != (cols[4] == "none") {
			t.Errorf("expected.tsv %s: actor %q with confidence %q; no actor means none", cols[0], cols[3], cols[4])
		}
	}
	if !slices.Equal(ids, keyIDs) {
		t.Errorf("record IDs %q\ndiffer from expected.tsv IDs %q", ids, keyIDs)
	}
}

// TestReadAllocs bounds the allocations per record: for CSV one string for the values and
// the fields slice; for JSON Lines also the line's copy.
func TestReadAllocs(t *testing.T) {
	csvData := benchCSV(2000)
	rr := NewRecordReader(bytes.NewReader(csvData), "a.csv", ReaderOptions{})
	rr.Next()
	if n := testing.AllocsPerRun(1000, func() { rr.Next() }); n > 2 {
		t.Errorf("CSV: %v allocations per record, want at most 2", n)
	}
	var buf bytes.Buffer
	for i := range 2000 {
		fmt.Fprintf(&buf, `{"id":"J-%d","date":"2024-05-09","location":{"country":"LT"},"actor":"APT28"}`+"\n", i)
	}
	jr := NewRecordReader(&buf, "a.jsonl", ReaderOptions{})
	jr.Next()
	if n := testing.AllocsPerRun(1000, func() { jr.Next() }); n > 2 {
		t.Errorf("JSON Lines: %v allocations per record, want at most 2", n)
	}
}

// TestReadCSVRecordsOwnFields checks that the field lists of CSV records, cut from shared
// blocks, stay apart: writing to or appending to one record's list leaves the next intact.
func TestReadCSVRecordsOwnFields(t *testing.T) {
	rr := NewRecordReader(bytes.NewReader(benchCSV(1200)), "own.csv", ReaderOptions{})
	var recs []RawRecord
	for {
		rec, err := rr.Next()
		if err != nil {
			break
		}
		recs = append(recs, rec)
	}
	if len(recs) != 1200 {
		t.Fatalf("read %d records, want 1200", len(recs))
	}
	for i := range recs {
		if cap(recs[i].Fields) != len(recs[i].Fields) {
			t.Fatalf("record %d: fields cap %d, len %d: an append would write into the next record", i, cap(recs[i].Fields), len(recs[i].Fields))
		}
		recs[i].Fields = append(recs[i].Fields, RawField{Key: "extra", Value: "x"})
		recs[i].Fields[0].Value = "changed"
	}
	for i, rec := range recs {
		if want := "R-" + strconv.Itoa(i); rec.Fields[0] != (RawField{Key: "id", Value: "changed"}) || rec.ID != want {
			t.Errorf("record %d: ID %q, first field %v; want ID %q and the value written to it", i, rec.ID, rec.Fields[0], want)
		}
		if n := len(rec.Fields); n != 7 || rec.Fields[n-1].Key != "extra" || rec.Fields[n-2].Key == "extra" {
			t.Errorf("record %d: fields %v, want the 6 read and the one appended", i, rec.Fields)
		}
	}
}
