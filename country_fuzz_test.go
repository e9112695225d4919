package incident

import (
	"errors"
	"testing"

	"golang.org/x/text/language"
)

// FuzzParseCountry checks, for any input: no panic; an error wraps exactly one sentinel; a
// country round-trips through String; ParseCountry is idempotent on its own output; and on
// two ASCII letters that x/text's language.ParseRegion reads as a country, both agree.
func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{
		// valid
		"LT", "lt", "LTU", "440", "040", "4", "Lithuania", "Lithuania's", "U.K.", "Korea, Republic of",
		"Congo (Kinshasa)", "w Niemczech", "Россия", "Česká republika", "Lithuana", "Crimea (Ukraine)",
		"Estonia, Latvia, Lithuania", "Georgia, USA", "Germany[1]",
		// invalid, refused or ambiguous
		"", "n/a", "?", "Congo", "Korea", "EU", "Baltic Sea", "USSR", "Moscow", "Atlantis", "ZZ", "AA",
		"(", "()", "a (b (c))", "x (x (x (x (", "a[b[c]", ",,,", "and and", "Russia or", "\xff", "Germ\x00any",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCountry(s)
		m, merr := MatchCountry(s)
		if c != m.Country || (err == nil) != (merr == nil) {
			t.Fatalf("ParseCountry(%q) = %v, %v but MatchCountry = %v, %v", s, c, err, m.Country, merr)
		}
		if err != nil {
			n := 0
			for _, sentinel := range []error{ErrInvalid, ErrUnknown, ErrAmbiguous} {
				if errors.Is(err, sentinel) {
					n++
				}
			}
			if n != 1 || c.IsValid() {
				t.Fatalf("ParseCountry(%q) = %v, %v: want the zero Country and one sentinel", s, c, err)
			}
			var pe *ParseError
			var amb *AmbiguousError
			switch {
			case errors.As(err, &pe):
				if pe.Input != s && len(s) <= MaxInputLen {
					t.Fatalf("ParseCountry(%q): error quotes %q", s, pe.Input)
				}
			case errors.As(err, &amb):
				if amb.Input != s || len(amb.Candidates) < 2 {
					t.Fatalf("ParseCountry(%q): ambiguous error %#v", s, amb)
				}
			default:
				t.Fatalf("ParseCountry(%q): error %T", s, err)
			}
		} else {
			if !c.IsValid() {
				t.Fatalf("ParseCountry(%q) returned the zero Country without error", s)
			}
			back, err := ParseCountry(c.String())
			if err != nil || back != c {
				t.Fatalf("ParseCountry(%q) = %v, but ParseCountry(%q) = %v, %v", s, c, c.String(), back, err)
			}
			if m.Quality == MatchNone || m.Kind == CountryKindNone {
				t.Fatalf("MatchCountry(%q) = %+v: no quality or kind", s, m)
			}
		}
		if cs, err := ParseCountries(s); err == nil {
			if len(cs) == 0 {
				t.Fatalf("ParseCountries(%q) = no countries and no error", s)
			}
			for _, x := range cs {
				if !x.IsValid() {
					t.Fatalf("ParseCountries(%q) = %v: zero Country in list", s, cs)
				}
			}
		}
		if len(s) == 2 && isASCIILetter(s[0]) && isASCIILetter(s[1]) {
			r, rerr := language.ParseRegion(s)
			// Deprecated codes of renamed countries (ISO 3166-3: BU, TP, ZR) are read as their
			// successor, as x/text canonicalizes them; other deprecated codes are not read.
			xcountry := rerr == nil && r.IsCountry() && !notISO3166[r.String()] && r.Canonicalize() == r
			renamed := rerr == nil && r.Canonicalize() != r && r.Canonicalize().String() == c.String()
			switch {
			case xcountry && c.String() != r.String():
				t.Fatalf("ParseCountry(%q) = %v, %v; language.ParseRegion = %s", s, c, err, r)
			case !xcountry && !renamed && err == nil && m.Kind == CountryKindCode && !euCodes[toUpper2(s)]:
				t.Fatalf("ParseCountry(%q) = %v, but language.ParseRegion(%q) = %v, %v is no country", s, c, s, r, rerr)
			}
		}
	})
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// notISO3166 are the two-letter codes that x/text counts as countries but ISO 3166-1 does
// not assign to one: exceptionally reserved codes (AC Ascension, CP Clipperton, CQ Sark, DG
// Diego Garcia, EA Ceuta and Melilla, EZ eurozone, IC Canary Islands, TA Tristan da Cunha,
// UN United Nations), withdrawn codes without one successor (AN, CS, FQ, NT, PC, SU, YU),
// which ParseCountry refuses or does not know.
var notISO3166 = map[string]bool{
	"AC": true, "CP": true, "CQ": true, "DG": true, "EA": true, "EZ": true, "IC": true, "TA": true, "UN": true,
	"AN": true, "CS": true, "FQ": true, "NT": true, "PC": true, "SU": true, "YU": true,
}

// euCodes are the EU-style codes that ParseCountry reads as countries: EL is GR, UK is GB.
var euCodes = map[string]bool{"EL": true, "UK": true}

func toUpper2(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}
