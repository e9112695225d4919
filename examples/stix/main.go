// Command stix exports incidents to a STIX 2.1 bundle for a threat-intelligence platform
// (OpenCTI, MISP): it reads incidents as JSON Lines from the files named on the command line,
// or the small file embedded beside it when there are none, and writes the bundle to
// standard output. Exporting the same incidents twice gives the same bundle.
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

//go:embed incidents.jsonl
var sample []byte

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "stix:", err)
		os.Exit(1)
	}
}

// run exports the incidents of the named files (or of the embedded sample) to out.
func run(files []string, out io.Writer) error {
	inputs := [][]byte{sample}
	if len(files) > 0 {
		inputs = nil
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			inputs = append(inputs, b)
		}
	}
	var incidents []incident.Incident
	for _, in := range inputs {
		sc := bufio.NewScanner(bytes.NewReader(in))
		sc.Buffer(nil, 16<<20)
		for line := 1; sc.Scan(); line++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var inc incident.Incident
			if err := json.Unmarshal(sc.Bytes(), &inc); err != nil {
				return fmt.Errorf("line %d: %w", line, err)
			}
			incidents = append(incidents, inc)
		}
		if err := sc.Err(); err != nil {
			return err
		}
	}
	return incident.WriteSTIX(out, incidents, incident.STIXOptions{})
}
