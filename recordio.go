package incident

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// This file holds the streaming readers that turn a source file into raw records: CSV with a
// header row (RFC 4180) and JSON Lines. They never drop a record silently: every non-blank
// record of the input comes back either as a RawRecord or as a *RecordError (a reject) that
// carries its line number, the reason and the raw text, so that records in = records out +
// rejects, always. Memory does not grow with the size of the input: a reader holds one record
// at a time, and a record longer than MaxRecordLen is rejected, not buffered.
//
// CSV follows RFC 4180 with the habits of spreadsheet exports: a header row; ',', ';' or tab
// as separator; a UTF-8 byte order mark dropped; CRLF or LF line ends (a CRLF inside a quoted
// field becomes LF); blank lines skipped. A quote inside an unquoted field is kept as text
// (`12" pipe`), as spreadsheets write it; text after the closing quote of a quoted field, a
// quoted field never closed, and a row whose field count differs from the header's are
// rejects. Values are not trimmed: the normalizers fold them.

// MaxRecordLen is the longest record, in bytes of input, that the readers accept. A longer
// record (or a quoted CSV field that is never closed) is rejected with a *RecordError.
const MaxRecordLen = 1 << 20

// Format is the format of a source file. The zero value, FormatAuto, asks the reader to
// detect it (see DetectFormat).
type Format uint8

// The source formats.
const (
	FormatAuto  Format = iota // detect from the file name, then from the first byte
	FormatCSV                 // comma-, semicolon- or tab-separated values with a header row
	FormatJSONL               // JSON Lines: one JSON object per line
)

var formatNames = [...]string{"auto", "csv", "jsonl"}

// String returns "auto", "csv" or "jsonl".
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return "Format(" + strconv.Itoa(int(f)) + ")"
}

// ParseFormat returns the format named by s: "auto" (or ""), "csv" (also "tsv") or "jsonl"
// (also "ndjson", "json"), in any case. Other names fail with a *ParseError wrapping ErrUnknown.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return FormatAuto, nil
	case "csv", "tsv":
		return FormatCSV, nil
	case "jsonl", "ndjson", "json":
		return FormatJSONL, nil
	}
	return FormatAuto, newParseError("ParseFormat", s, ErrUnknown, "want csv or jsonl")
}

// DetectFormat returns the format of a file from its name and, when the name does not tell,
// from the first bytes of its content: the extensions .csv, .tsv and .txt mean CSV; .jsonl,
// .ndjson and .json mean JSON Lines; otherwise content whose first byte after an optional
// UTF-8 byte order mark and white space is '{' is JSON Lines, and anything else is CSV.
func DetectFormat(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".tsv", ".txt":
		return FormatCSV
	case ".jsonl", ".ndjson", ".json":
		return FormatJSONL
	}
	head = bytes.TrimPrefix(head, utf8BOM)
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 0 && head[0] == '{' {
		return FormatJSONL
	}
	return FormatCSV
}

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// Value returns the value of the first field whose key is key, and whether there is one.
func (r RawRecord) Value(key string) (string, bool) {
	for _, f := range r.Fields {
		if f.Key == key {
			return f.Value, true
		}
	}
	return "", false
}

// RecordError is a record that could not be read: a reject. It carries the source file, the
// line number where the record starts, the reason and the raw text of the record (truncated
// for records longer than MaxRecordLen). It unwraps to ErrInvalid. A reader that returns a
// RecordError can go on with the next record.
type RecordError struct {
	File   string
	Line   int
	Reason string
	Raw    string
}

// Error returns a message such as `feed.jsonl:12: not a JSON object`.
func (e *RecordError) Error() string {
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Reason
}

// Unwrap returns ErrInvalid.
func (e *RecordError) Unwrap() error { return ErrInvalid }

// ReaderOptions configure a RecordReader. The zero value detects the format and guesses the
// ID field from the header words of FieldID (see GuessFieldRole).
type ReaderOptions struct {
	Format  Format // FormatAuto detects the format (see DetectFormat)
	IDField string // the key holding the record ID; "" guesses it. Matched exactly, else folded.
}

// RecordReader reads the records of one source file, one at a time. Create it with
// NewRecordReader. It is not safe for concurrent use, but the Records it returns own their
// memory and may be handed to other goroutines.
type RecordReader struct {
	name, base string
	br         *bufio.Reader
	opts       ReaderOptions
	format     Format
	started    bool
	err        error // sticky error: io.EOF, an I/O error or a broken header

	line    int    // physical lines consumed so far
	long    []byte // a line longer than the bufio buffer, assembled
	tooLong bool   // the current record exceeded MaxRecordLen

	// CSV state.
	delim     byte
	header    []string
	idIndex   int // index of the ID column, -1 if none
	fieldBuf  []byte
	ends      []int
	fieldSlab []RawField // the rest of the block that field lists are cut from
	raw       []byte

	// JSON Lines state.
	json jsonFlattener
}

// NewRecordReader returns a reader of the records of r, a source file called name (used in
// record IDs, rejects and format detection; "-" or "" for standard input).
func NewRecordReader(r io.Reader, name string, opts ReaderOptions) *RecordReader {
	base := filepath.Base(name)
	if name == "" || name == "-" {
		base = "stdin"
	}
	return &RecordReader{
		name:    name,
		base:    base,
		br:      bufio.NewReaderSize(r, 64<<10),
		opts:    opts,
		idIndex: -1,
	}
}

// Format returns the format of the source: the one given in the options or, once the first
// call of Next has looked at the content, the detected one.
func (rr *RecordReader) Format() Format {
	if rr.format == FormatAuto {
		return rr.opts.Format
	}
	return rr.format
}

// Header returns the column names of a CSV source after the first call of Next, with blank
// names replaced by "column N" and repeated names suffixed "#2", "#3"; nil for JSON Lines.
func (rr *RecordReader) Header() []string { return rr.header }

// Delimiter returns the field separator of a CSV source after the first call of Next: the
// one of an Excel "sep=X" first line (',', ';', '\t' or '|'), else the most frequent of ',',
// ';' and '\t' outside quotes on the header line (ties go to ',' then ';'); 0 for JSON Lines.
func (rr *RecordReader) Delimiter() byte { return rr.delim }

// Next returns the next record. At the end of the input it returns io.EOF. A record that
// cannot be read comes back as a *RecordError (errors.Is(err, ErrInvalid)), and the caller may
// call Next again for the following record. Any other error is final, and Next returns it
// again on every later call: an I/O error, or a CSV header that cannot be read (wrapping
// ErrInvalid, but not a *RecordError).
func (rr *RecordReader) Next() (RawRecord, error) {
	if rr.err != nil {
		return RawRecord{}, rr.err
	}
	if !rr.started {
		rr.started = true
		if err := rr.start(); err != nil {
			rr.err = err
			return RawRecord{}, err
		}
	}
	var rec RawRecord
	var err error
	if rr.format == FormatJSONL {
		rec, err = rr.nextJSON()
	} else {
		rec, err = rr.nextCSV()
	}
	if err != nil {
		if _, reject := err.(*RecordError); !reject {
			rr.err = err
		}
	}
	return rec, err
}

// start strips a byte order mark, detects the format and reads the CSV header.
func (rr *RecordReader) start() error {
	if b, err := rr.br.Peek(3); err == nil && bytes.Equal(b, utf8BOM) {
		rr.br.Discard(3)
	}
	head, err := rr.br.Peek(rr.br.Size())
	if len(head) == 0 && err != nil && err != io.EOF {
		return err // with some data, a later read reports the error
	}
	rr.format = rr.opts.Format
	if rr.format == FormatAuto {
		rr.format = DetectFormat(rr.name, head)
	}
	if rr.format == FormatJSONL {
		return nil
	}
	if d, ok := excelSepLine(head); ok {
		rr.delim = d
		rr.readLine() // the hint is not a record
	} else {
		rr.delim = detectDelimiter(head)
	}
	_, err = rr.readCSV()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		var re *RecordError
		if errors.As(err, &re) { // final: without a header no row can be read
			return fmt.Errorf("%s:%d: cannot read the CSV header: %s: %w", rr.name, re.Line, re.Reason, ErrInvalid)
		}
		return err
	}
	s := string(rr.fieldBuf)
	prev := 0
	rr.header = make([]string, len(rr.ends))
	for i, end := range rr.ends {
		h := strings.TrimSpace(s[prev:end])
		if h == "" {
			h = "column " + strconv.Itoa(i+1)
		}
		rr.header[i] = h
		prev = end
	}
	uniqueKeys(rr.header, func(h *string) *string { return h })
	rr.idIndex = -1
	for i, h := range rr.header {
		if rr.isIDKey(h) {
			rr.idIndex = i
			break
		}
	}
	return nil
}

// isIDKey reports whether key holds the record ID: the key of the options (exactly, else
// folded), else a key whose header words say FieldID.
func (rr *RecordReader) isIDKey(key string) bool {
	if rr.opts.IDField != "" {
		return key == rr.opts.IDField || fold(key) == fold(rr.opts.IDField)
	}
	return GuessFieldRole(key) == FieldID
}

// uniqueKeys renames repeated keys among items to "key#2", "key#3"...
func uniqueKeys[T any](items []T, key func(*T) *string) {
	n := len(items)
	if n < 2 {
		return
	}
	if n <= 16 { // the common case: check without a map
		dup := false
		for i := 1; i < n && !dup; i++ {
			for j := range i {
				if *key(&items[i]) == *key(&items[j]) {
					dup = true
					break
				}
			}
		}
		if !dup {
			return
		}
	}
	seen := make(map[string]int, n)
	for i := range items {
		seen[*key(&items[i])]++
	}
	if len(seen) == n {
		return
	}
	count := make(map[string]int, n)
	for i := range items {
		k := key(&items[i])
		if seen[*k] < 2 {
			continue
		}
		count[*k]++
		if c := count[*k]; c > 1 {
			name := *k + "#" + strconv.Itoa(c)
			for seen[name] > 0 { // the new name is taken too
				c++
				name = *k + "#" + strconv.Itoa(c)
			}
			seen[name]++
			*k = name
		}
	}
}

// excelSepLine reports whether head starts with the line "sep=X" that Excel writes and
// reads as the separator hint of a CSV file, and returns X: ',', ';', tab or '|'.
func excelSepLine(head []byte) (byte, bool) {
	rest, ok := bytes.CutPrefix(head, []byte("sep="))
	if !ok || len(rest) < 1 {
		return 0, false
	}
	switch d := rest[0]; d {
	case ',', ';', '\t', '|':
		if after := rest[1:]; len(after) == 0 || after[0] == '\n' || bytes.HasPrefix(after, []byte("\r\n")) {
			return d, true
		}
	}
	return 0, false
}

// detectDelimiter returns the separator of a CSV header line: the most frequent of ',', ';'
// and tab outside quotes on the first non-blank line, with ties going to ',' then ';'.
func detectDelimiter(head []byte) byte {
	head = bytes.TrimLeft(head, "\r\n")
	var comma, semi, tab int
	inQuote := false
	for _, c := range head {
		if c == '"' {
			inQuote = !inQuote
			continue
		}
		if inQuote {
			continue
		}
		if c == '\n' {
			break
		}
		switch c {
		case ',':
			comma++
		case ';':
			semi++
		case '\t':
			tab++
		}
	}
	switch {
	case tab > comma && tab > semi:
		return '\t'
	case semi > comma:
		return ';'
	}
	return ','
}

// readLine returns the next physical line with its line ending, or io.EOF. A line longer than
// the buffer is assembled in rr.long, up to MaxRecordLen bytes; beyond that it is truncated
// and rr.tooLong is set.
func (rr *RecordReader) readLine() ([]byte, error) {
	line, err := rr.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		rr.long = append(rr.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = rr.br.ReadSlice('\n')
			if len(rr.long)+len(line) > MaxRecordLen {
				rr.tooLong = true
				continue
			}
			rr.long = append(rr.long, line...)
		}
		line = rr.long
	}
	if len(line) == 0 {
		if err == nil {
			err = io.EOF
		}
		return nil, err
	}
	rr.line++
	if err == io.EOF {
		err = nil
	}
	return line, err
}

// trimEOL removes a final "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

// isBlank reports whether a line holds only white space.
func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// nextCSV reads the next data row.
func (rr *RecordReader) nextCSV() (RawRecord, error) {
	start, err := rr.readCSV()
	if err != nil {
		return RawRecord{}, err
	}
	if len(rr.ends) != len(rr.header) {
		return RawRecord{File: rr.name, Line: start}, rr.reject(start,
			"row has "+strconv.Itoa(len(rr.ends))+" fields, header has "+strconv.Itoa(len(rr.header)))
	}
	s := string(rr.fieldBuf)
	rec := RawRecord{File: rr.name, Line: start, Fields: rr.newFields(len(rr.ends))}
	prev := 0
	for i, end := range rr.ends {
		rec.Fields[i] = RawField{Key: rr.header[i], Value: s[prev:end]}
		prev = end
	}
	if rr.idIndex >= 0 {
		rec.ID = strings.TrimSpace(rec.Fields[rr.idIndex].Value)
	}
	if rec.ID == "" {
		rec.ID = rr.base + ":" + strconv.Itoa(start)
	}
	return rec, nil
}

// fieldSlabLen is the number of fields in the blocks that the field lists of CSV records
// are cut from (16 KiB): one allocation serves dozens of records.
const fieldSlabLen = 512

// newFields returns a zeroed list of n fields for one record. Lists are cut from a shared
// block, each with its capacity limited to its length, so a record owns its list (an append
// to it moves it elsewhere) while the reader allocates once per block instead of once per
// record. A block stays in memory while any record cut from it does.
func (rr *RecordReader) newFields(n int) []RawField {
	if n > len(rr.fieldSlab) {
		rr.fieldSlab = make([]RawField, max(n, fieldSlabLen))
	}
	f := rr.fieldSlab[:n:n]
	rr.fieldSlab = rr.fieldSlab[n:]
	return f
}

// reject builds the *RecordError of the record starting at line start, from rr.raw.
func (rr *RecordReader) reject(start int, reason string) *RecordError {
	return &RecordError{File: rr.name, Line: start, Reason: reason, Raw: string(trimEOL(rr.raw))}
}

// readCSV reads the next non-blank CSV record into rr.fieldBuf (the unquoted field values,
// end to end) and rr.ends (the end offset of each field), keeping its raw text in rr.raw. It
// returns the line number where the record starts.
func (rr *RecordReader) readCSV() (int, error) {
	var line []byte
	var err error
	for {
		line, err = rr.readLine()
		if err != nil {
			return 0, err
		}
		if !isBlank(line) || rr.tooLong {
			break
		}
	}
	start := rr.line
	rr.raw = append(rr.raw[:0], line...)
	if rr.tooLong {
		return start, rr.rejectLong(start)
	}
	rr.fieldBuf = rr.fieldBuf[:0]
	rr.ends = rr.ends[:0]
	delim := rr.delim
	pos := 0
	for {
		if pos < len(line) && line[pos] == '"' {
			// A quoted field, possibly over several lines.
			pos++
			for {
				i := bytes.IndexByte(line[pos:], '"')
				if i >= 0 {
					rr.fieldBuf = append(rr.fieldBuf, line[pos:pos+i]...)
					pos += i + 1
					if pos < len(line) && line[pos] == '"' {
						rr.fieldBuf = append(rr.fieldBuf, '"')
						pos++
						continue
					}
					break
				}
				rest := line[pos:]
				if n := len(rest); n >= 2 && rest[n-2] == '\r' && rest[n-1] == '\n' {
					rest = append(rest[:n-2:n-2], '\n') // a quoted CRLF becomes LF
				}
				rr.fieldBuf = append(rr.fieldBuf, rest...)
				line, err = rr.readLine()
				if err == io.EOF {
					return start, rr.reject(start, "quoted field "+strconv.Itoa(len(rr.ends)+1)+" is not closed")
				}
				if err != nil {
					return 0, err
				}
				if rr.tooLong || len(rr.raw)+len(line) > MaxRecordLen {
					// The record ends with this physical line.
					return start, rr.rejectLong(start)
				}
				rr.raw = append(rr.raw, line...)
				pos = 0
			}
			rr.ends = append(rr.ends, len(rr.fieldBuf))
			rest := trimEOL(line[pos:])
			if len(rest) == 0 {
				break
			}
			if rest[0] != delim {
				// The record ends with this physical line.
				return start, rr.reject(start, "unexpected text after the closing quote of field "+strconv.Itoa(len(rr.ends)))
			}
			pos++
			continue
		}
		rest := line[pos:]
		if i := bytes.IndexByte(rest, delim); i >= 0 {
			rr.fieldBuf = append(rr.fieldBuf, rest[:i]...)
			rr.ends = append(rr.ends, len(rr.fieldBuf))
			pos += i + 1
			continue
		}
		rr.fieldBuf = append(rr.fieldBuf, trimEOL(rest)...)
		rr.ends = append(rr.ends, len(rr.fieldBuf))
		break
	}
	return start, nil
}

// rejectLong rejects a record longer than MaxRecordLen. Its raw text is truncated, and the
// reader goes on after the physical line where the limit was passed.
func (rr *RecordReader) rejectLong(start int) *RecordError {
	rr.tooLong = false
	return rr.reject(start, "record longer than "+strconv.Itoa(MaxRecordLen)+" bytes")
}

// maxJSONDepth bounds the nesting of a JSON Lines record.
const maxJSONDepth = 64

// nextJSON reads the next non-blank JSON Lines record.
func (rr *RecordReader) nextJSON() (RawRecord, error) {
	var line []byte
	var err error
	for {
		line, err = rr.readLine()
		if err != nil {
			return RawRecord{}, err
		}
		if !isBlank(line) || rr.tooLong {
			break
		}
	}
	start := rr.line
	rec := RawRecord{File: rr.name, Line: start}
	if rr.tooLong {
		rr.tooLong = false
		return rec, &RecordError{File: rr.name, Line: start, Reason: "record longer than " + strconv.Itoa(MaxRecordLen) + " bytes", Raw: string(trimEOL(line))}
	}
	fields, reason := rr.json.flatten(string(trimEOL(bytes.TrimPrefix(line, utf8BOM))))
	if reason != "" {
		return rec, &RecordError{File: rr.name, Line: start, Reason: reason, Raw: string(trimEOL(line))}
	}
	uniqueKeys(fields, func(f *RawField) *string { return &f.Key })
	rec.Fields = fields
	for _, f := range fields {
		if !strings.Contains(f.Key, ".") && rr.isIDKey(f.Key) {
			rec.ID = strings.TrimSpace(f.Value)
			break
		}
	}
	if rec.ID == "" {
		rec.ID = rr.base + ":" + strconv.Itoa(start)
	}
	return rec, nil
}

// joinSameKeys merges fields[from:] that share a key into one field each, their values
// joined with "; " (empty values skipped), in order of first appearance.
func joinSameKeys(fields []RawField, from int) []RawField {
	tail := fields[from:]
	if len(tail) < 2 {
		return fields
	}
	out := fields[:from]
	index := make(map[string]int, len(tail))
	for _, f := range tail {
		i, ok := index[f.Key]
		if !ok {
			index[f.Key] = len(out)
			out = append(out, f)
			continue
		}
		switch {
		case f.Value == "":
		case out[i].Value == "":
			out[i].Value = f.Value
		default:
			out[i].Value += "; " + f.Value
		}
	}
	return out
}
