package incident

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

// FuzzRecordReader reads arbitrary input as CSV and as JSON Lines. Properties: no panic; line
// numbers increase; every record has an ID; CSV records have as many fields as the header;
// and CSV records written back with encoding/csv read back to the same fields.
func FuzzRecordReader(f *testing.F) {
	seeds := []string{
		"id,date\nA,2024\n",                      // plain
		"\ufeffa;b\r\n1;\"x\r\ny\"\r\n",          // BOM, CRLF, embedded newline
		"a,b\n\"x\"y,2\n3\n",                     // extraneous quote, ragged
		"a\tb\n\"open\n",                         // unclosed quote
		"{\"a\":{\"b\":[1,{\"c\":null}]}}\n{]\n", // nested JSON, invalid line
		"\n\n{\"id\":\"x\",\"id\":\"y\"}",        // duplicate keys
		"",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, format := range []Format{FormatCSV, FormatJSONL} {
			rr := NewRecordReader(strings.NewReader(src), "f", ReaderOptions{Format: format})
			var recs []RawRecord
			last := 0
			for {
				rec, err := rr.Next()
				var re *RecordError
				if errors.As(err, &re) {
					if re.Line <= last {
						t.Fatalf("%v: reject line %d after line %d", format, re.Line, last)
					}
					last = re.Line
					continue
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					if format == FormatCSV && errors.Is(err, ErrInvalid) && len(recs) == 0 {
						break // a broken header
					}
					t.Fatalf("%v: unexpected error %v", format, err)
				}
				if rec.Line <= last || rec.ID == "" {
					t.Fatalf("%v: record %+v after line %d", format, rec, last)
				}
				last = rec.Line
				if format == FormatCSV && len(rec.Fields) != len(rr.Header()) {
					t.Fatalf("record has %d fields, header %d", len(rec.Fields), len(rr.Header()))
				}
				recs = append(recs, rec)
			}
			if format == FormatCSV && len(recs) > 0 {
				checkCSVRoundTrip(t, rr.Header(), recs)
			}
		}
	})
}

// checkCSVRoundTrip writes the records with encoding/csv and reads them back.
func checkCSVRoundTrip(t *testing.T, header []string, recs []RawRecord) {
	if len(header) == 1 {
		return // encoding/csv writes an empty one-field row as a blank line, which is skipped
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(header)
	for _, r := range recs {
		row := make([]string, len(r.Fields))
		for i, f := range r.Fields {
			row[i] = f.Value
		}
		w.Write(row)
	}
	w.Flush()
	back := NewRecordReader(&b, "g.csv", ReaderOptions{Format: FormatCSV})
	for i := 0; ; i++ {
		rec, err := back.Next()
		if err == io.EOF {
			if i != len(recs) {
				t.Fatalf("round trip: %d records back, want %d", i, len(recs))
			}
			return
		}
		if err != nil {
			t.Fatalf("round trip: record %d: %v\n%q", i, err, b.String())
		}
		if i >= len(recs) {
			t.Fatalf("round trip: more records than written")
		}
		for j, f := range rec.Fields {
			// Inside quotes the reader turns CRLF into LF, as encoding/csv does.
			want := strings.ReplaceAll(recs[i].Fields[j].Value, "\r\n", "\n")
			if f.Value != want {
				t.Fatalf("round trip: record %d field %d = %q, want %q", i, j, f.Value, want)
			}
		}
	}
}

// FuzzJSONFlatten checks the JSON Lines parser against encoding/json: a line is accepted
// exactly when encoding/json finds it a valid object, and then the fields are those of a
// reference flattening built on json.Decoder.
func FuzzJSONFlatten(f *testing.F) {
	seeds := []string{
		`{"a":1}`,
		`{"a":{"b":[1,2,{"c":"x"}],"d":{}},"e":[]}`,
		`{"s":"esc \" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \ud800 x"}`,
		`{"n":-0.5e+10,"t":true,"f":false,"z":null}`,
		`{"a":1,}`,
		`{"a":01}`,
		`{"a":"` + "\x01" + `"}`,
		`{"a":"` + "\xff" + `"}`,
		` {"a" : [ "x" , "y" ] } `,
		`[1]`,
		`{"a":1} x`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\n") {
			return
		}
		var p jsonFlattener
		got, reason := p.flatten(line)
		if strings.HasPrefix(reason, "nested deeper") {
			return // a limit of this reader, not of JSON
		}
		var obj map[string]any
		valid := json.Valid([]byte(line)) && json.Unmarshal([]byte(line), &obj) == nil && obj != nil
		if valid != (reason == "") {
			t.Fatalf("flatten(%q): reason %q, but encoding/json says valid object = %v", line, reason, valid)
		}
		if !valid {
			return
		}
		want, err := referenceFlatten(line)
		if err != nil {
			t.Fatalf("reference flatten(%q): %v", line, err)
		}
		if len(got) != len(want) {
			t.Fatalf("flatten(%q) = %q, want %q", line, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("flatten(%q) = %q, want %q", line, got, want)
			}
		}
	})
}

// referenceFlatten flattens a JSON object with json.Decoder tokens, by the same rules.
func referenceFlatten(line string) ([]RawField, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil { // '{'
		return nil, err
	}
	var fields []RawField
	var value func(key string) error
	object := func(prefix string) error {
		n := len(fields)
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				return err
			}
			k := tok.(string)
			if prefix != "" {
				k = prefix + "." + k
			}
			if err := value(k); err != nil {
				return err
			}
		}
		dec.Token()
		if len(fields) == n && prefix != "" {
			fields = append(fields, RawField{Key: prefix})
		}
		return nil
	}
	value = func(key string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' {
				return object(key)
			}
			n := len(fields)
			for dec.More() {
				if err := value(key); err != nil {
					return err
				}
			}
			dec.Token()
			if len(fields) == n {
				fields = append(fields, RawField{Key: key})
				return nil
			}
			fields = joinSameKeys(fields, n)
		case string:
			fields = append(fields, RawField{Key: key, Value: v})
		case json.Number:
			fields = append(fields, RawField{Key: key, Value: v.String()})
		case bool:
			fields = append(fields, RawField{Key: key, Value: strconv.FormatBool(v)})
		case nil:
			fields = append(fields, RawField{Key: key})
		}
		return nil
	}
	err := object("")
	return fields, err
}
