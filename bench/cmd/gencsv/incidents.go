package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/biter777/countries"
	"golang.org/x/text/language"
)

// incident is one normalized incident in the JSON Lines shape of spec/incidents.md
// ("Output: JSON Lines"): the keys every consumer relies on, in their stable order, with
// null for a known absent actor.
type incident struct {
	ID           string        `json:"id"`
	Title        string        `json:"title"`
	Categories   []string      `json:"categories"`
	Date         string        `json:"date"`
	Countries    []string      `json:"countries"`
	Actor        *string       `json:"actor"`
	Confidence   string        `json:"confidence"`
	Attributions []attribution `json:"attributions"`
	SourceIDs    []string      `json:"source_ids"`
	Problems     []string      `json:"problems"`
}

type attribution struct {
	Actor      string   `json:"actor"`
	ActorRaw   string   `json:"actor_raw"`
	Confidence string   `json:"confidence"`
	SourceIDs  []string `json:"source_ids"`
}

// actorChain is an actor of spec/actors.md with its ancestors, most specific first, and the
// text a source might have written for each.
type actorChain struct {
	ids  []string
	raws []string
}

var actorChains = []weighted[actorChain]{
	{10, actorChain{[]string{"ru-gru-29155", "ru-gru", "ru"}, []string{"GRU Unit 29155", "GRU (suspected)", "Russia"}}},
	{8, actorChain{[]string{"ru-gru-26165", "ru-gru", "ru"}, []string{"APT28 (GRU)", "GRU", "Russian intelligence"}}},
	{8, actorChain{[]string{"ru-gru-74455", "ru-gru", "ru"}, []string{"Sandworm", "GRU", "Russian state hackers"}}},
	{6, actorChain{[]string{"ru-svr", "ru"}, []string{"APT29", "Russia"}}},
	{6, actorChain{[]string{"ru-fsb", "ru"}, []string{"FSB", "the Kremlin"}}},
	{5, actorChain{[]string{"ru-wagner", "ru"}, []string{"Wagner Group", "Russia"}}},
	{3, actorChain{[]string{"by-kgb", "by"}, []string{"Belarus KGB", "Belarus"}}},
	{2, actorChain{[]string{"ir-mois"}, []string{"Iran MOIS (HomeLand Justice)"}}},
	{2, actorChain{[]string{"cn-mss", "cn"}, []string{"MSS", "China"}}},
	{12, actorChain{}},
}

// parentCode returns the parent of a two-level taxonomy code ("physical.arson" -> "physical").
func parentCode(code string) string {
	p, _, _ := strings.Cut(code, ".")
	return p
}

// event is one real-world incident that several sources report.
type event struct {
	day       time.Time
	countries []string
	act       act
	chain     actorChain
	title     string
}

// worldCodes are the current ISO 3166-1 alpha-2 codes of every country, for the events of
// merge runs: the codes biter777/countries lists that CLDR (x/text) knows as a country, less
// the codes ISO 3166 has withdrawn (withdrawnCodes).
var worldCodes = sync.OnceValue(func() []string {
	var cs []string
	for _, c := range countries.All() {
		a := c.Alpha2()
		if r, err := language.ParseRegion(a); err == nil && r.IsCountry() && r.String() == a && !slices.Contains(withdrawnCodes, a) {
			cs = append(cs, a)
		}
	}
	return cs
})

// withdrawnCodes are alpha-2 codes ISO 3166-1 no longer assigns (ISO 3166-3): Netherlands
// Antilles (2010), Serbia and Montenegro (2006), Yugoslavia (2003), East Timor (2002), Zaire
// (1997), Burma (1989), East Germany (1990), USSR (1992).
var withdrawnCodes = []string{"AN", "CS", "YU", "TP", "ZR", "BU", "DD", "SU"}

// eventCountry draws the country of an event of a merge run: two in five from the European
// countries the records mention most, the others from the whole world.
func (g *gen) eventCountry() string {
	if g.r.IntN(5) < 2 {
		return one(g, places).code
	}
	return one(g, worldCodes())
}

// The span of the events of merge runs: wider than that of the CSV records, so that a
// million incidents are about as dense per country, category and day as real trackers are
// (a denser file makes the transitive closure of the merge rules join nearly everything).
var (
	firstEventDay = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	lastEventDay  = time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC)
)

func (g *gen) event() event {
	a := pick(g, acts)
	cs := []string{g.eventCountry()}
	if g.r.IntN(8) == 0 {
		if o := g.eventCountry(); o != cs[0] {
			cs = append(cs, o)
		}
	}
	span := int(lastEventDay.Sub(firstEventDay).Hours() / 24)
	day := firstEventDay.AddDate(0, 0, g.r.IntN(span+1))
	return event{day: day, countries: cs, act: a, chain: pick(g, actorChains), title: one(g, a.titles)}
}

// report renders ev as source src's normalized record: the date at the precision that
// source gave, a category at its level, an actor at its specificity, a confidence.
func (g *gen) report(ev event, id string) incident {
	inc := incident{ID: id, Title: ev.title, SourceIDs: []string{id}, Problems: []string{}, Attributions: []attribution{}}
	d := ev.day
	switch n := g.r.IntN(100); {
	case n < 10:
		inc.Date = d.Format("2006-01")
	case n < 18:
		inc.Date = d.AddDate(0, 0, 1).Format(time.DateOnly) // reported a day late
	case n < 26:
		inc.Date = d.Format(time.DateOnly) + "/" + d.AddDate(0, 0, 1).Format(time.DateOnly)
	case n < 28:
		inc.Date = fmt.Sprintf("%d~", d.Year())
	default:
		inc.Date = d.Format(time.DateOnly)
	}
	inc.Countries = slices.Clone(ev.countries)
	if len(inc.Countries) > 1 && g.r.IntN(2) == 0 {
		inc.Countries = inc.Countries[:1]
	}
	slices.Sort(inc.Countries)
	if g.r.IntN(10) == 0 {
		inc.Categories = []string{parentCode(ev.act.code)}
	} else {
		inc.Categories = []string{ev.act.code}
	}
	inc.Confidence = "none"
	if len(ev.chain.ids) > 0 && g.r.IntN(5) != 0 {
		k := g.r.IntN(len(ev.chain.ids))
		actor := ev.chain.ids[k]
		conf := one(g, []string{"low", "moderate", "moderate", "high"})
		inc.Actor, inc.Confidence = &actor, conf
		inc.Attributions = []attribution{{Actor: actor, ActorRaw: ev.chain.raws[k], Confidence: conf, SourceIDs: []string{id}}}
	}
	return inc
}

// writeIncidents writes n normalized incidents: each event reported by one to three
// sources (A, B, C), lines shuffled within a window of 4096.
func (g *gen) writeIncidents(w io.Writer, n int) error {
	const window = 4096
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var buf []incident
	events := 0
	flushOne := func() error {
		i := g.r.IntN(len(buf))
		err := enc.Encode(buf[i])
		buf[i] = buf[len(buf)-1]
		buf = buf[:len(buf)-1]
		return err
	}
	for produced := 0; produced < n; {
		ev := g.event()
		events++
		srcs := 1 + g.r.IntN(3)
		for s := 0; s < srcs && produced < n; s++ {
			buf = append(buf, g.report(ev, fmt.Sprintf("%c-%07d", 'A'+s, events)))
			produced++
			if len(buf) == window {
				if err := flushOne(); err != nil {
					return err
				}
			}
		}
	}
	for len(buf) > 0 {
		if err := flushOne(); err != nil {
			return err
		}
	}
	return nil
}
