package bench

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Answer-key markers for inputs that must fail. A key that is not a marker is the
// canonical value: an ISO 3166-1 alpha-2 code for countries, an EDTF string for dates.
const (
	keyRefuse    = "!refuse"    // not a country / not a date: any non-ambiguity error is right
	keyAmbiguous = "!ambiguous" // must fail with ErrAmbiguous (for countries, candidates follow)
)

// countryCase is one line of inputs/countries.txt.
type countryCase struct {
	line     int
	input    string
	key      string   // alpha-2, keyRefuse or keyAmbiguous
	cands    []string // for keyAmbiguous: the alpha-2 codes the error should list
	category string   // what kind of string this is (code, en, official, lang:xx, typo, ...)
}

// fair reports whether biter777/countries ByName could be expected to handle c: ISO codes
// and plain English short names are what it was built for; everything else (foreign names,
// demonyms, inverted forms, typos, refusals, ambiguity) is a feature it does not claim.
func (c countryCase) fair() bool {
	return c.category == "code" || c.category == "en"
}

// dateCase is one line of inputs/dates.txt.
type dateCase struct {
	line     int
	input    string
	ref      time.Time // zero: no reference date (relative input must fail)
	order    string    // "-", "dayfirst" or "monthfirst"
	key      string    // EDTF, keyRefuse or keyAmbiguous
	category string
}

// readTSV calls fn for each non-comment, non-blank line of the tab-separated file at path,
// with the line number and its fields. Only a line's end is trimmed of "\r": leading and
// trailing spaces are part of the input on purpose (noise cases).
func readTSV(path string, fn func(line int, fields []string) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimSuffix(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if err := fn(n, strings.Split(text, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// loadCountries reads inputs/countries.txt: input<TAB>key<TAB>category, where key is an
// alpha-2 code, "!refuse", or "!ambiguous" followed by the candidate codes.
func loadCountries(path string) ([]countryCase, error) {
	var cs []countryCase
	err := readTSV(path, func(line int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 tab-separated fields, got %d", len(f))
		}
		c := countryCase{line: line, input: f[0], category: f[2]}
		key := strings.Fields(f[1])
		if len(key) == 0 {
			return fmt.Errorf("empty key")
		}
		c.key = key[0]
		switch {
		case c.key == keyAmbiguous:
			if len(key) < 3 {
				return fmt.Errorf("%s needs at least two candidates", keyAmbiguous)
			}
			c.cands = key[1:]
		case len(key) != 1:
			return fmt.Errorf("key %q: only %s takes candidates", f[1], keyAmbiguous)
		}
		cs = append(cs, c)
		return nil
	})
	return cs, err
}

// loadDates reads inputs/dates.txt: input<TAB>reference<TAB>order<TAB>key<TAB>category,
// where reference is YYYY-MM-DD or "-", order is "-", "dayfirst" or "monthfirst", and key is
// an EDTF string, "!refuse" or "!ambiguous".
func loadDates(path string) ([]dateCase, error) {
	var ds []dateCase
	err := readTSV(path, func(line int, f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("want 5 tab-separated fields, got %d", len(f))
		}
		d := dateCase{line: line, input: f[0], order: f[2], key: f[3], category: f[4]}
		if f[1] != "-" {
			t, err := time.Parse(time.DateOnly, f[1])
			if err != nil {
				return fmt.Errorf("reference: %w", err)
			}
			d.ref = t
		}
		switch d.order {
		case "-", "dayfirst", "monthfirst":
		default:
			return fmt.Errorf("order %q: want -, dayfirst or monthfirst", d.order)
		}
		ds = append(ds, d)
		return nil
	})
	return ds, err
}

// freshCountryInputsPath is the second evaluation set of the main module, written apart from
// inputs/countries.txt: another mix of real-world country strings in about 40 languages.
const freshCountryInputsPath = "../testdata/eval/fresh/countries.tsv"

// thirdCountryInputsPath is the third evaluation set of the main module, written last and
// apart from both.
const thirdCountryInputsPath = "../testdata/eval/third/countries.tsv"

// loadFreshCountryInputs reads the inputs (first field) of an evaluation file of the main
// module; a field in double quotes is a Go string literal.
func loadFreshCountryInputs(path string) ([]string, error) {
	var ins []string
	err := readTSV(path, func(line int, f []string) error {
		in := f[0]
		if strings.HasPrefix(in, `"`) {
			u, err := strconv.Unquote(in)
			if err != nil {
				return err
			}
			in = u
		}
		ins = append(ins, in)
		return nil
	})
	return ins, err
}
