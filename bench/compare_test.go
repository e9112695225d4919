package bench

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"text/tabwriter"
	"unicode/utf8"

	"golang.org/x/text/language"
)

var (
	flagMisses = flag.Bool("misses", false, "TestAccuracy: list every input the incident parsers got wrong")
	flagRatio  = flag.Bool("ratio", false, "TestRatio: benchmark the libraries against each other and check the target ratios")
)

// The input sets, loaded once for all tests and benchmarks.
var (
	loadCountryCases = sync.OnceValues(func() ([]countryCase, error) { return loadCountries("inputs/countries.txt") })
	loadDateCases    = sync.OnceValues(func() ([]dateCase, error) { return loadDates("inputs/dates.txt") })
)

func countryCases(tb testing.TB) []countryCase {
	tb.Helper()
	cs, err := loadCountryCases()
	if err != nil {
		tb.Fatal(err)
	}
	return cs
}

func dateCases(tb testing.TB) []dateCase {
	tb.Helper()
	ds, err := loadDateCases()
	if err != nil {
		tb.Fatal(err)
	}
	return ds
}

// countryCategories and dateCategories are the kinds of input the sets are built from; a
// category outside them is a typo in the input file.
var (
	countryCategories = []string{
		"code", "en", "official", "inverted", "former", "abbrev", "demonym", "possessive",
		"noise", "region", "typo", "lang", "ambiguous", "multi", "placeholder", "org",
		"area", "sea", "city", "dissolved", "actor",
	}
	dateCategories = []string{
		"iso", "datetime", "numeric", "written", "lang", "partial", "part-of", "season",
		"quarter", "range", "night", "open", "decade", "approx", "relative", "ambiguous",
		"invalid", "noise",
	}
)

// edtfKey matches the EDTF strings of the answer keys: level 0 and 1 dates, seasons,
// unspecified decade digits, qualifiers, intervals with open ends.
var edtfKey = regexp.MustCompile(`^(\.\.|\d{3}[\dX](-\d\d(-\d\d)?)?[~?%]?)(/(\.\.|\d{4}(-\d\d(-\d\d)?)?[~?%]?))?$`)

// TestInputs checks the input files themselves: well-formed keys that name real ISO 3166-1
// regions and EDTF strings, known categories, no duplicate inputs, valid UTF-8.
func TestInputs(t *testing.T) {
	cs := countryCases(t)
	if len(cs) < 250 {
		t.Errorf("countries.txt has %d cases, want at least 250", len(cs))
	}
	seen := map[string]int{}
	for _, c := range cs {
		if prev, ok := seen[c.input]; ok {
			t.Errorf("countries.txt:%d: input %q repeats line %d", c.line, c.input, prev)
		}
		seen[c.input] = c.line
		if !utf8.ValidString(c.input) {
			t.Errorf("countries.txt:%d: input is not UTF-8", c.line)
		}
		cat, _, _ := strings.Cut(c.category, ":")
		if !slices.Contains(countryCategories, cat) {
			t.Errorf("countries.txt:%d: unknown category %q", c.line, c.category)
		}
		codes := c.cands
		switch c.key {
		case keyRefuse, keyAmbiguous:
		default:
			codes = []string{c.key}
		}
		for _, code := range codes {
			r, err := language.ParseRegion(code)
			if len(code) != 2 || err != nil || !r.IsCountry() || r.String() != code {
				t.Errorf("countries.txt:%d: key %q is not an ISO 3166-1 alpha-2 code", c.line, code)
			}
		}
	}

	ds := dateCases(t)
	if len(ds) < 180 {
		t.Errorf("dates.txt has %d cases, want at least 180", len(ds))
	}
	seenDate := map[string]int{}
	for _, d := range ds {
		k := d.input + "\t" + d.ref.String() + "\t" + d.order
		if prev, ok := seenDate[k]; ok {
			t.Errorf("dates.txt:%d: case repeats line %d", d.line, prev)
		}
		seenDate[k] = d.line
		if !utf8.ValidString(d.input) {
			t.Errorf("dates.txt:%d: input is not UTF-8", d.line)
		}
		if !slices.Contains(dateCategories, d.category) {
			t.Errorf("dates.txt:%d: unknown category %q", d.line, d.category)
		}
		if d.key != keyRefuse && d.key != keyAmbiguous && !edtfKey.MatchString(d.key) {
			t.Errorf("dates.txt:%d: key %q is not EDTF", d.line, d.key)
		}
	}
}

// tally counts how one library did on one input set.
type tally struct {
	n, right      int
	wrong         int // a value, but not the key's
	missed        int // an error where the key has a value
	falseAccept   int // a value where the key says refuse
	silentPick    int // a value where the key says ambiguous
	fairN, fairOK int // the subset the library could be expected to handle
}

func (t *tally) add(ok, fair bool, key string, o outcome) {
	t.n++
	if fair {
		t.fairN++
	}
	if ok {
		t.right++
		if fair {
			t.fairOK++
		}
		return
	}
	switch {
	case key == keyRefuse && o.value != "":
		t.falseAccept++
	case key == keyAmbiguous && o.value != "":
		t.silentPick++
	case o.value == "":
		t.missed++
	default:
		t.wrong++
	}
}

func pct(a, b int) string {
	if b == 0 {
		return "-"
	}
	return strconv.FormatFloat(100*float64(a)/float64(b), 'f', 1, 64) + "%"
}

// judgeCountry reports whether o is what the key c asks for. For an ambiguous name the
// library must say so and list at least the key's candidates.
func judgeCountry(c countryCase, o outcome) bool {
	switch c.key {
	case keyRefuse:
		return o.value == ""
	case keyAmbiguous:
		if !o.ambiguous || o.value != "" {
			return false
		}
		for _, want := range c.cands {
			if !slices.Contains(o.cands, want) {
				return false
			}
		}
		return true
	}
	return o.value == c.key
}

// judgeDate reports whether o is what the key d asks for.
func judgeDate(d dateCase, o outcome) bool {
	switch d.key {
	case keyRefuse:
		return o.value == ""
	case keyAmbiguous:
		return o.ambiguous && o.value == ""
	}
	return o.value == d.key
}

// minAccuracy is the accuracy (percent) below which TestAccuracy fails for the incident
// parsers, from INCIDENT_BENCH_MIN; 0, the default, only reports.
func minAccuracy(t *testing.T) float64 {
	s := os.Getenv("INCIDENT_BENCH_MIN")
	if s == "" {
		return 0
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("INCIDENT_BENCH_MIN=%q: %v", s, err)
	}
	return v
}

// TestAccuracy runs every library on every input and prints, per input set, a table of how
// many answers match the key, and how the others failed. Run with -v to see it and with
// -misses to list what the incident parsers got wrong.
func TestAccuracy(t *testing.T) {
	threshold := minAccuracy(t)

	cs := countryCases(t)
	var ct []tally
	var misses []string
	byCat := map[string][]tally{}
	for li, lib := range countryLibs {
		var tl tally
		for _, c := range cs {
			o := lib.parse(c.input)
			ok := judgeCountry(c, o)
			tl.add(ok, c.fair(), c.key, o)
			cat, _, _ := strings.Cut(c.category, ":")
			if byCat[cat] == nil {
				byCat[cat] = make([]tally, len(countryLibs))
			}
			byCat[cat][li].add(ok, false, c.key, o)
			if li == 0 && !ok {
				misses = append(misses, fmt.Sprintf("countries.txt:%d: ParseCountry(%q) = %s, want %s", c.line, c.input, o, c.keyString()))
			}
		}
		ct = append(ct, tl)
	}
	t.Logf("countries: %d inputs, %d of them codes or plain English names (\"fair\" to biter777)\n%s%s",
		len(cs), ct[0].fairN, table(countryLibs, func(l countryLib) string { return l.name }, ct),
		categoryTable(byCat, []string{countryLibs[0].short, countryLibs[1].short}))

	ds := dateCases(t)
	var dt []tally
	byCat = map[string][]tally{}
	for li, lib := range dateLibs {
		var tl tally
		for _, d := range ds {
			o := lib.prepare(d).run()
			ok := judgeDate(d, o)
			tl.add(ok, false, d.key, o)
			if byCat[d.category] == nil {
				byCat[d.category] = make([]tally, len(dateLibs))
			}
			byCat[d.category][li].add(ok, false, d.key, o)
			if li == 0 && !ok {
				misses = append(misses, fmt.Sprintf("dates.txt:%d: DateParser{Reference: %s, Order: %s}.Parse(%q) = %s, want %s",
					d.line, refString(d), d.order, d.input, o, d.key))
			}
		}
		dt = append(dt, tl)
	}
	t.Logf("dates: %d inputs\n%s%s", len(ds), table(dateLibs, func(l dateLib) string { return l.name }, dt),
		categoryTable(byCat, []string{dateLibs[0].short, dateLibs[1].short, dateLibs[2].short}))

	if *flagMisses {
		t.Logf("incident misses (%d):\n%s", len(misses), strings.Join(misses, "\n"))
	}
	for _, r := range []struct {
		set string
		tl  tally
	}{{"countries", ct[0]}, {"dates", dt[0]}} {
		if acc := 100 * float64(r.tl.right) / float64(r.tl.n); acc < threshold {
			t.Errorf("incident accuracy on %s = %.1f%%, want at least %.1f%% (INCIDENT_BENCH_MIN)", r.set, acc, threshold)
		}
	}
}

func (o outcome) String() string {
	switch {
	case o.value != "":
		return o.value
	case o.ambiguous:
		return "ambiguous " + strings.Join(o.cands, " ")
	}
	return "error"
}

func (c countryCase) keyString() string {
	if c.key == keyAmbiguous {
		return c.key + " " + strings.Join(c.cands, " ")
	}
	return c.key
}

func refString(d dateCase) string {
	if d.ref.IsZero() {
		return "-"
	}
	return d.ref.Format("2006-01-02")
}

// table formats the tallies of the libraries as aligned columns.
func table[L any](libs []L, name func(L) string, ts []tally) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "library\tright\taccuracy\tfair subset\twrong value\trefused a real one\tmust-refuse accepted\tambiguous picked silently\t")
	for i, l := range libs {
		tl := ts[i]
		fmt.Fprintf(w, "%s\t%d/%d\t%s\t%s\t%d\t%d\t%d\t%d\t\n", name(l), tl.right, tl.n, pct(tl.right, tl.n),
			pct(tl.fairOK, tl.fairN), tl.wrong, tl.missed, tl.falseAccept, tl.silentPick)
	}
	w.Flush()
	return b.String()
}

// categoryTable formats the accuracy per input category, one column per library.
func categoryTable(byCat map[string][]tally, names []string) string {
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(w, "category\tn\t")
	for _, name := range names {
		fmt.Fprintf(w, "%s\t", name)
	}
	fmt.Fprintln(w)
	for _, c := range cats {
		fmt.Fprintf(w, "%s\t%d\t", c, byCat[c][0].n)
		for _, tl := range byCat[c] {
			fmt.Fprintf(w, "%s\t", pct(tl.right, tl.n))
		}
		fmt.Fprintln(w)
	}
	w.Flush()
	return b.String()
}
