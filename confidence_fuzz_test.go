package incident

import (
	"errors"
	"testing"
)

// FuzzParseConfidence checks that ParseConfidence never panics, that every error wraps one of
// the sentinels, and that every result round-trips through its canonical text and is a fixed
// point of it (idempotence).
func FuzzParseConfidence(f *testing.F) {
	// Valid: labels, numbers, codes, yardstick words, tags, statements, foreign words,
	// canonical texts.
	for _, s := range []string{
		"High", "med", "85", "85%", "0.85", "0,85", "7/10", "3 out of 10", "B2", "(B/2)",
		"Source reliability B, credibility 2", "almost certainly", "highly likely",
		"realistic possibility", "we believe", "wep: highly likely", "credibility: improbable",
		`estimative-language:likelihood-probability="likely"`, `misp:confidence-level="usually-confident"`,
		"we assess with moderate confidence that it is likely", "not likely", "very likely not",
		"suspected", "confirmed", "wahrscheinlich", "вероятно", "1 in 4 chance", "85% chance",
		"high stix:85", "55-80 phia:55-75", "low hedge", "55-80 foreign:de", "high 95-99",
		// Invalid, unspecified, ungraded, ambiguous.
		"", "banana", "101", "-5", "150%", "11/10", "unknown", "n/a", "F6", "B", "5", "1.0",
		"blamed on Russia", "claimed responsibility", "we judge", "not unlikely", "G2",
		"55-80 phia:80-90", "stix:300", "odds:0:0", "foreign:xx",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseConfidence(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnknown) && !errors.Is(err, ErrAmbiguous) {
				t.Fatalf("ParseConfidence(%q) error %v wraps no sentinel", s, err)
			}
			if c != (Confidence{}) {
				t.Fatalf("ParseConfidence(%q) = %v with error %v", s, c, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseConfidence(%q) = an invalid Confidence without error", s)
		}
		text := c.String()
		back, err := ParseConfidence(text)
		if err != nil || back != c {
			t.Fatalf("ParseConfidence(%q) = %v, %v; want %v (round trip of %q)", text, back, err, c, s)
		}
		if again := back.String(); again != text {
			t.Fatalf("canonical text of %q is not a fixed point: %q then %q", s, text, again)
		}
		if _, ok := c.STIX(); !ok {
			t.Fatalf("ParseConfidence(%q) = %v has no STIX value", s, c)
		}
	})
}

// FuzzParseAttributionPhrase checks that ParseAttributionPhrase never panics and that its
// grade agrees with ParseConfidence.
func FuzzParseAttributionPhrase(f *testing.F) {
	for _, s := range []string{
		"Lithuanian prosecutors said", "according to Mandiant", "pinned it on Moscow",
		"claimed responsibility", "the Foreign Office said with high confidence", "", "banana",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseAttributionPhrase(s)
		if err != nil {
			return
		}
		if c, err := ParseConfidence(s); err == nil && c != p.Confidence {
			t.Fatalf("ParseAttributionPhrase(%q) grade %v, ParseConfidence gives %v", s, p.Confidence, c)
		}
	})
}
