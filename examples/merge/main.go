// Command merge merges the incidents of two sources, each normalized on its own (the two
// JSON Lines files embedded beside it), into one incident per event, and writes the merged
// incidents as JSON Lines to standard output and the merge log (which records, joined by
// which pair and evidence) to standard error, so a merge can be audited and undone.
package main

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/hybridwatch/incident"
)

var (
	//go:embed source-a.jsonl
	sourceA []byte
	//go:embed source-b.jsonl
	sourceB []byte
)

func main() {
	if err := run(os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "merge:", err)
		os.Exit(1)
	}
}

// run merges the embedded sources, writing the incidents to out and the log to logw.
func run(out, logw io.Writer) error {
	var records []incident.Incident
	for _, src := range [][]byte{sourceA, sourceB} {
		sc := bufio.NewScanner(bytes.NewReader(src))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var inc incident.Incident
			if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
				return err
			}
			records = append(records, inc)
		}
		if err := sc.Err(); err != nil {
			return err
		}
	}
	res := incident.Merge(records, incident.MergeOptions{})
	w := bufio.NewWriter(out)
	var buf []byte
	for i := range res.Incidents {
		buf = append(res.Incidents[i].AppendJSON(buf[:0]), '\n')
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := res.Log.WriteTo(logw)
	return err
}
