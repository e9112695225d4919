package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
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

// lookupFunc returns the function that looks up one value of the command: the canonical
// value and how it matched.
func lookupFunc(cmd string, p profile) func(string) lookupResult {
	var match func(string) (value, how string, err error)
	switch cmd {
	case "country":
		match = func(s string) (string, string, error) {
			m, err := incident.MatchCountry(s)
			return m.Country.String(), countryHow(m), err
		}
	case "date":
		dp := incident.DateParser{Reference: p.ref, Order: p.order}
		match = func(s string) (string, string, error) {
			m, err := dp.Match(s)
			return m.Date.String(), join(m.Rule, m.Lang), err
		}
	case "actor":
		reg := incident.DefaultRegistry()
		match = func(s string) (string, string, error) {
			m, err := reg.Match(s)
			return m.Actor.ID(), actorHow(m), err
		}
	default: // confidence
		match = func(s string) (string, string, error) {
			m, err := incident.MatchConfidence(s)
			if err != nil {
				return "", "", err
			}
			l, ok := m.Confidence.EffectiveLevel()
			if !ok {
				return "", "", err
			}
			return l.String(), join(m.Confidence.String(), m.Confidence.Rule().ID), nil
		}
	}
	return func(s string) lookupResult {
		res := lookupResult{Input: s}
		v, how, err := match(s)
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
		res.How = how
		if res.How == "" {
			res.How = "exact"
		}
		return res
	}
}

// countryHow says how a country matched: the kind of name, its language, the region it
// came from, its source, and "fuzzy" for a typo-tolerant match.
func countryHow(m incident.CountryMatch) string {
	how := join(m.Kind.String(), m.Lang)
	if m.Region != "" {
		how = join(how, m.Region)
	}
	if m.Source != "" {
		how = join(how, "("+m.Source+")")
	}
	if m.Quality == incident.MatchFuzzy && m.Kind != incident.CountryKindFuzzy {
		how = join(how, "fuzzy")
	}
	return how
}

// actorHow says how an actor matched: the rule, the intrusion set it came through and the
// alias that matched with its source.
func actorHow(m incident.ActorMatch) string {
	how := m.Rule
	if m.Via != "" {
		how = join(how, "via "+m.Via)
		if m.ViaATTACK != "" {
			how += " (" + m.ViaATTACK + ")"
		}
	}
	if m.MatchedAlias != "" && m.AliasSource != "" {
		how = join(how, strconv.Quote(m.MatchedAlias)+" ("+m.AliasSource+")")
	}
	return how
}

// join joins the non-empty strings with spaces.
func join(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
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
