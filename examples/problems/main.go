// Command problems shows how to read the problems report of normalized incidents: it reads
// the JSON Lines that `incident normalize` writes (from the files named on the command line,
// or standard input), and lists, per field, how many values could not be normalized and of
// which kind (unknown, ambiguous, invalid, unspecified, not-applicable), with the most
// frequent raw values, so an analyst knows which columns need a mapping, a profile or a new
// alias.
//
// Run from the repository root:
//
//	go run ./cmd/incident normalize -profile dayfirst examples/data/incidents.csv examples/data/feed.jsonl |
//	    go run ./examples/problems
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/hybridwatch/incident"
)

func main() {
	var in io.Reader = os.Stdin
	if len(os.Args) > 1 {
		var rs []io.Reader
		for _, name := range os.Args[1:] {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintln(os.Stderr, "problems:", err)
				os.Exit(1)
			}
			defer f.Close()
			rs = append(rs, f)
		}
		in = io.MultiReader(rs...)
	}
	if err := run(in, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "problems:", err)
		os.Exit(1)
	}
}

// fieldReport counts the problems of one field.
type fieldReport struct {
	field  string
	total  int
	kinds  map[incident.ProblemKind]int
	values map[string]int
}

// run reads incidents as JSON Lines from r and writes the report to w.
func run(r io.Reader, w io.Writer) error {
	reports := map[string]*fieldReport{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	incidents, withProblems := 0, 0
	for sc.Scan() {
		var inc incident.Incident
		if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
			return fmt.Errorf("line %d: %v", incidents+1, err)
		}
		incidents++
		if len(inc.Problems) > 0 {
			withProblems++
		}
		for _, p := range inc.Problems {
			rep := reports[p.Field]
			if rep == nil {
				rep = &fieldReport{field: p.Field, kinds: map[incident.ProblemKind]int{}, values: map[string]int{}}
				reports[p.Field] = rep
			}
			rep.total++
			rep.kinds[p.Kind()]++
			rep.values[p.Raw]++
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d incidents, %d with problems\n", incidents, withProblems)
	list := make([]*fieldReport, 0, len(reports))
	for _, rep := range reports {
		list = append(list, rep)
	}
	slices.SortFunc(list, func(a, b *fieldReport) int {
		return cmp.Or(cmp.Compare(b.total, a.total), cmp.Compare(a.field, b.field))
	})
	for _, rep := range list {
		fmt.Fprintf(w, "%s: %d\n", rep.field, rep.total)
		for _, k := range sortedKeys(rep.kinds) {
			fmt.Fprintf(w, "  %-15s %d\n", k, rep.kinds[k])
		}
		for i, v := range sortedKeys(rep.values) {
			if i == 3 {
				fmt.Fprintf(w, "  ... and %d more values\n", len(rep.values)-3)
				break
			}
			fmt.Fprintf(w, "  %q x%d\n", v, rep.values[v])
		}
	}
	return nil
}

// sortedKeys returns the keys of m, the most frequent first, then in order.
func sortedKeys[K cmp.Ordered](m map[K]int) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int { return cmp.Or(cmp.Compare(m[b], m[a]), cmp.Compare(a, b)) })
	return keys
}
