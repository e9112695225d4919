// Command csvcopy copies a CSV file with a header row to JSON Lines, one object per record
// with the header names as keys in header order, and nothing else: no normalization. It is
// the baseline that `incident normalize` is timed against (DESIGN.md: normalization should
// add at most 2x to a plain CSV-to-JSONL copy of the same file).
//
// Usage:
//
//	csvcopy [-fast] [-sep ,|;|tab] [-o FILE] [FILE]
//
// It reads standard input when no FILE is given and writes standard output unless -o is set.
// It reads with encoding/csv (RFC 4180, a leading UTF-8 BOM removed, records reused). By
// default it encodes each value with encoding/json's Marshal: the plain copy a Go programmer
// writes with the standard library, and the baseline of the 2x target. With -fast it uses a
// hand-written JSON string encoder instead (the escaping of encoding/json minus HTML
// escaping), about four times faster: a lower bound for what the copy itself costs. A record with
// fewer fields than the header gets empty values; extra fields get the keys "_5", "_6"...
// (their 0-based index). The summary (records, seconds, records/s, memory held by the Go runtime) goes to
// standard error. The exit code is 0 on success, 2 on a usage error, 1 on a read or write
// error (a malformed CSV line is a read error: a copy has nothing to report it to).
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/metrics"
	"strconv"
	"time"
	"unicode/utf8"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("csvcopy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sep := fs.String("sep", ",", "field separator: , or ; or tab")
	fast := fs.Bool("fast", false, "encode JSON strings by hand instead of with encoding/json")
	out := fs.String("o", "-", "output file, - for standard output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var comma rune
	switch *sep {
	case ",", ";":
		comma = rune((*sep)[0])
	case "tab", "\t":
		comma = '\t'
	default:
		fmt.Fprintf(stderr, "csvcopy: -sep %q: want , or ; or tab\n", *sep)
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "csvcopy: usage: csvcopy [-fast] [-sep ,|;|tab] [-o FILE] [FILE]")
		return 2
	}
	in := stdin
	if fs.NArg() == 1 {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintln(stderr, "csvcopy:", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	w := stdout
	var of *os.File
	if *out != "-" {
		var err error
		if of, err = os.Create(*out); err != nil {
			fmt.Fprintln(stderr, "csvcopy:", err)
			return 1
		}
		w = of
	}
	start := time.Now()
	enc := appendMarshal
	if *fast {
		enc = appendJSONString
	}
	n, err := copyCSV(w, in, comma, enc)
	if of != nil {
		err = errors.Join(err, of.Close())
	}
	if err != nil {
		fmt.Fprintln(stderr, "csvcopy:", err)
		return 1
	}
	secs := time.Since(start).Seconds()
	fmt.Fprintf(stderr, "csvcopy: %d records in %.2fs, %.0f records/s, Go runtime memory %.1f MB\n",
		n, secs, float64(n)/secs, float64(runtimeMemory())/(1<<20))
	return 0
}

// copyCSV copies the CSV records of r to w as JSON Lines, each string encoded by enc, and
// returns how many records it copied.
func copyCSV(w io.Writer, r io.Reader, comma rune, enc func(dst []byte, s string) []byte) (int, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if bom, err := br.Peek(3); err == nil && bytes.Equal(bom, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	keys := make([][]byte, len(header))
	for i, h := range header {
		keys[i] = enc(nil, h)
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	var line []byte
	n := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, err
		}
		line = append(line[:0], '{')
		for i := range max(len(rec), len(keys)) {
			if i > 0 {
				line = append(line, ',')
			}
			if i < len(keys) {
				line = append(line, keys[i]...)
			} else {
				line = enc(line, "_"+strconv.Itoa(i))
			}
			line = append(line, ':')
			v := ""
			if i < len(rec) {
				v = rec[i]
			}
			line = enc(line, v)
		}
		line = append(line, '}', '\n')
		if _, err := bw.Write(line); err != nil {
			return n, err
		}
		n++
	}
	return n, bw.Flush()
}

// appendMarshal appends s encoded by encoding/json.Marshal, which cannot fail on a string.
func appendMarshal(dst []byte, s string) []byte {
	b, _ := json.Marshal(s)
	return append(dst, b...)
}

const hex = "0123456789abcdef"

// appendJSONString appends s as a JSON string: quotes, backslashes and control characters
// escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped, as encoding/json does
// (without its HTML escaping).
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// runtimeMemory returns the memory mapped by the Go runtime (metric
// /memory/classes/total:bytes), read at exit. The runtime returns memory to the OS only
// lazily, so for a streaming copy this is close to the peak; run-throughput.sh measures the
// true peak resident size with /usr/bin/time when it can.
func runtimeMemory() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}
