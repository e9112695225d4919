package incident

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The golden harness. Each file testdata/golden/*.txtar is one case: a comment whose first line
// starting with "{" holds the JSON options (at least {"kind": "..."}), then an "-- input --"
// section and a "-- want --" section. The kind selects a goldenKind registered by the test file
// of its concept; the kind turns the input into JSON output, which is compared with the wanted
// JSON as decoded values, with a cmp.Diff on failure. `go test -run Golden -update` rewrites the
// want sections: read their diff (git diff testdata) before committing.

var update = flag.Bool("update", false, "rewrite the want sections of golden files")

// goldenKind turns the input of a golden case into JSON output.
type goldenKind struct {
	// run returns the output for input; opts is the whole options object.
	run func(t *testing.T, opts json.RawMessage, input []byte) []byte
	// idempotent, if set, checks that normalizing the wanted output again changes nothing.
	idempotent func(t *testing.T, opts json.RawMessage, want []byte)
}

// goldenKinds is filled by the concepts' test files, each in a func init of its own.
var goldenKinds = map[string]goldenKind{}

// txtarFile is a parsed txtar archive: a comment and named sections.
type txtarFile struct {
	comment  []byte
	sections []txtarSection
}

type txtarSection struct {
	name string
	data []byte
}

// parseTxtar reads the txtar format of golang.org/x/tools/txtar: a comment, then sections
// that each start with a line "-- name --".
func parseTxtar(data []byte) txtarFile {
	var f txtarFile
	cur := &f.comment
	for len(data) > 0 {
		line := data
		rest := []byte(nil)
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, rest = data[:i+1], data[i+1:]
		}
		if name, ok := txtarMarker(line); ok {
			f.sections = append(f.sections, txtarSection{name: name})
			cur = &f.sections[len(f.sections)-1].data
		} else {
			*cur = append(*cur, line...)
		}
		data = rest
	}
	return f
}

// txtarMarker reports whether line is a section marker "-- name --", and its name.
func txtarMarker(line []byte) (string, bool) {
	s := strings.TrimRight(string(line), "\r\n")
	if !strings.HasPrefix(s, "-- ") || !strings.HasSuffix(s, " --") || len(s) < 7 {
		return "", false
	}
	return strings.TrimSpace(s[3 : len(s)-3]), true
}

// format writes f back in the txtar format.
func (f txtarFile) format() []byte {
	var b bytes.Buffer
	b.Write(f.comment)
	for _, s := range f.sections {
		b.WriteString("-- " + s.name + " --\n")
		b.Write(s.data)
		if len(s.data) > 0 && s.data[len(s.data)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

func (f txtarFile) section(name string) ([]byte, bool) {
	for _, s := range f.sections {
		if s.name == name {
			return s.data, true
		}
	}
	return nil, false
}

func TestTxtarRoundTrip(t *testing.T) {
	src := "comment line\n{\"kind\":\"x\"}\n-- input --\na\nb\n-- want --\n[1]\n"
	f := parseTxtar([]byte(src))
	if got := string(f.comment); got != "comment line\n{\"kind\":\"x\"}\n" {
		t.Errorf("comment = %q", got)
	}
	if in, _ := f.section("input"); string(in) != "a\nb\n" {
		t.Errorf("input = %q", in)
	}
	if got := string(f.format()); got != src {
		t.Errorf("format() = %q, want %q", got, src)
	}
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			ar := parseTxtar(data)
			opts := goldenOpts(ar.comment)
			var head struct {
				Kind string `json:"kind"`
			}
			if err := json.Unmarshal(opts, &head); err != nil {
				t.Fatalf("options %s: %v", opts, err)
			}
			kind, ok := goldenKinds[head.Kind]
			if !ok {
				t.Fatalf("unknown golden kind %q", head.Kind)
			}
			input, ok := ar.section("input")
			if !ok {
				t.Fatal("no input section")
			}
			got := kind.run(t, opts, input)
			want, _ := ar.section("want")
			if *update {
				for i := range ar.sections {
					if ar.sections[i].name == "want" {
						ar.sections[i].data = got
					}
				}
				if _, ok := ar.section("want"); !ok {
					ar.sections = append(ar.sections, txtarSection{name: "want", data: got})
				}
				if err := os.WriteFile(file, ar.format(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			var wantV, gotV any
			if err := json.Unmarshal(want, &wantV); err != nil {
				t.Fatalf("want section is not JSON: %v", err)
			}
			if err := json.Unmarshal(got, &gotV); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, got)
			}
			if diff := cmp.Diff(wantV, gotV); diff != "" {
				t.Errorf("output differs (-want +got):\n%s", diff)
			}
			if kind.idempotent != nil {
				kind.idempotent(t, opts, want)
			}
		})
	}
}

// goldenOpts returns the first line of the comment that starts with "{".
func goldenOpts(comment []byte) json.RawMessage {
	for _, line := range bytes.Split(comment, []byte("\n")) {
		if line = bytes.TrimSpace(line); bytes.HasPrefix(line, []byte("{")) {
			return line
		}
	}
	return json.RawMessage(`{}`)
}

// goldenLines returns the non-empty lines of a golden input; a line starting with "#" is a
// comment.
func goldenLines(input []byte) []string {
	var lines []string
	for _, l := range strings.Split(string(input), "\n") {
		l = strings.TrimSuffix(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		lines = append(lines, l)
	}
	return lines
}

// goldenJSON marshals v indented, with a final newline, as golden output.
func goldenJSON(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
