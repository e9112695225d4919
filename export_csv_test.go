package incident

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// csvTables writes incidents with a CSVWriter and reads the three tables back.
func csvTables(t *testing.T, incidents []Incident, bom bool) (inc, attr, src [][]string, raw []byte) {
	t.Helper()
	var bi, ba, bs bytes.Buffer
	w := NewCSVWriter(&bi, CSVOptions{BOM: bom, Attributions: &ba, Sources: &bs})
	for i := range incidents {
		if err := w.Write(&incidents[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	read := func(b []byte) [][]string {
		b = bytes.TrimPrefix(b, []byte("\ufeff"))
		rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("the CSV does not read back: %v\n%s", err, b)
		}
		return rows
	}
	return read(bi.Bytes()), read(ba.Bytes()), read(bs.Bytes()), bi.Bytes()
}

// TestCSV checks the three tables of the sample: headers, one row per incident, the
// flattened primary attribution, joined multi-values and EDTF dates.
func TestCSV(t *testing.T) {
	in := exportSample()
	inc, attr, src, raw := csvTables(t, in, false)
	if bytes.HasPrefix(raw, []byte("\ufeff")) {
		t.Errorf("CSV without BOM option starts with a BOM")
	}
	if diff := cmp.Diff(csvIncidentHeader, inc[0]); diff != "" {
		t.Errorf("incident header (-want +got):\n%s", diff)
	}
	if len(inc) != 1+len(in) {
		t.Fatalf("%d incident rows for %d incidents", len(inc)-1, len(in))
	}
	col := func(row []string, name string) string {
		for i, h := range csvIncidentHeader {
			if h == name {
				return row[i]
			}
		}
		t.Fatalf("no column %q", name)
		return ""
	}
	first := inc[1]
	for name, want := range map[string]string{
		"id":         in[0].ID,
		"title":      "Arson at IKEA Vilnius",
		"date":       "2024-05-09",
		"categories": "physical.arson",
		"countries":  "LT; PL",
		"stage":      "completed",
		"targets":    "IKEA Vilnius",
		"source_ids": "B:4; LT-PG-17",
		"urls":       "https://example.org/b4; https://www.lrt.lt/en/news-in-english/19/2283001",
		"problems":   "0",
	} {
		if got := col(first, name); got != want {
			t.Errorf("incident row, column %s = %q, want %q", name, got, want)
		}
	}
	if _, ok := registryActor("ru-gru"); ok {
		for name, want := range map[string]string{"actor": "ru-gru", "confidence": "high", "claimant_kind": "prosecutor", "via": "APT28", "score": ""} {
			if got := col(first, name); got != want {
				t.Errorf("incident row, column %s = %q, want %q", name, got, want)
			}
		}
	} else if got := col(first, "confidence"); got != "none" {
		t.Errorf("confidence without actor = %q, want none", got)
	}
	if diff := cmp.Diff(csvAttributionHeader, attr[0]); diff != "" {
		t.Errorf("attribution header (-want +got):\n%s", diff)
	}
	n := 0
	for _, x := range in {
		n += len(x.Attributions)
	}
	if len(attr)-1 != n {
		t.Errorf("%d attribution rows, want %d", len(attr)-1, n)
	}
	if diff := cmp.Diff([][]string{csvSourceHeader,
		{in[0].ID, "", "https://example.org/b4", "", "", ""},
		{in[0].ID, "lrt-2024-0519", "https://www.lrt.lt/en/news-in-english/19/2283001", "LRT", "en", "2024-05-19"},
	}, src); diff != "" {
		t.Errorf("source table (-want +got):\n%s", diff)
	}
}

// TestCSVBOM checks that the BOM option starts each table with the UTF-8 byte order mark,
// once, and that an empty export still has its header row.
func TestCSVBOM(t *testing.T) {
	var bi, ba bytes.Buffer
	w := NewCSVWriter(&bi, CSVOptions{BOM: true, Attributions: &ba})
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"incidents": bi.Bytes(), "attributions": ba.Bytes()} {
		if !bytes.HasPrefix(b, []byte("\ufeff")) || bytes.Count(b, []byte("\ufeff")) != 1 {
			t.Errorf("%s table with BOM option = %q, want one BOM at the start", name, b)
		}
		if bytes.Count(b, []byte("\n")) != 1 {
			t.Errorf("%s table of no incidents = %q, want the header row alone", name, b)
		}
	}
	if want := "\ufeff" + strings.Join(csvIncidentHeader, ",") + "\n"; bi.String() != want {
		t.Errorf("empty incident table = %q, want %q", bi.String(), want)
	}
}

// TestCSVCRLF checks the CRLF option: every line of every table ends in "\r\n".
func TestCSVCRLF(t *testing.T) {
	var bi, bs bytes.Buffer
	w := NewCSVWriter(&bi, CSVOptions{CRLF: true, Sources: &bs})
	in := exportSample()
	for i := range in {
		if err := w.Write(&in[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"incidents": bi.Bytes(), "sources": bs.Bytes()} {
		if n, m := bytes.Count(b, []byte("\n")), bytes.Count(b, []byte("\r\n")); n == 0 || n != m {
			t.Errorf("%s table with CRLF: %d line ends, %d of them CRLF", name, n, m)
		}
	}
}

// TestCSVWriteError checks that a failing writer's error comes back from Flush.
func TestCSVWriteError(t *testing.T) {
	w := NewCSVWriter(failWriter{}, CSVOptions{})
	in := exportSample()
	_ = w.Write(&in[0])
	if err := w.Flush(); !errors.Is(err, errFail) {
		t.Errorf("Flush = %v, want the writer's error", err)
	}
}

var errFail = errors.New("disk full")

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

func BenchmarkCSVWriter(b *testing.B) {
	in := exportSample()
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		w := NewCSVWriter(&buf, CSVOptions{})
		for i := range in {
			_ = w.Write(&in[i])
		}
		_ = w.Flush()
	}
}

// csvGolden writes the incidents of a golden input (one JSON incident per line) as the three
// tables, and returns them as JSON lists of rows.
func csvGolden(t *testing.T, _ json.RawMessage, input []byte) []byte {
	in := readIncidentLines(t, input)
	inc, attr, src, _ := csvTables(t, in, false)
	return goldenJSON(t, map[string][][]string{"incidents": inc, "attributions": attr, "sources": src})
}

func init() {
	goldenKinds["csv"] = goldenKind{run: csvGolden}
}
