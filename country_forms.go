package incident

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Official names are often a form of state around a short name: "Principality of Monaco",
// "Republik Österreich", "Förenade kungariket", "Viron tasavalta", "Belarus Respublikası",
// "Δημοκρατία της Λιθουανίας", "リトアニア共和国". The tables hold the official names of the
// countries most present in hybrid-threat reporting; this file holds the general rule tried
// after them: cut a known form of state (data/countries/forms.txt) from the front or the end
// of the folded input and read the rest as a name, in the nominative or inflected (a form of
// state often governs the genitive: "Lietuvos Respublika", "Suomen tasavalta"). The rest
// must name a country by a name, never by a code ("Liên bang Nga" is not Nigeria's NGA), so
// the rule cannot invent a country; a rest that is ambiguous or not a country ("Republic of
// Texas") fails with that error.

// countryForm is one folded form of state; prefix tells where it stands, joined that it is
// written without a space in scripts that use none ("共和国").
type countryForm struct {
	form           string
	prefix, joined bool
}

// formIndex holds the folded forms of state by the word a key must start or end with, and
// the forms of scripts without spaces by the letter a key must start or end with, so that a
// miss costs a few map lookups, not a scan of every form.
type formIndex struct {
	byFirst     map[string][]countryForm // prefix forms by their first word
	byLast      map[string][]countryForm // suffix forms by their last word
	joinedFirst map[rune][]countryForm   // prefix forms written without a space, by first letter
	joinedLast  map[rune][]countryForm   // suffix forms written without a space ("共和国"), by last letter
}

// countryForms reads data/countries/forms.txt; within each group the longest form comes
// first, so that "federal republic of" is cut before "republic of".
var countryForms = sync.OnceValue(func() *formIndex {
	data, _ := countryData.ReadFile("data/countries/forms.txt")
	x := &formIndex{byFirst: map[string][]countryForm{}, byLast: map[string][]countryForm{},
		joinedFirst: map[rune][]countryForm{}, joinedLast: map[rune][]countryForm{}}
	for line := range dataLines(string(data)) {
		f := strings.Split(line, "\t")
		if len(f) != 4 || (f[1] != "prefix" && f[1] != "suffix") {
			continue // TestCountryFormsWellFormed reports it
		}
		k := fold(f[2])
		if strings.HasSuffix(f[2], "'") || strings.HasSuffix(f[2], "’") {
			k += "'" // an elided article: "république d'Estonie"
		}
		if k == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(k)
		form := countryForm{form: k, prefix: f[1] == "prefix", joined: r >= 0x3000}
		switch {
		case form.joined && form.prefix:
			x.joinedFirst[r] = append(x.joinedFirst[r], form)
		case form.joined:
			last, _ := utf8.DecodeLastRuneInString(k)
			x.joinedLast[last] = append(x.joinedLast[last], form)
		case form.prefix:
			w := firstWord(k)
			x.byFirst[w] = append(x.byFirst[w], form)
		default:
			w := lastWord(k)
			x.byLast[w] = append(x.byLast[w], form)
		}
	}
	longestFirst := func(a, b countryForm) int { return len(b.form) - len(a.form) }
	for _, m := range [...]map[string][]countryForm{x.byFirst, x.byLast} {
		for _, list := range m {
			slices.SortStableFunc(list, longestFirst)
		}
	}
	for _, m := range [...]map[rune][]countryForm{x.joinedFirst, x.joinedLast} {
		for _, list := range m {
			slices.SortStableFunc(list, longestFirst)
		}
	}
	return x
})

// firstWord returns the folded key's first word, up to a space or an elision ("d'").
func firstWord(k string) string {
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' || k[i] == '\'' {
			return k[:i]
		}
	}
	return k
}

// lastWord returns the folded key's last word.
func lastWord(k string) string { return k[strings.LastIndexByte(k, ' ')+1:] }

// matchFormOfState tries the forms of state on the folded key k.
func (t *countryTab) matchFormOfState(fn, s, k string) (CountryMatch, error, bool) {
	for rest := range countryForms().rests(k) {
		if m, err, ok := t.formRest(fn, s, rest); ok {
			return m, err, true
		}
	}
	return CountryMatch{}, nil, false
}

// rests yields what is left of the folded key k once a form of state is cut from it, for
// every form that stands at its start or end, longest form first.
func (x *formIndex) rests(k string) func(func(string) bool) {
	return func(yield func(string) bool) {
		cut := func(f countryForm) bool {
			var rest string
			var ok bool
			if f.prefix {
				rest, ok = strings.CutPrefix(k, f.form)
				if ok && !f.joined && !strings.HasSuffix(f.form, "'") {
					ok = strings.HasPrefix(rest, " ")
				}
			} else {
				rest, ok = strings.CutSuffix(k, f.form)
				if ok && !f.joined {
					ok = strings.HasSuffix(rest, " ")
				}
			}
			if !ok {
				return true
			}
			if rest = strings.Trim(rest, " "); len(rest) < 2 { // a folded key has only ASCII spaces
				return true
			}
			return yield(rest)
		}
		for _, f := range x.byFirst[firstWord(k)] {
			if !cut(f) {
				return
			}
		}
		for _, f := range x.byLast[lastWord(k)] {
			if !cut(f) {
				return
			}
		}
		if !isASCII(k) {
			first, _ := utf8.DecodeRuneInString(k)
			for _, f := range x.joinedFirst[first] {
				if !cut(f) {
					return
				}
			}
			last, _ := utf8.DecodeLastRuneInString(k)
			for _, f := range x.joinedLast[last] {
				if !cut(f) {
					return
				}
			}
		}
	}
}

// formRest reads what is left of a name once its form of state is cut: a name (not a code)
// or an inflected name.
func (t *countryTab) formRest(fn, s, rest string) (CountryMatch, error, bool) {
	if i, ok := t.lookupAny(rest); ok {
		e := &t.entries[i]
		if e.kind == CountryKindCode {
			j, ok := t.shadowed[rest]
			if !ok || isASCII(s) {
				return CountryMatch{}, nil, false
			}
			i = j
		}
		m, err := t.result(fn, s, i)
		if err == nil {
			m.Quality = MatchDerived
			if m.Kind != CountryKindRegion { // "Kaliningrad region" stays a region
				m.Kind = CountryKindOfficial
			}
		}
		return m, err, true
	}
	// An adjective agrees with the form of state: "Литовская Республика", "République
	// italienne", "Republika Słowacka", "Litevská republika". The tables hold the adjective
	// in the form a field uses alone (masculine), so the feminine ending is undone; only a
	// country's name or demonym may match, never a code, a region or a refusal.
	var buf [128]byte
	for _, in := range foldedAdjectiveEndings() {
		stem, ok := strings.CutSuffix(rest, in.from)
		if !ok || utf8.RuneCountInString(stem) < 3 {
			continue
		}
		key := append(append(buf[:0], stem...), in.to...)
		if i, ok := t.keyBytes(key); ok && t.entries[i].kind != CountryKindCode && t.entries[i].kind != CountryKindRegion && t.entries[i].c.IsValid() {
			m, err := t.result(fn, s, i)
			if err == nil {
				m.Quality, m.Kind = MatchDerived, CountryKindOfficial
			}
			return m, err, true
		}
	}
	if m, err, ok := t.matchInflected(fn, s, rest); ok {
		if err == nil {
			m.Kind = CountryKindOfficial
		}
		return m, err, true
	}
	return CountryMatch{}, nil, false
}

// adjectiveEndings turn the feminine adjective of an official name into the masculine form
// the tables hold, or the name itself ("italienne" is "italien", a German name of Italy, as
// good a key as a demonym): Russian -ая (литовская: литовский, словацкая), Ukrainian -а (литовська),
// Belarusian -ая (літоўская: літоўскі), Polish, Czech and Slovak -a/-á (słowacka, litevská),
// French -ne and -e (italienne, française), Spanish, Italian and Portuguese -a (italiana,
// francesa).
var adjectiveEndings = []inflection{
	{"ая", "ий"}, {"ая", "ой"}, {"ая", "і"}, {"а", "ий"},
	{"a", "i"}, {"a", "y"}, {"ne", ""}, {"e", ""}, {"a", "o"}, {"a", ""},
}

// foldedAdjectiveEndings is adjectiveEndings folded like the keys.
var foldedAdjectiveEndings = sync.OnceValue(func() []inflection {
	out := make([]inflection, 0, len(adjectiveEndings))
	for _, in := range adjectiveEndings {
		out = append(out, inflection{fold(in.from), fold(in.to)})
	}
	return out
})
