// Command incident turns messy records of hybrid-threat incidents (spreadsheet exports, JSON
// Lines feeds) into canonical incidents, and explains single values.
//
// Usage:
//
//	incident normalize [-profile dayfirst|monthfirst] [-ref YYYY-MM-DD] [-map role=Header,...]
//	                   [-format auto|csv|jsonl] [-j n] [-o out.jsonl] [-rejects rejects.jsonl] [FILE ...]
//	incident merge  [-o merged.jsonl] [-log merge-log.jsonl] [-rejects rejects.jsonl] FILE ...
//	incident export -format jsonl|csv|stix [-o out] [-bom] [-attributions a.csv] [-sources s.csv]
//	                [-rejects rejects.jsonl] [FILE ...]
//	incident country|date|actor|confidence [-json] [-profile ...] [-ref ...] [VALUE ...]
//
// normalize reads CSV files (a header row; ',', ';' or tab detected; UTF-8 byte order mark
// stripped) and JSON Lines files (nested keys flattened to "location.country"), or standard
// input when no FILE is given or FILE is "-", and writes one JSON object per record to
// standard output or to -o. Records that cannot be read go to -rejects as JSON Lines (file,
// line, reason, raw text), or are listed on standard error; records in = records out +
// rejects, always. A summary goes to standard error, and progress too when standard error is
// a terminal. Fields are found by the words of their headers in many languages; -map names
// the header of a role explicitly ("-map date=Occurred,actor=Wer"), which overrides the
// guess. -profile and -ref describe the source: how to read numeric dates such as 05/09/2024,
// and the publication date against which relative dates ("yesterday") are read.
//
// Each output line is one canonical incident in the JSON form of spec/incidents.md
// (Incident.AppendJSON): id, title, categories, date (EDTF), countries, actor, confidence,
// attributions, source_ids, problems, then summary, stage, places, targets, sources and the
// raw record itself. Records are normalized by -j goroutines (one per CPU by default) in
// batches, and written in input order; memory stays constant whatever the input size. A value that cannot be normalized stays in
// the raw record and is listed under "problems" (field, raw value, error, kind); problems do
// not change the exit code. The summary on standard error counts records read, written and
// rejected, and the problems by field.
//
// merge reads normalized incidents (JSON Lines, as normalize writes them) from several
// files, groups those that describe the same event by the three rules of spec/incidents.md
// (countries intersect, dates overlap or touch, categories compatible), and writes one merged
// incident per group, in the order of each group's first input, with -log the merge log (one
// JSON line per output incident: its inputs and the links that joined them, to audit or undo
// the merge). Lines that cannot be read are rejects (file, line, reason), as in normalize. It
// holds only what the rules read in memory and reads each group's lines again by offset, so a
// million incidents need a few hundred megabytes. export writes incidents as JSON Lines, CSV
// (one row per incident; -bom, and the companion tables -attributions and -sources) or one
// STIX 2.1 bundle.
//
// The lookups print one line per VALUE (or per line of standard input when no VALUE is
// given): the value, a tab, its canonical form, a tab, and how it matched, or, with an empty
// canonical form, the error. How a value matched comes from the package's Match functions:
// for a country the kind of name, its language and source ("translation pl CLDR 32"); for a
// date the rule and language ("relative lt"); for an actor the rule, the intrusion set it came
// through and the alias source ("alias via APT28 (MITRE ATT&CK)"); for a confidence the
// level, the canonical form and the rule of spec/confidence.md ("moderate 55-80 R4"). The
// date lookup takes -profile and -ref. With -json each line is a JSON object instead:
// {"input", "value", "how"} or {"input", "error", "kind", "candidates"}.
//
// Exit codes:
//
//	0  success
//	1  some records were rejected, or some lookups failed
//	2  usage error (unknown command or flag, invalid flag value)
//	3  I/O error: a file that cannot be opened, read or written, or a CSV header that cannot be read
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hybridwatch/incident"
)

// The exit codes.
const (
	exitOK       = 0
	exitRejected = 1
	exitUsage    = 2
	exitIO       = 3
)

const usage = `usage:
  incident normalize [-profile dayfirst|monthfirst] [-ref YYYY-MM-DD] [-map role=Header,...]
                     [-format auto|csv|jsonl] [-j n] [-o out.jsonl] [-rejects rejects.jsonl] [FILE ...]
  incident merge  [-o merged.jsonl] [-log merge-log.jsonl] [-rejects rejects.jsonl] FILE ...
  incident export -format jsonl|csv|stix [-o out] [-bom] [-attributions a.csv] [-sources s.csv]
                  [-rejects rejects.jsonl] [FILE ...]
  incident country|date|actor|confidence [-json] [VALUE ...]

Run "incident COMMAND -h" for the flags of a command.
Exit codes: 0 ok, 1 records rejected or lookups failed, 2 usage, 3 I/O error.
`

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC trades a little memory for less collector work, unless the user set GOGC or
// GOMEMLIMIT: the live heap of a normalize run is small and constant (the Normalizer's memos
// and a few buffers), while each record leaves short-lived garbage, so the heap may grow to
// five times the live data (GOGC=400), capped at 64 MiB, where the collector runs harder.
// Peak memory stays under 100 MB whatever the input size.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(64 << 20)
	}
}

// run runs the command line args (without the program name) and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "normalize":
		return runNormalize(rest, stdin, stdout, stderr)
	case "merge":
		return runMerge(rest, stdin, stdout, stderr)
	case "export":
		return runExport(rest, stdin, stdout, stderr)
	case "country", "date", "actor", "confidence":
		return runLookup(cmd, rest, stdin, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "incident: unknown command %q\n%s", cmd, usage)
	return exitUsage
}

// newFlagSet returns a flag set that reports to stderr with the given usage line.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("incident "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: incident %s %s\n", name, synopsis)
		fs.PrintDefaults()
		fmt.Fprint(stderr, "Exit codes: 0 ok, 1 records rejected or lookups failed, 2 usage, 3 I/O error.\n")
	}
	return fs
}

// parseFlags parses flags and positional arguments in any order ("--" ends the flags). It
// returns the positional arguments and an exit code, -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK
			}
			return nil, exitUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, -1
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), -1
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// profile is what cannot be guessed from one value of a source: the order of numeric dates
// and the reference (publication) date of relative ones.
type profile struct {
	order incident.DateOrder
	ref   time.Time // zero: relative dates fail
}

// addProfileFlags defines -profile and -ref on fs.
func addProfileFlags(fs *flag.FlagSet, p *profile) {
	fs.Func("profile", "how to read numeric dates such as 05/09/2024: `dayfirst` or monthfirst (default: ambiguous dates fail)", func(s string) error {
		pr, err := incident.ParseProfile(s)
		if err != nil || s == "" {
			return errors.New("want dayfirst or monthfirst")
		}
		p.order = pr.Order
		return nil
	})
	fs.Func("ref", "reference (publication) date for relative dates, `YYYY-MM-DD`", func(s string) error {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			return errors.New("want a date YYYY-MM-DD")
		}
		p.ref = t
		return nil
	})
}

// runNormalize runs "incident normalize".
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("normalize", "[-profile dayfirst|monthfirst] [-ref YYYY-MM-DD] [-map role=Header,...] [-format auto|csv|jsonl] [-j n] [-o out.jsonl] [-rejects rejects.jsonl] [FILE ...]", stderr)
	var p profile
	addProfileFlags(fs, &p)
	mapping := incident.FieldMapping{}
	fs.Func("map", "explicit field `mapping` role=Header,...; roles: "+roleList(), func(s string) error {
		m, err := incident.ParseFieldMapping(s)
		if err != nil {
			return err
		}
		for r, k := range m {
			if _, dup := mapping[r]; dup {
				return fmt.Errorf("role %s given twice", r)
			}
			mapping[r] = k
		}
		return nil
	})
	format := incident.FormatAuto
	fs.Func("format", "input `format`: auto (by extension, then first byte), csv or jsonl", func(s string) error {
		f, err := incident.ParseFormat(s)
		format = f
		return err
	})
	outName := fs.String("o", "", "write the incidents to `file` instead of standard output")
	rejectsName := fs.String("rejects", "", "write the rejected records to `file` as JSON Lines (default: list them on standard error)")
	workers := fs.Int("j", 0, "normalize with `n` goroutines, 0 for one per CPU (GOMAXPROCS); the output order is the input order")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		files = []string{"-"}
	}

	prof := incident.Profile{Order: p.order, Reference: p.ref}
	if len(mapping) > 0 {
		prof.Mapping = mapping
	}
	nz, err := incident.NewNormalizer(prof)
	if err != nil {
		fmt.Fprintf(stderr, "incident normalize: %v\n", err)
		return exitUsage
	}
	n := &normalizer{nz: nz, mapping: mapping, format: format, stderr: stderr, problems: map[string]int{}, workers: *workers}
	if n.workers <= 0 {
		n.workers = runtime.GOMAXPROCS(0)
	}
	n.progress = isTerminal(stderr)
	out, closeOut, err := create(*outName, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "incident normalize: %v\n", err)
		return exitIO
	}
	n.out = bufio.NewWriterSize(out, 64<<10)
	if *rejectsName != "" {
		rej, closeRej, err := create(*rejectsName, nil)
		if err != nil {
			closeOut()
			fmt.Fprintf(stderr, "incident normalize: %v\n", err)
			return exitIO
		}
		n.rejects = bufio.NewWriter(rej)
		defer closeRej()
	}

	code = exitOK
	for _, name := range files {
		if err := n.file(name, stdin); err != nil {
			fmt.Fprintf(stderr, "incident normalize: %v\n", err)
			code = exitIO
			break
		}
	}
	if err := n.finish(code != exitOK); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "incident normalize: writing output: %v\n", err)
		code = exitIO
	}
	if err := n.out.Flush(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "incident normalize: writing output: %v\n", err)
		code = exitIO
	}
	if err := closeOut(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "incident normalize: %v\n", err)
		code = exitIO
	}
	if n.rejects != nil {
		if err := n.rejects.Flush(); err != nil && code == exitOK {
			fmt.Fprintf(stderr, "incident normalize: writing rejects: %v\n", err)
			code = exitIO
		}
	}
	n.summary(*rejectsName)
	if code == exitOK && n.rejected > 0 {
		code = exitRejected
	}
	return code
}

// roleList returns the names of the field roles, comma-separated.
func roleList() string {
	var names []string
	for _, r := range incident.FieldRoles() {
		names = append(names, r.String())
	}
	return strings.Join(names, ", ")
}

// create opens name for writing, or returns def when name is "" or "-".
func create(name string, def io.Writer) (io.Writer, func() error, error) {
	if name == "" || name == "-" {
		if def == nil {
			def = io.Discard
		}
		return def, func() error { return nil }, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// normalizer holds the state of one normalize run.
type normalizer struct {
	nz       *incident.Normalizer
	mapping  incident.FieldMapping
	format   incident.Format
	stderr   io.Writer
	out      *bufio.Writer
	rejects  *bufio.Writer // nil: list rejects on stderr
	progress bool

	files, read, written, rejected int
	buf                            []byte
	problems                       map[string]int // problems by field key
	lastProgress                   time.Time

	// The parallel path (workers > 1): records are normalized in batches by worker
	// goroutines and written by the caller's goroutine in input order.
	workers int
	cur     *batch      // the batch being filled
	pending []*batch    // batches handed to the workers, oldest first
	work    chan *batch // batches to normalize
	wg      sync.WaitGroup
}

// minLineRoom is the free space of the output buffer below which it is flushed before a
// line is written into it: more than most lines need (about 1.3 KB with the raw record).
const minLineRoom = 8 << 10

// batchSize is the number of records a worker normalizes at once.
const batchSize = 256

// item is one record read, or one reject.
type item struct {
	rec incident.RawRecord
	rej *incident.RecordError
}

// batch is a run of items and, once done is closed, the JSON lines of its records and the
// fields of their problems.
type batch struct {
	items    []item
	out      []byte
	problems []string
	done     chan struct{}
}

// maxProblemFields bounds the problem counts by field; further fields count as "(other)".
const maxProblemFields = 256

// file normalizes the records of one file ("-" is standard input). It returns I/O errors.
func (n *normalizer) file(name string, stdin io.Reader) error {
	var r io.Reader = stdin
	if name == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	n.files++
	rr := incident.NewRecordReader(r, name, incident.ReaderOptions{Format: n.format, IDField: n.mapping[incident.FieldID]})
	headerChecked := false
	for {
		rec, err := rr.Next()
		if !headerChecked && rr.Header() != nil {
			headerChecked = true
			if missing := n.mapping.Missing(rr.Header()); len(missing) > 0 {
				fmt.Fprintf(n.stderr, "incident normalize: %s: warning: -map names columns not in the header: %s\n", name, strings.Join(missing, ", "))
			}
		}
		if err == nil {
			n.read++
			if err := n.add(item{rec: rec}); err != nil {
				return err
			}
		} else if re := (*incident.RecordError)(nil); errors.As(err, &re) {
			n.read++
			if err := n.add(item{rej: re}); err != nil {
				return err
			}
		} else if err == io.EOF {
			return nil
		} else {
			return err
		}
		if n.progress && n.read%10000 == 0 && time.Since(n.lastProgress) > 200*time.Millisecond {
			n.lastProgress = time.Now()
			fmt.Fprintf(n.stderr, "\rincident normalize: %d records", n.read)
		}
	}
}

// add normalizes and writes one item, at once (one worker) or through a batch.
func (n *normalizer) add(it item) error {
	if n.workers <= 1 {
		if it.rej != nil {
			return n.reject(it.rej)
		}
		// The line is written straight into the free space of the output buffer, so
		// that Write has nothing to copy; a line longer than that space moves to a slice
		// of its own, as append does.
		if n.out.Available() < minLineRoom {
			if err := n.out.Flush(); err != nil {
				return err
			}
		}
		b, problems := n.nz.AppendJSON(n.out.AvailableBuffer(), it.rec)
		for _, p := range problems {
			n.countProblem(p.Field)
		}
		b = append(b, '\n')
		n.written++
		_, err := n.out.Write(b)
		return err
	}
	if n.work == nil {
		n.work = make(chan *batch, n.workers)
		for range n.workers {
			n.wg.Go(func() {
				for b := range n.work {
					n.normalizeBatch(b)
				}
			})
		}
	}
	if n.cur == nil {
		n.cur = &batch{items: make([]item, 0, batchSize), done: make(chan struct{})}
	}
	n.cur.items = append(n.cur.items, it)
	if len(n.cur.items) < batchSize {
		return nil
	}
	return n.send()
}

// send hands the current batch to the workers, then writes the oldest batches while more
// than two per worker are pending, so memory stays bounded.
func (n *normalizer) send() error {
	if n.cur == nil {
		return nil
	}
	b := n.cur
	n.cur = nil
	n.work <- b
	n.pending = append(n.pending, b)
	for len(n.pending) > 2*n.workers {
		if err := n.drainOne(); err != nil {
			return err
		}
	}
	return nil
}

// drainOne waits for the oldest pending batch and writes it.
func (n *normalizer) drainOne() error {
	b := n.pending[0]
	n.pending = n.pending[1:]
	<-b.done
	for _, f := range b.problems {
		n.countProblem(f)
	}
	for _, it := range b.items {
		if it.rej != nil {
			if err := n.reject(it.rej); err != nil {
				return err
			}
		} else {
			n.written++
		}
	}
	_, err := n.out.Write(b.out)
	return err
}

// finish writes what is still pending and stops the workers. It returns the first error of
// writing; the workers are stopped in any case.
func (n *normalizer) finish(failed bool) error {
	var err error
	if !failed {
		err = n.send()
	}
	for len(n.pending) > 0 {
		if err != nil {
			<-n.pending[0].done
			n.pending = n.pending[1:]
			continue
		}
		err = n.drainOne()
	}
	if n.work != nil {
		close(n.work)
		n.wg.Wait()
	}
	return err
}

// normalizeBatch normalizes the records of b (in a worker).
func (n *normalizer) normalizeBatch(b *batch) {
	for i := range b.items {
		if b.items[i].rej != nil {
			continue
		}
		var problems []incident.Problem
		b.out, problems = n.nz.AppendJSON(b.out, b.items[i].rec)
		for _, p := range problems {
			b.problems = append(b.problems, p.Field)
		}
		b.out = append(b.out, '\n')
		b.items[i].rec = incident.RawRecord{} // the record is written; let it go
	}
	close(b.done)
}

// countProblem counts one problem of the field key.
func (n *normalizer) countProblem(key string) {
	if _, ok := n.problems[key]; !ok && len(n.problems) >= maxProblemFields {
		key = "(other)"
	}
	n.problems[key]++
}

// reject reports one rejected record.
func (n *normalizer) reject(re *incident.RecordError) error {
	n.rejected++
	if n.rejects == nil {
		_, err := fmt.Fprintf(n.stderr, "incident normalize: reject %v\n", re)
		return err
	}
	b := n.buf[:0]
	b = append(b, `{"file":`...)
	b = appendJSONString(b, re.File)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(re.Line), 10)
	b = append(b, `,"reason":`...)
	b = appendJSONString(b, re.Reason)
	b = append(b, `,"raw":`...)
	b = appendJSONString(b, re.Raw)
	b = append(b, "}\n"...)
	n.buf = b
	_, err := n.rejects.Write(b)
	return err
}

// summary prints the counts on stderr.
func (n *normalizer) summary(rejectsName string) {
	if n.progress && n.read >= 10000 {
		fmt.Fprint(n.stderr, "\r\033[K")
	}
	fmt.Fprintf(n.stderr, "incident normalize: %d %s, %d %s read: %d written, %d rejected",
		n.files, plural(n.files, "file", "files"), n.read, plural(n.read, "record", "records"), n.written, n.rejected)
	if n.rejected > 0 && rejectsName != "" {
		fmt.Fprintf(n.stderr, " (see %s)", rejectsName)
	}
	fmt.Fprintln(n.stderr)
	if len(n.problems) == 0 {
		return
	}
	fields := make([]string, 0, len(n.problems))
	total := 0
	for k, c := range n.problems {
		fields = append(fields, k)
		total += c
	}
	slices.SortFunc(fields, func(a, b string) int {
		if c := cmp.Compare(n.problems[b], n.problems[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintf(n.stderr, "incident normalize: %d %s (values kept raw), by field:", total, plural(total, "problem", "problems"))
	for i, k := range fields {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(n.stderr, "%s %s %d", sep, strconv.Quote(k), n.problems[k])
	}
	fmt.Fprintln(n.stderr)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// appendJSONString appends s as a JSON string, without HTML escaping. Invalid UTF-8 becomes
// U+FFFD, as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
			simple = false
			break
		}
	}
	if simple {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	var w bytes.Buffer
	enc := json.NewEncoder(&w)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(w.Bytes(), []byte("\n"))...)
}
