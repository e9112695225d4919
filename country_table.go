package incident

import (
	"embed"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The country tables are built once, on first use, from the embedded files of
// data/countries:
//
//	codes.txt       ISO 3166-1 codes, IOC codes and English short names (generated)
//	cldr.txt        CLDR region names in 68 locales (generated from golang.org/x/text)
//	aliases.txt     curated names: official and inverted forms, former names, abbreviations,
//	                inflected forms, demonyms, regions, each with its language and source
//	ambiguous.txt   names of several countries: "Congo", "Korea", "Dominican"
//	notcountry.txt  placeholders, organisations, regions, seas, dissolved states, actors, cities
//	territories.txt territories with their own code and their sovereign: GL belongs to DK
//	forms.txt       forms of state around a name, "Republic of", "tasavalta" (country_forms.go)
//
// Every name is folded (fold.go) into a key of one map. When two sources give one key to
// different countries, the stronger source wins, in this order: explicit decisions
// (ambiguous.txt, notcountry.txt), ISO codes, curated aliases, CLDR English names, IOC and
// EU codes, then CLDR names in other languages. Two different countries from the same tier
// make the key ambiguous, listing both: no silent pick.

//go:embed data/countries/*.txt
var countryData embed.FS

type countryInfo struct {
	alpha2, alpha3, ioc, name string
	numeric                   int
}

type refusal uint8

const (
	refuseNone refusal = iota
	refuseUnspecified
	refuseNotApplicable
)

type countryEntry struct {
	c        Country
	kind     CountryMatchKind
	tier     uint8
	refuse   refusal
	lang     string
	source   string
	region   string
	key      string
	category string    // notcountry.txt category: "city", "sea", "state"...
	reason   string    // the Reason of a refusal or ambiguity
	amb      []Country // the readings of an ambiguous key
	noFuzzy  bool      // an inflected form: never the target of a typo-tolerant match
}

type countryTab struct {
	keys     map[string]uint32
	filter   keyFilter         // the keys, for the slow path's many lookups that miss
	shadowed map[string]uint32 // names that fold like a code, for non-ASCII input: "Áo", "ČR"
	entries  []countryEntry
	problems []string // malformed data lines; a test requires none
	// sovereign maps a territory with its own code to the state it belongs to: GL to DK.
	sovereign map[Country]Country
	fz        *sync.Once
	fuzzyIdx  *fuzzyIndex
	// upperCodes holds, for every two- and three-letter string of capitals ("LT", "LTU"), the
	// entry its folded key finds in keys plus one, or 0 when there is none: codes typed in
	// capitals are the commonest input, and this skips folding and hashing for them.
	upperCodes []uint32
	// spelled maps the names of the data files, as written there ("Россия", "Deutschland")
	// and, when ASCII, in capitals ("GERMANY"), to the entry their folded key finds: such
	// input, the commonest after codes, skips folding.
	spelled map[string]uint32
	// plain holds, per entry, its country when the entry is a plain match (not a refusal or
	// an ambiguity), else the zero Country: ParseCountry's hits read this small array only.
	plain []Country
}

// upperCodeIndex returns the index in countryTab.upperCodes of s, a string of two or three
// capital ASCII letters, or -1.
func upperCodeIndex(s string) int {
	if len(s) < 2 || len(s) > 3 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			return -1
		}
		n = n*26 + int(c-'A')
	}
	if len(s) == 3 {
		n += 26 * 26
	}
	return n
}

// Tiers, strongest first.
const (
	tierDecision uint8 = iota
	tierISO
	tierCurated
	tierEnglish
	tierOtherCode
	tierCLDR
	tierVariant
)

func codeIndex(a, b byte) int {
	if a >= 'a' {
		a -= 'a' - 'A'
	}
	if b >= 'a' {
		b -= 'a' - 'A'
	}
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return -1
	}
	return int(a-'A')*26 + int(b-'A')
}

// countryInfos is the metadata of every country, indexed by codeIndex of its alpha-2 code.
var countryInfos = sync.OnceValue(func() *[26 * 26]*countryInfo {
	var infos [26 * 26]*countryInfo
	data, _ := countryData.ReadFile("data/countries/codes.txt")
	for line := range dataLines(string(data)) {
		f := strings.Split(line, "\t")
		if len(f) != 5 || len(f[0]) != 2 {
			continue // reported by buildCountryTable
		}
		n, _ := strconv.Atoi(f[2])
		i := codeIndex(f[0][0], f[0][1])
		if i < 0 {
			continue
		}
		infos[i] = &countryInfo{alpha2: f[0], alpha3: f[1], numeric: n, ioc: f[3], name: f[4]}
	}
	return &infos
})

// countryByCode returns the country with the alpha-2 code, if there is one.
func countryByCode(code string) (Country, bool) {
	if len(code) != 2 {
		return Country{}, false
	}
	i := codeIndex(code[0], code[1])
	if i < 0 || countryInfos()[i] == nil {
		return Country{}, false
	}
	info := countryInfos()[i]
	return Country{[2]byte{info.alpha2[0], info.alpha2[1]}}, true
}

// dataLines yields the non-empty, non-comment lines of a data file.
func dataLines(data string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for line := range strings.Lines(data) {
			line = strings.TrimRight(line, "\r\n")
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}

var countryTable = sync.OnceValue(buildCountryTable)

// builder collects the entries of the table.
type builder struct {
	t *countryTab
	// names holds every name added, as written in the data, with its folded key, for
	// countryTab.spelled.
	names []spelledName
}

type spelledName struct{ name, key string }

// add puts a name into the table under its folded key, resolving conflicts by tier.
func (b *builder) add(name string, e countryEntry) {
	k := fold(name)
	b.names = append(b.names, spelledName{name, k})
	if k == "" {
		b.t.problems = append(b.t.problems, "empty key for "+strconv.Quote(name)+" ("+e.c.Alpha2()+" "+e.source+")")
		return
	}
	b.addKey(k, e)
}

func (b *builder) addKey(k string, e countryEntry) {
	t := b.t
	e.key = k
	i, ok := t.keys[k]
	if !ok {
		t.keys[k] = uint32(len(t.entries))
		t.entries = append(t.entries, e)
		return
	}
	old := &t.entries[i]
	switch {
	case e.c.IsValid() && e.c == old.c && e.refuse == refuseNone && old.refuse == refuseNone && len(old.amb) == 0:
		// One country under two names: keep the stronger source, so that a curated entry
		// says what CLDR's English list does not ("Turkey" and "Swaziland" are former
		// names); but a code stays a code, and a name is not demoted to a demonym (Polish
		// "polska" is both).
		switch {
		case old.kind == CountryKindCode:
		case e.kind == CountryKindCode:
			*old = e
		case e.kind == CountryKindDemonym && old.kind != CountryKindDemonym:
		case old.kind == CountryKindDemonym && e.kind != CountryKindDemonym:
			*old = e
		case e.tier < old.tier:
			*old = e
		}
	case e.tier < old.tier:
		*old = e
	case e.tier > old.tier:
		// The stronger source keeps the key. A name that a code shadows ("Áo", Austria in
		// Vietnamese, folds like AO, Angola's code) is kept aside for input that is not
		// plain ASCII.
		if old.kind == CountryKindCode && e.kind != CountryKindCode && e.c.IsValid() && e.refuse == refuseNone {
			if _, dup := t.shadowed[k]; !dup {
				t.shadowed[k] = uint32(len(t.entries))
				t.entries = append(t.entries, e)
			}
		}
	case old.refuse != refuseNone || e.refuse != refuseNone:
		// two decisions on one key: the first one written stays
	case len(old.amb) > 0:
		if e.c.IsValid() && !containsCountry(old.amb, e.c) {
			old.amb = append(old.amb, e.c)
		}
	case e.c != old.c && e.c.IsValid():
		amb := []Country{old.c, e.c}
		*old = countryEntry{tier: e.tier, key: k, amb: amb, reason: "names of different countries"}
	}
}

func buildCountryTable() *countryTab {
	t := &countryTab{keys: make(map[string]uint32, 24576), entries: make([]countryEntry, 0, 24576), shadowed: map[string]uint32{}, fz: new(sync.Once)}
	b := &builder{t: t, names: make([]spelledName, 0, 32768)}
	bad := func(file, line string) {
		t.problems = append(t.problems, file+": "+strconv.Quote(line))
	}
	read := func(name string) string {
		data, err := countryData.ReadFile("data/countries/" + name)
		if err != nil {
			t.problems = append(t.problems, err.Error())
		}
		return string(data)
	}

	// ISO 3166-1 codes and English names; IOC codes where no alpha-3 code collides.
	alpha3 := map[string]bool{}
	type iocCode struct {
		c    Country
		code string
	}
	var iocs []iocCode
	for line := range dataLines(read("codes.txt")) {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			bad("codes.txt", line)
			continue
		}
		c, ok := countryByCode(f[0])
		if !ok {
			bad("codes.txt", line)
			continue
		}
		iso := countryEntry{c: c, kind: CountryKindCode, tier: tierISO, source: "ISO 3166-1"}
		b.add(f[0], iso)
		b.add(f[1], iso)
		alpha3[f[1]] = true
		b.add(f[2], iso)
		if trimmed := strings.TrimLeft(f[2], "0"); trimmed != f[2] && trimmed != "" {
			b.add(trimmed, iso)
		}
		if f[3] != "" && f[3] != f[1] {
			iocs = append(iocs, iocCode{c, f[3]})
		}
		b.add(f[4], countryEntry{c: c, kind: CountryKindName, tier: tierEnglish, lang: "en", source: "ISO 3166-1"})
	}
	for _, x := range iocs {
		if !alpha3[x.code] {
			b.add(x.code, countryEntry{c: x.c, kind: CountryKindCode, tier: tierOtherCode, source: "IOC"})
		}
	}

	// CLDR names. The line "@source<TAB>CLDR 32" names the release.
	cldr := "CLDR"
	for line := range dataLines(read("cldr.txt")) {
		f := strings.Split(line, "\t")
		if f[0] == "@source" && len(f) == 2 {
			cldr = f[1]
			continue
		}
		c, ok := countryByCode(f[0])
		if len(f) != 3 || !ok {
			bad("cldr.txt", line)
			continue
		}
		locales := strings.Split(f[1], ",")
		e := countryEntry{c: c, kind: CountryKindTranslation, tier: tierCLDR, lang: locales[0], source: cldr}
		if locales[0] == "en" {
			e.kind, e.tier = CountryKindName, tierEnglish
		}
		b.addName(f[2], e)
	}

	// Curated aliases: code, kind, lang, alias, source[, region].
	for line := range dataLines(read("aliases.txt")) {
		f := strings.Split(line, "\t")
		c, ok := countryByCode(f[0])
		if len(f) < 5 || len(f) > 6 || !ok {
			bad("aliases.txt", line)
			continue
		}
		kind, ok := aliasKinds[f[1]]
		if !ok {
			bad("aliases.txt", line)
			continue
		}
		e := countryEntry{c: c, kind: kind, tier: tierCurated, lang: f[2], source: f[4]}
		if kind == CountryKindRegion {
			e.region = f[3]
			if len(f) == 6 {
				e.region = f[5]
			}
		}
		if f[1] == "eucode" {
			e.tier = tierOtherCode
		}
		e.noFuzzy = f[1] == "inflected"
		b.addName(f[3], e)
	}

	// Decisions: ambiguous names and names that are not countries.
	for line := range dataLines(read("ambiguous.txt")) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			bad("ambiguous.txt", line)
			continue
		}
		var amb []Country
		for code := range strings.SplitSeq(f[0], ",") {
			c, ok := countryByCode(code)
			if !ok {
				bad("ambiguous.txt", line)
			}
			amb = append(amb, c)
		}
		b.add(f[2], countryEntry{tier: tierDecision, lang: f[1], source: f[3], amb: amb, reason: "names several countries"})
	}
	for line := range dataLines(read("notcountry.txt")) {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			bad("notcountry.txt", line)
			continue
		}
		reason, ok := notCountryReasons[f[0]]
		if !ok {
			bad("notcountry.txt", line)
			continue
		}
		e := countryEntry{tier: tierDecision, refuse: refuseNotApplicable, category: f[0], reason: reason, lang: f[1], source: f[3]}
		if f[0] == "placeholder" {
			e.refuse = refuseUnspecified
		}
		b.add(f[2], e)
	}
	// Territories and their sovereigns.
	t.sovereign = map[Country]Country{}
	for line := range dataLines(read("territories.txt")) {
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			bad("territories.txt", line)
			continue
		}
		ter, ok1 := countryByCode(f[0])
		sov, ok2 := countryByCode(f[1])
		if !ok1 || !ok2 {
			bad("territories.txt", line)
			continue
		}
		t.sovereign[ter] = sov
	}
	for i := range t.entries {
		slices.SortFunc(t.entries[i].amb, func(a, b Country) int { return strings.Compare(a.Alpha2(), b.Alpha2()) })
	}
	t.upperCodes = make([]uint32, 26*26+26*26*26)
	var code [3]byte
	for a := byte('A'); a <= 'Z'; a++ {
		for b := byte('A'); b <= 'Z'; b++ {
			for c := byte('@'); c <= 'Z'; c++ { // '@': no third letter
				code[0], code[1], code[2] = a, b, c
				s := string(code[:])
				if c == '@' {
					s = s[:2]
				}
				if i, ok := t.keys[strings.ToLower(s)]; ok {
					t.upperCodes[upperCodeIndex(s)] = i + 1
				}
			}
		}
	}
	t.plain = make([]Country, len(t.entries))
	for i := range t.entries {
		if e := &t.entries[i]; e.refuse == refuseNone && len(e.amb) == 0 {
			t.plain[i] = e.c
		}
	}
	t.filter.seed = maphash.MakeSeed()
	for k := range t.keys {
		t.filter.add(k)
	}
	t.spelled = make(map[string]uint32, len(b.names)*5/4)
	for _, n := range b.names {
		if n.key == "" || checkInput("", n.name) != nil {
			continue
		}
		i, ok := t.lookupFolded(n.name, n.key)
		if !ok {
			continue
		}
		if upperCodeIndex(n.name) < 0 {
			t.spelled[n.name] = i
		}
		// Spreadsheets often write names in capitals ("GERMANY"); folding is case-blind, so
		// the capitals find the same entry (TestCountrySpelledShortcut checks each one).
		if isASCII(n.name) {
			if up := strings.ToUpper(n.name); up != n.name && upperCodeIndex(up) < 0 {
				t.spelled[up] = i
			}
		}
	}
	return t
}

// lookupFolded returns the entry of the folded key k of input s: a key that folds like a code
// names the country it shadows when s is not plain ASCII ("Áo" is Austria, not AO).
func (t *countryTab) lookupFolded(s string, k string) (uint32, bool) {
	i, ok := t.keys[string(k)]
	if ok && t.entries[i].kind == CountryKindCode && !isASCII(s) {
		if j, ok := t.shadowed[string(k)]; ok {
			i = j
		}
	}
	return i, ok
}

// addName adds a name and the variants a writer may use for it: German ae/oe/ue for
// ä/ö/ü ("Oesterreich"), and the name without a leading article that CLDR writes in some
// languages ("an Ghearmáin", "il-Ġermanja", Danish "De Forenede Arabiske Emirater").
func (b *builder) addName(name string, e countryEntry) {
	k := fold(name)
	b.names = append(b.names, spelledName{name, k})
	if k == "" {
		b.t.problems = append(b.t.problems, "empty key for "+strconv.Quote(name))
		return
	}
	b.addKey(k, e)
	v := e
	v.tier = tierVariant
	ascii := isASCII(name)
	if !ascii && strings.ContainsAny(name, "يىكیک") {
		// Arabic and Persian keyboards write yeh and kaf differently: "ايران", "ایران".
		b.add(arabicToPersian.Replace(name), v)
		b.add(persianToArabic.Replace(name), v)
	}
	if !ascii && strings.ContainsAny(name, "äöüÄÖÜ") {
		b.add(strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue").Replace(name), v)
	}
	for _, art := range [...]string{"an ", "il ", "l ", "ir ", "is ", "iz ", "el ", "la ", "le ", "les ", "los ", "las ", "y ", "yr ", "de ", "det ", "den "} {
		if rest, ok := strings.CutPrefix(k, art); ok && len(rest) > 2 {
			b.addKey(rest, v)
		}
	}
}

var (
	arabicToPersian = strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک")
	persianToArabic = strings.NewReplacer("ی", "ي", "ک", "ك")
)

var aliasKinds = map[string]CountryMatchKind{
	"official":    CountryKindOfficial,
	"alias":       CountryKindAlias,
	"former":      CountryKindAlias,
	"abbrev":      CountryKindAlias,
	"translation": CountryKindTranslation,
	"inflected":   CountryKindTranslation,
	"demonym":     CountryKindDemonym,
	"region":      CountryKindRegion,
	"code":        CountryKindCode,
	"eucode":      CountryKindCode,
}

var notCountryReasons = map[string]string{
	"placeholder":  "a placeholder",
	"organisation": "an organisation, not a country",
	"region":       "a continent or region, not a country",
	"sea":          "a sea or waterway, not a country",
	"dissolved":    "a dissolved state with several successors",
	"actor":        "an actor, not a country",
	"city":         "a city, not a country",
	"state":        "a state or province, not a country",
	"language":     "a language, not a country",
}

// keyFilter is a Bloom filter of the keys of countryTab.keys: the rules of the slow path try
// many candidate keys that are not there ("в швеция", "швеци"), and the filter turns most of
// those misses away with two bit tests in 32 KB instead of a probe of the map. It never turns
// a key of the map away.
type keyFilter struct {
	seed maphash.Seed
	bits [1 << 12]uint64
}

func (f *keyFilter) add(k string) {
	h := maphash.String(f.seed, k)
	f.bits[h>>6&(1<<12-1)] |= 1 << (h & 63)
	f.bits[h>>38&(1<<12-1)] |= 1 << (h >> 32 & 63)
}

// mayHave reports whether k may be a key; false means it is not.
func (f *keyFilter) mayHave(k string) bool {
	h := maphash.String(f.seed, k)
	return f.bits[h>>6&(1<<12-1)]&(1<<(h&63)) != 0 && f.bits[h>>38&(1<<12-1)]&(1<<(h>>32&63)) != 0
}

// mayHaveBytes is mayHave on a key in a byte slice.
func (f *keyFilter) mayHaveBytes(k []byte) bool {
	h := maphash.Bytes(f.seed, k)
	return f.bits[h>>6&(1<<12-1)]&(1<<(h&63)) != 0 && f.bits[h>>38&(1<<12-1)]&(1<<(h>>32&63)) != 0
}

// key looks up a folded key, through the filter first.
func (t *countryTab) key(k string) (uint32, bool) {
	if !t.filter.mayHave(k) {
		return 0, false
	}
	i, ok := t.keys[k]
	return i, ok
}

// keyBytes is key on a folded key in a byte slice, without allocating.
func (t *countryTab) keyBytes(k []byte) (uint32, bool) {
	if !t.filter.mayHaveBytes(k) {
		return 0, false
	}
	i, ok := t.keys[string(k)]
	return i, ok
}
