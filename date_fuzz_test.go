package incident

import (
	"errors"
	"testing"
	"time"
)

// FuzzParseDate checks, for any input, that the parsers do not panic, that every error wraps
// one sentinel, and that every accepted date round-trips through its EDTF form:
// ParseDate(d.String()) == d and ParseEDTF(d.String()) == d.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		// Valid: EDTF, numeric, written, relative.
		"2024-05-09", "2022-03/..", "../2024-05-09", "199X", "2019~", "2004-06%", "2024-22",
		"2024-05-09T23:30:00-05:00", "09.05.2024", "13/05/2024", "9. Mai 2024", "late March 2022",
		"14-15 January 2024", "la nuit du 14 au 15 janvier 2024", "since March 2022", "c. 2019",
		"Q3 2023", "winter 2022/23", "the 1990s", "9 мая 2024 г.", "2024 m. gegužės 9 d.",
		"9. toukokuuta 2024", "3 days ago", "last week", "in the past two weeks", "2022–present",
		// Invalid and ambiguous.
		"", "n/a", "-", "05/09/2024", "24/05/09", "31 April 2024", "2023-02-29", "15–14 January 2024",
		"14:30", "1.jpg", "Room 101", "to", "yesterday's news", "9-", "--", "/", "~?", "Q5 2023",
	} {
		f.Add(s, uint8(0), true)
	}
	ref := time.Date(2024, 11, 20, 15, 4, 5, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, order uint8, withRef bool) {
		p := DateParser{Order: DateOrder(order % 3)}
		if withRef {
			p.Reference = ref
		}
		m, err := p.Match(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnknown) && !errors.Is(err, ErrAmbiguous) {
				t.Fatalf("Parse(%q) error %v wraps no sentinel", s, err)
			}
			var ae *AmbiguousError
			if errors.As(err, &ae) {
				for _, c := range ae.Candidates {
					if _, err := ParseEDTF(c.Value); err != nil {
						t.Fatalf("Parse(%q) candidate %q is not EDTF: %v", s, c.Value, err)
					}
				}
			}
			return
		}
		d := m.Date
		if !d.IsValid() || m.Rule == "" {
			t.Fatalf("Parse(%q) = %+v with no error", s, m)
		}
		str := d.String()
		if got, err := ParseDate(str); err != nil || got != d {
			t.Fatalf("ParseDate(%q) = %v, %v; want %v (from %q)", str, got, err, d, s)
		}
		if got, err := ParseEDTF(str); err != nil || got != d {
			t.Fatalf("ParseEDTF(%q) = %v, %v; want %v (from %q)", str, got, err, d, s)
		}
		if _, ok := d.Start(); !ok {
			if _, ok := d.End(); !ok {
				t.Fatalf("Parse(%q) = %v has neither start nor end", s, d)
			}
		}
		if !d.Overlaps(d) || !d.Contains(d) || d.Intersect(d) != d.collapsed() {
			t.Fatalf("%v does not overlap, contain or intersect to itself", d)
		}
	})
}

// FuzzParseEDTF checks that the strict EDTF parser never panics and round-trips.
func FuzzParseEDTF(f *testing.F) {
	for _, s := range []string{"2024-05-09", "2024", "199X", "2024-24", "2019~", "2023-03?", "2004-06%",
		"2022-03/..", "../2024", "/2024", "2024/", "2022-03-21/2022-03-31", "2024-13", "2023-02-29", "X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseEDTF(s)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("ParseEDTF(%q) error %v does not wrap ErrInvalid", s, err)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseEDTF(%q).String() = %q", s, d.String())
		}
	})
}

// FuzzDateIntersect checks that the intersection of two dates is a valid date that reads
// back, and that Intersect is symmetric in value.
func FuzzDateIntersect(f *testing.F) {
	f.Add("2024", "2024-05-09")
	f.Add("2015-05/2015-08", "2015-07~")
	f.Add("2025-11-15", "2025-11-16")
	f.Add("2022-03/..", "../2022-06")
	f.Add("2024-24", "2024-02")
	f.Fuzz(func(t *testing.T, a, b string) {
		da, err1 := ParseEDTF(a)
		db, err2 := ParseEDTF(b)
		if err1 != nil || err2 != nil {
			return
		}
		x := da.Intersect(db)
		if got, err := ParseEDTF(x.String()); err != nil || got != x {
			t.Fatalf("%v ∩ %v = %v, which reads back as %v, %v", da, db, x, got, err)
		}
		if y := db.Intersect(da); y != x {
			t.Fatalf("%v ∩ %v = %v but %v ∩ %v = %v", da, db, x, db, da, y)
		}
	})
}
