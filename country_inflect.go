package incident

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// News rarely names a country in the nominative: "w Rosji", "в Україні", "Lietuvos",
// "Venäjällä", "Rusya'da", "ロシアで". The tables hold the inflected forms of the countries
// most present in hybrid-threat reporting (data/countries/aliases.txt); this file holds the
// general rule tried after them: replace a case ending, a suffixed particle or a prefixed
// preposition with the nominative ending, and look the result up. A form found this way is
// MatchDerived. The rule only ever maps an input onto a name that is in the tables, so it
// cannot invent a country; when the name it finds is ambiguous or not a country, that error
// is returned.

// inflection replaces the ending from of a folded key by to.
type inflection struct{ from, to string }

// countryInflections are the case endings and particles, folded (no diacritics), longest
// first within each language group. Each comment names the case it undoes.
var countryInflections = []inflection{
	// Turkish and Azerbaijani case suffixes after an apostrophe are handled by cutApostrophe.
	// Hungarian: inessive, elative, illative, superessive, accusative.
	{"orszagban", "orszag"}, {"orszagbol", "orszag"}, {"orszagba", "orszag"}, {"orszagon", "orszag"},
	{"orszagot", "orszag"}, {"orszaggal", "orszag"},
	{"aban", "a"}, {"abol", "a"}, {"aba", "a"}, {"ban", ""}, {"ben", ""}, {"bol", ""},
	{"nak", ""}, {"nek", ""}, {"val", ""}, {"vel", ""}, {"gal", "g"}, {"tol", ""}, {"hoz", ""},
	{"hez", ""}, {"nal", ""}, {"nel", ""}, {"rol", ""}, {"ra", ""}, {"re", ""}, {"ba", ""},
	{"be", ""},
	// Lithuanian: locative, genitive, dative, instrumental.
	{"ijoje", "ija"}, {"ijos", "ija"}, {"ijai", "ija"}, {"yje", "is"}, {"oje", "a"}, {"uose", "ai"},
	// Finnish: inessive, elative, adessive, ablative, allative, genitive, with consonant
	// gradation (Itävallassa, Irlannissa, Kreikassa).
	{"vallassa", "valta"}, {"nnissa", "nti"}, {"kassa", "kka"},
	// Finnish: a connecting -i- after a consonant (Iranissa, Israelista), and the illative
	// with a doubled vowel (Norjaan, Ranskaan, Suomeen).
	{"issa", ""}, {"ista", ""}, {"iin", ""}, {"aan", "a"}, {"een", "i"}, {"oon", "o"}, {"uun", "u"}, {"yyn", "y"},
	{"essa", "i"}, {"esta", "i"}, {"ssa", ""}, {"sta", ""}, {"lla", ""}, {"lta", ""}, {"lle", ""},
	{"en", "i"},
	// Polish: locative, genitive, instrumental.
	{"dzie", "da"}, {"pcie", "pt"}, {"cie", "ta"}, {"rze", "r"}, {"ach", "e"},
	{"ach", "y"}, {"ii", "ia"}, {"ji", "ja"}, {"ie", "a"}, {"ia", "ie"}, {"ie", ""}, {"u", ""},
	// Czech and Slovak: locative, genitive.
	{"sku", "sko"}, {"ska", "sko"}, {"cku", "cko"}, {"ii", "ie"},
	// Croatian, Serbian, Bosnian, Slovenian (Latin): locative, genitive; Slovenian locative
	// of names in -ska (na Madžarskem, na Švedskem).
	{"skem", "ska"}, {"iji", "ija"}, {"ije", "ija"}, {"oj", "a"}, {"ini", "ina"}, {"i", "a"}, {"e", "a"},
	// Romanian: genitive-dative; definite and genitive of masculine names (Iranul, Iranului).
	{"ei", "a"}, {"iei", "ia"}, {"ului", ""}, {"ul", ""},
	// Albanian: genitive.
	{"se", ""},
	// Azerbaijani and Turkish without apostrophe: locative, ablative, genitive.
	{"nin", ""}, {"nun", ""}, {"dan", ""}, {"den", ""}, {"da", ""}, {"de", ""},
	// Russian, Ukrainian, Belarusian: prepositional, genitive, accusative, instrumental.
	{"ией", "ия"}, {"ии", "ия"}, {"ию", "ия"}, {"ії", "ія"}, {"ію", "ія"}, {"ах", "ы"}, {"ов", "ы"},
	{"ой", "а"}, {"ае", "ай"}, {"ая", "ай"}, {"и", "ь"}, {"і", "ь"}, {"ї", "й"},
	{"е", "а"}, {"е", "ь"}, {"ы", "а"}, {"у", "а"}, {"и", "а"}, {"і", "а"}, {"ю", "я"},
	{"е", ""}, {"а", ""}, {"у", ""}, {"і", ""},
	// Kazakh and Kyrgyz (Cyrillic): ablative, genitive, locative ("Ресейде", "Ресейден").
	{"дан", ""}, {"ден", ""}, {"тан", ""}, {"тен", ""}, {"нан", ""}, {"нен", ""},
	{"ның", ""}, {"нің", ""}, {"дың", ""}, {"дің", ""}, {"тың", ""}, {"тің", ""},
	{"да", ""}, {"де", ""}, {"та", ""}, {"те", ""},
	// Serbian and Macedonian (Cyrillic): locative, genitive.
	{"ији", "ија"}, {"ије", "ија"}, {"ој", "а"},
	// Greek: genitive.
	{"ίας", "ία"}, {"ας", "α"}, {"ς", ""},
	// Armenian: locative, genitive.
	{"ում", ""}, {"ի", ""},
	// Georgian: locative, genitive, ablative, comitative.
	{"ში", "ი"}, {"ის", "ი"}, {"ის", "ა"}, {"ში", ""}, {"იდან", "ი"}, {"თან", "ი"},
	// Armenian: ablative; genitive, locative and ablative of names in -ա (Լիտվայի,
	// Ուկրաինայում, Շվեդիայից).
	{"ից", ""}, {"այի", "ա"}, {"այում", "ա"}, {"այից", "ա"},
	// Chinese: possessive particle.
	{"的", ""},
	// Japanese and Korean particles; Japanese 側 (side: ロシア側, the Russian side).
	{"側", ""}, {"では", ""}, {"から", ""}, {"で", ""}, {"の", ""}, {"に", ""}, {"へ", ""}, {"と", ""},
	{"が", ""}, {"は", ""}, {"を", ""}, {"も", ""},
	{"에서", ""}, {"으로", ""}, {"의", ""}, {"에", ""}, {"은", ""}, {"는", ""}, {"이", ""}, {"가", ""},
	{"로", ""}, {"와", ""}, {"과", ""}, {"를", ""}, {"을", ""}, {"도", ""},
	// German, Scandinavian, Latvian, Estonian: genitive and case -s; Estonian adessive -l;
	// Lithuanian and Latvian genitive -os/-as; Icelandic dative -i; Albanian definite -a.
	{"os", "a"}, {"as", "a"}, {"is", ""}, {"s", ""}, {"lt", ""}, {"l", ""}, {"i", ""}, {"a", ""}, {"n", ""},
}

// foldedInflections is countryInflections with both sides folded like the keys (so "で" is
// written as the input folds it, and "ς" as "σ"), listed by the last byte of the ending: a key
// can only lose an ending that ends in its own last byte. Each list keeps the order of
// countryInflections.
var foldedInflections = sync.OnceValue(func() *[256][]inflection {
	var out [256][]inflection
	for _, in := range countryInflections {
		from := fold(in.from)
		out[from[len(from)-1]] = append(out[from[len(from)-1]], inflection{from, fold(in.to)})
	}
	return &out
})

// countryLeadLetters are one-letter prefixed prepositions: Hebrew ב (in), ל (to), מ (from),
// ו (and), ה (the); Arabic ب (in), ل (to), و (and); Chinese 在 (in), 从 (from), 对 (towards).
var countryLeadLetters = map[rune]bool{
	'ב': true, 'ל': true, 'מ': true, 'ו': true, 'ה': true, // Hebrew
	'ب': true, 'ل': true, 'و': true, // Arabic
	'在': true, '从': true, '從': true, '对': true, '對': true, // Chinese
}

// minInflectedStem is the shortest stem, in bytes, that an ending may be cut from.
const minInflectedStem = 2

// matchInflected tries the inflection rules on the folded key k.
func (t *countryTab) matchInflected(fn, s, k string) (CountryMatch, error, bool) {
	if k == "" {
		return CountryMatch{}, nil, false
	}
	var buf [128]byte
	try := func(key string) (CountryMatch, error, bool) {
		i, ok := t.lookupAny(key)
		if !ok {
			return CountryMatch{}, nil, false
		}
		// Only names inflect: "Mars" is not MAR plus an -s, "Indiana" not "Indian" plus an -a.
		if e := &t.entries[i]; e.kind == CountryKindCode || e.kind == CountryKindDemonym {
			return CountryMatch{}, nil, false
		}
		m, err := t.result(fn, s, i)
		if err == nil {
			m.Quality = MatchDerived
		}
		return m, err, true
	}
	// Turkish and Azerbaijani: "Rusya'da", "Türkiye'nin", "Almanya'ya".
	if ap := strings.LastIndexByte(k, '\''); ap > 0 && len(k)-ap-1 <= 5 && k[ap+1:] != "s" {
		if m, err, ok := try(k[:ap]); ok {
			return m, err, true
		}
	}
	if r, size := utf8.DecodeRuneInString(k); countryLeadLetters[r] && len(k)-size >= minInflectedStem {
		if m, err, ok := try(k[size:]); ok {
			return m, err, true
		}
	}
	for _, in := range foldedInflections()[k[len(k)-1]] {
		stem, ok := strings.CutSuffix(k, in.from)
		if !ok || len(stem) < minInflectedStem || stem[len(stem)-1] == ' ' {
			continue
		}
		if len(in.from) <= 2 && utf8.RuneCountInString(stem) < 3 {
			continue // a one-letter ending needs a stem of three letters or more
		}
		key := append(append(buf[:0], stem...), in.to...)
		if m, err, ok := try(string(key)); ok {
			return m, err, true
		}
	}
	return CountryMatch{}, nil, false
}

// countryPostpositions are folded words that follow a country's name: Hindi में (in), से
// (from), का/की/के (of), and hedges of an attribution ("Russia suspected").
var countryPostpositions = foldedSet("में", "से", "का", "की", "के",
	"suspected", "alleged", "likely", "probably", "possibly", "presumed", "unconfirmed")

// foldedSet returns a lazily built set of the folded words.
func foldedSet(words ...string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := make(map[string]bool, len(words))
		for _, w := range words {
			m[fold(w)] = true
		}
		return m
	})
}
