package incident

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// This file holds the rules that matchCountry tries after the folded input missed the table,
// in the order matchSlow applies them.

// matchSlow runs the rules tried after the whole folded input missed the table: footnotes,
// possessives and articles, padded and subdivision codes, prepositions and case endings (the
// commonest reason for a miss in news text, so tried early), "X (Y)" qualifiers, "X, Y"
// inversions, a field naming several countries, abbreviated words, forms of state, islands,
// a city named after its country, and last the typo-tolerant match.
func (t *countryTab) matchSlow(fn, s, k string) (CountryMatch, error) {
	// A bracketed footnote, "Germany[1]" or "Germany [note 2]".
	if strings.IndexByte(s, ']') >= 0 && strings.HasSuffix(strings.TrimSpace(s), "]") && strings.Count(s, "[") == 1 {
		if j := strings.IndexByte(s, '['); j > 0 {
			m, err := matchCountry(fn, s[:j])
			if err != nil {
				return CountryMatch{}, requote(s, err)
			}
			return m, nil
		}
	}
	if i, ok := t.lookupTrimmed(k); ok {
		return t.result(fn, s, i)
	}
	// A numeric code padded beyond three digits: "0440".
	if len(k) > 3 && len(k) <= 6 && k[0] == '0' && strings.Trim(k, "0123456789") == "" {
		if i, ok := t.keys[strings.TrimLeft(k, "0")]; ok && t.entries[i].kind == CountryKindCode {
			return t.result(fn, s, i)
		}
	}
	// An ISO 3166-2 subdivision code names its country: "UA-43" (Crimea), "GB-SCT".
	if c, ok := subdivisionCountry(s); ok {
		return CountryMatch{Country: c, Quality: MatchDerived, Kind: CountryKindRegion, Source: "ISO 3166-2", Region: strings.ToUpper(strings.TrimSpace(s)), Key: c.Alpha2()}, nil
	}
	// Up to two leading prepositions or articles ("w Niemczech", "в России", "in der
	// Ukraine", "la France", "l'Allemagne", "los Estados Unidos"), a trailing postposition
	// ("रूस में"), then a case ending ("Lietuvos", "Rosji", "Росії", "Rusya'da").
	forms := [4]string{k}
	n := 1
	rest := k
	for range 2 {
		r, ok := cutLeadWord(rest)
		if !ok {
			break
		}
		rest = r
		if i, ok := t.lookupAny(rest); ok {
			return t.result(fn, s, i)
		}
		forms[n] = rest
		n++
	}
	if sp := strings.LastIndexByte(rest, ' '); sp > 0 && countryPostpositions()[rest[sp+1:]] {
		if i, ok := t.lookupAny(rest[:sp]); ok {
			return t.result(fn, s, i)
		}
		forms[n] = rest[:sp]
		n++
	}
	// The shortest form first: once a preposition is cut, the rest is the inflected name
	// ("в швеции" is "швеции" in the locative), and the whole key seldom inflects as such.
	for j := n - 1; j >= 0; j-- {
		if m, err, ok := t.matchInflected(fn, s, forms[j]); ok {
			return m, err
		}
	}
	if m, err, ok := t.matchQualified(fn, s); ok {
		return m, err
	}
	if m, err, ok := t.matchInverted(fn, s); ok {
		return m, err
	}
	var segs []Country
	var alt bool
	if strings.IndexByte(k, ' ') >= 0 || hasListSeparator(s) {
		// A list needs two words (segment splits s where k has spaces, and at separators).
		var err error
		if segs, alt, err = t.segment(fn, s, k); err != nil {
			return CountryMatch{}, err
		}
	}
	if len(segs) > 0 {
		var distinct []Country
		for _, c := range segs {
			if !containsCountry(distinct, c) {
				distinct = append(distinct, c)
			}
		}
		if len(distinct) == 1 { // "Russia / Russian Federation", "Russia, RU"
			return t.derived(distinct[0]), nil
		}
		if len(distinct) == 2 { // "Greenland, Denmark": the territory
			if t.sovereign[distinct[0]] == distinct[1] {
				return t.derived(distinct[0]), nil
			}
			if t.sovereign[distinct[1]] == distinct[0] {
				return t.derived(distinct[1]), nil
			}
		}
		reason := "names several countries"
		if alt {
			reason = "alternatives"
		}
		return CountryMatch{}, t.ambiguous(fn, s, distinct, reason)
	}
	// Abbreviated words: "Slovak Rep.", "Rep. of Korea", "Dem. Rep. of the Congo", "Fed.
	// Rep. of Germany", "St Lucia".
	if x, ok := expandAbbrevs(k); ok {
		if i, ok := t.lookupAny(x); ok {
			return t.result(fn, s, i)
		}
	}
	// An adjective and a form of state: "Lithuanian Republic", "German Federal Republic".
	for _, form := range [...]string{" republic", " federal republic", " federation", " kingdom", " state"} {
		if adj, ok := strings.CutSuffix(k, form); ok {
			if i, ok := t.key(adj); ok && t.entries[i].kind == CountryKindDemonym {
				m, err := t.result(fn, s, i)
				m.Kind = CountryKindOfficial
				return m, err
			}
		}
	}
	// A form of state around a name: "Principality of Monaco", "Viron tasavalta".
	if m, err, ok := t.matchFormOfState(fn, s, k); ok {
		return m, err
	}
	// Islands named with or without the word: "Cayman", "Wallis and Futuna Islands".
	if base, ok := strings.CutSuffix(k, " islands"); ok {
		if i, ok := t.key(base); ok && t.entries[i].kind != CountryKindCode {
			return t.result(fn, s, i)
		}
	} else if i, ok := t.key(k + " islands"); ok && len(k) > 3 {
		return t.result(fn, s, i)
	}
	// A city named after its country: "Kuwait City", "Guatemala City", "City of Panama".
	// ("Vatican City" is a name of VA in the tables, found before any rule.)
	if base, ok := strings.CutSuffix(k, " city"); ok || strings.HasPrefix(k, "city of ") {
		if !ok {
			base = strings.TrimPrefix(k, "city of ")
		}
		if i, ok := t.lookupAny(base); ok && t.entries[i].c.IsValid() && t.entries[i].kind != CountryKindCode {
			return CountryMatch{}, newParseError(fn, s, ErrNotApplicable, notCountryReasons["city"])
		}
	}
	return t.fuzzy(fn, s, k)
}

// derived returns the match of a country found by combining several names.
func (t *countryTab) derived(c Country) CountryMatch {
	return CountryMatch{Country: c, Quality: MatchDerived, Kind: CountryKindAlias, Source: "rule", Key: c.Alpha2()}
}

// lookupTrimmed looks up a folded key without a trailing possessive ("lithuania's") and a
// leading "the".
func (t *countryTab) lookupTrimmed(k string) (uint32, bool) {
	k2 := trimThe(trimPossessive(k))
	if k2 != k {
		if i, ok := t.key(k2); ok {
			return i, true
		}
	}
	return 0, false
}

// lookupAny looks up a folded key as is, then trimmed.
func (t *countryTab) lookupAny(k string) (uint32, bool) {
	if i, ok := t.key(k); ok {
		return i, true
	}
	return t.lookupTrimmed(k)
}

// lookupAnyBytes is lookupAny on a folded key in a byte slice, without allocating.
func (t *countryTab) lookupAnyBytes(k []byte) (uint32, bool) {
	if i, ok := t.keyBytes(k); ok {
		return i, true
	}
	if k2 := trimTheBytes(trimPossessiveBytes(k)); len(k2) != len(k) {
		if i, ok := t.keyBytes(k2); ok {
			return i, true
		}
	}
	return 0, false
}

// matchQualified reads "X (Y)": "Korea (North)" and "Congo (Kinshasa)" are in the table as
// folded wholes; otherwise X is read, and Y may confirm it ("Russia (RU)"), name its region
// ("Crimea (Ukraine)"), or be a remark that names no country ("Syria (disputed)"). When Y
// names another country, the input is ambiguous.
func (t *countryTab) matchQualified(fn, s string) (CountryMatch, error, bool) {
	open := strings.IndexByte(s, '(')
	if open < 0 || strings.Count(s, "(") > 1 { // one qualifier only: the rule recurses
		return CountryMatch{}, nil, false
	}
	closing := strings.IndexByte(s[open:], ')')
	if closing < 0 {
		closing = len(s) - open
	}
	outer := s[:open] + " " + s[open+closing:]
	if closing < len(s)-open {
		outer = s[:open] + " " + s[open+closing+1:]
	}
	inner := s[open+1 : open+closing]
	if strings.TrimSpace(outer) == "" {
		return CountryMatch{}, nil, false
	}
	// An ISO 3166-1 inverted form in parentheses: "Korea (the Republic of)".
	if m, err, ok := t.matchInverted(fn, outer+","+inner); ok {
		return m, requote(s, err), true
	}
	if f := fold(inner); conjunctions[strings.SplitN(f, " ", 2)[0]] {
		// "Russia (and Belarus)" adds a country: read it as a list.
		return CountryMatch{}, nil, false
	}
	mo, erro := matchCountry(fn, outer)
	mi, erri := matchCountry(fn, inner)
	switch {
	case erro == nil && erri == nil:
		if mo.Country == mi.Country {
			if mo.Kind == CountryKindRegion {
				return mo, nil, true
			}
			if mi.Kind == CountryKindRegion {
				return mi, nil, true
			}
			return mo, nil, true
		}
		// "Crimea (Russia)", "Crimea (annexed by Russia)": a region keeps its ISO parent.
		if mo.Kind == CountryKindRegion {
			return mo, nil, true
		}
		// "Greenland (Denmark)", "Denmark (Greenland)": a territory with its own code keeps it.
		if t.sovereign[mo.Country] == mi.Country {
			return mo, nil, true
		}
		if t.sovereign[mi.Country] == mo.Country {
			return mi, nil, true
		}
		return CountryMatch{}, t.ambiguous(fn, s, []Country{mo.Country, mi.Country}, "names several countries"), true
	case erro == nil:
		// The qualifier names no country: a remark such as "(disputed)" or "(occupied)".
		return mo, nil, true
	case erri == nil && errors.Is(erro, ErrAmbiguous):
		// "Congo (DRC)", "Korea (ROK)": the qualifier picks one of the outer readings.
		var amb *AmbiguousError
		if errors.As(erro, &amb) {
			for _, c := range amb.Candidates {
				if c.Value == mi.Country.Alpha2() {
					return mi, nil, true
				}
			}
		}
		return CountryMatch{}, nil, false
	case erri == nil && errors.Is(erro, ErrNotApplicable):
		// "Kyiv (Ukraine)", "Georgia (US state)": a city or region qualified by its country.
		return t.derived(mi.Country), nil, true
	}
	return CountryMatch{}, nil, false
}

// matchInverted reads "X, Y" where Y is an inversion tail: "Korea, Republic of", "Moldova,
// Rep.", "Congo, Dem. Rep.", "Gambia, The", "Korea, North". Y is expanded ("Rep." is
// "Republic of") and put before X.
func (t *countryTab) matchInverted(fn, s string) (CountryMatch, error, bool) {
	comma := strings.LastIndexByte(s, ',')
	if comma < 0 {
		return CountryMatch{}, nil, false
	}
	x := fold(s[:comma])
	y := fold(s[comma+1:])
	if x == "" || y == "" {
		return CountryMatch{}, nil, false
	}
	var b strings.Builder
	for tok := range strings.FieldsSeq(y) {
		if e, ok := inversionAbbrev[tok]; ok {
			tok = e
		}
		b.WriteString(tok)
		b.WriteByte(' ')
	}
	yy := strings.ReplaceAll(strings.TrimSpace(b.String()), " of of", " of")
	tries := []string{yy + " " + x}
	if !strings.HasSuffix(yy, " of") && !strings.HasSuffix(yy, " of the") && yy != "the" {
		tries = append(tries, yy+" of "+x, yy+" of the "+x)
	}
	for _, k := range tries {
		if i, ok := t.lookupAny(k); ok {
			return t.resultOr(fn, s, i)
		}
	}
	// "Lithuania, EU", "Estonia, NATO": one country and an organisation it belongs to, as
	// "Lithuania (EU)" reads. ParseCountries reads the organisation as an item of its own,
	// and refuses it.
	if i, ok := t.keys[y]; ok && t.entries[i].category == "organisation" {
		if mo, err := matchCountry(fn, s[:comma]); err == nil {
			return CountryMatch{Country: mo.Country, Quality: MatchDerived, Kind: mo.Kind, Lang: mo.Lang, Source: sourceBesideOrganisation, Region: mo.Region, Key: mo.Key}, nil, true
		}
	}
	// "Georgia, USA", "Moscow, Russia": a place qualified by its country. The place must be a
	// known non-country name (a city, a US state) or the country itself.
	mi, erri := matchCountry(fn, s[comma+1:])
	if erri != nil {
		return CountryMatch{}, nil, false
	}
	if i, ok := t.keys[x]; ok {
		e := &t.entries[i]
		if e.refuse == refuseNotApplicable && (e.category == "city" || e.category == "state") {
			return t.derived(mi.Country), nil, true
		}
		if len(e.amb) > 0 && containsCountry(e.amb, mi.Country) { // "Georgia, US"
			return t.derived(mi.Country), nil, true
		}
	}
	return CountryMatch{}, nil, false
}

// sourceBesideOrganisation is the Source of a country read beside an organisation.
const sourceBesideOrganisation = "rule: a country beside an organisation"

func (t *countryTab) resultOr(fn, s string, i uint32) (CountryMatch, error, bool) {
	m, err := t.result(fn, s, i)
	return m, err, true
}

// expandAbbrevs replaces the abbreviated words of a folded key by their full forms, and
// reports whether there was one.
func expandAbbrevs(k string) (string, bool) {
	found := false
	for rest := k; rest != "" && !found; { // a folded key has single spaces
		var tok string
		tok, rest, _ = strings.Cut(rest, " ")
		if len(tok) <= maxNameAbbrevLen {
			_, found = nameAbbrevs[tok]
		}
	}
	if !found {
		return "", false
	}
	var b strings.Builder
	for rest := k; rest != ""; {
		var tok string
		tok, rest, _ = strings.Cut(rest, " ")
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if full, ok := nameAbbrevs[tok]; ok {
			tok = full
		}
		b.WriteString(tok)
	}
	return b.String(), true
}

// maxNameAbbrevLen is the length of the longest key of nameAbbrevs (TestNameAbbrevLen).
const maxNameAbbrevLen = 7

// nameAbbrevs are the folded abbreviations of words in country names.
var nameAbbrevs = map[string]string{
	"rep": "republic", "repub": "republic", "dem": "democratic", "fed": "federal", "utd": "united",
	"st": "saint", "ste": "sainte", "sts": "states", "isl": "islands", "isls": "islands", "is": "islands",
	"terr": "territory", "ter": "territory", "herz": "herzegovina", "peoples": "people's", "n": "north", "s": "south",
	"kgdm": "kingdom", "rp": "republic", "wlk": "wielka", "zjedn": "zjednoczone",
	"r": "republica", "resp": "respublika",
}

// inversionAbbrev expands the abbreviations of UN and World Bank inverted forms.
var inversionAbbrev = map[string]string{
	"rep":  "republic of",
	"dem":  "democratic",
	"fed":  "federated",
	"sts":  "states",
	"isl":  "islamic",
	"utd":  "united",
	"rb":   "bolivarian republic of",
	"pdr":  "people's democratic republic",
	"sar":  "special administrative region",
	"prov": "province",
}

// cutLeadWord removes a leading preposition or article from a folded key: a whole word
// ("w niemczech", "la france") or an elided article ("l'allemagne", "dell'italia").
func cutLeadWord(k string) (string, bool) {
	if sp := strings.IndexByte(k, ' '); sp > 0 && countryPrepositions()[k[:sp]] {
		return k[sp+1:], true
	}
	if ap := strings.IndexByte(k, '\''); ap > 0 && countryElisions[k[:ap]] && ap+1 < len(k) {
		return k[ap+1:], true
	}
	return "", false
}

// countryElisions are folded articles and prepositions written with an apostrophe.
var countryElisions = map[string]bool{"l": true, "d": true, "dell": true, "nell": true, "all": true, "dall": true, "sull": true}

// countryPrepositions are folded prepositions and articles that news puts before a country's
// name, often in an inflected form ("w Niemczech", "в России", "у Польщі", "aus Russland",
// "la France").
var countryPrepositions = foldedSet(
	// English, German, French, Spanish, Italian, Portuguese, Dutch prepositions and articles
	"in", "from", "to", "into", "within", "the", "im", "aus", "nach", "von", "der", "die", "das",
	"dem", "den", "en", "au", "aux", "de", "du", "des", "vers", "dans", "la", "le", "les", "el",
	"los", "las", "lo", "il", "gli", "della", "del", "nella", "nel", "negli", "degli", "o", "a",
	"os", "as", "dos", "da", "em", "no", "na", "nos", "nas", "het", "dalla", "dal", "dallo",
	"dai", "dagli", "delle", "dei", "nei", "negli", "alle", "agli", "ai", "nello", "sulla", "per", "con", "contro", "contra", "gegen",
	"against", "by", "via", "par", "pour", "por", "para", "desde", "hacia", "uit", "naar",
	"tegen", "mot", "fra", "mod", "från", "til", "till",
	// Slavic, Baltic and Romanian prepositions
	"w", "we", "z", "ze", "do", "od", "u", "v", "ve", "zo", "iz", "uz", "i", "is", "ka", "în",
	"din", "pe", "la", "iš", "į", "no", "uz", "prie", "przez", "przeciwko", "proti",
	"в", "во", "у", "из", "з", "із", "зі", "на", "до", "с", "со", "од", "от", "від", "против",
	"проти", "через", "ва", "ў", // Belarusian "у" before some consonants, and after a vowel
	// Albanian, Hungarian articles, Czech, Slovak and Bulgarian vocalised prepositions
	"në", "nga", "ndaj", "az", "vo", "във", "със", "ke", "ku",
	// Greek, Arabic and Persian
	"στη", "στην", "στο", "στα", "στις", "της", "την", "τη", "η", "το", "από", "για", "με",
	"في", "من", "الى", "على", "ضد", "در", "از", "به", "با",
	// field labels: "Country: Russia"
	"country", "countries", "location", "target", "targets", "victim", "origin", "nation",
	"land", "kraj", "страна", "країна", "pays", "pais", "paese",
	// qualifiers of a region or an attribution: "occupied Crimea", "likely Russia"
	"occupied", "annexed", "likely", "probably", "possibly", "suspected", "alleged",
	"allegedly", "presumably", "reportedly", "vermutlich", "mutmasslich", "wahrscheinlich",
	"probablement", "prawdopodobnie", "вероятно", "предположительно", "ймовірно",
	"окупований", "окупована", "окупованого", "тимчасово", "оккупированный", "оккупированная",
	"оккупированного", "ოკუპირებული", "besetzte", "besetzten", "okupowany", "okupowana",
	"okupowanego", "okupuotas", "okupuota", "okupēta", "okupētā", "occupé", "occupée", "ocupada",
	"ocupado", "occupata", "occupato", "miehitetty", "ockuperade",
)

// flagCode reads a flag emoji, a pair of Unicode regional indicator symbols ("🇱🇹" is L, T)
// with nothing else but spaces around it, and returns its two letters.
func flagCode(s string) (string, bool) {
	s = strings.TrimSpace(s)
	var code [2]byte
	n := 0
	for _, r := range s {
		if r < 0x1F1E6 || r > 0x1F1FF || n == 2 {
			return "", false
		}
		code[n] = byte('A' + r - 0x1F1E6)
		n++
	}
	return string(code[:n]), n == 2
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// requote returns err with s as its input.
func requote(s string, err error) error {
	switch e := err.(type) {
	case *ParseError:
		c := *e
		c.Input = strings.Clone(s)
		return &c
	case *AmbiguousError:
		c := *e
		c.Input = strings.Clone(s)
		return &c
	}
	return err
}

// replaceFlags rewrites every flag emoji of s as its two ASCII letters between spaces, and
// reports whether there was one.
func replaceFlags(s string) (string, bool) {
	var b strings.Builder
	found := false
	var first rune
	for _, r := range s {
		if r >= 0x1F1E6 && r <= 0x1F1FF {
			if first == 0 {
				first = r
				continue
			}
			b.WriteByte(' ')
			b.WriteByte(byte('A' + first - 0x1F1E6))
			b.WriteByte(byte('A' + r - 0x1F1E6))
			b.WriteByte(' ')
			first, found = 0, true
			continue
		}
		first = 0
		b.WriteRune(r)
	}
	return b.String(), found
}

// subdivisionCountry reads an ISO 3166-2 code, "UA-43" or "gb-sct": an alpha-2 country
// code, a hyphen and one to three letters or digits.
func subdivisionCountry(s string) (Country, bool) {
	if len(s) > 16 {
		return Country{}, false
	}
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 6 || s[2] != '-' {
		return Country{}, false
	}
	for i := 3; i < len(s); i++ {
		if c := s[i]; !isAlnumASCII(c) {
			return Country{}, false
		}
	}
	return countryByCode(s[:2])
}

func isAlnumASCII(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
