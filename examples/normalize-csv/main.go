// Command normalize-csv shows the Normalizer at work in a Go program: it reads a spreadsheet
// export (a CSV file named on the command line, or the sample examples/data/incidents.csv),
// normalizes every row under a day-first source profile, and prints one line per incident:
// ID, EDTF date, countries, primary actor and confidence, and the number of problems. Rows
// that cannot be read are counted as rejects, so records in = incidents out + rejects.
//
// Run from the repository root:
//
//	go run ./examples/normalize-csv [FILE.csv]
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/hybridwatch/incident"
)

func main() {
	name := "examples/data/incidents.csv"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	if err := run(name, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "normalize-csv:", err)
		os.Exit(1)
	}
}

// run normalizes the CSV file name and writes one summary line per incident to w.
func run(name string, w io.Writer) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()

	// One Normalizer per source: it knows how the source writes numeric dates. It is safe
	// for concurrent use, so a program may share it between goroutines.
	n, err := incident.NewNormalizer(incident.Profile{Order: incident.OrderDayFirst, Language: "en"})
	if err != nil {
		return err
	}
	rr := incident.NewRecordReader(f, name, incident.ReaderOptions{Format: incident.FormatCSV})
	var read, rejected int
	for {
		rec, err := rr.Next()
		if err == io.EOF {
			break
		}
		var re *incident.RecordError
		if errors.As(err, &re) {
			read++
			rejected++
			fmt.Fprintf(w, "reject %s:%d: %s\n", re.File, re.Line, re.Reason)
			continue
		}
		if err != nil {
			return err // an I/O error or a header that cannot be read
		}
		read++
		inc := n.Normalize(rec)
		var countries []string
		for _, c := range inc.Countries() {
			countries = append(countries, c.Alpha2())
		}
		actor := inc.Actor.ID()
		if actor == "" {
			actor = "-"
		}
		fmt.Fprintf(w, "%-7s %-22s %-12s %-14s %-9s %d problems\n",
			inc.ID, inc.Date, strings.Join(countries, ","), actor, inc.Confidence, len(inc.Problems))
	}
	fmt.Fprintf(w, "%d records: %d incidents, %d rejected\n", read, read-rejected, rejected)
	return nil
}
