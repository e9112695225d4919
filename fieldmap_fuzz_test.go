package incident

import (
	"maps"
	"testing"
)

// FuzzFieldMapping checks that GuessFieldRole never panics and returns a role, and that a
// mapping that parses prints back to itself.
func FuzzFieldMapping(f *testing.F) {
	for _, s := range []string{
		"date=Occurred", "date=Datum,actor=Täter,country=location.country", "date", "=x",
		"date_start=a, target-country = b", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if r := GuessFieldRole(s); r >= numFieldRoles {
			t.Fatalf("GuessFieldRole(%q) = %v", s, r)
		}
		m, err := ParseFieldMapping(s)
		if err != nil {
			return
		}
		back, err := ParseFieldMapping(m.String())
		if err != nil || !maps.Equal(back, m) {
			t.Fatalf("ParseFieldMapping(%q) = %v; its String %q parses to %v, %v", s, m, m.String(), back, err)
		}
	})
}
