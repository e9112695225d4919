package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The end-to-end tests. Each testdata/*.txtar file is one run of the command: the first
// comment line starting with "args:" holds the arguments (split at spaces); sections
// "in/NAME" are input files, "stdin" is standard input; "stdout", "stderr" and "exit" are the
// wanted outputs, and "out/NAME" the wanted content of a file the command writes.
// `go test -update` rewrites the wanted sections: read their diff before committing.

var update = flag.Bool("update", false, "rewrite the wanted sections of testdata/*.txtar")

type section struct {
	name string
	data []byte
}

// parseArchive reads the txtar format: a comment, then sections each starting "-- name --".
func parseArchive(data []byte) (comment []byte, sections []section) {
	cur := &comment
	for len(data) > 0 {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		s := string(line)
		if strings.HasPrefix(s, "-- ") && strings.HasSuffix(s, " --") && len(s) >= 7 {
			sections = append(sections, section{name: strings.TrimSpace(s[3 : len(s)-3])})
			cur = &sections[len(sections)-1].data
			continue
		}
		*cur = append(*cur, line...)
		*cur = append(*cur, '\n')
	}
	return comment, sections
}

func formatArchive(comment []byte, sections []section) []byte {
	var b bytes.Buffer
	b.Write(comment)
	for _, s := range sections {
		b.WriteString("-- " + s.name + " --\n")
		b.Write(s.data)
	}
	return b.Bytes()
}

func TestScripts(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no test scripts: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			abs, _ := filepath.Abs(file)
			data, err := os.ReadFile(abs)
			if err != nil {
				t.Fatal(err)
			}
			comment, sections := parseArchive(data)
			var args []string
			for _, line := range strings.Split(string(comment), "\n") {
				if a, ok := strings.CutPrefix(line, "args:"); ok {
					args = strings.Fields(a)
				}
			}
			dir := t.TempDir()
			t.Chdir(dir)
			os.Mkdir("out", 0o755)
			var stdin []byte
			for _, s := range sections {
				switch {
				case strings.HasPrefix(s.name, "in/"):
					os.MkdirAll(filepath.Dir(s.name), 0o755)
					if err := os.WriteFile(s.name, s.data, 0o644); err != nil {
						t.Fatal(err)
					}
				case s.name == "stdin":
					stdin = s.data
				}
			}
			var stdout, stderr bytes.Buffer
			code := run(args, bytes.NewReader(stdin), &stdout, &stderr)
			got := map[string][]byte{
				"stdout": stdout.Bytes(),
				"stderr": stderr.Bytes(),
				"exit":   []byte(strconv.Itoa(code) + "\n"),
			}
			for _, s := range sections {
				if strings.HasPrefix(s.name, "out/") {
					b, err := os.ReadFile(s.name)
					if err != nil {
						t.Errorf("%s: %v", s.name, err)
					}
					got[s.name] = b
				}
			}
			for _, line := range bytes.Split(bytes.TrimSpace(stdout.Bytes()), []byte("\n")) {
				if len(line) > 0 && line[0] == '{' && !json.Valid(line) {
					t.Errorf("stdout line is not valid JSON: %s", line)
				}
			}
			if *update {
				for i, s := range sections {
					if g, ok := got[s.name]; ok {
						sections[i].data = g
						delete(got, s.name)
					}
				}
				for _, name := range []string{"stdout", "stderr", "exit"} {
					if g, ok := got[name]; ok && (len(g) > 0 || name == "exit") {
						sections = append(sections, section{name, g})
					}
				}
				if err := os.WriteFile(abs, formatArchive(comment, sections), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string][]byte{"stdout": nil, "stderr": nil}
			for _, s := range sections {
				if _, ok := got[s.name]; ok {
					want[s.name] = s.data
				}
			}
			for name, w := range want {
				if g := got[name]; !bytes.Equal(g, w) {
					t.Errorf("%s (args %q):\n--- got\n%s--- want\n%s", name, args, g, w)
				}
			}
		})
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", "quote \" and \\", "tab\tnew\nline", "Łódź <b>&", "bad \xff utf8"} {
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("appendJSONString(%q) = %s: %v", s, got, err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\ufffd"); back != want {
			t.Errorf("appendJSONString(%q) decodes to %q, want %q", s, back, want)
		}
	}
}

// TestParallelOrder normalizes a file of a few thousand rows, some of them ragged (rejects),
// with one goroutine and with four, and checks that the outputs, the rejects and the
// summaries are the same: the batches are written in input order.
func TestParallelOrder(t *testing.T) {
	dir := t.TempDir()
	var csv strings.Builder
	csv.WriteString("ID;Datum;Land;Täter;Confidence;Typ\n")
	actors := []string{"GRU (suspected)", "APT28 (GRU)", "Russia (SVR & GRU)", "unknown", "pro-Russian hackers"}
	for i := range 3000 {
		if i%97 == 5 {
			csv.WriteString("R-" + strconv.Itoa(i) + ";ragged\n")
			continue
		}
		csv.WriteString("R-" + strconv.Itoa(i) + ";" + strconv.Itoa(1+i%28) + "/0" + strconv.Itoa(1+i%9) + "/2024;LT/PL;" +
			actors[i%len(actors)] + ";" + strconv.Itoa(i%101) + ";Brandstiftung\n")
	}
	in := filepath.Join(dir, "big.csv")
	if err := os.WriteFile(in, []byte(csv.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	outputs := map[string][3]string{}
	for _, j := range []string{"1", "4"} {
		rej := filepath.Join(dir, "rejects-"+j+".jsonl")
		var stdout, stderr bytes.Buffer
		code := run([]string{"normalize", "-j", j, "-profile", "dayfirst", "-rejects", rej, in}, nil, &stdout, &stderr)
		if code != exitRejected {
			t.Fatalf("-j %s: exit %d, want %d; stderr:\n%s", j, code, exitRejected, stderr.String())
		}
		rejects, err := os.ReadFile(rej)
		if err != nil {
			t.Fatal(err)
		}
		outputs[j] = [3]string{stdout.String(), string(rejects), strings.ReplaceAll(stderr.String(), rej, "REJECTS")}
	}
	if outputs["1"] != outputs["4"] {
		for i, name := range []string{"stdout", "rejects", "stderr"} {
			if outputs["1"][i] != outputs["4"][i] {
				t.Errorf("%s differs between -j 1 and -j 4", name)
			}
		}
	}
	if n := strings.Count(outputs["1"][0], "\n"); n != 3000-31 {
		t.Errorf("%d incidents written, want %d", n, 3000-31)
	}
}
