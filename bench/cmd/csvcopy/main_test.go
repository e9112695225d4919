package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAppendJSONString checks the hand-written string encoder against encoding/json (with
// HTML escaping off), on strings that need every kind of escape.
func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and \ backslash`, "tab\tnew\nline\rcr", "\x00\x01\x1f\x7f",
		"Vilnius – Klaipėda", "«9 мая 2024»", "<b>&amp;</b>", "bad \xff utf8 \xe2\x82", "line\u2028sep\u2029",
		"emoji 🔥 done",
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := string(appendJSONString(nil, s))
		if w := strings.TrimSuffix(want.String(), "\n"); got != w {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, w)
		}
	}
}

// TestCopy runs the command end to end, with both encoders: BOM, quoted fields with
// separators, quotes and newlines, ragged records, and the ; separator.
func TestCopy(t *testing.T) {
	for _, fast := range []bool{false, true} {
		testCopy(t, fast)
	}
}

func testCopy(t *testing.T, fast bool) {
	for _, tc := range []struct {
		name, sep, in string
		want          []map[string]string
	}{
		{"comma", ",", "\xEF\xBB\xBFID,Date,Title\nA-1,2024-05-09,\"Fire <&>, \"\"large\"\"\nin Vilnius\"\nA-2,9 May 2024\nA-3,x,y,extra\n",
			[]map[string]string{
				{"ID": "A-1", "Date": "2024-05-09", "Title": "Fire <&>, \"large\"\nin Vilnius"},
				{"ID": "A-2", "Date": "9 May 2024", "Title": ""},
				{"ID": "A-3", "Date": "x", "Title": "y", "_3": "extra"},
			}},
		{"semicolon", ";", "Land;Datum\nLitauen;9. Mai 2024\n", []map[string]string{{"Land": "Litauen", "Datum": "9. Mai 2024"}}},
		{"header only", ",", "ID,Date\n", nil},
		{"empty", ",", "", nil},
	} {
		t.Run(fmt.Sprintf("%s/fast=%v", tc.name, fast), func(t *testing.T) {
			var out, errb bytes.Buffer
			if code := run([]string{"-sep", tc.sep, "-fast=" + strconv.FormatBool(fast)}, strings.NewReader(tc.in), &out, &errb); code != 0 {
				t.Fatalf("run = %d, stderr %s", code, errb.String())
			}
			var got []map[string]string
			dec := json.NewDecoder(&out)
			for dec.More() {
				var m map[string]string
				if err := dec.Decode(&m); err != nil {
					t.Fatal(err)
				}
				got = append(got, m)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{"-sep", "|"}, {"a", "b"}, {"-nosuchflag"}} {
		var out, errb bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"/nonexistent/file.csv"}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Errorf("run(missing file) = %d, want 1", code)
	}
	if code := run(nil, strings.NewReader("a,b\n\"unterminated\n"), &out, &errb); code != 1 {
		t.Errorf("run(malformed CSV) = %d, want 1", code)
	}
}
