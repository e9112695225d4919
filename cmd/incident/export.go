package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/hybridwatch/incident"
)

const exportSynopsis = "-format jsonl|csv|stix [-o out] [-bom] [-attributions a.csv] [-sources s.csv] [-rejects rejects.jsonl] [FILE ...]"

// runExport runs "incident export": it reads normalized or merged incidents (JSON Lines)
// from the files named, or standard input, and writes them as JSON Lines (canonical form:
// the keys in their order, categories normalized, source IDs sorted), as CSV
// (incident.CSVWriter: one row per incident; -bom for Excel; -attributions and -sources
// write the companion tables) or as one STIX 2.1 bundle (incident.WriteSTIX). JSON Lines and
// CSV stream; a STIX bundle holds every incident in memory, since its id derives from all of
// them. Lines that cannot be read are rejects, as in merge.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", exportSynopsis, stderr)
	var format string
	fs.Func("format", "output `format`: jsonl, csv or stix", func(s string) error {
		switch s {
		case "jsonl", "csv", "stix":
			format = s
			return nil
		}
		return errors.New("want jsonl, csv or stix")
	})
	outName := fs.String("o", "", "write the output to `file` instead of standard output")
	bom := fs.Bool("bom", false, "start CSV tables with the UTF-8 byte order mark, for Excel (csv only)")
	attrName := fs.String("attributions", "", "write the companion table of attributions, one row per claim, to `file` (csv only)")
	srcName := fs.String("sources", "", "write the companion table of sources to `file` (csv only)")
	rejectsName := fs.String("rejects", "", "write the lines that cannot be read to `file` as JSON Lines (default: list them on standard error)")
	files, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if format == "" {
		fmt.Fprintln(stderr, "incident export: -format is required")
		fs.Usage()
		return exitUsage
	}
	if format != "csv" && (*bom || *attrName != "" || *srcName != "") {
		fmt.Fprintln(stderr, "incident export: -bom, -attributions and -sources are for -format csv")
		return exitUsage
	}
	if len(files) == 0 {
		files = []string{"-"}
	}

	x := &exporter{format: format}
	rej, closeRej, err := newRejecter("export", *rejectsName, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "incident export: %v\n", err)
		return exitIO
	}
	out, closeOut, err := create(*outName, stdout)
	if err != nil {
		closeRej()
		fmt.Fprintf(stderr, "incident export: %v\n", err)
		return exitIO
	}
	var closers []func() error
	x.out = bufio.NewWriterSize(out, 64<<10)
	if format == "csv" {
		opts := incident.CSVOptions{BOM: *bom}
		for _, c := range []struct {
			name string
			dst  *io.Writer
		}{{*attrName, &opts.Attributions}, {*srcName, &opts.Sources}} {
			if c.name == "" {
				continue
			}
			w, closeW, err := create(c.name, nil)
			if err != nil {
				closeRej()
				closeOut()
				for _, c := range closers {
					c()
				}
				fmt.Fprintf(stderr, "incident export: %v\n", err)
				return exitIO
			}
			bw := bufio.NewWriter(w)
			*c.dst = bw
			closers = append(closers, bw.Flush, closeW)
		}
		x.csv = incident.NewCSVWriter(x.out, opts)
	}

	code = exitOK
	for _, name := range files {
		if err := x.file(name, stdin, rej); err != nil {
			fmt.Fprintf(stderr, "incident export: %v\n", err)
			code = exitIO
			break
		}
	}
	if code == exitOK {
		if err := x.finish(); err != nil {
			fmt.Fprintf(stderr, "incident export: writing output: %v\n", err)
			code = exitIO
		}
	}
	for _, c := range append(closers, closeOut, closeRej) {
		if err := c(); err != nil && code == exitOK {
			fmt.Fprintf(stderr, "incident export: %v\n", err)
			code = exitIO
		}
	}
	fmt.Fprintf(stderr, "incident export: %d %s read: %d written as %s, %d rejected",
		x.read, plural(x.read, "incident", "incidents"), x.written, format, rej.n)
	if rej.n > 0 && *rejectsName != "" {
		fmt.Fprintf(stderr, " (see %s)", *rejectsName)
	}
	fmt.Fprintln(stderr)
	if code == exitOK && rej.n > 0 {
		code = exitRejected
	}
	return code
}

// exporter holds the state of one export run.
type exporter struct {
	format        string
	out           *bufio.Writer
	csv           *incident.CSVWriter
	all           []incident.Incident // stix: the incidents of the bundle
	buf           []byte
	read, written int
}

// file exports the incidents of one file ("-" is standard input). It returns I/O errors.
func (x *exporter) file(name string, stdin io.Reader, rej *rejecter) error {
	var r io.Reader = stdin
	display := "stdin"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r, display = f, name
	}
	return readLines(r, func(line []byte, lineNo int, _ int64, err error) error {
		x.read++
		inc, err := decodeLine(line, err)
		if err != nil {
			return rej.reject(display, lineNo, err.Error(), line)
		}
		return x.write(&inc)
	})
}

// write exports one incident (for STIX, keeps it for the bundle).
func (x *exporter) write(inc *incident.Incident) error {
	x.written++
	switch x.format {
	case "csv":
		return x.csv.Write(inc)
	case "stix":
		x.all = append(x.all, *inc)
		return nil
	}
	b := inc.AppendJSON(x.buf[:0])
	b = append(b, '\n')
	x.buf = b
	_, err := x.out.Write(b)
	return err
}

// finish writes what is held back: the STIX bundle, the CSV buffers; then flushes.
func (x *exporter) finish() error {
	switch x.format {
	case "csv":
		if err := x.csv.Flush(); err != nil {
			return err
		}
	case "stix":
		if err := incident.WriteSTIX(x.out, x.all, incident.STIXOptions{}); err != nil {
			return err
		}
	}
	return x.out.Flush()
}
