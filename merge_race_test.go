//go:build race

package incident

// mergeRaceEnabled reports whether the tests run under the race detector, which multiplies
// the memory and time of TestMergeMillion.
const mergeRaceEnabled = true
