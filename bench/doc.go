// Package bench compares the normalizers of github.com/hybridwatch/incident with other Go
// libraries on the same inputs, in the same process, and measures big-input throughput.
//
// It is a separate module so that importers of incident never download the libraries it
// compares against (github.com/biter777/countries ByName for countries,
// github.com/araddon/dateparse and github.com/markusmobius/go-dateparser for dates).
//
// The input sets live in inputs/ as tab-separated files with an answer key per line; see
// README.md for their format, for the accuracy table (go test -run TestAccuracy -v), the
// benchmarks (go test -bench .), the speed ratios (go test -run TestRatio -ratio) and the
// throughput run (run-throughput.sh).
package bench
