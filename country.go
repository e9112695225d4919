package incident

import (
	"strconv"
	"strings"
)

// Country is a country or territory of ISO 3166-1, with Kosovo as XK (the user-assigned code
// that the European Commission, the IMF and most data sets use). It is a small comparable
// value, usable with == and as a map key, and holds the alpha-2 code. The zero Country is no
// country: IsValid reports false and every accessor returns "" or 0.
type Country struct{ a2 [2]byte }

// IsValid reports whether c is a country, not the zero value.
func (c Country) IsValid() bool { return c.a2[0] != 0 }

// info returns the metadata of c, or nil for the zero Country.
func (c Country) info() *countryInfo {
	if !c.IsValid() {
		return nil
	}
	return countryInfos()[codeIndex(c.a2[0], c.a2[1])]
}

// Alpha2 returns the ISO 3166-1 alpha-2 code, "LT", or "" for the zero Country.
func (c Country) Alpha2() string {
	if i := c.info(); i != nil {
		return i.alpha2
	}
	return ""
}

// Alpha3 returns the ISO 3166-1 alpha-3 code, "LTU" ("XKX" for Kosovo), or "" for the zero
// Country.
func (c Country) Alpha3() string {
	if i := c.info(); i != nil {
		return i.alpha3
	}
	return ""
}

// Numeric returns the ISO 3166-1 numeric code, 440 for Lithuania (900 for Kosovo, a
// user-assigned code), or 0 for the zero Country. Format it with %03d for the three-digit form.
func (c Country) Numeric() int {
	if i := c.info(); i != nil {
		return i.numeric
	}
	return 0
}

// Name returns the current English short name: "Lithuania", "Czechia", "North Macedonia",
// "Türkiye". It is CLDR's English name with the renamings CLDR 32 lacks; see
// data/countries/codes.txt. The zero Country has the name "".
func (c Country) Name() string {
	if i := c.info(); i != nil {
		return i.name
	}
	return ""
}

// String returns the alpha-2 code, the canonical form: ParseCountry(c.String()) == c for
// every valid c. The zero Country's string is "".
func (c Country) String() string { return c.Alpha2() }

// AppendText implements encoding.TextAppender: it appends the alpha-2 code (nothing for the
// zero Country).
func (c Country) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, nil
	}
	return append(b, c.a2[0], c.a2[1]), nil
}

// MarshalText implements encoding.TextMarshaler; the zero Country marshals as empty text.
func (c Country) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text is the zero Country; any other
// text is read with ParseCountry, so "Lithuania" and "LTU" unmarshal to LT too.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// CountryMatchKind says which kind of name a country was matched by.
type CountryMatchKind uint8

// The kinds of country names. The zero value, CountryKindNone, means no match.
const (
	CountryKindNone        CountryMatchKind = iota // no match
	CountryKindCode                                // an ISO 3166-1 code, or an EU, IOC or UN-style code
	CountryKindName                                // the English short name
	CountryKindOfficial                            // an official long or inverted form: "Republic of Lithuania"
	CountryKindAlias                               // an abbreviation, a former name, a common alias: "UAE", "Burma"
	CountryKindTranslation                         // a name in another language, possibly inflected: "Lietuva", "w Niemczech"
	CountryKindDemonym                             // an adjective or demonym: "Russian", "russisch"
	CountryKindRegion                              // a region of the country: "Crimea" is UA
	CountryKindFuzzy                               // a typo-tolerant match of a name: "Lithuana"
)

var countryKindNames = [...]string{"none", "code", "name", "official", "alias", "translation", "demonym", "region", "fuzzy"}

// String returns "none", "code", "name", "official", "alias", "translation", "demonym",
// "region" or "fuzzy".
func (k CountryMatchKind) String() string {
	if int(k) < len(countryKindNames) {
		return countryKindNames[k]
	}
	return "CountryMatchKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (k CountryMatchKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// quality returns the match quality of a kind: codes and English names are exact, official
// forms, aliases and translations are aliases, demonyms and regions are derived by a rule.
func (k CountryMatchKind) quality() MatchQuality {
	switch k {
	case CountryKindCode, CountryKindName:
		return MatchExact
	case CountryKindOfficial, CountryKindAlias, CountryKindTranslation:
		return MatchAlias
	case CountryKindDemonym, CountryKindRegion:
		return MatchDerived
	case CountryKindFuzzy:
		return MatchFuzzy
	}
	return MatchNone
}

// CountryMatch is a country together with how it was matched. The zero CountryMatch is no
// match.
type CountryMatch struct {
	Country Country          // the country; the zero Country when nothing matched
	Quality MatchQuality     // how strong the match is: exact for codes and English names
	Kind    CountryMatchKind // which kind of name matched
	Lang    string           // the BCP 47 language of the name that matched ("pl"), "" for codes
	Source  string           // where the name comes from: "ISO 3166-1", "CLDR 32", "UN M49"...
	Region  string           // for CountryKindRegion, the region the input named: "Crimea"
	Key     string           // the folded name that matched; for a fuzzy match, the name it is close to
}

// ParseCountry returns the country that s names, in any language or script that the embedded
// tables cover: an ISO 3166-1 code (alpha-2, alpha-3, numeric with or without leading zeros,
// XK/XKX for Kosovo, the EU's EL and UK, unambiguous IOC codes), a short, official or inverted
// name ("Korea, Republic of"), a former name, an abbreviation, a demonym ("Russian"), a name
// in another language, often inflected ("w Niemczech"), an official name made of a form of
// state and a name or adjective in any language of the tables ("Principality of Monaco",
// "Viron tasavalta", "Литовская Республика", "リトアニア共和国"; data/countries/forms.txt), a
// region with an ISO parent ("Crimea" is UA), an ISO 3166-2 subdivision code ("UA-43"), the
// ISO 3166-3 code of a renamed country (BU is MM, ZR is CD, TP is TL: a code of a dissolved
// state, YU, CS or SU, is refused), a flag emoji ("🇱🇹"), or a typo of a long name
// ("Lithuana"). Case, diacritics, punctuation, a leading "the", a possessive "'s",
// a bracketed footnote ("[1]"), a field label ("Country:"), a hedge ("likely Russia",
// "Russia (suspected)") and a city or state beside its country ("Kyiv, Ukraine", "Germany,
// Berlin") and an organisation beside one country ("Lithuania, EU", read like "Lithuania
// (EU)") do not matter. Names in other languages may be inflected: the tables hold the
// common forms ("w Niemczech", "Lietuvoje"), and a general rule undoes case endings and
// particles in about thirty languages ("Latvijoje", "Rusya'da", "ロシアで"), reported as
// MatchDerived.
//
// Errors: ErrInvalid for malformed input (see checkInput); ErrUnspecified for empty input and
// placeholders ("n/a", "unknown", "-", "?", "TBD", "various", "worldwide"); ErrNotApplicable,
// with a Reason, for organisations ("EU", "NATO"), continents and regions ("Baltic states"),
// seas, cities ("Moscow"), actors ("GRU") and dissolved states with several successors
// ("USSR", "Yugoslavia", "Czechoslovakia", "Serbia and Montenegro": the record must say which
// successor); an *AmbiguousError (errors.Is ErrAmbiguous) for names of several countries
// ("Congo", "Korea", "Dominican") and for fields naming several countries ("Russia/Ukraine":
// use ParseCountries); ErrUnknown otherwise. Every error quotes the input.
//
// Decisions, following ISO 3166-1 and the UN where a record could be read two ways:
// "Georgia" is GE (the ISO short name) and "Georgia, USA" is US; "Guinea" is GN; "America"
// is US; "Holland" is NL; England, Scotland, Wales and Northern Ireland are GB; occupied or
// breakaway areas belong to their ISO parent (Crimea, Donbas and the "people's republics" are
// UA, Transnistria MD, Abkhazia and South Ossetia GE, Northern Cyprus CY, Nagorno-Karabakh
// AZ) and Kaliningrad is RU, all as CountryKindRegion with the region kept in the match;
// territories with a code of their own keep it (GL, FO, AX, SJ, GI, HK, MO, PS); East and
// West Germany are DE, their single successor. "한국" (Hanguk) is KR, as South Korean usage
// has it, and "북한" and "조선" are KP; "Korea", "Корея", "朝鮮" stay ambiguous. "NA" and "n.a." are Namibia, as the code must
// round-trip; "n/a" is a placeholder. Substrings never match: "Mexico City" is a city, not MX.
func ParseCountry(s string) (Country, error) {
	const fn = "ParseCountry"
	if err := checkInput(fn, s); err != nil {
		return Country{}, err
	}
	t := countryTable()
	if i, ok := t.quickEntry(s); ok {
		if c := t.plain[i]; c.IsValid() {
			return c, nil // the commonest case reads two bytes, not the whole entry
		}
		m, err := t.result(fn, s, i)
		return m.Country, err
	}
	m, err := t.matchFolded(fn, s)
	return m.Country, err
}

// MustParseCountry is like ParseCountry but panics on error. It is meant for tests, examples
// and constants, never for untrusted input.
func MustParseCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// MatchCountry is like ParseCountry but also says how s matched: the kind of name, its
// language and source, the region a region-of match came from, and the match quality
// (MatchFuzzy for a typo-tolerant match, which callers may want to review).
func MatchCountry(s string) (CountryMatch, error) {
	return matchCountry("MatchCountry", s)
}

// matchCountry is the whole single-value matcher. The common path is one fold into a stack
// buffer and one map lookup, without allocation for ASCII input.
func matchCountry(fn, s string) (CountryMatch, error) {
	if err := checkInput(fn, s); err != nil {
		return CountryMatch{}, err
	}
	t := countryTable()
	if i, ok := t.quickEntry(s); ok {
		return t.result(fn, s, i)
	}
	return t.matchFolded(fn, s)
}

// quickEntry returns the entry of input that needs no folding, the same entry that its folded
// key finds: a code typed in capitals, or a name as the data files write it.
func (t *countryTab) quickEntry(s string) (uint32, bool) {
	if j := upperCodeIndex(s); j >= 0 && t.upperCodes[j] != 0 {
		return t.upperCodes[j] - 1, true
	}
	i, ok := t.spelled[s]
	return i, ok
}

// matchFolded is matchCountry without the shortcuts for input that the tables hold as typed.
func (t *countryTab) matchFolded(fn, s string) (CountryMatch, error) {
	var buf [128]byte
	k := appendFold(buf[:0], s)
	if len(k) == 0 {
		if code, ok := flagCode(s); ok { // "🇱🇹", "🇪🇺"
			if c, ok := countryByCode(code); ok {
				return CountryMatch{Country: c, Quality: MatchExact, Kind: CountryKindCode, Source: "Unicode regional indicators", Key: c.Alpha2()}, nil
			}
			if i, ok := t.keys[strings.ToLower(code)]; ok {
				return t.result(fn, s, i)
			}
		}
		return CountryMatch{}, newParseError(fn, s, ErrUnspecified, "empty")
	}
	if t.filter.mayHaveBytes(k) {
		if i, ok := t.lookupFolded(s, string(k)); ok {
			return t.result(fn, s, i)
		}
	}
	// A possessive or a leading "the", still without allocating: "Lithuania's", "the UK".
	if t2 := trimTheBytes(trimPossessiveBytes(k)); len(t2) != len(k) {
		if i, ok := t.keyBytes(t2); ok {
			return t.result(fn, s, i)
		}
	}
	return t.matchSlow(fn, s, string(k))
}

// trimPossessiveBytes is trimPossessive on a folded byte slice.
func trimPossessiveBytes(k []byte) []byte {
	if n := len(k); n > 2 && k[n-2] == '\'' && k[n-1] == 's' {
		return k[:n-2]
	}
	return k
}

// trimTheBytes is trimThe on a folded byte slice.
func trimTheBytes(k []byte) []byte {
	if len(k) > 4 && string(k[:4]) == "the " {
		return k[4:]
	}
	return k
}

// ParseCountries returns the countries that a field names, in the order they first appear,
// without duplicates: "Estonia, Latvia, Lithuania", "Russia/Ukraine", "Poland and Lithuania",
// "Polska i Litwa". Items are separated by commas, semicolons, slashes, "&", "+" or a
// conjunction ("and", "und", "et", "i", "и", "ir", "un", "ja", "och", "og", "y", "e", "a",
// "és", "și", "та", "і", "ve", "dan"); names that contain a separator ("Bosnia and
// Herzegovina", "Korea, Republic of") are read whole, longest name first. A field naming
// one country returns a list of one.
//
// Every item must resolve: the errors are those of ParseCountry, for the whole field or the
// first item that fails (the error quotes the whole field and names the item in its Reason).
// Alternatives ("Russia or Belarus") are not a list: they fail with ErrAmbiguous. An
// organisation is an item of its own and fails with ErrNotApplicable ("Estonia, NATO"), where
// ParseCountry reads the one country beside it.
func ParseCountries(s string) ([]Country, error) {
	const fn = "ParseCountries"
	if err := checkInput(fn, s); err != nil {
		return nil, err
	}
	t := countryTable()
	k := appendFold(nil, s)
	if len(k) == 0 {
		if r, ok := replaceFlags(s); ok { // "🇱🇹 🇱🇻" reads as "LT LV"
			cs, err := ParseCountries(r)
			if err != nil {
				return nil, requote(s, err)
			}
			return cs, nil
		}
	}
	if _, ok := t.keys[string(k)]; ok || len(k) == 0 {
		// One name, a placeholder, or a flag emoji.
		m, err := matchCountry(fn, s)
		if err != nil {
			return nil, err
		}
		return []Country{m.Country}, nil
	}
	if strings.IndexByte(s, '(') >= 0 {
		// A qualifier ("Greenland (Denmark)", "Crimea (Ukraine)") is one place, unless it
		// adds a country ("Russia (and Belarus)").
		if m, err := t.matchSlow(fn, s, string(k)); err == nil {
			return []Country{m.Country}, nil
		}
	}
	segs, alt, serr := t.segment(fn, s, string(k))
	if serr != nil || len(segs) == 0 {
		// Not a list: one country with a qualifier ("Kyiv (Ukraine)", "Moscow, Russia"), a
		// typo, or an error that the list's own error explains better.
		m, err := t.matchSlow(fn, s, string(k))
		if err == nil && (serr == nil || m.Source != sourceBesideOrganisation) {
			return []Country{m.Country}, nil
		}
		if serr != nil {
			return nil, serr
		}
		return nil, err
	}
	out := make([]Country, 0, len(segs))
	for _, c := range segs {
		if !containsCountry(out, c) {
			out = append(out, c)
		}
	}
	if alt && len(out) > 1 {
		return nil, t.ambiguous(fn, s, out, "alternatives")
	}
	return out, nil
}

func containsCountry(list []Country, c Country) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// result turns table entry i into a match or an error.
func (t *countryTab) result(fn, s string, i uint32) (CountryMatch, error) {
	e := &t.entries[i]
	switch {
	case e.refuse == refuseUnspecified:
		return CountryMatch{}, newParseError(fn, s, ErrUnspecified, e.reason)
	case e.refuse == refuseNotApplicable:
		return CountryMatch{}, newParseError(fn, s, ErrNotApplicable, e.reason)
	case len(e.amb) > 0:
		return CountryMatch{}, t.ambiguous(fn, s, e.amb, e.reason)
	}
	return CountryMatch{
		Country: e.c,
		Quality: e.kind.quality(),
		Kind:    e.kind,
		Lang:    e.lang,
		Source:  e.source,
		Region:  e.region,
		Key:     e.key,
	}, nil
}

// ambiguous builds the error for input naming several countries.
func (t *countryTab) ambiguous(fn, s string, cs []Country, reason string) error {
	cands := make([]Candidate, len(cs))
	for i, c := range cs {
		cands[i] = Candidate{Value: c.Alpha2(), Label: c.Name()}
	}
	err := newAmbiguousError(fn, s, cands)
	err.Reason = reason
	return err
}
