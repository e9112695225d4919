// Command gencsv writes a large, deterministic, realistic file of hybrid-threat incident
// records for throughput runs of the incident command.
//
// Usage:
//
//	gencsv [-n 1000000] [-seed 1] [-format csv|incidents] [-sep ,|;|tab] [-o FILE]
//
// With -format csv (the default) it writes a spreadsheet export with a header row and the
// messy values real trackers hold: dates in a dozen formats and languages (ISO, dotted,
// day-first slashes, written dates in fourteen languages, partial dates, "late March 2022",
// quarters, seasons, ranges, "c. 2019", relative dates next to a publication date),
// hedged actor text ("GRU (suspected)", "APT28 (GRU)", "Russia (SVR & GRU)"), multi-country
// cells ("LT/PL", "Estonia, Latvia"), country names in several languages, free category
// labels in several languages, and confidence labels, numbers and Admiralty codes. Numeric
// dates are day-first, as in most European spreadsheets: normalize with -profile dayfirst.
//
// With -format incidents it writes normalized incidents as JSON Lines in the output shape of
// spec/incidents.md, for merge throughput runs: each generated event (in any country of the
// world, two in five in Europe, 2000 to 2025) is reported by one to three sources whose
// records differ the way real reports do (date precision, a day's offset, parent or child
// category, actor specificity, confidence), and lines are shuffled within a window so that
// records of one event are near, but not next to, each other.
//
// The same -seed always gives the same bytes. The exit code is 0 on success, 2 on a usage
// error and 1 on an I/O error.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strconv"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it parses args, writes the file and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gencsv", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1_000_000, "number of records (csv) or incidents (incidents) to write")
	seed := fs.Uint64("seed", 1, "random seed: the same seed gives the same file")
	format := fs.String("format", "csv", "csv: raw spreadsheet records; incidents: normalized incidents as JSON Lines")
	sep := fs.String("sep", ",", "CSV field separator: , or ; or tab")
	out := fs.String("o", "-", "output file, - for standard output")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 || *n < 0 {
		fmt.Fprintln(stderr, "gencsv: usage: gencsv [-n N] [-seed S] [-format csv|incidents] [-sep ,|;|tab] [-o FILE]")
		return 2
	}
	var comma rune
	switch *sep {
	case ",", ";":
		comma = rune((*sep)[0])
	case "tab", "\t":
		comma = '\t'
	default:
		fmt.Fprintf(stderr, "gencsv: -sep %q: want , or ; or tab\n", *sep)
		return 2
	}
	if *format != "csv" && *format != "incidents" {
		fmt.Fprintf(stderr, "gencsv: -format %q: want csv or incidents\n", *format)
		return 2
	}

	w := stdout
	var f *os.File
	if *out != "-" {
		var err error
		if f, err = os.Create(*out); err != nil {
			fmt.Fprintln(stderr, "gencsv:", err)
			return 1
		}
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	g := newGen(*seed)
	var err error
	if *format == "csv" {
		err = g.writeCSV(bw, comma, *n)
	} else {
		err = g.writeIncidents(bw, *n)
	}
	err = errors.Join(err, bw.Flush())
	if f != nil {
		err = errors.Join(err, f.Close())
	}
	if err != nil {
		fmt.Fprintln(stderr, "gencsv:", err)
		return 1
	}
	return 0
}

// gen draws realistic values from a seeded generator.
type gen struct {
	r *rand.Rand
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))}
}

// weighted is a value with its relative frequency.
type weighted[T any] struct {
	w int
	v T
}

func pick[T any](g *gen, ws []weighted[T]) T {
	total := 0
	for _, x := range ws {
		total += x.w
	}
	n := g.r.IntN(total)
	for _, x := range ws {
		if n < x.w {
			return x.v
		}
		n -= x.w
	}
	panic("unreachable")
}

func one[T any](g *gen, xs []T) T { return xs[g.r.IntN(len(xs))] }

// csvHeader is the header row of the spreadsheet export, in the words trackers use.
var csvHeader = []string{"ID", "Date", "Country", "Target country", "Category", "Title",
	"Perpetrator", "Confidence", "Attributed by", "Source URL", "Published"}

// writeCSV writes the header and n records.
func (g *gen) writeCSV(w io.Writer, comma rune, n int) error {
	cw := csv.NewWriter(w)
	cw.Comma = comma
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	rec := make([]string, len(csvHeader))
	for i := range n {
		g.record(i, rec)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// The span of generated event days.
var (
	firstDay = time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	lastDay  = time.Date(2025, 10, 31, 0, 0, 0, 0, time.UTC)
)

func (g *gen) day() time.Time {
	span := int(lastDay.Sub(firstDay).Hours() / 24)
	return firstDay.AddDate(0, 0, g.r.IntN(span+1))
}

// record fills rec with the fields of record i, in csvHeader order.
func (g *gen) record(i int, rec []string) {
	ev := g.day()
	pub := ev.AddDate(0, 0, g.r.IntN(21))
	c := one(g, places)
	act := pick(g, acts)
	rec[0] = fmt.Sprintf("GEN-%07d", i+1)
	rec[1] = g.dateCell(ev, pub)
	rec[2] = g.countryCell(c)
	rec[3] = ""
	if g.r.IntN(5) == 0 {
		rec[3] = one(g, places).names[0]
	}
	rec[4] = one(g, act.labels)
	rec[5] = g.title(act, c)
	actor := pick(g, actorTexts)
	rec[6] = actor
	rec[7] = pick(g, confidenceCells)
	if actor == "" || actor == "unknown" {
		rec[7] = ""
	}
	rec[8] = pick(g, claimants)
	rec[9] = fmt.Sprintf("https://%s/%d/%02d/%08x", one(g, outlets), pub.Year(), pub.Month(), g.r.Uint32())
	if g.r.IntN(4) == 0 {
		rec[10] = pub.Format("02.01.2006")
	} else {
		rec[10] = pub.Format(time.DateOnly)
	}
}

// monthNames are month names per language in the form a written day-month-year date uses
// (genitive, partitive or locative where the language inflects), from CLDR "format" names.
var monthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	"uk": {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
	"pl": {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
	"lt": {"sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"},
	"lv": {"janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī"},
	"et": {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"},
	"fi": {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
	"cs": {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
	"sv": {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
}

// writtenDate formats t as a written date in lang, the way that language's press does.
func writtenDate(lang string, t time.Time) string {
	y, m, d := t.Date()
	mn := monthNames[lang][m-1]
	switch lang {
	case "en":
		return fmt.Sprintf("%d %s %d", d, mn, y)
	case "de", "et", "fi", "cs":
		return fmt.Sprintf("%d. %s %d", d, mn, y)
	case "ru":
		return fmt.Sprintf("%d %s %d г.", d, mn, y)
	case "lt":
		return fmt.Sprintf("%d m. %s %d d.", y, mn, d)
	case "lv":
		return fmt.Sprintf("%d. gada %d. %s", y, d, mn)
	case "es":
		return fmt.Sprintf("%d de %s de %d", d, mn, y)
	}
	return fmt.Sprintf("%d %s %d", d, mn, y) // fr, uk, pl, sv, it
}

var writtenLangs = []string{"de", "fr", "ru", "uk", "pl", "lt", "lv", "et", "fi", "cs", "sv", "es", "it"}

// dateCell renders the event day ev, published on pub, in one of the forms trackers use,
// at the precision a source would give.
func (g *gen) dateCell(ev, pub time.Time) string {
	y, m, d := ev.Date()
	en := monthNames["en"]
	switch pick(g, dateForms) {
	case "iso":
		return ev.Format(time.DateOnly)
	case "dotted":
		return ev.Format("02.01.2006")
	case "slash":
		return ev.Format("02/01/2006")
	case "short-dotted":
		return fmt.Sprintf("%d.%d.%02d", d, m, y%100)
	case "en":
		return writtenDate("en", ev)
	case "en-us":
		return fmt.Sprintf("%s %d, %d", en[m-1], d, y)
	case "written":
		return writtenDate(one(g, writtenLangs), ev)
	case "datetime":
		return fmt.Sprintf("%sT%02d:%02d:00Z", ev.Format(time.DateOnly), g.r.IntN(24), g.r.IntN(60))
	case "month":
		return fmt.Sprintf("%s %d", en[m-1], y)
	case "part-of":
		return fmt.Sprintf("%s %s %d", one(g, []string{"early", "mid", "late"}), en[m-1], y)
	case "quarter":
		return fmt.Sprintf("Q%d %d", (int(m)+2)/3, y)
	case "season":
		return fmt.Sprintf("%s %d", []string{"winter", "spring", "summer", "autumn"}[int(m)%12/3], y)
	case "range":
		end := ev.AddDate(0, 0, 1+g.r.IntN(3))
		if end.Month() == m {
			return fmt.Sprintf("%d–%d %s %d", d, end.Day(), en[m-1], y)
		}
		return fmt.Sprintf("%d %s – %d %s %d", d, en[m-1], end.Day(), en[end.Month()-1], end.Year())
	case "approx":
		return fmt.Sprintf("c. %d", y)
	case "year":
		return strconv.Itoa(y)
	case "relative":
		days := int(pub.Sub(ev).Hours() / 24)
		switch days {
		case 0:
			return "today"
		case 1:
			return "yesterday"
		}
		return fmt.Sprintf("%d days ago", days)
	case "placeholder":
		return one(g, []string{"", "n/a", "unknown", "TBD"})
	}
	panic("unreachable")
}

var dateForms = []weighted[string]{
	{22, "iso"}, {14, "dotted"}, {8, "slash"}, {2, "short-dotted"}, {10, "en"}, {4, "en-us"},
	{16, "written"}, {5, "datetime"}, {5, "month"}, {3, "part-of"}, {2, "quarter"},
	{2, "season"}, {3, "range"}, {1, "approx"}, {2, "year"}, {2, "relative"}, {1, "placeholder"},
}

// place is a country as cells name it: its alpha-2 code, names (English first, then codes,
// local and foreign names, demonym-like forms), and a few cities for titles.
type place struct {
	code   string
	names  []string
	cities []string
}

var places = []place{
	{"LT", []string{"Lithuania", "LT", "LTU", "Lietuva", "Litauen", "Литва", "Lithuania's"}, []string{"Vilnius", "Kaunas", "Klaipėda"}},
	{"PL", []string{"Poland", "PL", "POL", "Polska", "Polen", "Pologne", "Польша"}, []string{"Warsaw", "Wrocław", "Gdańsk", "Rzeszów"}},
	{"DE", []string{"Germany", "DE", "DEU", "Deutschland", "Allemagne", "Niemcy", "Германия"}, []string{"Berlin", "Leipzig", "Cologne", "Munich"}},
	{"GB", []string{"United Kingdom", "UK", "GBR", "U.K.", "Great Britain", "England", "Royaume-Uni"}, []string{"London", "Leyton", "Salisbury"}},
	{"EE", []string{"Estonia", "EE", "EST", "Eesti", "Estland", "Эстония"}, []string{"Tallinn", "Narva", "Tartu"}},
	{"LV", []string{"Latvia", "LV", "LVA", "Latvija", "Lettland", "Латвия"}, []string{"Riga", "Daugavpils"}},
	{"FI", []string{"Finland", "FI", "FIN", "Suomi", "Finnland", "Финляндия"}, []string{"Helsinki", "Porvoo"}},
	{"SE", []string{"Sweden", "SE", "SWE", "Sverige", "Schweden"}, []string{"Stockholm", "Gotland"}},
	{"CZ", []string{"Czechia", "CZ", "CZE", "Czech Republic", "Česko", "Tschechien"}, []string{"Prague", "Vrbětice"}},
	{"FR", []string{"France", "FR", "FRA", "Frankreich", "Francja"}, []string{"Paris", "Marseille"}},
	{"NL", []string{"Netherlands", "NL", "NLD", "Holland", "the Netherlands", "Nederland"}, []string{"The Hague", "Amsterdam"}},
	{"MD", []string{"Moldova", "MD", "MDA", "Republic of Moldova", "Moldova, Rep."}, []string{"Chișinău"}},
	{"UA", []string{"Ukraine", "UA", "UKR", "Україна", "Ukraina"}, []string{"Kyiv", "Lviv"}},
	{"NO", []string{"Norway", "NO", "NOR", "Norge", "Norwegen"}, []string{"Oslo", "Kirkenes"}},
	{"DK", []string{"Denmark", "DK", "DNK", "Danmark", "Dänemark"}, []string{"Copenhagen", "Bornholm"}},
	{"BG", []string{"Bulgaria", "BG", "BGR", "България"}, []string{"Sofia"}},
	{"RO", []string{"Romania", "RO", "ROU", "România"}, []string{"Bucharest"}},
	{"BE", []string{"Belgium", "BE", "BEL", "België", "Belgique"}, []string{"Brussels"}},
	{"ES", []string{"Spain", "ES", "ESP", "España"}, []string{"Madrid"}},
	{"IT", []string{"Italy", "IT", "ITA", "Italia"}, []string{"Rome"}},
}

// countryCell names c (and, in one cell of ten, a neighbour as well) as a cell would.
func (g *gen) countryCell(c place) string {
	name := c.names[0]
	if g.r.IntN(3) == 0 {
		name = one(g, c.names)
	}
	if g.r.IntN(10) == 0 {
		other := one(g, places)
		if other.code != c.code {
			sep := one(g, []string{"/", ", ", "; ", " and "})
			if sep == "/" {
				return c.code + "/" + other.code
			}
			return name + sep + other.names[0]
		}
	}
	if g.r.IntN(50) == 0 {
		return one(g, []string{"", "n/a", "Baltic states", "Europe", "unknown"})
	}
	return name
}

// act is a kind of incident: its taxonomy code (spec/incidents.md), the free labels that
// trackers give it in several languages, and title phrases.
type act struct {
	code   string
	labels []string
	titles []string
}

var acts = []weighted[act]{
	{20, act{"physical.arson", []string{"arson", "Arson", "Brandstiftung", "podpalenie", "padegimas", "поджог", "incendiary parcel", "arson; sabotage", "incendie criminel"},
		[]string{"Fire at warehouse", "Arson at shopping centre", "Incendiary parcel ignites at depot", "Fire at logistics hub"}}},
	{12, act{"physical.infrastructure-damage", []string{"sabotage", "cable damage", "sabotage of undersea cable", "Sabotage", "uszkodzenie kabla", "rail sabotage"},
		[]string{"Undersea cable damaged", "Rail line sabotaged", "Pipeline damaged"}}},
	{10, act{"electronic.gnss-interference", []string{"GPS jamming", "GNSS interference", "GPS-Störung", "zakłócenia GPS", "GPS spoofing"},
		[]string{"GPS jamming affects flights", "GNSS interference reported"}}},
	{15, act{"cyber.disruption", []string{"DDoS", "cyberattack", "DDoS attack", "defacement", "Cyberangriff", "atak DDoS"},
		[]string{"DDoS attack on government portals", "Websites defaced", "Cyberattack disrupts services"}}},
	{8, act{"cyber.espionage", []string{"cyber espionage", "intrusion", "phishing campaign", "APT intrusion"},
		[]string{"Intrusion at ministry", "Phishing campaign targets officials"}}},
	{10, act{"espionage.human", []string{"espionage", "spy ring", "Spionage", "szpiegostwo", "шпионаж"},
		[]string{"Spy ring arrested", "Suspected agent detained"}}},
	{8, act{"response.diplomatic-expulsion", []string{"expulsion of diplomats", "expulsion", "Ausweisung", "wydalenie dyplomatów"},
		[]string{"Diplomats expelled", "Consulate closed"}}},
	{7, act{"airspace.drone-incursion", []string{"drone sighting", "drones", "Drohnen", "drony"},
		[]string{"Drones over airport", "Drone sightings near base"}}},
	{5, act{"influence.disinformation", []string{"disinformation", "Desinformation", "dezinformacja", "fake news"},
		[]string{"Spoofed news site", "Disinformation campaign"}}},
	{5, act{"violence.assassination", []string{"assassination attempt", "murder plot", "Mordanschlag"},
		[]string{"Plot against executive foiled", "Assassination attempt"}}},
}

// title composes a headline, sometimes with a comma or quotes (which CSV must quote).
func (g *gen) title(a act, c place) string {
	t := one(g, a.titles) + " in " + one(g, c.cities)
	switch g.r.IntN(10) {
	case 0:
		t += ", " + one(g, []string{"police say", "prosecutors say", "officials say"})
	case 1:
		t = `"` + t + `"`
	}
	return t
}

var actorTexts = []weighted[string]{
	{12, "GRU (suspected)"}, {6, "APT28 (GRU)"}, {4, "Russia (SVR & GRU)"}, {5, "Sandworm"},
	{4, "GRU Unit 29155"}, {6, "Russian intelligence"}, {4, "FSB"}, {4, "Wagner Group"},
	{3, "NoName057(16)"}, {2, "Belarus KGB"}, {2, "Iran MOIS (HomeLand Justice)"},
	{4, "likely Russia"}, {3, "pro-Russian hacktivists"}, {2, "APT29"}, {2, "Fancy Bear"},
	{2, "Russia?"}, {10, "unknown"}, {12, ""}, {3, "GRU"}, {2, "Russian state"},
	{2, "ГРУ"}, {1, "Unit 26165"}, {1, "Killnet"},
}

var confidenceCells = []weighted[string]{
	{12, "High"}, {6, "high"}, {8, "Medium"}, {5, "med"}, {6, "moderate"}, {8, "Low"},
	{4, "85"}, {3, "70%"}, {3, "40"}, {4, "likely"}, {3, "B2"}, {2, "A1"}, {2, "high confidence"},
	{2, "suspected"}, {20, ""},
}

var claimants = []weighted[string]{
	{8, "Lithuanian prosecutors"}, {6, "Polish government"}, {5, "ABW"}, {5, "NCSC"},
	{4, "Mandiant"}, {3, "Microsoft"}, {6, "media"}, {4, "police"}, {3, "BfV"}, {3, "SÄPO"},
	{2, "KAPO"}, {2, "CERT-UA"}, {20, ""},
}

var outlets = []string{"www.lrt.lt/en/news", "tvpworld.com", "www.bbc.co.uk/news", "www.reuters.com/world",
	"news.err.ee", "www.lsm.lv/en", "yle.fi/news", "www.dw.com/en", "www.politico.eu", "notesfrompoland.com"}
