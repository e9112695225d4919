package main

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/hybridwatch/incident"
)

// This file holds "incident merge" and what it shares with "incident export": reading
// normalized incidents (JSON Lines, as normalize writes them) line by line, and reporting
// the lines that cannot be read.

const mergeSynopsis = "[-o merged.jsonl] [-log merge-log.jsonl] [-rejects rejects.jsonl] FILE ..."

// runMerge runs "incident merge".
//
// It reads the files in two passes, so that memory does not hold the incidents themselves:
// the first decodes every line and keeps only what the merge rules read (an
// incident.MergeInput: record IDs, date, countries, categories; about 300 bytes an incident
// with the bookkeeping) and where the line is; the second, group by group in output order,
// reads the lines of each group again by their offsets, merges them (incident.MergeLazy) and
// writes the result. Standard input ("-") is first copied to a temporary file.
func runMerge(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("merge", mergeSynopsis, stderr)
	outName := fs.String("o", "", "write the merged incidents to `file` instead of standard output")
	logName := fs.String("log", "", "write the merge log (which inputs each incident holds, and the links that joined them) to `file` as JSON Lines")
	rejectsName := fs.String("rejects", "", "write the lines that cannot be read to `file` as JSON Lines (default: list them on standard error)")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, "incident merge: no input files")
		fs.Usage()
		return exitUsage
	}
	tuneMergeGC()

	m := &merger{stderr: stderr, problems: map[string]int{}, progress: isTerminal(stderr)}
	defer m.close()
	rej, closeRej, err := newRejecter("merge", *rejectsName, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		return exitIO
	}
	m.rej = rej
	for _, name := range files {
		if err := m.scan(name, stdin); err != nil {
			closeRej()
			fmt.Fprintf(stderr, "incident merge: %v\n", err)
			return exitIO
		}
	}
	if err := closeRej(); err != nil {
		fmt.Fprintf(stderr, "incident merge: writing rejects: %v\n", err)
		return exitIO
	}

	for _, name := range []string{*outName, *logName} {
		if m.isInput(name) {
			fmt.Fprintf(stderr, "incident merge: %s is an input: the merge reads it again while writing\n", name)
			return exitUsage
		}
	}
	out, closeOut, err := create(*outName, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		return exitIO
	}
	logw, closeLog, err := create(*logName, nil)
	if err != nil {
		closeOut()
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		return exitIO
	}
	m.out = bufio.NewWriterSize(out, 64<<10)
	m.log = bufio.NewWriterSize(logw, 64<<10)
	code = exitOK
	err = incident.MergeLazy(m.inputs, m.load, incident.MergeOptions{}, m.emit)
	if err == nil {
		err = m.out.Flush()
	}
	if err == nil {
		err = m.log.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		code = exitIO
	}
	if err := closeOut(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		code = exitIO
	}
	if err := closeLog(); err != nil && code == exitOK {
		fmt.Fprintf(stderr, "incident merge: %v\n", err)
		code = exitIO
	}
	m.summary(*rejectsName)
	if code == exitOK && m.rej.n > 0 {
		code = exitRejected
	}
	return code
}

// tuneMergeGC undoes the 64 MiB memory limit of tuneGC, made for normalize, whose live heap
// is small: merge keeps a few hundred bytes per incident until the end, and a limit below
// that would make the collector run without pause. Unless the user set GOGC or GOMEMLIMIT,
// the heap may grow to twice the live data (GOGC=100), capped at 640 MiB where the
// collector works harder: a million incidents (about 400 MB live) then peak near 660 MB
// resident instead of 780 MB, for 10 % more CPU time.
func tuneMergeGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(640 << 20)
	}
}

// lineLoc is where the line of one input incident is: its file and byte range.
type lineLoc struct {
	off  int64
	n    int32
	file int32
}

// merger holds the state of one merge run.
type merger struct {
	stderr io.Writer
	rej    *rejecter
	out    *bufio.Writer
	log    *bufio.Writer

	files  []*os.File // the open inputs, by index
	temp   string     // the temporary copy of standard input, if any
	locs   []lineLoc
	inputs []incident.MergeInput
	buf    []byte

	read, written, merged, mergedInputs int
	problems                            map[string]int
	progress                            bool // show progress: stderr is a terminal
}

// progressEvery is how many incidents pass between two progress lines.
const progressEvery = 100_000

// close closes the inputs and removes the temporary file.
func (m *merger) close() {
	for _, f := range m.files {
		f.Close()
	}
	if m.temp != "" {
		os.Remove(m.temp)
	}
}

// isInput reports whether the file name is one of the inputs.
func (m *merger) isInput(name string) bool {
	if name == "" || name == "-" {
		return false
	}
	st, err := os.Stat(name)
	if err != nil {
		return false
	}
	for _, f := range m.files {
		if fst, err := f.Stat(); err == nil && os.SameFile(st, fst) {
			return true
		}
	}
	return false
}

// scan reads the incidents of one file ("-" is standard input, copied to a temporary file
// first) and keeps their MergeInputs and locations.
func (m *merger) scan(name string, stdin io.Reader) error {
	var f *os.File
	display := name
	if name == "-" {
		display = "stdin"
		t, err := os.CreateTemp("", "incident-merge-*.jsonl")
		if err != nil {
			return err
		}
		m.temp = t.Name()
		if _, err := io.Copy(t, stdin); err != nil {
			t.Close()
			return fmt.Errorf("copying standard input: %v", err)
		}
		f = t
	} else {
		var err error
		if f, err = os.Open(name); err != nil {
			return err
		}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return err
	}
	m.files = append(m.files, f)
	file := int32(len(m.files) - 1)
	if n, err := countLines(f); err == nil {
		// Room for every line at once: growing by doubling would hold both arrays.
		m.inputs = slices.Grow(m.inputs, n)
		m.locs = slices.Grow(m.locs, n)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	return readLines(f, func(line []byte, lineNo int, off int64, err error) error {
		m.read++
		if m.progress && m.read%progressEvery == 0 {
			fmt.Fprintf(m.stderr, "\rincident merge: %d incidents read", m.read)
		}
		inc, err := decodeLine(line, err)
		if err != nil {
			return m.rej.reject(display, lineNo, err.Error(), line)
		}
		m.inputs = append(m.inputs, incident.MergeInputOf(&inc))
		m.locs = append(m.locs, lineLoc{off: off, n: int32(len(line)), file: file})
		return nil
	})
}

// countLines returns the number of lines of f from its current offset (an upper bound on
// the incidents it holds), reading it through once; the page cache keeps it for the scan.
func countLines(f *os.File) (int, error) {
	buf := make([]byte, 256<<10)
	n := 0
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte("\n"))
		if err == io.EOF {
			return n + 1, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// load reads input i again from its file.
func (m *merger) load(i int) (incident.Incident, error) {
	loc := m.locs[i]
	if cap(m.buf) < int(loc.n) {
		m.buf = make([]byte, loc.n)
	}
	b := m.buf[:loc.n]
	if _, err := m.files[loc.file].ReadAt(b, loc.off); err != nil {
		return incident.Incident{}, fmt.Errorf("reading %s again: %v", m.files[loc.file].Name(), err)
	}
	var inc incident.Incident
	if err := inc.UnmarshalJSON(b); err != nil {
		return inc, fmt.Errorf("reading %s again: the file changed during the merge: %v", m.files[loc.file].Name(), err)
	}
	return inc, nil
}

// emit writes one merged incident and its log entry.
func (m *merger) emit(inc *incident.Incident, ent *incident.MergeEntry) error {
	m.written++
	if m.progress && m.written%progressEvery == 0 {
		fmt.Fprintf(m.stderr, "\rincident merge: %d incidents written\033[K", m.written)
	}
	if len(ent.Inputs) > 1 {
		m.merged++
		m.mergedInputs += len(ent.Inputs)
	}
	for _, p := range inc.Problems {
		countProblem(m.problems, p.Field)
	}
	b := inc.AppendJSON(m.buf[:0])
	b = append(b, '\n')
	if _, err := m.out.Write(b); err != nil {
		return err
	}
	b = ent.AppendJSON(b[:0])
	b = append(b, '\n')
	m.buf = b
	_, err := m.log.Write(b)
	return err
}

// summary prints the counts on stderr.
func (m *merger) summary(rejectsName string) {
	if m.progress && m.read >= progressEvery {
		fmt.Fprint(m.stderr, "\r\033[K")
	}
	fmt.Fprintf(m.stderr, "incident merge: %d %s, %d %s read: %d written (%d merged from %d), %d rejected",
		len(m.files), plural(len(m.files), "file", "files"), m.read, plural(m.read, "incident", "incidents"),
		m.written, m.merged, m.mergedInputs, m.rej.n)
	if m.rej.n > 0 && rejectsName != "" {
		fmt.Fprintf(m.stderr, " (see %s)", rejectsName)
	}
	fmt.Fprintln(m.stderr)
	printProblems(m.stderr, "merge", m.problems)
}

// countProblem counts one problem of the field key, up to maxProblemFields fields.
func countProblem(problems map[string]int, key string) {
	if _, ok := problems[key]; !ok && len(problems) >= maxProblemFields {
		key = "(other)"
	}
	problems[key]++
}

// printProblems prints the problem counts by field, most frequent first.
func printProblems(w io.Writer, cmdName string, problems map[string]int) {
	if len(problems) == 0 {
		return
	}
	fields := make([]string, 0, len(problems))
	total := 0
	for k, c := range problems {
		fields = append(fields, k)
		total += c
	}
	slices.SortFunc(fields, func(a, b string) int {
		if c := cmp.Compare(problems[b], problems[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintf(w, "incident %s: %d %s in the output, by field:", cmdName, total, plural(total, "problem", "problems"))
	for i, k := range fields {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(w, "%s %s %d", sep, strconv.Quote(k), problems[k])
	}
	fmt.Fprintln(w)
}

// decodeLine decodes one line holding a normalized incident, or returns err, the error of
// reading it. The line must be a JSON object.
func decodeLine(line []byte, err error) (incident.Incident, error) {
	var inc incident.Incident
	if err != nil {
		return inc, err
	}
	if t := bytes.TrimLeft(line, " \t\r"); len(t) == 0 || t[0] != '{' {
		return inc, errors.New("not a JSON object: want one normalized incident per line")
	}
	err = inc.UnmarshalJSON(line)
	return inc, err
}

// maxLine is the longest line read: a normalized incident carries its raw records, but a
// line longer than this is not one. A variable, so that tests can lower it.
var maxLine = 64 << 20

// readLines calls fn with each line of r that is not blank (without its line end), its
// 1-based number and its byte offset, and a nil error; or, for a line longer than maxLine,
// with the line's first bytes and an error. It returns the first error of reading or of fn.
func readLines(r io.Reader, fn func(line []byte, lineNo int, off int64, err error) error) error {
	br := bufio.NewReaderSize(r, 256<<10)
	var long []byte
	var off int64
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadSlice('\n')
		var lineErr error
		n := int64(len(line))
		if err == bufio.ErrBufferFull {
			long = append(long[:0], line...)
			for err == bufio.ErrBufferFull {
				line, err = br.ReadSlice('\n')
				n += int64(len(line))
				if lineErr == nil {
					long = append(long, line...)
				}
				if len(long) > maxLine && lineErr == nil {
					lineErr = fmt.Errorf("line longer than %d KiB: not one normalized incident", maxLine>>10)
					long = long[:256]
				}
			}
			line = long
		}
		if err != nil && err != io.EOF {
			return err
		}
		body := bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		if lineErr != nil || len(bytes.TrimSpace(body)) > 0 {
			if ferr := fn(body, lineNo, off, lineErr); ferr != nil {
				return ferr
			}
		}
		off += n
		if err == io.EOF {
			return nil
		}
	}
}

// rejecter reports the lines that cannot be read: to a JSON Lines file (file, line, reason,
// raw text), or on standard error.
type rejecter struct {
	cmd    string
	w      *bufio.Writer // nil: list on stderr
	stderr io.Writer
	n      int
	buf    []byte
}

// newRejecter returns a rejecter writing to the file name, or to stderr when name is "".
func newRejecter(cmdName, name string, stderr io.Writer) (*rejecter, func() error, error) {
	r := &rejecter{cmd: cmdName, stderr: stderr}
	if name == "" {
		return r, func() error { return nil }, nil
	}
	w, closeW, err := create(name, nil)
	if err != nil {
		return nil, nil, err
	}
	r.w = bufio.NewWriter(w)
	return r, func() error {
		err := r.w.Flush()
		if cerr := closeW(); err == nil {
			err = cerr
		}
		return err
	}, nil
}

// reject reports one line.
func (r *rejecter) reject(file string, line int, reason string, raw []byte) error {
	r.n++
	if r.w == nil {
		_, err := fmt.Fprintf(r.stderr, "incident %s: reject %s:%d: %s\n", r.cmd, file, line, reason)
		return err
	}
	b := r.buf[:0]
	b = append(b, `{"file":`...)
	b = appendJSONString(b, file)
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, `,"reason":`...)
	b = appendJSONString(b, reason)
	b = append(b, `,"raw":`...)
	b = appendJSONString(b, string(raw))
	b = append(b, "}\n"...)
	r.buf = b
	_, err := r.w.Write(b)
	return err
}
