package incident

import (
	"errors"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// This file holds the slower stages of country matching: splitting a field that names
// several countries, and the typo-tolerant match.

// listSeparators are the characters that separate the items of a list of countries.
const listSeparators = ",;/&+|\\·、，；\n()"

// conjunctions are the folded words that join two countries in a list: "and" in the
// languages of the tables.
var conjunctions = map[string]bool{
	"and": true, "und": true, "et": true, "i": true, "и": true, "ir": true, "un": true,
	"ja": true, "och": true, "og": true, "y": true, "e": true, "a": true, "es": true,
	"si": true, "та": true, "і": true, "ve": true, "dan": true, "en": true, "in": true,
	"kai": true, "και": true, "ta": true, "oraz": true, "as": true, "plus": true, "vs": true,
	"versus": true, "with": true,
}

// alternatives are the folded words that offer a choice: "Russia or Belarus".
var alternatives = map[string]bool{
	"or": true, "oder": true, "ou": true, "lub": true, "albo": true, "или": true, "або": true,
	"ili": true, "nebo": true, "vai": true, "arba": true, "tai": true, "eller": true, "o": true,
}

// segment splits s into the countries it names, longest name first. It returns nil when s
// does not read as a list of at least two names; alt reports an "or" between items; err is
// the error of an item that is a refusal or ambiguous.
func (t *countryTab) segment(fn, s string) (list []Country, alt bool, err error) {
	var toks []string   // "" is a hard separator
	var places []uint32 // cities and states named beside the countries
	for chunk := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune(listSeparators, r) }) {
		if len(toks) > 0 {
			toks = append(toks, "")
		}
		for tok := range strings.FieldsSeq(fold(chunk)) {
			toks = append(toks, tok)
		}
	}
	if len(toks) < 2 {
		return nil, false, nil
	}
	var b strings.Builder
	key := func(from, to int) string {
		b.Reset()
		for _, tok := range toks[from:to] {
			if tok == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(tok)
		}
		return b.String()
	}
	words := 0
	for _, tok := range toks {
		if tok != "" {
			words++
		}
	}
	joined := true // a separator or conjunction came since the last item
	for pos := 0; pos < len(toks); {
		tok := toks[pos]
		if tok == "" || (conjunctions[tok] && len(list) > 0) {
			pos, joined = pos+1, true
			continue
		}
		if alternatives[tok] && len(list) > 0 {
			alt = true
			pos, joined = pos+1, true
			continue
		}
		found := false
		for end := min(len(toks), pos+12); end > pos; end-- {
			if toks[end-1] == "" {
				continue
			}
			i, ok := t.lookupAny(key(pos, end))
			if !ok {
				continue
			}
			e := &t.entries[i]
			if e.refuse == refuseNotApplicable && (e.category == "city" || e.category == "state") {
				// A place within a country ("Germany, Berlin"): it qualifies, it is no item.
				places = append(places, i)
				pos, found, joined = end, true, false
				break
			}
			if e.refuse != refuseNone || len(e.amb) > 0 {
				_, perr := t.result(fn, key(pos, end), i)
				return nil, false, itemError(fn, s, perr)
			}
			list = append(list, e.c)
			pos, found, joined = end, true, false
			break
		}
		if found {
			continue
		}
		// No name starts here: read the item up to the next separator or conjunction with
		// every rule of ParseCountry ("w Niemczech", a typo).
		end := pos + 1
		for end < len(toks) && toks[end] != "" && !conjunctions[toks[end]] && !alternatives[toks[end]] {
			end++
		}
		n := 0
		for _, tok := range toks[pos:end] {
			if tok != "" {
				n++
			}
		}
		if n == words || !joined {
			// The whole input, or words run on after a name without a separator
			// ("Wallis and Futuna Islands"): not a list.
			return nil, false, nil
		}
		m, merr := matchCountry(fn, key(pos, end))
		if merr != nil {
			if errors.Is(merr, ErrAmbiguous) || errors.Is(merr, ErrNotApplicable) || errors.Is(merr, ErrUnspecified) {
				return nil, false, itemError(fn, s, merr)
			}
			return nil, false, nil
		}
		list = append(list, m.Country)
		pos, joined = end, false
	}
	switch {
	case len(list) == 0 && len(places) > 0:
		_, perr := t.result(fn, t.entries[places[0]].key, places[0])
		return nil, false, itemError(fn, s, perr)
	case len(list) == 0, len(list) == 1 && len(places) == 0:
		return nil, false, nil
	}
	return list, alt, nil
}

// itemError re-issues the error of one item of a list so that it quotes the whole input and
// names the item in its Reason.
func itemError(fn, s string, err error) error {
	var amb *AmbiguousError
	if errors.As(err, &amb) {
		e := newAmbiguousError(fn, s, amb.Candidates)
		e.Reason = "item " + amb.Input
		if amb.Reason != "" {
			e.Reason += ": " + amb.Reason
		}
		return e
	}
	var pe *ParseError
	if errors.As(err, &pe) {
		reason := "item " + pe.Input
		if pe.Reason != "" {
			reason += ": " + pe.Reason
		}
		return newParseError(fn, s, pe.Err, reason)
	}
	return err
}

// The typo-tolerant match compares the folded input with every folded name of at least
// fuzzyMinLen letters (never codes) by Damerau-Levenshtein distance (optimal string
// alignment: a transposition of two neighbours counts as one edit). The input needs at least
// fuzzyMinLen letters too; one edit is allowed, two from ten letters on. The match is accepted
// only when the closest names all belong to one country, and every name of another country,
// or a name that is not a country, is at least one edit further. A prefilter keeps it fast:
// names are bucketed by length, and a 64-bit letter signature rules out names that differ in
// too many letters (each edit changes at most two bits of the symmetric difference).

const (
	fuzzyMinLen = 5
	fuzzyMaxLen = 48
)

// fuzzyIndex holds, per script class and length in runes, the letter signatures of the
// names in one contiguous slice (the hot loop reads only these) and the names beside them.
type fuzzyIndex struct {
	sigs [fuzzyScripts][fuzzyMaxLen + 4][]fuzzySig
	keys [fuzzyScripts][fuzzyMaxLen + 4][]fuzzyKey
	// ends lists, per script class and length, the positions in keys of the names that
	// start with a pair of letters and of those that end with it (see endKey).
	ends [fuzzyScripts][fuzzyMaxLen + 4]map[uint64][]uint32
}

// fuzzySig is the prefilter of one name: the set of its letters and the set of its pairs of
// neighbouring letters, each hashed into 64 bits. One edit changes at most two bits of the
// letter set's symmetric difference and at most six of the pair set's (a transposition
// replaces three pairs by three others), so a name whose signatures differ from the input's by
// more than 2d and 6d bits cannot be d edits away. Hash collisions and repeated letters can
// only shrink a difference, so the prefilter never drops a true match.
type fuzzySig struct {
	letters, pairs uint64
}

type fuzzyKey struct {
	runes []rune
	entry uint32
}

// fuzzyScripts is the number of script classes the typo index is split by.
const fuzzyScripts = 64

// scriptClass returns the class of a name's first letter: Latin letters (folded keys are
// mostly ASCII) are one class, other scripts are told apart by their Unicode block. A name
// within two edits of the input starts in the same script, so the typo stage scans only the
// names of the input's class. Classes of distant blocks may share a slot: that costs time,
// never a match.
func scriptClass(r rune) int {
	if r < 0x250 {
		return 0
	}
	return 1 + int(r>>7)%(fuzzyScripts-1)
}

// endKey packs a pair of letters, the first two of a name or (last) its last two, into a key
// of fuzzyIndex.ends.
func endKey(a, b rune, last bool) uint64 {
	k := uint64(a)<<21 | uint64(b)
	if last {
		k |= 1 << 42
	}
	return k
}

func runeSig(rs []rune) fuzzySig {
	var sig fuzzySig
	for i, r := range rs {
		sig.letters |= 1 << (uint32(r) * 0x9E3779B1 >> 26)
		if i > 0 {
			sig.pairs |= 1 << ((uint32(rs[i-1])*0x1F + uint32(r)) * 0x9E3779B1 >> 26)
		}
	}
	return sig
}

// mayBeWithin reports whether a name with signature k may be within d edits of an input with
// signature in.
func (in fuzzySig) mayBeWithin(k fuzzySig, d int) bool {
	return bits.OnesCount64(in.letters^k.letters) <= 2*d && bits.OnesCount64(in.pairs^k.pairs) <= 6*d
}

func (t *countryTab) fuzzyIndex() *fuzzyIndex {
	t.fz.Do(func() {
		fx := &fuzzyIndex{}
		for k, i := range t.keys {
			e := &t.entries[i]
			if e.kind == CountryKindCode || e.noFuzzy {
				continue
			}
			n := utf8.RuneCountInString(k)
			if n < fuzzyMinLen || n >= len(fx.keys[0]) {
				continue
			}
			rs := []rune(k)
			sc := scriptClass(rs[0])
			if fx.ends[sc][n] == nil {
				fx.ends[sc][n] = map[uint64][]uint32{}
			}
			j := uint32(len(fx.keys[sc][n]))
			first, last := endKey(rs[0], rs[1], false), endKey(rs[n-2], rs[n-1], true)
			fx.ends[sc][n][first] = append(fx.ends[sc][n][first], j)
			fx.ends[sc][n][last] = append(fx.ends[sc][n][last], j)
			fx.sigs[sc][n] = append(fx.sigs[sc][n], runeSig(rs))
			fx.keys[sc][n] = append(fx.keys[sc][n], fuzzyKey{runes: rs, entry: i})
		}
		t.fuzzyIdx = fx
	})
	return t.fuzzyIdx
}

// fuzzy is the last stage of matchCountry. An official name is compared without its form
// of state, so that the edits fall on the name: "الجمهورية الفرنسية" (the French Republic)
// is two letters from "الجمهورية التونسية" (the Tunisian Republic), but "الفرنسية" is not
// one edit from any name, and "Republic of Lithuana" is read as "Lithuana".
func (t *countryTab) fuzzy(fn, s, k string) (CountryMatch, error) {
	return t.fuzzyScan(fn, s, k, false)
}

// fuzzyScan is fuzzy; with all set, it compares the input with every name of a near length,
// without the first-or-last-pair shortcut for one edit (tests compare the two).
func (t *countryTab) fuzzyScan(fn, s, k string, all bool) (CountryMatch, error) {
	for rest := range countryForms().rests(k) {
		k = rest
		break
	}
	var rbuf [fuzzyMaxLen]rune
	in := rbuf[:0]
	for _, r := range k {
		if len(in) == fuzzyMaxLen {
			return CountryMatch{}, newParseError(fn, s, ErrUnknown, "")
		}
		in = append(in, r)
	}
	n := len(in)
	if n < fuzzyMinLen {
		return CountryMatch{}, newParseError(fn, s, ErrUnknown, "")
	}
	maxD := 1
	if n >= 10 {
		maxD = 2 // never more: "Latvian Republic" is not three edits from "Italian Republic"
	}
	fx := t.fuzzyIndex()
	sig := runeSig(in)

	best, second := maxD+1, maxD+1 // distances of the best outcome and of the best other outcome
	bestEntry := -1
	var bestOutcome Country
	bestRefuse := false
	var work [2 * (fuzzyMaxLen + 8)]int
	sc := scriptClass(in[0])
	visit := func(fk *fuzzyKey, ksig fuzzySig) {
		if !sig.mayBeWithin(ksig, maxD) {
			return
		}
		limit := min(second, maxD+1) // only names closer than the current runner-up matter
		d := osaDistance(in, fk.runes, limit, work[:])
		if d >= limit {
			return
		}
		e := &t.entries[fk.entry]
		refuse := e.refuse != refuseNone || len(e.amb) > 0
		var outcome Country
		if !refuse {
			outcome = e.c
		}
		switch {
		case bestEntry < 0 || d < best:
			if bestEntry >= 0 && (refuse || bestRefuse || outcome != bestOutcome) {
				second = best
			}
			best, bestEntry, bestOutcome, bestRefuse = d, int(fk.entry), outcome, refuse
		case refuse || bestRefuse || outcome != bestOutcome:
			second = min(second, d)
		case d == best && fk.entry < uint32(bestEntry):
			// Equally close names of one outcome: the lowest entry, so that the name
			// reported does not depend on the order the names are visited in.
			bestEntry = int(fk.entry)
		}
	}
	for l := max(fuzzyMinLen, n-maxD); l <= n+maxD && l < len(fx.keys[sc]); l++ {
		keys, sigs := fx.keys[sc][l], fx.sigs[sc][l]
		if maxD == 1 && !all {
			// One edit (a substitution, insertion, deletion or transposition at one place)
			// leaves the first two or the last two letters in place when both strings have
			// at least fuzzyMinLen letters, so only names that share one of those pairs can
			// be one edit away. A name that shares both is visited twice, which changes
			// nothing.
			for _, j := range fx.ends[sc][l][endKey(in[0], in[1], false)] {
				visit(&keys[j], sigs[j])
			}
			for _, j := range fx.ends[sc][l][endKey(in[n-2], in[n-1], true)] {
				visit(&keys[j], sigs[j])
			}
			continue
		}
		for j, ksig := range sigs {
			visit(&keys[j], ksig)
		}
	}
	if bestEntry < 0 {
		return CountryMatch{}, newParseError(fn, s, ErrUnknown, "")
	}
	e := &t.entries[bestEntry]
	if bestRefuse {
		return CountryMatch{}, newParseError(fn, s, ErrUnknown, "close to "+e.key+", which is not a country")
	}
	if second <= best {
		return CountryMatch{}, newParseError(fn, s, ErrUnknown, "close to names of several countries")
	}
	return CountryMatch{
		Country: e.c,
		Quality: MatchFuzzy,
		Kind:    CountryKindFuzzy,
		Lang:    e.lang,
		Source:  e.source,
		Region:  e.region,
		Key:     e.key,
	}, nil
}

// osaDistance returns the optimal-string-alignment distance of a and b (Damerau-Levenshtein
// where a transposition of neighbours is one edit and no substring is edited twice), or
// limit when the distance is limit or more. work holds the two rolling rows of the dynamic
// programme, 2*(len(b)+1) ints; the row before them, needed for transpositions, is on the
// stack.
func osaDistance(a, b []rune, limit int, work []int) int {
	if len(b) > len(work)/2-1 {
		return limit
	}
	var prev2Buf [fuzzyMaxLen + 8]int
	m := len(b)
	prev := work[:m+1]
	cur := work[m+1 : 2*(m+1)]
	prev2 := prev2Buf[:m+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin >= limit {
			return limit
		}
		copy(prev2, prev)
		prev, cur = cur, prev
	}
	return prev[m]
}
