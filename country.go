package incident

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
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
// in another language, often inflected ("w Niemczech"), a region with an ISO parent ("Crimea"
// is UA), an ISO 3166-2 subdivision code ("UA-43"), a flag emoji ("🇱🇹"), or a typo of a
// long name ("Lithuana"). Case, diacritics, punctuation, a leading "the", a possessive "'s",
// a bracketed footnote ("[1]"), a field label ("Country:"), a hedge ("likely Russia",
// "Russia (suspected)") and a city or state beside its country ("Kyiv, Ukraine", "Germany,
// Berlin") do not matter. Names in other languages may be inflected: the tables hold the
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
// West Germany are DE, their single successor. "NA" and "n.a." are Namibia, as the code must
// round-trip; "n/a" is a placeholder. Substrings never match: "Mexico City" is a city, not MX.
func ParseCountry(s string) (Country, error) {
	m, err := matchCountry("ParseCountry", s)
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
	if i, ok := t.keys[string(k)]; ok {
		if t.entries[i].kind == CountryKindCode && !isASCII(s) {
			if j, ok := t.shadowed[string(k)]; ok { // "Áo" is Austria, not AO
				i = j
			}
		}
		return t.result(fn, s, i)
	}
	// A possessive or a leading "the", still without allocating: "Lithuania's", "the UK".
	if t2 := trimTheBytes(trimPossessiveBytes(k)); len(t2) != len(k) {
		if i, ok := t.keys[string(t2)]; ok {
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
// Alternatives ("Russia or Belarus") are not a list: they fail with ErrAmbiguous.
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
	segs, alt, serr := t.segment(fn, s)
	if serr != nil || len(segs) == 0 {
		// Not a list: one country with a qualifier ("Kyiv (Ukraine)", "Moscow, Russia"), a
		// typo, or an error that the list's own error explains better.
		m, err := t.matchSlow(fn, s, string(k))
		if err == nil {
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

// matchSlow runs the rules tried after the whole folded input missed the table: footnotes,
// possessives and articles, a leading preposition, "X (Y)" qualifiers, "X, Y" inversions, a
// field naming several countries, and last the typo-tolerant match.
func (t *countryTab) matchSlow(fn, s, k string) (CountryMatch, error) {
	// A bracketed footnote, "Germany[1]" or "Germany [note 2]".
	if strings.HasSuffix(strings.TrimSpace(s), "]") && strings.Count(s, "[") == 1 {
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
	// An ISO 3166-2 subdivision code names its country: "UA-43" (Crimea), "GB-SCT".
	if c, ok := subdivisionCountry(s); ok {
		return CountryMatch{Country: c, Quality: MatchDerived, Kind: CountryKindRegion, Source: "ISO 3166-2", Region: strings.ToUpper(strings.TrimSpace(s)), Key: c.Alpha2()}, nil
	}
	// Abbreviated words: "Slovak Rep.", "Rep. of Korea", "Dem. Rep. of the Congo", "Fed.
	// Rep. of Germany", "St Lucia".
	if x, ok := expandAbbrevs(k); ok {
		if i, ok := t.lookupAny(x); ok {
			return t.result(fn, s, i)
		}
	}
	// Islands named with or without the word: "Cayman", "Wallis and Futuna Islands".
	if base, ok := strings.CutSuffix(k, " islands"); ok {
		if i, ok := t.keys[base]; ok && t.entries[i].kind != CountryKindCode {
			return t.result(fn, s, i)
		}
	} else if i, ok := t.keys[k+" islands"]; ok && len(k) > 3 {
		return t.result(fn, s, i)
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
	for _, f := range forms[:n] {
		if m, err, ok := t.matchInflected(fn, s, f); ok {
			return m, err
		}
	}
	if m, err, ok := t.matchQualified(fn, s); ok {
		return m, err
	}
	if m, err, ok := t.matchInverted(fn, s); ok {
		return m, err
	}
	segs, alt, err := t.segment(fn, s)
	if err != nil {
		return CountryMatch{}, err
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
		if i, ok := t.keys[k2]; ok {
			return i, true
		}
	}
	return 0, false
}

// lookupAny looks up a folded key as is, then trimmed.
func (t *countryTab) lookupAny(k string) (uint32, bool) {
	if i, ok := t.keys[k]; ok {
		return i, true
	}
	return t.lookupTrimmed(k)
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

func (t *countryTab) resultOr(fn, s string, i uint32) (CountryMatch, error, bool) {
	m, err := t.result(fn, s, i)
	return m, err, true
}

// expandAbbrevs replaces the abbreviated words of a folded key by their full forms, and
// reports whether there was one.
func expandAbbrevs(k string) (string, bool) {
	var b strings.Builder
	changed := false
	for tok := range strings.FieldsSeq(k) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if full, ok := nameAbbrevs[tok]; ok {
			tok, changed = full, true
		}
		b.WriteString(tok)
	}
	return b.String(), changed
}

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
	"os", "as", "dos", "da", "em", "no", "na", "nos", "nas", "het",
	// Slavic, Baltic and Romanian prepositions
	"w", "we", "z", "ze", "do", "u", "v", "ve", "zo", "iz", "uz", "i", "is", "ka", "în", "din",
	"в", "во", "у", "из", "з", "із", "зі", "на", "до", "с", "со", "од",
	// Greek, Arabic and Persian
	"στη", "στην", "στο", "της", "την", "η", "το", "في", "من", "الى", "در", "از", "به",
	// field labels: "Country: Russia"
	"country", "countries", "location", "target", "targets", "victim", "origin", "nation",
	"land", "kraj", "страна", "країна", "pays", "pais", "paese",
	// qualifiers of a region or an attribution: "occupied Crimea", "likely Russia"
	"occupied", "annexed", "likely", "probably", "possibly", "suspected", "alleged",
	"allegedly", "presumably", "reportedly", "vermutlich", "mutmasslich", "wahrscheinlich",
	"probablement", "prawdopodobnie", "вероятно", "предположительно", "ймовірно",
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
