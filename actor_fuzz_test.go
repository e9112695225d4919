package incident

import (
	"errors"
	"testing"
)

// FuzzLookupActor checks the properties of every lookup: the ASCII fast path folds like
// appendFold; no panic; exactly one of a valid
// actor or an error wrapping one sentinel; the ID of a result looks up to the same actor
// (round trip); folding a single name first changes nothing (idempotence of the key); and an
// ambiguous error lists registry IDs.
func FuzzLookupActor(f *testing.F) {
	for _, s := range []string{
		// valid
		"APT28", "Fancy Bear", "ＡＰＴ２８", "АРТ28", "в/ч 26165", "FSB Center 16", "85th GTsSS",
		"Russia's military intelligence agency", "Fancy Bear (APT28)", "NoName057(16)", "ru-gru",
		"Russian state-sponsored hackers", "КДБ", "ГУР",
		// refused
		"IRIDIUM", "Russia (SVR & GRU)", "Bear", "Microsoft", "n/a", "", "UNC9999", "Unit 12345",
		"((((", "/ / /", "the the the", "'s", "0", "GU GU",
		// invalid
		"\x00", "\xff", "a\u0085b",
	} {
		f.Add(s)
	}
	r := DefaultRegistry()
	f.Fuzz(func(t *testing.T, s string) {
		if k, ok := appendFoldASCII(nil, s); ok {
			if want := appendFold(nil, s); string(k) != string(want) {
				t.Fatalf("appendFoldASCII(%q) = %q, appendFold = %q", s, k, want)
			}
		}
		m, err := r.Match(s)
		if (err == nil) != m.Actor.IsValid() {
			t.Fatalf("Match(%q) = %v, %v: valid actor and error disagree", s, m.Actor, err)
		}
		if err != nil {
			n := 0
			for _, e := range []error{ErrInvalid, ErrUnknown, ErrAmbiguous} {
				if errors.Is(err, e) {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("Match(%q) error %v wraps %d sentinels", s, err, n)
			}
			var amb *AmbiguousError
			if errors.As(err, &amb) {
				for _, c := range amb.Candidates {
					if _, ok := r.Actor(c.Value); !ok {
						t.Fatalf("Match(%q): candidate %q is no registry ID", s, c.Value)
					}
				}
			}
			return
		}
		back, err := r.Lookup(m.Actor.ID())
		if err != nil || back != m.Actor {
			t.Fatalf("Lookup(%q) = %v, %v; want the actor %q named", m.Actor.ID(), back, err, s)
		}
		// Folding drops the brackets and slashes that separate several names, so only a
		// single-name match must survive it.
		if k := fold(s); k != s && len(k) <= MaxInputLen && m.Rule != "parts" {
			m2, err := r.Match(k)
			if err != nil || m2.Actor != m.Actor {
				t.Fatalf("Match(fold(%q) = %q) = %v, %v; want %v", s, k, m2.Actor, err, m.Actor)
			}
		}
	})
}
