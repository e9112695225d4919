package incident_test

import (
	"errors"
	"fmt"

	"github.com/hybridwatch/incident"
)

// An analyst's spreadsheet names countries every way at once: codes, English and local names,
// inflected forms, possessives, demonyms, typos. ParseCountry turns each into one ISO 3166-1
// code, and MatchCountry says how sure the match is.
func ExampleParseCountry() {
	for _, s := range []string{"U.K.", "Lithuania's", "643", "w Niemczech", "Россия", "Korea, Republic of", "Crimea"} {
		c, err := incident.ParseCountry(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20q %s %s %s\n", s, c, c.Alpha3(), c.Name())
	}

	m, _ := incident.MatchCountry("Untied Kingdom")
	fmt.Println(m.Country, m.Quality, m.Kind)
	// Output:
	// "U.K."               GB GBR United Kingdom
	// "Lithuania's"        LT LTU Lithuania
	// "643"                RU RUS Russia
	// "w Niemczech"        DE DEU Germany
	// "Россия"             RU RUS Russia
	// "Korea, Republic of" KR KOR South Korea
	// "Crimea"             UA UKR Ukraine
	// GB fuzzy fuzzy
}

// A name of several countries is never silently resolved: the error lists the candidates,
// and names that are not countries at all say what they are instead.
func ExampleParseCountry_ambiguous() {
	_, err := incident.ParseCountry("Congo")
	var amb *incident.AmbiguousError
	if errors.As(err, &amb) {
		for _, c := range amb.Candidates {
			fmt.Println(c.Value, c.Label)
		}
	}
	fmt.Println(errors.Is(err, incident.ErrAmbiguous))

	for _, s := range []string{"n/a", "Baltic Sea", "USSR", "Moscow"} {
		_, err := incident.ParseCountry(s)
		fmt.Println(errors.Is(err, incident.ErrUnspecified), errors.Is(err, incident.ErrNotApplicable), err)
	}
	// Output:
	// CD Democratic Republic of the Congo
	// CG Republic of the Congo
	// true
	// true false incident.ParseCountry("n/a"): unspecified: a placeholder
	// false true incident.ParseCountry("Baltic Sea"): not applicable: a sea or waterway, not a country
	// false true incident.ParseCountry("USSR"): not applicable: a dissolved state with several successors
	// false true incident.ParseCountry("Moscow"): not applicable: a city, not a country
}

// A field such as "targets" often names several countries. ParseCountries keeps their
// order and drops repeats; ParseCountry refuses the same field as ambiguous.
func ExampleParseCountries() {
	for _, s := range []string{"Estonia, Latvia, Lithuania", "Russia/Ukraine", "Polska i Litwa", "Bosnia and Herzegovina"} {
		cs, err := incident.ParseCountries(s)
		fmt.Println(cs, err)
	}
	_, err := incident.ParseCountry("Russia/Ukraine")
	fmt.Println(err)
	// Output:
	// [EE LV LT] <nil>
	// [RU UA] <nil>
	// [PL LT] <nil>
	// [BA] <nil>
	// incident.ParseCountry("Russia/Ukraine"): ambiguous (names several countries): RU (Russia), UA (Ukraine)
}
