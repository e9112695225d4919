package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/hybridwatch/incident"
)

// lookupResult is the answer to one lookup, as printed with -json.
type lookupResult struct {
	Input      string      `json:"input"`
	Value      string      `json:"value,omitempty"`
	How        string      `json:"how,omitempty"`
	Error      string      `json:"error,omitempty"`
	Kind       string      `json:"kind,omitempty"`
	Candidates []candidate `json:"candidates,omitempty"`
}

type candidate struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
}

// runLookup runs "incident country|date|actor|confidence".
func runLookup(cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet(cmd, "[-json] [VALUE ...]  (no VALUE: one value per line of standard input)", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per value")
	var p profile
	if cmd == "date" {
		addProfileFlags(fs, &p)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if cmd == "date" && (p.order != "" || !p.ref.IsZero()) {
		fmt.Fprintln(stderr, "incident date: note: -profile and -ref take effect once DateParser is available; values are read as absolute dates")
	}
	lookup := lookupFunc(cmd, p)
	w := bufio.NewWriter(stdout)
	failed := false
	one := func(v string) {
		res := lookup(v)
		if res.Error != "" {
			failed = true
		}
		if *asJSON {
			b, _ := json.Marshal(res) // plain strings always marshal
			w.Write(b)
			w.WriteByte('\n')
			return
		}
		fmt.Fprintf(w, "%s\t%s\t%s%s\n", res.Input, res.Value, res.How, res.Error)
	}
	values := fs.Args()
	if len(values) > 0 {
		for _, v := range values {
			one(v)
		}
	} else {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
		for sc.Scan() {
			if line := strings.TrimSuffix(sc.Text(), "\r"); strings.TrimSpace(line) != "" {
				one(line)
			}
		}
		if err := sc.Err(); err != nil {
			w.Flush()
			fmt.Fprintf(stderr, "incident %s: reading standard input: %v\n", cmd, err)
			return exitIO
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "incident %s: %v\n", cmd, err)
		return exitIO
	}
	if failed {
		return exitRejected
	}
	return exitOK
}

// lookupFunc returns the function that looks up one value of the command.
func lookupFunc(cmd string, p profile) func(string) lookupResult {
	var parse func(string) (string, error)
	switch cmd {
	case "country":
		parse = func(s string) (string, error) {
			c, err := incident.ParseCountry(s)
			return c.String(), err
		}
	case "date":
		parse = func(s string) (string, error) {
			d, err := parseDate(s, p)
			return d.String(), err
		}
	case "actor":
		parse = func(s string) (string, error) {
			a, err := incident.LookupActor(s)
			return a.ID(), err
		}
	default: // confidence
		parse = func(s string) (string, error) {
			c, err := incident.ParseConfidence(s)
			if l, ok := c.Level(); ok {
				return l.String(), err
			}
			return "", err
		}
	}
	return func(s string) lookupResult {
		res := lookupResult{Input: s}
		v, err := parse(s)
		if err != nil {
			res.Error = err.Error()
			res.Kind = errorKind(err)
			var amb *incident.AmbiguousError
			if errors.As(err, &amb) {
				for _, c := range amb.Candidates {
					res.Candidates = append(res.Candidates, candidate{c.Value, c.Label})
				}
			}
			return res
		}
		res.Value = v
		res.How = "normalized"
		if v == strings.TrimSpace(s) {
			res.How = "exact"
		}
		return res
	}
}

// parseDate reads a date value with the source profile. DateParser, which applies the order
// and the reference, is not part of the package yet; until it is, the value is read as an
// absolute date by ParseDate (runLookup says so on stderr when -profile or -ref is given).
func parseDate(s string, _ profile) (incident.Date, error) {
	return incident.ParseDate(s)
}

// errorKind names the sentinel an error wraps: "unspecified", "not-applicable", "ambiguous",
// "unknown" or "invalid".
func errorKind(err error) string {
	switch {
	case errors.Is(err, incident.ErrUnspecified):
		return "unspecified"
	case errors.Is(err, incident.ErrNotApplicable):
		return "not-applicable"
	case errors.Is(err, incident.ErrAmbiguous):
		return "ambiguous"
	case errors.Is(err, incident.ErrUnknown):
		return "unknown"
	case errors.Is(err, incident.ErrInvalid):
		return "invalid"
	}
	return "error"
}
