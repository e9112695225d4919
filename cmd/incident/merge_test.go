package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeExamples is the end-to-end run of the README: normalize the two sample sources
// of examples/data each on its own, as two trackers would, then merge the results. The
// merged incidents and the merge log are golden files (go test -update rewrites them: read
// the diff).
func TestMergeExamples(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	merged, log := filepath.Join(dir, "merged.jsonl"), filepath.Join(dir, "log.jsonl")
	steps := [][]string{
		{"normalize", "-profile", "dayfirst", "-o", a, "../../examples/data/incidents.csv"},
		{"normalize", "-o", b, "../../examples/data/feed.jsonl"},
		{"merge", "-o", merged, "-log", log, a, b},
	}
	var stderr bytes.Buffer
	for _, args := range steps {
		stderr.Reset()
		if code := run(args, nil, new(bytes.Buffer), &stderr); code != exitOK {
			t.Fatalf("incident %v: exit %d, want 0\n%s", args, code, stderr.Bytes())
		}
	}
	summary := stderr.String()
	for _, g := range []struct{ got, golden string }{
		{merged, "testdata/merge-examples.jsonl"},
		{log, "testdata/merge-examples-log.jsonl"},
	} {
		got, err := os.ReadFile(g.got)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			if err := os.WriteFile(g.golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(g.golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("incident merge: %s differs from %s (go test -update rewrites it)", filepath.Base(g.got), g.golden)
		}
	}
	const wantSummary = "incident merge: 2 files, 62 incidents read: 52 written (10 merged from 20), 0 rejected\n"
	if first, _, _ := bytes.Cut([]byte(summary), []byte("\n")); string(first)+"\n" != wantSummary {
		t.Errorf("incident merge summary = %q, want %q", first, wantSummary)
	}
}

// TestMergeLongLine checks that a line longer than maxLine is a reject, and that the lines
// after it are still read.
func TestMergeLongLine(t *testing.T) {
	defer func(n int) { maxLine = n }(maxLine)
	maxLine = 300 << 10
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	good := `{"id":"A-1","source_ids":["A-1"],"categories":["physical.arson"],"date":"2024-05-09","countries":["LT"]}`
	long := `{"id":"A-2","title":"` + strings.Repeat("x", 1<<20) + `"}`
	if err := os.WriteFile(in, []byte(good+"\n"+long+"\n"+strings.ReplaceAll(good, "A-1", "A-3")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"merge", in}, nil, &stdout, &stderr)
	if code != exitRejected {
		t.Errorf("incident merge with a long line: exit %d, want %d", code, exitRejected)
	}
	if !strings.Contains(stderr.String(), "in.jsonl:2: line longer than") || !strings.Contains(stderr.String(), "3 incidents read: 1 written (1 merged from 2), 1 rejected") {
		t.Errorf("incident merge with a long line: stderr\n%s\nwant line 2 rejected and the others read", stderr.String())
	}
}

// TestExportJSONLIdempotent checks that exporting merged incidents as JSON Lines gives them
// back byte for byte: the merge writes the canonical form, and reading it loses nothing.
func TestExportJSONLIdempotent(t *testing.T) {
	want, err := os.ReadFile("testdata/merge-examples.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "-format", "jsonl", "testdata/merge-examples.jsonl"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("incident export: exit %d\n%s", code, stderr.Bytes())
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("incident export -format jsonl of testdata/merge-examples.jsonl changed it")
	}
}
