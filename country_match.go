package incident

import (
	"cmp"
	"errors"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file holds the slower stages of country matching: splitting a field that names
// several countries, and the typo-tolerant match.

// listSeparators are the characters that separate the items of a list of countries.
const listSeparators = ",;/&+|\\·、，；\n()"

// asciiListSeparators marks the ASCII bytes of listSeparators.
var asciiListSeparators = func() (set [utf8.RuneSelf]bool) {
	for _, r := range listSeparators {
		if r < utf8.RuneSelf {
			set[r] = true
		}
	}
	return set
}()

// hasListSeparator reports whether s holds a character of listSeparators.
func hasListSeparator(s string) bool {
	ascii := true
	for i := range len(s) {
		if c := s[i]; c >= utf8.RuneSelf {
			ascii = false
		} else if asciiListSeparators[c] {
			return true
		}
	}
	return !ascii && strings.ContainsAny(s, listSeparators)
}

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

// maxListTokens bounds the words and separators of a field that segment reads as a list: a
// list of forty countries fits, and longer input costs no more than the 20 µs of the typo
// stage.
const maxListTokens = 96

// segment splits s, folded as k, into the countries it names, longest name first. It returns
// nil when s does not read as a list of at least two names; alt reports an "or" between
// items; err is the error of an item that is a refusal or ambiguous.
func (t *countryTab) segment(fn, s, k string) (list []Country, alt bool, err error) {
	var tokBuf [16]string
	toks := tokBuf[:0]  // "" is a hard separator
	var places []uint32 // cities and states named beside the countries
	if hasListSeparator(s) {
		for chunk := range strings.FieldsFuncSeq(s, func(r rune) bool { return strings.ContainsRune(listSeparators, r) }) {
			if len(toks) > maxListTokens {
				return nil, false, nil // stop early: each chunk costs a fold
			}
			if len(toks) > 0 {
				toks = append(toks, "")
			}
			toks = slices.AppendSeq(toks, strings.FieldsSeq(fold(chunk)))
		}
	} else {
		toks = slices.AppendSeq(toks, strings.FieldsSeq(k)) // one chunk, already folded
	}
	if len(toks) < 2 || len(toks) > maxListTokens {
		return nil, false, nil
	}
	var kbuf [128]byte
	// keyBytes joins the words from toks[from] to toks[to-1] into kbuf, for lookups that do
	// not allocate; key is the same as a string, for the rarer calls that keep it.
	keyBytes := func(from, to int) []byte {
		b := kbuf[:0]
		for _, tok := range toks[from:to] {
			if tok == "" {
				continue
			}
			if len(b) > 0 {
				b = append(b, ' ')
			}
			b = append(b, tok...)
		}
		return b
	}
	key := func(from, to int) string { return string(keyBytes(from, to)) }
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
			i, ok := t.lookupAnyBytes(keyBytes(pos, end))
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

// The typo-tolerant match compares the folded input with folded names of at least
// fuzzyMinLen letters (never codes) by Damerau-Levenshtein distance (optimal string
// alignment: a transposition of two neighbours counts as one edit). The input needs at least
// fuzzyMinLen letters too; one edit is allowed, two from ten letters on. The match is accepted
// only when the closest names all belong to one country, and every name of another country,
// or a name that is not a country, is at least one edit further.
//
// It never compares the input with every name. A name within the allowed edits shares two or
// three letters with the input at a known place (see fuzzyGrams), so the index lists the
// names by such letters, and a 64-bit letter signature rules out most of the names listed
// before the distance is computed.

const (
	fuzzyMinLen = 5
	fuzzyMaxLen = 48
)

// fuzzyIndex holds the names the typo stage compares with, sorted by script class, then
// length in runes, then entry, so that the names of one class and a range of lengths are one
// run of names; sigs holds their letter signatures beside them.
type fuzzyIndex struct {
	names []fuzzyKey
	sigs  []fuzzySig
	// bounds[sc*fuzzyLens+l] is the position in names of the first name of script class sc
	// and length l; the last element is len(names).
	bounds [fuzzyScripts*fuzzyLens + 1]uint32
	// posts lists, per place and for a pair or triple of letters (see gramKey), the
	// positions in names of the names that hold it at that place, in ascending order.
	posts [placeCount]map[uint64][]uint32
}

// fuzzyLens bounds the lengths, in runes, of the names in the index.
const fuzzyLens = fuzzyMaxLen + 3

// The places of the letters that the index lists a name by: its first two and last two
// letters, its first three and last three, and the pairs starting at its fourth, fifth and
// sixth letter.
const (
	placeFirst2 = iota
	placeLast2
	placeFirst3
	placeLast3
	placeMid   // placeMid+i-midFrom: the pair starting at letter i (from 0)
	placeCount = placeMid + 3
)

// midFrom is the first letter, from 0, of the first pair listed at placeMid.
const midFrom = 3

// gramKey packs two or three letters into a key of a map of fuzzyIndex.posts.
func gramKey(rs []rune) uint64 {
	var k uint64
	for _, r := range rs {
		k = k<<21 | uint64(r)
	}
	return k
}

// fuzzySig is the prefilter of one name: the bag of its letters, each occurrence of a letter
// told apart from the earlier ones (the second "l" of "phillipines" is an element of its
// own), and the set of its pairs of neighbouring letters, each hashed into 64 bits. One edit
// removes at most one element from the bag of letters and adds at most one, and removes at
// most three pairs and adds at most three (a transposition replaces three pairs by three
// others). So a name that lacks more than d of the input's letter bits, or holds more than d
// the input lacks, or differs from it by more than 3d pair bits either way, cannot be d
// edits away. Hash collisions only hide differences, so the prefilter never drops a true
// match.
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
// within two edits of the input starts in the same script, so the typo stage looks only at
// the names of the input's class. Classes of distant blocks may share a slot: that costs time,
// never a match.
func scriptClass(r rune) int {
	if r < 0x250 {
		return 0
	}
	return 1 + int(r>>7)%(fuzzyScripts-1)
}

func runeSig(rs []rune) fuzzySig {
	var sig fuzzySig
	var seen [128]uint8 // how many times each ASCII letter came before
	for i, r := range rs {
		var nth uint32 // how many times r came before
		if r < 128 {
			nth = uint32(seen[r])
			seen[r]++
		} else {
			for _, q := range rs[:i] {
				if q == r {
					nth++
				}
			}
		}
		sig.letters |= 1 << ((uint32(r) + nth*0x10FFFF) * 0x9E3779B1 >> 26)
		if i > 0 {
			sig.pairs |= 1 << ((uint32(rs[i-1])*0x1F + uint32(r)) * 0x9E3779B1 >> 26)
		}
	}
	return sig
}

// mayBeWithin reports whether a name with signature k may be within d edits of an input with
// signature in.
func (in fuzzySig) mayBeWithin(k fuzzySig, d int) bool {
	return bits.OnesCount64(in.letters&^k.letters) <= d && bits.OnesCount64(k.letters&^in.letters) <= d &&
		bits.OnesCount64(in.pairs&^k.pairs) <= 3*d && bits.OnesCount64(k.pairs&^in.pairs) <= 3*d
}

func (t *countryTab) fuzzyIndex() *fuzzyIndex {
	t.fz.Do(func() {
		fx := &fuzzyIndex{}
		for i := range fx.posts {
			fx.posts[i] = map[uint64][]uint32{}
		}
		list := func(place int, gram []rune, p uint32) {
			k := gramKey(gram)
			fx.posts[place][k] = append(fx.posts[place][k], p)
		}
		for k, i := range t.keys {
			e := &t.entries[i]
			if e.kind == CountryKindCode || e.noFuzzy {
				continue
			}
			if n := utf8.RuneCountInString(k); n < fuzzyMinLen || n >= fuzzyLens {
				continue
			}
			fx.names = append(fx.names, fuzzyKey{runes: []rune(k), entry: i})
		}
		bucket := func(fk fuzzyKey) int { return scriptClass(fk.runes[0])*fuzzyLens + len(fk.runes) }
		slices.SortFunc(fx.names, func(a, b fuzzyKey) int {
			return cmp.Or(cmp.Compare(bucket(a), bucket(b)), cmp.Compare(a.entry, b.entry))
		})
		b := 0
		for j, fk := range fx.names {
			for ; b <= bucket(fk); b++ {
				fx.bounds[b] = uint32(j)
			}
			rs, p := fk.runes, uint32(j)
			n := len(rs)
			fx.sigs = append(fx.sigs, runeSig(rs))
			list(placeFirst2, rs[:2], p)
			list(placeLast2, rs[n-2:], p)
			list(placeFirst3, rs[:3], p)
			list(placeLast3, rs[n-3:], p)
			for i := midFrom; i < midFrom+3 && i+1 < n; i++ {
				list(placeMid+i-midFrom, rs[i:i+2], p)
			}
		}
		for ; b < len(fx.bounds); b++ {
			fx.bounds[b] = uint32(len(fx.names))
		}
		t.fuzzyIdx = fx
	})
	return t.fuzzyIdx
}

// fuzzyGram is a key of one map of fuzzyIndex.posts.
type fuzzyGram struct {
	place int
	key   uint64
}

// fuzzyGrams returns the places and letters under which fuzzyIndex.posts lists every name
// within maxD edits of in (n = len(in) >= fuzzyMinLen runes; maxD is 1, or 2 from ten runes
// on), in at least one of the lists.
//
// An edit that changes the first two letters of a string (a substitution or deletion of
// either, an insertion before either, or a transposition of the first and second or the
// second and third) involves only its first three letters, and one that changes the first
// three involves only its first four; the same holds at the end. So:
//   - A name one edit away keeps in's first two or last two letters, since one edit cannot
//     reach both ends of five letters; from seven letters on, it keeps the first three or
//     the last three, since an edit within the first four letters leaves the last three.
//   - A name two edits away keeps the first three or the last three letters, unless one edit
//     changed each end. Then the letters from the fifth to the fifth-last are untouched and
//     moved by at most one place, so the name holds in's fifth and sixth letters at its own
//     fourth, fifth or sixth letter.
func fuzzyGrams(in []rune, maxD int) ([5]fuzzyGram, int) {
	n := len(in)
	if n < 7 {
		return [5]fuzzyGram{{placeFirst2, gramKey(in[:2])}, {placeLast2, gramKey(in[n-2:])}}, 2
	}
	grams := [5]fuzzyGram{{placeFirst3, gramKey(in[:3])}, {placeLast3, gramKey(in[n-3:])}}
	if maxD == 1 {
		return grams, 2
	}
	for i := range 3 {
		grams[2+i] = fuzzyGram{placeMid + i, gramKey(in[4:6])}
	}
	return grams, 5
}

// fuzzy is the last stage of matchCountry. An official name is compared without its form
// of state, so that the edits fall on the name: "الجمهورية الفرنسية" (the French Republic)
// is two letters from "الجمهورية التونسية" (the Tunisian Republic), but "الفرنسية" is not
// one edit from any name, and "Republic of Lithuana" is read as "Lithuana".
func (t *countryTab) fuzzy(fn, s, k string) (CountryMatch, error) {
	return t.fuzzyScan(fn, s, k, false)
}

// fuzzyScan is fuzzy; with all set, it compares the input with every name of a near length
// instead of those fuzzyGrams lists (tests compare the two).
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
	sc := scriptClass(in[0])
	// The names of the input's class within maxD letters of its length.
	lo := fx.bounds[sc*fuzzyLens+max(fuzzyMinLen, n-maxD)]
	hi := fx.bounds[sc*fuzzyLens+min(fuzzyLens, n+maxD+1)]

	// best is the distance of the closest name; second that of the closest name of another
	// outcome, as far as it is measured (see visit): only whether second <= best matters.
	best, second := maxD+1, maxD+1
	bestEntry := -1
	var bestOutcome Country
	bestRefuse := false
	// seen holds the names already compared (a name may be in several of the lists);
	// when it is full, a name is compared again, which changes nothing.
	var seen [32]uint32
	nseen := 0
	visit := func(p uint32) {
		// Only a name within limit-1 edits can change the outcome: one closer than the best
		// so far replaces it, one as close either names another outcome (and refuses the
		// match) or is a lower entry of the same, and a further one never decides anything,
		// since the match is refused exactly when second <= best. So the limit shrinks as
		// the best improves, and a name found too far stays too far.
		limit := min(best+1, second, maxD+1)
		if !sig.mayBeWithin(fx.sigs[p], limit-1) || slices.Contains(seen[:nseen], p) {
			return
		}
		if nseen < len(seen) {
			seen[nseen] = p
			nseen++
		}
		fk := &fx.names[p]
		d := osaDistance(in, fk.runes, limit)
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
	if all {
		for p := lo; p < hi; p++ {
			visit(p)
		}
	} else {
		grams, ng := fuzzyGrams(in, maxD)
		for _, g := range grams[:ng] {
			list := fx.posts[g.place][g.key]
			j, _ := slices.BinarySearch(list, lo)
			for ; j < len(list) && list[j] < hi; j++ {
				visit(list[j])
			}
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
// limit when the distance is limit or more. It keeps three rows of the dynamic programme (the
// one before the last two is needed for transpositions) on the stack.
//
// Only the cells within limit of the diagonal are computed: a cell further off needs more
// than limit insertions or deletions, so it reads as limit. That can only lower the cells
// that depend on it to limit or more, never below, so every distance under limit is exact.
func osaDistance(a, b []rune, limit int) int {
	n, m := len(a), len(b)
	if m > fuzzyMaxLen+4 || n-m >= limit || m-n >= limit {
		return limit
	}
	if limit <= 2 {
		return min(withinOneEdit(a, b), limit)
	}
	// A common beginning and end take no edit: only the letters between them are compared.
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	n, m = len(a), len(b)
	if n == 0 || m == 0 {
		return min(n+m, limit)
	}
	var small [3 * 16]int // the rows, when the letters left to compare are few, as usual
	rows := small[:]
	if 3*(m+1) > len(small) {
		var large [3 * (fuzzyMaxLen + 5)]int
		rows = large[:]
	}
	prev, cur, prev2 := rows[:m+1], rows[m+1:2*(m+1)], rows[2*(m+1):3*(m+1)]
	for j := range prev {
		prev[j] = min(j, limit)
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-limit), min(m, i+limit)
		rowMin := limit
		if lo == 1 {
			cur[0] = min(i, limit)
			rowMin = cur[0]
		} else {
			cur[lo-1] = limit
		}
		for j := lo; j <= hi; j++ {
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
		if hi < m {
			cur[hi+1] = limit // read by the next row, whose band reaches one further
		}
		if rowMin >= limit {
			return limit
		}
		copy(prev2[lo-1:hi+1], prev[lo-1:hi+1])
		prev, cur = cur, prev
	}
	return min(prev[m], limit)
}

// withinOneEdit returns the optimal-string-alignment distance of a and b when it is 0 or 1,
// and 2 when it is more, without the dynamic programme: past their common beginning, the
// rest must be equal once one letter is substituted, deleted or inserted, or two neighbours
// swapped.
func withinOneEdit(a, b []rune) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	switch {
	case len(a) == len(b):
		switch {
		case p == len(a):
			return 0
		case slices.Equal(a[p+1:], b[p+1:]):
			return 1 // a substitution
		case p+1 < len(a) && a[p] == b[p+1] && a[p+1] == b[p] && slices.Equal(a[p+2:], b[p+2:]):
			return 1 // a transposition
		}
	case len(a) == len(b)+1:
		if slices.Equal(a[p+1:], b[p:]) {
			return 1 // a deletion
		}
	case len(a)+1 == len(b):
		if slices.Equal(a[p:], b[p+1:]) {
			return 1 // an insertion
		}
	}
	return 2
}
