package incident_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hybridwatch/incident"
)

// An analyst's spreadsheet names the same GRU unit five ways; all five resolve to one ID,
// with the hierarchy from the country down.
func ExampleLookupActor() {
	for _, s := range []string{"APT28", "Forest Blizzard", "ＡＰＴ２８", "в/ч 26165", "85th GTsSS"} {
		a, err := incident.LookupActor(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s\n", s, a)
	}
	a := incident.MustLookupActor("Fancy Bear")
	fmt.Println(a.Path(), a.Country(), a.Kind())
	// Output:
	// APT28: ru-gru-26165
	// Forest Blizzard: ru-gru-26165
	// ＡＰＴ２８: ru-gru-26165
	// в/ч 26165: ru-gru-26165
	// 85th GTsSS: ru-gru-26165
	// [ru ru-gru ru-gru-26165] RU unit
}

// Some names cannot be resolved honestly. "Grizzly Steppe" was the US label for both APT28 and
// APT29: the error lists both and their lowest common ancestor, which a record normalizer may
// use. "IRIDIUM" names a Russian and an Iranian actor, with nothing in common. A reporting
// vendor is no actor at all, and a placeholder says nothing.
func ExampleLookupActor_ambiguous() {
	for _, s := range []string{"Grizzly Steppe", "IRIDIUM", "Russian hackers", "Mandiant", "n/a"} {
		_, err := incident.LookupActor(s)
		var amb *incident.AmbiguousError
		switch {
		case errors.As(err, &amb):
			var ids []string
			for _, c := range amb.Candidates {
				ids = append(ids, c.Value)
			}
			fmt.Printf("%s: ambiguous %v, common %q\n", s, ids, amb.Common)
		case errors.Is(err, incident.ErrUnspecified):
			fmt.Printf("%s: not given\n", s)
		case errors.Is(err, incident.ErrNotApplicable):
			fmt.Printf("%s: not an actor\n", s)
		}
	}
	// Output:
	// Grizzly Steppe: ambiguous [ru-gru-26165 ru-svr], common "ru"
	// IRIDIUM: ambiguous [ru-gru-74455 ir], common ""
	// Russian hackers: ambiguous [ru], common ""
	// Mandiant: not an actor
	// n/a: not given
}

// A newsroom keeps its own file next to the embedded data: a persona it tracks, a house alias,
// and an alias it does not trust. Results say which file decided.
func ExampleRegistry_overlay() {
	desk := `schema_version | 1
org | hacktivist-example | - | persona | RU | Example Collective | desk note 2025-03
alias | hacktivist-example | ExColl | desk note 2025-03
alias | apt28 | the Sofacy people | house style
suppress | Callisto | star-blizzard
`
	r, err := incident.DefaultRegistry().Overlay("desk.txt", strings.NewReader(desk))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range []string{"ExColl", "the Sofacy people", "Sofacy", "Callisto"} {
		m, err := r.Match(s)
		if err != nil {
			fmt.Printf("%s: %v\n", s, errors.Is(err, incident.ErrUnknown))
			continue
		}
		fmt.Printf("%s: %s via %q (%s)\n", s, m.Actor, m.Via, m.Provenance)
	}
	// Output:
	// ExColl: hacktivist-example via "" (desk.txt)
	// the Sofacy people: ru-gru-26165 via "APT28" (desk.txt)
	// Sofacy: ru-gru-26165 via "APT28" (data/actors/3-intrusion-sets.txt)
	// Callisto: true
}

// Match says how a string matched: the intrusion set it came through, its ATT&CK ID, the alias
// and who uses it, and the sponsor edges behind the answer.
func ExampleRegistry_Match() {
	m, err := incident.DefaultRegistry().Match("Seashell Blizzard")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Actor, m.Via, m.ViaATTACK, m.MatchedAlias, m.AliasSource, m.Quality, m.Rule)
	for _, e := range m.Sponsors {
		fmt.Println(" ", e.Sponsor, e.Basis, e.Source, e.Date)
	}
	// Output:
	// ru-gru-74455 Sandworm Team G0034 Seashell Blizzard Microsoft alias alias
	//   ru-gru-74455 indictment DOJ indictment Oct 2020 (Andrienko et al.) 2020-10-19
	//   ru-gru-74455 government UK NCSC statement Oct 2020 2020-10-19
	//   ru-gru-74455 vendor Mandiant APT44 report 2024-04-17
}

// News phrases resolve through a small grammar: a country adjective or possessive plus a
// service noun, in several languages.
func ExampleLookupActor_phrases() {
	for _, s := range []string{
		"Russia's military intelligence agency",
		"Russian foreign intelligence",
		"the Russian secret services",
		"russischer Geheimdienst",
		"rosyjski wywiad wojskowy",
		"Belarusian KGB",
		"FSB Center 16",
	} {
		fmt.Printf("%s: %s\n", s, incident.MustLookupActor(s))
	}
	// Output:
	// Russia's military intelligence agency: ru-gru
	// Russian foreign intelligence: ru-svr
	// the Russian secret services: ru
	// russischer Geheimdienst: ru
	// rosyjski wywiad wojskowy: ru-gru
	// Belarusian KGB: by-kgb
	// FSB Center 16: ru-fsb-16
}

// LowestCommonAncestor finds what two actors share: a field that says "Russia (SVR & GRU)"
// can be recorded as ru.
func ExampleLowestCommonAncestor() {
	svr, gru := incident.MustLookupActor("SVR"), incident.MustLookupActor("GRU")
	lca, _ := incident.LowestCommonAncestor(svr, gru)
	fmt.Println(lca, lca.Name())
	// Output:
	// ru Russian Federation (state, service unspecified)
}
