package bench

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// countrySet is a named subset of countries.txt.
type countrySet struct {
	name   string
	inputs []string
}

// countrySets are the subsets of countries.txt the country benchmarks run on: every input
// (the honest mix of hits, typos and refusals); the codes and English names biter777 was
// built for; the ASCII inputs, typos aside, on which incident.ParseCountry returns a country
// (the exact or alias hit path of DESIGN.md: at most 300 ns and 0 allocations); the typos
// (the fuzzy fallback: at most 20 µs); the inputs that must fail (refused or ambiguous); and,
// apart, every input of the main module's second and third evaluation sets, other real-world
// mixes.
func countrySets(tb testing.TB) []countrySet {
	var all, fair, hits, typos, refusals []string
	for _, c := range countryCases(tb) {
		all = append(all, c.input)
		if c.fair() {
			fair = append(fair, c.input)
		}
		if c.category == "typo" {
			typos = append(typos, c.input)
		} else if isASCII(c.input) && incidentCountry(c.input).value != "" {
			hits = append(hits, c.input)
		}
		if c.key == keyRefuse || c.key == keyAmbiguous {
			refusals = append(refusals, c.input)
		}
	}
	fresh, err := loadFreshCountryInputs(freshCountryInputsPath)
	if err != nil {
		tb.Fatal(err)
	}
	third, err := loadFreshCountryInputs(thirdCountryInputsPath)
	if err != nil {
		tb.Fatal(err)
	}
	return []countrySet{{"all", all}, {"fair", fair}, {"ascii-hits", hits}, {"typos", typos}, {"refusals", refusals},
		{"second-eval-set", fresh}, {"third-eval-set", third}}
}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// benchCountry times one call of parse, cycling through inputs: ns/op is the mean over the
// set, as a record-by-record normalization would see it.
func benchCountry(b *testing.B, call func(string), inputs []string) {
	if len(inputs) == 0 {
		b.Skip("empty input set (the incident parser returns no country yet)")
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		call(inputs[i])
		if i++; i == len(inputs) {
			i = 0
		}
	}
}

// BenchmarkCountry compares incident.ParseCountry with biter777/countries ByName on the
// same inputs: go test -bench Country -benchmem.
func BenchmarkCountry(b *testing.B) {
	for _, set := range countrySets(b) {
		for _, lib := range countryLibs {
			b.Run(lib.short+"/"+set.name, func(b *testing.B) { benchCountry(b, lib.raw, set.inputs) })
		}
	}
}

// preparedDates returns, for lib, one ready raw call per case of dates.txt.
func preparedDates(tb testing.TB, lib dateLib) []func() {
	var calls []func()
	for _, d := range dateCases(tb) {
		calls = append(calls, lib.prepare(d).raw)
	}
	return calls
}

// benchDate times one parse, cycling through the prepared calls.
func benchDate(b *testing.B, calls []func()) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		calls[i]()
		if i++; i == len(calls) {
			i = 0
		}
	}
}

// BenchmarkDate compares incident's DateParser with araddon/dateparse and go-dateparser on
// the same inputs, each with the row's reference date and order hint where the library has
// such options: go test -bench Date -benchmem.
func BenchmarkDate(b *testing.B) {
	for _, lib := range dateLibs {
		calls := preparedDates(b, lib)
		b.Run(lib.short, func(b *testing.B) { benchDate(b, calls) })
	}
}

// TestRatio measures, in one process, the speed of incident against the library each issue
// names, and fails when a target ratio of DESIGN.md is missed on the whole input set:
// countries at least 2x faster than biter777 ByName, dates at least 300x faster than
// go-dateparser. The country subsets are reported too, without a target, to show where the
// time goes. It runs only with -ratio (go test -run TestRatio -ratio -v), since timing has no
// place in a CI run.
//
// To hold on a noisy machine, each library is timed over whole passes through the set (so
// that every input weighs the same, however slow), in rounds that alternate the libraries,
// and the fastest round of each counts.
func TestRatio(t *testing.T) {
	if !*flagRatio {
		t.Skip("timing run: enable with -ratio")
	}
	compare := func(what string, libs []string, calls [][]func(), target float64) {
		ns := make([]float64, len(libs))
		for round := range 5 {
			for i, c := range calls {
				if v := nsPerCall(c); round == 0 || v < ns[i] {
					ns[i] = v
				}
			}
		}
		for i, c := range calls {
			allocs := testing.AllocsPerRun(2, func() {
				for _, f := range c {
					f()
				}
			}) / float64(len(c))
			t.Logf("%-24s %-22s %12.0f ns/call %8.2f allocs/call", what, libs[i], ns[i], allocs)
		}
		ratio := ns[1] / ns[0]
		msg := fmt.Sprintf("%-24s incident is %.2fx as fast as %s", what, ratio, libs[1])
		if target > 0 {
			msg += fmt.Sprintf(" (target >= %gx)", target)
		}
		if ratio < target {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}

	var names []string
	for _, lib := range countryLibs {
		names = append(names, lib.name)
	}
	for _, set := range countrySets(t) {
		var calls [][]func()
		for _, lib := range countryLibs {
			var c []func()
			for _, s := range set.inputs {
				c = append(c, func() { lib.raw(s) })
			}
			calls = append(calls, c)
		}
		target := 0.0
		if set.name == "all" || strings.HasSuffix(set.name, "-eval-set") {
			target = 2
		}
		compare("countries/"+set.name, names, calls, target)
	}

	// DESIGN.md: a hit on ASCII input allocates nothing. Allocations, unlike times, are exact:
	// name the inputs that break the rule.
	var allocating []string
	for _, s := range countrySets(t)[2].inputs {
		if n := testing.AllocsPerRun(10, func() { countryLibs[0].raw(s) }); n > 0 {
			allocating = append(allocating, fmt.Sprintf("%q (%g)", s, n))
		}
	}
	t.Logf("countries/ascii-hits that allocate: %d %v", len(allocating), allocating)

	// Where the time goes: the mean cost per input category, for each country library.
	byCat := map[string][][]func(){}
	for _, c := range countryCases(t) {
		cat, _, _ := strings.Cut(c.category, ":")
		if byCat[cat] == nil {
			byCat[cat] = make([][]func(), len(countryLibs))
		}
		for i, lib := range countryLibs {
			byCat[cat][i] = append(byCat[cat][i], func() { lib.raw(c.input) })
		}
	}
	t.Logf("countries by category (fastest of three rounds):%s", categoryCosts(byCat, []string{countryLibs[0].short, countryLibs[1].short}))

	// go-dateparser first after incident: the pair with a target.
	order := []int{0, 2, 1}
	names, calls := nil, [][]func(){}
	for _, i := range order {
		names = append(names, dateLibs[i].name)
		calls = append(calls, preparedDates(t, dateLibs[i]))
	}
	compare("dates", names[:2], calls[:2], 300)
	compare("dates", []string{names[0], names[2]}, [][]func(){calls[0], calls[2]}, 0)

	// The same per category, for incident and dateparse (go-dateparser would take minutes).
	byCat = map[string][][]func(){}
	for _, d := range dateCases(t) {
		if byCat[d.category] == nil {
			byCat[d.category] = make([][]func(), 2)
		}
		for i, lib := range dateLibs[:2] {
			byCat[d.category][i] = append(byCat[d.category][i], lib.prepare(d).raw)
		}
	}
	t.Logf("dates by category (fastest of three rounds):%s", categoryCosts(byCat, []string{dateLibs[0].short, dateLibs[1].short}))
}

// categoryCosts times the calls of each category and library (the fastest of three rounds)
// and formats the mean cost per call, one line per category in sorted order.
func categoryCosts(byCat map[string][][]func(), libs []string) string {
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	slices.Sort(cats)
	var b strings.Builder
	for _, cat := range cats {
		fmt.Fprintf(&b, "\n%-12s %4d inputs", cat, len(byCat[cat][0]))
		for i, calls := range byCat[cat] {
			fmt.Fprintf(&b, "  %s %8.0f ns/call", libs[i], min(nsPerCall(calls), nsPerCall(calls), nsPerCall(calls)))
		}
	}
	return b.String()
}

// nsPerCall returns the mean time of one call, over whole passes through calls (one
// warm-up pass, then as many as fit in 100 ms, at least one).
func nsPerCall(calls []func()) float64 {
	for _, f := range calls {
		f()
	}
	passes := 0
	start := time.Now()
	for passes == 0 || time.Since(start) < 100*time.Millisecond {
		for _, f := range calls {
			f()
		}
		passes++
	}
	return float64(time.Since(start).Nanoseconds()) / float64(passes*len(calls))
}
